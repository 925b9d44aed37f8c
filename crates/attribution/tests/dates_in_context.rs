//! Table-driven tests of the day a statement was made when its cue carries no date: the
//! story's day set by the lede, what ends it, what keeps the publication day, and vague
//! times that name no day. The texts are written for these tests and run through the real
//! tokenizer, the default gazetteer and the attributor.

mod support;

/// Publication: Tuesday 2021-04-13.
const PUBLISHED: &str = "2021-04-13";

/// The day (or "" for none) of the claim whose statement contains `inside`.
fn day_of(text: &str, inside: &str) -> String {
    day_published(text, inside, PUBLISHED)
}

/// [`day_of`] for a paper published on `published` (`YYYY-MM-DD` or `--MM-DD`).
fn day_published(text: &str, inside: &str, published: &str) -> String {
    let found = support::claims_with(text, support::default_gazetteer(), published);
    let Some((claim, _)) = found.iter().find(|(_, s)| s.contains(inside)) else {
        panic!(
            "no claim containing {inside:?} in {text:?}; found: {:?}",
            found.iter().map(|(_, s)| s.clone()).collect::<Vec<_>>()
        );
    };
    claim.stated_on.map(|d| d.to_string()).unwrap_or_default()
}

/// Each row: the text, a substring of one statement, and that statement's day.
macro_rules! date_table {
    ($name:ident: $( ($text:expr, $inside:expr, $day:expr) ),+ $(,)?) => {
        #[test]
        fn $name() {
            $( assert_eq!(day_of($text, $inside), $day, "day of {:?} in {:?}", $inside, $text); )+
        }
    };
}

const STRIKE: &str = "Europe's busiest ferry port was partly paralysed on Monday as dock workers in Harwick walked out in protest against the automation of its cranes.\n\n\
\"We are not against machines, we are against machines that throw people on the street,\" union leader Pieter Maas said.\n\n\
The operator, Nordquay Terminals, said the company's door remained open and that nobody would be dismissed.\n\n\
Economists say the dispute is a test for every port in the region.\n\n\
The transport ministry said in a statement that it was following the talks closely.";

date_table! {
    the_ledes_event_day_dates_later_statements_of_every_speaker:
    (STRIKE, "We are not against machines", "2021-04-12"),
    (STRIKE, "the company's door remained open", "2021-04-12"),
    // A present-tense cue reports what holds on the publication day.
    (STRIKE, "the dispute is a test", "2021-04-13"),
    // A written statement was not made at the event.
    (STRIKE, "following the talks closely", "2021-04-13"),
}

const FORUM: &str = "The prime minister of Freedonia told an energy forum that his government would keep its gas exports to Europe flowing for as long as buyers honoured their contracts.\n\n\
Speaking at a session of the Harbour Energy Forum in the capital yesterday, the prime minister said that mediation between suppliers and buyers required patience.\n\n\
He added that the coming weeks would be decisive for several contracts.\n\n\
Ana Kovac, an analyst at the Lisbon Energy Institute, told reporters that buyers would negotiate.";

date_table! {
    a_fronted_scene_date_is_the_cues_and_a_lede_reporting_an_undated_statement_is_todays:
    // The lede reports an undated statement: the news is the publication day's.
    (FORUM, "would keep its gas exports", "2021-04-13"),
    // "Speaking at ... yesterday, X said" dates that cue, however long the phrase.
    (FORUM, "mediation between suppliers", "2021-04-12"),
    // The same speaker's later statement takes that day.
    (FORUM, "would be decisive", "2021-04-12"),
    // Another speaker is not at the forum by default: the lede closed the story's day.
    (FORUM, "buyers would negotiate", "2021-04-13"),
}

const COURT: &str = "The High Court in Nairobi has suspended the city's new parking fees, pending the hearing of a petition filed by a resident who says the charges were imposed unlawfully.\n\n\
In a ruling delivered yesterday, Justice Miriam Otieno said the petitioner had raised serious constitutional questions.\n\n\
The county's lawyer, Peter Langat, told the court that halting the fees would cost the city millions a month.\n\n\
On Tuesday, the county's transport chief Brian Njoroge said the county would appeal.\n\n\
Motorists said parking attendants were still demanding the new rates.";

date_table! {
    a_day_set_after_the_lede_carries_until_a_paragraph_dated_otherwise:
    (COURT, "serious constitutional questions", "2021-04-12"),
    (COURT, "halting the fees", "2021-04-12"),
    (COURT, "the county would appeal", "2021-04-13"),
    // A statement dated otherwise ended the story's day.
    (COURT, "still demanding the new rates", "2021-04-13"),
}

const ONE_PARAGRAPH: &str =
    "The Harbour Council met on Monday. It said the fees would stay for another year.";

date_table! {
    a_date_dates_its_own_clause_not_the_statements_of_its_paragraph:
    (ONE_PARAGRAPH, "the fees would stay", "2021-04-13"),
}

const BRIEFING: &str = "The United States welcomed the border agreement between Freedonia and Sylvania, State Department spokesperson Maria Lind told reporters at her daily news briefing on Monday.\n\n\
Earlier in the day, Pentagon deputy press secretary Sabrina Holt said the department was consulting its allies.\n\n\
\"That would be a very serious development,\" Holt told reporters.";

date_table! {
    earlier_in_the_day_is_the_storys_day_not_the_publication_day:
    (BRIEFING, "was consulting its allies", "2021-04-12"),
    (BRIEFING, "a very serious development", "2021-04-12"),
}

const OBITUARY: &str = "Anna Berglund, who coached three generations of Swedish skiers, has died at the age of 81, her family said.\n\n\
Berglund said in a 2019 interview that talent was a loan and training the repayment.\n\n\
Her former pupil Lars Ek said in August that she had never raised her voice.\n\n\
The novelist Chiamaka Obi said in an interview last week that her new book began as a thriller.";

date_table! {
    a_month_a_year_or_a_vague_time_names_no_day:
    (OBITUARY, "talent was a loan", ""),
    (OBITUARY, "never raised her voice", ""),
    (OBITUARY, "her new book began", ""),
}

const ROUNDUP: &str = "KUALA LUMPUR, April 13 (Bernama) -- Prime Minister Datuk Anwar Hashim said yesterday that the region must speak with one voice on the sea dispute, at a retreat of economic ministers.\n\n\
Trade minister Zafir Aziz told reporters that ministers would discuss a plan to cut tariffs.\n\n\
--------------------------------------------\n\n\
HANOI, April 13 (Bernama) -- Vietnam will start building its high-speed railway this year, Deputy Prime Minister Tran Minh Ha said.\n\n\
Ha told a meeting of the steering committee that land clearance was nearly complete.";

date_table! {
    a_round_ups_next_dateline_starts_a_story_of_its_own:
    (ROUNDUP, "ministers would discuss a plan", "2021-04-12"),
    (ROUNDUP, "land clearance was nearly complete", "2021-04-13"),
}

const LIVE_BLOG: &str = "MANILA, Philippines — Typhoon Ramil made landfall over Catanduanes late Sunday night, packing maximum sustained winds of 195 kilometers per hour. Follow this page for live updates.\n\n\
4:40 PM Interior Secretary Jon Remo said more than 400,000 people had been evacuated in Bicol.\n\n\
\"No one goes on leave while our people are in evacuation centers,\" President Ana Cruz told a briefing.";

/// The same story without the live blog's clock times: the landfall's day dates them.
const LANDFALL: &str = "MANILA, Philippines — Typhoon Ramil made landfall over Catanduanes late Sunday night, packing maximum sustained winds of 195 kilometers per hour. Follow this page for live updates.\n\n\
Interior Secretary Jon Remo said more than 400,000 people had been evacuated in Bicol.\n\n\
\"No one goes on leave while our people are in evacuation centers,\" President Ana Cruz told a briefing.";

date_table! {
    a_live_blogs_timed_entry_is_the_publication_days:
    (LIVE_BLOG, "400,000 people had been evacuated", "2021-04-13"),
    (LIVE_BLOG, "No one goes on leave", "2021-04-13"),
    (LANDFALL, "400,000 people had been evacuated", "2021-04-11"),
    (LANDFALL, "No one goes on leave", "2021-04-11"),
}

const PLANS: &str = "The board of Harlan Tool voted on Monday to close its plant in Ohio, ending a year of talks with the union over wages and pensions.\n\n\
Workers will hold a rally on Friday, union leader Tom Reyes said.\n\n\
Company spokesman Dan Wolfe said the plant would stay open until Thursday.";

date_table! {
    dates_of_plans_and_limits_do_not_move_the_storys_day:
    (PLANS, "Workers will hold a rally", "2021-04-12"),
    (PLANS, "stay open until Thursday", "2021-04-12"),
}

const WIRE_WITHOUT_YEAR: &str = "BERLIN, Feb. 4 (Reuters) - Germany will not take on new debt to pay for tax cuts, the Finance Ministry said on Thursday, rejecting calls from parts of the coalition.\n\n\
Economists at the Halden institute said on Wednesday that the economy probably shrank in the first quarter.";

#[test]
fn without_the_year_the_ledes_weekday_names_the_datelines_day() {
    // The lede's "Thursday" is the dateline's February 4, so Wednesday is February 3.
    let cases: &[(&str, &str, &str)] = &[
        (WIRE_WITHOUT_YEAR, "the economy probably shrank", "--02-03"),
        (WIRE_WITHOUT_YEAR, "Germany will not take on new debt", "--02-04"),
    ];
    for &(text, inside, want) in cases {
        assert_eq!(day_published(text, inside, "--02-04"), want, "day of {inside:?}");
    }
}

/// [`day_published`] for an article whose body is only `paragraphs` of `text`, as the
/// article stage gives it: the lines between them (a byline, a caption) are not read.
fn day_in_body(text: &str, paragraphs: &[&str], inside: &str) -> String {
    use whosaid_attribution::{AttributorBuilder, Document};
    use whosaid_core::Span;
    use whosaid_tokenize::TokenizerBuilder;
    let spans: Vec<Span> = paragraphs
        .iter()
        .filter_map(|p| text.find(p).map(|at| Span::new(at, at + p.len())))
        .collect();
    assert_eq!(spans.len(), paragraphs.len(), "every paragraph is in the text");
    let tokens = TokenizerBuilder::new().build().tokenize_paragraphs(text, &spans);
    let gazetteer = support::default_gazetteer();
    let annotation = gazetteer.annotate(text, &tokens);
    let doc = Document {
        text,
        tokens: &tokens,
        annotation: &annotation,
        gazetteer,
        published: PUBLISHED.parse().ok(),
    };
    let claims = AttributorBuilder::new().build().attribute(&doc);
    let Some(claim) =
        claims.iter().find(|c| text.get(c.span.range()).is_some_and(|s| s.contains(inside)))
    else {
        panic!("no claim containing {inside:?}");
    };
    claim.stated_on.map(|d| d.to_string()).unwrap_or_default()
}

const STANDFIRST: &str = "Regional health minister Lena Frosk said the new clinic would take its first patients before the end of the year.\n\n\
By Jon Halvard, staff reporter\n\n\
The first hospital built on the island in forty years opened its doors on Monday as patients from three villages arrived by ferry for check-ups.\n\n\
\"This is the day we waited for,\" Frosk told reporters at the entrance.";

#[test]
fn a_standfirst_before_a_skipped_byline_is_not_the_lede() {
    let standfirst = STANDFIRST.split("\n\n").next().unwrap_or("");
    let body: Vec<&str> =
        STANDFIRST.split("\n\n").filter(|p| !p.starts_with("By ")).collect::<Vec<_>>();
    // The article stage cut the byline: the lede after it dates the event.
    assert_eq!(day_in_body(STANDFIRST, &body, "the day we waited for"), "2021-04-12");
    assert_eq!(day_in_body(STANDFIRST, &body, "first patients"), "2021-04-13");
    // Nothing cut after the first paragraph: it is the lede, and it reports an undated
    // statement, so the news is the publication day's.
    assert!(body.first() == Some(&standfirst));
    assert_eq!(day_of(STANDFIRST, "the day we waited for"), "2021-04-13");
}

const HISTORY: &str = "Dock workers at the port of Harwick ended their strike on Monday after the operator agreed to keep every crane driver on the payroll.\n\n\
The port was sold to a private operator in 2009, and its first automated cranes arrived in 2019.\n\n\
Union leader Pieter Maas told reporters that the deal was a victory for every worker on the quay.";

const RECENT_BACKGROUND: &str = "Dock workers at the port of Harwick ended their strike on Monday after the operator agreed to keep every crane driver on the payroll.\n\n\
The operator began testing driverless cranes on the quay last month.\n\n\
Union leader Pieter Maas told reporters that the deal was a victory for every worker on the quay.";

date_table! {
    a_paragraph_of_history_is_an_aside_but_recent_background_ends_the_storys_day:
    (HISTORY, "a victory for every worker", "2021-04-12"),
    (RECENT_BACKGROUND, "a victory for every worker", "2021-04-13"),
}

const EARLIER: &str = "President Ana Cruz received the Sylvanian foreign minister, Tomas Reyes, at the palace on Monday at the start of his first official visit to the country.\n\n\
Earlier, the two foreign ministers held talks at the ministry, followed by a joint press conference.\n\n\
Reyes said the talks had been frank and useful.";

const EARLIER_THIS_MONTH: &str = "President Ana Cruz received the Sylvanian foreign minister, Tomas Reyes, at the palace on Monday at the start of his first official visit to the country.\n\n\
Earlier this month, the two countries reopened their border.\n\n\
Reyes said the talks had been frank and useful.";

date_table! {
    a_fronted_earlier_leads_up_to_the_storys_day:
    (EARLIER, "frank and useful", "2021-04-12"),
    (EARLIER_THIS_MONTH, "frank and useful", "2021-04-13"),
}

const TOLD_THE_HOUSE: &str = "Prime Minister Kofi Mensah told the House of Assembly on Monday that the budget would be balanced within two years.";

const DATE_IN_THE_STATEMENT: &str = "Prime Minister Kofi Mensah told the House of Assembly that the budget vote on Monday would be close.";

date_table! {
    a_date_between_the_cues_words_and_the_statement_is_the_cues:
    (TOLD_THE_HOUSE, "the budget would be balanced", "2021-04-12"),
    (DATE_IN_THE_STATEMENT, "would be close", "2021-04-13"),
}

const SCENE: &str = "Foreign Minister Sergei Orlov began a tour of southern Europe, with talks in Lisbon and Madrid planned for the coming days.\n\n\
The ministry said the tour would focus on trade.\n\n\
Orlov's deputy, Pavel Grin, said on Tuesday that the talks would be difficult.\n\n\
On Monday, ministry spokeswoman Irina Volkova described the tour as a working trip. The diplomat told her weekly briefing that reports of a rift were invented.";

const SOURCES: &str = "Foreign Minister Sergei Orlov began a tour of southern Europe, with talks in Lisbon and Madrid planned for the coming days.\n\n\
The ministry said the tour would focus on trade.\n\n\
Orlov's deputy, Pavel Grin, said on Tuesday that the talks would be difficult.\n\n\
On Monday, the central bank cut its lending rate. The move was a surprise to many traders, the sources said.";

date_table! {
    a_fronted_day_is_the_scene_of_its_paragraphs_statements_to_an_audience:
    (SCENE, "reports of a rift were invented", "2021-04-12"),
    // "the sources said" is the reporter's sourcing, not a statement at the scene.
    (SOURCES, "a surprise to many traders", "2021-04-13"),
}

const AFFIDAVIT: &str = "The High Court in Harwick on Monday heard a petition by fishermen against the new harbour fees, the first challenge to the charges since they took effect.\n\n\
The Harwick Port Authority, in an affidavit filed on Friday, said it had consulted every registered boat owner.\n\n\
\"We were never asked,\" the fishermen's lawyer, Anna Sveen, told the court.";

const SPOKEN_ON_FRIDAY: &str = "The High Court in Harwick on Monday heard a petition by fishermen against the new harbour fees, the first challenge to the charges since they took effect.\n\n\
The harbour master, Ole Brun, told reporters on Friday that every registered boat owner had been consulted.\n\n\
\"We were never asked,\" the fishermen's lawyer, Anna Sveen, told the court.";

date_table! {
    a_documents_day_does_not_end_the_storys_day_but_a_statement_dated_otherwise_does:
    (AFFIDAVIT, "consulted every registered boat owner", "2021-04-09"),
    (AFFIDAVIT, "We were never asked", "2021-04-12"),
    (SPOKEN_ON_FRIDAY, "We were never asked", "2021-04-13"),
}

const PARTICIPLE: &str = "The Harwick port operator on Monday rejected the union's latest pay demand, saying the offer already on the table was final.";

const PARTICIPLE_AFTER_A_PLACE: &str = "Nurses at the Harwick general hospital walked off the job for two hours on Monday afternoon, saying the emergency ward had been short of staff all winter.";

const PARTICIPLE_DATE_IN_STATEMENT: &str = "The Harwick port operator rejected the union's latest pay demand, saying the offer would stay on the table until Monday.";

const PARTICIPLE_AFTER_A_RELATIVE_CLAUSE: &str = "The Harwick port operator, which was sold to new owners on Monday, rejected the union's latest pay demand, saying the offer already on the table was final.";

const PARTICIPLE_AFTER_A_PLAN: &str = "Dock workers at Harwick will walk out on Monday, saying the operator's offer was an insult to every crane driver.";

date_table! {
    a_participles_statement_takes_its_main_clauses_day:
    (PARTICIPLE, "the offer already on the table was final", "2021-04-12"),
    (PARTICIPLE_AFTER_A_PLACE, "short of staff all winter", "2021-04-12"),
    // The date is the statement's subject, not the day it was made.
    (PARTICIPLE_DATE_IN_STATEMENT, "stay on the table", "2021-04-13"),
    // A relative clause's date is its own verb's.
    (PARTICIPLE_AFTER_A_RELATIVE_CLAUSE, "the offer already on the table was final", "2021-04-13"),
    // A plan's day is not the day anything was said.
    (PARTICIPLE_AFTER_A_PLAN, "an insult to every crane driver", "2021-04-13"),
}

const WATER_LEDE: &str = "Harwick households will pay about two dollars a week more for water from July after the city council approved a seven per cent increase in charges.\n\n";

/// The second paragraph after [`WATER_LEDE`]: a lede's perfect reports the news itself.
fn after_water_lede(paragraph: &str) -> String {
    format!("{WATER_LEDE}{paragraph}")
}

#[test]
fn a_relative_clauses_perfect_is_not_the_cues() {
    let cases: &[(&str, &str)] = &[
        (
            "Mayor Ana Ruiz, who has long argued for higher water charges, said the increase was overdue.",
            "2021-04-13",
        ),
        (
            "The utility's board, which had resisted any rise for years, said the increase was overdue.",
            "2021-04-13",
        ),
        // The speaker's own perfect names no day.
        ("Mayor Ana Ruiz has said the increase was overdue.", ""),
        ("Mayor Ana Ruiz, the council's longest-serving member, has said the increase was overdue.", ""),
        ("Mayor Ana Ruiz, who chairs the finance committee, has said the increase was overdue.", ""),
    ];
    for &(paragraph, want) in cases {
        let text = after_water_lede(paragraph);
        assert_eq!(day_of(&text, "the increase was overdue"), want, "{paragraph}");
    }
}

const FEES_RULING: &str = "Judges at the Harwick High Court struck down the city's new parking fees on Monday after a three-day hearing brought by a group of residents.\n\n";

#[test]
fn a_vague_time_in_a_relative_clause_does_not_end_the_storys_day() {
    let cases: &[(&str, &str)] = &[
        (
            "Outside the court, Mary Otieno, a retired teacher who paid more than 400 dollars in fees last year, said she hoped the city would refund every driver.",
            "2021-04-12",
        ),
        (
            "Mary Otieno, whose husband was fined twice last month, said she hoped the city would refund every driver.",
            "2021-04-12",
        ),
        // The cue's own vague time names no day.
        ("Mary Otieno, a retired teacher, said last week that she hoped the city would refund every driver.", ""),
        // Recent background in the narration moves the story off its day.
        (
            "The city began charging the fees last month. Mary Otieno, a retired teacher, said she hoped the city would refund every driver.",
            "2021-04-13",
        ),
    ];
    for &(paragraph, want) in cases {
        let text = format!("{FEES_RULING}{paragraph}");
        assert_eq!(day_of(&text, "refund every driver"), want, "{paragraph}");
    }
}

const TALKS_COLLAPSED: &str = "Bin collections across Harwick face weeks of disruption after talks between the city council and the refuse workers' union broke down yesterday.\n\n\
Union organiser Tom Reyes said members had run out of patience after eight months of negotiations.\n\n";

#[test]
fn later_after_the_storys_event_is_another_day_but_after_the_speakers_own_statement_is_not() {
    let cases: &[(&str, &str)] = &[
        // After the event the lede dates: said some time after it, the day the paper gives.
        ("Council leader Jane Wills later told the Harwick Courier that the council could not afford a better offer.", "2021-04-13"),
        // The story's day goes on without "later".
        ("Council leader Jane Wills told the Harwick Courier that the council could not afford a better offer.", "2021-04-12"),
        // "Later" after the speaker's own statement at the event: its aftermath.
        ("Council leader Jane Wills accused the union of walking away from the table. She later told reporters that the council could not afford a better offer.", "2021-04-12"),
    ];
    for &(paragraph, want) in cases {
        let text = format!("{TALKS_COLLAPSED}{paragraph}");
        assert_eq!(day_of(&text, "could not afford a better offer"), want, "{paragraph}");
    }
    // The story has moved on: later statements are of the publication day too.
    let text = format!("{TALKS_COLLAPSED}Council leader Jane Wills later told the Harwick Courier that the council could not afford a better offer.\n\nResidents said they feared rats in the streets.");
    assert_eq!(day_of(&text, "feared rats"), "2021-04-13");
}

const RUNWAY_LEDE: &str = "A controller at Harwick airport cleared a cargo jet to cross an active runway seconds before a passenger flight touched down, investigators said.\n\n";

#[test]
fn a_participial_aside_on_the_subject_dates_its_statements() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Transport Minister Ana Ruiz, speaking on Channel 9 on Monday, blamed the incident on a shortage of controllers that she said was years in the making.",
            "years in the making",
            "2021-04-12",
        ),
        // Her next statement continues that interview.
        (
            "Transport Minister Ana Ruiz, speaking on Channel 9 on Monday, blamed the incident on a shortage of controllers that she said was years in the making.\n\n\"We cannot train a controller in a weekend,\" Ruiz said.",
            "train a controller",
            "2021-04-12",
        ),
        // A relative clause's date is its own verb's.
        (
            "Transport Minister Ana Ruiz, who was appointed on Monday, blamed the incident on a shortage of controllers that she said was years in the making.",
            "years in the making",
            "2021-04-13",
        ),
    ];
    for &(paragraph, inside, want) in cases {
        let text = format!("{RUNWAY_LEDE}{paragraph}");
        assert_eq!(day_of(&text, inside), want, "{paragraph}");
    }
}

const TRIAL_LEDE: &str = "A former Harwick city treasurer steered public money to consulting firms run by his relatives, a prosecutor told jurors in closing arguments at his fraud trial.\n\n";

#[test]
fn a_dated_opening_sentence_of_narration_is_the_scene_of_its_paragraphs_statements_to_an_audience()
{
    let cases: &[(&str, &str)] = &[
        ("Tom Reyes testified in his own defence on Monday. He told jurors he had believed the firms were legitimate.", "2021-04-12"),
        // A bare "he said" is not a statement to the scene's audience.
        ("Tom Reyes testified in his own defence on Monday. His lawyer said he had believed the firms were legitimate.", "2021-04-13"),
        // A date of a later sentence sets no scene for the sentence before it.
        ("Tom Reyes told jurors he had believed the firms were legitimate. He testified in his own defence on Monday.", "2021-04-13"),
    ];
    for &(paragraph, want) in cases {
        let text = format!("{TRIAL_LEDE}{paragraph}");
        assert_eq!(day_of(&text, "believed the firms were legitimate"), want, "{paragraph}");
    }
}

#[test]
fn a_short_dated_lede_sentence_sets_the_storys_day() {
    let statements = "\"We will not sail for promises,\" union leader Ana Reis said.\n\n\
The operator said talks would resume once the crews returned.";
    let cases: &[(&str, &str)] = &[
        // A lede shorter than most still dates its event.
        (
            "Ferries across the Vell strait stopped on Monday as crews walked out over pay.",
            "2021-04-12",
        ),
        (
            "Harwick's ferries stood idle yesterday as their crews walked out over pay.",
            "2021-04-12",
        ),
        // A headline is no sentence of narration.
        ("Ferry crews walk out on Monday over pay", "2021-04-13"),
        // Nor is a teaser too short to tell the event.
        ("Ferries stopped on Monday.", "2021-04-13"),
    ];
    for &(lede, want) in cases {
        let text = format!("{lede}\n\n{statements}");
        assert_eq!(day_of(&text, "sail for promises"), want, "{lede}");
        assert_eq!(day_of(&text, "talks would resume"), want, "{lede}");
    }
}

const EXCHANGE_LEDE: &str = "Freedonia and Sylvania swapped 120 prisoners on Monday, the first exchange since the spring.\n\n";

#[test]
fn a_statement_at_the_time_or_earlier_names_no_day() {
    let cases: &[(&str, &str)] = &[
        (
            "The last swap took place in late September. At the time, the coordination office said Sylvania had been stalling exchanges for months.",
            "",
        ),
        (
            "The central bank last eased policy in April. Its governor said at the time that the bank stood ready to act.",
            "",
        ),
        ("The city's deputy mayor said earlier that the city had stockpiled enough grit for the winter.", ""),
        // A time of the day is the story's day, not some time before it.
        ("Earlier that morning, the city's deputy mayor said the city had stockpiled enough grit for the winter.", "2021-04-12"),
        // "At" opening anything else dates nothing.
        ("At the border, the city's deputy mayor said the city had stockpiled enough grit for the winter.", "2021-04-12"),
    ];
    for &(paragraph, want) in cases {
        let text = format!("{EXCHANGE_LEDE}{paragraph}");
        let inside = ["stalling exchanges", "stood ready to act", "stockpiled enough grit"]
            .into_iter()
            .find(|s| paragraph.contains(s))
            .unwrap_or_default();
        assert_eq!(day_of(&text, inside), want, "{paragraph}");
    }
}

#[test]
fn a_documents_day_after_its_name_dates_what_it_says() {
    let cases: &[(&str, &str)] = &[
        (
            "Glaciers in the Harwick range have lost a third of their ice since 1990, according to a study published on Monday in the journal Ice Letters.",
            "2021-04-12",
        ),
        (
            "Glaciers in the Harwick range have lost a third of their ice since 1990, according to a report released Monday by the national weather office.",
            "2021-04-12",
        ),
        // A day of something else in the source's clause does not date it.
        (
            "Glaciers in the Harwick range have lost a third of their ice since 1990, according to a study that began on Monday.",
            "2021-04-13",
        ),
        ("Glaciers in the Harwick range have lost a third of their ice since 1990, according to a study.", "2021-04-13"),
    ];
    for &(text, want) in cases {
        assert_eq!(day_of(text, "lost a third of their ice"), want, "{text}");
    }
}

const LIVE_BLOG_TIME_LINES: &str = "MANILA, Philippines — Typhoon Ramil made landfall over Catanduanes late Sunday night, packing maximum sustained winds of 195 kilometers per hour. Follow this page for live updates.\n\n\
4:40 PM\n\n\
Interior Secretary Jon Remo said more than 400,000 people had been evacuated in Bicol.\n\n\
Share this: Facebook | X\n\n\
\"No one goes on leave while our people are in evacuation centers,\" President Ana Cruz told a briefing.";

#[test]
fn a_live_blogs_time_on_a_line_the_article_stage_cut_opens_an_entry() {
    let paragraphs: Vec<&str> = LIVE_BLOG_TIME_LINES.split("\n\n").collect();
    // The article stage cut the clock time: the entry after it is the publication day's.
    let body: Vec<&str> = paragraphs.iter().copied().filter(|p| *p != "4:40 PM").collect();
    assert_eq!(day_in_body(LIVE_BLOG_TIME_LINES, &body, "400,000 people"), "2021-04-13");
    // Other cut text (a share line) opens no entry: the landfall's day goes on.
    let body: Vec<&str> =
        paragraphs.iter().copied().filter(|p| !p.starts_with("Share") && *p != "4:40 PM").collect();
    let without_time = LIVE_BLOG_TIME_LINES.replace("4:40 PM\n\n", "");
    assert_eq!(day_in_body(&without_time, &body, "400,000 people"), "2021-04-11");
    assert_eq!(day_in_body(&without_time, &body, "No one goes on leave"), "2021-04-11");
}

/// Published Tuesday 2021-04-13; the lede dates the board's statement Monday night.
const PAY_DEAL: &str = "The harbour board and the dockers' union have agreed a three-year pay deal that raises wages by a tenth, the board said on Monday night.\n\n\
Transport minister Lena Vos welcomed the deal, telling reporters in Harwick on Tuesday that it was \"a good day for the port\".\n\n\
\"We will not go back to the strikes of the past,\" the minister said.\n\n\
Sofia Brandt, a spokeswoman for the shippers, told journalists at the quay yesterday that cargo was moving again.";

date_table! {
    // Regression: a participle's addressee hid the day after it ("telling reporters in the
    // capital on Friday that"), so the minister's statements kept the lede's day.
    a_participles_day_after_its_addressee_and_occasion_dates_its_statement:
    (PAY_DEAL, "raises wages by a tenth", "2021-04-12"),
    (PAY_DEAL, "a good day for the port", "2021-04-13"),
    (PAY_DEAL, "We will not go back", "2021-04-13"),
    (PAY_DEAL, "cargo was moving again", "2021-04-12"),
}

#[test]
fn a_relative_clause_of_the_speaking_itself_dates_the_statement() {
    let cases: &[(&str, &str)] = &[
        // Regression: "who spoke on Monday" was read as any relative clause's own day.
        ("Mayor Ana Ruiz, who spoke on Monday at a meeting of residents, said the increase was overdue.", "2021-04-12"),
        ("Mayor Ana Ruiz, who was speaking at a residents' meeting on Monday, said the increase was overdue.", "2021-04-12"),
        ("Mayor Ana Ruiz, who addressed the residents' association on Monday, said the increase was overdue.", "2021-04-12"),
        // Another verb's day stays its own.
        ("Mayor Ana Ruiz, who was re-elected on Monday, said the increase was overdue.", "2021-04-13"),
        ("Mayor Ana Ruiz, who visited the pumping station on Monday, said the increase was overdue.", "2021-04-13"),
    ];
    for &(paragraph, want) in cases {
        let text = after_water_lede(paragraph);
        assert_eq!(day_of(&text, "the increase was overdue"), want, "{paragraph}");
    }
}

#[test]
fn an_addressee_after_a_possessive_name_leaves_the_day_to_the_cue() {
    let cases: &[(&str, &str)] = &[
        // Regression: the addressee stopped at "Parliament's", so "budget committee on Monday"
        // opened the statement and the cue had no day.
        ("Finance minister Lena Vos told Parliament's budget committee on Monday that the increase was overdue.", "2021-04-12"),
        ("Finance minister Lena Vos told Harwick's finance committee on Monday that the increase was overdue.", "2021-04-12"),
        ("Finance minister Lena Vos told Parliament's budget committee that the increase was overdue.", "2021-04-13"),
    ];
    for &(paragraph, want) in cases {
        let text = after_water_lede(paragraph);
        assert_eq!(day_of(&text, "the increase was overdue"), want, "{paragraph}");
    }
}

#[test]
fn a_ledes_reported_event_day_dates_the_statement_that_reports_it() {
    // (lede, a substring of its statement, day)
    let cases: &[(&str, &str, &str)] = &[
        // Regression: the event's day was read as the statement's subject, so the lede
        // statement kept the publication day.
        ("Norvik and Sulden on Monday agreed to intensify talks on fishing rights in the northern bay, the foreign ministry said after a meeting in the capital.", "intensify talks", "2021-04-12"),
        ("Norvik and Sulden agreed on Monday to \"intensify\" talks on fishing rights in the northern bay, the foreign ministry said.", "talks on fishing rights", "2021-04-12"),
        ("The harbour board cut its mooring fees by a tenth at its meeting yesterday, the port authority said in a statement.", "mooring fees", "2021-04-12"),
        // A plan, a limit, another clause's verb or a possessive day is no event of the lede.
        ("The harbour board will meet on Monday to discuss mooring fees for the northern bay, the port authority said.", "mooring fees", "2021-04-13"),
        ("The harbour board on Monday will set new mooring fees for the northern bay, the port authority said.", "mooring fees", "2021-04-13"),
        ("Cargo through the northern bay rose by a tenth in the week ended yesterday, the port authority said.", "rose by a tenth", "2021-04-13"),
        ("Sailors who landed at the northern bay on Monday were questioned by police for hours, the port authority said.", "were questioned", "2021-04-13"),
        ("Mooring fees for the northern bay settled above yesterday's level after a calm session, brokers said.", "settled above", "2021-04-13"),
    ];
    for &(lede, inside, want) in cases {
        let text = format!("{lede}\n\nThe board has not commented on the figures.");
        assert_eq!(day_of(&text, inside), want, "{lede}");
    }
}

#[test]
fn a_summary_boxs_bullet_points_are_not_the_lede() {
    let story = "The High Court in Harwick has suspended the city's new parking fees pending the hearing of a petition filed by a residents' group and two traders.\n\n\
Justice Mary Wanjiru on Monday issued orders stopping the city from collecting the fees, which were due to take effect next month.\n\n\
In her ruling, the judge said the residents had made a strong case that they had not been consulted.";
    for bullets in [
        "\u{2022} The judge said the residents had made a strong case.\n\u{2022} Mayor John Otieno said the city would appeal.",
        "* The judge said the residents had made a strong case.\n* Mayor John Otieno said the city would appeal.",
        "",
    ] {
        // Regression: the box's "said" made it the lede, whose undated statement closed the
        // lede zone before the ruling's Monday.
        let text = format!("{bullets}\n\n{story}");
        assert_eq!(day_of(&text, "had not been consulted"), "2021-04-12", "{bullets:?}");
    }
}
