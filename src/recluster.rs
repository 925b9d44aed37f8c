//! `whosaid cluster`: merge claims tables of earlier runs and cluster them again.

use anyhow::{Context, Result};

use crate::clusters;
use crate::flags::ClusterFlags;
use crate::output::{ClaimRow, ClusterRow, Table};

pub fn recluster(flags: &ClusterFlags) -> Result<()> {
    let mut claims: Vec<ClaimRow> = Vec::new();
    let mut bad_rows = 0usize;
    for path in &flags.claims {
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_path(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        for (i, row) in reader.deserialize::<ClaimRow>().enumerate() {
            match row {
                Ok(row) => claims.push(row),
                Err(err) => {
                    bad_rows += 1;
                    // Row numbers are 1-based and count the header, as a spreadsheet shows them.
                    eprintln!("whosaid: {}: row {}: skipped: {err}", path.display(), i + 2);
                }
            }
        }
    }
    let out = &flags.output.out;
    std::fs::create_dir_all(out)
        .with_context(|| format!("cannot create output directory {}", out.display()))?;
    clusters::unify_speaker_spellings(&mut claims);
    let cluster_rows = clusters::assign(&mut claims, flags.cluster.cluster_threshold)?;
    let excel = flags.output.excel;
    let mut claims_table = Table::create(out, "claims.csv", ClaimRow::HEADER, excel)?;
    claims_table.write_all(&claims)?;
    let mut clusters_table = Table::create(out, "clusters.csv", ClusterRow::HEADER, excel)?;
    clusters_table.write_all(&cluster_rows)?;
    claims_table.commit()?;
    clusters_table.commit()?;
    if !flags.output.quiet {
        eprintln!(
            "whosaid: {} claims, {} clusters, {} unreadable rows skipped",
            claims.len(),
            cluster_rows.len(),
            bad_rows
        );
    }
    Ok(())
}
