//! `whosaid run`: stream records through the per-article stages in parallel, write the rows
//! in input order, then cluster the claims of the whole run.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::sync::atomic::Ordering;
use std::sync::{mpsc, Arc};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use whosaid_article::{CleanerBuilder, ReadError, Record};
use whosaid_attribution::AttributorBuilder;
use whosaid_gazetteer::GazetteerBuilder;
use whosaid_tokenize::TokenizerBuilder;

use crate::flags::{ClusterOptions, RunFlags};
use crate::output::{
    cluster_rows_csv, ArticleRow, AtomicFile, ClaimRow, ClusterRow, EntityRow, Table,
};
use crate::pipeline::{Analyzed, Processed, Stages};
use crate::progress::Progress;
use crate::store::ClaimStore;
use crate::{clusters, INTERRUPTED};

/// Records are handed to the worker threads in batches: large enough that scheduling costs
/// nothing, small enough that memory holds only a few batches of text at a time.
const BATCH_RECORDS: usize = 256;
const BATCH_BYTES: usize = 8 << 20;
/// clusters.csv rows formatted per task: enough that a task's cost dwarfs its scheduling.
const CLUSTER_ROWS_PER_PART: usize = 2048;

pub fn run(flags: &RunFlags) -> Result<()> {
    let started = Instant::now();
    for input in &flags.inputs {
        if input.as_os_str() != "-" && fs::symlink_metadata(input).is_err() {
            bail!("input {} does not exist", input.display());
        }
    }
    let out = &flags.output.out;
    fs::create_dir_all(out)
        .with_context(|| format!("cannot create output directory {}", out.display()))?;

    let threads = flags.threads.unwrap_or(0);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("cannot start worker threads")?;

    let excel = flags.output.excel;
    let mut sink = Sink {
        articles: Table::create(out, "articles.csv", ArticleRow::HEADER, excel)?,
        entities: Table::create(out, "entities.csv", EntityRow::HEADER, excel)?,
        kept: match &flags.keep_text {
            Some(path) => Some(AtomicFile::create(path)?),
            None => None,
        },
        claims: ClaimStore::new(out)?,
        summary: Summary::default(),
        progress: Progress::new(flags.output.quiet, total_input_bytes(&flags.inputs)),
    };

    // Three stages overlap: a reader thread reads the next batch, the worker pool processes
    // this one, and a writer thread appends the rows of the previous one, in input order.
    // The reader starts first: it reads the first batches while the stages are built.
    let (tx, rx) = mpsc::sync_channel::<Vec<Result<Record, ReadError>>>(2);
    let inputs = flags.inputs.clone();
    let reader = std::thread::spawn(move || {
        let mut batch = Vec::with_capacity(BATCH_RECORDS);
        let mut bytes = 0;
        for item in whosaid_article::records(&inputs) {
            bytes += item.as_ref().map(|r| r.text.len()).unwrap_or(0);
            batch.push(item);
            if batch.len() >= BATCH_RECORDS || bytes >= BATCH_BYTES {
                if tx.send(std::mem::take(&mut batch)).is_err() {
                    return;
                }
                bytes = 0;
            }
        }
        if !batch.is_empty() {
            let _ = tx.send(batch);
        }
    });
    let stages = Arc::new(build_stages(flags, &pool)?);
    // Where the rows are formatted: by the worker that analysed the record, or by the
    // writer thread. With a core to spare beside the workers (`--threads 1` on two cores)
    // the writer formats: the workers' own time, which sets the run's, then holds only the
    // stages. With every core a worker, each formats its own records, so the one writer
    // thread never becomes the bottleneck. The rows are the same either way.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let writer_formats = pool.current_num_threads() < cores;
    let (done_tx, done_rx) = mpsc::sync_channel::<Vec<Analyzed>>(2);
    let writer_stages = Arc::clone(&stages);
    let writer = std::thread::spawn(move || -> Result<Sink> {
        for analyzed in done_rx {
            let processed: Result<Vec<Processed>> =
                analyzed.into_iter().map(|a| writer_stages.format(a)).collect();
            sink.take(processed?)?;
        }
        Ok(sink)
    });

    // Errors and Ctrl-C leave the loop, not the function: the writer thread owns the
    // temporary files, and only joining it lets them be removed before the process exits.
    let mut failure: Option<anyhow::Error> = None;
    for batch in rx {
        if INTERRUPTED.load(Ordering::SeqCst) {
            break;
        }
        let processed = pool.install(|| {
            let analyze = |r| match stages.analyze(r) {
                Ok(a) if !writer_formats => {
                    stages.format(a).map(|p| Analyzed::Formatted(Box::new(p)))
                }
                other => other,
            };
            batch.into_par_iter().map(analyze).collect::<Result<Vec<Analyzed>>>()
        });
        match processed {
            Ok(processed) => {
                if done_tx.send(processed).is_err() {
                    // The writer stopped on an error; joining it below reports which.
                    break;
                }
            }
            Err(err) => {
                failure = Some(err);
                break;
            }
        }
    }
    drop(done_tx);
    let sink = match writer.join() {
        Ok(sink) => sink?,
        Err(_) => bail!("the table writer failed unexpectedly"),
    };
    if let Some(err) = failure {
        return Err(err);
    }
    if INTERRUPTED.load(Ordering::SeqCst) {
        // Dropping the sink removes every temporary file; the reader may still be blocked
        // on its input, so it is not joined.
        drop(sink);
        bail!("interrupted: no table was written");
    }
    if reader.join().is_err() {
        bail!("the input reader failed unexpectedly");
    }
    let Sink { articles, entities, kept, claims, summary, progress } = sink;
    progress.finish();

    let finished = finish_claims(
        claims,
        out,
        excel,
        (!flags.no_cluster).then_some(&flags.cluster),
        &pool,
        Some(&stages.gazetteer),
    )?;
    let mut clusters_table = Table::create(out, "clusters.csv", ClusterRow::HEADER, excel)?;
    for part in &finished.clusters_csv {
        clusters_table.append(part)?;
    }
    // Renamed last, together, so an interrupted run leaves the previous complete set.
    articles.commit()?;
    entities.commit()?;
    finished.claims_table.commit()?;
    clusters_table.commit()?;
    if let Some(kept) = kept {
        kept.commit()?;
    }

    if !flags.output.quiet {
        summary.report(finished.claims, finished.clusters, started.elapsed().as_secs_f64());
    }
    Ok(())
}

/// Everything the writer thread owns: the tables written as records complete, and the
/// claims kept for clustering.
struct Sink {
    articles: Table,
    entities: Table,
    kept: Option<AtomicFile>,
    claims: ClaimStore,
    summary: Summary,
    progress: Progress,
}

impl Sink {
    fn take(&mut self, processed: Vec<Processed>) -> Result<()> {
        for p in processed {
            self.summary.count(&p);
            self.progress.advance(p.bytes);
            self.articles.append(&p.article_csv)?;
            self.entities.append(&p.entities_csv)?;
            if let (Some(kept), Some(line)) = (self.kept.as_mut(), &p.kept_text) {
                writeln!(kept, "{line}").context("cannot write the --keep-text file")?;
            }
            self.claims.push_formatted(
                &p.claim_article,
                &p.claim_source,
                &p.claims,
                &p.claims_csv,
            )?;
        }
        Ok(())
    }
}

/// What the corpus-level steps leave to write: claims.csv, uncommitted, and clusters.csv's
/// rows formatted, in runs to append in order.
pub struct Finished {
    pub claims_table: Table,
    pub clusters_csv: Vec<Vec<u8>>,
    /// The number of clusters.csv rows.
    pub clusters: usize,
    /// The number of claims.
    pub claims: usize,
}

/// The corpus-level steps: one spelling per speaker, clusters (unless `options` is `None`),
/// then claims.csv, spliced from the stored rows, while the threads of `pool` summarize the
/// clusters and format the rows of clusters.csv. Clustering runs on the threads of `pool` too.
pub fn finish_claims(
    mut claims: ClaimStore,
    out: &std::path::Path,
    excel: bool,
    options: Option<&ClusterOptions>,
    pool: &rayon::ThreadPool,
    gazetteer: Option<&whosaid_gazetteer::Gazetteer>,
) -> Result<Finished> {
    let count = claims.len();
    let spill = claims.take_spill()?;
    let claims = &claims;
    let spellings = clusters::speaker_spellings(claims, gazetteer);
    let assigned = match options {
        Some(options) => Some(clusters::assign(claims, &spellings, options, pool)?),
        None => None,
    };
    let mut table = Table::create(out, "claims.csv", ClaimRow::HEADER, excel)?;
    let cluster_of = assigned.as_ref().map(|a| a.assignment.as_slice());
    // Both run after the workers have finished, so each on one thread would be serial time:
    // this thread splices claims.csv (it needs only the cluster of each claim) while the pool
    // summarizes the clusters and formats clusters.csv (each of its rows carries a
    // statement) in runs of rows joined in order.
    let (spliced, formatted) = std::thread::scope(|scope| {
        let (assigned, spellings) = (&assigned, &spellings);
        let formatted = scope.spawn(move || -> (Vec<Vec<u8>>, usize) {
            let Some(assigned) = assigned else { return (Vec::new(), 0) };
            let rows = clusters::summaries(claims, spellings, assigned, pool);
            let csv = pool
                .install(|| rows.par_chunks(CLUSTER_ROWS_PER_PART).map(cluster_rows_csv).collect());
            (csv, rows.len())
        });
        let spliced = claims.finish(spill, spellings, cluster_of, |bytes| table.append(bytes));
        (spliced, formatted.join())
    });
    spliced?;
    let Ok((clusters_csv, clusters)) = formatted else {
        bail!("formatting clusters.csv failed unexpectedly")
    };
    Ok(Finished { claims_table: table, clusters_csv, clusters, claims: count })
}

/// Builds the stages, the gazetteer on a thread of its own and the others on `pool`: each
/// compiles word lists and patterns, the largest fixed cost of a small run.
fn build_stages(flags: &RunFlags, pool: &rayon::ThreadPool) -> Result<Stages> {
    let build_gazetteer = || -> Result<whosaid_gazetteer::Gazetteer> {
        let mut gazetteer = if flags.no_default_gazetteer {
            GazetteerBuilder::new()
        } else {
            GazetteerBuilder::with_defaults()
        };
        for path in &flags.gazetteers {
            gazetteer
                .add_file(path)
                .with_context(|| format!("cannot read gazetteer {}", path.display()))?;
        }
        for warning in gazetteer.errors() {
            eprintln!("whosaid: gazetteer: {warning} (row skipped)");
        }
        Ok(gazetteer.build())
    };
    let build_others = || {
        (
            CleanerBuilder::new().default_year(flags.year).build(),
            TokenizerBuilder::new().build(),
            AttributorBuilder::new().build(),
        )
    };
    // The gazetteer, the larger of the two, on a thread of its own rather than a second one
    // of the pool: with `--threads 1` the pool has one, and the two builds would take turns
    // while the other core waits for the first records.
    let (gazetteer, (cleaner, tokenizer, attributor)) = std::thread::scope(|scope| {
        let gazetteer = scope.spawn(build_gazetteer);
        let others = pool.install(build_others);
        (gazetteer.join(), others)
    });
    let Ok(gazetteer) = gazetteer else { bail!("building the gazetteer failed unexpectedly") };
    let gazetteer = gazetteer?;
    Ok(Stages {
        cleaner,
        tokenizer,
        gazetteer,
        attributor,
        excel: flags.output.excel,
        keep_text: flags.keep_text.is_some(),
    })
}

/// The size of the inputs when it can be known cheaply (plain files only), for the progress
/// bar's ETA; directories, standard input and gzip streams give a spinner instead.
fn total_input_bytes(inputs: &[std::path::PathBuf]) -> Option<u64> {
    let mut total = 0;
    for input in inputs {
        let gz = input.extension().is_some_and(|e| e == "gz");
        let meta = fs::metadata(input).ok()?;
        if gz || !meta.is_file() {
            return None;
        }
        total += meta.len();
    }
    Some(total)
}

#[derive(Default)]
struct Summary {
    articles: usize,
    skipped: BTreeMap<String, usize>,
    bytes: usize,
}

impl Summary {
    fn count(&mut self, p: &Processed) {
        self.articles += 1;
        self.bytes += p.bytes;
        if let Some(class) = &p.skip_class {
            *self.skipped.entry(class.clone()).or_default() += 1;
        }
    }

    fn report(&self, claims: usize, clusters: usize, secs: f64) {
        let mb = self.bytes as f64 / 1e6;
        let skipped: usize = self.skipped.values().sum();
        eprintln!(
            "whosaid: {} articles ({} skipped), {} claims, {} clusters; {:.1} MB in {:.2} s ({:.1} MB/s)",
            self.articles,
            skipped,
            claims,
            clusters,
            mb,
            secs,
            mb / secs.max(1e-9)
        );
        for (reason, n) in &self.skipped {
            eprintln!("whosaid:   skipped {n}: {reason}");
        }
    }
}
