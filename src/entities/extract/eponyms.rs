//! "Lou Gehrig's disease", "Hodgkin's lymphoma": a person's name before a possessive and a
//! word for an illness names the illness, which is no entity; the person is not meant.

use super::Explained;
use crate::entities::Label;

/// Words for illnesses that are named after people.
const ILLNESS_WORDS: &[&str] = &[
    "disease", "syndrome", "lymphoma", "sarcoma", "palsy", "ataxia", "dementia", "disorder",
];

/// Drops the people whose name opens the name of an illness.
pub(super) fn drop_illness_names(text: &str, mentions: &mut Vec<Explained>) {
    mentions.retain(|e| e.mention.label != Label::Person || !names_an_illness(text, e));
}

fn names_an_illness(text: &str, e: &Explained) -> bool {
    let rest = &text[e.mention.span().end..];
    let Some(rest) = ["'s ", "’s ", "' ", "’ "]
        .iter()
        .find_map(|possessive| rest.strip_prefix(possessive))
    else {
        return false;
    };
    let word_end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    ILLNESS_WORDS.contains(&&rest[..word_end])
}
