//! End-to-end tests of the `whosaid` binary: inputs, tables, determinism, failures.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn whosaid() -> Command {
    Command::new(env!("CARGO_BIN_EXE_whosaid"))
}

fn run_ok(args: &[&str]) -> Output {
    let out = whosaid().args(args).output().expect("whosaid starts");
    assert!(
        out.status.success(),
        "whosaid {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Runs `whosaid run data/samples --out OUT --quiet EXTRA...`, failing the test if it fails.
fn run_samples(out: &Path, extra: &[&str]) {
    let mut args = vec!["run", samples_str(), "--out", out.to_str().unwrap(), "--quiet"];
    args.extend_from_slice(extra);
    run_ok(&args);
}

fn samples_str() -> &'static str {
    concat!(env!("CARGO_MANIFEST_DIR"), "/data/samples")
}

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples")
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

/// Rows of a CSV table as (header, records), failing the test on malformed CSV.
fn table(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r.records().map(|rec| rec.unwrap().iter().map(str::to_string).collect()).collect();
    (header, rows)
}

fn column(header: &[String], name: &str) -> usize {
    header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}"))
}

const TABLES: [&str; 4] = ["articles.csv", "claims.csv", "entities.csv", "clusters.csv"];

#[test]
fn run_writes_four_tables_with_contract_headers() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    run_ok(&["run", fixtures().to_str().unwrap(), "--out", out.to_str().unwrap(), "--quiet"]);
    let expected: [&[&str]; 4] = [
        &[
            "article_id",
            "status",
            "reason",
            "title",
            "source",
            "published",
            "dateline",
            "byline",
            "words",
            "claims",
        ],
        &[
            "claim_id",
            "article_id",
            "speaker",
            "speaker_id",
            "speaker_type",
            "speaker_role",
            "cue",
            "kind",
            "text",
            "stated_on",
            "date_basis",
            "start",
            "end",
            "cluster_id",
        ],
        &["article_id", "entity_id", "name", "type", "surface", "start", "end"],
        &[
            "cluster_id",
            "speaker",
            "text",
            "claims",
            "articles",
            "sources",
            "first_stated_on",
            "last_stated_on",
        ],
    ];
    for (name, cols) in TABLES.iter().zip(expected) {
        let (header, _) = table(&out.join(name));
        assert_eq!(&header[..cols.len()], cols, "{name}: contract columns first, in order");
    }
    // The fixtures directory holds articles only (golden tables live in tests/golden).
    let (h, articles) = table(&out.join("articles.csv"));
    let status = column(&h, "status");
    assert!(articles.iter().all(|r| r[status] == "ok"), "{articles:?}");
    // Nothing but the tables: temporary files are renamed away.
    let mut names: Vec<String> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["articles.csv", "claims.csv", "clusters.csv", "entities.csv"]);
}

#[test]
fn output_is_byte_identical_for_any_thread_count() {
    let dir = tempfile::tempdir().unwrap();
    let mut outputs = vec![];
    for threads in ["1", "2", "7"] {
        let out = dir.path().join(format!("t{threads}"));
        run_ok(&[
            "run",
            samples().to_str().unwrap(),
            fixtures().to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--threads",
            threads,
            "--quiet",
        ]);
        outputs.push(out);
    }
    for name in TABLES {
        let first = fs::read(outputs[0].join(name)).unwrap();
        for other in &outputs[1..] {
            assert!(first == fs::read(other.join(name)).unwrap(), "{name} differs by threads");
        }
    }
}

#[test]
fn samples_give_claims_entities_and_multi_outlet_clusters() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    run_samples(out, &[]);
    let (h, articles) = table(&out.join("articles.csv"));
    assert!(articles.len() >= 10, "a dozen samples");
    let status = column(&h, "status");
    assert!(articles.iter().all(|r| r[status] == "ok"), "samples all read");
    let (h, claims) = table(&out.join("claims.csv"));
    assert!(claims.len() >= articles.len(), "samples are full of statements");
    let (speaker, text) = (column(&h, "speaker"), column(&h, "text"));
    assert!(claims.iter().all(|c| !c[speaker].is_empty() && !c[text].is_empty()));
    let (_, entities) = table(&out.join("entities.csv"));
    assert!(!entities.is_empty());
    let (h, clusters) = table(&out.join("clusters.csv"));
    let sources = column(&h, "sources");
    assert!(
        clusters.iter().any(|c| c[sources].parse::<usize>().unwrap() >= 2),
        "the samples report some statements in several outlets"
    );
}

#[test]
fn mixed_inputs_jsonl_csv_gzip_and_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let text = "The minister said on Monday that the bridge would reopen in May.";
    let jsonl = dir.path().join("a.jsonl");
    fs::write(
        &jsonl,
        format!(
            "{{\"id\":\"j1\",\"text\":{text:?},\"title\":\"Bridge\",\"source\":\"Wire\",\"published\":\"2021-03-02\"}}\n"
        ),
    )
    .unwrap();
    let csv_path = dir.path().join("b.csv");
    fs::write(&csv_path, format!("id,text,source\nc1,\"{text}\",Paper\n")).unwrap();
    let gz = dir.path().join("c.jsonl.gz");
    let mut enc = flate2::write::GzEncoder::new(
        fs::File::create(&gz).unwrap(),
        flate2::Compression::default(),
    );
    writeln!(enc, "{{\"id\":\"g1\",\"text\":{text:?}}}").unwrap();
    enc.finish().unwrap();
    let out = dir.path().join("out");
    let mut child = whosaid()
        .args(["run", "-"])
        .args([&jsonl, &csv_path, &gz])
        .args(["--out", out.to_str().unwrap(), "--quiet"])
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{{\"id\":\"s1\",\"text\":{text:?}}}\n").as_bytes())
        .unwrap();
    assert!(child.wait().unwrap().success());
    let (h, rows) = table(&out.join("articles.csv"));
    let (id, status, published, source) = (
        column(&h, "article_id"),
        column(&h, "status"),
        column(&h, "published"),
        column(&h, "source"),
    );
    let ids: Vec<&str> = rows.iter().map(|r| r[id].as_str()).collect();
    assert_eq!(ids, ["s1", "j1", "c1", "g1"], "input order kept");
    assert!(rows.iter().all(|r| r[status] == "ok"));
    assert_eq!(rows[1][published], "2021-03-02", "record fields win");
    assert_eq!(rows[2][source], "Paper");
}

#[test]
fn bad_records_get_skipped_rows_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = dir.path().join("dirty.jsonl");
    fs::write(
        &jsonl,
        concat!(
            "{\"id\":\"good1\",\"text\":\"The mayor said the park would open.\"}\n",
            "{\"id\":\"broken\",\"text\":\n",
            "{\"id\":\"notext\"}\n",
            "{\"id\":\"good2\",\"text\":\"Police said two people were hurt.\"}\n",
        ),
    )
    .unwrap();
    let out = dir.path().join("out");
    let o = whosaid()
        .args(["run", jsonl.to_str().unwrap(), "--out", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success(), "skipped records do not fail the run");
    let (h, rows) = table(&out.join("articles.csv"));
    assert_eq!(rows.len(), 4, "one row per record");
    let (status, reason) = (column(&h, "status"), column(&h, "reason"));
    let statuses: Vec<&str> = rows.iter().map(|r| r[status].as_str()).collect();
    assert_eq!(statuses, ["ok", "skipped", "skipped", "ok"]);
    assert!(rows[1][reason].contains('2'), "the reason names the line: {}", rows[1][reason]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("2 skipped"), "summary counts skips: {stderr}");
}

#[test]
fn missing_input_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let o = whosaid()
        .args(["run", "no/such/dir", "--out", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no/such/dir"));
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0, "no partial tables");
}

#[test]
fn unknown_option_is_a_usage_error() {
    let o = whosaid().args(["run", "x", "--out", "y", "--frobnicate"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn excel_mode_writes_bom_and_guards_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = dir.path().join("x.jsonl");
    fs::write(
        &jsonl,
        "{\"id\":\"=HYPERLINK(1)\",\"text\":\"The mayor said the park would open.\"}\n",
    )
    .unwrap();
    let plain = dir.path().join("plain");
    let excel = dir.path().join("excel");
    run_ok(&["run", jsonl.to_str().unwrap(), "--out", plain.to_str().unwrap(), "--quiet"]);
    run_ok(&[
        "run",
        jsonl.to_str().unwrap(),
        "--out",
        excel.to_str().unwrap(),
        "--quiet",
        "--excel",
    ]);
    let p = fs::read_to_string(plain.join("articles.csv")).unwrap();
    let e = fs::read_to_string(excel.join("articles.csv")).unwrap();
    assert!(p.contains("\n=HYPERLINK(1),"), "verbatim without --excel");
    assert!(e.starts_with('\u{feff}'));
    assert!(e.contains("\n'=HYPERLINK(1),"), "neutralized with --excel");
}

#[test]
fn cluster_subcommand_merges_shards() {
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<PathBuf> = fs::read_dir(samples())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    let mut files = files;
    files.sort();
    let (a, b) = files.split_at(files.len() / 2);
    let mut shard_claims = vec![];
    for (i, shard) in [a, b].iter().enumerate() {
        let out = dir.path().join(format!("shard{i}"));
        let mut args: Vec<String> = vec!["run".into()];
        args.extend(shard.iter().map(|p| p.to_str().unwrap().to_string()));
        args.extend(["--out".into(), out.to_str().unwrap().into(), "--quiet".into()]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        run_ok(&args);
        shard_claims.push(out.join("claims.csv"));
    }
    let whole = dir.path().join("whole");
    let mut args: Vec<&str> = vec!["run"];
    args.extend(files.iter().map(|p| p.to_str().unwrap()));
    args.extend(["--out", whole.to_str().unwrap(), "--quiet"]);
    run_ok(&args);
    let merged = dir.path().join("merged");
    run_ok(&[
        "cluster",
        shard_claims[0].to_str().unwrap(),
        shard_claims[1].to_str().unwrap(),
        "--out",
        merged.to_str().unwrap(),
        "--quiet",
    ]);
    // Sharding and re-clustering groups the claims exactly as one run over everything.
    let (_, whole_clusters) = table(&whole.join("clusters.csv"));
    let (_, merged_clusters) = table(&merged.join("clusters.csv"));
    assert_eq!(whole_clusters.len(), merged_clusters.len());
    let (h, merged_claims) = table(&merged.join("claims.csv"));
    let cluster = column(&h, "cluster_id");
    assert!(merged_claims.iter().all(|c| !c[cluster].is_empty()));
}

#[test]
fn unwritable_output_directory_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the directory should be: creating it fails even for root.
    let blocked = dir.path().join("taken");
    fs::write(&blocked, "not a directory").unwrap();
    let o = whosaid()
        .args(["run", fixtures().to_str().unwrap(), "--out", blocked.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("output directory") && stderr.contains("taken"), "{stderr}");
}

#[test]
fn gazetteer_row_with_wrong_field_count_is_reported_with_its_line_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let tsv = dir.path().join("mine.tsv");
    fs::write(
        &tsv,
        "# my people\nokafor-maria\tperson\tMaria Okafor\tM. Okafor\tunion president\n\
         broken-row\tperson\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let o = whosaid()
        .args(["run", fixtures().to_str().unwrap(), "--out", out.to_str().unwrap()])
        .args(["--gazetteer", tsv.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success(), "a bad row does not stop the run");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("mine.tsv") && stderr.contains(":3"), "file and line: {stderr}");
    let (h, entities) = table(&out.join("entities.csv"));
    let id = column(&h, "entity_id");
    assert!(
        entities.iter().any(|e| e[id] == "okafor-maria"),
        "the good row of the user's file is used"
    );
}

#[test]
fn no_cluster_leaves_cluster_ids_empty_and_clusters_csv_a_header() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    run_samples(&out, &[]);
    let (h, claims) = table(&out.join("claims.csv"));
    let cluster = column(&h, "cluster_id");
    assert!(claims.iter().all(|c| !c[cluster].is_empty()), "clustered by default");
    run_samples(&out, &["--no-cluster"]);
    let (h, claims) = table(&out.join("claims.csv"));
    let cluster = column(&h, "cluster_id");
    assert!(!claims.is_empty());
    assert!(claims.iter().all(|c| c[cluster].is_empty()));
    let (_, clusters) = table(&out.join("clusters.csv"));
    assert!(clusters.is_empty());
}

#[test]
fn cluster_threshold_is_validated_and_changes_grouping() {
    let o =
        whosaid().args(["run", "x", "--out", "y", "--cluster-threshold", "1.5"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "out-of-range threshold is a usage error");
    let dir = tempfile::tempdir().unwrap();
    let count = |threshold: &str| {
        let out = dir.path().join(threshold);
        run_samples(&out, &["--cluster-threshold", threshold]);
        table(&out.join("clusters.csv")).1.len()
    };
    assert!(count("0.2") < count("0.95"), "a lower bar merges more: fewer clusters");
}

#[test]
fn keep_text_writes_one_json_line_per_article() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let kept = dir.path().join("kept.jsonl");
    run_ok(
        &["run", fixtures().to_str().unwrap(), "--out", out.to_str().unwrap(), "--quiet"]
            .into_iter()
            .chain(["--keep-text", kept.to_str().unwrap()])
            .collect::<Vec<_>>(),
    );
    let text = fs::read_to_string(&kept).unwrap();
    let (_, articles) = table(&out.join("articles.csv"));
    assert_eq!(text.lines().count(), articles.len());
    for line in text.lines() {
        assert!(line.starts_with("{\"") && line.contains("\"paragraphs\":["), "{line}");
    }
    assert!(!fs::read_dir(dir.path())
        .unwrap()
        .any(|e| { e.unwrap().file_name().to_string_lossy().ends_with(".tmp") }));
}

/// Runs whosaid over `articles` (file name, text) and returns the number of articles with
/// claims and the distinct speaker spellings of claims.csv.
fn speakers_across(articles: &[(&str, &str)]) -> (usize, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir_all(&input).unwrap();
    for (name, text) in articles {
        fs::write(input.join(name), text).unwrap();
    }
    let out = dir.path().join("out");
    run_ok(&["run", input.to_str().unwrap(), "--out", out.to_str().unwrap(), "--quiet"]);
    let (header, rows) = table(&out.join("claims.csv"));
    let speaker = column(&header, "speaker");
    let article = column(&header, "article_id");
    let mut spellings: Vec<String> = rows.iter().map(|r| r[speaker].clone()).collect();
    spellings.sort_unstable();
    spellings.dedup();
    let articles: std::collections::BTreeSet<&str> =
        rows.iter().map(|r| r[article].as_str()).collect();
    (articles.len(), spellings)
}

/// Two outlets spell one person with and without diacritics; claims.csv must name one person.
#[test]
fn one_person_spelled_two_ways_across_outlets_gets_one_spelling() {
    let (articles, spellings) = speakers_across(&[
        (
            "a.txt",
            "Ferry talks stall\n\nISTANBUL, May 2 (Reuters) - Talks on the ferry route stalled on \
             Tuesday, negotiator Tarık Öztürkoğlu told reporters.\n\n\"We are not close,\" \
             Öztürkoğlu said. \"The fares are still a problem.\"\n",
        ),
        (
            "b.txt",
            "Ferry deal not close\n\nAnkara (AFP) - A deal on the ferry route is not close, \
             negotiator Tarik Ozturkoglu said on Tuesday.\n\n\"The fares are still a problem,\" \
             Ozturkoglu said.\n",
        ),
    ]);
    assert_eq!(articles, 2, "both articles give claims: {spellings:?}");
    assert_eq!(spellings, ["Tarık Öztürkoğlu"]);
}

/// The first outlet writes a given name in a French transliteration, the second in the usual
/// English one: claims.csv names the person the English way.
#[test]
fn a_given_names_usual_english_spelling_names_the_person_across_outlets() {
    let (articles, spellings) = speakers_across(&[
        (
            "a.txt",
            "Port fees cut\n\nCAIRO, June 3 - Port fees will be cut next month, harbour chief \
             Ossama Tawfik told reporters on Monday.\n\n\"Ships are coming back,\" Tawfik \
             said.\n",
        ),
        (
            "b.txt",
            "Egypt to cut port fees\n\nCairo (Reuters) - Egypt will cut port fees next month, \
             harbour chief Osama Tawfik said on Monday.\n\n\"Ships are coming back,\" \
             Tawfik said.\n",
        ),
    ]);
    assert_eq!(articles, 2, "both articles give claims: {spellings:?}");
    assert_eq!(spellings, ["Osama Tawfik"]);
}

/// By default one speaker's reworded statement is joined across outlets; `--no-paraphrases`
/// keeps clusters to shared wording, and a later `--paraphrases` turns the pass back on.
#[test]
fn paraphrases_join_reworded_claims_of_one_speaker_unless_turned_off() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir_all(&input).unwrap();
    fs::write(
        input.join("a.txt"),
        "Bridge to open\n\nOSLO, March 3 (Reuters) - Transport minister Ingrid Solvang said on \
         Tuesday that the new harbour bridge would open to traffic in April after six years of \
         costly delays.\n",
    )
    .unwrap();
    fs::write(
        input.join("b.txt"),
        "Harbour bridge opening set\n\nOslo (AFP) - Drivers can start crossing the harbour \
         bridge in April, ending six years of costly construction delays, transport minister \
         Ingrid Solvang said on Tuesday.\n",
    )
    .unwrap();
    let clusters = |extra: &[&str]| {
        let out = dir.path().join(format!("out{}", extra.len()));
        let mut args = vec!["run", input.to_str().unwrap(), "--out", out.to_str().unwrap()];
        args.push("--quiet");
        args.extend_from_slice(extra);
        run_ok(&args);
        let (header, rows) = table(&out.join("claims.csv"));
        let cluster = column(&header, "cluster_id");
        assert_eq!(rows.len(), 2, "{rows:?}");
        rows.iter().map(|r| r[cluster].clone()).collect::<Vec<_>>()
    };
    assert_eq!(clusters(&[]), ["a-c1", "a-c1"]);
    assert_eq!(clusters(&["--no-paraphrases"]), ["a-c1", "b-c1"]);
    assert_eq!(clusters(&["--no-paraphrases", "--paraphrases"]), ["a-c1", "a-c1"]);
}

/// entities.csv names every speaker a claim names, also the groups the gazetteer has no entry
/// for ("Western diplomats", "Kremlin officials" around a mention of the Kremlin), while a
/// pronoun that refers to a speaker is not a mention of that speaker's name.
#[test]
fn every_named_speaker_is_in_entities_even_groups() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.txt");
    fs::write(
        &input,
        "Grain deal talks resume\n\nGENEVA, May 2 (Reuters) - Talks on the grain corridor \
         resumed on Tuesday, Western diplomats said.\n\nKremlin officials said the corridor \
         would stay closed until sanctions were eased. They said the talks were premature.\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    run_ok(&["run", input.to_str().unwrap(), "--out", out.to_str().unwrap(), "--quiet"]);
    let (header, rows) = table(&out.join("entities.csv"));
    let (surface, kind, start) =
        (column(&header, "surface"), column(&header, "type"), column(&header, "start"));
    let groups: Vec<&str> =
        rows.iter().filter(|r| r[kind] == "group").map(|r| r[surface].as_str()).collect();
    assert_eq!(groups, ["Western diplomats", "Kremlin officials"], "{rows:?}");
    assert!(rows.iter().any(|r| r[surface] == "Kremlin"), "the mention inside stays: {rows:?}");
    assert!(!rows.iter().any(|r| r[surface] == "They"), "{rows:?}");
    let starts: Vec<usize> = rows.iter().map(|r| r[start].parse().unwrap()).collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]), "rows in text order: {starts:?}");
}

#[test]
fn a_listed_name_printed_by_one_page_names_the_person_on_every_page() {
    // Two pages print only "Anna Lindqvist", one the list's "Annika M. Lindqvist": the list's
    // name is shown for all three once a page prints it; with no page printing it, the
    // pages' own form is shown. Names and sentences are invented for the test.
    let dir = tempfile::tempdir().unwrap();
    let tsv = dir.path().join("people.tsv");
    fs::write(
        &tsv,
        "annika-lindqvist\tperson\tAnnika M. Lindqvist\tAnna Lindqvist\tfinance minister\n",
    )
    .unwrap();
    let short = "Finance Minister Anna Lindqvist said on Monday that the budget would balance.\n";
    let speakers = |pages: &[&str]| -> Vec<String> {
        let input = dir.path().join(format!("in{}", pages.len()));
        fs::create_dir_all(&input).unwrap();
        for (i, page) in pages.iter().enumerate() {
            fs::write(input.join(format!("page{i}.txt")), page).unwrap();
        }
        let out = dir.path().join(format!("out{}", pages.len()));
        run_ok(&[
            "run",
            input.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--quiet",
            "--gazetteer",
            tsv.to_str().unwrap(),
        ]);
        let (h, claims) = table(&out.join("claims.csv"));
        let speaker = column(&h, "speaker");
        claims.iter().map(|c| c[speaker].clone()).collect()
    };
    let full = "Annika M. Lindqvist said on Tuesday that the deficit would narrow.\n";
    assert_eq!(speakers(&[short, short, full]), ["Annika M. Lindqvist"; 3]);
    assert_eq!(speakers(&[short, short]), ["Anna Lindqvist"; 2]);
}
