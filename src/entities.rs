//! Named entities: mentions, labels, grouping across the corpus, and the reader's corrections.
//!
//! The pipeline has three passes, each plain data in and out, so the whole of it can run off
//! the UI thread and report progress per article:
//! 1. [`extract`] finds one article's [`Mention`]s with rules and the [`Gazetteer`];
//! 2. [`IndexBuilder::add`] notes, per article, what grouping needs (the mention texts,
//!    the gazetteer's canonical names, acronym definitions, each name stored once) and
//!    places the reader's marks;
//! 3. [`IndexBuilder::finish`] groups all articles' mentions into entities (aliases, surnames,
//!    acronyms) and applies the reader's [`Corrections`].
//!
//! Offsets are bytes into the article's text exactly as read ([`ByteSpan`]).

mod corrections;
pub(crate) mod covered;
mod extract;
mod gazetteer;
mod group;
mod halves;
mod index;
mod json;
mod label;
mod names;
mod token;

pub use corrections::{
    Correction, CorrectionEdit, Corrections, CorrectionsError, FILE_NAME as CORRECTIONS_FILE,
    LEGACY_FILE_NAME as LEGACY_CORRECTIONS_FILE, OnDisk as CorrectionsOnDisk,
    Signature as CorrectionSignature, fingerprint as corrections_fingerprint,
    load_file as load_corrections, reload as reload_corrections, replay as merge_corrections,
    save_file as save_corrections, save_merged as save_corrections_merged,
};
pub use extract::{Explained, Reason, extract, extract_explained};
pub(crate) use gazetteer::class as gazetteer_class;
pub use gazetteer::{EMBEDDED_RON as EMBEDDED_GAZETTEER, Gazetteer, GazetteerError};
pub use group::Extracted;
pub use index::{
    ArticleMention, Entity, EntityId, EntityIndex, IndexBuilder, MentionRef, UnappliedCorrection,
};
pub use json::{write_json_lines, write_line as write_json_line};
pub use label::{Label, UnknownLabel};

use crate::text::{ByteSpan, PackedSpan};
use serde::Serialize;

/// One mention of a named entity in an article: a span of its text and the kind of thing it
/// names. The span excludes titles, a leading "the" and a possessive 's (GUIDELINE.md).
///
/// 12 bytes: a long article has over a million mentions, so the span is kept as a
/// [`PackedSpan`]. Offsets fit in `u32` because the corpus refuses articles of 4 GiB or more.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Mention {
    span: PackedSpan,
    pub label: Label,
}

impl Mention {
    pub fn new(start: usize, end: usize, label: Label) -> Self {
        Self::spanning(ByteSpan::new(start, end), label)
    }

    pub fn spanning(span: ByteSpan, label: Label) -> Self {
        Self {
            span: span.into(),
            label,
        }
    }

    pub fn span(&self) -> ByteSpan {
        self.span.span()
    }

    pub fn set_span(&mut self, span: ByteSpan) {
        self.span = span.into();
    }

    /// The mentioned text, or `""` when the span does not fit `text`.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span().slice(text)
    }
}

/// One JSON object per mention, as `margin entities --json` prints it:
/// `{"doc","start","end","text","label","entity"}`, offsets in bytes, `end` exclusive.
#[derive(Serialize)]
struct JsonMention<'a> {
    doc: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
    label: Label,
    entity: &'a str,
}

/// The JSON line (without a newline) of `mention` in the article `doc` with text `text`,
/// belonging to the entity named `entity`.
pub fn json_line(doc: &str, text: &str, mention: &Mention, entity: &str) -> String {
    let record = JsonMention {
        doc,
        start: mention.span().start,
        end: mention.span().end,
        text: mention.text(text),
        label: mention.label,
        entity,
    };
    // Serialising plain strings and numbers cannot fail.
    serde_json::to_string(&record).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_line_has_the_fields_in_order() {
        let text = "Japan’s Treasury";
        let line = json_line("a.txt", text, &Mention::new(0, 5, Label::Gpe), "Japan");
        assert_eq!(
            line,
            r#"{"doc":"a.txt","start":0,"end":5,"text":"Japan","label":"GPE","entity":"Japan"}"#
        );
    }

    #[test]
    fn a_mention_takes_12_bytes_and_an_explained_one_16() {
        // A 50 MB article has 1.4 million mentions; extraction holds them all at once.
        assert_eq!(std::mem::size_of::<Mention>(), 12);
        assert_eq!(std::mem::size_of::<Explained>(), 16);
    }

    #[test]
    fn a_mention_gives_back_its_span() {
        let mut mention = Mention::new(7, 3, Label::Org);
        assert_eq!(mention.span(), ByteSpan::new(3, 7));
        mention.set_span(ByteSpan::new(3, 6));
        assert_eq!(mention, Mention::spanning(ByteSpan::new(3, 6), Label::Org));
    }
}
