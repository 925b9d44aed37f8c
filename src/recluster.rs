//! `whosaid cluster`: merge claims tables of earlier runs and cluster them again.

use anyhow::{Context, Result};

use crate::flags::ClusterFlags;
use crate::output::{ClaimRow, ClusterRow, Table};
use crate::run::finish_claims;
use crate::store::ClaimStore;

pub fn recluster(flags: &ClusterFlags) -> Result<()> {
    let out = &flags.output.out;
    std::fs::create_dir_all(out)
        .with_context(|| format!("cannot create output directory {}", out.display()))?;
    let mut claims = ClaimStore::new(out)?;
    let mut batch: Vec<ClaimRow> = Vec::new();
    let mut bad_rows = 0usize;
    for path in &flags.claims {
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_path(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        for (i, row) in reader.deserialize::<ClaimRow>().enumerate() {
            match row {
                Ok(mut row) => {
                    // Re-clustering assigns clusters afresh.
                    row.cluster_id.clear();
                    batch.push(row);
                    if batch.len() >= 4096 {
                        claims.push(std::mem::take(&mut batch))?;
                    }
                }
                Err(err) => {
                    bad_rows += 1;
                    // Row numbers are 1-based and count the header, as a spreadsheet shows them.
                    eprintln!("whosaid: {}: row {}: skipped: {err}", path.display(), i + 2);
                }
            }
        }
    }
    claims.push(batch)?;
    let excel = flags.output.excel;
    let pool = rayon::ThreadPoolBuilder::new().build().context("cannot start worker threads")?;
    // A claims.csv holds one spelling per speaker already: no list name to prefer.
    let finished = finish_claims(claims, out, excel, Some(&flags.cluster), &pool, None)?;
    let mut clusters_table = Table::create(out, "clusters.csv", ClusterRow::HEADER, excel)?;
    for part in &finished.clusters_csv {
        clusters_table.append(part)?;
    }
    finished.claims_table.commit()?;
    clusters_table.commit()?;
    if !flags.output.quiet {
        eprintln!(
            "whosaid: {} claims, {} clusters, {} unreadable rows skipped",
            finished.claims, finished.clusters, bad_rows
        );
    }
    Ok(())
}
