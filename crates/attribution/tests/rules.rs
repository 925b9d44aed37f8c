//! Table-driven tests of the attribution rules, on sentences written for these tests, run
//! through the real tokenizer and a small gazetteer of invented names.

mod support;

use whosaid_core::{Claim, ClaimKind};
use whosaid_gazetteer::{Gazetteer, GazetteerBuilder};

const ENTITIES: &str = "\
maria-lindqvist\tperson\tMaria Lindqvist\tLindqvist
tomas-berg\tperson\tTomas Berg\tBerg
oskar-nilsson\tperson\tOskar Nilsson\tNilsson
freedonia\tcountry\tFreedonia\tadj:Freedonian
sylvania\tcountry\tSylvania\tadj:Sylvanian
ports-ministry\torganization\tFreedonia Ministry of Ports\tPorts Ministry|Ministry of Ports
harbor-council\torganization\tHarbor Council\tthe Harbor Council
acme-shipping\torganization\tAcme Shipping Co\tAcme Shipping|Acme
daily-gazette\torganization\tDaily Gazette\tthe Daily Gazette|short:the Gazette
";

const ROLES: &str =
    "spokesman\nspokeswoman\nminister\ndeputy minister\nports minister\nchairman\nhead of government\n";

fn gazetteer() -> Gazetteer {
    let mut builder = GazetteerBuilder::new();
    builder.add_tsv("test", ENTITIES);
    builder.add_roles_tsv("roles", ROLES);
    assert!(builder.errors().is_empty(), "{:?}", builder.errors());
    builder.build()
}

fn claims(text: &str, published: &str) -> Vec<(Claim, String)> {
    support::claims_with(text, &gazetteer(), published)
}

fn describe(found: &[(Claim, String)]) -> String {
    found
        .iter()
        .map(|(c, s)| {
            format!(
                "\n  [{} | {} | {} | {} | {:?}] {s}",
                c.speaker.name,
                c.cue,
                c.kind,
                c.stated_on.map(|d| d.to_string()).unwrap_or_default(),
                c.speaker.role
            )
        })
        .collect()
}

/// Each row: text, publication date, expected speaker, cue, kind, a substring of the
/// statement, a word that must NOT be in the statement ("" for none), and the date.
macro_rules! claim_table {
    ($name:ident: $( ($text:expr, $published:expr, $speaker:expr, $cue:expr, $kind:ident,
        $inside:expr, $outside:expr, $date:expr) ),+ $(,)?) => {
        #[test]
        fn $name() {
            $(
                let found = claims($text, $published);
                let hit = found.iter().find(|(_, s)| s.contains($inside));
                let Some((claim, statement)) = hit else {
                    panic!("no claim containing {:?} in {:?}; found:{}", $inside, $text, describe(&found));
                };
                assert_eq!(claim.speaker.name, $speaker, "speaker in {:?}{}", $text, describe(&found));
                assert_eq!(claim.cue, $cue, "cue in {:?}", $text);
                assert_eq!(claim.kind, ClaimKind::$kind, "kind in {:?}{}", $text, describe(&found));
                if !$outside.is_empty() {
                    assert!(!statement.contains($outside), "{:?} holds {:?}", statement, $outside);
                }
                let date = claim.stated_on.map(|d| d.to_string()).unwrap_or_default();
                assert_eq!(date, $date, "date in {:?}", $text);
            )+
        }
    };
}

claim_table! { direct_quotes_with_the_speaker_around_them:
    ("\"The harbor will reopen in spring,\" Maria Lindqvist said.", "2020-03-04",
        "Maria Lindqvist", "said", Direct, "harbor will reopen", "Lindqvist", "2020-03-04"),
    ("\"The harbor will reopen in spring,\" said Maria Lindqvist.", "2020-03-04",
        "Maria Lindqvist", "said", Direct, "harbor will reopen", "said", "2020-03-04"),
    ("Maria Lindqvist said: \"The harbor will reopen in spring.\"", "2020-03-04",
        "Maria Lindqvist", "said", Direct, "harbor will reopen", "Lindqvist", "2020-03-04"),
    ("\"We are ready to talk,\" Tomas Berg said at a news conference. \"Nobody wants a strike.\"",
        "2020-03-04", "Tomas Berg", "said", Direct, "Nobody wants a strike", "", "2020-03-04"),
    ("\"Fees will not rise this year,\" Ports Ministry spokesman Oskar Nilsson said on Tuesday.",
        "2020-03-04", "Oskar Nilsson", "said", Direct, "Fees will not rise", "", "2020-03-03"),
}

claim_table! { one_quote_split_around_the_attribution_is_one_claim:
    ("\"We are ready to talk,\" Tomas Berg said at a news conference. \"Nobody wants a strike.\"",
        "2020-03-04", "Tomas Berg", "said", Direct, "We are ready to talk", "", "2020-03-04"),
}

claim_table! { indirect_speech_forms:
    ("Maria Lindqvist said that the harbor would reopen in spring.", "2020-03-04",
        "Maria Lindqvist", "said", Indirect, "the harbor would reopen", "that the", "2020-03-04"),
    ("Maria Lindqvist said Tuesday that the harbor would reopen in spring.", "2020-03-04",
        "Maria Lindqvist", "said", Indirect, "the harbor would reopen", "Tuesday", "2020-03-03"),
    ("Tomas Berg told reporters the strike would end soon.", "2020-03-04",
        "Tomas Berg", "told reporters", Indirect, "the strike would end soon", "reporters", "2020-03-04"),
    ("Tomas Berg warned that the strike could spread to other ports.", "2020-03-04",
        "Tomas Berg", "warned", Indirect, "the strike could spread", "", "2020-03-04"),
    ("Tomas Berg says the strike will end soon.", "2020-03-04",
        "Tomas Berg", "says", Indirect, "the strike will end soon", "", "2020-03-04"),
    ("Maria Lindqvist said during a visit to the docks on Monday that the cranes were too old.",
        "2020-03-04", "Maria Lindqvist", "said", Indirect, "the cranes were too old", "docks", "2020-03-02"),
    ("Tomas Berg noted that shipping volumes had fallen by a third.", "2020-03-04",
        "Tomas Berg", "noted", Indirect, "shipping volumes had fallen", "", "2020-03-04"),
}

claim_table! { trailing_attribution_without_quotes:
    ("The harbor will reopen in spring, Ports Ministry spokesman Oskar Nilsson said.", "2020-03-04",
        "Oskar Nilsson", "said", Indirect, "The harbor will reopen in spring", "Nilsson", "2020-03-04"),
    ("The harbor will reopen in spring, the Harbor Council said Monday.", "2020-03-04",
        "Harbor Council", "said", Indirect, "The harbor will reopen", "Council", "2020-03-02"),
    ("Most of the cranes are too old to repair, Tomas Berg told reporters during his news conference.",
        "2020-03-04", "Tomas Berg", "told reporters", Indirect, "cranes are too old", "conference", "2020-03-04"),
}

claim_table! { mixed_and_direct_kinds:
    ("Maria Lindqvist said the ministry was ready for \"frank, practical talks\" on the fees.",
        "2020-03-04", "Maria Lindqvist", "said", Mixed, "frank, practical talks", "", "2020-03-04"),
}

claim_table! { according_to_and_quoted_as_saying:
    ("According to Freedonian officials the harbor will reopen in spring.", "2020-03-04",
        "Freedonian officials", "according to", Indirect, "the harbor will reopen", "officials", "2020-03-04"),
    ("The harbor will reopen in spring, according to Tomas Berg.", "2020-03-04",
        "Tomas Berg", "according to", Indirect, "The harbor will reopen", "according", "2020-03-04"),
    ("The Daily Gazette quoted Oskar Nilsson, the deputy minister, as saying the fees would stay.",
        "2020-03-04", "Oskar Nilsson", "quoted as saying", Indirect, "the fees would stay", "Gazette", "2020-03-04"),
    ("\"The fees will stay,\" the Daily Gazette quoted ports minister Oskar Nilsson as saying.",
        "2020-03-04", "Oskar Nilsson", "quoted as saying", Direct, "The fees will stay", "", "2020-03-04"),
}

claim_table! { accused_and_alleged:
    ("Tomas Berg accused Sylvania of blocking the shipping lanes.", "2020-03-04",
        "Tomas Berg", "accused", Indirect, "Sylvania of blocking", "accused", "2020-03-04"),
    ("Freedonia alleged that Sylvania is blocking the shipping lanes.", "2020-03-04",
        "Freedonia", "alleged", Indirect, "Sylvania is blocking", "", "2020-03-04"),
    ("\"We will not pay,\" Tomas Berg said according to a transcript of the meeting.", "2020-03-04",
        "Tomas Berg", "said", Direct, "We will not pay", "transcript", "2020-03-04"),
}

claim_table! { pronouns_resolve_to_the_last_speaker:
    ("\"The cranes are old,\" Maria Lindqvist said after talks with Oskar Nilsson. \"We need new ones,\" she added.",
        "2020-03-04", "Maria Lindqvist", "added", Direct, "We need new ones", "", "2020-03-04"),
    ("Tomas Berg spoke first. The fees are too high, he said.", "2020-03-04",
        "Tomas Berg", "said", Indirect, "fees are too high", "", "2020-03-04"),
    ("The Harbor Council met on Monday. It said the fees would stay.", "2020-03-04",
        "Harbor Council", "said", Indirect, "the fees would stay", "", "2020-03-04"),
}

claim_table! { role_nouns_groups_and_institutions:
    ("Ports Ministry spokesman Oskar Nilsson opened the meeting. Later the spokesman said the fees would stay.",
        "2020-03-04", "Oskar Nilsson", "said", Indirect, "the fees would stay", "", "2020-03-04"),
    ("Freedonian officials say the talks were useful.", "2020-03-04",
        "Freedonian officials", "say", Indirect, "the talks were useful", "", "2020-03-04"),
    ("Dock workers and local residents say the cranes are unsafe.", "2020-03-04",
        "Dock workers and local residents", "say", Indirect, "the cranes are unsafe", "", "2020-03-04"),
    ("Acme Shipping reported lower profits. Profits fell by half in the quarter, the company said.",
        "2020-03-04", "Acme Shipping Co", "said", Indirect, "Profits fell by half", "", "2020-03-04"),
    ("Profits fell by half in the quarter, the company said.", "2020-03-04",
        "company", "said", Indirect, "Profits fell by half", "", "2020-03-04"),
}

claim_table! { parenthetical_attribution_keeps_the_statement_after_it:
    ("Effective today, the Harbor Council said, all fees will rise by a tenth.", "2020-03-04",
        "Harbor Council", "said", Indirect, "all fees will rise", "", "2020-03-04"),
    ("The cranes are old and slow, Tomas Berg said, and they will be replaced next year.", "2020-03-04",
        "Tomas Berg", "said", Indirect, "they will be replaced", "", "2020-03-04"),
}

claim_table! { shape_found_company_names_are_organizations_for_the_company:
    ("Norrland Cable Works Inc said it bought a rival. The company said the deal closes in May.",
        "2020-03-04", "Norrland Cable Works Inc", "said", Indirect, "the deal closes in May", "", "2020-03-04"),
}

claim_table! { adding_after_an_attribution_is_a_second_statement:
    ("\"The cranes are old,\" Tomas Berg said, adding that new ones would arrive in May.", "2020-03-04",
        "Tomas Berg", "adding", Indirect, "new ones would arrive in May", "adding", "2020-03-04"),
}

claim_table! { relative_clauses_and_reversed_appositions_keep_the_subject:
    ("The Harbor Council, which had asked for lower fees, said it regretted the decision.", "2020-03-04",
        "Harbor Council", "said", Indirect, "it regretted the decision", "", "2020-03-04"),
    ("The port's spokesman, Oskar Nilsson, denied that the cranes were unsafe.", "2020-03-04",
        "Oskar Nilsson", "denied", Indirect, "the cranes were unsafe", "", "2020-03-04"),
}

claim_table! { one_of_them_is_the_last_group:
    ("Sylvanian diplomats said the dispute would calm down. \"Nobody wants a fish war,\" one of them said.",
        "2020-03-04", "Sylvanian diplomats", "said", Direct, "Nobody wants a fish war", "", "2020-03-04"),
}

claim_table! { institutions_speak_through_untitled_spokespeople:
    ("The Harbor Council met on Monday. The fees will stay, a Harbor Council spokeswoman said.", "2020-03-04",
        "Harbor Council", "said", Indirect, "The fees will stay", "", "2020-03-04"),
    ("Acme Shipping reported lower profits. Freedonia raised tariffs. Profits fell by half, the firm said.",
        "2020-03-04", "Acme Shipping Co", "said", Indirect, "Profits fell by half", "", "2020-03-04"),
    ("The harbor will reopen, the country's Office of Ports said.", "2020-03-04",
        "Office of Ports", "said", Indirect, "The harbor will reopen", "", "2020-03-04"),
}

claim_table! { a_title_named_later_gets_the_person:
    ("The harbor will reopen in May, a deputy minister said. Deputy Ports Minister Oskar Nilsson spoke in the capital.",
        "2020-03-04", "Oskar Nilsson", "said", Indirect, "The harbor will reopen", "", "2020-03-04"),
}

claim_table! { prepositional_phrases_hang_off_the_real_subject:
    ("\"The cranes are old,\" Dr Maria Lindqvist of the Harbor Council said on Monday.", "2020-03-04",
        "Maria Lindqvist", "said", Direct, "The cranes are old", "", "2020-03-02"),
    ("Two grain traders in Sylvania said prices had risen.", "2020-03-04",
        "Two grain traders in Sylvania", "said", Indirect, "prices had risen", "", "2020-03-04"),
}

claim_table! { told_takes_a_whole_audience_phrase:
    ("\"Fees will stay,\" Tomas Berg told a crowded evening news conference.", "2020-03-04",
        "Tomas Berg", "told a crowded evening news conference", Direct, "Fees will stay", "conference", "2020-03-04"),
}

claim_table! { names_the_name_finder_missed_keep_particles_and_titles:
    ("\"We are not against cranes,\" union leader Pieter van Holm told reporters.", "2020-03-04",
        "Pieter van Holm", "told reporters", Direct, "We are not against cranes", "", "2020-03-04"),
}

claim_table! { partial_names_resolve_to_the_fuller_form_seen_before:
    ("\"We are not against cranes,\" union leader Pieter van Holm told reporters. Van Holm said the strike would last two days.",
        "2020-03-04", "Pieter van Holm", "said", Indirect, "the strike would last two days", "", "2020-03-04"),
}

claim_table! { news_outlets_are_not_the_agency_in_the_story:
    ("The Daily Gazette reported on the Harbor Council. The fees will stay, the council said.", "2020-03-04",
        "Harbor Council", "said", Indirect, "The fees will stay", "", "2020-03-04"),
}

claim_table! { unknown_institution_names_are_organizations_and_antecedents:
    ("Vaccination continued, the Office of Health and Welfare said.", "2020-03-04",
        "Office of Health and Welfare", "said", Indirect, "Vaccination continued", "", "2020-03-04"),
    ("The fees will stay, the country's Office of Ports said. The office said it would help.", "2020-03-04",
        "Office of Ports", "said", Indirect, "it would help", "", "2020-03-04"),
}

claim_table! { brackets_and_wire_markup_around_the_subject:
    ("Prices rose by a tenth in May, the Office of Ports (OOP) said.", "2020-03-04",
        "Office of Ports", "said", Indirect, "Prices rose by a tenth", "", "2020-03-04"),
    ("The <Norrland Cable Exchange> said it has started trading options.", "2020-03-04",
        "Norrland Cable Exchange", "said", Indirect, "it has started trading options", "", "2020-03-04"),
    ("Krellvest Holdings <KRL.S> said it sold its retail arm.", "2020-03-04",
        "Krellvest Holdings", "said", Indirect, "it sold its retail arm", "", "2020-03-04"),
}

claim_table! { appositions_after_names_the_finder_missed:
    ("Krellvest, a Sylvanian real estate trust, said it began selling shares.", "2020-03-04",
        "Krellvest", "said", Indirect, "it began selling shares", "", "2020-03-04"),
    ("\"The situation is unchanged,\" consumer spokesman Abel Van Oord told reporters.", "2020-03-04",
        "Abel Van Oord", "told reporters", Direct, "The situation is unchanged", "", "2020-03-04"),
    ("Tomas Berg, representing the dockers, told the inquiry that the cranes were unsafe.", "2020-03-04",
        "Tomas Berg", "told the inquiry", Indirect, "the cranes were unsafe", "inquiry", "2020-03-04"),
}

claim_table! { according_to_an_institutions_own_documents:
    ("Ports Office spokeswoman Maria Lindqvist spoke first. According to the office's own estimates, the strike cost a million crowns.",
        "2020-03-04", "Ports Office", "according to", Indirect, "the strike cost a million crowns", "estimates", "2020-03-04"),
}

claim_table! { capitalized_institutions_in_running_text_are_antecedents:
    ("The Fisheries Council met on Monday. The quotas will stay, the council said.", "2020-03-04",
        "Fisheries Council", "said", Indirect, "The quotas will stay", "", "2020-03-04"),
}

claim_table! { unnamed_spokespeople_and_plain_noun_institutions:
    ("The Harbor Council, which funds the docks, welcomed the decision, a spokeswoman said in the capital.",
        "2020-03-04", "Harbor Council", "said", Indirect, "welcomed the decision", "", "2020-03-04"),
    ("Sylvania's grain exporters' union said the halt cost its members a million crowns.", "2020-03-04",
        "grain exporters' union", "said", Indirect, "the halt cost its members", "", "2020-03-04"),
    ("Krell Terminals opened a dock. Profits will rise, a company spokesman said.", "2020-03-04",
        "Krell Terminals", "said", Indirect, "Profits will rise", "", "2020-03-04"),
    ("Krell Terminals said 30 ships were delayed. The company said it had offered retraining.", "2020-03-04",
        "Krell Terminals", "said", Indirect, "it had offered retraining", "", "2020-03-04"),
}

#[test]
fn specific_institution_nouns_do_not_fall_back_to_an_unrelated_organization() {
    let text = "Acme Shipping said profits fell. The fees will stay, the ministry said.";
    let found = claims(text, "2020-03-04");
    let hit = found.iter().find(|(_, s)| s.contains("fees will stay"));
    assert_eq!(hit.map(|(c, _)| c.speaker.name.as_str()), Some("ministry"), "{}", describe(&found));
}

claim_table! { apposition_gives_the_role:
    ("Oskar Nilsson, Freedonia's deputy ports minister, said the fees would stay.", "2020-03-04",
        "Oskar Nilsson", "said", Indirect, "the fees would stay", "minister", "2020-03-04"),
}

claim_table! { dates_modify_the_cue_not_the_statement:
    ("On Monday, Tomas Berg told reporters that the strike was over.", "2020-03-04",
        "Tomas Berg", "told reporters", Indirect, "the strike was over", "Monday", "2020-03-02"),
    ("Earlier today, Tomas Berg said the strike was over.", "2020-03-04",
        "Tomas Berg", "said", Indirect, "the strike was over", "", "2020-03-04"),
    ("Tomas Berg said talks were held on February 20.", "2020-03-04",
        "Tomas Berg", "said", Indirect, "talks were held", "", "2020-03-04"),
    ("Tomas Berg told reporters on Feb. 28 that the strike was over.", "2020-03-04",
        "Tomas Berg", "told reporters", Indirect, "the strike was over", "", "2020-02-28"),
    ("Tomas Berg said Thursday it was over.", "2020-03-04",
        "Tomas Berg", "said", Indirect, "it was over", "Thursday", "2020-02-27"),
    ("Tomas Berg said Thursday that the strike was over.", "--03-04",
        "Tomas Berg", "said", Indirect, "the strike was over", "", "--03-04"),
}

claim_table! { nested_attribution_gives_the_outer_speaker:
    ("Maria Lindqvist noted that the Harbor Council said earlier on Monday that it stands ready to meet.",
        "2020-03-04", "Maria Lindqvist", "noted", Indirect, "stands ready to meet", "", "2020-03-04"),
}

#[test]
fn quote_only_paragraph_continues_the_previous_speaker() {
    let text = "\"The fees will stay,\" Maria Lindqvist said.\n\n\"We cannot lower them now. Nobody asked us to.\"\n";
    let found = claims(text, "2020-03-04");
    let hit = found.iter().find(|(_, s)| s.contains("cannot lower them"));
    let Some((claim, _)) = hit else { panic!("no continuation:{}", describe(&found)) };
    assert_eq!(claim.speaker.name, "Maria Lindqvist");
    assert_eq!(claim.cue, "");
    assert_eq!(claim.kind, ClaimKind::Direct);
}

#[test]
fn repeated_paragraph_gives_one_claim() {
    let para = "The harbor will reopen in spring, the Harbor Council said.";
    let text = format!("{para}\n\nThe council met twice.\n\n{para}\n");
    let found = claims(&text, "2020-03-04");
    let n = found.iter().filter(|(_, s)| s.contains("harbor will reopen")).count();
    assert_eq!(n, 1, "{}", describe(&found));
}

#[test]
fn repeated_lede_with_a_dateline_glued_on_gives_one_claim() {
    let lede = "grain shipments through the port of Aktau will resume on Monday after a two-week halt, a deputy minister said.";
    let text = format!("Sylvania's {lede}\n\nALMATY: Sylvania's {lede}\n");
    let found = claims(&text, "2020-03-04");
    let n = found.iter().filter(|(_, s)| s.contains("will resume on Monday")).count();
    assert_eq!(n, 1, "{}", describe(&found));
}

#[test]
fn sentences_without_a_speaking_subject_are_not_claims() {
    let cases = [
        "The talks came after Freedonia started building new docks.",
        "Freedonian and Sylvanian officials held discussions last week.",
        "The offer was said to be generous.",
        "What Freedonia believes is that the cranes are old.",
        "\"I said no,\" is the title of her memoir.",
        "Lindqvist's remarks came after the vote.",
        "The report said nothing new.",
    ];
    for text in cases {
        let found = claims(text, "2020-03-04");
        assert!(found.is_empty(), "{text:?}:{}", describe(&found));
    }
}

#[test]
fn first_person_inside_quotes_is_never_a_speaker() {
    let text = "\"I think we said enough,\" Tomas Berg said.";
    let found = claims(text, "2020-03-04");
    assert_eq!(found.len(), 1, "{}", describe(&found));
    assert_eq!(found.first().map(|(c, _)| c.speaker.name.as_str()), Some("Tomas Berg"));
}

#[test]
fn empty_and_odd_input_does_not_panic() {
    for text in ["", "\"", "said", ", said", "\"\" said he", "according to", "quoted as saying \""]
    {
        let _ = claims(text, "2020-03-04");
    }
}

claim_table! { pronouns_follow_gender_and_the_paragraph_subject:
    ("\"The cranes are old,\" Maria Lindqvist said. Tomas Berg disagreed. \"We need new ones,\" she said.",
        "2020-03-04", "Maria Lindqvist", "said", Direct, "We need new ones", "", "2020-03-04"),
    ("Tomas Berg said the fees would stay. Maria Lindqvist rejected that. She said the fees were too high.",
        "2020-03-04", "Maria Lindqvist", "said", Indirect, "the fees were too high", "", "2020-03-04"),
    ("Greta Holmfeld said the fees would stay.\n\n\"They are too high,\" Peter Vahl said.\n\nShe added that the port was losing ships.",
        "2020-03-04", "Greta Holmfeld", "added", Indirect, "the port was losing ships", "", "2020-03-04"),
    ("Mrs Sandqvist-Orm said the fees would stay.\n\n\"They are too high,\" Peter Vahl said.\n\nShe added that the port was losing ships.",
        "2020-03-04", "Sandqvist-Orm", "added", Indirect, "the port was losing ships", "", "2020-03-04"),
    ("\"The fees stay,\" Ports Ministry spokeswoman Ulla Krantz said. \"They are too high,\" Peter Vahl said.\n\nShe added that the port was losing ships.",
        "2020-03-04", "Ulla Krantz", "added", Indirect, "the port was losing ships", "", "2020-03-04"),
}

#[test]
fn he_and_she_never_resolve_to_an_organization_or_group() {
    let text = "The Harbor Council said the fees would stay. Dock workers said they were too high. He said the port was losing ships.";
    let found = claims(text, "2020-03-04");
    let hit = found.iter().find(|(_, s)| s.contains("losing ships"));
    assert!(hit.is_none(), "{}", describe(&found));
}

claim_table! { groups_keep_their_count:
    ("Several residents said the water was brown.", "2020-03-04",
        "Several residents", "said", Indirect, "the water was brown", "", "2020-03-04"),
    ("The harbor is silting up, three officials said.", "2020-03-04",
        "three officials", "said", Indirect, "The harbor is silting up", "", "2020-03-04"),
    ("The harbor is silting up, the officials said.", "2020-03-04",
        "the officials", "said", Indirect, "The harbor is silting up", "", "2020-03-04"),
}

claim_table! { a_name_without_its_middle_name_is_the_same_person:
    ("Greta Louise Holmfeld said the fees would stay. Later, Greta Holmfeld said the port was losing ships.",
        "2020-03-04", "Greta Louise Holmfeld", "said", Indirect, "the port was losing ships", "", "2020-03-04"),
}

claim_table! { more_role_nouns_name_the_person_introduced_with_them:
    ("School superintendent Maria Lindqvist opened the meeting. Later the superintendent said the fees would stay.",
        "2020-03-04", "Maria Lindqvist", "said", Indirect, "the fees would stay", "", "2020-03-04"),
    ("Club captain Tomas Berg scored twice. \"We deserved it,\" the captain said.",
        "2020-03-04", "Tomas Berg", "said", Direct, "We deserved it", "", "2020-03-04"),
    ("Superintendent Greta Holmfeld said the fees would stay.",
        "2020-03-04", "Greta Holmfeld", "said", Indirect, "the fees would stay", "", "2020-03-04"),
}

#[test]
fn a_quote_split_around_its_attribution_has_pieces_without_the_attribution() {
    let cases = [
        "\"We are ready to talk,\" Tomas Berg said at a news conference. \"Nobody wants a strike.\"",
        "\"We are ready to talk,\" Tomas Berg said, \"and nobody wants a strike.\"",
    ];
    for text in cases {
        let found = claims(text, "2020-03-04");
        let Some((claim, _)) = found.first() else { panic!("no claim in {text:?}") };
        let pieces: Vec<&str> = claim.pieces.iter().filter_map(|p| p.get(text)).collect();
        assert_eq!(pieces.len(), 2, "{text:?}: {pieces:?}");
        assert_eq!(pieces.first().copied(), Some("We are ready to talk"), "{text:?}");
        assert!(pieces.iter().all(|p| !p.contains("Berg")), "{text:?}: {pieces:?}");
        assert!(
            pieces.last().is_some_and(
                |p| p.contains("nobody wants a strike") || p.contains("Nobody wants a strike")
            ),
            "{text:?}: {pieces:?}"
        );
    }
    let whole = claims("\"We are ready to talk,\" Tomas Berg said.", "2020-03-04");
    assert!(whole.first().is_some_and(|(c, _)| c.pieces.is_empty()), "{}", describe(&whole));
}

claim_table! { according_to_a_study_or_poll_without_authors:
    ("According to a study published on Wednesday, herring avoid warm harbors.", "2020-03-04",
        "the study", "according to", Indirect, "herring avoid warm harbors", "published", "2020-03-04"),
    ("Most dockers back the strike, according to a new poll.", "2020-03-04",
        "the poll", "according to", Indirect, "Most dockers back the strike", "poll", "2020-03-04"),
}

claim_table! { an_affiliation_after_an_inverted_speaker_is_not_a_statement:
    ("\"Fees will stay,\" said Tomas Berg of Acme Shipping.", "2020-03-04",
        "Tomas Berg", "said", Direct, "Fees will stay", "Acme", "2020-03-04"),
    ("\"Fees will stay,\" said Tomas Berg of Prescott, Ball and Turben Inc.", "2020-03-04",
        "Tomas Berg", "said", Direct, "Fees will stay", "Turben", "2020-03-04"),
}

#[test]
fn an_affiliation_after_an_inverted_speaker_gives_no_second_claim() {
    let text = "\"Fees will stay,\" said Tomas Berg of Prescott, Ball and Turben Inc.";
    let found = claims(text, "2020-03-04");
    assert_eq!(found.len(), 1, "{}", describe(&found));
}

claim_table! { vague_times_leave_the_day_empty:
    ("Maria Lindqvist said last week that the port would reopen.", "2020-03-04",
        "Maria Lindqvist", "said", Indirect, "the port would reopen", "week", ""),
    ("Maria Lindqvist said earlier this month that the port would reopen.", "2020-03-04",
        "Maria Lindqvist", "said", Indirect, "the port would reopen", "month", ""),
    ("Last week, Maria Lindqvist said the port would reopen.", "2020-03-04",
        "Maria Lindqvist", "said", Indirect, "the port would reopen", "", ""),
    ("\"The port will reopen,\" said Maria Lindqvist, a pilot who sailed here last month.", "2020-03-04",
        "Maria Lindqvist", "said", Direct, "The port will reopen", "", "2020-03-04"),
    ("Maria Lindqvist had said on Monday that the port would reopen.", "2020-03-04",
        "Maria Lindqvist", "said", Indirect, "the port would reopen", "", "2020-03-02"),
}

claim_table! { a_part_of_the_day_after_a_date_modifies_the_cue:
    ("\"The docks are closed until spring,\" Tomas Berg told the Daily Gazette on Monday evening.", "2020-03-04",
        "Tomas Berg", "told the Daily Gazette", Direct, "The docks are closed", "evening", "2020-03-02"),
    ("\"The docks are closed until spring,\" Tomas Berg said in a statement on Monday.", "2020-03-04",
        "Tomas Berg", "said", Direct, "The docks are closed", "statement", "2020-03-02"),
}

claim_table! { a_saying_participle_reports_for_the_clause_subject:
    ("Acme Shipping reported lower profits. The company denied this, saying the cranes had been sold in March.", "2020-03-04",
        "Acme Shipping Co", "saying", Indirect, "the cranes had been sold in March", "denied", "2020-03-04"),
    ("Tomas Berg rejected the offer on Monday, saying that it was far too low.", "2020-03-04",
        // The participle's statement takes its main clause's day (dates rule of 4e6e4f0).
        "Tomas Berg", "saying", Indirect, "it was far too low", "that", "2020-03-02"),
}

#[test]
fn a_saying_participle_without_a_speaking_subject_is_not_a_claim() {
    for text in [
        "Prices rose sharply, saying nothing about the future of the docks.",
        "The sign fell over, saying \"closed\" in red.",
    ] {
        let found = claims(text, "2020-03-04");
        assert!(found.is_empty(), "{text:?}:{}", describe(&found));
    }
}

claim_table! { a_saying_statement_stops_at_a_contrasting_clause:
    ("Freedonia closed the port on Monday, saying it was fighting smugglers, but Sylvanian officials accuse Freedonia of blocking trade.", "2020-03-04",
        "Freedonia", "saying", Indirect, "it was fighting smugglers", "officials", "2020-03-02"),
    ("Freedonia closed the port on Monday, saying it was fighting smugglers, but Sylvanian officials accuse Freedonia of blocking trade.", "2020-03-04",
        "Sylvanian officials", "accuse", Indirect, "Freedonia of blocking trade", "", "2020-03-04"),
}

claim_table! { a_contrasting_clause_after_a_quoted_comma_has_its_own_speaker:
    ("Freedonia closed the port, saying it was fighting \"smugglers,\" but Sylvanian officials accuse Freedonia of blocking trade.", "2020-03-04",
        "Sylvanian officials", "accuse", Indirect, "Freedonia of blocking trade", "", "2020-03-04"),
}

/// The article of `lowercase_text_finds_speakers_by_context`, written without capitals.
const LOWERCASE_ARTICLE: &str = "harbor fees to rise as the ports authority moves to cut queues

the ports authority said on monday that queues at the northern terminals would ease by the end of june, after a new booking system went live.

greta holmfeld, the authority's managing director, told a news conference that about 3,000 trucks a day were now booked through the system.

\"the queues you see today will be history in eight weeks,\" holmfeld said.

dock workers said the system had cut their waiting times.

peter vahl, who leads the drivers' union, said officials still asked for bribes at every gate.

the director warned that drivers who skipped the booking system would be turned back.
";

#[test]
fn lowercase_text_finds_speakers_by_context() {
    let found = claims(LOWERCASE_ARTICLE, "2020-03-04");
    let expect = [
        ("queues at the northern terminals", "ports authority", "said"),
        ("3,000 trucks a day", "greta holmfeld", "told a news conference"),
        ("history in eight weeks", "greta holmfeld", "said"),
        ("cut their waiting times", "dock workers", "said"),
        ("asked for bribes", "peter vahl", "said"),
        ("would be turned back", "greta holmfeld", "warned"),
    ];
    for (inside, speaker, cue) in expect {
        let hit = found.iter().find(|(_, s)| s.contains(inside));
        let Some((claim, _)) = hit else { panic!("no claim with {inside:?}:{}", describe(&found)) };
        assert_eq!(
            (claim.speaker.name.as_str(), claim.cue.as_str()),
            (speaker, cue),
            "{}",
            describe(&found)
        );
    }
    assert_eq!(found.len(), expect.len(), "{}", describe(&found));
}

claim_table! { told_an_addressee_ends_at_a_preposition:
    ("The prosecutor, Maria Lindqvist, told jurors in her opening statement that the cranes were old.", "2020-03-04",
        "Maria Lindqvist", "told jurors", Indirect, "the cranes were old", "opening", "2020-03-04"),
    ("Tomas Berg told dockers at a rally that the strike would go on.", "2020-03-04",
        "Tomas Berg", "told dockers", Indirect, "the strike would go on", "rally", "2020-03-04"),
}

claim_table! { told_an_addressee_then_a_colon_quote:
    ("Maria Lindqvist told jurors in her opening statement: \"The cranes were old and everyone knew it.\"", "2020-03-04",
        "Maria Lindqvist", "told jurors", Direct, "The cranes were old", "opening", "2020-03-04"),
}

claim_table! { a_short_unknown_addressee_after_told_is_not_a_statement:
    ("\"The cranes were old and everyone knew it,\" Maria Lindqvist told jurors in her opening statement.", "2020-03-04",
        "Maria Lindqvist", "told jurors", Direct, "The cranes were old", "opening", "2020-03-04"),
    ("\"The cranes were old,\" Tomas Berg told students.", "2020-03-04",
        "Tomas Berg", "told students", Direct, "The cranes were old", "students", "2020-03-04"),
}

claim_table! { a_generic_title_names_the_last_titled_person:
    ("\"Fees will stay,\" Ports Ministry spokesman Oskar Nilsson told reporters. The official said the harbor would reopen in May.", "2020-03-04",
        "Oskar Nilsson", "said", Indirect, "the harbor would reopen in May", "", "2020-03-04"),
    ("\"Fees will stay,\" harbor director Tomas Berg told reporters. The harbor chief said dredging would start in May.", "2020-03-04",
        "Tomas Berg", "said", Indirect, "dredging would start in May", "", "2020-03-04"),
}

claim_table! { a_relative_who_said_speaks_for_its_antecedent:
    ("The lone no vote came from board member Tomas Berg, who said the board was moving too fast.", "2020-03-04",
        "Tomas Berg", "said", Indirect, "the board was moving too fast", "who", "2020-03-04"),
}

claim_table! { a_cue_after_and_or_but_shares_the_clause_subject:
    ("Tomas Berg met the harbor board for three hours but said no agreement had been reached.", "2020-03-04",
        "Tomas Berg", "said", Indirect, "no agreement had been reached", "", "2020-03-04"),
    ("The Harbor Council rejected the offer and said it would appeal.", "2020-03-04",
        "Harbor Council", "said", Indirect, "it would appeal", "", "2020-03-04"),
}

claim_table! { more_cue_verbs_and_institution_nouns:
    ("Tomas Berg countered that the cranes had never been inspected.", "2020-03-04",
        "Tomas Berg", "countered", Indirect, "the cranes had never been inspected", "", "2020-03-04"),
    ("Senior advocate Tomas Berg submitted that the banks were the weakest link.", "2020-03-04",
        "Tomas Berg", "submitted", Indirect, "the banks were the weakest link", "", "2020-03-04"),
    ("The Harbor Research Centre opened in May. The centre said in a statement that the cranes were old.", "2020-03-04",
        "Harbor Research Centre", "said", Indirect, "the cranes were old", "statement", "2020-03-04"),
}

claim_table! { a_contrasting_clause_with_its_own_cue_ends_the_statement:
    ("The Harbor Council said it would open a second dock, but Tomas Berg said on Monday that the plans were unfinished.", "2020-03-04",
        "Harbor Council", "said", Indirect, "it would open a second dock", "Berg", "2020-03-04"),
    ("The Harbor Council said it would open a second dock, but Tomas Berg said on Monday that the plans were unfinished.", "2020-03-04",
        "Tomas Berg", "said", Indirect, "the plans were unfinished", "", "2020-03-02"),
    ("Tomas Berg said the talks were useful, but more work was needed.", "2020-03-04",
        "Tomas Berg", "said", Indirect, "more work was needed", "", "2020-03-04"),
}

claim_table! { common_plural_speakers_are_groups:
    ("According to local agents, more than 40 vessels were waiting at anchor.", "2020-03-04",
        "local agents", "according to", Indirect, "more than 40 vessels were waiting at anchor", "", "2020-03-04"),
    ("According to shipping agents, more than 40 vessels were waiting at anchor.", "2020-03-04",
        "shipping agents", "according to", Indirect, "more than 40 vessels were waiting at anchor", "", "2020-03-04"),
    ("Local voters said the bridge should have been finished years ago.", "2020-03-04",
        "Local voters", "said", Indirect, "the bridge should have been finished years ago", "", "2020-03-04"),
    ("The ministry took a step officials said would shorten queues.", "2020-03-04",
        "officials", "said", Indirect, "would shorten queues", "", "2020-03-04"),
    ("The airline's pilots warned that the schedule was unsafe.", "2020-03-04",
        "The airline's pilots", "warned", Indirect, "the schedule was unsafe", "", "2020-03-04"),
}

claim_table! { political_collectives_speak:
    ("The opposition accused the government of hiding the cost of the bridge.", "2020-03-04",
        "opposition", "accused", Indirect, "the government of hiding the cost of the bridge", "", "2020-03-04"),
}

claim_table! { a_pronoun_after_an_inverted_cue_is_the_clause_subject_not_the_speaker:
    ("\"We will talk,\" Maria Lindqvist said. The harbor's largest shareholder, the investor Tomas Berg, said he would oppose any sale.",
        "2020-03-04", "Tomas Berg", "said", Indirect, "would oppose any sale", "", "2020-03-04"),
    ("\"We will talk,\" Maria Lindqvist said. Dock workers in Portmouth, where the cranes failed twice last winter, said they felt ignored.",
        "2020-03-04", "Dock workers in Portmouth", "said", Indirect, "felt ignored", "", "2020-03-04"),
}

claim_table! { a_name_between_commas_after_a_common_noun_speaks:
    ("Her publisher, Norrvik, said the first edition had sold out.", "2020-03-04",
        "Norrvik", "said", Indirect, "the first edition had sold out", "", "2020-03-04"),
    ("The dockers' union, the Portmouth Harbour Workers Association, said in a letter that most members backed the strike.",
        "2020-03-04", "Portmouth Harbour Workers Association", "said", Indirect, "most members backed the strike", "", "2020-03-04"),
}

#[test]
fn told_is_never_inverted_onto_its_addressee() {
    let found = claims(
        "\"the cranes are old and slow,\" the port's managing director, ada okonkwo-baptiste, told a news conference in portmouth.\n\nthe port handles most of the grain shipped from the region, and its cranes date from the nineteen seventies.\n\nthe managing director said that new cranes would arrive in may and that the old ones would be sold to a scrap dealer in the south.",
        "2020-03-04",
    );
    assert!(
        found.iter().all(|(c, _)| !c.speaker.name.contains("conference")),
        "{}",
        describe(&found)
    );
    let first = found
        .iter()
        .find(|(_, s)| s.contains("cranes are old"))
        .map(|(c, _)| c.speaker.name.clone());
    assert_eq!(first.as_deref(), Some("ada okonkwo-baptiste"), "{}", describe(&found));
    let later =
        found.iter().find(|(_, s)| s.contains("new cranes")).map(|(c, _)| c.speaker.name.clone());
    assert_eq!(later.as_deref(), Some("ada okonkwo-baptiste"), "{}", describe(&found));
}

claim_table! { institution_names_keep_their_joining_words:
    ("According to the Portmouth Chamber of Trade and Shipping, the delays cost a million a day.", "2020-03-04",
        "Portmouth Chamber of Trade and Shipping", "according to", Indirect, "the delays cost", "", "2020-03-04"),
    ("A spokesperson for the Office for Harbours, Canals and Inland Waterways said: \"We are investing in new locks.\"", "2020-03-04",
        "Office for Harbours, Canals and Inland Waterways", "said", Direct, "investing in new locks", "", "2020-03-04"),
    ("\"We waited,\" said Ana Ruiz, the lead engineer at the Saeed bin Zayed Marine Institute.\n\nThe institute said in a statement that the probe had surfaced.", "2020-03-04",
        "Saeed bin Zayed Marine Institute", "said", Indirect, "the probe had surfaced", "", "2020-03-04"),
    ("Freedonia exports most of its salt, according to the Freedonia Geological Survey.", "2020-03-04",
        "Freedonia Geological Survey", "according to", Indirect, "exports most of its salt", "", "2020-03-04"),
}

claim_table! { a_definite_title_nobody_was_introduced_with_names_the_person_of_the_passage:
    ("Oskar Nilsson scored twice. \"We are not finished,\" the striker said.", "2020-03-04",
        "Oskar Nilsson", "said", Direct, "We are not finished", "", "2020-03-04"),
    ("Maria Lindqvist did not plan a sequel. The Freedonia-born novelist said the book began as a diary.", "2020-03-04",
        "Maria Lindqvist", "said", Indirect, "the book began as a diary", "", "2020-03-04"),
}

claim_table! { unresolved_titles_and_groups_keep_the_texts_article:
    ("The harbor will stay closed, a family spokesman said.", "2020-03-04",
        "a family spokesman", "said", Indirect, "harbor will stay closed", "", "2020-03-04"),
    ("The researchers wrote that the cranes were unsafe.", "2020-03-04",
        "The researchers", "wrote", Indirect, "the cranes were unsafe", "", "2020-03-04"),
}

claim_table! { a_relative_clause_after_a_short_aside_speaks_for_the_name_before_it:
    ("Maria Lindqvist, 67, who runs a cafe by the docks, said she planned to close in winter.", "2020-03-04",
        "Maria Lindqvist", "said", Indirect, "planned to close in winter", "", "2020-03-04"),
}

claim_table! { a_type_noun_refers_to_the_last_institution_of_that_sort:
    ("The Portmouth Dockers Association welcomed the plan. In a statement, the union said the plan was overdue.", "2020-03-04",
        "Portmouth Dockers Association", "said", Indirect, "the plan was overdue", "", "2020-03-04"),
    ("\"We will hire locally,\" said Ana Ruiz, Chief Executive Officer of Norrvik BioWorks.\n\nThe company said the plant would open in May.", "2020-03-04",
        "Norrvik BioWorks", "said", Indirect, "the plant would open in May", "", "2020-03-04"),
}

claim_table! { a_short_name_is_the_company_named_in_full_before:
    ("Krell Shipping Inc and Norrvik Ferries Corp said talks had begun.\n\nNorrvik said its board had hired an adviser.", "2020-03-04",
        "Norrvik Ferries Corp", "said", Indirect, "its board had hired an adviser", "", "2020-03-04"),
}

claim_table! { short_company_names_and_initials_are_the_firm:
    ("Great Norrvik Financial Corp said profits rose.\n\nFinancial Corp said its reserves totaled one billion crowns.", "2020-03-04",
        "Great Norrvik Financial Corp", "said", Indirect, "its reserves totaled", "", "2020-03-04"),
    ("The cable industry has turned a corner, S and P said.", "2020-03-04",
        "S and P", "said", Indirect, "cable industry has turned", "", "2020-03-04"),
}

#[test]
fn initials_joined_by_and_are_an_organization() {
    let found = claims("The cable industry has turned a corner, S and P said.", "2020-03-04");
    let kind = found.first().map(|(c, _)| c.speaker.kind);
    assert_eq!(kind, Some(whosaid_core::EntityKind::Organization), "{}", describe(&found));
}

claim_table! { a_statement_speaks_for_the_institution_in_its_modifiers:
    ("The Freedonia Ministry of Ports rejected the claim. A ports ministry statement said Freedonia had met 40 of the 45 targets.", "2020-03-04",
        "Freedonia Ministry of Ports", "said", Indirect, "Freedonia had met 40", "", "2020-03-04"),
}

claim_table! { a_country_closing_a_capitalized_name_is_part_of_an_institution:
    ("Business Council Freedonia said the fees were too high.", "2020-03-04",
        "Business Council Freedonia", "said", Indirect, "the fees were too high", "", "2020-03-04"),
    ("On Monday, Freedonia said the fees were too high.", "2020-03-04",
        "Freedonia", "said", Indirect, "the fees were too high", "", "2020-03-02"),
}

/// A lede paragraph long enough to be the article's lede, not its headline.
macro_rules! lede {
    () => {
        "The harbor council met for six hours on Monday to settle a long dispute over port fees, berth rights and the future of the old cranes.\n\n"
    };
}

claim_table! { a_perfect_tense_cue_outside_the_lede_was_not_made_on_the_publication_day:
    (concat!(lede!(), "Tomas Berg has said the fees will rise next year."), "2020-03-04",
        "Tomas Berg", "said", Indirect, "the fees will rise", "has", ""),
    (concat!(lede!(), "Maria Lindqvist had warned that the cranes were unsafe."), "2020-03-04",
        "Maria Lindqvist", "warned", Indirect, "the cranes were unsafe", "", ""),
    (concat!(lede!(), "Maria Lindqvist had said on Monday that the cranes were unsafe."), "2020-03-04",
        "Maria Lindqvist", "said", Indirect, "the cranes were unsafe", "Monday", "2020-03-02"),
    (concat!(lede!(), "Freedonian officials have repeatedly said the cranes are safe."), "2020-03-04",
        "Freedonian officials", "said", Indirect, "the cranes are safe", "", ""),
    ("Tomas Berg has warned that port fees will rise sharply next year, as the harbor council struggles to pay for new cranes and deeper berths.",
        "2020-03-04", "Tomas Berg", "warned", Indirect, "port fees will rise", "", "2020-03-04"),
}

claim_table! { a_scene_setting_opening_phrase_dates_the_cue_after_it:
    ("Speaking to reporters at the harbor in Norvik on Monday, Tomas Berg said the fees would rise.",
        "2020-03-04", "Tomas Berg", "said", Indirect, "the fees would rise", "reporters", "2020-03-02"),
    ("In an interview with the Daily Gazette on Tuesday, Maria Lindqvist said: \"The cranes are too old.\"",
        "2020-03-04", "Maria Lindqvist", "said", Direct, "The cranes are too old", "", "2020-03-03"),
    ("Addressing dock workers at a rally yesterday, Tomas Berg said the strike would go on.",
        "2020-03-04", "Tomas Berg", "said", Indirect, "the strike would go on", "", "2020-03-03"),
    ("In Norvik, where the cranes broke down on Monday, Tomas Berg said the fees would rise.",
        "2020-03-04", "Tomas Berg", "said", Indirect, "the fees would rise", "", "2020-03-04"),
}

#[test]
fn a_cue_word_after_a_determiner_is_a_noun() {
    let cases = [
        "The notes will be sold through Acme Shipping next week.",
        "His notes were lost in the fire at the harbor.",
        "Tomas Berg read the reports to the harbor council.",
    ];
    for text in cases {
        let found = claims(text, "2020-03-04");
        assert!(found.is_empty(), "{text:?}:{}", describe(&found));
    }
}

claim_table! { a_reporting_participle_after_a_clause_is_a_second_statement:
    ("Tomas Berg said the cranes were old, adding that new ones would arrive in May.", "2020-03-04",
        "Tomas Berg", "adding", Indirect, "new ones would arrive", "", "2020-03-04"),
    ("Tomas Berg said the cranes were old, adding that new ones would arrive in May.", "2020-03-04",
        "Tomas Berg", "said", Indirect, "the cranes were old", "adding", "2020-03-04"),
    ("Maria Lindqvist rejected claims that the fees will hurt shippers, insisting the changes will help the port.",
        "2020-03-04", "Maria Lindqvist", "insisting", Indirect, "the changes will help", "", "2020-03-04"),
    ("The Harbor Council said residents should leave today, warning that the dam might not hold.",
        "2020-03-04", "Harbor Council", "warning", Indirect, "the dam might not hold", "", "2020-03-04"),
    ("Tomas Berg asked for a delay, telling the court his client had begun treatment.", "2020-03-04",
        "Tomas Berg", "telling the court", Indirect, "his client had begun treatment", "court", "2020-03-04"),
    ("Maria Lindqvist had asked for nine years, arguing that the fraud was planned.", "2020-03-04",
        "Maria Lindqvist", "arguing", Indirect, "the fraud was planned", "", ""),
}

#[test]
fn a_participle_before_an_object_is_not_a_statement() {
    let text = "Tomas Berg said the ships would sail around the cape, adding about ten days to each voyage.";
    let found = claims(text, "2020-03-04");
    assert_eq!(found.len(), 1, "{}", describe(&found));
    assert!(found.iter().all(|(c, _)| c.cue == "said"), "{}", describe(&found));
}

claim_table! { anonymous_groups_keep_what_they_know_in_their_name:
    ("According to two people familiar with the matter, the deal could be signed next week.", "2020-03-04",
        "two people familiar with the matter", "according to", Indirect, "the deal could be signed", "familiar", "2020-03-04"),
    ("The contract went to a single bidder, according to five people with direct knowledge of the process.",
        "2020-03-04", "five people with direct knowledge of the process", "according to", Indirect,
        "The contract went to a single bidder", "knowledge", "2020-03-04"),
    ("Two government officials with knowledge of the talks told the Daily Gazette the fund wanted a new plan.",
        "2020-03-04", "Two government officials with knowledge of the talks", "told the Daily Gazette", Indirect,
        "the fund wanted a new plan", "talks", "2020-03-04"),
    ("Diplomats close to the negotiations said the talks had stalled.", "2020-03-04",
        "Diplomats close to the negotiations", "said", Indirect, "the talks had stalled", "", "2020-03-04"),
}

claim_table! { a_role_apposition_after_an_inverted_speaker_is_not_the_statement:
    ("The harbor will reopen next month, said Tomas Berg, chief executive of Acme Shipping.", "2020-03-04",
        "Tomas Berg", "said", Indirect, "The harbor will reopen next month", "chief", "2020-03-04"),
    ("\"The harbor will reopen next month,\" said Maria Lindqvist, the deputy minister.", "2020-03-04",
        "Maria Lindqvist", "said", Direct, "The harbor will reopen next month", "minister", "2020-03-04"),
}

claim_table! { a_passive_quoted_as_saying_gives_its_subject:
    ("Maria Lindqvist was quoted by the Daily Gazette as saying that the fees would stay.", "2020-03-04",
        "Maria Lindqvist", "quoted as saying", Indirect, "the fees would stay", "Gazette", "2020-03-04"),
    ("The fees will stay this year, Tomas Berg was quoted by the Daily Gazette as saying on Monday.", "2020-03-04",
        "Tomas Berg", "quoted as saying", Indirect, "The fees will stay this year", "Gazette", "2020-03-02"),
    ("\"The fees will stay,\" Tomas Berg was quoted as saying by the Daily Gazette.", "2020-03-04",
        "Tomas Berg", "quoted as saying", Direct, "The fees will stay", "", "2020-03-04"),
}

claim_table! { the_company_is_the_story_company_not_a_speakers_employer:
    ("Acme Shipping reported lower profits. \"Demand is weak,\" said Tomas Berg, an analyst at Norrland Cable Works Inc. The company said it would cut costs.",
        "2020-03-04", "Acme Shipping Co", "said", Indirect, "it would cut costs", "", "2020-03-04"),
}

claim_table! { an_inverted_speakers_apposition_cut_at_a_name_keeps_the_quote:
    ("\"Prices will fall,\" said Tomas Berg, director of the trade division of the Freedonia Ministry of Ports. \"Exports will rise,\" he said.",
        "2020-03-04", "Tomas Berg", "said", Direct, "Prices will fall", "Ministry", "2020-03-04"),
}

claim_table! { an_audience_with_a_tail_is_not_the_statement:
    ("Tomas Berg told a meeting of bankers here that interest rates would stay high.", "2020-03-04",
        "Tomas Berg", "told a meeting", Indirect, "interest rates would stay high", "bankers", "2020-03-04"),
    ("Maria Lindqvist told reporters here the fees would stay.", "2020-03-04",
        "Maria Lindqvist", "told reporters", Indirect, "the fees would stay", "here", "2020-03-04"),
}

claim_table! { and_accused_after_a_statement_is_a_second_statement:
    ("Tomas Berg said the strike was illegal and accused the union of breaking the contract.", "2020-03-04",
        "Tomas Berg", "accused", Indirect, "the union of breaking the contract", "", "2020-03-04"),
    ("Tomas Berg said the strike was illegal and accused the union of breaking the contract.", "2020-03-04",
        "Tomas Berg", "said", Indirect, "the strike was illegal", "accused", "2020-03-04"),
}

claim_table! { plural_professions_of_finance_are_groups:
    ("The offering was priced at a discount, the underwriters said.", "2020-03-04",
        "the underwriters", "said", Indirect, "The offering was priced", "", "2020-03-04"),
    ("Creditors said the plan would not work.", "2020-03-04",
        "Creditors", "said", Indirect, "the plan would not work", "", "2020-03-04"),
}

claim_table! { an_appeal_reports_its_addressee_and_infinitive:
    ("Tomas Berg urged the dock owners to replace the cranes before winter.", "2020-03-04",
        "Tomas Berg", "urged", Indirect, "the dock owners to replace the cranes", "urged", "2020-03-04"),
    ("Maria Lindqvist called on Freedonia and Sylvania to reopen the shipping lanes.", "2020-03-04",
        "Maria Lindqvist", "called on", Indirect, "Freedonia and Sylvania to reopen", "called", "2020-03-04"),
    ("Oskar Nilsson called on the council to \"act before the storms come.\"", "2020-03-04",
        "Oskar Nilsson", "called on", Mixed, "the council to", "", "2020-03-04"),
    ("The fees will rise, Tomas Berg said on Tuesday, urging shippers to book early.", "2020-03-04",
        "Tomas Berg", "urging", Indirect, "shippers to book early", "urging", "2020-03-03"),
}

#[test]
fn an_appeal_without_an_infinitive_is_not_a_claim() {
    for text in [
        "Tomas Berg urged caution.",
        "Maria Lindqvist called on the harbor master at noon.",
        // A demand without an addressee is a position, often an old one ("has long called
        // for"), not a statement of the day.
        "The Harbor Council has called for a freeze on all port fees.",
        "The shippers were urged to the docks by the rain.",
    ] {
        let found = claims(text, "2020-03-04");
        assert!(found.is_empty(), "{text:?}:{}", describe(&found));
    }
}

claim_table! { an_occasion_then_a_colon_opens_a_direct_quote:
    ("Tomas Berg wrote on social media: \"The strike is over. The cranes are moving.\"", "2020-03-04",
        "Tomas Berg", "wrote", Direct, "The strike is over", "social media", "2020-03-04"),
    ("The Harbor Council said in a statement: \"All fees will stay as they are.\"", "2020-03-04",
        "Harbor Council", "said", Direct, "All fees will stay", "statement", "2020-03-04"),
}

claim_table! { a_place_after_an_institution_or_group_does_not_speak:
    ("The Freedonian Embassy in Sylvania said the ferry would run again on Friday.", "2020-03-04",
        "Freedonian Embassy in Sylvania", "said", Indirect, "the ferry would run", "", "2020-03-04"),
    ("The Harbor Council of Sylvania said profits fell by half.", "2020-03-04",
        "Harbor Council of Sylvania", "said", Indirect, "profits fell by half", "", "2020-03-04"),
    ("Two dock workers in Sylvania, speaking on condition of anonymity, said the cranes had stopped.",
        "2020-03-04", "Two dock workers in Sylvania", "said", Indirect, "the cranes had stopped", "", "2020-03-04"),
    ("Commuters in Sylvania said the trains were late every day.", "2020-03-04",
        "Commuters in Sylvania", "said", Indirect, "the trains were late", "", "2020-03-04"),
}

claim_table! { a_spokesperson_titled_with_an_institution_speaks_for_it:
    ("Harbor Council spokesman Oskar Nilsson said the fees would stay. A Brightline spokesman said the ruling was unfair.",
        "2020-03-04", "Brightline", "said", Indirect, "the ruling was unfair", "", "2020-03-04"),
    ("The river was open again, an Army Corps of Engineers spokeswoman said.", "2020-03-04",
        "Army Corps of Engineers", "said", Indirect, "The river was open", "", "2020-03-04"),
    ("A senior Brightline spokesman said the ruling was unfair.", "2020-03-04",
        "Brightline", "said", Indirect, "the ruling was unfair", "", "2020-03-04"),
    ("The Harbor Council spokesman Oskar Nilsson opened the meeting. The Harbor Council spokesman said the fees would stay.",
        "2020-03-04", "Oskar Nilsson", "said", Indirect, "the fees would stay", "", "2020-03-04"),
}

claim_table! { he_and_the_spokesman_after_an_institutions_spokesman_are_the_institution:
    ("Oskar Nilsson, a spokesman, opened the talks. Fees will rise, a Brightline spokesman said. He added that nobody objected.",
        "2020-03-04", "Brightline", "added", Indirect, "nobody objected", "", "2020-03-04"),
    ("Oskar Nilsson, a spokesman, opened the talks. Fees will rise, a Brightline spokesman said. The spokesman said the board had agreed.",
        "2020-03-04", "Brightline", "said", Indirect, "the board had agreed", "", "2020-03-04"),
}

claim_table! { a_title_owned_by_his_or_her_is_not_the_last_holder_of_that_title:
    ("Harbor Council spokesman Oskar Nilsson opened the talks. Tomas Berg is angry, his spokesman said.",
        "2020-03-04", "his spokesman", "said", Indirect, "Tomas Berg is angry", "", "2020-03-04"),
    // ...and the person already known in that title does not fill it afterwards.
    ("Harbor Council spokesman Oskar Nilsson opened the talks. Tomas Berg is angry, his spokesman said. The spokesman said the fees would stay.",
        "2020-03-04", "his spokesman", "said", Indirect, "Tomas Berg is angry", "", "2020-03-04"),
}

claim_table! { the_spokesman_after_an_untitled_person_quoted_is_that_person:
    ("The Freedonia Ministry of Ports said the fees would stay. \"We will not pay,\" Tomas Berg said. The spokesman said the ministry would answer on Friday.",
        "2020-03-04", "Tomas Berg", "said", Indirect, "the ministry would answer", "", "2020-03-04"),
}

claim_table! { a_status_description_names_the_person_quoted_whatever_their_title:
    ("\"The fees will stay,\" Ports Ministry spokesman Oskar Nilsson said. \"Nobody will pay more,\" the diplomat said.",
        "2020-03-04", "Oskar Nilsson", "said", Direct, "Nobody will pay more", "", "2020-03-04"),
    ("\"The fees will stay,\" ports minister Tomas Berg said. \"Nobody will pay more,\" the lawmaker added.",
        "2020-03-04", "Tomas Berg", "added", Direct, "Nobody will pay more", "", "2020-03-04"),
}

claim_table! { a_definite_title_built_on_of_names_the_person_introduced:
    ("Ports minister Tomas Berg opened the port. \"The cranes are new,\" the head of government noted.",
        "2020-03-04", "Tomas Berg", "noted", Direct, "The cranes are new", "", "2020-03-04"),
}

claim_table! { a_stock_listing_in_brackets_is_not_the_company:
    ("Norrland Cable Works Inc (Harbor Council: NCW) opened a plant. It said the plant would employ 300 people.",
        "2020-03-04", "Norrland Cable Works Inc", "said", Indirect, "the plant would employ", "", "2020-03-04"),
}

claim_table! { according_to_a_named_bodys_possessive_document_has_the_body_speak:
    ("According to the Forest Department's affidavit, the state had 388 captive elephants in 2024.", "2020-03-04",
        "Forest Department", "according to", Indirect, "388 captive elephants", "affidavit", "2020-03-04"),
    ("According to the Harbor Council's own survey, most berths stood empty in winter.", "2020-03-04",
        "Harbor Council", "according to", Indirect, "most berths stood empty", "survey", "2020-03-04"),
}
