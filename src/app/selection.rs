//! Selecting a span with the keyboard: `v` starts at the word under the word cursor, `w`
//! `b` `e` `h` `l` (and `j` `k` by sentence) move the moving end. Ends are byte offsets on
//! grapheme cluster starts; the selection covers both ends' clusters.

use super::App;
use crate::text::ByteSpan;
use crate::text::words::{grapheme_after, grapheme_before, grapheme_floor};
use serde::Deserialize;

/// How a selection's moving end (or the note editor's cursor) moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum Motion {
    WordNext,
    WordBack,
    WordEnd,
    Left,
    Right,
    Up,
    Down,
    LineStart,
    LineEnd,
}

/// A selection: `anchor` stays, `head` moves. Both are the starts of chars in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Selection {
    pub anchor: usize,
    pub head: usize,
}

impl Selection {
    /// The selected bytes: from the earlier end to the end of the grapheme cluster at the
    /// later one, so no selection splits a cluster (an accent, a flag, a family emoji).
    /// Ends that do not fit `text` (a selection made on another text) are clamped to it.
    pub fn span(&self, text: &str) -> ByteSpan {
        let (anchor, head) = (floor_char(text, self.anchor), floor_char(text, self.head));
        let (start, last) = (anchor.min(head), anchor.max(head));
        ByteSpan::new(grapheme_floor(text, start), grapheme_after(text, last))
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(
            c,
            '\'' | '’' | '-' | '.' | ',' | '%' | '$' | '¥' | '€' | '£'
        )
}

/// Where `motion` takes the selection end at `at` in `text`.
pub fn moved(text: &str, at: usize, motion: Motion) -> usize {
    let at = floor_char(text, at);
    let next_char = |i: usize| text[i..].chars().next().map_or(i, |c| i + c.len_utf8());
    let prev_char = |i: usize| {
        text[..i]
            .chars()
            .next_back()
            .map_or(i, |c| i - c.len_utf8())
    };
    let char_at = |i: usize| text[i..].chars().next();
    match motion {
        Motion::Right => {
            let n = grapheme_after(text, at);
            if n < text.len() { n } else { at }
        }
        Motion::Left => grapheme_before(text, at),
        Motion::WordNext => {
            let mut i = at;
            while char_at(i).is_some_and(is_word_char) {
                i = next_char(i);
            }
            while char_at(i).is_some_and(|c| !is_word_char(c)) {
                i = next_char(i);
            }
            if i >= text.len() { at } else { i }
        }
        Motion::WordBack => {
            let mut i = prev_char(at);
            while i > 0 && char_at(i).is_some_and(|c| !is_word_char(c)) {
                i = prev_char(i);
            }
            while i > 0 && text[..i].chars().next_back().is_some_and(is_word_char) {
                i = prev_char(i);
            }
            i
        }
        Motion::WordEnd => {
            let mut i = next_char(at);
            while char_at(i).is_some_and(|c| !is_word_char(c)) {
                i = next_char(i);
            }
            while char_at(next_char(i)).is_some_and(is_word_char) && next_char(i) < text.len() {
                i = next_char(i);
            }
            if i >= text.len() { at } else { i }
        }
        Motion::Up | Motion::Down | Motion::LineStart | Motion::LineEnd => at,
    }
}

impl App {
    /// `v`: selects the word under the word cursor (the cursor sentence's first word unless
    /// `h` `l` `b` `0` `$` moved it), or the sentence's first char when it has no word.
    pub(super) fn begin_selection(&mut self) {
        let Some(span) = self.cursor_span() else {
            return;
        };
        let Some(article) = self.article() else {
            return;
        };
        let text = article.text();
        let word = self
            .cursor_word()
            .unwrap_or(ByteSpan::new(span.start, grapheme_after(text, span.start)));
        self.mode = super::Mode::Selecting(Selection {
            anchor: word.start,
            head: grapheme_before(text, word.end).max(word.start),
        });
        self.info("select with w b e h l 0 $ (j k by sentence, o swaps ends); Enter highlights, V D claim, E marks an entity, Esc cancels");
    }

    pub(super) fn extend_selection(&mut self, motion: Motion) {
        let super::Mode::Selecting(selection) = self.mode else {
            return;
        };
        if motion == Motion::Down {
            // The next sentence may not be split yet.
            let i = self.structure().sentence_at_or_after(selection.head);
            self.reach_sentence(i.map_or(0, |i| i + 1));
        }
        let Some(article) = self.article() else {
            return;
        };
        let text = &article.text();
        let structure = self.structure();
        let head = match motion {
            Motion::Down | Motion::Up => {
                let sentences = &structure.sentences;
                let Some(i) = structure.sentence_at_or_after(selection.head) else {
                    return;
                };
                let j = match motion {
                    Motion::Down => (i + 1).min(sentences.len() - 1),
                    _ => i.saturating_sub(1),
                };
                let end = sentences[j].span().end;
                if motion == Motion::Down {
                    floor_char(text, end.saturating_sub(1))
                } else {
                    sentences[j].span().start
                }
            }
            // After `o` the moving end is the span's start: it steps to word starts as vim's.
            Motion::WordNext | Motion::WordBack if selection.head < selection.anchor => {
                moved(text, selection.head, motion).min(selection.anchor)
            }
            // By words, the selection grows or shrinks by whole words: its end stays on the
            // last char of a word.
            Motion::WordNext => trim_punctuation(
                text,
                word_end_from(text, moved(text, selection.head, Motion::WordNext)),
            ),
            Motion::WordEnd => {
                let raw = moved(text, selection.head, Motion::WordEnd);
                let end = trim_punctuation(text, raw);
                // On a word whose comma was trimmed, `e` would find the comma: go on past it.
                if end <= selection.head && selection.head >= selection.anchor {
                    trim_punctuation(text, moved(text, raw, Motion::WordEnd))
                } else {
                    end
                }
            }
            Motion::WordBack => {
                let start = moved(text, selection.head, Motion::WordBack);
                if start > selection.anchor {
                    trim_punctuation(text, last_word_char_before(text, start))
                } else {
                    start
                }
            }
            // `0` and `$`: the ends of the sentence holding the moving end.
            Motion::LineStart | Motion::LineEnd => {
                let Some(i) = structure.sentence_at_or_after(selection.head) else {
                    return;
                };
                let span = structure.sentences[i].span();
                if motion == Motion::LineStart {
                    span.start
                } else {
                    floor_char(text, span.end.saturating_sub(1).max(span.start))
                }
            }
            motion => moved(text, selection.head, motion),
        };
        self.reach_byte(head);
        let cursor = self.structure().sentence_at_or_after(head);
        self.mode = super::Mode::Selecting(Selection { head, ..selection });
        if let Some(cursor) = cursor {
            self.cursor = cursor;
            self.scroll_cursor_into_view();
        }
    }
}

impl App {
    /// `o`: the anchor becomes the moving end, so the other side of the span can be adjusted.
    pub(super) fn swap_selection_ends(&mut self) {
        let super::Mode::Selecting(selection) = self.mode else {
            return;
        };
        self.mode = super::Mode::Selecting(Selection {
            anchor: selection.head,
            head: selection.anchor,
        });
    }
}

/// The last char of the word starting at `i` (or `i` when no word starts there).
fn word_end_from(text: &str, mut i: usize) -> usize {
    let next_char = |i: usize| text[i..].chars().next().map_or(i, |c| i + c.len_utf8());
    while text[i..].chars().next().is_some_and(is_word_char)
        && text[next_char(i)..]
            .chars()
            .next()
            .is_some_and(is_word_char)
    {
        i = next_char(i);
    }
    i
}

/// The last char of a word ending at byte `i`, without punctuation that ends a clause (a
/// comma, or a full stop unless the word is an abbreviation such as "U.S.").
fn trim_punctuation(text: &str, mut i: usize) -> usize {
    // Past the whole whitespace char: a no-break space is two bytes.
    let word_start = text[..i]
        .char_indices()
        .rfind(|(_, c)| c.is_whitespace())
        .map_or(0, |(w, c)| w + c.len_utf8());
    loop {
        let Some(c) = text[i..].chars().next() else {
            return i;
        };
        let word = &text[word_start..i];
        let trailing =
            matches!(c, ',' | ';' | ':' | '’' | '\'') || (c == '.' && !word.contains('.'));
        let Some(previous) = word.chars().next_back() else {
            return i;
        };
        if !trailing {
            return i;
        }
        i -= previous.len_utf8();
    }
}

/// The last word char before byte `i`.
fn last_word_char_before(text: &str, i: usize) -> usize {
    let mut chars = text[..i].char_indices().rev();
    chars
        .find(|(_, c)| is_word_char(*c))
        .map_or(i, |(at, _)| at)
}

/// The start of the char holding byte `i`.
fn floor_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn select(text: &str, anchor: usize, motions: &[Motion]) -> String {
        let mut head = anchor;
        for m in motions {
            head = moved(text, head, *m);
        }
        Selection { anchor, head }
            .span(text)
            .slice(text)
            .to_string()
    }

    #[test]
    fn word_motions_extend_the_selection_by_words() {
        let text = "Japan’s finance minister recently suggested a deal.";
        assert_eq!(select(text, 0, &[Motion::WordEnd]), "Japan’s");
        assert_eq!(
            select(text, 0, &[Motion::WordNext, Motion::WordEnd]),
            "Japan’s finance"
        );
        assert_eq!(
            select(
                text,
                0,
                &[Motion::WordNext, Motion::WordNext, Motion::WordBack]
            ),
            "Japan’s f"
        );
    }

    #[test]
    fn selecting_by_words_keeps_whole_words() {
        let text = "According to reports, Japanese negotiators";
        assert_eq!(&text[13..=word_end_from(text, 13)], "reports,");
        assert_eq!(&text[13..=trim_punctuation(text, 20)], "reports");
        let abbreviation = "in the U.S. now";
        assert_eq!(
            &abbreviation[7..=trim_punctuation(abbreviation, 10)],
            "U.S."
        );
        assert_eq!(
            &text[..=last_word_char_before(text, 22)],
            "According to reports,"
        );
    }

    #[test]
    fn a_word_after_a_no_break_space_is_trimmed_without_panicking() {
        let text = "in the\u{a0}U.S. now, then\u{2003}Tokyo, later";
        let us = text.find("U.S.").unwrap();
        assert_eq!(&text[us..=trim_punctuation(text, us + 3)], "U.S.");
        let tokyo = text.find("Tokyo").unwrap();
        assert_eq!(&text[tokyo..=trim_punctuation(text, tokyo + 5)], "Tokyo");
    }

    #[test]
    fn char_motions_step_over_multibyte_chars() {
        let text = "¥2.18 trillion";
        assert_eq!(select(text, 0, &[Motion::Right]), "¥2");
        assert_eq!(select(text, 0, &[Motion::Right, Motion::Left]), "¥");
    }

    #[test]
    fn no_selection_splits_a_grapheme_cluster() {
        // "e" with a combining acute accent, and a flag of two regional indicators.
        let text = "Cafe\u{301} 🇯🇵 now";
        let e = 3;
        assert_eq!(select(text, 0, &[Motion::Right, Motion::Right]), "Caf");
        assert_eq!(select(text, 2, &[Motion::Right]), "fe\u{301}");
        let flag = text.find('🇯').unwrap();
        assert_eq!(select(text, flag, &[]), "🇯🇵");
        assert_eq!(select(text, flag + 4, &[]), "🇯🇵", "an end inside the flag");
        assert_eq!(
            select(text, e, &[Motion::Right, Motion::Right]),
            "e\u{301} 🇯🇵"
        );
    }

    #[test]
    fn amounts_count_as_one_word() {
        let text = "buy $8 billion in goods";
        assert_eq!(select(text, 4, &[Motion::WordEnd]), "$8");
        assert_eq!(
            select(text, 4, &[Motion::WordNext, Motion::WordEnd]),
            "$8 billion"
        );
    }
}
