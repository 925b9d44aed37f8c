//! Synthetic claims with planted duplicates, shared by the `gen_claims` example and the
//! `cluster` bench. Words and speakers are Zipf-distributed, as in news: a few function words
//! and a few speakers dominate. Every planted duplicate is a realistic re-printing of a base
//! claim (trimmed, re-quoted, re-cased, reported instead of quoted, "he said" added, one word
//! swapped or dropped), and names its speaker as outlets do (id and full name, name alone,
//! another spelling, bare surname); the truth is the base claim's group id.

use whosaid_cluster::speaker_key;

/// A deterministic, dependency-free generator (splitmix64): runs must be reproducible.
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 * n as f64) as usize % n.max(1)
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
}

/// Samples ranks `0..n` with probability proportional to `1 / (rank + 1)^s`.
pub struct Zipf {
    cdf: Vec<f64>,
}

impl Zipf {
    /// A sampler over `n` ranks with exponent `s`.
    pub fn new(n: usize, s: f64) -> Zipf {
        let mut total = 0.0;
        let cdf = (0..n)
            .map(|r| {
                total += 1.0 / ((r + 1) as f64).powf(s);
                total
            })
            .collect::<Vec<f64>>();
        Zipf { cdf: cdf.iter().map(|c| c / total).collect() }
    }

    /// One rank.
    pub fn sample(&self, rng: &mut Rng) -> usize {
        let u = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        self.cdf.partition_point(|&c| c < u).min(self.cdf.len() - 1)
    }
}

/// The most frequent English words, so shingles like "of the" are as common as in news.
const FUNCTION_WORDS: &[&str] = &[
    "the",
    "of",
    "to",
    "and",
    "a",
    "in",
    "that",
    "is",
    "for",
    "on",
    "it",
    "with",
    "as",
    "was",
    "we",
    "be",
    "by",
    "at",
    "this",
    "have",
    "from",
    "are",
    "not",
    "will",
    "our",
    "has",
    "an",
    "but",
    "they",
    "would",
    "there",
    "been",
    "their",
    "more",
    "all",
    "can",
    "us",
    "no",
    "its",
    "it's",
    "don't",
    "country's",
    "government's",
    "about",
    "which",
    "new",
    "one",
    "people",
];

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mer", "tan", "vi", "ro", "sel", "den", "ba", "stor", "fi", "gra", "nel", "pol",
    "ter", "us", "an", "mi", "qua", "zen", "har", "dor", "li", "sa", "ven", "tro", "ci", "ple",
];

/// A vocabulary of `n` words: function words first, then made-up words, a few possessive.
pub fn vocabulary(n: usize, rng: &mut Rng) -> Vec<String> {
    let mut words: Vec<String> = FUNCTION_WORDS.iter().map(|w| w.to_string()).collect();
    let mut seen: std::collections::HashSet<String> = words.iter().cloned().collect();
    while words.len() < n {
        let syllables = 2 + rng.below(3);
        let mut w = String::new();
        for _ in 0..syllables {
            w.push_str(SYLLABLES[rng.below(SYLLABLES.len())]);
        }
        if rng.chance(0.04) {
            w.push_str("'s");
        }
        if seen.insert(w.clone()) {
            words.push(w);
        }
    }
    words
}

/// Syllables of generated personal names, some written differently by different outlets
/// (see [`respell`]).
const NAME_SYLLABLES: &[&str] = &[
    "ka", "zha", "ye", "ri", "lan", "bek", "ov", "mä", "ki", "nen", "van", "dijk", "al", "kha",
    "teeb", "ser", "gei", "lav", "rov", "fi", "gue", "ire", "do", "mo", "ham", "med", "os", "man",
    "oğ", "lu", "ta", "ne", "su", "ber", "go", "lin", "da", "vi", "tor", "ph", "ou", "ra", "ko",
];

/// A person's (given name, surname) for a speaker rank: several speakers share a surname
/// skeleton, as in news (a few Smiths, many Kims).
fn person_name(rank: usize, seed: u64) -> (String, String) {
    let mut rng = Rng::new(seed ^ 0x7e57_0000 ^ (rank as u64).wrapping_mul(0x2545_f491_4f6c_dd1d));
    let mut word = |parts: usize| {
        let mut w: String =
            (0..parts).map(|_| NAME_SYLLABLES[rng.below(NAME_SYLLABLES.len())]).collect();
        if let Some(first) = w.get(0..1) {
            let upper = first.to_uppercase();
            w.replace_range(0..1, &upper);
        }
        w
    };
    let given = word(2);
    let surname = word(2 + (rank % 2));
    (given, surname)
}

/// One outlet's spelling of a name: accents dropped, "zh" as "j", "ee" as "i", "y" as "i".
fn respell(name: &str, rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => name.replace('ä', "a").replace('ğ', "g"),
        1 => name.replace("zh", "j").replace("Zh", "J"),
        2 => name.replace("ee", "i"),
        _ => name.replace("ye", "e").replace("Ye", "E"),
    }
}

/// The speaker key of one claim by the speaker of `rank`, as outlets name that speaker: with
/// the gazetteer id and full name mostly, else the name alone, another spelling of it, or
/// the bare surname.
fn speaker_key_of(rank: usize, seed: u64, rng: &mut Rng) -> String {
    let (given, surname) = person_name(rank, seed);
    let id = format!("Q{rank}");
    let full = format!("{given} {surname}");
    let roll = rng.below(100);
    if roll < 70 {
        speaker_key(Some(&id), &full)
    } else if roll < 85 {
        speaker_key(None, &full)
    } else if roll < 95 {
        speaker_key(None, &respell(&full, rng))
    } else {
        speaker_key(None, &surname)
    }
}

/// One generated claim.
pub struct SynthClaim {
    /// The speaker key, as [`speaker_key`] builds it.
    pub speaker: String,
    /// The statement text.
    pub text: String,
    /// The base claim this one re-prints (its own index in generation order for a base).
    pub group: u32,
}

fn capitalize(words: &[String]) -> String {
    let mut s = words.join(" ");
    if let Some(first) = s.get(0..1) {
        let upper = first.to_uppercase();
        s.replace_range(0..1, &upper);
    }
    s
}

/// A re-printing of `words` with one or two realistic edits.
fn variant(words: &[String], vocab: &[String], zipf: &Zipf, rng: &mut Rng) -> String {
    let mut w: Vec<String> = words.to_vec();
    let edits = 1 + rng.below(2);
    let mut trimmed = false;
    for _ in 0..edits {
        match rng.below(6) {
            0 | 1 if !trimmed && w.len() >= 8 => {
                // One outlet quotes only part of the sentence: at most 40% is cut.
                let k = 1 + rng.below(w.len() * 2 / 5);
                if rng.chance(0.5) {
                    w.drain(..k);
                } else {
                    w.truncate(w.len() - k);
                }
                trimmed = true;
            }
            2 => {
                let i = rng.below(w.len());
                w[i] = vocab[zipf.sample(rng)].clone();
            }
            3 if w.len() > 4 => {
                w.remove(rng.below(w.len()));
            }
            4 => {
                // Reported speech: person and tense shift.
                for word in &mut w {
                    let shifted = match word.as_str() {
                        "we" => "they",
                        "our" => "their",
                        "us" => "them",
                        "will" => "would",
                        "is" => "was",
                        "are" => "were",
                        "has" => "had",
                        _ => continue,
                    };
                    *word = shifted.to_string();
                }
            }
            _ => {
                if rng.chance(0.5) {
                    w.push("he said".to_string());
                } else {
                    w.insert(0, "he said".to_string());
                }
            }
        }
    }
    let mut text = capitalize(&w);
    if rng.chance(0.3) {
        text = text.replace('\'', if rng.chance(0.5) { "’" } else { "´" });
    }
    match rng.below(4) {
        0 => text = text.to_uppercase(),
        1 => text = text.to_lowercase(),
        _ => {}
    }
    match rng.below(4) {
        0 => text = format!("“{text}”"),
        1 => text = format!("« {text} »"),
        2 => text = format!("\"{text},\""),
        _ => text.push('.'),
    }
    text
}

/// A speaker's recurring phrases ("the peace talks", "Islamic State militants"): distinct
/// claims of one speaker share them, which is what makes false merges likely in real news.
fn topic_phrases(speaker: usize, vocab: &[String], content: &Zipf, seed: u64) -> Vec<Vec<String>> {
    let mut rng = Rng::new(seed ^ (speaker as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
    (0..12)
        .map(|_| {
            let len = 2 + rng.below(2);
            (0..len)
                .map(|_| {
                    vocab[(FUNCTION_WORDS.len() + content.sample(&mut rng)).min(vocab.len() - 1)]
                        .clone()
                })
                .collect()
        })
        .collect()
}

/// `n` claims: base claims by Zipf-distributed speakers (`speakers` of them), most using one
/// or two of their speaker's recurring phrases, 30% of which are re-printed one to three
/// times. Claims are shuffled, as re-printings come from other
/// articles at other places of a corpus.
pub fn generate(n: usize, speakers: usize, seed: u64) -> Vec<SynthClaim> {
    let mut rng = Rng::new(seed);
    let vocab = vocabulary(50_000, &mut rng);
    let words_zipf = Zipf::new(vocab.len(), 1.0);
    let speaker_zipf = Zipf::new(speakers.max(1), 1.0);
    let content_zipf = Zipf::new(vocab.len().saturating_sub(FUNCTION_WORDS.len()).max(1), 0.8);
    let mut phrases_of: std::collections::HashMap<usize, Vec<Vec<String>>> = Default::default();
    let mut out: Vec<SynthClaim> = Vec::with_capacity(n);
    while out.len() < n {
        let group = out.len() as u32;
        let len = 6 + rng.below(25);
        let mut words: Vec<String> =
            (0..len).map(|_| vocab[words_zipf.sample(&mut rng)].clone()).collect();
        let speaker_rank = speaker_zipf.sample(&mut rng);
        if rng.chance(0.7) {
            let phrases = phrases_of
                .entry(speaker_rank)
                .or_insert_with(|| topic_phrases(speaker_rank, &vocab, &content_zipf, seed));
            for _ in 0..1 + rng.below(2) {
                let at = rng.below(words.len() + 1);
                let phrase = &phrases[rng.below(phrases.len())];
                words.splice(at..at, phrase.iter().cloned());
            }
        }
        out.push(SynthClaim {
            speaker: speaker_key_of(speaker_rank, seed, &mut rng),
            text: format!("{}.", capitalize(&words)),
            group,
        });
        if rng.chance(0.3) {
            for _ in 0..1 + rng.below(3) {
                if out.len() < n {
                    let text = variant(&words, &vocab, &words_zipf, &mut rng);
                    let speaker = speaker_key_of(speaker_rank, seed, &mut rng);
                    out.push(SynthClaim { speaker, text, group });
                }
            }
        }
    }
    for i in (1..out.len()).rev() {
        let j = rng.below(i + 1);
        out.swap(i, j);
    }
    out
}

/// Pair recall and pair precision of `assignment` against the planted groups.
pub fn pair_scores(claims: &[SynthClaim], assignment: &[usize]) -> (u64, u64, u64) {
    use std::collections::HashMap;
    fn pairs(k: u64) -> u64 {
        k * k.saturating_sub(1) / 2
    }
    let mut groups: HashMap<u32, u64> = HashMap::new();
    let mut clusters: HashMap<usize, u64> = HashMap::new();
    let mut both: HashMap<(usize, u32), u64> = HashMap::new();
    for (c, &a) in claims.iter().zip(assignment) {
        *groups.entry(c.group).or_default() += 1;
        *clusters.entry(a).or_default() += 1;
        *both.entry((a, c.group)).or_default() += 1;
    }
    let planted: u64 = groups.values().map(|&k| pairs(k)).sum();
    let predicted: u64 = clusters.values().map(|&k| pairs(k)).sum();
    let correct: u64 = both.values().map(|&k| pairs(k)).sum();
    (planted, predicted, correct)
}
