//! A deterministic generator of news-like text, shared by the `attribute` bench and the
//! `profile_attribution` example so both measure the same input.

const SUBJECTS: &[&str] = &[
    "Pentagon spokesman Peter Cook",
    "the State Department",
    "U.S. officials",
    "Maria Lindqvist, the deputy ports minister,",
    "he",
    "the company",
    "Russian Foreign Minister Sergei Lavrov",
];

const STATEMENTS: &[&str] = &[
    "the talks would resume next week after a pause of several months",
    "profits fell by a third in the quarter as shipping volumes dropped",
    "the harbor will reopen in spring once the cranes are repaired",
    "both sides agreed to further discuss mechanisms for safe air operations",
];

const FILLER: &[&str] = &[
    "The two countries broke off direct contacts in April last year.",
    "Shares of the company rose 4.5 percent to 240 crowns in early trading on Tuesday.",
    "The decision signals a newfound willingness to engage, after months of silence.",
    "Analysts had expected a smaller decline, given the strong results of the previous year.",
];

/// A deterministic article generator: a linear congruential generator picks templates.
pub fn article(seed: u64, paragraphs: usize) -> String {
    let mut state = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    let mut next = |n: usize| {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % n
    };
    let mut out = String::new();
    for _ in 0..paragraphs {
        let subject = SUBJECTS[next(SUBJECTS.len())];
        let statement = STATEMENTS[next(STATEMENTS.len())];
        match next(5) {
            0 => out.push_str(&format!("\"{statement},\" {subject} said on Tuesday.")),
            1 => out.push_str(&format!("{subject} said that {statement}.")),
            2 => out.push_str(&format!("{statement}, {subject} told reporters.")),
            3 => out.push_str(&format!("According to {subject}, {statement}.")),
            _ => out.push_str(FILLER[next(FILLER.len())]),
        }
        out.push(' ');
        out.push_str(FILLER[next(FILLER.len())]);
        out.push_str("\n\n");
    }
    out
}

/// The benchmark's text: 200 generated articles of 12 paragraphs.
pub fn corpus() -> String {
    (0..200).map(|seed| article(seed, 12)).collect::<Vec<_>>().join("\n")
}
