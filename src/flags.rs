//! Command-line flags. Parsing only: what the flags mean is carried out in `run.rs` and
//! `recluster.rs`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Turn dumps of news articles into CSV tables of who said what, when.
#[derive(Debug, Parser)]
#[command(name = "whosaid", version, about, long_about = None)]
#[command(after_help = "Exit status: 0 when the run completed (whatever records were skipped), \
1 on an error that stopped it (unreadable input path, unwritable output), 2 on a usage error.")]
pub struct Flags {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles and write articles.csv, claims.csv, entities.csv and clusters.csv.
    Run(RunFlags),
    /// Re-cluster claims tables of earlier runs (e.g. one per shard) into one claims.csv and
    /// clusters.csv.
    Cluster(ClusterFlags),
}

#[derive(Debug, Args)]
pub struct RunFlags {
    /// Inputs: directories (recursive) of .txt articles, .jsonl or .csv files (optionally
    /// .gz), or `-` for JSONL on standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    #[command(flatten)]
    pub output: OutputFlags,

    /// Worker threads for the per-article stages and clustering (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,

    /// A gazetteer TSV that extends or overrides the default one (repeatable).
    #[arg(long = "gazetteer", value_name = "FILE")]
    pub gazetteers: Vec<PathBuf>,

    /// Use only the gazetteers given with --gazetteer, not the built-in default.
    #[arg(long)]
    pub no_default_gazetteer: bool,

    /// The year of dates that have none ("Oct. 6"), for a dump known to come from one year.
    #[arg(long, value_name = "YYYY", value_parser = clap::value_parser!(i32).range(1..=9999))]
    pub year: Option<i32>,

    /// Skip clustering: claims.csv gets an empty cluster_id and clusters.csv only a header.
    #[arg(long)]
    pub no_cluster: bool,

    #[command(flatten)]
    pub cluster: ClusterOptions,

    /// Also write the cleaned text and metadata of every article to this JSONL file.
    #[arg(long, value_name = "FILE.jsonl")]
    pub keep_text: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ClusterFlags {
    /// claims.csv files written by `whosaid run` (or earlier `whosaid cluster`).
    #[arg(required = true, value_name = "CLAIMS.csv")]
    pub claims: Vec<PathBuf>,

    #[command(flatten)]
    pub output: OutputFlags,

    #[command(flatten)]
    pub cluster: ClusterOptions,
}

#[derive(Debug, Args)]
pub struct OutputFlags {
    /// The directory to write the tables into (created if missing).
    #[arg(long, short = 'o', value_name = "DIR")]
    pub out: PathBuf,

    /// Write for spreadsheets: a UTF-8 byte-order mark, and cells that start with = + - @
    /// tab or CR prefixed with ' so they show as text instead of running as formulas.
    #[arg(long)]
    pub excel: bool,

    /// No progress bar and no summary on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct ClusterOptions {
    /// How similar two claims of one speaker must be to share a cluster: the larger of
    /// their shingle Jaccard and containment, above 0 and at most 1.
    #[arg(long, value_name = "F", default_value_t = 0.5, value_parser = parse_unit)]
    pub cluster_threshold: f64,

    /// Join one speaker's claims that say the same thing in other words (most content words
    /// in common, no figures in disagreement, stated at most three days apart). On by default;
    /// the flag is kept so that older command lines still run.
    #[arg(long, overrides_with = "no_paraphrases")]
    pub paraphrases: bool,

    /// Keep clusters to shared wording: do not join reworded claims. Clustering then costs
    /// about half the CPU time (a ninth less for a whole run on wire copy).
    #[arg(long, overrides_with = "paraphrases")]
    pub no_paraphrases: bool,
}

impl ClusterOptions {
    /// Whether the paraphrase pass runs: unless `--no-paraphrases` is the last word.
    pub fn paraphrases_on(&self) -> bool {
        !self.no_paraphrases
    }
}

fn parse_unit(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v > 0.0 && v <= 1.0 => Ok(v),
        _ => Err(format!("{s:?} is not a number above 0 and at most 1")),
    }
}
