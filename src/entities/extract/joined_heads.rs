//! Names that join two words by "and" before their head word: "the Food and Wine Festival",
//! "the Arts and Crafts Fair", "the Buffalo and Erie County Public Library". The head word
//! reads the name from the word after "and"; "the" before the first word says the name
//! opens there, the two words being one thing's name.

use super::{Explained, Reason, the_before};
use crate::entities::Label;
use crate::text::ByteSpan;

/// Widens each name read by its head word over "the X and " before it, X one capitalised
/// word that no mention covers or that is read as a place ("Buffalo") or as a group by its
/// plural ("Arts"): that mention is dropped. A known organisation before "and" stays apart
/// ("the Senate and House Intelligence Committee" names two bodies).
pub(super) fn widen(text: &str, mentions: &mut Vec<Explained>) {
    let mut dropped = Vec::new();
    for k in 0..mentions.len() {
        if mentions[k].reason != Reason::HeadWord {
            continue;
        }
        let span = mentions[k].mention.span();
        let Some(start) = first_word_after_the(text, span.start) else {
            continue;
        };
        let previous = k.checked_sub(1).map(|p| &mentions[p]);
        let open = previous.is_none_or(|p| p.mention.span().end <= start);
        // A place, or a plural read as a group for want of more ("the Arts"): the word
        // was the name's.
        let absorbed = previous.is_some_and(|p| {
            p.mention.span().start == start
                && (p.mention.label == Label::Gpe || p.reason == Reason::PluralAfterThe)
                && p.mention.span().end <= span.start
        });
        if open || absorbed {
            if absorbed {
                dropped.push(k - 1);
            }
            mentions[k].mention.set_span(ByteSpan::new(start, span.end));
        }
    }
    if !dropped.is_empty() {
        let mut k = 0;
        mentions.retain(|_| {
            k += 1;
            dropped.binary_search(&(k - 1)).is_err()
        });
    }
}

/// Where X starts when "the X and " (or "the X & ") ends right at `start`.
fn first_word_after_the(text: &str, start: usize) -> Option<usize> {
    let word_start = capitalised_word_joined_before(text, start)?;
    the_before(text, word_start).then_some(word_start)
}

/// Where X starts when "X and " or "X & " ends right at `start`, X one word opening with a
/// capital and written with lowercase letters after it ("Larsen" of "Larsen and Toubro").
pub(super) fn capitalised_word_joined_before(text: &str, start: usize) -> Option<usize> {
    let before = &text[..start];
    let rest = (before.strip_suffix(" and ")).or_else(|| before.strip_suffix(" & "))?;
    let word_start = rest
        .rfind(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'')))
        .map_or(0, |i| i + 1);
    let word = &rest[word_start..];
    let capitalised = word.starts_with(|c: char| c.is_uppercase())
        && word.chars().skip(1).any(char::is_lowercase);
    capitalised.then_some(word_start)
}
