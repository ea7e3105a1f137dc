//! A sentence cut into the pieces role reading walks over: words, punctuation marks, and the
//! entity mentions (each one piece, whatever its length).

use crate::entities::{ArticleMention, EntityId, Label};
use crate::text::ByteSpan;

/// What one piece is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unit<'t> {
    /// A word; a possessive "’s" is a word of its own.
    Word(&'t str),
    Punct(char),
    Mention(Label, EntityId),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Piece<'t> {
    pub span: ByteSpan,
    pub unit: Unit<'t>,
}

impl<'t> Piece<'t> {
    pub fn word(&self) -> Option<&'t str> {
        match self.unit {
            Unit::Word(w) => Some(w),
            _ => None,
        }
    }

    pub fn is_word(&self, word: &str) -> bool {
        self.word().is_some_and(|w| w.eq_ignore_ascii_case(word))
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.unit == Unit::Punct(c)
    }

    pub fn is_possessive(&self) -> bool {
        matches!(self.word(), Some("’s" | "'s" | "’" | "'"))
    }

    pub fn mention(&self) -> Option<(Label, EntityId)> {
        match self.unit {
            Unit::Mention(label, entity) => Some((label, entity)),
            _ => None,
        }
    }
}

/// The pieces of `text[span]`; `mentions` are the article's, sorted by start.
pub(super) fn pieces<'t>(
    text: &'t str,
    span: ByteSpan,
    mentions: &[ArticleMention],
) -> Vec<Piece<'t>> {
    let first = mentions.partition_point(|m| m.span().end <= span.start);
    let mut inside = mentions[first..]
        .iter()
        .take_while(|m| m.span().start < span.end)
        .peekable();
    let mut out = Vec::new();
    let body = span.slice(text);
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let start = span.start + at;
        while inside.peek().is_some_and(|m| m.span().end <= start) {
            inside.next();
        }
        if let Some(m) = inside.peek().filter(|m| m.span().start <= start) {
            out.push(Piece {
                span: m.span(),
                unit: Unit::Mention(m.label(), m.entity()),
            });
            let end = m.span().end;
            inside.next();
            while i < chars.len() && span.start + chars[i].0 < end {
                i += 1;
            }
            continue;
        }
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        // A possessive after a mention or a closing bracket: "Japan’s".
        let possessive = matches!(c, '’' | '\'')
            && chars.get(i + 1).is_some_and(|&(_, d)| d == 's')
            && chars.get(i + 2).is_none_or(|&(_, d)| !d.is_alphanumeric());
        if possessive {
            out.push(Piece {
                span: ByteSpan::new(start, start + c.len_utf8() + 1),
                unit: Unit::Word(&body[at..at + c.len_utf8() + 1]),
            });
            i += 2;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Piece {
                span: ByteSpan::new(start, start + c.len_utf8()),
                unit: Unit::Punct(c),
            });
            i += 1;
            continue;
        }
        // A word: letters and digits, joined by . - ’ ' between them ("U.S", "Secretary-General").
        let mut j = i + 1;
        while j < chars.len() {
            let (_, d) = chars[j];
            let joins = matches!(d, '.' | '-' | '’' | '\'')
                && chars.get(j + 1).is_some_and(|&(_, e)| e.is_alphanumeric());
            if d.is_alphanumeric() || joins {
                j += 1;
            } else {
                break;
            }
        }
        let end_at = chars.get(j).map_or(body.len(), |&(b, _)| b);
        let mut word = &body[at..end_at];
        // "U.S." keeps its last full stop: a dotted abbreviation.
        if word.contains('.') && chars.get(j).is_some_and(|&(_, d)| d == '.') {
            word = &body[at..end_at + 1];
            j += 1;
        }
        let possessive = ["’s", "'s"]
            .iter()
            .find(|p| word.len() > p.len() && word.ends_with(*p));
        if let Some(p) = possessive {
            let stem = word.len() - p.len();
            out.push(Piece {
                span: ByteSpan::new(start, start + stem),
                unit: Unit::Word(&word[..stem]),
            });
            out.push(Piece {
                span: ByteSpan::new(start + stem, start + word.len()),
                unit: Unit::Word(&word[stem..]),
            });
        } else {
            out.push(Piece {
                span: ByteSpan::new(start, start + word.len()),
                unit: Unit::Word(word),
            });
        }
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str, mentions: &[ArticleMention]) -> Vec<String> {
        pieces(text, ByteSpan::new(0, text.len()), mentions)
            .iter()
            .map(|p| match p.unit {
                Unit::Word(w) => w.to_string(),
                Unit::Punct(c) => format!("<{c}>"),
                Unit::Mention(label, _) => format!("[{}:{}]", label.as_str(), p.span.slice(text)),
            })
            .collect()
    }

    #[test]
    fn words_possessives_abbreviations_and_mentions_are_pieces() {
        let text = "Japan’s U.S. Secretary-General, Kim said. Korea’s";
        let at = |part: &str| {
            let start = text.find(part).unwrap_or_default();
            ByteSpan::new(start, start + part.len())
        };
        let mentions = [
            ArticleMention::new(at("Kim"), Label::Person, EntityId(0)),
            ArticleMention::new(at("Korea"), Label::Gpe, EntityId(1)),
        ];
        assert_eq!(
            shown(text, &mentions),
            [
                "Japan",
                "’s",
                "U.S.",
                "Secretary-General",
                "<,>",
                "[PERSON:Kim]",
                "said",
                "<.>",
                "[GPE:Korea]",
                "’s"
            ]
        );
    }
}
