//! Properties that must hold for any input, however odd.

use proptest::prelude::*;
use whosaid_cluster::{summarize, ClaimFacts, ClaimRef, ClustererBuilder};

/// Claims from a handful of speakers, with texts drawn from a small word pool (so that
/// merges actually happen) mixed with arbitrary Unicode.
fn claims() -> impl Strategy<Value = Vec<(String, String)>> {
    let word = prop_oneof![
        Just("harbour".to_string()),
        Just("will".to_string()),
        Just("reopen".to_string()),
        Just("“the".to_string()),
        Just("we".to_string()),
        Just("Russia´s".to_string()),
        Just("said,".to_string()),
        Just("ships»".to_string()),
        "\\PC{0,8}",
    ];
    let text = prop::collection::vec(word, 0..14).prop_map(|w| w.join(" "));
    let speaker = prop_oneof![Just(String::new()), "[a-c]"];
    prop::collection::vec((speaker, text), 0..60)
}

proptest! {
    // Each case clusters up to 60 claims; 64 cases keep the debug-build test run short.
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn ids_point_at_the_first_member_and_speakers_never_mix(claims in claims(), t in 0.05f64..=1.0) {
        let refs: Vec<ClaimRef<'_>> =
            claims.iter().map(|(s, t)| ClaimRef { speaker_key: s, text: t }).collect();
        let assignment = ClustererBuilder::new().threshold(t).build().cluster(&refs);
        prop_assert_eq!(assignment.len(), claims.len());
        for (i, &id) in assignment.iter().enumerate() {
            prop_assert!(id <= i);
            prop_assert_eq!(assignment[id], id);
            if id != i {
                prop_assert!(!claims[i].0.trim().is_empty());
                prop_assert_eq!(&claims[i].0, &claims[id].0);
            }
        }
    }

    #[test]
    fn summaries_account_for_every_claim(claims in claims()) {
        let refs: Vec<ClaimRef<'_>> =
            claims.iter().map(|(s, t)| ClaimRef { speaker_key: s, text: t }).collect();
        let assignment = ClustererBuilder::new().build().cluster(&refs);
        let facts: Vec<ClaimFacts<'_>> = claims
            .iter()
            .zip(&assignment)
            .map(|((s, t), &cluster)| ClaimFacts {
                cluster,
                article_id: s,
                source: s,
                stated_on: None,
                text: t,
                speaker: s,
            })
            .collect();
        let rows = summarize(&facts);
        prop_assert_eq!(rows.iter().map(|r| r.claims).sum::<usize>(), claims.len());
        prop_assert!(rows.windows(2).all(|w| w[0].cluster_id < w[1].cluster_id));
        for r in &rows {
            prop_assert!(r.articles >= 1 && r.articles <= r.claims && r.sources <= r.articles);
        }
    }
}
