//! The name a page prints for a listed person, when it never prints the gazetteer's name.
//!
//! The gazetteer names a person formally ("William J. Burns", "Recep Tayyip Erdoğan"), while
//! a page may print "Bill Burns" or "Tayyip Erdogan" and nothing else. A reader checking the
//! table against the article, and anyone searching the article for the speaker, looks for the
//! printed name; the entity id still says who it is, and the corpus-level spelling step still
//! shows the list's name wherever some page prints it.

use std::collections::HashMap;

use whosaid_core::{EntityKind, Span};
use whosaid_gazetteer::{name_key, EntityId, Mention};

use crate::lexicon::BuildFx;

/// For each listed person whose gazetteer name `text` never prints, where it prints their
/// fullest name: the mention with the most words, the first of those. Only forms of two or
/// more words that start with a capital and either end in the list name's surname or use
/// only words of the list's name qualify, so "Burns" alone, a lower-cased page or a form
/// carrying a title keeps the list's name. Linear in the mentions; empty (no allocation)
/// for a text without listed people.
pub(crate) fn printed_names(text: &str, mentions: &[Mention]) -> HashMap<EntityId, Span, BuildFx> {
    let listed_person = |m: &&Mention| m.entity.is_some() && m.kind == EntityKind::Person;
    let mut printed: HashMap<EntityId, Span, BuildFx> = HashMap::default();
    if !mentions.iter().any(|m| listed_person(&m)) {
        return printed;
    }
    let mut best: HashMap<EntityId, PrintedForms, BuildFx> = HashMap::default();
    for m in mentions.iter().filter(listed_person) {
        let Some(id) = m.entity else { continue };
        let surface = text.get(m.span.start..m.span.end).unwrap_or_default();
        let slot = best.entry(id).or_default();
        if surface.split_whitespace().eq(m.name.split_whitespace()) {
            slot.list_name_printed = true;
            continue;
        }
        let words = surface.split_whitespace().count();
        let capitalized = surface.chars().next().is_some_and(char::is_uppercase);
        if words < 2 || !capitalized || !same_person_words(surface, &m.name) {
            continue;
        }
        if slot.fullest.map_or(true, |(most, _)| words > most) {
            slot.fullest = Some((words, m.span));
        }
    }
    printed.extend(best.into_iter().filter_map(|(id, forms)| {
        let (_, span) = forms.fullest.filter(|_| !forms.list_name_printed)?;
        Some((id, span))
    }));
    printed
}

/// How one listed person is printed in a text.
#[derive(Default)]
struct PrintedForms {
    /// Some mention prints the gazetteer's name itself.
    list_name_printed: bool,
    /// The printed form with the most words (its word count and span), the first of those.
    fullest: Option<(usize, Span)>,
}

/// Whether a printed form names the listed person with the list's own words: the same
/// surname ("Bill Burns" for "William J. Burns"), or only words of the list's name
/// ("Mohammed bin Salman" for "Mohammed bin Salman Al Saud", whose surname is not last).
/// Words compare without case or diacritics.
fn same_person_words(printed: &str, listed: &str) -> bool {
    let (printed, listed) = (name_key(printed), name_key(listed));
    let listed: Vec<&str> = listed.split(' ').collect();
    printed.rsplit(' ').next() == listed.last().copied()
        || printed.split(' ').all(|w| listed.contains(&w))
}
