//! Paragraphs and headings: one paragraph a line, blank lines ignored.
//!
//! A short line without final punctuation is a heading; a line starting with a bullet is a
//! list item. Every paragraph is split into sentences, the unit of a claim; a heading is one
//! sentence. Spans exclude line breaks and surrounding whitespace, so CRLF files keep their
//! `\r` in the text but not in any span.

use super::ByteSpan;
use super::sentences::split_sentences;
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: ByteSpan,
    pub paragraph: usize,
}

/// The paragraphs and sentences of one text, both sorted by start and non-overlapping.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Structure {
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
}

/// Longest line, in chars, that can still be a heading.
const HEADING_MAX_CHARS: usize = 90;

impl Structure {
    pub fn of(text: &str) -> Self {
        let mut structure = Structure::default();
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            let span = trimmed_span(line, line_start);
            line_start += line.len();
            if span.is_empty() {
                continue;
            }
            let body = span.slice(text);
            let kind = kind_of(body);
            let first = structure.sentences.len();
            let paragraph = structure.paragraphs.len();
            if kind == ParagraphKind::Heading {
                structure.sentences.push(Sentence { span, paragraph });
            } else {
                for s in split_sentences(body) {
                    structure.sentences.push(Sentence {
                        span: s.shifted(span.start),
                        paragraph,
                    });
                }
            }
            let sentences = first..structure.sentences.len();
            structure.paragraphs.push(Paragraph {
                span,
                kind,
                sentences,
            });
        }
        structure
    }

    /// The sentence holding `byte`, or else the first sentence after it, or the last one.
    pub fn sentence_at_or_after(&self, byte: usize) -> Option<usize> {
        if self.sentences.is_empty() {
            return None;
        }
        let after = self.sentences.partition_point(|s| s.span.end <= byte);
        Some(after.min(self.sentences.len() - 1))
    }

    /// The sentence whose span holds `byte`, if any.
    pub fn sentence_containing(&self, byte: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= byte);
        self.sentences
            .get(i)
            .filter(|s| s.span.start <= byte)
            .map(|_| i)
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
        assert_eq!(s.sentences[2].span.slice(text), "Yields rose.");
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
    fn an_empty_text_has_no_paragraphs() {
        assert_eq!(Structure::of(""), Structure::default());
        assert_eq!(Structure::of("\n  \n").sentence_at_or_after(0), None);
    }
}
