//! The word cursor: a word of the cursor sentence, underlined, where `v` starts a selection.
//! `h` `l` step by words and cross into the previous or next sentence at its ends, as vim
//! crosses lines; `b` steps back a word; `0` `$` go to the sentence's first and last word.
//! Moving the sentence cursor any other way puts it back on the sentence's first word.

use super::App;
use super::selection::Motion;
use crate::corpus::ArticleId;
use crate::text::ByteSpan;
use crate::text::words::words;

/// Which word of which sentence the cursor is on; it counts only while that sentence is the
/// cursor sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WordCursor {
    article: ArticleId,
    sentence: usize,
    word: usize,
}

impl App {
    /// The word under the word cursor: the cursor sentence's first word unless moved.
    pub fn cursor_word(&self) -> Option<ByteSpan> {
        let words = self.cursor_words();
        words.get(self.word_index()).or(words.last()).copied()
    }

    fn cursor_words(&self) -> Vec<ByteSpan> {
        match (self.article(), self.cursor_span()) {
            (Some(article), Some(span)) => words(article.text(), span),
            _ => Vec::new(),
        }
    }

    /// The word cursor's index among the cursor sentence's words.
    fn word_index(&self) -> usize {
        match self.word {
            Some(w) if w.article == self.current && w.sentence == self.cursor => w.word,
            _ => 0,
        }
    }

    fn set_word(&mut self, word: usize) {
        self.word = Some(WordCursor {
            article: self.current,
            sentence: self.cursor,
            word,
        });
    }

    /// Forgets the word cursor, so the cursor sentence's first word holds it.
    pub(super) fn reset_word(&mut self) {
        self.word = None;
    }

    pub(super) fn move_word(&mut self, motion: Motion) {
        let count = self.cursor_words().len();
        let index = self.word_index().min(count.saturating_sub(1));
        match motion {
            Motion::Left | Motion::WordBack if index > 0 => self.set_word(index - 1),
            Motion::Left | Motion::WordBack | Motion::Up => {
                if self.cursor == 0 {
                    return;
                }
                self.move_sentence(super::action::Dir::Prev);
                let last = self.cursor_words().len().saturating_sub(1);
                self.set_word(last);
            }
            Motion::Right | Motion::WordNext | Motion::WordEnd if index + 1 < count => {
                self.set_word(index + 1)
            }
            Motion::Right | Motion::WordNext | Motion::WordEnd | Motion::Down => {
                let before = self.cursor;
                self.move_sentence(super::action::Dir::Next);
                if self.cursor != before {
                    self.set_word(0);
                }
            }
            Motion::LineStart => self.set_word(0),
            Motion::LineEnd => self.set_word(count.saturating_sub(1)),
        }
    }
}
