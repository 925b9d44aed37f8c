//! The per-article stages wired together: clean-up → tokenizing → gazetteer → attribution.
//! Everything here is a pure function of one record, so the run can map it over records in
//! parallel and still write rows in input order.

use std::borrow::Cow;
use std::cell::RefCell;

use anyhow::Result;
use whosaid_article::{Article, CleanScratch, Cleaner, ReadError, Record};
use whosaid_attribution::{Attributor, Document};
use whosaid_core::{Claim, EntityKind, PartialDate, Span};
use whosaid_gazetteer::{Annotation, Gazetteer, Scratch};
use whosaid_tokenize::{Tokenizer, Tokens};

use crate::output::{
    cell, date_cell, one_line, push_csv_field, push_decimal, push_spill_cells, ArticleRow,
    EntityRow, SpillCells,
};
use crate::store::{KeptClaim, KeptClaims};

/// The stages, built once and shared by all worker threads.
pub struct Stages {
    pub cleaner: Cleaner,
    pub tokenizer: Tokenizer,
    pub gazetteer: Gazetteer,
    pub attributor: Attributor,
    pub excel: bool,
    pub keep_text: bool,
}

/// All rows one record produces. The article and entity rows are already CSV bytes: they
/// are final once made, and formatting them here, in the worker, keeps the one writer thread
/// from becoming the bottleneck. Claims come both ways: formatted for the temporary file,
/// and as rows for the few fields the corpus-level steps keep in memory.
pub struct Processed {
    pub article_csv: Vec<u8>,
    pub entities_csv: Vec<u8>,
    pub claims: KeptClaims,
    /// The article id and outlet cells of `claims`.
    pub claim_article: String,
    pub claim_source: String,
    /// `claims` formatted for the run's temporary claims file (see [`push_spill_row`]).
    pub claims_csv: Vec<u8>,
    /// The cleaned text and metadata as a JSON line, when `--keep-text` asked for it.
    pub kept_text: Option<String>,
    /// Bytes of input text, for the throughput figures.
    pub bytes: usize,
    /// For a skipped record, the kind of reason without its particulars (file, line), so
    /// the summary counts "invalid JSON" once, not once per line.
    pub skip_class: Option<String>,
}

/// What the stages found in one record, before its rows are formatted: formatting needs
/// only the record, its clean-up, its claims and its mentions, so it can run on another
/// thread than the stages (see [`Stages::format`]).
pub enum Analyzed {
    /// A record whose rows are already formatted (a skipped record's one row, or a record
    /// formatted by the worker that analysed it).
    Formatted(Box<Processed>),
    /// A record analysed, its rows not yet formatted.
    Found(Box<Found>),
}

/// The analysis of one record, owned (see [`Analyzed::Found`]).
pub struct Found {
    record: Record,
    article: Article,
    claims: Vec<Claim>,
    /// The gazetteer's mentions, in text order.
    mentions: Vec<whosaid_gazetteer::Mention>,
}

impl Stages {
    /// Runs the stages over one record; [`Stages::format`] makes its rows.
    pub fn analyze(&self, record: Result<Record, ReadError>) -> Result<Analyzed> {
        match record {
            Ok(record) => self.analyze_record(record),
            Err(err) => {
                let class = err.reason();
                let class = class.split(':').next().unwrap_or_default().trim().to_string();
                let skipped = self.skipped(err.id(), err.origin(), &err.to_string(), class)?;
                Ok(Analyzed::Formatted(Box::new(skipped)))
            }
        }
    }

    /// The rows of an analysed record.
    pub fn format(&self, analyzed: Analyzed) -> Result<Processed> {
        match analyzed {
            Analyzed::Formatted(processed) => Ok(*processed),
            Analyzed::Found(found) => {
                let Found { record, article, claims, mentions } = *found;
                self.rows(&record, &article, &claims, &mentions)
            }
        }
    }
    fn skipped(
        &self,
        id: &str,
        origin: &whosaid_article::Origin,
        reason: &str,
        class: String,
    ) -> Result<Processed> {
        let article = ArticleRow {
            article_id: cell(self.excel, id),
            status: "skipped",
            reason: cell(self.excel, one_line(reason)),
            path: cell(self.excel, origin.path.to_string_lossy()),
            line: origin.line,
            ..ArticleRow::default()
        };
        Ok(Processed {
            article_csv: {
                let mut csv = Vec::new();
                article.push_csv(&mut csv);
                csv
            },
            entities_csv: Vec::new(),
            claims: KeptClaims::default(),
            claim_article: String::new(),
            claim_source: String::new(),
            claims_csv: Vec::new(),
            kept_text: None,
            bytes: 0,
            skip_class: Some(class),
        })
    }

    fn analyze_record(&self, record: Record) -> Result<Analyzed> {
        if record.text.trim().is_empty() {
            let mut reason = String::from("empty text");
            for w in &record.warnings {
                reason.push_str("; ");
                reason.push_str(w);
            }
            let skipped = self.skipped(&record.id, &record.origin, &reason, "empty text".into())?;
            return Ok(Analyzed::Formatted(Box::new(skipped)));
        }
        // Each worker thread keeps one clean-up scratch, one token buffer and the gazetteer's
        // buffers across articles: fresh ones per article cost allocations and their page
        // faults every time.
        thread_local!(static CLEAN_SCRATCH: RefCell<CleanScratch> = RefCell::default());
        let article =
            CLEAN_SCRATCH.with_borrow_mut(|scratch| self.cleaner.clean_with(&record, scratch));
        thread_local!(static TOKENS: RefCell<Tokens> = RefCell::default());
        thread_local!(static GAZETTEER: RefCell<(Scratch, Annotation)> = RefCell::default());
        let (claims, mentions) = TOKENS.with_borrow_mut(|tokens| {
            let text = record.text.as_str();
            self.tokenizer.tokenize_paragraphs_into(text, &article.body, tokens);
            GAZETTEER.with_borrow_mut(|(scratch, annotation)| {
                self.gazetteer.annotate_into(text, tokens, scratch, annotation);
                let published = article.meta.published;
                let gazetteer = &self.gazetteer;
                let doc = Document { text, tokens, annotation, gazetteer, published };
                let claims = self.attributor.attribute(&doc);
                // Moved out, not cloned: the thread's buffer keeps its capacity.
                let mentions: Vec<_> = annotation.mentions.drain(..).collect();
                (claims, mentions)
            })
        });
        Ok(Analyzed::Found(Box::new(Found { record, article, claims, mentions })))
    }

    fn rows(
        &self,
        record: &Record,
        article: &Article,
        claims: &[Claim],
        mentions: &[whosaid_gazetteer::Mention],
    ) -> Result<Processed> {
        let text = record.text.as_str();
        let published = article.meta.published;
        let excel = self.excel;
        let source = article.meta.source.as_deref().unwrap_or_default();
        let article_id = cell(excel, record.id.as_str());
        let gazetteer = &self.gazetteer;
        let entity_row = |m| mention_row(gazetteer, excel, text, m);
        let speaker_row = |speaker| speaker_row(excel, text, speaker);
        // Every row starts with the article's cell: formatted once, copied ahead of each.
        let mut article_cell_csv = Vec::with_capacity(article_id.len() + 2);
        push_csv_field(&mut article_cell_csv, &article_id);
        let speakers = speaker_mentions(text, claims, mentions);
        // Sized for the rows up front (names, surfaces, and about 64 bytes of ids, kind and
        // offsets per row): growing it row by row cost a reallocation and copy every few rows.
        let per_row = article_cell_csv.len() + 64;
        let capacity = mentions.iter().map(|m| m.name.len() + m.span.len() + per_row);
        let capacity = capacity.sum::<usize>()
            + speakers
                .iter()
                .map(|(span, c)| c.speaker.name.len() + span.len() + per_row)
                .sum::<usize>();
        let mut entities_csv = Vec::with_capacity(capacity);
        let mut push_entity = |row: EntityRow<'_>| {
            entities_csv.extend_from_slice(&article_cell_csv);
            row.push_csv_after_article(&mut entities_csv);
        };
        let key = |span: Span| (span.start, span.end);
        if speakers.is_empty() {
            mentions.iter().map(entity_row).for_each(&mut push_entity);
        } else if mentions.windows(2).all(|w| match w {
            [a, b] => key(a.span) <= key(b.span),
            _ => true,
        }) {
            // Both lists are in (start, end) order: merged, a mention before a speaker row
            // at the same offsets, as a stable sort of mentions then speakers puts them.
            let mut mentions = mentions.iter().peekable();
            let mut speakers = speakers.into_iter().peekable();
            loop {
                let take_mention = match (mentions.peek(), speakers.peek()) {
                    (Some(m), Some(&(span, _))) => key(m.span) <= key(span),
                    (Some(_), None) => true,
                    (None, Some(_)) => false,
                    (None, None) => break,
                };
                let row = if take_mention {
                    mentions.next().map(entity_row)
                } else {
                    speakers.next().map(speaker_row)
                };
                if let Some(row) = row {
                    push_entity(row);
                }
            }
        } else {
            let mut rows: Vec<EntityRow<'_>> = mentions.iter().map(entity_row).collect();
            rows.extend(speakers.into_iter().map(speaker_row));
            // Stable: a mention keeps its place before a speaker row at the same offsets.
            rows.sort_by_key(|e| (e.start, e.end));
            rows.into_iter().for_each(&mut push_entity);
        }
        let source_cell = cell(excel, source);
        // Sized for the rows up front, as the entity rows are: each has its statement, the
        // article cell twice, speaker, role, cue, outlet and about 128 bytes of the rest.
        let per_claim = 2 * article_id.len() + source_cell.len() + 128;
        let capacity = claims.iter().map(|c| {
            let role = c.speaker.role.as_deref().unwrap_or_default();
            c.span.len() + c.speaker.name.len() + role.len() + c.cue.len() + per_claim
        });
        let mut claims_csv = Vec::with_capacity(capacity.sum());
        let mut kept = KeptClaims::default();
        for (i, claim) in claims.iter().enumerate() {
            claim_row(
                (&mut claims_csv, &mut kept),
                excel,
                (&record.id, &article_id),
                i,
                claim,
                text,
                &source_cell,
            )?;
        }
        let kept_text = self.keep_text.then(|| kept_text_line(record, article, published));
        let mut warnings = record.warnings.join("; ");
        if text.len() > u32::MAX as usize {
            // The tokenizer's offsets are u32: the rest of such a record is not analysed, and
            // the row says so rather than dropping it silently.
            if !warnings.is_empty() {
                warnings.push_str("; ");
            }
            warnings.push_str("text longer than 4 GiB: only the first 4 GiB analysed");
        }
        let row = ArticleRow {
            article_id: Cow::Borrowed(&*article_id),
            status: "ok",
            reason: cell(excel, warnings.as_str()),
            title: cell(excel, one_line(article.meta.title.as_deref().unwrap_or_default())),
            source: cell(excel, source),
            published: date_cell(published),
            dateline: cell(excel, article.meta.dateline.as_deref().unwrap_or_default()),
            byline: cell(excel, article.meta.byline.as_deref().unwrap_or_default()),
            words: article.words,
            claims: kept.len(),
            path: cell(excel, record.origin.path.to_string_lossy()),
            line: record.origin.line,
        };
        Ok(Processed {
            article_csv: {
                let cells = [&row.reason, &row.title, &row.source, &row.dateline, &row.byline];
                let mut csv = Vec::with_capacity(
                    cells.iter().map(|c| c.len()).sum::<usize>() + row.path.len() + 128,
                );
                row.push_csv(&mut csv);
                csv
            },
            entities_csv,
            claims_csv,
            claims: kept,
            claim_article: article_id.clone().into_owned(),
            claim_source: source_cell.into_owned(),
            kept_text,
            bytes: text.len(),
            skip_class: None,
        })
    }
}

/// The entities.csv row of a gazetteer mention, without its article cell.
fn mention_row<'a>(
    gazetteer: &'a Gazetteer,
    excel: bool,
    text: &'a str,
    m: &'a whosaid_gazetteer::Mention,
) -> EntityRow<'a> {
    EntityRow {
        article_id: Cow::Borrowed(""),
        entity_id: m
            .entity
            .and_then(|id| gazetteer.entity(id))
            .map(|e| e.id.as_str())
            .unwrap_or_default(),
        name: cell(excel, m.name.as_str()),
        kind: m.kind.as_str(),
        surface: cell(excel, one_line(slice(text, m.span))),
        start: m.span.start,
        end: m.span.end,
    }
}

/// The entities.csv row of a speaker no mention names (see [`speaker_mentions`]), without
/// its article cell.
fn speaker_row<'a>(excel: bool, text: &'a str, (span, c): (Span, &'a Claim)) -> EntityRow<'a> {
    EntityRow {
        article_id: Cow::Borrowed(""),
        entity_id: c.speaker.id.as_deref().unwrap_or_default(),
        name: cell(excel, c.speaker.name.as_str()),
        kind: c.speaker.kind.as_str(),
        surface: cell(excel, one_line(slice(text, span))),
        start: span.start,
        end: span.end,
    }
}

/// Formats one claim's row for the run's temporary file (see
/// [`push_spill_row`](crate::output::push_spill_row)) into `spill`, and adds what the claim
/// store keeps of it to `kept`. `article` is the record id and its cell; `source` is a cell.
fn claim_row(
    (spill, kept): (&mut Vec<u8>, &mut KeptClaims),
    excel: bool,
    (article_id, article_cell): (&str, &str),
    index: usize,
    claim: &Claim,
    text: &str,
    source: &str,
) -> Result<()> {
    let mut claim_id = String::with_capacity(article_id.len() + 8);
    claim_id.push_str(article_id);
    claim_id.push_str("-c");
    let mut number = Vec::with_capacity(8);
    push_decimal(&mut number, index + 1);
    claim_id.push_str(std::str::from_utf8(&number).unwrap_or_default());
    let claim_id = cell(excel, claim_id);
    let speaker = cell(excel, claim.speaker.name.as_str());
    let speaker_id = claim.speaker.id.as_deref().unwrap_or_default();
    let role = cell(excel, claim.speaker.role.as_deref().unwrap_or_default());
    let statement = cell(excel, statement_text(text, claim));
    let stated_on = date_cell(claim.stated_on);
    push_spill_cells(
        spill,
        &SpillCells {
            claim_id: &claim_id,
            article_id: article_cell,
            speaker: &speaker,
            speaker_id,
            speaker_type: claim.speaker.kind.as_str(),
            speaker_role: &role,
            cue: &claim.cue,
            kind: claim.kind.as_str(),
            text: &statement,
            stated_on: &stated_on,
            date_basis: claim.date_basis.as_str(),
            start: claim.span.start,
            end: claim.span.end,
            cluster_id: "",
            source,
        },
    )?;
    kept.push(KeptClaim {
        claim_id: &claim_id,
        name: &speaker,
        id: speaker_id,
        kind: claim.speaker.kind.as_str(),
        text: &statement,
        // What `whosaid cluster` gets back from the cell, so both paths keep the same date.
        stated_on: stated_on.parse().ok(),
    })
}

/// The statement on one line; a statement split around its attribution is written as its
/// pieces joined by " … ", the usual mark of words left out, so the attribution in between
/// is dropped without gluing two sentences together.
fn statement_text<'t>(text: &'t str, claim: &Claim) -> Cow<'t, str> {
    if claim.pieces.is_empty() {
        return one_line(slice(text, claim.span));
    }
    let pieces: Vec<&str> = claim.pieces.iter().map(|&p| slice(text, p)).collect();
    Cow::Owned(one_line(&pieces.join(" … ")).into_owned())
}

/// The text a span covers; an out-of-range span from a buggy stage yields "" rather than a
/// panic that would take the whole run down.
/// Speakers that attribution named but the gazetteer did not mention, so that entities.csv
/// lists every speaker a claim names: groups ("U.S. officials", "Pentagon officials", which
/// may contain a mention of their institution) and names no mention overlaps. A speaker
/// reached through a pronoun or role noun ("they", "the spokesman") is a reference, not a
/// mention of its name, and is left out: its span's text does not hold the name. One row per
/// span, in text order; a binary search per claim keeps this linear in the text.
fn speaker_mentions<'c>(
    text: &str,
    claims: &'c [Claim],
    mentions: &[whosaid_gazetteer::Mention],
) -> Vec<(Span, &'c Claim)> {
    let mut rows: Vec<(Span, &Claim)> = claims
        .iter()
        .filter_map(|c| Some((c.speaker_span?, c)))
        .filter(|&(span, c)| {
            let name = c.speaker.name.as_str();
            let surface = slice(text, span);
            let names_it = !name.is_empty()
                && surface.len() >= name.len()
                && (surface.eq_ignore_ascii_case(name)
                    || surface.to_lowercase().contains(&name.to_lowercase()));
            let group = c.speaker.kind == EntityKind::Group;
            // Mentions are in text order and do not overlap, so the first one ending after
            // the speaker's start is the only one that can be the same span or the first
            // that overlaps it.
            let first = mentions.partition_point(|m| m.span.end <= span.start);
            let next = mentions.get(first).map(|m| m.span);
            let overlapped = next.is_some_and(|m| m.start < span.end);
            let same_as_mention = next == Some(span);
            names_it && !same_as_mention && (group || !overlapped)
        })
        .collect();
    rows.sort_by_key(|(span, _)| (span.start, span.end));
    rows.dedup_by_key(|(span, _)| *span);
    rows
}

fn slice(text: &str, span: Span) -> &str {
    span.get(text).unwrap_or_default()
}

fn kept_text_line(record: &Record, article: &Article, published: Option<PartialDate>) -> String {
    let body: Vec<&str> = article.body.iter().map(|&s| slice(&record.text, s)).collect();
    let value = serde_json::json!({
        "id": record.id,
        "title": article.meta.title,
        "source": article.meta.source,
        "published": published.map(|d| d.to_string()),
        "dateline": article.meta.dateline,
        "byline": article.meta.byline,
        "paragraphs": article.body.iter().map(|s| [s.start, s.end]).collect::<Vec<_>>(),
        "text": body.join("\n\n"),
    });
    value.to_string()
}
