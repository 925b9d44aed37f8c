//! The four output tables: one row struct per table, and a writer that makes a table appear
//! whole or not at all. The columns are a contract documented in `docs/schema.md`; the
//! `header_matches_row_fields` test keeps each `HEADER` and its struct in step.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

/// A row of `articles.csv`.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ArticleRow {
    pub article_id: String,
    pub status: &'static str,
    pub reason: String,
    pub title: String,
    pub source: String,
    pub published: String,
    pub dateline: String,
    pub byline: String,
    pub words: usize,
    pub claims: usize,
    pub path: String,
    pub line: String,
}

impl ArticleRow {
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
pub struct EntityRow {
    pub article_id: String,
    pub entity_id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub surface: String,
    pub start: usize,
    pub end: usize,
}

impl EntityRow {
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

/// One CSV table, written whole or not at all (see [`AtomicFile`]).
pub struct Table {
    writer: csv::Writer<AtomicFile>,
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
        let mut writer = csv::WriterBuilder::new().has_headers(false).from_writer(file);
        writer.write_record(header).with_context(|| what.clone())?;
        Ok(Table { writer, what })
    }

    pub fn write<R: Serialize>(&mut self, row: &R) -> Result<()> {
        self.writer.serialize(row).with_context(|| self.what.clone())
    }

    /// Flushes the CSV writer (its Drop would ignore errors) and commits the file.
    pub fn commit(self) -> Result<()> {
        let file = self.writer.into_inner().map_err(|e| e.into_error()).context(self.what)?;
        file.commit()
    }
}

/// Makes a cell safe for spreadsheets when `excel` is set: a cell that a spreadsheet would
/// read as a formula (leading `=`, `+`, `-`, `@`, tab or CR) is prefixed with `'`.
pub fn cell(excel: bool, s: String) -> String {
    if excel && s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        let mut out = String::with_capacity(s.len() + 1);
        out.push('\'');
        out.push_str(&s);
        out
    } else {
        s
    }
}

/// Statement and title text for a cell: runs of whitespace (hard line breaks of wire text
/// included) become one space, so a row reads as one line. Offsets still point at the
/// original text.
pub fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
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
            assert_eq!(cell(true, input.to_string()), expected);
            assert_eq!(cell(false, input.to_string()), input);
        }
    }

    #[test]
    fn uncommitted_table_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut t = Table::create(dir.path(), "x.csv", &["a"], false).unwrap();
        t.write(&("1",)).unwrap();
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
