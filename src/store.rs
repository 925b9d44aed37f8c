//! The claims of a whole run, kept for the corpus-level steps (speaker spellings, clustering)
//! in little memory: full rows go to a temporary file beside the output as they come, and
//! memory holds only what those steps read: the statement texts in one arena, and small
//! indices into interned speakers, articles and outlets. A claim costs about its text plus
//! 40 bytes, not a dozen separately allocated strings.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};
use std::io::{BufWriter, Read, Seek, SeekFrom, Write};
use std::path::Path;

use anyhow::{Context, Result};
use whosaid_core::hash::BuildWordHasher;
use whosaid_core::{EntityKind, PartialDate};

use crate::output::{push_csv_field, push_spill_row, ClaimRow};

/// What the store keeps in memory of one article's claims (the rest of their rows is only in
/// the temporary file): each claim's id, speaker, statement and date, the strings packed in
/// one buffer, so a worker hands over an article's claims in two allocations, not five per
/// claim freed on another thread.
#[derive(Default)]
pub struct KeptClaims {
    strings: String,
    claims: Vec<KeptSpans>,
}

/// One claim of [`KeptClaims`]: byte ranges of its buffer.
struct KeptSpans {
    claim_id: (u32, u32),
    name: (u32, u32),
    id: (u32, u32),
    kind: (u32, u32),
    text: (u32, u32),
    stated_on: Option<PartialDate>,
}

/// One claim of [`KeptClaims`], borrowed.
pub struct KeptClaim<'a> {
    pub claim_id: &'a str,
    pub name: &'a str,
    pub id: &'a str,
    pub kind: &'a str,
    pub text: &'a str,
    pub stated_on: Option<PartialDate>,
}

impl KeptClaims {
    pub fn len(&self) -> usize {
        self.claims.len()
    }

    pub fn is_empty(&self) -> bool {
        self.claims.is_empty()
    }

    pub fn push(&mut self, claim: KeptClaim<'_>) -> Result<()> {
        let mut add = |s: &str| -> Result<(u32, u32)> {
            let start = self.strings.len();
            self.strings.push_str(s);
            match (u32::try_from(start), u32::try_from(self.strings.len())) {
                (Ok(a), Ok(b)) => Ok((a, b)),
                _ => anyhow::bail!("the claims of one article take more than 4 GB"),
            }
        };
        let spans = KeptSpans {
            claim_id: add(claim.claim_id)?,
            name: add(claim.name)?,
            id: add(claim.id)?,
            kind: add(claim.kind)?,
            text: add(claim.text)?,
            stated_on: claim.stated_on,
        };
        self.claims.push(spans);
        Ok(())
    }

    pub fn iter(&self) -> impl Iterator<Item = KeptClaim<'_>> {
        let get = |(a, b): (u32, u32)| self.strings.get(a as usize..b as usize).unwrap_or("");
        self.claims.iter().map(move |c| KeptClaim {
            claim_id: get(c.claim_id),
            name: get(c.name),
            id: get(c.id),
            kind: get(c.kind),
            text: get(c.text),
            stated_on: c.stated_on,
        })
    }
}

/// A speaker as the attribution wrote it: the unit that gets one spelling.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SpeakerEntry {
    pub name: String,
    pub id: String,
    pub kind: String,
}

impl SpeakerEntry {
    pub fn entity_kind(&self) -> EntityKind {
        EntityKind::from_name(&self.kind).unwrap_or_default()
    }
}

/// Strings that repeat across claims (speakers, article ids, outlets), stored once: the
/// index maps a value's hash to its position in `values`, so a value is not kept a second
/// time as a map key (a run has an article id per article, hundreds of thousands). Values
/// are hashed with the workspace's fast hasher (SipHash cost more than the rest of a
/// lookup); values whose hashes collide go to a SipHash map, so keys chosen to collide cost
/// only speed, never a wrong index.
struct Interner<T, S = BuildWordHasher> {
    hasher: S,
    /// By the hash of a value, its index in `values`.
    index: HashMap<u64, u32, BuildHasherDefault<HashIsKey>>,
    /// Values whose hash an earlier, different value already has (rare: 64-bit hashes).
    collided: HashMap<T, u32>,
    values: Vec<T>,
    /// The index last returned: claims come article by article, so the article id, outlet
    /// and often the speaker repeat from one claim to the next, and one comparison saves
    /// hashing them.
    last: Option<u32>,
}

impl<T: Clone + Eq + std::hash::Hash, S: BuildHasher + Default> Interner<T, S> {
    fn new() -> Interner<T, S> {
        Interner {
            hasher: S::default(),
            index: HashMap::default(),
            collided: HashMap::new(),
            values: Vec::new(),
            last: None,
        }
    }

    fn intern(&mut self, value: T) -> Result<u32> {
        if let Some(last) = self.last {
            if self.values.get(last as usize) == Some(&value) {
                return Ok(last);
            }
        }
        let index = self.intern_hashed(value)?;
        self.last = Some(index);
        Ok(index)
    }

    /// Interns the value `make` gives, unless `is_last` says the last interned value is it:
    /// then nothing is made.
    fn intern_with(
        &mut self,
        is_last: impl FnOnce(&T) -> bool,
        make: impl FnOnce() -> T,
    ) -> Result<u32> {
        if let Some(last) = self.last {
            if self.values.get(last as usize).is_some_and(is_last) {
                return Ok(last);
            }
        }
        let index = self.intern_hashed(make())?;
        self.last = Some(index);
        Ok(index)
    }

    /// Interns the value `make` gives unless one `is` says is the same is interned already;
    /// `hash` is the value's hash by the interner's hasher (a borrowed form of it hashes
    /// alike), so a value seen before is found without making it.
    fn intern_found(
        &mut self,
        hash: u64,
        is: impl Fn(&T) -> bool,
        make: impl FnOnce() -> T,
    ) -> Result<u32> {
        if let Some(last) = self.last {
            if self.values.get(last as usize).is_some_and(&is) {
                return Ok(last);
            }
        }
        if let Some(&i) = self.index.get(&hash) {
            if self.values.get(i as usize).is_some_and(&is) {
                self.last = Some(i);
                return Ok(i);
            }
        }
        let index = self.intern_hashed(make())?;
        self.last = Some(index);
        Ok(index)
    }

    fn intern_hashed(&mut self, value: T) -> Result<u32> {
        let hash = self.hasher.hash_one(&value);
        let next =
            u32::try_from(self.values.len()).context("more than 4 billion distinct values")?;
        match self.index.entry(hash) {
            Entry::Vacant(slot) => {
                slot.insert(next);
            }
            Entry::Occupied(slot) => {
                let i = *slot.get();
                if self.values.get(i as usize) == Some(&value) {
                    return Ok(i);
                }
                match self.collided.entry(value.clone()) {
                    Entry::Occupied(found) => return Ok(*found.get()),
                    Entry::Vacant(found) => {
                        found.insert(next);
                    }
                }
            }
        }
        self.values.push(value);
        Ok(next)
    }
}

/// A hasher for keys that are already hashes (by the interner's hasher): it passes them on.
#[derive(Default)]
struct HashIsKey(u64);

impl Hasher for HashIsKey {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Strings packed into fixed-size chunks: one allocation per MiB for millions of strings, and,
/// unlike one growing buffer, no doubling that can leave half of a large buffer unused.
#[derive(Default)]
struct Arena {
    chunks: Vec<String>,
    /// (chunk, start, end) of each string.
    entries: Vec<(u32, u32, u32)>,
}

/// Strings longer than this get a chunk of their own.
const CHUNK_BYTES: usize = 1 << 20;

impl Arena {
    fn push(&mut self, s: &str) -> Result<()> {
        let fits = self.chunks.last().is_some_and(|c| c.len() + s.len() <= c.capacity());
        if !fits {
            self.chunks.push(String::with_capacity(s.len().max(CHUNK_BYTES)));
        }
        let chunk = self.chunks.len() - 1;
        let Some(buf) = self.chunks.last_mut() else { return Ok(()) };
        let start = buf.len();
        buf.push_str(s);
        let offsets = (u32::try_from(chunk), u32::try_from(start), u32::try_from(buf.len()));
        match offsets {
            (Ok(c), Ok(a), Ok(b)) => self.entries.push((c, a, b)),
            _ => anyhow::bail!("a claim of more than 4 GB"),
        }
        Ok(())
    }

    fn get(&self, i: usize) -> &str {
        let Some(&(chunk, start, end)) = self.entries.get(i) else { return "" };
        self.chunks
            .get(chunk as usize)
            .and_then(|c| c.get(start as usize..end as usize))
            .unwrap_or_default()
    }
}

/// The temporary file of a run's claim rows (see [`push_spill_row`]).
pub type Spill = BufWriter<tempfile::NamedTempFile>;

/// The claims of a run, in run order.
pub struct ClaimStore {
    /// `None` once [`ClaimStore::take_spill`] took it for [`ClaimStore::finish`].
    spill: Option<Spill>,
    texts: Arena,
    claim_ids: Arena,
    speakers: Interner<SpeakerEntry>,
    articles: Interner<String>,
    sources: Interner<String>,
    speaker_of: Vec<u32>,
    article_of: Vec<u32>,
    source_of: Vec<u32>,
    stated_on: Vec<Option<PartialDate>>,
}

impl ClaimStore {
    /// A store whose temporary file lives in `dir` (the output directory: same file system,
    /// removed when the store is dropped, also on error or Ctrl-C).
    pub fn new(dir: &Path) -> Result<ClaimStore> {
        let spill =
            tempfile::Builder::new()
                .prefix(".claims.")
                .suffix(".spill")
                .tempfile_in(dir)
                .with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
        Ok(ClaimStore {
            spill: Some(BufWriter::with_capacity(1 << 16, spill)),
            texts: Arena::default(),
            claim_ids: Arena::default(),
            speakers: Interner::new(),
            articles: Interner::new(),
            sources: Interner::new(),
            speaker_of: Vec::new(),
            article_of: Vec::new(),
            source_of: Vec::new(),
            stated_on: Vec::new(),
        })
    }

    pub fn len(&self) -> usize {
        self.speaker_of.len()
    }

    fn spill(&mut self) -> Result<&mut Spill> {
        self.spill.as_mut().context("the temporary claims file was already read back")
    }

    /// The temporary file of rows, for [`ClaimStore::finish`]: taken out first, so that the
    /// rest of the store can be read (clusters summarized) while the rows are read back.
    pub fn take_spill(&mut self) -> Result<Spill> {
        self.spill.take().context("the temporary claims file was already read back")
    }

    /// Appends the claims of one article (cells `article_id` and `source`), already
    /// formatted by [`push_spill_row`] (the worker did it).
    pub fn push_formatted(
        &mut self,
        article_id: &str,
        source: &str,
        claims: &KeptClaims,
        formatted: &[u8],
    ) -> Result<()> {
        self.spill()?.write_all(formatted).context("cannot write the temporary claims file")?;
        if claims.is_empty() {
            return Ok(());
        }
        let article = self.articles.intern_with(|a| a == article_id, || article_id.to_string())?;
        let source = self.sources.intern_with(|s| s == source, || source.to_string())?;
        for claim in claims.iter() {
            self.remember(claim, article, source)?;
        }
        Ok(())
    }

    /// Appends claims read from elsewhere (`whosaid cluster`).
    pub fn push(&mut self, rows: Vec<ClaimRow>) -> Result<()> {
        let mut formatted = Vec::new();
        for row in &rows {
            push_spill_row(&mut formatted, row)?;
        }
        self.spill()?.write_all(&formatted).context("cannot write the temporary claims file")?;
        for mut row in rows {
            let article = self.articles.intern(std::mem::take(&mut row.article_id))?;
            let source = self.sources.intern(std::mem::take(&mut row.source))?;
            let claim = KeptClaim {
                claim_id: &row.claim_id,
                name: &row.speaker,
                id: &row.speaker_id,
                kind: &row.speaker_type,
                text: &row.text,
                stated_on: row.stated_on.parse::<PartialDate>().ok(),
            };
            self.remember(claim, article, source)?;
        }
        Ok(())
    }

    fn remember(&mut self, claim: KeptClaim<'_>, article: u32, source: u32) -> Result<()> {
        self.stated_on.push(claim.stated_on);
        self.texts.push(claim.text)?;
        self.claim_ids.push(claim.claim_id)?;
        let (name, id, kind) = (claim.name, claim.id, claim.kind);
        // A SpeakerEntry hashes as the tuple of its three strings (derived `Hash`).
        let hash = self.speakers.hasher.hash_one((name, id, kind));
        let speaker = self.speakers.intern_found(
            hash,
            |s| s.name == name && s.id == id && s.kind == kind,
            || SpeakerEntry { name: name.to_string(), id: id.to_string(), kind: kind.to_string() },
        )?;
        self.speaker_of.push(speaker);
        self.article_of.push(article);
        self.source_of.push(source);
        Ok(())
    }
    /// Every distinct speaker, indexed by [`ClaimStore::speaker_of`].
    pub fn speakers(&self) -> &[SpeakerEntry] {
        &self.speakers.values
    }

    pub fn speaker_of(&self, claim: usize) -> usize {
        self.speaker_of.get(claim).map_or(0, |&s| s as usize)
    }

    pub fn article_of(&self, claim: usize) -> usize {
        self.article_of.get(claim).map_or(0, |&a| a as usize)
    }

    pub fn article(&self, article: usize) -> &str {
        self.articles.values.get(article).map_or("", String::as_str)
    }

    pub fn source(&self, claim: usize) -> &str {
        let source = self.source_of.get(claim).map_or(0, |&s| s as usize);
        self.sources.values.get(source).map_or("", String::as_str)
    }

    pub fn stated_on(&self, claim: usize) -> Option<PartialDate> {
        self.stated_on.get(claim).copied().flatten()
    }

    pub fn text(&self, claim: usize) -> &str {
        self.texts.get(claim)
    }

    pub fn claim_id(&self, claim: usize) -> &str {
        self.claim_ids.get(claim)
    }

    /// Reads the rows back in order, gives each its speaker's final spelling and its cluster
    /// (the id of the claim at `cluster_of[i]`), and hands them to `write` as CSV bytes, in
    /// chunks. The two cells are spliced into the stored row: nothing is parsed back. The
    /// file is read a block at a time and rows are cut from the block where they lie: this
    /// runs after the workers have finished, on one thread.
    pub fn finish(
        &self,
        spill: Spill,
        spellings: &[String],
        cluster_of: Option<&[usize]>,
        mut write: impl FnMut(&[u8]) -> Result<()>,
    ) -> Result<()> {
        const CHUNK: usize = 1 << 16;
        const BLOCK: u64 = 1 << 20;
        let what = "cannot read back the temporary claims file";
        let count = self.len();
        let mut file = spill.into_inner().map_err(|e| e.into_error()).context(what)?;
        file.flush().context(what)?;
        file.seek(SeekFrom::Start(0)).context(what)?;
        let mut out: Vec<u8> = Vec::with_capacity(CHUNK + 4096);
        let mut block: Vec<u8> = Vec::with_capacity(BLOCK as usize);
        let mut at = 0;
        for i in 0..count {
            let pieces = loop {
                if let Some(pieces) = row_pieces(block.get(at..).unwrap_or_default()) {
                    break pieces;
                }
                // The row runs past the block: keep its start, read on.
                block.drain(..at.min(block.len()));
                at = 0;
                let want = BLOCK.max(block.len() as u64);
                let read = (&mut file).take(want).read_to_end(&mut block).context(what)?;
                if read == 0 {
                    return Err(std::io::Error::from(std::io::ErrorKind::UnexpectedEof))
                        .context(what);
                }
            };
            let [before, speaker, between, cluster, rest] =
                pieces.map(|(start, end)| block.get(at + start..at + end).unwrap_or_default());
            out.extend_from_slice(before);
            let speaker_index = self.speaker_of.get(i).map_or(0, |&s| s as usize);
            match spellings.get(speaker_index) {
                Some(spelling) => push_csv_field(&mut out, spelling),
                None => out.extend_from_slice(speaker),
            }
            out.extend_from_slice(between);
            match cluster_of.and_then(|c| c.get(i)) {
                Some(&rep) => push_csv_field(&mut out, self.claim_ids.get(rep)),
                None => out.extend_from_slice(cluster),
            }
            out.extend_from_slice(rest);
            let [.., (_, row_end)] = pieces;
            at += row_end;
            if out.len() >= CHUNK {
                write(&out)?;
                out.clear();
            }
        }
        write(&out)
    }
}

/// The five pieces of the row written by [`push_spill_row`] at the start of `bytes`, as
/// byte ranges of `bytes` (the last one ends where the row does), or `None` when `bytes`
/// does not hold the whole row.
fn row_pieces(bytes: &[u8]) -> Option<[(usize, usize); 5]> {
    let mut pieces = [(0, 0); 5];
    let mut at = 0;
    for piece in &mut pieces {
        let len = bytes.get(at..at + 4)?;
        let len = u32::from_le_bytes(len.try_into().ok()?) as usize;
        let start = at + 4;
        let end = start.checked_add(len)?;
        if end > bytes.len() {
            return None;
        }
        *piece = (start, end);
        at = end;
    }
    Some(pieces)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, article: &str, speaker: &str, text: &str) -> ClaimRow {
        ClaimRow {
            claim_id: id.to_string(),
            article_id: article.to_string(),
            speaker: speaker.to_string(),
            speaker_type: "person".to_string(),
            text: text.to_string(),
            stated_on: "2024-03-05".to_string(),
            source: "AP".to_string(),
            ..ClaimRow::default()
        }
    }

    #[test]
    fn interner_gives_one_index_per_distinct_value_even_when_hashes_collide() {
        let mut interner: Interner<String> = Interner::new();
        let words = ["a", "b", "a", "", "c", "b", ""];
        let got: Vec<u32> = words.iter().map(|w| interner.intern(w.to_string()).unwrap()).collect();
        assert_eq!(got, [0, 1, 0, 2, 3, 1, 2]);
        // A hasher that sends everything to one hash: values are still told apart.
        #[derive(Default)]
        struct OneHash;
        impl Hasher for OneHash {
            fn finish(&self) -> u64 {
                7
            }
            fn write(&mut self, _: &[u8]) {}
        }
        let mut colliding: Interner<String, BuildHasherDefault<OneHash>> = Interner::new();
        let got: Vec<u32> =
            words.iter().map(|w| colliding.intern(w.to_string()).unwrap()).collect();
        assert_eq!(got, [0, 1, 0, 2, 3, 1, 2]);
        assert_eq!(colliding.values, ["a", "b", "", "c"].map(String::from));
    }

    #[test]
    fn speaker_is_found_by_its_borrowed_strings_as_by_its_entry() {
        // `remember` looks a speaker up by the hash of its three strings: it must be the
        // hash of the entry, or every repeated speaker would be made and hashed again.
        let interner: Interner<SpeakerEntry> = Interner::new();
        let entry = SpeakerEntry { name: "Ann Lee".into(), id: "Q1".into(), kind: "person".into() };
        assert_eq!(
            interner.hasher.hash_one(&entry),
            interner.hasher.hash_one(("Ann Lee", "Q1", "person"))
        );
    }

    #[test]
    fn kept_claims_give_back_each_field_as_pushed() {
        let mut kept = KeptClaims::default();
        let claims =
            [("a-c1", "Ann Lee", "Q1", "person", "We will win."), ("a-c2", "", "", "", "")];
        for (claim_id, name, id, kind, text) in claims {
            kept.push(KeptClaim { claim_id, name, id, kind, text, stated_on: None }).unwrap();
        }
        let back: Vec<_> =
            kept.iter().map(|c| (c.claim_id, c.name, c.id, c.kind, c.text)).collect();
        assert_eq!(back, claims);
    }

    #[test]
    fn arena_keeps_strings_of_any_size_apart() {
        let long = "x".repeat(CHUNK_BYTES + 3);
        let strings = ["", "short", long.as_str(), "after the long one", "é"];
        let mut arena = Arena::default();
        for s in strings {
            arena.push(s).unwrap();
        }
        for (i, s) in strings.iter().enumerate() {
            assert_eq!(arena.get(i), *s);
        }
        assert_eq!(arena.get(strings.len()), "");
    }

    #[test]
    fn rows_come_back_whole_in_order_with_spelling_and_cluster() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = ClaimStore::new(dir.path()).unwrap();
        let rows = vec![
            row("a-c1", "a", "Ann Lee", "We will \"win\",\nsaid she, in a long, quoted text"),
            row("a-c2", "a", "Bo Park", "Nothing to add."),
            row("b-c1", "b", "ann lee", "We will win"),
        ];
        store.push(rows[..2].to_vec()).unwrap();
        store.push(rows[2..].to_vec()).unwrap();
        assert_eq!(store.len(), 3);
        assert_eq!(store.text(0), rows[0].text);
        assert_eq!(store.claim_id(2), "b-c1");
        assert_eq!(store.article(store.article_of(2)), "b");
        assert_eq!(store.speakers().len(), 3);
        let spellings: Vec<String> = vec!["Ann Lee".into(), "Bo Park".into(), "Ann Lee".into()];
        let clusters = [0, 1, 0];
        let mut bytes = Vec::new();
        let spill = store.take_spill().unwrap();
        store
            .finish(spill, &spellings, Some(&clusters), |chunk| {
                bytes.extend_from_slice(chunk);
                Ok(())
            })
            .unwrap();
        let back: Vec<ClaimRow> = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(bytes.as_slice())
            .deserialize()
            .map(Result::unwrap)
            .collect();
        let mut expected = rows.clone();
        expected[2].speaker = "Ann Lee".into();
        for (e, rep) in expected.iter_mut().zip(["a-c1", "a-c2", "a-c1"]) {
            e.cluster_id = rep.into();
        }
        assert_eq!(back, expected);
        // The temporary file is gone with the store.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
