//! `whosaid run`: stream records through the per-article stages in parallel, write the rows
//! in input order, then cluster the claims of the whole run.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::sync::atomic::Ordering;
use std::sync::mpsc;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use whosaid_article::{CleanerBuilder, ReadError, Record};
use whosaid_attribution::AttributorBuilder;
use whosaid_gazetteer::GazetteerBuilder;
use whosaid_tokenize::TokenizerBuilder;

use crate::flags::RunFlags;
use crate::output::{ArticleRow, AtomicFile, ClaimRow, EntityRow, Table};
use crate::pipeline::{Processed, Stages};
use crate::progress::Progress;
use crate::{clusters, INTERRUPTED};

/// Records are handed to the worker threads in batches: large enough that scheduling costs
/// nothing, small enough that memory holds only a few batches of text at a time.
const BATCH_RECORDS: usize = 256;
const BATCH_BYTES: usize = 8 << 20;

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

    let stages = build_stages(flags)?;
    let threads = flags.threads.unwrap_or(0);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("cannot start worker threads")?;

    let excel = flags.output.excel;
    let mut articles = Table::create(out, "articles.csv", ArticleRow::HEADER, excel)?;
    let mut entities = Table::create(out, "entities.csv", EntityRow::HEADER, excel)?;
    let mut kept = match &flags.keep_text {
        Some(path) => Some(AtomicFile::create(path)?),
        None => None,
    };
    let mut claims: Vec<ClaimRow> = Vec::new();
    let mut summary = Summary::default();
    let progress = Progress::new(flags.output.quiet, total_input_bytes(&flags.inputs));

    // Reading is serial by nature (one stream per file); a reader thread overlaps it with the
    // parallel processing of the previous batch.
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

    for batch in rx {
        if INTERRUPTED.load(Ordering::SeqCst) {
            bail!("interrupted: no table was written");
        }
        let processed: Vec<Processed> =
            pool.install(|| batch.into_par_iter().map(|r| stages.process(r)).collect());
        for p in processed {
            summary.count(&p);
            progress.advance(p.bytes);
            articles.write(&p.article)?;
            for e in &p.entities {
                entities.write(e)?;
            }
            if let (Some(kept), Some(line)) = (kept.as_mut(), &p.kept_text) {
                writeln!(kept, "{line}").context("cannot write the --keep-text file")?;
            }
            claims.extend(p.claims);
        }
    }
    if reader.join().is_err() {
        bail!("the input reader failed unexpectedly");
    }
    if INTERRUPTED.load(Ordering::SeqCst) {
        bail!("interrupted: no table was written");
    }
    progress.finish();

    let cluster_rows = if flags.no_cluster {
        Vec::new()
    } else {
        clusters::assign(&mut claims, flags.cluster.cluster_threshold)?
    };
    let mut claims_table = Table::create(out, "claims.csv", ClaimRow::HEADER, excel)?;
    for c in &claims {
        claims_table.write(c)?;
    }
    let mut clusters_table =
        Table::create(out, "clusters.csv", crate::output::ClusterRow::HEADER, excel)?;
    for c in &cluster_rows {
        clusters_table.write(c)?;
    }
    // Renamed last, together, so an interrupted run leaves the previous complete set.
    articles.commit()?;
    entities.commit()?;
    claims_table.commit()?;
    clusters_table.commit()?;
    if let Some(kept) = kept {
        kept.commit()?;
    }

    if !flags.output.quiet {
        summary.report(claims.len(), cluster_rows.len(), started.elapsed().as_secs_f64());
    }
    Ok(())
}

fn build_stages(flags: &RunFlags) -> Result<Stages> {
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
    let gazetteer = gazetteer.build();
    Ok(Stages {
        cleaner: CleanerBuilder::new().default_year(flags.year).build(),
        tokenizer: TokenizerBuilder::new().build(),
        gazetteer,
        attributor: AttributorBuilder::new().build(),
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
