//! The note editor: a small multi-line text editor over a `String`, with a cursor that
//! moves by chars and lines. `Esc` and `Ctrl-s` save; `Ctrl-x` discards, once confirmed.

use super::annotate::Target;
use super::selection::Motion;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteEditor {
    pub target: Target,
    pub text: String,
    /// Byte offset of the cursor in `text`, on a char boundary.
    pub cursor: usize,
}

impl NoteEditor {
    pub fn new(target: Target, text: String) -> Self {
        let cursor = text.len();
        NoteEditor {
            target,
            text,
            cursor,
        }
    }

    pub fn insert(&mut self, c: char) {
        self.text.insert(self.cursor, c);
        self.cursor += c.len_utf8();
    }

    pub fn backspace(&mut self) {
        if let Some(c) = self.text[..self.cursor].chars().next_back() {
            self.cursor -= c.len_utf8();
            self.text.remove(self.cursor);
        }
    }

    /// The line and column (in chars) of the cursor, for drawing it.
    pub fn cursor_line_column(&self) -> (usize, usize) {
        let before = &self.text[..self.cursor];
        let line = before.matches('\n').count();
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count());
        (line, column)
    }

    pub fn move_cursor(&mut self, motion: Motion) {
        let text = &self.text;
        let line_start = text[..self.cursor].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[self.cursor..]
            .find('\n')
            .map_or(text.len(), |i| self.cursor + i);
        let column = text[line_start..self.cursor].chars().count();
        let at_column = |start: usize| {
            let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
            text[start..end]
                .char_indices()
                .nth(column)
                .map_or(end, |(i, _)| start + i)
        };
        self.cursor = match motion {
            Motion::Left => text[..self.cursor]
                .chars()
                .next_back()
                .map_or(self.cursor, |c| self.cursor - c.len_utf8()),
            Motion::Right => text[self.cursor..]
                .chars()
                .next()
                .map_or(self.cursor, |c| self.cursor + c.len_utf8()),
            Motion::LineStart => line_start,
            Motion::LineEnd => line_end,
            Motion::Up if line_start > 0 => {
                let previous_start = text[..line_start - 1].rfind('\n').map_or(0, |i| i + 1);
                at_column(previous_start)
            }
            Motion::Down if line_end < text.len() => at_column(line_end + 1),
            _ => self.cursor,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::ByteSpan;

    fn editor(text: &str) -> NoteEditor {
        NoteEditor::new(Target::Claim(ByteSpan::new(0, 1)), text.to_string())
    }

    #[test]
    fn typing_and_deleting_work_at_the_cursor() {
        let mut e = editor("Abe left");
        e.move_cursor(Motion::LineStart);
        for c in "Shinzo ".chars() {
            e.insert(c);
        }
        assert_eq!(e.text, "Shinzo Abe left");
        e.backspace();
        assert_eq!(e.text, "ShinzoAbe left");
    }

    #[test]
    fn up_and_down_keep_the_column() {
        let mut e = editor("first line\nsecond line\nx");
        e.move_cursor(Motion::Up);
        assert_eq!(e.cursor_line_column(), (1, 1));
        e.move_cursor(Motion::Up);
        assert_eq!(e.cursor_line_column(), (0, 1));
        e.move_cursor(Motion::LineEnd);
        e.move_cursor(Motion::Down);
        assert_eq!(e.cursor_line_column(), (1, 10));
    }

    #[test]
    fn multibyte_text_is_edited_by_chars() {
        let mut e = editor("¥2.18 兆");
        e.move_cursor(Motion::Left);
        e.backspace();
        assert_eq!(e.text, "¥2.18兆");
    }
}
