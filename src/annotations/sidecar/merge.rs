//! Merging what one process holds with what the file on disk holds, so concurrent readers
//! lose nothing.
//!
//! A sidecar is a set of records plus tombstones (ids deleted, with the stamp of the
//! deletion). Every field of a record has its own [`Stamp`]; [`join`] takes, field by field,
//! the value with the later stamp, and keeps a record only if some field of it was edited
//! after its latest deletion. `join` is commutative, associative and idempotent in the records
//! and tombstones it keeps, so the order in which processes save does not matter.
//!
//! The app never stamps: [`local_changes`] compares what it holds with what it last saw on
//! disk (its base) and stamps each changed field, each new record and each deletion with one
//! tick of the process's clock.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Debug;

use crate::annotations::{
    AnnotationId, Annotations, Claim, ClaimStamps, Highlight, HighlightStamps, Record, Stamp,
};

/// A deleted record: kept so a stale copy elsewhere cannot bring it back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tombstone {
    pub id: AnnotationId,
    pub stamp: Stamp,
}

/// Everything a sidecar file holds: the annotations and the deletions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub annotations: Annotations,
    /// Deleted ids with the stamp of their latest deletion; no id here has a record.
    pub removed: BTreeMap<AnnotationId, Stamp>,
}

impl State {
    /// A state without deletions.
    pub fn of(annotations: Annotations) -> Self {
        State {
            annotations,
            removed: BTreeMap::new(),
        }
    }

    /// The tombstones, sorted by id.
    pub fn tombstones(&self) -> Vec<Tombstone> {
        let removed = self.removed.iter();
        removed
            .map(|(id, &stamp)| Tombstone {
                id: id.clone(),
                stamp,
            })
            .collect()
    }

    /// The latest stamp anywhere in the state (for the clock to move past).
    pub fn latest_stamp(&self) -> Stamp {
        let records = self.annotations.records().map(|r| r.latest_stamp());
        records
            .chain(self.removed.values().copied())
            .max()
            .unwrap_or_default()
    }
}

/// `ours` with every change since `base` stamped `stamp`: a field whose value differs from
/// the base record's, every field of a record the base does not have, and a tombstone for
/// each record of the base that `ours` no longer has. Unchanged fields keep the later of the
/// two stamps.
pub fn local_changes(ours: &Annotations, base: &Annotations, stamp: Stamp) -> State {
    let mut before = by_id(base);
    let records = ours.records().map(|record| {
        let base_record = before.remove(record.id());
        stamp_record(record, base_record.as_ref(), stamp)
    });
    let records: Vec<Record> = records.collect();
    // What is left of the base is what `ours` deleted.
    let removed = before.into_keys().map(|id| (id, stamp)).collect();
    let annotations = rebuild(ours, records);
    State {
        annotations,
        removed,
    }
}

fn stamp_record(record: Record, base: Option<&Record>, stamp: Stamp) -> Record {
    match (record, base) {
        (Record::Claim(mut c), Some(Record::Claim(b))) => {
            let s = &mut c.stamps;
            s.status = field(&c.status, &b.status, s.status, b.stamps.status, stamp);
            s.anchor = field(&c.anchor, &b.anchor, s.anchor, b.stamps.anchor, stamp);
            s.note = field(&c.note, &b.note, s.note, b.stamps.note, stamp);
            s.tags = field(&c.tags, &b.tags, s.tags, b.stamps.tags, stamp);
            s.evidence = field(
                &c.evidence,
                &b.evidence,
                s.evidence,
                b.stamps.evidence,
                stamp,
            );
            s.author = field(&c.author, &b.author, s.author, b.stamps.author, stamp);
            Record::Claim(c)
        }
        (Record::Highlight(mut h), Some(Record::Highlight(b))) => {
            let s = &mut h.stamps;
            s.anchor = field(&h.anchor, &b.anchor, s.anchor, b.stamps.anchor, stamp);
            s.note = field(&h.note, &b.note, s.note, b.stamps.note, stamp);
            s.tags = field(&h.tags, &b.tags, s.tags, b.stamps.tags, stamp);
            s.author = field(&h.author, &b.author, s.author, b.stamps.author, stamp);
            Record::Highlight(h)
        }
        // New (or re-created by undo, or of another kind than before): all of it is ours.
        (Record::Claim(mut c), _) => {
            c.stamps = ClaimStamps::all(stamp);
            Record::Claim(c)
        }
        (Record::Highlight(mut h), _) => {
            h.stamps = HighlightStamps::all(stamp);
            Record::Highlight(h)
        }
    }
}

/// The stamp of one field: `now` if its value changed since the base, else the later of the
/// two stamps it has.
fn field<T: PartialEq>(value: &T, base: &T, mine: Stamp, theirs: Stamp, now: Stamp) -> Stamp {
    if value == base { mine.max(theirs) } else { now }
}

/// Merges two states (see the module doc). The article name and text hash are `a`'s.
pub fn join(a: &State, b: &State) -> State {
    let mut in_a = by_id(&a.annotations);
    let mut in_b = by_id(&b.annotations);
    let ids: BTreeSet<AnnotationId> = in_a
        .keys()
        .chain(in_b.keys())
        .chain(a.removed.keys())
        .chain(b.removed.keys())
        .cloned()
        .collect();
    let mut records = Vec::with_capacity(ids.len());
    let mut removed = BTreeMap::new();
    for id in &ids {
        let record = match (in_a.remove(id), in_b.remove(id)) {
            (Some(x), Some(y)) => Some(join_records(x, y)),
            (x, y) => x.or(y),
        };
        let deleted = a.removed.get(id).max(b.removed.get(id)).copied();
        match (record, deleted) {
            (Some(record), Some(deleted)) if record.latest_stamp() <= deleted => {
                removed.insert(id.clone(), deleted);
            }
            (Some(record), _) => records.push(record),
            (None, Some(deleted)) => {
                removed.insert(id.clone(), deleted);
            }
            (None, None) => {}
        }
    }
    State {
        annotations: rebuild(&a.annotations, records),
        removed,
    }
}

fn join_records(a: Record, b: Record) -> Record {
    match (a, b) {
        (Record::Claim(a), Record::Claim(b)) => Record::Claim(join_claims(a, b)),
        (Record::Highlight(a), Record::Highlight(b)) => Record::Highlight(join_highlights(a, b)),
        // One id, two kinds: cannot come from margin; the later edited one wins whole.
        (a, b) => {
            if (a.latest_stamp(), format!("{a:?}")) >= (b.latest_stamp(), format!("{b:?}")) {
                a
            } else {
                b
            }
        }
    }
}

fn join_claims(a: Claim, b: Claim) -> Claim {
    let (sa, sb) = (a.stamps, b.stamps);
    let (status, s_status) = pick(a.status, sa.status, b.status, sb.status);
    let (anchor, s_anchor) = pick(a.anchor, sa.anchor, b.anchor, sb.anchor);
    let (note, s_note) = pick(a.note, sa.note, b.note, sb.note);
    let (tags, s_tags) = pick(a.tags, sa.tags, b.tags, sb.tags);
    let (evidence, s_evidence) = pick(a.evidence, sa.evidence, b.evidence, sb.evidence);
    let (author, s_author) = pick(a.author, sa.author, b.author, sb.author);
    Claim {
        id: a.id,
        status,
        anchor,
        note,
        tags,
        evidence,
        author,
        created: a.created.min(b.created),
        updated: a.updated.max(b.updated),
        stamps: ClaimStamps {
            status: s_status,
            anchor: s_anchor,
            note: s_note,
            tags: s_tags,
            evidence: s_evidence,
            author: s_author,
        },
    }
}

fn join_highlights(a: Highlight, b: Highlight) -> Highlight {
    let (sa, sb) = (a.stamps, b.stamps);
    let (anchor, s_anchor) = pick(a.anchor, sa.anchor, b.anchor, sb.anchor);
    let (note, s_note) = pick(a.note, sa.note, b.note, sb.note);
    let (tags, s_tags) = pick(a.tags, sa.tags, b.tags, sb.tags);
    let (author, s_author) = pick(a.author, sa.author, b.author, sb.author);
    Highlight {
        id: a.id,
        anchor,
        note,
        tags,
        author,
        created: a.created.min(b.created),
        updated: a.updated.max(b.updated),
        stamps: HighlightStamps {
            anchor: s_anchor,
            note: s_note,
            tags: s_tags,
            author: s_author,
        },
    }
}

/// The value with the later stamp; on equal stamps (never from margin itself) the value that
/// sorts later in its debug form, so both sides of a merge pick the same.
fn pick<T: PartialEq + Debug>(a: T, sa: Stamp, b: T, sb: Stamp) -> (T, Stamp) {
    if sa > sb || (sa == sb && (a == b || format!("{a:?}") >= format!("{b:?}"))) {
        (a, sa)
    } else {
        (b, sb)
    }
}

/// Annotations of `like`'s article and text hash holding exactly `records`, whose ids are
/// unique (they come from a map, or from one `Annotations`).
fn rebuild(like: &Annotations, records: Vec<Record>) -> Annotations {
    let (article, hash) = (like.article(), like.text_sha256());
    Annotations::from_records(article, hash, records)
        .unwrap_or_else(|_| unreachable!("records of one map or one Annotations have unique ids"))
}

fn by_id(annotations: &Annotations) -> HashMap<AnnotationId, Record> {
    let records = annotations.records();
    records.map(|r| (r.id().clone(), r)).collect()
}
