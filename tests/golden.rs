//! Golden files: each `tests/data/NAME.txt` article → `tests/golden/NAME.claims.csv` and
//! `tests/golden/NAME.articles.csv`, the tables whosaid wrote when a person last checked them.
//! They live outside `tests/data` because that directory is itself an input of other tests,
//! and whosaid reads every `.csv` in a directory as articles.
//! A change in what whosaid finds shows up as a diff here, to be read and either fixed or
//! accepted with `WHOSAID_BLESS=1 cargo test --test golden` (which rewrites the files).

use std::fs;
use std::path::Path;
use std::process::Command;

#[test]
fn articles_match_their_golden_tables() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let bless = std::env::var_os("WHOSAID_BLESS").is_some();
    let mut articles: Vec<_> = fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    articles.sort();
    assert!(!articles.is_empty());
    let mut failures = vec![];
    for article in &articles {
        let stem = article.file_stem().unwrap().to_str().unwrap();
        let out = tempfile::tempdir().unwrap();
        let status = Command::new(env!("CARGO_BIN_EXE_whosaid"))
            .args(["run", article.to_str().unwrap(), "--out"])
            .arg(out.path())
            .args(["--quiet", "--threads", "1"])
            .status()
            .unwrap();
        assert!(status.success(), "{stem}");
        for table in ["claims", "articles"] {
            let got = fs::read_to_string(out.path().join(format!("{table}.csv"))).unwrap();
            // The path column holds this machine's checkout; the golden file must not.
            let got = got.replace(data.to_str().unwrap(), "tests/data");
            let golden = data.with_file_name("golden").join(format!("{stem}.{table}.csv"));
            if bless {
                fs::write(&golden, &got).unwrap();
                continue;
            }
            let want = fs::read_to_string(&golden).unwrap_or_default();
            if got != want {
                failures.push(format!("{}:\n--- want\n{want}\n+++ got\n{got}", golden.display()));
            }
        }
    }
    assert!(failures.is_empty(), "golden tables differ:\n{}", failures.join("\n"));
}
