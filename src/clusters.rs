//! Glue between claim rows and `whosaid-cluster`: claim rows in, cluster ids and
//! `clusters.csv` rows out.

use whosaid_cluster::{
    canonical_spellings, speaker_key_for, summarize, ClaimFacts, ClaimRef, ClustererBuilder,
    SpeakerName,
};
use whosaid_core::{EntityKind, PartialDate};

use crate::output::{ClaimRow, ClusterRow};

/// Gives every speaker one spelling across the run: outlets spell one person differently
/// ("Karaosmanoğlu" / "Karaosmanoglu"), and a table with both would count two people.
pub fn unify_speaker_spellings(claims: &mut [ClaimRow]) {
    let names: Vec<SpeakerName<'_>> = claims
        .iter()
        .map(|c| SpeakerName {
            name: &c.speaker,
            id: Some(c.speaker_id.as_str()),
            kind: EntityKind::from_name(&c.speaker_type).unwrap_or_default(),
            article: &c.article_id,
        })
        .collect();
    let spellings: Vec<String> =
        canonical_spellings(&names).into_iter().map(str::to_string).collect();
    drop(names);
    for (claim, spelling) in claims.iter_mut().zip(spellings) {
        if claim.speaker != spelling {
            claim.speaker = spelling;
        }
    }
}

/// Clusters `claims` (in run order), fills their `cluster_id` with the id of the earliest
/// claim of the cluster, and returns the `clusters.csv` rows.
pub fn assign(claims: &mut [ClaimRow], threshold: f64) -> anyhow::Result<Vec<ClusterRow>> {
    let clusterer = ClustererBuilder::new().threshold(threshold).try_build()?;
    let keys: Vec<String> = claims
        .iter()
        .map(|c| {
            // Spelling variants merge only for people; organizations and groups keep exact
            // keys. A claims.csv from elsewhere may lack the type: the name's shape decides.
            let kind = EntityKind::from_name(&c.speaker_type).unwrap_or_default();
            speaker_key_for(Some(c.speaker_id.as_str()), &c.speaker, kind)
        })
        .collect();
    let refs: Vec<ClaimRef<'_>> =
        claims.iter().zip(&keys).map(|(c, k)| ClaimRef { speaker_key: k, text: &c.text }).collect();
    let assignment = clusterer.cluster(&refs);
    drop(refs);
    let ids: Vec<String> = assignment
        .iter()
        .map(|&rep| claims.get(rep).map(|c| c.claim_id.clone()).unwrap_or_default())
        .collect();
    for (c, id) in claims.iter_mut().zip(ids) {
        c.cluster_id = id;
    }
    let facts: Vec<ClaimFacts<'_>> = claims
        .iter()
        .zip(&assignment)
        .map(|(c, &cluster)| ClaimFacts {
            cluster,
            article_id: &c.article_id,
            source: &c.source,
            stated_on: c.stated_on.parse::<PartialDate>().ok(),
            text: &c.text,
            speaker: &c.speaker,
        })
        .collect();
    let rows = summarize(&facts)
        .into_iter()
        .map(|s| ClusterRow {
            cluster_id: claims.get(s.cluster_id).map(|c| c.claim_id.clone()).unwrap_or_default(),
            speaker: s.speaker.to_string(),
            text: s.text.to_string(),
            claims: s.claims,
            articles: s.articles,
            sources: s.sources,
            first_stated_on: s.first_stated_on.map(|d| d.to_string()).unwrap_or_default(),
            last_stated_on: s.last_stated_on.map(|d| d.to_string()).unwrap_or_default(),
        })
        .collect();
    Ok(rows)
}
