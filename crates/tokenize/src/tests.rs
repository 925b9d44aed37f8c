use super::*;

fn tokenizer() -> Tokenizer {
    TokenizerBuilder::new().build()
}

fn sentences(text: &str) -> Vec<&str> {
    let tokens = tokenizer().tokenize(text);
    tokens.sentences.iter().map(|s| &text[s.span]).collect()
}

fn words(text: &str) -> Vec<&str> {
    let tokens = tokenizer().tokenize(text);
    tokens.tokens.iter().map(|t| &text[t.span()]).collect()
}

/// A quotation's inner text, `closed` and `continues`.
type FoundQuote<'t> = (&'t str, bool, bool);

fn quotes(text: &str) -> Vec<FoundQuote<'_>> {
    let tokens = tokenizer().tokenize(text);
    tokens.quotes.iter().map(|q| (&text[q.inner], q.closed, q.continues)).collect()
}

#[test]
fn words_keep_inner_apostrophes_hyphens_and_abbreviation_periods() {
    let cases: &[(&str, &[&str])] = &[
        ("Russia´s plan", &["Russia´s", "plan"]),
        ("they’re here", &["they’re", "here"]),
        ("the U.S.-led coalition", &["the", "U.S.-led", "coalition"]),
        ("Bashar al-Assad.", &["Bashar", "al-Assad", "."]),
        ("the U.S. and", &["the", "U.S.", "and"]),
        ("at 9 a.m. sharp", &["at", "9", "a.m.", "sharp"]),
        ("Gen. Smith", &["Gen.", "Smith"]),
        ("J. Smith", &["J.", "Smith"]),
        ("said.", &["said", "."]),
        ("rock 'n' roll", &["rock", "'n'", "roll"]),
        ("the '90s", &["the", "'90s"]),
        ("says 'ready' now", &["says", "'", "ready", "'", "now"]),
        ("‘em and ’em", &["‘em", "and", "’em"]),
        ("the Smiths’ house", &["the", "Smiths’", "house"]),
        ("the Smiths' house", &["the", "Smiths'", "house"]),
        ("four-and-a-half-year", &["four-and-a-half-year"]),
        ("wait... what", &["wait", "...", "what"]),
        ("wait . . . what", &["wait", ". . .", "what"]),
        ("MOSCOW -- The", &["MOSCOW", "--", "The"]),
        ("José Ñúñez", &["José", "Ñúñez"]),
        ("Jose\u{301} Rus\u{AD}sia", &["Jose\u{301}", "Rus\u{AD}sia"]),
        ("air-to-air, (IS)", &["air-to-air", ",", "(", "IS", ")"]),
    ];
    for &(text, expected) in cases {
        assert_eq!(words(text), expected, "{text:?}");
    }
}

#[test]
fn numbers_keep_decimals_separators_and_percent() {
    let cases: &[(&str, &str, TokenKind)] = &[
        ("rose 0.1% today", "0.1%", TokenKind::Number),
        ("some 240,000 people", "240,000", TokenKind::Number),
        ("at 10:30 local", "10:30", TokenKind::Number),
        ("only .5 left", ".5", TokenKind::Number),
        ("a 30-year-old man", "30-year-old", TokenKind::Word),
        ("the 1990s were", "1990s", TokenKind::Word),
        ("in 2015.", "2015", TokenKind::Number),
    ];
    for &(text, token, kind) in cases {
        let tokens = tokenizer().tokenize(text);
        let found = tokens.tokens.iter().find(|t| &text[t.span()] == token);
        assert_eq!(found.map(|t| t.kind), Some(kind), "{text:?}");
    }
}

#[test]
fn sentence_splitting_survives_news_text() {
    let cases: &[(&str, &[&str])] = &[
        ("He left. She stayed.", &["He left.", "She stayed."]),
        ("U.S. officials said so. Others agreed.", &["U.S. officials said so.", "Others agreed."]),
        ("Ties with the U.S. The talks failed.", &["Ties with the U.S.", "The talks failed."]),
        ("The U.S. State Department said no.", &["The U.S. State Department said no."]),
        ("The U.S. Army said no.", &["The U.S. Army said no."]),
        ("He sued in the U.S. Bankruptcy Court.", &["He sued in the U.S. Bankruptcy Court."]),
        ("Ties with the U.K. Meanwhile grew.", &["Ties with the U.K.", "Meanwhile grew."]),
        ("He visited the U.N. It was calm.", &["He visited the U.N.", "It was calm."]),
        ("Gen. Lloyd Austin spoke. Then he left.", &["Gen. Lloyd Austin spoke.", "Then he left."]),
        ("Mr. Smith and Mrs. Jones met Dr. Who.", &["Mr. Smith and Mrs. Jones met Dr. Who."]),
        ("It was J. R. Smith who came.", &["It was J. R. Smith who came."]),
        ("It began on Sept. 30 in Syria.", &["It began on Sept. 30 in Syria."]),
        ("It began Oct. 6. Talks followed.", &["It began Oct. 6.", "Talks followed."]),
        ("Growth was 0.1% in 2015. It fell.", &["Growth was 0.1% in 2015.", "It fell."]),
        ("He waited... Nobody came.", &["He waited...", "Nobody came."]),
        ("He waited... and waited.", &["He waited... and waited."]),
        ("He waited… Nobody came.", &["He waited…", "Nobody came."]),
        ("We will . . . fight on. Yes.", &["We will . . . fight on.", "Yes."]),
        ("\"We are ready.\" He left.", &["\"We are ready.\"", "He left."]),
        ("“We are ready.” He left.", &["“We are ready.”", "He left."]),
        ("\"Why?\" he asked.", &["\"Why?\" he asked."]),
        ("“Really?!” she said. Yes.", &["“Really?!” she said.", "Yes."]),
        ("He spoke (briefly.) Then left.", &["He spoke (briefly.)", "Then left."]),
        ("She said 'I'm fine.' Then left.", &["She said 'I'm fine.'", "Then left."]),
        (
            "Apple Inc. Chief Executive Tim Cook spoke.",
            &["Apple Inc. Chief Executive Tim Cook spoke."],
        ),
        ("He joined Acme Inc. The firm grew.", &["He joined Acme Inc.", "The firm grew."]),
        ("It ends at 9 a.m. Tuesday, he said.", &["It ends at 9 a.m. Tuesday, he said."]),
        (
            "He lives in the U.K. \"It rains,\" he said.",
            &["He lives in the U.K.", "\"It rains,\" he said."],
        ),
        ("St. Louis is big. No. 1 is Sen. Kerry.", &["St. Louis is big.", "No. 1 is Sen. Kerry."]),
        ("See reuters.com for more. Done.", &["See reuters.com for more.", "Done."]),
        ("Hard-wrapped\nwire text. Next line.", &["Hard-wrapped", "wire text.", "Next line."]),
    ];
    for &(text, expected) in cases {
        assert_eq!(sentences(text), expected, "{text:?}");
    }
}

#[test]
fn every_abbreviation_the_issue_lists_owns_its_period_and_keeps_the_sentence() {
    // (text, the abbreviation as one token)
    let cases: &[(&str, &str)] = &[
        ("U.S. officials met.", "U.S."),
        ("U.K. officials met.", "U.K."),
        ("It began Oct. 6 in Syria.", "Oct."),
        ("It began Sept. 30 in Syria.", "Sept."),
        ("Gen. Smith spoke.", "Gen."),
        ("Sen. Kerry spoke.", "Sen."),
        ("Rep. Emerson spoke.", "Rep."),
        ("Gov. Brown spoke.", "Gov."),
        ("Mr. Smith spoke.", "Mr."),
        ("Mrs. Smith spoke.", "Mrs."),
        ("Dr. Smith spoke.", "Dr."),
        ("St. Louis voted.", "St."),
        ("Martin Luther King Jr. spoke.", "Jr."),
        ("Acme Inc. said so.", "Inc."),
        ("It ranks No. 1 in sales.", "No."),
        ("It was J. Smith who came.", "J."),
    ];
    for &(text, abbreviation) in cases {
        assert_eq!(sentences(text), [text], "{text:?}");
        assert!(words(text).contains(&abbreviation), "{text:?}: {:?}", words(text));
    }
}

#[test]
fn lowercase_text_splits_after_a_period_that_cannot_be_an_abbreviation() {
    let cases: &[(&str, &[&str])] = &[
        ("the port closed. the ships waited.", &["the port closed.", "the ships waited."]),
        ("it rose in 2015. prices fell.", &["it rose in 2015.", "prices fell."]),
        ("we paid 20%. they paid more.", &["we paid 20%.", "they paid more."]),
        ("fees went up. u.s. officials met.", &["fees went up.", "u.s. officials met."]),
        ("no deal yet. 'we wait,' he said.", &["no deal yet.", "'we wait,' he said."]),
        // Dotted initialisms and listed abbreviations in any case keep the sentence whole.
        ("u.s. officials said so.", &["u.s. officials said so."]),
        ("The U.S. officials said so.", &["The U.S. officials said so."]),
        ("gen. smith and sen. jones met.", &["gen. smith and sen. jones met."]),
        ("acme inc. said it grew.", &["acme inc. said it grew."]),
        ("it is no. one in sales.", &["it is no. one in sales."]),
        ("clinton vs. the rest.", &["clinton vs. the rest."]),
        ("bread, milk, etc. were sold.", &["bread, milk, etc. were sold."]),
        ("smith et al. found it.", &["smith et al. found it."]),
        (
            "a bill of rep. emerson, r-mo. and others.",
            &["a bill of rep. emerson, r-mo. and others."],
        ),
        // A single letter may be an initial.
        ("it was j. smith who came.", &["it was j. smith who came."]),
        // Capitalized words before the period may be unlisted abbreviations.
        ("the Kenosha, Wisc. plant closed.", &["the Kenosha, Wisc. plant closed."]),
        ("Michelin et Cie. said it grew.", &["Michelin et Cie. said it grew."]),
        // Version numbers, ellipses, ? and ! and closing marks before a lowercase word.
        ("called Release 1.1. that offers more.", &["called Release 1.1. that offers more."]),
        ("he waited... and waited.", &["he waited... and waited."]),
        ("\"why?\" he asked.", &["\"why?\" he asked."]),
        ("\"we are ready.\" he said.", &["\"we are ready.\" he said."]),
        ("stop! he said.", &["stop! he said."]),
        // No whitespace after the period: a web address.
        ("see reuters.com for more.", &["see reuters.com for more."]),
    ];
    for &(text, expected) in cases {
        assert_eq!(sentences(text), expected, "{text:?}");
    }
}

#[test]
fn dateline_dash_stays_in_the_first_sentence() {
    let text = "MOSCOW, Oct. 6 (UPI) -- The United States and Russia agreed. Talks resume.";
    assert_eq!(
        sentences(text),
        ["MOSCOW, Oct. 6 (UPI) -- The United States and Russia agreed.", "Talks resume."]
    );
}

#[test]
fn quotes_of_every_mark_style() {
    let cases: &[(&str, &[FoundQuote])] = &[
        ("He said \"yes\" twice.", &[("yes", true, false)]),
        ("“Yes,” he said, “and no.”", &[("Yes,", true, false), ("and no.", true, false)]),
        ("\"Go,\" he said, \"now.\"", &[("Go,", true, false), ("now.", true, false)]),
        ("He said:\"yes\" then.", &[("yes", true, false)]),
        ("„Ja“, sagte er.", &[("Ja", true, false)]),
        ("«Oui», dit-il.", &[("Oui", true, false)]),
        ("‘Single quotes,’ he said.", &[("Single quotes,", true, false)]),
        (
            "“He called it ‘a farce’ today,” she said.",
            &[("He called it ‘a farce’ today,", true, false)],
        ),
        ("“One. Two. Three,” he said.", &[("One. Two. Three,", true, false)]),
        (
            "‘He called it “a farce” today,’ she said.",
            &[("He called it “a farce” today,", true, false)],
        ),
        ("Russia´s and they’re and the Smiths’ house", &[]),
        ("rock 'n' roll in the '90s", &[]),
        ("He said \"this never ends", &[("this never ends", false, false)]),
        (
            "He said \"no. \"Then yes,\" he added.",
            &[("no.", false, false), ("Then yes,", true, false)],
        ),
        ("“One. “Two,” he said.", &[("One.", false, false), ("Two,", true, false)]),
        ("Britain\"s ruling \"party\" won.", &[("party", true, false)]),
        ("“We’re ready,” he said.", &[("We’re ready,", true, false)]),
        ("‘The Smiths’ house,’ he said.", &[("The Smiths’ house,", true, false)]),
        ("‘Ask the Smiths’ he said.", &[("Ask the Smiths", true, false)]),
        ("Tell ‘em “we’re done,” he said.", &[("we’re done,", true, false)]),
        ("‘Til then, “wait,” he said.", &[("wait,", true, false)]),
        (
            "It was ‘nonsense “and lies,” she said.",
            &[("nonsense", false, false), ("and lies,", true, false)],
        ),
    ];
    for &(text, expected) in cases {
        assert_eq!(quotes(text), expected, "{text:?}");
    }
}

#[test]
fn nested_single_quote_is_an_inner_quote() {
    let text = "“He called it ‘a farce’ today,” she said.";
    let tokens = tokenizer().tokenize(text);
    assert_eq!(tokens.quotes.len(), 1);
    assert_eq!(tokens.inner_quotes.len(), 1);
    assert_eq!(&text[tokens.inner_quotes[0].inner], "a farce");
    assert!(tokens.quotes[0].span.contains(tokens.inner_quotes[0].span));
}

#[test]
fn quote_continues_into_next_paragraph() {
    let text =
        "\"We will fight,\" he said. \"We will not stop\n\n\"until it is over.\"\n\nHe left.";
    assert_eq!(
        quotes(text),
        [
            ("We will fight,", true, false),
            ("We will not stop", false, false),
            ("until it is over.", true, true)
        ]
    );
}

#[test]
fn curly_quote_continues_over_three_paragraphs() {
    let text = "He said: “First part\n\n“second part\n\n“and the end.” He left.\n\n“New one.”";
    assert_eq!(
        quotes(text),
        [
            ("First part", false, false),
            ("second part", false, true),
            ("and the end.", true, true),
            ("New one.", true, false),
        ]
    );
}

#[test]
fn single_quote_continues_into_next_paragraph() {
    let text = "‘We will fight on,’ he said. ‘And we will win\n\n‘because we must.’";
    assert_eq!(
        quotes(text),
        [
            ("We will fight on,", true, false),
            ("And we will win", false, false),
            ("because we must.", true, true)
        ]
    );
}

#[test]
fn paragraph_starting_with_a_quote_after_a_closed_one_does_not_continue() {
    let text = "“Done,” he said.\n\n“Fresh start,” she said.";
    assert_eq!(quotes(text), [("Done,", true, false), ("Fresh start,", true, false)]);
}

#[test]
fn unbalanced_mark_is_closed_at_its_paragraph_end() {
    let text = "He said \"never mind.\n\nThe next paragraph is free.\n\nAnd \"this\" one.";
    let tokens = tokenizer().tokenize(text);
    let found: Vec<(&str, bool, usize)> =
        tokens.quotes.iter().map(|q| (&text[q.inner], q.closed, q.paragraph)).collect();
    assert_eq!(found, [("never mind.", false, 0), ("this", true, 2)]);
    assert!(!tokens.quotes[1].continues);
}

#[test]
fn apostrophes_are_never_quote_tokens() {
    let text = "Russia´s they’re 'n' '90s `em the Smiths’ house";
    let tokens = tokenizer().tokenize(text);
    assert!(tokens.tokens.iter().all(|t| t.kind != TokenKind::Quote), "{:?}", words(text));
}

#[test]
fn paragraphs_split_at_blank_lines_or_else_at_line_breaks() {
    let cases: &[(&str, &[&str])] = &[
        ("One.\nStill one.\n\n  Two. \n \t\nThree.", &["One.\nStill one.", "Two.", "Three."]),
        ("One.\nTwo.\r\nThree.", &["One.", "Two.", "Three."]),
        ("", &[]),
        ("\n\n\n", &[]),
    ];
    for &(text, expected) in cases {
        let tokens = tokenizer().tokenize(text);
        let found: Vec<&str> = tokens.paragraphs.iter().map(|p| &text[p.span]).collect();
        assert_eq!(found, expected, "{text:?}");
    }
}

#[test]
fn given_paragraphs_map_one_to_one_and_bad_spans_shrink() {
    let text = "Skip me. Keep this one.\nwrapped here. ´´";
    let spans = [
        Span::new(9, 37),
        Span::new(20, 25),   // overlaps the previous one
        Span::new(100, 200), // out of bounds
        Span::new(38, 39),   // inside a character
    ];
    let tokens = tokenizer().tokenize_paragraphs(text, &spans);
    assert_eq!(tokens.paragraphs.len(), spans.len());
    assert_eq!(&text[tokens.paragraphs[0].span], "Keep this one.\nwrapped here.");
    // "one." before a lowercase word ends a sentence (lowercase dumps).
    assert_eq!(sentences_of(text, &tokens), ["Keep this one.", "wrapped here."]);
    for p in &tokens.paragraphs[1..] {
        assert!(text.get(p.span.range()).is_some());
    }
}

fn sentences_of<'t>(text: &'t str, tokens: &Tokens) -> Vec<&'t str> {
    tokens.sentences.iter().map(|s| &text[s.span]).collect()
}

#[test]
fn lookups_find_the_enclosing_items() {
    let text = "First one. \"Second,\" he said.\n\nThird.";
    let tokens = tokenizer().tokenize(text);
    let at = |needle: &str| text.find(needle).expect(needle);
    assert_eq!(tokens.sentence_at(at("one")), Some(0));
    assert_eq!(tokens.sentence_at(at("Second")), Some(1));
    assert_eq!(tokens.sentence_at(at("Third")), Some(2));
    assert_eq!(tokens.sentence_at(at(" \"Second")), None);
    assert_eq!(tokens.paragraph_at(at("Third")), Some(1));
    assert_eq!(tokens.quote_at(at("Second")), Some(0));
    assert_eq!(tokens.quote_at(at("he said")), None);
    let said: Vec<&str> = tokens.sentence_tokens(1).iter().map(|t| t.text(text)).collect();
    assert_eq!(said, ["\"", "Second", ",", "\"", "he", "said", "."]);
    assert_eq!(tokens.sentence_tokens(99), &[]);
    assert_eq!(tokens.paragraph_sentences(0).len(), 2);
    assert_eq!(tokens.quotes_in(tokens.sentences[1].span), 0..1);
    assert_eq!(tokens.quotes_in(tokens.sentences[0].span), 0..0);
    let counts: Vec<usize> = tokens.paragraphs_with_sentences().map(|(_, s)| s.len()).collect();
    assert_eq!(counts, [2, 1]);
}

#[test]
fn token_helpers_give_stem_and_case() {
    let text = "Russia´s U.S. officials ’Twas";
    let tokens = tokenizer().tokenize(text);
    let got: Vec<(&str, bool)> =
        tokens.tokens.iter().map(|t| (t.stem(text), t.is_capitalized(text))).collect();
    assert_eq!(got, [("Russia", true), ("U.S.", true), ("officials", false), ("’Twas", true)]);
}

#[test]
fn builder_adds_abbreviations_and_continuations() {
    let text = "He met Insp. Gadget. Then Blvd. Fancy opened.";
    let mut builder = TokenizerBuilder::new();
    builder.abbreviation("Blvd.", AbbreviationKind::Title).continuation("Gadget");
    let tokens = builder.build().tokenize(text);
    assert_eq!(sentences_of(text, &tokens), ["He met Insp. Gadget.", "Then Blvd. Fancy opened."]);
}

#[test]
fn reused_output_equals_fresh_output() {
    let first = "“Long quote,” he said. Another sentence.\n\nSecond paragraph.";
    let second = "Short.";
    let spans = [Span::new(0, second.len())];
    let mut reused = tokenizer().tokenize(first);
    tokenizer().tokenize_paragraphs_into(second, &spans, &mut reused);
    assert_eq!(reused, tokenizer().tokenize_paragraphs(second, &spans));
}

#[test]
fn tokenizer_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Tokenizer>();
    assert_send_sync::<Tokens>();
    assert_send_sync::<Normalized>();
}

#[test]
fn normalize_folds_and_maps_back() {
    let text = "“Russia´s” Defense—Minister";
    let n = tokenizer().normalize(text);
    assert_eq!(n.text, "\"russia's\" defense-minister");
    let at = n.text.find("minister").expect("word");
    assert_eq!(&text[n.original(Span::new(at, at + 8))], "Minister");
}

/// Tokenizes `text` with every word on the general path (no ASCII fast path).
fn tokenize_general(text: &str) -> Tokens {
    let t = tokenizer();
    let mut out = Tokens::default();
    t.scan_into(text, &t.paragraph_spans(text), &mut out, false);
    out
}

#[test]
fn fast_word_path_agrees_with_the_general_path() {
    // Words that end at each kind of joiner the fast path decides or hands over.
    let cases: &[&str] = &[
        "al-Assad's forces, Assad´s men and they’re here; rock'n'roll and rock’n’roll.",
        "MOSCOW -- The 30-year-old said -- in 2015. Then 4.5% and 240,000 and 10:30, 240, 000.",
        "A-1,000 and 1-0 and 1990s. COVID-19. 19.5. 6. J. Smith and U.S.-led and Corp.-led.",
        "Gen. Smith met Dr. Jones at 9 a.m. at Acme Inc. The firm said no. Sept. 30 and St. Louis.",
        "the Smiths’ house and ‘em and 'n' and the '90s and the ’90s-era plan.",
        "José and Ñúñez and x\u{301}y and Rus\u{AD}sia and word”. word— word–word word‐word.",
        "“Quoted,” he said. 'Ready' she said. Zero.5 and .5 and 3.",
        "Co. Chief Executive and U.S. Treasury and in the U.S. The talks. Plan B. Then.",
        "‘the Smiths’ house,’ he said. ‘Jones’ view’ and the Jones’ car; U.S.’s role.",
        "U.S.-Mexico and U.S.-é and Inc.-é and a.m.-é and x.é and Corp.-led. U.S.A. and U.s.",
        "Gen.-led A.B.C. a.b.c. X. Y. Zed. the 1990s' music and 12's and x'é and x-é.",
    ];
    for text in cases {
        assert_eq!(tokenizer().tokenize(text), tokenize_general(text), "{text:?}");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]

    #[test]
    fn fast_word_path_agrees_on_word_soup(
        pieces in proptest::collection::vec(proptest::sample::select(vec![
            "a", "Ab", "said", "Gen", "Inc", "U", "S", "J", "s", "0", "12", "2015", "x1", "1x", "The",
            ".", ",", ":", "%", "-", "'", "`", "’", "‘", "´", "ʼ", "‐", "”", "“", "\"", "—", "é",
            "\u{301}", " ", " ", "\n", "\n\n", "(", ")", "!", "?", "...", "…",
        ]), 0..60)
    ) {
        let text = pieces.concat();
        proptest::prop_assert_eq!(tokenizer().tokenize(&text), tokenize_general(&text));
    }
}

/// What `trim_span` must give: the span of `str::trim`'s result (empty at the end of an
/// all-whitespace text).
fn trim_span_reference(text: &str) -> Span {
    let start = text.len() - text.trim_start().len();
    Span::new(start, text.trim_end().len())
}

#[test]
fn trim_span_agrees_with_str_trim() {
    let cases: &[&str] = &[
        "",
        " ",
        " \t\n\u{0B}\u{0C}\r",
        "  word  ",
        "\u{A0} word\u{2009}\n",
        "\n\u{3000}\u{85}x\u{85}\u{3000} ",
        "\u{1C}x\u{1F}",
        " é ",
        "x",
        "said so",
        "x\u{7F}",
        "é word",
        "word é",
    ];
    for text in cases {
        let whole = Span::new(0, text.len());
        assert_eq!(scan::trim_span(text, whole), trim_span_reference(text), "{text:?}");
    }
}

proptest::proptest! {
    #[test]
    fn trim_span_agrees_with_str_trim_on_any_text(text in "[ \t\n\u{0B}\u{0C}\r\u{A0}\u{2009}\u{85}\u{1C}\u{7F}xé]{0,12}") {
        let whole = Span::new(0, text.len());
        proptest::prop_assert_eq!(scan::trim_span(&text, whole), trim_span_reference(&text));
    }
}

#[test]
fn token_is_twelve_bytes() {
    // Half the page faults of 24-byte tokens on a fresh output (about one token per five
    // bytes of text), and under glibc's 32 MB mmap threshold for 10 MB of news.
    assert_eq!(std::mem::size_of::<Token>(), 12);
}
