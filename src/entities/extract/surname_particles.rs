//! "de Miranda" after "Luis de Miranda": a surname repeated alone keeps the particles that the
//! full name writes before it, as the reader does ("Even de Miranda's own example", "von der
//! Leyen said").

use super::{Explained, WordSet};
use crate::entities::Label;
use crate::entities::gazetteer::{Gazetteer, class};
use crate::text::ByteSpan;

/// At most this many particles stand before a surname ("van der", "de la").
const MAX_PARTICLES: usize = 3;

/// Widens each one-word person of `mentions` over the particles before it ("de ", "De ",
/// "von der "), where a person's full name in `mentions` writes those particles before that
/// word.
pub(super) fn widen(text: &str, g: &Gazetteer, mentions: &mut [Explained]) {
    let is_particle = |word: &str| g.classes(&word.to_lowercase()) & class::PARTICLE != 0;
    // "de miranda" of "Luis de Miranda", "von der leyen" of "Ursula von der Leyen".
    let written: WordSet<String> = (mentions.iter())
        .filter(|e| e.mention.label == Label::Person)
        // A given name, a particle and a surname: three words at least.
        .filter(|e| e.mention.text(text).bytes().filter(|&b| b == b' ').count() >= 2)
        .filter_map(|e| {
            let words: Vec<&str> = e.mention.text(text).split(' ').collect();
            let (_, rest) = words.split_last()?;
            let particles = rest.iter().rev().take_while(|w| is_particle(w)).count();
            (particles > 0 && particles < rest.len())
                .then(|| words[rest.len() - particles..].join(" ").to_lowercase())
        })
        .collect();
    if written.is_empty() {
        return;
    }
    for k in 0..mentions.len() {
        let span = mentions[k].mention.span();
        if mentions[k].mention.label != Label::Person || span.slice(text).contains(' ') {
            continue;
        }
        // The particles before it, nearest first, each with where it starts.
        let mut starts = Vec::new();
        let mut at = span.start;
        while starts.len() < MAX_PARTICLES {
            let Some(before) = text[..at].strip_suffix(' ') else {
                break;
            };
            let Some((start, _)) = (before.char_indices().rev())
                .take_while(|&(_, c)| c.is_alphabetic())
                .last()
            else {
                break;
            };
            if !is_particle(&before[start..]) {
                break;
            }
            starts.push(start);
            at = start;
        }
        // The longest run of them that a full name writes, and that no mention before holds.
        let previous_end = k
            .checked_sub(1)
            .map_or(0, |p| mentions[p].mention.span().end);
        let widened = (starts.iter().rev())
            .filter(|&&start| start >= previous_end)
            .find(|&&start| written.contains(&text[start..span.end].to_lowercase()));
        if let Some(&start) = widened {
            mentions[k].mention.set_span(ByteSpan::new(start, span.end));
        }
    }
}
