use super::*;

fn gazetteer() -> Gazetteer {
    Gazetteer::embedded().unwrap()
}

fn hit_texts<'a>(g: &Gazetteer, text: &'a str) -> Vec<(&'a str, Label)> {
    let mut tokens = Vec::new();
    crate::entities::token::tokenize(text, &mut tokens);
    let mut out = Vec::new();
    g.hits(text, &tokens, &mut out);
    out.iter()
        .map(|h| (&text[h.start..h.end], h.label))
        .collect()
}

#[test]
fn the_embedded_gazetteer_parses() {
    let g = gazetteer();
    assert_eq!(g.lookup("U.S."), Some((Label::Gpe, "United States")));
    assert_eq!(g.lookup("America"), Some((Label::Gpe, "United States")));
    assert_eq!(g.lookup("Japan"), Some((Label::Gpe, "Japan")));
}

#[test]
fn a_place_written_without_its_accents_is_no_ordinary_word() {
    let g = gazetteer();
    assert_eq!(g.lookup("Sao Paulo"), Some((Label::Gpe, "São Paulo")));
    // "Apple Store", "Philips Hue": "Štore" and "Huế" without accents are words.
    assert_eq!(g.lookup("Store"), None);
    assert_eq!(g.lookup("Hue"), None);
}

#[test]
fn the_longest_name_wins_and_names_match_whole_words_only() {
    let g = gazetteer();
    assert_eq!(
        hit_texts(&g, "the Bank of Japan said"),
        vec![("Bank of Japan", Label::Org)]
    );
    assert_eq!(
        hit_texts(&g, "the USJTA and USA"),
        vec![("USA", Label::Gpe)]
    );
    assert_eq!(
        hit_texts(&g, "U.S. Treasuries"),
        vec![("U.S.", Label::Gpe)],
        "a longer name that ends inside a word does not hide a shorter one"
    );
}

#[test]
fn hyphenated_places_match_each_place() {
    let g = gazetteer();
    assert_eq!(
        hit_texts(&g, "US-Japan talks"),
        vec![("US", Label::Gpe), ("Japan", Label::Gpe)]
    );
}

#[test]
fn curly_and_straight_apostrophes_name_the_same_thing() {
    let g = gazetteer();
    assert_eq!(
        g.lookup("People’s Bank of China"),
        g.lookup("People's Bank of China")
    );
    assert_eq!(
        hit_texts(&g, "the People’s Bank of China"),
        vec![("People’s Bank of China", Label::Org)]
    );
}

#[test]
fn nationality_plurals_join_their_singular() {
    let g = gazetteer();
    assert_eq!(g.lookup("Americans"), Some((Label::Norp, "American")));
    assert_eq!(g.lookup("Israelis"), Some((Label::Norp, "Israeli")));
    assert_eq!(g.lookup("Japaneses"), None);
}

#[test]
fn an_alias_of_an_unknown_name_is_an_error() {
    let err = Gazetteer::from_ron(r#"(gpe: ["Japan"], aliases: {"JP": "Nippon"})"#).unwrap_err();
    assert!(matches!(err, GazetteerError::UnknownAliasTarget { .. }));
}

#[test]
fn a_malformed_file_reports_line_and_column() {
    let err = Gazetteer::from_ron("(\n  gpe: [\"Japan\",\n  bogus: 3,\n)").unwrap_err();
    match err {
        GazetteerError::Parse { line, .. } => assert!(line >= 2),
        other => panic!("unexpected {other}"),
    }
}

const MAIN: &str = r#"(gpe: ["Japan"], org: ["Congress"], aliases: {"Nippon": "Japan"})"#;
const PARTIES: &str = r#"(
    names: [
        (label: ORG, country: "South Africa", names: "African National Congress"),
        (label: GPE, country: "Japan", names: "
            Nippon
            Kita Kyushu
        "),
    ],
    aliases: {"ANC": "African National Congress", "JP": "Japan"},
    words: [(class: City, country: "United States", words: "Trenton")],
)"#;

fn with_knowledge(files: &[(&str, &str)]) -> Gazetteer {
    Gazetteer::from_sources(MAIN, files).unwrap()
}

#[test]
fn knowledge_names_match_with_their_label_and_short_forms_join_the_full_name() {
    let g = with_knowledge(&[("parties.ron", PARTIES)]);
    assert_eq!(
        hit_texts(&g, "the African National Congress (ANC) met in Kita Kyushu"),
        vec![
            ("African National Congress", Label::Org),
            ("ANC", Label::Org),
            ("Kita Kyushu", Label::Gpe),
        ]
    );
    assert_eq!(
        g.lookup("ANC"),
        Some((Label::Org, "African National Congress"))
    );
    assert_eq!(
        g.lookup("JP"),
        Some((Label::Gpe, "Japan")),
        "a knowledge alias may name a name of the main file"
    );
}

#[test]
fn the_main_file_wins_over_a_knowledge_file() {
    let g = with_knowledge(&[("parties.ron", PARTIES)]);
    assert_eq!(
        g.lookup("Nippon"),
        Some((Label::Gpe, "Japan")),
        "the main file's alias keeps its canonical name"
    );
}

#[test]
fn knowledge_words_are_classes_and_places_know_their_country() {
    let g = with_knowledge(&[("parties.ron", PARTIES)]);
    assert_ne!(g.classes("Trenton") & class::CITY, 0);
    assert_eq!(g.classes("trenton"), 0, "classes are case-sensitive");
    assert_eq!(
        hit_texts(&g, "in Trenton"),
        vec![],
        "a class word is no name"
    );
    assert_eq!(g.country_of("Trenton"), Some("United States"));
    assert_eq!(g.country_of("Kita Kyushu"), Some("Japan"));
    assert_eq!(g.country_of("Paris"), None);
}

#[test]
fn errors_in_a_knowledge_file_name_the_file() {
    let err =
        Gazetteer::from_sources(MAIN, &[("bad.ron", "(names: [(label: CITY)])")]).unwrap_err();
    assert!(err.to_string().starts_with("bad.ron: line 1"), "{err}");
    let err =
        Gazetteer::from_sources(MAIN, &[("orphan.ron", r#"(aliases: {"X": "Y"})"#)]).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"orphan.ron: alias "X" names "Y", which no name list holds"#
    );
}

#[test]
fn the_embedded_knowledge_gives_head_words() {
    let g = gazetteer();
    assert_ne!(g.classes("Hurricane") & class::EVENT_HEAD, 0);
    assert_ne!(g.classes("iPhone") & class::PRODUCT_HEAD, 0);
    assert_ne!(g.classes("GmbH") & class::CORP_SUFFIX, 0);
}

#[test]
fn an_alias_may_name_a_surface_form_of_an_earlier_list() {
    let file = r#"(names: [(label: GPE, names: "Nippon")], aliases: {"Nihon": "Nippon"})"#;
    let g = with_knowledge(&[("aliases.ron", file)]);
    assert_eq!(g.lookup("Nihon"), Some((Label::Gpe, "Japan")));
}

#[test]
fn ordinary_words_and_lowercase_text_are_not_names() {
    let g = gazetteer();
    let text = "Mobile phones. Reading is fun. Bath time. Nice work. the anc met in trenton.";
    assert_eq!(hit_texts(&g, text), vec![]);
    assert_eq!(g.classes("Mobile") & (class::CITY | class::GIVEN), 0);
    assert_eq!(g.classes("Grace") & class::GIVEN, 0);
    assert_eq!(g.classes("Will") & class::GIVEN, 0);
}

#[test]
fn the_embedded_knowledge_knows_parties_places_and_given_names() {
    let g = gazetteer();
    assert_eq!(
        g.lookup("ANC"),
        Some((Label::Org, "African National Congress"))
    );
    assert_eq!(
        g.lookup("BJP"),
        Some((Label::Org, "Bharatiya Janata Party"))
    );
    assert_eq!(g.lookup("Calif."), Some((Label::Gpe, "California")));
    assert_eq!(
        hit_texts(&g, "Cupertino, Calif., and Rio Grande do Sul"),
        vec![("Calif.", Label::Gpe), ("Rio Grande do Sul", Label::Gpe)]
    );
    assert_ne!(g.classes("Trenton") & class::CITY, 0);
    assert_eq!(g.country_of("Trenton"), Some("United States"));
    assert_ne!(g.classes("Olufunke") & class::GIVEN, 0);
}

#[test]
fn the_embedded_knowledge_knows_territories_other_country_names_and_demonyms() {
    let g = gazetteer();
    // Territories and small states the hand list lacks are places of their own.
    for territory in [
        "British Virgin Islands",
        "Curaçao",
        "Cayman Islands",
        "Isle of Man",
    ] {
        assert_eq!(g.lookup(territory), Some((Label::Gpe, territory)));
        assert!(g.is_country(territory), "{territory}");
    }
    // Other forms join the name margin knows the country by.
    assert_eq!(g.lookup("Curacao"), Some((Label::Gpe, "Curaçao")));
    assert_eq!(
        g.lookup("St Kitts and Nevis"),
        Some((Label::Gpe, "Saint Kitts and Nevis"))
    );
    assert_eq!(g.lookup("Republic of Haiti"), Some((Label::Gpe, "Haiti")));
    assert_eq!(g.lookup("Cote d'Ivoire"), Some((Label::Gpe, "Ivory Coast")));
    // The words for a country's people, and their plurals; "the Guyanese" has none.
    for people in ["Haitian", "Haitians", "Guyanese", "Grenadians", "Jamaican"] {
        assert_eq!(g.lookup(people), Some((Label::Norp, people)), "{people}");
    }
    // A surname that is another name of a place stays a surname ("Thomas Mann").
    assert_eq!(g.lookup("Mann"), None);
    assert_eq!(g.lookup("Guyaneses"), None);
}

#[test]
fn countries_are_known_by_name_and_by_their_other_forms() {
    let g = gazetteer();
    for country in [
        "Japan",
        "United States",
        "U.S.",
        "Britain",
        "Germany",
        "Nigeria",
    ] {
        assert!(g.is_country(country), "{country}");
    }
    for place in [
        "Paris",
        "California",
        "Trenton",
        "Kita Kyushu",
        "Japanese",
        "japan",
    ] {
        assert!(!g.is_country(place), "{place}");
    }
    let fixture = with_knowledge(&[("parties.ron", PARTIES)]);
    assert!(
        fixture.is_country("Japan"),
        "a group's country is a country"
    );
    assert!(!fixture.is_country("Kita Kyushu"));
}

#[test]
fn the_embedded_knowledge_knows_clubs_and_their_short_forms() {
    let g = gazetteer();
    assert_eq!(
        g.lookup("Manchester United"),
        Some((Label::Org, "Manchester United FC"))
    );
    assert_eq!(
        hit_texts(&g, "Tottenham Hotspur beat Man Utd"),
        vec![("Tottenham Hotspur", Label::Org), ("Man Utd", Label::Org)]
    );
    for short in ["Liverpool", "Celtic", "Spurs"] {
        assert_ne!(g.classes(short) & class::CLUB, 0, "{short}");
        assert_ne!(
            g.lookup(short).map(|(label, _)| label),
            Some(Label::Org),
            "a single-word club name is no name: {short}"
        );
    }
}

/// Names the first-word index cannot hold go to an automaton that reads every byte of the
/// text; its prefilter skips ahead only while those names open with at most three distinct
/// bytes. "4chan", "500px" and "9.9.9.9" among the brands made it stop at every digit, a
/// sixth of the extraction's time (the brands script now drops names that open with a digit).
#[test]
fn the_byte_automaton_s_names_open_with_few_bytes() {
    let g = gazetteer();
    let firsts: std::collections::BTreeSet<u8> = (g.automaton_ids.iter())
        .map(|&id| g.names.surfaces.key(id).as_bytes()[0])
        .collect();
    assert!(
        firsts.len() <= 3,
        "{:?}",
        firsts.iter().map(|&b| b as char).collect::<String>()
    );
}
