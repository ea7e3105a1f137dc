//! Moons and planets named like other things: "Titan", "Europa", "Mercury". In an article
//! about the sky they are places, LOC; elsewhere they are a company, a club, a singer's
//! surname, and the rules that read names decide.
//!
//! The planets whose names name little else ("Saturn", "Jupiter") are listed in the
//! gazetteer and read there.

use super::deferred::Deferred;
use super::{Explained, Reason, WordSet};
use crate::entities::Label;
use crate::entities::gazetteer::{Gazetteer, class};
use crate::text::ByteSpan;

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

/// Lowercase words that only an article about the sky writes (gathered by the article's
/// lowercase pass).
pub(super) const SKY_WORDS: &[&str] = &[
    "moon",
    "moons",
    "planet",
    "planets",
    "orbit",
    "orbits",
    "orbiting",
    "spacecraft",
    "astronomer",
    "astronomers",
    "astronomy",
];

/// In an article about the sky (one that writes a word of [`SKY_WORDS`]: `lowercase` holds
/// those it writes), relabels the one-word mentions of sky bodies as LOC and adds LOC
/// mentions for the `loose` words (capitalised words no mention covers) that name one. A
/// person named in full keeps the word: "Moon" after "Moon Jae-in" is the president.
/// Returns the added mentions, in the order of `loose`.
pub(super) fn bodies(
    text: &str,
    g: &Gazetteer,
    lowercase: &WordSet<String>,
    mentions: &mut [Explained],
    loose: &[Deferred],
) -> Vec<Explained> {
    let candidate = |e: &Explained| {
        e.mention.label != Label::Loc
            && is_sky_body(e.mention.text(text))
            && stands_alone(text, g, e.mention.span())
    };
    let loose_bodies = || {
        (loose.iter())
            .map(|d| d.span)
            .filter(|&span| is_sky_body(span.slice(text)) && stands_alone(text, g, span))
    };
    let named = mentions.iter().any(candidate) || loose_bodies().next().is_some();
    if !named || !SKY_WORDS.iter().any(|&w| lowercase.contains(w)) {
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

/// Whether no capitalised word is written right after `span`, nor right before it inside a
/// sentence: "Ceres Robotics" and "Blue Moon" are other names.
fn stands_alone(text: &str, g: &Gazetteer, span: ByteSpan) -> bool {
    let capitalised = |word: Option<&str>| {
        word.and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    };
    let after = text[span.end..].strip_prefix(' ');
    let next = after.map(|rest| rest.split(' ').next().unwrap_or_default());
    let before = text[..span.start].strip_suffix(' ');
    // Not joined to it: a word that ends a sentence or clause ("... orbit. Titan"), a
    // possessive ("Jupiter's Ganymede") or a stopword opening the sentence ("On Titan").
    let previous = (before.and_then(|rest| rest.rsplit(' ').next())).filter(|w| {
        !w.ends_with(['.', '!', '?', ':', ';', ','])
            && !w.ends_with("'s")
            && !w.ends_with("’s")
            && g.classes(w) & class::STOPWORD == 0
    });
    !capitalised(next) && !capitalised(previous)
}
