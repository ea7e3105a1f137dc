use super::*;
use crate::annotations::Status;
use crate::annotations::sidecar::{State, join, local_changes};
use crate::annotations::tests::{claim_on, highlight_on};
use crate::text::ByteSpan;

const TEXT: &str = "Japan hinted at selling Treasuries. Tokyo firmly denied it.";

fn first() -> ByteSpan {
    ByteSpan::new(0, 35)
}

/// Makes an edit from the current state, applies it and records it, as the app does.
fn commit(
    history: &mut History,
    annotations: &mut Annotations,
    make: impl FnOnce(&Annotations) -> Edit,
) {
    let edit = make(annotations);
    edit.apply(annotations);
    history.record(edit);
}

#[test]
fn undo_of_an_addition_removes_the_record_and_redo_restores_it() {
    let mut a = Annotations::new("a.txt", TEXT);
    let mut history = History::new();
    let claim = claim_on(TEXT, first(), "c", 10);
    commit(&mut history, &mut a, |a| Edit::put(a, claim.clone()));
    assert_eq!(a.len(), 1);

    let undo = history.undo(Timestamp(20)).expect("something to undo");
    assert_eq!(undo.removed_ids("a.txt"), [AnnotationId::from_string("c")]);
    undo.apply(&mut a);
    assert!(a.is_empty());

    history
        .redo(Timestamp(30))
        .expect("something to redo")
        .apply(&mut a);
    assert_eq!(a.claims()[0].anchor, claim.anchor);
    assert!(!history.can_redo());
}

#[test]
fn undo_of_a_change_restores_the_previous_version_stamped_now() {
    let mut a = Annotations::new("a.txt", TEXT);
    let mut history = History::new();
    let claim = claim_on(TEXT, first(), "c", 10);
    commit(&mut history, &mut a, |a| Edit::put(a, claim.clone()));
    let mut disputed = claim.clone();
    disputed.status = Some(Status::Disputed);
    disputed.note = "Japan denied it in another report.".into();
    disputed.updated = Timestamp(11);
    commit(&mut history, &mut a, |a| Edit::put(a, disputed));

    history.undo(Timestamp(12)).expect("undo").apply(&mut a);
    let restored = &a.claims()[0];
    assert_eq!((restored.status, restored.note.as_str()), (None, ""));
    assert_eq!(restored.updated, Timestamp(12));
}

#[test]
fn an_undone_change_wins_the_merge_with_the_file_written_before_it() {
    let mut a = Annotations::new("a.txt", TEXT);
    let mut history = History::new();
    commit(&mut history, &mut a, |a| {
        Edit::put(a, claim_on(TEXT, first(), "c", 10))
    });
    let mut verified = a.claims()[0].clone();
    verified.status = Some(Status::Verified);
    verified.updated = Timestamp(50);
    commit(&mut history, &mut a, |a| Edit::put(a, verified));
    let on_disk = a.clone();

    // The clock reads earlier than the saved stamp; the undone version must still win.
    history.undo(Timestamp(40)).expect("undo").apply(&mut a);
    let stamp = crate::annotations::Stamp {
        millis: 1,
        counter: 0,
        replica: 1,
    };
    let merged = join(&local_changes(&a, &on_disk, stamp), &State::of(on_disk));
    assert_eq!(merged.annotations.claims()[0].status, None);
}

#[test]
fn undo_of_a_removal_brings_the_record_back() {
    let mut a = Annotations::new("a.txt", TEXT);
    let mut history = History::new();
    commit(&mut history, &mut a, |a| {
        Edit::put(a, highlight_on(TEXT, first(), "h", 1))
    });
    let id = AnnotationId::from_string("h");
    let removal = Edit::remove(&a, &id).expect("exists");
    commit(&mut history, &mut a, |_| removal);
    assert!(a.is_empty());
    history.undo(Timestamp(2)).expect("undo").apply(&mut a);
    assert!(a.highlight(&id).is_some());
}

#[test]
fn a_group_is_undone_as_one_in_reverse_order() {
    let mut a = Annotations::new("a.txt", TEXT);
    let mut history = History::new();
    let one = Edit::put(&a, claim_on(TEXT, first(), "c1", 1));
    let two = Edit::put(&a, highlight_on(TEXT, ByteSpan::new(36, 59), "h1", 1));
    commit(&mut history, &mut a, |_| Edit::group([one, two]));
    assert_eq!(a.len(), 2);
    let undo = history.undo(Timestamp(2)).expect("undo");
    assert_eq!(undo.articles(), ["a.txt"]);
    undo.apply(&mut a);
    assert!(a.is_empty());
}

#[test]
fn an_edit_for_another_article_leaves_these_annotations_alone() {
    let mut a = Annotations::new("a.txt", TEXT);
    let b = Annotations::new("b.txt", TEXT);
    Edit::put(&b, claim_on(TEXT, first(), "c", 1)).apply(&mut a);
    assert!(a.is_empty());
}

#[test]
fn recording_a_new_edit_clears_redo() {
    let mut a = Annotations::new("a.txt", TEXT);
    let mut history = History::new();
    commit(&mut history, &mut a, |a| {
        Edit::put(a, claim_on(TEXT, first(), "c1", 1))
    });
    history.undo(Timestamp(2)).expect("undo").apply(&mut a);
    assert!(history.can_redo());
    commit(&mut history, &mut a, |a| {
        Edit::put(a, claim_on(TEXT, first(), "c2", 3))
    });
    assert!(!history.can_redo());
    assert!(history.redo(Timestamp(4)).is_none());
}

#[test]
fn the_oldest_edits_are_dropped_beyond_the_limit() {
    let mut a = Annotations::new("a.txt", TEXT);
    let mut history = History::with_limit(2);
    for n in 0..3 {
        commit(&mut history, &mut a, |a| {
            Edit::put(a, claim_on(TEXT, first(), &format!("c{n}"), n))
        });
    }
    assert!(history.undo(Timestamp(9)).is_some());
    assert!(history.undo(Timestamp(9)).is_some());
    assert!(history.undo(Timestamp(9)).is_none());
}

#[test]
fn a_change_that_could_not_be_undone_or_redone_is_left_out_of_the_history() {
    let mut a = Annotations::new("a.txt", TEXT);
    let mut history = History::new();
    let one = claim_on(TEXT, first(), "one", 10);
    let two = claim_on(TEXT, first(), "two", 11);
    commit(&mut history, &mut a, |a| Edit::put(a, one.clone()));
    commit(&mut history, &mut a, |a| Edit::put(a, two.clone()));

    assert!(history.undo(Timestamp(20)).is_some());
    history.forget_undone();
    assert!(!history.can_redo(), "nothing to redo: nothing was undone");
    let earlier = history.undo(Timestamp(21)).unwrap();
    let removes = earlier.puts[0].before.as_ref().map(Record::id);
    assert_eq!(removes, Some(&one.id), "the undo before it is offered next");

    let again = history.redo(Timestamp(22)).unwrap();
    assert_eq!(again.puts[0].after.as_ref().map(Record::id), Some(&one.id));
    history.forget_redone();
    assert!(
        !history.can_undo(),
        "the redo that failed is not offered to undo"
    );
    assert!(!history.can_redo());
}
