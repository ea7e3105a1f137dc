//! The sidecar merge git runs (`margin merge-sidecar`, set up by `margin git-setup`): the
//! common ancestor, our version and theirs become one sidecar, never conflict markers.
//!
//! Stamps already order every field's edits, so [`join`] settles most of it: records added
//! on either side are kept, a deletion beats older edits of the record and loses to later
//! ones, and of a field changed on one side the changed value is kept (its stamp is later).
//! What stamps cannot settle is a note, tag list or evidence list that both sides changed
//! since the ancestor: the later stamp would drop the other side's words. Those fields are
//! merged from the three versions ([`merge_text`], [`merge_list`]) and stamped just after
//! both sides' stamps, so a later merge keeps the merged value.

use super::concurrent::{merge_list, merge_text};
use super::merge::{State, join};
use crate::annotations::{AnnotationId, Annotations, Claim, Highlight, Record, Stamp};
use std::collections::HashMap;

/// Merges git's three versions of one sidecar. `base` is `None` when the file is new on both
/// sides (no common ancestor holds it).
pub fn merge_versions(base: Option<&State>, ours: &State, theirs: &State) -> State {
    let mut joined = join(ours, theirs);
    let Some(base) = base else {
        return joined;
    };
    let base = by_id(&base.annotations);
    let ours = by_id(&ours.annotations);
    let theirs = by_id(&theirs.annotations);
    let records: Vec<Record> = joined
        .annotations
        .records()
        .map(|record| {
            let id = record.id().clone();
            match (base.get(&id), ours.get(&id), theirs.get(&id)) {
                (Some(b), Some(o), Some(t)) => combine(record, b, o, t),
                _ => record,
            }
        })
        .collect();
    let (article, hash) = (
        joined.annotations.article(),
        joined.annotations.text_sha256(),
    );
    joined.annotations = Annotations::from_records(article, hash, records)
        .unwrap_or_else(|_| unreachable!("the records of one Annotations have unique ids"));
    joined
}

/// `merged` (the join of `ours` and `theirs`) with each list or text field that both sides
/// changed since `base` merged from the three.
fn combine(merged: Record, base: &Record, ours: &Record, theirs: &Record) -> Record {
    match (merged, base, ours, theirs) {
        (Record::Claim(m), Record::Claim(b), Record::Claim(o), Record::Claim(t)) => {
            let mut c: Claim = m;
            if both_changed(&b.note, &o.note, &t.note) {
                c.note = merge_text(&b.note, &o.note, &t.note);
                c.stamps.note = after(o.stamps.note, t.stamps.note);
            }
            if both_changed(&b.tags, &o.tags, &t.tags) {
                c.tags = merge_list(&b.tags, &o.tags, &t.tags);
                c.stamps.tags = after(o.stamps.tags, t.stamps.tags);
            }
            if both_changed(&b.evidence, &o.evidence, &t.evidence) {
                c.evidence = merge_list(&b.evidence, &o.evidence, &t.evidence);
                c.stamps.evidence = after(o.stamps.evidence, t.stamps.evidence);
            }
            Record::Claim(c)
        }
        (
            Record::Highlight(m),
            Record::Highlight(b),
            Record::Highlight(o),
            Record::Highlight(t),
        ) => {
            let mut h: Highlight = m;
            if both_changed(&b.note, &o.note, &t.note) {
                h.note = merge_text(&b.note, &o.note, &t.note);
                h.stamps.note = after(o.stamps.note, t.stamps.note);
            }
            if both_changed(&b.tags, &o.tags, &t.tags) {
                h.tags = merge_list(&b.tags, &o.tags, &t.tags);
                h.stamps.tags = after(o.stamps.tags, t.stamps.tags);
            }
            Record::Highlight(h)
        }
        (merged, ..) => merged,
    }
}

/// Whether both sides changed a field since the base, each differently.
fn both_changed<T: PartialEq>(base: &T, ours: &T, theirs: &T) -> bool {
    ours != base && theirs != base && ours != theirs
}

/// A stamp just after both: the merged value outranks either side's.
fn after(a: Stamp, b: Stamp) -> Stamp {
    let later = a.max(b);
    Stamp {
        counter: later.counter.saturating_add(1),
        ..later
    }
}

fn by_id(annotations: &Annotations) -> HashMap<AnnotationId, Record> {
    annotations.records().map(|r| (r.id().clone(), r)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotations::sidecar::local_changes;
    use crate::annotations::sidecar::tests::sample;
    use crate::annotations::{Status, tests::highlight_on};
    use crate::text::ByteSpan;

    fn at(millis: u64, replica: u32) -> Stamp {
        Stamp {
            millis,
            counter: 0,
            replica,
        }
    }

    /// Git's three versions: the base as saved, and each side's edits of it saved as margin
    /// saves them (stamped at `t` on its own replica).
    fn versions(
        edit_ours: impl FnOnce(&mut Annotations),
        edit_theirs: impl FnOnce(&mut Annotations),
    ) -> (State, State, State) {
        let base = sample();
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        edit_ours(&mut ours);
        edit_theirs(&mut theirs);
        let base_state = State::of(base.clone());
        let ours = local_changes(&ours, &base, at(2_000_000_000_000, 1));
        let theirs = local_changes(&theirs, &base, at(2_000_000_000_500, 2));
        (base_state, ours, theirs)
    }

    #[test]
    fn additions_from_both_sides_are_kept() {
        let text = "Japan hinted at selling Treasuries. Prime Minister Shinzo Abe said the deal was worth $8 billion.";
        let (base, ours, theirs) = versions(
            |a| {
                a.put(highlight_on(text, ByteSpan::new(0, 5), "000000000001", 1));
            },
            |a| {
                a.put(highlight_on(text, ByteSpan::new(6, 12), "000000000002", 1));
            },
        );
        let merged = merge_versions(Some(&base), &ours, &theirs);
        assert_eq!(merged.annotations.highlights().len(), 3);
    }

    #[test]
    fn a_deletion_on_one_side_of_a_record_the_other_left_alone_stays() {
        let (base, ours, theirs) = versions(
            |a| {
                let id = a.highlights()[0].id.clone();
                a.remove(&id);
            },
            |a| {
                let mut claim = a.claims()[0].clone();
                claim.status = Some(Status::Verified);
                a.put(claim);
            },
        );
        let merged = merge_versions(Some(&base), &ours, &theirs);
        assert!(merged.annotations.highlights().is_empty());
        assert_eq!(merged.removed.len(), 1);
        assert_eq!(
            merged.annotations.claims()[0].status,
            Some(Status::Verified)
        );
    }

    #[test]
    fn one_note_changed_on_both_sides_keeps_both_sides_words() {
        let (base, ours, theirs) = versions(
            |a| {
                let mut claim = a.claims()[0].clone();
                claim.note.push_str(" Checked with Kyodo.");
                claim.tags.push("kyodo".into());
                a.put(claim);
            },
            |a| {
                let mut claim = a.claims()[0].clone();
                claim.note = format!("Source: NHK. {}", claim.note);
                claim.tags.push("nhk".into());
                a.put(claim);
            },
        );
        for merged in [
            merge_versions(Some(&base), &ours, &theirs),
            merge_versions(Some(&base), &theirs, &ours),
        ] {
            let claim = &merged.annotations.claims()[0];
            assert!(claim.note.starts_with("Source: NHK. "), "{}", claim.note);
            assert!(
                claim.note.ends_with(" Checked with Kyodo."),
                "{}",
                claim.note
            );
            assert!(claim.tags.contains(&"kyodo".to_string()));
            assert!(claim.tags.contains(&"nhk".to_string()));
            // The merged value outranks both sides in any later merge.
            assert!(claim.stamps.note > ours.annotations.claims()[0].stamps.note);
            assert!(claim.stamps.note > theirs.annotations.claims()[0].stamps.note);
        }
    }

    #[test]
    fn the_merged_file_reads_back_and_writes_the_same_bytes() {
        let (base, ours, theirs) = versions(
            |a| {
                let mut claim = a.claims()[0].clone();
                claim.note.push_str(" ours");
                a.put(claim);
            },
            |a| {
                let mut claim = a.claims()[0].clone();
                claim.note.push_str(" theirs");
                a.put(claim);
            },
        );
        let merged = merge_versions(Some(&base), &ours, &theirs);
        let text = super::super::to_ron_state(&merged);
        let again = super::super::from_ron_state(&text).unwrap();
        assert_eq!(again, merged);
        assert_eq!(super::super::to_ron_state(&again), text);
    }

    #[test]
    fn without_an_ancestor_both_files_are_joined() {
        let (_, ours, theirs) = versions(|_| {}, |_| {});
        let merged = merge_versions(None, &ours, &theirs);
        assert_eq!(merged, join(&ours, &theirs));
    }
}
