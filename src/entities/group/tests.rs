use super::*;
use crate::corpus::ArticleId;
use crate::entities::EntityIndex;

#[test]
fn normalise_straightens_apostrophes_and_spaces() {
    assert_eq!(
        normalise("People’s  Bank\nof China", Label::Org),
        "People's Bank of China"
    );
}

fn names(texts: &[(&str, &str)]) -> Vec<Vec<(String, Label, String)>> {
    let g = Gazetteer::embedded().unwrap();
    let index = EntityIndex::from_texts(texts.iter().copied(), &g, &Corrections::new());
    (0..texts.len())
        .map(|a| {
            index
                .article_mentions(ArticleId(a))
                .iter()
                .map(|m| {
                    let name = index.entity(m.entity()).unwrap().name.clone();
                    (m.span().slice(texts[a].1).to_string(), m.label(), name)
                })
                .collect()
        })
        .collect()
}

fn person(text: &str, name: &str) -> (String, Label, String) {
    (text.to_string(), Label::Person, name.to_string())
}

#[test]
fn a_surname_joins_the_only_full_name_in_the_corpus() {
    let out = names(&[
        ("a.txt", "Chancellor Friedrich Merz spoke."),
        ("b.txt", "Then Merz told reporters nothing."),
    ]);
    assert_eq!(out[1], vec![person("Merz", "Friedrich Merz")]);
}

#[test]
fn a_family_name_written_first_joins_its_full_name() {
    let out = names(&[("a.txt", "President Xi Jinping spoke. Xi has made plans.")]);
    assert_eq!(out[0][1], person("Xi", "Xi Jinping"));
}

#[test]
fn an_ambiguous_surname_prefers_the_full_name_in_its_own_article() {
    let out = names(&[
        ("a.txt", "President Donald Trump spoke. Then Trump left."),
        ("b.txt", "Senator Lara Trump spoke. Then Trump left."),
    ]);
    assert_eq!(out[0][1], person("Trump", "Donald Trump"));
    assert_eq!(out[1][1], person("Trump", "Lara Trump"));
}

#[test]
fn a_word_no_rule_could_read_becomes_a_person_named_in_another_article() {
    let out = names(&[
        ("a.txt", "Secretary of State Marco Rubio met allies."),
        ("b.txt", "Rubio will travel to Seoul."),
    ]);
    assert_eq!(out[1][0], person("Rubio", "Marco Rubio"));
}

#[test]
fn an_acronym_defined_in_one_article_is_known_in_another() {
    let out = names(&[
        (
            "a.txt",
            "They signed the US-Japan Trade Agreement (USJTA) in 2019.",
        ),
        ("b.txt", "The USJTA cut tariffs."),
    ]);
    let law = |t: &str| {
        (
            t.to_string(),
            Label::Law,
            "US-Japan Trade Agreement".to_string(),
        )
    };
    assert_eq!(out[1], vec![law("USJTA")]);
}

#[test]
fn gazetteer_aliases_join_their_canonical_name() {
    let out = names(&[("a.txt", "The US, the U.S., America and the United States.")]);
    assert!(
        out[0]
            .iter()
            .all(|(_, l, n)| *l == Label::Gpe && n == "United States")
    );
    assert_eq!(out[0].len(), 4);
}

#[test]
fn an_amount_in_words_reads_as_its_value() {
    assert_eq!(normalise("trillion-dollar", Label::Money), "$1 trillion");
    assert_eq!(normalise("$7 billion", Label::Money), "$7 billion");
}
