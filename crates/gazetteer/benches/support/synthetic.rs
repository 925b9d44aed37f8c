//! Deterministic synthetic data for the match bench and the `profile_gazetteer` example: a gazetteer of
//! made-up people and news-like text naming them.

use std::fmt::Write as _;

const SYLLABLES: &[&str] = &[
    "ka", "ro", "mi", "tan", "vel", "sor", "lin", "da", "zu", "bra", "ten", "gor", "shi", "pal",
    "nev", "qui", "mar", "ost", "lu", "fen", "dri", "ha", "jo", "wel", "ix", "on", "bel", "tru",
];

/// A deterministic pseudo-random sequence (xorshift), so every run benches the same data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as usize
    }

    fn word(&mut self) -> String {
        let n = 2 + self.next() % 2;
        let mut w = String::new();
        for _ in 0..n {
            w.push_str(SYLLABLES[self.next() % SYLLABLES.len()]);
        }
        let mut chars = w.chars();
        match chars.next() {
            Some(c) => c.to_uppercase().chain(chars).collect(),
            None => w,
        }
    }
}

/// `n` synthetic people as gazetteer TSV, plus the names themselves.
pub fn synthetic_tsv(n: usize) -> (String, Vec<String>) {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut tsv = String::new();
    let mut names = Vec::with_capacity(n);
    for i in 0..n {
        let name = format!("{} {}", rng.word(), rng.word());
        let alias = format!("{} {}. {}", rng.word(), &name[..1], rng.word());
        let _ = writeln!(tsv, "p{i}\tperson\t{name}\t{alias}\tminister");
        names.push(name);
    }
    (tsv, names)
}

/// About `bytes` of news-like English with a gazetteer name every few sentences.
pub fn news_text(bytes: usize, names: &[String]) -> String {
    const FILLER: &[&str] = &[
        "The ministry said on Tuesday that talks would resume next week in the capital.",
        "Officials told reporters the strikes had hit several positions overnight.",
        "\u{201C}We are ready to meet again as soon as possible,\u{201D} the spokesman added.",
        "Russia\u{2019}s deputy defense minister said the coalition should broaden cooperation.",
        "Prices rose 0.4 percent in October, according to government figures released on Friday.",
        "Analysts expect the central bank to keep interest rates unchanged this year.",
    ];
    let mut rng = Rng(42);
    let mut text = String::with_capacity(bytes + 200);
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(FILLER[i % FILLER.len()]);
        text.push(' ');
        if i % 3 == 0 && !names.is_empty() {
            let name = &names[rng.next() % names.len()];
            let _ = write!(text, "Foreign minister {name} said the plan was sound. ");
        }
        if i % 5 == 4 {
            text.push_str("\n\n");
        }
        i += 1;
    }
    text
}
