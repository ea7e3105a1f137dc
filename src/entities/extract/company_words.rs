//! What a word after a company's name makes of it. "Disney+", "ESPN+", "Apple TV+": a name
//! with a plus sign joined to it is its owner's subscription service, a product; so is a
//! company and a word of the kind ("HBO Now", "DirecTV Now", "Disney Plus"). "Citi Field",
//! "Crypto.com Arena": a company and a word for a venue is the venue its name was sold to.
//! Not a sum ("Disney+Pixar"), a grade ("A+" is no name), or a heading's run of capitals
//! ("Apple Now Sells").

use super::{Explained, Reason};
use crate::entities::Label;
use crate::text::ByteSpan;

/// Words that make a company's name a subscription service.
const SERVICE_WORDS: &[&str] = &["Now", "Go", "Plus", "Max"];

/// Words that make a company's name a venue named for it.
const VENUE_WORDS: &[&str] = &[
    "Arena",
    "Stadium",
    "Field",
    "Park",
    "Ballpark",
    "Coliseum",
    "Speedway",
    "Amphitheater",
    "Amphitheatre",
    "Pavilion",
    "Dome",
];

/// Reads the word after each company's name (or a product's, for the plus sign) and widens
/// the mention to the service or venue it names, unless another mention holds that word
/// ("Bank of Japan Max said" after "Max Max": a person).
pub(super) fn read(text: &str, mentions: &mut [Explained]) {
    for i in 0..mentions.len() {
        let next_start = mentions
            .get(i + 1)
            .map_or(text.len(), |m| m.mention.span().start);
        let e = &mut mentions[i];
        let span = e.mention.span();
        let rest = &text[span.end..];
        let plus = rest.starts_with('+')
            && !rest[1..].starts_with(|c: char| c.is_alphanumeric() || c == '+')
            && span.len() > 1
            && matches!(e.mention.label, Label::Org | Label::Product);
        let (end, label, reason) = if plus {
            (span.end + 1, Label::Product, Reason::PlusService)
        } else {
            // The cheap tests first: this is asked of every mention.
            if e.mention.label != Label::Org || !rest.starts_with(' ') {
                continue;
            }
            let after = &rest[1..];
            if !after.starts_with(char::is_uppercase) {
                continue;
            }
            let (word, label, reason) = if let Some(word) = word_of(after, SERVICE_WORDS) {
                (word, Label::Product, Reason::PlusService)
            } else if let Some(word) = word_of(after, VENUE_WORDS) {
                (word, Label::Fac, Reason::NamedVenue)
            } else {
                continue;
            };
            (span.end + 1 + word.len(), label, reason)
        };
        if end <= next_start {
            widen(e, end, label, reason);
        }
    }
}

fn widen(e: &mut Explained, end: usize, label: Label, reason: Reason) {
    let span = e.mention.span();
    e.mention.set_span(ByteSpan::new(span.start, end));
    e.mention.label = label;
    e.reason = reason;
}

/// The word of `words` that `rest` opens with, when a word ends there and no capitalised
/// word follows.
fn word_of(rest: &str, words: &[&'static str]) -> Option<&'static str> {
    let word = words.iter().copied().find(|w| rest.starts_with(w))?;
    let after = &rest[word.len()..];
    let ends = !after.starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == '\'');
    let capital_next = (after.strip_prefix(' ')).is_some_and(|a| a.starts_with(char::is_uppercase));
    (ends && !capital_next).then_some(word)
}
