//! An undo or redo of an entity correction that is no longer among the corrections (the file
//! was changed outside margin and read again): nothing changes, the step is left out of the
//! history with a message that says so, and no redo ever does again what was not undone.

use margin::entities::Correction;

#[path = "support/reader.rs"]
mod reader;

use reader::{Reader, reader};

/// As if someone else had removed `correction` from the file and margin had read it again.
fn removed_outside(r: &mut Reader, correction: &Correction) {
    r.app
        .entities
        .corrections
        .corrections
        .retain(|c| c != correction);
}

#[test]
fn undoing_a_correction_gone_from_the_file_leaves_it_out_of_the_history() {
    let mut r = reader();
    r.select("Bitcoin");
    r.press("x");
    r.select("Tokyo");
    r.press("m");
    r.select("Japan");
    r.press("m");
    let ignore = Correction::Ignore {
        by: Default::default(),
        entity: "Bitcoin".into(),
    };
    let merge = Correction::Merge {
        by: Default::default(),
        entity: "Tokyo".into(),
        into: "Japan".into(),
    };
    assert_eq!(r.corrections(), [ignore.clone(), merge.clone()]);
    removed_outside(&mut r, &merge);

    r.press("u");
    let status = r.status();
    assert!(
        status.starts_with("cannot undo this change (merge of “Tokyo” into “Japan”): ")
            && status.contains("margin-entities.ron no longer holds it (changed outside margin?)")
            && status
                .ends_with("it is left out of the undo history, u undoes the change before it"),
        "{status}"
    );
    r.says(&status);
    assert_eq!(
        r.corrections(),
        [ignore.clone(), merge],
        "nothing was written"
    );
    r.press("esc ctrl-r");
    r.says("nothing to redo");

    r.press("u");
    r.says("undone: ignoring “Bitcoin”");
    assert_eq!(r.corrections(), []);
    r.press("ctrl-r");
    r.says("redone: ignoring “Bitcoin”");
    assert_eq!(r.corrections(), [ignore]);
    r.press("ctrl-r");
    r.says("nothing to redo");
}

#[test]
fn redoing_a_restore_whose_ignore_is_gone_leaves_it_out_of_the_history() {
    let mut r = reader();
    r.select("Bitcoin");
    r.press("x I enter");
    r.says("restored “Bitcoin” (u undoes)");
    r.press("u");
    let ignore = Correction::Ignore {
        by: Default::default(),
        entity: "Bitcoin".into(),
    };
    assert_eq!(r.corrections(), std::slice::from_ref(&ignore));
    removed_outside(&mut r, &ignore);

    r.press("ctrl-r");
    let status = r.status();
    assert!(
        status.starts_with("cannot redo this change (restoring “Bitcoin”): ")
            && status.ends_with("it is left out of the undo history, nothing else changed"),
        "{status}"
    );
    assert_eq!(r.corrections(), [ignore], "nothing was written");
    r.press("esc ctrl-r");
    r.says("nothing to redo");
}
