//! Paragraphs and headings: one paragraph a line, blank lines ignored.
//!
//! A short line without final punctuation is a heading; a line starting with a bullet is a
//! list item. Every paragraph is split into sentences, the unit of a claim; a heading is one
//! sentence. Spans exclude line breaks and surrounding whitespace, so CRLF files keep their
//! `\r` in the text but not in any span.

use super::sentences::split_sentences;
use super::{ByteSpan, PackedSpan};
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParagraphKind {
    Heading,
    Body,
    ListItem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub span: ByteSpan,
    pub kind: ParagraphKind,
    /// The paragraph's sentences, as indexes into [`Structure::sentences`].
    pub sentences: Range<usize>,
}

/// One sentence: its bytes. Which paragraph holds it is [`Structure::paragraph_of`]. Kept
/// in 8 bytes: a large corpus has millions of sentences, and articles are under 4 GiB.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    span: PackedSpan,
}

impl Sentence {
    pub fn new(span: ByteSpan) -> Self {
        Self { span: span.into() }
    }

    pub fn span(&self) -> ByteSpan {
        self.span.span()
    }
}

/// The paragraphs and sentences of one text, both sorted by start and non-overlapping.
/// Sentences are numbered from the top of the text: sentence `i` is the same sentence
/// whether the whole text was split or only a part of it from the top.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Structure {
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
}

/// Longest line, in chars, that can still be a heading.
const HEADING_MAX_CHARS: usize = 90;

impl Structure {
    pub fn of(text: &str) -> Self {
        let mut builder = StructureBuilder::default();
        builder.split_to(text, text.len());
        builder.finish(text)
    }

    /// The sentence holding `byte`, or else the first sentence after it, or the last one.
    pub fn sentence_at_or_after(&self, byte: usize) -> Option<usize> {
        if self.sentences.is_empty() {
            return None;
        }
        let after = self.sentences.partition_point(|s| s.span().end <= byte);
        Some(after.min(self.sentences.len() - 1))
    }

    /// The sentence whose span holds `byte`, if any.
    pub fn sentence_containing(&self, byte: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span().end <= byte);
        self.sentences
            .get(i)
            .filter(|s| s.span().start <= byte)
            .map(|_| i)
    }

    /// The paragraph holding sentence `sentence`.
    pub fn paragraph_of(&self, sentence: usize) -> Option<usize> {
        if sentence >= self.sentences.len() {
            return None;
        }
        Some(
            self.paragraphs
                .partition_point(|p| p.sentences.end <= sentence),
        )
    }
}

/// Builds a [`Structure`] from the top of a text a line at a time, so a reader can split
/// only as far as it shows and the rest later. Whatever the slices, the finished structure
/// is the one [`Structure::of`] gives, and every part built so far is a prefix of it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StructureBuilder {
    structure: Structure,
    /// Where the first line not yet split starts.
    next_line: usize,
}

impl StructureBuilder {
    /// The paragraphs and sentences found so far.
    pub fn structure(&self) -> &Structure {
        &self.structure
    }

    /// The bytes before this offset are split; lines from it on are not.
    pub fn split_until(&self) -> usize {
        self.next_line
    }

    pub fn is_complete(&self, text: &str) -> bool {
        self.next_line >= text.len()
    }

    /// Splits whole lines until the line holding `byte` is split, or the text ends.
    pub fn split_to(&mut self, text: &str, byte: usize) {
        while self.next_line <= byte && self.split_line(text) {}
    }

    /// Splits lines until one more paragraph is found; false when the text ended first.
    pub fn split_paragraph(&mut self, text: &str) -> bool {
        let count = self.structure.paragraphs.len();
        while self.structure.paragraphs.len() == count {
            if !self.split_line(text) {
                return false;
            }
        }
        true
    }

    /// The whole structure: splits what is left and gives back the exact-size lists.
    pub fn finish(mut self, text: &str) -> Structure {
        while self.split_line(text) {}
        self.structure.paragraphs.shrink_to_fit();
        self.structure.sentences.shrink_to_fit();
        self.structure
    }

    /// Splits the next line; false when no line is left.
    fn split_line(&mut self, text: &str) -> bool {
        let Some(rest) = text.get(self.next_line..).filter(|r| !r.is_empty()) else {
            return false;
        };
        let len = rest.find('\n').map_or(rest.len(), |i| i + 1);
        let offset = self.next_line;
        self.next_line += len;
        let span = trimmed_span(&rest[..len], offset);
        if span.is_empty() {
            return true;
        }
        let structure = &mut self.structure;
        let body = span.slice(text);
        let kind = kind_of(body);
        let first = structure.sentences.len();
        if kind == ParagraphKind::Heading {
            structure.sentences.push(Sentence::new(span));
        } else {
            for s in split_sentences(body) {
                structure
                    .sentences
                    .push(Sentence::new(s.shifted(span.start)));
            }
        }
        let sentences = first..structure.sentences.len();
        structure.paragraphs.push(Paragraph {
            span,
            kind,
            sentences,
        });
        true
    }
}

fn trimmed_span(line: &str, offset: usize) -> ByteSpan {
    let start = line.len() - line.trim_start().len();
    let end = line.trim_end().len();
    if end <= start {
        ByteSpan::new(offset, offset)
    } else {
        ByteSpan::new(offset + start, offset + end)
    }
}

fn kind_of(line: &str) -> ParagraphKind {
    if line.starts_with('#') {
        return ParagraphKind::Heading;
    }
    if ["- ", "* ", "• ", "– ", "— "]
        .iter()
        .any(|b| line.starts_with(b))
    {
        return ParagraphKind::ListItem;
    }
    let last = line.chars().next_back().unwrap_or('.');
    let ends_open = !matches!(
        last,
        '.' | '!' | '?' | ':' | ';' | ',' | '…' | '"' | '”' | '’' | '\'' | ')'
    );
    if ends_open && line.chars().count() <= HEADING_MAX_CHARS {
        ParagraphKind::Heading
    } else {
        ParagraphKind::Body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_line_without_final_punctuation_is_a_heading() {
        let text = "Market Impact and Growing Investor Caution\nPrices fell. Yields rose.\n";
        let s = Structure::of(text);
        assert_eq!(s.paragraphs.len(), 2);
        assert_eq!(s.paragraphs[0].kind, ParagraphKind::Heading);
        assert_eq!(s.paragraphs[1].kind, ParagraphKind::Body);
        assert_eq!(s.sentences.len(), 3);
        assert_eq!(s.sentences[2].span().slice(text), "Yields rose.");
    }

    #[test]
    fn a_sentence_keeps_its_span_in_eight_bytes() {
        assert_eq!(std::mem::size_of::<Sentence>(), 8);
        let span = ByteSpan::new(7, 4_000_000_000);
        assert_eq!(Sentence::new(span).span(), span);
    }

    #[test]
    fn blank_lines_are_ignored_and_crlf_stays_outside_spans() {
        let text = "One.\r\n\r\n\r\nTwo.\r\n";
        let s = Structure::of(text);
        let spans: Vec<&str> = s.paragraphs.iter().map(|p| p.span.slice(text)).collect();
        assert_eq!(spans, ["One.", "Two."]);
    }

    #[test]
    fn bulleted_lines_are_list_items_not_headings() {
        let s = Structure::of("- Tokyo officials believe US tariffs unfairly target exports");
        assert_eq!(s.paragraphs[0].kind, ParagraphKind::ListItem);
    }

    #[test]
    fn sentence_lookup_by_byte_falls_forward_into_the_next_sentence() {
        let text = "First one.  Second one.";
        let s = Structure::of(text);
        assert_eq!(s.sentence_containing(3), Some(0));
        assert_eq!(s.sentence_containing(11), None);
        assert_eq!(s.sentence_at_or_after(11), Some(1));
        assert_eq!(s.sentence_at_or_after(999), Some(1));
    }

    #[test]
    fn a_sentence_knows_its_paragraph() {
        let s = Structure::of("One. Two.\nThree.");
        assert_eq!(s.paragraph_of(1), Some(0));
        assert_eq!(s.paragraph_of(2), Some(1));
        assert_eq!(s.paragraph_of(3), None);
    }

    #[test]
    fn a_structure_built_in_slices_is_the_whole_structure() {
        let text =
            "Title Line\r\n\nFirst one. Second one.\n  \n- A list item\nLast, without a stop";
        let whole = Structure::of(text);
        for step in 1..text.len() {
            let mut builder = StructureBuilder::default();
            let mut byte = 0;
            while !builder.is_complete(text) {
                builder.split_to(text, byte);
                let part = builder.structure();
                assert_eq!(
                    part.paragraphs[..],
                    whole.paragraphs[..part.paragraphs.len()]
                );
                assert_eq!(part.sentences[..], whole.sentences[..part.sentences.len()]);
                assert!(builder.split_until() > byte || builder.is_complete(text));
                byte += step;
            }
            assert_eq!(builder.finish(text), whole);
        }
        let mut builder = StructureBuilder::default();
        while builder.split_paragraph(text) {}
        assert_eq!(builder.finish(text), whole);
    }

    #[test]
    fn an_empty_text_has_no_paragraphs() {
        assert_eq!(Structure::of(""), Structure::default());
        assert_eq!(Structure::of("\n  \n").sentence_at_or_after(0), None);
    }
}
