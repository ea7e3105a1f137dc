//! Longer names built on a place's: a country's formal name ("the State of Israel", "the
//! Republic of Korea") and a town with its river ("Braunau am Inn") are the place, and a
//! place's office of a sheriff or a prosecutor ("Bartholomew County Sheriff's Office",
//! "Manhattan District Attorney's Office") is an organisation. The
//! place is found first; these widen its span.

use super::{Explained, Reason};
use crate::entities::Label;
use crate::entities::gazetteer::Gazetteer;
use crate::text::ByteSpan;

/// Words that open a country's formal name before "of".
const FORMS_OF_STATE: &[&str] = &[
    "State",
    "Republic",
    "Kingdom",
    "Commonwealth",
    "Principality",
    "Sultanate",
    "Emirate",
    "Federation",
];

/// Widens, in place, each country written in its formal name to that name, each town to
/// its river and each place before its sheriff's office to the office; a mention the wider
/// name covers is dropped.
pub(super) fn widen(text: &str, g: &Gazetteer, mentions: &mut Vec<Explained>) {
    let mut widened = false;
    for e in mentions.iter_mut() {
        // "Greater Sydney", read whole as a longer name or as the city alone: the city's
        // wider area, a place.
        if let Some(span) = greater_area(text, g, e.mention.span()) {
            e.mention.set_span(span);
            e.mention.label = Label::Gpe;
            e.reason = Reason::JoinedToName;
            widened = true;
            continue;
        }
        if e.mention.label != Label::Gpe {
            continue;
        }
        let span = e.mention.span();
        if let Some(start) = formal_name_start(text, span)
            && g.is_country(e.mention.text(text))
        {
            e.mention.set_span(ByteSpan::new(start, span.end));
            e.reason = Reason::JoinedToName;
            widened = true;
        } else if let Some(end) = river_of_town_end(text, span.end) {
            e.mention.set_span(ByteSpan::new(span.start, end));
            e.reason = Reason::JoinedToName;
            widened = true;
        } else if let Some(end) = office_end(text, span.end) {
            e.mention.set_span(ByteSpan::new(span.start, end));
            e.mention.label = Label::Org;
            e.reason = Reason::HeadWord;
            widened = true;
        }
    }
    if widened {
        drop_covered(mentions);
    }
}

/// Drops each mention that starts inside the one kept before it. An organisation read from
/// a widened office's head word on ("U.S. Attorney's Office for the Southern District of
/// New York", read from "Office") carries the office to its end.
fn drop_covered(mentions: &mut Vec<Explained>) {
    let mut kept = 0;
    for at in 0..mentions.len() {
        let span = mentions[at].mention.span();
        if kept > 0 {
            let label = mentions[at].mention.label;
            let last = &mut mentions[kept - 1].mention;
            let reach = last.span().end;
            if span.start < reach {
                if span.end > reach && last.label == Label::Org && label == Label::Org {
                    last.set_span(ByteSpan::new(last.span().start, span.end));
                }
                continue;
            }
        }
        mentions.swap(kept, at);
        kept += 1;
    }
    mentions.truncate(kept);
}

/// "Greater Sydney", "Greater London": the span of a known place after "Greater", when
/// `span` is the place alone or the two words read as one name.
fn greater_area(text: &str, g: &Gazetteer, span: ByteSpan) -> Option<ByteSpan> {
    const GREATER: &str = "Greater ";
    let name = span.slice(text);
    let (start, place) = match name.strip_prefix(GREATER) {
        Some(place) => (span.start, place),
        None => (span.start.checked_sub(GREATER.len())?, name),
    };
    // Checked first: `start` may fall inside a character before a place alone.
    if text.get(start..start + GREATER.len()) != Some(GREATER) {
        return None;
    }
    let known_place = matches!(g.lookup(place), Some((Label::Gpe, _)));
    (opens_a_word(text, start) && known_place).then(|| ByteSpan::new(start, span.end))
}

/// Where "State of " (or another form of state) starts, written right before `span`; not
/// inside a longer name ("Islamic State of Iraq").
fn formal_name_start(text: &str, span: ByteSpan) -> Option<usize> {
    let before = text[..span.start].strip_suffix(" of ")?;
    let form = FORMS_OF_STATE.iter().find(|f| before.ends_with(*f))?;
    let start = span.start - " of ".len() - form.len();
    let word_before = text[..start].trim_end_matches(' ');
    let inside_a_name = text[..start].ends_with(' ')
        && (word_before.rsplit(' ').next())
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase);
    (opens_a_word(text, start) && !inside_a_name).then_some(start)
}

/// Whether byte `start` of `text` opens a word: no letter or digit right before it.
fn opens_a_word(text: &str, start: usize) -> bool {
    text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// The end of the river or region that tells a town from its namesakes, written after it
/// with a joining word: "Braunau am Inn", "Frankfurt an der Oder", "Newcastle upon Tyne".
fn river_of_town_end(text: &str, end: usize) -> Option<usize> {
    let rest = &text[end..];
    let after = [" am ", " an der ", " im ", " upon "]
        .into_iter()
        .find_map(|joiner| rest.strip_prefix(joiner))?;
    let word_len = after
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after.len());
    let word = &after[..word_len];
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    (capitalised && word.chars().count() > 1).then(|| text.len() - after.len() + word_len)
}

/// Capitalised words at most between a place and its office: "District Attorney's",
/// "State's Attorney's", "Chief Medical Examiner's".
const OFFICE_HOLDER_WORDS: usize = 3;

/// The end of an office-holder's office written right after a place ending at `end`: the
/// holder's title in the possessive (straight or curly apostrophe), then "Office" or
/// "Department" ("Bartholomew County Sheriff's Office", "Manhattan District Attorney's
/// Office", "U.S. Attorney's Office").
fn office_end(text: &str, end: usize) -> Option<usize> {
    let mut rest = text[end..].strip_prefix(' ')?;
    let mut possessive = false;
    for _ in 0..=OFFICE_HOLDER_WORDS {
        // Asked first: most places are followed by no capitalised word.
        if !rest.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        let word_len = rest
            .find(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
            .unwrap_or(rest.len());
        let word = &rest[..word_len];
        if possessive && matches!(word, "Office" | "Department") {
            return Some(text.len() - rest.len() + word_len);
        }
        possessive = word.ends_with("'s") || word.ends_with("’s");
        rest = rest[word_len..].strip_prefix(' ')?;
    }
    None
}
