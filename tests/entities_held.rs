//! What the reader holds of an entity (the rename prompt, a merge's first press) while the
//! index is rebuilt in the background: it stays on the same entity although ids change, follows
//! it when it was renamed, and is cancelled with a message when the entity is gone. Checked in
//! `entities.margin.ron`.

use margin::app::mode::{Mode, PromptKind};
use margin::entities::Correction;

#[path = "support/reader.rs"]
mod reader;

use reader::{Reader, reader};

fn id_of(r: &Reader, name: &str) -> usize {
    r.app.entities.index().unwrap().find(name).unwrap().id.0
}

fn rename(entity: &str, to: &str) -> Correction {
    Correction::Rename {
        by: Default::default(),
        entity: entity.into(),
        to: to.into(),
    }
}

fn ignore(entity: &str) -> Correction {
    Correction::Ignore {
        by: Default::default(),
        entity: entity.into(),
    }
}

#[test]
fn a_rebuild_landing_while_the_rename_prompt_is_open_renames_the_entity_the_prompt_was_for() {
    let mut r = reader();
    r.select("Bitcoin");
    let held = r.press_holding("x");
    r.select("Tokyo");
    let before = id_of(&r, "Tokyo");
    r.press("r");
    r.run(held);
    assert_ne!(
        id_of(&r, "Tokyo"),
        before,
        "the rebuild gave Tokyo another id"
    );
    r.press("ctrl-u T o k y o space C i t y enter");
    assert_eq!(
        r.corrections(),
        [ignore("Bitcoin"), rename("Tokyo", "Tokyo City")]
    );
    r.says("renamed “Tokyo” to “Tokyo City”");
    assert!(r.has_entity("Tokyo City"));
}

#[test]
fn the_rename_prompt_follows_its_entity_renamed_by_the_rebuild() {
    let mut r = reader();
    r.select("Tokyo");
    let held = r.press_holding("r ctrl-u T o k y o space C i t y enter");
    // The pane still lists "Tokyo" until the index arrives.
    r.select("Tokyo");
    r.press("r");
    r.run(held);
    r.says("“Tokyo” is now called “Tokyo City”: the new name you type applies to it");
    assert!(
        matches!(&r.app.mode, Mode::Prompt(p) if p.kind == PromptKind::RenameEntity("Tokyo City".into()))
    );
    r.press("ctrl-u E d o enter");
    assert_eq!(
        r.corrections(),
        [rename("Tokyo", "Tokyo City"), rename("Tokyo City", "Edo")]
    );
    assert!(r.has_entity("Edo"));
}

#[test]
fn the_rename_prompt_of_an_entity_ignored_meanwhile_is_cancelled_and_says_what_was_typed() {
    let mut r = reader();
    r.select("Tokyo");
    let held = r.press_holding("x");
    r.select("Tokyo");
    r.press("r ctrl-u E d o");
    r.run(held);
    assert_eq!(r.app.mode, Mode::Reading);
    r.says(
        "rename cancelled: “Tokyo” is no longer an entity (ignored or gone from the corpus); \
         you had typed “Edo”",
    );
    r.press("enter");
    assert_eq!(r.corrections(), [ignore("Tokyo")]);
    assert!(!r.has_entity("Edo"));
}

#[test]
fn the_rename_prompt_of_an_entity_merged_meanwhile_names_the_entity_it_joined() {
    let mut r = reader();
    r.select("Tokyo");
    r.press("m");
    r.select("Japan");
    let held = r.press_holding("m esc");
    r.select("Tokyo");
    r.press("r");
    r.run(held);
    assert_eq!(r.app.mode, Mode::Reading);
    r.says(
        "rename cancelled: “Tokyo” is no longer an entity (merged into “Japan”); \
         you had typed “Tokyo”",
    );
}

#[test]
fn a_merge_picked_before_a_rebuild_merges_the_entity_picked() {
    let mut r = reader();
    r.select("Bitcoin");
    let held = r.press_holding("x");
    r.select("Tokyo");
    r.press("m");
    r.run(held);
    r.select("Japan");
    r.press("m");
    let merge = Correction::Merge {
        by: Default::default(),
        entity: "Tokyo".into(),
        into: "Japan".into(),
    };
    assert_eq!(r.corrections(), [ignore("Bitcoin"), merge]);
    assert!(!r.has_entity("Bitcoin") && !r.has_entity("Tokyo"));
}

#[test]
fn a_merge_picked_before_its_entity_is_ignored_is_cancelled_with_a_message() {
    let mut r = reader();
    r.select("Tokyo");
    let held = r.press_holding("x");
    r.select("Tokyo");
    r.press("m");
    r.run(held);
    assert_eq!(r.app.entities.merging, None);
    r.says("merge cancelled: “Tokyo” is no longer an entity (ignored or gone from the corpus)");
    r.select("Japan");
    r.press("m");
    assert_eq!(r.corrections(), [ignore("Tokyo")], "m starts a new merge");
}
