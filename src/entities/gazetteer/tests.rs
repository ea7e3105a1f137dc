use super::*;

fn gazetteer() -> Gazetteer {
    Gazetteer::embedded().unwrap()
}

fn hit_texts<'a>(g: &Gazetteer, text: &'a str) -> Vec<(&'a str, Label)> {
    let mut out = Vec::new();
    g.hits(text, &mut out);
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
