use super::*;
use crate::corpus::ArticleId;
use crate::entities::EntityIndex;

#[test]
fn normalise_straightens_apostrophes_and_spaces() {
    assert_eq!(
        normalise("People’s  Bank\nof China", Label::Org),
        "People's Bank of China"
    );
    assert_eq!(
        normalise("Benjamin Netan\u{ad}yahu", Label::Person),
        "Benjamin Netanyahu"
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

/// Asserts that an article's mentions (as [`names`] gives them) hold no person.
#[track_caller]
fn assert_no_person(mentions: &[(String, Label, String)]) {
    assert!(
        !mentions.iter().any(|(_, label, _)| *label == Label::Person),
        "{mentions:?}"
    );
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
fn a_word_of_the_language_in_a_person_s_name_is_no_person_where_it_opens_a_sentence() {
    // "Jerry World" reads as a person by its given name; every other article's "World"
    // would then be that person.
    let out = names(&[
        ("a.txt", "Jerry World said the deal was done."),
        ("b.txt", "The talks ended. World leaders met."),
    ]);
    assert_eq!(out[0], vec![person("Jerry World", "Jerry World")]);
    assert!(
        !out[1].iter().any(|(text, _, _)| text == "World"),
        "{:?}",
        out[1]
    );
    // Inside a sentence, nothing but the name capitalises it.
    let out = names(&[
        ("a.txt", "Jerry World said the deal was done."),
        ("b.txt", "Polls show that World is back."),
    ]);
    assert!(
        out[1].contains(&person("World", "Jerry World")),
        "{:?}",
        out[1]
    );
    // Beside a word that names no one, it is title case.
    let out = names(&[
        ("a.txt", "Jerry World said the deal was done."),
        (
            "b.txt",
            "The fund releases its World Economic Outlook today.",
        ),
    ]);
    assert_no_person(&out[1]);
    // A word of the language that is a surname too names the person anywhere.
    let out = names(&[
        ("a.txt", "Senator Gordon Brown met allies."),
        ("b.txt", "Brown will travel to Seoul."),
    ]);
    assert!(
        out[1].contains(&person("Brown", "Gordon Brown")),
        "{:?}",
        out[1]
    );
}

#[test]
fn a_word_of_the_language_in_a_heading_is_no_person_named_in_another_article() {
    let out = names(&[
        ("a.txt", "Jerry World said the deal was done."),
        ("b.txt", "Best Of World Music\n\nThe band played on."),
    ]);
    assert!(
        !out[1].iter().any(|(text, _, _)| text == "World"),
        "{:?}",
        out[1]
    );
}

#[test]
fn a_contraction_or_a_quotation_s_first_word_is_no_person_named_in_another_article() {
    let out = names(&[
        (
            "a.txt",
            "Coach Don Marshall spoke, and Ms Oh Kyeong said yes.",
        ),
        (
            "b.txt",
            "It made the list of People Who Don’t Matter in 2006. She said, ‘Oh no, not again.’",
        ),
    ]);
    assert_no_person(&out[1]);
}

#[test]
fn an_initial_ending_a_person_s_name_is_no_person_in_another_article() {
    let out = names(&[
        ("a.txt", "Coach Bradley M said the team was ready."),
        ("b.txt", "The plan M was chosen over plan B."),
    ]);
    assert_no_person(&out[1]);
}

#[test]
fn a_work_s_title_is_no_person_named_in_another_article() {
    let out = names(&[
        (
            "a.txt",
            "The crowd loved Mia Land and Jerry Maguire at the gala.",
        ),
        (
            "b.txt",
            "With the film Jerry Maguire charming audiences, Cruise sang.",
        ),
    ]);
    assert!(
        out[0].contains(&person("Jerry Maguire", "Jerry Maguire")),
        "{:?}",
        out[0]
    );
    assert!(
        !out[1].iter().any(|(text, _, _)| text.contains("Maguire")),
        "{:?}",
        out[1]
    );
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

/// An article with its mentions: (file name, text, [(surface, label)]).
type GivenArticle<'a> = (&'a str, &'a str, &'a [(&'a str, Label)]);

/// Groups articles whose mentions are given (each surface found after the previous one), so
/// these tests do not depend on what extraction finds: (text, label, entity name) per
/// mention.
fn grouped(articles: &[GivenArticle]) -> Vec<Vec<(String, Label, String)>> {
    let g = Gazetteer::embedded().unwrap();
    let corrections = Corrections::new();
    let mut builder = crate::entities::IndexBuilder::new(&g, &corrections);
    for (name, text, marks) in articles {
        let mut from = 0;
        let mentions = marks
            .iter()
            .map(|(surface, label)| {
                let start = from + text[from..].find(surface).expect("surface in text");
                from = start + surface.len();
                Mention::new(start, from, *label)
            })
            .collect();
        builder.add_mentions(name, text, mentions);
    }
    let index = builder.finish();
    (0..articles.len())
        .map(|a| {
            index
                .article_mentions(ArticleId(a))
                .iter()
                .map(|m| {
                    let name = index.entity(m.entity()).unwrap().name.clone();
                    let text = m.span().slice(articles[a].1).to_string();
                    (text, m.label(), name)
                })
                .collect()
        })
        .collect()
}

fn entity_of(out: &[Vec<(String, Label, String)>], article: usize, text: &str) -> String {
    out[article]
        .iter()
        .find(|(t, _, _)| t == text)
        .map(|(_, _, n)| n.clone())
        .unwrap_or_else(|| panic!("no mention {text:?} in article {article}"))
}

use Label::{Date, Gpe, Org, Person};

#[test]
fn a_short_form_joins_the_full_name_that_contains_it() {
    let out = grouped(&[
        (
            "a.txt",
            "Luiz Inácio Lula da Silva met Marine Le Pen.",
            &[
                ("Luiz Inácio Lula da Silva", Person),
                ("Marine Le Pen", Person),
            ],
        ),
        (
            "b.txt",
            "Lula spoke; Le Pen and Lula da Silva listened.",
            &[
                ("Lula", Person),
                ("Le Pen", Person),
                ("Lula da Silva", Person),
            ],
        ),
    ]);
    assert_eq!(entity_of(&out, 1, "Lula"), "Luiz Inácio Lula da Silva");
    assert_eq!(
        entity_of(&out, 1, "Lula da Silva"),
        "Luiz Inácio Lula da Silva"
    );
    assert_eq!(entity_of(&out, 1, "Le Pen"), "Marine Le Pen");
}

#[test]
fn a_surname_two_people_share_joins_neither_unless_one_is_named_in_the_article() {
    let out = grouped(&[
        (
            "a.txt",
            "Marine Le Pen spoke.",
            &[("Marine Le Pen", Person)],
        ),
        (
            "b.txt",
            "Jean-Marie Le Pen spoke.",
            &[("Jean-Marie Le Pen", Person)],
        ),
        ("c.txt", "Le Pen spoke.", &[("Le Pen", Person)]),
        (
            "d.txt",
            "Jean-Marie Le Pen spoke; Le Pen left.",
            &[("Jean-Marie Le Pen", Person), ("Le Pen", Person)],
        ),
    ]);
    assert_eq!(entity_of(&out, 2, "Le Pen"), "Le Pen");
    assert_eq!(entity_of(&out, 3, "Le Pen"), "Jean-Marie Le Pen");
}

#[test]
fn a_surname_several_people_of_the_article_share_joins_the_one_whose_name_it_ends() {
    let out = grouped(&[(
        "a.txt",
        "Walter A. Clyburn Reed met James Clyburn. Clyburn spoke.",
        &[
            ("Walter A. Clyburn Reed", Person),
            ("James Clyburn", Person),
            ("Clyburn", Person),
        ],
    )]);
    assert_eq!(entity_of(&out, 0, "Clyburn"), "James Clyburn");
}

#[test]
fn a_surname_several_people_of_the_article_end_with_joins_the_one_named_first() {
    let out = grouped(&[(
        "a.txt",
        "Mark Meadows retired. His wife Debbie Meadows ran. Meadows said so.",
        &[
            ("Mark Meadows", Person),
            ("Debbie Meadows", Person),
            ("Meadows", Person),
        ],
    )]);
    assert_eq!(entity_of(&out, 0, "Meadows"), "Mark Meadows");
}

#[test]
fn in_a_long_article_read_in_halves_the_person_named_first_is_still_first() {
    // Enough mentions for the article's full names to be read in two halves, one on each
    // thread: "Debbie Meadows" is named in the first half and again in the second, after
    // "Mark Meadows".
    let filler = "Ozland. ".repeat(30_000);
    let text = format!(
        "Debbie Meadows ran. {filler}Mark Meadows retired. Debbie Meadows ran. Meadows said so."
    );
    let mut marks = vec![("Debbie Meadows", Person)];
    marks.extend(std::iter::repeat_n(("Ozland", Gpe), 30_000));
    marks.extend([
        ("Mark Meadows", Person),
        ("Debbie Meadows", Person),
        ("Meadows", Person),
    ]);
    let out = grouped(&[("a.txt", &text, &marks)]);
    assert_eq!(entity_of(&out, 0, "Meadows"), "Debbie Meadows");
}

#[test]
fn an_organisation_named_in_part_joins_the_one_whole_name_of_its_article() {
    let out = grouped(&[
        (
            "a.txt",
            "The BVI Commission of Inquiry sat. The Commission of Inquiry found.",
            &[
                ("BVI Commission of Inquiry", Org),
                ("Commission of Inquiry", Org),
            ],
        ),
        (
            "b.txt",
            "The Kenya Commission of Inquiry and the Fiji Commission of Inquiry met. The Commission of Inquiry found.",
            &[
                ("Kenya Commission of Inquiry", Org),
                ("Fiji Commission of Inquiry", Org),
                ("Commission of Inquiry", Org),
            ],
        ),
    ]);
    assert_eq!(
        entity_of(&out, 0, "Commission of Inquiry"),
        "BVI Commission of Inquiry"
    );
    assert_eq!(
        entity_of(&out, 1, "Commission of Inquiry"),
        "Commission of Inquiry"
    );
}

#[test]
fn a_department_named_by_its_portfolio_joins_the_department() {
    let out = grouped(&[(
        "a.txt",
        "The Energy Department and the Department of Energy spoke. Energy officials agreed.",
        &[
            ("Energy Department", Org),
            ("Department of Energy", Org),
            ("Energy", Org),
        ],
    )]);
    assert_eq!(entity_of(&out, 0, "Energy"), "Department of Energy (a.txt)");
    assert_eq!(
        entity_of(&out, 0, "Energy Department"),
        "Department of Energy (a.txt)"
    );
}

#[test]
fn a_nickname_in_parentheses_joins_the_name_written_with_it() {
    let out = grouped(&[(
        "a.txt",
        "Terence (Terry) Taylor died. Terry Taylor was 80. Taylor was known.",
        &[
            ("Terence (Terry) Taylor", Person),
            ("Terry Taylor", Person),
            ("Taylor", Person),
        ],
    )]);
    assert_eq!(entity_of(&out, 0, "Terry Taylor"), "Terence (Terry) Taylor");
    assert_eq!(entity_of(&out, 0, "Taylor"), "Terence (Terry) Taylor");
}

#[test]
fn a_generation_suffix_makes_another_person() {
    let out = grouped(&[(
        "a.txt",
        "Donald Trump Jr. and Donald Trump spoke.",
        &[("Donald Trump Jr.", Person), ("Donald Trump", Person)],
    )]);
    assert_eq!(entity_of(&out, 0, "Donald Trump"), "Donald Trump");
}

#[test]
fn accents_case_and_particles_do_not_split_a_person() {
    let out = grouped(&[
        (
            "a.txt",
            "Andrés Manuel López Obrador won. Virgil van Dijk scored.",
            &[
                ("Andrés Manuel López Obrador", Person),
                ("Virgil van Dijk", Person),
            ],
        ),
        (
            "b.txt",
            "Lopez Obrador and Andres Manuel Lopez Obrador. Van Dijk too.",
            &[
                ("Lopez Obrador", Person),
                ("Andres Manuel Lopez Obrador", Person),
                ("Van Dijk", Person),
            ],
        ),
    ]);
    for text in ["Lopez Obrador", "Andres Manuel Lopez Obrador"] {
        assert_eq!(entity_of(&out, 1, text), "Andrés Manuel López Obrador");
    }
    assert_eq!(entity_of(&out, 1, "Van Dijk"), "Virgil van Dijk");
}

#[test]
fn a_company_s_legal_suffix_does_not_split_it() {
    let out = grouped(&[
        (
            "a.txt",
            "Procter & Gamble Co said. Procter & Gamble rose.",
            &[("Procter & Gamble Co", Org), ("Procter & Gamble", Org)],
        ),
        (
            "b.txt",
            "Procter & Gamble Inc. fell.",
            &[("Procter & Gamble Inc.", Org)],
        ),
    ]);
    let name = entity_of(&out, 0, "Procter & Gamble Co");
    assert_eq!(name, "Procter & Gamble");
    assert_eq!(entity_of(&out, 0, "Procter & Gamble"), name);
    assert_eq!(entity_of(&out, 1, "Procter & Gamble Inc."), name);
}

#[test]
fn a_date_without_a_year_is_an_entity_of_its_article() {
    let out = grouped(&[
        (
            "a.txt",
            "On Monday and again on Monday, in 2019.",
            &[("Monday", Date), ("Monday", Date), ("2019", Date)],
        ),
        (
            "b.txt",
            "On Monday, in 2019.",
            &[("Monday", Date), ("2019", Date)],
        ),
    ]);
    assert_eq!(out[0][0].2, "Monday (a.txt)");
    assert_eq!(out[0][1].2, "Monday (a.txt)");
    assert_eq!(out[1][0].2, "Monday (b.txt)");
    assert_eq!(out[0][2].2, "2019");
    assert_eq!(out[1][1].2, "2019");
}

#[test]
fn a_date_written_with_a_hyphen_joins_the_same_date_written_with_a_space() {
    let out = grouped(&[(
        "a.txt",
        "Its fourth-quarter profit rose; in the fourth quarter of 2023-24, mid-2019, mid-May.",
        &[
            ("fourth-quarter", Date),
            ("fourth quarter", Date),
            ("2023-24", Date),
            ("mid-2019", Date),
            ("mid-May", Date),
        ],
    )]);
    assert_eq!(out[0][0].2, "fourth quarter (a.txt)");
    assert_eq!(out[0][1].2, "fourth quarter (a.txt)");
    assert_eq!(out[0][2].2, "2023-24");
    assert_eq!(out[0][3].2, "mid-2019");
    assert_eq!(out[0][4].2, "mid-May (a.txt)");
}

#[test]
fn an_institution_every_country_has_joins_only_in_the_same_country() {
    let out = grouped(&[
        (
            "a.txt",
            "France's National Assembly voted. Paris, France, France.",
            &[
                ("France", Gpe),
                ("National Assembly", Org),
                ("Paris", Gpe),
                ("France", Gpe),
                ("France", Gpe),
            ],
        ),
        (
            "b.txt",
            "In France the National Assembly voted again.",
            &[("France", Gpe), ("National Assembly", Org)],
        ),
        (
            "c.txt",
            "The National Assembly of Kenya sat. Kenya, Kenya.",
            &[("National Assembly", Org), ("Kenya", Gpe)],
        ),
        (
            "d.txt",
            "The National Assembly met in Paris and Nairobi.",
            &[("National Assembly", Org), ("Paris", Gpe), ("Nairobi", Gpe)],
        ),
    ]);
    assert_eq!(
        entity_of(&out, 0, "National Assembly"),
        "National Assembly (France)"
    );
    assert_eq!(
        entity_of(&out, 1, "National Assembly"),
        "National Assembly (France)"
    );
    assert_eq!(
        entity_of(&out, 2, "National Assembly"),
        "National Assembly (Kenya)"
    );
    assert_eq!(
        entity_of(&out, 3, "National Assembly"),
        "National Assembly (d.txt)"
    );
}

#[test]
fn a_place_inside_a_country_the_article_names_counts_for_that_country() {
    // New York is named twice and the United States once: the Senate is the United States'.
    let out = grouped(&[(
        "a.txt",
        "Rep. Ann Lee (D-N.Y.) of New York told the Senate the U.S. must act.",
        &[
            ("N.Y.", Gpe),
            ("New York", Gpe),
            ("Senate", Org),
            ("U.S.", Gpe),
        ],
    )]);
    assert_eq!(entity_of(&out, 0, "Senate"), "Senate (United States)");
}

#[test]
fn an_acronym_used_without_definition_joins_the_one_name_with_its_initials() {
    let out = grouped(&[(
        "a.txt",
        "The North Atlantic Treaty Organization met. NATO leaders spoke.",
        &[("North Atlantic Treaty Organization", Org), ("NATO", Org)],
    )]);
    assert_eq!(
        entity_of(&out, 0, "NATO"),
        "North Atlantic Treaty Organization"
    );
}

#[test]
fn a_state_named_with_state_of_is_the_state() {
    let out = grouped(&[(
        "a.txt",
        "The State of Louisiana paid. Louisiana agreed.",
        &[("State of Louisiana", Gpe), ("Louisiana", Gpe)],
    )]);
    assert_eq!(entity_of(&out, 0, "State of Louisiana"), "Louisiana");
}

#[test]
fn an_acronym_the_gazetteer_knows_joins_the_article_s_name_it_spells() {
    // "SLS" is a party's short form in the gazetteer; this article spells another name.
    let out = grouped(&[(
        "a.txt",
        "The Space Launch System is late. The SLS review ended.",
        &[("Space Launch System", Org), ("SLS", Org)],
    )]);
    assert_eq!(entity_of(&out, 0, "SLS"), "Space Launch System");
    // Where no name of the article spells it, the gazetteer's name holds.
    let out = grouped(&[("a.txt", "The SLS won seats.", &[("SLS", Org)])]);
    assert_eq!(entity_of(&out, 0, "SLS"), "Slovenian People's Party");
}

#[test]
fn an_abbreviation_of_a_place_joins_the_place_it_spells() {
    let out = names(&[(
        "a.txt",
        "The BVI premier was arrested. The British Virgin Islands are a territory.",
    )]);
    let place = |text: &str| {
        (
            text.to_string(),
            Label::Gpe,
            "British Virgin Islands".to_string(),
        )
    };
    assert_eq!(out[0], vec![place("BVI"), place("British Virgin Islands")]);
}

#[test]
fn a_middle_name_no_rule_read_becomes_the_person_named_in_another_article() {
    let out = names(&[
        ("a.txt", "President Luiz Inácio Lula da Silva spoke."),
        ("b.txt", "Yesterday Lula travelled to Rome."),
    ]);
    assert!(
        out[1].contains(&person("Lula", "Luiz Inácio Lula da Silva")),
        "{:?}",
        out[1]
    );
}

#[test]
fn a_long_article_keys_its_mentions_alike_in_both_halves() {
    // Enough mentions for their facts to be worked out on two threads (`facts.rs`).
    let filler = "Japan and China met in Tokyo on Monday.\n".repeat(6_000);
    let text = format!(
        "The People’s Bank of China spoke.\n{filler}The U.S. and the People's Bank of China \
         spoke. Japan agreed.\n"
    );
    let found = names(&[("long.txt", &text)]).remove(0);
    assert!(found.len() > 20_000);
    let entity_of = |text: &str| -> Vec<&str> {
        let mut of: Vec<&str> = found
            .iter()
            .filter(|(t, _, _)| t == text)
            .map(|(_, _, name)| name.as_str())
            .collect();
        of.dedup();
        of
    };
    assert_eq!(entity_of("Japan"), ["Japan"]);
    assert_eq!(entity_of("U.S."), ["United States"]);
    let bank: Vec<&str> = found
        .iter()
        .filter(|(t, _, _)| t.starts_with("People"))
        .map(|(_, _, name)| name.as_str())
        .collect();
    assert_eq!(bank, ["People's Bank of China", "People's Bank of China"]);
}

#[test]
fn a_person_found_through_another_article_keeps_the_acronyms_after_it_joined() {
    let out = names(&[
        ("a.txt", "Secretary of State Marco Rubio met allies."),
        (
            "b.txt",
            "Rubio praised the Zephyr Valley Transit Authority (ZVTA) on Monday. Officials at \
             the ZVTA thanked Rubio.",
        ),
    ]);
    let authority = "Zephyr Valley Transit Authority";
    let org = |t: &str| (t.to_string(), Label::Org, authority.to_string());
    let monday = (
        "Monday".to_string(),
        Label::Date,
        "Monday (b.txt)".to_string(),
    );
    assert_eq!(
        out[1],
        vec![
            person("Rubio", "Marco Rubio"),
            org(authority),
            org("ZVTA"),
            monday,
            org("ZVTA"),
            person("Rubio", "Marco Rubio"),
        ]
    );
}

#[test]
fn a_product_named_by_its_last_word_joins_the_one_full_name_ending_with_it() {
    use Label::Product;
    let out = grouped(&[
        (
            "a.txt",
            "The Philips Hue lamp and the Airbus A350-900 jet. Hue is cheap; the A350 flies.",
            &[
                ("Philips Hue", Product),
                ("Airbus A350-900", Product),
                ("Hue", Product),
                ("A350", Product),
            ],
        ),
        // Two products end with the word: neither is the one meant.
        (
            "b.txt",
            "The Galaxy S10 Pro and the iPhone 11 Pro. The Pro sold out.",
            &[
                ("Galaxy S10 Pro", Product),
                ("iPhone 11 Pro", Product),
                ("Pro", Product),
            ],
        ),
    ]);
    assert_eq!(entity_of(&out, 0, "Hue"), "Philips Hue");
    assert_eq!(entity_of(&out, 0, "A350"), "Airbus A350-900");
    assert_eq!(entity_of(&out, 1, "Pro"), "Pro");
}

#[test]
fn a_name_broken_over_two_lines_groups_with_the_name_on_one() {
    let out = grouped(&[
        (
            "a.txt",
            "We watched as Emma\nWatson grew up.",
            &[("Emma\nWatson", Person)],
        ),
        ("b.txt", "Emma Watson spoke.", &[("Emma Watson", Person)]),
    ]);
    assert_eq!(entity_of(&out, 0, "Emma\nWatson"), "Emma Watson");
    assert_eq!(entity_of(&out, 1, "Emma Watson"), "Emma Watson");
}

#[test]
fn an_organisations_first_word_alone_joins_it() {
    let out = grouped(&[(
        "a.txt",
        "Zeiss Group makes lenses, and Zeiss expects growth. Amnesty International said Amnesty would appeal.",
        &[
            ("Zeiss Group", Org),
            ("Zeiss", Org),
            ("Amnesty International", Org),
            ("Amnesty", Org),
        ],
    )]);
    assert_eq!(entity_of(&out, 0, "Zeiss"), "Zeiss Group");
    assert_eq!(entity_of(&out, 0, "Amnesty"), "Amnesty International");
}

#[test]
fn a_first_word_written_as_a_name_of_its_own_stays_apart() {
    // In capitals, with a capital inside, listed, or before "and" another name.
    let out = grouped(&[(
        "a.txt",
        "The IETF Trust holds IETF rights. The GiveWell Blog quotes GiveWell. \
         Apple Music pays Apple. Gannett and GateHouse Media merged; Gannett grew. \
         The Zorbury Police Department patrols Zorbury.",
        &[
            ("IETF Trust", Org),
            ("IETF", Org),
            ("GiveWell Blog", Org),
            ("GiveWell", Org),
            ("Apple Music", Org),
            ("Apple", Org),
            ("Gannett and GateHouse Media", Org),
            ("Gannett", Org),
            ("Zorbury Police Department", Org),
            ("Zorbury", Org),
        ],
    )]);
    for name in ["IETF", "GiveWell", "Apple", "Gannett", "Zorbury"] {
        assert_eq!(entity_of(&out, 0, name), name);
    }
}

#[test]
fn a_body_named_with_its_country_first_is_the_body_of_that_country() {
    let out = names(&[
        (
            "a.txt",
            "The U.S. Securities and Exchange Commission sued. The SEC said the U.S. Supreme \
             Court would rule.",
        ),
        ("b.txt", "The Supreme Court ruled, the Senate said. US, US."),
        (
            "c.txt",
            "The UK Parliament voted, and Parliament sat again.",
        ),
    ]);
    let org = |text: &str, name: &str| (text.to_string(), Label::Org, name.to_string());
    assert_eq!(
        out[0],
        vec![
            org("U.S. Securities and Exchange Commission", "SEC"),
            org("SEC", "SEC"),
            org("U.S. Supreme Court", "Supreme Court (United States)"),
        ]
    );
    assert_eq!(
        out[1][0],
        org("Supreme Court", "Supreme Court (United States)")
    );
    assert_eq!(
        out[2],
        vec![
            org("UK Parliament", "Parliament (United Kingdom)"),
            org("Parliament", "Parliament (United Kingdom)"),
        ]
    );
}

#[test]
fn a_chamber_alone_is_not_its_committee() {
    let out = names(&[(
        "a.txt",
        "The House Intelligence Committee met. Later the House voted. US, US.",
    )]);
    assert_eq!(out[0][0].2, "House Intelligence Committee (United States)");
    assert_eq!(out[0][1].2, "House (United States)");
}
