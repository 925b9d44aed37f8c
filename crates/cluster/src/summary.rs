//! The rows of `clusters.csv`, from a cluster assignment and per-claim facts.

use std::collections::{HashMap, HashSet};

use whosaid_core::PartialDate;

use crate::normalize::{canon_bits, canon_table, content_word_count};
use crate::MixState;

/// What a cluster summary needs to know about one claim.
#[derive(Clone, Copy, Debug)]
pub struct ClaimFacts<'a> {
    /// The claim's cluster id: the index of the earliest claim of its cluster, as returned by
    /// [`Clusterer::cluster`](crate::Clusterer::cluster), or any other id shared by the
    /// members of a cluster.
    pub cluster: usize,
    /// The article the claim was found in.
    pub article_id: &'a str,
    /// The article's outlet; empty when unknown (not counted as an outlet).
    pub source: &'a str,
    /// The day the statement was made.
    pub stated_on: Option<PartialDate>,
    /// The statement text.
    pub text: &'a str,
    /// The speaker's display name.
    pub speaker: &'a str,
}

/// One row of `clusters.csv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClusterSummary<'a> {
    /// The cluster id shared by the members.
    pub cluster_id: usize,
    /// The speaker name of the cluster's first claim (in input order); a later member's name
    /// if the first one's is empty.
    pub speaker: &'a str,
    /// The most complete wording: the member text with the most content words (function
    /// words and reporting verbs such as "he said" do not count), the first such in input
    /// order on ties.
    pub text: &'a str,
    /// Number of member claims.
    pub claims: usize,
    /// Number of distinct articles the members come from.
    pub articles: usize,
    /// Number of distinct non-empty outlets.
    pub sources: usize,
    /// The earliest statement date; see [`summarize`] for how yearless dates count.
    pub first_stated_on: Option<PartialDate>,
    /// The latest statement date.
    pub last_stated_on: Option<PartialDate>,
}

/// Running date bounds, keeping full dates and yearless (`--MM-DD`) dates apart.
#[derive(Clone, Copy, Debug, Default)]
struct DateRange {
    full: Option<(PartialDate, PartialDate)>,
    yearless: Option<(PartialDate, PartialDate)>,
}

impl DateRange {
    fn add(&mut self, date: PartialDate) {
        let slot = if date.year().is_some() { &mut self.full } else { &mut self.yearless };
        // PartialDate orders by (year, month, day); within one slot the years are all
        // known or all unknown, so that is calendar order.
        *slot = Some(match *slot {
            None => (date, date),
            Some((lo, hi)) => (lo.min(date), hi.max(date)),
        });
    }

    /// Full dates win: a yearless date cannot be placed against them (it might be of any
    /// year), and within one cluster it is almost always the same day written without the
    /// year. Only when no member has a year do yearless dates give the range.
    fn bounds(&self) -> (Option<PartialDate>, Option<PartialDate>) {
        match self.full.or(self.yearless) {
            Some((lo, hi)) => (Some(lo), Some(hi)),
            None => (None, None),
        }
    }
}

struct Accumulator<'a> {
    cluster_id: usize,
    speaker: &'a str,
    text: &'a str,
    /// Content words of `text`, counted once a second member needs comparing: most clusters
    /// are single claims, whose text is theirs without counting.
    text_words: Option<usize>,
    claims: usize,
    articles: usize,
    sources: usize,
    dates: DateRange,
}

/// The summary row of every cluster, in order of cluster id, singletons included (filter on
/// `claims` to drop them).
///
/// Dates: `first_stated_on`/`last_stated_on` are the earliest and latest of the members'
/// full dates; yearless `--MM-DD` dates are used only when no member has a full date (then
/// ordered by month and day). Linear in the number of claims.
pub fn summarize<'a>(claims: &[ClaimFacts<'a>]) -> Vec<ClusterSummary<'a>> {
    let canon = canon_table();
    let bits = canon_bits(&canon);
    let mut slot_of: HashMap<usize, usize, MixState> = HashMap::default();
    let mut acc: Vec<Accumulator<'a>> = Vec::new();
    let mut seen_articles: HashSet<(usize, &'a str), MixState> = HashSet::default();
    let mut seen_sources: HashSet<(usize, &'a str), MixState> = HashSet::default();
    for c in claims {
        let slot = *slot_of.entry(c.cluster).or_insert_with(|| {
            acc.push(Accumulator {
                cluster_id: c.cluster,
                speaker: "",
                text: "",
                text_words: None,
                claims: 0,
                articles: 0,
                sources: 0,
                dates: DateRange::default(),
            });
            acc.len() - 1
        });
        let Some(a) = acc.get_mut(slot) else { continue };
        a.claims += 1;
        if a.speaker.trim().is_empty() {
            a.speaker = c.speaker;
        }
        if a.claims == 1 {
            a.text = c.text;
        } else if c.text != a.text {
            // A reprint of the current text has its count: only other wordings are counted.
            let current =
                *a.text_words.get_or_insert_with(|| content_word_count(a.text, &canon, &bits));
            let words = content_word_count(c.text, &canon, &bits);
            if words > current {
                a.text = c.text;
                a.text_words = Some(words);
            }
        }
        if seen_articles.insert((slot, c.article_id)) {
            a.articles += 1;
        }
        let source = c.source.trim();
        if !source.is_empty() && seen_sources.insert((slot, source)) {
            a.sources += 1;
        }
        if let Some(d) = c.stated_on {
            a.dates.add(d);
        }
    }
    let mut rows: Vec<ClusterSummary<'a>> = acc
        .into_iter()
        .map(|a| {
            let (first_stated_on, last_stated_on) = a.dates.bounds();
            ClusterSummary {
                cluster_id: a.cluster_id,
                speaker: a.speaker,
                text: a.text,
                claims: a.claims,
                articles: a.articles,
                sources: a.sources,
                first_stated_on,
                last_stated_on,
            }
        })
        .collect();
    rows.sort_unstable_by_key(|r| r.cluster_id);
    rows
}
