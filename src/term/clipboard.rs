//! `y`: the copied quote goes to the terminal's clipboard through OSC 52, the escape most
//! terminals (and tmux with `set-clipboard on`) take from a program, locally or over ssh.
//! The text travels as base64, and is neutralised once more before it is encoded, so no
//! control character of an article reaches the clipboard or the terminal.

use crate::text::display;
use crossterm::Command;
use crossterm::clipboard::CopyToClipboard;
use std::io::{self, Write};

/// The escape sequence that puts `text` on the clipboard.
pub fn sequence(text: &str) -> String {
    let mut out = String::new();
    // Writing into a String cannot fail.
    let _ = CopyToClipboard::to_clipboard_from(display::sanitize(text)).write_ansi(&mut out);
    out
}

/// Writes the sequence for `text` to the terminal.
pub fn copy(text: &str) -> io::Result<()> {
    let mut out = io::stdout();
    out.write_all(sequence(text).as_bytes())?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;
    use base64::prelude::BASE64_STANDARD;

    fn decoded(sequence: &str) -> String {
        let body = sequence
            .strip_prefix("\u{1b}]52;c;")
            .and_then(|s| {
                s.strip_suffix("\u{1b}\\")
                    .or_else(|| s.strip_suffix('\u{7}'))
            })
            .unwrap_or_else(|| panic!("not an OSC 52 sequence: {sequence:?}"));
        String::from_utf8(BASE64_STANDARD.decode(body).unwrap()).unwrap()
    }

    #[test]
    fn the_text_goes_out_as_base64_in_one_osc_52_sequence() {
        let text = "“Japan’s finance minister” — Firstpost, ¶2 sentence 1";
        let sequence = sequence(text);
        assert_eq!(decoded(&sequence), text);
        let escapes = sequence.matches('\u{1b}').count();
        assert!(escapes <= 2, "{sequence:?}");
    }

    #[test]
    fn control_characters_never_reach_the_clipboard() {
        let sequence = sequence("a\u{1b}]0;title\u{7}b\u{9b}c");
        assert_eq!(decoded(&sequence), "a␛]0;title␇b\u{FFFD}c");
    }
}
