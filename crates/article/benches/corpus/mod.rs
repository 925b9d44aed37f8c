//! The synthetic news-like corpus the clean-up bench and the profiling example share.

use whosaid_article::Record;

/// A small deterministic generator, so every run cleans the same text.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next() % items.len()]
    }
}

const NAMES: &[&str] =
    &["Maria Lopez", "the minister", "Ahmed Karimi", "a spokesman", "officials", "Jan Novak"];
const VERBS: &[&str] =
    &["said", "told reporters", "added", "said on Tuesday", "according to a statement"];
const WORDS: &[&str] = &[
    "government",
    "talks",
    "would",
    "resume",
    "the",
    "in",
    "capital",
    "security",
    "agreement",
    "after",
    "weeks",
    "of",
    "negotiations",
    "between",
    "two",
    "sides",
    "on",
    "trade",
    "and",
    "energy",
    "prices",
    "rose",
    "sharply",
    "market",
    "analysts",
    "expected",
    "a",
    "decision",
    "by",
    "next",
    "month",
];
const FURNITURE: &[&str] =
    &["Advertisement", "Read more: Markets close higher", "Share this article", "Top Stories"];

fn sentence(rng: &mut Lcg) -> String {
    let n = 8 + rng.next() % 14;
    let words: Vec<&str> = (0..n).map(|_| rng.pick(WORDS)).collect();
    let mut s = words.join(" ");
    if let Some(first) = s.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    match rng.next() % 3 {
        0 => format!("\u{201c}{s},\u{201d} {} {}.", rng.pick(NAMES), rng.pick(VERBS)),
        1 => format!("{s}, {} {}.", rng.pick(NAMES), rng.pick(VERBS)),
        _ => format!("{s}."),
    }
}

fn article(rng: &mut Lcg) -> String {
    let mut text =
        String::from("Top Stories\n\nGovernment agrees to resume trade talks with neighbours\n\n");
    text.push_str("By Jane Smith\nOctober 7, 2015\n\nLONDON, Oct. 6 (Reuters) - ");
    for p in 0..12 {
        let sentences: Vec<String> = (0..1 + rng.next() % 3).map(|_| sentence(rng)).collect();
        text.push_str(&sentences.join(" "));
        text.push_str("\n\n");
        if p % 5 == 4 {
            text.push_str(rng.pick(FURNITURE));
            text.push_str("\n\n");
        }
    }
    text.push_str("Latest Headlines\n-\nMarkets rally as oil climbs\n-\nStorm hits the coast\n");
    text
}

pub fn corpus() -> Vec<Record> {
    let mut rng = Lcg(7);
    (0..300)
        .map(|i| Record { id: format!("a{i}"), text: article(&mut rng), ..Record::default() })
        .collect()
}
