//! Reading inputs: formats, order, and errors that name the record and let reading go on.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use flate2::write::GzEncoder;
use flate2::Compression;
use whosaid_article::{records, ReadError, ReadErrorKind, Record};

fn read(inputs: &[PathBuf]) -> Vec<Result<Record, ReadError>> {
    records(inputs).collect()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(&path, bytes).unwrap();
    path
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

fn ids(items: &[Result<Record, ReadError>]) -> Vec<String> {
    items
        .iter()
        .map(|r| match r {
            Ok(rec) => rec.id.clone(),
            Err(e) => format!("ERR {}", e.id()),
        })
        .collect()
}

#[test]
fn txt_file_id_is_its_stem_and_bom_is_stripped() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "story-1.txt", b"\xef\xbb\xbfHello world.\n");
    let items = read(std::slice::from_ref(&path));
    let rec = items[0].as_ref().unwrap();
    assert_eq!(rec.id, "story-1");
    assert_eq!(rec.text, "Hello world.\n");
    assert_eq!(rec.origin.path, path);
    assert_eq!(rec.origin.line, None);
    assert!(rec.warnings.is_empty());
}

#[test]
fn invalid_utf8_is_replaced_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let txt = write(dir.path(), "a.txt", b"caf\xe9 au lait");
    let jsonl = write(dir.path(), "b.jsonl", b"{\"id\":\"b1\",\"text\":\"caf\xe9\"}\n");
    for item in read(&[txt, jsonl]) {
        let rec = item.unwrap();
        assert!(rec.text.contains('\u{fffd}'), "{:?}", rec.text);
        assert_eq!(rec.warnings.len(), 1, "{:?}", rec.warnings);
    }
}

#[test]
fn txt_with_nul_bytes_is_skipped_as_binary() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "img.txt", b"GIF89a\0\0\x01");
    let items = read(&[path]);
    let err = items[0].as_ref().unwrap_err();
    assert_eq!(err.id(), "img");
    assert_eq!(err.kind(), &ReadErrorKind::Binary);
    assert!(err.to_string().ends_with("img.txt: binary file (NUL bytes)"), "{err}");
}

#[test]
fn jsonl_bad_lines_are_errors_and_reading_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let lines = concat!(
        "{\"id\": \"a\", \"text\": \"First.\", \"title\": \"T\", \"source\": \"S\", \"published\": \"2015-10-07\", \"url\": \"http://x\"}\n",
        "\n",
        "{\"id\": \"b\", \"text\": \"Broken\" \"title\": 1}\n",
        "{\"id\": \"c\"}\n",
        "{\"text\": \"no id\"}\n",
        "{\"id\": 42, \"text\": \"numeric id\"}\r\n",
        "{\"id\": \"d\", \"text\": \"\", \"title\": \"  \"}\n",
        "[1, 2]\n",
        "{\"id\": \"e\", \"text\": 5}\n",
        "{\"id\": \"f\", \"text\": \"last\"}",
    );
    let path = write(dir.path(), "in.jsonl", lines.as_bytes());
    let items = read(std::slice::from_ref(&path));
    let got: Vec<(String, Option<u64>, String)> = items
        .iter()
        .map(|r| match r {
            Ok(rec) => (rec.id.clone(), rec.origin.line, "ok".to_string()),
            Err(e) => (e.id().to_string(), e.origin().line, e.reason()),
        })
        .collect();
    let p = path.display().to_string();
    let want: Vec<(String, Option<u64>, String)> = vec![
        ("a".into(), Some(1), "ok".into()),
        ("b".into(), Some(3), "invalid JSON: expected `,` or `}` at column 30".into()),
        ("c".into(), Some(4), "missing field `text`".into()),
        (format!("{p}:5"), Some(5), "missing field `id`".into()),
        ("42".into(), Some(6), "ok".into()),
        ("d".into(), Some(7), "ok".into()),
        (
            format!("{p}:8"),
            Some(8),
            "invalid JSON: expected a JSON object (one article per line)".into(),
        ),
        ("e".into(), Some(9), "invalid JSON: invalid type: integer `5`, expected a string".into()),
        ("f".into(), Some(10), "ok".into()),
    ];
    assert_eq!(got, want);
    let first = items[0].as_ref().unwrap();
    assert_eq!(first.title.as_deref(), Some("T"));
    assert_eq!(first.source.as_deref(), Some("S"));
    assert_eq!(first.published.as_deref(), Some("2015-10-07"));
    assert_eq!(first.url.as_deref(), Some("http://x"));
    let empty = items[5].as_ref().unwrap();
    assert_eq!((empty.text.as_str(), empty.title.as_deref()), ("", None));
    let err = items[1].as_ref().unwrap_err();
    assert!(err.to_string().starts_with(&format!("{p}:3: invalid JSON")), "{err}");
}

#[test]
fn csv_reads_records_with_a_header_and_quoted_newlines() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "title,id,text,published\n\
               First,a,\"Line one.\nLine \"\"two\"\".\",2015-10-07\n\
               Second,,orphan text,\n\
               Third,c\n\
               Fourth,d,Plain text.,\n";
    let path = write(dir.path(), "in.csv", csv.as_bytes());
    let items = read(std::slice::from_ref(&path));
    let p = path.display().to_string();
    assert_eq!(ids(&items), ["a".to_string(), format!("ERR {p}:4"), "ERR c".into(), "d".into()]);
    let a = items[0].as_ref().unwrap();
    assert_eq!(a.text, "Line one.\nLine \"two\".");
    assert_eq!(a.title.as_deref(), Some("First"));
    assert_eq!(a.published.as_deref(), Some("2015-10-07"));
    assert_eq!(a.origin.line, Some(2));
    assert_eq!(items[3].as_ref().unwrap().origin.line, Some(6));
}

#[test]
fn csv_without_a_text_column_is_one_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "bad.csv", b"id,body\na,hello\n");
    let items = read(&[path]);
    assert_eq!(items.len(), 1);
    assert!(matches!(items[0].as_ref().unwrap_err().kind(), ReadErrorKind::Csv(_)));
}

#[test]
fn gzipped_inputs_are_read_like_plain_ones() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = write(
        dir.path(),
        "a.jsonl.gz",
        &gzip(b"{\"id\":\"j1\",\"text\":\"x\"}\n{\"id\":\"j2\",\"text\":\"y\"}\n"),
    );
    let csv = write(dir.path(), "b.csv.gz", &gzip(b"id,text\nc1,hello\n"));
    let txt = write(dir.path(), "c.txt.gz", &gzip(b"gz text"));
    let items = read(&[jsonl, csv, txt]);
    assert_eq!(ids(&items), ["j1", "j2", "c1", "c"]);
    assert_eq!(items[3].as_ref().unwrap().text, "gz text");
}

#[test]
fn truncated_gzip_reports_after_the_records_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut body = String::new();
    for i in 0..2000 {
        body.push_str(&format!(
            "{{\"id\":\"r{i}\",\"text\":\"story number {i} with some words to make it longer\"}}\n"
        ));
    }
    let full = gzip(body.as_bytes());
    let cut = &full[..full.len() / 2];
    let path = write(dir.path(), "cut.jsonl.gz", cut);
    let items = read(&[path]);
    let (last, rest) = items.split_last().unwrap();
    assert!(!rest.is_empty() && rest.iter().all(|r| r.is_ok()));
    let err = last.as_ref().unwrap_err();
    match err.kind() {
        ReadErrorKind::Gzip { records, .. } => assert_eq!(*records as usize, rest.len()),
        other => panic!("{other:?}"),
    }
    assert!(err
        .reason()
        .starts_with(&format!("truncated or corrupt gzip stream after {} records", rest.len())));
}

#[test]
fn directories_are_walked_recursively_in_sorted_order() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "b.txt", b"b");
    write(dir.path(), "a.txt", b"a");
    write(dir.path(), "sub/c.jsonl", b"{\"id\":\"c\",\"text\":\"c\"}\n");
    write(dir.path(), "sub/inner/d.csv", b"id,text\nd,d\n");
    write(dir.path(), "notes.md", b"ignored");
    write(dir.path(), ".hidden.txt", b"ignored");
    write(dir.path(), "z.TXT", b"z");
    let items = read(&[dir.path().to_path_buf()]);
    assert_eq!(ids(&items), ["a", "b", "c", "d", "z"]);
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_reported_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", b"a");
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("self1"), dir.path().join("self2")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("self2"), dir.path().join("self1")).unwrap();
    let items = read(&[dir.path().to_path_buf()]);
    let oks: Vec<_> = items.iter().filter_map(|r| r.as_ref().ok()).map(|r| r.id.as_str()).collect();
    assert_eq!(oks, ["a"]);
    let loops = items
        .iter()
        .filter(|r| matches!(r.as_ref().map_err(|e| e.kind()), Err(ReadErrorKind::SymlinkLoop(_))))
        .count();
    assert_eq!(loops, 3, "{items:?}");
}

#[test]
fn missing_input_is_an_error_item_the_binary_can_fail_on() {
    let items = read(&[PathBuf::from("/definitely/not/here.jsonl")]);
    let err = items[0].as_ref().unwrap_err();
    assert!(err.is_missing_input());
    assert_eq!(err.to_string(), "/definitely/not/here.jsonl: no such file or directory");
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_permission_denied() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "secret.txt", b"x");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&path).is_ok() {
        return; // Running as root: permissions are not enforced.
    }
    let items = read(&[path]);
    assert_eq!(items[0].as_ref().unwrap_err().kind(), &ReadErrorKind::PermissionDenied);
}

#[test]
fn a_very_long_line_is_one_record() {
    let dir = tempfile::tempdir().unwrap();
    let words = "word ".repeat(2_000_000);
    let line =
        format!("{{\"id\":\"big\",\"text\":\"{words}\"}}\n{{\"id\":\"next\",\"text\":\"x\"}}\n");
    let path = write(dir.path(), "big.jsonl", line.as_bytes());
    let items = read(&[path]);
    assert_eq!(ids(&items), ["big", "next"]);
    assert_eq!(items[0].as_ref().unwrap().text.len(), words.len());
}

#[test]
fn unknown_extension_named_directly_is_read_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "story.html", b"Plain words.");
    let items = read(&[path]);
    assert_eq!(items[0].as_ref().unwrap().id, "story.html");
}
