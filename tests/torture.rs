//! A torture corpus of dirty input, generated here (no committed binaries): the run must
//! complete with exit 0, give every record exactly one row with a reason a person can act on,
//! write well-formed tables, and find the same claims in the good records as when they are
//! read alone.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

const GOOD: &str = "The port director said on Monday that the harbor would reopen next week.\n\n\
\"We are ready,\" the director added. \"The cranes have been repaired.\"\n";

fn whosaid() -> Command {
    Command::new(env!("CARGO_BIN_EXE_whosaid"))
}

fn read_table(path: &Path) -> Vec<csv::StringRecord> {
    let mut r = csv::Reader::from_path(path).unwrap();
    r.records().map(|r| r.expect("well-formed CSV")).collect()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

/// (relative path, content, records it holds, how many of them are expected to be skipped)
fn corpus(dir: &Path) -> usize {
    let txt = dir.join("txt");
    fs::create_dir_all(&txt).unwrap();
    let mut records = 0;
    let mut put = |name: &str, bytes: &[u8], n: usize| {
        let path = txt.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
        records += n;
    };
    put("good.txt", GOOD.as_bytes(), 1);
    let mut invalid = GOOD.as_bytes().to_vec();
    invalid.extend_from_slice(b"\nThe mayor said \xff\xfe the plan was sound.\n");
    put("invalid-utf8.txt", &invalid, 1);
    put("binary.txt", b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0", 1);
    put("nul.txt", b"The mayor said\0 the plan was sound.", 1);
    put("bom.txt", format!("\u{feff}{GOOD}").as_bytes(), 1);
    put("crlf.txt", GOOD.replace('\n', "\r\n").as_bytes(), 1);
    put("cr.txt", GOOD.replace('\n', "\r").as_bytes(), 1);
    put("empty.txt", b"", 1);
    put("quotes.txt", "\"“”‘’«»".repeat(20_000).as_bytes(), 1);
    put(
        "unbalanced.txt",
        b"\"The mayor said the plan was sound, she said.\n\n'Nested \"quotes' here,\" he said. \"Open",
        1,
    );
    // One long line without any break: no paragraph or sentence boundary to lean on.
    put("long-line.txt", "the mayor said the plan was sound and ".repeat(100_000).as_bytes(), 1);
    put("deep/deeper/nested.txt", GOOD.as_bytes(), 1);

    let jsonl = [
        format!("{{\"id\":\"j-good\",\"text\":{GOOD:?}}}"),
        "{\"id\":\"j-broken\",\"text\":\"unterminated".to_string(),
        "{\"id\":\"j-notext\",\"title\":\"No body\"}".to_string(),
        "{\"id\":\"j-number\",\"text\":42}".to_string(),
        "[1,2,3]".to_string(),
        String::new(),
        format!("{{\"id\":\"j-good2\",\"text\":{GOOD:?},\"published\":\"not a date\"}}"),
    ];
    let jsonl_text = jsonl.join("\n") + "\n";
    fs::write(dir.join("dump.jsonl"), &jsonl_text).unwrap();
    // The empty line is not a record; every other line is.
    records += jsonl.len() - 1;

    let csv_text = format!(
        "id,text,title\nc-good,\"{}\",Fine\nc-ragged,only two\nc-badquote,\"unclosed,x\n",
        GOOD.replace('"', "\"\"")
    );
    fs::write(dir.join("dump.csv"), csv_text).unwrap();
    records += 3;

    let gz = gzip(jsonl_text.as_bytes());
    fs::write(dir.join("truncated.jsonl.gz"), &gz[..gz.len() / 2]).unwrap();
    records += 1; // at least one row reports the truncation

    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&txt, txt.join("deep/loop")).unwrap();
    }
    records
}

#[test]
fn torture_corpus_completes_with_a_row_per_record() {
    let dir = tempfile::tempdir().unwrap();
    let min_records = corpus(dir.path());
    let out = dir.path().join("out");
    let o = whosaid()
        .arg("run")
        .arg(dir.path().join("txt"))
        .arg(dir.path().join("dump.jsonl"))
        .arg(dir.path().join("dump.csv"))
        .arg(dir.path().join("truncated.jsonl.gz"))
        .arg("--out")
        .arg(&out)
        .stdout(Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "exit 0 whatever was skipped: {stderr}");
    assert!(stderr.contains("skipped"), "the summary counts skipped records: {stderr}");

    let articles = read_table(&out.join("articles.csv"));
    for table in ["claims.csv", "entities.csv", "clusters.csv"] {
        read_table(&out.join(table));
    }
    assert!(articles.len() >= min_records, "{} rows < {min_records} records", articles.len());
    let row = |id: &str| {
        articles
            .iter()
            .find(|r| &r[0] == id)
            .unwrap_or_else(|| panic!("no row for {id}: {:?}", articles))
    };
    for (id, status) in [
        ("good", "ok"),
        ("bom", "ok"),
        ("crlf", "ok"),
        ("cr", "ok"),
        ("nested", "ok"),
        ("invalid-utf8", "ok"),
        ("binary", "skipped"),
        ("empty", "skipped"),
        ("j-good", "ok"),
        ("j-notext", "skipped"),
        ("j-number", "skipped"),
        ("j-good2", "ok"),
        ("c-good", "ok"),
    ] {
        assert_eq!(&row(id)[1], status, "{id}: {:?}", row(id));
    }
    for id in ["binary", "empty", "j-notext", "j-number", "invalid-utf8"] {
        assert!(!row(id)[2].is_empty(), "{id} says why");
    }
    assert!(row("invalid-utf8")[2].to_lowercase().contains("utf-8"));
    assert!(
        articles.iter().any(|r| r[2].to_lowercase().contains("gzip")
            || r[2].to_lowercase().contains("truncat")
            || r[2].to_lowercase().contains("eof")),
        "the truncated gzip file is reported"
    );
    assert!(
        articles.iter().any(|r| r[2].to_lowercase().contains("loop")),
        "the symlink loop is reported"
    );
    assert!(
        articles.iter().any(|r| r[2].to_lowercase().contains("json")),
        "the malformed JSONL line is reported"
    );
}

#[test]
fn good_records_give_the_same_claims_among_bad_ones() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let alone = dir.path().join("alone");
    fs::create_dir_all(&alone).unwrap();
    fs::write(alone.join("good.txt"), GOOD).unwrap();
    let run = |input: &Path, out: &Path| {
        let o = whosaid().arg("run").arg(input).arg("--out").arg(out).arg("--quiet").output();
        assert!(o.unwrap().status.success());
        read_table(&out.join("claims.csv"))
            .into_iter()
            .filter(|r| &r[1] == "good")
            .map(|r| r.iter().take(13).map(str::to_string).collect::<Vec<_>>())
            .collect::<Vec<_>>()
    };
    let clean = run(&alone, &dir.path().join("out-alone"));
    let dirty = run(&dir.path().join("txt"), &dir.path().join("out-dirty"));
    assert!(!clean.is_empty(), "the good article has claims");
    assert_eq!(clean, dirty);
}

/// Starts a run reading JSONL from a pipe and feeds it records, leaving the pipe open so the
/// run is still going when the caller interrupts it.
fn run_mid_stream(out: &Path) -> (std::process::Child, std::process::ChildStdin) {
    let mut child = whosaid()
        .args(["run", "-", "--out"])
        .arg(out)
        .arg("--quiet")
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let line = format!("{{\"id\":\"x\",\"text\":{GOOD:?}}}\n");
    for _ in 0..2000 {
        stdin.write_all(line.as_bytes()).unwrap();
    }
    stdin.flush().unwrap();
    (child, stdin)
}

#[test]
fn killed_run_leaves_no_truncated_table() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    fs::create_dir_all(&out).unwrap();
    // A previous complete run's tables must survive an interrupted one untouched.
    fs::write(out.join("claims.csv"), "previous\n").unwrap();
    let (mut child, stdin) = run_mid_stream(&out);
    // The run is mid-stream (stdin still open): kill it without warning.
    child.kill().unwrap();
    child.wait().unwrap();
    drop(stdin);
    assert_eq!(fs::read_to_string(out.join("claims.csv")).unwrap(), "previous\n");
    for name in ["articles.csv", "entities.csv", "clusters.csv"] {
        assert!(!out.join(name).exists(), "{name} must not appear from a killed run");
    }
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_cleanly_without_tables_or_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let (child, stdin) = run_mid_stream(&out);
    let status = Command::new("kill").arg("-INT").arg(child.id().to_string()).status().unwrap();
    assert!(status.success());
    // Closing stdin lets the reader finish, so the run reaches its interruption check.
    drop(stdin);
    let o = child.wait_with_output().unwrap();
    assert!(!o.status.success(), "an interrupted run does not claim success");
    let left: Vec<_> =
        fs::read_dir(&out).map(|d| d.map(|e| e.unwrap().path()).collect()).unwrap_or_default();
    assert!(left.is_empty(), "no tables and no temporary files: {left:?}");
}
