//! Groups the same claim across articles and outlets.
//!
//! Many outlets print the same statement: with different quote marks and apostrophes, in
//! another case, trimmed at the start or end, with "he said" in one and the name in the
//! other, direct in one and reported ("we" → "they") in the other. This crate finds those
//! groups among millions of claims in near-linear time:
//!
//! 1. speaker keys ([`speaker_key`]) hold the folded name and the gazetteer id; a name with
//!    no id is the speaker of the only id seen with that name. Claims are bucketed by
//!    block: the speaker, or for persons the consonant skeleton of the surname, so that
//!    "Yerlan Zhaksybekov", "Erlan Jaksybekov" and "Zhaksybekov" meet. Two different
//!    speakers of one block merge only if their names are compatible (same surname after
//!    transliteration folding, given names equal, initials or missing; never two ids) and
//!    their texts reach a stricter similarity (0.8 at the default threshold); a cluster
//!    never holds two incompatible speakers (a bare "Figueiredo" joins Paulo or Ana, not
//!    both). Organizations keep exact keys ([`speaker_key_for`]);
//! 2. each claim becomes a set of normalized word shingles (word 2-grams, or single words
//!    for claims of fewer than three words), hashed to `u64`. Normalizing folds case, quote
//!    marks and apostrophes, collapses the pronouns and auxiliaries that reported speech
//!    shifts ("we will" / "they would"), drops reporting verbs ("he said"), and leaves out
//!    2-grams of two function words ("of the"), which every claim of a prolific speaker has;
//! 3. exact duplicates (same speaker, same normalized words) are joined for free; MinHash
//!    signatures with LSH banding (bands × rows chosen for the threshold) propose pairs by
//!    Jaccard similarity, and prefix filtering (each claim probes with its rarest shingles)
//!    proposes pairs where one claim is mostly inside the other, which MinHash misses;
//! 4. each candidate pair is verified by max(Jaccard, containment) of the shingle sets
//!    (≥ the threshold), and again with shingles weighted by their rarity among the
//!    speaker's claims (≥ 0.6 × the threshold), so a prolific speaker's stock phrases ("the
//!    peace talks") do not make two different claims one. A claim joins a cluster as the
//!    contained side of a pair (containment without Jaccard) once only, so a fragment that is
//!    a stock phrase cannot chain every claim using it; joined pairs go into a union-find
//!    whose roots are the earliest claims. Buckets are capped, so 10,000 near-identical
//!    claims cost about 10,000 × 40 checks, never 10,000².
//!
//! 5. then, when enabled ([`ClustererBuilder::paraphrases`]), for claims of one speaker (the
//!    same id or spelling, not merely a compatible name), the same claim reworded: most content words in common (stemmed; function words,
//!    pronouns and reporting verbs left out), each word weighted by how few of the speaker's
//!    statements use it, so that a speaker's topic phrases do not make two claims one (with
//!    [`Clusterer::cluster_dated`], only for claims at most three days apart).
//!
//! Output is deterministic: the same claims in the same order give the same ids, and
//! reordering claims does not change which claims share a cluster (except for pairs only
//! reachable through an over-full bucket).
//!
//! [`summarize`] then turns a cluster assignment into the rows of `clusters.csv`, and
//! [`canonical_spellings`] gives every speaker one display name across the corpus
//! ("Karaosmanoglu" and "Karaosmanoğlu" are one person, written one way).
//!
//! It is not for finding claims (see `whosaid-attribution`), for deciding who the speaker is,
//! or for paraphrase detection in general: two wordings that share few content words stay
//! apart ("would ease by the end of January" / "would disappear by the end of January"). It
//! never
//! prints and spawns no threads; the caller owns parallelism: [`Clusterer::plan`] cuts a run
//! into shares of blocks that no cluster crosses, [`Clusterer::cluster_share`] clusters one
//! (on any thread), and [`ClusterPlan::merge`] puts them together, with the same result as
//! [`Clusterer::cluster`] whatever the number of threads.
//!
//! # Example
//!
//! ```
//! use whosaid_cluster::{ClaimRef, ClustererBuilder};
//!
//! let claims = [
//!     ClaimRef { speaker_key: "cook", text: "“We stand ready to meet again as soon as possible.”" },
//!     ClaimRef { speaker_key: "shoigu", text: "We stand ready to meet again as soon as possible." },
//!     ClaimRef { speaker_key: "cook", text: "they stand ready to meet again, he said" },
//!     ClaimRef { speaker_key: "cook", text: "The weather was fine." },
//! ];
//! let clusterer = ClustererBuilder::new().threshold(0.5).build();
//! assert_eq!(clusterer.cluster(&claims), vec![0, 1, 0, 3]);
//! ```

mod canonical;
mod normalize;
mod paraphrase;
mod speaker;
mod summary;

pub use crate::canonical::{canonical_spellings, SpeakerName};
pub use crate::speaker::{speaker_key, speaker_key_for};
pub use crate::summary::{summarize, ClaimFacts, ClusterSummary};

use std::collections::HashMap;

use whosaid_core::PartialDate;

use crate::normalize::{
    canon_bits, canon_table, content_word, for_each_figure, for_each_word_hash, is_function_word,
    mix64, statement_part, Canon,
};

mod share;
use crate::share::ShareTable;
pub use crate::share::{ClusterPlan, ShareClusters};

/// One claim as clustering sees it.
#[derive(Clone, Copy, Debug)]
pub struct ClaimRef<'a> {
    /// Claims are only merged when this key is equal: the speaker's gazetteer id, or its
    /// normalized name when it has none (see [`speaker_key`]). A claim whose key is empty
    /// (after trimming) has no known speaker and is never merged.
    pub speaker_key: &'a str,
    /// The statement text.
    pub text: &'a str,
}

/// Why a clusterer cannot be built.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ClusterError {
    /// The similarity threshold is not a number in `(0, 1]`.
    #[error("cluster threshold {0} is not in (0, 1]")]
    InvalidThreshold(f64),
}

/// The default for [`ClustererBuilder::threshold`].
pub const DEFAULT_THRESHOLD: f64 = 0.5;

/// MinHash values per claim at most; the bands × rows split is chosen for the threshold.
const MAX_HASHES: usize = 128;

/// Claims of fewer words are shingled by single words: they have too few 2-grams.
const MIN_BIGRAM_WORDS: usize = 3;

/// Containment only counts when the smaller claim has this many shingles: otherwise a
/// two-word claim would be "contained" in every long claim that uses those words.
const MIN_CONTAINMENT_SHINGLES: usize = 4;

/// A pair must also reach this fraction of the threshold when shingles are weighted by
/// rarity: shared words that are only the speaker's recurring phrases do not make two claims
/// one, while a statement's variants that differ in one rare word still are one.
const WEIGHTED_FACTOR: f64 = 0.6;

/// Weighted, containment also needs shared shingles worth this many of the speaker's rare
/// (single-claim) shingles: a fragment made of the speaker's stock phrases weighs little and
/// is not "contained" in every claim that uses them; three shingles that few of the
/// speaker's claims share are a statement.
const MIN_CONTAINMENT_RARE: f64 = 2.0;

/// Added to a speaker's claim count in the inverse document frequency, so that the
/// weights of a speaker with a handful of claims stay nearly equal.
const IDF_SMOOTHING: f64 = 300.0;

/// Reworded claims of one speaker join (at the default threshold or below; above, the values
/// grow with its square) when this share of their content words (the smaller
/// claim's) is common to both, with at least [`paraphrase::MIN_SHARED`] words ...
const PARAPHRASE_CONTAINMENT: f64 = 0.6;

/// ... and the shared words weigh this much, a word used by no other statement of the
/// speaker weighing 1, one used by `k` statements `1 / (k - 1)` ...
const PARAPHRASE_MIN_SHARED_WEIGHT: f64 = 2.5;

/// ... with this Jaccard similarity at least ...
const PARAPHRASE_CONTAINED_JACCARD: f64 = 0.35;

/// ... or this Jaccard similarity of the content-word sets; each also weighted by rarity at
/// [`WEIGHTED_FACTOR`] times the value.
const PARAPHRASE_JACCARD: f64 = 0.45;

/// Containment also needs this many shared shingles: two shared 2-grams are a phrase, not a
/// statement.
const MIN_CONTAINMENT_SHARED: usize = 3;

/// LSH buckets up to this size are verified pair by pair. Beyond it, each member is
/// verified against the first `BUCKET_HEAD` members and its `BUCKET_WINDOW` predecessors,
/// so that a bucket of 10,000 near-identical claims costs about 10,000 × 40 checks, not
/// 10,000².
const BUCKET_HEAD: usize = 32;
const BUCKET_WINDOW: usize = 8;

/// MinHash bands computed per pass over the claims: the band key table holds this many keys
/// per claim instead of all bands' (a seventh of the memory at the default threshold), and
/// each pass still hashes a shingle with enough functions at once to use vector
/// instructions.
const BANDS_PER_PASS: usize = 8;

/// Claim text (bytes) of one share at most, unless one block alone has more: prefix filtering
/// holds a posting (16 bytes) per shingle of its share, about one per 6 bytes of text, so a
/// share holds about 4M postings (64 MB) at a time (a 1 GB input has tens of millions).
const MAX_SHARE_BYTES: usize = 24 << 20;

/// A run is cut into this many shares at least (when it has that many blocks and enough
/// text, see [`MIN_SHARE_BYTES`]), so that a caller's threads have pieces to share out.
const MIN_SHARES: usize = 32;

/// ... but shares of less text than this are not worth their fixed costs.
const MIN_SHARE_BYTES: usize = 16 << 10;

/// Builds a [`Clusterer`].
#[derive(Clone, Debug)]
pub struct ClustererBuilder {
    threshold: f64,
    seed: u64,
    paraphrases: bool,
}

impl Default for ClustererBuilder {
    fn default() -> Self {
        ClustererBuilder { threshold: DEFAULT_THRESHOLD, seed: 0x5eed_c1a1_u64, paraphrases: false }
    }
}

impl ClustererBuilder {
    /// A builder with the default options.
    pub fn new() -> ClustererBuilder {
        ClustererBuilder::default()
    }

    /// The similarity two claims need to share a cluster: the larger of their Jaccard
    /// similarity and their containment (shared shingles over the smaller claim's), over
    /// normalized word 2-grams. Within a run, a pair also needs 0.6 × this similarity with
    /// shingles weighted by rarity among the speaker's claims. Default [`DEFAULT_THRESHOLD`].
    pub fn threshold(&mut self, threshold: f64) -> &mut ClustererBuilder {
        self.threshold = threshold;
        self
    }

    /// The seed of the MinHash functions. Output is deterministic for a given seed; a
    /// different seed may change which borderline pairs LSH proposes.
    pub fn seed(&mut self, seed: u64) -> &mut ClustererBuilder {
        self.seed = seed;
        self
    }

    /// Whether to also join one speaker's claims that say the same thing in other words
    /// (default off: it costs about 60% more CPU time on large runs): most of their content words (stemmed, without function words) in common,
    /// weighted by rarity among the speaker's claims, and, with
    /// [`Clusterer::cluster_dated`], stated at most three days apart. Two spellings of a
    /// name never join this way.
    pub fn paraphrases(&mut self, on: bool) -> &mut ClustererBuilder {
        self.paraphrases = on;
        self
    }

    /// Builds the clusterer. A threshold outside `(0, 1]` (or NaN) is replaced by
    /// [`DEFAULT_THRESHOLD`]; use [`ClustererBuilder::try_build`] to refuse it instead.
    pub fn build(&self) -> Clusterer {
        let threshold =
            if valid_threshold(self.threshold) { self.threshold } else { DEFAULT_THRESHOLD };
        Clusterer::new(threshold, self.seed, self.paraphrases)
    }

    /// Builds the clusterer, or says why the threshold is unusable.
    pub fn try_build(&self) -> Result<Clusterer, ClusterError> {
        if valid_threshold(self.threshold) {
            Ok(Clusterer::new(self.threshold, self.seed, self.paraphrases))
        } else {
            Err(ClusterError::InvalidThreshold(self.threshold))
        }
    }
}

fn valid_threshold(t: f64) -> bool {
    t > 0.0 && t <= 1.0
}

/// Counts from one clustering run, for progress reports and tuning.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClusterStats {
    /// Claims given.
    pub claims: usize,
    /// Claims joined to an earlier claim with the same speaker and the same normalized words,
    /// without LSH.
    pub exact_duplicates: usize,
    /// Candidate pairs whose similarity was computed.
    pub verified_pairs: usize,
    /// Verified pairs at or above the threshold.
    pub similar_pairs: usize,
    /// Pairs of one speaker's claims joined as the same claim reworded (see
    /// [`ClustererBuilder::paraphrases`]).
    pub paraphrase_pairs: usize,
    /// Number of clusters.
    pub clusters: usize,
}

/// Assigns claims to clusters. Immutable and `Send + Sync`: build once, call from anywhere.
#[derive(Clone, Debug)]
pub struct Clusterer {
    threshold: f64,
    /// What claims of two different spellings of one person's name need (see
    /// [`strict_threshold`]).
    strict_threshold: f64,
    bands: usize,
    rows: usize,
    /// One seed per MinHash function.
    seeds: Vec<u32>,
    canon: Vec<(u64, Canon)>,
    /// Bit `h >> 52` (of 4096) is set for every word hash `h` in `canon`.
    canon_bits: Vec<u64>,
    /// Whether reworded claims of one speaker are joined too.
    paraphrases: bool,
    /// The paraphrase thresholds scaled to the threshold: (containment, Jaccard with
    /// containment, Jaccard alone), see [`PARAPHRASE_CONTAINMENT`].
    paraphrase_thresholds: (f64, f64, f64),
    /// [`MAX_SHARE_BYTES`] and [`MIN_SHARES`]; tests change them to check that shares change
    /// nothing.
    max_share_bytes: usize,
    min_shares: usize,
}

/// Each claim's shingle set, sorted and deduplicated, in one arena, with each shingle's
/// weight for its speaker (see [`Clusterer::weigh`]).
struct Shingled {
    hashes: Vec<u64>,
    /// `hashes[offsets[i]..offsets[i + 1]]` is claim `i`'s set.
    offsets: Vec<usize>,
    /// Parallel to `hashes`.
    weights: Vec<f32>,
    /// Per claim, the sum of its shingles' weights.
    totals: Vec<f64>,
    /// Per speaker id, the weight of a shingle only one of its claims has.
    rare_weight: Vec<f64>,
}

impl Shingled {
    fn range(&self, i: usize) -> std::ops::Range<usize> {
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => a..b,
            _ => 0..0,
        }
    }

    fn get(&self, i: usize) -> &[u64] {
        self.hashes.get(self.range(i)).unwrap_or(&[])
    }

    fn weights(&self, i: usize) -> &[f32] {
        self.weights.get(self.range(i)).unwrap_or(&[])
    }

    fn total(&self, i: usize) -> f64 {
        self.totals.get(i).copied().unwrap_or(0.0)
    }
}

/// The hasher of the crate's maps (small ids, already mixed hashes, names and article ids):
/// the workspace's one fast hasher instead of SipHash, whose setup and rounds cost more than
/// the rest of a lookup (the exact-duplicate table takes one per claim, the speaker and
/// summary tables one or two). The keys come from the run's own text, not from an adversary
/// who could pick colliding ones; no map hashed this way is iterated, so the hash never
/// decides an output order.
pub(crate) type MixState = whosaid_core::hash::BuildWordHasher;

/// Union-find whose root is always the smallest index of its set, so the root is the id of
/// the earliest claim of the cluster whatever order pairs were joined in.
struct MinUnionFind {
    parent: Vec<u32>,
}

impl MinUnionFind {
    fn new(n: usize) -> MinUnionFind {
        MinUnionFind { parent: (0..n as u32).collect() }
    }

    fn find(&mut self, mut x: u32) -> u32 {
        loop {
            let p = self.parent[x as usize];
            if p == x {
                return x;
            }
            let gp = self.parent[p as usize];
            self.parent[x as usize] = gp;
            x = gp;
        }
    }

    /// Joins the sets; false if they were already one.
    fn union(&mut self, a: u32, b: u32) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.parent[hi as usize] = lo;
        true
    }
}

/// The union-find of claims, refusing to put two incompatible speakers in one cluster: a bare
/// "Figueiredo" may join "Paulo Figueiredo" or "Ana Figueiredo", never both at once.
struct Joiner {
    uf: MinUnionFind,
    /// The distinct speakers of clusters that hold several, by root, sorted. A root absent
    /// here holds only the speaker of the root claim.
    mixed: HashMap<u32, Vec<u32>, MixState>,
    /// By claim: whether it was already joined to a cluster as the contained side of a pair.
    joined_by_containment: Vec<bool>,
    /// By claim, its figures (see [`figures_conflict`]), sorted and deduplicated, in one
    /// arena: `figures[figure_offsets[i]..figure_offsets[i + 1]]` are claim `i`'s.
    figures: Vec<u64>,
    figure_offsets: Vec<u32>,
    /// Recent answers of [`ShareTable::compatible`], direct-mapped by the pair: a capped run
    /// asks about the same few spellings of a block thousands of times, and each answer
    /// compares name parts.
    compatible_cache: Vec<(u64, bool)>,
}

/// A cluster of more distinct speakers than this takes no further speakers: it would only get
/// there through chains of surname-only claims.
const MAX_SPEAKERS_PER_CLUSTER: usize = 16;

/// Slots of [`Joiner::compatible_cache`].
const COMPATIBLE_CACHE_SLOTS: usize = 4096;

impl Joiner {
    /// A joiner of `claims`, each its own cluster.
    fn new(claims: &[ClaimRef<'_>]) -> Joiner {
        let n = claims.len().min(u32::MAX as usize);
        let mut figures: Vec<u64> = Vec::new();
        let mut figure_offsets: Vec<u32> = Vec::with_capacity(n + 1);
        figure_offsets.push(0);
        let mut scratch: Vec<u64> = Vec::new();
        for claim in claims.iter().take(n) {
            scratch.clear();
            for_each_figure(statement_part(claim.text), |h| scratch.push(h));
            scratch.sort_unstable();
            scratch.dedup();
            figures.extend_from_slice(&scratch);
            figure_offsets.push(u32::try_from(figures.len()).unwrap_or(u32::MAX));
        }
        Joiner {
            uf: MinUnionFind::new(n),
            mixed: HashMap::default(),
            joined_by_containment: vec![false; n],
            figures,
            figure_offsets,
            compatible_cache: vec![(u64::MAX, false); COMPATIBLE_CACHE_SLOTS],
        }
    }

    /// Claim `i`'s figures, sorted and deduplicated.
    fn figures(&self, i: u32) -> &[u64] {
        let i = i as usize;
        match (self.figure_offsets.get(i), self.figure_offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => self.figures.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// [`ShareTable::compatible`], remembered.
    fn compatible(&mut self, table: &ShareTable<'_>, a: u32, b: u32) -> bool {
        if a == b {
            return true;
        }
        let key = (u64::from(a) << 32) | u64::from(b);
        let slot = (mix64(key) as usize) % COMPATIBLE_CACHE_SLOTS;
        match self.compatible_cache.get_mut(slot) {
            Some(&mut (k, answer)) if k == key => answer,
            Some(entry) => {
                let answer = table.compatible(a, b);
                *entry = (key, answer);
                answer
            }
            None => table.compatible(a, b),
        }
    }

    fn find(&mut self, x: u32) -> u32 {
        self.uf.find(x)
    }

    fn speakers_of(&self, root: u32, table: &ShareTable<'_>) -> Vec<u32> {
        match self.mixed.get(&root) {
            Some(list) => list.clone(),
            None => table.speaker_of.get(root as usize).copied().flatten().into_iter().collect(),
        }
    }

    /// Joins a verified pair: as equals when their Jaccard similarity passed, otherwise as
    /// the lighter claim (by total shingle weight) contained in the heavier one.
    fn join_verified(
        &mut self,
        a: u32,
        b: u32,
        table: &ShareTable<'_>,
        by_jaccard: bool,
        (total_a, total_b): (f64, f64),
    ) -> bool {
        if figures_conflict(self.figures(a), self.figures(b)) {
            return false;
        }
        let contained = match (by_jaccard, total_a <= total_b) {
            (true, _) => None,
            (false, true) => Some(a),
            (false, false) => Some(b),
        };
        self.join_contained(a, b, table, contained)
    }

    /// Joins the clusters of `a` and `b` when only `contained` (one of them) is mostly inside
    /// the other: refused if `contained` was already joined to a cluster that way. A fragment
    /// made of a speaker's stock phrase is "contained" in every claim using it, and would
    /// otherwise chain all of them into one cluster; a statement's real fragments join it
    /// once, and its reprints join each other by Jaccard similarity.
    fn join_contained(
        &mut self,
        a: u32,
        b: u32,
        table: &ShareTable<'_>,
        contained: Option<u32>,
    ) -> bool {
        let Some(small) = contained else { return self.join(a, b, table) };
        if self.joined_by_containment.get(small as usize).copied().unwrap_or(true) {
            return false;
        }
        if !self.join(a, b, table) {
            return false;
        }
        if let Some(flag) = self.joined_by_containment.get_mut(small as usize) {
            *flag = true;
        }
        true
    }

    /// Joins the clusters of `a` and `b` if every pair of their speakers is compatible; false
    /// if they were already one or may not be.
    fn join(&mut self, a: u32, b: u32, table: &ShareTable<'_>) -> bool {
        let (ra, rb) = (self.uf.find(a), self.uf.find(b));
        if ra == rb {
            return false;
        }
        let single = |r: u32| table.speaker_of.get(r as usize).copied().flatten();
        if !self.mixed.contains_key(&ra)
            && !self.mixed.contains_key(&rb)
            && single(ra).is_some()
            && single(ra) == single(rb)
        {
            return self.uf.union(ra, rb);
        }
        let (sa, sb) = (self.speakers_of(ra, table), self.speakers_of(rb, table));
        if sa.is_empty()
            || sb.is_empty()
            || !sa.iter().all(|&x| sb.iter().all(|&y| self.compatible(table, x, y)))
        {
            return false;
        }
        let mut all: Vec<u32> = sa.into_iter().chain(sb).collect();
        all.sort_unstable();
        all.dedup();
        if all.len() > MAX_SPEAKERS_PER_CLUSTER {
            return false;
        }
        self.mixed.remove(&ra);
        self.mixed.remove(&rb);
        self.uf.union(ra, rb);
        let root = self.uf.find(ra);
        if all.len() > 1 {
            self.mixed.insert(root, all);
        }
        true
    }
}

/// Whether two claims' figures (sorted, deduplicated) say they are different statements:
/// both have figures and each has one the other lacks. A speaker's recurring statement
/// with new figures ("rose to 4.2 billion from 2.7 billion" one day, "to 3.5 billion from
/// 1.5 billion" the next) is a new claim however many words it shares with the old one,
/// while an outlet that trims a statement drops figures and adds none.
fn figures_conflict(a: &[u64], b: &[u64]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (shared, _) = sorted_overlap(a, b, |_| 0.0);
    shared < a.len() && shared < b.len()
}

/// The similarity two claims of different spellings of one name need: 60% of the way from
/// the threshold to identity (0.8 at the default 0.5). A shared surname is much weaker
/// evidence of one speaker than one id or one spelling, so only near-verbatim reprints join.
fn strict_threshold(threshold: f64) -> f64 {
    threshold + (1.0 - threshold) * 0.6
}

#[inline]
fn fmix32(mut h: u32) -> u32 {
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^ (h >> 16)
}

/// The probability that LSH with `bands` × `rows` proposes a pair of Jaccard similarity `s`.
fn candidate_probability(s: f64, bands: usize, rows: usize) -> f64 {
    1.0 - (1.0 - s.powi(rows as i32)).powi(bands as i32)
}

/// The most rows per band (fewest chance candidates) that still proposes 98% of pairs at
/// 0.9 × the threshold, so pairs just above the threshold, and halves of a sentence (whose
/// Jaccard is about their containment's half), are rarely missed.
fn choose_bands(threshold: f64) -> (usize, usize) {
    let target = threshold * 0.9;
    for rows in (1..=8).rev() {
        let bands = MAX_HASHES / rows;
        if candidate_probability(target, bands, rows) >= 0.98 {
            return (bands, rows);
        }
    }
    (MAX_HASHES, 1)
}

impl Clusterer {
    fn new(threshold: f64, seed: u64, paraphrases: bool) -> Clusterer {
        let (bands, rows) = choose_bands(threshold);
        let seeds = (0..bands * rows).map(|i| mix64(seed ^ mix64(i as u64 + 1)) as u32).collect();
        let canon = canon_table();
        let canon_bits = canon_bits(&canon);
        Clusterer {
            threshold,
            strict_threshold: strict_threshold(threshold),
            bands,
            rows,
            seeds,
            canon,
            canon_bits,
            paraphrases,
            max_share_bytes: MAX_SHARE_BYTES,
            min_shares: MIN_SHARES,
            paraphrase_thresholds: {
                // A user who asks for stricter reprints gets much stricter rewordings (at 0.95
                // only identical content words); a looser threshold does not loosen them, as
                // rewordings are the weaker evidence.
                let factor = (threshold / DEFAULT_THRESHOLD).max(1.0).powi(2);
                let scale = |t: f64| (t * factor).min(1.0);
                (
                    scale(PARAPHRASE_CONTAINMENT),
                    scale(PARAPHRASE_CONTAINED_JACCARD),
                    scale(PARAPHRASE_JACCARD),
                )
            },
        }
    }

    /// The threshold in use.
    pub fn threshold(&self) -> f64 {
        self.threshold
    }

    /// For each claim, the index of the earliest claim of its cluster.
    pub fn cluster(&self, claims: &[ClaimRef<'_>]) -> Vec<usize> {
        self.cluster_with_stats(claims).0
    }

    /// Like [`Clusterer::cluster`], with each claim's statement date (parallel to `claims`;
    /// missing entries count as unknown): reworded claims (see
    /// [`ClustererBuilder::paraphrases`]) only join when stated at most three days apart, or
    /// when either date or its year is unknown. Reprints of the same words join whatever their
    /// dates.
    pub fn cluster_dated(
        &self,
        claims: &[ClaimRef<'_>],
        dates: &[Option<PartialDate>],
    ) -> Vec<usize> {
        self.cluster_inner(claims, Some(dates)).0
    }

    /// Like [`Clusterer::cluster`], with counts of the work done.
    pub fn cluster_with_stats(&self, claims: &[ClaimRef<'_>]) -> (Vec<usize>, ClusterStats) {
        self.cluster_inner(claims, None)
    }

    fn cluster_inner(
        &self,
        claims: &[ClaimRef<'_>],
        dates: Option<&[Option<PartialDate>]>,
    ) -> (Vec<usize>, ClusterStats) {
        let plan = self.plan(claims);
        let results: Vec<ShareClusters> =
            (0..plan.shares()).map(|s| self.cluster_share(&plan, s, claims, dates)).collect();
        plan.merge(results)
    }

    /// Clusters the claims of one share (see [`Clusterer::plan`]): `claims` and `dates` are
    /// the share's, in run order, `table` their speakers and blocks. Returns, per claim, the
    /// share index of the earliest claim of its cluster; adds its counts to `stats`.
    fn cluster_local(
        &self,
        claims: &[ClaimRef<'_>],
        dates: Option<&[Option<PartialDate>]>,
        table: &ShareTable<'_>,
        stats: &mut ClusterStats,
    ) -> Vec<u32> {
        let n_clusterable = claims.len().min(u32::MAX as usize);
        let mut uf = Joiner::new(claims);

        // News words average about six bytes with their space: reserving that many shingles
        // up front saves the arena's reallocation copies.
        let text_bytes: usize = claims.iter().map(|c| c.text.len()).sum();
        let mut shingled = Shingled {
            hashes: Vec::with_capacity(text_bytes / 6),
            offsets: Vec::with_capacity(n_clusterable + 1),
            weights: Vec::new(),
            totals: Vec::new(),
            rare_weight: Vec::new(),
        };
        shingled.offsets.push(0);
        let mut exact: HashMap<(u32, u64), u32, MixState> =
            HashMap::with_capacity_and_hasher(n_clusterable, MixState::default());
        // Claims that go through LSH: one per distinct (speaker, normalized words).
        let mut lsh_members: Vec<u32> = Vec::new();
        let mut words = Vec::new();
        let mut scratch = Vec::new();
        for (i, (claim, speaker)) in claims.iter().zip(&table.speaker_of).enumerate() {
            let i = i as u32;
            let Some(speaker) = *speaker else {
                shingled.offsets.push(shingled.hashes.len());
                continue;
            };
            self.normalized_words(statement_part(claim.text), &mut words);
            if !words.is_empty() {
                let sequence = words.iter().fold(0x9e37_79b9_7f4a_7c15u64, |h, &w| mix64(h ^ w));
                match exact.entry((speaker, sequence)) {
                    std::collections::hash_map::Entry::Occupied(first) => {
                        if uf.join(*first.get(), i, table) {
                            stats.exact_duplicates += 1;
                        }
                    }
                    std::collections::hash_map::Entry::Vacant(slot) => {
                        slot.insert(i);
                        scratch.clear();
                        push_shingles(&words, &mut scratch);
                        scratch.sort_unstable();
                        scratch.dedup();
                        shingled.hashes.extend_from_slice(&scratch);
                        lsh_members.push(i);
                    }
                }
            }
            shingled.offsets.push(shingled.hashes.len());
        }
        drop(exact);

        // Prefix filtering first: it computes the shingle weights that all verification uses,
        // and its postings are freed before the LSH tables are built.
        let capped_blocks =
            self.weigh_and_prefix_filter(&lsh_members, table, &mut shingled, &mut uf, stats);
        // Prefix filtering has already verified every pair that can join, except where a
        // claim probed a run longer than the bucket caps: only those claims' blocks need
        // LSH. Elsewhere LSH could only re-verify pairs already joined or refused for good
        // (clusters only grow, so a refusal stands), and costs most of the time.
        let block_capped = |m: u32| {
            let block = table.block_of.get(m as usize).copied().flatten();
            block.is_some_and(|b| capped_blocks.get(b as usize).copied().unwrap_or(false))
        };
        let capped_members: Vec<u32> =
            lsh_members.iter().copied().filter(|&m| block_capped(m)).collect();
        drop(capped_blocks);

        // Band keys, a few bands at a time and band-major within them (band j of the k-th
        // member is band_keys[j * members + k]), so that each band's pass below reads memory
        // in order and the table holds a few keys per claim, not all of them.
        let (bands, rows) = (self.bands, self.rows);
        let members = capped_members.len();
        let pass_bands = bands.min(BANDS_PER_PASS);
        let mut band_keys: Vec<u32> = vec![0; members * pass_bands];
        let mut signature = vec![u32::MAX; pass_bands * rows];
        let mut entries: Vec<u64> = Vec::with_capacity(capped_members.len());
        for first_band in (0..bands).step_by(pass_bands.max(1)) {
            let pass = pass_bands.min(bands - first_band);
            let seeds =
                self.seeds.get(first_band * rows..(first_band + pass) * rows).unwrap_or(&[]);
            let signature = signature.get_mut(..pass * rows).unwrap_or(&mut []);
            for (k, &m) in capped_members.iter().enumerate() {
                signature.fill(u32::MAX);
                for &x in shingled.get(m as usize) {
                    let x32 = (x ^ (x >> 32)) as u32;
                    for (s, &seed) in signature.iter_mut().zip(seeds) {
                        *s = (*s).min(fmix32(x32 ^ seed));
                    }
                }
                // Band keys hold the block, not the speaker: spellings of one person share it.
                let speaker = table.block_key(m);
                for (j, band) in signature.chunks_exact(rows).enumerate() {
                    let mut h = mix64(u64::from(speaker) ^ 0x243f_6a88_85a3_08d3);
                    for &v in band {
                        h = mix64(h ^ u64::from(v));
                    }
                    if let Some(slot) = band_keys.get_mut(j * members + k) {
                        *slot = (h >> 32) as u32;
                    }
                }
            }

            for band in 0..pass {
                let keys = band_keys.get(band * members..(band + 1) * members).unwrap_or(&[]);
                sort_hashed_into(
                    &mut entries,
                    || {
                        keys.iter()
                            .zip(&capped_members)
                            .map(|(&key, &m)| (u64::from(key) << 32) | u64::from(m))
                    },
                    |&e| e,
                );
                for run in equal_runs(&entries, |e| *e >> 32) {
                    let (start, end) = (run.start, run.end);
                    if end - start > 1 {
                        self.verify_bucket(&entries[start..end], table, &shingled, &mut uf, stats);
                    }
                }
            }
        }

        drop(entries);
        drop(band_keys);
        drop(capped_members);
        drop(shingled);
        if self.paraphrases {
            self.join_paraphrases(claims, dates, &lsh_members, table, &mut uf, stats);
        }
        (0..n_clusterable).map(|i| uf.find(i as u32)).collect()
    }

    /// Weighs every shingle for its speaker, then proposes and verifies containment
    /// candidates, which MinHash misses (a sentence's tail has a low Jaccard similarity with
    /// the whole sentence).
    ///
    /// Weights: a shingle used by `df` of the speaker's `N` distinct claims weighs
    /// `ln(1 + (N + 300) / df)`, an inverse document frequency smoothed so that a speaker with
    /// few claims gets nearly equal weights. A prolific speaker's recurring phrases ("the
    /// peace talks") then count for little, and two different claims that share them do
    /// not merge, while a statement reprinted 50 times, all of whose shingles are equally
    /// frequent, keeps its similarity.
    ///
    /// Prefix filtering: in one global order (rarest first, then by key), a claim `A` whose
    /// weighted overlap with `B` is at least `t·W(A)` must meet `B` within its prefix, the
    /// rarest shingles up to where the remaining weight falls below `t·W(A)`. So every claim
    /// indexes all its shingles and probes with its prefix only, which is mostly shared by its
    /// own duplicates alone. Runs longer than the bucket caps are probed against their head
    /// and window only: the blocks whose claims probed such a run are flagged in the result
    /// (by block id), as pairs of theirs may have been missed.
    fn weigh_and_prefix_filter(
        &self,
        members: &[u32],
        table: &ShareTable<'_>,
        shingled: &mut Shingled,
        uf: &mut Joiner,
        stats: &mut ClusterStats,
    ) -> Vec<bool> {
        let mut claims_of_speaker: Vec<u32> = Vec::new();
        for &m in members {
            let speaker = table.block_of.get(m as usize).copied().flatten().unwrap_or(0) as usize;
            if claims_of_speaker.len() <= speaker {
                claims_of_speaker.resize(speaker + 1, 0);
            }
            if let Some(c) = claims_of_speaker.get_mut(speaker) {
                *c += 1;
            }
        }
        // How many of its rarest shingles each claim still probes with: with `|A ∩ B| ≥
        // ⌈t·|A|⌉` required, the first `|A| − ⌈t·|A|⌉ + 1` meet `B`.
        let mut probes_left: Vec<u32> = vec![0; table.block_of.len()];
        for &m in members {
            let len = shingled.get(m as usize).len();
            let needed = ((self.threshold * len as f64).ceil() as usize).max(1);
            if let Some(p) = probes_left.get_mut(m as usize) {
                *p = (len + 1).saturating_sub(needed) as u32;
            }
        }
        shingled.weights = vec![0.0; shingled.hashes.len()];
        shingled.totals = vec![0.0; table.block_of.len()];
        shingled.rare_weight = claims_of_speaker.iter().map(|&n| idf(f64::from(n), 1.0)).collect();
        // Postings are the largest table of a run (16 bytes per shingle): the plan bounds a
        // share's text (see [`Clusterer::plan`]) and so its postings. Keys are salted with the
        // block's run-wide id, so runs keep the order (rarest first, then by key) they would
        // have in one pass over all blocks.
        let mut capped_blocks = vec![false; claims_of_speaker.len()];
        let mut postings: Vec<(u64, u32, u32)> = Vec::new();
        // Starts as u32 halve the list; postings beyond 2^32 (a thousand times a 1 GB input's)
        // would only go unprobed.
        let mut runs: Vec<(u32, u32)> = Vec::new();
        let mut idf_cache = IdfCache::default();
        let shingles = &*shingled;
        sort_hashed_into(
            &mut postings,
            || {
                members.iter().flat_map(move |&m| {
                    let salt = mix64(u64::from(table.block_key(m)) ^ 0x1319_8a2e_0370_7344);
                    shingles
                        .get(m as usize)
                        .iter()
                        .enumerate()
                        .map(move |(r, &x)| (mix64(x ^ salt), m, r as u32))
                })
            },
            |p| p.0,
        );
        self.prefix_filter_pass(
            &postings,
            &mut runs,
            &claims_of_speaker,
            &mut probes_left,
            &mut idf_cache,
            &mut capped_blocks,
            (table, shingled, uf, stats),
        );
        capped_blocks
    }

    /// One share of blocks of [`Clusterer::weigh_and_prefix_filter`]: `postings` (sorted) are
    /// the shingles of its claims; weighs them, then verifies the pairs their runs propose.
    #[allow(clippy::too_many_arguments)]
    fn prefix_filter_pass(
        &self,
        postings: &[(u64, u32, u32)],
        runs: &mut Vec<(u32, u32)>,
        claims_of_speaker: &[u32],
        probes_left: &mut [u32],
        idf_cache: &mut IdfCache,
        capped_blocks: &mut [bool],
        (table, shingled, uf, stats): (
            &ShareTable<'_>,
            &mut Shingled,
            &mut Joiner,
            &mut ClusterStats,
        ),
    ) {
        // Runs of equal keys, as (length, start), and the weights they give.
        for run in equal_runs(postings, |e| e.0) {
            let (start, end) = (run.start, run.end);
            let df = (end - start) as f64;
            let first = postings[start].1 as usize;
            let speaker = table.block_of.get(first).copied().flatten().unwrap_or(0) as usize;
            let n = f64::from(claims_of_speaker.get(speaker).copied().unwrap_or(1));
            let weight = idf_cache.get(n, df);
            for &(_, m, r) in &postings[start..end] {
                let at = shingled.range(m as usize).start + r as usize;
                if let Some(w) = shingled.weights.get_mut(at) {
                    *w = weight as f32;
                }
                if let Some(t) = shingled.totals.get_mut(m as usize) {
                    *t += f64::from(weight as f32);
                }
            }
            if end - start == 1 {
                // A shingle of one claim is the rarest kind and meets nobody: it only uses up
                // one of its claim's probes, here rather than in a run list.
                if let Some(p) = probes_left.get_mut(first) {
                    *p = p.saturating_sub(1);
                }
            } else if let Ok(start) = u32::try_from(start) {
                runs.push(((end - start as usize).min(u32::MAX as usize) as u32, start));
            }
        }
        // Rarest first; equal frequencies in key order, which is start order.
        runs.sort_unstable();

        let probing =
            |probes_left: &[u32], m: u32| probes_left.get(m as usize).is_some_and(|&p| p > 0);
        for &(len, start) in runs.iter() {
            let start = start as usize;
            let Some(run) = postings.get(start..start + len as usize) else { continue };
            if run.len() > 1 {
                for (j, &(_, a, _)) in run.iter().enumerate() {
                    if !probing(probes_left, a) {
                        continue;
                    }
                    let small_run = run.len() <= BUCKET_HEAD + 1;
                    let (head, window) = if small_run {
                        (run.len(), 0..0)
                    } else {
                        let block = table.block_of.get(a as usize).copied().flatten();
                        if let Some(flag) = block.and_then(|b| capped_blocks.get_mut(b as usize)) {
                            *flag = true;
                        }
                        let head = j.min(BUCKET_HEAD);
                        (head, j.saturating_sub(BUCKET_WINDOW).max(head)..j)
                    };
                    for k in (0..head).chain(window) {
                        let Some(&(_, b, _)) = run.get(k) else { continue };
                        // In a small run every probing claim meets every other, so two probing
                        // claims meet once, from the earlier one. In a long run a claim only
                        // looks back, so nothing is met twice.
                        if b == a || (small_run && b < a && probing(probes_left, b)) {
                            continue;
                        }
                        self.try_join(a, b, table, shingled, uf, stats);
                    }
                }
            }
            for &(_, m, _) in run {
                if let Some(p) = probes_left.get_mut(m as usize) {
                    *p = p.saturating_sub(1);
                }
            }
        }
    }

    /// Joins claims of one speaker that say the same thing in other words (see
    /// [`paraphrase`]): content-word sets weighted by rarity among the speaker's claims,
    /// candidates by prefix filtering, each pair verified.
    fn join_paraphrases(
        &self,
        claims: &[ClaimRef<'_>],
        dates: Option<&[Option<PartialDate>]>,
        members: &[u32],
        table: &ShareTable<'_>,
        uf: &mut Joiner,
        stats: &mut ClusterStats,
    ) {
        use paraphrase::{MAX_POSTINGS, MIN_SHARED, MIN_WORDS};
        // Content-word sets, sorted, in one arena; `offsets[k]..offsets[k + 1]` is member k's.
        let mut stems: Vec<u64> = Vec::new();
        let mut offsets: Vec<usize> = Vec::with_capacity(members.len() + 1);
        offsets.push(0);
        let mut buffer = String::new();
        let mut scratch: Vec<u64> = Vec::new();
        let mut claims_of_speaker: HashMap<u32, u32, MixState> = HashMap::default();
        for &m in members {
            if let Some(Some(speaker)) = table.speaker_of.get(m as usize) {
                *claims_of_speaker.entry(*speaker).or_insert(0) += 1;
            }
        }
        for &m in members {
            scratch.clear();
            // A speaker's only claim has no other to be a rewording of: its words are never
            // read, so they are not computed (an empty set is never a candidate).
            if let (Some(c), Some(Some(speaker))) =
                (claims.get(m as usize), table.speaker_of.get(m as usize))
            {
                if claims_of_speaker.get(speaker).is_some_and(|&n| n >= 2) {
                    paraphrase::for_each_content_stem(
                        statement_part(c.text),
                        |h| self.is_closed_class(h),
                        &mut buffer,
                        |h| scratch.push(h),
                    );
                }
            }
            scratch.sort_unstable();
            scratch.dedup();
            stems.extend_from_slice(&scratch);
            offsets.push(stems.len());
        }
        let range = |k: usize| match (offsets.get(k), offsets.get(k + 1)) {
            (Some(&a), Some(&b)) => a..b,
            _ => 0..0,
        };
        let speaker_of = |k: usize| {
            members.get(k).and_then(|&m| table.speaker_of.get(m as usize).copied().flatten())
        };
        // Postings (speaker-salted word, member, position in its set), sorted: a run of equal
        // keys is one word of one speaker.
        let mut postings: Vec<(u64, u32, u32)> = Vec::with_capacity(stems.len());
        for k in 0..members.len() {
            let Some(speaker) = speaker_of(k) else { continue };
            if claims_of_speaker.get(&speaker).copied().unwrap_or(0) < 2 {
                continue;
            }
            let salt = mix64(u64::from(speaker) ^ 0x7061_7261_7068_7261);
            let set = stems.get(range(k)).unwrap_or(&[]);
            postings.extend(
                set.iter().enumerate().map(|(r, &x)| (mix64(x ^ salt), k as u32, r as u32)),
            );
        }
        postings.sort_unstable();
        // Per arena position, the start of its word's run and the run's length.
        let mut run_of: Vec<(u32, u32)> = vec![(0, 0); stems.len()];
        for run in equal_runs(&postings, |e| e.0) {
            let (start, end) = (run.start, run.end);
            for &(_, k, r) in &postings[start..end] {
                let at = range(k as usize).start + r as usize;
                if let Some(slot) = run_of.get_mut(at) {
                    *slot = (start as u32, (end - start) as u32);
                }
            }
        }
        // Weights by rarity among the speaker's statements (clusters so far), not claims: a
        // speaker's recurring topic phrases ("the peace talks") are in many of its
        // statements and count for little, while the words a statement and its rewording
        // share are in those two statements only. Counting clusters, not claims, keeps a
        // statement reprinted fifty times from making its own words look common.
        let mut root_of: Vec<u32> = Vec::with_capacity(members.len());
        for &m in members {
            root_of.push(uf.find(m));
        }
        let mut statements_of_speaker: HashMap<u32, u32, MixState> = HashMap::default();
        {
            let mut speaker_roots: Vec<(u32, u32)> = (0..members.len())
                .filter_map(|k| Some((speaker_of(k)?, *root_of.get(k)?)))
                .collect();
            speaker_roots.sort_unstable();
            speaker_roots.dedup();
            for (speaker, _) in speaker_roots {
                *statements_of_speaker.entry(speaker).or_insert(0) += 1;
            }
        }
        let mut weights: Vec<f64> = vec![0.0; stems.len()];
        let mut roots: Vec<u32> = Vec::new();
        for run in equal_runs(&postings, |e| e.0) {
            let (start, end) = (run.start, run.end);
            let run = postings.get(start..end).unwrap_or(&[]);
            roots.clear();
            roots.extend(run.iter().filter_map(|p| root_of.get(p.1 as usize).copied()));
            roots.sort_unstable();
            roots.dedup();
            let first = run.first().map_or(0, |p| p.1 as usize);
            let n = speaker_of(first)
                .and_then(|sp| statements_of_speaker.get(&sp))
                .copied()
                .unwrap_or(1);
            // Not a logarithm: one speaker has few statements, and a word in three of them
            // must already count half as much as one in two.
            let _ = n;
            let w = 1.0 / (roots.len().max(2) - 1) as f64;
            for &(_, k, r) in run {
                if let Some(slot) = weights.get_mut(range(k as usize).start + r as usize) {
                    *slot = w;
                }
            }
        }
        drop(root_of);
        let weight = |_k: usize, at: usize| weights.get(at).copied().unwrap_or(0.0);
        let totals: Vec<f64> =
            (0..members.len()).map(|k| range(k).map(|at| weight(k, at)).sum()).collect();
        let day = |k: usize| {
            let m = *members.get(k)? as usize;
            let d = (*dates?.get(m)?)?;
            Some(paraphrase::day_number(d.year()?, d.month(), d.day()))
        };

        let (min_containment, min_contained_jaccard, min_jaccard) = self.paraphrase_thresholds;
        let mut order: Vec<usize> = Vec::new();
        let mut candidates: Vec<u32> = Vec::new();
        for a in 0..members.len() {
            let a_range = range(a);
            let len = a_range.len();
            if len < MIN_WORDS || speaker_of(a).is_none() {
                continue;
            }
            // Rarest words first (by run length, then key): the prefix that any pair verified
            // from this, its smaller side, must share a word of. Either rule needs 60% of the
            // smaller set shared: containment says so, and a Jaccard of 0.45 with a set at
            // least as large needs shared ≥ 0.45 × 2|A| / 1.45 > 0.6|A|.
            order.clear();
            order.extend(a_range.clone());
            order.sort_unstable_by_key(|&at| {
                let (run_start, run_len) = run_of.get(at).copied().unwrap_or((0, 0));
                let key = postings.get(run_start as usize).map_or(0, |p| p.0);
                (run_len, key)
            });
            let needed = ((min_containment * len as f64).ceil() as usize).max(MIN_SHARED);
            let prefix = (len + 1).saturating_sub(needed);
            candidates.clear();
            for &at in order.iter().take(prefix) {
                let (run_start, run_len) = run_of.get(at).copied().unwrap_or((0, 0));
                if run_len < 2 || run_len as usize > MAX_POSTINGS {
                    continue;
                }
                let run =
                    postings.get(run_start as usize..(run_start + run_len) as usize).unwrap_or(&[]);
                candidates.extend(run.iter().map(|p| p.1).filter(|&b| b as usize != a));
            }
            candidates.sort_unstable();
            candidates.dedup();
            for &b in candidates.iter() {
                let b = b as usize;
                let b_range = range(b);
                // Each pair is verified once, from its smaller side, which the prefix
                // filter guarantees finds it.
                if (b_range.len(), b) < (len, a) && b_range.len() >= MIN_WORDS {
                    continue;
                }
                if speaker_of(a) != speaker_of(b) {
                    continue;
                }
                let (Some(&ma), Some(&mb)) = (members.get(a), members.get(b)) else { continue };
                if uf.find(ma) == uf.find(mb) {
                    continue;
                }
                if let (Some(da), Some(db)) = (day(a), day(b)) {
                    if (da - db).abs() > paraphrase::MAX_DAYS_APART {
                        continue;
                    }
                }
                stats.verified_pairs += 1;
                let (sa, sb) = (
                    stems.get(a_range.clone()).unwrap_or(&[]),
                    stems.get(b_range.clone()).unwrap_or(&[]),
                );
                let (shared, shared_w) = sorted_overlap(sa, sb, |i| weight(a, a_range.start + i));
                let smaller = sa.len().min(sb.len());
                if shared < MIN_SHARED || smaller < MIN_WORDS {
                    continue;
                }
                let total_a = totals.get(a).copied().unwrap_or(0.0);
                let total_b = totals.get(b).copied().unwrap_or(0.0);
                let plain_jaccard = shared as f64 / (sa.len() + sb.len() - shared) as f64;
                let plain_containment = shared as f64 / smaller as f64;
                let union_w = total_a + total_b - shared_w;
                let jaccard_w = if union_w > 0.0 { shared_w / union_w } else { 0.0 };
                let containment_w = shared_w / total_a.min(total_b).max(f64::MIN_POSITIVE);
                // Shares are ratios: a claim made of a prolific speaker's common words is
                // "contained" in another made of them too. The shared words must also be worth
                // a few words that only these two statements of the speaker use.
                if shared_w < PARAPHRASE_MIN_SHARED_WEIGHT {
                    continue;
                }
                let by_jaccard = plain_jaccard >= min_jaccard && jaccard_w >= min_jaccard;
                // A short claim "contained" in a long one that shares under a third of their
                // words is more often a shared topic than a restatement.
                let by_containment = plain_containment >= min_containment
                    && containment_w >= min_containment
                    && plain_jaccard >= min_contained_jaccard;
                if !by_jaccard && !by_containment {
                    continue;
                }
                if uf.join_verified(ma, mb, table, by_jaccard, (total_a, total_b)) {
                    stats.paraphrase_pairs += 1;
                }
            }
        }
    }

    /// Verifies one candidate pair and joins it if similar.
    fn try_join(
        &self,
        a: u32,
        b: u32,
        table: &ShareTable<'_>,
        shingled: &Shingled,
        uf: &mut Joiner,
        stats: &mut ClusterStats,
    ) {
        // LSH keys are 32-bit hashes including the block: a collision across blocks is
        // possible and must not merge.
        let (a_us, b_us) = (a as usize, b as usize);
        let block = table.block_of.get(a_us).copied().flatten();
        if block.is_none() || block != table.block_of.get(b_us).copied().flatten() {
            return;
        }
        let (Some(speaker_a), Some(speaker_b)) = (
            table.speaker_of.get(a_us).copied().flatten(),
            table.speaker_of.get(b_us).copied().flatten(),
        ) else {
            return;
        };
        if uf.find(a) == uf.find(b) || !uf.compatible(table, speaker_a, speaker_b) {
            return;
        }
        // Two spellings of a name are one person only if they said nearly the same words.
        let threshold = if speaker_a == speaker_b { self.threshold } else { self.strict_threshold };
        stats.verified_pairs += 1;
        let (a_set, b_set) = (shingled.get(a_us), shingled.get(b_us));
        let speaker = block.unwrap_or(0) as usize;
        let rare_weight = shingled.rare_weight.get(speaker).copied().unwrap_or(0.0);
        let (total_a, total_b) = (shingled.total(a_us), shingled.total(b_us));
        // One merge gives both the plain and the weighted overlap: a shingle counts 1 in the
        // first, its weight in the second.
        let weights_a = shingled.weights(a_us);
        let (shared, shared_weight) =
            sorted_overlap(a_set, b_set, |i| weights_a.get(i).map_or(0.0, |&w| f64::from(w)));
        let (a_len, b_len) = (a_set.len(), b_set.len());
        let plain = similarities_from_overlap(
            (shared, shared as f64),
            (a_len, b_len),
            (a_len as f64, b_len as f64),
            MIN_CONTAINMENT_SHARED as f64,
        );
        if plain.0.max(plain.1) < threshold {
            return;
        }
        let weighted = similarities_from_overlap(
            (shared, shared_weight),
            (a_len, b_len),
            (total_a, total_b),
            MIN_CONTAINMENT_RARE * rare_weight,
        );
        let weighted_threshold = threshold * WEIGHTED_FACTOR;
        if weighted.0.max(weighted.1) < weighted_threshold {
            return;
        }
        let by_jaccard = plain.0 >= threshold && weighted.0 >= weighted_threshold;
        if uf.join_verified(a, b, table, by_jaccard, (total_a, total_b)) {
            stats.similar_pairs += 1;
        }
    }

    /// Verifies the pairs of one LSH bucket (entries hold the member index in the low 32
    /// bits, ascending), within the bucket caps.
    fn verify_bucket(
        &self,
        bucket: &[u64],
        table: &ShareTable<'_>,
        shingled: &Shingled,
        uf: &mut Joiner,
        stats: &mut ClusterStats,
    ) {
        let member = |k: usize| (bucket[k] & 0xffff_ffff) as u32;
        for j in 1..bucket.len() {
            let b = member(j);
            let head = j.min(BUCKET_HEAD);
            let window_start = j.saturating_sub(BUCKET_WINDOW).max(head);
            for k in (0..head).chain(window_start..j) {
                self.try_join(member(k), b, table, shingled, uf, stats);
            }
        }
    }

    /// Whether a word hash is a closed-class word (a function word, pronoun, auxiliary or
    /// reporting verb).
    fn is_closed_class(&self, h: u64) -> bool {
        let bit = (h >> 52) as usize;
        if self.canon_bits.get(bit >> 6).is_some_and(|&w| w & (1u64 << (bit & 63)) == 0) {
            return false;
        }
        self.canon.binary_search_by_key(&h, |&(k, _)| k).is_ok()
    }

    /// The normalized word hashes of `text` (closed classes collapsed, reporting verbs
    /// dropped) into `out`.
    fn normalized_words(&self, text: &str, out: &mut Vec<u64>) {
        out.clear();
        for_each_word_hash(text, |h| {
            // Most words are content words: one bit test settles them without a search.
            let bit = (h >> 52) as usize;
            if self.canon_bits.get(bit >> 6).is_some_and(|&w| w & (1u64 << (bit & 63)) == 0) {
                out.push(content_word(h));
                return;
            }
            match self.canon.binary_search_by_key(&h, |&(k, _)| k) {
                Ok(pos) => match self.canon.get(pos) {
                    Some(&(_, Canon::Class(class))) => out.push(class),
                    Some(&(_, Canon::Function)) => out.push(h | 1),
                    _ => {}
                },
                Err(_) => out.push(content_word(h)),
            }
        });
    }

    /// The shingle set of `text`, sorted and deduplicated.
    fn shingles(&self, text: &str) -> Vec<u64> {
        let mut words = Vec::new();
        self.normalized_words(statement_part(text), &mut words);
        let mut out = Vec::new();
        push_shingles(&words, &mut out);
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The similarity of two texts as clustering measures it, in `[0, 1]`: max(Jaccard,
    /// containment) over their normalized shingle sets. Containment counts only when the
    /// smaller set has at least four shingles, three of them shared. Standalone, every
    /// shingle weighs the same; within [`Clusterer::cluster`] shingles are weighted by their
    /// rarity among the speaker's claims.
    pub fn similarity(&self, a: &str, b: &str) -> f64 {
        let (a, b) = (self.shingles(a), self.shingles(b));
        set_similarity(&a, &b, None, a.len() as f64, b.len() as f64, MIN_CONTAINMENT_SHARED as f64)
    }
}

/// The weight of a shingle that `df` of a speaker's `n` distinct claims have.
fn idf(n: f64, df: f64) -> f64 {
    (1.0 + (n + IDF_SMOOTHING) / df.max(1.0)).ln()
}

/// Fills `out` with the items `make()` yields, sorted: as `sort_unstable` would, in about
/// two passes instead of `log n` comparisons. Items are counted into buckets by the top bits
/// of `lead` (a well-mixed hash, so buckets hold a handful each and comparisons stay local),
/// placed, and each bucket is sorted on its own. `lead` must never decrease as items
/// increase; `make` is called twice and must yield the same items both times, so that the
/// items never exist in two copies (postings are the largest table of a run).
fn sort_hashed_into<T, I>(out: &mut Vec<T>, make: impl Fn() -> I, lead: impl Fn(&T) -> u64)
where
    T: Copy + Ord + Default,
    I: Iterator<Item = T>,
{
    let total = make().count();
    // About four items per bucket, up to a million buckets (8 MB of counts).
    let bits = (usize::BITS - total.leading_zeros()).saturating_sub(2).clamp(1, 20);
    let bucket = |item: &T| (lead(item) >> (64 - bits)) as usize;
    let mut starts = vec![0usize; (1usize << bits) + 1];
    // `for_each` rather than a `for` loop: it iterates nested iterators (`flat_map` over
    // claims, then their shingles) as nested loops instead of stepping a state machine.
    make().for_each(|item| {
        if let Some(c) = starts.get_mut(bucket(&item) + 1) {
            *c += 1;
        }
    });
    for k in 1..starts.len() {
        let before = starts.get(k - 1).copied().unwrap_or(0);
        if let Some(c) = starts.get_mut(k) {
            *c += before;
        }
    }
    out.clear();
    out.resize(total, T::default());
    // `next[b]` is where bucket `b`'s next item goes; items of one bucket keep their order.
    let mut next = starts.clone();
    make().for_each(|item| {
        if let Some(at) = next.get_mut(bucket(&item)) {
            if let Some(slot) = out.get_mut(*at) {
                *slot = item;
            }
            *at += 1;
        }
    });
    drop(next);
    for pair in starts.windows(2) {
        if let [from, to] = *pair {
            if to - from > 1 {
                if let Some(slice) = out.get_mut(from..to) {
                    slice.sort_unstable();
                }
            }
        }
    }
}

/// Remembers [`idf`] of recent (claims, frequency) pairs: most runs are of a few claims
/// of a few prolific speakers, and a logarithm costs more than the lookup.
struct IdfCache {
    /// Direct-mapped by a hash of the pair: (claims, frequency, weight).
    slots: Vec<(f64, f64, f64)>,
}

impl Default for IdfCache {
    fn default() -> IdfCache {
        IdfCache { slots: vec![(f64::NAN, f64::NAN, 0.0); 256] }
    }
}

impl IdfCache {
    fn get(&mut self, n: f64, df: f64) -> f64 {
        let slot = (mix64(n.to_bits() ^ df.to_bits().rotate_left(32)) >> 56) as usize;
        match self.slots.get_mut(slot) {
            Some(entry) if entry.0 == n && entry.1 == df => entry.2,
            Some(entry) => {
                *entry = (n, df, idf(n, df));
                entry.2
            }
            None => idf(n, df),
        }
    }
}

/// Word 2-grams, or single words for claims too short to have several 2-grams. 2-grams of
/// two function words are left out unless the claim has almost nothing else.
fn push_shingles(words: &[u64], out: &mut Vec<u64>) {
    let start = out.len();
    if words.len() < MIN_BIGRAM_WORDS {
        out.extend(words.iter().map(|&w| mix64(w ^ 0x0001_0001_0001_0001)));
        return;
    }
    let bigram = |p: &[u64]| mix64(p[0].wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ p[1]);
    out.extend(
        words
            .windows(2)
            .filter(|p| !(is_function_word(p[0]) && is_function_word(p[1])))
            .map(bigram),
    );
    if out.len() - start < 2 {
        out.truncate(start);
        out.extend(words.windows(2).map(bigram));
    }
}

/// max(Jaccard, containment) of two sorted, deduplicated sets, each shingle of `a`
/// weighing `weights_a` (1 when `None`; a shared shingle weighs the same in both claims, as
/// both have the same speaker) and the sets weighing `total_a` and `total_b` in all.
/// Containment counts only when the shared shingles weigh `min_shared_weight` together.
fn set_similarity(
    a: &[u64],
    b: &[u64],
    weights_a: Option<&[f32]>,
    total_a: f64,
    total_b: f64,
    min_shared_weight: f64,
) -> f64 {
    let (jaccard, containment) =
        set_similarities(a, b, weights_a, total_a, total_b, min_shared_weight);
    jaccard.max(containment)
}

/// How many items two sorted, deduplicated slices share, and the sum of `weight(i)` over the
/// shared items' positions `i` in `a`: one merge pass, linear in both lengths.
fn sorted_overlap<T: Ord>(a: &[T], b: &[T], mut weight: impl FnMut(usize) -> f64) -> (usize, f64) {
    let (mut i, mut j, mut shared, mut shared_weight) = (0, 0, 0usize, 0.0f64);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                shared_weight += weight(i);
                i += 1;
                j += 1;
            }
        }
    }
    (shared, shared_weight)
}

/// Jaccard similarity and containment, as [`set_similarity`] combines them.
fn set_similarities(
    a: &[u64],
    b: &[u64],
    weights_a: Option<&[f32]>,
    total_a: f64,
    total_b: f64,
    min_shared_weight: f64,
) -> (f64, f64) {
    let overlap = sorted_overlap(a, b, |i| {
        weights_a.map_or(1.0, |w| w.get(i).map_or(0.0, |&w| f64::from(w)))
    });
    similarities_from_overlap(overlap, (a.len(), b.len()), (total_a, total_b), min_shared_weight)
}

/// Jaccard similarity and containment from an overlap ([`sorted_overlap`]: shared shingles
/// and their weight) of sets of `lens` shingles weighing `totals`.
fn similarities_from_overlap(
    (shared, shared_weight): (usize, f64),
    (a_len, b_len): (usize, usize),
    (total_a, total_b): (f64, f64),
    min_shared_weight: f64,
) -> (f64, f64) {
    if a_len == 0 || b_len == 0 || total_a <= 0.0 || total_b <= 0.0 {
        return (0.0, 0.0);
    }
    let union = total_a + total_b - shared_weight;
    let jaccard = if union > 0.0 { shared_weight / union } else { 0.0 };
    let containment = if a_len.min(b_len) >= MIN_CONTAINMENT_SHINGLES
        && shared >= MIN_CONTAINMENT_SHARED
        && shared_weight >= min_shared_weight
    {
        shared_weight / total_a.min(total_b)
    } else {
        0.0
    };
    (jaccard.min(1.0), containment.min(1.0))
}

/// The ranges of `items` over which `key` stays equal, in order: the runs of a sorted list.
fn equal_runs<'a, T, K: PartialEq + 'a>(
    items: &'a [T],
    key: impl Fn(&T) -> K + 'a,
) -> impl Iterator<Item = std::ops::Range<usize>> + 'a {
    let mut start = 0;
    std::iter::from_fn(move || {
        let first = key(items.get(start)?);
        let rest = items.get(start..).unwrap_or(&[]);
        let end = rest.iter().position(|e| key(e) != first).map_or(items.len(), |n| start + n);
        let run = start..end;
        start = end;
        Some(run)
    })
}

#[cfg(test)]
mod tests;
