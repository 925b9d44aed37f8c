//! Table-driven tests, one group per matching rule, on sentences written for them.

use super::*;
use whosaid_tokenize::Tokens;

const ENTITIES: &str = "\
# id\ttype\tname\taliases\troles
id\ttype\tname\taliases\troles
russia\tcountry\tRussia\tRussian Federation|Moscow|adj:Russian|adj:Russians
united-states\tcountry\tUnited States\tU.S.|US|USA|America|the United States|Washington|adj:American
turkey\tcountry\tTurkey\tTurkiye|adj:Turkish
syria\tcountry\tSyria\tadj:Syrian
us-dod\torganization\tU.S. Department of Defense\tPentagon|Department of Defense|Defense Department|DoD
us-dos\torganization\tU.S. Department of State\tState Department|Department of State
islamic-state\torganization\tIslamic State\tIS|ISIL|ISIS|Daesh|Islamic State of Iraq and the Levant
washington-post\torganization\tThe Washington Post\tWashington Post|short:the Post
ap\torganization\tAssociated Press\tAP
sergei-lavrov\tperson\tSergei Lavrov\tSergey Lavrov\tforeign minister
bashar-al-assad\tperson\tBashar al-Assad\tBashar Assad|Bashar al Assad\tpresident
recep-tayyip-erdogan\tperson\tRecep Tayyip Erdo\u{11f}an\tRecep Tayyip Erdogan|Tayyip Erdogan\tpresident
theresa-may\tperson\tTheresa May\t\tprime minister
";

const ROLES: &str = "\
# title\tflags
spokesman
spokeswoman
press secretary
Secretary of State
Secretary of Defense
defense minister
foreign minister
minister
President
Secretary
General\tcs
";

fn gazetteer() -> Gazetteer {
    let mut b = GazetteerBuilder::new();
    b.add_tsv("test-entities", ENTITIES).add_roles_tsv("test-roles", ROLES);
    assert!(b.errors().is_empty(), "{:?}", b.errors());
    b.build()
}

/// (surface, canonical name, adjective) of every mention.
fn mentions(g: &Gazetteer, text: &str) -> Vec<(String, String, bool)> {
    g.annotate(text, &Tokens::default())
        .mentions
        .iter()
        .map(|m| (text[m.span].to_string(), m.name.to_string(), m.adjective))
        .collect()
}

fn names(g: &Gazetteer, text: &str) -> Vec<String> {
    mentions(g, text).into_iter().map(|(_, name, _)| name).collect()
}

/// Checks a table of texts against the names of the mentions each must give, in order.
fn assert_names(g: &Gazetteer, cases: &[(&str, &[&str])]) {
    for (text, want) in cases {
        assert_eq!(names(g, text), *want, "{text}");
    }
}

#[test]
fn gazetteer_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Gazetteer>();
    assert_send_sync::<GazetteerBuilder>();
}

#[test]
fn aliases_resolve_to_canonical_names() {
    let g = gazetteer();
    let cases: &[(&str, &[&str])] = &[
        ("Sergey Lavrov met Sergei Lavrov.", &["Sergei Lavrov", "Sergei Lavrov"]),
        (
            "The Pentagon and the Defense Department agreed.",
            &["U.S. Department of Defense", "U.S. Department of Defense"],
        ),
        (
            "Daesh, also known as ISIL or IS, lost ground.",
            &["Islamic State", "Islamic State", "Islamic State"],
        ),
        ("Bashar al Assad and Bashar Assad are one man.", &["Bashar al-Assad", "Bashar al-Assad"]),
        (
            "Recep Tayyip Erdo\u{11f}an spoke; Recep Tayyip Erdogan again.",
            &["Recep Tayyip Erdo\u{11f}an", "Recep Tayyip Erdo\u{11f}an"],
        ),
        ("Washington and Moscow disagree.", &["United States", "Russia"]),
    ];
    assert_names(&g, cases);
}

#[test]
fn spelling_variants_share_one_id() {
    let g = gazetteer();
    let found = g.annotate("Sergey Lavrov and Sergei Lavrov", &Tokens::default());
    let ids: Vec<_> = found.mentions.iter().map(|m| m.entity).collect();
    assert_eq!(ids.len(), 2);
    assert_eq!(ids[0], ids[1]);
    assert_eq!(ids[0], g.find_id("sergei-lavrov"));
}

#[test]
fn matches_only_on_word_boundaries() {
    let g = gazetteer();
    let cases: &[(&str, &[&str])] = &[
        ("Russians and Prussia.", &["Russia"]),
        ("USAID said THIS IS it.", &["Islamic State"]),
        ("the Turkish side", &["Turkey"]),
        ("Syriac scripts of Syria", &["Syria"]),
        ("anti-IS coalition", &["Islamic State"]),
        ("U.S.-led strikes", &["United States"]),
    ];
    assert_names(&g, cases);
}

/// The scan classifies the text 64 bytes at a time: a name, a word or a match that runs
/// across the end of a block, or a word longer than a block, must be found as anywhere else.
#[test]
fn names_are_found_wherever_they_fall_against_the_scan_blocks() {
    let g = gazetteer();
    let long_word = "x".repeat(70);
    for pad in 0..140 {
        let lead = "a".repeat(pad % 9);
        let spaces = " ".repeat(pad);
        let cases: Vec<(String, Vec<&str>)> = vec![
            (
                format!("{spaces}Sergei Lavrov met Recep Tayyip Erdogan."),
                vec!["Sergei Lavrov", "Recep Tayyip Erdo\u{11f}an"],
            ),
            (
                format!("{lead}{spaces}{long_word} Russia and {long_word}s Syria"),
                vec!["Russia", "Syria"],
            ),
            (format!("{spaces}Russians, not Russia"), vec!["Russia", "Russia"]),
            (
                format!("{spaces}U.S. Department of Defense said {lead}"),
                vec!["U.S. Department of Defense"],
            ),
        ];
        for (text, want) in &cases {
            assert_eq!(names(&g, text), *want, "{text:?}");
        }
    }
    // A pattern that starts with a byte that is no word byte: such bytes are visited too.
    let mut b = GazetteerBuilder::new();
    b.add_tsv("t", "id\ttype\tname\taliases\nupi\torganization\tUnited Press Intl\t(UPI)\n");
    let g = b.build();
    for pad in 0..140 {
        let text = format!("{}a (UPI) b", " ".repeat(pad));
        assert_eq!(names(&g, &text), ["United Press Intl"], "{text:?}");
    }
}

#[test]
fn short_and_common_word_names_are_case_sensitive() {
    let g = gazetteer();
    let cases: &[(&str, &[&str])] = &[
        ("let us go", &[]),
        ("the US and the U.S.", &["United States", "United States"]),
        ("we ate turkey in may", &[]),
        ("Turkey said in May", &["Turkey"]),
        ("is it the ap style?", &[]),
        // Long names also match in lowercased dumps.
        ("sergey lavrov and the pentagon", &["Sergei Lavrov", "U.S. Department of Defense"]),
    ];
    assert_names(&g, cases);
}

#[test]
fn possessives_are_left_out_of_the_span() {
    let g = gazetteer();
    for text in ["Russia's plan", "Russia\u{b4}s plan", "Russia\u{2019}s plan", "RUSSIA'S plan"] {
        let found = mentions(&g, text);
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].0.to_lowercase(), "russia", "{text}");
    }
}

#[test]
fn demonyms_are_adjective_mentions_of_the_country() {
    let g = gazetteer();
    let found = mentions(&g, "Russian officials and Russians said Russia would act.");
    let flags: Vec<(&str, bool)> = found.iter().map(|(_, n, a)| (n.as_str(), *a)).collect();
    assert_eq!(flags, [("Russia", true), ("Russia", true), ("Russia", false)]);
}

#[test]
fn short_forms_need_the_full_name_first() {
    let g = gazetteer();
    let cases: &[(&str, &[&str])] = &[
        ("According to the Post, nobody knew.", &[]),
        (
            "The Washington Post reported it. Later the Post added more.",
            &["The Washington Post", "The Washington Post"],
        ),
    ];
    assert_names(&g, cases);
}

#[test]
fn unknown_names_are_found_next_to_cues() {
    let g = gazetteer();
    let cases: &[(&str, &[&str])] = &[
        (
            "State Department spokesman Mark Toner said the talks were useful.",
            &["U.S. Department of State", "Mark Toner"],
        ),
        ("\"We are ready,\" said Hilda Brandt, adding nothing.", &["Hilda Brandt"]),
        (
            "Oscar Pell, a Pentagon spokesman, declined.",
            &["Oscar Pell", "U.S. Department of Defense"],
        ),
        ("Mr. Ivo Sander told reporters the plan failed.", &["Ivo Sander"]),
        ("Defense minister Anatoly K. Bure said so.", &["Anatoly K. Bure"]),
        ("Mohammed bin Rashid said so.", &["Mohammed bin Rashid"]),
        // No cue: a capitalized pair is not taken for a person.
        ("The Red Cross sent aid to Green Valley.", &[]),
        ("On Tuesday Officials met.", &[]),
        ("The Syrian Observatory for Human Rights said dozens died.", &["Syria"]),
    ];
    assert_names(&g, cases);
}

#[test]
fn surnames_resolve_to_the_earlier_full_name() {
    let g = gazetteer();
    let cases: &[(&str, &[&str])] = &[
        ("Spokesman Paul Verne said no. Verne added more.", &["Paul Verne", "Paul Verne"]),
        ("Sergey Lavrov said no. Lavrov added more.", &["Sergei Lavrov", "Sergei Lavrov"]),
        (
            "Bashar al-Assad spoke. Assad and al-Assad again.",
            &["Bashar al-Assad", "Bashar al-Assad", "Bashar al-Assad"],
        ),
        ("Spokesman Paul Verne said no. Mr. Verne added more.", &["Paul Verne", "Paul Verne"]),
        ("Spokesman Paul Verne said no. Secretary Verne added.", &["Paul Verne", "Paul Verne"]),
        // Introduced later (a headline, a lead naming the surname first): the first person
        // introduced with that surname.
        ("Verne said no. Spokesman Paul Verne said yes.", &["Paul Verne", "Paul Verne"]),
        (
            "Verne said no. Spokesman Paul Verne said yes. Minister Anna Verne too.",
            &["Paul Verne", "Paul Verne", "Anna Verne"],
        ),
        // Two people with one surname: the most recent wins.
        (
            "Spokesman Paul Verne said no. Minister Anna Verne said yes. Verne added.",
            &["Paul Verne", "Anna Verne", "Anna Verne"],
        ),
    ];
    assert_names(&g, cases);
}

#[test]
fn surname_mentions_carry_the_gazetteer_id() {
    let g = gazetteer();
    let found = g.annotate("Sergey Lavrov spoke. Lavrov left.", &Tokens::default());
    assert_eq!(found.mentions.len(), 2);
    assert_eq!(found.mentions[1].entity, g.find_id("sergei-lavrov"));
    assert_eq!(found.mentions[1].kind, EntityKind::Person);
}

#[test]
fn roles_include_their_modifiers() {
    let g = gazetteer();
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "Pentagon press secretary Oscar Pell said",
            &[("Pentagon press secretary", "press secretary")],
        ),
        (
            "Russia's deputy defense minister said",
            &[("Russia's deputy defense minister", "defense minister")],
        ),
        (
            "former U.S. Secretary of State said",
            &[("former U.S. Secretary of State", "secretary of state")],
        ),
        ("the State Department spokesman said", &[("State Department spokesman", "spokesman")]),
        ("in general, the General said", &[("General", "General")]),
        ("said Russian Defense Minister Bure", &[("Russian Defense Minister", "defense minister")]),
        // A line break ends a title: a photo credit above a caption.
        (
            "courtesy of the State Department\nSecretary of State",
            &[("Secretary of State", "secretary of state")],
        ),
    ];
    for (text, want) in cases {
        let found = g.annotate(text, &Tokens::default());
        let got: Vec<(&str, &str)> =
            found.roles.iter().map(|r| (&text[r.span], r.title.as_str())).collect();
        assert_eq!(got, *want, "{text}");
    }
}

#[test]
fn role_modifier_names_are_reported_as_of() {
    let g = gazetteer();
    let text = "Pentagon press secretary Oscar Pell said";
    let found = g.annotate(text, &Tokens::default());
    assert_eq!(found.roles[0].of, g.find_id("us-dod"));
    assert_eq!(&text[found.roles[0].title_span], "press secretary");
}

#[test]
fn bad_rows_are_reported_and_skipped() {
    let text = "ok\tcountry\tOkland\n\
                too\tfew\n\
                bad-type\tplanet\tMars\n\
                \tperson\tNo Id\n\
                no-name\tperson\t\n\
                odd\tperson\tOdd Name\tfoo:bar\n\
                fine\tperson\tFine Name\n";
    let mut b = GazetteerBuilder::new();
    b.add_tsv("file.tsv", text);
    let kinds: Vec<(usize, GazetteerErrorKind)> =
        b.errors().iter().map(|e| (e.line, e.kind.clone())).collect();
    assert_eq!(
        kinds,
        [
            (2, GazetteerErrorKind::FieldCount { expected: "3 to 5", found: 2 }),
            (3, GazetteerErrorKind::UnknownType("planet".into())),
            (4, GazetteerErrorKind::EmptyId),
            (5, GazetteerErrorKind::EmptyName),
            (6, GazetteerErrorKind::UnknownMarker("foo".into())),
        ]
    );
    assert_eq!(b.errors()[0].path, "file.tsv");
    assert_eq!(b.len(), 2);
}

#[test]
fn later_rows_with_the_same_id_extend_earlier_ones() {
    let mut b = GazetteerBuilder::new();
    b.add_tsv("a", "x\tperson\tAnna Lind\tA. Lind\tminister\n");
    b.add_tsv("b", "x\tperson\tAnna Maria Lind\tAnna M. Lind\tenvoy\n");
    let g = b.build();
    let e = g.entity(EntityId(0)).cloned().unwrap_or_else(|| panic!("entity 0"));
    assert_eq!(e.name, "Anna Maria Lind");
    assert_eq!(e.aliases, ["A. Lind", "Anna Lind", "Anna M. Lind"]);
    assert_eq!(e.roles, ["minister", "envoy"]);
    assert_eq!(names(&g, "Anna Lind met Anna M. Lind"), ["Anna Maria Lind", "Anna Maria Lind"]);
}

#[test]
fn unreadable_file_is_a_typed_error() {
    let mut b = GazetteerBuilder::new();
    let err = b.add_file("/nonexistent/gazetteer.tsv").err();
    assert!(matches!(err.map(|e| e.kind), Some(GazetteerErrorKind::Io(_))));
    assert_eq!(b.errors().len(), 1);
}

#[test]
fn spans_index_the_original_text() {
    let g = gazetteer();
    let text = "\u{201C}Fine,\u{201D} Sergey Lavrov\u{2019}s aide said \u{2014} Erdo\u{11f}an\u{2019}s too. Recep Tayyip Erdo\u{11f}an";
    for m in g.annotate(text, &Tokens::default()).mentions {
        assert!(text.get(m.span.start..m.span.end).is_some(), "{m:?}");
    }
    // The bare surname before the full name resolves to it.
    assert_eq!(
        names(&g, text),
        ["Sergei Lavrov", "Recep Tayyip Erdo\u{11f}an", "Recep Tayyip Erdo\u{11f}an"]
    );
}

#[test]
fn empty_and_odd_inputs_do_not_panic() {
    let g = gazetteer();
    for text in ["", " ", "'s", "-", "\u{2019}", "A.", "J. ", "al-", "Mr.", "\n\n", "é", "ß"] {
        let _ = g.annotate(text, &Tokens::default());
    }
    let _ = Gazetteer::default().annotate("Spokesman Paul Verne said", &Tokens::default());
}

#[test]
fn regression_name_at_end_of_text_does_not_hang() {
    // The look-ahead after a name read past the end of the text as if it were a space.
    let g = gazetteer();
    let cases: &[(&str, &[&str])] = &[
        ("Spokesman Paul Verne", &["Paul Verne"]),
        ("Paul Verne", &[]),
        ("Spokesman Paul Verne ", &["Paul Verne"]),
        ("Spokesman Paul Verne,", &["Paul Verne"]),
        ("Verne", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(names(&g, text), *want, "{text:?}");
    }
}

#[test]
fn blockers_stop_country_names_inside_longer_names() {
    let mut b = GazetteerBuilder::new();
    b.add_tsv("a", "us\tcountry\tUnited States\tAmerica\nsa\tunknown\tSouth America\n");
    let g = b.build();
    assert!(names(&g, "Trade with South America grew.").is_empty());
    assert_eq!(names(&g, "America grew."), ["United States"]);
}

#[test]
fn default_data_loads_without_errors() {
    let b = GazetteerBuilder::with_defaults();
    assert!(b.errors().is_empty(), "{:?}", b.errors());
    assert!(b.len() > 700, "{}", b.len());
}

/// Regression: a title or the place it governs ran into the name ("Justice X Y", "Mayor of
/// Kharkiv X Y", "Committee on International Affairs X Y" gave three- and four-word people).
#[test]
fn titles_and_their_complements_stay_out_of_person_names() {
    let g = GazetteerBuilder::with_defaults().build();
    let cases: &[(&str, &[&str])] = &[
        ("Justice Mirela Otambo-Reyes said the case was weak.", &["Mirela Otambo-Reyes"]),
        ("Mayor of Dorvik Anselm Trabuk said the city was dark.", &["Anselm Trabuk"]),
        (
            "The chairman of the Assembly Committee on Harbour Works Tilda Moravec said no.",
            &["Tilda Moravec"],
        ),
        ("The head of Orlin Valves Harold van den Bosch said no.", &["Harold van den Bosch"]),
        ("The chief of Dorvik Port Anselm K. Trabuk said no.", &["Anselm K. Trabuk"]),
        // A company after "of" keeps its whole name.
        ("A unit of Orlin Valve and Pump Corp said no.", &["Orlin Valve and Pump Corp"]),
    ];
    for (text, want) in cases {
        let found = g.annotate(text, &Tokens::default());
        let names: Vec<&str> = found
            .mentions
            .iter()
            .filter(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organization))
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(names, *want, "{text}");
    }
}

#[test]
fn default_data_resolves_common_news_names() {
    let g = GazetteerBuilder::with_defaults().build();
    let cases: &[(&str, &[&str])] = &[
        ("Sergey Lavrov met Sergei Lavrov", &["sergei-lavrov", "sergei-lavrov"]),
        ("the U.S., the US, America and Washington", &["united-states"; 4]),
        ("Britain, the U.K. and the UK", &["united-kingdom"; 3]),
        ("Russia\u{b4}s Defense Ministry and the Kremlin", &["russia-defense-ministry", "kremlin"]),
        (
            "The State Department and the Pentagon",
            &["us-department-of-state", "us-department-of-defense"],
        ),
        ("ISIL, ISIS, Daesh and the Islamic State of Iraq and the Levant", &["islamic-state"; 4]),
        ("Moscow and Kyiv and Kiev", &["russia", "ukraine", "ukraine"]),
        ("Agence France-Presse and AFP and the Associated Press", &["afp", "afp", "ap"]),
        ("Volodymyr Zelenskyy and Vladimir Zelensky", &["volodymyr-zelensky"; 2]),
        ("Ash Carter and Ashton Carter", &["ash-carter"; 2]),
    ];
    for (text, want) in cases {
        let found = g.annotate(text, &Tokens::default());
        let ids: Vec<&str> = found
            .mentions
            .iter()
            .filter_map(|m| m.entity.and_then(|id| g.entity(id)))
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(ids, *want, "{text}");
    }
}

#[test]
fn names_wrapped_across_a_line_break_still_match() {
    let g = gazetteer();
    let cases: &[(&str, &[&str])] = &[
        ("Sergey\nLavrov said", &["Sergei Lavrov"]),
        ("Spokesman Paul\nVerne said", &["Paul Verne"]),
        // A blank line is a paragraph break: no name runs across it.
        ("Spokesman Paul\n\nVerne said", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(names(&g, text), *want, "{text:?}");
    }
}

#[test]
fn company_words_keep_a_run_from_being_a_person() {
    let g = gazetteer();
    let cases: &[(&str, &[&str])] = &[
        ("Acme Steel said profits rose.", &[]),
        ("Bank-Holding Partners said so.", &[]),
        ("Lorna Vail said so.", &["Lorna Vail"]),
    ];
    for (text, want) in cases {
        // Company names may come out as organizations, never as people.
        let people: Vec<String> = g
            .annotate(text, &Tokens::default())
            .mentions
            .into_iter()
            .filter(|m| m.kind == EntityKind::Person)
            .map(|m| String::from(m.name))
            .collect();
        assert_eq!(people, *want, "{text:?}");
    }
}

const GIVEN_NAMES: &str = "\
name\tgender
Ana\tf
Marta\tf
Paulo\tm
Tomas\tm
Robin\tu
";

fn gazetteer_with_given_names() -> Gazetteer {
    let mut b = GazetteerBuilder::new();
    b.add_tsv("test-entities", ENTITIES)
        .add_tsv("test-people", "lena-vos\tperson\tLena Vos\t\tmayor|gender:f\n")
        .add_roles_tsv("test-roles", ROLES)
        .add_given_names_tsv("test-given-names", GIVEN_NAMES);
    assert!(b.errors().is_empty(), "{:?}", b.errors());
    b.build()
}

#[test]
fn runs_starting_with_a_given_name_are_people_without_a_cue() {
    let g = gazetteer_with_given_names();
    let cases: &[(&str, &[&str])] = &[
        // No reporting verb or title next to the name: the given name is enough.
        ("Marta Quillon scored twice. Quillon was happy.", &["Marta Quillon", "Marta Quillon"]),
        // A capitalized word before the given name is a title or a sentence start.
        ("Goalkeeper Tomas Brekke saved it. Brekke said so.", &["Tomas Brekke", "Tomas Brekke"]),
        ("Forward Ana Lutz scored.", &["Ana Lutz"]),
        // Without a given name and without a cue, still nothing.
        ("Goalkeeper Brekke saved it.", &[]),
    ];
    assert_names(&g, cases);
}

#[test]
fn shorter_forms_resolve_to_the_fuller_name_used_earlier() {
    let g = gazetteer_with_given_names();
    let cases: &[(&str, &[&str])] = &[
        // First and last name without the middle names.
        ("Ana Beatriz Lutz said no. Ana Lutz said yes.", &["Ana Beatriz Lutz", "Ana Beatriz Lutz"]),
        // The given name alone (a given name of the lexicon).
        ("Ana Beatriz Lutz said no. Later Ana laughed.", &["Ana Beatriz Lutz", "Ana Beatriz Lutz"]),
        // Two people sharing a surname: the surname names the most recent one mentioned by
        // full name; a first+last mention makes that person the most recent again.
        (
            "Ana Beatriz Lutz said no. Paulo Lutz said yes. Ana Lutz said maybe. Lutz left.",
            &["Ana Beatriz Lutz", "Paulo Lutz", "Ana Beatriz Lutz", "Ana Beatriz Lutz"],
        ),
        // Accented and plain spellings of one name are one person, with the accents kept.
        (
            "Spokesman Jari M\u{e4}kinen said no. Jari Makinen said yes. Makinen left.",
            &["Jari M\u{e4}kinen", "Jari M\u{e4}kinen", "Jari M\u{e4}kinen"],
        ),
        // The accented surname alone resolves, but only full names choose the spelling.
        ("Spokesman Jari Makinen said no. M\u{e4}kinen said yes.", &["Jari Makinen"; 2]),
    ];
    assert_names(&g, cases);
}

#[test]
fn people_get_a_gender_from_entry_honorific_or_given_name() {
    let g = gazetteer_with_given_names();
    let cases: &[(&str, &[Option<Gender>])] = &[
        ("Lena Vos said no.", &[Some(Gender::Female)]),
        ("Ana Lutz said no. Lutz left.", &[Some(Gender::Female), Some(Gender::Female)]),
        ("Paulo Lutz said no.", &[Some(Gender::Male)]),
        // A name used for both, or an unknown one: no gender...
        ("Robin Kell said no.", &[None]),
        ("Spokesman Ivo Sander said no.", &[None]),
        // ...unless an honorific tells it, for every mention of that person.
        ("Spokesman Ivo Sander said no. Mrs. Sander left.", &[Some(Gender::Female); 2]),
        ("Mr. Ivo Sander told reporters. Sander left.", &[Some(Gender::Male); 2]),
        // Not people: no gender.
        ("Russia said no.", &[None]),
    ];
    for (text, want) in cases {
        let found = g.annotate(text, &Tokens::default());
        let genders: Vec<Option<Gender>> = found.mentions.iter().map(|m| m.gender).collect();
        assert_eq!(genders, *want, "{text}");
        for m in &found.mentions {
            assert_eq!(g.gender_of(m, text), m.gender, "{text}");
        }
    }
}

#[test]
fn given_name_lexicon_rows_are_checked() {
    let mut b = GazetteerBuilder::new();
    b.add_given_names_tsv("names", "name\tgender\nAna\tf\nBad\tx\nOnly-one-field\n");
    let lines: Vec<usize> = b.errors().iter().map(|e| e.line).collect();
    assert_eq!(lines, [3, 4]);
    let g = b.build();
    assert_eq!(g.given_name("ANA"), Some(Some(Gender::Female)));
    assert_eq!(g.given_name("Bad"), None);
}

#[test]
fn default_given_names_load_without_errors() {
    let b = GazetteerBuilder::with_defaults();
    assert!(b.errors().is_empty(), "{:?}", b.errors());
    let g = b.build();
    assert_eq!(g.given_name("Maria"), Some(Some(Gender::Female)));
    assert_eq!(g.given_name("Sergei"), Some(Some(Gender::Male)));
}

#[test]
fn default_titles_stay_out_of_names() {
    let g = GazetteerBuilder::with_defaults().build();
    let cases: &[(&str, &str)] = &[
        ("Superintendent Ivo Sander said the schools would close.", "Ivo Sander"),
        ("Head coach Ivo Sander said the team was tired.", "Ivo Sander"),
        ("Councillor Ivo Sander told the meeting it was over.", "Ivo Sander"),
        ("Epidemiologist Ivo Sander said cases fell.", "Ivo Sander"),
    ];
    for (text, want) in cases {
        assert_eq!(names(&g, text), [*want], "{text}");
    }
}

#[test]
fn uncued_names_count_once_their_surname_speaks() {
    let g = gazetteer();
    let cases: &[(&str, &[&str])] = &[
        // The full name had no cue; the surname with "said" makes it a person.
        ("Ivo Sander did not plan it. Sander said it grew.", &["Ivo Sander"]),
        ("Ivo Sander-Holt did not plan it. \"Yes,\" said Sander-Holt.", &["Ivo Sander-Holt"]),
        // Without a cue on the surname either, nothing.
        ("Ivo Sander did not plan it. Sander grew.", &[]),
        // Second to last word of a longer name: the paternal surname of Spanish names.
        (
            "Minister Paula Quiroga Lenz said no. Quiroga added more.",
            &["Paula Quiroga Lenz", "Paula Quiroga Lenz"],
        ),
    ];
    assert_names(&g, cases);
}

#[test]
fn company_names_by_shape_and_their_first_word() {
    let g = gazetteer();
    let cases: &[(&str, &[(&str, EntityKind)])] = &[
        (
            "Orlin Valve and Pump Corp cut jobs. Orlin said demand fell.",
            &[
                ("Orlin Valve and Pump Corp", EntityKind::Organization),
                ("Orlin Valve and Pump Corp", EntityKind::Organization),
            ],
        ),
        (
            "Pellworth Research expects growth, Pellworth said.",
            &[
                ("Pellworth Research", EntityKind::Organization),
                ("Pellworth Research", EntityKind::Organization),
            ],
        ),
        // Not a corporate suffix: no company.
        ("Pellworth Valley expects rain.", &[]),
        // A known organization followed by a corporate suffix is that organization.
        ("The Associated Press Inc said so.", &[("Associated Press", EntityKind::Organization)]),
        // A country opening a company's name is part of it, not a mention of its own.
        (
            "U.S. Pellworth Corp said so. American Orlin Inc agreed.",
            &[
                ("U.S. Pellworth Corp", EntityKind::Organization),
                ("American Orlin Inc", EntityKind::Organization),
            ],
        ),
        // Only when the names touch: a possessive or a comma keeps them apart.
        (
            "Russia's Pellworth Corp said so.",
            &[("Russia", EntityKind::Country), ("Pellworth Corp", EntityKind::Organization)],
        ),
    ];
    for (text, want) in cases {
        let found: Vec<(String, EntityKind)> = g
            .annotate(text, &Tokens::default())
            .mentions
            .into_iter()
            .map(|m| (String::from(m.name), m.kind))
            .collect();
        let want: Vec<(String, EntityKind)> =
            want.iter().map(|(n, k)| (n.to_string(), *k)).collect();
        assert_eq!(found, want, "{text}");
    }
}

const FAMILY_NAMES_FIRST: &str = "\
name\torigin
Lin\tzh
Wang\tzh
Rhee\tko
Park\tko
Nguyen\tvi
";

const NAME_VARIANTS: &str = "\
Muhammad|Mohammed|Mohamed|Mohammad
Sergei|Sergey
Yuri|Yury|Yuriy
Aleksandr|Alexander
";

fn gazetteer_with_name_lists() -> Gazetteer {
    let mut b = GazetteerBuilder::new();
    b.add_tsv("test-entities", ENTITIES)
        .add_tsv(
            "test-people",
            "aleksandr-novak\tperson\tAleksandr Novak\t\tdeputy prime minister\n\
             volodymyr-kuzma\tperson\tVolodymyr Kuzma\t\tmayor\n",
        )
        .add_roles_tsv("test-roles", ROLES)
        .add_given_names_tsv("test-given-names", GIVEN_NAMES)
        .add_family_names_first_tsv("test-family-names", FAMILY_NAMES_FIRST)
        .add_name_variants_tsv("test-variants", NAME_VARIANTS);
    assert!(b.errors().is_empty(), "{:?}", b.errors());
    b.build()
}

#[test]
fn family_names_written_first_name_the_person_alone() {
    let g = gazetteer_with_name_lists();
    let cases: &[(&str, &[&str])] = &[
        ("Spokesman Lin Qiaoli said no. Lin added more.", &["Lin Qiaoli"; 2]),
        ("Minister Rhee Doo-hwan said no. Rhee added more.", &["Rhee Doo-hwan"; 2]),
        ("Spokesman Nguyen Van Thanh said no. Nguyen added more.", &["Nguyen Van Thanh"; 2]),
        // The surname of a name in the usual order still wins: Lin is Tomas Lin's surname.
        (
            "Tomas Lin said no. Spokesman Lin Qiaoli said yes. Lin left.",
            &["Tomas Lin", "Lin Qiaoli", "Tomas Lin"],
        ),
        // Two people sharing the family name: the family name alone names neither.
        (
            "Spokesman Wang Dexin met Minister Wang Lihua. Wang said it went well.",
            &["Wang Dexin", "Wang Lihua"],
        ),
        // A family name that is also a place word is a name before a hyphenated given name.
        ("Minister Park Soo-jin said no. Later Park added more.", &["Park Soo-jin"; 2]),
        // Opening a sentence, the word alone needs a cue: it may be an ordinary word.
        ("Minister Park Soo-jin said no. Park officials disagreed.", &["Park Soo-jin"]),
        ("Minister Park Soo-jin said no. They met in the Park area.", &["Park Soo-jin"]),
        // A first word not in the list is a given name, not a family name.
        ("Spokesman Ivo Sander said no. Ivo Sander left.", &["Ivo Sander"; 2]),
        ("Spokesman Tomas Qiaoli said no. Tomas added more.", &["Tomas Qiaoli"; 2]),
        // ... though before a reporting verb it is the given name of the one person
        // introduced with it (`names::name_given_name_forms`), as "Tomas" is.
        ("Spokesman Ivo Qiaoli said no. Ivo added more.", &["Ivo Qiaoli"; 2]),
        // An uncued name whose family name later speaks.
        ("Lin Qiaoli did not come. Lin said it was fine.", &["Lin Qiaoli"]),
    ];
    assert_names(&g, cases);
    // Without the list, the rule is off (before a reporting verb the word is the one given
    // name of the text's people, `names::name_given_name_forms`: not tested here).
    let text = "Spokesman Lin Qiaoli said no. Reporters asked Lin about it.";
    assert_eq!(names(&g, text), ["Lin Qiaoli"; 2]);
    assert_eq!(names(&gazetteer(), text), ["Lin Qiaoli"]);
}

#[test]
fn given_name_variants_match_gazetteer_names_and_earlier_mentions() {
    let g = gazetteer_with_name_lists();
    let cases: &[(&str, &[&str])] = &[
        // (a) gazetteer names with another spelling of their first word.
        ("Alexander Novak said no.", &["Aleksandr Novak"]),
        ("Sergey Lavrov and Sergei Lavrov.", &["Sergei Lavrov"; 2]),
        // Different names, not spellings of one: no match.
        ("Vladimir Kuzma said no.", &["Vladimir Kuzma"]),
        // (b) within a text, names not in the gazetteer.
        (
            "Spokesman Mohammed Qadri said no. Muhammad Qadri added more. Mohamed Qadri left.",
            &["Mohammed Qadri"; 3],
        ),
        ("Spokesman Yuri Kovalenko said no. Yury Kovalenko added.", &["Yuri Kovalenko"; 2]),
        // Same given name spelled alike, different surnames: two people.
        (
            "Spokesman Mohammed Qadri said no. Spokesman Muhammad Qadiri added.",
            &["Mohammed Qadri", "Muhammad Qadiri"],
        ),
    ];
    assert_names(&g, cases);
    let found = g.annotate("Alexander Novak said no.", &Tokens::default());
    assert_eq!(found.mentions.first().and_then(|m| m.entity), g.find_id("aleksandr-novak"));
}

#[test]
fn surname_spellings_fold_hyphens_particles_and_final_y() {
    let g = gazetteer_with_name_lists();
    let cases: &[(&str, &[&str])] = &[
        (
            "Spokesman Bohdan Zelenskyy said no. Zelensky added. Zelenskiy left.",
            &["Bohdan Zelenskyy"; 3],
        ),
        (
            "Spokesman Majed al-Khulaifi said no. Al Khulaifi added. Alkhulaifi left.",
            &["Majed al-Khulaifi"; 3],
        ),
        (
            "Spokesman Majed al-Khulaifi said no. Al-Khulaifi added. Khulaifi left.",
            &["Majed al-Khulaifi"; 3],
        ),
        (
            "Spokesman Ingrid van der Berg said no. Van Der Berg added. Van der Berg left.",
            &["Ingrid van der Berg"; 3],
        ),
        // A different surname is a different person.
        ("Spokesman Bohdan Zelenskyy said no. Zelenko added.", &["Bohdan Zelenskyy"]),
    ];
    assert_names(&g, cases);
}

#[test]
fn name_lists_rows_are_checked() {
    let mut b = GazetteerBuilder::new();
    b.add_family_names_first_tsv("family", "name\torigin\nLin\tzh\nNoOrigin\nA\tb\tc\n");
    b.add_name_variants_tsv("variants", "Sergei|Sergey\nAlone\nYuri\tYury\n");
    let bad: Vec<(&str, usize)> = b.errors().iter().map(|e| (e.path.as_str(), e.line)).collect();
    assert_eq!(bad, [("family", 3), ("family", 4), ("variants", 2), ("variants", 3)]);
    let g = b.build();
    assert!(g.is_family_name_first("LIN"));
    assert!(!g.is_family_name_first("NoOrigin"));
    assert_eq!(g.name_variant_group("sergey"), g.name_variant_group("Sergei"));
    assert!(g.name_variant_group("Sergei").is_some());
    assert_eq!(g.name_variant_group("Yuri"), None);
}

#[test]
fn default_name_lists_load_without_errors() {
    let b = GazetteerBuilder::with_defaults();
    assert!(b.errors().is_empty(), "{:?}", b.errors());
    let g = b.build();
    for family in ["Lin", "Rhee", "Nguyen", "Kim", "Park"] {
        assert!(g.is_family_name_first(family), "{family}");
    }
    for (a, b) in [("Sergei", "Sergey"), ("Muhammad", "Mohammed"), ("Dmitry", "Dmitri")] {
        assert!(g.name_variant_group(a).is_some(), "{a}");
        assert_eq!(g.name_variant_group(a), g.name_variant_group(b), "{a} {b}");
    }
    // Ukrainian and Russian forms are different names.
    for (a, b) in [("Volodymyr", "Vladimir"), ("Oleksandr", "Aleksandr"), ("Serhiy", "Sergei")] {
        let group = g.name_variant_group(a);
        assert!(group.is_none() || group != g.name_variant_group(b), "{a} {b}");
    }
}

#[test]
fn company_names_keep_titles_digits_brackets_and_suffixes() {
    let g = GazetteerBuilder::with_defaults().build();
    let org = EntityKind::Organization;
    let cases: &[(&str, &[(&str, EntityKind)])] = &[
        // A title word opening a company's name stays in it.
        ("Premier Harbour Corp said profits rose.", &[("Premier Harbour Corp", org)]),
        ("Governor Valve Inc said profits rose.", &[("Governor Valve Inc", org)]),
        // A first word starting with a digit, and the same word alone later.
        (
            "4Ward Systems Corp cut jobs. 4Ward said demand fell.",
            &[("4Ward Systems Corp", org), ("4Ward Systems Corp", org)],
        ),
        // A bracketed part between the name and its suffix.
        ("Kelso Equity (Pacific) Ltd bought shares.", &[("Kelso Equity (Pacific) Ltd", org)]),
        // Suffixes of many countries, in capitals or lowercase, and two in a row.
        (
            "Halvard Mining AG, Orlin Valves SA, Pellworth NV, Dorvik Pumpen GmbH, Harlan \
             Tool plc, Kelso Lace Co Ltd grew.",
            &[
                ("Halvard Mining AG", org),
                ("Orlin Valves SA", org),
                ("Pellworth NV", org),
                ("Dorvik Pumpen GmbH", org),
                ("Harlan Tool plc", org),
                ("Kelso Lace Co Ltd", org),
            ],
        ),
    ];
    for (text, want) in cases {
        let found: Vec<(String, EntityKind)> = g
            .annotate(text, &Tokens::default())
            .mentions
            .into_iter()
            .map(|m| (String::from(m.name), m.kind))
            .collect();
        let want: Vec<(String, EntityKind)> =
            want.iter().map(|(n, k)| (n.to_string(), *k)).collect();
        assert_eq!(found, want, "{text}");
    }
}

/// Regression: a suffix written before the name in Swedish order ("AB Halvard") or a digit
/// word with no suffix made a person.
#[test]
fn regression_suffix_first_and_digit_words_are_no_people() {
    let g = GazetteerBuilder::with_defaults().build();
    for text in [
        "Forvaltnings AB Halvard said it sold shares.",
        "AB Halvard said it sold shares.",
        "4Ward Halvard said it sold shares.",
        "Spokesman 4Ward said no.",
    ] {
        let people: Vec<String> = g
            .annotate(text, &Tokens::default())
            .mentions
            .into_iter()
            .filter(|m| m.kind == EntityKind::Person)
            .map(|m| String::from(m.name))
            .collect();
        assert!(
            people.iter().all(|p| !p.contains("AB") && !p.contains("4Ward")),
            "{text}: {people:?}"
        );
    }
}

#[test]
fn leading_titles_are_never_part_of_a_person_name() {
    let g = GazetteerBuilder::with_defaults().build();
    let titles = [
        "Dr",
        "Dr.",
        "Prof.",
        "Sheikh",
        "HE",
        "H.E.",
        "Mr",
        "Mrs.",
        "Ms",
        "Maj. Gen.",
        "Lt. Col.",
        "Maj-Gen",
        "Lt-Col",
        "Sen.",
        "Rep.",
        "Gov.",
        "Judge",
        "Justice",
        "Advocate",
        "Imam",
        "Rabbi",
        "Pastor",
        "Mufti",
        "Cllr",
        "Baroness",
        "Datuk Seri",
        "Dato'",
        "Tan Sri",
        "Puan Sri",
        "Shri",
        "Deputy",
    ];
    for title in titles {
        let text = format!("{title} Tembo Mwale-Osei said the case was weak. Mwale-Osei left.");
        assert_eq!(names(&g, &text), ["Tembo Mwale-Osei"; 2], "{text}");
    }
    // "Sri" opening a name is a given name.
    let text = "Spokeswoman Sri Wahyuni Lestari said no.";
    assert_eq!(names(&g, text), ["Sri Wahyuni Lestari"], "{text}");
}

#[test]
fn initials_and_letters_beyond_ascii_are_name_words() {
    let g = GazetteerBuilder::with_defaults().build();
    let cases: &[(&str, &[&str])] = &[
        ("State minister K. Tembarai said no. Tembarai added.", &["K. Tembarai"; 2]),
        ("Spokesman P.K. Tembarai said no. Tembarai added.", &["P.K. Tembarai"; 2]),
        (
            "Spokesman Halvard Kj\u{e6}rgaard said no. Kj\u{e6}rgaard added.",
            &["Halvard Kj\u{e6}rgaard"; 2],
        ),
        (
            "Coach Emre \u{d8}zt\u{fc}rkmen said no. \u{d8}zt\u{fc}rkmen added.",
            &["Emre \u{d8}zt\u{fc}rkmen"; 2],
        ),
        (
            "Minister Nikola \u{110}or\u{111}evi\u{107} said no.",
            &["Nikola \u{110}or\u{111}evi\u{107}"],
        ),
        ("Spokesman Tobi Chang-yong Kwame said no.", &["Tobi Chang-yong Kwame"]),
    ];
    assert_names(&g, cases);
}

#[test]
fn family_names_written_first_give_no_lexicon_gender() {
    let mut b = GazetteerBuilder::new();
    b.add_roles_tsv("roles", ROLES)
        .add_given_names_tsv("given", "Fang\tf\nTomas\tm\n")
        .add_family_names_first_tsv("family", "Fang\tzh\n");
    let g = b.build();
    let cases: &[(&str, Option<Gender>)] = &[
        ("Spokesman Fang Dexin said no.", None),
        ("Spokesman Tomas Fang said no.", Some(Gender::Male)),
    ];
    for (text, want) in cases {
        let found = g.annotate(text, &Tokens::default());
        let genders: Vec<Option<Gender>> = found.mentions.iter().map(|m| m.gender).collect();
        assert_eq!(genders, [*want], "{text}");
        for m in &found.mentions {
            assert_eq!(g.gender_of(m, text), *want, "{text}");
        }
    }
}

/// Regression: initials made people of companies ("N.V. Halvard", "Halvard N.V.", "E.F.
/// Orlin" after "E.F. Orlin Group Inc").
#[test]
fn regression_companies_with_initials_are_no_people() {
    let g = GazetteerBuilder::with_defaults().build();
    let org = EntityKind::Organization;
    let cases: &[(&str, &[(&str, EntityKind)])] = &[
        (
            "E.F. Orlin Group Inc cut jobs. E.F. Orlin said demand fell.",
            &[("E.F. Orlin Group Inc", org), ("E.F. Orlin Group Inc", org)],
        ),
        ("Halvard N.V. said demand fell.", &[("Halvard N.V.", org)]),
        // A word-like suffix inside a longer name does not end it: the name is an
        // institution's, not a company's.
        ("Dorvik Research Institute said so.", &[("Dorvik Research Institute", org)]),
        // An acronym inside the name.
        (
            "A unit of E.F. Orlin LBO Inc bought it. Orlin said so.",
            &[("E.F. Orlin LBO Inc", org), ("E.F. Orlin LBO Inc", org)],
        ),
        ("N.V. Halvard said demand fell.", &[]),
    ];
    for (text, want) in cases {
        let found: Vec<(String, EntityKind)> = g
            .annotate(text, &Tokens::default())
            .mentions
            .into_iter()
            .map(|m| (String::from(m.name), m.kind))
            .collect();
        let want: Vec<(String, EntityKind)> =
            want.iter().map(|(n, k)| (n.to_string(), *k)).collect();
        assert_eq!(found, want, "{text}");
    }
}

#[test]
fn dictionary_scan_counts_names_and_titles_on_word_boundaries() {
    let g = gazetteer();
    let cases: &[(&str, usize)] = &[
        ("", 0),
        ("Nothing listed here.", 0),
        ("Russia\u{2019}s foreign minister Sergey Lavrov said.", 3),
        ("Russians and Russian officials", 2),
        ("xRussia and Russiax", 0),
    ];
    for &(text, want) in cases {
        assert_eq!(g.count_dictionary_matches(text), want, "{text:?}");
    }
}

#[test]
fn role_titles_inside_names_are_dropped_and_others_kept() {
    let mut b = GazetteerBuilder::new();
    b.add_tsv("t", "psi\torganization\tPress Secretary Institute\n")
        .add_roles_tsv("r", "press secretary\nsecretary\nspokesman\n");
    let g = b.build();
    // (text, the bare titles found, in order)
    let cases: &[(&str, &[&str])] = &[
        ("The Press Secretary Institute said.", &[]),
        ("A spokesman for the Press Secretary Institute said.", &["spokesman"]),
        (
            "The Press Secretary Institute and the press secretary and the Press Secretary \
             Institute and a spokesman.",
            &["press secretary", "spokesman"],
        ),
        ("secretary, Press Secretary Institute, spokesman", &["secretary", "spokesman"]),
    ];
    for &(text, want) in cases {
        let found = g.annotate(text, &Tokens::default());
        let titles: Vec<&str> = found.roles.iter().map(|r| &text[r.title_span]).collect();
        let want: Vec<&str> = want.to_vec();
        assert_eq!(titles, want, "{text:?}");
    }
}

#[test]
fn generational_suffixes_stay_in_the_name_and_the_surname_is_before_them() {
    let g = gazetteer_with_given_names();
    let cases: &[(&str, &[&str])] = &[
        (
            "Lawyer Tomas Kessing Jr. said no. Kessing added more.",
            &["Tomas Kessing Jr.", "Tomas Kessing Jr."],
        ),
        ("Spokesman Paul Verne III said no. Verne added.", &["Paul Verne III", "Paul Verne III"]),
        ("Paul Verne Sr said no. Paul Verne agreed.", &["Paul Verne Sr", "Paul Verne Sr"]),
        // A suffix after one word is no name's end: "Jr" alone is nobody's surname.
        ("Spokesman Paul Verne said so. Jr said no.", &["Paul Verne"]),
        // A fund's numeral is no person's suffix.
        ("Harlan Venture Partners II said it raised money.", &["Harlan Venture Partners"]),
    ];
    assert_names(&g, cases);
}

#[test]
fn short_given_names_name_the_one_earlier_person_with_the_surname() {
    let mut b = GazetteerBuilder::new();
    b.add_tsv("test-entities", ENTITIES)
        .add_roles_tsv("test-roles", ROLES)
        .add_given_names_tsv("test-given-names", GIVEN_NAMES)
        .add_diminutives_tsv("test-diminutives", "Robert|Bob|Bobby\nMargaret|Peggy\n");
    assert!(b.errors().is_empty(), "{:?}", b.errors());
    let g = b.build();
    let cases: &[(&str, &[&str])] = &[
        // A listed short form.
        ("Spokesman Robert Quell said no. Bob Quell said yes.", &["Robert Quell", "Robert Quell"]),
        // A shortening by shape: the last or the first letters of the full given name.
        (
            "Spokesman Olatemi Arowa said no. Temi Arowa said yes.",
            &["Olatemi Arowa", "Olatemi Arowa"],
        ),
        (
            "Spokesman Maximilian Oder said no. Max Oder said yes.",
            &["Maximilian Oder", "Maximilian Oder"],
        ),
        // Two earlier people with the surname: the short form names neither.
        (
            "Spokesman Robert Quell said no. Minister Ann Quell spoke. Bob Quell said yes.",
            &["Robert Quell", "Ann Quell", "Bob Quell"],
        ),
        // Not a short form: another person.
        (
            "Spokesman Robert Quell said no. Minister Peggy Quell said yes.",
            &["Robert Quell", "Peggy Quell"],
        ),
    ];
    assert_names(&g, cases);
    assert!(g.is_short_given_name("Bobby", "ROBERT"));
    assert!(!g.is_short_given_name("Robert", "Robert"));
    assert!(!g.is_short_given_name("Al", "Alan"));
}

#[test]
fn default_diminutives_load_without_errors() {
    let b = GazetteerBuilder::with_defaults();
    assert!(b.errors().is_empty(), "{:?}", b.errors());
    assert!(b.build().is_short_given_name("Bob", "Robert"));
}

#[test]
fn a_relative_who_after_a_name_marks_a_person() {
    let g = gazetteer();
    let cases: &[(&str, &[&str])] = &[
        (
            "Ethiopia's Tadu Gebre-Alemu came second. Gebre-Alemu, who won in March, said so.",
            &["Tadu Gebre-Alemu"],
        ),
        ("Kerstin Olvaag, who leads the group, spoke.", &["Kerstin Olvaag"]),
        // "which" is no person's.
        ("Harrow Valley, which floods often, was hit.", &[]),
    ];
    assert_names(&g, cases);
}

/// (surface, name) of every organization mention.
fn organizations(g: &Gazetteer, text: &str) -> Vec<(String, String)> {
    g.annotate(text, &Tokens::default())
        .mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Organization)
        .map(|m| (text[m.span].to_string(), m.name.to_string()))
        .collect()
}

#[test]
fn institution_names_by_shape_keep_lists_places_and_complements() {
    let mut b = GazetteerBuilder::new();
    b.add_tsv("test-entities", ENTITIES)
        .add_tsv("test-places", "vandor\tcountry\tVandor\tadj:Vandorian\n");
    let g = b.build();
    let cases: &[(&str, &[&str])] = &[
        // Comma lists closed by "and", and "and" inside the complement.
        (
            "The Department of Roads, Rural Transport and Ports said it would act.",
            &["Department of Roads, Rural Transport and Ports"],
        ),
        (
            "The Vandor Nurses, Midwives and Porters Union said so.",
            &["Vandor Nurses, Midwives and Porters Union"],
        ),
        (
            "A Department of Roads and Rural Transport spokesperson said no.",
            &["Department of Roads and Rural Transport"],
        ),
        // A place word opening the name is part of it, a possessive place is not.
        ("The Vandor Fire Service said two died.", &["Vandor Fire Service"]),
        ("The Electoral Board of Vandor said so.", &["Electoral Board of Vandor"]),
        ("Vandor's Ministry of Roads and Ports said so.", &["Ministry of Roads and Ports"]),
        // Regression: a lowercase word ending the paragraph before is no possessive of it.
        ("Officers arrested him.\n\nVandor's Ministry of Roads said so.", &["Ministry of Roads"]),
        // A lowercase possessive before the body: left to the attribution stage.
        ("Exports rose, the country's Ministry of Roads said.", &[]),
        ("The Vandorian Sailing Federation said so.", &["Vandorian Sailing Federation"]),
        // A list that no "and" closes is no part of the name.
        ("Roads, Ports Authority said so.", &[]),
        // Nothing after the last head noun unless a connector leads it on.
        ("The Vandor Fire Service Act was passed.", &[]),
        // "and the" joins two names, not one.
        ("Russia and the Fire Service met.", &["Fire Service"]),
        // A title with a name after the body: the body qualifies the title.
        ("Vandor Fire Service chief Tomas Brekke said so.", &[]),
        ("The head of the Vandor Fire Service, Tomas Brekke, said so.", &[]),
        // A known name the run runs into ends it: what came before is no whole name.
        ("The Vandor Council Associated Press office said so.", &["Associated Press"]),
        // Capitalized words after a connector are the complement, not a person before a cue;
        // a demonym inside the complement is part of it.
        (
            "The Federation of Vandorian Bicycle Makers said on Monday that orders fell.",
            &["Federation of Vandorian Bicycle Makers"],
        ),
        (
            "Some were freed, the Coordination Headquarters for the Care of Veterans reported.",
            &["Coordination Headquarters for the Care of Veterans"],
        ),
        ("The Vandor-based Institute of Bridge Studies said so.", &["Institute of Bridge Studies"]),
        ("The Brekke-appointed Roads Commission said so.", &["Roads Commission"]),
        // After "and", a name by shape is not taken into the body: no body is named in full.
        ("The Department of Roads and Ports Tomas Brekke said so.", &[]),
    ];
    for (text, want) in cases {
        let got: Vec<String> = organizations(&g, text).into_iter().map(|(s, _)| s).collect();
        assert_eq!(got, *want, "{text}");
    }
}

#[test]
fn later_short_forms_name_the_institution_named_in_full_before() {
    let mut b = GazetteerBuilder::new();
    b.add_tsv("test-entities", ENTITIES).add_tsv(
        "test-bodies",
        "vandor\tcountry\tVandor\t\neu-commission\torganization\tEuropean Commission\t\n",
    );
    let g = b.build();
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "The Electoral Board of Vandor met. The Electoral Board said the vote was fair.",
            &[
                ("Electoral Board of Vandor", "Electoral Board of Vandor"),
                ("Electoral Board", "Electoral Board of Vandor"),
            ],
        ),
        (
            "The European Commission fined it. The Commission said so.",
            &[("European Commission", "European Commission"), ("Commission", "European Commission")],
        ),
        (
            "The Harlow Police Service arrested him. Harlow police said so.",
            &[
                ("Harlow Police Service", "Harlow Police Service"),
                ("Harlow police", "Harlow Police Service"),
            ],
        ),
        (
            "The Department of Roads, Rural Transport and Ports met. The Department of Roads said so.",
            &[
                ("Department of Roads, Rural Transport and Ports", "Department of Roads, Rural Transport and Ports"),
                ("Department of Roads", "Department of Roads, Rural Transport and Ports"),
            ],
        ),
        // Two bodies it could be: neither.
        (
            "The European Commission and the Vandor Trade Commission met. The Commission said so.",
            &[
                ("European Commission", "European Commission"),
                ("Vandor Trade Commission", "Vandor Trade Commission"),
            ],
        ),
        // A head noun alone names the one body holding it, wherever it stands in the name.
        (
            "The Electoral Commission of Vandor met. The Commission said the roll was open.",
            &[
                ("Electoral Commission of Vandor", "Electoral Commission of Vandor"),
                ("Commission", "Electoral Commission of Vandor"),
            ],
        ),
        // Two bodies holding it: neither.
        (
            "The Electoral Commission of Vandor and the Vandor Trade Commission met. The \
             Commission said so.",
            &[
                ("Electoral Commission of Vandor", "Electoral Commission of Vandor"),
                ("Vandor Trade Commission", "Vandor Trade Commission"),
            ],
        ),
        // Lowercase after "the": the one body named before whose head noun it is.
        (
            "The Electoral Commission of Vandor (ECV) met. The commission said the roll was open.",
            &[
                ("Electoral Commission of Vandor", "Electoral Commission of Vandor"),
                ("commission", "Electoral Commission of Vandor"),
            ],
        ),
        // A possessive head opens a role phrase or a document's name: not the body.
        (
            "The Roads Agency of Vandor met. The agency's chief executive said so.",
            &[("Roads Agency of Vandor", "Roads Agency of Vandor")],
        ),
        (
            "The Vandor Police Service Commission met. Later the police said so.",
            &[("Vandor Police Service Commission", "Vandor Police Service Commission")],
        ),
        (
            "The commission met. The Electoral Commission of Vandor said so.",
            &[("Electoral Commission of Vandor", "Electoral Commission of Vandor")],
        ),
        (
            "The Ministry of Roads and the Ministry of Ports met. The ministry said so.",
            &[("Ministry of Roads", "Ministry of Roads"), ("Ministry of Ports", "Ministry of Ports")],
        ),
        // A short form before the full name names nothing.
        ("The Commission said so.", &[]),
    ];
    for (text, want) in cases {
        let got = organizations(&g, text);
        let want: Vec<(String, String)> =
            want.iter().map(|(s, n)| (s.to_string(), n.to_string())).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn a_hyphen_does_not_end_a_listed_name() {
    let g = gazetteer();
    let cases: &[(&str, &[&str])] = &[
        // The listed name is the start of someone else's double surname.
        ("Sergei Lavrov-Petrov said the deal was off.", &["Sergei Lavrov-Petrov"]),
        ("Sergei Lavrov said the deal was off.", &["Sergei Lavrov"]),
        // A lowercase word after the hyphen is no name: "Lavrov-led".
        ("The Sergei Lavrov-led talks ended.", &["Sergei Lavrov"]),
        // A one-word name before a hyphen joins two names ("the Russia-Turkey deal").
        ("The Russia-Kerry channel stayed open.", &["Russia"]),
    ];
    assert_names(&g, cases);
}

#[test]
fn the_first_part_of_a_double_surname_names_the_person() {
    let g = gazetteer();
    let cases: &[(&str, &[&str])] = &[
        (
            "\"We wait,\" said Tomasa Arvelo-Quindimil. \"Nothing came,\" Arvelo said.",
            &["Tomasa Arvelo-Quindimil", "Tomasa Arvelo-Quindimil"],
        ),
        // The father's surname of a four-word name.
        (
            "\"We wait,\" said Yeison Dario Ortegal Quindimil. \"Nothing came,\" Ortegal said.",
            &["Yeison Dario Ortegal Quindimil", "Yeison Dario Ortegal Quindimil"],
        ),
        // Someone whose surname it is wins over the first part of a double one.
        (
            "\"We wait,\" said Rosa Arvelo. \"Yes,\" said Tomasa Arvelo-Quindimil. \
             \"Nothing came,\" Arvelo said.",
            &["Rosa Arvelo", "Tomasa Arvelo-Quindimil", "Rosa Arvelo"],
        ),
        // A company's first word stays the company's.
        (
            "Odell Motor Corp grew. \"We wait,\" said Tomasa Odell-Quindimil. Odell said sales rose.",
            &["Odell Motor Corp", "Tomasa Odell-Quindimil", "Odell Motor Corp"],
        ),
        // Titles and particles are no double surnames.
        ("\"We wait,\" said Omar al-Hadi. \"No,\" al said.", &["Omar al-Hadi"]),
    ];
    assert_names(&g, cases);
}

#[test]
fn according_to_at_a_sentence_start_cues_a_surname() {
    let g = gazetteer_with_given_names();
    let cases: &[(&str, &[&str])] = &[
        (
            "Tomasa Arvelo-Quindimil, a geologist, mapped the valley. According to \
             Arvelo-Quindimil, the rock is old.",
            &["Tomasa Arvelo-Quindimil"],
        ),
        (
            "Tomasa Arvelo-Quindimil, a geologist, mapped the valley. The rock, according to \
             Arvelo-Quindimil, is old.",
            &["Tomasa Arvelo-Quindimil"],
        ),
    ];
    for (text, want) in cases {
        let found = names(&g, text);
        assert_eq!(found.last().map(String::as_str), want.last().copied(), "{text}: {found:?}");
    }
}

#[test]
fn a_comma_list_of_partners_closed_by_a_company_suffix_is_one_company() {
    let g = gazetteer();
    let cases: &[(&str, &[&str])] = &[
        (
            "Harrow, Quill, Benning and Marsh Inc said it would sell the unit.",
            &["Harrow, Quill, Benning and Marsh Inc"],
        ),
        ("Odell Brace, Tamsin and Grove Corp bought it.", &["Odell Brace, Tamsin and Grove Corp"]),
        // Without a comma list, a one-word name before "and" is another party.
        ("Tamsin and Grove Corp bought it.", &["Grove Corp"]),
        // Known names in a list are a list of parties, and so are companies.
        ("Russia, Turkey and Grove Corp signed.", &["Russia", "Turkey", "Grove Corp"]),
        (
            "Ashdown Capital Ltd, Odell Brace and Co Ltd led it.",
            &["Ashdown Capital Ltd", "Odell Brace and Co Ltd"],
        ),
    ];
    assert_names(&g, cases);
}

#[test]
fn dj_and_the_south_slavic_d_with_stroke_are_one_spelling() {
    let g = gazetteer();
    let cases: &[(&str, &[&str])] = &[
        (
            "\"No,\" said Dragana \u{110}or\u{111}evi\u{107}. \"Never,\" Djordjevic said.",
            &["Dragana \u{110}or\u{111}evi\u{107}", "Dragana \u{110}or\u{111}evi\u{107}"],
        ),
        (
            "\"No,\" said Dragana Djordjevic. \"Never,\" \u{110}or\u{111}evi\u{107} said.",
            &["Dragana Djordjevic", "Dragana Djordjevic"],
        ),
    ];
    assert_names(&g, cases);
}

#[test]
fn annotate_into_with_one_scratch_agrees_with_annotate_text_after_text() {
    let g = gazetteer();
    let texts = [
        "Russia\u{2019}s foreign minister Sergey Lavrov said. Lavrov added more.",
        "The Washington Post reported it. Later the Post said the Pentagon agreed.",
        "",
        "spokesman Mark Toner said on Monday. Toner added that the U.S. would act.",
        "Harlan Tool and Die Corp said. Harlan added. The Electoral Commission (EC) met; the \
         commission said the EC would rule. Lord Reed spoke; Reed said.",
        "Sergei Lavrov met Bashar al-Assad in Moscow.\n\nAssad said the talks went well.",
    ];
    let mut scratch = Scratch::new();
    let mut out = Annotation::default();
    // Twice over, so that every text meets buffers a longer or shorter text left behind.
    for text in texts.iter().chain(texts.iter().rev()) {
        g.annotate_into(text, &Tokens::default(), &mut scratch, &mut out);
        assert_eq!(out, g.annotate(text, &Tokens::default()), "{text:?}");
    }
}

#[test]
fn scratch_is_send() {
    fn assert_send<T: Send>() {}
    assert_send::<Scratch>();
}

/// Mentions of a listed name, by its spelling, an alias or a surname, and role titles hold
/// the gazetteer's own copy (no text copied per mention), and read as the name.
#[test]
fn mentions_share_the_gazetteers_names_and_titles() {
    let g = gazetteer();
    let text = "Sergey Lavrov met the Pentagon spokesman. Lavrov said Russia was ready.";
    let found = g.annotate(text, &Tokens::default());
    let cases = [
        ("Sergey Lavrov", "sergei-lavrov", "Sergei Lavrov"),
        ("Pentagon", "us-dod", "U.S. Department of Defense"),
        ("Lavrov", "sergei-lavrov", "Sergei Lavrov"),
        ("Russia", "russia", "Russia"),
    ];
    assert_eq!(found.mentions.len(), cases.len());
    for (m, (surface, id, name)) in found.mentions.iter().zip(cases) {
        assert_eq!(&text[m.span], surface);
        assert_eq!(m.name, name);
        let listed = g.find_id(id).and_then(|id| g.name(id)).expect(id);
        assert_eq!(m.name.as_ptr(), listed.as_ptr(), "{surface} copies its name");
    }
    let titles: Vec<&str> = found.roles.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(titles, ["spokesman"]);
    let again = g.annotate("The spokesman said.", &Tokens::default());
    let (first, second) = (&found.roles[0].title, &again.roles[0].title);
    assert_eq!(first.as_ptr(), second.as_ptr(), "a title is shared across texts");
}
