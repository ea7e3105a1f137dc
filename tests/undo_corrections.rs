//! Undo and redo of entity corrections (rename, merge, split, ignore, mark, restore) through
//! keys, checked in `entities.margin.ron` in a temporary data folder, in the entities pane and
//! in what the screen says; the list of ignored entities and restoring one.

use margin::app::Pane;
use margin::corpus::ArticleId;
use margin::entities::Correction;

#[path = "support/reader.rs"]
mod reader;

use reader::{Reader, reader};

#[test]
fn u_after_a_merge_takes_the_merge_back_and_leaves_a_tag_of_another_article_alone() {
    let mut r = reader();
    r.press("] ] t e c o n o m y enter [ [");
    assert!(r.sidecar(2).tags().contains(&"economy"));
    r.select("Tokyo");
    r.press("m");
    r.select("Japan");
    r.press("m");
    let merge = Correction::Merge {
        by: Default::default(),
        entity: "Tokyo".into(),
        into: "Japan".into(),
    };
    assert_eq!(r.corrections(), std::slice::from_ref(&merge));
    assert!(!r.has_entity("Tokyo"));

    r.press("u");
    assert_eq!(r.corrections(), [], "the merge is gone from the file");
    assert!(
        r.sidecar(2).tags().contains(&"economy"),
        "the tag of article 3 stays"
    );
    r.says("undone: merge of “Tokyo” into “Japan”");
    assert!(r.has_entity("Tokyo"));
    assert_eq!(r.selected(), "Tokyo", "the pane selects the entity undone");
    assert!(r.pane().contains("Tokyo"), "{}", r.pane());
    assert_eq!(r.app.current, ArticleId(0));

    r.press("ctrl-r");
    assert_eq!(r.corrections(), [merge]);
    r.says("redone: merge of “Tokyo” into “Japan”");
    assert!(!r.pane().contains("Tokyo"), "{}", r.pane());
    assert_eq!(r.selected(), "Japan");

    // Then the tag, in its article.
    r.press("u u");
    assert_eq!(r.corrections(), []);
    assert_eq!(r.app.current, ArticleId(2));
    r.says("undone: tags, article 3, sentence 1");
    assert!(!r.sidecar(2).tags().contains(&"economy"));
    r.press("u");
    r.says("nothing to undo");
}

#[test]
fn a_rename_is_undone_and_redone_in_the_corrections_file_and_the_pane() {
    let mut r = reader();
    r.select("Tokyo");
    r.press("r ctrl-u T o k y o space C i t y enter");
    let rename = Correction::Rename {
        by: Default::default(),
        entity: "Tokyo".into(),
        to: "Tokyo City".into(),
    };
    assert_eq!(r.corrections(), std::slice::from_ref(&rename));
    assert!(r.pane().contains("Tokyo City"));
    r.press("u");
    assert_eq!(r.corrections(), []);
    r.says("undone: rename of “Tokyo” to “Tokyo City”");
    assert!(!r.pane().contains("Tokyo City"), "{}", r.pane());
    assert_eq!(r.selected(), "Tokyo");
    r.press("ctrl-r");
    assert_eq!(r.corrections(), [rename]);
    r.says("redone: rename of “Tokyo” to “Tokyo City”");
    assert_eq!(r.selected(), "Tokyo City");
}

#[test]
fn ignoring_an_entity_is_undone_and_redone_in_the_corrections_file_and_the_pane() {
    let mut r = reader();
    r.select("Bitcoin");
    r.press("x");
    let ignore = Correction::Ignore {
        by: Default::default(),
        entity: "Bitcoin".into(),
    };
    assert_eq!(r.corrections(), std::slice::from_ref(&ignore));
    assert!(!r.pane().contains("Bitcoin"));
    r.press("u");
    assert_eq!(r.corrections(), []);
    r.says("undone: ignoring “Bitcoin”");
    assert!(r.pane().contains("Bitcoin"));
    assert_eq!(r.selected(), "Bitcoin");
    r.press("ctrl-r");
    assert_eq!(r.corrections(), [ignore]);
    r.says("redone: ignoring “Bitcoin”");
    assert!(!r.has_entity("Bitcoin"));
}

#[test]
fn a_split_is_undone_and_redone_from_another_article_at_its_mention() {
    let mut r = reader();
    // Sentence 3 of 000 names "Akazawa".
    r.press("j j * *");
    let sentence = r.app.cursor;
    r.press("X");
    let corrections = r.corrections();
    let [
        Correction::Split {
            doc, start, end, ..
        },
    ] = corrections.as_slice()
    else {
        panic!("{corrections:?}")
    };
    let text = r.app.corpus.articles[0].text();
    assert_eq!(doc, &r.app.corpus.articles[0].file);
    let quote = text[*start..*end].to_string();
    r.press("] ]");
    r.press("u");
    assert_eq!(r.corrections(), []);
    assert_eq!((r.app.current, r.app.cursor), (ArticleId(0), sentence));
    r.says(&format!(
        "undone: split of “{quote}”, article 1, sentence {}",
        sentence + 1
    ));
    r.press("] ctrl-r");
    assert_eq!(r.corrections().len(), 1);
    assert_eq!((r.app.current, r.app.cursor), (ArticleId(0), sentence));
    r.says(&format!(
        "redone: split of “{quote}”, article 1, sentence {}",
        sentence + 1
    ));
}

#[test]
fn marking_a_span_as_an_entity_is_undone_and_redone_at_its_place() {
    let mut r = reader();
    r.press("v w w w w w w b E o r g enter");
    assert!(matches!(
        r.corrections().as_slice(),
        [Correction::Mark { quote, .. }] if quote == "Last week, Japan’s top trade negotiator"
    ));
    let marked = |r: &Reader| {
        let index = r.app.entities.index().unwrap();
        let first = index.article_mentions(ArticleId(0))[0].span();
        first.slice(r.app.corpus.articles[0].text()) == "Last week, Japan’s top trade negotiator"
    };
    assert!(marked(&r));
    r.press("] ] ]");
    r.press("u");
    assert_eq!(r.corrections(), []);
    assert_eq!((r.app.current, r.app.cursor), (ArticleId(0), 0));
    let what = "marking “Last week, Japan’s top trade negotiator” as ORG, article 1, sentence 1";
    r.says(&format!("undone: {what}"));
    assert!(!marked(&r));
    r.press("[ ctrl-r");
    assert_eq!(r.corrections().len(), 1);
    r.says(&format!("redone: {what}"));
    assert!(marked(&r));
}

#[test]
fn ignored_entities_are_listed_in_the_pane_and_restored_undoably() {
    let mut r = reader();
    r.press("tab I");
    r.says("no entity is ignored (x in this pane ignores one)");
    assert!(r.pane().contains("Ignored entities (0)"), "{}", r.pane());
    r.press("I");
    r.select("Bitcoin");
    r.press("x");
    r.select("Tokyo");
    r.press("x");
    let ignore = |name: &str| Correction::Ignore {
        by: Default::default(),
        entity: name.into(),
    };
    assert_eq!(r.corrections(), [ignore("Bitcoin"), ignore("Tokyo")]);

    r.press("I");
    let pane = r.pane();
    assert!(pane.contains("Ignored entities (2)"), "{pane}");
    assert!(pane.contains("Enter: restore · I: back"), "{pane}");
    let bitcoin = pane.find("Bitcoin").unwrap();
    assert!(
        bitcoin < pane.find("Tokyo").unwrap(),
        "in the order ignored"
    );
    // Keys meant for the index's entities do nothing to a hidden selection meanwhile.
    r.press("x r");
    assert_eq!(r.corrections().len(), 2);

    r.press("j enter");
    assert_eq!(r.corrections(), [ignore("Bitcoin")]);
    r.says("restored “Tokyo” (u undoes)");
    assert!(r.has_entity("Tokyo"));
    assert!(r.pane().contains("Ignored entities (1)"), "{}", r.pane());
    assert!(!r.pane().contains("Tokyo"));

    r.press("u");
    assert_eq!(r.corrections(), [ignore("Bitcoin"), ignore("Tokyo")]);
    r.says("undone: restoring “Tokyo”");
    assert!(!r.has_entity("Tokyo"));
    assert!(r.pane().contains("Ignored entities (2)"));

    r.press("ctrl-r");
    assert_eq!(r.corrections(), [ignore("Bitcoin")]);
    r.says("redone: restoring “Tokyo”");

    r.press("I");
    assert!(r.pane().contains("Entities · this article"), "{}", r.pane());
    assert_eq!(r.selected(), "Tokyo", "the restored entity is selected");
    r.press("I esc");
    assert!(
        r.pane().contains("Entities · this article"),
        "Esc closes the list"
    );
    assert_eq!(r.app.focus, Pane::Entities);
}

#[test]
fn help_lists_the_ignored_entities_key_of_the_entities_pane() {
    let keymap = margin::app::keymap::Keymap::default();
    let entities = keymap
        .describe()
        .into_iter()
        .find(|(context, _)| *context == margin::app::keymap::Context::Entities)
        .unwrap()
        .1;
    assert!(entities.contains(&(
        "I".to_string(),
        "list the ignored entities (Enter restores one)"
    )));
}
