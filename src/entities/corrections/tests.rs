use super::*;
use crate::corpus::ArticleId;
use crate::entities::{EntityIndex, Gazetteer};
use std::sync::OnceLock;

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| Gazetteer::embedded().unwrap())
}

const A: &str = "Minister Ryosei Akazawa visited the US. Akazawa met the Bank of Japan.";
const B: &str = "Then Akazawa told America that the Quad matters. The Fed and the U.S. agreed.";

fn build(corrections: &Corrections) -> EntityIndex {
    EntityIndex::from_texts([("a.txt", A), ("b.txt", B)], gazetteer(), corrections)
}

fn with(list: Vec<Correction>) -> Corrections {
    Corrections {
        version: VERSION,
        corrections: list,
    }
}

/// The entity names of an article's mentions, in order.
fn names_in(index: &EntityIndex, article: usize) -> Vec<String> {
    index
        .article_mentions(ArticleId(article))
        .iter()
        .map(|m| index.entity(m.entity()).unwrap().name.clone())
        .collect()
}

#[test]
fn without_corrections_the_extraction_groups_by_name() {
    let index = build(&Corrections::new());
    assert_eq!(index.find("Ryosei Akazawa").unwrap().mention_count(), 3);
    assert_eq!(index.find("United States").unwrap().mention_count(), 3);
    assert!(index.unapplied().is_empty());
}

#[test]
fn rename_changes_the_name_everywhere() {
    let index = build(&with(vec![Correction::Rename {
        by: Default::default(),
        entity: "United States".into(),
        to: "USA".into(),
    }]));
    assert!(index.find("United States").is_none());
    assert_eq!(index.find("USA").unwrap().mention_count(), 3);
}

#[test]
fn rename_onto_an_existing_name_of_the_same_label_merges() {
    let index = build(&with(vec![Correction::Rename {
        by: Default::default(),
        entity: "Federal Reserve".into(),
        to: "Bank of Japan".into(),
    }]));
    assert_eq!(index.find("Bank of Japan").unwrap().mention_count(), 2);
    assert_eq!(
        index
            .entities()
            .iter()
            .filter(|e| e.name == "Bank of Japan")
            .count(),
        1
    );
}

#[test]
fn merge_moves_mentions_and_takes_the_target_label() {
    let index = build(&with(vec![Correction::Merge {
        by: Default::default(),
        entity: "Quad".into(),
        into: "United States".into(),
    }]));
    assert!(index.find("Quad").is_none());
    let us = index.find("United States").unwrap();
    assert_eq!(us.mention_count(), 4);
    assert!(
        index
            .article_mentions(ArticleId(1))
            .iter()
            .filter(|m| m.entity() == us.id)
            .all(|m| m.label() == Label::Gpe)
    );
}

#[test]
fn split_makes_one_mention_its_own_entity() {
    let start = B.find("Akazawa").unwrap();
    let index = build(&with(vec![Correction::Split {
        by: Default::default(),
        doc: "b.txt".into(),
        start,
        end: start + "Akazawa".len(),
        name: None,
    }]));
    assert_eq!(index.find("Ryosei Akazawa").unwrap().mention_count(), 2);
    let split = index.find("Akazawa").unwrap();
    assert_eq!(
        index.mentions_of(split.id).collect::<Vec<_>>(),
        vec![crate::entities::MentionRef {
            article: ArticleId(1),
            span: ByteSpan::new(start, start + 7)
        }]
    );
}

#[test]
fn ignore_removes_an_entity_and_its_mentions() {
    let index = build(&with(vec![Correction::Ignore {
        by: Default::default(),
        entity: "Quad".into(),
    }]));
    assert!(index.find("Quad").is_none());
    assert!(!names_in(&index, 1).contains(&"Quad".to_string()));
}

#[test]
fn mark_adds_a_mention_that_joins_the_entity_its_text_names() {
    let start = A.find("the US").unwrap();
    let corrections = with(vec![Correction::Mark {
        by: Default::default(),
        doc: "a.txt".into(),
        start,
        end: start + "the US".len(),
        quote: "the US".into(),
        label: Label::Gpe,
        name: Some("United States".into()),
    }]);
    let index = build(&corrections);
    let mention = index.mention_at(ArticleId(0), start).unwrap();
    assert_eq!(mention.span(), ByteSpan::new(start, start + 6));
    assert_eq!(
        index.entity(mention.entity()).unwrap().name,
        "United States"
    );
    assert_eq!(
        index.find("United States").unwrap().mention_count(),
        3,
        "the mark replaced the US it overlaps"
    );
}

#[test]
fn a_mark_follows_its_quote_when_the_text_moved() {
    let corrections = with(vec![Correction::Mark {
        by: Default::default(),
        doc: "b.txt".into(),
        start: 3,
        end: 10,
        quote: "matters".into(),
        label: Label::Event,
        name: None,
    }]);
    let index = build(&corrections);
    let at = B.find("matters").unwrap();
    assert_eq!(
        index.mention_at(ArticleId(1), at).map(|m| m.label()),
        Some(Label::Event)
    );
    assert!(index.unapplied().is_empty());
}

#[test]
fn corrections_that_find_nothing_are_reported_not_dropped() {
    let corrections = with(vec![
        Correction::Ignore {
            by: Default::default(),
            entity: "Atlantis".into(),
        },
        Correction::Mark {
            by: Default::default(),
            doc: "a.txt".into(),
            start: 0,
            end: 4,
            quote: "Zeus".into(),
            label: Label::Person,
            name: None,
        },
    ]);
    let index = build(&corrections);
    let indices: Vec<usize> = index.unapplied().iter().map(|u| u.index).collect();
    assert_eq!(indices, vec![0, 1]);
    assert_eq!(corrections.len(), 2);
}

#[test]
fn corrections_apply_in_order() {
    let index = build(&with(vec![
        Correction::Rename {
            by: Default::default(),
            entity: "Quad".into(),
            to: "The Quad".into(),
        },
        Correction::Ignore {
            by: Default::default(),
            entity: "The Quad".into(),
        },
    ]));
    assert!(index.find("The Quad").is_none() && index.find("Quad").is_none());
}

#[test]
fn ron_round_trips() {
    let corrections = with(vec![
        Correction::Rename {
            by: Default::default(),
            entity: "US".into(),
            to: "United States".into(),
        },
        Correction::Merge {
            by: Default::default(),
            entity: "Fed".into(),
            into: "Federal Reserve".into(),
        },
        Correction::Split {
            by: Default::default(),
            doc: "a.txt".into(),
            start: 1,
            end: 4,
            name: Some("X".into()),
        },
        Correction::Ignore {
            by: Default::default(),
            entity: "AI".into(),
        },
        Correction::Mark {
            by: Default::default(),
            doc: "b.txt".into(),
            start: 0,
            end: 7,
            quote: "Akazawa".into(),
            label: Label::Person,
            name: None,
        },
    ]);
    let text = corrections.to_ron().unwrap();
    assert_eq!(Corrections::from_ron(&text).unwrap(), corrections);
    assert!(text.contains("label: PERSON"), "{text}");
}

#[test]
fn a_malformed_file_reports_its_line_and_column() {
    let err = Corrections::from_ron("(\n  version: 1,\n  corrections: [Rename(entity: \"A\")],\n)")
        .unwrap_err();
    match err {
        CorrectionsError::Parse { line, column, .. } => assert_eq!((line, column > 0), (3, true)),
        other => panic!("unexpected {other}"),
    }
}

#[test]
fn a_newer_version_is_refused() {
    assert!(matches!(
        Corrections::from_ron("(version: 9)"),
        Err(CorrectionsError::UnsupportedVersion(9))
    ));
    assert_eq!(Corrections::from_ron("()").unwrap(), Corrections::new());
}
