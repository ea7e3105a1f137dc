//! An organisation's first word used alone for it. An article that has named "Fox News",
//! "Zeiss Group" or "Inmarsat Global Ltd." goes on to write "Fox", "Zeiss" and "Inmarsat",
//! as a reader does. Such a word is read only where no rule could read it, or where a verb
//! of saying alone made it a person ("Inmarsat said"); a word that opens a person's full
//! name in the article, a given name, a title or a body's head word ("Bank", "Ministry")
//! names no organisation alone.

use super::super::gazetteer::{Gazetteer, class};
use super::super::{Label, Mention};
use super::WordSet;
use super::merge::is_covered;
use super::shapes::PLACE_HEADS;
use super::{Explained, Reason};
use crate::entities::halves::{PARALLEL_MENTIONS, on_halves, on_halves_mut};
use crate::text::ByteSpan;

/// Words of these classes open many names of different things, or a person's.
const NOT_A_SHORT_NAME: u32 =
    class::NOT_IN_NAME | class::ORG_HEAD | class::GIVEN | class::LEADER | class::COMPANY_WORD;

/// Relabels as ORG the one-word people of `mentions` read so only by a verb of saying whose
/// word opens an organisation's name in the article, and returns ORG mentions for the
/// `loose` words (capitalised words no rule could read) that do, in the order of `loose`.
pub(super) fn relabel(
    text: &str,
    g: &Gazetteer,
    lowercase: &WordSet<String>,
    mentions: &mut [Explained],
    loose: &[ByteSpan],
) -> Vec<Explained> {
    let said_alone = |e: &Explained| {
        e.mention.label == Label::Person
            && e.reason == Reason::SpeechVerb
            && !e.mention.text(text).contains(' ')
    };
    // The words that may be short names, looked up below: few in any article.
    let loose: Vec<ByteSpan> = (loose.iter().copied())
        .filter(|&span| !opens_a_longer_name(text, span))
        .collect();
    // A long article's mentions are read in two halves, one on another thread.
    let [said, later] = on_halves(mentions, PARALLEL_MENTIONS, |half| {
        (half.iter().filter(|e| said_alone(e)))
            .map(|e| e.mention.text(text))
            .collect::<WordSet<&str>>()
    });
    let mut candidates: WordSet<&str> = (loose.iter().map(|span| span.slice(text)))
        .chain(said)
        .chain(later)
        .collect();
    candidates.retain(|word| may_name_an_organisation(g, lowercase, word));
    if candidates.is_empty() {
        return Vec::new();
    }
    let short_names = first_words_of_organisations(text, mentions, &candidates);
    if short_names.is_empty() {
        return Vec::new();
    }
    on_halves_mut(mentions, PARALLEL_MENTIONS, |half| {
        for e in half {
            if said_alone(e) && short_names.contains(e.mention.text(text)) {
                e.mention.label = Label::Org;
                e.reason = Reason::ShortName;
            }
        }
    });
    loose
        .into_iter()
        .filter(|span| short_names.contains(span.slice(text)))
        .filter(|&span| !is_covered(mentions, span))
        .map(|span| Explained {
            mention: Mention::spanning(span, Label::Org),
            reason: Reason::ShortName,
        })
        .collect()
}

/// Whether `word` may name an organisation alone: capitalised, not of the classes that open
/// many names or a person's, nor a name the gazetteer lists (which its own rules read). A
/// word the article also writes in lowercase opens a name for its place or by mistake
/// ("Added" of a page's "Added Guardian"), or is the thing the name is named after
/// ("Mezcal is huge" beside "mezcal sales", where a restaurant is "Mezcal Mexican").
fn may_name_an_organisation(g: &Gazetteer, lowercase: &WordSet<String>, word: &str) -> bool {
    word.len() > 1
        && word.starts_with(|c: char| c.is_uppercase())
        && word.chars().all(char::is_alphanumeric)
        && g.classes(word) & NOT_A_SHORT_NAME == 0
        && g.lookup(word).is_none()
        && !lowercase.contains(&word.to_lowercase())
}

/// The `candidates` that open an organisation's name of two words or more in `mentions`,
/// less the words of its people's full names.
fn first_words_of_organisations<'t>(
    text: &'t str,
    mentions: &[Explained],
    candidates: &WordSet<&'t str>,
) -> WordSet<&'t str> {
    // The candidates' lengths, asked before the set: most names' words are of none.
    let lengths = (candidates.iter()).fold(0u64, |bits, word| bits | 1 << word.len().min(63));
    let is_candidate =
        |word: &str| lengths & 1 << word.len().min(63) != 0 && candidates.contains(word);
    // "Napa County Board of Supervisors": the first word is a place. "The Boulder Flatirons"
    // is a group's name only by its shape.
    let [mut firsts, later] = on_halves(mentions, PARALLEL_MENTIONS, |half| {
        names_of(text, half, Label::Org)
            .filter(|&(_, first, rest, reason)| {
                is_candidate(first) && !names_a_place(rest) && reason != Reason::PluralAfterThe
            })
            .map(|(_, first, _, _)| first)
            .collect::<WordSet<&str>>()
    });
    firsts.extend(later);
    if firsts.is_empty() {
        return firsts;
    }
    let [mut people_words, later] = on_halves(mentions, PARALLEL_MENTIONS, |half| {
        names_of(text, half, Label::Person)
            .flat_map(|(name, ..)| name.split(' '))
            .filter(|word| firsts.contains(word))
            .collect::<WordSet<&str>>()
    });
    people_words.extend(later);
    firsts.retain(|word| !people_words.contains(word));
    firsts
}

/// The names of two words or more of `mentions` with `label`: (name, first word, the rest,
/// reason).
fn names_of<'t, 'm>(
    text: &'t str,
    mentions: &'m [Explained],
    label: Label,
) -> impl Iterator<Item = (&'t str, &'t str, &'t str, Reason)> + 'm
where
    't: 'm,
{
    (mentions.iter())
        .filter(move |e| e.mention.label == label)
        .map(|e| (e.mention.text(text), e.reason))
        .filter_map(|(name, reason)| {
            let space = name.bytes().position(|b| b == b' ')?;
            Some((name, &name[..space], &name[space + 1..], reason))
        })
}

/// Whether the words after an organisation's first word make that word a place: a place's
/// head ("Napa County Board of Supervisors", "Ohio State University") or a town's public
/// service ("Zorbury Police Department", "Plano Independent School District").
pub(crate) fn names_a_place(rest: &str) -> bool {
    let next = rest.split(' ').next().unwrap_or_default();
    PLACE_HEADS.contains(&next) || TOWN_SERVICES.contains(&next)
}

/// The words that open a town's or a state's public body after its name.
const TOWN_SERVICES: &[&str] = &[
    "City",
    "State",
    "Town",
    "Village",
    "Police",
    "Fire",
    "Sheriff",
    "Sheriff's",
    "Sheriff’s",
    "School",
    "Schools",
    "Public",
    "Unified",
    "Independent",
    "Municipal",
    "Metropolitan",
    "Regional",
];

/// Whether a capitalised word follows the word at `span` ("Electoral College"): the word
/// opens a longer name, whose rules left it, not the short one.
pub(super) fn opens_a_longer_name(text: &str, span: ByteSpan) -> bool {
    text[span.end..]
        .strip_prefix(' ')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
}
