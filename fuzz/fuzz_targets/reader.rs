//! Bytes → one temporary file per input format (.txt, .jsonl, .csv, raw and real .gz) →
//! `whosaid_article::records`, and each record read through the pipeline checks.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use whosaid_fuzz::checks;

fn dir() -> &'static tempfile::TempDir {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().expect("a temporary directory for the fuzz files"))
}

fuzz_target!(|data: &[u8]| {
    if let Err(e) = checks::check_reader(dir().path(), data, true) {
        panic!("invariant broken: {e}\nbytes: {data:?}");
    }
});
