//! "Why Did Taylor Swift Leave Spotify?": a heading in title case gives the words after a
//! name capitals too, and a name read from its first word ("Taylor", a given name) runs on
//! into them ("Taylor Swift Leave"). Where the article gives the shorter full name
//! elsewhere and every word past it is a word of the language, the name is the shorter one.

use super::{Explained, WordSet};
use crate::entities::Label;
use crate::entities::gazetteer::{Gazetteer, class};
use crate::text::ByteSpan;

/// Cuts each person's name of three words or more back to the longest full name of two
/// words or more that the article gives for a person, when the words cut are all words of
/// the language and none a part of people's names ("Whitney Bischoff Make" → "Whitney
/// Bischoff"; not "Martin Luther King").
pub(super) fn trim(text: &str, g: &Gazetteer, mentions: &mut [Explained]) {
    let is_long_person = |e: &Explained| {
        e.mention.label == Label::Person && e.mention.text(text).matches(' ').count() >= 2
    };
    // Few names run so long: most articles need no set of their people.
    if !mentions.iter().any(is_long_person) {
        return;
    }
    let full_names: WordSet<&str> = (mentions.iter())
        .filter(|e| e.mention.label == Label::Person)
        .map(|e| e.mention.text(text))
        .filter(|name| name.contains(' '))
        .collect();
    for e in mentions.iter_mut().filter(|e| is_long_person(e)) {
        let span = e.mention.span();
        let name = span.slice(text);
        let cut = (name.match_indices(' ').map(|(i, _)| i))
            .filter(|&i| name[..i].contains(' '))
            .rev()
            .find(|&i| {
                full_names.contains(&name[..i])
                    && name[i + 1..].split(' ').all(|w| is_only_a_word(g, w))
            });
        if let Some(i) = cut {
            e.mention
                .set_span(ByteSpan::new(span.start, span.start + i));
        }
    }
}

/// Whether `word` is a word of the language and no part of people's names ("Leave", not
/// "King" nor "Rose").
fn is_only_a_word(g: &Gazetteer, word: &str) -> bool {
    g.is_ordinary_word(word) && !g.is_surname(word) && g.classes(word) & class::GIVEN == 0
}
