//! Groups the same claim across articles and outlets.
//!
//! (Contract sketch: the cluster helper owns this crate and replaces this text.)

/// One claim as clustering sees it.
#[derive(Clone, Copy, Debug)]
pub struct ClaimRef<'a> {
    /// Claims are only merged when this key is equal: the speaker's gazetteer id, or its
    /// normalized name when it has none.
    pub speaker_key: &'a str,
    /// The statement text.
    pub text: &'a str,
}

/// Builds a [`Clusterer`].
#[derive(Clone, Debug)]
pub struct ClustererBuilder {
    threshold: f64,
}

impl Default for ClustererBuilder {
    fn default() -> Self {
        ClustererBuilder { threshold: 0.5 }
    }
}

impl ClustererBuilder {
    /// A builder with the default options.
    pub fn new() -> ClustererBuilder {
        ClustererBuilder::default()
    }

    /// The similarity two claims need to share a cluster.
    pub fn threshold(&mut self, threshold: f64) -> &mut ClustererBuilder {
        self.threshold = threshold;
        self
    }

    /// Builds the clusterer.
    pub fn build(&self) -> Clusterer {
        Clusterer { threshold: self.threshold }
    }
}

/// Assigns claims to clusters.
#[derive(Clone, Debug)]
pub struct Clusterer {
    #[allow(dead_code, reason = "contract sketch")]
    threshold: f64,
}

impl Clusterer {
    /// For each claim, the index of the earliest claim of its cluster.
    pub fn cluster(&self, claims: &[ClaimRef<'_>]) -> Vec<usize> {
        (0..claims.len()).collect()
    }
}
