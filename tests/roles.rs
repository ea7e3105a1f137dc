//! The role ledger (issue 15, item 1): who the articles say holds which office, the conflicts
//! between them, on the seeds and on small corpora written here; and the ledger in the reader
//! (`R`, `Enter`, `w`).

#[path = "support/reader.rs"]
mod reader;

use margin::app::Mode;
use margin::corpus::{ArticleId, Corpus};
use margin::entities::Corrections;
use margin::factcheck::{DiscrepancyKind, Findings, Role, Tense, findings, report};
use reader::reader;

fn findings_of(corpus: &Corpus) -> Findings {
    let built = margin::app::indexing::build(corpus, &Corrections::default(), |_, _| {});
    findings(corpus, &built.index, &[])
}

fn corpus_of(texts: &[&str]) -> Corpus {
    Corpus::from_texts(
        "test",
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("{i}.txt"), t.to_string()))
            .collect(),
    )
}

fn role<'a>(found: &'a Findings, corpus: &Corpus, text: &str) -> &'a Role {
    found
        .roles
        .roles
        .iter()
        .find(|r| r.text(corpus) == text)
        .unwrap_or_else(|| panic!("no role “{text}” in {:#?}", found.roles.roles))
}

fn explanations(found: &Findings, kind: DiscrepancyKind) -> Vec<String> {
    found
        .discrepancies
        .iter()
        .filter(|d| d.kind == kind)
        .map(|d| d.explanation.clone())
        .collect()
}

#[test]
fn the_seeds_titles_are_read_into_person_office_country_and_qualifiers() {
    let corpus = Corpus::embedded();
    let found = findings_of(&corpus);
    let ishiba = role(&found, &corpus, "Japanese Prime Minister Shigeru Ishiba");
    assert_eq!(ishiba.name, "Shigeru Ishiba");
    assert_eq!(ishiba.office.shown, "Prime Minister");
    assert_eq!(ishiba.country.as_deref(), Some("Japan"));
    assert_eq!(ishiba.tense, Tense::Current);
    assert_eq!(ishiba.article(), ArticleId(0));

    let freeman = role(
        &found,
        &corpus,
        "Former Assistant Secretary of Defence Chas Freeman",
    );
    assert_eq!(freeman.name, "Chas Freeman");
    assert_eq!(freeman.office.shown, "Assistant Secretary of Defence");
    assert_eq!(freeman.qualifiers(), ["former", "assistant"]);

    // "name, title" and "title, title name": Akazawa is Japan's top trade negotiator.
    let negotiator = found
        .roles
        .roles
        .iter()
        .find(|r| r.office.shown == "top trade negotiator")
        .expect("the description is read");
    assert_eq!(negotiator.name, "Ryosei Akazawa");
    assert_eq!(negotiator.country.as_deref(), Some("Japan"));
    assert!(!negotiator.office.is_office);

    let meti = role(
        &found,
        &corpus,
        "Minister Akazawa of Japan’s Ministry of Economy, Trade, and Industry",
    );
    assert_eq!(meti.name, "Ryosei Akazawa");
    assert_eq!(
        meti.office.shown,
        "Minister of Economy, Trade, and Industry"
    );
    assert_eq!(meti.country.as_deref(), Some("Japan"));

    let abe = role(&found, &corpus, "Prime Minister Shinzo Abe");
    assert_eq!(abe.country.as_deref(), Some("Japan"), "from “In Japan, …”");
    let bessent = role(&found, &corpus, "US Treasury Secretary Bessent");
    assert_eq!(bessent.office.shown, "Treasury Secretary");
    assert_eq!(bessent.country.as_deref(), Some("United States"));

    // "Prime Minister Ishiba" says no country: it is taken from the other mention.
    let later = role(&found, &corpus, "Prime Minister Ishiba");
    assert_eq!(later.country.as_deref(), Some("Japan"));
    assert!(later.country_inferred);
}

#[test]
fn the_seeds_two_prime_ministers_and_akazawas_two_offices_are_discrepancies() {
    let corpus = Corpus::embedded();
    let found = findings_of(&corpus);
    assert_eq!(
        explanations(&found, DiscrepancyKind::OfficeHolders),
        ["Shigeru Ishiba vs Shinzo Abe across 2 articles: both named Prime Minister of Japan now"]
    );
    assert_eq!(
        explanations(&found, DiscrepancyKind::PersonOffices),
        [
            "Economic Revitalisation Minister vs Minister of Economy, Trade, and Industry across 2 \
             articles: both offices of Ryosei Akazawa now"
        ]
    );
    // Freeman, a former assistant secretary, conflicts with no secretary of defence.
    assert!(found.discrepancies.iter().all(|d| {
        d.members
            .iter()
            .all(|m| !m.text(&corpus).contains("Freeman"))
    }));
}

#[test]
fn two_current_holders_of_one_office_conflict_but_former_and_deputy_ones_do_not() {
    let corpus = corpus_of(&[
        "Canadian Finance Minister Anna Roy said the budget would balance.\n\
         Former Finance Minister Paul Dubois disagreed with her.\n\
         Deputy Finance Minister Marc Leclerc stayed silent.\n",
        "Ottawa was calm on Monday.\n\
         Canada’s Finance Minister Jean Tremblay presented the budget.\n",
    ]);
    let found = findings_of(&corpus);
    let conflicts = explanations(&found, DiscrepancyKind::OfficeHolders);
    assert_eq!(
        conflicts,
        ["Anna Roy vs Jean Tremblay across 2 articles: both named Finance Minister of Canada now"]
    );
    let dubois = role(&found, &corpus, "Former Finance Minister Paul Dubois");
    assert_eq!(dubois.tense, Tense::Former);
    assert_eq!(
        role(&found, &corpus, "Deputy Finance Minister Marc Leclerc").qualifiers(),
        ["deputy"]
    );
}

#[test]
fn articles_dated_apart_report_different_times_and_do_not_conflict() {
    let texts = [
        "Markets were calm.\nCanadian Finance Minister Anna Roy presented the budget.\n",
        "Markets were calm.\nCanada’s Finance Minister Jean Tremblay presented the budget.\n",
    ];
    let dated = |first: &str, second: &str| {
        let mut corpus = corpus_of(&texts);
        corpus.articles[0].date = Some(first.to_string());
        corpus.articles[1].date = Some(second.to_string());
        findings_of(&corpus)
    };
    let years_apart = dated("2019-03-01", "2024-03-01");
    assert!(explanations(&years_apart, DiscrepancyKind::OfficeHolders).is_empty());
    let same_week = dated("2024-03-01", "2024-03-05");
    assert_eq!(
        explanations(&same_week, DiscrepancyKind::OfficeHolders).len(),
        1
    );
}

#[test]
fn one_person_in_two_offices_conflicts_but_the_same_office_written_two_ways_does_not() {
    let found = findings_of(&corpus_of(&[
        "Foreign Minister Lena Berg met her counterparts in Oslo.\n\
         Norway’s Minister of Foreign Affairs Lena Berg spoke first.\n",
        "Defence Minister Lena Berg inspected the fleet.\n",
    ]));
    assert_eq!(
        explanations(&found, DiscrepancyKind::PersonOffices),
        // Each office is named as its most specific mention says it.
        [
            "Minister of Foreign Affairs vs Defence Minister across 2 articles: both offices of \
             Lena Berg now"
        ]
    );
}

#[test]
fn name_comma_title_is_read_with_its_country_and_qualifier() {
    let corpus = corpus_of(&["The talks stalled again.\n\
         Ravi Menon, India’s former trade minister, criticised the deal.\n\
         Officials met Sara Lind, the acting prime minister, on Tuesday.\n"]);
    let found = findings_of(&corpus);
    let menon = role(&found, &corpus, "Ravi Menon, India’s former trade minister");
    assert_eq!(menon.office.shown, "trade minister");
    assert_eq!(menon.country.as_deref(), Some("India"));
    assert_eq!(menon.tense, Tense::Former);
    let lind = role(&found, &corpus, "Sara Lind, the acting prime minister");
    assert_eq!(lind.tense, Tense::Acting);
    assert!(lind.office.single);
}

#[test]
fn presidents_of_unknown_countries_never_conflict() {
    let found = findings_of(&corpus_of(&[
        "President Alan Cole will visit Seoul.\nHe will meet President Min-jun Park there.\n",
    ]));
    assert_eq!(found.roles.roles.len(), 2);
    assert!(explanations(&found, DiscrepancyKind::OfficeHolders).is_empty());
}

#[test]
fn check_json_lists_the_roles_and_the_role_conflicts() {
    let corpus = Corpus::embedded();
    let found = findings_of(&corpus);
    let lines = report::json_lines(&found, &corpus);
    let values: Vec<serde_json::Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    let roles: Vec<&serde_json::Value> = values.iter().filter(|v| v["type"] == "role").collect();
    assert_eq!(roles.len(), found.roles.roles.len());
    let freeman = roles
        .iter()
        .find(|v| v["person"] == "Chas Freeman")
        .expect("Freeman is listed");
    assert_eq!(freeman["office"], "Assistant Secretary of Defence");
    assert_eq!(
        freeman["qualifiers"],
        serde_json::json!(["former", "assistant"])
    );
    assert_eq!(freeman["file"], "000_30275bd4750cc261.txt");
    let kinds: Vec<&str> = values
        .iter()
        .filter(|v| v["type"] == "discrepancy")
        .filter_map(|v| v["kind"].as_str())
        .collect();
    assert!(kinds.contains(&"office-holders") && kinds.contains(&"person-offices"));
}

#[test]
fn w_rates_the_sentence_naming_abe_prime_minister_check_worthy_and_says_why() {
    let mut r = reader();
    r.press("] ] ] ]");
    assert_eq!(r.app.current, ArticleId(4));
    let abe = r
        .app
        .structure()
        .sentences
        .iter()
        .position(|s| {
            s.span()
                .slice(r.app.article().map_or("", |a| a.text()))
                .starts_with("In Japan, Prime Minister Shinzo Abe")
        })
        .expect("the sentence");
    while r.app.cursor < abe {
        r.press("j");
    }
    r.press("w");
    let status = r.status();
    assert!(status.starts_with("check-worthy"), "{status}");
    assert!(
        status.contains("finding “Prime Minister Shinzo Abe”"),
        "{status}"
    );
    assert!(status.contains("Shigeru Ishiba vs Shinzo Abe"), "{status}");
}

#[test]
fn the_role_ledger_lists_people_with_their_offices_and_enter_jumps_to_the_sentence() {
    let mut r = reader();
    r.press("R");
    assert!(matches!(r.app.mode, Mode::Roles { .. }));
    let screen = r.screen();
    assert!(screen.contains(" Roles · "), "{screen}");
    assert!(screen.contains("Chas Freeman"), "{screen}");
    assert!(
        screen.contains("  former Assistant Secretary of Defence"),
        "{screen}"
    );
    // Rows go person by person, by name: find Shinzo Abe's and open it.
    let rows = r.app.role_rows();
    let abe = rows
        .iter()
        .position(|&i| r.app.findings().unwrap().roles.roles[i].name == "Shinzo Abe")
        .expect("Abe has a row");
    for _ in 0..abe {
        r.press("j");
    }
    // A mention in a conflict is marked.
    let screen = r.screen();
    assert!(screen.contains("Shinzo Abe"), "{screen}");
    assert!(screen.contains("! Prime Minister of Japan"), "{screen}");
    r.press("enter");
    assert!(matches!(r.app.mode, Mode::Reading));
    assert_eq!(r.app.current, ArticleId(4));
    let text = r.app.article().map_or("", |a| a.text());
    let sentence = r.app.cursor_span().map_or("", |s| s.slice(text));
    assert!(
        sentence.starts_with("In Japan, Prime Minister Shinzo Abe"),
        "{sentence}"
    );
    assert_eq!(r.status(), "Shinzo Abe: Prime Minister of Japan");
}

#[test]
fn a_role_reads_its_file_and_words_from_the_corpus() {
    let corpus = Corpus::embedded();
    let found = findings_of(&corpus);
    assert!(!found.roles.roles.is_empty());
    // Tens of thousands in a large corpus: 224 bytes each when they copied file and words.
    assert!(
        std::mem::size_of::<Role>() <= 160,
        "{}",
        std::mem::size_of::<Role>()
    );
    for r in &found.roles.roles {
        let article = &corpus.articles[r.article().0];
        assert_eq!(r.file(&corpus), article.file);
        assert_eq!(r.text(&corpus), r.span().slice(article.text()));
        let sentence = article.structure().sentences[r.sentence()].span();
        assert!(sentence.start <= r.span().start && r.span().end <= sentence.end);
    }
}
