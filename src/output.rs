//! The four output tables: one row struct per table, and a writer that makes a table appear
//! whole or not at all. The columns are a contract documented in `docs/schema.md`; the
//! `header_matches_row_fields` test keeps each `HEADER` and its struct in step.

use std::borrow::Cow;
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use whosaid_core::PartialDate;

/// A row of `articles.csv`. Rows of articles and entities borrow from the record they
/// describe: they are serialized in the worker thread that made them, so no field needs a
/// copy of its own.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ArticleRow<'a> {
    pub article_id: Cow<'a, str>,
    pub status: &'static str,
    pub reason: Cow<'a, str>,
    pub title: Cow<'a, str>,
    pub source: Cow<'a, str>,
    pub published: String,
    pub dateline: Cow<'a, str>,
    pub byline: Cow<'a, str>,
    pub words: usize,
    pub claims: usize,
    pub path: Cow<'a, str>,
    pub line: Option<u64>,
}

impl ArticleRow<'_> {
    pub const HEADER: &'static [&'static str] = &[
        "article_id",
        "status",
        "reason",
        "title",
        "source",
        "published",
        "dateline",
        "byline",
        "words",
        "claims",
        "path",
        "line",
    ];
}

/// A row of `claims.csv`. Also read back by `whosaid cluster`, so it deserializes too.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct ClaimRow {
    pub claim_id: String,
    pub article_id: String,
    pub speaker: String,
    pub speaker_id: String,
    pub speaker_type: String,
    pub speaker_role: String,
    pub cue: String,
    pub kind: String,
    pub text: String,
    pub stated_on: String,
    pub date_basis: String,
    pub start: usize,
    pub end: usize,
    pub cluster_id: String,
    /// The article's outlet, so that re-clustering can count outlets without articles.csv.
    #[serde(default)]
    pub source: String,
}

impl ClaimRow {
    pub const HEADER: &'static [&'static str] = &[
        "claim_id",
        "article_id",
        "speaker",
        "speaker_id",
        "speaker_type",
        "speaker_role",
        "cue",
        "kind",
        "text",
        "stated_on",
        "date_basis",
        "start",
        "end",
        "cluster_id",
        "source",
    ];
}

/// A row of `entities.csv`.
#[derive(Clone, Debug, Default, Serialize)]
pub struct EntityRow<'a> {
    pub article_id: Cow<'a, str>,
    pub entity_id: &'a str,
    pub name: Cow<'a, str>,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub surface: Cow<'a, str>,
    pub start: usize,
    pub end: usize,
}

impl EntityRow<'_> {
    pub const HEADER: &'static [&'static str] =
        &["article_id", "entity_id", "name", "type", "surface", "start", "end"];
}

/// A row of `clusters.csv`.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ClusterRow {
    pub cluster_id: String,
    pub speaker: String,
    pub text: String,
    pub claims: usize,
    pub articles: usize,
    pub sources: usize,
    pub first_stated_on: String,
    pub last_stated_on: String,
}

impl ClusterRow {
    pub const HEADER: &'static [&'static str] = &[
        "cluster_id",
        "speaker",
        "text",
        "claims",
        "articles",
        "sources",
        "first_stated_on",
        "last_stated_on",
    ];
}

/// A file written under a temporary name beside its final one and renamed into place by
/// [`AtomicFile::commit`]. A run that dies before then leaves the previous file (or none),
/// never a truncated one; dropping an uncommitted file removes the temporary.
pub struct AtomicFile {
    path: PathBuf,
    tmp: PathBuf,
    file: Option<BufWriter<File>>,
}

impl AtomicFile {
    pub fn create(path: &Path) -> Result<AtomicFile> {
        let name = path.file_name().context("an output file needs a name")?.to_string_lossy();
        let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
        let file =
            File::create(&tmp).with_context(|| format!("cannot create {}", path.display()))?;
        let file = Some(BufWriter::with_capacity(1 << 16, file));
        Ok(AtomicFile { path: path.to_path_buf(), tmp, file })
    }

    /// Flushes, syncs and renames the file into place.
    pub fn commit(mut self) -> Result<()> {
        let what = format!("cannot write {}", self.path.display());
        let buf = self.file.take().context("file already committed")?;
        let file = buf.into_inner().map_err(|e| e.into_error()).with_context(|| what.clone())?;
        file.sync_all().with_context(|| what.clone())?;
        drop(file);
        fs::rename(&self.tmp, &self.path).with_context(|| what)
    }

    fn writer(&mut self) -> std::io::Result<&mut BufWriter<File>> {
        self.file.as_mut().ok_or_else(|| std::io::Error::other("file already committed"))
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.writer()?.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.writer()?.flush()
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.file.is_some() {
            // Abandoned: the temporary file must not be mistaken for output.
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

/// CSV rows without a header, as bytes, by the `csv` crate: the reference the hand-written
/// `push_csv` formatters of every table are tested against.
#[cfg(test)]
pub fn csv_rows<'r, R: Serialize + 'r>(rows: impl IntoIterator<Item = &'r R>) -> Result<Vec<u8>> {
    // One writer per thread, reused: a new `csv::Writer` zeroes an 8 KiB buffer, which cost
    // more than formatting the one to three rows of a typical call (6% of a Reuters run).
    // `flexible` because one writer formats every table (each row struct fixes its fields).
    thread_local!(static WRITER: std::cell::RefCell<Option<(csv::Writer<SharedBytes>, SharedBytes)>> =
        const { std::cell::RefCell::new(None) });
    WRITER.with_borrow_mut(|slot| {
        let (writer, bytes) = slot.get_or_insert_with(|| {
            let bytes = SharedBytes::default();
            let writer = csv::WriterBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_writer(bytes.clone());
            (writer, bytes)
        });
        let formatted = rows
            .into_iter()
            .try_for_each(|row| writer.serialize(row))
            .and_then(|()| writer.flush().map_err(csv::Error::from));
        let out = std::mem::take(&mut *bytes.0.borrow_mut());
        if formatted.is_err() {
            // A row that failed halfway leaves the writer inside a record: start afresh.
            *slot = None;
        }
        formatted.map(|()| out).context("cannot format a CSV row")
    })
}

/// The reused CSV writer's output, taken out after each call.
#[cfg(test)]
#[derive(Clone, Default)]
struct SharedBytes(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

#[cfg(test)]
impl Write for SharedBytes {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Appends `field` as one CSV cell, quoted exactly when the `csv` crate's default writer
/// quotes it (a comma, quote mark, CR or LF inside; quote marks doubled), so rows made here
/// and rows made by [`csv_rows`] are the same bytes. An empty cell is written as nothing: it
/// is never the only cell of a row here.
pub fn push_csv_field(out: &mut Vec<u8>, field: &str) {
    let bytes = field.as_bytes();
    if !needs_quotes(bytes) {
        out.extend_from_slice(bytes);
        return;
    }
    out.push(b'"');
    for piece in bytes.split_inclusive(|&b| b == b'"') {
        out.extend_from_slice(piece);
        if piece.last() == Some(&b'"') {
            out.push(b'"');
        }
    }
    out.push(b'"');
}

/// Whether a cell holds a comma, quote mark, CR or LF. Every cell of every table passes
/// here: a long one (statements, surfaces in text) is searched with `memchr`'s vector
/// loops, a short one (ids, names, dates) eight bytes at a time in a `u64`, which costs less
/// than setting those loops up.
fn needs_quotes(bytes: &[u8]) -> bool {
    if bytes.len() >= 32 {
        return memchr::memchr3(b',', b'"', b'\n', bytes).is_some()
            || memchr::memchr(b'\r', bytes).is_some();
    }
    if let Some(last) = bytes.last_chunk::<8>() {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut lanes = [0u8; 8];
            lanes.copy_from_slice(chunk);
            if quoted_lane(u64::from_le_bytes(lanes)) {
                return true;
            }
        }
        // The tail as the last eight bytes, overlapping the chunk before: one load instead
        // of a copy of the odd bytes into a padded buffer.
        return !chunks.remainder().is_empty() && quoted_lane(u64::from_le_bytes(*last));
    }
    // Shorter than eight bytes: padded with zero bytes, which are none of the four.
    let lanes = bytes.iter().rev().fold(0u64, |lanes, &b| lanes << 8 | u64::from(b));
    quoted_lane(lanes)
}

/// Whether one of the eight bytes of `lanes` is a comma, quote mark, CR or LF: the classic
/// zero-byte test on `lanes` XOR each of them, exact for "is there one" (a borrow can only
/// flag a lane above a true zero).
#[inline]
fn quoted_lane(lanes: u64) -> bool {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |v: u64| v.wrapping_sub(LOW) & !v & HIGH;
    let hits = zero(lanes ^ (LOW * u64::from(b',')))
        | zero(lanes ^ (LOW * u64::from(b'"')))
        | zero(lanes ^ (LOW * u64::from(b'\n')))
        | zero(lanes ^ (LOW * u64::from(b'\r')));
    hits != 0
}

/// A claim row for the run's temporary file: five pieces, each after its length as a
/// little-endian `u32`: the cells before the speaker, the speaker, the cells between it and
/// the cluster id, the cluster id, and the rest with the line end. The corpus end rewrites
/// the speaker and the cluster id by splicing, without parsing the row back.
pub fn push_spill_row(out: &mut Vec<u8>, row: &ClaimRow) -> Result<()> {
    let cells = SpillCells {
        claim_id: &row.claim_id,
        article_id: &row.article_id,
        speaker: &row.speaker,
        speaker_id: &row.speaker_id,
        speaker_type: &row.speaker_type,
        speaker_role: &row.speaker_role,
        cue: &row.cue,
        kind: &row.kind,
        text: &row.text,
        stated_on: &row.stated_on,
        date_basis: &row.date_basis,
        start: row.start,
        end: row.end,
        cluster_id: &row.cluster_id,
        source: &row.source,
    };
    push_spill_cells(out, &cells)
}

/// The cells of a claim row, borrowed: the worker formats its claims from these without
/// allocating a [`ClaimRow`] of owned strings per claim.
pub struct SpillCells<'a> {
    pub claim_id: &'a str,
    pub article_id: &'a str,
    pub speaker: &'a str,
    pub speaker_id: &'a str,
    pub speaker_type: &'a str,
    pub speaker_role: &'a str,
    pub cue: &'a str,
    pub kind: &'a str,
    pub text: &'a str,
    pub stated_on: &'a str,
    pub date_basis: &'a str,
    pub start: usize,
    pub end: usize,
    pub cluster_id: &'a str,
    pub source: &'a str,
}

/// [`push_spill_row`] from borrowed cells.
pub fn push_spill_cells(out: &mut Vec<u8>, row: &SpillCells<'_>) -> Result<()> {
    let piece = |out: &mut Vec<u8>, write: &dyn Fn(&mut Vec<u8>)| -> Result<()> {
        let at = out.len();
        out.extend_from_slice(&[0; 4]);
        write(out);
        let len = u32::try_from(out.len() - at - 4).context("a claim row of more than 4 GB")?;
        if let Some(slot) = out.get_mut(at..at + 4) {
            slot.copy_from_slice(&len.to_le_bytes());
        }
        Ok(())
    };
    piece(out, &|out| {
        push_csv_field(out, row.claim_id);
        out.push(b',');
        push_csv_field(out, row.article_id);
        out.push(b',');
    })?;
    piece(out, &|out| push_csv_field(out, row.speaker))?;
    piece(out, &|out| {
        push_more_cells(
            out,
            [row.speaker_id, row.speaker_type, row.speaker_role, row.cue, row.kind],
        );
        push_more_cells(out, [row.text, row.stated_on, row.date_basis]);
        push_more_numbers(out, [row.start, row.end]);
        out.push(b',');
    })?;
    piece(out, &|out| push_csv_field(out, row.cluster_id))?;
    piece(out, &|out| {
        out.push(b',');
        push_csv_field(out, row.source);
        out.push(b'\n');
    })
}

impl EntityRow<'_> {
    /// Appends the row as CSV, the bytes [`csv_rows`] gives it, without serde's per-field
    /// dispatch: an article has dozens of mentions, and this is the binary's busiest
    /// formatting.
    #[cfg(test)]
    pub fn push_csv(&self, out: &mut Vec<u8>) {
        push_csv_field(out, &self.article_id);
        self.push_csv_after_article(out);
    }

    /// [`EntityRow::push_csv`] without the article cell: an article's rows all start with
    /// the same one, which its caller formats once and copies ahead of each.
    pub fn push_csv_after_article(&self, out: &mut Vec<u8>) {
        push_more_cells(out, [self.entity_id, &self.name, self.kind, &self.surface]);
        push_more_numbers(out, [self.start, self.end]);
        out.push(b'\n');
    }
}

impl ArticleRow<'_> {
    /// Appends the row as CSV, the bytes [`csv_rows`] gives it.
    pub fn push_csv(&self, out: &mut Vec<u8>) {
        push_csv_field(out, &self.article_id);
        let cells = [self.status, &self.reason, &self.title, &self.source, &self.published];
        push_more_cells(out, cells.into_iter().chain([&*self.dateline, &self.byline]));
        push_more_numbers(out, [self.words, self.claims]);
        out.push(b',');
        push_csv_field(out, &self.path);
        out.push(b',');
        if let Some(line) = self.line {
            push_decimal(out, usize::try_from(line).unwrap_or(usize::MAX));
        }
        out.push(b'\n');
    }
}

impl ClusterRow {
    /// Appends the row as CSV, the bytes [`csv_rows`] gives it: clusters.csv is written on
    /// the one thread after clustering, where serde's per-field dispatch cost more than the
    /// summaries.
    pub fn push_csv(&self, out: &mut Vec<u8>) {
        push_csv_field(out, &self.cluster_id);
        push_more_cells(out, [self.speaker.as_str(), &self.text]);
        push_more_numbers(out, [self.claims, self.articles, self.sources]);
        push_more_cells(out, [self.first_stated_on.as_str(), &self.last_stated_on]);
        out.push(b'\n');
    }
}

/// The rows of clusters.csv, formatted (see [`ClusterRow::push_csv`]).
pub fn cluster_rows_csv(rows: &[ClusterRow]) -> Vec<u8> {
    let mut out = Vec::with_capacity(rows.iter().map(|r| r.text.len() + 64).sum());
    for row in rows {
        row.push_csv(&mut out);
    }
    out
}

/// Appends each cell after a comma: the cells of a row after its first.
fn push_more_cells<'c>(out: &mut Vec<u8>, cells: impl IntoIterator<Item = &'c str>) {
    for cell in cells {
        out.push(b',');
        push_csv_field(out, cell);
    }
}

/// Appends each number after a comma, in decimal.
fn push_more_numbers(out: &mut Vec<u8>, numbers: impl IntoIterator<Item = usize>) {
    for number in numbers {
        out.push(b',');
        push_decimal(out, number);
    }
}

pub fn push_decimal(out: &mut Vec<u8>, n: usize) {
    // Offsets and counts are mostly below 10^5: two digits per division halve the divisions,
    // and one- and two-digit numbers (claim counts, line numbers) skip the buffer.
    if n < 10 {
        out.push(b'0' + n as u8);
        return;
    }
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    while n >= 10 {
        let pair = n % 100 * 2;
        n /= 100;
        at -= 2;
        if let (Some(slot), Some(pair)) =
            (digits.get_mut(at..at + 2), DIGIT_PAIRS.get(pair..pair + 2))
        {
            slot.copy_from_slice(pair);
        }
    }
    if n > 0 {
        at -= 1;
        if let Some(d) = digits.get_mut(at) {
            *d = b'0' + n as u8;
        }
    }
    out.extend_from_slice(digits.get(at..).unwrap_or_default());
}

/// "00", "01", ... "99": the two decimal digits of each number below 100.
static DIGIT_PAIRS: [u8; 200] = {
    let mut table = [0u8; 200];
    let mut i = 0;
    while i < 100 {
        table[2 * i] = b'0' + (i / 10) as u8;
        table[2 * i + 1] = b'0' + (i % 10) as u8;
        i += 1;
    }
    table
};

/// One CSV table, written whole or not at all (see [`AtomicFile`]).
pub struct Table {
    file: AtomicFile,
    what: String,
}

impl Table {
    pub fn create(dir: &Path, name: &str, header: &[&str], excel: bool) -> Result<Table> {
        let path = dir.join(name);
        let what = format!("cannot write {}", path.display());
        let mut file = AtomicFile::create(&path)?;
        if excel {
            file.write_all("\u{feff}".as_bytes()).with_context(|| what.clone())?;
        }
        let mut writer = csv::WriterBuilder::new().has_headers(false).from_writer(Vec::new());
        writer.write_record(header).with_context(|| what.clone())?;
        let header =
            writer.into_inner().map_err(|e| e.into_error()).with_context(|| what.clone())?;
        file.write_all(&header).with_context(|| what.clone())?;
        Ok(Table { file, what })
    }

    /// Appends rows already formatted (by the rows' `push_csv`).
    pub fn append(&mut self, rows: &[u8]) -> Result<()> {
        self.file.write_all(rows).with_context(|| self.what.clone())
    }

    /// Flushes and commits the file.
    pub fn commit(mut self) -> Result<()> {
        self.file.flush().with_context(|| self.what.clone())?;
        self.file.commit()
    }
}

/// Makes a cell safe for spreadsheets when `excel` is set: a cell that a spreadsheet would
/// read as a formula (leading `=`, `+`, `-`, `@`, tab or CR) is prefixed with `'`.
pub fn cell<'a>(excel: bool, s: impl Into<Cow<'a, str>>) -> Cow<'a, str> {
    let s = s.into();
    if excel && s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        let mut out = String::with_capacity(s.len() + 1);
        out.push('\'');
        out.push_str(&s);
        Cow::Owned(out)
    } else {
        s
    }
}

/// A date cell: what `PartialDate`'s `Display` writes (`2024-03-05`, `--03-05`), empty when
/// unknown. Written digit by digit: `format!` padding cost more than the rest of a claim row.
pub fn date_cell(date: Option<PartialDate>) -> String {
    let Some(date) = date else { return String::new() };
    let (month, day) = (date.month(), date.day());
    let year = match date.year() {
        Some(y) => u32::try_from(y).ok().filter(|&y| y <= 9999),
        None => None,
    };
    if month > 99 || day > 99 || (date.year().is_some() && year.is_none()) {
        return date.to_string();
    }
    let digits = |out: &mut String, n: u32, width: u32| {
        for k in (0..width).rev() {
            let digit = (n / 10u32.pow(k)) % 10;
            out.push(char::from(b'0' + digit as u8));
        }
    };
    let mut out = String::with_capacity(10);
    match year {
        Some(y) => {
            digits(&mut out, y, 4);
            out.push('-');
        }
        None => out.push_str("--"),
    }
    digits(&mut out, month, 2);
    out.push('-');
    digits(&mut out, day, 2);
    out
}

/// Statement and title text for a cell: runs of whitespace (hard line breaks of wire text
/// included) become one space, so a row reads as one line. Offsets still point at the
/// original text. Text that is already one line (most of it) is borrowed, not copied.
pub fn one_line(s: &str) -> Cow<'_, str> {
    if is_one_line(s.as_bytes()) {
        return Cow::Borrowed(s);
    }
    // One pass over the words: while every gap so far is one plain space (and the text does
    // not start with whitespace) nothing is copied; at the first other gap, the clean prefix
    // is copied and the rest appended word by word. Words are cut only next to whitespace
    // characters, so every piece is a `str` slice and nothing is validated again.
    // Runs of words that are already one line (single plain spaces between them) are
    // copied whole, each after one space: on wire text with hard line breaks a run is a
    // printed line, not a word. Runs are cut only next to whitespace characters, so every
    // piece is a `str` slice and nothing is validated again.
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut at = 0;
    loop {
        loop {
            let len = space_len_at(bytes, at);
            if len == 0 {
                break;
            }
            at += len;
        }
        if at >= bytes.len() {
            break;
        }
        let end = clean_run_end(bytes, at);
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(s.get(at..end).unwrap_or_default());
        at = end;
    }
    Cow::Owned(out)
}

/// Where the run of words starting at byte `start` (not whitespace) ends: the end of its
/// last word before whitespace other than one plain space between two words, or the end
/// of `bytes`. Plain ASCII goes eight bytes at a time, as in [`is_one_line`].
#[inline]
fn clean_run_end(bytes: &[u8], start: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW: u64 = 0x0101_0101_0101_0101;
    let mut after_space = false;
    let mut i = start;
    // The run ends at `k`, or before the plain space at `k - 1` that led up to it.
    let end_at = |k: usize, after_space: bool| if after_space { k - 1 } else { k };
    while let Some(chunk) = bytes.get(i..).and_then(|rest| rest.first_chunk::<8>()) {
        let lanes = u64::from_le_bytes(*chunk);
        if lanes & HIGH == 0 {
            let blank = !lanes.wrapping_add(LOW * 0x5F) & HIGH;
            let space = !(lanes ^ (LOW * u64::from(b' '))).wrapping_add(LOW * 0x7F) & HIGH;
            if blank == space && space & (space << 8) == 0 && !(after_space && space & 0x80 != 0) {
                after_space = space >> 63 != 0;
                i += 8;
                continue;
            }
        }
        for k in i..i + 8 {
            if !one_line_byte(bytes, k, &mut after_space) {
                return end_at(k, after_space);
            }
        }
        i += 8;
    }
    for k in i..bytes.len() {
        if !one_line_byte(bytes, k, &mut after_space) {
            return end_at(k, after_space);
        }
    }
    end_at(bytes.len(), after_space)
}

/// Whether `bytes` is already one line as [`one_line`] writes it: every whitespace
/// character a single ASCII space between two others. Plain ASCII is tested eight bytes at
/// a time in a `u64`; other bytes one table lookup each, without cutting words: most
/// statements, titles and surfaces pass and are borrowed as they are.
#[inline]
fn is_one_line(bytes: &[u8]) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW: u64 = 0x0101_0101_0101_0101;
    // A leading space counts as one after a space.
    let mut after_space = true;
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..).and_then(|rest| rest.first_chunk::<8>()) {
        let lanes = u64::from_le_bytes(*chunk);
        if lanes & HIGH == 0 {
            // Lanes are below 0x80, so adding 0x5F (or 0x7F) carries into no other lane:
            // the high bit ends up clear exactly for bytes below 0x21 (or for zero).
            let blank = !lanes.wrapping_add(LOW * 0x5F) & HIGH;
            let space = !(lanes ^ (LOW * u64::from(b' '))).wrapping_add(LOW * 0x7F) & HIGH;
            if blank == space {
                // Only plain spaces: none may follow another, here or across chunks.
                if space & (space << 8) != 0 || (after_space && space & 0x80 != 0) {
                    return false;
                }
                after_space = space >> 63 != 0;
                i += 8;
                continue;
            }
        }
        // Non-ASCII or control bytes: byte by byte.
        for k in i..i + 8 {
            if !one_line_byte(bytes, k, &mut after_space) {
                return false;
            }
        }
        i += 8;
    }
    for k in i..bytes.len() {
        if !one_line_byte(bytes, k, &mut after_space) {
            return false;
        }
    }
    !after_space || bytes.is_empty()
}

/// One step of [`is_one_line`] at byte `i`: false when whitespace there breaks the line.
#[inline]
fn one_line_byte(bytes: &[u8], i: usize, after_space: &mut bool) -> bool {
    let Some(&b) = bytes.get(i) else { return true };
    match SPACE_CLASS[usize::from(b)] {
        WORD_BYTE => *after_space = false,
        ASCII_SPACE => {
            if b != b' ' || *after_space {
                return false;
            }
            *after_space = true;
        }
        _ => {
            if wide_space_at(bytes, i) {
                return false;
            }
            *after_space = false;
        }
    }
    true
}

/// What a byte is to [`one_line`]: part of a word, ASCII whitespace, or the first byte of a
/// possible non-ASCII whitespace character (checked with the bytes after it).
const WORD_BYTE: u8 = 0;
const ASCII_SPACE: u8 = 1;
const WIDE_LEAD: u8 = 2;

static SPACE_CLASS: [u8; 256] = {
    let mut table = [WORD_BYTE; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if matches!(byte, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
            ASCII_SPACE
        } else if matches!(byte, 0xc2 | 0xe1 | 0xe2 | 0xe3) {
            WIDE_LEAD
        } else {
            WORD_BYTE
        };
        b += 1;
    }
    table
};

/// The length of the whitespace character (`char::is_whitespace`) at byte `i`, or 0.
#[inline]
fn space_len_at(bytes: &[u8], i: usize) -> usize {
    let Some(&b) = bytes.get(i) else { return 0 };
    match SPACE_CLASS[usize::from(b)] {
        ASCII_SPACE => 1,
        WIDE_LEAD if wide_space_at(bytes, i) => {
            if b == 0xc2 {
                2
            } else {
                3
            }
        }
        _ => 0,
    }
}

/// Whether a non-ASCII whitespace character (`char::is_whitespace`) starts at byte `i`:
/// U+0085 and U+00A0 (C2 85, C2 A0), U+1680 (E1 9A 80), U+2000 to U+200A (E2 80 80..8A),
/// U+2028, U+2029, U+202F (E2 80 A8, A9, AF), U+205F (E2 81 9F) and U+3000 (E3 80 80).
fn wide_space_at(bytes: &[u8], i: usize) -> bool {
    let at = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    match at(0) {
        0xc2 => matches!(at(1), 0x85 | 0xa0),
        0xe1 => at(1) == 0x9a && at(2) == 0x80,
        0xe2 => match at(1) {
            0x80 => matches!(at(2), 0x80..=0x8a | 0xa8 | 0xa9 | 0xaf),
            0x81 => at(2) == 0x9f,
            _ => false,
        },
        0xe3 => at(1) == 0x80 && at(2) == 0x80,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serialized_header<R: Serialize>(row: &R) -> Vec<String> {
        let mut w = csv::Writer::from_writer(vec![]);
        w.serialize(row).unwrap();
        let data = String::from_utf8(w.into_inner().unwrap()).unwrap();
        let mut r = csv::Reader::from_reader(data.as_bytes());
        r.headers().unwrap().iter().map(str::to_string).collect()
    }

    #[test]
    fn header_matches_row_fields() {
        assert_eq!(serialized_header(&ArticleRow::default()), ArticleRow::HEADER);
        assert_eq!(serialized_header(&ClaimRow::default()), ClaimRow::HEADER);
        assert_eq!(serialized_header(&EntityRow::default()), EntityRow::HEADER);
        assert_eq!(serialized_header(&ClusterRow::default()), ClusterRow::HEADER);
    }

    #[test]
    fn excel_cells_neutralize_formulas_only_in_excel_mode() {
        let cases = [
            ("=SUM(A1)", "'=SUM(A1)"),
            ("+1", "'+1"),
            ("-2", "'-2"),
            ("@x", "'@x"),
            ("\tx", "'\tx"),
            ("plain", "plain"),
        ];
        for (input, expected) in cases {
            assert_eq!(cell(true, input), expected);
            assert_eq!(cell(false, input), input);
        }
    }

    #[test]
    fn one_line_folds_every_kind_of_whitespace_run() {
        let cases = [
            ("plain words", "plain words", true),
            ("two  spaces", "two spaces", false),
            ("wire\nline break", "wire line break", false),
            (" leading and trailing\t", "leading and trailing", false),
            ("no\u{a0}break space", "no break space", false),
            ("tab\tinside", "tab inside", false),
            ("", "", true),
            ("vertical\x0btab", "vertical tab", false),
            ("form\x0cfeed", "form feed", false),
            ("next\u{85}line", "next line", false),
            ("thin\u{2009}space", "thin space", false),
            ("ideographic\u{3000}space", "ideographic space", false),
            ("“curly” quotes — and dashes", "“curly” quotes — and dashes", true),
            ("Karaosmanoğlu said", "Karaosmanoğlu said", true),
            ("unit\u{1f}separator", "unit\u{1f}separator", true),
        ];
        for (input, expected, borrowed) in cases {
            let got = one_line(input);
            assert_eq!(got, expected, "{input:?}");
            assert_eq!(matches!(got, Cow::Borrowed(_)), borrowed, "{input:?}");
        }
    }

    #[test]
    fn one_line_joins_wire_lines_copied_as_runs() {
        // Runs of clean words longer than a chunk, cut by line breaks, doubled spaces, a
        // space before a break and non-ASCII whitespace at every position of a chunk.
        let cases = [
            (
                "The minister said the plan\nwas sound and would pass \n  easily, he added.",
                "The minister said the plan was sound and would pass easily, he added.",
            ),
            ("abcdefg \nhijklmnop", "abcdefg hijklmnop"),
            ("abcdefgh\u{a0}ijklmnop qrstuvwx ", "abcdefgh ijklmnop qrstuvwx"),
            ("a b c d e f g h  i j k l m n o p\r\n", "a b c d e f g h i j k l m n o p"),
            ("Karaosmanoğlu told reporters\nin Ankara", "Karaosmanoğlu told reporters in Ankara"),
        ];
        for (input, expected) in cases {
            assert_eq!(one_line(input), expected, "{input:?}");
        }
    }

    /// What `csv_rows` wrote before one writer was reused per thread: a fresh writer per call.
    fn fresh_writer_rows<R: Serialize>(rows: &[R]) -> Vec<u8> {
        let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(Vec::new());
        for row in rows {
            w.serialize(row).unwrap();
        }
        w.into_inner().unwrap()
    }

    #[test]
    fn reused_writer_formats_every_table_like_a_fresh_one() {
        let article = ArticleRow {
            article_id: "a,1".into(),
            status: "ok",
            title: "He said \"no\"\nthen left".into(),
            line: Some(3),
            ..ArticleRow::default()
        };
        let claim = ClaimRow {
            claim_id: "a,1-c1".into(),
            text: " leading space, \"quoted\" and\r\nbroken".into(),
            start: 12,
            end: 40,
            ..ClaimRow::default()
        };
        let entity = EntityRow { surface: "#hash".into(), ..EntityRow::default() };
        // Interleaved tables of different widths, several times, in one thread.
        for _ in 0..3 {
            assert_eq!(csv_rows([&article]).unwrap(), fresh_writer_rows(&[&article]));
            assert_eq!(csv_rows([&claim, &claim]).unwrap(), fresh_writer_rows(&[&claim, &claim]));
            assert_eq!(csv_rows([&entity]).unwrap(), fresh_writer_rows(&[&entity]));
            assert_eq!(csv_rows::<ClaimRow>([]).unwrap(), Vec::<u8>::new());
        }
    }

    /// A row written by `push_spill_row`, its pieces joined as they are when nothing changes.
    fn spliced(row: &ClaimRow) -> Vec<u8> {
        let mut spill = Vec::new();
        push_spill_row(&mut spill, row).unwrap();
        let mut out = Vec::new();
        let mut rest = spill.as_slice();
        while let Some((len, tail)) = rest.split_first_chunk::<4>() {
            let len = u32::from_le_bytes(*len) as usize;
            out.extend_from_slice(&tail[..len]);
            rest = &tail[len..];
        }
        out
    }

    /// Cells that a CSV writer quotes, or might be thought to quote.
    const AWKWARD_CELLS: [&str; 13] = [
        "",
        "plain",
        "comma, inside",
        "\"quoted\" words",
        "ends with a quote\"",
        "\"",
        "line\nbreak",
        "carriage\rreturn",
        " leading and trailing ",
        "#not a comment",
        "'=SUM(A1)",
        "tab\tinside",
        "Karaosmanoğlu « guillemets » — dash",
    ];

    #[test]
    fn spill_rows_are_the_csv_crate_rows_for_every_kind_of_cell() {
        for cell in AWKWARD_CELLS {
            let row = ClaimRow {
                claim_id: format!("{cell}-c1"),
                article_id: cell.into(),
                speaker: cell.into(),
                speaker_id: cell.into(),
                speaker_role: cell.into(),
                cue: cell.into(),
                text: cell.into(),
                stated_on: cell.into(),
                start: 0,
                end: 1234567,
                cluster_id: cell.into(),
                source: cell.into(),
                ..ClaimRow::default()
            };
            assert_eq!(spliced(&row), csv_rows([&row]).unwrap(), "{cell:?}");
            let mut field = Vec::new();
            push_csv_field(&mut field, cell);
            let alone = ClaimRow { speaker: cell.into(), ..ClaimRow::default() };
            let formatted = csv_rows([&alone]).unwrap();
            assert!(formatted.starts_with(&[b",,".as_slice(), &field].concat()), "{cell:?}");
        }
    }

    #[test]
    fn hand_formatted_cluster_rows_are_the_csv_crate_rows() {
        for cell in AWKWARD_CELLS {
            for (claims, articles, sources) in [(0, 0, 0), (1, 2, 3), (usize::MAX, 10, 1234567)] {
                let row = ClusterRow {
                    cluster_id: cell.into(),
                    speaker: cell.into(),
                    text: cell.into(),
                    claims,
                    articles,
                    sources,
                    first_stated_on: cell.into(),
                    last_stated_on: cell.into(),
                };
                let expected = csv_rows([&row, &row]).unwrap();
                assert_eq!(cluster_rows_csv(&[row.clone(), row]), expected, "{cell:?}");
            }
        }
        assert_eq!(cluster_rows_csv(&[]), Vec::<u8>::new());
    }

    #[test]
    fn hand_formatted_entity_and_article_rows_are_the_csv_crate_rows() {
        for cell in AWKWARD_CELLS {
            for (start, end) in [(0, 0), (7, 1234567), (usize::MAX - 1, usize::MAX)] {
                let entity = EntityRow {
                    article_id: cell.into(),
                    entity_id: cell,
                    name: cell.into(),
                    kind: "person",
                    surface: cell.into(),
                    start,
                    end,
                };
                let mut out = Vec::new();
                entity.push_csv(&mut out);
                assert_eq!(out, csv_rows([&entity]).unwrap(), "{cell:?}");
            }
            for line in [None, Some(0), Some(42)] {
                let article = ArticleRow {
                    article_id: cell.into(),
                    status: "ok",
                    reason: cell.into(),
                    title: cell.into(),
                    source: cell.into(),
                    published: cell.into(),
                    dateline: cell.into(),
                    byline: cell.into(),
                    words: 120,
                    claims: 0,
                    path: cell.into(),
                    line,
                };
                let mut out = Vec::new();
                article.push_csv(&mut out);
                assert_eq!(out, csv_rows([&article]).unwrap(), "{cell:?} {line:?}");
            }
        }
        // Every cell empty, as a skipped record can leave them.
        let empty = ArticleRow::default();
        let mut out = Vec::new();
        empty.push_csv(&mut out);
        assert_eq!(out, csv_rows([&empty]).unwrap());
    }

    #[test]
    fn quoting_test_finds_each_special_byte_at_every_place_of_a_word() {
        let special = [b',', b'"', b'\r', b'\n'];
        // Bytes next to the special ones (and high bytes), which a word-wide test could
        // confuse with them.
        let fillers =
            [b'a', b'+', b'-', b'#', b'!', b'\t', b'\x0b', b'\x0c', b'\x0e', 0x80, 0xac, 0xff];
        for len in 0..70 {
            for &filler in &fillers {
                let plain = vec![filler; len];
                assert!(!needs_quotes(&plain), "{filler} x {len}");
                for at in 0..len {
                    for &b in &special {
                        let mut bytes = plain.clone();
                        bytes[at] = b;
                        assert!(needs_quotes(&bytes), "{b} at {at} of {len} {filler}");
                    }
                }
            }
        }
    }

    #[test]
    fn date_cells_are_what_display_writes() {
        let dates: &[(Option<i32>, u32, u32)] = &[
            (Some(2024), 3, 5),
            (Some(1987), 12, 31),
            (Some(5), 1, 1),
            (Some(9999), 2, 28),
            (None, 10, 9),
            (None, 2, 29),
        ];
        for &(year, month, day) in dates {
            let date = PartialDate::new(year, month, day).unwrap();
            assert_eq!(date_cell(Some(date)), date.to_string(), "{date:?}");
        }
        assert_eq!(date_cell(None), "");
    }

    #[test]
    fn wide_space_bytes_agree_with_char_is_whitespace_for_every_char() {
        let mut text = String::new();
        for c in (0x80..=0x10_ffff).filter_map(char::from_u32) {
            text.clear();
            text.extend(['x', c, 'y']);
            let want = if c.is_whitespace() { c.len_utf8() } else { 0 };
            assert_eq!(space_len_at(text.as_bytes(), 1), want, "{c:?}");
            let line = one_line(&text);
            assert_eq!(matches!(line, Cow::Borrowed(_)), !c.is_whitespace(), "{c:?}");
        }
        // A lead byte at the very end of a cut never reads past it.
        assert!(!wide_space_at(b"a\xe2", 1));
    }

    #[test]
    fn one_line_test_agrees_with_definition_across_eight_byte_chunks() {
        // Pseudo-random strings long enough for several chunks, over spaces, other
        // whitespace, control bytes, letters and non-ASCII characters, at every offset.
        let alphabet =
            [' ', ' ', 'a', 'b', 'Z', '.', '\t', '\n', '\u{1f}', '\0', 'é', '\u{a0}', '“'];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20_000 {
            let len = (next() % 40) as usize;
            let mut text: String =
                (0..len).map(|_| alphabet[(next() % alphabet.len() as u64) as usize]).collect();
            if next() % 2 == 0 {
                // Mostly clean text: single spaces between words.
                text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            }
            let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(is_one_line(text.as_bytes()), text == joined, "{text:?}");
            assert_eq!(one_line(&text), joined, "{text:?}");
        }
    }

    #[test]
    fn whitespace_scan_agrees_with_char_by_char_definition() {
        // Every string of up to three characters over an alphabet of spaces, other
        // whitespace, non-whitespace characters sharing their lead bytes, and letters.
        let alphabet = [
            ' ', '\t', '\n', 'a', 'é', '\u{85}', '\u{a0}', '\u{2009}', '“', '\u{3000}', '\u{3001}',
            '\u{1680}', '\u{b}', '\u{1f}',
        ];
        let mut text = String::new();
        for &a in &alphabet {
            for &b in &alphabet {
                for &c in &alphabet {
                    text.clear();
                    text.extend([a, b, c]);
                    let first = &text[..a.len_utf8()];
                    let wrapped =
                        [first, text.as_str(), &format!("x{text}y"), &format!("{text}\r\n{text}")];
                    for t in wrapped {
                        let joined = t.split_whitespace().collect::<Vec<_>>().join(" ");
                        let line = one_line(t);
                        // Borrowed exactly when the text is already one line.
                        assert_eq!(matches!(line, Cow::Borrowed(_)), t == joined, "{t:?}");
                        assert_eq!(line, joined, "{t:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn uncommitted_table_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut t = Table::create(dir.path(), "x.csv", &["a"], false).unwrap();
        t.append(b"1\n").unwrap();
        drop(t);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn committed_table_has_header_even_without_rows() {
        let dir = tempfile::tempdir().unwrap();
        let t = Table::create(dir.path(), "x.csv", ClusterRow::HEADER, true).unwrap();
        t.commit().unwrap();
        let data = fs::read_to_string(dir.path().join("x.csv")).unwrap();
        assert!(data.starts_with("\u{feff}cluster_id,speaker,"));
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
