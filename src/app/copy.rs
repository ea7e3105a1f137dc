//! Handing text to the terminal: `y` copies the cursor sentence or the selection as a quote
//! with its citation, and the mouse can be left to the terminal so its own selection works.
//!
//! The app only says what to copy ([`Effect::Copy`]); the shell writes it to the terminal's
//! clipboard. The copied text is neutralised here, so no byte of an article reaches the
//! terminal raw: a line break or tab becomes a space, and every other control character its
//! visible placeholder (see [`crate::text::display`]).

use super::action::{Action, Effect};
use super::{App, Mode};
use crate::corpus::Article;
use crate::text::{ByteSpan, Structure, display};

/// The most text one copy hands to the terminal, in bytes: terminals refuse or cut longer
/// clipboard writes (xterm takes about 100 KB of base64).
pub const MAX_COPY_BYTES: usize = 64 * 1024;

impl App {
    /// `y`: the selection (which then ends, as in vim) or the cursor sentence, quoted.
    pub(super) fn copy_quote(&mut self) -> Vec<Effect> {
        let Some(article) = self.article() else {
            return Vec::new();
        };
        let (span, what) = match self.mode {
            Mode::Selecting(selection) => (selection.span(article.text()), "the selection"),
            _ => match self.cursor_span() {
                Some(span) => (span, "the sentence"),
                None => {
                    self.info("nothing to copy: the article has no sentences");
                    return Vec::new();
                }
            },
        };
        let text = quote_with_citation(article, self.structure(), span);
        if matches!(self.mode, Mode::Selecting(_)) {
            self.mode = Mode::Reading;
        }
        if text.len() > MAX_COPY_BYTES {
            self.info(format!(
                "{what} is too long to copy ({} KiB; terminals take {} KiB at most)",
                text.len() / 1024,
                MAX_COPY_BYTES / 1024
            ));
            return Vec::new();
        }
        self.info(format!(
            "copied {} characters: {what} with its citation",
            text.chars().count()
        ));
        vec![Effect::Copy(text)]
    }

    /// Gives the mouse to the terminal, or takes it back.
    pub(super) fn toggle_mouse(&mut self) -> Vec<Effect> {
        self.mouse = !self.mouse;
        let key = self.key_named(&Action::ToggleMouse);
        self.info(if self.mouse {
            format!("mouse: margin's (click, wheel) · {key} gives it to the terminal")
        } else {
            format!("mouse: the terminal's (select text with it) · {key} takes it back")
        });
        vec![Effect::SetMouse(self.mouse)]
    }
}

/// `“quote” — Title, Source, Date, ¶2 sentence 3`: the quote's whitespace folded to single
/// spaces and every control character neutralised, the citation naming where it stands.
pub fn quote_with_citation(article: &Article, structure: &Structure, span: ByteSpan) -> String {
    let quote = fold_whitespace(span.slice(article.text()));
    let mut citation = vec![fold_whitespace(&article.title)];
    citation.extend(article.source.as_deref().map(fold_whitespace));
    citation.extend(article.date.as_deref().map(fold_whitespace));
    citation.extend(place(structure, span));
    format!("“{quote}” — {}", citation.join(", "))
}

/// Where `span` stands: "¶2 sentence 3", "¶2 sentences 3–4" or "¶2 sentence 3 – ¶4
/// sentence 1", counting paragraphs (headings too) and sentences from 1.
fn place(structure: &Structure, span: ByteSpan) -> Option<String> {
    let first = structure.sentence_at_or_after(span.start)?;
    let last = structure
        .sentence_at_or_after(span.end.saturating_sub(1).max(span.start))
        .unwrap_or(first)
        .max(first);
    let numbered = |sentence: usize| {
        let paragraph = structure.paragraph_of(sentence)?;
        let start = structure.paragraphs.get(paragraph)?.sentences.start;
        Some((paragraph + 1, sentence - start + 1))
    };
    let (paragraph, sentence) = numbered(first)?;
    let (last_paragraph, last_sentence) = numbered(last)?;
    Some(match (last_paragraph, last_sentence) {
        (p, s) if (p, s) == (paragraph, sentence) => format!("¶{paragraph} sentence {sentence}"),
        (p, s) if p == paragraph => format!("¶{paragraph} sentences {sentence}–{s}"),
        (p, s) => format!("¶{paragraph} sentence {sentence} – ¶{p} sentence {s}"),
    })
}

/// `s` on one line: runs of whitespace (line breaks, tabs) become one space, the ends are
/// trimmed, and every other control or format character becomes its visible placeholder.
fn fold_whitespace(s: &str) -> String {
    let words: Vec<String> = s.split_whitespace().map(display::sanitize).collect();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{ArticleId, IndexEntry};

    fn article(text: &str) -> Article {
        let entry = IndexEntry {
            id: None,
            file: "a.txt".into(),
            title: "Japan\u{1b}]0;pwned\u{7} Hints".into(),
            source: Some("Reuters".into()),
            date: Some("2025-04-20".into()),
            url: None,
        };
        Article::new(ArticleId(0), entry, None, text.into())
    }

    #[test]
    fn a_sentence_is_quoted_with_title_source_date_and_place() {
        let article = article("Title line\n\nOne. Two\tis  here.\n\nThree.\n");
        let structure = Structure::of(article.text());
        let two = structure.sentences[2].span();
        assert_eq!(
            quote_with_citation(&article, &structure, two),
            "“Two is here.” — Japan␛]0;pwned␇ Hints, Reuters, 2025-04-20, ¶2 sentence 2"
        );
    }

    #[test]
    fn control_characters_in_the_quote_are_neutralised() {
        let article = article("Title line\n\nA \u{1b}[2J wipe\u{9b}31m and \u{7}bell.\n");
        let structure = Structure::of(article.text());
        let quoted = quote_with_citation(&article, &structure, structure.sentences[1].span());
        assert!(
            quoted.starts_with("“A ␛[2J wipe\u{FFFD}31m and ␇bell.”"),
            "{quoted}"
        );
        assert!(!quoted.chars().any(|c| c.is_control()), "{quoted:?}");
    }

    #[test]
    fn a_span_over_several_sentences_names_its_first_and_last() {
        let article = article("Title line\n\nOne. Two.\n\nThree. Four.\n");
        let structure = Structure::of(article.text());
        let s = |i: usize| structure.sentences[i].span();
        let within = ByteSpan::new(s(1).start, s(2).end);
        assert!(quote_with_citation(&article, &structure, within).ends_with("¶2 sentences 1–2"));
        let across = ByteSpan::new(s(2).start, s(3).end);
        let quoted = quote_with_citation(&article, &structure, across);
        assert!(quoted.starts_with("“Two. Three.”"), "{quoted}");
        assert!(
            quoted.ends_with("¶2 sentence 2 – ¶3 sentence 1"),
            "{quoted}"
        );
    }
}
