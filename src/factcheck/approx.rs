//! `Approx`: how exact a reported value is, from the words that qualify it: in the mention
//! ("about $8 billion") or touching it in the article ("more than $8 billion", "$7 billion+").
//!
//! Only words that touch the mention, separated from it by spaces alone and within its
//! sentence, count: "over the weekend, $8 billion" is exact.

use crate::text::ByteSpan;

/// How exact a reported value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Approx {
    Exact,
    /// "more than", "over", "at least", "exceeding", "+".
    AtLeast,
    /// "up to", "less than", "under", "at most".
    AtMost,
    /// "about", "around", "roughly", "some", "nearly", "almost", "trillion-dollar".
    About,
}

impl Approx {
    /// The sign shown before the value: `""`, `"≥ "`, `"≤ "` or `"≈ "`.
    pub fn sign(self) -> &'static str {
        match self {
            Approx::Exact => "",
            Approx::AtLeast => "≥ ",
            Approx::AtMost => "≤ ",
            Approx::About => "≈ ",
        }
    }
}

/// Phrases before a number that qualify it, longest first within each meaning.
#[rustfmt::skip]
const BEFORE: &[(&str, Approx)] = &[
    ("in excess of", Approx::AtLeast), ("upwards of", Approx::AtLeast),
    ("no less than", Approx::AtLeast), ("more than", Approx::AtLeast),
    ("at least", Approx::AtLeast), ("just over", Approx::AtLeast),
    ("exceeding", Approx::AtLeast), ("exceeds", Approx::AtLeast), ("exceeded", Approx::AtLeast),
    ("above", Approx::AtLeast), ("over", Approx::AtLeast), ("no more than", Approx::AtMost),
    ("fewer than", Approx::AtMost), ("less than", Approx::AtMost),
    ("just under", Approx::AtMost), ("at most", Approx::AtMost), ("up to", Approx::AtMost),
    ("under", Approx::AtMost), ("below", Approx::AtMost), ("approximately", Approx::About),
    ("an estimated", Approx::About), ("estimated", Approx::About), ("close to", Approx::About),
    ("roughly", Approx::About), ("around", Approx::About), ("nearly", Approx::About),
    ("almost", Approx::About), ("about", Approx::About), ("some", Approx::About),
    ("~", Approx::About),
];

/// Phrases right after a number that qualify it.
#[rustfmt::skip]
const AFTER: &[(&str, Approx)] = &[
    ("+", Approx::AtLeast), ("-plus", Approx::AtLeast), (" or more", Approx::AtLeast),
    (" plus", Approx::AtLeast), (" or so", Approx::About), (" or less", Approx::AtMost),
];

pub(crate) fn leading_approx(lower: &str) -> Option<Approx> {
    BEFORE.iter().find_map(|&(phrase, approx)| {
        let rest = lower.strip_prefix(phrase)?;
        (phrase == "~" || rest.starts_with(' ')).then_some(approx)
    })
}

pub(crate) fn trailing_approx(lower: &str) -> Option<Approx> {
    lower.ends_with('+').then_some(Approx::AtLeast)
}

/// An approximation found next to a mention in its article, with the span it widens the
/// mention to (the mention plus the qualifying words).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Qualified {
    pub approx: Approx,
    pub phrase: ByteSpan,
}

/// Looks for a qualifying phrase touching `mention` in `text`, not reaching before
/// `floor` (the sentence start): "more than " before it, "+" or " or more" after it.
pub fn qualifier(text: &str, mention: ByteSpan, floor: usize) -> Option<Qualified> {
    let before = text
        .get(floor.min(mention.start)..mention.start)
        .unwrap_or("");
    let trimmed = before.trim_end_matches(' ');
    if trimmed.len() < before.len() || trimmed.ends_with('~') {
        for &(phrase, approx) in BEFORE {
            let Some(start) = ends_with_word(trimmed, phrase) else {
                continue;
            };
            let start = floor.min(mention.start) + start;
            return Some(Qualified {
                approx,
                phrase: ByteSpan::new(start, mention.end),
            });
        }
    }
    let after = text.get(mention.end..).unwrap_or("");
    for &(phrase, approx) in AFTER {
        let Some(head) = after.get(..phrase.len()) else {
            continue;
        };
        let boundary = after[phrase.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if head.eq_ignore_ascii_case(phrase) && boundary {
            return Some(Qualified {
                approx,
                phrase: ByteSpan::new(mention.start, mention.end + phrase.len()),
            });
        }
    }
    None
}

/// Where `phrase` starts when `text` ends with it as whole words (ASCII case ignored).
fn ends_with_word(text: &str, phrase: &str) -> Option<usize> {
    let start = text.len().checked_sub(phrase.len())?;
    let tail = text.get(start..)?;
    if !tail.eq_ignore_ascii_case(phrase) {
        return None;
    }
    let boundary = text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    (boundary || phrase == "~").then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plus_after_the_mention_widens_it_to_at_least() {
        let text = "this historic $7 billion+ deal";
        let q = qualifier(text, ByteSpan::new(14, 24), 0).unwrap();
        assert_eq!(q.approx, Approx::AtLeast);
        assert_eq!(q.phrase.slice(text), "$7 billion+");
    }

    #[test]
    fn words_touching_the_mention_before_it_qualify_it() {
        let text = "with its holdings exceeding $1 trillion.";
        let q = qualifier(text, ByteSpan::new(28, 39), 0).unwrap();
        assert_eq!(
            (q.approx, q.phrase.slice(text)),
            (Approx::AtLeast, "exceeding $1 trillion")
        );
        let text = "It raised roughly $2bn";
        let q = qualifier(text, ByteSpan::new(18, 22), 0).unwrap();
        assert_eq!(q.approx, Approx::About);
    }

    #[test]
    fn a_word_that_only_ends_like_a_qualifier_does_not_count() {
        let text = "the Rover $2bn";
        assert_eq!(qualifier(text, ByteSpan::new(10, 14), 0), None);
        let text = "handover, $2bn";
        assert_eq!(qualifier(text, ByteSpan::new(10, 14), 0), None);
    }
}
