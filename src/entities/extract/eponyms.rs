//! "Lou Gehrig's disease", "Hodgkin's lymphoma": a person's name before a possessive and a
//! word for an illness names the illness, which is no entity; the person is not meant.

use super::{Explained, word_after};
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
    let end = e.mention.span().end;
    let Some(possessive) = ["'s", "’s", "'", "’"]
        .iter()
        .find(|possessive| text[end..].starts_with(*possessive))
    else {
        return false;
    };
    ILLNESS_WORDS.contains(&word_after(text, end + possessive.len()))
}
