//! Undo and redo as one history of every change: each kind of annotation is undone and
//! redone through keys, and checked in the sidecar written to a temporary data folder, in the
//! place the app goes to and in what the screen says; annotations and corrections come back
//! newest first. Entity corrections: `undo_corrections.rs`.

use margin::annotations::{Annotations, Status};
use margin::corpus::ArticleId;

#[path = "support/reader.rs"]
mod reader;

use reader::{Reader, reader};

/// One kind of annotation change: the keys that make it (from the start of the seeds), how
/// the undo message names it, and whether it is in effect in the sidecar on disk.
struct Case {
    keys: &'static str,
    what: &'static str,
    in_effect: fn(&Annotations) -> bool,
}

fn status_of_first(a: &Annotations) -> Option<Status> {
    a.claims().first().and_then(|c| c.status)
}

const ANNOTATION_CASES: &[Case] = &[
    Case {
        keys: "j V",
        what: "verified mark",
        in_effect: |a| status_of_first(a) == Some(Status::Verified),
    },
    Case {
        keys: "j j D",
        what: "disputed mark",
        in_effect: |a| status_of_first(a) == Some(Status::Disputed),
    },
    Case {
        keys: "j V U",
        what: "removal of the verified mark",
        in_effect: |a| a.claims().is_empty(),
    },
    Case {
        keys: "j a W i r e ctrl-s",
        what: "note",
        in_effect: |a| a.claims().first().is_some_and(|c| c.note == "Wire"),
    },
    Case {
        keys: "j t e c o n o m y enter",
        what: "tags",
        in_effect: |a| a.tags().contains(&"economy"),
    },
    Case {
        keys: "] ] ] e s",
        what: "evidence",
        in_effect: |a| a.claims().first().is_some_and(|c| c.evidence.len() == 1),
    },
    Case {
        keys: "j v w w enter",
        what: "highlight",
        in_effect: |a| a.highlights().len() == 1,
    },
    Case {
        keys: "j v w w enter x",
        what: "highlight removal",
        in_effect: |a| a.highlights().is_empty(),
    },
];

#[test]
fn every_kind_of_annotation_is_undone_and_redone_in_its_sidecar_and_in_its_place() {
    for case in ANNOTATION_CASES {
        let mut r = reader();
        r.press(case.keys);
        let (article, sentence) = (r.app.current, r.app.cursor);
        let on_disk = || r.sidecar(article.0);
        assert!((case.in_effect)(&on_disk()), "{}: not saved", case.what);
        let place = format!("article {}, sentence {}", article.0 + 1, sentence + 1);

        // Elsewhere, `u` goes back to the change and takes it back.
        r.press(if article.0 < 4 { "] g g" } else { "[ g g" });
        assert_ne!(r.app.current, article);
        r.press("u");
        assert_eq!(
            (r.app.current, r.app.cursor),
            (article, sentence),
            "{}",
            case.what
        );
        r.says(&format!("undone: {}, {place}", case.what));
        assert!(!(case.in_effect)(&r.sidecar(article.0)), "{}", case.what);

        r.press(if article.0 < 4 { "] g g" } else { "[ g g" });
        r.press("ctrl-r");
        assert_eq!(
            (r.app.current, r.app.cursor),
            (article, sentence),
            "{}",
            case.what
        );
        r.says(&format!("redone: {}, {place}", case.what));
        assert!((case.in_effect)(&r.sidecar(article.0)), "{}", case.what);
    }
}

#[test]
fn annotations_and_corrections_are_undone_newest_first_in_one_history() {
    let mut r = reader();
    r.press("j V");
    r.select("Bitcoin");
    r.press("x");
    r.press("tab tab ] D");
    assert_eq!(r.app.current, ArticleId(1));
    r.press("u");
    r.says("undone: disputed mark, article 2, sentence 1");
    assert!(r.sidecar(1).claims().is_empty());
    assert_eq!(r.corrections().len(), 1);
    r.press("u");
    r.says(
        "undone: ignoring “Bitcoin” · the pane lists the whole corpus: \
         this article does not mention “Bitcoin”",
    );
    assert_eq!(r.corrections(), []);
    assert_eq!(status_of_first(&r.sidecar(0)), Some(Status::Verified));
    r.press("u");
    assert_eq!(r.app.current, ArticleId(0));
    r.says("undone: verified mark, article 1, sentence 2");
    assert!(r.sidecar(0).claims().is_empty());
    r.press("ctrl-r ctrl-r ctrl-r");
    r.says("redone: disputed mark, article 2, sentence 1");
    assert_eq!(status_of_first(&r.sidecar(0)), Some(Status::Verified));
    assert_eq!(status_of_first(&r.sidecar(1)), Some(Status::Disputed));
    assert_eq!(r.corrections().len(), 1);
}

#[test]
fn an_undo_that_opens_another_article_brings_the_entities_pane_with_it() {
    let mut r = reader();
    r.press("] ] V");
    r.press("[ [ u");
    assert_eq!(r.app.current, ArticleId(2));
    let index = r.app.entities.index().unwrap();
    let expected = index.article_entities(ArticleId(2)).len();
    assert!(
        r.pane()
            .contains(&format!("Entities · this article ({expected})")),
        "{}",
        r.pane()
    );
    let selected = r.app.entities.selected_entity().unwrap();
    assert!(
        index
            .article_entities(ArticleId(2))
            .iter()
            .any(|(id, _)| *id == selected)
    );
    r.press("[ [ ctrl-r");
    assert_eq!(r.app.current, ArticleId(2));
    let expected = index_count(&r, ArticleId(2));
    assert!(
        r.pane()
            .contains(&format!("Entities · this article ({expected})"))
    );
}

fn index_count(r: &Reader, article: ArticleId) -> usize {
    r.app
        .entities
        .index()
        .unwrap()
        .article_entities(article)
        .len()
}
