//! A clustering run cut into shares of blocks, which a caller may cluster on several threads.
//!
//! Claims are only ever compared within a block (one speaker, or one surname skeleton), and
//! every step of clustering (exact duplicates, weights, prefix filtering, LSH, rewordings)
//! reads and joins claims of one block only. So the blocks can be dealt out into shares,
//! each share clustered on its own, and the results put together: the same clusters as one
//! pass over all claims, whatever the number of threads or the order shares finish in.
//! What a share depends on (the speakers, the blocks, and the salts of its hash keys, which
//! are the blocks' run-wide ids) is fixed by [`Clusterer::plan`], never by the caller's
//! threads.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use whosaid_core::PartialDate;

use crate::speaker::SpeakerTable;
use crate::{ClaimRef, ClusterStats, Clusterer, MIN_SHARE_BYTES};

/// A run of claims cut into independent shares: made by [`Clusterer::plan`], each share
/// clustered by [`Clusterer::cluster_share`] (in any order, on any thread), the results put
/// together by [`ClusterPlan::merge`]. `Send + Sync`.
///
/// ```
/// use whosaid_cluster::{ClaimRef, ClustererBuilder};
///
/// let claims = [
///     ClaimRef { speaker_key: "cook", text: "We stand ready to meet again as soon as possible." },
///     ClaimRef { speaker_key: "lee", text: "The harbour will reopen next week." },
///     ClaimRef { speaker_key: "cook", text: "“We stand ready to meet again as soon as possible”" },
/// ];
/// let clusterer = ClustererBuilder::new().build();
/// let plan = clusterer.plan(&claims);
/// // Each share may go to another thread (the binary uses rayon's `into_par_iter`).
/// let results: Vec<_> =
///     (0..plan.shares()).map(|s| clusterer.cluster_share(&plan, s, &claims, None)).collect();
/// let (assignment, _stats) = plan.merge(results);
/// assert_eq!(assignment, clusterer.cluster(&claims));
/// assert_eq!(assignment, vec![0, 1, 0]);
/// ```
pub struct ClusterPlan {
    /// Claims given to [`Clusterer::plan`].
    claims: usize,
    table: SpeakerTable,
    /// The claims of each share, in run order.
    shares: Vec<Vec<u32>>,
    /// Claims in no share (no known speaker): each is a cluster of its own.
    unshared: Vec<u32>,
}

/// The clusters of one share, from [`Clusterer::cluster_share`], for [`ClusterPlan::merge`].
#[derive(Clone, Debug)]
pub struct ShareClusters {
    share: usize,
    /// Per claim of the share (in the order of [`ClusterPlan::share_claims`]), the run-wide
    /// index of the earliest claim of its cluster.
    roots: Vec<u32>,
    stats: ClusterStats,
}

impl ShareClusters {
    /// Per claim of the share (in the order of [`ClusterPlan::share_claims`]), the run-wide
    /// index of the earliest claim of its cluster. Clusters never cross shares.
    pub fn roots(&self) -> &[u32] {
        &self.roots
    }
}

impl ClusterPlan {
    /// The number of shares.
    pub fn shares(&self) -> usize {
        self.shares.len()
    }

    /// The claims (run-wide indices, ascending) of share `share`; empty if there is none.
    pub fn share_claims(&self, share: usize) -> &[u32] {
        self.shares.get(share).map_or(&[], Vec::as_slice)
    }

    /// The claims of no share (ascending): those without a known speaker, each a cluster of
    /// its own. Together with every share's claims, each claim of the run once.
    pub fn unshared_claims(&self) -> &[u32] {
        &self.unshared
    }

    /// Puts the shares' clusters together: for each claim of the run, the index of the
    /// earliest claim of its cluster, as [`Clusterer::cluster`] gives it, and the counts of
    /// all shares. The results may come in any order; the claims of a share whose result is
    /// missing stay clusters of their own.
    pub fn merge(
        &self,
        results: impl IntoIterator<Item = ShareClusters>,
    ) -> (Vec<usize>, ClusterStats) {
        let mut out: Vec<usize> = (0..self.claims).collect();
        let mut stats = ClusterStats { claims: self.claims, ..ClusterStats::default() };
        for result in results {
            let Some(members) = self.shares.get(result.share) else { continue };
            for (&claim, &root) in members.iter().zip(&result.roots) {
                if let Some(slot) = out.get_mut(claim as usize) {
                    *slot = root as usize;
                }
            }
            stats.exact_duplicates += result.stats.exact_duplicates;
            stats.verified_pairs += result.stats.verified_pairs;
            stats.similar_pairs += result.stats.similar_pairs;
            stats.paraphrase_pairs += result.stats.paraphrase_pairs;
        }
        stats.clusters = out.iter().enumerate().filter(|&(i, &root)| i == root).count();
        (out, stats)
    }
}

/// The speakers and blocks of one share's claims, indexed by their place in the share.
pub(crate) struct ShareTable<'a> {
    /// Per claim, its speaker (run-wide speaker id).
    pub(crate) speaker_of: Vec<Option<u32>>,
    /// Per claim, its block, numbered within the share (dense, for per-block tables).
    pub(crate) block_of: Vec<Option<u32>>,
    /// Per share block, its run-wide id: what hash keys are salted with.
    block_keys: Vec<u32>,
    speakers: &'a SpeakerTable,
}

impl ShareTable<'_> {
    /// Whether claims of speakers `a` and `b` may share a cluster.
    pub(crate) fn compatible(&self, a: u32, b: u32) -> bool {
        self.speakers.compatible(a, b)
    }

    /// The run-wide id of the block of claim `claim` (0 when it has none).
    pub(crate) fn block_key(&self, claim: u32) -> u32 {
        self.block_of
            .get(claim as usize)
            .copied()
            .flatten()
            .and_then(|b| self.block_keys.get(b as usize).copied())
            .unwrap_or(0)
    }
}

impl Clusterer {
    /// Resolves the speakers of `claims` and deals their blocks out into shares (largest
    /// first, each to the share with the least text so far), for
    /// [`Clusterer::cluster_share`]. The shares depend only on the claims and the clusterer:
    /// about one per 24 MB of claim text, and at least 32 when there are that many blocks and
    /// 16 KB of text per share. Linear in the number of claims (and `b log b` in blocks).
    pub fn plan(&self, claims: &[ClaimRef<'_>]) -> ClusterPlan {
        // Indices are u32 to halve the memory of the clustering tables; beyond that, claims
        // are left unclustered rather than risking a wrong merge.
        let n_clusterable = claims.len().min(u32::MAX as usize);
        let table = SpeakerTable::new(claims.iter().take(n_clusterable).map(|c| c.speaker_key));
        let blocks = table.block_of.iter().flatten().max().map_or(0, |&b| b as usize + 1);
        let mut bytes = vec![0usize; blocks];
        for (claim, block) in claims.iter().zip(&table.block_of) {
            if let Some(slot) = block.and_then(|b| bytes.get_mut(b as usize)) {
                *slot += claim.text.len() + 1;
            }
        }
        let total: usize = bytes.iter().sum();
        let by_size = total.div_ceil(self.max_share_bytes.max(1));
        let for_threads = self.min_shares.min(total / MIN_SHARE_BYTES);
        let count = by_size.max(for_threads).clamp(1, blocks.max(1));

        // Longest processing time first: the largest block goes to the least loaded share.
        let mut order: Vec<u32> = (0..blocks as u32).collect();
        order.sort_unstable_by_key(|&b| (Reverse(bytes.get(b as usize).copied()), b));
        let mut loads: BinaryHeap<Reverse<(usize, usize)>> =
            (0..count).map(|s| Reverse((0, s))).collect();
        let mut share_of_block = vec![0u32; blocks];
        for b in order {
            let Some(Reverse((load, share))) = loads.pop() else { break };
            let size = bytes.get(b as usize).copied().unwrap_or(0);
            if let Some(slot) = share_of_block.get_mut(b as usize) {
                *slot = share as u32;
            }
            loads.push(Reverse((load + size, share)));
        }
        drop(bytes);
        let mut shares: Vec<Vec<u32>> = vec![Vec::new(); count];
        let mut unshared: Vec<u32> = Vec::new();
        for i in 0..claims.len() {
            let block = table.block_of.get(i).copied().flatten();
            let share = block.and_then(|b| share_of_block.get(b as usize)).copied();
            match share.and_then(|s| shares.get_mut(s as usize)) {
                Some(members) => members.push(i as u32),
                None => unshared.push(i as u32),
            }
        }
        shares.retain(|members| !members.is_empty());
        ClusterPlan { claims: claims.len(), table, shares, unshared }
    }

    /// Clusters share `share` of `plan`: `claims` (and `dates`, as for
    /// [`Clusterer::cluster_dated`], or `None` as for [`Clusterer::cluster`]) are the whole
    /// run's, as given to [`Clusterer::plan`]. Independent of every other share: call it for
    /// each share, on any thread, and give the results to [`ClusterPlan::merge`].
    pub fn cluster_share(
        &self,
        plan: &ClusterPlan,
        share: usize,
        claims: &[ClaimRef<'_>],
        dates: Option<&[Option<PartialDate>]>,
    ) -> ShareClusters {
        let members = plan.share_claims(share);
        let none = ClaimRef { speaker_key: "", text: "" };
        let local: Vec<ClaimRef<'_>> =
            members.iter().map(|&m| claims.get(m as usize).copied().unwrap_or(none)).collect();
        let local_dates: Option<Vec<Option<PartialDate>>> =
            dates.map(|d| members.iter().map(|&m| d.get(m as usize).copied().flatten()).collect());
        let mut block_ids: HashMap<u32, u32, crate::MixState> = HashMap::default();
        let mut block_keys: Vec<u32> = Vec::new();
        let mut speaker_of = Vec::with_capacity(members.len());
        let mut block_of = Vec::with_capacity(members.len());
        for &m in members {
            speaker_of.push(plan.table.speaker_of.get(m as usize).copied().flatten());
            let block = plan.table.block_of.get(m as usize).copied().flatten();
            block_of.push(block.map(|b| {
                *block_ids.entry(b).or_insert_with(|| {
                    block_keys.push(b);
                    block_keys.len() as u32 - 1
                })
            }));
        }
        drop(block_ids);
        let table = ShareTable { speaker_of, block_of, block_keys, speakers: &plan.table };
        let mut stats = ClusterStats::default();
        let local_roots = self.cluster_local(&local, local_dates.as_deref(), &table, &mut stats);
        let roots = local_roots
            .iter()
            .zip(members)
            .map(|(&r, &m)| members.get(r as usize).copied().unwrap_or(m))
            .collect();
        ShareClusters { share, roots, stats }
    }
}
