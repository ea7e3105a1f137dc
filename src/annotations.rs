//! Claims and highlights, their anchors, the RON sidecar and undo history.
//!
//! [`Annotations`] is what one sidecar holds: every claim and highlight of one article, each
//! kept sorted by (anchor start, id) and unique by id across both kinds. All offsets are bytes
//! of the article's text. Nothing here reads the clock or the terminal; only
//! [`sidecar`] touches the file system.

pub mod anchor;
pub mod history;
mod id;
mod record;
pub mod sidecar;
mod time;

use sha2::{Digest, Sha256};
use std::collections::{BTreeSet, HashSet};

use crate::text::ByteSpan;
pub use anchor::{Anchor, Placement, candidates, reanchor};
pub use id::AnnotationId;
pub use record::{
    Claim, ClaimStamps, Evidence, Highlight, HighlightStamps, Record, Relation, Status,
};
pub use time::{Clock, MAX_TIMESTAMP, Stamp, Timestamp, TimestampError};

/// The annotations of one article.
///
/// Invariants: claims and highlights are each sorted by (anchor start, id); no id appears
/// twice, across claims and highlights together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Annotations {
    article: String,
    text_sha256: String,
    claims: Vec<Claim>,
    highlights: Vec<Highlight>,
}

/// SHA-256 of an article's text as lowercase hex, as stored in its sidecar.
pub fn text_sha256(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Annotations {
    /// No annotations yet for the article in file `article` whose text is `text`.
    pub fn new(article: impl Into<String>, text: &str) -> Self {
        Self::with_hash(article, text_sha256(text))
    }

    /// No annotations yet, with the text hash given directly.
    pub fn with_hash(article: impl Into<String>, text_sha256: impl Into<String>) -> Self {
        Annotations {
            article: article.into(),
            text_sha256: text_sha256.into(),
            claims: Vec::new(),
            highlights: Vec::new(),
        }
    }

    /// Builds from records in any order; `Err` names the first id that appears twice.
    pub fn from_records(
        article: impl Into<String>,
        text_sha256: impl Into<String>,
        records: impl IntoIterator<Item = Record>,
    ) -> Result<Self, AnnotationId> {
        let mut annotations = Self::with_hash(article, text_sha256);
        let mut seen = HashSet::new();
        for record in records {
            if !seen.insert(record.id().clone()) {
                return Err(record.id().clone());
            }
            match record {
                Record::Claim(claim) => annotations.claims.push(claim),
                Record::Highlight(highlight) => annotations.highlights.push(highlight),
            }
        }
        annotations.sort();
        Ok(annotations)
    }

    /// File name of the article these annotate.
    pub fn article(&self) -> &str {
        &self.article
    }

    /// SHA-256 (hex) of the text the anchors were last placed on.
    pub fn text_sha256(&self) -> &str {
        &self.text_sha256
    }

    /// Whether `text` is exactly the text the anchors were last placed on.
    pub fn matches_text(&self, text: &str) -> bool {
        self.text_sha256 == text_sha256(text)
    }

    /// Claims, sorted by (anchor start, id).
    pub fn claims(&self) -> &[Claim] {
        &self.claims
    }

    /// Highlights, sorted by (anchor start, id).
    pub fn highlights(&self) -> &[Highlight] {
        &self.highlights
    }

    /// Every record: claims first, then highlights, each in stored order.
    pub fn records(&self) -> impl Iterator<Item = Record> + '_ {
        let claims = self.claims.iter().cloned().map(Record::Claim);
        claims.chain(self.highlights.iter().cloned().map(Record::Highlight))
    }

    pub fn len(&self) -> usize {
        self.claims.len() + self.highlights.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The record with this id, of either kind (cloned).
    pub fn get(&self, id: &AnnotationId) -> Option<Record> {
        self.claim(id)
            .cloned()
            .map(Record::Claim)
            .or_else(|| self.highlight(id).cloned().map(Record::Highlight))
    }

    pub fn claim(&self, id: &AnnotationId) -> Option<&Claim> {
        self.claims.iter().find(|c| &c.id == id)
    }

    pub fn highlight(&self, id: &AnnotationId) -> Option<&Highlight> {
        self.highlights.iter().find(|h| &h.id == id)
    }

    /// The claim anchored exactly on `span` (a sentence), if any; the lowest id if several.
    pub fn claim_for(&self, span: ByteSpan) -> Option<&Claim> {
        self.claims.iter().find(|c| c.anchor.span == span)
    }

    /// Claims whose anchors overlap `span`, in stored order.
    pub fn claims_overlapping(&self, span: ByteSpan) -> impl Iterator<Item = &Claim> {
        self.claims
            .iter()
            .filter(move |c| c.anchor.span.overlaps(span))
    }

    /// Highlights whose anchors overlap `span`, in stored order.
    pub fn highlights_overlapping(&self, span: ByteSpan) -> impl Iterator<Item = &Highlight> {
        self.highlights
            .iter()
            .filter(move |h| h.anchor.span.overlaps(span))
    }

    /// Every tag used by a claim or highlight, sorted and without repeats.
    pub fn tags(&self) -> Vec<&str> {
        let claim_tags = self.claims.iter().flat_map(|c| &c.tags);
        let highlight_tags = self.highlights.iter().flat_map(|h| &h.tags);
        let set: BTreeSet<&str> = claim_tags
            .chain(highlight_tags)
            .map(String::as_str)
            .collect();
        set.into_iter().collect()
    }

    /// Inserts `record`, or replaces the record with its id (of either kind), keeping the
    /// order. Returns the record replaced. The one write path: undo and merge go through it.
    pub fn put(&mut self, record: impl Into<Record>) -> Option<Record> {
        let record = record.into();
        let previous = self.remove(record.id());
        match record {
            Record::Claim(claim) => {
                let at = self.claims.partition_point(|c| {
                    sort_key(&c.anchor, &c.id) < sort_key(&claim.anchor, &claim.id)
                });
                self.claims.insert(at, claim);
            }
            Record::Highlight(highlight) => {
                let key = sort_key(&highlight.anchor, &highlight.id);
                let at = self
                    .highlights
                    .partition_point(|h| sort_key(&h.anchor, &h.id) < key);
                self.highlights.insert(at, highlight);
            }
        }
        previous
    }

    /// Removes the record with this id, of either kind, and returns it.
    pub fn remove(&mut self, id: &AnnotationId) -> Option<Record> {
        if let Some(at) = self.claims.iter().position(|c| &c.id == id) {
            return Some(Record::Claim(self.claims.remove(at)));
        }
        let at = self.highlights.iter().position(|h| &h.id == id)?;
        Some(Record::Highlight(self.highlights.remove(at)))
    }

    /// Places every anchor on `text` (see [`reanchor`]) and returns each record's placement,
    /// claims first, in stored order.
    ///
    /// Records placed `Exact` get their anchor rewritten to the new position (with fresh
    /// context); `Moved` and `Orphaned` records keep their stored anchor byte for byte until the
    /// reader confirms a place with [`Annotations::reattach`]. When every record is `Exact`, the
    /// stored text hash becomes `text`'s.
    pub fn reanchor(&mut self, text: &str) -> Vec<(AnnotationId, Placement)> {
        let mut placements = Vec::with_capacity(self.len());
        let mut shift = 0;
        let claims = self.claims.iter_mut().map(|c| (&c.id, &mut c.anchor));
        let highlights = self.highlights.iter_mut().map(|h| (&h.id, &mut h.anchor));
        for (id, anchor) in claims.chain(highlights) {
            // Records are in text order, so the last shift is a good first guess for the next.
            let placement = anchor::reanchor_with_shift(anchor, text, shift);
            if let Placement::Exact(span) = placement {
                shift = span.start as isize - anchor.span.start as isize;
                if span != anchor.span || !anchor.has_context_at(text) {
                    *anchor = Anchor::new(text, span);
                }
            }
            placements.push((id.clone(), placement));
        }
        self.sort();
        if placements
            .iter()
            .all(|(_, p)| matches!(p, Placement::Exact(_)))
        {
            self.text_sha256 = text_sha256(text);
        }
        placements
    }

    /// Restores the order invariant after anchors changed in place. Stable, and ids are
    /// unique, so the result does not depend on the order before.
    fn sort(&mut self) {
        self.claims
            .sort_by(|a, b| sort_key(&a.anchor, &a.id).cmp(&sort_key(&b.anchor, &b.id)));
        self.highlights
            .sort_by(|a, b| sort_key(&a.anchor, &a.id).cmp(&sort_key(&b.anchor, &b.id)));
    }

    /// Gives record `id` a new anchor (e.g. a re-attached orphan), keeping the order.
    /// Returns false when there is no such record. Leaves `updated` alone: set it if this is
    /// the reader's edit rather than bookkeeping.
    pub fn reattach(&mut self, id: &AnnotationId, anchor: Anchor) -> bool {
        let Some(mut record) = self.get(id) else {
            return false;
        };
        if *record.anchor() != anchor {
            *record.anchor_mut() = anchor;
            self.put(record);
        }
        true
    }
}

fn sort_key<'a>(anchor: &Anchor, id: &'a AnnotationId) -> (usize, &'a AnnotationId) {
    (anchor.span.start, id)
}

/// A claim citing a passage, seen from the cited side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Citation<'a> {
    /// File name of the article the citing claim is in.
    pub article: &'a str,
    pub claim: &'a Claim,
    pub evidence: &'a Evidence,
}

/// The reverse view of evidence links: every claim, in any of `all`, with evidence in
/// `article` overlapping `span` (bytes of that article), sorted by citing article, then claim
/// order. Links are stored once, on the claim; this is how the cited sentence shows them.
pub fn citations_of<'a>(
    all: impl IntoIterator<Item = &'a Annotations>,
    article: &str,
    span: ByteSpan,
) -> Vec<Citation<'a>> {
    let mut found: Vec<Citation<'a>> = Vec::new();
    for annotations in all {
        for claim in &annotations.claims {
            let cited = claim
                .evidence
                .iter()
                .filter(|e| e.article == article && e.anchor.span.overlaps(span));
            found.extend(cited.map(|evidence| Citation {
                article: &annotations.article,
                claim,
                evidence,
            }));
        }
    }
    found.sort_by(|a, b| {
        a.article.cmp(b.article).then(
            sort_key(&a.claim.anchor, &a.claim.id).cmp(&sort_key(&b.claim.anchor, &b.claim.id)),
        )
    });
    found
}

#[cfg(test)]
pub(crate) mod tests;
