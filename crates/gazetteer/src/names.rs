//! Name forms of people that the gazetteer derives from its own rows: the forms outlets write
//! that no row lists, named by the row's canonical name.

use whosaid_core::{EntityKind, Span};

use crate::fold::fold_pattern;
use crate::words::{contains, GENERATIONAL_SUFFIXES};
use crate::{Gazetteer, Mention, RoleMention};

/// The name before a "Jr."-type suffix of a person named with at least two words before it
/// ("Ferdinand Marcos" of "Ferdinand Marcos Jr.", "Benigno Aquino" of "Benigno Aquino III"):
/// outlets often drop the suffix of the living holder of the name. Not for "Sr." (the bare
/// name is the son's as often as the father's), nor for a regnal number after one name
/// ("Charles III": "Charles" alone is anyone).
pub(crate) fn without_generational_suffix(name: &str) -> Option<&str> {
    let name = name.trim_end();
    let (before, suffix) = name.rsplit_once(' ')?;
    let suffix = suffix.trim_end_matches('.');
    if suffix.eq_ignore_ascii_case("sr") || !contains(GENERATIONAL_SUFFIXES, suffix) {
        return None;
    }
    let before = before.trim_end_matches([',', ' ']);
    (before.split_whitespace().count() >= 2).then_some(before)
}

/// "Pope Leo XIV", "King Abdullah II", "Crown Prince Mohammed bin Salman": a gazetteer
/// alias that is a title before the person's canonical name. The title is a title (a
/// [`RoleMention`], as for a name found by shape after one), and the mention covers the name
/// only, so "the Pope" later finds the holder of the title. Costs a word comparison per
/// gazetteer person; roles stay in text order.
pub(crate) fn split_leading_titles(
    g: &Gazetteer,
    text: &str,
    mentions: &mut [Mention],
    roles: &mut Vec<RoleMention>,
) {
    let mut added = false;
    for m in mentions.iter_mut() {
        if m.kind != EntityKind::Person || m.adjective {
            continue;
        }
        let Some(entity) = m.entity.and_then(|e| g.entity(e)) else { continue };
        let Some(surface) = m.span.get(text) else { continue };
        let Some(first) = entity.name.split_whitespace().next() else { continue };
        // Where the canonical name's first word starts in the surface, at a word start.
        let Some(name_at) = word_starts(surface).skip(1).find(|&at| {
            surface.get(at..).is_some_and(|rest| {
                rest.split_whitespace().next().is_some_and(|w| same_word(w, first))
            })
        }) else {
            continue;
        };
        let prefix = surface.get(..name_at).unwrap_or("").trim_end();
        if prefix.is_empty() || entity.name.split_whitespace().any(|w| same_word(w, prefix)) {
            continue;
        }
        let Some(title) = g.role_titles.iter().find(|t| t.eq_ignore_ascii_case(prefix)) else {
            continue;
        };
        let title_span = Span::new(m.span.start, m.span.start + prefix.len());
        if roles.iter().any(|r| r.span.start < m.span.end && title_span.start < r.span.end) {
            continue;
        }
        roles.push(RoleMention { span: title_span, title: title.clone(), title_span, of: None });
        m.span = Span::new(m.span.start + name_at, m.span.end);
        added = true;
    }
    if added {
        roles.sort_by_key(|r| r.span.start);
    }
}

/// Byte offsets where words of `s` start.
fn word_starts(s: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = s.as_bytes();
    (0..bytes.len()).filter(move |&i| {
        bytes.get(i).is_some_and(|b| !b.is_ascii_whitespace())
            && (i == 0 || bytes.get(i - 1).is_some_and(u8::is_ascii_whitespace))
    })
}

/// Two words equal after folding and ASCII case.
fn same_word(a: &str, b: &str) -> bool {
    fold_pattern(a).eq_ignore_ascii_case(&fold_pattern(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generational_suffix_drops_only_after_a_full_name() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Ferdinand Marcos Jr.", Some("Ferdinand Marcos")),
            ("Ferdinand R. Marcos Jr", Some("Ferdinand R. Marcos")),
            ("Benigno Aquino III", Some("Benigno Aquino")),
            ("Hank Williams, Jr.", Some("Hank Williams")),
            ("John Smith IV", Some("John Smith")),
            ("George Foreman Sr.", None),
            ("Charles III", None),
            ("Margrethe II", None),
            ("Martin Luther King", None),
            ("Jr.", None),
            ("", None),
        ];
        for (name, expected) in cases {
            assert_eq!(without_generational_suffix(name), *expected, "{name}");
        }
    }

    fn names(g: &crate::Gazetteer, text: &str) -> Vec<String> {
        let found = g.annotate(text, &whosaid_tokenize::Tokens::default());
        found.mentions.into_iter().map(|m| m.name).collect()
    }

    #[test]
    fn a_name_without_its_suffix_is_the_gazetteers_only_person_of_that_name() {
        let mut b = crate::GazetteerBuilder::new();
        b.add_tsv(
            "test",
            "rene-dumas-jr\tperson\tRene Dumas Jr.\t\n\
             alba-reyes-iii\tperson\tAlba Reyes III\t\n\
             lars-holm-jr\tperson\tLars Holm Jr.\t\n\
             lars-holm\tperson\tLars Holm\t\n\
             tove-ii\tperson\tTove II\t\n",
        );
        assert!(b.errors().is_empty(), "{:?}", b.errors());
        let g = b.build();
        let cases: &[(&str, &[&str])] = &[
            ("President Rene Dumas said so.", &["Rene Dumas Jr."]),
            ("Rene Dumas Jr. said so.", &["Rene Dumas Jr."]),
            ("Alba Reyes said so.", &["Alba Reyes III"]),
            // The father is listed too: the bare name is his.
            ("Lars Holm said so. Lars Holm Jr. agreed.", &["Lars Holm", "Lars Holm Jr."]),
            // A regnal number after one name is no generational suffix.
            ("Tove visited.", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(names(&g, text), *want, "{text}");
        }
    }

    #[test]
    fn a_title_before_a_canonical_name_is_a_title() {
        let mut b = crate::GazetteerBuilder::new();
        b.add_tsv(
            "test",
            "pope-ugo-iv\tperson\tUgo IV\tPope Ugo IV|Pope Ugo\n\
             ana-v\tperson\tAna V\tQueen Ana V\n\
             omar-bin-said\tperson\tOmar bin Said\tCrown Prince Omar bin Said\n\
             queen-ida\tperson\tQueen Ida of Norland\tQueen Ida\n\
             tor-lund\tperson\tTor Lund\tTorvald Lund\n",
        )
        .add_roles_tsv("roles", "pope\nqueen\ncrown prince\n");
        assert!(b.errors().is_empty(), "{:?}", b.errors());
        let g = b.build();
        // (text, mention surfaces with names, role titles as written)
        type Case =
            (&'static str, &'static [(&'static str, &'static str)], &'static [&'static str]);
        let cases: &[Case] = &[
            ("Pope Ugo IV said so.", &[("Ugo IV", "Ugo IV")], &["Pope"]),
            ("Then Pope Ugo spoke.", &[("Ugo", "Ugo IV")], &["Pope"]),
            ("Queen Ana V said so.", &[("Ana V", "Ana V")], &["Queen"]),
            (
                "Crown Prince Omar bin Said said so.",
                &[("Omar bin Said", "Omar bin Said")],
                &["Crown Prince"],
            ),
            // The canonical name holds the title: it stays in the name.
            ("Queen Ida said so.", &[("Queen Ida", "Queen Ida of Norland")], &[]),
            // An alias with another first word is no title.
            ("Torvald Lund said so.", &[("Torvald Lund", "Tor Lund")], &[]),
        ];
        for (text, want_mentions, want_roles) in cases {
            let found = g.annotate(text, &whosaid_tokenize::Tokens::default());
            let got: Vec<(&str, &str)> = found
                .mentions
                .iter()
                .map(|m| (m.span.get(text).unwrap_or(""), m.name.as_str()))
                .collect();
            assert_eq!(got, *want_mentions, "{text}");
            let roles: Vec<&str> =
                found.roles.iter().map(|r| r.span.get(text).unwrap_or("")).collect();
            assert_eq!(roles, *want_roles, "{text}");
        }
    }
}
