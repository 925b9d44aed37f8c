//! Shared code of the whosaid fuzz targets: the pipeline invariants in [`checks`], which
//! `tests/properties.rs` also includes, so a fuzz crash and its regression test agree.

pub mod checks;
