//! Entity extraction and grouping over the seed corpus: specific mentions and groupings the
//! guideline asks for, the invariants of the index, and (where `../shared/eval` and python3
//! exist) the scorer's figures against the gold annotations.

use margin::corpus::ArticleId;
use margin::entities::{Corrections, EntityIndex, Gazetteer, IndexBuilder, Label, extract};
use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

const SEEDS: [(&str, &str); 5] = [
    (
        "000_30275bd4750cc261.txt",
        include_str!("../seeds/000_30275bd4750cc261.txt"),
    ),
    (
        "001_0250830679b74e50.txt",
        include_str!("../seeds/001_0250830679b74e50.txt"),
    ),
    (
        "002_d26debe2e430b1cf.txt",
        include_str!("../seeds/002_d26debe2e430b1cf.txt"),
    ),
    (
        "003_8370b84d87d0acd9.txt",
        include_str!("../seeds/003_8370b84d87d0acd9.txt"),
    ),
    (
        "004_56746001db7dae0c.txt",
        include_str!("../seeds/004_56746001db7dae0c.txt"),
    ),
];

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| Gazetteer::embedded().expect("the embedded gazetteer parses"))
}

fn index() -> &'static EntityIndex {
    static I: OnceLock<EntityIndex> = OnceLock::new();
    I.get_or_init(|| EntityIndex::from_texts(SEEDS, gazetteer(), &Corrections::new()))
}

/// The (text, label, entity) of every mention of seed article `n`.
fn mentions_of(n: usize) -> Vec<(String, Label, String)> {
    let text = SEEDS[n].1;
    let index = index();
    index
        .article_mentions(ArticleId(n))
        .iter()
        .map(|m| {
            let name = index
                .entity(m.entity())
                .map(|e| e.name.clone())
                .unwrap_or_default();
            (m.span().slice(text).to_string(), m.label(), name)
        })
        .collect()
}

fn has(n: usize, text: &str, label: Label, entity: &str) -> bool {
    mentions_of(n)
        .iter()
        .any(|(t, l, e)| t == text && *l == label && e == entity)
}

#[test]
fn seed_mentions_are_sorted_disjoint_and_on_char_boundaries() {
    for (n, (_, text)) in SEEDS.iter().enumerate() {
        let mentions = index().article_mentions(ArticleId(n));
        assert!(!mentions.is_empty());
        for pair in mentions.windows(2) {
            assert!(
                pair[0].span().end <= pair[1].span().start,
                "overlap in seed {n}"
            );
        }
        for m in mentions {
            assert!(text.is_char_boundary(m.span().start) && text.is_char_boundary(m.span().end));
        }
    }
}

#[test]
fn extraction_is_deterministic() {
    for (_, text) in SEEDS {
        assert_eq!(extract(text, gazetteer()), extract(text, gazetteer()));
    }
}

#[test]
fn titles_possessives_and_the_stay_outside_names() {
    assert!(has(0, "Ryosei Akazawa", Label::Person, "Ryosei Akazawa"));
    assert!(has(0, "Shigeru Ishiba", Label::Person, "Shigeru Ishiba"));
    assert!(has(0, "Bank of Japan", Label::Org, "Bank of Japan"));
    assert!(has(4, "Xi Jinping", Label::Person, "Xi Jinping"));
    assert!(
        !mentions_of(0)
            .iter()
            .any(|(t, _, _)| t.contains("Minister") || t.starts_with("the "))
    );
}

#[test]
fn surnames_join_the_full_name_across_articles() {
    assert!(has(0, "Akazawa", Label::Person, "Ryosei Akazawa"));
    assert!(
        has(4, "Akazawa", Label::Person, "Ryosei Akazawa"),
        "004 names him by surname only"
    );
    assert!(has(0, "Freeman", Label::Person, "Chas Freeman"));
    assert!(has(4, "Xi", Label::Person, "Xi Jinping"));
    assert!(has(2, "Trump", Label::Person, "Donald Trump"));
    assert!(
        has(4, "Bessent", Label::Person, "Bessent"),
        "no full name: the surname is the entity"
    );
}

#[test]
fn aliases_and_acronyms_join_their_entity() {
    for (n, text) in [(0, "US"), (0, "United States"), (1, "U.S."), (4, "U.S.")] {
        assert!(
            has(n, text, Label::Gpe, "United States"),
            "{text} in seed {n}"
        );
    }
    assert!(has(0, "USJTA", Label::Law, "US-Japan Trade Agreement"));
    assert!(has(0, "IRA", Label::Law, "Inflation Reduction Act"));
    // A ministry's name is one every country could have: "Japan’s" before it says whose.
    assert!(has(
        4,
        "METI",
        Label::Org,
        "Ministry of Economy, Trade, and Industry (Japan)"
    ));
    assert!(has(1, "Treasury", Label::Org, "US Treasury"));
    assert!(has(4, "US Treasury", Label::Org, "US Treasury"));
}

#[test]
fn values_keep_what_is_written() {
    assert!(has(4, "$7 billion", Label::Money, "$7 billion"));
    assert!(has(4, "$8 billion", Label::Money, "$8 billion"));
    assert!(has(2, "trillion-dollar", Label::Money, "$1 trillion"));
    assert!(has(1, "$1 trillion", Label::Money, "$1 trillion"));
    assert!(has(0, "70 per cent", Label::Percent, "70 per cent"));
    assert!(has(0, "January 1, 2020", Label::Date, "January 1, 2020"));
    assert!(
        !mentions_of(0)
            .iter()
            .any(|(t, _, _)| t.contains("years") || t.contains("30-year"))
    );
}

#[test]
fn the_index_answers_the_questions_the_ui_asks() {
    let index = index();
    let japan = index.find("Japan").expect("Japan is an entity");
    assert_eq!(japan.label, Label::Gpe);
    let per_article = index.per_article(japan.id);
    assert_eq!(per_article.len(), 5);
    assert_eq!(
        per_article.iter().map(|(_, n)| n).sum::<usize>(),
        japan.mention_count()
    );
    let mentions: Vec<_> = index.mentions_of(japan.id).collect();
    assert_eq!(mentions.len(), japan.mention_count());

    let first = mentions[0];
    assert_eq!(
        index.entity_at(first.article, first.span.start),
        Some(japan.id)
    );
    let next = index
        .next_mention(japan.id, first.article, first.span.start, true)
        .unwrap();
    assert_eq!(next, mentions[1]);
    let back = index
        .next_mention(japan.id, next.article, next.span.start, false)
        .unwrap();
    assert_eq!(back, first);

    let last = *mentions.last().unwrap();
    assert_eq!(
        index.next_mention(japan.id, last.article, last.span.start, true),
        None
    );
    assert_eq!(last.article, ArticleId(4));

    let in_four = index.article_entities(ArticleId(4));
    assert!(
        in_four
            .iter()
            .any(|&(id, n)| id == japan.id && n == index.count_in(japan.id, ArticleId(4)))
    );
    assert_eq!(
        index.article_id("004_56746001db7dae0c.txt"),
        Some(ArticleId(4))
    );
}

#[test]
fn the_index_can_be_built_article_by_article_on_a_worker_thread() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<EntityIndex>();
    send_sync::<Gazetteer>();
    send_sync::<IndexBuilder>();
    let worker = std::thread::spawn(|| {
        let corrections = Corrections::new();
        let mut progress = Vec::new();
        let mut builder = IndexBuilder::new(gazetteer(), &corrections);
        for (i, (name, text)) in SEEDS.iter().enumerate() {
            builder.add(name, text);
            progress.push(i + 1);
        }
        (builder.finish(), progress)
    });
    let (built, progress) = worker.join().unwrap();
    assert_eq!(&built, index());
    assert_eq!(progress, vec![1, 2, 3, 4, 5]);
}

#[test]
fn entities_are_numbered_by_first_mention() {
    let index = index();
    let entities = index.entities();
    for (i, e) in entities.iter().enumerate() {
        assert_eq!(e.id.0, i);
        assert!(e.mention_count() > 0);
    }
    let first = |e: &margin::entities::Entity| index.mentions_of(e.id).next().unwrap();
    for pair in entities.windows(2) {
        let (a, b) = (first(&pair[0]), first(&pair[1]));
        assert!((a.article, a.span.start) < (b.article, b.span.start));
    }
}

#[test]
fn json_lines_carry_doc_offsets_text_label_and_entity() {
    let line = index().json_lines(ArticleId(0), SEEDS[0].1).next().unwrap();
    let value: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert_eq!(value["doc"], "000_30275bd4750cc261.txt");
    assert_eq!(value["text"], "Japan");
    assert_eq!(value["label"], "GPE");
    assert_eq!(value["entity"], "Japan");
    assert_eq!(value["start"], 11);
    assert_eq!(value["end"], 16);
}

/// Runs `score_entities.py` on the seed predictions and checks the quality targets. Skips
/// (saying so) when the eval folder or python3 is missing.
#[test]
fn scorer_figures_meet_the_targets() {
    let eval = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    let (scorer, gold) = (
        eval.join("score_entities.py"),
        eval.join("seeds.gold.jsonl"),
    );
    if !scorer.exists() || !gold.exists() {
        println!("skipped: {} not found", eval.display());
        return;
    }
    if Command::new("python3").arg("--version").output().is_err() {
        println!("skipped: python3 not found");
        return;
    }
    let mut lines = Vec::new();
    for (n, (_, text)) in SEEDS.iter().enumerate() {
        lines.extend(index().json_lines(ArticleId(n), text));
    }
    let dir = tempfile::tempdir().unwrap();
    let pred = dir.path().join("pred.jsonl");
    std::fs::write(&pred, lines.join("\n") + "\n").unwrap();
    let output = Command::new("python3")
        .arg(&scorer)
        .arg(&gold)
        .arg(&pred)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{report}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let figure = |key: &str| -> f64 {
        report
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{key}=")))
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("no {key} in\n{report}"))
    };
    assert!(figure("headline_f1") >= 0.90, "{report}");
    assert!(figure("date_f1") >= 0.85, "{report}");
    assert!(figure("coref_pairwise_f1") >= 0.95, "{report}");
}
