//! Wrapping paragraphs to a width: the rows of an article as byte spans, never strings.
//!
//! Widths are display columns of the shown text (see [`super::display`]), so ¥, curly quotes,
//! em dashes, CJK and emoji line up. Lines break at whitespace, first fit (as textwrap's
//! `wrap_first_fit`, written here as one pass over the bytes that yields byte offsets
//! directly); a word wider than the line is cut between chars. Paragraphs are separated by
//! one blank row.

use super::display;
use super::{ByteSpan, Structure};

/// One row of an article as laid out for a width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    /// Part of a paragraph: its bytes, without the whitespace where the line broke.
    Line { span: ByteSpan, paragraph: usize },
    /// The blank row between two paragraphs.
    Gap,
}

impl Row {
    pub fn span(&self) -> Option<ByteSpan> {
        match self {
            Row::Line { span, .. } => Some(*span),
            Row::Gap => None,
        }
    }
}

/// All rows of one article at one width, with an index from paragraph to its first row.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleLayout {
    pub width: usize,
    pub rows: Vec<Row>,
    paragraph_rows: Vec<usize>,
    /// Indexes of the `Row::Line` rows, for lookups by byte.
    line_rows: Vec<usize>,
}

impl ArticleLayout {
    /// Lays out every paragraph of `structure` to `width` columns (at least 1).
    pub fn new(text: &str, structure: &Structure, width: usize) -> Self {
        let width = width.max(1);
        let mut rows = Vec::new();
        let mut paragraph_rows = Vec::with_capacity(structure.paragraphs.len());
        for (i, paragraph) in structure.paragraphs.iter().enumerate() {
            if i > 0 {
                rows.push(Row::Gap);
            }
            paragraph_rows.push(rows.len());
            for span in wrap(text, paragraph.span, width) {
                rows.push(Row::Line { span, paragraph: i });
            }
        }
        let line_rows = (0..rows.len()).filter(|&r| rows[r] != Row::Gap).collect();
        Self {
            width,
            rows,
            paragraph_rows,
            line_rows,
        }
    }

    /// The row showing `byte`: the line holding it, or else the next line after it.
    pub fn row_of_byte(&self, byte: usize) -> usize {
        let i = self
            .line_rows
            .partition_point(|&r| self.rows[r].span().is_some_and(|s| s.end <= byte));
        self.line_rows
            .get(i)
            .or(self.line_rows.last())
            .copied()
            .unwrap_or(0)
    }

    /// The rows of paragraph `i`.
    pub fn paragraph_rows(&self, i: usize) -> std::ops::Range<usize> {
        let start = self
            .paragraph_rows
            .get(i)
            .copied()
            .unwrap_or(self.rows.len());
        let end = self
            .paragraph_rows
            .get(i + 1)
            .map_or(self.rows.len(), |next| next - 1);
        start..end
    }

    /// The first and last rows showing `span`.
    pub fn rows_of_span(&self, span: ByteSpan) -> (usize, usize) {
        let first = self.row_of_byte(span.start);
        let last = self.row_of_byte(span.end.saturating_sub(1).max(span.start));
        (first, last.max(first))
    }
}

/// Wraps the text of `span` to `width` columns, returning the span of each line.
pub fn wrap(text: &str, span: ByteSpan, width: usize) -> Vec<ByteSpan> {
    let mut lines = Vec::new();
    wrap_into(text, span, width.max(1), |line| lines.push(line));
    lines
}

/// Greedy first-fit wrapping: each line takes as many words as fit, and a word wider than a
/// line is cut between chars. One pass over the bytes with no allocation per word, so a
/// 50 MB article lays out in a fraction of a second.
fn wrap_into(text: &str, span: ByteSpan, width: usize, mut emit: impl FnMut(ByteSpan)) {
    let s = span.slice(text);
    let at = |i: usize| ByteSpan::new(span.start + i, span.start + i);
    let piece = |from: usize, to: usize| ByteSpan::new(at(from).start, at(to).start);
    // The line being filled: its start, end and width.
    let mut line: Option<(usize, usize, usize)> = None;
    // Width of the whitespace since the line's last word.
    let mut space = 0;
    let mut i = 0;
    while i < s.len() {
        let (is_space, w, len) = char_at(s, i);
        if is_space {
            space += w.max(1);
            i += len;
            continue;
        }
        let mut start = i;
        let mut word_width = 0;
        while i < s.len() {
            let (is_space, w, len) = char_at(s, i);
            if is_space {
                break;
            }
            if word_width + w > width && word_width > 0 {
                // Wider than any line: what fits so far becomes a line of its own.
                if let Some((from, to, _)) = line.take() {
                    emit(piece(from, to));
                }
                emit(piece(start, i));
                start = i;
                word_width = 0;
                space = 0;
            }
            word_width += w;
            i += len;
        }
        line = match line {
            Some((from, _, used)) if used + space + word_width <= width => {
                Some((from, i, used + space + word_width))
            }
            Some((from, to, _)) => {
                emit(piece(from, to));
                Some((start, i, word_width))
            }
            None => Some((start, i, word_width)),
        };
        space = 0;
    }
    if let Some((from, to, _)) = line {
        emit(piece(from, to));
    }
}

/// Whether the char at byte `i` of `s` is whitespace, its width once shown, and its length.
/// ASCII, most of any news text, is answered without decoding: every ASCII char that is not
/// whitespace is one column wide (control chars are shown as one-column placeholders).
fn char_at(s: &str, i: usize) -> (bool, usize, usize) {
    let b = s.as_bytes()[i];
    if b.is_ascii() {
        let space = b.is_ascii_whitespace() || b == 0x0b;
        return (space, 1, 1);
    }
    let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
    (c.is_whitespace(), display::width(c), c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The layout as text: one line per row, `~` for a gap.
    fn render(text: &str, width: usize) -> String {
        let layout = ArticleLayout::new(text, &Structure::of(text), width);
        layout
            .rows
            .iter()
            .map(|row| {
                row.span()
                    .map_or("~".to_string(), |s| s.slice(text).to_string())
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn paragraphs_wrap_at_spaces_and_are_separated_by_a_gap() {
        assert_eq!(
            render("The yen fell sharply on Friday.\nBonds rallied.", 12),
            "The yen fell\nsharply on\nFriday.\n~\nBonds\nrallied."
        );
    }

    #[test]
    fn wide_characters_count_two_columns() {
        assert_eq!(render("日本 日本 日本", 9), "日本 日本\n日本");
    }

    #[test]
    fn a_word_longer_than_the_line_is_cut_between_chars() {
        assert_eq!(render("abcdefghij xy", 4), "abcd\nefgh\nij\nxy");
    }

    #[test]
    fn control_characters_are_measured_as_shown() {
        // ESC is drawn as one placeholder column.
        assert_eq!(render("ab\u{1b}[2J cd", 6), "ab\u{1b}[2J\ncd");
    }

    #[test]
    fn row_of_byte_finds_the_line_or_the_next_one() {
        let text = "The yen fell sharply on Friday.\nBonds rallied.";
        let layout = ArticleLayout::new(text, &Structure::of(text), 12);
        assert_eq!(layout.row_of_byte(0), 0);
        assert_eq!(layout.row_of_byte(13), 1);
        assert_eq!(layout.row_of_byte(32), 4);
        assert_eq!(layout.paragraph_rows(0), 0..3);
        assert_eq!(layout.paragraph_rows(1), 4..6);
    }
}
