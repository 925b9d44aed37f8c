//! Streaming reader of article inputs: `.txt`, `.jsonl`, `.csv`, their `.gz` forms,
//! directories of them, and `-` for JSONL on standard input.

use std::collections::HashSet;
use std::fmt;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use flate2::read::MultiGzDecoder;
use serde::Deserialize;

use crate::{Origin, Record};

/// Why a record or an input could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReadErrorKind {
    /// An input named on the command line does not exist.
    #[error("no such file or directory")]
    NotFound,
    /// The operating system refused to open or list the input.
    #[error("permission denied")]
    PermissionDenied,
    /// A directory was reached a second time through a symbolic link.
    #[error("symlink loop: directory already visited ({0})")]
    SymlinkLoop(String),
    /// A `.txt` file holds NUL bytes: it is not text.
    #[error("binary file (NUL bytes)")]
    Binary,
    /// A gzip stream ended early or is corrupt; the records before it were read.
    #[error("truncated or corrupt gzip stream after {records} records: {message}")]
    Gzip {
        /// Records read from the file before the stream broke.
        records: u64,
        /// What the decoder said.
        message: String,
    },
    /// A JSONL line is not a JSON object of the expected shape.
    #[error("invalid JSON: {0}")]
    Json(String),
    /// A CSV file is malformed (or its header lacks the `text` column).
    #[error("invalid CSV: {0}")]
    Csv(String),
    /// A required field is absent or empty.
    #[error("missing field `{0}`")]
    MissingField(&'static str),
    /// Any other input/output failure.
    #[error("{0}")]
    Io(String),
}

/// A record or input that could not be read, with what is needed to report it: the article
/// id when known (otherwise `FILE:LINE` or the path), where it was, and why.
///
/// Displayed as `path:line: reason`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    id: String,
    origin: Origin,
    kind: ReadErrorKind,
}

impl ReadError {
    fn new(id: Option<String>, origin: Origin, kind: ReadErrorKind) -> ReadError {
        let id = id.unwrap_or_else(|| match origin.line {
            Some(line) => format!("{}:{}", origin.path.display(), line),
            None => origin.path.display().to_string(),
        });
        ReadError { id, origin, kind }
    }

    fn io(path: &Path, line: Option<u64>, err: &io::Error) -> ReadError {
        let origin = Origin { path: path.to_path_buf(), line };
        ReadError::new(None, origin, io_kind(err))
    }

    /// The article id if the record gave one, else a synthetic `FILE:LINE` (or the path).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Where the failure happened.
    pub fn origin(&self) -> &Origin {
        &self.origin
    }

    /// Why it failed.
    pub fn kind(&self) -> &ReadErrorKind {
        &self.kind
    }

    /// The reason alone, without the position, for a `skipped` row.
    pub fn reason(&self) -> String {
        self.kind.to_string()
    }

    /// Whether this is a missing input path (the binary fails hard on those).
    pub fn is_missing_input(&self) -> bool {
        self.kind == ReadErrorKind::NotFound
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.origin.path.display())?;
        if let Some(line) = self.origin.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": {}", self.kind)
    }
}

impl std::error::Error for ReadError {}

fn io_kind(err: &io::Error) -> ReadErrorKind {
    match err.kind() {
        io::ErrorKind::NotFound => ReadErrorKind::NotFound,
        io::ErrorKind::PermissionDenied => ReadErrorKind::PermissionDenied,
        _ => ReadErrorKind::Io(err.to_string()),
    }
}

/// What kind of input a path is, from its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Txt,
    Jsonl,
    Csv,
}

/// The format and whether it is gzipped; `None` for names a directory walk ignores.
fn format_of(path: &Path) -> Option<(Format, bool)> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    let (stem, gz) = match name.strip_suffix(".gz") {
        Some(stem) => (stem.to_string(), true),
        None => (name, false),
    };
    let format = if stem.ends_with(".txt") {
        Format::Txt
    } else if stem.ends_with(".jsonl") || stem.ends_with(".ndjson") {
        Format::Jsonl
    } else if stem.ends_with(".csv") {
        Format::Csv
    } else {
        return None;
    };
    Some((format, gz))
}

/// The article id of a `.txt` input: its file name without `.txt` / `.txt.gz`.
fn txt_id(path: &Path) -> String {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let lower = name.to_ascii_lowercase();
    for suffix in [".txt.gz", ".txt", ".gz"] {
        if lower.ends_with(suffix) {
            if let Some(stem) = name.get(..name.len() - suffix.len()) {
                return stem.to_string();
            }
        }
    }
    name
}

/// Decodes bytes as UTF-8, lossily with a warning if they are not, and strips a BOM.
fn decode(bytes: Vec<u8>, warnings: &mut Vec<String>) -> String {
    let mut text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            warnings.push("invalid UTF-8 replaced with U+FFFD".to_string());
            String::from_utf8_lossy(err.as_bytes()).into_owned()
        }
    };
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    text
}

/// Non-empty trimmed text of an optional field.
fn non_empty(s: Option<String>) -> Option<String> {
    s.and_then(|s| {
        // Nearly every field has plain ASCII ends: nothing to trim, no char decoded.
        let t = crate::trim_fast(&s);
        if t.is_empty() {
            None
        } else if t.len() == s.len() {
            Some(s)
        } else {
            Some(t.to_string())
        }
    })
}

/// A JSON id: a string, or a number (accepted and written in decimal, since many dumps
/// number their articles).
#[derive(Debug, PartialEq, Deserialize)]
#[serde(untagged)]
enum JsonId {
    Text(String),
    Number(serde_json::Number),
}

#[derive(Debug, PartialEq, Deserialize)]
struct JsonRecord {
    id: Option<JsonId>,
    text: Option<String>,
    title: Option<String>,
    source: Option<String>,
    published: Option<String>,
    url: Option<String>,
}

/// One open multi-record input.
enum Open {
    Jsonl {
        reader: Box<dyn BufRead>,
        path: PathBuf,
        line: u64,
        records: u64,
        gz: bool,
    },
    Csv {
        reader: Box<csv::Reader<Box<dyn Read>>>,
        path: PathBuf,
        columns: Columns,
        records: u64,
        gz: bool,
    },
}

#[derive(Clone, Copy, Default)]
struct Columns {
    id: Option<usize>,
    text: Option<usize>,
    title: Option<usize>,
    source: Option<usize>,
    published: Option<usize>,
    url: Option<usize>,
}

/// An input still to read: a path (`-` for stdin), and whether it was named on the command
/// line (unknown extensions are then read as `.txt`; in a directory they are skipped).
struct Pending {
    path: PathBuf,
    top_level: bool,
}

/// The records of a list of inputs, in a deterministic order: inputs as given, directories
/// depth-first with entries sorted by name.
///
/// Yields one `Err` per record or input that could not be read and carries on after it.
pub struct Records {
    pending: Vec<Pending>,
    open: Option<Open>,
    visited_dirs: HashSet<PathBuf>,
    buf: Vec<u8>,
    csv_record: csv::ByteRecord,
}

/// Reads the records of `inputs`: files, directories, or `-` for JSONL on stdin.
pub fn records(inputs: &[PathBuf]) -> Records {
    let pending =
        inputs.iter().rev().map(|path| Pending { path: path.clone(), top_level: true }).collect();
    Records {
        pending,
        open: None,
        visited_dirs: HashSet::new(),
        buf: Vec::new(),
        csv_record: csv::ByteRecord::new(),
    }
}

impl Iterator for Records {
    type Item = Result<Record, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(open) = &mut self.open {
                let item = match open {
                    Open::Jsonl { .. } => next_jsonl(open, &mut self.buf),
                    Open::Csv { .. } => next_csv(open, &mut self.csv_record),
                };
                match item {
                    Step::Item(item) => return Some(item),
                    Step::LastItem(item) => {
                        self.open = None;
                        return Some(item);
                    }
                    Step::Done => self.open = None,
                }
            }
            let pending = self.pending.pop()?;
            if let Some(item) = self.start(pending) {
                return Some(item);
            }
        }
    }
}

enum Step {
    Item(Result<Record, ReadError>),
    LastItem(Result<Record, ReadError>),
    Done,
}

impl Records {
    /// Starts reading one input: returns an item for a single-record input or an error,
    /// or opens a multi-record input (or queues a directory's entries) and returns `None`.
    fn start(&mut self, pending: Pending) -> Option<Result<Record, ReadError>> {
        let path = pending.path;
        if path.as_os_str() == "-" {
            let stdin: Box<dyn BufRead> = Box::new(BufReader::new(io::stdin()));
            self.open = Some(Open::Jsonl { reader: stdin, path, line: 0, records: 0, gz: false });
            return None;
        }
        let meta = match fs::metadata(&path) {
            Ok(meta) => meta,
            Err(err) => {
                if fs::symlink_metadata(&path).is_ok() && is_loop_error(&err) {
                    let origin = Origin { path: path.clone(), line: None };
                    let kind = ReadErrorKind::SymlinkLoop(path.display().to_string());
                    return Some(Err(ReadError::new(None, origin, kind)));
                }
                return Some(Err(ReadError::io(&path, None, &err)));
            }
        };
        if meta.is_dir() {
            return self.queue_dir(path).err().map(Err);
        }
        let format = match format_of(&path) {
            Some(format) => format,
            None if pending.top_level => (Format::Txt, false),
            None => return None,
        };
        match format {
            (Format::Txt, gz) => Some(read_txt(&path, gz)),
            (format, gz) => match open_file(&path, gz) {
                Err(err) => Some(Err(err)),
                Ok(reader) => match format {
                    Format::Csv => match open_csv(reader, &path, gz) {
                        Ok(open) => {
                            self.open = Some(open);
                            None
                        }
                        Err(err) => Some(Err(err)),
                    },
                    _ => {
                        // As large as the file's own buffer, which then hands its reads
                        // straight through rather than copying them once more.
                        let reader: Box<dyn BufRead> =
                            Box::new(BufReader::with_capacity(1 << 16, reader));
                        self.open = Some(Open::Jsonl { reader, path, line: 0, records: 0, gz });
                        None
                    }
                },
            },
        }
    }

    fn queue_dir(&mut self, path: PathBuf) -> Result<(), ReadError> {
        let canonical = fs::canonicalize(&path).map_err(|e| ReadError::io(&path, None, &e))?;
        if !self.visited_dirs.insert(canonical.clone()) {
            let origin = Origin { path, line: None };
            let kind = ReadErrorKind::SymlinkLoop(canonical.display().to_string());
            return Err(ReadError::new(None, origin, kind));
        }
        let entries = fs::read_dir(&path).map_err(|e| ReadError::io(&path, None, &e))?;
        let mut children = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| ReadError::io(&path, None, &e))?;
            children.push(entry.path());
        }
        children.sort();
        for child in children.into_iter().rev() {
            let is_dir = fs::metadata(&child).map(|m| m.is_dir()).unwrap_or(false);
            let hidden =
                child.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
            if hidden {
                continue;
            }
            // Broken links and unreadable entries are reported when reached, if relevant.
            if is_dir || format_of(&child).is_some() || fs::metadata(&child).is_err() {
                self.pending.push(Pending { path: child, top_level: false });
            }
        }
        Ok(())
    }
}

/// Whether an error from `metadata` means a chain of symbolic links that never ends.
fn is_loop_error(err: &io::Error) -> bool {
    // ELOOP is 40 on Linux, 62 on the BSDs and macOS; io::ErrorKind has no stable variant.
    matches!(err.raw_os_error(), Some(40) | Some(62))
}

fn open_file(path: &Path, gz: bool) -> Result<Box<dyn Read>, ReadError> {
    let file = File::open(path).map_err(|e| ReadError::io(path, None, &e))?;
    let reader = BufReader::with_capacity(1 << 16, file);
    Ok(if gz { Box::new(MultiGzDecoder::new(reader)) } else { Box::new(reader) })
}

fn read_txt(path: &Path, gz: bool) -> Result<Record, ReadError> {
    let id = txt_id(path);
    let origin = Origin { path: path.to_path_buf(), line: None };
    let mut bytes = Vec::new();
    let mut reader = open_file(path, gz).map_err(|e| ReadError { id: id.clone(), ..e })?;
    if let Err(err) = reader.read_to_end(&mut bytes) {
        let kind = if gz {
            ReadErrorKind::Gzip { records: 0, message: err.to_string() }
        } else {
            io_kind(&err)
        };
        return Err(ReadError::new(Some(id), origin, kind));
    }
    if memchr::memchr(0, &bytes).is_some() {
        return Err(ReadError::new(Some(id), origin, ReadErrorKind::Binary));
    }
    let mut warnings = Vec::new();
    let text = decode(bytes, &mut warnings);
    Ok(Record { id, origin, text, warnings, ..Record::default() })
}

fn next_jsonl(open: &mut Open, buf: &mut Vec<u8>) -> Step {
    let Open::Jsonl { reader, path, line, records, gz } = open else {
        return Step::Done;
    };
    loop {
        *line += 1;
        // A line whole in the reader's buffer is read there, without copying it out first.
        let direct = loop {
            match reader.fill_buf() {
                Ok(available) => {
                    break memchr::memchr(b'\n', available).map(|at| {
                        let raw = available.get(..at).unwrap_or_default();
                        (at + 1, jsonl_item(raw, path, *line, records))
                    })
                }
                Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                Err(err) => return jsonl_read_error(&err, path, *line, *records, *gz),
            }
        };
        if let Some((used, item)) = direct {
            reader.consume(used);
            match item {
                Some(item) => return Step::Item(item),
                None => continue,
            }
        }
        // A line across the buffer's end, or the last line without a line break.
        buf.clear();
        match read_line(reader.as_mut(), buf) {
            Ok(0) => return Step::Done,
            Ok(_) => {}
            Err(err) => return jsonl_read_error(&err, path, *line, *records, *gz),
        }
        if let Some(item) = jsonl_item(buf, path, *line, records) {
            return Step::Item(item);
        }
    }
}

/// The record of one JSONL line (its line break included or not), counted in `records`;
/// `None` for a blank line.
fn jsonl_item(
    raw: &[u8],
    path: &Path,
    line: u64,
    records: &mut u64,
) -> Option<Result<Record, ReadError>> {
    let mut bytes = raw;
    while let Some(rest) = bytes.strip_suffix(b"\n").or_else(|| bytes.strip_suffix(b"\r")) {
        bytes = rest;
    }
    if line == 1 {
        bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    *records += 1;
    let origin = Origin { path: path.to_path_buf(), line: Some(line) };
    Some(parse_json_line(bytes, origin))
}

/// The error ending a JSONL input whose reading failed at `line`.
fn jsonl_read_error(err: &io::Error, path: &Path, line: u64, records: u64, gz: bool) -> Step {
    let origin = Origin { path: path.to_path_buf(), line: Some(line) };
    let kind =
        if gz { ReadErrorKind::Gzip { records, message: err.to_string() } } else { io_kind(err) };
    Step::LastItem(Err(ReadError::new(None, origin, kind)))
}

/// `BufRead::read_until(b'\n', buf)`, finding the line end with the memchr crate's vector
/// search instead of the standard library's byte loop.
fn read_line(reader: &mut dyn BufRead, buf: &mut Vec<u8>) -> io::Result<usize> {
    let mut read = 0;
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(err),
        };
        let (line_ends, used) = match memchr::memchr(b'\n', available) {
            Some(at) => (true, at + 1),
            None => (available.is_empty(), available.len()),
        };
        buf.extend_from_slice(available.get(..used).unwrap_or_default());
        reader.consume(used);
        read += used;
        if line_ends {
            return Ok(read);
        }
    }
}

fn parse_json_line(bytes: &[u8], origin: Origin) -> Result<Record, ReadError> {
    // serde would read `[1, 2]` as a struct's fields in order, with a baffling message.
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        let kind = ReadErrorKind::Json("expected a JSON object (one article per line)".into());
        return Err(ReadError::new(None, origin, kind));
    }
    let mut warnings = Vec::new();
    // The plain line (an object of string, null and integer fields) is read by `plain_json`,
    // which copies each string once; any other line by serde_json, as before, with its
    // messages for bad lines. serde_json checks UTF-8 as it reads strings: only a line it
    // refuses is checked, and read again with the invalid bytes replaced if that is why.
    let parsed: Result<JsonRecord, serde_json::Error> = match plain_json(bytes) {
        Some(rec) => Ok(rec),
        None => serde_json::from_slice(bytes).or_else(|err| match std::str::from_utf8(bytes) {
            Ok(_) => Err(err),
            Err(_) => {
                warnings.push("invalid UTF-8 replaced with U+FFFD".to_string());
                serde_json::from_str(&String::from_utf8_lossy(bytes))
            }
        }),
    };
    let rec = match parsed {
        Ok(rec) => rec,
        Err(err) => {
            let id = sniff_id(bytes);
            let message = match err.classify() {
                serde_json::error::Category::Data => describe_data_error(&err),
                _ => format!("{} at column {}", strip_position(&err), err.column()),
            };
            return Err(ReadError::new(id, origin, ReadErrorKind::Json(message)));
        }
    };
    let id = match rec.id {
        Some(JsonId::Text(s)) => non_empty(Some(s)),
        Some(JsonId::Number(n)) => Some(n.to_string()),
        None => None,
    };
    let Some(id) = id else {
        return Err(ReadError::new(None, origin, ReadErrorKind::MissingField("id")));
    };
    let Some(mut text) = rec.text else {
        return Err(ReadError::new(Some(id), origin, ReadErrorKind::MissingField("text")));
    };
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(Record {
        id,
        origin,
        text,
        title: non_empty(rec.title),
        source: non_empty(rec.source),
        published: non_empty(rec.published),
        url: non_empty(rec.url),
        warnings,
    })
}

/// Reads a JSONL line of the plain shape nearly every dump writes: one object whose fields
/// are strings, nulls or non-negative integers (`id` a string or an integer), each known
/// field once, keys without escapes, valid UTF-8 without control bytes. It gives what
/// serde_json would give for such a line, copying each string once (serde_json copied a
/// string with escapes into a buffer grown from nothing for each line, checked its UTF-8,
/// then copied it again), and `None` for any other line, which serde_json then reads.
fn plain_json(bytes: &[u8]) -> Option<JsonRecord> {
    // Control bytes (a tab or carriage return between tokens is valid JSON, but rare) and
    // invalid UTF-8 send the line to serde_json: its strings can then be copied as they are.
    if has_control_byte(bytes) {
        return None;
    }
    // The SIMD check of the simdutf8 crate: the standard library's took a fifth of the
    // time spent reading a line, most of it on the ASCII between curly quotes.
    let line = simdutf8::basic::from_utf8(bytes).ok()?;
    let mut rec =
        JsonRecord { id: None, text: None, title: None, source: None, published: None, url: None };
    let mut seen = [false; 6];
    let mut at = skip_json_space(bytes, 0);
    if bytes.get(at) != Some(&b'{') {
        return None;
    }
    at = skip_json_space(bytes, at + 1);
    if bytes.get(at) == Some(&b'}') {
        at += 1;
    } else {
        loop {
            if bytes.get(at) != Some(&b'"') {
                return None;
            }
            let key_end = at + 1 + memchr::memchr2(b'"', b'\\', bytes.get(at + 1..)?)?;
            if bytes.get(key_end) != Some(&b'"') {
                return None;
            }
            let key = bytes.get(at + 1..key_end)?;
            at = skip_json_space(bytes, key_end + 1);
            if bytes.get(at) != Some(&b':') {
                return None;
            }
            at = skip_json_space(bytes, at + 1);
            let field = match key {
                b"id" => Some(0),
                b"text" => Some(1),
                b"title" => Some(2),
                b"source" => Some(3),
                b"published" => Some(4),
                b"url" => Some(5),
                _ => None,
            };
            if let Some(field) = field {
                // serde_json refuses a field given twice.
                if std::mem::replace(seen.get_mut(field)?, true) {
                    return None;
                }
            }
            let value = match bytes.get(at)? {
                b'"' => {
                    let (value, end) = json_string(line, at)?;
                    at = end;
                    PlainValue::Text(value)
                }
                b'n' if bytes.get(at..at + 4) == Some(b"null") => {
                    at += 4;
                    PlainValue::Null
                }
                // Only an unknown field may be a boolean; serde_json refuses one elsewhere.
                b't' if field.is_none() && bytes.get(at..at + 4) == Some(b"true") => {
                    at += 4;
                    PlainValue::Null
                }
                b'f' if field.is_none() && bytes.get(at..at + 5) == Some(b"false") => {
                    at += 5;
                    PlainValue::Null
                }
                b'0'..=b'9' => {
                    let digits = bytes.get(at..)?.iter().take_while(|b| b.is_ascii_digit()).count();
                    let number = line.get(at..at + digits)?;
                    at += digits;
                    // A fraction, an exponent or a leading zero: serde_json reads it.
                    if matches!(bytes.get(at), Some(b'.' | b'e' | b'E'))
                        || (digits > 1 && number.starts_with('0'))
                        || digits > 19
                    {
                        return None;
                    }
                    PlainValue::Number(number.parse().ok()?)
                }
                _ => return None,
            };
            match (field, value) {
                (None, _) | (Some(_), PlainValue::Null) => {}
                (Some(0), PlainValue::Text(s)) => rec.id = Some(JsonId::Text(s)),
                (Some(0), PlainValue::Number(n)) => {
                    rec.id = Some(JsonId::Number(serde_json::Number::from(n)))
                }
                // Any other field is a string; serde_json refuses a number there.
                (Some(_), PlainValue::Number(_)) => return None,
                (Some(field), PlainValue::Text(s)) => {
                    let slot = match field {
                        1 => &mut rec.text,
                        2 => &mut rec.title,
                        3 => &mut rec.source,
                        4 => &mut rec.published,
                        _ => &mut rec.url,
                    };
                    *slot = Some(s);
                }
            }
            at = skip_json_space(bytes, at);
            match bytes.get(at) {
                Some(b',') => at = skip_json_space(bytes, at + 1),
                Some(b'}') => {
                    at += 1;
                    break;
                }
                _ => return None,
            }
        }
    }
    (skip_json_space(bytes, at) == bytes.len()).then_some(rec)
}

/// A field's value as [`plain_json`] reads it (`Null` also for an unknown field's boolean).
enum PlainValue {
    Text(String),
    Number(u64),
    Null,
}

/// The position of the first byte at or after `at` that is not JSON white space.
fn skip_json_space(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) {
        at += 1;
    }
    at
}

/// Whether `bytes` holds a byte below 0x20: the least byte in each of 32 lanes, a loop the
/// compiler vectorizes, then the least of the lanes.
fn has_control_byte(bytes: &[u8]) -> bool {
    let mut least = [u8::MAX; 32];
    let mut chunks = bytes.chunks_exact(32);
    for chunk in chunks.by_ref() {
        for (l, &b) in least.iter_mut().zip(chunk) {
            *l = (*l).min(b);
        }
    }
    least.iter().chain(chunks.remainder()).any(|&b| b < 0x20)
}

/// The JSON string opening with the quote at `at` in `line` (without control bytes),
/// unescaped, and the position after its closing quote; `None` for a bad escape or a lone
/// surrogate, which serde_json reports.
fn json_string(line: &str, at: usize) -> Option<(String, usize)> {
    let bytes = line.as_bytes();
    let start = at + 1;
    let mut seg = start;
    // Most strings hold no escape: one search finds the closing quote, one copy takes it.
    let first = seg + memchr::memchr2(b'"', b'\\', bytes.get(seg..)?)?;
    if bytes.get(first) == Some(&b'"') {
        return Some((line.get(start..first)?.to_string(), first + 1));
    }
    // The unescaped string is no longer than the escaped one up to the line's end.
    let mut out = String::with_capacity(bytes.len() - start);
    let mut special = first;
    loop {
        // Both are ASCII: the segments between them are whole chars.
        out.push_str(line.get(seg..special)?);
        if bytes.get(special) == Some(&b'"') {
            // The text is most of its line (its escapes' extra bytes and the fields after it
            // are the spare room): reallocating it to size cost more than the room it freed.
            if out.capacity() - out.len() > out.len() / 8 {
                out.shrink_to_fit();
            }
            return Some((out, special + 1));
        }
        let escape = *bytes.get(special + 1)?;
        seg = special + 2;
        let c = match escape {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = hex4(bytes.get(seg..seg + 4)?)?;
                seg += 4;
                match unit {
                    0xD800..=0xDBFF => {
                        if bytes.get(seg..seg + 2) != Some(b"\\u") {
                            return None;
                        }
                        let low = hex4(bytes.get(seg + 2..seg + 6)?)?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return None;
                        }
                        seg += 6;
                        char::from_u32(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))?
                    }
                    _ => char::from_u32(unit)?,
                }
            }
            _ => return None,
        };
        out.push(c);
        // Escapes come in runs ("\n\n" between paragraphs): the next one is looked at
        // before a search is set up.
        special = match bytes.get(seg) {
            Some(b'\\' | b'"') => seg,
            _ => seg + memchr::memchr2(b'"', b'\\', bytes.get(seg..)?)?,
        };
    }
}

/// Four hex digits, as a `\u` escape holds them.
fn hex4(digits: &[u8]) -> Option<u32> {
    let mut value = 0;
    for &d in digits {
        value = value * 16 + char::from(d).to_digit(16)?;
    }
    (digits.len() == 4).then_some(value)
}

/// serde_json's message without its trailing " at line L column C".
fn strip_position(err: &serde_json::Error) -> String {
    let msg = err.to_string();
    match msg.rfind(" at line ") {
        Some(i) => msg.get(..i).unwrap_or(&msg).to_string(),
        None => msg,
    }
}

fn describe_data_error(err: &serde_json::Error) -> String {
    let msg = strip_position(err);
    if msg.contains("untagged enum JsonId") {
        return "field `id` is neither a string nor a number".to_string();
    }
    msg
}

/// The `"id": "…"` of a line that failed to parse, so its skipped row names the article.
fn sniff_id(bytes: &[u8]) -> Option<String> {
    let at = memchr::memmem::find(bytes, b"\"id\"")?;
    let rest = bytes.get(at + 4..)?;
    let rest = String::from_utf8_lossy(rest.get(..rest.len().min(200))?);
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    if let Some(s) = rest.strip_prefix('"') {
        let end = s.find('"')?;
        return Some(s.get(..end)?.to_string()).filter(|s| !s.is_empty());
    }
    let end = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
    Some(rest.get(..end)?.to_string()).filter(|s| !s.is_empty())
}

fn open_csv(reader: Box<dyn Read>, path: &Path, gz: bool) -> Result<Open, ReadError> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).has_headers(true).from_reader(reader);
    let origin = Origin { path: path.to_path_buf(), line: Some(1) };
    let headers = match reader.byte_headers() {
        Ok(h) => h.clone(),
        Err(err) => {
            return Err(ReadError::new(None, origin, csv_kind(&err, gz, 0)));
        }
    };
    let mut columns = Columns::default();
    for (i, name) in headers.iter().enumerate() {
        let name = String::from_utf8_lossy(name);
        let name = name.trim_start_matches('\u{feff}').trim().to_ascii_lowercase();
        let slot = match name.as_str() {
            "id" => &mut columns.id,
            "text" => &mut columns.text,
            "title" => &mut columns.title,
            "source" => &mut columns.source,
            "published" => &mut columns.published,
            "url" => &mut columns.url,
            _ => continue,
        };
        slot.get_or_insert(i);
    }
    if columns.text.is_none() {
        return Err(ReadError::new(
            None,
            origin,
            ReadErrorKind::Csv("header has no `text` column".into()),
        ));
    }
    Ok(Open::Csv { reader: Box::new(reader), path: path.to_path_buf(), columns, records: 0, gz })
}

fn csv_kind(err: &csv::Error, gz: bool, records: u64) -> ReadErrorKind {
    match err.kind() {
        csv::ErrorKind::Io(io_err) if gz => {
            ReadErrorKind::Gzip { records, message: io_err.to_string() }
        }
        csv::ErrorKind::Io(io_err) => io_kind(io_err),
        _ => ReadErrorKind::Csv(err.to_string()),
    }
}

fn next_csv(open: &mut Open, record: &mut csv::ByteRecord) -> Step {
    let Open::Csv { reader, path, columns, records, gz } = open else {
        return Step::Done;
    };
    let line_before = reader.position().line();
    match reader.read_byte_record(record) {
        Ok(false) => Step::Done,
        Ok(true) => {
            *records += 1;
            let line = record.position().map(|p| p.line()).unwrap_or(line_before);
            let origin = Origin { path: path.clone(), line: Some(line) };
            Step::Item(csv_record(record, columns, origin))
        }
        Err(err) => {
            let origin = Origin { path: path.clone(), line: Some(line_before) };
            let kind = csv_kind(&err, *gz, *records);
            let fatal = matches!(err.kind(), csv::ErrorKind::Io(_));
            let item = Err(ReadError::new(None, origin, kind));
            if fatal {
                Step::LastItem(item)
            } else {
                Step::Item(item)
            }
        }
    }
}

fn csv_record(
    record: &csv::ByteRecord,
    columns: &Columns,
    origin: Origin,
) -> Result<Record, ReadError> {
    let mut warnings = Vec::new();
    let mut field = |col: Option<usize>| -> Option<String> {
        let bytes = record.get(col?)?;
        non_empty(Some(decode(bytes.to_vec(), &mut warnings)))
    };
    let id = field(columns.id);
    let text = columns.text.and_then(|c| record.get(c)).map(|b| b.to_vec());
    let title = field(columns.title);
    let source = field(columns.source);
    let published = field(columns.published);
    let url = field(columns.url);
    let Some(id) = id else {
        return Err(ReadError::new(None, origin, ReadErrorKind::MissingField("id")));
    };
    let Some(text) = text else {
        return Err(ReadError::new(Some(id), origin, ReadErrorKind::MissingField("text")));
    };
    let text = decode(text, &mut warnings);
    warnings.dedup();
    Ok(Record { id, origin, text, title, source, published, url, warnings })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hands out its bytes `step` at a time, failing once with `Interrupted` first.
    struct Trickle {
        bytes: Vec<u8>,
        at: usize,
        step: usize,
        interrupted: bool,
    }

    impl Read for Trickle {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            if !self.interrupted {
                self.interrupted = true;
                return Err(io::Error::from(io::ErrorKind::Interrupted));
            }
            let n = self.step.min(out.len()).min(self.bytes.len() - self.at);
            out[..n].copy_from_slice(&self.bytes[self.at..self.at + n]);
            self.at += n;
            Ok(n)
        }
    }

    #[test]
    fn a_field_is_trimmed_as_str_trim_trims_it() {
        // Plain ends, ASCII white space (the vertical tab and form feed too), chars outside
        // ASCII at an end (a no-break space, an ideographic space, a letter), a control
        // byte that is no white space, and white space alone.
        let cases = [
            "Reuters",
            "a",
            " Reuters",
            "Reuters\n",
            "\u{b}x\u{c}",
            "\tx y\r",
            "\u{a0}x",
            "x\u{3000}",
            "Zürich",
            "é",
            "\u{1f}x\u{1c}",
            "",
            "   ",
            "\u{a0}",
        ];
        for case in cases {
            let want = Some(case.trim()).filter(|t| !t.is_empty()).map(str::to_string);
            assert_eq!(non_empty(Some(case.to_string())), want, "{case:?}");
        }
        assert_eq!(non_empty(None), None);
    }

    /// Lines `plain_json` reads (`true`) or leaves to serde_json (`false`): whatever it reads
    /// must be what serde_json reads.
    #[test]
    fn plain_json_reads_plain_lines_as_serde_json_does_and_leaves_it_the_rest() {
        let cases: &[(&str, bool)] = &[
            (r#"{"id": "a1", "text": "The mayor said so."}"#, true),
            (r#"{"text":"Line one.\nLine two.\n\n\"Quoted,\" she said.","id":"a2"}"#, true),
            (r#" { "id" : 42 , "text" : "x" , "title" : null } "#, true),
            (r#"{"id": 0, "text": ""}"#, true),
            (
                r#"{"id": "b", "text": "caf\u00e9 \u201cok\u201d \ud83d\ude00 a\/b \\ \t\r\b\f"}"#,
                true,
            ),
            (r#"{"id": "c", "text": "ünïcödé “raw” — text", "url": "http://x.example/a"}"#, true),
            (
                r#"{"id": "d", "text": "t", "extra": "skip \"me\"", "n": 17, "ok": true, "no": false}"#,
                true,
            ),
            (r#"{"id": "e", "source": "Wire", "published": "2020-01-02", "text": "t"}"#, true),
            (r#"{}"#, true),
            (r#"{"id": "f", "text": "t", "title": "A", "title": "B"}"#, false),
            (r#"{"id": -3, "text": "t"}"#, false),
            (r#"{"id": 1.5, "text": "t"}"#, false),
            (r#"{"id": 012, "text": "t"}"#, false),
            (r#"{"id": 123456789012345678901234, "text": "t"}"#, false),
            (r#"{"id": "g", "text": 5}"#, false),
            (r#"{"id": "h", "text": true}"#, false),
            (r#"{"id": "i", "text": "t", "meta": {"a": 1}}"#, false),
            (r#"{"id": "j", "text": "t", "tags": ["a"]}"#, false),
            (r#"{"id": "k", "text": "lone \ud83d surrogate"}"#, false),
            (r#"{"id": "l", "text": "lone \ude00 low"}"#, false),
            (r#"{"id": "m", "text": "bad \x escape"}"#, false),
            (r#"{"id": "n", "text": "bad \u12 hex"}"#, false),
            (r#"{"id": "o", "text": "t",}"#, false),
            (r#"{"id": "p", "text": "t"} trailing"#, false),
            (r#"{"id": "q", "text": "unterminated}"#, false),
            (r#"{"i\u0064": "r", "text": "t"}"#, false),
            ("{\"id\": \"s\",\t\"text\": \"t\"}", false),
            ("{\"id\": \"u\", \"text\": \"raw\ttab\"}", false),
        ];
        for &(line, plain) in cases {
            let fast = plain_json(line.as_bytes());
            assert_eq!(fast.is_some(), plain, "{line}");
            let serde: Result<JsonRecord, _> = serde_json::from_slice(line.as_bytes());
            if let Some(fast) = fast {
                assert_eq!(Some(fast), serde.ok(), "{line}");
            }
        }
        // Invalid UTF-8 is left to serde_json and the lossy reading.
        assert!(plain_json(b"{\"id\": \"v\", \"text\": \"\xff\"}").is_none());
    }

    proptest::proptest! {
        /// Objects pieced from keys and values, their strings from fragments good and bad:
        /// what `plain_json` reads, serde_json reads the same.
        #[test]
        fn plain_json_agrees_with_serde_json_on_pieced_lines(
            fields in proptest::collection::vec((
                proptest::sample::select(vec!["id", "text", "title", "url", "x", "i\\u0064"]),
                proptest::collection::vec(proptest::sample::select(vec![
                    "\"", "\\", "\\n", "\\\"", "\\\\", "\\u00e9", "\\u00E9", "\\ud83d", "\\ude00",
                    "\\u2014", "\\/", "\\t", "\\q", "\\u12", "é", "“", "abc", " ", "\t", "\u{1}",
                ]), 0..6),
                proptest::sample::select(vec!["", "null", "true", "7", "0", "-1", "1.5", "01", "{}"]),
            ), 0..5),
            space in proptest::sample::select(vec!["", " ", "\t", " \r\n "]),
        ) {
            let fields: Vec<String> = fields
                .iter()
                .map(|(key, pieces, literal)| {
                    let value = if literal.is_empty() {
                        format!("\"{}\"", pieces.concat())
                    } else {
                        literal.to_string()
                    };
                    format!("\"{key}\"{space}:{space}{value}")
                })
                .collect();
            let line = format!("{space}{{{}}}{space}", fields.join(","));
            if let Some(fast) = plain_json(line.as_bytes()) {
                let serde: Result<JsonRecord, _> = serde_json::from_slice(line.as_bytes());
                proptest::prop_assert_eq!(Some(fast), serde.ok(), "{}", line);
            }
        }
    }

    /// Lines read in the reader's buffer and lines across its end (longer than it, or the
    /// last without a line break) give the same records, numbered by line.
    #[test]
    fn jsonl_lines_are_read_alike_in_and_across_the_readers_buffer() {
        let long = "word ".repeat(30_000);
        let lines = [
            "\u{feff}{\"id\": \"first\", \"text\": \"After a byte order mark.\"}\r\n".to_string(),
            "\n".to_string(),
            "  \r\n".to_string(),
            format!("{{\"id\": \"long\", \"text\": \"{long}\"}}\n"),
            "{\"id\": 7, \"text\": \"Ends in CR LF.\"}\r\r\n".to_string(),
            format!("{{\"id\": \"long2\", \"text\": \"{long}{long}\"}}\n"),
            "{\"id\": \"last\", \"text\": \"No line break.\"}".to_string(),
        ];
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("lines.jsonl");
        fs::write(&path, lines.concat()).expect("write");
        let got: Vec<(String, Option<u64>, usize)> = records(&[path])
            .map(|r| r.expect("a record"))
            .map(|r| (r.id, r.origin.line, r.text.len()))
            .collect();
        let want = [
            ("first".to_string(), Some(1), "After a byte order mark.".len()),
            ("long".to_string(), Some(4), long.len()),
            ("7".to_string(), Some(5), "Ends in CR LF.".len()),
            ("long2".to_string(), Some(6), 2 * long.len()),
            ("last".to_string(), Some(7), "No line break.".len()),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn read_line_splits_like_read_until_across_buffer_refills() {
        let text = b"first line\n\nthird, longer than the buffer\nno newline at the end";
        for (step, capacity) in [(1, 1), (3, 4), (7, 16), (100, 8), (100, 1000)] {
            let trickle = Trickle { bytes: text.to_vec(), at: 0, step, interrupted: false };
            let mut reader = BufReader::with_capacity(capacity, trickle);
            let mut lines = Vec::new();
            loop {
                let mut buf = Vec::new();
                let n = read_line(&mut reader, &mut buf).expect("no error after Interrupted");
                assert_eq!(n, buf.len());
                if n == 0 {
                    break;
                }
                lines.push(String::from_utf8(buf).expect("ASCII"));
            }
            let expected: Vec<String> = text
                .split_inclusive(|&b| b == b'\n')
                .map(|l| String::from_utf8_lossy(l).into())
                .collect();
            assert_eq!(lines, expected, "step {step}, capacity {capacity}");
        }
    }
}
