//! Gazetteer entity matching for news text: finds the people, organizations, groups and
//! countries an article names, with canonical names and stable ids, and the role titles
//! ("Pentagon press secretary") next to them.
//!
//! What it does, for one text:
//! - matches every name and alias of a gazetteer (TSV files, see below), leftmost-longest, on word boundaries, over a folded view (typographic apostrophes, quotes
//!   and dashes, and Latin diacritics folded), case-sensitively for short or ambiguous names
//!   ("US", "IS", "May", "Turkey") and case-insensitively otherwise; "Russia's" matches
//!   "Russia" with the possessive left out of the span;
//! - marks demonyms ("Russian", "Syrian") as [`Mention::adjective`], with the country's id,
//!   so "Russian officials" is not read as the speaker "Russia";
//! - finds names that are not in the gazetteer by their shape (2 to 5 capitalized words,
//!   particles such as al-/bin/van allowed) when a role title, honorific or reporting verb
//!   stands next to them ("spokesman Mark Toner said");
//! - resolves later surnames ("Toner", "Mr. Toner", "Secretary Kerry") to the full name used
//!   earlier in the same text; when two people share a surname, the one most recently
//!   mentioned by a full or first+last name wins; a surname used before any full name (a
//!   headline) resolves to the first person introduced later with it; "Ana Figueiredo" and a
//!   given name alone ("Ana") resolve to "Ana Carolina Figueiredo" introduced earlier; accented
//!   and plain spellings ("Mäkinen", "Makinen") are one person, named with the accents;
//!   a run of two or three capitalized words with no cue becomes a person only once its
//!   last word speaks ("Sander said"); in names of three words or more the word before the
//!   last also works as a surname ("Valentina Ñancupil Rojas" → "Ñancupil");
//! - a family name written first (a listed Chinese, Korean or Vietnamese one: "Lin Jian",
//!   "Rhee Chang-yong") alone names the person later ("Lin said"), unless two people of the
//!   text share it; given-name spellings of one variant group ("Sergei", "Sergey") match the
//!   gazetteer's names and earlier mentions; surnames also compare with case, hyphens, the space
//!   after a particle and a final "-iy"/"-yy" ignored ("Van Der Berg", "Al Ansari", "Zelenskiy");
//! - titles of address ("Dr", "Sheikh", "Maj-Gen", "Advocate", "Tan Sri") never enter a name;
//!   initials may ("P.K. Sharma");
//! - a run of capitalized words starting with a given name of the lexicon is a person even
//!   without a cue, and capitalized words before that given name are left out ("Goalkeeper
//!   Tomas Brekke");
//! - finds company names by shape: a run of capitalized words ending in a corporate word
//!   (Corp, Inc, Ltd, Group, Airways, Research...), joined across "and" ("Harlan Tool and
//!   Die Corp"), is an organization (`entity: None`), and its first word alone later names
//!   it ("Harlan said"); a title, a digit word, an acronym or a bracketed part may be inside
//!   ("Premier Industrial Corp", "3Com Corp", "Hutton LBO Inc", "Industrial Equity (Pacific)
//!   Ltd"), and legal forms of many countries end one ("Siemens AG", "Philips N.V."); partners
//!   listed with commas before "and NAME Inc" are its name ("Merrill Lynch, Pierce, Fenner
//!   and Smith Inc"), unless an item is a known name or a company of its own;
//! - a hyphen does not end a name: a listed full name followed by "-Capitalized" is not
//!   matched ("Ebrahim Rezaei" of "Ebrahim Rezaei-Kashani"), and the finder by shape takes
//!   the double surname; its first part later names that person ("Cepeda said" after
//!   "Alexander Cepeda-Villamar") when no surname, given name or company's first word does;
//!   "According to" before a surname is a cue, like "according to";
//! - folds "Đ" to "Dj" ("Đorđević" and "Djordjevic" are one spelling);
//! - gives people a [`Gender`] ([`Mention::gender`], [`Gazetteer::gender_of`]) from a
//!   `gender:f|m` note in the gazetteer, an honorific ("Mrs.") or the given-name lexicon;
//! - resolves short forms ("the Post") only after the full name ("the Washington Post");
//! - reads acronyms the text defines, "Full Name (ACR)" or "ACR (Full Name)" with the
//!   ACR's capitals spelled by the name's word initials ("the Electoral Commission (EC)"):
//!   later uses of the ACR in that text name the full name (its gazetteer entity, else an
//!   organization with no id named by the full name), even when the ACR alone is an alias of
//!   another entity;
//! - keeps generational suffixes in names ("Ferdinand Marcos Jr.", "John Smith III"; the
//!   surname is the word before), and a listed person's name without its suffix names
//!   them when no other row is spelled so ("Ferdinand Marcos"); a title before a listed
//!   person's canonical name ("Pope Leo XIV", "King Abdullah II") is a [`RoleMention`], not
//!   part of the mention, and a style of address before two or more of the name's words
//!   ("Prince Abdulaziz bin Salman", "Sheikh Hamad bin Khalifa") is left out of the
//!   mention (a styled alias whose bare form is listed too is not matched at all, so "Prince
//!   Faisal bin Farhan Al Saud" matches the list's own name); a listed body's one-word name
//!   right after a given name ("Ann Wagner") is that person's surname, and later names
//!   them; a country's one-word name before a name and a reporting verb is a given name
//!   ("Jordan Henderson said", "Montserrat Ribas Llobet said"); a later "Short Surname" is the one earlier person with that
//!   surname when "Short" is a listed short form or the first or last letters of their given
//!   name ("Bob"/"Robert", "Yemi"/"Olayemi"); ", who" after a name marks a person;
//! - finds institutions by shape (`institution.rs`): capitalized runs holding a head noun
//!   (Ministry, Service, Commission, Union...), with comma lists closed by "and", complements
//!   after "of"/"for"/"and" and a place word opening the name ("Ghana Police Service",
//!   "Department of Housing, Local Government and Heritage"), but not a possessive or an
//!   "X-based" before it; a name by shape right after "of"/"for"/"the" is the complement
//!   ("Federation of Indian Export Organisations"); later first or last words of one such
//!   body, or of a gazetteer body, name it ("the Electoral Commission", "Toronto police"),
//!   and so does its head noun alone, capitalized or after "the" ("the Commission", "the
//!   commission" after "the Electoral Commission of Ghana"), when one body fits;
//! - name forms (`names.rs`): a peerage title before one name is part of it ("Lord Reed",
//!   "Lady Simler"; later "Reed" is that peer); a title noun the role lexicon lacks ends the
//!   title, not the name ("Chief Electoral Officer Sy Mamabolo" -> "Sy Mamabolo"); a Malay
//!   hereditary title before conferred ones opens the name ("Tengku Datuk Seri Zafrul ..."
//!   -> "Tengku Zafrul ...");
//! - finds role titles with their modifiers ("Russia's deputy defense minister", never across
//!   a line break); plural titles are listed too, so "U.S. officials" or "Pentagon officials"
//!   come out as a [`RoleMention`] whose [`RoleMention::of`] names the country or body, for
//!   attribution to read as a group speaker.
//!
//! Names, aliases and titles share one ASCII-case-insensitive radix tree, searched for the
//! longest pattern at each word boundary, so a text is scanned once; case-sensitive spellings are
//! checked per match. The `Tokens` argument may be empty: word boundaries, line breaks and
//! sentence cues are read from the text itself.
//!
//! It is NOT for: tokenizing (see `whosaid-tokenize`), deciding who said what (see
//! `whosaid-attribution`), or linking names across articles.
//!
//! # Gazetteer files
//! TSV, UTF-8, `#` comments and blank lines allowed, header optional:
//! `id  type  name  aliases  roles` — `id` a stable slug, `type` one of person, organization,
//! group, country, or `unknown` for a blocker (a name such as "South America" that is listed
//! only so the country inside it does not match; it yields no mention); `aliases` and `roles` (both optional) separated by `|`. An alias written
//! `adj:Russian` is an adjective or demonym form; `short:the Post` is a short form that counts
//! only after the entity's full name has appeared in the same text. Several files merge: a
//! later row with the same id replaces the type and name and adds its aliases and roles. Bad
//! rows are collected as [`GazetteerError`]s (file, line, kind) and skipped.
//!
//! Role lexicons hold one title per line, optionally followed by a tab and `cs` for titles
//! matched case-sensitively ("General").
//!
//! # Example
//!
//! ```
//! use whosaid_gazetteer::GazetteerBuilder;
//! use whosaid_tokenize::Tokens;
//!
//! let mut builder = GazetteerBuilder::new();
//! builder.add_tsv(
//!     "inline",
//!     "russia\tcountry\tRussia\tRussian Federation|adj:Russian\n\
//!      sergei-lavrov\tperson\tSergei Lavrov\tSergey Lavrov\tforeign minister\n",
//! );
//! builder.add_roles_tsv("roles", "foreign minister\nspokesman\n");
//! assert!(builder.errors().is_empty());
//! let gazetteer = builder.build();
//!
//! let text = "Russia\u{2019}s foreign minister Sergey Lavrov said. Lavrov added more.";
//! let found = gazetteer.annotate(text, &Tokens::default());
//! let names: Vec<&str> = found.mentions.iter().map(|m| m.name.as_str()).collect();
//! assert_eq!(names, ["Russia", "Sergei Lavrov", "Sergei Lavrov"]);
//! assert_eq!(&text[found.roles[0].span], "Russia\u{2019}s foreign minister");
//! ```

mod acronym;
mod error;
mod fold;
mod institution;
mod names;
mod parse;
mod scan;
mod swar;
mod trie;
mod vector;
mod words;

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::{Arc, OnceLock};

use aho_corasick::AhoCorasickKind;
use whosaid_core::{EntityKind, Span};
use whosaid_tokenize::Tokens;

pub use crate::error::{GazetteerError, GazetteerErrorKind};
use crate::fold::{fold_name, fold_pattern};
use crate::parse::{
    parse_entities, parse_family_names, parse_given_names, parse_name_variants, parse_roles, Row,
};
use crate::trie::Trie;
use crate::words::{FnvBuild, WordTable};

/// An index into a [`Gazetteer`]'s entities.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityId(pub u32);

/// One gazetteer entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// The stable slug written to output tables ("sergei-lavrov").
    pub id: String,
    /// Person, organization, group or country.
    pub kind: EntityKind,
    /// The canonical name ("Sergei Lavrov").
    pub name: String,
    /// Other names ("Sergey Lavrov").
    pub aliases: Vec<String>,
    /// Usual roles ("foreign minister").
    pub roles: Vec<String>,
    /// Adjective and demonym forms ("Russian", "Russians").
    pub adjectives: Vec<String>,
    /// Short forms valid only after the full name in the same text ("the Post").
    pub short_forms: Vec<String>,
    /// For people: the gender news text uses for them, from a `gender:f` or `gender:m` note
    /// in the roles field.
    pub gender: Option<Gender>,
}

/// The gender a person is referred to with ("she", "he"), for pronoun resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    /// "she", "her", "Mrs.", "Ms."
    Female,
    /// "he", "his", "Mr."
    Male,
}

impl Gender {
    /// `f` or `m` (as written in the data files).
    pub fn from_code(code: &str) -> Option<Gender> {
        match code.trim() {
            "f" | "F" => Some(Gender::Female),
            "m" | "M" => Some(Gender::Male),
            _ => None,
        }
    }
}

/// A canonical name or role title as a mention holds it: shared with the gazetteer (or,
/// for a name found by its shape, between the mentions of one text), so that cloning one
/// copies a pointer instead of the text and a mention of a listed name allocates nothing.
/// Reads as a `&str` ([`Name::as_str`], `Deref`) and compares with strings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Name(Arc<str>);

impl Name {
    /// The text of the name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Name {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Name {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Name {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Name {
    fn from(name: &str) -> Name {
        Name(Arc::from(name))
    }
}

impl From<String> for Name {
    fn from(name: String) -> Name {
        Name(Arc::from(name))
    }
}

impl From<&String> for Name {
    fn from(name: &String) -> Name {
        Name(Arc::from(name.as_str()))
    }
}

impl From<Name> for String {
    fn from(name: Name) -> String {
        name.0.to_string()
    }
}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for Name {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Name> for str {
    fn eq(&self, other: &Name) -> bool {
        *self == *other.0
    }
}

impl PartialEq<Name> for &str {
    fn eq(&self, other: &Name) -> bool {
        **self == *other.0
    }
}

impl PartialEq<Name> for String {
    fn eq(&self, other: &Name) -> bool {
        **self == *other.0
    }
}

/// One mention of a name in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Where the mention is in the original text (without a possessive "'s").
    pub span: Span,
    /// The gazetteer entry, or `None` for a name found by its shape alone.
    pub entity: Option<EntityId>,
    /// What the name refers to.
    pub kind: EntityKind,
    /// The canonical name: the gazetteer's, or for names not in it the fullest form used
    /// earlier in the same text ("Cook" after "Peter Cook" is "Peter Cook"). A listed name is
    /// the gazetteer's own copy, shared, not one per mention.
    pub name: Name,
    /// True for an adjective or demonym form ("Russian", "Syrians"): it names the entity as a
    /// modifier, not as an actor, so "Russian officials" is not the speaker "Russia".
    pub adjective: bool,
    /// For people: the gender from the gazetteer entry, else from an honorific before any
    /// mention of the same name in the text ("Mrs. Holm"), else from the given-name lexicon
    /// (first word of [`Mention::name`]); `None` when unknown or the name is used for both.
    pub gender: Option<Gender>,
}

/// One role title in a text ("press secretary", "Deputy Defense Minister").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleMention {
    /// Where the title is in the original text, with its modifiers ("Pentagon press
    /// secretary", "Russia's deputy defense minister", "former U.S. Secretary of State").
    pub span: Span,
    /// The bare title as the lexicon spells it ("press secretary"), shared with the lexicon.
    pub title: Name,
    /// Where the bare title is in the original text.
    pub title_span: Span,
    /// The country or organization named in the modifiers ("Pentagon", "Russia's"), if any.
    pub of: Option<EntityId>,
}

/// The names and role titles found in one text, each in text order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Annotation {
    /// Name mentions, in text order, not overlapping.
    pub mentions: Vec<Mention>,
    /// Role titles, in text order, not overlapping.
    pub roles: Vec<RoleMention>,
}

/// How a pattern names its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    Name,
    Adjective,
    Short,
}

/// What one matcher pattern stands for.
#[derive(Clone, Copy, Debug)]
struct Target {
    entity: EntityId,
    form: Form,
}

/// What one spelling of a pattern stands for. Case-sensitive spellings carry their exact
/// (folded) text, checked after the case-insensitive pattern matched.
#[derive(Clone, Debug)]
struct Candidate {
    target: Target,
    role: bool,
    exact: Option<Box<str>>,
}

/// One ASCII-case-insensitive radix tree over every name, alias and role title, and the
/// candidates of each pattern (`candidates[starts[i]..starts[i + 1]]` for pattern `i`). One
/// pass over the text finds everything; case-sensitive spellings are checked per match.
#[derive(Clone, Debug)]
struct Matcher {
    trie: Trie,
    candidates: Vec<Candidate>,
    starts: Vec<u32>,
    /// One bit per pattern: whether it holds a word of the institution pass's head nouns
    /// (see [`institution::may_hold_head`]); a match of a pattern without one is not looked
    /// inside for heads.
    heads: Vec<u64>,
}

impl Matcher {
    fn build(patterns: &[String], candidates: Vec<Candidate>, starts: Vec<u32>) -> Option<Matcher> {
        let trie = Trie::build(patterns)?;
        let mut heads = vec![0u64; patterns.len().div_ceil(64)];
        for (i, p) in patterns.iter().enumerate() {
            if institution::may_hold_head(p) {
                if let Some(w) = heads.get_mut(i / 64) {
                    *w |= 1 << (i % 64);
                }
            }
        }
        Some(Matcher { trie, candidates, starts, heads })
    }

    /// Whether pattern `pattern` may hold a head noun (see [`Matcher::heads`]).
    fn may_hold_head(&self, pattern: usize) -> bool {
        self.heads.get(pattern / 64).map_or(true, |w| w & (1 << (pattern % 64)) != 0)
    }

    /// The first candidate of pattern `pattern` that accepts the matched text `found` (its
    /// bytes: a case-sensitive spelling, valid UTF-8, equals only whole characters, and the
    /// scan's hot path then makes no `str` of every match).
    fn candidate(&self, pattern: usize, found: &[u8]) -> Option<&Candidate> {
        let from = *self.starts.get(pattern)? as usize;
        let to = *self.starts.get(pattern + 1)? as usize;
        self.candidates
            .get(from..to)?
            .iter()
            .find(|c| c.exact.as_deref().map_or(true, |e| e.as_bytes() == found))
    }

    fn memory_usage(&self) -> usize {
        let exact: usize =
            self.candidates.iter().filter_map(|c| c.exact.as_ref()).map(|e| e.len()).sum();
        self.trie.memory_usage()
            + self.candidates.capacity() * std::mem::size_of::<Candidate>()
            + exact
            + self.starts.capacity() * 4
            + self.heads.capacity() * 8
    }
}

/// Builds a [`Gazetteer`] from TSV data.
#[derive(Clone, Debug, Default)]
pub struct GazetteerBuilder {
    entities: Vec<Entity>,
    by_id: HashMap<String, usize>,
    roles: Vec<(String, bool)>,
    errors: Vec<GazetteerError>,
    given_names: Vec<(String, Option<Gender>)>,
    family_names_first: Vec<String>,
    name_variants: Vec<Vec<String>>,
    diminutives: Vec<Vec<String>>,
}

const DEFAULT_ENTITY_FILES: &[(&str, &str)] = &[
    ("data/gazetteer/countries.tsv", include_str!("../../../data/gazetteer/countries.tsv")),
    ("data/gazetteer/ministries.tsv", include_str!("../../../data/gazetteer/ministries.tsv")),
    ("data/gazetteer/organizations.tsv", include_str!("../../../data/gazetteer/organizations.tsv")),
    ("data/gazetteer/people.tsv", include_str!("../../../data/gazetteer/people.tsv")),
];

const DEFAULT_GIVEN_NAMES: (&str, &str) =
    ("data/gazetteer/given-names.tsv", include_str!("../../../data/gazetteer/given-names.tsv"));

const DEFAULT_FAMILY_NAMES_FIRST: (&str, &str) = (
    "data/gazetteer/family-names-first.tsv",
    include_str!("../../../data/gazetteer/family-names-first.tsv"),
);

const DEFAULT_NAME_VARIANTS: (&str, &str) = (
    "data/gazetteer/given-name-variants.tsv",
    include_str!("../../../data/gazetteer/given-name-variants.tsv"),
);

const DEFAULT_DIMINUTIVES: (&str, &str) = (
    "data/gazetteer/given-name-diminutives.tsv",
    include_str!("../../../data/gazetteer/given-name-diminutives.tsv"),
);

const DEFAULT_ROLES: (&str, &str) =
    ("data/gazetteer/roles.tsv", include_str!("../../../data/gazetteer/roles.tsv"));

impl GazetteerBuilder {
    /// An empty builder: no entities, no role titles.
    pub fn new() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// A builder holding the default data of `data/gazetteer/` (embedded in the binary, so it
    /// works from any directory).
    pub fn with_defaults() -> GazetteerBuilder {
        let mut builder = GazetteerBuilder::new();
        for (label, text) in DEFAULT_ENTITY_FILES {
            builder.add_tsv(label, text);
        }
        builder.add_roles_tsv(DEFAULT_ROLES.0, DEFAULT_ROLES.1);
        builder.add_given_names_tsv(DEFAULT_GIVEN_NAMES.0, DEFAULT_GIVEN_NAMES.1);
        builder
            .add_family_names_first_tsv(DEFAULT_FAMILY_NAMES_FIRST.0, DEFAULT_FAMILY_NAMES_FIRST.1);
        builder.add_name_variants_tsv(DEFAULT_NAME_VARIANTS.0, DEFAULT_NAME_VARIANTS.1);
        builder.add_diminutives_tsv(DEFAULT_DIMINUTIVES.0, DEFAULT_DIMINUTIVES.1);
        builder
    }

    /// Adds short forms of given names (`William|Bill|Billy` per line: the full name, then
    /// its short forms). Within a text, "Bill Hartley" after "William Hartley" is one person
    /// when no other person of the text is named Hartley.
    pub fn add_diminutives_tsv(&mut self, label: &str, text: &str) -> &mut GazetteerBuilder {
        let groups = parse_name_variants(label, text, &mut self.errors);
        self.diminutives.extend(groups);
        self
    }

    /// Adds family names that come before the given name (`name<TAB>origin` per line:
    /// "Lin\tzh", "Rhee\tko", "Nguyen\tvi"). In a two- or three-word person name starting with
    /// one ("Lin Jian"), that first word alone later names the person ("Lin said"), unless
    /// another person of the same text has it as a family name too.
    pub fn add_family_names_first_tsv(&mut self, label: &str, text: &str) -> &mut GazetteerBuilder {
        let rows = parse_family_names(label, text, &mut self.errors);
        self.family_names_first.extend(rows);
        self
    }

    /// Adds groups of spellings of one given name (`Sergei|Sergey` per line). A person's name
    /// or alias in the gazetteer also matches with its first word spelled as another member of
    /// the group, and within a text "Muhammad Qadri" after "Mohammed Qadri" is one person.
    pub fn add_name_variants_tsv(&mut self, label: &str, text: &str) -> &mut GazetteerBuilder {
        let groups = parse_name_variants(label, text, &mut self.errors);
        self.name_variants.extend(groups);
        self
    }

    /// Adds a given-name lexicon (`name<TAB>f|m|u` per line, `u` for names used for both).
    /// Given names tell a person's gender, let a run of capitalized words that starts with one
    /// count as a person without a reporting verb next to it, and let a given name alone
    /// ("Ana") refer back to the person introduced with it ("Ana Carolina Figueiredo").
    pub fn add_given_names_tsv(&mut self, label: &str, text: &str) -> &mut GazetteerBuilder {
        let rows = parse_given_names(label, text, &mut self.errors);
        self.given_names.extend(rows);
        self
    }

    /// Adds the entity rows of a TSV text; `label` names it in errors. Bad rows are recorded
    /// in [`GazetteerBuilder::errors`] and skipped.
    pub fn add_tsv(&mut self, label: &str, text: &str) -> &mut GazetteerBuilder {
        for row in parse_entities(label, text, &mut self.errors) {
            self.merge(row);
        }
        self
    }

    /// Adds the entity rows of a TSV file. An unreadable file is recorded as an error (line 0)
    /// and also returned, so a caller may stop on it.
    pub fn add_file(
        &mut self,
        path: impl AsRef<Path>,
    ) -> Result<&mut GazetteerBuilder, GazetteerError> {
        let (label, text) = self.read(path.as_ref())?;
        Ok(self.add_tsv(&label, &text))
    }

    /// Reads a file for one of the `add_*_file` methods: its label for errors and its text,
    /// or the error, also recorded in [`GazetteerBuilder::errors`] (line 0).
    fn read(&mut self, path: &Path) -> Result<(String, String), GazetteerError> {
        let label = path.display().to_string();
        std::fs::read_to_string(path).map(|text| (label.clone(), text)).map_err(|e| {
            let err = GazetteerError {
                path: label,
                line: 0,
                byte: 0,
                kind: GazetteerErrorKind::Io(e.to_string()),
            };
            self.errors.push(err.clone());
            err
        })
    }

    /// Adds the role titles of a lexicon text (one title per line, optional tab + `cs`).
    pub fn add_roles_tsv(&mut self, label: &str, text: &str) -> &mut GazetteerBuilder {
        for row in parse_roles(label, text, &mut self.errors) {
            self.roles.push((row.title, row.case_sensitive));
        }
        self
    }

    /// Adds the role titles of a lexicon file.
    pub fn add_roles_file(
        &mut self,
        path: impl AsRef<Path>,
    ) -> Result<&mut GazetteerBuilder, GazetteerError> {
        let (label, text) = self.read(path.as_ref())?;
        Ok(self.add_roles_tsv(&label, &text))
    }

    /// Formerly chose the Aho-Corasick implementation. Names are now matched with a radix tree
    /// searched at word starts, which is faster than any of the automatons and has no size
    /// limit, so the choice is ignored; the method is kept so that existing callers compile.
    pub fn automaton_kind(&mut self, kind: Option<AhoCorasickKind>) -> &mut GazetteerBuilder {
        let _ignored = kind;
        self
    }

    /// The bad rows and unreadable files met so far, in the order met.
    pub fn errors(&self) -> &[GazetteerError] {
        &self.errors
    }

    /// The number of distinct entities so far.
    pub fn len(&self) -> usize {
        self.entities.len()
    }

    /// True when no entity has been added.
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    fn merge(&mut self, row: Row) {
        fn extend(into: &mut Vec<String>, more: Vec<String>) {
            for s in more {
                if !into.contains(&s) {
                    into.push(s);
                }
            }
        }
        match self.by_id.get(&row.id).and_then(|&i| self.entities.get_mut(i)) {
            Some(e) => {
                if e.name != row.name {
                    let old = std::mem::replace(&mut e.name, row.name);
                    extend(&mut e.aliases, vec![old]);
                }
                e.kind = row.kind;
                e.gender = row.gender.or(e.gender);
                extend(&mut e.aliases, row.aliases);
                extend(&mut e.roles, row.roles);
                extend(&mut e.adjectives, row.adjectives);
                extend(&mut e.short_forms, row.short_forms);
            }
            None => {
                self.by_id.insert(row.id.clone(), self.entities.len());
                self.entities.push(Entity {
                    id: row.id,
                    kind: row.kind,
                    name: row.name,
                    aliases: row.aliases,
                    roles: row.roles,
                    adjectives: row.adjectives,
                    short_forms: row.short_forms,
                    gender: row.gender,
                });
            }
        }
    }

    /// Builds the immutable gazetteer.
    pub fn build(&self) -> Gazetteer {
        // One matcher pattern per lowercased spelling. Its candidates: the case-sensitive
        // spellings first, then at most one case-insensitive name (on a clash, the entity whose
        // canonical name it is, then the first added), then at most one role title.
        #[derive(Default)]
        struct Slot {
            exact: Vec<Candidate>,
            name: Option<(Candidate, bool)>,
            role: Option<Candidate>,
        }
        let mut slots: HashMap<String, Slot, FnvBuild> = HashMap::default();
        let mut order: Vec<String> = Vec::new();
        fn slot<'a>(
            slots: &'a mut HashMap<String, Slot, FnvBuild>,
            order: &mut Vec<String>,
            key: String,
        ) -> &'a mut Slot {
            if !slots.contains_key(&key) {
                order.push(key.clone());
            }
            slots.entry(key).or_default()
        }
        for (i, e) in self.entities.iter().enumerate() {
            let entity = EntityId(u32::try_from(i).unwrap_or(u32::MAX));
            let forms = std::iter::once((&e.name, Form::Name))
                .chain(e.aliases.iter().map(|a| (a, Form::Name)))
                .chain(e.adjectives.iter().map(|a| (a, Form::Adjective)))
                .chain(e.short_forms.iter().map(|a| (a, Form::Short)));
            for (spelling, form) in forms {
                let pattern = fold_pattern(spelling);
                if pattern.is_empty() || e.kind == EntityKind::Person && styled_twin(e, &pattern) {
                    continue;
                }
                let target = Target { entity, form };
                let slot = slot(&mut slots, &mut order, pattern.to_ascii_lowercase());
                if scan::is_case_sensitive(&pattern) {
                    if !slot.exact.iter().any(|c| c.exact.as_deref() == Some(pattern.as_str())) {
                        let exact = Some(pattern.into_boxed_str());
                        slot.exact.push(Candidate { target, role: false, exact });
                    }
                    continue;
                }
                let canonical = spelling == &e.name;
                let candidate = Candidate { target, role: false, exact: None };
                match &slot.name {
                    Some((_, true)) => {}
                    Some(_) if !canonical => {}
                    _ => slot.name = Some((candidate, canonical)),
                }
            }
        }
        // A person's names with the first word spelled as another member of its variant group
        // ("Sergey Lavrov" for "Sergei Lavrov"), where no real name or alias is spelled so.
        let variants = variant_map(&self.name_variants);
        for (i, e) in self.entities.iter().enumerate() {
            if e.kind != EntityKind::Person {
                continue;
            }
            let entity = EntityId(u32::try_from(i).unwrap_or(u32::MAX));
            for spelling in std::iter::once(&e.name).chain(&e.aliases) {
                let folded = fold_pattern(spelling);
                let Some((first, rest)) = folded.split_once(' ') else { continue };
                let Some(&group) = variants.get(&first.to_ascii_lowercase()) else { continue };
                let others = self.name_variants.get(group as usize).into_iter().flatten();
                for other in others {
                    let pattern = fold_pattern(&format!("{other} {rest}"));
                    if scan::is_case_sensitive(&pattern) {
                        continue;
                    }
                    let slot = slot(&mut slots, &mut order, pattern.to_ascii_lowercase());
                    if slot.exact.is_empty() && slot.name.is_none() {
                        let target = Target { entity, form: Form::Name };
                        slot.name = Some((Candidate { target, role: false, exact: None }, false));
                    }
                }
            }
        }
        // A person's name without its "Jr."-type suffix ("Ferdinand Marcos"), where no real
        // name, alias or variant is spelled so: the gazetteer's only person of that name.
        for (i, e) in self.entities.iter().enumerate() {
            if e.kind != EntityKind::Person {
                continue;
            }
            let entity = EntityId(u32::try_from(i).unwrap_or(u32::MAX));
            for spelling in std::iter::once(&e.name).chain(&e.aliases) {
                let Some(bare) = names::without_generational_suffix(spelling) else { continue };
                let pattern = fold_pattern(bare);
                if pattern.is_empty() || scan::is_case_sensitive(&pattern) {
                    continue;
                }
                let slot = slot(&mut slots, &mut order, pattern.to_ascii_lowercase());
                if slot.exact.is_empty() && slot.name.is_none() {
                    let target = Target { entity, form: Form::Name };
                    slot.name = Some((Candidate { target, role: false, exact: None }, false));
                }
            }
        }
        let mut role_titles: Vec<Name> = Vec::new();
        for (title, cs) in &self.roles {
            let pattern = fold_pattern(title);
            if pattern.is_empty() {
                continue;
            }
            let index = u32::try_from(role_titles.len()).unwrap_or(u32::MAX);
            let target = Target { entity: EntityId(index), form: Form::Name };
            let slot = slot(&mut slots, &mut order, pattern.to_ascii_lowercase());
            if *cs {
                if !slot
                    .exact
                    .iter()
                    .any(|c| c.role && c.exact.as_deref() == Some(pattern.as_str()))
                {
                    role_titles.push(title.as_str().into());
                    let exact = Some(pattern.into_boxed_str());
                    slot.exact.push(Candidate { target, role: true, exact });
                }
            } else if slot.role.is_none() {
                role_titles.push(title.to_ascii_lowercase().into());
                slot.role = Some(Candidate { target, role: true, exact: None });
            }
        }
        let mut candidates = Vec::new();
        let mut starts = vec![0u32];
        for key in &order {
            if let Some(slot) = slots.remove(key) {
                candidates.extend(slot.exact);
                candidates.extend(slot.name.map(|(c, _)| c));
                candidates.extend(slot.role);
            }
            starts.push(u32::try_from(candidates.len()).unwrap_or(u32::MAX));
        }
        // A later file's row replaces an earlier one.
        let given_names = WordTable::build(self.given_names.iter().filter_map(|(name, gender)| {
            let key = fold_pattern(name).to_ascii_lowercase();
            (!key.is_empty()).then_some((key, *gender))
        }));
        let family_first = WordTable::build(
            self.family_names_first
                .iter()
                .map(|name| (fold_pattern(name).to_ascii_lowercase(), ()))
                .filter(|(key, ())| !key.is_empty()),
        );
        let mut diminutives: HashSet<String, FnvBuild> = HashSet::default();
        for group in &self.diminutives {
            let mut spellings = group.iter().map(|s| fold_pattern(s).to_lowercase());
            let Some(full) = spellings.next() else { continue };
            for short in spellings {
                diminutives.insert(format!("{short} {full}"));
            }
        }
        Gazetteer {
            family_first,
            diminutives,
            variants: WordTable::build(variants),
            given_names,
            has_short_forms: self.entities.iter().map(|e| !e.short_forms.is_empty()).collect(),
            names: self.entities.iter().map(|e| Name::from(e.name.as_str())).collect(),
            entities: self.entities.clone(),
            matcher: Matcher::build(&order, candidates, starts),
            role_titles,
            listed: self.entities.iter().map(|_| OnceLock::new()).collect(),
        }
    }
}

/// Per-thread buffers for [`Gazetteer::annotate_into`], kept between texts so that each text
/// reuses them instead of allocating its own. Works with any gazetteer; holds nothing of a
/// text once a call returns that changes the next call's result.
#[derive(Debug, Default)]
pub struct Scratch {
    buffers: scan::Buffers,
}

impl Scratch {
    /// Empty buffers; they grow to the size of the texts annotated with them.
    pub fn new() -> Scratch {
        Scratch::default()
    }

    /// Bytes of heap the buffers hold.
    pub fn memory_usage(&self) -> usize {
        self.buffers.memory_usage()
    }
}

/// Matches a gazetteer's names and role titles in text. Immutable and `Send + Sync`: build it
/// once with a [`GazetteerBuilder`] and share it.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    /// Per entity: its canonical name as mentions share it.
    names: Vec<Name>,
    /// Lowercased folded given name → gender (`None`: used for both).
    given_names: WordTable<Option<Gender>>,
    /// Lowercased folded family names written before the given name ("lin", "rhee").
    family_first: WordTable<()>,
    /// Lowercased folded given-name spelling → its variant group.
    variants: WordTable<u32>,
    /// "short full" pairs of given names, lowercased and folded ("bill william").
    diminutives: HashSet<String, FnvBuild>,
    /// Per entity: whether it has short forms, so that only those entities are remembered
    /// as named in a text (a set insert for every name was a large part of a text's cost).
    has_short_forms: Vec<bool>,
    matcher: Option<Matcher>,
    role_titles: Vec<Name>,
    /// Per entity: the keys a text's person maps need for a listed person's canonical name,
    /// worked out on its first mention in any text (see [`scan::ListedKeys`]).
    listed: Vec<OnceLock<Box<scan::ListedKeys>>>,
}

impl Default for Gazetteer {
    /// An empty gazetteer: finds only names by their shape.
    fn default() -> Gazetteer {
        GazetteerBuilder::new().build()
    }
}

impl Gazetteer {
    /// The entry behind a mention's id.
    pub fn entity(&self, id: EntityId) -> Option<&Entity> {
        self.entities.get(id.0 as usize)
    }

    /// The canonical name of entry `id` as its mentions hold it (shared, not copied).
    pub fn name(&self, id: EntityId) -> Option<&Name> {
        self.names.get(id.0 as usize)
    }

    /// All entries, indexed by [`EntityId`].
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The id of the entry with slug `id`, if any (a linear scan: for tests and tools).
    pub fn find_id(&self, id: &str) -> Option<EntityId> {
        let i = self.entities.iter().position(|e| e.id == id)?;
        Some(EntityId(u32::try_from(i).ok()?))
    }

    /// Bytes of heap used by the name and role matcher.
    pub fn matcher_memory_usage(&self) -> usize {
        self.matcher.as_ref().map_or(0, Matcher::memory_usage)
    }

    /// The keys of listed person `id`'s canonical name for a text's person maps, worked out
    /// on first use and kept; `None` for other entities.
    fn listed_keys(&self, id: EntityId) -> Option<&scan::ListedKeys> {
        let entity = self.entity(id).filter(|e| e.kind == EntityKind::Person)?;
        let slot = self.listed.get(id.0 as usize)?;
        let keys = slot.get_or_init(|| {
            let mut keys = scan::ListedKeys::new(self, fold_name(&entity.name).into_owned());
            keys.lexicon_gender = self.lexicon_gender(&entity.name);
            Box::new(keys)
        });
        Some(keys)
    }

    /// Whether `word` is in the given-name lexicon, and with which gender (`Some(None)`: a
    /// name used for both). Case and diacritics are ignored.
    pub fn given_name(&self, word: &str) -> Option<Option<Gender>> {
        lookup(&self.given_names, word)
    }

    /// Whether `word` is a family name written before the given name ("Lin" of "Lin Jian",
    /// "Rhee" of "Rhee Chang-yong"). Case and diacritics are ignored.
    pub fn is_family_name_first(&self, word: &str) -> bool {
        lookup(&self.family_first, word).is_some()
    }

    /// The variant group of a given-name spelling ("Sergey" and "Sergei" share one), if it is
    /// in one. Case and diacritics are ignored.
    pub fn name_variant_group(&self, word: &str) -> Option<u32> {
        lookup(&self.variants, word)
    }

    /// Whether given name `short` is a short form of `full`: listed as one ("Bill" of
    /// "William"), or their first or last letters, three or more ("Alex" of "Alexander",
    /// "Yemi" of "Olayemi"). Case and diacritics are ignored; the same name is no short form.
    pub fn is_short_given_name(&self, short: &str, full: &str) -> bool {
        let short = fold_pattern(short).to_lowercase();
        let full = fold_pattern(full).to_lowercase();
        let letters = short.chars().count();
        if letters < 2 || short == full {
            return false;
        }
        let by_shape = letters >= 3
            && letters < full.chars().count()
            && short.chars().all(char::is_alphabetic)
            && (full.starts_with(&short) || full.ends_with(&short));
        by_shape || self.diminutives.contains(&format!("{short} {full}"))
    }

    /// The gender of a person mention: its [`Mention::gender`] if set, else from the
    /// gazetteer entry, an honorific right before it in `text` ("Ms. Holm"), or the given-name
    /// lexicon (first word of its name). `None` for non-people and unknown names.
    pub fn gender_of(&self, mention: &Mention, text: &str) -> Option<Gender> {
        if mention.kind != EntityKind::Person {
            return None;
        }
        mention
            .gender
            .or_else(|| mention.entity.and_then(|id| self.entity(id)).and_then(|e| e.gender))
            .or_else(|| scan::honorific_gender(text, mention.span.start))
            .or_else(|| self.lexicon_gender(&mention.name))
    }

    /// The gender the given-name lexicon gives a person's name by its first word, unless that
    /// word is a family name written first ("Fang Fenghui": Fang is no given name there).
    fn lexicon_gender(&self, name: &str) -> Option<Gender> {
        let first = name.split(' ').next()?;
        let gender = self.given_name(first).flatten()?;
        let family_first = first.len() < name.len()
            && self.is_family_name_first(first)
            && (2..=3).contains(&name.split(' ').count());
        (!family_first).then_some(gender)
    }

    /// Finds names and role titles in `text`, tokenized as `tokens` (which may be empty:
    /// word boundaries are checked on the text itself).
    pub fn annotate(&self, text: &str, tokens: &Tokens) -> Annotation {
        scan::annotate(self, text, tokens)
    }

    /// [`Gazetteer::annotate`] into `out` (its mentions and roles are replaced), reusing the
    /// vectors of `out` and the per-text buffers of `scratch` from one text to the next: a
    /// caller that annotates many texts on one thread keeps one of each and allocates less
    /// per text. The result is the same as [`Gazetteer::annotate`]'s.
    pub fn annotate_into(
        &self,
        text: &str,
        tokens: &Tokens,
        scratch: &mut Scratch,
        out: &mut Annotation,
    ) {
        scan::annotate_into(self, text, tokens, &mut scratch.buffers, out);
    }

    /// How many gazetteer names and role titles the dictionary scan alone finds in `text`
    /// (folding and matching, without short-form, shape, surname or role rules): the part of
    /// [`Gazetteer::annotate`] whose cost grows with the gazetteer, for benchmarks.
    pub fn count_dictionary_matches(&self, text: &str) -> usize {
        scan::count_dictionary_matches(self, text)
    }
}

/// `name` as the gazetteer compares names: without case or diacritics, its words separated by
/// single spaces ("Recep Tayyip Erdoğan" → "recep tayyip erdogan").
pub fn name_key(name: &str) -> String {
    fold_pattern(name).to_lowercase()
}

/// The value of `word` in `table`, ignoring case and diacritics. The table ignores ASCII
/// case, so an ASCII word needs no lowercased copy; other words (and ASCII words longer than
/// 32 bytes, as before the tables) are folded first.
fn lookup<V: Copy>(table: &WordTable<V>, word: &str) -> Option<V> {
    let bytes = word.as_bytes();
    if bytes.is_ascii() && bytes.len() <= 32 {
        return table.get(bytes);
    }
    table.get(fold_pattern(word).as_bytes())
}

/// Whether a person's folded `pattern` is a style of address and another of the person's
/// names ("Prince Faisal bin Farhan" beside "Faisal bin Farhan"): such a twin is not matched,
/// so the mention starts at the name ("Prince Faisal bin Farhan Al Saud" prints the list's
/// name, which the longer twin would hide behind a leftmost match). A peer's style is how
/// the peer is named and stays.
fn styled_twin(e: &Entity, pattern: &str) -> bool {
    let Some((style, rest)) = pattern.split_once(' ') else { return false };
    if !words::is(style, words::HONORIFIC)
        || ["lord", "lady", "baron", "baroness"].iter().any(|p| p.eq_ignore_ascii_case(style))
    {
        return false;
    }
    // "King Charles III" stays beside "Charles III" while "King Charles" is listed too: that
    // shorter styled alias would win the leftmost match and cut the name.
    let others = std::iter::once(&e.name).chain(&e.aliases).map(|o| fold_pattern(o));
    let shorter_styled = |o: &str| {
        o.len() < pattern.len()
            && pattern.get(..o.len()).is_some_and(|p| p.eq_ignore_ascii_case(o))
            && pattern.as_bytes().get(o.len()) == Some(&b' ')
    };
    let (mut twin, mut shadowed) = (false, false);
    for other in others {
        twin |= other.eq_ignore_ascii_case(rest);
        shadowed |= shorter_styled(&other);
    }
    twin && !shadowed
}

/// Lowercased folded spelling → index of its group; a spelling listed in two groups keeps
/// the first.
fn variant_map(groups: &[Vec<String>]) -> HashMap<String, u32, FnvBuild> {
    let mut map: HashMap<String, u32, FnvBuild> = HashMap::default();
    for (i, group) in groups.iter().enumerate() {
        let index = u32::try_from(i).unwrap_or(u32::MAX);
        for spelling in group {
            let key = fold_pattern(spelling).to_ascii_lowercase();
            if !key.is_empty() {
                map.entry(key).or_insert(index);
            }
        }
    }
    map
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod name_forms_tests;
