//! Each mention's grouping facts, worked out once per distinct (text, label): a long article
//! repeats its names thousands of times. The mentions' keys are read, and the distinct keys
//! normalised and looked up in the gazetteer, in two halves on two threads; the names are
//! interned here, in the order they first occur, so their ids do not depend on the threads.

use super::super::extract::state_of_code;
use super::super::gazetteer::FastHash;
use super::super::halves::{PARALLEL_MENTIONS, join, on_halves};
use super::super::names::{NameId, Names};
use super::initials::{Letters, initials_key, is_acronym, letters_key};
use super::{Facts, Gazetteer, Label, Mention, narrow, needs_normalising, normalise};
use crate::text::ByteSpan;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

/// Distinct keys from which their normalising and gazetteer look-ups take a second thread.
const PARALLEL_KEYS: usize = 4_096;

/// The facts of each of `mentions` (sorted, of `text`); `forced` holds the names the
/// reader's marks give, by span.
pub(super) fn mention_facts(
    text: &str,
    mentions: &[Mention],
    gazetteer: &Gazetteer,
    names: &mut Names,
    mut forced: HashMap<ByteSpan, String>,
) -> Vec<Facts> {
    let [first, second] = on_halves(mentions, PARALLEL_MENTIONS, |half| Keys::of(text, half));
    let Keys {
        mut distinct,
        mut number,
        of_mention,
    } = first;
    // The second half's keys, numbered after the first half's.
    let renumbered: Vec<u32> = second
        .distinct
        .iter()
        .map(|&key| {
            *number.entry(key).or_insert_with(|| {
                distinct.push(key);
                narrow(distinct.len() - 1)
            })
        })
        .collect();
    let spelled = spelled_initials(&distinct);
    let [head, tail] = on_halves(&distinct, PARALLEL_KEYS, |keys| {
        keys.iter()
            .map(|&(raw, label)| {
                // "SLS" in an article on the "Space Launch System" is that rocket, not the
                // party the gazetteer knows by those letters: grouping joins it to the name.
                if is_acronym(raw) && spelled.contains(&(label, letters_key(raw.as_bytes()))) {
                    (Cow::Borrowed(raw), None)
                } else {
                    resolve(raw, label, gazetteer)
                }
            })
            .collect::<Vec<_>>()
    });
    let ids: Vec<(NameId, Option<NameId>)> = head
        .iter()
        .chain(&tail)
        .map(|(surface, canonical)| (names.intern(surface), canonical.map(|c| names.intern(c))))
        .collect();
    let facts_of = |(surface, canonical): (NameId, Option<NameId>)| Facts {
        surface,
        name: canonical.unwrap_or(surface),
        forced: false,
    };
    // Each half's facts on its own thread; the first list has room for the second's.
    let (mut facts, later) = join(
        mentions.len() >= PARALLEL_MENTIONS,
        || {
            let mut facts: Vec<Facts> = Vec::with_capacity(mentions.len());
            facts.extend(of_mention.iter().map(|&k| facts_of(ids[k as usize])));
            facts
        },
        || {
            (second.of_mention.iter())
                .map(|&k| facts_of(ids[renumbered[k as usize] as usize]))
                .collect::<Vec<Facts>>()
        },
    );
    facts.extend(later);
    if !forced.is_empty() {
        for (m, facts) in mentions.iter().zip(&mut facts) {
            if let Some(name) = forced.remove(&m.span()) {
                facts.name = names.intern(&name);
                facts.forced = true;
            }
        }
    }
    facts
}

/// The initials that the article's names of two or more words spell, with their label: no
/// person's, whose initials are no name.
fn spelled_initials(distinct: &[(&str, Label)]) -> HashSet<(Label, Letters), FastHash> {
    (distinct.iter())
        .filter(|&&(name, label)| label != Label::Person && !label.is_value() && name.contains(' '))
        .filter_map(|&(name, label)| Some((label, initials_key(name)?)))
        .collect()
}

/// The (text, label) keys of some mentions: each distinct key once, in order of first
/// mention, and each mention's key by its number.
struct Keys<'t> {
    distinct: Vec<(&'t str, Label)>,
    number: HashMap<(&'t str, Label), u32, FastHash>,
    of_mention: Vec<u32>,
}

impl<'t> Keys<'t> {
    fn of(text: &'t str, mentions: &[Mention]) -> Self {
        let mut keys = Keys {
            distinct: Vec::new(),
            number: HashMap::default(),
            of_mention: Vec::with_capacity(mentions.len()),
        };
        for m in mentions {
            let key = (m.text(text), m.label);
            let k = *keys.number.entry(key).or_insert_with(|| {
                keys.distinct.push(key);
                narrow(keys.distinct.len() - 1)
            });
            keys.of_mention.push(k);
        }
        keys
    }
}

/// A mention text's grouping key (see the module doc of `group`) and, when the gazetteer
/// knows that key with the same label, its canonical name.
fn resolve<'a>(
    raw: &'a str,
    label: Label,
    gazetteer: &'a Gazetteer,
) -> (Cow<'a, str>, Option<&'a str>) {
    let surface = if needs_normalising(raw, label) {
        Cow::Owned(normalise(raw, label))
    } else {
        Cow::Borrowed(raw)
    };
    // A state's postal code is read as one only after a place ("Alpharetta, GA").
    let canonical = gazetteer
        .lookup(&surface)
        .filter(|&(known, _)| known == label)
        .map(|(_, name)| name)
        .or_else(|| (label == Label::Gpe).then(|| state_of_code(raw)).flatten())
        .or_else(|| {
            (label == Label::Org)
                .then(|| body_of_a_country(raw, gazetteer))
                .flatten()
        });
    (surface, canonical)
}

/// "U.S. Securities and Exchange Commission" is the SEC, "UK Parliament" the Parliament (of
/// the United Kingdom, by [`super::scope::country_before`]): a body named with its country
/// first is grouped by the body's own name, when the gazetteer knows that name or it is an
/// institution every country has. Other names keep their country ("United States
/// Geological Survey").
fn body_of_a_country<'a>(raw: &'a str, gazetteer: &'a Gazetteer) -> Option<&'a str> {
    let (_, body) = super::scope::country_before(raw, gazetteer)?;
    match gazetteer.lookup(body) {
        Some((Label::Org, canonical)) => Some(canonical),
        Some(_) => None,
        None => super::scope::is_shared_institution(body, gazetteer).then_some(body),
    }
}
