//! Bytes → lossy UTF-8 → clean-up → tokenizing → gazetteer → attribution → clustering, with
//! every stage's spans, order and dates checked (see `checks::check_text`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid_fuzz::checks;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Err(e) = checks::check_text(&text) {
        panic!("invariant broken: {e}\ntext: {text:?}");
    }
});
