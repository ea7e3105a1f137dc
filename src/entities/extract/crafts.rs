//! Products named after places: craft ("the Rosetta spacecraft", "the Philae lander") and
//! crude oils ("Brent crude"). The gazetteer reads "Rosetta" as the Egyptian town and
//! "Brent" as the London borough; the word for a craft or for crude after it says the article
//! means the product, and so it does wherever else the article names it ("Rosetta collides
//! with the comet").

use super::{Explained, Reason, instrument_codes};
use crate::entities::Label;
use crate::entities::gazetteer::Gazetteer;

/// Words for a craft that follow its name, and "crude" after an oil's benchmark. Not
/// "probe", which follows a place as an inquiry ("the Ukraine probe").
const CRAFT_WORDS: &[&str] = &[
    "crude",
    "spacecraft",
    "spaceship",
    "lander",
    "orbiter",
    "rover",
    "telescope",
    "satellite",
    "capsule",
];

/// Relabels as products the places of one word that the article names before a word for a
/// craft, "crude" or a future's code ("Brent LCOc1"), and their other mentions. Countries
/// stay places ("a China satellite", "Iraq crude").
pub(super) fn relabel(text: &str, g: &Gazetteer, mentions: &mut [Explained]) {
    let mut crafts: Vec<&str> = Vec::new();
    for m in mentions.iter().filter(|m| is_place(m)) {
        let span = m.mention.span();
        // Most places are followed by other words: turned away by the first letter.
        let Some(after) = text[span.end..].strip_prefix(' ') else {
            continue;
        };
        if !after.starts_with(['s', 'l', 'o', 'r', 't', 'c', 'S', 'L', 'O', 'R', 'T', 'C']) {
            continue;
        }
        let word = after
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or_default();
        let name = span.slice(text);
        // "Brent LCOc1": a future's code after the oil names it as crude does.
        let code = after
            .split(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .is_some_and(instrument_codes::is_continuation_code);
        if (code || CRAFT_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word)))
            && !name.contains(' ')
            && !g.is_country(name)
            && !crafts.contains(&name)
        {
            crafts.push(name);
        }
    }
    if crafts.is_empty() {
        return;
    }
    for m in mentions.iter_mut().filter(|m| is_place(m)) {
        if crafts.contains(&m.mention.span().slice(text)) {
            m.mention.label = Label::Product;
            m.reason = Reason::KindWord;
        }
    }
}

fn is_place(m: &Explained) -> bool {
    matches!(m.mention.label, Label::Gpe | Label::Loc)
}
