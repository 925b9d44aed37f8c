//! What the metadata test files share: a cleaner built once, and one story to wrap in page
//! furniture (written for the tests).

#![allow(dead_code)] // not every test binary uses every item

use whosaid_article::{Article, Cleaner, CleanerBuilder, Record};

/// The default cleaner, built once per test binary.
pub fn cleaner() -> &'static Cleaner {
    static CLEANER: std::sync::OnceLock<Cleaner> = std::sync::OnceLock::new();
    CLEANER.get_or_init(|| CleanerBuilder::new().build())
}

/// `text` cleaned as a record with no fields of its own.
pub fn clean(text: &str) -> Article {
    cleaner().clean(&Record { id: "t".into(), text: text.into(), ..Record::default() })
}

/// A headline of the test story.
pub const HEADLINE: &str =
    "Harbour authority raises berthing fees for cargo ships from next spring";
/// The test story's body: three paragraphs of plain reporting.
pub const STORY: &str = "The port authority said on Tuesday it would raise berthing fees for \
                     container ships by 12 per cent from April, citing the cost of dredging.\n\
                     Shipping lines said the increase would be passed on to importers, who \
                     already face higher freight rates this year.\n\
                     The authority said the new fees would raise about 40 million a year, most \
                     of which would go to the dredging programme.";
