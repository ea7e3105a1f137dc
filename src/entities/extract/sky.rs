//! Moons and planets named like other things: "Titan", "Europa", "Mercury". In an article
//! about the sky they are places, LOC; elsewhere they are a company, a club, a singer's
//! surname, and the rules that read names decide.
//!
//! The planets whose names name little else ("Saturn", "Jupiter") are listed in the
//! gazetteer and read there.

use super::deferred::Deferred;
use super::{Explained, Reason, WordSet};
use crate::entities::Label;

/// Whether `word` names a body of the solar system that also names other things.
fn is_sky_body(word: &str) -> bool {
    matches!(
        word,
        "Mercury"
            | "Venus"
            | "Moon"
            | "Sun"
            | "Pluto"
            | "Ceres"
            | "Titan"
            | "Europa"
            | "Ganymede"
            | "Callisto"
            | "Io"
            | "Enceladus"
            | "Triton"
            | "Charon"
            | "Phobos"
            | "Deimos"
            | "Mimas"
            | "Iapetus"
            | "Miranda"
            | "Oberon"
            | "Titania"
    )
}

/// Lowercase words that only an article about the sky writes.
const SKY_WORDS: &[&str] = &[
    " moon ",
    " moons",
    " moon'",
    " moon’",
    " moon,",
    " moon.",
    " planet",
    " orbit",
    " spacecraft",
    " astronom",
];

/// In an article about the sky (see [`SKY_WORDS`]), relabels the one-word mentions of sky
/// bodies as LOC and adds LOC mentions for the `loose` words (capitalised words no mention
/// covers) that name one. A person named in full keeps the word: "Moon" after "Moon Jae-in"
/// is the president. Returns the added mentions, in the order of `loose`.
pub(super) fn bodies(text: &str, mentions: &mut [Explained], loose: &[Deferred]) -> Vec<Explained> {
    let candidate =
        |e: &Explained| e.mention.label != Label::Loc && is_sky_body(e.mention.text(text));
    let loose_bodies = || {
        (loose.iter())
            .map(|d| d.span)
            .filter(|span| is_sky_body(span.slice(text)))
    };
    let named = mentions.iter().any(candidate) || loose_bodies().next().is_some();
    if !named || !SKY_WORDS.iter().any(|w| text.contains(w)) {
        return Vec::new();
    }
    let full_names: WordSet<&str> = (mentions.iter())
        .filter(|e| e.mention.label == Label::Person)
        .map(|e| e.mention.text(text))
        .filter(|name| name.contains(' '))
        .flat_map(|name| name.split([' ', '-']))
        .collect();
    for e in mentions.iter_mut() {
        if candidate(e) && !full_names.contains(e.mention.text(text)) {
            e.mention.label = Label::Loc;
            e.reason = Reason::SkyBody;
        }
    }
    loose_bodies()
        .map(|span| Explained::new(span.start, span.end, Label::Loc, Reason::SkyBody))
        .collect()
}
