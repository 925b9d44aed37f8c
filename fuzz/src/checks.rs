//! Invariants of the per-article pipeline, shared by the fuzz targets (`fuzz/`) and the
//! property tests (`tests/properties.rs`, which includes this file by path), so a crash the
//! fuzzer finds and its regression test check exactly the same things.
//!
//! Every check returns `Err(description)` instead of panicking, so proptest can shrink the
//! input; the fuzz targets turn an `Err` into a panic.

use std::io::Write;
use std::path::Path;
use std::sync::OnceLock;

use whosaid_article::{records, Cleaner, CleanerBuilder, Record};
use whosaid_attribution::{Attributor, AttributorBuilder, Document};
use whosaid_cluster::{speaker_key, ClaimRef, Clusterer, ClustererBuilder};
use whosaid_core::{Claim, PartialDate, Span};
use whosaid_gazetteer::{Annotation, Gazetteer, GazetteerBuilder};
use whosaid_tokenize::{Tokenizer, TokenizerBuilder, Tokens};

/// The stages as the binary builds them: once, with their default data.
pub struct Stages {
    /// Article clean-up.
    pub cleaner: Cleaner,
    /// Tokenizer.
    pub tokenizer: Tokenizer,
    /// The default gazetteer.
    pub gazetteer: Gazetteer,
    /// The default cue lexicon.
    pub attributor: Attributor,
    /// The default clustering threshold.
    pub clusterer: Clusterer,
}

/// The stages, built once per process (building the gazetteer is the slow part).
pub fn stages() -> &'static Stages {
    static STAGES: OnceLock<Stages> = OnceLock::new();
    STAGES.get_or_init(|| Stages {
        cleaner: CleanerBuilder::new().default_year(Some(2015)).build(),
        tokenizer: TokenizerBuilder::new().build(),
        gazetteer: GazetteerBuilder::with_defaults().build(),
        attributor: AttributorBuilder::new().build(),
        clusterer: ClustererBuilder::new().build(),
    })
}

type Check = Result<(), String>;

fn ensure(ok: bool, what: impl FnOnce() -> String) -> Check {
    if ok {
        Ok(())
    } else {
        Err(what())
    }
}

/// `span` indexes `text` on char boundaries.
fn in_text(text: &str, span: Span, what: &str) -> Check {
    ensure(text.get(span.range()).is_some(), || {
        format!("{what} {span:?} is not a char-boundary range of a {}-byte text", text.len())
    })
}

/// Each span indexes `text`, and each starts no earlier than the previous one ends.
fn ordered_disjoint(text: &str, spans: impl Iterator<Item = Span>, what: &str) -> Check {
    let mut previous: Option<Span> = None;
    for span in spans {
        in_text(text, span, what)?;
        if let Some(p) = previous {
            ensure(p.end <= span.start, || {
                format!("{what} {p:?} then {span:?}: overlap or order")
            })?;
        }
        previous = Some(span);
    }
    Ok(())
}

fn valid_range(range: &std::ops::Range<usize>, len: usize, what: &str) -> Check {
    ensure(range.start <= range.end && range.end <= len, || {
        format!("{what} index range {range:?} outside 0..{len}")
    })
}

/// The tokenizer's promises: paragraphs, sentences, tokens and outer quotes in text order
/// without overlap; index ranges inside their vectors; sentences inside their paragraph;
/// quote contents inside the quote; nested quotes inside an outer quote.
pub fn check_tokens(text: &str, tokens: &Tokens) -> Check {
    ordered_disjoint(text, tokens.paragraphs.iter().map(|p| p.span), "paragraph")?;
    ordered_disjoint(text, tokens.sentences.iter().map(|s| s.span), "sentence")?;
    ordered_disjoint(text, tokens.tokens.iter().map(|t| t.span()), "token")?;
    ordered_disjoint(text, tokens.quotes.iter().map(|q| q.span), "quote")?;
    for p in &tokens.paragraphs {
        valid_range(&p.sentences, tokens.sentences.len(), "paragraph sentences")?;
    }
    for s in &tokens.sentences {
        valid_range(&s.tokens, tokens.tokens.len(), "sentence tokens")?;
        let paragraph = tokens.paragraphs.get(s.paragraph).ok_or_else(|| {
            format!(
                "sentence {:?} names paragraph {} of {}",
                s.span,
                s.paragraph,
                tokens.paragraphs.len()
            )
        })?;
        ensure(paragraph.span.contains(s.span), || {
            format!("sentence {:?} outside its paragraph {:?}", s.span, paragraph.span)
        })?;
    }
    for q in tokens.quotes.iter().chain(&tokens.inner_quotes) {
        in_text(text, q.span, "quote")?;
        in_text(text, q.inner, "quote inner")?;
        ensure(q.inner.is_empty() || q.span.contains(q.inner), || {
            format!("quote inner {:?} outside quote {:?}", q.inner, q.span)
        })?;
        ensure(q.paragraph < tokens.paragraphs.len(), || {
            format!("quote {:?} names paragraph {}", q.span, q.paragraph)
        })?;
    }
    let mut previous_start = 0;
    for q in &tokens.inner_quotes {
        ensure(q.span.start >= previous_start, || {
            format!("inner quote {:?} out of order", q.span)
        })?;
        previous_start = q.span.start;
        ensure(tokens.quotes.iter().any(|outer| outer.span.contains(q.span)), || {
            format!("inner quote {:?} inside no outer quote", q.span)
        })?;
    }
    Ok(())
}

/// The gazetteer's promises: mentions and roles in text order without overlap, role titles
/// inside their role span.
pub fn check_annotation(text: &str, annotation: &Annotation) -> Check {
    ordered_disjoint(text, annotation.mentions.iter().map(|m| m.span), "mention")?;
    ordered_disjoint(text, annotation.roles.iter().map(|r| r.span), "role")?;
    for r in &annotation.roles {
        in_text(text, r.title_span, "role title")?;
        ensure(r.span.contains(r.title_span), || {
            format!("role title {:?} outside role {:?}", r.title_span, r.span)
        })?;
    }
    Ok(())
}

/// A date is valid when it survives its own constructor and its written form.
pub fn check_date(date: PartialDate, what: &str) -> Check {
    let rebuilt = PartialDate::new(date.year(), date.month(), date.day());
    ensure(rebuilt == Some(date), || format!("{what} {date:?} is not a valid date"))?;
    let reparsed = date.to_string().parse::<PartialDate>();
    ensure(reparsed == Ok(date), || format!("{what} {date} does not round-trip: {reparsed:?}"))
}

/// Attribution's promises: claims in text order, claim and speaker spans inside the text,
/// dates valid.
pub fn check_claims(text: &str, claims: &[Claim]) -> Check {
    let mut previous_start = 0;
    for c in claims {
        in_text(text, c.span, "claim")?;
        ensure(c.span.start >= previous_start, || format!("claim {:?} out of text order", c.span))?;
        previous_start = c.span.start;
        if let Some(s) = c.speaker_span {
            in_text(text, s, "speaker")?;
        }
        if let Some(d) = c.stated_on {
            check_date(d, "stated_on")?;
        }
    }
    Ok(())
}

/// Clustering's promises: one representative per claim, the earliest of its cluster, so an
/// index no later than the claim's own that is its own representative.
pub fn check_clusters(clusterer: &Clusterer, claims: &[ClaimRef<'_>]) -> Check {
    let reps = clusterer.cluster(claims);
    ensure(reps.len() == claims.len(), || {
        format!("{} reps for {} claims", reps.len(), claims.len())
    })?;
    for (i, &rep) in reps.iter().enumerate() {
        ensure(rep <= i, || format!("claim {i} has later representative {rep}"))?;
        ensure(reps.get(rep) == Some(&rep), || {
            format!("claim {i}: rep {rep} is not a fixed point")
        })?;
    }
    Ok(())
}

/// The whole per-article chain as the binary runs it (clean → tokenize the body → annotate
/// → attribute), plus tokenizing the whole text, checking each stage's output. Returns the
/// claims.
pub fn check_article(record: &Record) -> Result<Vec<Claim>, String> {
    let s = stages();
    let text = record.text.as_str();
    let article = s.cleaner.clean(record);
    ordered_disjoint(text, article.body.iter().copied(), "body paragraph")?;
    if let Some(d) = article.meta.published {
        check_date(d, "published")?;
    }
    let whole = s.tokenizer.tokenize(text);
    check_tokens(text, &whole)?;
    let tokens = s.tokenizer.tokenize_paragraphs(text, &article.body);
    ensure(tokens.paragraphs.len() == article.body.len(), || {
        format!("{} paragraphs for {} body spans", tokens.paragraphs.len(), article.body.len())
    })?;
    check_tokens(text, &tokens)?;
    let annotation = s.gazetteer.annotate(text, &tokens);
    check_annotation(text, &annotation)?;
    let doc = Document {
        text,
        tokens: &tokens,
        annotation: &annotation,
        gazetteer: &s.gazetteer,
        published: article.meta.published,
    };
    let claims = s.attributor.attribute(&doc);
    check_claims(text, &claims)?;
    Ok(claims)
}

/// [`check_article`] on a bare text, then clusters its claims' texts.
pub fn check_text(text: &str) -> Result<Vec<Claim>, String> {
    let record = Record { id: "fuzz".into(), text: text.to_string(), ..Record::default() };
    let claims = check_article(&record)?;
    let keys: Vec<String> =
        claims.iter().map(|c| speaker_key(c.speaker.id.as_deref(), &c.speaker.name)).collect();
    let refs: Vec<ClaimRef<'_>> = claims
        .iter()
        .zip(&keys)
        .map(|(c, key)| ClaimRef { speaker_key: key, text: c.span.get(text).unwrap_or("") })
        .collect();
    check_clusters(&stages().clusterer, &refs)?;
    Ok(claims)
}

/// The formats the reader is fed: file name, and whether the bytes are gzipped first.
pub const READER_FORMATS: &[(&str, bool)] = &[
    ("x.txt", false),
    ("x.jsonl", false),
    ("x.csv", false),
    ("raw.jsonl.gz", false),
    ("x.jsonl.gz", true),
    ("x.csv.gz", true),
];

/// Writes `bytes` as each of [`READER_FORMATS`] under `dir` and reads them back: reading
/// must end, give at least one item for a non-empty file, and each record read must pass
/// [`check_article`] when `pipeline` is set.
pub fn check_reader(dir: &Path, bytes: &[u8], pipeline: bool) -> Check {
    for &(name, gzip) in READER_FORMATS {
        let path = dir.join(name);
        let written = if gzip {
            let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            enc.write_all(bytes).map_err(|e| e.to_string())?;
            enc.finish().map_err(|e| e.to_string())?
        } else {
            bytes.to_vec()
        };
        std::fs::write(&path, &written).map_err(|e| e.to_string())?;
        // One record per line at most, plus an error or two: more means the reader loops.
        let limit = bytes.len() + 4;
        let mut items = 0;
        for item in records(std::slice::from_ref(&path)) {
            items += 1;
            ensure(items <= limit, || {
                format!("{name}: more than {limit} items from {} bytes", bytes.len())
            })?;
            match item {
                Ok(record) => {
                    if pipeline {
                        check_article(&record).map_err(|e| format!("{name}: {e}"))?;
                    }
                }
                Err(err) => ensure(!err.to_string().is_empty(), || format!("{name}: empty error"))?,
            }
        }
        ensure(items > 0 || !must_yield(name, gzip, bytes), || {
            format!("{name}: no item from {} bytes", bytes.len())
        })?;
    }
    Ok(())
}

/// Whether reading `bytes` as `name` must give at least one item (a record or an error).
/// Silence is right only for input that holds no record: an empty file, a JSONL file of
/// blank lines (after a byte-order mark), or a CSV file that is a valid header with a `text`
/// column and no rows (an empty table).
fn must_yield(name: &str, gzip: bool, bytes: &[u8]) -> bool {
    if bytes.is_empty() {
        return false;
    }
    if name.ends_with(".txt") || (name.ends_with(".gz") && !gzip) {
        // A .txt file is one record even when empty; bytes that are not gzip are an error.
        return true;
    }
    if name.contains(".jsonl") {
        let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
        return !body.iter().all(u8::is_ascii_whitespace);
    }
    let mut reader = csv::ReaderBuilder::new().flexible(true).has_headers(true).from_reader(bytes);
    let has_text_column = match reader.byte_headers() {
        Ok(headers) => headers.iter().any(|h| {
            let h = String::from_utf8_lossy(h);
            h.trim_start_matches('\u{feff}').trim().eq_ignore_ascii_case("text")
        }),
        Err(_) => return true,
    };
    let mut row = csv::ByteRecord::new();
    !has_text_column || !matches!(reader.read_byte_record(&mut row), Ok(false))
}
