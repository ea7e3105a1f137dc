//! Wrapping paragraphs to a width: the rows of an article as byte spans, never strings.
//!
//! Widths are display columns of the shown text (see [`super::display`]), so ¥, curly quotes,
//! em dashes, CJK and emoji line up. Lines break where UAX #14 allows (textwrap's Unicode
//! line breaking: after spaces, between CJK ideographs, never before 、。 or after 「), first
//! fit; a word wider than the line is cut between chars. Paragraphs are separated by one
//! blank row.

use super::display;
use super::{ByteSpan, Paragraph, Structure};
use textwrap::WordSeparator;
use textwrap::core::Fragment;
use textwrap::wrap_algorithms::wrap_first_fit;

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

/// One line of a paragraph, stored in 8 bytes: where it starts, counted from the
/// paragraph's first byte, and its length. A paragraph (one line of the file) longer than
/// 4 GiB would not fit; such an article could not be read in the memory margin allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Line {
    offset: u32,
    len: u32,
}

/// The rows of one article at one width, for its first paragraphs or all of them.
///
/// Rows are numbered from the top of the article: paragraph after paragraph, with one gap
/// row between two. A layout grows at the bottom ([`ArticleLayout::push_paragraph`]), so the
/// rows laid out so far never change when more follow, and a layout built a paragraph at a
/// time is the one [`ArticleLayout::new`] builds at once. Rows are not stored as [`Row`]s:
/// each line takes 8 bytes and each paragraph 12, and [`ArticleLayout::row`] rebuilds a row.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleLayout {
    width: usize,
    /// Per paragraph laid out: the row of its first line.
    first_rows: Vec<u32>,
    /// Per paragraph laid out: its first byte.
    starts: Vec<usize>,
    /// Every line of every paragraph laid out, in order.
    lines: Vec<Line>,
}

impl ArticleLayout {
    /// Lays out every paragraph of `structure` to `width` columns (at least 1).
    pub fn new(text: &str, structure: &Structure, width: usize) -> Self {
        let mut layout = Self::empty(width);
        for paragraph in &structure.paragraphs {
            layout.push_paragraph(text, paragraph);
        }
        layout.shrink_to_fit();
        layout
    }

    /// A layout for `width` columns (at least 1) with no paragraph yet.
    pub fn empty(width: usize) -> Self {
        Self {
            width: width.max(1),
            ..Self::default()
        }
    }

    pub fn width(&self) -> usize {
        self.width
    }

    /// Lays out the next paragraph below the others: it must be paragraph number
    /// [`ArticleLayout::paragraph_count`] of the article's structure.
    pub fn push_paragraph(&mut self, text: &str, paragraph: &Paragraph) {
        let first_row = self.len() + usize::from(!self.starts.is_empty());
        self.first_rows.push(to_u32(first_row));
        self.starts.push(paragraph.span.start);
        let base = paragraph.span.start;
        wrap_into(text, paragraph.span, self.width, |span| {
            self.lines.push(Line {
                offset: to_u32(span.start - base),
                len: to_u32(span.len()),
            })
        });
    }

    /// How many paragraphs are laid out: the first ones of the article.
    pub fn paragraph_count(&self) -> usize {
        self.starts.len()
    }

    /// Gives back the room kept for more paragraphs, once there are no more.
    pub fn shrink_to_fit(&mut self) {
        self.first_rows.shrink_to_fit();
        self.starts.shrink_to_fit();
        self.lines.shrink_to_fit();
    }

    /// How many rows are laid out.
    pub fn len(&self) -> usize {
        self.lines.len() + self.starts.len().saturating_sub(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Row `i`, if it is laid out.
    pub fn row(&self, i: usize) -> Option<Row> {
        if i >= self.len() {
            return None;
        }
        let p = self.first_rows.partition_point(|&r| r as usize <= i) - 1;
        let lines = self.lines_of(p);
        let k = i - self.first_rows[p] as usize;
        Some(match lines.get(k) {
            Some(line) => Row::Line {
                span: self.span_of(p, *line),
                paragraph: p,
            },
            None => Row::Gap,
        })
    }

    /// The rows from row `from` down to the last one laid out.
    pub fn rows_from(&self, from: usize) -> impl Iterator<Item = Row> + '_ {
        (from..self.len()).filter_map(|i| self.row(i))
    }

    /// The row showing `byte`: the line holding it, or else the next line after it, or the
    /// last line laid out.
    pub fn row_of_byte(&self, byte: usize) -> usize {
        let p = self
            .starts
            .partition_point(|&s| s <= byte)
            .saturating_sub(1);
        for q in p..self.starts.len() {
            let lines = self.lines_of(q);
            let k = lines.partition_point(|&l| self.span_of(q, l).end <= byte);
            if k < lines.len() {
                return self.first_rows[q] as usize + k;
            }
        }
        self.last_line_row()
    }

    /// The rows of paragraph `i`.
    pub fn paragraph_rows(&self, i: usize) -> std::ops::Range<usize> {
        match self.first_rows.get(i) {
            Some(&first) => first as usize..first as usize + self.lines_of(i).len(),
            None => self.len()..self.len(),
        }
    }

    /// The first and last rows showing `span`.
    pub fn rows_of_span(&self, span: ByteSpan) -> (usize, usize) {
        let first = self.row_of_byte(span.start);
        let last = self.row_of_byte(span.end.saturating_sub(1).max(span.start));
        (first, last.max(first))
    }

    /// The lines of paragraph `p` (laid out).
    fn lines_of(&self, p: usize) -> &[Line] {
        // Paragraph `p` is preceded by `p` gap rows, so its first line is this one.
        let first = self.first_rows[p] as usize - p;
        let end = self
            .first_rows
            .get(p + 1)
            .map_or(self.lines.len(), |&next| next as usize - (p + 1));
        &self.lines[first..end]
    }

    fn span_of(&self, p: usize, line: Line) -> ByteSpan {
        let start = self.starts[p] + line.offset as usize;
        ByteSpan::new(start, start + line.len as usize)
    }

    /// The last row that is a line (0 when there is none).
    fn last_line_row(&self) -> usize {
        (0..self.starts.len())
            .rev()
            .find_map(|p| {
                let count = self.lines_of(p).len();
                (count > 0).then(|| self.first_rows[p] as usize + count - 1)
            })
            .unwrap_or(0)
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Wraps the text of `span` to `width` columns, returning the span of each line.
pub fn wrap(text: &str, span: ByteSpan, width: usize) -> Vec<ByteSpan> {
    let mut lines = Vec::new();
    wrap_into(text, span, width.max(1), |line| lines.push(line));
    lines
}

/// First-fit wrapping at the line break opportunities of UAX #14, as textwrap finds them
/// (`WordSeparator::UnicodeBreakProperties`): a line may end after a space, between two CJK
/// ideographs, after 、 or 。 but never before them, and never just after 「. Each piece
/// textwrap gives is a slice of the paragraph, so its bytes are where it sits in the text;
/// widths are measured as margin shows the text, and textwrap's first fit lays out the pieces
/// in one linear pass. A piece wider than a line is cut between chars.
fn wrap_into(text: &str, span: ByteSpan, width: usize, mut emit: impl FnMut(ByteSpan)) {
    let s = span.slice(text);
    let mut pieces = Vec::new();
    for word in WordSeparator::UnicodeBreakProperties.find_words(s) {
        // Offsets from pointers: `word.word` and its trailing spaces are slices of `s`.
        let start = word.word.as_ptr() as usize - s.as_ptr() as usize;
        let end = start + word.word.len() + word.whitespace.len();
        push_pieces(s, start, end, width, &mut pieces);
    }
    for line in wrap_first_fit(&pieces, &[width as f64]) {
        if let (Some(first), Some(last)) = (line.first(), line.last()) {
            emit(ByteSpan::new(
                span.start + first.start,
                span.start + last.end,
            ));
        }
    }
}

/// A piece of a paragraph that a line may end after: `start..end` shown, then `space`
/// columns of whitespace that a line ending here drops.
#[derive(Debug)]
struct Piece {
    start: usize,
    end: usize,
    width: usize,
    space: usize,
}

impl Fragment for Piece {
    fn width(&self) -> f64 {
        self.width as f64
    }

    fn whitespace_width(&self) -> f64 {
        self.space as f64
    }

    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Adds the piece `start..end` of `s` to `pieces`, cut between chars where it is wider than
/// a line. Its trailing whitespace is not shown when a line ends there; a no-break space
/// inside it is shown. A piece of whitespace alone (before a paragraph's first word) is
/// dropped, as a line never starts with it.
fn push_pieces(s: &str, start: usize, end: usize, width: usize, pieces: &mut Vec<Piece>) {
    let shown_end = start + s[start..end].trim_end_matches(char::is_whitespace).len();
    let mut space = 0;
    let mut i = shown_end;
    while i < end {
        let (_, w, len) = char_at(s, i);
        space += w.max(1);
        i += len;
    }
    // No char is wider than its bytes, so a short piece fits without measuring it.
    let too_wide = shown_end - start > width
        && (start..shown_end)
            .filter(|&i| s.is_char_boundary(i))
            .map(|i| char_at(s, i).1)
            .sum::<usize>()
            > width;
    let (mut from, mut used, mut i) = (start, 0, start);
    while i < shown_end {
        let (is_space, w, len) = char_at(s, i);
        if is_space && too_wide {
            // A piece too wide for any line may still hold spaces ("a 、" cannot break
            // before its comma): cut it there rather than between two other chars.
            let mut gap = 0;
            while i < shown_end && char_at(s, i).0 {
                let (_, w, len) = char_at(s, i);
                gap += w.max(1);
                i += len;
            }
            let end = from_end(s, from, i);
            if end > from {
                pieces.push(Piece {
                    start: from,
                    end,
                    width: used,
                    space: gap,
                });
            } else if let Some(previous) = pieces.last_mut() {
                previous.space += gap;
            }
            (from, used) = (i, 0);
            continue;
        }
        if used + w > width && used > 0 {
            pieces.push(Piece {
                start: from,
                end: i,
                width: used,
                space: 0,
            });
            (from, used) = (i, 0);
        }
        used += w;
        i += len;
    }
    if shown_end > from {
        pieces.push(Piece {
            start: from,
            end: shown_end,
            width: used,
            space,
        });
    } else if let Some(previous) = pieces.last_mut() {
        // Whitespace alone after a piece (a no-break space between spaces) is shown where a
        // line goes on past it.
        previous.space += space;
    }
}

/// The end of the shown part of `s[from..to]`: without its trailing whitespace.
fn from_end(s: &str, from: usize, to: usize) -> usize {
    from + s[from..to].trim_end_matches(char::is_whitespace).len()
}

/// Whether the char at byte `i` of `s` is whitespace, its width once shown, and its length.
/// ASCII, most of any news text, is answered without decoding: every ASCII char that is not
/// whitespace is one column wide (control chars are shown as one-column placeholders).
#[inline(always)]
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
            .rows_from(0)
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

    /// The rows as a list built the plain way: each paragraph's wrapped lines, a gap between.
    fn plain_rows(text: &str, width: usize) -> Vec<Row> {
        let mut rows = Vec::new();
        for (i, paragraph) in Structure::of(text).paragraphs.iter().enumerate() {
            if i > 0 {
                rows.push(Row::Gap);
            }
            for span in wrap(text, paragraph.span, width) {
                rows.push(Row::Line { span, paragraph: i });
            }
        }
        rows
    }

    #[test]
    fn compact_rows_read_back_as_the_plain_rows_and_bytes_find_their_row() {
        let text = "Heading Here\n\nThe yen fell sharply on Friday, and bonds rallied \
                    as 日本 investors   sold.\r\nabcdefghijklmnopqrstuvwxyz end.\n\n\nLast.";
        for width in [1, 3, 7, 12, 30, 200] {
            let plain = plain_rows(text, width);
            let layout = ArticleLayout::new(text, &Structure::of(text), width);
            assert_eq!(layout.len(), plain.len());
            assert_eq!(layout.rows_from(0).collect::<Vec<_>>(), plain);
            assert_eq!(layout.row(plain.len()), None);
            for byte in 0..=text.len() + 1 {
                let expected = plain
                    .iter()
                    .position(|r| r.span().is_some_and(|s| s.end > byte))
                    .or_else(|| plain.iter().rposition(|r| r.span().is_some()))
                    .unwrap_or(0);
                assert_eq!(
                    layout.row_of_byte(byte),
                    expected,
                    "width {width} byte {byte}"
                );
            }
        }
    }

    #[test]
    fn a_layout_built_a_paragraph_at_a_time_grows_at_the_bottom_only() {
        let text = "One two three four.\nFive six.\n\nSeven eight nine ten eleven.";
        let structure = Structure::of(text);
        let whole = ArticleLayout::new(text, &structure, 8);
        let mut layout = ArticleLayout::empty(8);
        for paragraph in &structure.paragraphs {
            let before: Vec<Row> = layout.rows_from(0).collect();
            layout.push_paragraph(text, paragraph);
            let after: Vec<Row> = layout.rows_from(0).collect();
            assert_eq!(after[..before.len()], before[..]);
        }
        layout.shrink_to_fit();
        assert_eq!(layout, whole);
        assert_eq!(layout.paragraph_count(), 3);
    }

    #[test]
    fn cjk_text_wraps_between_characters_within_the_width() {
        let text = "日本政府は米国との貿易交渉を続ける方針だ。";
        let rows = render(text, 10);
        for row in rows.lines() {
            assert!(display::str_width(row) <= 10, "{row:?}");
        }
        assert_eq!(rows.replace('\n', ""), text);
        assert_eq!(rows.lines().count(), 5);
    }

    #[test]
    fn cjk_punctuation_stays_attached_as_uax_14_says() {
        // 、 」 。 never start a line and 「 never ends one: at 6 columns "政府は、" cannot
        // break before its comma, so "は" goes down with it.
        assert_eq!(
            render("政府は、「交渉」を続ける。", 6),
            "政府\nは、\n「交\n渉」を\n続け\nる。"
        );
    }

    #[test]
    fn a_no_break_space_keeps_its_words_together() {
        assert_eq!(
            render("buy ¥2.18\u{a0}trillion now", 17),
            "buy\n¥2.18\u{a0}trillion\nnow"
        );
    }

    proptest::proptest! {
        #[test]
        fn lines_fit_the_width_and_drop_only_whitespace_between_them(
            chars in proptest::collection::vec(
                proptest::sample::select(vec![
                    'a', 'b', 'c', 'd', ' ', ' ', '\t', '\u{b}', '\u{1b}', 'é', '日', '🦀',
                    '\u{301}', '\u{a0}', '\u{3000}', '.', '、', '。', '「', '」', '-',
                ]),
                0..120,
            ),
            width in 1usize..14,
        ) {
            let text: String = chars.into_iter().collect();
            let lines = wrap(&text, ByteSpan::new(0, text.len()), width);
            let mut at = 0;
            for line in &lines {
                let shown = line.slice(&text);
                proptest::prop_assert!(line.start >= at && line.end > line.start);
                proptest::prop_assert!(text[at..line.start].chars().all(char::is_whitespace));
                let no_break_space = '\u{a0}';
                let ends_in_space =
                    shown.ends_with(char::is_whitespace) && !shown.ends_with(no_break_space);
                proptest::prop_assert!(!ends_in_space, "{shown:?}");
                let columns: usize = shown.char_indices().map(|(i, _)| char_at(shown, i).1).sum();
                // Only a char wider than the line (with marks of no width) overflows it.
                let shown_chars = shown
                    .char_indices()
                    .filter(|&(i, _)| char_at(shown, i).1 > 0)
                    .count();
                proptest::prop_assert!(columns <= width || shown_chars == 1, "{shown:?}");
                at = line.end;
            }
            proptest::prop_assert!(text[at..].chars().all(char::is_whitespace));
        }
    }
}
