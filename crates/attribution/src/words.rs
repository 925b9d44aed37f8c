//! Closed word classes the attribution rules look at. All lists are lowercase.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::lexicon::BuildFx;

/// Lowercases an ASCII word into `buf`; `None` for long or non-ASCII words, which are never
/// in these lists.
#[inline]
pub(crate) fn lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = buf.get_mut(..bytes.len())?;
    for (o, b) in out.iter_mut().zip(bytes) {
        *o = b.to_ascii_lowercase();
    }
    std::str::from_utf8(out).ok()
}

/// Whether `word`, ASCII-lowercased, is in `set`.
fn contains(set: &HashSet<&'static str, BuildFx>, word: &str) -> bool {
    let mut buf = [0u8; 24];
    match lower(word, &mut buf) {
        Some(w) => set.contains(w),
        None => false,
    }
}

/// Membership in a fixed word list, hashed once on first use: these checks run for every
/// token near a cue, where a linear scan of a long list showed up in profiles.
macro_rules! in_set {
    ($word:expr, [$($w:literal),* $(,)?]) => {{
        static SET: OnceLock<HashSet<&'static str, BuildFx>> = OnceLock::new();
        contains(SET.get_or_init(|| [$($w),*].into_iter().collect()), $word)
    }};
}

/// Personal pronouns that can be the subject of a cue. "I" and "we" are left out: inside
/// quotes they are the speaker talking, outside they are the writer.
pub(crate) fn pronoun(word: &str) -> Option<Pronoun> {
    let mut buf = [0u8; 24];
    match lower(word, &mut buf)? {
        "he" | "she" => Some(Pronoun::Person),
        "they" => Some(Pronoun::Plural),
        "it" => Some(Pronoun::Thing),
        _ => None,
    }
}

/// What a pronoun can refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pronoun {
    /// he, she
    Person,
    /// they
    Plural,
    /// it
    Thing,
}

/// Plural nouns naming an unnamed set of speakers: "U.S. officials", "analysts".
pub(crate) fn is_group_noun(word: &str) -> bool {
    in_set!(
        word,
        [
            "officials",
            "analysts",
            "diplomats",
            "witnesses",
            "residents",
            "leaders",
            "activists",
            "sources",
            "experts",
            "observers",
            "critics",
            "lawmakers",
            "legislators",
            "authorities",
            "rebels",
            "protesters",
            "militants",
            "investigators",
            "economists",
            "traders",
            "dealers",
            "executives",
            "scientists",
            "researchers",
            "doctors",
            "officers",
            "soldiers",
            "workers",
            "members",
            "spokesmen",
            "ministers",
            "politicians",
            "campaigners",
            "insiders",
            "bankers",
            "investors",
            "negotiators",
            "commanders",
            "representatives",
            "envoys",
            "aides",
            "advisers",
            "advisors",
            "organizers",
            "organisers",
            "prosecutors",
            "police",
            "medics",
            "villagers",
            "groups",
            "governments",
            "countries",
            "allies",
            "unions",
            "brokers",
            "forwarders",
            "farmers",
            "growers",
            "exporters",
            "importers",
            "producers",
            "buyers",
            "sellers",
            "shippers",
            "teachers",
            "nurses",
            "parents",
            "students",
            "fishermen",
            "miners",
            "drivers",
            "pilots",
            "opponents",
            "supporters",
            "voters",
            "citizens",
            "locals",
            "neighbours",
            "neighbors",
            "survivors",
            "families",
            "relatives",
            "monitors",
            "inspectors",
            "regulators",
            "planners",
            "managers",
            "owners",
            "operators",
            "consumers",
            "customers",
            "dockers",
            "dockworkers",
            "unionists",
            "strikers",
            "lawyers",
            "judges",
            "donors",
            "manufacturers",
            "retailers",
            "airlines",
            "companies",
            "banks",
            "firms",
            "specialists",
            "academics",
            "historians",
            "engineers",
            "farm groups",
            "environmentalists",
            "demonstrators",
            "participants",
            "delegates",
            "delegations",
            "commentators",
            "pollsters",
            "agencies",
            "ministries",
            "democrats",
            "republicans",
            "conservatives",
            "liberals",
            "socialists",
            "greens",
        ]
    )
}

/// Singular nouns naming a person by role: "the spokesman", "a senior official".
pub(crate) fn is_role_noun(word: &str) -> bool {
    in_set!(
        word,
        [
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "minister",
            "secretary",
            "official",
            "president",
            "chairman",
            "chairwoman",
            "chair",
            "ambassador",
            "envoy",
            "director",
            "chief",
            "commander",
            "governor",
            "senator",
            "mayor",
            "premier",
            "chancellor",
            "general",
            "secretary-general",
            "analyst",
            "diplomat",
            "source",
            "lawmaker",
            "adviser",
            "advisor",
            "aide",
            "economist",
            "executive",
            "negotiator",
            "prosecutor",
            "representative",
            "king",
            "queen",
            "prince",
            "leader",
            "head",
            "officer",
            "witness",
            "resident",
            "expert",
            "strategist",
            "manager",
            "founder",
            "owner",
            "president-elect",
            "congressman",
            "congresswoman",
            "judge",
            "pope",
            "emir",
            "trader",
            "broker",
            "dealer",
            "banker",
            "lawyer",
            "attorney",
            "economist",
            "official",
            "activist",
            "doctor",
            "professor",
            "researcher",
            "scientist",
        ]
    )
}

/// Words that may appear inside a role title before the head: "press", "deputy", "defense".
pub(crate) fn is_role_modifier(word: &str) -> bool {
    in_set!(
        word,
        [
            "press",
            "deputy",
            "foreign",
            "defense",
            "defence",
            "prime",
            "vice",
            "executive",
            "state",
            "senior",
            "assistant",
            "acting",
            "former",
            "interior",
            "finance",
            "economy",
            "top",
            "chief",
            "general",
            "military",
            "government",
            "administration",
            "department",
            "ministry",
            "white",
            "house",
            "national",
            "security",
            "health",
            "trade",
            "energy",
            "justice",
            "home",
            "affairs",
            "company",
            "police",
            "army",
            "navy",
            "presidential",
            "spokesman",
            "spokeswoman",
            "of",
            "u.s.",
            "us",
            "local",
            "regional",
            "federal",
            "union",
            "party",
            "opposition",
            "rebel",
            "high-ranking",
            "high",
            "ranking",
            "european",
            "western",
            "russian",
            "american",
            "british",
            "chinese",
            "french",
            "german",
            "israeli",
            "iranian",
            "syrian",
            "turkish",
            "ukrainian",
            "japanese",
            "indian",
            "other",
            "independent",
            "private",
            "industry",
            "bank",
            "central",
            "oil",
            "market",
            "the",
        ]
    )
}

/// Head nouns of unnamed institutions: "the company said", "the ministry said".
pub(crate) fn is_org_noun(word: &str) -> bool {
    in_set!(
        word,
        [
            "company",
            "ministry",
            "department",
            "government",
            "agency",
            "embassy",
            "office",
            "army",
            "military",
            "committee",
            "council",
            "commission",
            "bank",
            "court",
            "party",
            "administration",
            "firm",
            "group",
            "alliance",
            "union",
            "newspaper",
            "paper",
            "board",
            "authority",
            "regulator",
            "corporation",
            "statement",
            "report",
            "spokesman's office",
            "kremlin",
            "pentagon",
            "cabinet",
            "parliament",
            "organization",
            "organisation",
            "institute",
            "airline",
            "bureau",
            "exchange",
            "utility",
            "unit",
            "subsidiary",
            "maker",
            "producer",
            "lender",
            "insurer",
            "operator",
            "carrier",
            "team",
            "club",
            "police",
            "coalition",
            "movement",
            "campaign",
            "foundation",
            "network",
            "station",
            "channel",
            "website",
            "magazine",
            "journal",
            "daily",
            "treasury",
            "institution",
            "body",
            "association",
            "federation",
            "conference",
            "syndicate",
            "consortium",
        ]
    )
}

/// Words that do not speak although they head a subject: a report or statement is a source
/// document, and attributing to it would invent a speaker.
pub(crate) fn is_document_noun(word: &str) -> bool {
    in_set!(word, ["statement", "report"])
}

/// Determiners dropped from the front of a speaker's name.
pub(crate) fn is_determiner(word: &str) -> bool {
    in_set!(word, ["the", "a", "an", "some", "many", "several", "other", "most", "both"])
}

/// Adverbs and auxiliaries that can stand between a subject and its cue: "X also said",
/// "X has repeatedly warned".
pub(crate) fn is_cue_adverb(word: &str) -> bool {
    in_set!(
        word,
        [
            "also",
            "reportedly",
            "later",
            "earlier",
            "again",
            "previously",
            "had",
            "has",
            "have",
            "would",
            "will",
            "did",
            "does",
            "do",
            "once",
            "repeatedly",
            "publicly",
            "privately",
            "then",
            "further",
            "separately",
            "recently",
            "already",
            "subsequently",
            "specifically",
            "initially",
            "first",
            "last",
            "explicitly",
            "openly",
            "just",
            "since",
            "often",
            "frequently",
            "always",
            "never",
            "still",
            "flatly",
            "firmly",
            "strongly",
            "angrily",
            "bluntly",
            "simply",
            "quickly",
            "immediately",
            "finally",
            "had",
            "may",
            "might",
            "could",
            "can",
            "should",
            "today",
            "yesterday",
            "on",
            "late",
            "early",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ]
    )
}

/// Prepositions that open an attribution tail: "said at a briefing", "said in a statement".
pub(crate) fn is_tail_preposition(word: &str) -> bool {
    in_set!(
        word,
        [
            "at",
            "in",
            "on",
            "during",
            "after",
            "before",
            "while",
            "from",
            "to",
            "with",
            "for",
            "via",
            "through",
            "following",
            "ahead",
            "according",
            "referring",
            "citing",
            "speaking",
            "when",
            "late",
            "early",
            "earlier",
            "later",
            "again",
            "also",
            "last",
            "this",
            "as",
            "by",
            "over",
            "outside",
            "inside",
            "upon",
            "without",
        ]
    )
}

/// Fixed addressees of "told": "told reporters", "told the BBC".
pub(crate) fn is_audience_word(word: &str) -> bool {
    in_set!(
        word,
        [
            "reporters",
            "journalists",
            "lawmakers",
            "parliament",
            "congress",
            "senators",
            "legislators",
            "delegates",
            "supporters",
            "students",
            "investors",
            "analysts",
            "listeners",
            "viewers",
            "readers",
            "audience",
            "audiences",
            "crowd",
            "crowds",
            "media",
            "press",
            "newspaper",
            "agency",
            "broadcaster",
            "television",
            "radio",
            "him",
            "her",
            "them",
            "us",
            "me",
            "members",
            "parliamentarians",
            "officials",
            "correspondents",
            "participants",
            "attendees",
            "guests",
            "employees",
            "staff",
            "workers",
            "troops",
            "residents",
            "a",
            "an",
            "the",
            "his",
            "her",
            "their",
            "state",
            "local",
            "foreign",
            "news",
            "conference",
            "briefing",
            "meeting",
            "committee",
            "hearing",
            "gathering",
            "rally",
            "summit",
            "session",
        ]
    )
}

/// The subordinator that opens a reported clause.
pub(crate) fn is_that(word: &str) -> bool {
    word == "that"
}

/// Function words that end a capitalized run even when sentence-initial ("But U.S.
/// officials" is "U.S. officials").
pub(crate) fn is_function_word(word: &str) -> bool {
    in_set!(
        word,
        [
            "but",
            "and",
            "or",
            "so",
            "yet",
            "meanwhile",
            "however",
            "earlier",
            "later",
            "also",
            "in",
            "on",
            "at",
            "when",
            "while",
            "after",
            "before",
            "if",
            "as",
            "since",
            "although",
            "though",
            "because",
            "still",
            "now",
            "then",
            "where",
            "which",
            "who",
            "that",
            "this",
            "these",
            "those",
            "there",
            "here",
            "with",
            "without",
            "for",
            "from",
            "to",
            "by",
            "we",
            "i",
            "you",
            "it",
            "they",
            "he",
            "she",
            "until",
            "during",
            "under",
            "over",
            "into",
            "what",
            "why",
            "how",
            "not",
            "no",
            "instead",
            "thus",
            "today",
            "yesterday",
            "indeed",
            "moreover",
            "furthermore",
            "separately",
            "finally",
            "last",
            "next",
            "first",
            "asked",
            "speaking",
            "according",
            "said",
            "says",
            "told",
        ]
    )
}

/// Whether a token ends in a possessive "'s" (any apostrophe), which makes it a modifier,
/// never a subject: "Kerry's remarks".
pub(crate) fn is_possessive(word: &str) -> bool {
    ["'s", "\u{2019}s", "\u{b4}s", "'S"].iter().any(|p| word.ends_with(p)) || word.ends_with("s'")
}

/// Whether a word starts with an uppercase letter.
pub(crate) fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Last words that make a name an organization whatever the name finder guessed:
/// "Heck's Inc", "Imperial Chemical Industries PLC".
pub(crate) fn is_corporate_suffix(word: &str) -> bool {
    in_set!(
        word.trim_end_matches('.'),
        [
            "inc",
            "corp",
            "corporation",
            "co",
            "ltd",
            "plc",
            "llc",
            "ag",
            "sa",
            "nv",
            "bv",
            "gmbh",
            "spa",
            "ab",
            "oy",
            "bhd",
            "group",
            "holdings",
            "bank",
            "industries",
            "partners",
            "trust",
            "company",
            "limited",
            "airlines",
            "motors",
            "technologies",
            "systems",
            "bancorp",
            "associates",
            "enterprises",
            "ministry",
            "agency",
            "council",
            "commission",
            "committee",
            "department",
            "institute",
            "university",
            "union",
            "party",
            "federation",
            "association",
            "authority",
            "exchange",
            "board",
            "fund",
            "terminals",
            "resources",
            "communications",
            "airways",
            "foods",
            "products",
            "services",
            "networks",
            "properties",
            "securities",
            "laboratories",
            "pharmaceuticals",
            "electronics",
            "entertainment",
            "petroleum",
            "steel",
            "mining",
            "media",
            "capital",
            "insurance",
            "investments",
            "brands",
            "stores",
            "logistics",
            "shipping",
            "lines",
            "chemicals",
            "solutions",
            "software",
            "telecom",
            "railways",
            "ventures",
        ]
    )
}

/// Collapses runs of whitespace (names wrapped across lines) into single spaces.
pub(crate) fn squash_spaces(s: &str) -> String {
    if !s.contains(|c: char| c.is_whitespace() && c != ' ') && !s.contains("  ") {
        return s.to_string();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Honorifics before a name: "Dr Ingrid Solberg", "Mr. Toner".
pub(crate) fn is_honorific(word: &str) -> bool {
    in_set!(
        word.trim_end_matches('.'),
        [
            "dr",
            "mr",
            "mrs",
            "ms",
            "prof",
            "professor",
            "sir",
            "dame",
            "lord",
            "lady",
            "rev",
            "sheikh",
            "gen",
            "col",
            "capt",
            "lt",
            "sgt",
            "adm",
        ]
    )
}

/// News agencies and outlets: named in datelines and credits, they are rarely what "the
/// agency" or "the company" in a story refers to.
pub(crate) fn is_news_outlet(name: &str) -> bool {
    const OUTLETS: &[&str] = &[
        "reuters",
        "associated press",
        "ap",
        "afp",
        "agence france-presse",
        "agence france presse",
        "xinhua",
        "dpa",
        "efe",
        "ansa",
        "kyodo",
        "tass",
        "interfax",
        "upi",
        "bloomberg",
        "anadolu",
        "yonhap",
        "pti",
        "press trust of india",
        "ians",
        "ria novosti",
        "sputnik",
        "bbc",
        "cnn",
        "al jazeera",
        "the washington post",
        "washington post",
        "new york times",
        "the new york times",
        "wall street journal",
        "the wall street journal",
        "financial times",
    ];
    OUTLETS.iter().any(|o| name.eq_ignore_ascii_case(o))
}

/// Titles that speak for an institution rather than as themselves.
pub(crate) fn is_spokes_title(word: &str) -> bool {
    in_set!(word, ["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"])
}
