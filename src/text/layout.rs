//! Wrapping paragraphs to a width: the rows of an article as byte spans, never strings.
//!
//! Widths are display columns of the shown text (see [`super::display`]), so ¥, curly quotes,
//! em dashes, CJK and emoji line up. Lines break at whitespace with textwrap's first-fit
//! algorithm over our own fragments (which carry byte offsets); a word wider than the line is
//! cut between chars. Paragraphs are separated by one blank row.

use super::display;
use super::{ByteSpan, Structure};
use textwrap::core::Fragment;

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

/// A word and the whitespace after it, as byte offsets into the text.
#[derive(Debug)]
struct Word {
    start: usize,
    end: usize,
    width: usize,
    space_width: usize,
}

impl Fragment for Word {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        self.space_width as f64
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Wraps the text of `span` to `width` columns, returning the span of each line.
pub fn wrap(text: &str, span: ByteSpan, width: usize) -> Vec<ByteSpan> {
    let words = words(text, span, width);
    if words.is_empty() {
        return Vec::new();
    }
    let lines = textwrap::wrap_algorithms::wrap_first_fit(&words, &[width as f64]);
    lines
        .into_iter()
        .filter_map(|line| Some(ByteSpan::new(line.first()?.start, line.last()?.end)))
        .collect()
}

/// Splits `span` into words at whitespace; words wider than `width` are cut between chars.
fn words(text: &str, span: ByteSpan, width: usize) -> Vec<Word> {
    let mut words = Vec::new();
    let s = span.slice(text);
    let mut chars = s.char_indices().peekable();
    while let Some(&(mut word_start, _)) = chars.peek() {
        let mut word_end = word_start;
        let mut word_width = 0;
        while let Some(&(i, c)) = chars.peek().filter(|(_, c)| !c.is_whitespace()) {
            let w = display::width(c);
            if word_width + w > width && word_width > 0 {
                // An overlong word: what fits becomes a fragment of its own.
                let (start, end) = (span.start + word_start, span.start + i);
                words.push(Word {
                    start,
                    end,
                    width: word_width,
                    space_width: 0,
                });
                word_start = i;
                word_width = 0;
            }
            word_width += w;
            word_end = i + c.len_utf8();
            chars.next();
        }
        let mut space_width = 0;
        while let Some(&(_, c)) = chars.peek().filter(|(_, c)| c.is_whitespace()) {
            space_width += display::width(c).max(1);
            chars.next();
        }
        if word_end > word_start {
            words.push(Word {
                start: span.start + word_start,
                end: span.start + word_end,
                width: word_width,
                space_width,
            });
        }
    }
    words
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
