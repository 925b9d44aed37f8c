use super::*;

fn clusterer() -> Clusterer {
    ClustererBuilder::new().build()
}

fn paraphrasing_clusterer() -> Clusterer {
    ClustererBuilder::new().paraphrases(true).build()
}

fn same_cluster(a: &str, b: &str) -> bool {
    let claims = [ClaimRef { speaker_key: "k", text: a }, ClaimRef { speaker_key: "k", text: b }];
    clusterer().cluster(&claims) == vec![0, 0]
}

/// Pairs of one speaker that are the same statement as different outlets print it.
const MUST_MERGE: &[(&str, &str, &str)] = &[
    (
        "quote marks",
        "\"The harbour will reopen to cargo ships next week,\"",
        "« The harbour will reopen to cargo ships next week »",
    ),
    (
        "curly quotes and case",
        "“THE HARBOUR WILL REOPEN TO CARGO SHIPS NEXT WEEK”",
        "the harbour will reopen to cargo ships next week.",
    ),
    (
        "apostrophe variants",
        "Norway's fishing fleet won't accept the new quota rules",
        "Norway´s fishing fleet won’t accept the new quota rules",
    ),
    (
        "trimmed start (containment)",
        "After a long night of talks in the capital, the union agreed to suspend the strike until the spring",
        "the union agreed to suspend the strike until the spring",
    ),
    (
        "trimmed end (containment)",
        "The new bridge will carry trains by the end of the decade and cut the journey to the coast by an hour",
        "The new bridge will carry trains by the end of the decade",
    ),
    (
        "he said versus nothing",
        "The museum will stay closed for repairs through the summer, he said.",
        "The museum will stay closed for repairs through the summer.",
    ),
    (
        "direct versus indirect, we to they",
        "We are not going to sell our stake in the refinery to anyone",
        "they were not going to sell their stake in the refinery to anyone",
    ),
    (
        "one word swapped in a short claim",
        "Lisbon of deliberately breaching the fishing agreement",
        "Lisbon of intentionally breaching the fishing agreement on Sunday and Tuesday during routine patrols",
    ),
    (
        "one word dropped",
        "the committee expects a decision on the new stadium before the end of the month",
        "the committee expects a decision on the stadium before the end of the month",
    ),
    ("very short claims", "No comment.", "“no comment”"),
];

/// Pairs of one speaker that are different statements.
const MUST_NOT_MERGE: &[(&str, &str, &str)] = &[
    (
        "different statements sharing function words",
        "The harbour will reopen to cargo ships next week",
        "The school will close for the holidays at the end of the month",
    ),
    (
        "short claim inside a long one is not containment",
        "next week",
        "The harbour will reopen to cargo ships next week, the minister said",
    ),
    (
        "same topic, different claim",
        "We will cut taxes for small farms next year",
        "We will raise taxes on large banks next year",
    ),
    ("empty texts", "", "“”"),
];

#[test]
fn same_statement_variants_merge() {
    for (rule, a, b) in MUST_MERGE {
        assert!(
            same_cluster(a, b),
            "{rule}: {a:?} / {b:?} similarity {}",
            clusterer().similarity(a, b)
        );
    }
}

#[test]
fn different_statements_stay_apart() {
    for (rule, a, b) in MUST_NOT_MERGE {
        assert!(
            !same_cluster(a, b),
            "{rule}: {a:?} / {b:?} similarity {}",
            clusterer().similarity(a, b)
        );
    }
}

#[test]
fn different_speakers_are_never_merged() {
    let text = "The harbour will reopen to cargo ships next week";
    let claims = [
        ClaimRef { speaker_key: "Q1", text },
        ClaimRef { speaker_key: "Q2", text },
        ClaimRef { speaker_key: "q1", text },
        ClaimRef { speaker_key: "Q1", text },
        ClaimRef { speaker_key: "", text },
        ClaimRef { speaker_key: "  ", text },
    ];
    // Keys are compared exactly (the caller normalizes them, see `speaker_key`); claims with
    // no speaker are never merged, not even with each other.
    assert_eq!(clusterer().cluster(&claims), vec![0, 1, 2, 0, 4, 5]);
}

#[test]
fn same_statement_twice_in_one_article_is_one_cluster() {
    let claims = [
        ClaimRef { speaker_key: "mayor", text: "The tram line opens in May" },
        ClaimRef { speaker_key: "mayor", text: "We have no money for the stadium" },
        ClaimRef { speaker_key: "mayor", text: "“The tram line opens in May.”" },
    ];
    assert_eq!(clusterer().cluster(&claims), vec![0, 1, 0]);
}

#[test]
fn cluster_id_is_the_earliest_member() {
    let claims = [
        ClaimRef { speaker_key: "a", text: "Unrelated words about the weather today" },
        ClaimRef {
            speaker_key: "a",
            text: "the union agreed to suspend the strike until the spring",
        },
        ClaimRef { speaker_key: "a", text: "the union agreed to suspend the strike until spring" },
        ClaimRef {
            speaker_key: "a",
            text: "The union agreed to suspend the strike until the spring, he said",
        },
    ];
    assert_eq!(clusterer().cluster(&claims), vec![0, 1, 1, 1]);
}

fn many_claims() -> Vec<(String, String)> {
    // Distinct statements built from distinct word combinations, several speakers, each
    // statement printed two or three times with small edits.
    let nouns =
        ["harbour", "bridge", "school", "tax", "army", "river", "market", "budget", "court"];
    let verbs = ["reopen", "close", "grow", "shrink", "move", "stay", "fail", "recover"];
    let times = ["next week", "in spring", "by Friday", "this year", "soon", "in a decade"];
    let mut out = Vec::new();
    for (i, n) in nouns.iter().enumerate() {
        for (j, v) in verbs.iter().enumerate() {
            let t = times[(i + j) % times.len()];
            let speaker = format!("s{}", (i * 7 + j) % 5);
            let text = format!(
                "The {n} of the northern {v}s province will {v} {t} and the {n} plan {i}{j} stays"
            );
            out.push((speaker.clone(), text.clone()));
            out.push((speaker.clone(), format!("“{}”, he said", text.to_uppercase())));
            if j % 2 == 0 {
                out.push((
                    speaker,
                    format!(
                        "the northern {v}s province will {v} {t} and the {n} plan {i}{j} stays"
                    ),
                ));
            }
        }
    }
    out
}

/// The partition as sets of texts, independent of claim order.
fn partition(claims: &[(String, String)], assignment: &[usize]) -> Vec<Vec<(String, String)>> {
    let mut groups: HashMap<usize, Vec<(String, String)>> = HashMap::new();
    for (c, &id) in claims.iter().zip(assignment) {
        groups.entry(id).or_default().push(c.clone());
    }
    let mut out: Vec<Vec<(String, String)>> = groups
        .into_values()
        .map(|mut g| {
            g.sort();
            g
        })
        .collect();
    out.sort();
    out
}

fn run(claims: &[(String, String)]) -> Vec<usize> {
    let refs: Vec<ClaimRef<'_>> =
        claims.iter().map(|(s, t)| ClaimRef { speaker_key: s, text: t }).collect();
    clusterer().cluster(&refs)
}

#[test]
fn clustering_is_independent_of_input_order() {
    let claims = many_claims();
    let expected = partition(&claims, &run(&claims));
    assert!(expected.len() < claims.len() / 2, "the fixture must have clusters");
    let mut permuted = claims.clone();
    for round in 0..5u64 {
        // A deterministic shuffle (Fisher–Yates driven by a mixing hash).
        for i in (1..permuted.len()).rev() {
            let j = (mix64(round * 1000 + i as u64) % (i as u64 + 1)) as usize;
            permuted.swap(i, j);
        }
        let assignment = run(&permuted);
        assert_eq!(partition(&permuted, &assignment), expected, "round {round}");
        for (i, &id) in assignment.iter().enumerate() {
            assert!(
                id <= i && assignment[id] == id,
                "id {id} of claim {i} is not its cluster's first"
            );
        }
    }
}

#[test]
fn clustering_in_shares_gives_the_one_share_result() {
    // Many speakers, so that shares split blocks, a long run of one stock phrase, so that
    // capped blocks go on to LSH, and rewordings, so that the paraphrase pass joins some.
    let mut claims = many_claims();
    for k in 0..200 {
        claims.push((format!("s{}", k % 40), format!("the peace talks will resume, round {k}")));
    }
    let refs: Vec<ClaimRef<'_>> =
        claims.iter().map(|(s, t)| ClaimRef { speaker_key: s, text: t }).collect();
    for base in [clusterer(), paraphrasing_clusterer()] {
        let mut whole = base.clone();
        whole.max_share_bytes = usize::MAX;
        whole.min_shares = 1;
        assert_eq!(whole.plan(&refs).shares(), 1);
        let one_share = whole.cluster_with_stats(&refs);
        assert!(one_share.1.similar_pairs > 0, "the fixture must have pairs to join");
        for (max_bytes, min_shares) in [(1, 1), (7, 1), (600, 1), (5000, 1), (2000, 3)] {
            let mut several = base.clone();
            several.max_share_bytes = max_bytes;
            several.min_shares = min_shares;
            let plan = several.plan(&refs);
            assert!(plan.shares() > 1, "{max_bytes} bytes, {min_shares} shares: one share");
            assert_eq!(
                several.cluster_with_stats(&refs),
                one_share,
                "{max_bytes} bytes per share, at least {min_shares} shares"
            );
            // Shares merged in reverse order give the same result.
            let mut results: Vec<ShareClusters> =
                (0..plan.shares()).map(|s| several.cluster_share(&plan, s, &refs, None)).collect();
            results.reverse();
            assert_eq!(plan.merge(results), one_share, "reverse order");
        }
    }
}

#[test]
fn every_claim_is_in_one_share_or_unshared() {
    let mut claims = many_claims();
    claims.push((String::new(), "A claim without a speaker.".to_string()));
    let refs: Vec<ClaimRef<'_>> =
        claims.iter().map(|(s, t)| ClaimRef { speaker_key: s, text: t }).collect();
    let mut several = clusterer();
    several.max_share_bytes = 100;
    let plan = several.plan(&refs);
    let mut seen: Vec<u32> =
        (0..plan.shares()).flat_map(|s| plan.share_claims(s).to_vec()).collect();
    assert_eq!(plan.unshared_claims(), [claims.len() as u32 - 1]);
    seen.extend_from_slice(plan.unshared_claims());
    seen.sort_unstable();
    assert_eq!(seen, (0..claims.len() as u32).collect::<Vec<_>>());
}

#[test]
fn same_input_gives_same_output() {
    let claims = many_claims();
    assert_eq!(run(&claims), run(&claims));
}

#[test]
fn ten_thousand_near_identical_claims_form_one_cluster() {
    let texts: Vec<String> = (0..10_000)
        .map(|i| {
            format!(
                "The harbour will reopen to cargo ships next week after repairs number {}",
                ["one", "two", "three"][i % 3]
            )
        })
        .collect();
    let refs: Vec<ClaimRef<'_>> =
        texts.iter().map(|t| ClaimRef { speaker_key: "port", text: t }).collect();
    let (assignment, stats) = clusterer().cluster_with_stats(&refs);
    assert!(assignment.iter().all(|&c| c == 0));
    assert_eq!(stats.exact_duplicates, 9_997);
    assert!(stats.verified_pairs < 100, "{stats:?}");
}

#[test]
fn bands_and_rows_fit_the_threshold() {
    for t in [0.2, 0.3, 0.5, 0.7, 0.9, 1.0] {
        let (bands, rows) = choose_bands(t);
        assert!(bands * rows <= MAX_HASHES);
        assert!(candidate_probability(t * 0.9, bands, rows) >= 0.98, "{t}");
    }
    assert_eq!(choose_bands(0.5), (42, 3));
}

#[test]
fn invalid_thresholds_are_refused_or_defaulted() {
    for t in [0.0, -1.0, 1.5, f64::NAN] {
        assert!(ClustererBuilder::new().threshold(t).try_build().is_err(), "{t}");
        assert_eq!(ClustererBuilder::new().threshold(t).build().threshold(), DEFAULT_THRESHOLD);
    }
    assert!(ClustererBuilder::new().threshold(0.8).try_build().is_ok());
}

#[test]
fn higher_threshold_splits_looser_pairs() {
    let a = "the committee expects a decision on the new stadium before the end of the month";
    let b = "the committee expects a decision on the stadium before the end of May";
    let claims = [ClaimRef { speaker_key: "k", text: a }, ClaimRef { speaker_key: "k", text: b }];
    assert_eq!(ClustererBuilder::new().threshold(0.5).build().cluster(&claims), vec![0, 0]);
    assert_eq!(ClustererBuilder::new().threshold(0.95).build().cluster(&claims), vec![0, 1]);
}

#[test]
fn speaker_keys_agree_across_case_spacing_dots_and_accents() {
    let cases: &[SpeakerCase] = &[
        ("Peter  Cook", None, "peter cook", Some("  "), ALIGNED, true),
        ("  O’Neill ", None, "ONeill", None, ALIGNED, true),
        ("Selim Karaosmanoğlu", None, "Selim Karaosmanoglu", None, ALIGNED, true),
        ("Ludovica Ferraro-Mäkinen", None, "Ludovica Ferraro Makinen", None, ALIGNED, true),
        ("U.S. Department of Defense", None, "US Department of Defense", None, ALIGNED, true),
        ("Anyone", Some("Q42"), "Someone", Some("Q42"), ALIGNED, true),
        ("Anyone", Some("Q42"), "Anyone", Some("Q43"), ALIGNED, false),
        ("Peter Cook", None, "Paul Cook", None, ALIGNED, false),
    ];
    for case in cases {
        assert_eq!(speaker_pair_merges(case, ALIGNED), case.5, "{case:?}");
    }
    assert_eq!(speaker_key(None, ""), "");
    assert_eq!(speaker_key(Some(" "), " ,. "), "");
    assert_eq!(speaker_key(None, "Peter  Cook"), speaker_key(Some(""), "Peter Cook. "));
}

/// Claims by two speakers (id, name, kind) with two texts: same cluster or not.
type SpeakerCase =
    (&'static str, Option<&'static str>, &'static str, Option<&'static str>, &'static str, bool);

const ALIGNED: &str =
    "Shipments through the port will resume on Monday, and we expect full capacity soon.";

/// Spellings of one person's name merge on near-identical text; different people never.
const SPEAKER_CASES: &[SpeakerCase] = &[
    ("Sergei Lavrov", None, "Sergey Lavrov", None, ALIGNED, true),
    ("Yerlan Zhaksybekov", None, "Yerlan Jaksybekov", None, ALIGNED, true),
    ("Yerlan Zhaksybekov", None, "Erlan Zhaksybekov", None, ALIGNED, true),
    ("Lavrov", None, "Sergei Lavrov", None, ALIGNED, true),
    ("Pieter van Dijk", None, "Pieter Van Dyk", None, ALIGNED, true),
    ("Mohamed Al Khatib", None, "Mohammed al-Khateeb", None, ALIGNED, true),
    ("Mohamed Al Khatib", None, "Muhammad Khatib", None, ALIGNED, false),
    ("David Mwangi Kariuki", None, "David Kariuki", None, ALIGNED, true),
    ("J. Smith", None, "John Smith", None, ALIGNED, true),
    ("Yerlan Zhaksybekov", Some("Q1"), "Yerlan Zhaksybekov", None, ALIGNED, true),
    ("Yerlan Zhaksybekov", Some("Q1"), "Y. Jaksybekov", Some("Q1"), ALIGNED, true),
    ("Paulo Figueiredo", None, "Ana Figueiredo", None, ALIGNED, false),
    ("John Smith", None, "Jane Smith", None, ALIGNED, false),
    ("Anna Berg", None, "Anna Borg", None, ALIGNED, false),
    ("John Smith", Some("Q1"), "John Smith", Some("Q2"), ALIGNED, false),
    ("Sergei Lavrov", Some("Q1"), "Sergey Lavrov", Some("Q2"), ALIGNED, false),
];

fn speaker_pair_merges(case: &SpeakerCase, text_b: &str) -> bool {
    let (a, id_a, b, id_b, text_a, _) = *case;
    let keys = [speaker_key(id_a, a), speaker_key(id_b, b)];
    let claims = [
        ClaimRef { speaker_key: &keys[0], text: text_a },
        ClaimRef { speaker_key: &keys[1], text: text_b },
    ];
    clusterer().cluster(&claims) == vec![0, 0]
}

#[test]
fn spellings_of_one_persons_name_merge_and_different_people_do_not() {
    for case in SPEAKER_CASES {
        let expected = case.5;
        let text_b = format!("“{}”", case.4.to_uppercase());
        assert_eq!(speaker_pair_merges(case, &text_b), expected, "{case:?}");
    }
}

#[test]
fn spellings_of_a_name_need_nearly_the_same_words() {
    // Over the normal threshold (containment ≈ 0.6), under the stricter one for spellings.
    let loose = "Shipments through the port will resume on Monday, the minister said in Aktau.";
    let same_spelling = ("Sergei Lavrov", None, "Sergei Lavrov", None, ALIGNED, true);
    let other_spelling = ("Sergei Lavrov", None, "Sergey Lavrov", None, ALIGNED, false);
    let sim = clusterer().similarity(ALIGNED, loose);
    assert!((0.5..0.8).contains(&sim), "{sim}");
    assert!(speaker_pair_merges(&same_spelling, loose));
    assert!(!speaker_pair_merges(&other_spelling, loose));
}

#[test]
fn organizations_keep_exact_keys_when_the_kind_is_known() {
    use whosaid_core::EntityKind;
    let cases: &[(&str, EntityKind, &str, EntityKind, bool)] = &[
        ("Finance Ministry", EntityKind::Organization, "Ministry", EntityKind::Organization, false),
        ("Gazprom", EntityKind::Organization, "Gazprom", EntityKind::Organization, true),
        ("Lavrov", EntityKind::Person, "Sergei Lavrov", EntityKind::Person, true),
        ("Lavrov", EntityKind::Person, "Sergei Lavrov", EntityKind::Organization, false),
    ];
    for (a, kind_a, b, kind_b, merged) in cases {
        let keys = [speaker_key_for(None, a, *kind_a), speaker_key_for(None, b, *kind_b)];
        let claims = [
            ClaimRef { speaker_key: &keys[0], text: ALIGNED },
            ClaimRef { speaker_key: &keys[1], text: ALIGNED },
        ];
        assert_eq!(clusterer().cluster(&claims) == vec![0, 0], *merged, "{a} / {b}");
    }
}

#[test]
fn a_bare_surname_never_bridges_two_different_people() {
    let names = ["Paulo Figueiredo", "Figueiredo", "Ana Figueiredo", "Figueiredo"];
    let keys: Vec<String> = names.iter().map(|n| speaker_key(None, n)).collect();
    let claims: Vec<ClaimRef<'_>> =
        keys.iter().map(|k| ClaimRef { speaker_key: k, text: ALIGNED }).collect();
    let out = clusterer().cluster(&claims);
    assert_ne!(out[0], out[2], "{out:?}");
    // The bare surname still joins one of them: the earlier one.
    assert_eq!(out[1], out[0], "{out:?}");
    assert_eq!(out[3], out[1], "{out:?}");
}

#[test]
fn a_name_seen_with_two_ids_is_two_people_and_its_bare_form_joins_neither() {
    let keys = [
        speaker_key(Some("Q1"), "John Smith"),
        speaker_key(Some("Q2"), "John Smith"),
        speaker_key(None, "John Smith"),
    ];
    let claims: Vec<ClaimRef<'_>> =
        keys.iter().map(|k| ClaimRef { speaker_key: k, text: ALIGNED }).collect();
    let out = clusterer().cluster(&claims);
    assert_ne!(out[0], out[1], "{out:?}");
}

#[test]
fn clusterer_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Clusterer>();
    assert_send_sync::<ClustererBuilder>();
    assert_send_sync::<ClusterPlan>();
    assert_send_sync::<ShareClusters>();
}

mod summaries {
    use super::super::*;
    use whosaid_core::PartialDate;

    fn d(s: &str) -> Option<PartialDate> {
        s.parse().ok()
    }

    fn facts<'a>(
        cluster: usize,
        article_id: &'a str,
        source: &'a str,
        date: &str,
        text: &'a str,
    ) -> ClaimFacts<'a> {
        ClaimFacts { cluster, article_id, source, stated_on: d(date), text, speaker: "Ann Lee" }
    }

    #[test]
    fn counts_distinct_articles_and_outlets_and_picks_fullest_text() {
        let claims = [
            facts(0, "a1", "Daily", "2015-10-07", "the strike ends"),
            facts(1, "a1", "Daily", "", "other"),
            facts(0, "a1", "Daily", "2015-10-06", "“the strike ends”"),
            facts(0, "a2", "Weekly", "2015-10-08", "the strike ends in June, she said"),
            facts(0, "a3", "", "", "strike ends"),
        ];
        let rows = summarize(&claims);
        assert_eq!(rows.len(), 2);
        let r = &rows[0];
        assert_eq!(
            (r.cluster_id, r.claims, r.articles, r.sources, r.text),
            (0, 4, 3, 2, "the strike ends in June, she said")
        );
        assert_eq!((r.first_stated_on, r.last_stated_on), (d("2015-10-06"), d("2015-10-08")));
        assert_eq!(rows[1].cluster_id, 1);
        assert_eq!((rows[1].first_stated_on, rows[1].last_stated_on), (None, None));
    }

    #[test]
    fn fullest_text_is_not_the_one_with_he_said() {
        let claims = [
            facts(0, "a1", "s", "", "The strike ends in June"),
            facts(0, "a2", "s", "", "“The strike ends in June,” he said."),
            facts(0, "a3", "s", "", "strike ends"),
        ];
        assert_eq!(summarize(&claims)[0].text, "The strike ends in June");
    }

    #[test]
    fn yearless_dates_count_only_without_full_dates() {
        let cases: &[(&[&str], Option<&str>, Option<&str>)] = &[
            (&["--10-06", "2015-10-07", "2015-10-09"], Some("2015-10-07"), Some("2015-10-09")),
            (&["--10-09", "--10-06"], Some("--10-06"), Some("--10-09")),
            (&["--12-31", "2016-01-01"], Some("2016-01-01"), Some("2016-01-01")),
            (&[""], None, None),
        ];
        for (dates, first, last) in cases {
            let claims: Vec<ClaimFacts<'_>> =
                dates.iter().map(|s| facts(3, "a", "s", s, "t")).collect();
            let rows = summarize(&claims);
            assert_eq!(rows[0].first_stated_on, first.and_then(d), "{dates:?}");
            assert_eq!(rows[0].last_stated_on, last.and_then(d), "{dates:?}");
        }
    }

    #[test]
    fn rows_come_in_cluster_id_order_with_first_speaker() {
        let mut claims = vec![facts(5, "a", "s", "", "x"), facts(2, "b", "s", "", "y")];
        claims[1].speaker = "";
        claims.push(ClaimFacts { speaker: "Bo", ..facts(2, "c", "s", "", "y z") });
        let rows = summarize(&claims);
        let ids: Vec<usize> = rows.iter().map(|r| r.cluster_id).collect();
        assert_eq!(ids, vec![2, 5]);
        assert_eq!(rows[0].speaker, "Bo");
        assert_eq!(rows[0].text, "y z");
    }
}

#[test]
fn regression_function_word_bigrams_do_not_chain_a_prolific_speakers_claims() {
    // At a million claims, containment over 2-grams such as "of the" and "it is" chained
    // thousands of unrelated claims of the top speaker into one cluster.
    // Many claims of one speaker with the same function-word skeleton and their own content
    // words: they share "it is", "of the", "in the", "to be", "and of", but no statement.
    let content = [
        "harbour", "budget", "army", "river", "school", "court", "market", "railway", "tax",
        "bridge", "police", "farm", "museum", "airport", "hospital", "prison", "forest", "mine",
    ];
    let mut texts = Vec::new();
    for (i, a) in content.iter().enumerate() {
        let b = content[(i + 5) % content.len()];
        texts.push(format!(
            "It is of the {a} that in the {b} it is to be and of the and it is in the"
        ));
    }
    let refs: Vec<ClaimRef<'_>> =
        texts.iter().map(|t| ClaimRef { speaker_key: "top", text: t }).collect();
    let assignment = clusterer().cluster(&refs);
    let merged = assignment.iter().enumerate().filter(|&(i, &c)| c != i).count();
    assert_eq!(merged, 0, "{assignment:?}");
}

#[test]
fn over_full_buckets_still_join_near_identical_claims() {
    // 3,000 distinct wordings of one statement: every LSH bucket and every prefix run is far
    // over the cap, yet the head-and-window comparisons join them all, cheaply.
    let texts: Vec<String> = (0..3_000)
        .map(|i| {
            // Letters, not digits: claims with different figures are different statements.
            format!(
                "The harbour will reopen to cargo ships next week after repairs, case {}",
                letters(i)
            )
        })
        .collect();
    let refs: Vec<ClaimRef<'_>> =
        texts.iter().map(|t| ClaimRef { speaker_key: "port", text: t }).collect();
    let (assignment, stats) = clusterer().cluster_with_stats(&refs);
    assert!(assignment.iter().all(|&c| c == 0), "{stats:?}");
    assert!(stats.verified_pairs < 3_000 * 50, "{stats:?}");
}

#[test]
fn stock_phrases_of_a_prolific_speaker_do_not_make_claims_one() {
    // A minister says "the peace talks in Geneva" and "the ceasefire agreement" in many
    // different statements. Two short claims made mostly of those phrases are different
    // statements; a reprint of one of them with an edit is the same statement.
    let fillers = [
        "harbour", "budget", "army", "river", "school", "court", "market", "railway", "tax",
        "bridge", "police", "farm", "museum", "airport", "hospital", "prison", "forest", "mine",
        "border", "tunnel", "canal", "grain", "wheat", "oil", "gas", "coal", "steel", "copper",
    ];
    let mut texts: Vec<String> = Vec::new();
    for (i, a) in fillers.iter().enumerate() {
        for (_, b) in fillers.iter().enumerate().filter(|&(j, _)| j != i) {
            texts.push(format!(
                "The peace talks in Geneva and the ceasefire agreement will decide the {a} and {b} question"
            ));
            if texts.len() % 3 == 0 {
                texts.push(format!(
                    "Beyond the peace talks in Geneva, {b} exports need the {a} office"
                ));
            }
        }
    }
    let short_a = "the peace talks in Geneva and the ceasefire agreement cover fishing quotas";
    let short_b = "the peace talks in Geneva and the ceasefire agreement must end the shelling";
    let reprint =
        "“The peace talks in Geneva and the ceasefire agreement cover the fishing quotas,” he said";
    let first = texts.len();
    texts.extend([short_a, short_b, reprint].map(String::from));
    let refs: Vec<ClaimRef<'_>> =
        texts.iter().map(|t| ClaimRef { speaker_key: "minister", text: t }).collect();
    let assignment = clusterer().cluster(&refs);
    assert_ne!(assignment[first], assignment[first + 1], "different statements merged");
    assert_eq!(assignment[first + 2], assignment[first], "a reprint was not joined");
}

#[test]
fn short_fragment_of_a_statement_reprinted_by_several_outlets_joins_it() {
    // Weighted by rarity, the shingles of a statement printed by three outlets weigh less
    // than a one-off's; the fragment (three of its five 2-grams shared) must still join.
    let texts = [
        "Lisbon of intentionally breaching Norway's waters on Sunday and Tuesday during routine patrols",
        "Lisbon of intentionally breaching Norway’s waters on Sunday and on Tuesday during patrols",
        "accused Lisbon of intentionally breaching Norway's waters on Sunday and Tuesday during routine patrols",
        "Lisbon of deliberately breaching Norway´s waters",
        "The trawler fleet will stay in port until the quota dispute is settled",
        "Fuel subsidies for small boats end in March",
    ];
    let refs: Vec<ClaimRef<'_>> =
        texts.iter().map(|t| ClaimRef { speaker_key: "k", text: t }).collect();
    assert_eq!(clusterer().cluster(&refs), vec![0, 0, 0, 0, 4, 5]);
}

#[test]
fn regression_a_stock_phrase_fragment_does_not_chain_the_claims_that_contain_it() {
    let texts = [
        "The peace talks in Geneva must resume before winter, the minister warned colleagues",
        "The peace talks in Geneva failed because the rebels walked out of the hall",
        "the peace talks in Geneva",
    ];
    let refs: Vec<ClaimRef<'_>> =
        texts.iter().map(|t| ClaimRef { speaker_key: "k", text: t }).collect();
    let out = clusterer().cluster(&refs);
    assert_ne!(out[0], out[1], "{out:?}");
    assert!(out[2] == out[0] || out[2] == out[1], "the fragment joins one of them: {out:?}");
}

#[test]
fn regression_attribution_leaked_after_a_closing_quote_does_not_split_a_statement() {
    // One outlet's claim lost its first sentence and its opening quote and kept the
    // attribution after the closing one.
    let full = "There will be no new tolls on the ring road this year. The bridge fee is not up \
                for debate";
    let leaked = "The bridge fee is not up for debate,\" a spokesman for the transport ministry";
    assert!(same_cluster(full, leaked), "{}", clusterer().similarity(full, leaked));
    // Without the quote mark nothing says where the statement ends, and the attribution's
    // words keep the two apart: the rule, not the words, makes the pair.
    let unmarked = leaked.replace('"', "");
    assert!(!same_cluster(full, &unmarked), "{}", clusterer().similarity(full, &unmarked));
}

/// Rewordings of one statement by one speaker, as two outlets report it.
const PARAPHRASES: &[(&str, &str, &str)] = &[
    (
        "verb swapped, words reordered",
        "Norway will reopen the Hammerfest gas terminal to tankers on Thursday",
        "Norway's Hammerfest gas terminal will resume loading tankers on Thursday",
    ),
    (
        "shortened report of a longer statement",
        "the harbour authority was looking for new operators in Tromsø, Bodø and Narvik",
        "the harbour authority was seeking new operators in the north, including Narvik and \
         Bodø, to replace the ferry lines from Tromsø",
    ),
];

/// Claims of one speaker that share topic words but say different things.
const NOT_PARAPHRASES: &[(&str, &str, &str)] = &[
    (
        "same topic, different claim",
        "the Hammerfest gas terminal will close for maintenance in March",
        "tankers loading at the Hammerfest gas terminal pay higher fees since March",
    ),
    (
        "a short claim of common words",
        "the government said talks would continue",
        "the government wants talks with the unions to continue after the strike",
    ),
];

fn paraphrase_pair_merges(a: &str, b: &str, speaker_b: &str, clusterer: &Clusterer) -> bool {
    let claims = [
        ClaimRef { speaker_key: "harbour-chief", text: a },
        ClaimRef { speaker_key: speaker_b, text: b },
    ];
    clusterer.cluster(&claims) == vec![0, 0]
}

#[test]
fn rewordings_of_one_speakers_statement_merge() {
    let on = paraphrasing_clusterer();
    let off = clusterer();
    for (rule, a, b) in PARAPHRASES {
        assert!(paraphrase_pair_merges(a, b, "harbour-chief", &on), "{rule}");
        // The reprint rules alone do not: it is the paraphrase pass that joins them.
        assert!(!paraphrase_pair_merges(a, b, "harbour-chief", &off), "{rule}");
        assert!(!paraphrase_pair_merges(a, b, "ferry-company", &on), "{rule}: other speaker");
    }
    for (rule, a, b) in NOT_PARAPHRASES {
        assert!(!paraphrase_pair_merges(a, b, "harbour-chief", &on), "{rule}");
    }
}

#[test]
fn rewordings_of_two_spellings_of_a_name_do_not_merge() {
    let (a, b) = (PARAPHRASES[0].1, PARAPHRASES[0].2);
    let keys = [speaker_key(None, "Sergei Lavrov"), speaker_key(None, "Sergey Lavrov")];
    let claims =
        [ClaimRef { speaker_key: &keys[0], text: a }, ClaimRef { speaker_key: &keys[1], text: b }];
    assert_eq!(paraphrasing_clusterer().cluster(&claims), vec![0, 1]);
}

#[test]
fn a_speakers_topic_words_do_not_make_rewordings() {
    // Many statements of one speaker about the terminal: words all of them use weigh little,
    // so two that share only those do not merge, while a true rewording still does.
    let mut texts: Vec<String> =
        (0..12).map(|i| format!("figure{i} Hammerfest gas detail{i} terminal tankers")).collect();
    texts.push(PARAPHRASES[1].1.to_string());
    texts.push(PARAPHRASES[1].2.to_string());
    let claims: Vec<ClaimRef<'_>> =
        texts.iter().map(|t| ClaimRef { speaker_key: "harbour-chief", text: t }).collect();
    let out = paraphrasing_clusterer().cluster(&claims);
    let distinct: std::collections::HashSet<usize> = out.iter().take(12).copied().collect();
    assert_eq!(distinct.len(), 12, "{out:?}");
    assert_eq!(out[12], out[13], "{out:?}");
}

#[test]
fn rewordings_stated_days_apart_do_not_merge_when_dated() {
    let (a, b) = (PARAPHRASES[0].1, PARAPHRASES[0].2);
    let claims = [
        ClaimRef { speaker_key: "harbour-chief", text: a },
        ClaimRef { speaker_key: "harbour-chief", text: b },
    ];
    let day = |s: &str| s.parse::<PartialDate>().ok();
    let cases: &[(Option<&str>, Option<&str>, bool)] = &[
        (Some("2024-03-01"), Some("2024-03-03"), true),
        (Some("2024-03-01"), Some("2024-03-20"), false),
        (Some("2024-03-01"), None, true),
        (Some("--03-01"), Some("2024-05-20"), true),
    ];
    for &(da, db, merged) in cases {
        let dates = [da.and_then(day), db.and_then(day)];
        assert_eq!(
            paraphrasing_clusterer().cluster_dated(&claims, &dates) == vec![0, 0],
            merged,
            "{da:?} {db:?}"
        );
    }
    // Reprints of the same words join whatever their dates.
    let reprint = [claims[0], ClaimRef { speaker_key: "harbour-chief", text: a }];
    let dates = [day("2024-03-01"), day("2024-09-01")];
    assert_eq!(paraphrasing_clusterer().cluster_dated(&reprint, &dates), vec![0, 0]);
}

#[test]
fn hash_bucket_sort_orders_as_sort_unstable() {
    let mixed: Vec<u64> = (0..5_000u64).map(|i| mix64(i % 1_700)).collect();
    let cases: &[(&str, Vec<u64>)] = &[
        ("empty", vec![]),
        ("one", vec![7]),
        ("equal keys", vec![u64::MAX; 9]),
        ("top bits only", vec![3 << 62, 1 << 62, 0, 2 << 62, 1 << 62]),
        ("mixed hashes with repeats", mixed),
    ];
    for (name, items) in cases {
        // Tuples as postings are: equal keys must come out in (claim, rank) order.
        let tuples: Vec<(u64, u32, u32)> =
            items.iter().enumerate().map(|(i, &k)| (k, (i % 13) as u32, i as u32)).collect();
        let mut expected = tuples.clone();
        expected.sort_unstable();
        let mut out = vec![(1, 2, 3)];
        sort_hashed_into(&mut out, || tuples.iter().copied(), |t| t.0);
        assert_eq!(out, expected, "{name}");
    }
}

#[test]
fn a_prolific_speakers_reprint_joins_its_statement_past_the_bucket_caps() {
    // Sixty different statements share one phrase. Their prefixes reach its runs, which
    // exceed the bucket caps, so the speaker's block goes through LSH as well as prefix
    // filtering; the shared phrase weighs too little to join them.
    let mut texts: Vec<String> = (0..60)
        .map(|i| {
            format!("harbour tram line opens near city hall topic{i} alpha{i} beta{i} gamma{i} delta{i}")
        })
        .collect();
    texts.push(
        "“Harbour tram line opens near city hall topic5 alpha5 beta5 gamma5,” he said".to_string(),
    );
    let mut claims: Vec<ClaimRef<'_>> =
        texts.iter().map(|t| ClaimRef { speaker_key: "mayor", text: t }).collect();
    // A speaker with two claims never reaches the caps and skips LSH.
    claims.push(ClaimRef { speaker_key: "guard", text: "the gates close at nine from Monday on" });
    claims.push(ClaimRef { speaker_key: "guard", text: "The gates close at nine from Monday" });
    let assignment = clusterer().cluster(&claims);
    assert_eq!(assignment.get(60), Some(&5), "the reprint joins its statement");
    let distinct: std::collections::BTreeSet<usize> = assignment.iter().take(60).copied().collect();
    assert_eq!(distinct.len(), 60, "different statements stay apart");
    assert_eq!(assignment.get(61..), Some(&[61, 61][..]));
}

#[test]
fn equal_runs_cover_a_sorted_list_run_by_run() {
    type Case = (&'static [u32], &'static [(usize, usize)]);
    let cases: &[Case] = &[
        (&[], &[]),
        (&[7], &[(0, 1)]),
        (&[1, 1, 2, 3, 3, 3], &[(0, 2), (2, 3), (3, 6)]),
        (&[4, 4, 4], &[(0, 3)]),
    ];
    for &(items, runs) in cases {
        let got: Vec<_> = super::equal_runs(items, |&x| x).map(|r| (r.start, r.end)).collect();
        assert_eq!(got, runs, "{items:?}");
    }
}

/// `i` written in letters ("a", "b", …, "ba", …): a distinct word per number that is no figure.
fn letters(mut i: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'a' + (i % 26) as u8);
        i /= 26;
        if i == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[test]
fn recurring_statements_with_new_figures_stay_apart() {
    // (a, b, whether they share a cluster)
    let cases: &[(&str, &str, bool)] = &[
        (
            "port traffic rose on May 3 to 4.215 million tonnes from 3.871 million tonnes a week earlier",
            "port traffic rose on May 10 to 4.402 million tonnes from 4.215 million tonnes a week earlier",
            false,
        ),
        (
            "it expects a shortfall of around 640 mln crowns in the clearing system today",
            "it expects a shortfall of around 310 mln crowns in the clearing system today",
            false,
        ),
        // Trimmed by an outlet: a figure dropped, none added.
        (
            "the ferry company will cut 120 jobs and close its Oban office by 2027",
            "the ferry company will cut 120 jobs and close its Oban office",
            true,
        ),
        (
            "the ferry company will cut 120 jobs and close its Oban office by the end of the year",
            "the ferry company will cut jobs and close its Oban office by the end of the year",
            true,
        ),
        // Thousands separators and a zero decimal part are one way of writing.
        (
            "tickets will cost 1,200 rupees, up from 950.00 rupees last season",
            "tickets will cost 1200 rupees, up from 950 rupees last season",
            true,
        ),
    ];
    for (a, b, together) in cases {
        let refs = [ClaimRef { speaker_key: "k", text: a }, ClaimRef { speaker_key: "k", text: b }];
        for paraphrases in [false, true] {
            let got = ClustererBuilder::new().paraphrases(paraphrases).build().cluster(&refs);
            assert_eq!(got == [0, 0], *together, "{a} / {b} (paraphrases {paraphrases})");
        }
    }
}
