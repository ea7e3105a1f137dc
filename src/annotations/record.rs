//! The records a sidecar holds: `Claim` (with `Status` and `Evidence`) and `Highlight`.
//!
//! Field order here is the order in the sidecar file. Empty notes, tags and evidence, and an
//! unmarked status, are left out of the file and read back as empty.
//!
//! Each record carries a [`Stamp`] per field it can change (`stamps`): the version that orders
//! edits of that field between margin processes and git merges. The sidecar writer sets them
//! (see `sidecar::merge`); the app only edits values. Equal stamps with unequal values cannot
//! come from margin, and are settled by comparing the values, so merging is deterministic.

use serde::{Deserialize, Serialize};

use super::anchor::Anchor;
use super::id::AnnotationId;
use super::time::{Stamp, Timestamp};
use crate::text::ByteSpan;

/// The fact-check verdict on a claim. Unmarked is `Option::None` and is not stored.
///
/// Any verdict takes a sentence out of the check-worthy queue; a claim with only a note,
/// tags or evidence is not a verdict and leaves it there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Status {
    Verified,
    Disputed,
    /// True in its words, false in what it leads a reader to think.
    Misleading,
    /// Checked, and no source settles it either way.
    Unverifiable,
    /// Opinion, or otherwise nothing to check: dismissed from the check-worthy queue.
    NotAClaim,
}

impl Status {
    /// Every verdict, in the order margin lists them.
    pub const ALL: [Status; 5] = [
        Status::Verified,
        Status::Disputed,
        Status::Misleading,
        Status::Unverifiable,
        Status::NotAClaim,
    ];

    /// Lower-case name, as used in reports and messages: `verified`, `not a claim`, ….
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Verified => "verified",
            Status::Disputed => "disputed",
            Status::Misleading => "misleading",
            Status::Unverifiable => "unverifiable",
            Status::NotAClaim => "not a claim",
        }
    }

    /// The verdict a name stands for: its [`as_str`](Self::as_str) in any case, with
    /// hyphens, underscores or nothing for the spaces (`not-a-claim`, `NotAClaim`).
    pub fn from_name(name: &str) -> Option<Status> {
        let squeezed: String = name
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '_'))
            .flat_map(char::to_lowercase)
            .collect();
        Status::ALL
            .into_iter()
            .find(|s| s.as_str().replace(' ', "") == squeezed)
    }
}

/// How a piece of evidence bears on the claim that cites it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Relation {
    Supports,
    Contradicts,
}

impl Relation {
    /// Lower-case name, as used in reports: `supports` or `contradicts`.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Supports => "supports",
            Relation::Contradicts => "contradicts",
        }
    }
}

/// A passage of another article cited by a claim. Stored once, on the citing claim; the cited
/// side finds it with [`super::citations_of`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// File name of the cited article, as in the corpus index (e.g. `nikkei-2025-05.txt`).
    pub article: String,
    pub relation: Relation,
    /// Where in the cited article; its offsets are bytes of that article's text.
    pub anchor: Anchor,
}

/// A sentence (or selected span) under fact check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub id: AnnotationId,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "status_field"
    )]
    pub status: Option<Status>,
    pub anchor: Anchor,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// Who made it (see `config::author`); empty in sidecars from before authors were kept.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub author: String,
    /// What a git merge could not settle alone ("note and status changed on both sides"),
    /// for the reader to look at; empty when nothing is in doubt. Cleared by the reader's
    /// next edit of the record.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub conflict: String,
    pub created: Timestamp,
    pub updated: Timestamp,
    #[serde(default, skip_serializing_if = "ClaimStamps::is_zero")]
    pub stamps: ClaimStamps,
}

/// The version of each field of a claim.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimStamps {
    pub status: Stamp,
    pub anchor: Stamp,
    pub note: Stamp,
    pub tags: Stamp,
    pub evidence: Stamp,
    /// Absent (zero: never set) in files written before authors were kept.
    #[serde(default, skip_serializing_if = "Stamp::is_zero")]
    pub author: Stamp,
    /// Zero until a merge flags the record (see `conflict`).
    #[serde(default, skip_serializing_if = "Stamp::is_zero")]
    pub conflict: Stamp,
}

impl ClaimStamps {
    /// Every field at `stamp`.
    pub fn all(stamp: Stamp) -> Self {
        ClaimStamps {
            status: stamp,
            anchor: stamp,
            note: stamp,
            tags: stamp,
            evidence: stamp,
            author: stamp,
            conflict: Stamp::default(),
        }
    }

    pub fn is_zero(&self) -> bool {
        *self == ClaimStamps::default()
    }

    /// The latest edit of any field.
    pub fn latest(&self) -> Stamp {
        self.status
            .max(self.anchor)
            .max(self.note)
            .max(self.tags)
            .max(self.evidence)
            .max(self.author)
            .max(self.conflict)
    }
}

/// The version of each field of a highlight.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HighlightStamps {
    pub anchor: Stamp,
    pub note: Stamp,
    pub tags: Stamp,
    /// Absent (zero: never set) in files written before authors were kept.
    #[serde(default, skip_serializing_if = "Stamp::is_zero")]
    pub author: Stamp,
    /// Zero until a merge flags the record (see `conflict`).
    #[serde(default, skip_serializing_if = "Stamp::is_zero")]
    pub conflict: Stamp,
}

impl HighlightStamps {
    /// Every field at `stamp`.
    pub fn all(stamp: Stamp) -> Self {
        HighlightStamps {
            anchor: stamp,
            note: stamp,
            tags: stamp,
            author: stamp,
            conflict: Stamp::default(),
        }
    }

    pub fn is_zero(&self) -> bool {
        *self == HighlightStamps::default()
    }

    /// The latest edit of any field.
    pub fn latest(&self) -> Stamp {
        self.anchor
            .max(self.note)
            .max(self.tags)
            .max(self.author)
            .max(self.conflict)
    }
}

impl Claim {
    /// An unmarked claim with no note, tags or evidence, created and updated at `now`.
    pub fn new(id: AnnotationId, anchor: Anchor, now: Timestamp) -> Self {
        Claim {
            id,
            status: None,
            anchor,
            note: String::new(),
            tags: Vec::new(),
            evidence: Vec::new(),
            author: String::new(),
            conflict: String::new(),
            created: now,
            updated: now,
            stamps: ClaimStamps::default(),
        }
    }

    /// Whether any evidence of this claim is in `article` and overlaps `span` there.
    pub fn cites(&self, article: &str, span: ByteSpan) -> bool {
        self.evidence
            .iter()
            .any(|e| e.article == article && e.anchor.span.overlaps(span))
    }
}

/// A highlighted passage with tags and an optional note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Highlight {
    pub id: AnnotationId,
    pub anchor: Anchor,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Who made it (see `config::author`); empty in sidecars from before authors were kept.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub author: String,
    /// What a git merge could not settle alone ("note and status changed on both sides"),
    /// for the reader to look at; empty when nothing is in doubt. Cleared by the reader's
    /// next edit of the record.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub conflict: String,
    pub created: Timestamp,
    pub updated: Timestamp,
    #[serde(default, skip_serializing_if = "HighlightStamps::is_zero")]
    pub stamps: HighlightStamps,
}

impl Highlight {
    /// A highlight with no note or tags, created and updated at `now`.
    pub fn new(id: AnnotationId, anchor: Anchor, now: Timestamp) -> Self {
        Highlight {
            id,
            anchor,
            note: String::new(),
            tags: Vec::new(),
            author: String::new(),
            conflict: String::new(),
            created: now,
            updated: now,
            stamps: HighlightStamps::default(),
        }
    }
}

/// One annotation of either kind: the unit of storage, merging and undo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Record {
    Claim(Claim),
    Highlight(Highlight),
}

impl Record {
    /// What a git merge flagged for the reader; empty when nothing.
    pub fn conflict(&self) -> &str {
        match self {
            Record::Claim(c) => &c.conflict,
            Record::Highlight(h) => &h.conflict,
        }
    }

    /// The record with its merge flag settled: the reader has edited it.
    pub fn settled(mut self) -> Self {
        match &mut self {
            Record::Claim(c) => c.conflict.clear(),
            Record::Highlight(h) => h.conflict.clear(),
        }
        self
    }

    pub fn id(&self) -> &AnnotationId {
        match self {
            Record::Claim(c) => &c.id,
            Record::Highlight(h) => &h.id,
        }
    }

    pub fn anchor(&self) -> &Anchor {
        match self {
            Record::Claim(c) => &c.anchor,
            Record::Highlight(h) => &h.anchor,
        }
    }

    pub fn anchor_mut(&mut self) -> &mut Anchor {
        match self {
            Record::Claim(c) => &mut c.anchor,
            Record::Highlight(h) => &mut h.anchor,
        }
    }

    pub fn tags(&self) -> &[String] {
        match self {
            Record::Claim(c) => &c.tags,
            Record::Highlight(h) => &h.tags,
        }
    }

    /// Who made it; empty when the sidecar did not say.
    pub fn author(&self) -> &str {
        match self {
            Record::Claim(c) => &c.author,
            Record::Highlight(h) => &h.author,
        }
    }

    pub fn updated(&self) -> Timestamp {
        match self {
            Record::Claim(c) => c.updated,
            Record::Highlight(h) => h.updated,
        }
    }

    /// The latest version of any of its fields.
    pub fn latest_stamp(&self) -> Stamp {
        match self {
            Record::Claim(c) => c.stamps.latest(),
            Record::Highlight(h) => h.stamps.latest(),
        }
    }

    /// Sets the `updated` stamp (used when undo restores an older version, so the restored
    /// version wins the next merge on save).
    pub fn set_updated(&mut self, now: Timestamp) {
        match self {
            Record::Claim(c) => c.updated = now,
            Record::Highlight(h) => h.updated = now,
        }
    }
}

impl From<Claim> for Record {
    fn from(claim: Claim) -> Self {
        Record::Claim(claim)
    }
}

impl From<Highlight> for Record {
    fn from(highlight: Highlight) -> Self {
        Record::Highlight(highlight)
    }
}

/// Serde for `Option<Status>` as a bare variant (`Verified`, `NotAClaim`), absent when unmarked.
mod status_field {
    use super::Status;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(status: &Option<Status>, s: S) -> Result<S::Ok, S::Error> {
        match status {
            Some(status) => status.serialize(s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Status>, D::Error> {
        Status::deserialize(d).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::Status;

    #[test]
    fn a_verdict_is_found_by_its_name_however_written() {
        for status in Status::ALL {
            assert_eq!(Status::from_name(status.as_str()), Some(status));
        }
        assert_eq!(Status::from_name("Not-A-Claim"), Some(Status::NotAClaim));
        assert_eq!(Status::from_name("not_a_claim"), Some(Status::NotAClaim));
        assert_eq!(Status::from_name("MISLEADING"), Some(Status::Misleading));
        assert_eq!(Status::from_name("maybe"), None);
    }
}
