//! Clean-up rules, each on texts written for the test.

use whosaid_article::{Article, Cleaner, CleanerBuilder, Record};

fn cleaner() -> &'static Cleaner {
    // Built once: compiling the patterns dominates a debug-mode test otherwise.
    static CLEANER: std::sync::OnceLock<Cleaner> = std::sync::OnceLock::new();
    CLEANER.get_or_init(|| CleanerBuilder::new().build())
}

fn clean(text: &str) -> Article {
    cleaner().clean(&Record { id: "t".into(), text: text.into(), ..Record::default() })
}

fn body(text: &str) -> Vec<String> {
    let article = clean(text);
    article.body.iter().map(|s| text[s.range()].to_string()).collect()
}

fn date(article: &Article) -> Option<String> {
    article.meta.published.map(|d| d.to_string())
}

const STORY: &str =
    "The minister arrived in the capital on Monday for two days of talks with officials.";

// ---------------------------------------------------------------- paragraphs

#[test]
fn paragraphs_split_at_blank_lines_or_at_each_line() {
    let cases: &[(&str, &[&str])] = &[
        (
            "The first paragraph has a sentence.\n\nThe second one has another.\n",
            &["The first paragraph has a sentence.", "The second one has another."],
        ),
        (
            "The first line is a paragraph here.\nThe second line is another one.",
            &["The first line is a paragraph here.", "The second line is another one."],
        ),
        ("\r\n  Indented text with CRLF ends.  \r\n\r\n", &["Indented text with CRLF ends."]),
    ];
    for (text, want) in cases {
        assert_eq!(body(text), *want, "{text:?}");
    }
}

#[test]
fn wire_copy_wrapped_lines_join_into_one_paragraph() {
    let text = "LIMA, March 3 - The central bank said on Tuesday that it would\n\
                keep its main lending rate unchanged for the third month in a\n\
                row, citing slowing inflation and weak exports.\n    \
                Analysts had expected the decision, which followed a sharp\n\
                drop in copper prices over the last quarter.\n    \
                The bank will review the rate again in April.\n";
    let got = body(text);
    assert_eq!(got.len(), 3, "{got:#?}");
    assert!(got[0].starts_with("The central bank said") && got[0].ends_with("weak exports."));
    assert!(got[1].starts_with("Analysts had expected") && got[1].contains("sharp\ndrop"));
    assert_eq!(got[2], "The bank will review the rate again in April.");
    assert_eq!(clean(text).meta.dateline.as_deref(), Some("LIMA"));
}

#[test]
fn wrapped_text_without_indentation_breaks_after_a_short_final_line() {
    let text = "Officials in the northern province said on Friday that floods\n\
                had cut roads to several villages in the mountains.\n\
                Rescue teams were sent by helicopter and reached most of the\n\
                villages before nightfall, the officials said.";
    let got = body(text);
    assert_eq!(got.len(), 2, "{got:#?}");
}

#[test]
fn short_lines_are_not_mistaken_for_wrapped_prose() {
    let text = "Markets rally as oil prices climb\n-\nElection results delayed in two states\n-\nStorm hits the coast overnight\n";
    assert!(body(text).is_empty(), "{:?}", body(text));
}

// ---------------------------------------------------------------- boilerplate

#[test]
fn page_furniture_lines_are_dropped() {
    let furniture = [
        "Advertisement",
        "ADVERTISEMENT",
        "Adjust font size:",
        "You are here: Home > World > Middle East",
        "Next Story",
        "Latest Headlines",
        "Top Stories",
        "Share this article",
        "Read more: Ministers meet to discuss the budget",
        "Related:",
        "Click here to subscribe to our newsletter.",
        "Subscribe",
        "• Share on Facebook",
        "Copyright 2015 Example Media. All rights reserved.",
    ];
    for line in furniture {
        let text = format!("{STORY}\n\n{line}\n\n{STORY} Again.");
        let got = body(&text);
        assert_eq!(got.len(), 2, "{line:?} kept: {got:#?}");
    }
}

#[test]
fn sentences_that_open_with_a_furniture_word_are_kept() {
    for line in [
        "Related talks were held in Geneva last week between the two delegations.",
        "Share prices fell sharply on Monday after the announcement.",
        "Subscribers to the service will be refunded, the company said.",
    ] {
        assert_eq!(body(line), [line], "{line}");
    }
}

#[test]
fn short_lines_without_sentence_structure_are_dropped() {
    for line in [
        "Off the wire",
        "World News",
        "By Jane Smith",
        "September 18, 2015",
        "Top Select",
        "REUTER",
        "Home | World | Business",
    ] {
        let text = format!("{line}\n\n{STORY}");
        assert_eq!(body(&text), [STORY], "{line}");
    }
}

#[test]
fn headline_tickers_and_bulleted_headline_lists_are_dropped() {
    let ticker = format!(
        "Roundup: Stocks end higher as bank cuts rates\u{a0}\u{a0}• Dollar edges up on Wednesday\u{a0}\u{a0}• City launches new campaign for cyclists\u{a0}\n\n{STORY}"
    );
    assert_eq!(body(&ticker), [STORY]);
    let bulleted = format!(
        "{STORY}\n-\nFarmers protest new water rules: what happens next?\n-\nRail strike called off after late-night deal\n-\nUniversity wins funding for a new lab"
    );
    assert_eq!(body(&bulleted), [STORY]);
    let run = format!(
        "{STORY}\n\nMore news\n\nFarmers protest new water rules: what happens next?\n\nRail strike called off after late-night deal\n\nIs the housing market about to turn?"
    );
    assert_eq!(body(&run), [STORY]);
}

#[test]
fn photo_captions_and_doubled_lines_are_dropped() {
    for caption in [
        "The minister waves to supporters in the capital. Photo courtesy of the ministry",
        "Photo: The minister waves to supporters in the capital.",
        "The minister waves to supporters in the capital. (AFP Photo)",
        "File photo of the minister waving to supporters in the capital.",
    ] {
        let text = format!("{caption}\n\n{STORY}");
        assert_eq!(body(&text), [STORY], "{caption}");
    }
    let doubled = format!(
        "The minister, left, shakes hands with the mayor on June 3.\nThe minister, left, shakes hands with the mayor on June 3.\n\n{STORY}"
    );
    assert_eq!(body(&doubled), [STORY]);
}

#[test]
fn attributed_statements_are_never_dropped() {
    let cases = [
        // Short, no final punctuation, between bullet separators, after a furniture-like
        // run: each would be dropped but for its quote and reporting verb.
        "\"We will not back down,\" she said",
        "\u{201c}It is over,\u{201d} he told reporters",
        "According to the ministry, \"talks will resume\"",
    ];
    for quote in cases {
        let text = format!("-\n{quote}\n-\n\n{STORY}");
        assert!(body(&text).iter().any(|p| p == quote), "{quote} dropped: {:?}", body(&text));
    }
    let caption_like = "\"This photo says it all,\" the photographer said. Photo: Jane Doe";
    assert_eq!(body(caption_like), [caption_like]);
}

// ---------------------------------------------------------------- repeats

#[test]
fn repeated_paragraphs_keep_the_first() {
    let cases: &[(&str, usize)] = &[
        ("A sentence that says something.\n\nA sentence that says something.", 1),
        ("He said it\u{2019}s \u{201c}done.\u{201d}\n\nHe said   it's \"done.\"", 1),
        ("One sentence here.\nTwo sentences here.\nOne sentence here.\nTwo sentences here.", 2),
        ("One sentence here.\n\nA different one here.", 2),
    ];
    for (text, n) in cases {
        let got = body(text);
        assert_eq!(got.len(), *n, "{text:?}: {got:#?}");
        assert!(text.starts_with(got[0].as_str()), "keeps the first: {got:?}");
    }
}

#[test]
fn a_truncated_teaser_of_a_later_paragraph_is_dropped() {
    let full =
        "\"The two sides discussed their differences at length,\" the spokesman said on Friday.";
    let cases = [
        "\"The two sides discussed their differences at length,\" the spokesman",
        "\"The two sides discussed their differences at length,\" the spokes…",
        "\"The two sides discussed their differences...",
    ];
    for teaser in cases {
        let text = format!("{teaser}\n{STORY}\n{full}");
        assert_eq!(body(&text), [STORY, full], "{teaser}");
    }
    // A complete sentence that a later paragraph extends is not a teaser.
    let text = format!("Talks resumed on Friday.\n\nTalks resumed on Friday. {STORY}");
    assert_eq!(body(&text).len(), 2);
}

// ---------------------------------------------------------------- title

#[test]
fn title_is_the_headline_not_menus_tickers_or_dates() {
    let cases: &[(&str, Option<&str>)] = &[
        ("Off the wire\nYou are here: Home\n\nCity council approves new budget plan\n\nExample News, March 3, 2016\n\n{STORY}", Some("City council approves new budget plan")),
        ("Top Stories\n\nMinisters agree to restart trade talks\n\nBy Jane Smith\n\n{STORY}", Some("Ministers agree to restart trade talks")),
        ("Sat, Nov 09, 2024 | Weather 20C\n\nFloods close schools across the north\n\nTop Stories\n\nFloods close schools across the north\n\n{STORY}", Some("Floods close schools across the north")),
        ("Advertisement\n\nPort workers end strike after pay deal\n\nThe deal was agreed late on Sunday, the union said in a statement.\n\n{STORY}", Some("Port workers end strike after pay deal")),
        ("Russia agrees to restart air safety talks | World News | Example Times\n\n{STORY}", Some("Russia agrees to restart air safety talks")),
        ("Skip to main content\nWorld\nPolitics\n\nSenators reach deal on border bill after talks\n\nBy JANE DOE and JOHN ROE\nUpdated 4:12 PM EDT, March 3, 2016\n\n{STORY}", Some("Senators reach deal on border bill after talks")),
        ("{STORY}", None),
        // Headlines opening with a single quote, and "Word: rest" headlines.
        ("\u{2018}We will not give up\u{2019}: farmers vow to keep blocking roads\n\nBy AFP\n\n{STORY}", Some("\u{2018}We will not give up\u{2019}: farmers vow to keep blocking roads")),
        ("Culture | Interview\n\n'I paint what I fear': an artist on her new show\n\nBy Jane Smith\nMay 3, 2019\n\n{STORY}", Some("'I paint what I fear': an artist on her new show")),
        ("PORT DEAL: HARBOUR LINES, BAYSIDE AGREE TERMS\n\n    ROTTERDAM, March 17 - {STORY}", Some("PORT DEAL: HARBOUR LINES, BAYSIDE AGREE TERMS")),
        ("Brexit: Ministers to restart trade talks next week\n\n{STORY}", Some("Brexit: Ministers to restart trade talks next week")),
        // Section lines above the headline do not start the story.
        ("World | Europe\nFloods close schools across the north\n{STORY}", Some("Floods close schools across the north")),
    ];
    for (template, want) in cases {
        let text = template.replace("{STORY}", STORY);
        let article = clean(&text);
        assert_eq!(article.meta.title.as_deref(), *want, "{text}");
        if let Some(title) = want {
            assert!(!body(&text).iter().any(|p| p == title), "title left in body");
        }
    }
}

#[test]
fn a_text_written_in_lower_case_keeps_its_metadata() {
    let text = "floods close schools across the north, officials say\n\nleeds, dec 9, 2020 - schools across the north of england closed on wednesday after two days of heavy rain, the regional council said.\n\n\"we have never seen water this high,\" said a council spokeswoman.\n";
    let m = clean(text).meta;
    assert_eq!(
        (m.title.as_deref(), m.dateline.as_deref(), date(&clean(text)).as_deref()),
        (
            Some("floods close schools across the north, officials say"),
            Some("leeds"),
            Some("2020-12-09")
        )
    );
    // In ordinary text a lower-case line is not a headline, nor "may 5" a date.
    let text = format!("officials may 5 times review the plan\n\n{STORY}");
    let m = clean(&text).meta;
    assert_eq!((m.title, m.published), (None, None));
}

#[test]
fn record_fields_win_over_the_text() {
    let text =
        format!("Ministers agree to restart trade talks\n\nBy AFP\nOctober 7, 2015\n\n{STORY}");
    let record = Record {
        id: "x".into(),
        text,
        title: Some("Given title".into()),
        source: Some("Given Source".into()),
        published: Some("2016-01-02T10:00:00Z".into()),
        ..Record::default()
    };
    let article = cleaner().clean(&record);
    assert_eq!(article.meta.title.as_deref(), Some("Given title"));
    assert_eq!(article.meta.source.as_deref(), Some("Given Source"));
    assert_eq!(date(&article).as_deref(), Some("2016-01-02"));
}

// ---------------------------------------------------------------- source, byline, dateline

#[test]
fn source_byline_and_dateline_forms() {
    // (head lines, source, byline, dateline)
    type Case = (&'static str, Option<&'static str>, Option<&'static str>, Option<&'static str>);
    let cases: &[Case] = &[
        ("Example Times, October 7, 2015", None, None, None),
        ("Xinhua, March 12, 2019 Adjust font size:", Some("Xinhua"), None, None),
        ("Kyodo, March 2, 2016", Some("Kyodo"), None, None),
        ("By AFP\nSeptember 18, 2015", Some("AFP"), None, None),
        ("By Reuters", Some("Reuters"), None, None),
        ("By Jane Smith", None, Some("Jane Smith"), None),
        ("BY Jane Smith, Associated Press", Some("Associated Press"), Some("Jane Smith"), None),
        ("  \u{2014} By\n  \u{2014} AFP/AP", Some("AFP/AP"), None, None),
        ("Saturday, Oct 10, 2015,12:31 IST By Newswirely A A A", Some("Newswirely"), None, None),
        (
            "By Jane Smith\n\nPARIS, Oct. 6 (UPI) -- {STORY}",
            Some("UPI"),
            Some("Jane Smith"),
            Some("PARIS"),
        ),
        ("(Reuters) - {STORY}", Some("Reuters"), None, None),
        ("NAIROBI (AP) \u{2014} {STORY}", Some("AP"), None, Some("NAIROBI")),
        ("Nairobi: {STORY}", None, None, Some("Nairobi")),
        ("Nairobi/Kampala - {STORY}", None, None, Some("Nairobi/Kampala")),
        ("Nairobi | {STORY}", None, None, Some("Nairobi")),
        ("SALVADOR, Feb 26 - {STORY}", None, None, Some("SALVADOR")),
        // The city names the dateline, without its state or country.
        ("WESTPORT, Conn., Feb 26 - {STORY}", None, None, Some("WESTPORT")),
        ("TRENTON, N.J. \u{2014} {STORY}", None, None, Some("TRENTON")),
        // Press-release services sign between slashes.
        (
            "ODENSE, Denmark, March 3, 2024 /EXAMPLEWIRE/ -- {STORY}",
            Some("EXAMPLEWIRE"),
            None,
            Some("ODENSE"),
        ),
        // Spanish-language wires put a stop between the agency and the dash.
        ("Quito, Mar 9 (EFE).- {STORY}", Some("EFE"), None, Some("Quito")),
        // After a person on a by-line, a lone name is a place or desk, not an outlet.
        ("By Jane Smith, Lisbon", None, Some("Jane Smith"), None),
        ("By Jane Smith, Lisbon correspondent", None, Some("Jane Smith"), None),
        ("By Jane Smith, Reuters", Some("Reuters"), Some("Jane Smith"), None),
        // Section lines and colon headlines are not datelines.
        ("Sport | Football\n\n{STORY}", None, None, None),
        ("Culture | Interview\n\n{STORY}", None, None, None),
        ("Update: {STORY}", None, None, None),
        ("By Reuters Staff", Some("Reuters"), None, None),
        ("By Jane Smith, Staff Writer", None, Some("Jane Smith"), None),
        ("By JANE SMITH, Associated Press", Some("Associated Press"), Some("JANE SMITH"), None),
        // Co-authors sign together, as the gold writes them.
        ("By Jane Smith and John Doe | CNN", Some("CNN"), Some("Jane Smith and John Doe"), None),
    ];
    for (head, source, byline, dateline) in cases {
        let head = head.replace("{STORY}", STORY);
        let text = format!("Ministers agree to restart trade talks\n\n{head}\n\n{STORY}");
        let m = clean(&text).meta;
        assert_eq!(
            (m.source.as_deref(), m.byline.as_deref(), m.dateline.as_deref()),
            (*source, *byline, *dateline),
            "{head}"
        );
    }
}

#[test]
fn a_source_line_at_the_foot_names_the_source() {
    let text = format!("Ministers agree to restart trade talks\n\n{STORY}\n\nSource: Xinhua\n");
    assert_eq!(clean(&text).meta.source.as_deref(), Some("Xinhua"));
    // A byline or dateline agency outranks it.
    let text = format!(
        "Ministers agree to restart trade talks\n\nBy AFP\n\n{STORY}\n\nSource: Agencies\n"
    );
    assert_eq!(clean(&text).meta.source.as_deref(), Some("AFP"));
}

#[test]
fn a_copyright_line_names_the_outlet_when_nothing_else_does() {
    let cases: &[(&str, Option<&str>)] = &[
        ("Copyright 2016 The Associated Press. All rights reserved.", Some("Associated Press")),
        ("\u{a9} 2016 Reuters", Some("Reuters")),
        // On a copyright line any name is the outlet, whatever its shape.
        ("Copyright 2016 Example Media Group. All rights reserved.", Some("Example Media Group")),
        (
            "\u{a9} 2019 Lakeside Ledger. All rights reserved. Terms | Privacy",
            Some("Lakeside Ledger"),
        ),
        ("\u{a9} Riverside Courier 2020", Some("Riverside Courier")),
    ];
    for (foot, want) in cases {
        let text = format!("Ministers agree to restart trade talks\n\n{STORY}\n\n{foot}\n");
        assert_eq!(clean(&text).meta.source.as_deref(), *want, "{foot}");
    }
}

#[test]
fn menu_lines_above_the_headline_do_not_hide_the_dateline() {
    let text = format!(
        "World\nU.S.\nPolitics\nBusiness\n\nSenators reach deal on border bill\n\nBy JANE DOE\n\nWASHINGTON (AP) \u{2014} {STORY}"
    );
    let m = clean(&text).meta;
    assert_eq!((m.dateline.as_deref(), m.source.as_deref()), (Some("WASHINGTON"), Some("AP")));
}

#[test]
fn a_standfirst_under_the_headline_is_kept_without_a_final_stop() {
    let deck = "Moscow and Washington will restore a hotline after weeks of silence, officials say";
    let text = format!("Russia and US agree to resume military contacts\n{deck}\nJane Doe in Moscow\nTue 6 Oct 2015 14.32 BST\n\n{STORY}");
    assert_eq!(body(&text), [deck, STORY]);
    assert_eq!(date(&clean(&text)).as_deref(), Some("2015-10-06"));
}

#[test]
fn a_long_menu_above_the_headline_does_not_hide_it() {
    let menu: String = (0..60).map(|i| format!("Section {i}\n")).collect();
    let text = format!(
        "{menu}\nFloods close schools across the north\n\nBy AFP\nMarch 2, 2016\n\n{STORY}"
    );
    let m = clean(&text).meta;
    assert_eq!(m.title.as_deref(), Some("Floods close schools across the north"));
    assert_eq!(
        (m.source.as_deref(), date(&clean(&text)).as_deref()),
        (Some("AFP"), Some("2016-03-02"))
    );
    assert_eq!(body(&text), [STORY]);
}

#[test]
fn breadcrumb_lines_are_dropped() {
    let text = format!("Home > World > Middle East > Syria talks\n\n{STORY}");
    assert_eq!(body(&text), [STORY]);
    assert_eq!(clean(&text).meta.title, None);
}

#[test]
fn a_wire_sign_off_names_the_source() {
    let cases: &[(&str, Option<&str>)] = &[
        (" Reuter", Some("Reuters")),
        (" REUTER", Some("Reuters")),
        ("AFP", Some("AFP")),
        // An unknown word closing the story is not an outlet.
        ("Ends", None),
        ("Comments", None),
    ];
    for (sign_off, want) in cases {
        let text = format!("TRADE TALKS RESUME\n\n    PARIS, March 3 - {STORY}\n{sign_off}\n");
        assert_eq!(clean(&text).meta.source.as_deref(), *want, "{sign_off}");
    }
}

#[test]
fn a_menu_line_above_the_headline_names_the_site() {
    let cases: &[(&str, Option<&str>)] = &[
        ("Lakeside Gazette | Local | Sport | Obituaries", Some("Lakeside Gazette")),
        ("Science | The Riverside Observer", Some("The Riverside Observer")),
        ("Home > News > The Valley Times", Some("The Valley Times")),
        // The site's own link list under the story.
        ("Top Stories\n\nMinisters agree to restart trade talks\n\n{STORY}\n\nMore from Lakeside Daily", Some("Lakeside Daily")),
        ("Top Stories\n\nMinisters agree to restart trade talks\n\n{STORY}\n\nMore from Europe", None),
        // Sections and ordinary words are not outlets.
        ("World | Europe | Business", None),
        ("Local News | Sport | Weather", None),
    ];
    for (menu, want) in cases {
        let text = if menu.contains("{STORY}") {
            menu.replace("{STORY}", STORY)
        } else {
            format!("{menu}\n\nMinisters agree to restart trade talks\n\n{STORY}")
        };
        assert_eq!(clean(&text).meta.source.as_deref(), *want, "{menu}");
    }
    // A by-line agency outranks the site.
    let text = format!(
        "Lakeside Gazette | Local\n\nMinisters agree to restart trade talks\n\nBy AFP\n\n{STORY}"
    );
    assert_eq!(clean(&text).meta.source.as_deref(), Some("AFP"));
}

#[test]
fn numbered_lists_are_not_wrapped_prose() {
    let text = format!(
        "{STORY}\n\nMost read\n1. Floods close schools in the north\n2. Bank holds rates\n\u{a9} 2024 Lakeside Ledger. All rights reserved.\n"
    );
    assert_eq!(clean(&text).meta.source.as_deref(), Some("Lakeside Ledger"));
    assert_eq!(body(&text), [STORY]);
}

#[test]
fn dateline_is_cut_from_the_first_body_paragraph() {
    let text = format!("MOSCOW, Oct. 6 (UPI) -- {STORY}");
    assert_eq!(body(&text), [STORY]);
}

// ---------------------------------------------------------------- published

#[test]
fn published_is_the_story_date_not_page_or_update_dates() {
    let cases: &[(&str, Option<&str>)] = &[
        ("Sat, Nov 09, 2024 | Weather\n\nTITLE\n\nPublished: Fri 18 Sep 2015, 6:54 PM\n\nUpdated: Sun 16 Feb 2020, 9:49 PM", Some("2015-09-18")),
        ("Sat, Nov 09, 2024\n\nTITLE\n\nBy AFP\nSeptember 18, 2015", Some("2015-09-18")),
        ("TITLE\n\nUpdated: March 3, 2016\n\nMarch 1, 2016", Some("2016-03-01")),
        ("TITLE\n\nPublished: 2015-10-07 | Updated: 2015-10-09", Some("2015-10-07")),
        ("TITLE\n\nPARIS, Oct. 6 (UPI) -- {STORY}", Some("--10-06")),
        ("TITLE\n\nPosted on 17/10/2015", Some("2015-10-17")),
        ("TITLE\n\nPosted on 07/10/2015", None),
        ("Sat, Nov 09, 2024\n\nTITLE", Some("2024-11-09")),
        // An update date is used only when the page gives no other date.
        ("TITLE\n\nUpdated 4:12 PM EDT, March 3, 2016", Some("2016-03-03")),
        // The date a crawler read the page is not when it was written.
        ("Retrieved 2024-05-02 10:00 UTC\n\nTITLE\n\nMarch 1, 2016", Some("2016-03-01")),
        ("Crawled 2024-05-02 10:00 UTC\nSport | Tennis\nTITLE\n{STORY}\nBy AFP\nMarch 1, 2016", Some("2016-03-01")),
        // A press release dates its dateline.
        ("TITLE\n\nODENSE, Denmark, March 3, 2024 /EXAMPLEWIRE/ -- {STORY}", Some("2024-03-03")),
        // A dateline line of its own with the date after it.
        ("TITLE\n\nTRENTON, N.J. \u{2014} June 28, 2022", Some("2022-06-28")),
        // A date inside a story sentence is not the publication date.
        ("TITLE\n\nThe ministers first met on June 30, 2015 in Vienna to discuss the accord with their aides.", None),
    ];
    for (template, want) in cases {
        let text = template
            .replace("TITLE", "Ministers agree to restart trade talks")
            .replace("{STORY}", STORY);
        let text = format!("{text}\n\n{STORY}");
        assert_eq!(date(&clean(&text)).as_deref(), *want, "{template}");
    }
}

#[test]
fn default_year_completes_a_date_without_year() {
    let text = format!("PARIS, Oct. 6 (UPI) -- {STORY}");
    let record = Record { id: "y".into(), text, ..Record::default() };
    let with_year = CleanerBuilder::new().default_year(Some(2015)).build().clean(&record);
    assert_eq!(date(&with_year).as_deref(), Some("2015-10-06"));
}

#[test]
fn a_datelines_day_is_read_with_the_default_year_when_one_is_given() {
    // Without a default year the dateline's date is the one read when the dateline was
    // taken apart; with one, it is read again with it (Feb 29 exists only in a leap year).
    let cases: &[(&str, Option<i32>, Option<&str>)] = &[
        ("PARIS, Oct. 6 (UPI) --", None, Some("--10-06")),
        ("PARIS, Oct. 6 (UPI) --", Some(2015), Some("2015-10-06")),
        ("PARIS, Feb 29 -", None, Some("--02-29")),
        ("PARIS, Feb 29 -", Some(2016), Some("2016-02-29")),
        ("PARIS, Feb 29 -", Some(2015), None),
        ("PARIS, March 9, 1987 -", Some(2015), Some("1987-03-09")),
    ];
    for &(dateline, year, want) in cases {
        let record =
            Record { id: "y".into(), text: format!("{dateline} {STORY}"), ..Record::default() };
        let article = CleanerBuilder::new().default_year(year).build().clean(&record);
        assert_eq!(date(&article).as_deref(), want, "{dateline} {year:?}");
    }
}

// ---------------------------------------------------------------- invariants

#[test]
fn body_spans_index_the_original_text_on_char_boundaries() {
    let text = "Ünïcödé héadline for the café story\n\n\u{feff}Zürich, Oct. 6 — Ökonomen sagten am Dienstag, die Lage sei \u{201c}ernst\u{201d}, said Müller.\n\n\
                Les négociations reprendront à Genève, a déclaré le ministre.\n\nAdvertisement\n\nLes négociations reprendront à Genève, a déclaré le ministre.";
    let article = clean(text);
    assert!(!article.body.is_empty());
    for span in &article.body {
        assert!(text.get(span.range()).is_some(), "{span:?} not on char boundaries");
        assert!(!text[span.range()].trim().is_empty());
    }
    let mut last = 0;
    for span in &article.body {
        assert!(span.start >= last, "spans out of order");
        last = span.end;
    }
}

#[test]
fn words_counts_the_body() {
    let text = format!("Advertisement\n\n{STORY}\n\nShort line one here.");
    let article = clean(&text);
    assert_eq!(article.words, STORY.split_whitespace().count() + 4);
}

#[test]
fn cleaner_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Cleaner>();
    assert_send_sync::<CleanerBuilder>();
}

#[test]
fn empty_and_odd_texts_do_not_panic() {
    for text in [
        "",
        "\n",
        "\n\n\n",
        " ",
        "-",
        "By",
        "By\n",
        "(",
        "\u{feff}",
        "a\u{0}b",
        "Oct. 32",
        "Washington: ",
        "\"\n\"",
    ] {
        let article = clean(text);
        for span in &article.body {
            assert!(text.get(span.range()).is_some());
        }
    }
}
