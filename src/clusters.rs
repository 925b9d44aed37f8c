//! Corpus-level glue between the stored claims and `whosaid-cluster`: one spelling per
//! speaker, cluster ids, and `clusters.csv` rows.

use rayon::prelude::*;
use whosaid_cluster::{
    canonical_spellings, speaker_key_for, summarize, ClaimFacts, ClaimRef, ClusterPlan,
    ClustererBuilder, ShareClusters, SpeakerName,
};

use whosaid_core::hash::{WordHashMap, WordHashSet};

use crate::flags::ClusterOptions;
use crate::output::{date_cell, ClusterRow};
use crate::store::ClaimStore;

/// One spelling per speaker across the run, indexed like [`ClaimStore::speakers`]: outlets
/// spell one person differently ("Karaosmanoğlu" / "Karaosmanoglu"), and a table with both
/// would count two people. `gazetteer` says which spellings are the list's own names.
pub fn speaker_spellings(
    store: &ClaimStore,
    gazetteer: Option<&whosaid_gazetteer::Gazetteer>,
) -> Vec<String> {
    // One entry per distinct (speaker, article): the spelling vote counts articles, not
    // claims, and this keeps the input small. First-seen order is kept for the tie-break.
    let mut seen: WordHashSet<u64> = WordHashSet::default();
    let mut entries: Vec<(usize, usize)> = Vec::new();
    let mut last = None;
    for claim in 0..store.len() {
        let pair = (store.speaker_of(claim), store.article_of(claim));
        // Claims come article by article: a speaker quoted twice in a row is seen already.
        if last == Some(pair) {
            continue;
        }
        last = Some(pair);
        // Interned indices are u32 (see `ClaimStore`), so a pair fits one u64.
        if seen.insert(((pair.0 as u64) << 32) ^ pair.1 as u64) {
            entries.push(pair);
        }
    }
    drop(seen);
    let speakers = store.speakers();
    // Whether each distinct speaker is named by the gazetteer's own name: one map from slug to
    // list name, built only when some speaker has an id (a lookup per speaker by scanning the
    // list would be quadratic on big runs).
    let listed_names: WordHashMap<&str, &str> = match gazetteer {
        Some(g) if speakers.iter().any(|s| !s.id.is_empty()) => {
            g.entities().iter().map(|e| (e.id.as_str(), e.name.as_str())).collect()
        }
        _ => WordHashMap::default(),
    };
    let names: Vec<SpeakerName<'_>> = entries
        .iter()
        .filter_map(|&(speaker, article)| {
            let s = speakers.get(speaker)?;
            let listed = listed_names.get(s.id.as_str()).is_some_and(|&name| name == s.name);
            Some(SpeakerName {
                name: &s.name,
                id: Some(s.id.as_str()),
                listed,
                kind: s.entity_kind(),
                article: store.article(article),
            })
        })
        .collect();
    let mut spellings: Vec<Option<String>> = vec![None; speakers.len()];
    for (&(speaker, _), spelling) in entries.iter().zip(canonical_spellings(&names)) {
        if let Some(slot @ None) = spellings.get_mut(speaker) {
            *slot = Some(spelling.to_string());
        }
    }
    spellings
        .into_iter()
        .zip(speakers)
        .map(|(spelling, s)| spelling.unwrap_or_else(|| s.name.clone()))
        .collect()
}

/// Clusters the stored claims (in run order) under their final spellings: for each claim,
/// the index of the earliest claim of its cluster ([`summaries`] makes the `clusters.csv`
/// rows). The shares of the clustering plan (blocks of speakers, which no cluster crosses)
/// are clustered on the threads of `pool`; the plan does not depend on the threads, so
/// neither does the output.
pub fn assign(
    store: &ClaimStore,
    spellings: &[String],
    options: &ClusterOptions,
    pool: &rayon::ThreadPool,
) -> anyhow::Result<Assigned> {
    let clusterer = ClustererBuilder::new()
        .threshold(options.cluster_threshold)
        .paraphrases(options.paraphrases_on())
        .try_build()?;
    // Spelling variants merge only for people; organizations and groups keep exact keys.
    // A claims.csv from elsewhere may lack the type: the name's shape decides.
    // One key per distinct speaker, built on the pool: this part of the corpus end would
    // otherwise run on one thread while the others wait.
    let keys: Vec<String> = pool.install(|| {
        store
            .speakers()
            .par_iter()
            .zip(spellings)
            .map(|(s, spelling)| speaker_key_for(Some(s.id.as_str()), spelling, s.entity_kind()))
            .collect()
    });
    let key_of = |claim: usize| keys.get(store.speaker_of(claim)).map_or("", String::as_str);
    let refs: Vec<ClaimRef<'_>> = (0..store.len())
        .map(|i| ClaimRef { speaker_key: key_of(i), text: store.text(i) })
        .collect();
    // Dates only matter to the paraphrase pass; without it they would be memory for nothing.
    let dates: Option<Vec<_>> =
        options.paraphrases_on().then(|| (0..store.len()).map(|i| store.stated_on(i)).collect());
    let plan = clusterer.plan(&refs);
    let results: Vec<ShareClusters> = pool.install(|| {
        (0..plan.shares())
            .into_par_iter()
            .map(|share| clusterer.cluster_share(&plan, share, &refs, dates.as_deref()))
            .collect()
    });
    drop(refs);
    drop(dates);
    let (assignment, _) = plan.merge(results);
    Ok(Assigned { assignment, plan })
}

/// The clusters of a run: for each claim, the index of the earliest claim of its cluster,
/// and the plan whose shares no cluster crosses.
pub struct Assigned {
    pub assignment: Vec<usize>,
    plan: ClusterPlan,
}

/// The `clusters.csv` rows of `assigned`, in cluster order, summarized on the threads of
/// `pool`.
pub fn summaries(
    store: &ClaimStore,
    spellings: &[String],
    assigned: &Assigned,
    pool: &rayon::ThreadPool,
) -> Vec<ClusterRow> {
    let Assigned { assignment, plan } = assigned;
    let spelling_of =
        |claim: usize| spellings.get(store.speaker_of(claim)).map_or("", String::as_str);
    // Every cluster lies within one share (or is a claim of no share), so each group is
    // summarized on its own and the rows are put in cluster order after.
    let groups: Vec<&[u32]> = (0..plan.shares())
        .map(|share| plan.share_claims(share))
        .chain(std::iter::once(plan.unshared_claims()))
        .collect();
    let summarize_group = |claims: &[u32]| -> Vec<(usize, ClusterRow)> {
        let facts: Vec<ClaimFacts<'_>> = claims
            .iter()
            .map(|&i| {
                let i = i as usize;
                ClaimFacts {
                    cluster: assignment.get(i).copied().unwrap_or(i),
                    article_id: store.article(store.article_of(i)),
                    source: store.source(i),
                    stated_on: store.stated_on(i),
                    text: store.text(i),
                    speaker: spelling_of(i),
                }
            })
            .collect();
        summarize(&facts)
            .into_iter()
            .map(|s| {
                let row = ClusterRow {
                    cluster_id: store.claim_id(s.cluster_id).to_string(),
                    speaker: s.speaker.to_string(),
                    text: s.text.to_string(),
                    claims: s.claims,
                    articles: s.articles,
                    sources: s.sources,
                    first_stated_on: date_cell(s.first_stated_on),
                    last_stated_on: date_cell(s.last_stated_on),
                };
                (s.cluster_id, row)
            })
            .collect()
    };
    let mut rows: Vec<(usize, ClusterRow)> =
        pool.install(|| groups.into_par_iter().flat_map_iter(summarize_group).collect());
    rows.sort_unstable_by_key(|&(cluster, _)| cluster);
    rows.into_iter().map(|(_, row)| row).collect()
}
