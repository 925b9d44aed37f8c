//! The scan over one document: cues in text order, with running state (last speakers,
//! role → person) so each claim is resolved without looking back over the article.

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use whosaid_core::{Claim, ClaimKind, DateBasis, EntityKind, PartialDate, Span, Speaker};
use whosaid_gazetteer::{EntityId, Mention, RoleMention};
use whosaid_tokenize::{QuoteSpan, Token, TokenKind};

use crate::dates::{self, DateExpr};
use crate::lexicon::{BuildFx, ClauseKind, CueForm, Lexicon};
use crate::printed;
use crate::words::{self, Gender, Pronoun, SplitWords};
use crate::Document;

/// How far (in tokens) the rules look for a "that" after a prepositional tail.
const TAIL_LOOKAHEAD: usize = 20;
/// The shortest lede paragraph, in bytes: headlines and standfirsts are shorter.
const LEDE_BYTES: usize = 120;
/// The longest speaker phrase, in tokens.
const MAX_NP: usize = 10;

/// Finds the claims of one document.
pub(crate) fn attribute(lexicon: &Lexicon, doc: &Document<'_>) -> Vec<Claim> {
    let mut scan = Scan::new(lexicon, doc);
    scan.run();
    scan.claims
}

/// A speaker phrase: the resolved speaker and the tokens the phrase covers.
#[derive(Clone, Debug)]
struct Np {
    speaker: Speaker,
    /// First token of the phrase, role and determiner included.
    first: usize,
    /// Last token of the phrase.
    last: usize,
    /// Where the speaker is named.
    name_span: Span,
}

/// What precedes the attribution (the speaker phrase, or the cue when inverted).
#[derive(Clone, Copy, Debug)]
enum Before<'a> {
    /// A closing quotation mark (maybe then a comma): `"…," X said`.
    Quote(&'a QuoteSpan),
    /// A comma at token index: `<statement>, X said`.
    Comma(usize),
    /// Anything else.
    Other,
}

/// What follows the cue (and its addressee and date).
#[derive(Clone, Copy, Debug)]
enum After<'a> {
    /// The sentence ends, maybe after a tail ("at a briefing"): a trailing attribution.
    End,
    /// A quotation introduced by ":" or ",": `X said: "…"`.
    Quote(&'a QuoteSpan),
    /// A reported clause starting at this token.
    Clause(usize),
    /// A comma and more of the statement: `A, the company said, B.`
    Resume(usize),
}

/// The previous claim, for quotes that continue it in the next paragraph.
#[derive(Clone, Debug)]
struct LastClaim {
    paragraph: usize,
    /// Where the claim's statement ends in the text: "X accused Y of … and said …" gives
    /// the second cue X when the first claim is in the same sentence.
    end: usize,
    speaker: Speaker,
    quoting: bool,
    stated_on: Option<PartialDate>,
    date_basis: DateBasis,
}

struct Scan<'a> {
    /// The article is written wholly in lower case (a scraper's dump): names have no
    /// capitals, so name shape falls back to what the word is not.
    lowercase_text: bool,
    lexicon: &'a Lexicon,
    doc: &'a Document<'a>,
    text: &'a str,
    toks: &'a [Token],
    quotes: &'a [QuoteSpan],
    mentions: &'a [Mention],
    role_mentions: &'a [RoleMention],
    /// Where the page prints a listed person's name when it never prints the list's
    /// ([`printed::printed_names`]): the speaker is named as printed.
    printed_names: HashMap<EntityId, Span, BuildFx>,
    mention_cursor: usize,
    quote_cursor: usize,
    last_person: Option<Speaker>,
    last_org: Option<Speaker>,
    /// The last few organizations named, newest last, for "the ministry" → the ministry.
    recent_orgs: Vec<Speaker>,
    /// The newest organization named in its own right, not only as a speaker's employer
    /// ("an analyst at Krell Securities"): what a generic "the company" refers to.
    story_org: Option<Speaker>,
    /// The last organization that opened a sentence or spoke ("Acme said it would buy
    /// Brill Inc"): the company a story is about, likelier to be "the company" than a
    /// buyer, lender or investor named since.
    subject_org: Option<Speaker>,
    /// The newest country mention: its speaker depends only on the mention and the text,
    /// so it is built only when a pronoun resolves to it.
    last_country: Option<&'a Mention>,
    last_person_speaker: Option<Speaker>,
    last_plural_speaker: Option<Speaker>,
    last_thing_speaker: Option<Speaker>,
    role_people: HashMap<String, Speaker, BuildFx>,
    /// The last person introduced with each nationality ("his Turkish counterpart Hakan
    /// Fidan", "Russia's foreign minister, Ivan Orlov"), by country: "the Turkish minister"
    /// of a later sentence is them, not the last minister named.
    nationals: HashMap<EntityId, Speaker, BuildFx>,
    /// The nationality each person was introduced with, by name.
    nationality_of: HashMap<String, EntityId, BuildFx>,
    /// The last person named with a title, for a generic "the official".
    last_titled_person: Option<Speaker>,
    /// The last institution that spoke through an unnamed spokesperson ("a Kepco
    /// spokesman"): what a later "the spokesman" stands for.
    last_spokes_org: Option<Speaker>,
    /// The last few people named or quoted, newest last, for "she said" when the last
    /// person quoted is a man.
    recent_people: Vec<Speaker>,
    /// Genders learned from titles ("Mrs", "spokeswoman") and resolved pronouns, by name.
    genders: HashMap<String, Gender, BuildFx>,
    /// The person the current paragraph's latest sentence opened with ("Ana Ruiz rejected
    /// that."): a following "She said" is about her more often than about the last speaker.
    paragraph_subject: Option<&'a Mention>,
    /// The person the latest sentence that opened with a person opened with, in any
    /// paragraph: who "the 23-year-old" or "the Briton" of a later paragraph usually is.
    story_subject: Option<&'a Mention>,
    /// Full names of people seen so far, by lowercase surname, for "Van Dijk said" after
    /// "Pieter van Dijk" when the name finder missed one of them.
    people_by_surname: HashMap<String, Speaker, BuildFx>,
    /// Claims whose speaker is a bare title ("a deputy minister said"), by title head,
    /// waiting for the person the article names in that role later.
    pending_roles: HashMap<String, Vec<usize>, BuildFx>,
    /// Where each person was first named, by canonical name: a person met before a title
    /// was used is not the one the title was waiting for.
    first_named: HashMap<String, usize, BuildFx>,
    /// The last unnamed source introduced by a bare title ("A senior defense official
    /// said"), by title head, with its paragraph: what "the official" of the next
    /// sentences is, until someone is named with that title.
    last_unnamed: Option<(String, Speaker, usize)>,
    /// The last bodies that spoke together ("The WHO and UNICEF said"): what "the two
    /// agencies" and "both organisations" of the next sentences are.
    last_joint: Option<Speaker>,
    /// The last speaker who spoke in a statement ("X said in a statement", "In a
    /// statement, X said"), with its paragraph: who "the statement said" later is.
    statement_issuer: Option<(Speaker, usize)>,
    consumed: usize,
    sentence: Range<usize>,
    paragraph: usize,
    paragraph_span: Span,
    last_claim: Option<LastClaim>,
    /// The article's lede: its first paragraph long enough not to be a headline or a
    /// standfirst, where a present perfect ("X has warned that …") reports the news of the
    /// day.
    lede_paragraph: Option<usize>,
    seen: HashSet<u64, BuildFx>,
    fold_buf: FoldBuf,
    /// [`Scan::role_left`] of the last person mention the running state saw, by its first
    /// token; it depends only on the document.
    role_left_memo: Cell<Option<RoleLeft<'a>>>,
    /// Where the last token lookup landed: the rules look around the cue they are at, so
    /// the next lookup is usually a few steps away.
    token_hint: Cell<usize>,
    /// For each token, the index of the mention [`Scan::any_mention_at`] finds for it
    /// ([`NO_MENTION`] if none): built once, in one pass, as the rules ask about the same
    /// tokens many times.
    mention_of_token: Vec<u32>,
    /// For each mention, the first token starting at or after its start, found while
    /// building `mention_of_token`: the running state asks it of every mention it notes.
    first_token_of_mention: Vec<usize>,
    /// The same for role mentions and quotations: a long article has thousands of them.
    role_hint: Cell<usize>,
    quote_hint: Cell<usize>,
    claims: Vec<Claim>,
}

/// A name's first token, and the first token and text of the role title before it.
type RoleLeft<'a> = (usize, Option<(usize, &'a str)>);

impl<'a> Scan<'a> {
    fn new(lexicon: &'a Lexicon, doc: &'a Document<'a>) -> Scan<'a> {
        let (mention_of_token, first_token_of_mention) =
            mentions_by_token(&doc.tokens.tokens, &doc.annotation.mentions);
        Scan {
            lowercase_text: is_lowercase_text(doc.text),
            lexicon,
            doc,
            text: doc.text,
            toks: &doc.tokens.tokens,
            quotes: &doc.tokens.quotes,
            mentions: &doc.annotation.mentions,
            role_mentions: &doc.annotation.roles,
            printed_names: printed::printed_names(doc.text, &doc.annotation.mentions),
            mention_cursor: 0,
            quote_cursor: 0,
            last_person: None,
            last_org: None,
            recent_orgs: Vec::new(),
            story_org: None,
            subject_org: None,
            last_country: None,
            last_person_speaker: None,
            last_plural_speaker: None,
            last_thing_speaker: None,
            role_people: HashMap::default(),
            nationals: HashMap::default(),
            nationality_of: HashMap::default(),
            last_titled_person: None,
            last_spokes_org: None,
            recent_people: Vec::new(),
            genders: HashMap::default(),
            paragraph_subject: None,
            story_subject: None,
            people_by_surname: HashMap::default(),
            pending_roles: HashMap::default(),
            first_named: HashMap::default(),
            last_unnamed: None,
            last_joint: None,
            statement_issuer: None,
            consumed: 0,
            sentence: 0..0,
            paragraph: usize::MAX,
            paragraph_span: Span::default(),
            last_claim: None,
            lede_paragraph: None,
            seen: HashSet::default(),
            fold_buf: FoldBuf::default(),
            role_left_memo: Cell::new(None),
            token_hint: Cell::new(0),
            mention_of_token,
            first_token_of_mention,
            role_hint: Cell::new(0),
            quote_hint: Cell::new(0),
            claims: Vec::new(),
        }
    }

    fn run(&mut self) {
        let sentences = &self.doc.tokens.sentences;
        for sentence in sentences {
            if sentence.paragraph != self.paragraph {
                self.enter_paragraph(sentence.paragraph);
            }
            let end = sentence.tokens.end.min(self.toks.len());
            self.sentence = sentence.tokens.start.min(end)..end;
            // "The Acme Group …", "The WHO and UNICEF …": both openings read past an article.
            let opening = self.sentence.start
                + usize::from(self.word(self.sentence.start).is_some_and(words::is_determiner));
            if let Some(org) = self.sentence_org_subject(opening) {
                let org = self.speaker_of(org);
                self.note_subject_org(&org);
            }
            if let Some(subject) = self.sentence_subject() {
                self.paragraph_subject = Some(subject);
                self.story_subject = Some(subject);
            }
            self.note_joint_opening(opening);
            let mut i = self.sentence.start;
            while i < self.sentence.end {
                i = match self.try_cue(i) {
                    Some(next) => next.max(i + 1),
                    None => i + 1,
                };
            }
        }
        // Names after the last cue can still name a title used earlier.
        self.advance_mentions(usize::MAX);
    }

    // ---- token helpers -------------------------------------------------------------

    #[inline]
    fn word(&self, i: usize) -> Option<&'a str> {
        self.toks.get(i).and_then(|t| t.span().get(self.text))
    }

    #[inline]
    fn span(&self, i: usize) -> Option<Span> {
        self.toks.get(i).map(|t| t.span())
    }

    #[inline]
    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && self.word(i) == Some(p)
    }

    fn word_is(&self, i: usize, w: &str) -> bool {
        self.word(i).is_some_and(|t| t.eq_ignore_ascii_case(w))
    }

    /// Whether token `i` is `len` bytes long: read from the token, so a scan for a short
    /// word ("in", "and") slices the text only at tokens of its length.
    #[inline]
    fn len_is(&self, i: usize, len: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.span().len() == len)
    }

    fn in_sentence(&self, i: usize) -> bool {
        self.sentence.contains(&i)
    }

    fn in_paragraph(&self, i: usize) -> bool {
        self.span(i).is_some_and(|s| self.paragraph_span.contains(s))
    }

    /// Index of the first token starting at or after `byte`.
    fn token_at(&self, byte: usize) -> usize {
        near_partition(self.toks, &self.token_hint, |t| t.span().start < byte)
    }

    /// [`Scan::token_at`] of mention `m`'s start: looked up when `m` is one of the
    /// document's mentions (as every mention the rules hold is), else searched.
    fn mention_first_token(&self, m: &Mention) -> usize {
        let size = std::mem::size_of::<Mention>().max(1);
        let offset = (m as *const Mention as usize).wrapping_sub(self.mentions.as_ptr() as usize);
        let k = offset / size;
        match self.first_token_of_mention.get(k) {
            Some(&first)
                if offset % size == 0
                    && self.mentions.get(k).is_some_and(|x| std::ptr::eq(x, m)) =>
            {
                first
            }
            _ => self.token_at(m.span.start),
        }
    }

    /// The name mention covering token `i`; demonyms ("Russian") are modifiers, not names.
    fn mention_at(&self, i: usize) -> Option<&'a Mention> {
        self.any_mention_at(i).filter(|m| !m.adjective)
    }

    fn any_mention_at(&self, i: usize) -> Option<&'a Mention> {
        let k = *self.mention_of_token.get(i)?;
        self.mentions.get(usize::try_from(k).ok()?)
    }

    fn in_role_mention(&self, i: usize) -> bool {
        let Some(s) = self.span(i) else { return false };
        let k = near_partition(self.role_mentions, &self.role_hint, |r| r.span.end <= s.start);
        self.role_mentions.get(k).is_some_and(|r| r.span.start <= s.start && s.start < r.span.end)
    }

    /// Whether token `i` is in the bare title of a role mention ("Minister" in "Kuwait's
    /// Prime Minister"), not in its modifiers.
    fn in_role_title(&self, i: usize) -> bool {
        let Some(s) = self.span(i) else { return false };
        let k = near_partition(self.role_mentions, &self.role_hint, |r| r.span.end <= s.start);
        self.role_mentions
            .get(k)
            .is_some_and(|r| r.title_span.start <= s.start && s.start < r.title_span.end)
    }

    fn inside_quote(&self, byte: usize) -> bool {
        let k = near_partition(self.quotes, &self.quote_hint, |q| q.span.start <= byte);
        k.checked_sub(1).and_then(|k| self.quotes.get(k)).is_some_and(|q| byte < q.span.end)
    }

    fn closing_quote(&self, i: usize) -> Option<&'a QuoteSpan> {
        if self.kind(i) != Some(TokenKind::Quote) {
            return None;
        }
        let s = self.span(i)?;
        let k = near_partition(self.quotes, &self.quote_hint, |q| q.span.start < s.end);
        let q = self.quotes.get(k.checked_sub(1)?)?;
        (q.span.end == s.end && q.span.start < s.start).then_some(q)
    }

    fn opening_quote(&self, i: usize) -> Option<&'a QuoteSpan> {
        if self.kind(i) != Some(TokenKind::Quote) {
            return None;
        }
        let s = self.span(i)?;
        let k = near_partition(self.quotes, &self.quote_hint, |q| q.span.start < s.start);
        self.quotes.get(k).filter(|q| q.span.start == s.start)
    }

    fn speaker_of(&self, m: &Mention) -> Speaker {
        let id = m.entity.and_then(|e| self.doc.gazetteer.entity(e)).map(|e| e.id.clone());
        let corporate = || words::last_word(&m.name).is_some_and(words::is_corporate_suffix);
        let kind = match m.kind {
            // Names found by shape alone default to people; a corporate suffix says otherwise.
            EntityKind::Person | EntityKind::Unknown if id.is_none() && corporate() => {
                EntityKind::Organization
            }
            EntityKind::Unknown if id.is_none() => EntityKind::Person,
            kind => kind,
        };
        if id.is_none() && matches!(kind, EntityKind::Person | EntityKind::Organization) {
            // "Lone Star said" after "Lone Star Industries Inc".
            if let Some(org) = self.org_by_short_name(&m.name) {
                return org;
            }
        }
        if kind == EntityKind::Person && id.is_none() {
            if let Some(known) = self.person_by_partial_name(&m.name) {
                let mut known = known.clone();
                known.role = None;
                return known;
            }
        }
        let printed = m.entity.and_then(|e| self.printed_names.get(&e));
        let mut name = printed.and_then(|s| self.text.get(s.start..s.end)).unwrap_or(&m.name);
        let mut role = None;
        if kind == EntityKind::Person && id.is_none() {
            (name, role) = strip_leading_titles(name);
        }
        Speaker { name: words::squash_spaces(name), id, kind, role: role.map(str::to_string) }
    }

    /// Whether `w` has a name's shape: capitalized, or in a text written wholly in lower
    /// case, any word that is not a function word, cue, role word or date.
    fn cap(&self, w: &str) -> bool {
        if words::is_capitalized(w) {
            return true;
        }
        self.lowercase_text
            && w.chars().next().is_some_and(char::is_alphabetic)
            && !words::is_function_word(w)
            && !words::is_determiner(w)
            && !words::is_cue_adverb(w)
            && !words::is_role_noun(w)
            && !words::is_role_modifier(w)
            && !words::is_group_noun(w)
            && !words::is_possessive(w)
            && !words::is_audience_word(w)
            && !self.lexicon.starts_cue(w)
            && dates::parse_at(|_| Some(w), 0).is_none()
            && !matches!(w, "who" | "which" | "that" | "whose" | "its" | "their" | "his" | "her")
    }

    fn text_of(&self, first: usize, last: usize) -> Option<&'a str> {
        let (a, b) = (self.span(first)?, self.span(last)?);
        Span::new(a.start, b.end).get(self.text)
    }

    // ---- running state -----------------------------------------------------------

    fn enter_paragraph(&mut self, p: usize) {
        self.paragraph = p;
        self.paragraph_subject = None;
        self.paragraph_span = self.doc.tokens.paragraphs.get(p).map(|x| x.span).unwrap_or_default();
        if self.lede_paragraph.is_none() && self.paragraph_span.len() >= LEDE_BYTES {
            self.lede_paragraph = Some(p);
        }
        while self.quotes.get(self.quote_cursor).is_some_and(|q| q.paragraph < p) {
            self.quote_cursor += 1;
        }
        let Some(q) = self.quotes.get(self.quote_cursor) else { return };
        if q.paragraph != p || q.span.start < self.consumed {
            return;
        }
        let para = self.paragraph_span;
        let lead = Span::new(para.start, q.span.start).get(self.text).unwrap_or("x");
        let tail = Span::new(q.span.end, para.end).get(self.text).unwrap_or("x");
        let only_quote = lead.trim().is_empty()
            && tail
                .chars()
                .all(|c| c.is_whitespace() || c.is_ascii_punctuation() || c == '\u{2014}');
        if !only_quote {
            return;
        }
        let Some(last) = self.last_claim.as_ref() else { return };
        if last.paragraph.checked_add(1) != Some(p) {
            return;
        }
        // 'X said the deal was fair.' then '"We fought for it."': a paragraph whose last
        // words were X's reported speech hands the quote on to X as a quoting one does.
        // Narration after the claim ('… Y has worked there for 20 years.') may have
        // introduced whoever speaks next, and a quote left open runs on over paragraphs
        // that an attribution may end.
        let ends_reported = || {
            // '"…," said X' on the next line: a quote ending with a comma waits for its
            // attribution.
            let ends_sentence = Span::new(q.inner.start, q.span.end)
                .get(self.text)
                .and_then(|t| t.trim_end_matches(['"', '\u{201d}', ' ']).chars().next_back())
                .is_some_and(|c| matches!(c, '.' | '!' | '?' | '\u{2026}'));
            if !q.closed || q.continues || !ends_sentence {
                return false;
            }
            let prev = p.checked_sub(1).and_then(|k| self.doc.tokens.paragraphs.get(k));
            prev.and_then(|prev| Span::new(last.end, prev.span.end).get(self.text)).is_some_and(
                |rest| {
                    rest.len() <= 8
                        && rest.chars().all(|c| {
                            c.is_whitespace()
                                || c.is_ascii_punctuation()
                                || matches!(c, '\u{201d}' | '\u{2019}')
                        })
                },
            )
        };
        if !(last.quoting || ends_reported()) {
            return;
        }
        let claim = Claim {
            speaker: last.speaker.clone(),
            speaker_span: None,
            cue: String::new(),
            kind: ClaimKind::Direct,
            span: q.inner,
            pieces: Vec::new(),
            stated_on: last.stated_on,
            date_basis: last.date_basis,
        };
        self.consumed = self.consumed.max(q.span.end);
        self.push(claim, p, true);
    }

    fn advance_mentions(&mut self, byte: usize) {
        while let Some(m) = self.mentions.get(self.mention_cursor) {
            if m.span.start >= byte {
                break;
            }
            self.mention_cursor += 1;
            if m.adjective {
                continue;
            }
            if m.kind == EntityKind::Country {
                // A country keeps its kind and sets only `last_country`, built when read.
                self.last_country = Some(m);
                continue;
            }
            let speaker = self.speaker_of(m);
            match speaker.kind {
                EntityKind::Person => {
                    let first = self.mention_first_token(m);
                    let last = self.token_at(m.span.end).saturating_sub(1);
                    let left = self.role_left(first);
                    self.role_left_memo.set(Some((first, left.as_ref().map(|&(k, _, t)| (k, t)))));
                    let right = if left.is_none() { self.apposition_right(last) } else { None };
                    let country = self.country_before_name(first).or_else(|| {
                        right.as_ref().and_then(|&(end, _, _)| self.country_in(last + 2..end + 1))
                    });
                    if let Some(country) = country {
                        self.note_national(country, &speaker);
                    }
                    let role = left.or(right);
                    if let Some((_, head, title)) = role {
                        self.note_title_org(title);
                        self.fill_pending(&head, &speaker, Some(title));
                        // The title kept with the holder tells whose spokesperson they are.
                        let mut holder = speaker.clone();
                        holder.role = Some(words::squash_spaces(title));
                        if words::is_spokes_title(&head) {
                            self.last_spokes_org = None;
                        }
                        match self.role_people.get_mut(&head) {
                            Some(person) => copy_speaker(person, &holder),
                            None => {
                                self.role_people.insert(head, holder);
                            }
                        }
                        set_speaker(&mut self.last_titled_person, &speaker);
                    }
                    let title = words::first_word(&m.name).and_then(words::title_gender);
                    // The gazetteer's gender (entry, honorific, given-name lexicon) first.
                    let known = m.gender.map(|g| match g {
                        whosaid_gazetteer::Gender::Female => Gender::Female,
                        whosaid_gazetteer::Gender::Male => Gender::Male,
                    });
                    if !self.genders.contains_key(&speaker.name) {
                        if let Some(g) = known.or_else(|| self.honorific_gender(first)).or(title) {
                            self.genders.insert(speaker.name.clone(), g);
                        }
                    }
                    if !self.first_named.contains_key(&speaker.name) {
                        self.first_named.insert(speaker.name.clone(), m.span.start);
                    }
                    self.note_person(&speaker);
                    self.note_recent_person(&speaker);
                    self.last_person = Some(speaker);
                }
                EntityKind::Organization => {
                    // The mention's first token serves both tests below.
                    let first = self.mention_first_token(m);
                    if self.is_listing(m, first) {
                        // "(Nasdaq Copenhagen: NRDH)": the exchange is not who the story is
                        // about, nor what "it" or "the company" stands for.
                        continue;
                    }
                    if self.is_affiliation(first) {
                        self.note_affiliation_org(speaker);
                    } else {
                        self.note_org(speaker);
                    }
                }
                EntityKind::Country => self.last_country = Some(m),
                _ => {}
            }
        }
    }

    /// Whether an organization mention is the exchange of a stock listing in brackets after
    /// a company's name: "(NYSE: ACME)", "(Nasdaq Copenhagen: NRDH)". `first` is the
    /// mention's first token; its end is looked up only after a bracket.
    fn is_listing(&self, m: &Mention, first: usize) -> bool {
        let opens = first.checked_sub(1).is_some_and(|p| self.is_punct(p, "("));
        if !opens {
            return false;
        }
        let last = self.token_at(m.span.end);
        (last..last + 3).take_while(|&k| !self.is_punct(k, ")")).any(|k| self.is_punct(k, ":"))
    }

    /// The country of a person's introduction: a country or its adjective among the few
    /// modifiers right before the name ("his Turkish counterpart", "Kenya's Health CS").
    fn country_before_name(&self, name_first: usize) -> Option<EntityId> {
        let mut k = name_first;
        for _ in 0..4 {
            let p = k.checked_sub(1)?;
            let w = self.word(p)?;
            if !self.is_word(p)
                || self.line_break_between(p, k)
                || words::is_function_word(w)
                || words::is_determiner(w)
                || self.lexicon.starts_cue(w)
            {
                return None;
            }
            if let Some(m) = self.any_mention_at(p) {
                return match m.kind {
                    EntityKind::Country => m.entity,
                    _ => None,
                };
            }
            k = p;
        }
        None
    }

    /// The first country named among `tokens` (an apposition: "Ivan Orlov, Russia's
    /// foreign minister,").
    fn country_in(&self, tokens: Range<usize>) -> Option<EntityId> {
        tokens.take(MAX_NP).find_map(|k| {
            self.any_mention_at(k).filter(|m| m.kind == EntityKind::Country).and_then(|m| m.entity)
        })
    }

    fn note_national(&mut self, country: EntityId, person: &Speaker) {
        match self.nationals.get_mut(&country) {
            Some(known) => copy_speaker(known, person),
            None => {
                self.nationals.insert(country, person.clone());
            }
        }
        if self.nationality_of.get(&person.name) != Some(&country) {
            self.nationality_of.insert(person.name.clone(), country);
        }
    }

    /// The person a title with a nationality describes ("the Turkish minister"): when the
    /// title's last holder was introduced with another country, the last person introduced
    /// with this one, if they hold the same title or were given none ("his Turkish
    /// counterpart").
    fn national_holder<'s>(
        &'s self,
        modifiers: Range<usize>,
        head_lc: &str,
        holder: Option<&'s Speaker>,
    ) -> Option<&'s Speaker> {
        let country = modifiers.clone().find_map(|k| {
            self.any_mention_at(k)
                .filter(|m| m.kind == EntityKind::Country && m.adjective)
                .and_then(|m| m.entity)
        });
        let Some(country) = country else {
            return holder;
        };
        let holder_country = holder.and_then(|h| self.nationality_of.get(&h.name));
        if holder_country.map_or(true, |&c| c == country) {
            return holder;
        }
        let same_title = |p: &&Speaker| {
            p.role
                .as_deref()
                .and_then(role_head)
                .map_or(true, |h| h == head_lc || same_office(head_lc).contains(&h.as_str()))
        };
        self.nationals.get(&country).filter(same_title).or(holder)
    }

    fn note_recent_person(&mut self, person: &Speaker) {
        const KEEP: usize = 8;
        if self.recent_people.last().is_some_and(|p| p.name == person.name) {
            return;
        }
        // Names are unique in the list, so moving a known person to the end reuses their
        // entry's strings.
        match self.recent_people.iter().position(|o| o.name == person.name) {
            Some(at) => {
                let mut known = self.recent_people.remove(at);
                copy_speaker(&mut known, person);
                self.recent_people.push(known);
            }
            None => {
                if self.recent_people.len() >= KEEP {
                    self.recent_people.remove(0);
                }
                self.recent_people.push(person.clone());
            }
        }
    }

    /// The gender an honorific right before token `first` shows: "Mrs Ruiz", "Mr. Ruiz".
    fn honorific_gender(&self, first: usize) -> Option<Gender> {
        let p = first.checked_sub(1).filter(|&p| self.in_sentence(p))?;
        let p = if self.is_punct(p, ".") { p.checked_sub(1)? } else { p };
        self.word(p).and_then(words::title_gender)
    }

    /// A person's gender: learned in this article, else from the given name, else from the
    /// title ("spokeswoman").
    fn gender_of(&self, person: &Speaker) -> Option<Gender> {
        if let Some(g) = self.genders.get(&person.name) {
            return Some(*g);
        }
        let given = person.name.split_words().find(|w| !words::is_honorific(w));
        given
            .and_then(words::given_name_gender)
            .or_else(|| words::first_word(&person.name).and_then(words::title_gender))
            .or_else(|| {
                person.role.as_deref().and_then(|r| r.split_words().find_map(words::title_gender))
            })
    }

    /// The person the current sentence opens with, before any quotation: "Ana Ruiz
    /// rejected that", "Chief executive Ana Ruiz said".
    fn sentence_subject(&self) -> Option<&'a Mention> {
        let stop = self.sentence.end.min(self.sentence.start + 6);
        for k in self.sentence.start..stop {
            if self.kind(k) == Some(TokenKind::Quote) || self.is_punct(k, ",") {
                return None;
            }
            if let Some(m) = self.mention_at(k) {
                // "South Africa captain Ana Ruiz was more measured": a country or body
                // before a title only says whose title it is.
                let after = self.token_at(m.span.end);
                let opens = self.span(self.sentence.start).is_some_and(|s| s.start == m.span.start);
                let title_follows = opens
                    && m.kind != EntityKind::Person
                    && m.kind != EntityKind::Unknown
                    && self
                        .word(after)
                        .is_some_and(|w| words::is_role_noun(w) || words::is_role_modifier(w));
                if title_follows {
                    continue;
                }
                // "President Ruiz's spokesman, Ana Lund, said …": the owner is not the subject.
                let owner = self.word(self.token_at(m.span.end)).is_some_and(|w| {
                    w.starts_with('\'') || w.starts_with('\u{2019}') || w.starts_with('\u{b4}')
                }) || self.text.get(m.span.end..).is_some_and(|t| {
                    t.starts_with("'s") || t.starts_with("\u{2019}s") || t.starts_with("s'")
                });
                if owner {
                    return None;
                }
                // Resolved to a speaker only when a pronoun needs it.
                return matches!(m.kind, EntityKind::Person | EntityKind::Unknown).then_some(m);
            }
        }
        None
    }

    /// The organization the current sentence opens with: "Acme Holdings said", "The Acme
    /// Group on Monday agreed to buy …".
    /// `k` is the sentence's first token after an article.
    fn sentence_org_subject(&self, k: usize) -> Option<&'a Mention> {
        let m = self.any_mention_at(k)?;
        let opens = self.span(k).is_some_and(|s| s.start == m.span.start);
        (opens && m.kind == EntityKind::Organization && !m.adjective).then_some(m)
    }

    fn note_subject_org(&mut self, org: &Speaker) {
        let proper = org.name.chars().next().is_some_and(|c| !c.is_lowercase());
        if proper && !words::is_news_outlet(&org.name) {
            set_speaker(&mut self.subject_org, org);
        }
    }

    fn note_person(&mut self, person: &Speaker) {
        // Two words at the least: the last one and another before it.
        let Some(last) = words::last_word(&person.name) else { return };
        let before = person.name.get(..last.as_ptr() as usize - person.name.as_ptr() as usize);
        if words::first_word(before.unwrap_or("")).is_none() {
            return;
        }
        let mut buf = [0u8; 24];
        if self.people_by_surname.contains_key(lowercase(last, &mut buf).as_ref()) {
            return;
        }
        self.people_by_surname.entry(last.to_lowercase()).or_insert_with(|| person.clone());
    }

    /// The person a partial name ("Van Dijk", "Al Khatib") refers to, if a fuller form of it
    /// was seen.
    fn person_by_partial_name(&self, partial: &str) -> Option<&Speaker> {
        let mut buf = [0u8; 24];
        let last = lowercase(words::last_word(partial)?, &mut buf);
        let known = self.people_by_surname.get(last.as_ref())?;
        if known.name.len() <= partial.len() {
            return None;
        }
        if partial.is_ascii() && known.name.is_ascii() {
            // ASCII folding keeps every byte in place: the tests below without lowercased
            // copies.
            let (p, k) = (partial.as_bytes(), known.name.as_bytes());
            let ends = k.get(k.len() - p.len()..).is_some_and(|t| t.eq_ignore_ascii_case(p));
            let same_first = || {
                let (Some(a), Some(b)) =
                    (partial.split_whitespace().next(), known.name.split_whitespace().next())
                else {
                    return false;
                };
                a.eq_ignore_ascii_case(b) && partial.split_whitespace().nth(1).is_some()
            };
            return (ends || same_first()).then_some(known);
        }
        let partial_lc = partial.to_lowercase();
        let known_lc = known.name.to_lowercase();
        // "Van Dijk" for "Pieter van Dijk"; "Ana Ruiz" for "Ana Lucia Ruiz" (a middle name
        // dropped on second mention).
        let same_first = || {
            let (Some(a), Some(b)) =
                (partial_lc.split_whitespace().next(), known_lc.split_whitespace().next())
            else {
                return false;
            };
            a == b && partial_lc.split_whitespace().count() >= 2
        };
        (known.name.len() > partial.len() && (known_lc.ends_with(&partial_lc) || same_first()))
            .then_some(known)
    }

    /// "Ó Murchú said" after "a try from Cian Ó Murchú", "ntuli-mbeki said" after "lwazi
    /// ntuli-mbeki": a surname with a particle or a hyphen, which the name finder did not
    /// take as a name, is the full name written with it earlier in the article (the given
    /// name right before it). Other surnames are too common to match by text alone.
    fn full_name_before(&self, partial: &str, before: usize) -> Option<String> {
        let first = partial.split_whitespace().next()?;
        let distinctive = partial.contains('-')
            || is_gaelic_particle(first)
            || (first.len() <= 4 && is_name_particle(&first.to_ascii_lowercase()));
        if !distinctive || partial.len() < 4 {
            return None;
        }
        let head = self.text.get(..before)?;
        head.match_indices(partial).find_map(|(at, _)| {
            let lead = head.get(..at)?.strip_suffix(' ')?;
            let given = lead.rsplit(|c: char| c.is_whitespace()).next()?;
            let name_like = given.chars().next().is_some_and(char::is_alphabetic)
                && given.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                && self.cap(given)
                && !words::is_function_word(given)
                && !words::is_determiner(given)
                && !words::is_role_noun(given)
                && !words::is_role_modifier(given)
                && !words::is_honorific(given);
            name_like.then(|| format!("{given} {partial}"))
        })
    }

    /// An organization named only as a speaker's employer or title: an antecedent for
    /// "the securities firm", but not the story's "the company".
    fn note_affiliation_org(&mut self, org: Speaker) {
        let story = self.story_org.take();
        self.note_org(org);
        self.story_org = story;
    }

    fn note_org(&mut self, org: Speaker) {
        // "the company's board" left unresolved is no name to refer back to.
        let proper = org.name.chars().next().is_some_and(|c| !c.is_lowercase());
        let same = self.story_org.as_ref().is_some_and(|o| o.name == org.name);
        let outlet = words::is_news_outlet(&org.name);
        if proper && !same && !outlet {
            set_speaker(&mut self.story_org, &org);
        }
        if outlet {
            return;
        }
        // Noting the newest organization again changes nothing.
        if self.recent_orgs.last() == Some(&org) && self.last_org.as_ref() == Some(&org) {
            return;
        }
        const KEEP: usize = 8;
        // Names are unique in the list, so moving a known organization to the end reuses
        // its entry's strings.
        match self.recent_orgs.iter().position(|o| o.name == org.name) {
            Some(at) => {
                let mut known = self.recent_orgs.remove(at);
                copy_speaker(&mut known, &org);
                self.recent_orgs.push(known);
            }
            None => {
                if self.recent_orgs.len() >= KEEP {
                    self.recent_orgs.remove(0);
                }
                self.recent_orgs.push(org.clone());
            }
        }
        self.last_org = Some(org);
    }

    /// The organization "the <head>" refers to: the newest one whose name holds the head
    /// noun; for generic heads ("the company", "the agency") else the newest one.
    fn org_for_noun(&self, head_lc: &str) -> Option<&Speaker> {
        let generic = matches!(
            head_lc,
            "company"
                | "firm"
                | "group"
                | "agency"
                | "organization"
                | "organisation"
                | "body"
                | "institution"
                | "corporation"
                | "concern"
                | "maker"
                | "producer"
                | "lender"
                | "insurer"
                | "operator"
                | "carrier"
                | "airline"
                | "utility"
                | "unit"
                | "subsidiary"
        ) || words::is_trade_noun(head_lc);
        let named = |o: &&Speaker| org_named_as(&o.name, head_lc);
        let mut found = self.recent_orgs.iter().rev().filter(named);
        let newest = found.next();
        // "the regulator" names a body only by its kind: after two regulators it is either.
        if is_kind_noun(head_lc) && newest.is_some() && found.any(|o| Some(o) != newest) {
            return None;
        }
        newest.or_else(|| {
            let proper = |o: &&Speaker| o.name.chars().next().is_some_and(|c| !c.is_lowercase());
            // A business noun names the company the story is about before one named since
            // as its buyer, lender or investor.
            let business = matches!(head_lc, "company" | "firm" | "group" | "concern" | "maker")
                || words::is_trade_noun(head_lc);
            let subject = self
                .subject_org
                .as_ref()
                .filter(|o| business && !words::is_public_body_name(&o.name));
            subject
                .or(self.story_org.as_ref())
                .or(self.recent_orgs.last())
                .filter(proper)
                .filter(|_| generic)
        })
    }

    /// The organization "the <modifiers> <head>" refers to ("the central bank" after "the
    /// Bank of Korea", "the finance ministry" after "the Ministry of Economy and Finance"):
    /// the newest one named with the head noun (or a kindred one) and with every modifier,
    /// except modifiers that only say what sort of body it is ("central", "national").
    fn org_for_described_noun(&self, first: usize, head: usize, head_lc: &str) -> Option<&Speaker> {
        self.recent_orgs.iter().rev().find(|o| {
            if !org_named_as(&o.name, head_lc) {
                return false;
            }
            let lc = o.name.to_lowercase();
            (first..head).all(|x| {
                let Some(w) = self.word(x) else { return false };
                let mut buf = [0u8; 24];
                let Some(w) = words::lower(w, &mut buf) else { return false };
                // "finance" in "Finance", "financial" in "Finance": a shared stem.
                let stem = w.get(..w.len().min(5)).unwrap_or(w);
                lc.contains(stem) || words::is_kind_modifier(w)
            })
        })
    }

    /// "Northridge said" after "Cascade Air Lines Inc and Northridge Airways Corp": the
    /// organization, named in full earlier, whose name starts with these words.
    fn org_by_short_name(&self, short: &str) -> Option<Speaker> {
        if short.is_empty() {
            return None;
        }
        let starts =
            |name: &str| name.strip_prefix(short).is_some_and(|rest| rest.starts_with(' '));
        let &initial = short.as_bytes().first()?;
        // Whether the short name can be the tail of a longer one depends on it alone: asked
        // once, and only when some organization's name ends with it.
        let corporate_tail = std::cell::OnceCell::new();
        let is_corporate_tail = || {
            *corporate_tail.get_or_init(|| {
                short.contains(' ')
                    && words::last_word(short).is_some_and(words::is_corporate_suffix)
            })
        };
        let named = self.recent_orgs.iter().rev().find_map(|o| {
            if o.name.len() <= short.len() {
                return None;
            }
            let starts_here = starts(&o.name);
            // A byte search: `str::find` with a string pattern sets up a two-way searcher,
            // which costs more than scanning a short name. It is needed only when the name
            // starts with the short one, or holds its initial where a second company's
            // name can start (after " and ", five bytes in at the least).
            let may_join = starts_here
                || o.name.as_bytes().get(5..).is_some_and(|rest| rest.contains(&initial));
            let and_at = if may_join {
                o.name.as_bytes().windows(5).position(|w| w == b" and ")
            } else {
                None
            };
            if starts_here && and_at.is_none() {
                return Some(o.clone());
            }
            // "Financial Corp" after "Great Western Financial Corp".
            let tail = o.name.ends_with(short)
                && o.name.get(..o.name.len() - short.len()).is_some_and(|h| h.ends_with(' '))
                && is_corporate_tail();
            if tail {
                return Some(o.clone());
            }
            // One of two companies named together.
            let part = o.name.get(and_at? + 5..).filter(|p| starts(p))?;
            let corporate = words::last_word(part).is_some_and(words::is_corporate_suffix);
            corporate.then(|| Speaker { name: part.to_string(), id: None, ..o.clone() })
        });
        // "the RTA said" after "the Roads and Transport Authority said": a body the article
        // named in full, called by its initials without defining them, when no name starts
        // with them ("OSR said" after "OSR Corp", "GFI said" after "GFI Nevada Inc").
        named.or_else(|| {
            let spelled = is_acronym(short).then(|| {
                self.recent_orgs
                    .iter()
                    .rev()
                    .find(|o| o.name.len() > short.len() && initials_match(&o.name, short))
            });
            spelled.flatten().cloned()
        })
    }

    /// "Germany's Finance Ministry ruled out …": an institution the gazetteer does not know
    /// is still the antecedent of a later "the ministry".
    fn note_capitalized_institution(&mut self, i: usize, w: &str) {
        // A word inside a mention is noted with it: asked first, as it is one index read
        // where the two word lists cost a lookup each.
        if self.any_mention_at(i).is_some() {
            return;
        }
        let institution = (w.len() >= 4 && words::is_org_noun(w)) || words::is_corporate_suffix(w);
        if !institution {
            return;
        }
        let mut from = i;
        while let Some(p) = from.checked_sub(1) {
            let start = self.sentence.start;
            let particle = i - p <= 6 && p > start && self.joins_org_name(start, p);
            let ok = particle
                || (i - p <= 4
                    && self.in_sentence(p)
                    && self.is_word(p)
                    && self.any_mention_at(p).is_none()
                    && self.word(p).is_some_and(|x| {
                        self.cap(x)
                            && !words::is_function_word(x)
                            && !words::is_determiner(x)
                            && !words::is_possessive(x)
                    }));
            if !ok {
                break;
            }
            from = p;
        }
        // "Chamber of Commerce and Industry": the name goes on through its joining words.
        let mut last = i;
        while last + 2 < self.sentence.end
            && last - i < MAX_NP
            && self.joins_org_name(from, last + 1)
        {
            last += 2;
            while self.in_sentence(last + 1)
                && self.any_mention_at(last + 1).is_none()
                && self
                    .word(last + 1)
                    .is_some_and(|x| words::is_capitalized(x) && !words::is_function_word(x))
            {
                last += 1;
            }
        }
        if from == i && last == i {
            return;
        }
        if let Some(name) = self.text_of(from, last) {
            let org = Speaker {
                name: words::squash_spaces(name),
                id: None,
                kind: EntityKind::Organization,
                role: None,
            };
            if self.is_affiliation(from) {
                self.note_affiliation_org(org);
            } else {
                self.note_org(org);
            }
        }
    }

    /// Whether an organization's name starting at token `first` is a person's employer:
    /// "an analyst at Krell Securities", "economist with Nordbank". Mentions are noted
    /// lazily, after the scan has left their sentence, so only the words themselves count.
    fn is_affiliation(&self, first: usize) -> bool {
        let Some(p) = first.checked_sub(1).filter(|&p| self.is_word(p)) else { return false };
        let mut q = p;
        if self.word(q).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            match q.checked_sub(1).filter(|&x| self.is_word(x)) {
                Some(x) => q = x,
                None => return false,
            }
        }
        self.word(q).is_some_and(|w| matches!(w, "at" | "with" | "for" | "of"))
            && q.checked_sub(1).filter(|&x| self.is_word(x)).is_some_and(|x| {
                self.word(x).is_some_and(|w| {
                    let mut buf = [0u8; 24];
                    words::lower(w, &mut buf).is_some_and(|l| {
                        words::is_role_noun(l) && !matches!(l, "president" | "chairman" | "chief")
                    })
                })
            })
    }

    /// "Finance Ministry spokeswoman": the institution in a title is an organization the
    /// article has named.
    fn note_title_org(&mut self, title: &str) {
        // Titles are a few words: they are collected on the stack, in one pass, unless
        // there are many.
        let mut on_stack = [""; 16];
        let mut count = 0;
        let mut many = false;
        for w in title.split_words() {
            match on_stack.get_mut(count) {
                Some(slot) => *slot = w,
                None => {
                    many = true;
                    break;
                }
            }
            count += 1;
        }
        let spilled: Vec<&str>;
        let title_words: &[&str] = if many {
            spilled = title.split_words().collect();
            &spilled
        } else {
            on_stack.get(..count).unwrap_or(&[])
        };
        let Some(at) = title_words.iter().rposition(|w| self.cap(w) && words::is_org_noun(w))
        else {
            // "Chief Executive Officer of Nordhavn BioSystems": the capitalized name after a
            // title's "of" or "at" is its institution.
            let Some(of) = title_words.iter().rposition(|w| matches!(*w, "of" | "at")) else {
                return;
            };
            let mut rest = title_words.get(of + 1..).unwrap_or(&[]);
            if rest.first().is_some_and(|w| words::is_determiner(w)) {
                rest = rest.get(1..).unwrap_or(&[]);
            }
            let named = !rest.is_empty()
                && rest.len() <= 5
                && rest.iter().all(|w| words::is_capitalized(w) && !words::is_possessive(w));
            if named {
                let name = rest.join(" ");
                self.note_affiliation_org(Speaker {
                    name,
                    id: None,
                    kind: EntityKind::Organization,
                    role: None,
                });
            }
            return;
        };
        let mut from = at;
        let name_word =
            |w: &str| self.cap(w) && !words::is_possessive(w) && !words::is_role_noun(w);
        while from > 0 {
            let Some(w) = title_words.get(from - 1) else { break };
            // "the Mohammed bin Rashid Space Centre": a particle between capitals.
            let particle = (is_name_particle(w) || matches!(*w, "of" | "for" | "and"))
                && from >= 2
                && title_words.get(from - 2).is_some_and(|p| name_word(p));
            if !(name_word(w) || particle) {
                break;
            }
            from -= 1;
        }
        let name_words = title_words.get(from..=at).unwrap_or(&[]);
        // The title of the organization noted last (the usual case) changes nothing.
        let newest = self.recent_orgs.last().filter(|o| {
            o.id.is_none()
                && o.kind == EntityKind::Organization
                && o.role.is_none()
                && self.last_org.as_ref() == Some(*o)
        });
        if newest.is_some_and(|o| joined_equals(name_words, &o.name)) {
            return;
        }
        let name = name_words.join(" ");
        if !name.is_empty() {
            self.note_affiliation_org(Speaker {
                name,
                id: None,
                kind: EntityKind::Organization,
                role: None,
            });
        }
    }

    /// Gives the claims waiting for a person with title head `head` their speaker.
    fn fill_pending(&mut self, head: &str, person: &Speaker, title: Option<&str>) {
        if self.last_unnamed.as_ref().is_some_and(|(h, _, _)| h == head) {
            self.last_unnamed = None;
        }
        let Some(waiting) = self.pending_roles.remove(head) else { return };
        // "OCHA spokesperson Jens X": a title naming an institution is not the holder of
        // "his spokesperson", whose owner is a person.
        let institution_title = title.is_some_and(|t| {
            t.split_whitespace().any(|w| words::is_capitalized(w) && !words::is_role_noun(w))
        });
        for index in waiting {
            if let Some(claim) = self.claims.get_mut(index) {
                let owned_by_person = claim.speaker.role.as_deref().is_some_and(|r| {
                    r.split_whitespace().next().is_some_and(|w| {
                        matches!(w, "his" | "her" | "His" | "Her" | "their" | "Their")
                    })
                });
                if owned_by_person && institution_title {
                    continue;
                }
                let role = claim.speaker.role.take();
                claim.speaker = person.clone();
                claim.speaker.role = role.or_else(|| person.role.clone());
            }
        }
    }

    fn remember(&mut self, speaker: &Speaker) {
        match speaker.kind {
            EntityKind::Person => {
                let named = !is_bare_title(speaker);
                // A person quoted since is likelier to be "the spokesman" than an
                // institution that spoke through an unnamed one before.
                if named {
                    self.last_spokes_org = None;
                }
                if let Some(role) = speaker.role.as_deref().filter(|_| named) {
                    self.note_title_org(role);
                }
                let head_word = speaker.role.as_deref().and_then(role_head_word).filter(|_| named);
                if let Some(head_word) = head_word {
                    // Role nouns are short ASCII words, lowercased on the stack.
                    let mut buf = [0u8; 24];
                    let head = match words::lower(head_word, &mut buf) {
                        Some(lower) => std::borrow::Cow::Borrowed(lower),
                        None => std::borrow::Cow::Owned(head_word.to_ascii_lowercase()),
                    };
                    // A title waiting for its holder ("a spokesman said") is someone other
                    // than the person who already held that title when it was used.
                    let known_holder =
                        self.role_people.get(head.as_ref()).is_some_and(|p| p.name == speaker.name);
                    if !known_holder {
                        self.fill_pending(&head, speaker, speaker.role.as_deref());
                    }
                    if words::is_spokes_title(&head) {
                        self.last_spokes_org = None;
                    }
                    match self.role_people.get_mut(head.as_ref()) {
                        Some(person) => copy_speaker(person, speaker),
                        None => {
                            self.role_people.insert(head.into_owned(), speaker.clone());
                        }
                    }
                    set_speaker(&mut self.last_titled_person, speaker);
                }
                self.note_person(speaker);
                self.note_recent_person(speaker);
                set_speaker(&mut self.last_person_speaker, speaker);
            }
            EntityKind::Group => set_speaker(&mut self.last_plural_speaker, speaker),
            EntityKind::Organization | EntityKind::Country => {
                if speaker.kind == EntityKind::Organization {
                    self.note_org(speaker.clone());
                    self.note_subject_org(speaker);
                }
                set_speaker(&mut self.last_plural_speaker, speaker);
                set_speaker(&mut self.last_thing_speaker, speaker);
            }
            EntityKind::Unknown => {}
        }
    }

    /// "X is appalled, his spokesperson said. … Speaking to reporters, Ana Ruiz said …": a
    /// person introduced with their full name and no title who speaks right after claims of
    /// a person's unnamed spokesperson is that spokesperson, so those claims get the name.
    fn name_owned_spokesperson(&mut self, claim: &Claim, paragraph: usize) {
        let speaker = &claim.speaker;
        if speaker.kind != EntityKind::Person || speaker.role.is_some() {
            return;
        }
        // A full name is how a person is introduced; a later mention is a surname.
        let introduced = claim
            .speaker_span
            .and_then(|s| s.get(self.text))
            .is_some_and(|t| t.split_words().count() >= 2 && speaker.name.ends_with(t.trim()));
        let next_paragraph = self.last_claim.as_ref().is_some_and(|l| {
            l.paragraph == paragraph || l.paragraph.checked_add(1) == Some(paragraph)
        });
        if !introduced || !next_paragraph {
            return;
        }
        let owned_spokes = |c: &Claim| {
            is_bare_title(&c.speaker)
                && c.speaker.role.as_deref().is_some_and(|r| {
                    let mut ws = r.split_words();
                    let owner = ws.next().is_some_and(|w| {
                        matches!(w, "his" | "her" | "His" | "Her" | "their" | "Their")
                    });
                    let mut buf = [0u8; 24];
                    owner
                        && ws.next_back().is_some_and(|w| {
                            words::lower(w, &mut buf).is_some_and(words::is_spokes_title)
                        })
                })
        };
        let mut from = self.claims.len();
        while from > 0 && self.claims.get(from - 1).is_some_and(owned_spokes) {
            from -= 1;
        }
        let named_since = self.claims.get(from).is_some_and(|c| {
            // Named after the title, not in the statement before it ("Ana Ruiz is
            // appalled, his spokesperson said").
            let title_at = c.speaker_span.map_or(c.span.end, |t| t.start);
            self.first_named.get(&speaker.name).is_some_and(|&at| at > title_at)
        });
        if from == self.claims.len() || !named_since {
            return;
        }
        for waiting in self.pending_roles.values_mut() {
            waiting.retain(|&index| index < from);
        }
        for held in self.claims.get_mut(from..).into_iter().flatten() {
            let role = held.speaker.role.take();
            held.speaker = speaker.clone();
            held.speaker.role = role;
        }
    }

    fn push(&mut self, mut claim: Claim, paragraph: usize, quoting: bool) {
        // "Ana Ruiz SC", "Tom Hale TD": letters after a person's name are not the name's
        // (a generational "Jr" is).
        if claim.speaker.kind == EntityKind::Person && claim.speaker.id.is_none() {
            let name = &claim.speaker.name;
            let mut keep = name.len();
            while let Some((rest, last)) = name.get(..keep).and_then(|n| n.rsplit_once(' ')) {
                if !words::is_post_nominal(last) || words::is_generational(last) {
                    break;
                }
                keep = rest.trim_end().len();
            }
            claim.speaker.name.truncate(keep);
        }
        let statement = claim.span.get(self.text).unwrap_or("");
        let keys = dedupe_keys(&claim.speaker.name, statement, &mut self.fold_buf);
        self.name_owned_spokesperson(&claim, paragraph);
        self.remember(&claim.speaker);
        match &mut self.last_claim {
            // The previous claim's strings are reused for this one's speaker.
            Some(last) => {
                last.paragraph = paragraph;
                last.end = claim.span.end;
                copy_speaker(&mut last.speaker, &claim.speaker);
                last.quoting = quoting;
                last.stated_on = claim.stated_on;
                last.date_basis = claim.date_basis;
            }
            None => {
                self.last_claim = Some(LastClaim {
                    paragraph,
                    end: claim.span.end,
                    speaker: claim.speaker.clone(),
                    quoting,
                    stated_on: claim.stated_on,
                    date_basis: claim.date_basis,
                })
            }
        }
        // "A Kepco spokesman said … He said …": the institution that spoke through an
        // unnamed spokesperson is who "he" or "she" stands for next.
        // Only when the title names the institution: a bare "a spokesman" may speak for a
        // person ("X would be interested, a spokesman said. He …").
        let spokes_org = claim.speaker.kind == EntityKind::Organization
            && claim.speaker_span.and_then(|s| s.get(self.text)).is_some_and(|t| {
                let mut words_of = t.split_words();
                let last = words_of.next_back();
                words_of.next().is_some()
                    && last.is_some_and(|w| {
                        let mut buf = [0u8; 24];
                        words::lower(w, &mut buf).is_some_and(words::is_spokes_title)
                    })
            });
        if spokes_org {
            set_speaker(&mut self.last_person_speaker, &claim.speaker);
            set_speaker(&mut self.last_spokes_org, &claim.speaker);
            self.paragraph_subject = None;
            // A named spokesperson met earlier is not the one who spoke now.
            for title in ["spokesman", "spokeswoman", "spokesperson"] {
                self.role_people.remove(title);
            }
        }
        if self.sentence_mentions_statement(&claim) {
            self.statement_issuer = Some((claim.speaker.clone(), paragraph));
        }
        let repeated = keys.iter().flatten().any(|k| self.seen.contains(k));
        for k in keys.iter().flatten() {
            self.seen.insert(*k);
        }
        if !repeated {
            let bare_title = claim.speaker.id.is_none()
                && claim.speaker.kind == EntityKind::Person
                && is_bare_title(&claim.speaker);
            if bare_title {
                if let Some(head) = claim.speaker.role.as_deref().and_then(role_head) {
                    // A source who asked not to be named is not the person named later.
                    if !self.anonymity_asked() {
                        self.pending_roles.entry(head.clone()).or_default().push(self.claims.len());
                    }
                    let indefinite = claim
                        .speaker
                        .name
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| matches!(w, "A" | "An" | "a" | "an" | "One" | "one"));
                    if indefinite {
                        self.last_unnamed = Some((head, claim.speaker.clone(), paragraph));
                    }
                }
            }
            self.claims.push(claim);
        }
    }

    /// Whether a claim was made in a statement: its cue says so ("said in a
    /// statement"), or the current sentence's opening words do ("In a statement issued
    /// after the meeting, X said"). The look is bounded by a short opening.
    fn sentence_mentions_statement(&self, claim: &Claim) -> bool {
        const OPENING: usize = 12;
        // "in a statement", "in a joint statement", "in its statement"; "in the statement"
        // quotes one issued earlier, "reacting to a British statement" someone else's.
        let issued_in = |k: usize| {
            let det = if self.word_is(k.saturating_sub(1), "joint") { k - 1 } else { k };
            det.checked_sub(2).is_some_and(|p| {
                self.word_is(p, "in")
                    && self
                        .word(p + 1)
                        .is_some_and(|w| matches!(w, "a" | "its" | "his" | "her" | "their"))
            })
        };
        let cue = claim.cue.as_str();
        cue.ends_with(" a statement")
            || cue.ends_with(" joint statement")
            || cue.ends_with(" its statement")
            || {
                // The opening's tokens are read as a slice, and their text only at the
                // length of "statement".
                let start = self.sentence.start;
                let end = self.sentence.end.min(start + OPENING).max(start);
                self.toks.get(start..end).unwrap_or(&[]).iter().enumerate().any(|(n, t)| {
                    t.span().len() == "statement".len()
                        && self.word_is(start + n, "statement")
                        && issued_in(start + n)
                })
            }
    }

    /// Whether the current sentence says its source asked not to be named: "who spoke on
    /// condition of anonymity", "was not authorised to speak", "declined to be identified".
    fn anonymity_asked(&self) -> bool {
        self.sentence.clone().any(|k| {
            self.word(k).is_some_and(|w| match w {
                "anonymity" | "anonymously" => true,
                "authorised" | "authorized" | "allowed" => {
                    k.checked_sub(1).is_some_and(|p| self.word_is(p, "not"))
                }
                "named" | "identified" => k.checked_sub(1).is_some_and(|p| self.word_is(p, "be")),
                _ => false,
            })
        })
    }

    /// "A senior defense official said … The official said …": the unnamed source the
    /// same or the previous paragraph introduced with a title of head `head_lc`.
    fn unnamed_referent(&self, head_lc: &str) -> Option<Speaker> {
        let (head, speaker, paragraph) = self.last_unnamed.as_ref()?;
        let near = paragraph.checked_add(1).is_some_and(|p| p >= self.paragraph);
        (near && head == head_lc).then(|| speaker.clone())
    }

    // ---- cues --------------------------------------------------------------------

    /// Tries a cue at token `i`; on a claim, returns the token to continue from.
    fn try_cue(&mut self, i: usize) -> Option<usize> {
        let tok = *self.toks.get(i)?;
        if tok.kind != TokenKind::Word || tok.span().start < self.consumed {
            return None;
        }
        // Most tokens are lowercase words that start no cue and no participle: the lexicon's
        // length and letter shapes reject them from the bytes, before any text is sliced.
        let raw = self.text.as_bytes().get(tok.span().start..tok.span().end)?;
        if raw.first().is_some_and(u8::is_ascii_lowercase)
            && !raw.ends_with(b"ing")
            && !self.lexicon.may_start_cue(raw)
        {
            return None;
        }
        // Digits, marks and words opening with a non-ASCII letter start nothing.
        if !raw.first().is_some_and(u8::is_ascii_alphabetic) {
            return None;
        }
        let w = tok.span().get(self.text)?;
        let first = *w.as_bytes().first()?;
        if first.is_ascii_uppercase() && w != "According" {
            self.note_capitalized_institution(i, w);
            return None;
        }
        if !first.is_ascii_lowercase() && w != "According" {
            return None;
        }
        let mut buf = [0u8; 24];
        // Lexicon words are lowercase; only "According" opens a sentence.
        let lw = if first.is_ascii_lowercase() { w } else { words::lower(w, &mut buf)? };
        // Most words are no participle: the suffix test spares them the word-list lookup.
        if let Some(participle) =
            lw.ends_with("ing").then(|| words::reporting_participle(lw)).flatten()
        {
            if i.checked_sub(1).is_some_and(|p| self.is_punct(p, ","))
                || self.with_subject_first(i).is_some()
            {
                return self.saying_after_clause(i, participle);
            }
        }
        let forms = self.lexicon.starting_with(lw);
        if forms.is_empty() {
            return None;
        }
        // "The notes will be sold …", "its reports", "a claim": after a determiner the word
        // is a noun, whatever verb it can also be.
        let after_determiner = i
            .checked_sub(1)
            .filter(|&p| self.in_sentence(p))
            .is_some_and(|p| self.word(p).is_some_and(words::is_noun_determiner));
        if after_determiner {
            return None;
        }
        let form = forms.iter().find(|f| {
            f.rest
                .iter()
                .enumerate()
                .all(|(k, r)| self.word_is(i + 1 + k, r) && self.in_sentence(i + 1 + k))
        })?;
        if self.inside_quote(tok.span().start) {
            return None;
        }
        self.advance_mentions(tok.span().start);
        let cue_end = i + 1 + form.rest.len();
        let (claim, consumed) = self.cue_claim(i, cue_end, form)?;
        self.consumed = self.consumed.max(consumed);
        let quoting = claim.kind != ClaimKind::Indirect;
        let adding = self.adding_claim(&claim);
        self.push(claim, self.paragraph, quoting);
        if let Some(more) = adding {
            self.push(more, self.paragraph, quoting);
        }
        Some(self.token_at(self.consumed))
    }

    /// The noun phrase opening the current clause, before token `i`, when it can speak (a
    /// name, pronoun, role, organization or group): "The company denied this, saying …",
    /// "Tomas Berg met the union but said …".
    fn clause_subject(&mut self, i: usize) -> Option<Np> {
        let mut start = self.clause_start();
        // "In her victory speech, Ms Ruiz thanked … and said …": the subject follows a
        // fronted scene.
        let scene = self.word(start).is_some_and(|w| {
            matches!(w, "In" | "At" | "During" | "On" | "After" | "Before" | "Speaking")
        });
        if scene {
            if let Some(comma) = (start + 1..i.min(start + 12)).find(|&k| self.is_punct(k, ",")) {
                start = comma + 1;
            }
        }
        if let Some(np) = self.apposed_subject(start, i) {
            return Some(np);
        }
        // The subject is the noun phrase opening the clause, up to its first plain word.
        let mut last = None;
        let mut k = start;
        while k < i && k < start + MAX_NP && self.is_word(k) {
            let w = self.word(k)?;
            let np_word = self.any_mention_at(k).is_some()
                || words::pronoun(w).is_some()
                || words::is_determiner(w)
                || words::is_capitalized(w)
                || words::is_role_noun(w)
                || words::is_org_noun(w)
                || words::is_group_noun(w)
                || words::is_role_modifier(w)
                // "Harbor and Coast councillor Ana Ruiz voted … but said": "and" joining
                // two place words of a title, not two people.
                || (w == "and"
                    && k > start
                    && self.word(k - 1).is_some_and(words::is_capitalized)
                    && self.mention_at(k - 1).map_or(true, |m| m.kind != EntityKind::Person)
                    && self.word(k + 1).is_some_and(words::is_capitalized));
            if !np_word {
                break;
            }
            last = Some(k);
            if words::pronoun(w).is_some() {
                break;
            }
            k += 1;
        }
        let last = last?;
        // A sentence-initial capital alone ("Prices rose, saying …") is not a name.
        let head = self.word(last)?;
        let speaking_head = self.any_mention_at(last).is_some()
            || words::pronoun(head).is_some()
            || words::is_role_noun(head)
            || words::is_org_noun(head)
            || words::is_group_noun(head)
            || (last > start && self.word(last - 1).is_some_and(words::is_capitalized));
        if !speaking_head {
            return None;
        }
        self.head_np(last)
    }

    /// "The executive director of the Harbour Board (HB), Ana Ruiz, welcomed the rise but
    /// warned …": a person named between commas right after the role phrase opening the
    /// clause (from token `start`) is the subject of the verbs before token `i`.
    fn apposed_subject(&self, start: usize, i: usize) -> Option<Np> {
        let opens = self.word(start).is_some_and(|w| {
            words::is_determiner(w) || words::is_possessive(w) || words::is_role_noun(w)
        });
        if !opens {
            return None;
        }
        let comma = (start + 1..i.min(start + 16)).find(|&k| self.is_punct(k, ","))?;
        if !(start..comma).any(|k| self.word(k).is_some_and(words::is_role_noun)) {
            return None;
        }
        let first = comma + 1;
        let speaker = match self.mention_at(first) {
            Some(m) if m.kind == EntityKind::Person && self.mention_first_token(m) == first => {
                Some((self.speaker_of(m), self.token_at(m.span.end)))
            }
            Some(_) => None,
            // A name the name finder missed: "Kojo Mensah-Bonsu", in a text without
            // capitals "kofi asare".
            None => {
                let end = (first..i.min(first + 5)).find(|&k| !self.is_word(k))?;
                let name_like = end > first + 1
                    && (first..end).all(|k| {
                        self.any_mention_at(k).is_none()
                            && self.word(k).is_some_and(|w| {
                                self.cap(w)
                                    && !words::is_function_word(w)
                                    && !words::is_honorific(w)
                            })
                    });
                if !name_like {
                    return None;
                }
                let name = words::squash_spaces(self.text_of(first, end - 1)?);
                Some((Speaker { name, id: None, kind: EntityKind::Person, role: None }, end))
            }
        };
        let (mut speaker, closing) = speaker?;
        // The verbs follow the closing comma with no other comma before the cue, but for
        // a scene set off by commas: ", in a post on X, welcomed … and said".
        if !self.is_punct(closing, ",") {
            return None;
        }
        let mut verbs = closing + 1;
        let scene = self.word(verbs).is_some_and(|w| {
            matches!(w, "in" | "at" | "on" | "during" | "after" | "speaking" | "addressing")
        });
        if scene {
            let after = (verbs + 1..i.min(verbs + 12)).find(|&k| self.is_punct(k, ","))?;
            if (verbs..after).any(|k| !self.is_word(k)) {
                return None;
            }
            verbs = after + 1;
        }
        if verbs + 1 >= i || (verbs..i).any(|k| !self.is_word(k)) {
            return None;
        }
        let role_first =
            if self.word(start).is_some_and(words::is_determiner) { start + 1 } else { start };
        // The body's initials in brackets are not the title's: "(HB)".
        let mut role_last = comma - 1;
        if self.is_punct(role_last, ")") {
            role_last = (role_first..role_last).rev().find(|&k| self.is_punct(k, "("))?;
            role_last = role_last.checked_sub(1)?;
        }
        speaker.role = self.text_of(role_first, role_last).map(words::squash_spaces);
        let name_span = Span::new(self.span(first)?.start, self.span(closing - 1)?.end);
        Some(Np { speaker, first, last: closing - 1, name_span })
    }

    /// "President Ruiz accused the opposition of lying and said …": the second verb of a
    /// speaker whose first cue already took the clause has that cue's speaker.
    fn same_sentence_speaker(&self, i: usize) -> Option<Np> {
        let and = i.checked_sub(1)?;
        let sentence_start = self.span(self.sentence.start)?.start;
        let last = self.last_claim.as_ref()?;
        let and_at = self.span(and)?;
        if last.end < sentence_start || last.end > and_at.start {
            return None;
        }
        Some(Np { speaker: last.speaker.clone(), first: and, last: and, name_span: and_at })
    }

    /// "The company denied this, saying the date was set in March": the clause's subject
    /// speaks through the participle, whatever its main verb.
    fn saying_after_clause(&mut self, i: usize, participle: words::Participle) -> Option<usize> {
        if self.inside_quote(self.span(i)?.start) {
            return None;
        }
        let (cue, from) = self.participle_statement(i, participle)?;
        self.advance_mentions(self.span(i)?.start);
        let np = match self.with_subject_first(i) {
            Some(_) => {
                let last = if self.is_punct(i - 1, ",") { i.checked_sub(2)? } else { i - 1 };
                self.head_np(last)?
            }
            None => self.clause_subject(i)?,
        };
        // ", but others say …": a contrasting clause has its own speaker.
        let contrasting =
            |k: usize| self.word(k).is_some_and(|w| matches!(w, "but" | "while" | "whereas"));
        let contrast = (from..self.sentence.end).find(|&k| {
            self.is_punct(k, ";")
                || (self.is_punct(k, ",")
                    && (contrasting(k + 1)
                        // `"terrorists," but …`: the comma sits inside the quotation.
                        || (self.kind(k + 1) == Some(TokenKind::Quote) && contrasting(k + 2))))
        });
        let (end, consumed) = match contrast.and_then(|k| self.span(k)) {
            Some(c) => (c.start, c.start),
            None => (self.statement_end(), self.sentence_end_byte()),
        };
        if self.words_between(from, end) < 3 {
            return None;
        }
        let span = trim_span(self.text, Span::new(self.span(from)?.start, end));
        let mut claim = self.undated_claim(np, cue, span);
        if let Some(day) = dates::find_in(|k| self.word(k), i + 1, from) {
            (claim.stated_on, claim.date_basis) = dates::resolve(Some(day), self.doc.published);
        }
        // "X had asked for nine years, arguing …": the participle shares the clause's tense.
        self.undate_perfect(self.perfect_auxiliary(self.clause_start(), i), &mut claim);
        self.consumed = self.consumed.max(consumed);
        let quoting = claim.kind != ClaimKind::Indirect;
        self.push(claim, self.paragraph, quoting);
        Some(self.token_at(self.consumed))
    }

    /// "…, with the Governor, Olayemi Cardoso, saying …", "with chief executive Ana Ruiz
    /// adding that …": the token after a "with" that opens the noun phrase a reporting
    /// participle at token `i` has for its subject, which speaks instead of the clause's.
    fn with_subject_first(&self, i: usize) -> Option<usize> {
        let stop = i.saturating_sub(MAX_NP + 4).max(self.sentence.start);
        let mut k = i.checked_sub(1)?;
        while k > stop {
            let w = self.word(k)?;
            if w == "with" {
                // "after talks with Chancellor Ruiz, saying …" is a preposition of the
                // clause; the absolute "with" follows a comma.
                let absolute = k.checked_sub(1).is_some_and(|p| self.is_punct(p, ","));
                return (absolute && k + 1 < i && !self.is_punct(k + 1, ",")).then_some(k + 1);
            }
            let np_token = self.is_punct(k, ",")
                || self.any_mention_at(k).is_some()
                || words::is_determiner(w)
                || words::is_possessive(w)
                || (self.is_word(k) && words::is_capitalized(w))
                || words::is_role_noun(w)
                || words::is_role_modifier(w)
                || words::is_org_noun(w)
                || words::is_group_noun(w)
                || matches!(w, "of" | "for" | "and" | "'s" | "\u{2019}s");
            if !np_token {
                return None;
            }
            k -= 1;
        }
        None
    }

    /// The cue of a reporting participle at token `i` (with its addressee: "telling the
    /// court") and the token its statement starts at, if a statement follows it.
    fn participle_statement(
        &self,
        i: usize,
        participle: words::Participle,
    ) -> Option<(String, usize)> {
        let w = self.word(i)?;
        let mut cue = w.to_string();
        let mut from = self.past_occasion(i + 1);
        match participle {
            // "adding about 10 days to each voyage", "saying goodbye": a noun phrase after
            // the participle is its object, not a statement; "saying" is let through, as a
            // statement after it is the commonest reading.
            words::Participle::Bare => {
                let next = self.word(from)?;
                let object_like = self.kind(from) == Some(TokenKind::Number)
                    || matches!(
                        next,
                        "a" | "an"
                            | "about"
                            | "up"
                            | "more"
                            | "another"
                            | "some"
                            | "to"
                            | "its"
                            | "their"
                            | "his"
                            | "her"
                    );
                if w != "saying" && object_like {
                    return None;
                }
            }
            words::Participle::That => {
                // "pointing out that": a particle may stand before "that".
                if w == "pointing" && self.word_is(from, "out") {
                    cue.push_str(" out");
                    from += 1;
                }
                if !self.word(from).is_some_and(words::is_that) {
                    return None;
                }
            }
            words::Participle::To => {
                if !self.is_appeal(from) {
                    return None;
                }
            }
            words::Participle::Object => {
                let (object, next) = self.object(from)?;
                cue.push(' ');
                cue.push_str(object);
                // "telling reporters in the capital on Friday that …": the occasion and day
                // after the addressee are the participle's too, not the statement's.
                from = self.past_occasion(next);
            }
        }
        if self.word(from).is_some_and(words::is_that) {
            from += 1;
        }
        Some((cue, from))
    }

    /// Where a statement after a reporting participle's words starts, from token `from`: past
    /// a day ("saying on Tuesday that …") or a short occasion ("saying in a note to clients
    /// that …", "in the capital on Friday that") that ends in "that", which modify the
    /// participle; `from` itself when none does.
    fn past_occasion(&self, mut from: usize) -> usize {
        let on = usize::from(self.word_is(from, "on"));
        if let Some((_, past)) = dates::parse_at(|k| self.word(k), from + on) {
            if self.word(past).is_some_and(words::is_that) {
                from = past;
            }
        }
        if self.word(from).is_some_and(|w| matches!(w, "in" | "at" | "during")) {
            let that = (from + 1..(from + 7).min(self.sentence.end))
                .take_while(|&k| self.is_word(k))
                .find(|&k| self.word(k).is_some_and(words::is_that));
            if let Some(that) = that {
                from = that;
            }
        }
        from
    }

    /// The byte of the comma before a reporting participle that opens a second statement
    /// after token `from` in the sentence (", adding that …", ", warning that …"), where the
    /// first statement ends.
    fn participle_break(&self, from: usize) -> Option<usize> {
        let after_accusation =
            from.checked_sub(1).and_then(|c| self.word(c)).is_some_and(words::is_accusation_cue);
        if let Some(and) = self.and_accused(from, after_accusation, from) {
            return self.span(and).map(|s| s.start);
        }
        let k = (from..self.sentence.end).find(|&k| {
            k.checked_sub(1).is_some_and(|p| self.is_punct(p, ","))
                && self.word(k).and_then(words::reporting_participle).is_some_and(|p| {
                    self.participle_statement(k, p)
                        .is_some_and(|(_, s)| self.words_between(s, self.statement_end()) >= 2)
                })
                && self.span(k).is_some_and(|s| !self.inside_quote(s.start))
        })?;
        self.span(k - 1).map(|s| s.start)
    }

    /// "X said … and accused Y of …", "X said A but warned that B", and after an accusation
    /// or appeal ("X accused Y of … and said …") a plain second cue: the token of the "and"
    /// or "but" before a second cue of the same subject, after token `from`, outside quotes.
    /// "X said A and warned B" without "that" stays one statement, and so does "X said it
    /// regretted A but warned that B" (see `speaking_subject_at`), for the first statement
    /// opening at token `statement_first`.
    fn and_accused(
        &self,
        from: usize,
        after_accusation: bool,
        statement_first: usize,
    ) -> Option<usize> {
        let k = (from + 1..self.sentence.end).find(|&k| {
            // The word before must be "and" or "but": most tokens fail on their length
            // alone, read before any token is sliced; then on the first byte of the next.
            self.toks.get(k - 1).is_some_and(|t| t.span().len() == 3)
                && self.toks.get(k).is_some_and(|t| {
                    !t.span().is_empty()
                        && matches!(
                            self.text.as_bytes().get(t.span().start),
                            Some(b'a' | b'c' | b'e' | b'i' | b'm' | b'n' | b's' | b'w')
                        )
                })
                && self.word(k - 1).is_some_and(|c| matches!(c, "and" | "but"))
                && self.word(k).is_some_and(|w| {
                    let and = self.word_is(k - 1, "and");
                    let accusation = and
                        && matches!(w, "accused" | "accuses")
                        && (k + 1..(k + 2 + MAX_NP).min(self.sentence.end))
                            .any(|x| self.word_is(x, "of"));
                    // "and said the protests were financed …": a second statement.
                    let statement = and
                        && after_accusation
                        && matches!(w, "said" | "says" | "added" | "warned" | "stressed")
                        && self.is_word(k + 1)
                        && self.in_sentence(k + 1);
                    // "… but warned that …": a second reported statement, told apart from
                    // a verb of the first one ("said prices rose and showed that …") by a
                    // reporting verb.
                    let reported = words::is_second_statement_verb(w)
                        && self.word(k + 1).is_some_and(words::is_that)
                        && self.in_sentence(k + 1)
                        && !self.speaking_subject_at(statement_first);
                    accusation || statement || reported
                })
                && self.span(k).is_some_and(|s| !self.inside_quote(s.start))
        })?;
        Some(k - 1)
    }

    /// Whether the reported clause at token `first` opens with a subject that can speak ("it
    /// regretted …", "the mayor would …", "members were …"): a verb after its "but" may be
    /// that subject's, inside the one statement, where after "the nile was …" it can only
    /// be the speaker's. Words in quotes are the speaker's own and open no such clause.
    fn speaking_subject_at(&self, first: usize) -> bool {
        if !self.span(first).is_some_and(|s| !self.inside_quote(s.start)) {
            return false;
        }
        let Some(w) = self.word(first) else { return false };
        if words::pronoun(w).is_some() {
            return true;
        }
        let head = if words::is_noun_determiner(w) { first + 1 } else { first };
        let mut buf = [0u8; 24];
        let Some(lw) = self.word(head).and_then(|h| words::lower(h, &mut buf)) else {
            return false;
        };
        words::is_role_noun(lw) || words::is_org_noun(lw) || words::is_group_noun(lw)
    }

    /// `"…," X said, adding that …`: the participle reports a second statement; so does
    /// "… and accused Y of …".
    fn adding_claim(&self, claim: &Claim) -> Option<Claim> {
        let from = self.token_at(claim.span.end);
        let after_accusation = words::is_accusation_cue(&claim.cue);
        let statement_first = self.token_at(claim.span.start);
        let accused = self
            .and_accused(from.saturating_sub(1), after_accusation, statement_first)
            .filter(|&and| and >= from);
        let found = match accused {
            Some(and) => {
                let past_that = usize::from(self.word(and + 2).is_some_and(words::is_that));
                Some((and + 1, (self.word(and + 1)?.to_string(), and + 2 + past_that)))
            }
            None => None,
        };
        let (k, (cue, start)) = found.or_else(|| {
            (from..self.sentence.end).find_map(|k| {
                if !k.checked_sub(1).is_some_and(|p| self.is_punct(p, ",")) {
                    return None;
                }
                let p = self.word(k).and_then(words::reporting_participle)?;
                if self.span(k).is_some_and(|s| self.inside_quote(s.start)) {
                    return None;
                }
                Some((k, self.participle_statement(k, p)?))
            })
        })?;
        let _ = k;
        let end = self.statement_end();
        if self.words_between(start, end) < 2 {
            return None;
        }
        let span = trim_span(self.text, Span::new(self.span(start)?.start, end));
        Some(Claim {
            speaker: claim.speaker.clone(),
            speaker_span: claim.speaker_span,
            cue,
            kind: self.kind_of(span),
            span,
            pieces: Vec::new(),
            stated_on: claim.stated_on,
            date_basis: claim.date_basis,
        })
    }

    fn cue_claim(&mut self, i: usize, cue_end: usize, form: &CueForm) -> Option<(Claim, usize)> {
        if form.clause == ClauseKind::Weak {
            return None;
        }
        if form.is_according_to() {
            return self.according_to(i, cue_end);
        }
        if form.is_quoted_as() {
            return self.quoted_as(i, cue_end);
        }
        let elided = i.checked_sub(1).is_some_and(|p| {
            self.is_word(p) && self.word(p).is_some_and(|w| matches!(w, "but" | "and"))
        });
        let subject = match self.subject_left(i) {
            Some(np) => Some(np),
            // "The talks lasted three hours but said …" is not a subject; the clause's is.
            None if elided => self.clause_subject(i).or_else(|| self.same_sentence_speaker(i)),
            None => None,
        };
        let (np, inverted) = match subject {
            Some(np) => (np, false),
            None => 'inverted: {
                let prev = i.checked_sub(1)?;
                let after_comma_or_quote =
                    self.is_punct(prev, ",") || self.closing_quote(prev).is_some();
                // "told" takes an addressee, never an inverted subject: `"…," told a news
                // conference` is not English.
                if !(form.direct && after_comma_or_quote) || form.object {
                    return None;
                }
                // `X, who …, said millers would …`: no phrase after the cue is a speaker's;
                // the subject opens the sentence before the asides.
                let Some(np) = self.np_right(cue_end) else {
                    break 'inverted (self.asides_subject(i)?, false);
                };
                // `…, said he would …`: a pronoun followed by more of the clause is the
                // reported clause's subject, not an inverted speaker ("said he.").
                let pronoun_subject = np.first == np.last
                    && self.word(np.first).is_some_and(|w| words::pronoun(w).is_some())
                    && self.is_word(np.last + 1)
                    && self.in_sentence(np.last + 1);
                // `…, said American consumers would not be hurt`: a group followed by a
                // verb is the reported clause's subject too.
                let group_subject = np.speaker.kind == EntityKind::Group
                    && self.in_sentence(np.last + 1)
                    && self.word(np.last + 1).is_some_and(|w| {
                        matches!(w, "would" | "will" | "could" | "can" | "were" | "are" | "had")
                    });
                if pronoun_subject || group_subject {
                    return None;
                }
                // `…, said prices would fall`, `…, said the drop showed that …`: a phrase the
                // clause goes on after is the reported clause's subject, not an inverted
                // speaker, which ends the sentence or is followed by its time, place,
                // occasion or a participle. The speaker is then the phrase opening the
                // sentence, before the asides: "Ana Ruiz, who runs a bakery, said …".
                let next = self.skip_affiliation(np.last + 1);
                // A quotation right after the phrase goes on with the clause, unless an
                // abbreviation's period ended the sentence ("said Ana Ruiz of S and P. \"…").
                let quote_goes_on = self.opening_quote(next).is_some()
                    && !self.word(next - 1).is_some_and(|w| w.ends_with('.'));
                let goes_on = (self.is_word(next) && !self.speaker_tail(next)) || quote_goes_on;
                if self.in_sentence(next) && goes_on {
                    (self.asides_subject(i)?, false)
                } else {
                    (np, true)
                }
            }
        };
        let (attr_first, mut after) = if inverted { (i, np.last + 1) } else { (np.first, cue_end) };
        if inverted {
            after = self.skip_affiliation(after);
            // `"…," said Ana Ruiz, chief executive of Krell.`: the apposition names the
            // speaker's role; it is not more of the statement.
            if after == np.last + 1 {
                // Only a whole apposition, up to punctuation: one cut at a name it does not
                // take ("Director of the Division of the Foreign Ministry") is left alone.
                if let Some((last, _, _)) =
                    self.apposition_right(np.last).filter(|&(last, _, _)| {
                        last + 1 >= self.sentence.end
                            || self.kind(last + 1) == Some(TokenKind::Punct)
                    })
                {
                    after = last + 1;
                }
            }
        }
        let mut cue = form.form.clone();
        if form.object && !inverted {
            if let Some((object, next)) = self.object(after) {
                cue.push(' ');
                cue.push_str(object);
                after = self.past_audience_tail(next);
            } else if let Some(colon) = (after..(after + 8).min(self.sentence.end))
                .take_while(|&k| self.is_word(k) || self.is_punct(k, ":"))
                .find(|&k| self.is_punct(k, ":") && self.opening_quote(k + 1).is_some())
            {
                // `told jurors in her opening statement: "…"`: the addressee ends at a
                // preposition; the quotation after the colon is the statement.
                let object_end = (after..colon)
                    .find(|&k| k > after && self.word(k).is_some_and(words::is_tail_preposition))
                    .unwrap_or(colon);
                if let Some(object) = object_end
                    .checked_sub(1)
                    .filter(|&l| l >= after)
                    .and_then(|l| self.text_of(after, l))
                {
                    cue.push(' ');
                    cue.push_str(object);
                }
                after = colon;
            } else if let Some(that) = (after..(after + 6).min(self.sentence.end))
                .take_while(|&k| self.is_word(k))
                .find(|&k| self.word(k).is_some_and(words::is_that))
            {
                // "told the inquiry that …": whatever the addressee, "that" opens the statement;
                // "told jurors in her opening statement that": the addressee ends at a
                // preposition, what follows is the occasion.
                let object_end = (after..that)
                    .find(|&k| k > after && self.word(k).is_some_and(words::is_tail_preposition))
                    .unwrap_or(that);
                if let Some(object) = object_end.checked_sub(1).and_then(|l| self.text_of(after, l))
                {
                    cue.push(' ');
                    cue.push_str(object);
                }
                after = that;
            } else if let Some(stop) = (after + 1..(after + 4).min(self.sentence.end)).find(|&k| {
                self.kind(k) == Some(TokenKind::Punct)
                    || self.word(k).is_some_and(words::is_tail_preposition)
            }) {
                // `"…," X told jurors in her opening statement.`: a short addressee the
                // word lists do not know, ending at a preposition or punctuation.
                let plain = (after..stop).all(|k| {
                    self.is_word(k)
                        && self.word(k).is_some_and(|w| {
                            !words::is_that(w) && dates::parse_at(|x| self.word(x), k).is_none()
                        })
                });
                if let Some(object) = self.text_of(after, stop - 1).filter(|_| plain) {
                    cue.push(' ');
                    cue.push_str(object);
                    after = stop;
                }
            }
        }
        let between = if inverted { None } else { Some(np.last + 1..i) };
        let perfect = if inverted { None } else { self.perfect_auxiliary(np.last + 1, i) };
        let (mut claim, consumed) =
            self.decide(np, attr_first, after, form.clause, between, cue)?;
        self.undate_perfect(perfect, &mut claim);
        Some((claim, consumed))
    }

    /// The phrase opening the sentence when asides between commas stand between it and the
    /// cue at token `i`: "Tedros, who has called the crisis \"neglected\", said …", "the
    /// group, in a statement signed by its spokesperson, ada obi, said …".
    fn subject_before_asides(&mut self, i: usize) -> Option<Np> {
        let start = self.sentence.start;
        // "However, …": a sentence adverb before the first comma is no subject.
        let adverb = self.is_punct(start + 1, ",");
        let from = if adverb { start + 2 } else { start };
        let comma = (from + 1..i).find(|&k| self.is_punct(k, ","))?;
        let last_comma = i.checked_sub(1).filter(|&p| self.is_punct(p, ","))?;
        if comma >= last_comma {
            return None;
        }
        // "Her coach, Italian Ana Ruiz, said": a person named last before the cue, in
        // apposition to an opening phrase that is no name, is the subject; a relative clause
        // ("X, who met Ana Ruiz, said") is about the opener.
        let named_opener = self.mention_at(comma - 1).is_some_and(|m| m.kind == EntityKind::Person);
        let relative = self.word(comma + 1).is_some_and(|w| matches!(w, "who" | "which" | "whose"));
        if !named_opener && !relative {
            if let Some(np) = self.person_before_comma(i) {
                return Some(np);
            }
        }
        // "People familiar with the talks, who …", "Officials close to the plan, who …": a
        // group with its knowledge phrase up to the comma.
        let informed = (start..(start + 4).min(comma)).find_map(|g| {
            let head = self.word(g)?.to_ascii_lowercase();
            if !Self::is_informed_head(&head) {
                return None;
            }
            let end = self.knowledge_phrase_end(g + 1).filter(|&e| e + 1 == comma)?;
            self.informed_group(g, end)
        });
        let mut np = match informed {
            Some(np) => np,
            None => {
                let np = self.head_np(comma - 1)?;
                self.pp_owner(np)
            }
        };
        // Only a phrase that opens the sentence, behind its article or a title ("Foreign
        // policy analyst Ana Ruiz, of the Krell Forum, said"), is its subject.
        // A fronted participle or prepositional phrase ("Testifying on Tuesday, …") is no
        // subject.
        let opens = (from..np.first).all(|k| {
            self.is_word(k)
                && self.word(k).is_some_and(|w| {
                    !self.lexicon.starts_cue(w)
                        && !words::is_tail_preposition(w)
                        && !w.ends_with("ing")
                })
        }) && np.first >= from
            && np.first - from <= MAX_NP;
        let speaker_kind = matches!(
            np.speaker.kind,
            EntityKind::Person | EntityKind::Organization | EntityKind::Group
        );
        if !opens || !speaker_kind || dates::parse_at(|x| self.word(x), np.last).is_some() {
            return None;
        }
        np.last = last_comma - 1;
        Some(np)
    }

    /// The subject of a cue at token `i` after a comma, when no phrase after the cue is an
    /// inverted speaker: the phrase opening the sentence before its asides, else the
    /// person named right before the comma.
    fn asides_subject(&mut self, i: usize) -> Option<Np> {
        self.subject_before_asides(i).or_else(|| self.person_before_comma(i))
    }

    /// The person named right before the comma before the cue at token `i`, behind a
    /// fronted phrase or a title of their own: "Testifying at a hearing, Rep. Ana Ruiz
    /// (D-Ore.), said …".
    fn person_before_comma(&self, i: usize) -> Option<Np> {
        let comma = i.checked_sub(1).filter(|&p| self.is_punct(p, ","))?;
        let mut last = comma.checked_sub(1)?;
        // A bracket after the name: "(D-Ore.)".
        if self.is_punct(last, ")") {
            last = (last.saturating_sub(6)..last).rev().find(|&k| self.is_punct(k, "("))?;
            last = last.checked_sub(1)?;
        }
        let m = self.mention_at(last).filter(|m| m.kind == EntityKind::Person)?;
        let name_first = self.mention_first_token(m);
        if !self.in_sentence(name_first) {
            return None;
        }
        // Only a name with its title fills the phrase: "led by Ana Ruiz", "owners of the
        // Ana Ruiz Foundation" are about someone else.
        let mut k = name_first;
        while let Some(p) = k.checked_sub(1).filter(|&p| self.in_sentence(p)) {
            if self.is_punct(p, ",") {
                break;
            }
            let title_word = self.is_punct(p, ".")
                || (self.is_word(p)
                    && self.word(p).is_some_and(|w| {
                        !words::is_function_word(w) && !self.lexicon.starts_cue(w)
                    }));
            if !title_word || name_first - p > MAX_NP {
                return None;
            }
            k = p;
        }
        let mut np = self.np_from_mention(m, last)?;
        np.last = comma - 1;
        Some(np)
    }

    /// Whether the word at token `j` may follow an inverted speaker (`said Ana Ruiz …`): a
    /// date or time adverb, a preposition opening the occasion ("in a statement"), "that",
    /// or a participle ("adding").
    fn speaker_tail(&self, j: usize) -> bool {
        let Some(w) = self.word(j) else {
            return true;
        };
        let mut buf = [0u8; 24];
        let lc = words::lower(w, &mut buf).unwrap_or("");
        words::is_tail_preposition(lc)
            || words::is_that(lc)
            || lc.ends_with("ing")
            || matches!(lc, "earlier" | "later" | "also" | "again" | "here" | "then" | "late")
            || dates::parse_at(|x| self.word(x), j).is_some()
    }

    /// The words before the comma that ends a sentence's opening phrase, when that phrase
    /// sets the scene of the attribution after it and its date is the cue's: a short one
    /// ("On Tuesday, X said"), or a longer participial or prepositional one ("Speaking to
    /// reporters in Kyiv on Tuesday, X said", "In an interview on Monday, X said").
    fn fronted_intro(&self, clause_start: usize, comma: usize) -> Option<Range<usize>> {
        if comma < clause_start {
            return None;
        }
        let opener = self.word(clause_start).unwrap_or("");
        let scene = (opener.len() > 4 && opener.ends_with("ing") && words::is_capitalized(opener))
            || matches!(
                opener,
                "In" | "At" | "During" | "On" | "After" | "Before" | "Later" | "Earlier"
            );
        let limit = if scene { 24 } else { 6 };
        if comma - clause_start > limit {
            return None;
        }
        // "In Kharkiv, where the power went out on Wednesday, residents said": a date in a
        // clause of its own dates that clause, not the cue.
        let end = (clause_start + 1..comma)
            .find(|&k| {
                self.word(k).is_some_and(|w| {
                    matches!(
                        w,
                        "where" | "when" | "which" | "who" | "that" | "as" | "while" | "since"
                    )
                })
            })
            .unwrap_or(comma);
        Some(clause_start..end)
    }

    /// "X has said …", "X had warned …": made some earlier day, not on the publication day,
    /// so a claim dated only by publication gets no day. Only a lede's present perfect ("X
    /// has warned that …") reports the news itself. `perfect` is [`Scan::perfect_auxiliary`].
    fn undate_perfect(&self, perfect: Option<bool>, claim: &mut Claim) {
        let lede = self.lede_paragraph.map_or(true, |p| p == self.paragraph);
        let past_perfect = perfect == Some(true);
        if claim.date_basis == DateBasis::Publication
            && (past_perfect || (perfect.is_some() && !lede))
        {
            claim.stated_on = None;
            claim.date_basis = DateBasis::Unknown;
        }
    }

    /// The last token of a phrase at token `k` that says how an anonymous group knows what
    /// it says: "familiar with the matter", "privy to the talks", "with direct knowledge of
    /// the process", "close to the negotiations". Its object ends at punctuation, a cue or
    /// a joining word.
    fn knowledge_phrase_end(&self, k: usize) -> Option<usize> {
        let w = self.word(k)?;
        let mut obj = match w {
            "familiar" if self.word_is(k + 1, "with") => k + 2,
            "privy" | "close" if self.word_is(k + 1, "to") => k + 2,
            "briefed" if self.word_is(k + 1, "on") => k + 2,
            "involved" if self.word_is(k + 1, "in") => k + 2,
            "aware" if self.word_is(k + 1, "of") => k + 2,
            "knowledgeable" if self.word_is(k + 1, "about") => k + 2,
            "with" => {
                let mut n = k + 1;
                // "with direct knowledge of", "with first-hand knowledge of".
                if self.word(n).is_some_and(|m| {
                    matches!(
                        m,
                        "direct"
                            | "first-hand"
                            | "firsthand"
                            | "detailed"
                            | "close"
                            | "intimate"
                            | "some"
                    )
                }) {
                    n += 1;
                }
                let head = self.word(n)?;
                if !(matches!(head, "knowledge" | "access")
                    && self.word(n + 1).is_some_and(|x| matches!(x, "of" | "to" | "about")))
                {
                    return None;
                }
                n + 2
            }
            _ => return None,
        };
        let first = obj;
        while obj < self.sentence.end && obj < first + 6 && self.is_word(obj) {
            let x = self.word(obj)?;
            if matches!(x, "and" | "or" | "who" | "which" | "that") || self.lexicon.starts_cue(x) {
                break;
            }
            obj += 1;
        }
        (obj > first).then(|| obj - 1)
    }

    /// A group noun with its knowledge phrase ending at token `end` ("two people familiar
    /// with the matter"), as one speaker named by the whole phrase.
    fn informed_group(&self, group: usize, end: usize) -> Option<Np> {
        // Its modifiers: "Two senior government officials", "several people".
        let mut first = group;
        while first > self.sentence.start && first + 4 > group {
            let p = first - 1;
            let modifier = self.kind(p) == Some(TokenKind::Number)
                || self.word(p).is_some_and(|x| {
                    self.is_word(p)
                        && !words::is_function_word(x)
                        && !self.lexicon.starts_cue(x)
                        && !x.eq_ignore_ascii_case("the")
                        && !x.eq_ignore_ascii_case("to")
                        && (words::is_determiner(x) || !x.ends_with("ed"))
                });
            if !modifier {
                break;
            }
            first = p;
        }
        let name_span = Span::new(self.span(first)?.start, self.span(end)?.end);
        let speaker = Speaker {
            name: words::squash_spaces(name_span.get(self.text)?),
            id: None,
            kind: EntityKind::Group,
            role: None,
        };
        Some(Np { speaker, first, last: end, name_span })
    }

    /// A plural noun that can head an anonymous group with a knowledge phrase.
    fn is_informed_head(w: &str) -> bool {
        words::is_group_noun(w) || matches!(w, "people" | "persons" | "insiders" | "individuals")
    }

    /// Token `next` after an addressee, moved past the rest of the audience phrase: "told a
    /// meeting of bankers here that …" → the "that"; "told reporters here …" → after "here".
    /// The cue keeps only the addressee up to its head noun.
    fn past_audience_tail(&self, next: usize) -> usize {
        let Some(w) = self.word(next) else { return next };
        if matches!(w, "here" | "there") {
            return next + 1;
        }
        if w != "of" {
            return next;
        }
        let stop = (next + TAIL_LOOKAHEAD).min(self.sentence.end);
        (next + 1..stop)
            .take_while(|&k| self.is_word(k) || self.kind(k) == Some(TokenKind::Number))
            .find(|&k| self.word(k).is_some_and(words::is_that))
            .unwrap_or(next)
    }

    /// Whether the words between a subject and its cue (tokens `from..cue`) hold a perfect
    /// auxiliary: `Some(true)` for "had" (past perfect), `Some(false)` for "has"/"have".
    fn perfect_auxiliary(&self, from: usize, cue: usize) -> Option<bool> {
        // "X, who has long pushed for ..., said": a relative clause's auxiliary is its own
        // verb's, up to the comma that closes it.
        let mut relative = false;
        (from..cue).find_map(|k| match self.word(k)? {
            "who" | "whose" | "which" => {
                relative = true;
                None
            }
            "," => {
                relative = false;
                None
            }
            "had" if !relative => Some(true),
            "has" | "have" if !relative => Some(false),
            _ => None,
        })
    }

    /// `"…," said Ana Ruiz of Krell Terminals.`: the affiliation after an inverted speaker
    /// belongs to the attribution, not to a statement.
    fn skip_affiliation(&self, j: usize) -> usize {
        if !self.word(j).is_some_and(|w| matches!(w, "of" | "from" | "at")) {
            return j;
        }
        let mut k = j + 1;
        if self.word(k).is_some_and(words::is_determiner) {
            k += 1;
        }
        let named_from = k;
        // "of Orion Research & Partners": the ampersand of a firm's name is punctuation to
        // the tokenizer.
        let ampersand = |k: usize| k > named_from && self.is_punct(k, "&");
        while k < self.sentence.end && (self.is_word(k) || ampersand(k)) {
            let w = self.word(k).unwrap_or("");
            let name_word = self.any_mention_at(k).is_some()
                || self.cap(w)
                || (k > named_from && matches!(w, "and" | "of" | "for" | "&"));
            if !name_word {
                break;
            }
            k += 1;
        }
        // Do not end on a joining word: "of Krell and".
        while k > named_from
            && self.word(k - 1).is_some_and(|w| matches!(w, "and" | "of" | "for" | "&"))
        {
            k -= 1;
        }
        if k > named_from {
            k
        } else {
            j
        }
    }

    /// "The district said it would help, but Ruiz said Tuesday that …": the byte of a comma
    /// after token `from` that opens a contrasting clause with its own cue, where a reported
    /// clause ends.
    fn next_attribution(&self, from: usize) -> Option<usize> {
        let end = self.sentence.end;
        let comma = (from..end).find(|&k| {
            self.is_punct(k, ",")
                && self.word(k + 1).is_some_and(|w| matches!(w, "but" | "while" | "whereas"))
        })?;
        let has_cue = (comma + 2..(comma + 10).min(end)).any(|k| {
            self.word(k).is_some_and(|w| self.lexicon.starts_cue(w))
                && self.span(k).is_some_and(|s| !self.inside_quote(s.start))
        });
        if has_cue {
            self.span(comma).map(|s| s.start)
        } else {
            None
        }
    }

    /// Chooses the statement around an attribution and builds the claim.
    fn decide(
        &mut self,
        np: Np,
        attr_first: usize,
        after: usize,
        clause: ClauseKind,
        between: Option<Range<usize>>,
        cue: String,
    ) -> Option<(Claim, usize)> {
        let before = self.before(attr_first);
        let (follow, date_end) = self.after(after, clause);
        let sentence_end = self.sentence.end;
        let end_byte = self.sentence_end_byte();
        let clause_start = self.clause_start();
        let mut intro = None;
        // A quote split around its attribution is direct although the span covers both.
        let mut forced_kind = None;
        // The quote's parts without the attribution between them.
        let mut pieces = Vec::new();
        let (span, consumed) = match (before, follow) {
            (Before::Quote(q1), After::Quote(q2)) => {
                forced_kind = Some(ClaimKind::Direct);
                pieces = vec![q1.inner, q2.inner];
                (Span::new(q1.inner.start, q2.inner.end), q2.span.end)
            }
            (_, After::Quote(q)) => {
                if let Before::Comma(comma) = before {
                    intro = self.fronted_intro(clause_start, comma);
                }
                (q.inner, q.span.end)
            }
            (Before::Comma(comma), After::Resume(resume)) => {
                // A parenthetical attribution: the statement is on both sides of it.
                let end = self.statement_end();
                let lead = self.words_between(clause_start, self.span(comma)?.start);
                let first = if lead >= 4 { clause_start } else { resume };
                if self.words_between(first, end) < 3 {
                    return None;
                }
                (Span::new(self.span(first)?.start, end), end_byte)
            }
            (Before::Quote(q), After::End | After::Resume(_)) => {
                let lead_words = self.words_between(clause_start, q.span.start);
                let start = if lead_words > 0 {
                    self.span(clause_start).map_or(q.inner.start, |s| s.start)
                } else {
                    q.inner.start
                };
                let mut span = Span::new(start, q.inner.end);
                let mut consumed = end_byte;
                if let Some(q2) = self.continuation_quote(sentence_end) {
                    span = span.cover(q2.inner);
                    consumed = q2.span.end;
                    if lead_words == 0 {
                        forced_kind = Some(ClaimKind::Direct);
                    }
                    pieces = vec![Span::new(start, q.inner.end), q2.inner];
                }
                (span, consumed)
            }
            (Before::Comma(comma), After::End) => {
                let start = self.span(clause_start)?.start;
                let end = self.span(comma)?.start;
                if self.words_between(clause_start, self.span(comma)?.start) < 2 {
                    return None;
                }
                // "Speaking in Brussels, X acknowledged the loss": the scene an occasion's
                // participle sets is no statement either.
                let occasion = self.word(clause_start).is_some_and(|w| {
                    matches!(
                        w,
                        "Speaking"
                            | "Addressing"
                            | "Responding"
                            | "Reacting"
                            | "Writing"
                            | "Testifying"
                            | "Commenting"
                            | "Appearing"
                    )
                });
                // "For 1985, the company posted a gain": a cue with an object after it
                // reports no statement before it; a trailing attribution ends at the cue,
                // its occasion or its day ("…, she said on Tuesday in Kyiv").
                let object = self.in_sentence(after)
                    && self.is_word(after)
                    && self.word(after).is_some_and(|w| {
                        !words::is_tail_preposition(w)
                            && !matches!(w, "here" | "today" | "tonight" | "yesterday" | "too")
                            && dates::parse_at(|k| self.word(k), after).is_none()
                    });
                if occasion || object {
                    return None;
                }
                // "Last week, the group claimed a victory": a fronted time is no statement.
                let on = usize::from(
                    self.word_is(clause_start, "On") || self.word_is(clause_start, "on"),
                );
                if dates::parse_at(|k| self.word(k), clause_start + on)
                    .is_some_and(|(_, past)| past >= comma)
                {
                    // Still the subject that acts: "the company" of the next sentence.
                    if np.speaker.kind == EntityKind::Organization {
                        self.note_org(np.speaker.clone());
                        self.note_subject_org(&np.speaker);
                    }
                    return None;
                }
                (Span::new(start, end), end_byte)
            }
            (_, After::Clause(start)) => {
                if let Before::Comma(comma) = before {
                    intro = self.fronted_intro(clause_start, comma);
                }
                let start_byte = self.span(start)?.start;
                let (end, consumed) = match self.next_attribution(start) {
                    Some(comma) => (comma, comma),
                    // The participle's statement is the second claim (`adding_claim`).
                    None => match self.participle_break(start) {
                        Some(comma) => (comma, end_byte),
                        None => (self.statement_end(), end_byte),
                    },
                };
                if self.words_between(start, end) < 2 {
                    return None;
                }
                (Span::new(start_byte, end), consumed)
            }
            _ => return None,
        };
        let span = trim_span(self.text, span);
        if span.is_empty() {
            return None;
        }
        let date = self.find_date(after, date_end.min(sentence_end), between, intro);
        let (stated_on, date_basis) = dates::resolve(date, self.doc.published);
        let kind = forced_kind.unwrap_or_else(|| self.kind_of(span));
        let claim = Claim {
            speaker: np.speaker,
            speaker_span: Some(np.name_span),
            cue,
            kind,
            span,
            pieces: pieces.into_iter().map(|p| trim_span(self.text, p)).collect(),
            stated_on,
            date_basis,
        };
        Some((claim, consumed))
    }

    fn find_date(
        &self,
        after: usize,
        after_end: usize,
        between: Option<Range<usize>>,
        intro: Option<Range<usize>>,
    ) -> Option<DateExpr> {
        let word = |k: usize| self.word(k);
        dates::find_in(word, after, after_end)
            .or_else(|| between.and_then(|r| dates::find_in(word, r.start, r.end)))
            .or_else(|| intro.and_then(|r| dates::find_in(word, r.start, r.end)))
    }

    /// A claim whose cue carries no date of its own: dated by the publication, its kind
    /// read from how much of `span` is quoted.
    fn undated_claim(&self, np: Np, cue: String, span: Span) -> Claim {
        let (stated_on, date_basis) = dates::resolve(None, self.doc.published);
        Claim {
            speaker: np.speaker,
            speaker_span: Some(np.name_span),
            cue,
            kind: self.kind_of(span),
            span,
            pieces: Vec::new(),
            stated_on,
            date_basis,
        }
    }

    /// "according to X, …" and "…, according to X."
    fn according_to(&mut self, i: usize, cue_end: usize) -> Option<(Claim, usize)> {
        // "according to two people familiar with the matter".
        let informed = (cue_end..(cue_end + 5).min(self.sentence.end))
            .find(|&g| {
                self.word(g).is_some_and(Self::is_informed_head)
                    && self.knowledge_phrase_end(g + 1).is_some()
            })
            .and_then(|g| self.informed_group(g, self.knowledge_phrase_end(g + 1)?))
            .filter(|np| np.first <= cue_end);
        let np = match informed.map_or_else(|| self.np_right(cue_end), Some) {
            // "according to the Forest Department's affidavit, …": the owner speaks.
            Some(np) if self.word(np.last).is_some_and(words::is_possessive) => {
                self.owner_of_source(np)?
            }
            Some(np) => np,
            None => self.possessive_source(cue_end).or_else(|| self.document_source(cue_end))?,
        };
        let clause_start = self.clause_start();
        let prev = i.checked_sub(1);
        let cue = "according to".to_string();
        if let Some(prev) = prev.filter(|&p| self.is_punct(p, ",") && p > clause_start) {
            // Trailing: the statement is the clause before the comma.
            let start = self.span(clause_start)?.start;
            let end = self.span(prev)?.start;
            if self.words_between(clause_start, end) < 2 {
                return None;
            }
            let span = trim_span(self.text, Span::new(start, end));
            let claim = self.undated_claim(np, cue, span);
            return Some((claim, self.sentence_end_byte()));
        }
        // Leading: only at the start of a clause ("According to X, …", "But according to X …").
        let at_start = i == clause_start
            || prev.is_some_and(|p| {
                self.is_punct(p, ",") || self.word(p).is_some_and(words::is_function_word)
            });
        if !at_start {
            return None;
        }
        let mut start = np.last + 1;
        if self.is_punct(start, ",") {
            start += 1;
        }
        let end = self.statement_end();
        if self.words_between(start, end) < 2 {
            return None;
        }
        let span = trim_span(self.text, Span::new(self.span(start)?.start, end));
        let claim = self.undated_claim(np, cue, span);
        Some((claim, self.sentence_end_byte()))
    }

    /// "according to the Forest Department's affidavit, …": a name ending in a possessive
    /// (`np`) owns the document that speaks; the phrase runs to the next comma.
    fn owner_of_source(&self, np: Np) -> Option<Np> {
        let mut speaker = np.speaker;
        let name = words::possessor(&speaker.name)?.trim_end().to_string();
        if name.is_empty() {
            return None;
        }
        let lc = words::last_word(&name)?.to_lowercase();
        if speaker.kind == EntityKind::Person && words::is_org_noun(&lc) {
            speaker.kind = EntityKind::Organization;
        }
        speaker.name = name;
        let end =
            (np.last + 1..(np.last + 8).min(self.sentence.end)).find(|&k| self.is_punct(k, ","))?;
        let name_span = Span::new(np.name_span.start, self.span(np.last)?.end);
        Some(Np { speaker, first: np.first, last: end - 1, name_span })
    }

    /// "according to the ministry's own estimates, …": the owner of the source document
    /// speaks; the phrase runs to the next comma.
    fn possessive_source(&self, j: usize) -> Option<Np> {
        let mut j = j;
        if self.word(j).is_some_and(words::is_determiner) {
            j += 1;
        }
        let w = self.word(j)?;
        if !words::is_possessive(w) {
            return None;
        }
        let stem = w.char_indices().rev().nth(1).map(|(at, _)| w.get(..at).unwrap_or(""))?;
        let speaker = match self.mention_at(j) {
            Some(m) => self.speaker_of(m),
            None => {
                let lc = stem.to_lowercase();
                if !words::is_org_noun(&lc) {
                    return None;
                }
                self.org_for_noun(&lc).cloned()?
            }
        };
        let comma = (j + 1..(j + 8).min(self.sentence.end)).find(|&k| self.is_punct(k, ","))?;
        Some(Np { speaker, first: j, last: comma - 1, name_span: self.span(j)? })
    }

    /// "according to a study published on Wednesday, …", "…, according to the poll": a
    /// study, poll or survey with no author named speaks for itself, as "the study". The
    /// phrase runs to the next comma.
    fn document_source(&self, j: usize) -> Option<Np> {
        let mut k = j;
        while k < j + 3
            && self.word(k).is_some_and(|w| {
                words::is_determiner(w) || matches!(w, "new" | "recent" | "latest" | "annual")
            })
        {
            k += 1;
        }
        let w = self.word(k)?;
        let mut buf = [0u8; 24];
        let noun = words::lower(w, &mut buf)?;
        if !words::is_source_document(noun) {
            return None;
        }
        let stop = (k + 1 + MAX_NP).min(self.sentence.end);
        let last = (k + 1..stop).find(|&x| self.is_punct(x, ",")).map_or(k, |c| c - 1);
        let speaker = Speaker {
            name: format!("the {noun}"),
            id: None,
            kind: EntityKind::Organization,
            role: None,
        };
        Some(Np { speaker, first: j, last, name_span: self.span(k)? })
    }

    /// "X was quoted by the Post as saying …", "X was quoted as saying by the Post": the
    /// speaker is the passive's subject; the publisher is only the channel.
    fn quoted_passive(&mut self, i: usize, cue_end: usize) -> Option<(Claim, usize)> {
        let limit = (cue_end + MAX_NP + 2).min(self.sentence.end);
        let as_at = (cue_end..limit)
            .take_while(|&k| self.is_word(k) || self.kind(k) == Some(TokenKind::Number))
            .find(|&k| self.word_is(k, "as") && self.word_is(k + 1, "saying"))?;
        // The auxiliary stands where the cue would: "X was" is the subject and its verb.
        let mut aux = i.checked_sub(1)?;
        if self.word_is(aux, "been") {
            aux = aux
                .checked_sub(1)
                .filter(|&a| self.word(a).is_some_and(|w| matches!(w, "has" | "have" | "had")))?;
        }
        let np = self.subject_left(aux)?;
        let first = np.first;
        self.decide(np, first, as_at + 2, ClauseKind::Bare, None, "quoted as saying".to_string())
    }

    /// "the Post quoted X as saying …": the speaker is X, not the paper.
    fn quoted_as(&mut self, i: usize, cue_end: usize) -> Option<(Claim, usize)> {
        let passive = i.checked_sub(1).filter(|&p| self.in_sentence(p)).is_some_and(|p| {
            self.word(p).is_some_and(|w| matches!(w, "was" | "were" | "is" | "are" | "been"))
        });
        if passive {
            return self.quoted_passive(i, cue_end);
        }
        let np = self.np_right(cue_end)?;
        let mut k = np.last + 1;
        if self.is_punct(k, ",") {
            // An apposition: "quoted Anatoly Antonov, Russia's deputy defense minister, as …"
            k = (k + 1..(k + 1 + MAX_NP).min(self.sentence.end))
                .find(|&j| self.is_punct(j, ","))?
                + 1;
        }
        if !(self.word_is(k, "as") && self.word_is(k + 1, "saying")) {
            return None;
        }
        // The publisher phrase left of "quoted" belongs to the attribution.
        let mut first = i;
        while let Some(p) = first.checked_sub(1) {
            let w = self.word(p).unwrap_or("");
            let publisher = self.in_sentence(p)
                && self.is_word(p)
                && (self.mention_at(p).is_some()
                    || (self.cap(w) && !words::is_function_word(w))
                    || w.eq_ignore_ascii_case("the"));
            if !publisher || i - p > MAX_NP {
                break;
            }
            first = p;
        }
        let between = None;
        self.decide(np, first, k + 2, ClauseKind::Bare, between, "quoted as saying".to_string())
    }

    /// The addressee of "told": "reporters", "the BBC", "a news conference".
    fn object(&self, j: usize) -> Option<(&'a str, usize)> {
        let mut k = j;
        while k < self.sentence.end && k < j + 5 {
            let w = self.word(k)?;
            let ok = self.is_word(k)
                && !words::is_that(w)
                && dates::parse_at(|x| self.word(x), k).is_none()
                && (words::is_audience_word(w)
                    || self.mention_at(k).is_some()
                    || (self.cap(w) && !words::is_function_word(w)));
            if !ok {
                break;
            }
            k += 1;
        }
        while k > j
            && self
                .word(k - 1)
                .is_some_and(|w| words::is_determiner(w) || matches!(w, "his" | "her" | "their"))
        {
            k -= 1;
        }
        // "told a regular government news conference": an article opens a noun phrase that
        // ends at an audience noun.
        let opens_np =
            self.word(j).is_some_and(|w| matches!(w, "a" | "an" | "the" | "his" | "her" | "their"));
        // "told Parliament's trade committee": a possessive name opens one too.
        let owner_first = !opens_np && k > j && self.word(k - 1).is_some_and(words::is_possessive);
        if (opens_np && k <= j + 1) || owner_first {
            let first = if opens_np { j + 1 } else { k };
            let stop = (first + 5).min(self.sentence.end);
            let head = (first..stop)
                .take_while(|&x| self.is_word(x) && !self.word(x).is_some_and(words::is_that))
                .find(|&x| {
                    self.word(x).is_some_and(|w| {
                        words::is_audience_word(w)
                            && !words::is_determiner(w)
                            && !matches!(
                                w,
                                "his"
                                    | "her"
                                    | "their"
                                    | "state"
                                    | "local"
                                    | "foreign"
                                    | "news"
                                    | "press"
                            )
                    })
                });
            if let Some(h) = head {
                k = h + 1;
            }
        }
        if k == j {
            return None;
        }
        Some((self.text_of(j, k - 1)?, k))
    }

    // ---- statement shape ---------------------------------------------------------

    fn before(&self, attr_first: usize) -> Before<'a> {
        let Some(mut p) = attr_first.checked_sub(1).filter(|&p| self.in_paragraph(p)) else {
            return Before::Other;
        };
        // `"…," consumer spokesman X said`: plain lowercase modifiers the title walk did not
        // know still belong to the speaker phrase.
        for _ in 0..2 {
            let plain = self.is_word(p)
                && self.word(p).is_some_and(|w| {
                    w.bytes().all(|b| b.is_ascii_lowercase())
                        && !words::is_function_word(w)
                        && !words::is_determiner(w)
                        && !w.ends_with("ed")
                        && !words::is_ly_adverb(w)
                        && !self.lexicon.starts_cue(w)
                });
            let Some(q) = p.checked_sub(1).filter(|&q| plain && self.in_paragraph(q)) else {
                break;
            };
            let boundary = self.closing_quote(q).is_some() || self.is_punct(q, ",");
            p = q;
            if boundary {
                break;
            }
        }
        if let Some(q) = self.closing_quote(p) {
            return Before::Quote(q);
        }
        if self.is_punct(p, ",") {
            if let Some(q) = p.checked_sub(1).and_then(|pp| self.closing_quote(pp)) {
                return Before::Quote(q);
            }
            if self.in_sentence(p) {
                return Before::Comma(p);
            }
        }
        Before::Other
    }

    /// What follows the cue at token `j`, and where the date search after the cue ends.
    fn after(&self, j: usize, clause: ClauseKind) -> (After<'a>, usize) {
        let end = self.sentence.end;
        let mut j = j;
        let mut after_date = false;
        // Dates and adverbs right after the cue modify it: "said Tuesday", "said earlier".
        while j < end {
            if let Some((_, next)) = dates::parse_at(|x| self.word(x), j) {
                j = next;
                after_date = true;
                continue;
            }
            let w = self.word(j).unwrap_or("");
            // "told TRT on Tuesday evening": the part of the day belongs to the date.
            if after_date && matches!(w, "morning" | "afternoon" | "evening" | "night") {
                j += 1;
                continue;
            }
            after_date = false;
            let adverb = matches!(
                w,
                "earlier"
                    | "later"
                    | "late"
                    | "early"
                    | "again"
                    | "also"
                    | "publicly"
                    | "privately"
                    | "repeatedly"
                    | "on"
            ) && (w != "on" || dates::parse_at(|x| self.word(x), j + 1).is_some())
                || w == "here" && self.place_adverb_here(j);
            if !adverb {
                break;
            }
            j += 1;
        }
        let after_dates = j;
        if j >= end {
            return (After::End, end);
        }
        let w = self.word(j).unwrap_or("");
        match self.kind(j) {
            Some(TokenKind::Punct) => {
                // "She cautioned, however, that …": a sentence adverb between commas
                // leaves the cue's clause after it.
                if let Some(past) = (w == ",").then(|| self.aside_end(j)).flatten() {
                    return self.after(past, clause);
                }
                if matches!(w, ":" | ",") {
                    if let Some(q) = self.opening_quote(j + 1) {
                        return (After::Quote(q), j);
                    }
                    if w == ":" {
                        return (After::Clause(j + 1), j);
                    }
                    let resumes = self.in_sentence(j + 1)
                        && self.is_word(j + 1)
                        && self.word(j + 1).is_some_and(|x| {
                            !words::is_tail_preposition(x)
                                && !x.ends_with("ing")
                                && !matches!(x, "who" | "which" | "whose" | "a" | "an" | "the")
                        });
                    if resumes {
                        return (After::Resume(j + 1), end);
                    }
                    return (After::End, end);
                }
                if matches!(w, "." | "!" | "?" | ";") || self.is_last_in_sentence(j) {
                    return (After::End, end);
                }
                (After::End, end)
            }
            Some(TokenKind::Quote) => match self.opening_quote(j) {
                Some(_) if !matches!(clause, ClauseKind::Of | ClauseKind::To) => {
                    (After::Clause(j), j)
                }
                _ => (After::End, end),
            },
            Some(TokenKind::Word) | Some(TokenKind::Number) => {
                if words::is_that(w) {
                    return (After::Clause(j + 1), j);
                }
                if clause == ClauseKind::To {
                    return if self.is_appeal(j) {
                        (After::Clause(j), j)
                    } else {
                        (After::End, end)
                    };
                }
                if clause == ClauseKind::Of {
                    let has_of = (j..end.min(j + MAX_NP + 2)).any(|k| self.word_is(k, "of"));
                    return if has_of { (After::Clause(j), j) } else { (After::End, end) };
                }
                if words::is_tail_preposition(w) {
                    let stop = end.min(j + TAIL_LOOKAHEAD);
                    for k in j..stop {
                        if self.word(k).is_some_and(words::is_that) {
                            return (After::Clause(k + 1), k);
                        }
                        // `wrote on X: "…"`, `said in a statement: "…"`: the occasion, then
                        // the quotation it introduces.
                        if self.is_punct(k, ":") {
                            if let Some(q) = self.opening_quote(k + 1) {
                                return (After::Quote(q), k);
                            }
                        }
                        if self.is_punct(k, ",") || self.kind(k) == Some(TokenKind::Quote) {
                            break;
                        }
                    }
                    return (After::End, end);
                }
                if clause == ClauseKind::Bare {
                    return (After::Clause(after_dates), after_dates);
                }
                // "confirmed the deal" names a thing, not a statement.
                (After::End, end)
            }
            None => (After::End, end),
        }
    }

    /// Whether the "here" at token `j` names the place of the saying, as wire copy writes it
    /// ("said here on Wednesday", "told reporters here that …"): the word after it ends the
    /// clause or opens a date, an occasion or the statement. "said here is …" is a statement.
    fn place_adverb_here(&self, j: usize) -> bool {
        let next = j + 1;
        if !self.in_sentence(next) || !self.is_word(next) {
            return true;
        }
        let w = self.word(next).unwrap_or("");
        words::is_that(w)
            || words::is_tail_preposition(w)
            || dates::parse_at(|x| self.word(x), next).is_some()
    }

    /// Whether an appeal's addressee and infinitive start at token `j`: "allies to deliver
    /// …", "Beijing and New Delhi to use …", not "caution" or "to the public".
    fn is_appeal(&self, j: usize) -> bool {
        let stop = self.sentence.end.min(j + MAX_NP + 1);
        let Some(to) = (j..stop).find(|&k| self.word_is(k, "to") || !self.appeal_word(k)) else {
            return false;
        };
        // `to "use their influence …"`: the infinitive may open a quotation.
        let verb = if self.kind(to + 1) == Some(TokenKind::Quote) { to + 2 } else { to + 1 };
        to > j
            && self.word_is(to, "to")
            && self.word(verb).is_some_and(|w| {
                self.is_word(verb)
                    && w.bytes().all(|b| b.is_ascii_lowercase())
                    && !words::is_determiner(w)
                    && !words::is_function_word(w)
                    && !words::is_possessive(w)
            })
    }

    /// A token that can be part of an appeal's addressee: a word other than "that", or a
    /// comma of a list ("Russia, Ukraine and Belarus").
    fn appeal_word(&self, k: usize) -> bool {
        (self.is_word(k) && !self.word(k).is_some_and(words::is_that)) || self.is_punct(k, ",")
    }

    fn is_last_in_sentence(&self, j: usize) -> bool {
        j + 1 >= self.sentence.end
    }

    /// The first token of the current clause: the sentence start, or later if an earlier
    /// claim consumed part of the sentence.
    fn clause_start(&self) -> usize {
        let start = self.sentence.start;
        if self.span(start).is_some_and(|s| s.start >= self.consumed) {
            start
        } else {
            self.token_at(self.consumed).max(start)
        }
    }

    fn sentence_end_byte(&self) -> usize {
        self.sentence.end.checked_sub(1).and_then(|k| self.span(k)).map_or(self.consumed, |s| s.end)
    }

    /// The end of a statement running to the sentence end, without final punctuation.
    fn statement_end(&self) -> usize {
        let mut k = self.sentence.end;
        while k > self.sentence.start {
            let Some(t) = self.toks.get(k - 1) else { break };
            if t.kind == TokenKind::Punct {
                k -= 1;
                continue;
            }
            break;
        }
        k.checked_sub(1).and_then(|k| self.span(k)).map_or(0, |s| s.end)
    }

    /// Word tokens from token `from` up to byte `to`.
    fn words_between(&self, from: usize, to: usize) -> usize {
        let mut n = 0;
        let mut k = from;
        while let Some(t) = self.toks.get(k) {
            if t.span().start >= to {
                break;
            }
            if matches!(t.kind, TokenKind::Word | TokenKind::Number) {
                n += 1;
            }
            k += 1;
        }
        n
    }

    /// A quotation opening right after the attribution sentence and closing the paragraph:
    /// `"…," X said at a briefing. "…"` is one statement.
    fn continuation_quote(&self, next: usize) -> Option<&'a QuoteSpan> {
        if !self.in_paragraph(next) {
            return None;
        }
        let q = self.opening_quote(next)?;
        let tail = Span::new(q.span.end, self.paragraph_span.end).get(self.text)?;
        tail.chars().all(|c| c.is_whitespace() || c.is_ascii_punctuation()).then_some(q)
    }

    /// Direct when nearly all words are quoted, mixed when some are, else indirect.
    fn kind_of(&self, span: Span) -> ClaimKind {
        let mut total = 0usize;
        let mut quoted = 0usize;
        let mut q = near_partition(self.quotes, &self.quote_hint, |q| q.span.end <= span.start);
        // No quotation reaches into the statement (most reported speech): no word of it is
        // quoted, and its words need no count.
        if self.quotes.get(q).map_or(true, |x| x.span.start >= span.end) {
            return ClaimKind::Indirect;
        }
        let mut k = self.token_at(span.start);
        while let Some(t) = self.toks.get(k) {
            if t.span().start >= span.end {
                break;
            }
            k += 1;
            if !matches!(t.kind, TokenKind::Word | TokenKind::Number) {
                continue;
            }
            total += 1;
            while self.quotes.get(q).is_some_and(|x| x.span.end <= t.span().start) {
                q += 1;
            }
            if self.quotes.get(q).is_some_and(|x| x.span.start <= t.span().start) {
                quoted += 1;
            }
        }
        if quoted == 0 {
            ClaimKind::Indirect
        } else if quoted * 10 >= total * 9 {
            ClaimKind::Direct
        } else {
            ClaimKind::Mixed
        }
    }

    // ---- speakers ----------------------------------------------------------------

    /// The subject phrase ending right before the cue at `i` (adverbs and dates skipped).
    fn subject_left(&mut self, i: usize) -> Option<Np> {
        if let Some(np) = self.age_described_person(i) {
            return Some(np);
        }
        let start = self.sentence.start;
        let mut j = i.checked_sub(1)?;
        while j >= start && self.word(j).is_some_and(words::is_cue_adverb) && self.is_word(j) {
            j = j.checked_sub(1)?;
        }
        if j < start {
            return None;
        }
        let w = self.word(j)?;
        // "Analysts at Krell, by contrast, wrote that …": the subject is before the aside.
        // The subject is read as if the cue followed it; an aside holds no comma of its
        // own, so this recurs at most once per aside.
        if let Some(open) = self.is_punct(j, ",").then(|| self.aside_start(j)).flatten() {
            return if open > start { self.subject_left(open) } else { None };
        }
        if self.is_punct(j, ",") {
            return self.apposition_left(j);
        }
        // "the National Statistics Institute (INSEE) said": the name is before the brackets;
        // "<American Stock Exchange> said" (wire markup): inside them.
        if self.is_punct(j, ")") || self.is_punct(j, ">") {
            let open = if self.is_punct(j, ")") { "(" } else { "<" };
            let o = (j.saturating_sub(8)..j).rev().find(|&k| self.is_punct(k, open))?;
            // A ticker ("<NHY.OL>", "<IBM>") follows the name; a marked-up name is inside.
            let ticker = open == "<"
                && (o + 1..j).all(|k| {
                    self.word(k).is_some_and(|w| !w.bytes().any(|b| b.is_ascii_lowercase()))
                });
            let head = if open == "(" || ticker { o.checked_sub(1)? } else { j.checked_sub(1)? };
            if head < start || (head <= o && open == "<" && !ticker) {
                return None;
            }
            let mut np = self.head_np(head)?;
            np.last = j;
            if open == "<" && !ticker {
                np.first = np.first.min(o);
            }
            return Some(np);
        }
        // "board member Ray Holm, who said …": the relative pronoun stands for the phrase
        // before its comma.
        if matches!(w, "who" | "which") {
            let comma = j.checked_sub(1).filter(|&c| c >= start && self.is_punct(c, ","))?;
            let antecedent = comma.checked_sub(1).filter(|&a| a >= start)?;
            let mut np = self.head_np(antecedent)?;
            np.last = j;
            return Some(np);
        }
        // "Two officials familiar with the talks said": the group before its knowledge phrase.
        let informed = (j.saturating_sub(9).max(start)..j).find(|&g| {
            // The word after the group opens the phrase: tested first, as it is cheap, and
            // its length before its text.
            matches!(self.span(g + 1).map(|s| s.len()), Some(4 | 5 | 7 | 8 | 13))
                && self.word(g + 1).is_some_and(|w| {
                    matches!(
                        w,
                        "familiar"
                            | "privy"
                            | "close"
                            | "briefed"
                            | "involved"
                            | "aware"
                            | "knowledgeable"
                            | "with"
                    )
                })
                && self.word(g).is_some_and(Self::is_informed_head)
                && self.knowledge_phrase_end(g + 1) == Some(j)
        });
        if let Some(g) = informed {
            if let Some(np) = self.informed_group(g, j) {
                return Some(np);
            }
        }
        // "one of them said": a member of the last plural speaker.
        if w.eq_ignore_ascii_case("them") && self.word_is(j.saturating_sub(1), "of") {
            let speaker = self.resolve_pronoun(Pronoun::Plural)?;
            let first = j.saturating_sub(2).max(start);
            return Some(Np { speaker, first, last: j, name_span: self.span(j)? });
        }
        let np = self.head_np(j)?;
        Some(self.joint_subject(np))
    }

    /// The token after the closing comma of a sentence adverb's aside opening at comma
    /// `open` (", however,", ", by contrast,", ", for her part,").
    fn aside_end(&self, open: usize) -> Option<usize> {
        (2..=4).find_map(|n| {
            let close = open + n;
            (self.is_punct(close, ",") && self.is_aside(open + 1, close)).then_some(close + 1)
        })
    }

    /// The opening comma of a sentence adverb's aside closing at comma `close`.
    fn aside_start(&self, close: usize) -> Option<usize> {
        (2..=4).find_map(|n| {
            let open = close.checked_sub(n)?;
            (self.is_punct(open, ",") && self.is_aside(open + 1, close)).then_some(open)
        })
    }

    /// Whether tokens `first..end` are a sentence adverb set off by commas.
    fn is_aside(&self, first: usize, end: usize) -> bool {
        let w = |k: usize| self.word(k).unwrap_or("");
        match end.checked_sub(first) {
            Some(1) => matches!(
                w(first),
                "however"
                    | "though"
                    | "meanwhile"
                    | "too"
                    | "instead"
                    | "nevertheless"
                    | "moreover"
                    | "separately"
                    | "likewise"
                    | "similarly"
                    | "meantime"
            ),
            Some(2) => {
                matches!((w(first), w(first + 1)), ("by" | "in", "contrast") | ("in", "turn"))
            }
            Some(3) => {
                w(first) == "for"
                    && matches!(w(first + 1), "his" | "her" | "its" | "their")
                    && w(first + 2) == "part"
            }
            _ => false,
        }
    }

    /// "The World Health Organization and UNICEF said in a joint statement": two bodies
    /// (or countries) joined by "and" as the clause's subject speak together, named as
    /// "A and B", and are "the two agencies" of the next sentences.
    fn joint_subject(&mut self, np: Np) -> Np {
        let body = |k: EntityKind| matches!(k, EntityKind::Organization | EntityKind::Country);
        if !body(np.speaker.kind) {
            return np;
        }
        // "Co Inc" of "Merck and Co Inc" is the end of one company's name; "American Express
        // and its brokerage unit" names one body and a part of it.
        let first_word = words::first_word(&np.speaker.name);
        if first_word.map_or(true, |w| words::is_corporate_suffix(w) || !self.cap(w)) {
            return np;
        }
        // "... and the UN children's agency UNICEF said": a short description may stand
        // between "and" and the second body's name.
        let Some(and) = (np.first.saturating_sub(5)..np.first).rev().find(|&a| {
            self.len_is(a, 3)
                && self.word_is(a, "and")
                && (a + 1..np.first).all(|k| self.is_word(k) || self.is_punct(k, "'"))
        }) else {
            return np;
        };
        // "the World Health Organization (WHO) and ...": the abbreviation is the first's.
        let mut before_and = and.checked_sub(1);
        if let Some(close) = before_and.filter(|&c| self.is_punct(c, ")")) {
            let open = (close.saturating_sub(3)..close).rev().find(|&o| self.is_punct(o, "("));
            before_and = open.and_then(|o| o.checked_sub(1));
        }
        let left = before_and.and_then(|l| {
            let m = self.any_mention_at(l)?;
            let ends_here = self.span(l).is_some_and(|s| s.end == m.span.end);
            (ends_here && body(m.kind) && !m.adjective).then_some((self.mention_first_token(m), m))
        });
        let Some((left_first, m)) = left else { return np };
        let start = self.clause_start();
        let mut left_start = left_first;
        if left_start.checked_sub(1).is_some_and(|d| self.word(d).is_some_and(words::is_determiner))
        {
            left_start -= 1;
        }
        // The pair opens the clause, or follows the statement it ends ("..., the WHO and
        // UNICEF said").
        let opens = left_start == start
            || left_start.checked_sub(1).is_some_and(|c| self.is_punct(c, ",") && c >= start);
        if !opens {
            return np;
        }
        let start = left_start;
        let left_np = self.np_from_mention(m, left_first);
        let left_name = left_np.map_or_else(|| self.speaker_of(m).name, |n| n.speaker.name);
        let kind =
            if np.speaker.kind == EntityKind::Organization && m.kind == EntityKind::Organization {
                EntityKind::Organization
            } else {
                EntityKind::Group
            };
        let speaker = Speaker {
            name: format!("{left_name} and {}", np.speaker.name),
            id: None,
            kind,
            role: None,
        };
        self.last_joint = Some(speaker.clone());
        let name_span = Span::new(m.span.start, np.name_span.end);
        Np { speaker, first: start, last: np.last, name_span }
    }

    /// "Saudi Arabia and Russia agreed to ...": two bodies opening a sentence together are
    /// "the two sides" of the next sentences even when they said nothing yet.
    /// `k` is the sentence's first token after an article.
    fn note_joint_opening(&mut self, k: usize) {
        let Some(m) = self.any_mention_at(k) else { return };
        let body = matches!(m.kind, EntityKind::Organization | EntityKind::Country);
        if !body || m.adjective || self.span(k).map_or(true, |s| s.start != m.span.start) {
            return;
        }
        let and = self.token_at(m.span.end);
        if !self.word_is(and, "and") || !self.in_sentence(and + 1) {
            return;
        }
        let right = self.any_mention_at(and + 1).filter(|r| {
            matches!(r.kind, EntityKind::Organization | EntityKind::Country) && !r.adjective
        });
        if let Some(r) = right {
            let last = self.token_at(r.span.end).saturating_sub(1);
            if let Some(np) = self.np_from_mention(r, last) {
                let joint = self.joint_subject(np);
                if joint.speaker.name.contains(" and ") {
                    self.last_joint = Some(joint.speaker);
                }
            }
        }
    }

    /// "the two agencies", "both organisations", "the two sides": the bodies that last spoke
    /// together. `j` is the plural noun.
    fn joint_referent(&self, j: usize) -> Option<Np> {
        let joint = self.last_joint.as_ref()?;
        let number = j.checked_sub(1)?;
        let both = self.word(number).is_some_and(|w| w.eq_ignore_ascii_case("both"));
        let the_two = self.word_is(number, "two")
            && number
                .checked_sub(1)
                .is_some_and(|d| self.word(d).is_some_and(|w| w.eq_ignore_ascii_case("the")));
        if !(both || the_two) || !self.word(j).is_some_and(|w| w.ends_with('s')) {
            return None;
        }
        let first = if both { number } else { number - 1 };
        let name_span = Span::new(self.span(first)?.start, self.span(j)?.end);
        Some(Np { speaker: joint.clone(), first, last: j, name_span })
    }

    /// "A woman in her 70s who spent the night at a shelter said", "a nurse in her 40s, who
    /// asked not to be named, said", "a retired teacher in his eighties from Leeds told": a
    /// person described by a decade of life is an unnamed source, named as the text
    /// describes them (the place they are from included), and "her"/"his" gives the gender a
    /// later "she said" needs; "who wanted to be known as X" names them X.
    fn age_described_person(&mut self, i: usize) -> Option<Np> {
        const REACH: usize = 30;
        let from = i.saturating_sub(REACH).max(self.clause_start());
        // The cheap test first: "in" right before "her"/"his" and a decade.
        let at = (from..i).find(|&k| {
            self.len_is(k, 2)
                && self.word_is(k, "in")
                && self.word(k + 1).is_some_and(|w| matches!(w, "her" | "his"))
                && self.word(k + 2).is_some_and(words::is_age_decade)
        })?;
        let gender = if self.word_is(at + 1, "her") { Gender::Female } else { Gender::Male };
        // The described person opens with an indefinite article a few lowercase words back.
        let det = (at.saturating_sub(5).max(from)..at).rev().find(|&k| {
            self.word(k).is_some_and(|w| {
                w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") || w == "One"
            })
        })?;
        let plain = (det + 1..at).all(|k| {
            self.word(k).is_some_and(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
        });
        if !plain || det + 1 == at {
            return None;
        }
        let mut last = at + 2;
        if self.word(last).is_some_and(|w| matches!(w, "early" | "late" | "mid")) {
            last += 1;
        }
        // "... from Stoke-on-Trent": where they are from is part of the description.
        if self.word_is(last + 1, "from")
            && self.word(last + 2).is_some_and(|w| self.cap(w))
            && last + 2 < i
        {
            last += 2;
            while last + 1 < i && self.word(last + 1).is_some_and(|w| self.cap(w)) {
                last += 1;
            }
        }
        // "... in Kuantan, who ...": where they are met is not part of the description.
        let mut next = last + 1;
        if self.word_is(next, "in") && self.word(next + 1).is_some_and(|w| self.cap(w)) {
            next += 1;
            while next < i && self.word(next).is_some_and(|w| self.cap(w)) {
                next += 1;
            }
        }
        // Nothing but a relative clause or an aside may stand between them and the cue.
        let joined = next == i
            || self.is_punct(next, ",")
            || self.word(next).is_some_and(|w| matches!(w, "who" | "whose"));
        if !joined || next > i {
            return None;
        }
        // "who only wanted to be known as Kavitha": the name they gave.
        let known_as = (next..i.saturating_sub(1)).find(|&k| {
            self.word_is(k, "as")
                && k.checked_sub(1).is_some_and(|p| {
                    self.word(p).is_some_and(|w| matches!(w, "known" | "identified" | "named"))
                })
                && self.word(k + 1).is_some_and(words::is_capitalized)
        });
        let (name, name_span) = match known_as {
            Some(k) => {
                let mut end = k + 1;
                while end + 1 < i && self.word(end + 1).is_some_and(words::is_capitalized) {
                    end += 1;
                }
                (self.text_of(k + 1, end)?, Span::new(self.span(k + 1)?.start, self.span(end)?.end))
            }
            None => {
                (self.text_of(det, last)?, Span::new(self.span(det)?.start, self.span(last)?.end))
            }
        };
        let name = words::squash_spaces(name);
        self.genders.entry(name.clone()).or_insert(gender);
        let speaker = Speaker { name, id: None, kind: EntityKind::Person, role: None };
        Some(Np { speaker, first: det, last: i.saturating_sub(1).max(det), name_span })
    }

    fn resolve_pronoun(&mut self, p: Pronoun) -> Option<Speaker> {
        match p {
            Pronoun::Person(want) => {
                let found = self.resolve_person(want)?;
                if let Some(g) = want {
                    self.genders.entry(found.name.clone()).or_insert(g);
                }
                Some(found)
            }
            Pronoun::Plural => self
                .last_plural_speaker
                .clone()
                .or_else(|| self.last_org.clone())
                .or_else(|| self.last_country.map(|m| self.speaker_of(m))),
            Pronoun::Thing => self
                .last_thing_speaker
                .clone()
                .or_else(|| self.last_org.clone())
                .or_else(|| self.last_country.map(|m| self.speaker_of(m))),
        }
    }

    /// He or she: the paragraph's subject or the last person quoted, one whose known gender
    /// fits before one whose gender is unknown; else the newest person named whose gender
    /// fits. Never an organization or a group.
    fn resolve_person(&self, want: Option<Gender>) -> Option<Speaker> {
        let fit = |s: &Speaker| match (want, self.gender_of(s)) {
            (Some(w), Some(g)) if w == g => 2,
            (Some(_), Some(_)) => 0,
            _ => 1,
        };
        let subject = self
            .paragraph_subject
            .map(|m| self.speaker_of(m))
            .filter(|s| s.kind == EntityKind::Person);
        let near = || subject.iter().chain(self.last_person_speaker.iter());
        let found = near()
            .find(|s| fit(s) == 2)
            .or_else(|| near().find(|s| fit(s) == 1))
            .or_else(|| self.recent_people.iter().rev().find(|s| fit(s) > 0));
        found.or(self.last_person_speaker.as_ref()).or(self.last_person.as_ref()).cloned()
    }

    /// A speaker named by a gazetteer mention whose last token is `last`.
    fn np_from_mention(&self, m: &Mention, last: usize) -> Option<Np> {
        let mut speaker = self.speaker_of(m);
        let mut first_tok = self.mention_first_token(m);
        // "Dr Ingrid Solberg", "Mr. Toner": the honorific belongs to the name.
        for _ in 0..2 {
            let Some(p) = first_tok.checked_sub(1).filter(|&p| self.in_sentence(p)) else { break };
            let honorific = self.word(p).is_some_and(words::is_honorific)
                || (self.is_punct(p, ".")
                    && p.checked_sub(1)
                        .and_then(|pp| self.word(pp))
                        .is_some_and(words::is_honorific));
            if !honorific {
                break;
            }
            first_tok = p;
        }
        let mut first = first_tok;
        if speaker.kind == EntityKind::Organization {
            if let Some((country_first, name)) = self.national_institution(&speaker.name, first_tok)
            {
                // A generic entry ("Interior Ministry") no longer names this one.
                speaker.name = name;
                speaker.id = None;
                first = country_first;
            }
        }
        if speaker.kind == EntityKind::Person {
            if let Some((role_first, role)) = self.role_left_title(first_tok) {
                speaker.role = Some(words::squash_spaces(role));
                first = role_first;
            }
        }
        if let Some(p) = first.checked_sub(1) {
            if self.in_sentence(p) && self.word(p).is_some_and(words::is_determiner) {
                first = p;
            }
        }
        Some(Np { speaker, first, last, name_span: m.span })
    }

    /// "the Serbian Interior Ministry", "Russia's Defense Ministry": a country before an
    /// institution named without one (by its shape, or a generic gazetteer entry) says which
    /// country's it is, and the speaker is named with its adjective ("Serbian Interior
    /// Ministry", "Russian Defense Ministry"). Returns the country's first token and the
    /// full name.
    fn national_institution(&self, name: &str, name_first: usize) -> Option<(usize, String)> {
        let p = name_first.checked_sub(1).filter(|&p| self.in_sentence(p))?;
        let country = self.any_mention_at(p).filter(|c| c.kind == EntityKind::Country)?;
        if self.token_at(country.span.start) != p {
            return None;
        }
        // "Interior Ministry": the institution noun closes the name. "Britain's Department
        // of Health" keeps its own name: the country is not written into a name of that form.
        if !name.split_whitespace().next_back().is_some_and(words::is_org_noun) {
            return None;
        }
        let full = if country.adjective {
            format!("{} {name}", country.span.get(self.text)?)
        } else if self.word(p).is_some_and(words::is_possessive) {
            // "Russia's Defense Ministry": named with the country's adjective.
            let entity = country.entity.and_then(|e| self.doc.gazetteer.entity(e))?;
            let adjective = entity.adjectives.iter().find(|a| {
                !a.ends_with('s') && words::is_capitalized(a) && !a.contains(char::is_whitespace)
            })?;
            format!("{adjective} {name}")
        } else {
            // "the Washington-based Atlantic Council": a place, not the owner.
            return None;
        };
        Some((p, full))
    }

    /// [`Scan::role_left`]'s first token and text, remembered from the last name the
    /// running state saw: the speaker of a cue was usually just seen there.
    fn role_left_title(&self, name_first: usize) -> Option<(usize, &'a str)> {
        match self.role_left_memo.get() {
            Some((at, title)) if at == name_first => title,
            _ => self.role_left(name_first).map(|(k, _, t)| (k, t)),
        }
    }

    /// The role title right before a person's name: "Pentagon press secretary".
    /// Returns the title's first token, its head noun and its text.
    fn role_left(&self, name_first: usize) -> Option<(usize, String, &'a str)> {
        // The gazetteer's title names the head when the word lists do not know it.
        let titled = self.role_mention_before(name_first);
        let mut k = name_first;
        let mut head: Option<usize> = None;
        while let Some(p) = k.checked_sub(1) {
            if name_first - p > MAX_NP || !self.is_word(p) || self.line_break_between(p, k) {
                break;
            }
            let w = self.word(p)?;
            let listed_role = words::is_role_noun(w);
            let role_noun = listed_role || self.in_role_mention(p);
            let mention = self.mention_at(p);
            let org = mention.is_some_and(|m| m.kind != EntityKind::Person);
            let ok = role_noun
                || org
                || (words::is_role_modifier(w) && !words::is_determiner(w))
                || (self.cap(w) && !words::is_function_word(w) && mention.is_none());
            if !ok {
                break;
            }
            if role_noun && head.is_none() && listed_role {
                head = Some(p);
            }
            k = p;
        }
        // "of" cannot start a title.
        while k < name_first && self.word_is(k, "of") {
            k += 1;
        }
        if let Some((first, _, _)) = &titled {
            k = k.min(*first);
        }
        let text = self.text_of(k, name_first.checked_sub(1)?)?;
        let mut buf = [0u8; 24];
        let head_word = match head {
            Some(h) => words::lower(self.word(h)?, &mut buf)?.to_string(),
            None => titled?.1.to_lowercase(),
        };
        Some((k, head_word, text))
    }

    /// Whether a line break separates token `a` from the later token `b`: titles do not run
    /// across lines (a photo credit above a caption is not part of it).
    fn line_break_between(&self, a: usize, b: usize) -> bool {
        match (self.span(a), self.span(b)) {
            (Some(x), Some(y)) => {
                Span::new(x.end, y.start).get(self.text).is_some_and(|gap| gap.contains('\n'))
            }
            _ => true,
        }
    }

    /// The gazetteer's role title ending right before token `name_first`.
    fn role_mention_before(&self, name_first: usize) -> Option<(usize, &'a str, &'a str)> {
        let name = self.span(name_first)?;
        let k = near_partition(self.role_mentions, &self.role_hint, |r| r.span.end <= name.start);
        let r = self.role_mentions.get(k.checked_sub(1)?)?;
        let gap = Span::new(r.span.end, name.start).get(self.text)?;
        if !gap.trim().is_empty() || gap.len() > 3 {
            return None;
        }
        // Lowercased by the caller, which rarely needs it.
        let head = r.title.split_whitespace().next_back()?;
        let first = self.token_at(r.span.start);
        Some((first, head, r.span.get(self.text)?))
    }

    /// A role title after a person's name, between commas: "Antonov, Russia's deputy
    /// defense minister,". Returns its last token, head noun and text.
    fn apposition_right(&self, name_last: usize) -> Option<(usize, String, &'a str)> {
        if !self.is_punct(name_last + 1, ",") {
            return None;
        }
        let first = name_last + 2;
        let mut head = None;
        let mut k = first;
        while k < first + MAX_NP {
            let w = self.word(k)?;
            if self.is_punct(k, ",") || self.is_punct(k, ".") {
                break;
            }
            if !self.is_word(k) {
                return None;
            }
            // "the lead engineer at the Saeed bin Zayed Institute": after the title, its
            // institution.
            let institution = head.is_some()
                && (matches!(w, "at" | "of" | "for" | "with")
                    || is_name_particle(w)
                    || (matches!(w, "and" | "&") && self.word(k + 1).is_some_and(|n| self.cap(n))));
            if words::is_role_noun(w) || (head.is_none() && self.in_role_mention(k)) {
                head = Some(k);
            } else if !(words::is_role_modifier(w)
                || self.cap(w)
                || words::is_determiner(w)
                || institution
                // "the lead engineer": a plain modifier before the title's head.
                || (head.is_none()
                    && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                    && !words::is_function_word(w)
                    && !self.lexicon.starts_cue(w)))
            {
                return None;
            }
            k += 1;
        }
        let head = head?;
        let mut buf = [0u8; 24];
        let head_word = words::lower(self.word(head)?, &mut buf)?.to_string();
        let mut start = first;
        while start < head && self.word(start).is_some_and(words::is_determiner) {
            start += 1;
        }
        Some((k.checked_sub(1)?, head_word, self.text_of(start, k.checked_sub(1)?)?))
    }

    /// "Anatoly Antonov, Russia's deputy defense minister, said", "The union's chairman,
    /// Bolat Seitkali, accused", "The Free Democrats, who had demanded a cut, said": the
    /// speaker is found around the phrase between two commas.
    fn apposition_left(&mut self, comma: usize) -> Option<Np> {
        // Find the opening comma; the inserted phrase holds no sentence punctuation.
        let mut open = None;
        let mut quoted = false;
        let mut k = comma;
        while let Some(p) = k.checked_sub(1) {
            if comma - p > 2 * MAX_NP || !self.in_sentence(p) {
                return None;
            }
            if self.is_punct(p, ",") {
                open = Some(p);
                break;
            }
            if self.is_punct(p, ";") {
                return None;
            }
            quoted |= self.kind(p) == Some(TokenKind::Quote);
            k = p;
        }
        let mut open = open?;
        // `X, speaking on CNBC's "Squawk Box" on Monday, said`: only an occasion's
        // participle may hold a quoted title; other quotation marks end the statement.
        if quoted && !self.word(open + 1).is_some_and(|w| w.ends_with("ing")) {
            return None;
        }
        // "X, who grows corn near Mankato, Minnesota, and chairs the board, said": a relative
        // clause with commas of its own; its last part opens with "and".
        if self.word(open + 1).is_some_and(|w| matches!(w, "and" | "but")) {
            let reach = open.saturating_sub(2 * MAX_NP).max(self.sentence.start);
            let relative = (reach..open).rev().find(|&p| {
                self.is_punct(p, ",")
                    && self.word(p + 1).is_some_and(|w| matches!(w, "who" | "whose"))
            });
            if let Some(p) = relative {
                open = p;
            }
        }
        // "Dingyadi, who spoke through his adviser, Mr Ana Ruiz, said": a sentence that opens
        // with a person and a relative clause about them has them speak at its end.
        if let Some(p) = self.opening_relative_comma().filter(|&p| p < open) {
            open = p;
        }
        let inner_first = open + 1;
        let inner_last = comma.checked_sub(1)?;
        if inner_first > inner_last {
            return None;
        }
        let mut before = open.checked_sub(1)?;
        // "The Federation of German Industries (BDI), which …": skip the abbreviation.
        if self.is_punct(before, ")") {
            let mut b = before;
            while let Some(p) = b.checked_sub(1) {
                if before - p > 4 {
                    break;
                }
                if self.is_punct(p, "(") {
                    before = p.checked_sub(1)?;
                    break;
                }
                b = p;
            }
        }
        // "Sir Tane Hale KNZM, chair of the trust, said": the letters after a name are the
        // person's, never a body of their own.
        let post_nominal = self
            .word(before)
            .is_some_and(|w| words::is_post_nominal(w) && !words::is_generational(w));
        if post_nominal
            && before > self.sentence.start
            && self.mention_at(before - 1).is_some_and(|m| m.kind == EntityKind::Person)
        {
            before -= 1;
        }
        let first_inner = self.word(inner_first)?;
        // "Outside the court, retired driver Ana Ruiz, 71, said": an age between commas
        // belongs to the person just before it, wherever the clause began.
        if inner_first == inner_last && is_age(first_inner) {
            let person = match self.mention_at(before) {
                Some(m) if m.kind == EntityKind::Person => self.np_from_mention(m, before),
                // A name the name finder missed: "retired driver Harjit Singh Dhillon, 71,".
                None if self.word(before).is_some_and(|w| self.cap(w)) => self
                    .common_np_left(before)
                    .filter(|np| np.speaker.kind == EntityKind::Person && np.first < before),
                _ => None,
            };
            if let Some(mut np) = person {
                np.last = inner_last;
                return Some(np);
            }
        }
        if matches!(first_inner, "who" | "which" | "whose" | "where" | "when") {
            // A relative clause: the subject is the phrase before it, maybe before a short
            // aside of its own ("Sen. Ana Ruiz, D-Minn., who …", "Ana Ruiz, 67, who …").
            let mut np = match self.head_np(before) {
                Some(np) => np,
                None => {
                    let aside = (before.saturating_sub(4)..before)
                        .rev()
                        .find(|&c| self.in_sentence(c) && self.is_punct(c, ","))?;
                    self.head_np(aside.checked_sub(1)?)?
                }
            };
            // "Ana Ruiz, head of Krell, which runs the port, said": the relative clause is
            // about the body in the apposition; the person opening the clause speaks.
            if np.speaker.kind != EntityKind::Person {
                let start = np.first.saturating_sub(MAX_NP).max(self.sentence.start);
                let comma = (start..np.first).rev().find(|&c| self.is_punct(c, ","));
                if let Some(person) = comma
                    .and_then(|c| c.checked_sub(1))
                    .and_then(|b| self.opening_person_before_aside(b, inner_last))
                {
                    return Some(person);
                }
            }
            np.last = inner_last;
            return Some(np);
        }
        // "The agency's officer in charge in Freedonia, Dr Ana Ruiz, said", "a lecturer at
        // the University of Sylvania, Ana Ruiz, said": a person named between the commas is
        // the subject; a place or body before them only ends the role phrase in front.
        if matches!(self.mention_at(before), Some(m) if m.kind != EntityKind::Person) {
            if let Some(m) = self.mention_at(inner_last).filter(|m| {
                m.kind == EntityKind::Person
                    && m.span.end == self.span(inner_last).map_or(0, |s| s.end)
            }) {
                let name_first = self.mention_first_token(m);
                if name_first >= inner_first && self.plain_title_run(inner_first, name_first) {
                    return self.np_from_mention(m, inner_last);
                }
            }
        }
        // "Counsel to the union, Barrister Ana Ruiz, said": a name with only a title before it
        // between the commas is the subject when the sentence opens with the role phrase it
        // stands in apposition to ("chairman of Ford Europe" is a title with its body).
        if let Some(m) = self.mention_at(inner_last).filter(|m| {
            m.kind == EntityKind::Person && m.span.end == self.span(inner_last).map_or(0, |s| s.end)
        }) {
            let name_first = self.mention_first_token(m);
            // "State Rep. Ana Ruiz, a Houston Democrat, said": after an indefinite article
            // the capitalized words describe the person before the comma; they name no one.
            let titled = name_first >= inner_first
                && !matches!(first_inner, "a" | "an")
                && self.plain_title_run(inner_first, name_first)
                && (inner_first..name_first)
                    .all(|x| self.word(x).is_some_and(|w| !words::is_function_word(w)));
            // The role phrase runs from the comma before it (or the sentence's start), and
            // over a short name in apposition ("… of Nigeria, IPMAN, Alhaji X, urged").
            let reach = open.saturating_sub(3 * MAX_NP).max(self.sentence.start);
            let comma_before = |to: usize| (reach..to).rev().find(|&c| self.is_punct(c, ","));
            let mut start = comma_before(open).map_or(reach, |c| c + 1);
            let short_name = open - start <= 2
                && (start..open).all(|x| self.word(x).is_some_and(|w| self.cap(w)));
            if short_name {
                if let Some(c) = start.checked_sub(1).filter(|&c| self.is_punct(c, ",")) {
                    start = comma_before(c).map_or(reach, |c| c + 1);
                }
            }
            // "Counsel" titles lawyers in court reports; it is no role noun elsewhere ("general
            // counsel" closes a company title).
            let title = |w: &str| words::is_role_noun(w) || w.eq_ignore_ascii_case("counsel");
            let role_phrase = titled
                && (start..open)
                    .any(|x| self.in_role_mention(x) || self.word(x).is_some_and(title))
                && (start..open).all(|x| {
                    self.kind(x) != Some(TokenKind::Quote)
                        && self.word(x).is_some_and(|w| !self.lexicon.starts_cue(w))
                });
            if role_phrase {
                let mut np = self.np_from_mention(m, inner_last)?;
                np.first = start;
                return Some(np);
            }
        }
        let role_inside = (inner_first..=inner_last)
            .any(|x| self.word(x).is_some_and(words::is_role_noun) || self.in_role_mention(x));
        let inner_is_np = matches!(first_inner, "a" | "an" | "the")
            || first_inner.ends_with("ing")
            || (inner_first..=inner_last).any(|x| {
                self.word(x).is_some_and(|w| words::is_org_noun(w) || words::is_corporate_suffix(w))
            });
        if self.mention_at(before).is_none() && (role_inside || inner_is_np) {
            // A name the name finder missed: "Healthvest, a real estate trust, said".
            if let Some(mut np) = self
                .common_np_left(before)
                .filter(|np| self.word(np.last).is_some_and(|x| self.cap(x)))
            {
                if np.speaker.kind == EntityKind::Person && role_inside {
                    let mut role_first = inner_first;
                    while role_first < inner_last
                        && self.word(role_first).is_some_and(words::is_determiner)
                    {
                        role_first += 1;
                    }
                    np.speaker.role =
                        self.text_of(role_first, inner_last).map(words::squash_spaces);
                }
                np.last = inner_last;
                return Some(np);
            }
        }
        // "A senior defense official, speaking on condition of anonymity, said": an unnamed
        // title before a participle's aside is the subject.
        let title_before = self.mention_at(before).is_none()
            && self.word(before).is_some_and(|w| words::is_role_noun(w) || words::is_group_noun(w));
        if title_before && first_inner.ends_with("ing") {
            if let Some(mut np) = self.head_np(before) {
                np.last = inner_last;
                return Some(np);
            }
        }
        if let Some(m) = self.mention_at(before) {
            if role_inside || inner_is_np || m.kind != EntityKind::Person {
                // "Two diplomats in Moscow, speaking on condition of anonymity, said": the
                // place hangs off the real subject.
                let mut np = self.pp_owner(self.np_from_mention(m, before)?);
                let mut role_first = inner_first;
                while role_first < comma && self.word(role_first).is_some_and(words::is_determiner)
                {
                    role_first += 1;
                }
                if np.speaker.kind == EntityKind::Person && role_first <= inner_last {
                    np.speaker.role =
                        self.text_of(role_first, inner_last).map(words::squash_spaces);
                }
                np.last = inner_last;
                return Some(np);
            }
        }
        // "The union's chairman, Bolat Seitkali, accused", "Its largest shareholder, the
        // investor Ray Holm, said": the name is inside, maybe after a title of its own.
        // "Another analyst, Ana Ruiz of Krell Capital, said": the name may be followed by
        // where the person works, up to the comma.
        let person = |k: usize| self.mention_at(k).filter(|m| m.kind == EntityKind::Person);
        let affiliated = || {
            let of = (inner_first + 1..inner_last)
                .find(|&k| self.word(k).is_some_and(|w| matches!(w, "of" | "from" | "at")))?;
            let m = person(of - 1)?;
            (self.skip_affiliation(of) == comma).then_some(m)
        };
        // The person before the affiliation speaks even when the body's name looks like a
        // person's ("Centre for Fuel Studies").
        let Some(m) = affiliated().or_else(|| person(inner_last)) else {
            // "a banker, ngozi eze-obi of a local bank, said" in a lower-case page: the name
            // the name finder missed ends before where the person works.
            let affiliation = (inner_first + 1..inner_last)
                .find(|&k| self.word(k).is_some_and(|w| matches!(w, "of" | "from" | "at")))
                .filter(|&of| {
                    // "of a local investment firm": the employer may be described, not named.
                    self.skip_affiliation(of) == comma
                        || (self.word(of + 1).is_some_and(words::is_determiner)
                            && (of + 1..comma).all(|k| {
                                self.is_word(k)
                                    && self.word(k).is_some_and(|w| {
                                        !self.lexicon.starts_cue(w) && !words::is_that(w)
                                    })
                            }))
                });
            let reversed = match affiliation {
                Some(of) => self.reversed_apposition(before, inner_first, of - 1).map(|mut np| {
                    np.last = inner_last;
                    np
                }),
                None => self.reversed_apposition(before, inner_first, inner_last),
            };
            return reversed.or_else(|| self.opening_person_before_aside(before, inner_last));
        };
        let name_first = self.mention_first_token(m);
        if !self.plain_title_run(inner_first, name_first) {
            return None;
        }
        let mut np = self.np_from_mention(m, inner_last)?;
        if self.word(before).is_some_and(words::is_role_noun) && np.speaker.role.is_none() {
            if let Some(role_np) = self.common_np_left(before) {
                np.speaker.role = role_np.speaker.role.or(Some(role_np.speaker.name));
                np.first = role_np.first;
            }
        }
        Some(np)
    }

    /// The comma after a person's name opening the sentence (behind at most a short title)
    /// when a relative clause about them follows: "Ana Ruiz, who …". The look is bounded by
    /// the title's length.
    fn opening_relative_comma(&self) -> Option<usize> {
        let start = self.sentence.start;
        let m = (start..start + 4)
            .take_while(|&k| self.in_sentence(k) && self.is_word(k))
            .find_map(|k| self.mention_at(k))
            .filter(|m| m.kind == EntityKind::Person)?;
        let comma = self.token_at(m.span.end);
        (self.is_punct(comma, ",")
            && self.word(comma + 1).is_some_and(|w| matches!(w, "who" | "whose")))
        .then_some(comma)
    }

    /// Whether the tokens `from..to` are only a title in front of a name: determiners,
    /// honorifics ("Dr"), role nouns and their modifiers, or plain lowercase title words
    /// ("the investor", "the veteran activist"); never a verb phrase ("led by",
    /// "including").
    fn plain_title_run(&self, from: usize, to: usize) -> bool {
        (from..to).all(|x| {
            self.in_role_mention(x)
                || self.is_punct(x, ".")
                || self.word(x).is_some_and(|w| {
                    words::is_determiner(w)
                        || words::is_honorific(w)
                        || words::is_role_noun(w)
                        || words::is_role_modifier(w)
                        || (w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                            && !words::is_function_word(w)
                            && !w.ends_with("ing")
                            && !self.lexicon.starts_cue(w))
                })
        })
    }

    /// "Ana Ruiz, now second overall, said", "Ana Ruiz, 27, a sewing operator at a factory,
    /// said": a person opening the sentence, then an aside of any shape (after an age of
    /// its own), is the subject. `before` is the token before the aside's opening comma.
    fn opening_person_before_aside(&self, before: usize, inner_last: usize) -> Option<Np> {
        let mut name_last = before;
        let age = self
            .word(before)
            .is_some_and(|w| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()));
        if age {
            let comma = before.checked_sub(1).filter(|&c| self.is_punct(c, ","))?;
            name_last = comma.checked_sub(1)?;
        }
        let Some(m) = self.mention_at(name_last).filter(|m| m.kind == EntityKind::Person) else {
            return if age { self.unfound_name_with_age(name_last, inner_last) } else { None };
        };
        let mut np = self.np_from_mention(m, name_last)?;
        if np.first != self.clause_start() {
            return None;
        }
        np.last = inner_last;
        Some(np)
    }

    /// "Rokeya Begum, 27, a machine operator, said", "Kavitha, 34, said": capitalized words
    /// opening the clause before an age are a person's name, even one the name finder
    /// missed. `name_last` is the name's last token.
    fn unfound_name_with_age(&self, name_last: usize, inner_last: usize) -> Option<Np> {
        let first = self.clause_start();
        if name_last < first || name_last - first >= 4 || self.mention_at(name_last).is_some() {
            return None;
        }
        let name_like = (first..=name_last).all(|k| {
            self.word(k).is_some_and(|w| {
                self.cap(w)
                    && w.chars().next().is_some_and(char::is_alphabetic)
                    && !words::is_function_word(w)
                    && !words::is_determiner(w)
                    && !words::is_role_noun(w)
                    && !words::is_group_noun(w)
                    && !words::is_org_noun(w)
                    && !words::is_honorific(w)
            })
        });
        if !name_like {
            return None;
        }
        let name = words::squash_spaces(self.text_of(first, name_last)?);
        let name_span = Span::new(self.span(first)?.start, self.span(name_last)?.end);
        let speaker = Speaker { name, id: None, kind: EntityKind::Person, role: None };
        Some(Np { speaker, first, last: inner_last, name_span })
    }

    /// "A foreign ministry statement said", "a Harbor Council report said": a document
    /// speaks for the institution named in its modifiers.
    fn document_owner(&self, head: usize) -> Option<Np> {
        let from = head.saturating_sub(3).max(self.sentence.start);
        let found = (from..head).rev().find_map(|x| {
            if let Some(m) = self.mention_at(x) {
                let s = self.speaker_of(m);
                return matches!(s.kind, EntityKind::Organization | EntityKind::Country)
                    .then_some((x, s));
            }
            let w = self.word(x)?;
            let mut buf = [0u8; 24];
            let noun = words::lower(w, &mut buf)?;
            if !words::is_org_noun(noun) || words::is_document_noun(noun) {
                return None;
            }
            self.org_for_noun(noun).cloned().map(|o| (x, o))
        });
        let Some((at, speaker)) = found else { return self.issued_statement(head) };
        let mut first = at;
        while first > from && self.word(first - 1).is_some_and(|w| !words::is_function_word(w)) {
            first -= 1;
        }
        if first > self.sentence.start && self.word(first - 1).is_some_and(words::is_determiner) {
            first -= 1;
        }
        let name_span = Span::new(self.span(at)?.start, self.span(head)?.end);
        Some(Np { speaker, first, last: head, name_span })
    }

    /// "The FAA said in a statement that … \"…,\" the statement said": a bare definite
    /// "the statement" is the last speaker who spoke in one, in this paragraph or the three
    /// before it.
    fn issued_statement(&self, head: usize) -> Option<Np> {
        const REACH: usize = 3;
        let the = head.checked_sub(1).filter(|&p| self.in_sentence(p))?;
        if !self.word(the).is_some_and(|w| w.eq_ignore_ascii_case("the"))
            || !self.word_is(head, "statement")
        {
            return None;
        }
        // Only as a cue's subject ("the statement said", "said the statement"): "according
        // to the statement, X stressed" leaves the statement to X.
        let cue_at = |k: usize| self.word(k).is_some_and(|w| self.lexicon.starts_cue(w));
        if !cue_at(head + 1) && !the.checked_sub(1).is_some_and(cue_at) {
            return None;
        }
        let (speaker, paragraph) = self.statement_issuer.as_ref()?;
        if self.paragraph.checked_sub(*paragraph).map_or(true, |gap| gap > REACH) {
            return None;
        }
        let name_span = Span::new(self.span(the)?.start, self.span(head)?.end);
        Some(Np { speaker: speaker.clone(), first: the, last: head, name_span })
    }

    /// Whether a name mention follows a word joining it to a longer institution's name
    /// ("Inland Waterways" in "Office for Harbours, Canals and Inland Waterways").
    fn joined_mention(&self, m: &Mention) -> bool {
        let first = self.mention_first_token(m);
        first.checked_sub(1).is_some_and(|p| {
            p > self.sentence.start
                && self.joins_org_name(p.saturating_sub(MAX_NP).max(self.sentence.start), p)
        })
    }

    /// "the striker said", "the novelist said": a definite title nobody in the article was
    /// introduced with names the person the passage is about, the paragraph's subject or the
    /// person quoted last (in this paragraph or the one before), when that person has no
    /// other title.
    fn role_referent(&self, head_lc: &str) -> Option<Speaker> {
        // "the diplomat", "the lawmaker": a description of status fits whatever office
        // the person was introduced with (a spokeswoman of a foreign ministry is a diplomat).
        // A player's position describes them whatever title they were given ("Ana Ruiz,
        // the club captain, …" is "the midfielder" later).
        let broad = matches!(
            head_lc,
            "diplomat"
                | "lawmaker"
                | "legislator"
                | "leader"
                | "envoy"
                | "head"
                | "midfielder"
                | "striker"
                | "defender"
                | "goalkeeper"
                | "winger"
        );
        let fits = |s: &Speaker| {
            s.kind == EntityKind::Person
                && !is_bare_title(s)
                && (broad || s.role.as_deref().and_then(role_head).map_or(true, |h| h == head_lc))
        };
        let subject = self.paragraph_subject.map(|m| self.speaker_of(m)).filter(fits);
        let recent = || {
            self.last_claim
                .as_ref()
                .filter(|c| c.paragraph.checked_add(1).is_some_and(|p| p >= self.paragraph))
                .map(|c| c.speaker.clone())
                .filter(fits)
        };
        subject.or_else(recent)
    }

    /// Whether token `k`, inside a capitalized run that starts at token `from`, joins the run
    /// to the capitalized word after it as part of one institution's name: "Chamber of
    /// Commerce and Industry", "Department for Environment, Food and Rural Affairs",
    /// "Mohammed bin Rashid Space Centre".
    fn joins_org_name(&self, from: usize, k: usize) -> bool {
        let Some(w) = self.word(k) else { return false };
        let capital = |x: usize| {
            self.word(x).is_some_and(|n| {
                self.cap(n) && !words::is_function_word(n) && !words::is_determiner(n)
            })
        };
        let Some(prev) = k.checked_sub(1).filter(|&p| p >= from) else { return false };
        if !capital(k + 1) || !capital(prev) {
            return false;
        }
        let has_of = (from..k).any(|x| self.word_is(x, "of") || self.word_is(x, "for"));
        match w {
            _ if is_name_particle(w) => true,
            "of" | "for" => self
                .word(prev)
                .is_some_and(|p| words::is_org_noun(p) || words::is_corporate_suffix(p)),
            "and" | "&" => has_of,
            "," => {
                has_of
                    && (k + 2..(k + 5).min(self.sentence.end))
                        .any(|x| self.word_is(x, "and") && capital(x + 1))
            }
            _ => false,
        }
    }

    /// "Her publisher, Norstedts, said", "The teachers' union, the Millbrook Education
    /// Association, said", "the port's managing director, ada obi, said" (a name the name
    /// finder missed): a common noun phrase, then the name it stands for between commas.
    fn reversed_apposition(
        &self,
        before: usize,
        inner_first: usize,
        inner_last: usize,
    ) -> Option<Np> {
        let before_word = self.word(before)?;
        if words::is_capitalized(before_word) || !self.is_word(before) {
            return None;
        }
        // The phrase before the comma opens with a determiner or possessive: "her publisher",
        // "the authority's managing director".
        let opens = (before.saturating_sub(4)..before).any(|x| {
            self.in_sentence(x)
                && self.word(x).is_some_and(|w| {
                    words::is_determiner(w) || words::is_possessive(w) || w == "another"
                })
        }) || matches!(before_word, "publisher" | "employer" | "owner" | "parent");
        if !opens {
            return None;
        }
        // "the head of the office, mr ada obi, said", "rev. ada obi": the article and an
        // honorific (and its period) are not the name's.
        let mut first = inner_first;
        while first < inner_last
            && self.word(first).is_some_and(|w| {
                words::is_determiner(w)
                    || (words::is_honorific(w) && !words::is_peer_style(w))
                    || (w == "." && first > inner_first)
            })
        {
            first += 1;
        }
        let speaker = match self.mention_at(inner_last) {
            Some(m) if self.mention_first_token(m) <= first => self.speaker_of(m),
            Some(_) => return None,
            None => {
                let name_like = (first..=inner_last).all(|x| {
                    self.is_word(x)
                        && self.word(x).is_some_and(|w| {
                            (self.cap(w) && !words::is_function_word(w))
                                || (x > first && is_name_particle(w))
                        })
                });
                if !name_like || inner_last - first >= 6 {
                    return None;
                }
                let name = words::squash_spaces(self.text_of(first, inner_last)?);
                let kind = if words::is_role_noun(before_word) {
                    match person_or_org(true, &name) {
                        EntityKind::Person if !self.lowercase_text || inner_last > first => {
                            EntityKind::Person
                        }
                        _ => EntityKind::Organization,
                    }
                } else {
                    person_or_org(inner_last > first, &name)
                };
                Speaker { name, id: None, kind, role: None }
            }
        };
        let mut speaker = speaker;
        let role_np = self.common_np_left(before);
        if speaker.kind == EntityKind::Person && words::is_role_noun(before_word) {
            speaker.role = role_np
                .as_ref()
                .map(|r| r.speaker.role.clone().unwrap_or_else(|| r.speaker.name.clone()));
        }
        let name_span = Span::new(self.span(first)?.start, self.span(inner_last)?.end);
        let np_first = role_np.map_or(before, |r| r.first);
        Some(Np { speaker, first: np_first, last: inner_last, name_span })
    }

    /// The speaker phrase whose last token is `j`: a pronoun, a mention or a common noun.
    fn head_np(&mut self, j: usize) -> Option<Np> {
        let w = self.word(j)?;
        if !self.is_word(j) || words::is_possessive(w) {
            return None;
        }
        if let Some(p) = words::pronoun(w) {
            let speaker = self.resolve_pronoun(p)?;
            return Some(Np { speaker, first: j, last: j, name_span: self.span(j)? });
        }
        // "Ana Ruiz KC, who represented the families, said": the letters after a name are
        // the person's, never a speaker of their own.
        if words::is_post_nominal(w) {
            let name_last = j.checked_sub(1).filter(|&p| self.in_sentence(p) && self.is_word(p));
            let person = name_last.filter(|&p| {
                self.mention_at(p).map_or_else(
                    || self.word(p).is_some_and(|x| self.cap(x) && !words::is_function_word(x)),
                    |m| m.kind == EntityKind::Person,
                )
            });
            if let Some(mut np) = person.and_then(|p| self.head_np(p)) {
                np.last = j;
                return Some(np);
            }
        }
        if let Some(np) = self.joint_referent(j) {
            return Some(np);
        }
        if let Some(np) = self.person_description(j) {
            return Some(np);
        }
        if let Some(np) = self.abbreviated_title(j) {
            return Some(np);
        }
        if let Some(np) = self.definite_of_title(j) {
            return Some(np);
        }
        // "the Office for Harbours, Canals and Inland Waterways": a name after a joining word
        // is the end of a longer institution's name.
        // "Business Unity South Africa said", "Athletics Kenya said": a country closing a
        // capitalized name is part of an institution's name.
        let country_in_name = |m: &Mention| {
            let first = self.mention_first_token(m);
            m.kind == EntityKind::Country
                && first.checked_sub(1).is_some_and(|p| {
                    p >= self.sentence.start
                        && self.is_word(p)
                        && self.mention_at(p).is_none()
                        && self.word(p).is_some_and(|x| {
                            words::is_capitalized(x)
                                && !words::is_function_word(x)
                                && !words::is_determiner(x)
                                && !words::is_cue_adverb(x)
                                && !x.ends_with("ing")
                                && !words::is_ly_adverb(&x.to_ascii_lowercase())
                                && dates::parse_at(|k| self.word(k), p).is_none()
                        })
                })
        };
        let np = match self.mention_at(j).filter(|m| !self.joined_mention(m)) {
            Some(m) if country_in_name(m) => {
                let mut np = self.common_np_left(j)?;
                np.speaker.kind = EntityKind::Organization;
                np
            }
            Some(m) => self.np_from_mention(m, j)?,
            None if words::is_document_noun(w) => self.document_owner(j)?,
            None => self.common_np_left(j)?,
        };
        if np.speaker.kind == EntityKind::Person {
            let named_at = self.token_at(np.name_span.start);
            if let Some(g) = self.honorific_gender(named_at) {
                self.genders.insert(np.speaker.name.clone(), g);
            }
        }
        Some(self.pp_owner(np))
    }

    /// "The CS said", "Health CS says", "the deputy PM said": a title written as its initials,
    /// ending at token `j`, is the person the article named with the full title ("Health
    /// Cabinet Secretary Ana Ruiz"), the newest one.
    fn abbreviated_title(&self, j: usize) -> Option<Np> {
        let w = self.word(j)?;
        // Initials are capitals, except in an article written wholly in lower case.
        if !self.lowercase_text && !w.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        let Some((head, full)) = words::title_abbreviation(w) else {
            return self.spelled_title(j, w);
        };
        let holds = |s: &&Speaker| {
            s.kind == EntityKind::Person
                && !is_bare_title(s)
                && s.role.as_deref().is_some_and(|r| r.to_lowercase().contains(full))
        };
        let at = self.span(j)?.start;
        // "Chief Justice Ana Ruiz and Justice Tomas Berg": the holder named right after the
        // full title, when another person took the title's head noun since.
        let titled_before = || {
            let end = near_partition(self.role_mentions, &self.role_hint, |r| r.span.start < at);
            let role = self.role_mentions.get(..end)?.iter().rev().take(40).find(|r| {
                r.title.eq_ignore_ascii_case(full) || r.title.to_lowercase().ends_with(full)
            })?;
            let m = self.mention_at(self.token_at(role.span.end))?;
            (m.kind == EntityKind::Person).then(|| self.speaker_of(m))
        };
        let found = self
            .role_people
            .get(head)
            .filter(holds)
            .or_else(|| self.recent_people.iter().rev().find(holds))
            .cloned()
            .or_else(titled_before);
        match found {
            Some(person) => self.title_np(j, person),
            // "the CJI" after "Chief Justice of India Ana Ruiz": the title's complement
            // stands between it and the holder.
            None => self.spelled_title(j, w),
        }
    }

    /// "the CEC said" after "chief election commissioner Ana Ruiz said", "the AGP argued"
    /// after "Attorney General for Pakistan Ana Ruiz": initials that no list holds, ending at
    /// token `j`, are the person the article last named right after a title they spell.
    fn spelled_title(&self, j: usize, w: &str) -> Option<Np> {
        let letters = (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_alphabetic());
        if !(is_acronym(w) || (self.lowercase_text && letters)) {
            return None;
        }
        // "GM said" after "General Motors": a body the gazetteer knows by these initials.
        if self.any_mention_at(j).is_some_and(|m| m.entity.is_some()) {
            return None;
        }
        let upper = w.to_ascii_uppercase();
        let at = self.span(j)?.start;
        let end = near_partition(self.role_mentions, &self.role_hint, |r| r.span.start < at);
        let person = self.role_mentions.get(..end)?.iter().rev().take(40).find_map(|r| {
            // The holder follows the title, perhaps after its complement ("of India").
            let first = self.token_at(r.span.end);
            // The title's own words ("chief returning officer") and its complement may
            // stand between them, never a clause: "the chief justice and Justice Ana Ruiz".
            let holder = (first..first + 5).find(|&k| {
                self.mention_at(k).is_some_and(|m| m.kind == EntityKind::Person)
                    || !self.word(k).is_some_and(|x| {
                        self.is_word(k)
                            && (matches!(x, "of" | "for" | "to" | "at" | "on" | "the")
                                || !(words::is_function_word(x) || self.lexicon.starts_cue(x)))
                    })
            })?;
            let m = self.mention_at(holder).filter(|m| m.kind == EntityKind::Person)?;
            let title = self.text.get(r.span.start..m.span.start)?.trim_end();
            let plain = title.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ' || b == b'-');
            let spelled = plain
                && title
                    .match_indices(' ')
                    .map(|(k, _)| k + 1)
                    .chain([0])
                    .any(|k| title.get(k..).is_some_and(|tail| initials_match(tail, &upper)));
            spelled.then(|| self.speaker_of(m))
        })?;
        self.title_np(j, person)
    }

    /// The phrase of a title in initials ending at token `j` ("the deputy PM", "Health CS")
    /// that names `person`.
    fn title_np(&self, j: usize, person: Speaker) -> Option<Np> {
        // "the deputy PM", "Health CS": modifiers and an article before the initials.
        let mut first = j;
        while let Some(p) = first.checked_sub(1).filter(|&p| p >= self.sentence.start) {
            let pw = self.word(p)?;
            let modifier = words::is_determiner(pw)
                || words::is_role_modifier(pw)
                || (self.is_word(p) && self.cap(pw) && self.mention_at(p).is_none());
            if !modifier || j - p > 3 {
                break;
            }
            first = p;
        }
        let title_first =
            if self.word(first).is_some_and(words::is_determiner) { first + 1 } else { first };
        let mut speaker = person;
        speaker.role = self.text_of(title_first, j).map(words::squash_spaces);
        let name_span = Span::new(self.span(title_first)?.start, self.span(j)?.end);
        Some(Np { speaker, first, last: j, name_span })
    }

    /// "The 23-year-old said", "the Briton said", "the Italian said", "the veteran said": a
    /// definite description of a person without a name, ending at token `j`, is the person
    /// the passage is about: the person quoted in this paragraph or the one before, else the
    /// person a recent sentence opened with, else the last person named.
    fn person_description(&self, j: usize) -> Option<Np> {
        let w = self.word(j)?;
        // "the Italian", "the Kenyan", "the Iraqi" are one person; "the French", "the
        // Chinese", "the Swiss" are a people.
        let demonym = self.any_mention_at(j).is_some_and(|m| {
            m.adjective
                && m.kind == EntityKind::Country
                && self.span(j) == Some(m.span)
                && (w.ends_with("an") || w.ends_with('i'))
        });
        let mut buf = [0u8; 24];
        let lc = words::lower(w, &mut buf).unwrap_or("");
        if !(demonym || words::is_age(lc) || words::is_person_description(lc)) {
            return None;
        }
        // "the 23-year-old Colombian", "the former champion": a few plain modifiers.
        let mut det = j.checked_sub(1)?;
        for _ in 0..2 {
            let plain = self.word(det).is_some_and(|x| {
                words::is_age(x)
                    || (x.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                        && !words::is_function_word(x)
                        && !words::is_determiner(x)
                        && !self.lexicon.starts_cue(x))
            });
            if !plain {
                break;
            }
            det = det.checked_sub(1)?;
        }
        if det < self.sentence.start
            || !self.word(det).is_some_and(|d| d.eq_ignore_ascii_case("the"))
        {
            return None;
        }
        let person = |s: &Speaker| s.kind == EntityKind::Person && !is_bare_title(s);
        let named = |m: &Mention| {
            let mut s = self.speaker_of(m);
            // The sentence opener of an unknown kind was taken for a person by its place.
            if s.kind == EntityKind::Unknown {
                s.kind = EntityKind::Person;
            }
            Some(s).filter(person)
        };
        let quoted = || {
            self.last_claim
                .as_ref()
                .filter(|c| c.paragraph.checked_add(1).is_some_and(|p| p >= self.paragraph))
                .map(|c| c.speaker.clone())
                .filter(person)
        };
        let mut speaker = self
            .paragraph_subject
            .and_then(named)
            .or_else(quoted)
            .or_else(|| self.story_subject.and_then(named))
            .or_else(|| self.resolve_person(None).filter(person))?;
        speaker.role = None;
        Some(Np { speaker, first: det, last: j, name_span: self.span(j)? })
    }

    /// "the head of government noted", "the chief of staff said": a definite title of the
    /// gazetteer's, built on "of", ending at token `j`, names the person the passage is about
    /// (the title's holder, else the person quoted or introduced with a title last).
    fn definite_of_title(&self, j: usize) -> Option<Np> {
        let (first, _, title) = self.role_mention_before(j + 1)?;
        let lower = title.to_lowercase();
        let (before_of, _) = lower.split_once(" of ")?;
        let head = before_of.split_whitespace().next_back()?;
        let the = first.checked_sub(1).filter(|&p| self.in_sentence(p))?;
        if !self.word(the).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            return None;
        }
        let person = self
            .role_people
            .get(head)
            .cloned()
            .or_else(|| self.role_referent(head))
            .or_else(|| self.last_titled_person.clone())?;
        let mut speaker = person;
        speaker.role = Some(words::squash_spaces(title));
        let name_span = Span::new(self.span(first)?.start, self.span(j)?.end);
        Some(Np { speaker, first: the, last: j, name_span })
    }

    /// "Dr Ingrid Solberg of the World Health Organization said", "Two grain traders in
    /// Baku said": a prepositional phrase hangs off the real subject, a person or a group.
    fn pp_owner(&self, np: Np) -> Np {
        let mut p = np.first;
        // Skip a coordination inside the phrase: "in France and Spain".
        for _ in 0..4 {
            let Some(q) = p.checked_sub(1).filter(|&q| self.in_sentence(q)) else { return np };
            let w = self.word(q).unwrap_or("");
            let coordinated = w == "and"
                || w == ","
                || w.eq_ignore_ascii_case("the")
                || (self.mention_at(q).is_some() && !words::is_function_word(w));
            if !coordinated {
                break;
            }
            p = q;
        }
        let Some(prep) = p.checked_sub(1).filter(|&q| self.in_sentence(q)) else { return np };
        // "Economists consulted by Agência Brasil said": the group the outlet consulted
        // speaks, named as the text describes it.
        if self.word_is(prep, "by") {
            let participle = prep.checked_sub(1).filter(|&q| {
                self.in_sentence(q)
                    && self.word(q).is_some_and(|w| {
                        matches!(
                            w,
                            "consulted"
                                | "polled"
                                | "surveyed"
                                | "contacted"
                                | "interviewed"
                                | "questioned"
                                | "asked"
                                | "cited"
                        )
                    })
            });
            let group = participle
                .and_then(|q| q.checked_sub(1))
                .filter(|&g| self.in_sentence(g) && self.word(g).is_some_and(words::is_group_noun));
            if let Some(mut owner) = group.and_then(|g| self.common_np_left(g)) {
                self.stretch_name_to(&mut owner, np.last);
                return owner;
            }
            return np;
        }
        if !self
            .word(prep)
            .is_some_and(|w| matches!(w, "of" | "at" | "from" | "in" | "for" | "near"))
        {
            return np;
        }
        let Some(owner_last) = prep.checked_sub(1).filter(|&q| self.in_sentence(q)) else {
            return np;
        };
        if let Some(m) = self.mention_at(owner_last).filter(|m| m.kind == EntityKind::Person) {
            if let Some(mut owner) = self.np_from_mention(m, owner_last) {
                owner.last = np.last;
                return owner;
            }
        }
        if let Some(mut owner) = self.person_before_body(owner_last) {
            owner.last = np.last;
            return owner;
        }
        // "The 23-year-old from Boyacá": the place says where the person is from.
        if let Some(mut owner) = self.person_description(owner_last) {
            owner.last = np.last;
            return owner;
        }
        // "An official at the Ministry of Food told the Post": an unnamed person introduced
        // by their workplace is the description as written, not the workplace.
        let article = (owner_last.saturating_sub(3)..owner_last).find(|&d| {
            self.in_sentence(d)
                && self.word(d).is_some_and(|w| matches!(w, "A" | "An" | "a" | "an"))
        });
        let unnamed_at = np.speaker.kind == EntityKind::Organization
            && self.word_is(prep, "at")
            && self.word(owner_last).is_some_and(|w| {
                // "A spokesman at Anacomp" speaks for Anacomp.
                !self.cap(w) && words::is_role_noun(w) && !words::is_spokes_title(w)
            });
        if let Some(a) = article.filter(|_| unnamed_at) {
            if let Some(name) = self.text_of(a, np.last) {
                let role = self.text_of(a + 1, owner_last).map(words::squash_spaces);
                let speaker = Speaker {
                    name: words::squash_spaces(name),
                    id: None,
                    kind: EntityKind::Person,
                    role,
                };
                let name_span = Span::new(
                    self.span(a).map_or(np.name_span.start, |s| s.start),
                    np.name_span.end,
                );
                return Np { speaker, first: a, last: np.last, name_span };
            }
        }
        let group = self.word(owner_last).is_some_and(words::is_group_noun);
        if group {
            if let Some(mut owner) = self.common_np_left(owner_last) {
                self.stretch_name_to(&mut owner, np.last);
                return owner;
            }
        }
        // "the Indian Embassy in Washington", "Philips of the Netherlands": a place after an
        // institution says where it is, it does not speak for it.
        if np.speaker.kind == EntityKind::Country {
            if let Some(m) =
                self.mention_at(owner_last).filter(|m| m.kind == EntityKind::Organization)
            {
                if let Some(mut owner) = self.np_from_mention(m, owner_last) {
                    owner.last = np.last;
                    return owner;
                }
            }
            let proper_institution = self.word(owner_last).is_some_and(|w| {
                let mut buf = [0u8; 24];
                self.cap(w) && words::lower(w, &mut buf).is_some_and(words::is_org_noun)
            });
            if proper_institution {
                if let Some(mut owner) = self.common_np_left(owner_last) {
                    // The place is part of how the text tells this office from its
                    // namesakes ("the Russian Embassy in Denmark").
                    self.stretch_name_to(&mut owner, np.last);
                    owner.speaker.kind = EntityKind::Organization;
                    return owner;
                }
            }
        }
        np
    }

    /// "Chief Ana Ruiz of the Dene First Nation near Williams Lake", "Tomas Lund of the Red
    /// Cross in Geneva": the person before a body's capitalized name ending at token
    /// `body_last`, joined to it by "of", "at", "from" or "with"; the place after the body
    /// only says where they are. The walk covers one name, so it is bounded.
    fn person_before_body(&self, body_last: usize) -> Option<Np> {
        let mut q = body_last;
        for _ in 0..MAX_NP {
            let w = self.word(q).filter(|_| self.in_sentence(q) && self.is_word(q))?;
            if matches!(w, "of" | "at" | "from" | "with") && q < body_last {
                let name_last = q.checked_sub(1).filter(|&p| self.in_sentence(p))?;
                let m = self.mention_at(name_last).filter(|m| m.kind == EntityKind::Person)?;
                return self.np_from_mention(m, name_last);
            }
            let in_name = self.cap(w) || matches!(w, "the" | "and" | "&");
            if !in_name {
                return None;
            }
            q = q.checked_sub(1)?;
        }
        None
    }

    /// Subjects that are not gazetteer names: groups, role nouns, institutions.
    /// Makes `owner` run to the end of token `last`, its name the text so covered ("U.S.
    /// officials in Kabul", "the Russian Embassy in Denmark").
    fn stretch_name_to(&self, owner: &mut Np, last: usize) {
        let end = self.span(last).map_or(owner.name_span.end, |s| s.end);
        let name_span = Span::new(owner.name_span.start, end);
        if let Some(name) = name_span.get(self.text) {
            owner.speaker.name = words::squash_spaces(name);
            owner.name_span = name_span;
        }
        owner.last = last;
    }

    fn common_np_left(&self, head: usize) -> Option<Np> {
        let w = self.word(head)?;
        let group = words::is_group_noun(w);
        let role = !group && words::is_role_noun(w);
        let org = !group && !role && words::is_org_noun(w) && !words::is_document_noun(w);
        let capital = !group && !role && !org && self.cap(w) && !words::is_function_word(w);
        if !(group || role || org || capital) {
            return None;
        }
        // Walk left over the modifiers of the head.
        let mut k = head;
        while let Some(p) = k.checked_sub(1) {
            let within = head - p <= MAX_NP && self.in_sentence(p);
            // "Department for Environment, Food and Rural Affairs", "Mohammed bin Rashid
            // Space Centre": one institution's name.
            let joined = within
                && (capital || org)
                && self.joins_org_name(p.saturating_sub(MAX_NP).max(self.sentence.start), p);
            if joined {
                k = p;
                // The capital before the joining word belongs to the name even when the
                // gazetteer matched it alone ("Environment" of "Environment Agency").
                if let Some(pp) = p.checked_sub(1) {
                    k = pp;
                    // "the Electoral Commission of Ghana": a name the gazetteer knows
                    // without its "of" phrase is still the start of the longer one.
                    if let Some(m) = self.mention_at(pp).filter(|m| {
                        m.kind == EntityKind::Organization
                            && self.span(pp).is_some_and(|s| s.end == m.span.end)
                    }) {
                        k = self.mention_first_token(m).max(self.sentence.start).min(pp);
                        while k < pp && self.word(k).is_some_and(words::is_determiner) {
                            k += 1;
                        }
                    }
                }
                continue;
            }
            if !within || !self.is_word(p) {
                break;
            }
            let pw = self.word(p)?;
            // "Their association": the owner is no part of the body's name.
            if org && matches!(pw, "Its" | "Their" | "its" | "their") {
                break;
            }
            let joins_capitals = capital && matches!(pw, "and" | "for");
            let ok = if (words::is_determiner(pw) || words::is_function_word(pw)) && !joins_capitals
            {
                // "Activists and Western leaders": a conjunction of plural speakers.
                group
                    && pw.eq_ignore_ascii_case("and")
                    && p.checked_sub(1).is_some_and(|pp| {
                        self.word(pp).is_some_and(|x| words::is_group_noun(x) || self.cap(x))
                    })
            } else if capital {
                (self.cap(pw) && self.mention_at(p).map_or(true, |m| self.joined_mention(m)))
                    || (is_name_particle(pw)
                        && p.checked_sub(1)
                            .and_then(|pp| self.word(pp))
                            .is_some_and(|x| self.cap(x)))
                    || (matches!(pw, "of" | "and" | "for")
                        && p.checked_sub(1)
                            .and_then(|pp| self.word(pp))
                            .is_some_and(|x| self.cap(x) && !words::is_function_word(x)))
            } else if self.cap(pw) && words::is_possessive(pw) {
                // "Kazakhstan's grain exporters' union": the possessor is not part of the name.
                false
            } else {
                self.cap(pw)
                    || self.mention_at(p).is_some()
                    || (group && words::is_group_noun(pw))
                    // "grain traders", "exporters' union": a plain noun modifier.
                    || ((group || org || role)
                        && head - p <= 2
                        && pw.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'')
                        && !pw.ends_with("ed")
                        && !words::is_ly_adverb(pw)
                        && !self.lexicon.starts_cue(pw)
                        // "a move officials said would …": "a" agrees with a singular noun,
                        // which is then its own phrase, not a modifier of a plural speaker.
                        && !(group
                            && p.checked_sub(1).and_then(|pp| self.word(pp)).is_some_and(|x| {
                                x.eq_ignore_ascii_case("a") || x.eq_ignore_ascii_case("an")
                            })))
                    || words::is_role_modifier(pw)
                    || words::is_role_noun(pw)
                    || words::is_org_noun(pw)
            };
            if !ok {
                break;
            }
            k = p;
        }
        // A phrase does not start with a joining word: "of company executives".
        while k < head && self.word(k).is_some_and(|x| matches!(x, "of" | "and" | "for")) {
            k += 1;
        }
        let phrase_first = k;
        let mut first = k;
        let determiner_at = |p: usize| {
            Some(p)
                .filter(|&p| self.in_sentence(p))
                .and_then(|p| self.word(p).filter(|x| words::is_determiner(x)).map(|x| (p, x)))
        };
        let determiner = first.checked_sub(1).and_then(determiner_at).or_else(|| {
            // "The Lagos-born, Stockholm-based novelist": a hyphenated modifier and its comma
            // stand between the article and the rest of the phrase.
            let comma = first.checked_sub(1).filter(|&c| self.is_punct(c, ","))?;
            let modifier = comma.checked_sub(1).filter(|&m| {
                self.word(m).is_some_and(|w| {
                    w.contains('-') && w.bytes().last().is_some_and(|b| b.is_ascii_lowercase())
                })
            })?;
            determiner_at(modifier.checked_sub(1)?)
        });
        if let Some((p, _)) = determiner {
            first = p;
        } else if let Some(p) = first.checked_sub(1).filter(|&p| {
            // "the country's Ministry of Agriculture": a possessive works as a determiner.
            self.in_sentence(p)
                && self.word(p).is_some_and(|x| words::is_possessive(x) && !self.cap(x))
        }) {
            first = p;
            if let Some(pp) =
                p.checked_sub(1).filter(|&pp| self.word(pp).is_some_and(words::is_determiner))
            {
                first = pp;
            }
        }
        let mut phrase_first = phrase_first;
        // "three officials", "several residents", "some residents": a count is part of a
        // group's name.
        if let Some((p, d)) = determiner.filter(|_| group) {
            if d.eq_ignore_ascii_case("several")
                || d.eq_ignore_ascii_case("both")
                || d.eq_ignore_ascii_case("some")
            {
                phrase_first = p;
            }
        }
        let honorific = capital && self.word(phrase_first).is_some_and(words::is_honorific);
        if capital {
            // "Mrs Ruiz said": the honorific is not part of the name (it tells a gender).
            while phrase_first < head
                && (self
                    .word(phrase_first)
                    .is_some_and(|x| words::is_honorific(x) && !words::is_peer_style(x))
                    || self.is_punct(phrase_first, "."))
            {
                phrase_first += 1;
            }
        }
        let phrase = words::squash_spaces(self.text_of(phrase_first, head)?);
        let phrase = phrase.as_str();
        let name_span = Span::new(self.span(phrase_first)?.start, self.span(head)?.end);
        let mut buf = [0u8; 24];
        let head_lc = words::lower(w, &mut buf).unwrap_or("").to_string();
        let speaker = if group {
            // "The researchers", "the organisers": a group is named as the text names it.
            let name = match determiner {
                Some((p, d)) if d.eq_ignore_ascii_case("the") && !self.cap(w) => {
                    self.text_of(p, head).map(words::squash_spaces)
                }
                _ => None,
            };
            let name = name.unwrap_or_else(|| phrase.to_string());
            Speaker { name, id: None, kind: EntityKind::Group, role: None }
        } else if role {
            // "his spokesperson", "her lawyer": the title belongs to the person just named,
            // not to whoever last held it in the article.
            let pronoun_owner = (phrase_first.saturating_sub(1)..=phrase_first).any(|p| {
                self.in_sentence(p)
                    && self.word(p).is_some_and(|x| {
                        let mut buf = [0u8; 24];
                        words::lower(x, &mut buf).is_some_and(|x| matches!(x, "his" | "her"))
                    })
            });
            let definite =
                !pronoun_owner && determiner.map_or(true, |(_, d)| d.eq_ignore_ascii_case("the"));
            // "a Brightline spokesman": the capitalized words before a spokesperson's title
            // name the institution the spokesperson speaks for.
            let spokes_for = if words::is_spokes_title(&head_lc) {
                self.spokes_institution(phrase_first, head)
            } else {
                None
            };
            // "the official", "the NPA chief": a generic title names the last person the
            // article gave a title.
            let generic = matches!(head_lc.as_str(), "official" | "chief" | "executive" | "head");
            let the = determiner.is_some_and(|(_, d)| d.eq_ignore_ascii_case("the"));
            if the && phrase_first == head && !pronoun_owner {
                if let Some(speaker) = self.unnamed_referent(&head_lc) {
                    return Some(Np { speaker, first, last: head, name_span });
                }
            }
            let titled = self.last_titled_person.as_ref().filter(|_| generic);
            // "the prosecutor" after "Assistant U.S. Attorney Ana Ruiz", "the judge" after
            // "Justice Ray Holm": another title of the same office names its holder.
            let same_office =
                || same_office(&head_lc).iter().find_map(|h| self.role_people.get(*h));
            let holder = self.role_people.get(&head_lc).or_else(same_office).or(titled);
            let holder =
                self.national_holder(phrase_first..head, &head_lc, holder).filter(|person| {
                    // A spokesperson named for another institution is not this one's.
                    definite
                        && spokes_for.as_ref().map_or(true, |(org, _)| {
                            person.role.as_deref().is_some_and(|r| r.contains(org.name.as_str()))
                        })
                });
            if let Some((org, _)) = spokes_for.filter(|_| holder.is_none()) {
                return Some(Np { speaker: org, first, last: head, name_span });
            }
            match holder {
                Some(person) => {
                    let mut s = person.clone();
                    s.role = Some(phrase.to_string());
                    s
                }
                None => {
                    // "a Commission spokeswoman said": without a named person, the
                    // institution the title names speaks.
                    let spokes = words::is_spokes_title(&head_lc);
                    let institution = (phrase_first..head).filter(|_| spokes).find_map(|x| {
                        self.mention_at(x).filter(|m| m.kind == EntityKind::Organization)
                    });
                    // "…, a spokeswoman said": the organization last named speaks.
                    // "a company spokesman said": the company last named speaks.
                    // "the foundation's spokesperson": the owner in the possessive.
                    let org_modifier = (phrase_first..head)
                        .filter_map(|x| self.word(x))
                        .map(|x| words::possessor(x).unwrap_or(x))
                        .find(|x| words::is_org_noun(x) && !self.cap(x))
                        .map(str::to_ascii_lowercase);
                    let the = determiner.is_some_and(|(_, d)| d.eq_ignore_ascii_case("the"));
                    let last_named = match org_modifier {
                        Some(noun) if spokes => self.org_for_noun(&noun),
                        _ => self
                            .last_spokes_org
                            .as_ref()
                            .filter(|_| the)
                            .or(self.recent_orgs.last())
                            .filter(|_| spokes && phrase_first == head && !pronoun_owner),
                    };
                    // "Baqaei said … the spokesman said": a bare definite spokesperson is
                    // the untitled person just quoted before the last institution named.
                    let spokes_referent =
                        spokes && phrase_first == head && self.last_spokes_org.is_none();
                    let referent = if the && (!spokes || spokes_referent) {
                        self.role_referent(&head_lc)
                    } else {
                        None
                    };
                    match institution {
                        Some(m) => self.speaker_of(m),
                        None if spokes && referent.is_some() => {
                            let mut s = referent.unwrap_or_default();
                            s.role = Some(phrase.to_string());
                            s
                        }
                        None if last_named.is_some() => last_named.cloned().unwrap_or_default(),
                        None if referent.is_some() => {
                            let mut s = referent.unwrap_or_default();
                            s.role = Some(phrase.to_string());
                            s
                        }
                        // Nobody known: the title as the text gives it, article included
                        // ("A family spokesman"), and so is a titled owner ("the Prime
                        // Minister's official spokesman" is "Prime Minister's official
                        // spokesman").
                        None => Speaker {
                            name: words::squash_spaces(
                                self.titled_owner(phrase_first)
                                    .or(determiner.map(|(p, _)| p))
                                    .and_then(|p| self.text_of(p, head))
                                    .unwrap_or(phrase),
                            ),
                            id: None,
                            kind: EntityKind::Person,
                            role: Some(phrase.to_string()),
                        },
                    }
                }
            }
        } else if org {
            let bare = phrase_first == head;
            let the = determiner.is_some_and(|(_, d)| d.eq_ignore_ascii_case("the"));
            if words::is_trade_noun(&head_lc) {
                // "the Canadian miner said" is the story's company; "a coal miner" is a
                // person, and "the rival miner" another company.
                let national =
                    (phrase_first..head).all(|x| self.word(x).is_some_and(|x| self.cap(x)));
                let company = self.org_for_noun(&head_lc).filter(|_| the && national).cloned()?;
                return Some(Np { speaker: company, first, last: head, name_span });
            }
            // The most recent organization is the likeliest referent of "the ministry"; "the
            // central bank", "the finance ministry" name it by a kind the text gave earlier.
            let owned =
                phrase_first.checked_sub(1).filter(|&p| self.in_sentence(p)).is_some_and(|p| {
                    self.word(p).is_some_and(|x| matches!(x, "Its" | "Their" | "its" | "their"))
                });
            let last_org_fits = if bare && owned {
                // "their association" is the one named as an association; "its unit" is
                // some other company than the one "its" stands for.
                self.recent_orgs.iter().rev().find(|o| org_named_as(&o.name, &head_lc))
            } else if bare {
                self.org_for_noun(&head_lc)
            } else if the {
                self.org_for_described_noun(phrase_first, head, &head_lc)
            } else {
                None
            };
            match last_org_fits {
                Some(o) => o.clone(),
                None => Speaker {
                    name: phrase.to_string(),
                    id: None,
                    kind: EntityKind::Organization,
                    role: None,
                },
            }
        } else {
            if let Some(known) = self.person_by_partial_name(phrase) {
                let mut known = known.clone();
                known.role = None;
                return Some(Np { speaker: known, first, last: head, name_span });
            }
            if let Some(full) = self.full_name_before(phrase, name_span.start) {
                let speaker =
                    Speaker { name: full, id: None, kind: EntityKind::Person, role: None };
                return Some(Np { speaker, first, last: head, name_span });
            }
            let kind = if honorific {
                EntityKind::Person
            } else {
                match person_or_org(phrase_first < head, phrase) {
                    EntityKind::Organization
                        if phrase_first == head && self.titled_as_person(head) =>
                    {
                        EntityKind::Person
                    }
                    kind => kind,
                }
            };
            if kind == EntityKind::Organization {
                if let Some(full) = self.org_by_short_name(phrase) {
                    return Some(Np { speaker: full, first, last: head, name_span });
                }
            }
            let mut role = None;
            let mut name = phrase;
            if kind == EntityKind::Person {
                // "union leader Pieter van Dijk" when the name finder missed the name.
                if let Some((role_first, _, title)) = self.role_left(phrase_first) {
                    role = Some(words::squash_spaces(title));
                    first = role_first;
                }
                // "Greens MEP Ana Ruiz": a title inside the capitalized run.
                let (stripped, title) = strip_leading_titles(phrase);
                if let Some(title) = title.filter(|_| role.is_none()) {
                    role = Some(title.to_string());
                }
                name = stripped;
            }
            Speaker { name: name.to_string(), id: None, kind, role }
        };
        Some(Np { speaker, first, last: head, name_span })
    }

    /// Whether the one unknown capitalized word at `name` is a person's name by its title:
    /// "BNPB head Suharyanto", "Rusmini, a resident of Pekanbaru,". Many people go by one
    /// name (or the page prints only one), and a title only people hold says so; a word
    /// a firm can also be ("rival Acme", "its owner Glencore", "market leader Nokia") or
    /// initials ("PCB") stay an organization.
    fn titled_as_person(&self, name: usize) -> bool {
        let Some(w) = self.word(name) else { return false };
        if w.len() < 3 || w.bytes().all(|b| !b.is_ascii_lowercase()) {
            return false;
        }
        let person_title = |head: &str| {
            !matches!(
                head,
                "owner"
                    | "investor"
                    | "shareholder"
                    | "dealer"
                    | "broker"
                    | "trader"
                    | "source"
                    | "leader"
                    | "founder"
                    | "general"
                    // "lead manager Postipankki": the bank that runs a bond issue.
                    | "manager"
            )
        };
        // "Faisal bin Farhan Al Saud, the foreign minister,", "lead manager Morgan Stanley
        // International": after a capital that is no title the word ends a longer name,
        // and the title is that name's.
        let opens_phrase = name
            .checked_sub(1)
            .filter(|&p| self.in_sentence(p) && self.is_word(p))
            .map_or(true, |p| {
                self.word(p).is_some_and(|x| {
                    let mut buf = [0u8; 24];
                    !self.cap(x) || words::lower(x, &mut buf).is_some_and(words::is_role_noun)
                })
            });
        opens_phrase
            && (self.role_left(name).is_some_and(|(_, head, _)| person_title(&head))
                || self.apposition_right(name).is_some_and(|(_, head, _)| person_title(&head)))
    }

    /// The first token of a capitalized role title in the possessive right before token
    /// `phrase_first` ("the Prime Minister's official spokesman"), without its article.
    fn titled_owner(&self, phrase_first: usize) -> Option<usize> {
        let owner_last = phrase_first.checked_sub(1).filter(|&p| self.in_sentence(p))?;
        let possessive =
            self.word(owner_last).is_some_and(|w| words::is_possessive(w) && self.cap(w));
        // "Kuwait's oil minister": a country owner is the title's modifier, not a title.
        if !possessive || !self.in_role_title(owner_last) {
            return None;
        }
        let mut first = owner_last;
        while let Some(p) = first.checked_sub(1).filter(|&p| self.in_sentence(p)) {
            let titled = self.in_role_title(p) && self.word(p).is_some_and(|w| self.cap(w));
            if !titled || owner_last - p > 4 {
                break;
            }
            first = p;
        }
        Some(first)
    }

    /// The institution named by the capitalized words right before a spokesperson's title
    /// at `head` ("a Brightline spokesman", "a Foreign Ministry spokeswoman"), with the
    /// token it starts at, when no person's name is among them.
    fn spokes_institution(&self, from: usize, head: usize) -> Option<(Speaker, usize)> {
        let mut start = head;
        while let Some(p) = start.checked_sub(1).filter(|&p| p >= from) {
            let w = self.word(p)?;
            let mut buf = [0u8; 24];
            let lw = words::lower(w, &mut buf).unwrap_or("");
            // Ranks of the spokesperson, not words of the institution's name.
            let rank = matches!(
                lw,
                "deputy"
                    | "vice"
                    | "senior"
                    | "assistant"
                    | "acting"
                    | "former"
                    | "top"
                    | "chief"
                    | "principal"
                    | "interim"
                    | "press"
                    | "official"
            );
            let name_word = self.is_word(p)
                && self.cap(w)
                && !words::is_function_word(w)
                && !words::is_determiner(w)
                && !rank
                && !words::is_role_noun(lw)
                && self.mention_at(p).map_or(true, |m| m.kind != EntityKind::Person);
            // "an Army Corps of Engineers spokesman": joining words inside the name.
            let joiner = start < head
                && matches!(lw, "of" | "for" | "and" | "&")
                && p.checked_sub(1).filter(|&q| q >= from).and_then(|q| self.word(q)).is_some_and(
                    |x| self.cap(x) && !words::is_function_word(x) && !words::is_determiner(x),
                );
            if !(name_word || joiner) {
                break;
            }
            start = p;
        }
        if start == head {
            return None;
        }
        if let Some(m) = self
            .mention_at(start)
            .filter(|m| m.kind == EntityKind::Organization && self.token_at(m.span.end) >= head)
        {
            return Some((self.speaker_of(m), start));
        }
        let name = words::squash_spaces(self.text_of(start, head - 1)?);
        let speaker = self.org_by_short_name(&name).unwrap_or(Speaker {
            name,
            id: None,
            kind: EntityKind::Organization,
            role: None,
        });
        Some((speaker, start))
    }

    /// The speaker phrase starting at token `j`: after an inverted cue ("said Cook"),
    /// "according to" or "quoted".
    fn np_right(&mut self, j: usize) -> Option<Np> {
        let mut j = j;
        if self.word(j).is_some_and(words::is_determiner) && self.in_sentence(j + 1) {
            j += 1;
        }
        if !self.in_sentence(j) {
            return None;
        }
        let w = self.word(j)?;
        if let Some(p) = words::pronoun(w) {
            let speaker = self.resolve_pronoun(p)?;
            return Some(Np { speaker, first: j, last: j, name_span: self.span(j)? });
        }
        // The run of name, title and modifier words.
        let mut k = j;
        let mut last_mention: Option<(&Mention, usize)> = None;
        while k < self.sentence.end
            && k < j + MAX_NP
            && (self.is_word(k) || (k > j && self.joins_org_name(j, k)))
        {
            let kw = self.word(k)?;
            if k > j && self.joins_org_name(j, k) {
                k += 1;
                continue;
            }
            if let Some(m) = self.mention_at(k) {
                last_mention = Some((m, k));
                // Take the mention whole.
                k = self.token_at(m.span.end).max(k + 1);
                if self.word(k.saturating_sub(1)).is_some_and(words::is_possessive) {
                    last_mention = None;
                }
                // "Ana Ruiz of Krell": the person speaks; the firm is her affiliation.
                let affiliation = self.word(k).is_some_and(|w| matches!(w, "of" | "from" | "at"));
                if m.kind == EntityKind::Person && affiliation {
                    break;
                }
                continue;
            }
            let ok = (self.cap(kw) && !words::is_function_word(kw))
                || self.in_role_mention(k)
                || words::is_group_noun(kw)
                || words::is_role_noun(kw)
                || words::is_org_noun(kw)
                || (words::is_role_modifier(kw) && !words::is_determiner(kw))
                // A plain modifier of a speaker noun: "shipping agents", "port workers".
                || (!words::is_function_word(kw)
                    && kw.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
                    && self.word(k + 1).is_some_and(|n| {
                        words::is_group_noun(n) || words::is_role_noun(n) || words::is_org_noun(n)
                    }));
            if !ok {
                break;
            }
            k += 1;
        }
        if k == j {
            return None;
        }
        let last = k - 1;
        let last_word = self.word(last)?;
        // "the U.S. Geological Survey", "the Lagos Chamber of Commerce and Industry": a place
        // or country opening a longer capitalized name is part of an institution's name.
        let named_after_place = last_mention.is_some_and(|(m, _)| {
            matches!(m.kind, EntityKind::Country | EntityKind::Unknown)
                && self.token_at(m.span.end) <= last
                && self.cap(last_word)
                && !words::is_role_noun(last_word)
                && !words::is_group_noun(last_word)
        });
        if let Some((m, at)) = last_mention.filter(|_| !named_after_place) {
            let group_after = (at..=last).any(|x| self.word(x).is_some_and(words::is_group_noun));
            if !group_after || m.kind == EntityKind::Person {
                let m_last = self.token_at(m.span.end).saturating_sub(1).max(at);
                let mut np = self.np_from_mention(m, m_last)?;
                if np.speaker.kind == EntityKind::Person && np.speaker.role.is_none() {
                    if let Some((_, _, role)) = self.apposition_right(m_last) {
                        np.speaker.role = Some(words::squash_spaces(role));
                    }
                }
                np.first = j;
                return Some(np);
            }
        }
        if words::is_group_noun(last_word) {
            if let Some(end) = self.knowledge_phrase_end(last + 1) {
                let mut np = self.informed_group(last, end)?;
                np.first = np.first.min(j);
                return Some(np);
            }
        }
        if words::is_document_noun(last_word) {
            let mut np = self.document_owner(last)?;
            np.first = np.first.min(j);
            return Some(np);
        }
        if words::is_group_noun(last_word)
            || words::is_role_noun(last_word)
            || words::is_org_noun(last_word)
        {
            let mut np = self.common_np_left(last)?;
            np.first = np.first.min(j);
            return Some(np);
        }
        if self.cap(last_word) {
            let name = words::squash_spaces(self.text_of(j, last)?);
            let kind = if named_after_place {
                EntityKind::Organization
            } else {
                person_or_org(last > j, &name)
            };
            let mut speaker = Speaker { name, id: None, kind, role: None };
            if kind == EntityKind::Person {
                speaker.role = self.apposition_right(last).map(|(_, _, r)| words::squash_spaces(r));
            }
            let name_span = Span::new(self.span(j)?.start, self.span(last)?.end);
            return Some(Np { speaker, first: j, last, name_span });
        }
        None
    }
}

/// "Mrs Ruiz" → "Ruiz", "Superintendent Ana Ruiz" → "Ana Ruiz" with role "Superintendent":
/// a name found by its shape can swallow the honorific or title before it. A title is only
/// dropped when two name words remain.
/// Whether an organization's name says it is a `head_lc` ("the ministry" for the "Ministry of
/// Ports"), or a kindred body ("the union" for the "Air Line Pilots Association").
fn org_named_as(name: &str, head_lc: &str) -> bool {
    let kindred: &[&str] = match head_lc {
        "union" => &["union", "association", "federation", "guild", "confederation", "congress"],
        "agency" => &["agency", "administration", "authority", "service", "bureau", "office"],
        "ministry" | "department" => &["ministry", "department"],
        "authority" => &["authority", "agency", "administration"],
        // A regulator is named by what it is ("Financial Conduct Authority", "Securities and
        // Exchange Commission", "Water Services Regulation Authority"), never "Regulator".
        "regulator" | "watchdog" => &[
            "authority",
            "commission",
            "regulator",
            "regulation",
            "regulatory",
            "supervisor",
            "supervisory",
            "inspectorate",
            "ombudsman",
        ],
        _ => &[],
    };
    if name.is_ascii() && head_lc.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        // ASCII names (nearly all) are compared in place instead of lowercased into a new
        // string; `kindred` and `head_lc` are lowercase.
        let contains = head_lc.is_empty()
            || name
                .as_bytes()
                .windows(head_lc.len())
                .any(|w| w.eq_ignore_ascii_case(head_lc.as_bytes()));
        return contains
            || name.split_words().any(|w| kindred.iter().any(|k| w.eq_ignore_ascii_case(k)));
    }
    let lc = name.to_lowercase();
    lc.contains(head_lc) || lc.split_words().any(|w| kindred.contains(&w))
}

/// Whether `word` is written as initials: two to six ASCII capitals ("RTA", "WSLHD").
fn is_acronym(word: &str) -> bool {
    (2..=6).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `acronym` spells the initials of the words of `name`, either of every word or of
/// the capitalized ones only ("Roads and Transport Authority" is RTA or RATA). A name of
/// one word has no initials to spell.
fn initials_match(name: &str, acronym: &str) -> bool {
    let spells = |capitalized_only: bool| {
        let mut letters = acronym.bytes();
        let mut words = 0;
        for w in name.split([' ', '-']).filter(|w| !w.is_empty()) {
            let Some(first) = w.chars().next() else { continue };
            if capitalized_only && !first.is_uppercase() {
                continue;
            }
            words += 1;
            match letters.next() {
                Some(b) if first.eq_ignore_ascii_case(&char::from(b)) => {}
                _ => return false,
            }
        }
        words >= 2 && letters.next().is_none()
    };
    spells(true) || spells(false)
}

/// Head nouns that name a body by its kind alone ("the regulator"), so that any body of
/// that kind fits and two of them leave the phrase as written.
fn is_kind_noun(head_lc: &str) -> bool {
    matches!(head_lc, "regulator" | "watchdog")
}

fn strip_leading_titles(name: &str) -> (&str, Option<&str>) {
    let mut rest = name.trim_start();
    let mut role = None;
    while let Some((first, after)) = words::split_first_word(rest) {
        let after = after.trim_start();
        if words::is_honorific(first) && !words::is_peer_style(first) {
            rest = after;
        } else if words::is_role_noun(first) && after.split_words().count() >= 2 {
            let start = name.len() - rest.len();
            role = name.get(start..start + first.len());
            rest = after;
        } else {
            break;
        }
    }
    // "Greens MEP Ana Ruiz", "iec chairperson ana ruiz": a title after a party's or body's
    // name still ends the role phrase in front of the person's own two or more words.
    let word_count = words::word_count(rest);
    // Only a word with two more after it can end the role: most names are too short to
    // have one, and their words are not looked up.
    let candidates = word_count.saturating_sub(3);
    let title_end = rest.split_words().skip(1).take(candidates).fold(None, |end, w| {
        let at = w.as_ptr() as usize - rest.as_ptr() as usize;
        let title = words::is_role_noun(w) && !words::is_honorific(w);
        if title {
            Some(at + w.len())
        } else {
            end
        }
    });
    if let Some(end) = title_end {
        let rest_start = name.len() - rest.len();
        let role_start = role.map_or(rest_start, |r| r.as_ptr() as usize - name.as_ptr() as usize);
        role = name.get(role_start..rest_start + end);
        rest = rest.get(end..).unwrap_or(rest).trim_start();
    }
    (rest, role)
}

/// `items.partition_point(before)`, searched by galloping out from `hint` (which is then
/// moved to the answer): lookups cluster around the cue being read, so the answer is
/// usually a few steps away, and a binary search over a long article's tokens costs more.
/// `before` must hold for a prefix of `items`.
fn near_partition<T>(items: &[T], hint: &Cell<usize>, before: impl Fn(&T) -> bool) -> usize {
    let h = hint.get().min(items.len());
    // The answer lies in `lo..=hi`; `before` fails at `hi` unless `hi` is the end.
    let (lo, hi) = match h.checked_sub(1) {
        Some(left) if !items.get(left).is_some_and(&before) => {
            // Left of the hint.
            let (mut lo, mut hi, mut step) = (0, left, 1);
            while let Some(probe) = hi.checked_sub(step) {
                if items.get(probe).is_some_and(&before) {
                    lo = probe + 1;
                    break;
                }
                hi = probe;
                step *= 2;
            }
            (lo, hi)
        }
        _ => {
            // At or right of the hint.
            let (mut lo, mut step) = (h, 1);
            let hi = loop {
                let probe = lo + step - 1;
                match items.get(probe) {
                    None => break items.len(),
                    Some(t) if before(t) => {
                        lo = probe + 1;
                        step *= 2;
                    }
                    Some(_) => break probe,
                }
            };
            (lo, hi)
        }
    };
    let k = lo + items.get(lo..hi).map_or(0, |range| range.partition_point(&before));
    hint.set(k);
    k
}

/// No mention covers the token (in [`mentions_by_token`]).
const NO_MENTION: u32 = u32::MAX;

/// For each token, the index of the first mention not ending at or before the token's
/// start, when it covers that start; else [`NO_MENTION`]. Tokens and mentions are both in
/// text order: a walk over the tokens compares each with the first mention that ends after
/// the previous tokens, so mention `k` takes the tokens that start before its end, once the
/// earlier mentions took theirs. Most tokens are in no mention: they are passed over by
/// galloping to the next mention's start instead of one by one.
/// Also, for each mention, the first token starting at or after its start
/// ([`Scan::token_at`] of it), found on the way.
fn mentions_by_token(tokens: &[Token], mentions: &[Mention]) -> (Vec<u32>, Vec<usize>) {
    let mut index = vec![NO_MENTION; tokens.len()];
    let mut first_tokens = Vec::with_capacity(mentions.len());
    let hint = Cell::new(0);
    let mut t = 0;
    for (k, m) in mentions.iter().enumerate() {
        // Tokens starting before the mention (and before its end) are in no mention.
        let bound = m.span.start.min(m.span.end);
        let first = near_partition(tokens, &hint, |tok| tok.span().start < bound);
        first_tokens.push(if bound == m.span.start {
            first
        } else {
            tokens.partition_point(|tok| tok.span().start < m.span.start)
        });
        let Ok(at) = u32::try_from(k) else { continue };
        let mut u = first.max(t);
        // The rest that start before its end start inside it.
        while tokens.get(u).is_some_and(|tok| tok.span().start < m.span.end) {
            if let Some(slot) = index.get_mut(u) {
                *slot = at;
            }
            u += 1;
        }
        t = u;
    }
    (index, first_tokens)
}

/// Whether `words` joined by single spaces is `text`.
fn joined_equals(words: &[&str], text: &str) -> bool {
    let mut rest = text;
    for (n, w) in words.iter().enumerate() {
        if n > 0 {
            match rest.strip_prefix(' ') {
                Some(r) => rest = r,
                None => return false,
            }
        }
        match rest.strip_prefix(w) {
            Some(r) => rest = r,
            None => return false,
        }
    }
    rest.is_empty()
}

/// Copies `from` into `into`, reusing `into`'s string buffers: the running state is
/// overwritten at every claim, and fresh clones were most of the scan's allocations.
fn copy_speaker(into: &mut Speaker, from: &Speaker) {
    let Speaker { name, id, kind, role } = from;
    into.name.clone_from(name);
    into.id.clone_from(id);
    into.kind = *kind;
    into.role.clone_from(role);
}

/// Sets a running-state slot to `from`, reusing the strings it held.
fn set_speaker(slot: &mut Option<Speaker>, from: &Speaker) {
    match slot {
        Some(held) => copy_speaker(held, from),
        None => *slot = Some(from.clone()),
    }
}

/// `word` lowercased: on the stack when it is short ASCII (names almost always are), else
/// through Unicode lowercasing.
fn lowercase<'b>(word: &str, buf: &'b mut [u8; 24]) -> std::borrow::Cow<'b, str> {
    if word.len() <= buf.len() && word.is_ascii() {
        if let Some(lower) = words::lower(word, buf) {
            return std::borrow::Cow::Borrowed(lower);
        }
    }
    std::borrow::Cow::Owned(word.to_lowercase())
}

/// Whether a text of some length has (almost) no capital letters.
fn is_lowercase_text(text: &str) -> bool {
    // Per-chunk byte counters keep the loop branch-free and vectorized. Lower-case letters
    // are at most the text's bytes, so once the capitals reach 1/200 of them the answer is
    // no: ordinary text says so in its first few hundred bytes, and the rest is not read.
    let (mut lower, mut upper) = (0usize, 0usize);
    for chunk in text.as_bytes().chunks(255) {
        let (mut l, mut u) = (0u8, 0u8);
        for &b in chunk {
            l += u8::from(b.wrapping_sub(b'a') < 26);
            u += u8::from(b.wrapping_sub(b'A') < 26);
        }
        lower += usize::from(l);
        upper += usize::from(u);
        if upper * 200 >= text.len() {
            return false;
        }
    }
    lower >= 200 && upper * 200 < lower
}

/// The head noun of a role title: the last role noun in it ("press secretary" → "secretary").
fn role_head(role: &str) -> Option<String> {
    role_head_word(role).map(str::to_ascii_lowercase)
}

/// The head noun of a role title as written.
fn role_head_word(role: &str) -> Option<&str> {
    // "spokesperson for Prime Minister Ana Ruiz": the head comes before the prepositional
    // phrase, whose own titles belong to someone else.
    let before_pp = role
        .split_words()
        .take_while(|w| !matches!(*w, "for" | "to" | "at" | "with" | "from" | "in" | "of"));
    let head = before_pp.filter(|w| words::is_role_noun(w)).last();
    head.or_else(|| role.split_words().rev().find(|w| words::is_role_noun(w)))
}

/// Strips whitespace, quotation marks and separators from a statement's edges.
fn trim_span(text: &str, span: Span) -> Span {
    let Some(s) = span.get(text) else { return Span::new(span.start, span.start) };
    let is_edge = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | ';'
                    | ':'
                    | '"'
                    | '\u{201c}'
                    | '\u{201d}'
                    | '-'
                    | '\u{2014}'
                    | '\u{2013}'
                    | '|'
            )
    };
    let lead = s.len() - s.trim_start_matches(is_edge).len();
    let trimmed = s.trim_start_matches(is_edge).trim_end_matches(is_edge);
    Span::new(span.start + lead, span.start + lead + trimmed.len())
}

/// How many words at either end of a statement identify it when its other end differs.
const EDGE_WORDS: usize = 10;

/// Keys under which a statement counts as already seen: all its words, and for long
/// statements (over `EDGE_WORDS + 1` words) its first and its last [`EDGE_WORDS`] words, so a repeat with a dateline glued
/// on ("Almaty: …") or cut off by the scraper is still one claim.
fn dedupe_keys(speaker: &str, statement: &str, buf: &mut FoldBuf) -> [Option<u64>; 3] {
    use std::hash::Hasher;
    // One folding pass (ASCII lowercase, any run of non-word bytes as one space), then the
    // keys hash slices of the folded bytes eight at a time. The buffers are the scan's, so
    // a claim costs no allocation here.
    let FoldBuf { folded, word_starts } = buf;
    folded.clear();
    word_starts.clear();
    folded.reserve(speaker.len() + statement.len() + 1);
    fold_words(speaker.as_bytes(), folded, None);
    folded.push(0);
    let body = folded.len();
    fold_words(statement.as_bytes(), folded, Some(word_starts));
    let folded = folded.as_slice();
    let hash = |parts: &[&[u8]], salt: u64| {
        let mut h = crate::lexicon::Fx::default();
        h.write_u64(salt);
        for part in parts {
            h.write(part);
        }
        h.finish()
    };
    let who = folded.get(..body).unwrap_or(&[]);
    let full = Some(hash(&[folded], 0));
    if word_starts.len() < EDGE_WORDS + 2 {
        return [full, None, None];
    }
    let head_end = word_starts.get(EDGE_WORDS).copied().unwrap_or(folded.len());
    let tail_start = word_starts.get(word_starts.len() - EDGE_WORDS).copied().unwrap_or(body);
    let head = folded.get(body..head_end).map(|h| hash(&[who, h], 1));
    let tail = folded.get(tail_start..).map(|t| hash(&[who, t], 2));
    [full, head, tail]
}

/// The buffers [`dedupe_keys`] folds into, kept by the scan across claims.
#[derive(Debug, Default)]
struct FoldBuf {
    folded: Vec<u8>,
    word_starts: Vec<usize>,
}

/// Bytes that belong to words when statements are compared: ASCII letters and digits, and
/// every byte of a non-ASCII character.
const WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = byte.is_ascii_alphanumeric() || !byte.is_ascii();
        b += 1;
    }
    table
};

/// Appends `text`'s words to `folded`, lowercased and one space apart; `starts` gets where
/// each word starts in `folded`.
fn fold_words(text: &[u8], folded: &mut Vec<u8>, mut starts: Option<&mut Vec<usize>>) {
    // The folded text is never longer than the text (a space stands for at least one
    // dropped byte), so it is written into place with the position kept in a local.
    let base = folded.len();
    folded.resize(base + text.len(), 0);
    let Some(out) = folded.get_mut(base..) else { return };
    let mut n = 0;
    let mut in_word = false;
    for &b in text {
        let word_byte = WORD_BYTES[usize::from(b)];
        if word_byte {
            if !in_word {
                if n > 0 {
                    if let Some(o) = out.get_mut(n) {
                        *o = b' ';
                    }
                    n += 1;
                }
                if let Some(s) = starts.as_deref_mut() {
                    s.push(base + n);
                }
            }
            if let Some(o) = out.get_mut(n) {
                *o = b.to_ascii_lowercase();
            }
            n += 1;
        }
        in_word = word_byte;
    }
    folded.truncate(base + n);
}

/// An unknown capitalized name: one word or a corporate suffix ("Texaco", "Norrland Cable
/// Works Inc") reads as an organization, several words as a person.
fn person_or_org(several_words: bool, name: &str) -> EntityKind {
    let corporate = words::last_word(name).is_some_and(words::is_corporate_suffix)
        || name.split_words().any(|w| words::is_org_noun(w) || w == "of")
        // "S and P", "A&W": initials joined by "and" name a firm, not a person.
        || (name.contains(" and ") && name.split_words().any(|w| w.len() == 1));
    if several_words && !corporate {
        EntityKind::Person
    } else {
        EntityKind::Organization
    }
}

/// Lowercase words inside names: "Khalid bin Hamdan", "Harold van den Bosch".
fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "van"
            | "von"
            | "de"
            | "der"
            | "den"
            | "al"
            | "bin"
            | "ibn"
            | "da"
            | "di"
            | "du"
            | "la"
            | "le"
            | "el"
            | "dos"
            | "das"
            | "del"
            | "ter"
    )
}

/// Capitalized particles of Irish and Scottish Gaelic surnames ("Ó Murchú", "Ní Bhriain",
/// "Mac Aodha"): unlike "van" or "bin" they are written with a capital.
fn is_gaelic_particle(w: &str) -> bool {
    matches!(w, "Ó" | "Ní" | "Nic" | "Mac" | "Mhic" | "Uí" | "Ua")
}

/// Titles of the office a role noun also names, when the article introduced its holder
/// with one of them: a court's prosecutor is an attorney, a judge a justice or magistrate, a
/// club's coach its manager, a chief executive its CEO.
fn same_office(head_lc: &str) -> &'static [&'static str] {
    match head_lc {
        "prosecutor" => &["attorney"],
        "judge" => &["justice", "magistrate"],
        "coach" => &["manager"],
        "manager" => &["coach"],
        "ceo" => &["executive"],
        _ => &[],
    }
}

/// An age as news writes it after a name: one to three digits.
fn is_age(word: &str) -> bool {
    (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a speaker is only a title nobody was named for: "spokesman", "a family spokesman".
fn is_bare_title(speaker: &Speaker) -> bool {
    let Some(role) = speaker.role.as_deref() else { return false };
    match speaker.name.strip_suffix(role) {
        Some("") => true,
        Some(lead) => words::is_determiner(lead.trim_end()) && lead.ends_with(' '),
        None => false,
    }
}

#[cfg(test)]
mod lookup_tests {
    use super::*;

    #[test]
    fn mention_index_agrees_with_searching_the_mentions() {
        let text = "Acme Holdings Inc said on Monday that Ana Ruiz, the Kepco spokeswoman, and \
                    Russian Foreign Minister Sergei Lavrov met U.S. officials in Geneva. \
                    \"We agree,\" Lavrov said.\n\nThe Bank of Korea, Reuters reported.";
        let tokens = whosaid_tokenize::TokenizerBuilder::new().build().tokenize(text);
        let gazetteer = whosaid_gazetteer::GazetteerBuilder::with_defaults().build();
        let annotation = gazetteer.annotate(text, &tokens);
        let mentions = &annotation.mentions;
        assert!(mentions.len() >= 3, "{mentions:?}");
        let (index, firsts) = mentions_by_token(&tokens.tokens, mentions);
        for (m, &first) in mentions.iter().zip(&firsts) {
            assert_eq!(first, tokens.tokens.partition_point(|t| t.span().start < m.span.start));
        }
        assert_eq!(index.len(), tokens.tokens.len());
        for (t, &at) in tokens.tokens.iter().zip(&index) {
            let start = t.span().start;
            let k = mentions.partition_point(|m| m.span.end <= start);
            let want = mentions.get(k).filter(|m| m.span.start <= start && start < m.span.end);
            let got = usize::try_from(at).ok().and_then(|k| mentions.get(k));
            assert_eq!(got.map(|m| m.span), want.map(|m| m.span), "{:?}", t.span().get(text));
        }
    }

    /// The one-cursor walk [`mentions_by_token`] replaced: every token visited in turn.
    fn mentions_by_token_walking(tokens: &[Token], mentions: &[Mention]) -> Vec<u32> {
        let mut k = 0;
        tokens
            .iter()
            .map(|t| {
                let start = t.span().start;
                while mentions.get(k).is_some_and(|m| m.span.end <= start) {
                    k += 1;
                }
                mentions
                    .get(k)
                    .filter(|m| m.span.start <= start && start < m.span.end)
                    .and_then(|_| u32::try_from(k).ok())
                    .unwrap_or(NO_MENTION)
            })
            .collect()
    }

    #[test]
    fn galloping_mention_index_agrees_with_the_token_walk() {
        // Built by hand, so an inverted span is possible too.
        let mention = |start: usize, end: usize| Mention {
            span: Span { start, end },
            entity: None,
            kind: EntityKind::Person,
            name: Default::default(),
            adjective: false,
            gender: None,
        };
        // Tokens two bytes long, one byte apart; mentions far apart, adjacent, overlapping,
        // nested, empty, ending mid-token and past the last token.
        let tokens: Vec<Token> =
            (0..60).map(|k| Token::new(Span::new(3 * k, 3 * k + 2), TokenKind::Word)).collect();
        let layouts: Vec<Vec<(usize, usize)>> = vec![
            vec![],
            vec![(0, 2)],
            vec![(3, 11), (12, 14), (60, 61), (100, 170)],
            vec![(4, 10), (6, 20), (21, 23), (21, 22)],
            vec![(9, 9), (9, 15), (14, 13), (30, 31), (150, 400)],
            vec![(0, 200), (5, 8)],
            vec![(50, 60), (10, 20), (70, 75)],
        ];
        for layout in layouts {
            let mentions: Vec<Mention> = layout.iter().map(|&(a, b)| mention(a, b)).collect();
            let (index, firsts) = mentions_by_token(&tokens, &mentions);
            assert_eq!(index, mentions_by_token_walking(&tokens, &mentions), "{layout:?}");
            for (m, &first) in mentions.iter().zip(&firsts) {
                let want = tokens.partition_point(|t| t.span().start < m.span.start);
                assert_eq!(first, want, "{layout:?}");
            }
        }
    }

    #[test]
    fn near_partition_agrees_with_binary_search_from_any_hint() {
        let starts: &[usize] = &[0, 3, 3, 7, 12, 20, 21, 22, 40, 41, 42, 43, 44, 45, 90];
        for pos in 0..100 {
            for hint in 0..starts.len() + 3 {
                let cell = Cell::new(hint);
                let want = starts.partition_point(|&s| s < pos);
                assert_eq!(near_partition(starts, &cell, |&s| s < pos), want, "{pos} {hint}");
                assert_eq!(cell.get(), want, "the hint moves to the answer");
            }
        }
        assert_eq!(near_partition(&[] as &[usize], &Cell::new(5), |&s| s < 3), 0);
    }

    /// The folding the keys hash, as it was first written: byte by byte, pushing.
    fn fold_reference(text: &str) -> (Vec<u8>, Vec<usize>) {
        let (mut out, mut starts, mut in_word) = (Vec::new(), Vec::new(), false);
        for &b in text.as_bytes() {
            if b.is_ascii_alphanumeric() || !b.is_ascii() {
                if !in_word {
                    if !out.is_empty() {
                        out.push(b' ');
                    }
                    starts.push(out.len());
                }
                out.push(b.to_ascii_lowercase());
                in_word = true;
            } else {
                in_word = false;
            }
        }
        (out, starts)
    }

    #[test]
    fn folding_in_place_matches_byte_by_byte_folding() {
        let cases = [
            "",
            "   ",
            "Talks WILL resume",
            "  leading and trailing  ",
            "a,b;;c--d",
            "Zürich's mayor said \u{201c}no\u{201d}",
            "x",
            "\u{a0}non-breaking\u{a0}space",
        ];
        for text in cases {
            let mut folded = vec![7u8];
            let mut starts = Vec::new();
            fold_words(text.as_bytes(), &mut folded, Some(&mut starts));
            let (want, want_starts) = fold_reference(text);
            assert_eq!(folded.get(1..), Some(want.as_slice()), "{text:?}");
            let shifted: Vec<usize> = want_starts.iter().map(|s| s + 1).collect();
            assert_eq!(starts, shifted, "{text:?}");
        }
    }

    #[test]
    fn statement_keys_ignore_case_and_punctuation_but_not_the_speaker() {
        let mut buf = FoldBuf::default();
        let a = dedupe_keys("Ana Ruiz", "The port will REOPEN, in spring.", &mut buf);
        let b = dedupe_keys("ana ruiz", "the port will reopen in spring", &mut buf);
        let c = dedupe_keys("Tomas Berg", "the port will reopen in spring", &mut buf);
        assert_eq!(a, b);
        assert_ne!(a[0], c[0]);
    }

    /// What the keys stand for, as first written: the folded speaker and statement, and for
    /// a statement of over `EDGE_WORDS + 1` words the speaker with its first words (and the
    /// space after them) and with its last words.
    fn keyed_parts(speaker: &str, statement: &str) -> [Option<Vec<u8>>; 3] {
        let (mut who, _) = fold_reference(speaker);
        who.push(0);
        let (body, starts) = fold_reference(statement);
        let joined = |part: &[u8]| [who.as_slice(), part].concat();
        if starts.len() < EDGE_WORDS + 2 {
            return [Some(joined(&body)), None, None];
        }
        let head_end = starts.get(EDGE_WORDS).copied().unwrap_or(body.len());
        let tail_start = starts.get(starts.len() - EDGE_WORDS).copied().unwrap_or(0);
        [Some(joined(&body)), body.get(..head_end).map(joined), body.get(tail_start..).map(joined)]
    }

    #[test]
    fn statement_keys_are_equal_exactly_when_the_folded_parts_are() {
        let long = "one two three four five six seven eight nine ten eleven twelve";
        let statements = [
            "",
            "...",
            "The port will REOPEN, in spring.",
            "the port will reopen in spring",
            long,
            "ONE two, three four five six seven eight nine ten eleven twelve!",
            "Almaty: one two three four five six seven eight nine ten eleven twelve",
            "one two three four five six seven eight nine ten eleven twelve thirteen",
            "one two three four five six seven eight nine ten -- eleven twelve",
            "zero one two three four five six seven eight nine ten eleven twelve",
            "one two three four five six seven eight nine ten eleven",
            "one two three four five six seven eight nine ten elevens twelve",
            "Zürich’s mayor said one two three four five six seven eight nine ten",
            "  one   two three four five six seven eight nine ten eleven twelve  ",
        ];
        let speakers = ["Ana Ruiz", "ANA  ruiz", "Tomas Berg", ""];
        let mut buf = FoldBuf::default();
        let mut cases = Vec::new();
        for speaker in speakers {
            for statement in statements {
                let keys = dedupe_keys(speaker, statement, &mut buf);
                cases.push((speaker, statement, keys, keyed_parts(speaker, statement)));
            }
        }
        for (sa, ta, ka, pa) in &cases {
            for (sb, tb, kb, pb) in &cases {
                for part in 0..3 {
                    let same_key = ka.get(part) == kb.get(part);
                    let same_text = pa.get(part) == pb.get(part);
                    assert_eq!(same_key, same_text, "{part}: {sa:?} {ta:?} / {sb:?} {tb:?}");
                }
            }
        }
    }

    #[test]
    fn joined_words_compare_with_single_spaces() {
        let cases: &[(&[&str], &str, bool)] = &[
            (&["Finance", "Ministry"], "Finance Ministry", true),
            (&["Finance", "Ministry"], "Finance  Ministry", false),
            (&["Finance", "Ministry"], "Finance Ministry ", false),
            (&["Finance"], "Finance Ministry", false),
            (&[], "", true),
        ];
        for &(words, text, want) in cases {
            assert_eq!(joined_equals(words, text), want, "{words:?} {text:?}");
            assert_eq!(words.join(" ") == text, want, "{words:?} {text:?}");
        }
    }

    #[test]
    fn speakers_copied_into_held_slots_equal_clones() {
        let from = Speaker {
            name: "Peter Cook".to_string(),
            id: Some("peter-cook".to_string()),
            kind: EntityKind::Person,
            role: None,
        };
        let mut slot = Some(Speaker {
            name: "the ministry of something long".to_string(),
            id: None,
            kind: EntityKind::Organization,
            role: Some("x".to_string()),
        });
        set_speaker(&mut slot, &from);
        assert_eq!(slot.as_ref(), Some(&from));
        let mut empty = None;
        set_speaker(&mut empty, &from);
        assert_eq!(empty, Some(from));
    }

    // The in-place ASCII comparison must agree with comparing lowercased copies.
    #[test]
    fn org_names_match_a_head_as_lowercased_copies_do() {
        let reference = |name: &str, head: &str| {
            let kindred: &[&str] = match head {
                "union" => {
                    &["union", "association", "federation", "guild", "confederation", "congress"]
                }
                "agency" => {
                    &["agency", "administration", "authority", "service", "bureau", "office"]
                }
                "ministry" | "department" => &["ministry", "department"],
                "authority" => &["authority", "agency", "administration"],
                _ => &[],
            };
            let lc = name.to_lowercase();
            lc.contains(head) || lc.split_whitespace().any(|w| kindred.contains(&w))
        };
        let names = [
            "Ministry of Finance",
            "the Finance MINISTRY",
            "Nurses Guild",
            "Food and Drug Administration",
            "Ministerio de Hacienda",
            "Agência Nacional",
            "Ağency",
            "",
            "Union",
            "Reunion Island",
        ];
        let heads =
            ["ministry", "union", "agency", "authority", "department", "", "Union", "ağency"];
        for name in names {
            for head in heads {
                assert_eq!(org_named_as(name, head), reference(name, head), "{name} / {head}");
            }
        }
    }
}
