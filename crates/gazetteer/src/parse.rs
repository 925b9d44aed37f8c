//! Reading gazetteer and role-lexicon TSV files.

use whosaid_core::EntityKind;

use crate::error::{GazetteerError, GazetteerErrorKind};
use crate::Gender;

/// One entity row as read from a file, before merging by id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Row {
    pub(crate) id: String,
    pub(crate) kind: EntityKind,
    pub(crate) name: String,
    pub(crate) aliases: Vec<String>,
    pub(crate) adjectives: Vec<String>,
    pub(crate) short_forms: Vec<String>,
    pub(crate) roles: Vec<String>,
    pub(crate) gender: Option<Gender>,
}

/// Parses a given-name lexicon: `name<TAB>f|m|u` per line (`u`: used for both); bad rows go
/// to `errors` and are skipped.
pub(crate) fn parse_given_names(
    label: &str,
    text: &str,
    errors: &mut Vec<GazetteerError>,
) -> Vec<(String, Option<Gender>)> {
    let mut rows = Vec::new();
    for (line_no, byte, line) in data_lines(text) {
        let err = |kind| GazetteerError { path: label.to_string(), line: line_no, byte, kind };
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        let (Some(name), Some(code), 2) = (fields.first(), fields.get(1), fields.len()) else {
            errors.push(err(GazetteerErrorKind::FieldCount { expected: "2", found: fields.len() }));
            continue;
        };
        if *name == "name" {
            continue; // header
        }
        match (*code, Gender::from_code(code)) {
            ("u", _) => rows.push((name.to_string(), None)),
            (_, Some(g)) => rows.push((name.to_string(), Some(g))),
            _ => errors.push(err(GazetteerErrorKind::UnknownMarker(format!("gender {code}")))),
        }
    }
    rows
}

/// One role title as read from a lexicon file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RoleRow {
    pub(crate) title: String,
    pub(crate) case_sensitive: bool,
}

fn list(field: &str) -> impl Iterator<Item = &str> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty())
}

/// Lines of `text` that hold data: (1-based line number, byte offset, line).
fn data_lines(text: &str) -> impl Iterator<Item = (usize, usize, &str)> {
    let mut offset = 0;
    text.split('\n').enumerate().filter_map(move |(i, raw)| {
        let at = offset;
        offset += raw.len() + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let line = if i == 0 { line.trim_start_matches('\u{FEFF}') } else { line };
        let content = line.trim();
        (!content.is_empty() && !content.starts_with('#')).then_some((i + 1, at, line))
    })
}

/// Parses entity rows; bad rows go to `errors` and are skipped.
pub(crate) fn parse_entities(
    label: &str,
    text: &str,
    errors: &mut Vec<GazetteerError>,
) -> Vec<Row> {
    let mut rows = Vec::new();
    for (line_no, byte, line) in data_lines(text) {
        let err = |kind| GazetteerError { path: label.to_string(), line: line_no, byte, kind };
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        if !(3..=5).contains(&fields.len()) {
            errors.push(err(GazetteerErrorKind::FieldCount {
                expected: "3 to 5",
                found: fields.len(),
            }));
            continue;
        }
        let field = |i: usize| fields.get(i).copied().unwrap_or("");
        if field(0) == "id" && field(1) == "type" {
            continue; // header
        }
        let kind = match EntityKind::from_name(&field(1).to_ascii_lowercase()) {
            Some(k) => k,
            _ => {
                errors.push(err(GazetteerErrorKind::UnknownType(field(1).to_string())));
                continue;
            }
        };
        if field(0).is_empty() {
            errors.push(err(GazetteerErrorKind::EmptyId));
            continue;
        }
        if field(2).is_empty() {
            errors.push(err(GazetteerErrorKind::EmptyName));
            continue;
        }
        let mut row =
            Row { id: field(0).to_string(), kind, name: field(2).to_string(), ..Row::default() };
        // The roles field may carry a `gender:f` / `gender:m` note.
        for role in list(field(4)) {
            match role.strip_prefix("gender:").map(str::trim) {
                Some(g) => row.gender = Gender::from_code(g).or(row.gender),
                None => row.roles.push(role.to_string()),
            }
        }
        let mut bad_marker = None;
        for alias in list(field(3)) {
            match alias.split_once(':') {
                Some(("adj", rest)) => row.adjectives.push(rest.trim().to_string()),
                Some(("short", rest)) => row.short_forms.push(rest.trim().to_string()),
                // A colon followed by a space is ordinary text ("Ministry: Defence"), not a marker.
                Some((marker, rest))
                    if !marker.contains(' ')
                        && marker.bytes().all(|b| b.is_ascii_lowercase())
                        && !rest.starts_with(' ') =>
                {
                    bad_marker = Some(marker.to_string());
                }
                _ => row.aliases.push(alias.to_string()),
            }
        }
        if let Some(marker) = bad_marker {
            errors.push(err(GazetteerErrorKind::UnknownMarker(marker)));
            continue;
        }
        rows.push(row);
    }
    rows
}

/// Parses a role-title lexicon: `title [TAB flags]`, flags `cs` for case-sensitive.
pub(crate) fn parse_roles(
    label: &str,
    text: &str,
    errors: &mut Vec<GazetteerError>,
) -> Vec<RoleRow> {
    let mut rows = Vec::new();
    for (line_no, byte, line) in data_lines(text) {
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        if fields.len() > 2 {
            errors.push(GazetteerError {
                path: label.to_string(),
                line: line_no,
                byte,
                kind: GazetteerErrorKind::FieldCount { expected: "1 to 2", found: fields.len() },
            });
            continue;
        }
        let title = fields.first().copied().unwrap_or("");
        if title.is_empty() || title == "title" {
            continue;
        }
        let case_sensitive = fields.get(1).is_some_and(|f| f.split(',').any(|x| x.trim() == "cs"));
        rows.push(RoleRow { title: title.to_string(), case_sensitive });
    }
    rows
}

/// Parses a list of family names written first: `name<TAB>origin` per line (the origin, such
/// as `zh`, `ko` or `vi`, documents the row and is not used); bad rows go to `errors`.
pub(crate) fn parse_family_names(
    label: &str,
    text: &str,
    errors: &mut Vec<GazetteerError>,
) -> Vec<String> {
    let mut rows = Vec::new();
    for (line_no, byte, line) in data_lines(text) {
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        match (fields.first(), fields.get(1), fields.len()) {
            (Some(&"name"), _, 2) => {} // header
            (Some(name), Some(origin), 2) if !name.is_empty() && !origin.is_empty() => {
                rows.push(name.to_string());
            }
            _ => errors.push(GazetteerError {
                path: label.to_string(),
                line: line_no,
                byte,
                kind: GazetteerErrorKind::FieldCount { expected: "2", found: fields.len() },
            }),
        }
    }
    rows
}

/// Parses groups of spellings of one given name: `Sergei|Sergey` per line; a line with fewer
/// than two spellings goes to `errors`.
pub(crate) fn parse_name_variants(
    label: &str,
    text: &str,
    errors: &mut Vec<GazetteerError>,
) -> Vec<Vec<String>> {
    let mut groups = Vec::new();
    for (line_no, byte, line) in data_lines(text) {
        let spellings: Vec<String> = list(line).map(str::to_string).collect();
        if spellings.len() < 2 || line.contains('\t') {
            errors.push(GazetteerError {
                path: label.to_string(),
                line: line_no,
                byte,
                kind: GazetteerErrorKind::FieldCount {
                    expected: "one field of 2 or more |-separated spellings",
                    found: spellings.len(),
                },
            });
            continue;
        }
        groups.push(spellings);
    }
    groups
}
