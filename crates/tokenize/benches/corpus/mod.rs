//! Generated inputs for the tokenizer bench and the `tokenize_throughput` example: news-like
//! text from templates written for this purpose (not taken from any article), and the
//! pathological inputs the linear-time promise covers.

/// Sentence templates written for this bench (not taken from any article); `{N}` is a
/// name, `{P}` a place, `{Q}` a quoted clause.
const TEMPLATES: &[&str] = &[
    "{N} said Tuesday that the U.S.-led coalition would meet in {P} on Oct. 6.",
    "\"{Q},\" {N} told reporters at a briefing.",
    "“{Q}. {Q},” said Gen. {N}, adding that talks ended at 9 a.m. Tuesday.",
    "MOSCOW, Sept. 30 (UPI) -- Officials in {P} said growth slowed to 0.1% in 2015.",
    "{N}´s spokesman, Dr. {N}, said they’re ready; the Smiths’ house was empty.",
    "The U.S. State Department said it had seen \"no sign\" of a deal... Others disagreed.",
    "According to {N}, some 240,000 people have fled {P} since the war began!",
    "‘We will not stop,’ {N} said of the ’90s-era policy in {P}?",
];
const NAMES: &[&str] = &["Anna Petrova", "John Smith", "Mark T. Jones", "Li Wei", "al-Rashid"];
const PLACES: &[&str] = &["Vienna", "the U.K.", "St. Louis", "Brussels", "Ankara"];
const CLAUSES: &[&str] = &[
    "We are ready to talk",
    "This is not the way forward",
    "Nobody wants another war in the region",
    "It was a constructive discussion",
];

/// A small deterministic generator, so every run measures the same text.
struct Lcg(u64);

impl Lcg {
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let i = (self.0 >> 33) as usize % from.len().max(1);
        from.get(i).copied().unwrap_or("")
    }
}

/// About `size` bytes of news-like text; paragraphs of 1-4 sentences separated by a blank
/// line, or one single paragraph when `paragraph_break` is a space.
pub fn news(size: usize, paragraph_break: &str) -> String {
    let mut rng = Lcg(7);
    let mut text = String::with_capacity(size + 256);
    let mut in_paragraph = 0;
    while text.len() < size {
        let template = rng.pick(TEMPLATES);
        let mut rest = template;
        while let Some(at) = rest.find('{') {
            text.push_str(&rest[..at]);
            let hole = rest.get(at..at + 3).unwrap_or("");
            text.push_str(match hole {
                "{N}" => rng.pick(NAMES),
                "{P}" => rng.pick(PLACES),
                _ => rng.pick(CLAUSES),
            });
            rest = rest.get(at + 3..).unwrap_or("");
        }
        text.push_str(rest);
        in_paragraph += 1;
        if in_paragraph > text.len() % 4 {
            text.push_str(paragraph_break);
            in_paragraph = 0;
        } else {
            text.push(' ');
        }
    }
    text
}

/// About `size` bytes of nothing but quotation marks, apostrophes, spaces and line
/// breaks: the worst case for the quotation stack.
pub fn quote_marks(size: usize) -> String {
    let marks = ["\"", "“", "”", "‘", "’", "'", " ", "\n"];
    let mut rng = Lcg(11);
    let mut text = String::with_capacity(size + 8);
    while text.len() < size {
        text.push_str(rng.pick(&marks));
    }
    text
}
