//! Hard-wrapped paragraphs: text whose paragraphs were broken into lines of about a screen's
//! width, as mail, plain-text archives and some page extractors leave it. The line scan reads
//! one line at a time, so a name broken over two lines ("Daniel Radcliffe and Emma\nWatson
//! grew up") would be two words of two lines. In such a text the newlines inside a
//! paragraph are read as spaces, byte for byte, so every offset found holds in the text as
//! written.

use std::borrow::Cow;

/// How many lines decide whether a text is hard-wrapped: enough for any article, and a bound
/// on the work for a very long one.
const SAMPLED_LINES: usize = 400;

/// A line shorter than this (in bytes) before a capital is a heading or the last line of a
/// paragraph rather than a broken one.
const SHORT_LINE: usize = 40;

/// `text`, with the newlines inside its hard-wrapped paragraphs turned into spaces; `text`
/// itself when it is not hard-wrapped.
pub(super) fn unwrapped(text: &str) -> Cow<'_, str> {
    if !is_hard_wrapped(text) {
        return Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    let mut line_start = 0;
    for (at, _) in text.match_indices('\n') {
        let line = &text[line_start..at];
        let next = text[at + 1..].split('\n').next().unwrap_or("");
        // The first line is the title; a line ending in "\r" keeps its break, as a space
        // there would leave two characters between the words.
        if line_start > 0 && !line.ends_with('\r') && breaks_inside_a_paragraph(line, next) {
            bytes[at] = b' ';
        }
        line_start = at + 1;
    }
    // Only an ASCII newline became an ASCII space.
    Cow::Owned(String::from_utf8(bytes).expect("a newline replaced by a space keeps UTF-8"))
}

/// Whether a fair share of the first lines run on into a line that opens in lowercase: a
/// paragraph per line almost never does.
fn is_hard_wrapped(text: &str) -> bool {
    let mut pairs = 0;
    let mut run_on = 0;
    let mut lines = text.split('\n').take(SAMPLED_LINES).peekable();
    while let Some(line) = lines.next() {
        let Some(next) = lines.peek() else { break };
        if line.trim().is_empty() || next.trim().is_empty() {
            continue;
        }
        pairs += 1;
        if next.starts_with(|c: char| c.is_ascii_lowercase()) {
            run_on += 1;
        }
    }
    run_on >= 2 && run_on * 4 >= pairs
}

/// Whether the break after `line`, before `next`, falls inside a paragraph: neither line is
/// blank, `line` ends no sentence, and it is no short line before a capital (a heading, or a
/// paragraph's last line).
fn breaks_inside_a_paragraph(line: &str, next: &str) -> bool {
    let line = line.trim_end_matches([' ', '\t']);
    if line.trim_start().is_empty() || next.trim().is_empty() || ends_a_sentence(line) {
        return false;
    }
    next.starts_with(|c: char| c.is_lowercase()) || line.len() >= SHORT_LINE
}

/// Whether `line` ends with a sentence's stop, before any closing quotes or brackets.
fn ends_a_sentence(line: &str) -> bool {
    let closed = line.trim_end_matches(['"', '\'', '”', '’', ')', ']']);
    closed.ends_with(['.', '!', '?', ':', ';'])
}

#[cfg(test)]
mod tests {
    use super::*;

    const WRAPPED: &str = "A title of the piece\n\
        The eight films, which stretched out over nearly a\n\
        decade, had a fantastic group of actors. We watched as Daniel Radcliffe and Emma\n\
        Watson grew up to deliver skilled and subtle performances, and who could have\n\
        known their versatility when they were cast at the age of ten?\n\
        Short heading line\n\
        The kids kept us all locked into focus, among the thornier details of the\n\
        story and its wider world.\n";

    #[test]
    fn breaks_inside_wrapped_paragraphs_become_spaces_and_offsets_hold() {
        let out = unwrapped(WRAPPED);
        assert_eq!(out.len(), WRAPPED.len());
        assert!(out.contains("nearly a decade, had"));
        assert!(out.contains("and Emma Watson grew up"));
        assert!(out.contains("could have known"));
        assert!(out.contains("of the story"));
    }

    #[test]
    fn titles_sentence_ends_and_short_lines_before_capitals_keep_their_breaks() {
        let out = unwrapped(WRAPPED);
        assert!(out.starts_with("A title of the piece\nThe eight"));
        assert!(out.contains("age of ten?\nShort heading line\nThe kids"));
        assert!(out.ends_with("wider world.\n"));
    }

    #[test]
    fn a_paragraph_per_line_is_left_as_it_is() {
        let text = "Talks resume in Tokyo\n\
            Negotiators met on Monday in Tokyo to resume the talks on tariffs and cars\n\
            The minister said the two sides were close to a deal on the main points\n\
            iPhone sales rose in the quarter, the company said in a statement on Friday\n\
            Analysts expect more gains before the end of the year in every market\n";
        assert!(matches!(unwrapped(text), Cow::Borrowed(_)));
    }

    #[test]
    fn a_text_with_windows_line_ends_keeps_them() {
        let text = WRAPPED.replace('\n', "\r\n");
        assert_eq!(unwrapped(&text), text);
    }
}
