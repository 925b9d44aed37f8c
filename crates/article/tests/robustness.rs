//! Bad records among good ones: a huge record, a binary file, invalid UTF-8, an empty record,
//! a malformed JSONL line and a malformed CSV row each come out as a record with a status
//! (a warning, empty text) or as an error with a reason, never as a panic, and the record
//! after each is still read and cleaned.

use std::path::PathBuf;

use whosaid_article::{records, CleanerBuilder, ReadError, Record};

/// What reading should make of the bad record.
#[derive(Debug)]
enum Expect {
    /// Read, with `warning` in its warnings (if given) and text of `len` bytes.
    Read { warning: Option<&'static str>, len: usize },
    /// Refused, with a reason holding this text.
    Refused(&'static str),
}

struct Case {
    name: &'static str,
    /// Files written in this order (a directory walk reads them sorted by name).
    files: Vec<(&'static str, Vec<u8>)>,
    bad: Expect,
    /// The id of the good record after the bad one.
    after: &'static str,
}

const HUGE_WORDS: usize = 1_500_000;

fn huge_text() -> String {
    // Long wire-copy lines and paragraphs, so every clean-up rule runs on the whole of it.
    let line = "Officials said the talks would resume next week, a spokesman told reporters.";
    let mut text = String::from("MOSCOW, Oct. 6 (Reuters) - ");
    for n in 0..HUGE_WORDS / line.split(' ').count() {
        text.push_str(line);
        text.push_str(if n % 7 == 6 { "\n\n" } else { "\n" });
    }
    text
}

/// The length of `bytes` with each invalid sequence replaced by U+FFFD, as reading does.
fn lossy(bytes: &[u8]) -> usize {
    String::from_utf8_lossy(bytes).len()
}

fn jsonl(lines: &[&str]) -> Vec<u8> {
    lines.iter().flat_map(|l| l.bytes().chain(*b"\n")).collect()
}

fn cases() -> Vec<Case> {
    let huge = huge_text();
    let huge_line = format!("{{\"id\":\"huge\",\"text\":{}}}", serde_json_string(&huge));
    vec![
        Case {
            name: "huge JSONL record",
            files: vec![(
                "in.jsonl",
                jsonl(&[&huge_line, r#"{"id":"after","text":"Talks resume, he said."}"#]),
            )],
            bad: Expect::Read { warning: None, len: huge.len() },
            after: "after",
        },
        Case {
            name: "huge text file with one line",
            files: vec![
                ("a.txt", "word ".repeat(HUGE_WORDS).into_bytes()),
                ("b.txt", b"Talks resume, he said.".to_vec()),
            ],
            bad: Expect::Read { warning: None, len: 5 * HUGE_WORDS },
            after: "b",
        },
        Case {
            name: "binary text file",
            files: vec![
                ("a.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0".to_vec()),
                ("b.txt", b"Talks resume, he said.".to_vec()),
            ],
            bad: Expect::Refused("binary file"),
            after: "b",
        },
        Case {
            name: "binary bytes on a JSONL line",
            files: vec![("in.jsonl", {
                let mut bytes = b"\0\x01\xff\xfe\x89PNG\0\0\n".to_vec();
                bytes.extend(jsonl(&[r#"{"id":"after","text":"Talks resume."}"#]));
                bytes
            })],
            bad: Expect::Refused("invalid JSON"),
            after: "after",
        },
        Case {
            name: "invalid UTF-8 in a JSONL record",
            files: vec![("in.jsonl", {
                let mut bytes = b"{\"id\":\"bad\",\"text\":\"caf\xe9 \xff\xfe said.\"}\n".to_vec();
                bytes.extend(jsonl(&[r#"{"id":"after","text":"Talks resume."}"#]));
                bytes
            })],
            bad: Expect::Read {
                warning: Some("invalid UTF-8"),
                len: lossy(b"caf\xe9 \xff\xfe said."),
            },
            after: "after",
        },
        Case {
            name: "invalid UTF-8 in a CSV row",
            files: vec![("in.csv", b"id,text\nbad,caf\xe9 said.\nafter,Talks resume.\n".to_vec())],
            bad: Expect::Read { warning: Some("invalid UTF-8"), len: lossy(b"caf\xe9 said.") },
            after: "after",
        },
        Case {
            name: "invalid UTF-8 in a text file",
            files: vec![
                ("a.txt", b"caf\xe9 \xc3 said.".to_vec()),
                ("b.txt", b"Talks resume, he said.".to_vec()),
            ],
            bad: Expect::Read { warning: Some("invalid UTF-8"), len: lossy(b"caf\xe9 \xc3 said.") },
            after: "b",
        },
        Case {
            name: "empty JSONL record",
            files: vec![(
                "in.jsonl",
                jsonl(&[r#"{"id":"empty","text":""}"#, r#"{"id":"after","text":"Talks."}"#]),
            )],
            bad: Expect::Read { warning: None, len: 0 },
            after: "after",
        },
        Case {
            name: "empty text file",
            files: vec![("a.txt", Vec::new()), ("b.txt", b"Talks resume, he said.".to_vec())],
            bad: Expect::Read { warning: None, len: 0 },
            after: "b",
        },
        Case {
            name: "malformed JSONL line",
            files: vec![(
                "in.jsonl",
                jsonl(&[r#"{"id":"cut","text":"Talks resu"#, r#"{"id":"after","text":"Talks."}"#]),
            )],
            bad: Expect::Refused("invalid JSON"),
            after: "after",
        },
        Case {
            name: "JSONL line that is not an object",
            files: vec![(
                "in.jsonl",
                jsonl(&[r#"["id","text"]"#, r#"{"id":"after","text":"Talks."}"#]),
            )],
            bad: Expect::Refused("expected a JSON object"),
            after: "after",
        },
        Case {
            name: "CSV row without its text field",
            files: vec![("in.csv", b"id,text\nshort\nafter,Talks resume.\n".to_vec())],
            bad: Expect::Refused("missing field `text`"),
            after: "after",
        },
        Case {
            name: "CSV row with stray quotes and extra fields",
            files: vec![(
                "in.csv",
                b"id,text\nodd,Talks \"resume,x,y\"z\nafter,Talks resume.\n".to_vec(),
            )],
            // A quote inside an unquoted field is a character of it; extra fields are ignored.
            bad: Expect::Read { warning: None, len: "Talks \"resume".len() },
            after: "after",
        },
    ]
}

/// `s` as a JSON string literal (the test writes its own JSON rather than pulling serde in).
fn serde_json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn check(case: &Case, items: &[Result<Record, ReadError>]) {
    let name = case.name;
    assert_eq!(items.len(), 2, "{name}: {:?}", items.iter().map(|i| i.is_ok()).collect::<Vec<_>>());
    match (&case.bad, &items[0]) {
        (Expect::Read { warning, len }, Ok(record)) => {
            assert_eq!(record.text.len(), *len, "{name}");
            match warning {
                Some(w) => assert!(record.warnings.iter().any(|x| x.contains(w)), "{name}"),
                None => assert!(record.warnings.is_empty(), "{name}: {:?}", record.warnings),
            }
        }
        (Expect::Refused(reason), Err(err)) => {
            assert!(err.reason().contains(reason), "{name}: {}", err.reason());
            assert!(!err.id().is_empty(), "{name}");
        }
        (expect, got) => panic!("{name}: expected {expect:?}, got {got:?}"),
    }
    let after = items[1].as_ref().unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(after.id, case.after, "{name}");
}

#[test]
fn bad_records_get_a_status_and_the_next_record_is_still_read_and_cleaned() {
    let cleaner = CleanerBuilder::new().build();
    for case in cases() {
        let dir = tempfile::tempdir().unwrap();
        for (file, bytes) in &case.files {
            std::fs::write(dir.path().join(file), bytes).unwrap();
        }
        let inputs: Vec<PathBuf> = vec![dir.path().to_path_buf()];
        let items: Vec<Result<Record, ReadError>> = records(&inputs).collect();
        check(&case, &items);
        for record in items.iter().flatten() {
            let article = cleaner.clean(record);
            for span in &article.body {
                assert!(record.text.get(span.range()).is_some(), "{}: {span:?}", case.name);
            }
        }
    }
}
