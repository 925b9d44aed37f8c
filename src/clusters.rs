//! Glue between claim rows and `whosaid-cluster`: which claims may merge (the speaker key),
//! and the cluster ids and `clusters.csv` rows that come out.

use whosaid_cluster::{ClaimRef, ClustererBuilder};

use crate::output::{ClaimRow, ClusterRow};

/// Claims merge only within one speaker: the gazetteer id, else the name folded to
/// lowercase words so "Peter Cook" and "peter  cook" agree.
fn speaker_key(c: &ClaimRow) -> String {
    if !c.speaker_id.is_empty() {
        return c.speaker_id.clone();
    }
    let words: Vec<String> = c
        .speaker
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    words.join(" ")
}

/// Clusters `claims` (in run order), fills their `cluster_id` with the id of the earliest
/// claim of the cluster, and returns the `clusters.csv` rows in order of first appearance.
pub fn assign(claims: &mut [ClaimRow], threshold: f64) -> Vec<ClusterRow> {
    let keys: Vec<String> = claims.iter().map(speaker_key).collect();
    let refs: Vec<ClaimRef<'_>> =
        claims.iter().zip(&keys).map(|(c, k)| ClaimRef { speaker_key: k, text: &c.text }).collect();
    let clusterer = ClustererBuilder::new().threshold(threshold).build();
    let assignment = clusterer.cluster(&refs);
    drop(refs);
    let ids: Vec<String> = assignment
        .iter()
        .map(|&rep| claims.get(rep).map(|c| c.claim_id.clone()).unwrap_or_default())
        .collect();
    for (c, id) in claims.iter_mut().zip(ids) {
        c.cluster_id = id;
    }
    summarize(claims, &assignment)
}

fn summarize(claims: &[ClaimRow], assignment: &[usize]) -> Vec<ClusterRow> {
    use std::collections::{BTreeMap, HashSet};
    struct Acc<'a> {
        members: Vec<usize>,
        articles: HashSet<&'a str>,
        sources: HashSet<&'a str>,
    }
    let mut by_rep: BTreeMap<usize, Acc<'_>> = BTreeMap::new();
    for (i, (&rep, c)) in assignment.iter().zip(claims).enumerate() {
        let acc = by_rep.entry(rep).or_insert_with(|| Acc {
            members: vec![],
            articles: HashSet::new(),
            sources: HashSet::new(),
        });
        acc.members.push(i);
        acc.articles.insert(&c.article_id);
        if !c.source.is_empty() {
            acc.sources.insert(&c.source);
        }
    }
    by_rep
        .into_iter()
        .filter_map(|(rep, acc)| {
            let first = claims.get(rep)?;
            let longest =
                acc.members.iter().filter_map(|&i| claims.get(i)).max_by_key(|c| c.text.len())?;
            let mut dates: Vec<&str> = acc
                .members
                .iter()
                .filter_map(|&i| claims.get(i))
                .map(|c| c.stated_on.as_str())
                .filter(|d| !d.is_empty())
                .collect();
            dates.sort_unstable();
            Some(ClusterRow {
                cluster_id: first.cluster_id.clone(),
                speaker: first.speaker.clone(),
                text: longest.text.clone(),
                claims: acc.members.len(),
                articles: acc.articles.len(),
                sources: acc.sources.len(),
                first_stated_on: dates.first().map(|d| d.to_string()).unwrap_or_default(),
                last_stated_on: dates.last().map(|d| d.to_string()).unwrap_or_default(),
            })
        })
        .collect()
}
