//! A place followed by its state: "Alpharetta, GA", "Camden, N.J.", "Irvine, California".
//! Listings and addresses write the state as its postal code, two capitals that elsewhere
//! abbreviate anything ("IN", "OR", "ME"): only after a place's name and a comma, closing
//! the phrase, do they name the state. The name before such a state is a place.

use super::super::Label;
use super::super::gazetteer::Gazetteer;
use super::{Explained, Reason};
use crate::text::ByteSpan;

/// The postal codes of a country's states, provinces and territories, with the names the
/// gazetteer knows them by: the US states and the District of Columbia, and Canada's
/// provinces and territories.
const POSTAL_CODES: &[(&str, &[(&str, &str)])] =
    &[("United States", US_STATES), ("Canada", CANADIAN_PROVINCES)];

const US_STATES: &[(&str, &str)] = &[
    ("AL", "Alabama"),
    ("AK", "Alaska"),
    ("AZ", "Arizona"),
    ("AR", "Arkansas"),
    ("CA", "California"),
    ("CO", "Colorado"),
    ("CT", "Connecticut"),
    ("DE", "Delaware"),
    ("DC", "Washington, D.C."),
    ("FL", "Florida"),
    ("GA", "Georgia"),
    ("HI", "Hawaii"),
    ("ID", "Idaho"),
    ("IL", "Illinois"),
    ("IN", "Indiana"),
    ("IA", "Iowa"),
    ("KS", "Kansas"),
    ("KY", "Kentucky"),
    ("LA", "Louisiana"),
    ("ME", "Maine"),
    ("MD", "Maryland"),
    ("MA", "Massachusetts"),
    ("MI", "Michigan"),
    ("MN", "Minnesota"),
    ("MS", "Mississippi"),
    ("MO", "Missouri"),
    ("MT", "Montana"),
    ("NE", "Nebraska"),
    ("NV", "Nevada"),
    ("NH", "New Hampshire"),
    ("NJ", "New Jersey"),
    ("NM", "New Mexico"),
    ("NY", "New York"),
    ("NC", "North Carolina"),
    ("ND", "North Dakota"),
    ("OH", "Ohio"),
    ("OK", "Oklahoma"),
    ("OR", "Oregon"),
    ("PA", "Pennsylvania"),
    ("RI", "Rhode Island"),
    ("SC", "South Carolina"),
    ("SD", "South Dakota"),
    ("TN", "Tennessee"),
    ("TX", "Texas"),
    ("UT", "Utah"),
    ("VT", "Vermont"),
    ("VA", "Virginia"),
    ("WA", "Washington"),
    ("WV", "West Virginia"),
    ("WI", "Wisconsin"),
    ("WY", "Wyoming"),
];

const CANADIAN_PROVINCES: &[(&str, &str)] = &[
    ("AB", "Alberta"),
    ("BC", "British Columbia"),
    ("MB", "Manitoba"),
    ("NB", "New Brunswick"),
    ("NL", "Newfoundland and Labrador"),
    ("NS", "Nova Scotia"),
    ("NT", "Northwest Territories"),
    ("NU", "Nunavut"),
    ("ON", "Ontario"),
    ("PE", "Prince Edward Island"),
    ("QC", "Quebec"),
    ("SK", "Saskatchewan"),
    ("YT", "Yukon"),
];

/// Every state or province: (its country, its postal code, its name).
fn states() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    (POSTAL_CODES.iter()).flat_map(|&(country, states)| {
        states
            .iter()
            .map(move |&(code, name)| (country, code, name))
    })
}

/// The country of a US state or a Canadian province, by the name the gazetteer knows it by
/// ("New York": "United States"). The knowledge files' countries list no state, since the
/// gazetteer lists the states itself.
pub(in crate::entities) fn country_of_state(name: &str) -> Option<&'static str> {
    states()
        .find(|&(_, _, state)| state == name)
        .map(|(country, ..)| country)
}

/// The state or province a postal code stands for.
pub(in crate::entities) fn state_of_code(code: &str) -> Option<&'static str> {
    (code.len() == 2)
        .then(|| states().find(|&(_, c, _)| c == code))
        .flatten()
        .map(|(.., name)| name)
}

/// Whether `name` is a US state's or a Canadian province's, as the gazetteer knows it.
pub(super) fn is_state_name(name: &str) -> bool {
    states().any(|(_, _, state)| state == name)
}

/// Whether the postal code at `start..end` follows a capitalised name and a comma and closes
/// its phrase: "Alpharetta, GA" at a line's end, "Toronto, ON," or "Austin, TX 78701".
pub(super) fn is_state_code(text: &str, start: usize, end: usize) -> bool {
    state_of_code(&text[start..end]).is_some()
        && after_a_name_and_comma(&text[..start])
        && closes_phrase(&text[end..])
}

/// Whether a state or a country follows the name ending at `end`, after a comma, and ends
/// the phrase: ", GA", ", N.J.", ", Georgia." Not a possessive ("Vidyard, Canada's ...") nor
/// a sentence going on ("Wednesday, Pakistan was ...").
pub(super) fn state_follows(text: &str, end: usize, g: &Gazetteer) -> bool {
    state_closes_phrase(text, end, g, false)
}

/// Whether a state or a country follows the name ending at `end` after a comma, as in
/// [`state_follows`], where a sentence may go on after it: "from Zorbville, Indiana was
/// ...", read when a word of coming from a place comes before the name.
pub(super) fn state_follows_in_a_sentence(text: &str, end: usize, g: &Gazetteer) -> bool {
    state_closes_phrase(text, end, g, true)
}

fn state_closes_phrase(text: &str, end: usize, g: &Gazetteer, sentence_goes_on: bool) -> bool {
    let Some(rest) = text[end..].strip_prefix(", ") else {
        return false;
    };
    // The state closes the line when it ends it: "SpaceX, Hawthorne, California\n".
    let rest = rest.split('\n').next().unwrap_or(rest);
    let at = end + 2;
    if abbreviated_state_at(text, at, g) {
        return true;
    }
    // The longest known place of up to three words.
    let word_ends: Vec<usize> = (rest.match_indices(' ').map(|(i, _)| i))
        .chain(std::iter::once(rest.len()))
        .take(3)
        .collect();
    word_ends.into_iter().rev().any(|word_end| {
        let name = rest[..word_end].trim_end_matches([',', '.', ';', ')', ':']);
        let after = &rest[name.len()..];
        let goes_on = || {
            sentence_goes_on
                && (after.strip_prefix(' '))
                    .is_some_and(|next| next.starts_with(char::is_lowercase))
        };
        let hard_close =
            after.is_empty() || after.starts_with(['\n', '\r', ',', '.', ';', ')']) || goes_on();
        // "Walnut Creek, Raleigh, NC": a place whose state follows is a city, and what
        // comes before the city is a venue.
        let city = after.starts_with(", ") && abbreviated_state_at(text, at + name.len() + 2, g);
        hard_close && !city && matches!(g.lookup(name), Some((Label::Gpe, _)))
    })
}

/// Relabels a one-word organisation the gazetteer knows as a place when its state follows,
/// written short: "Bristow, VA" is the town, not the helicopter company. A company is never
/// written with a state after it.
pub(super) fn places_before_states(text: &str, g: &Gazetteer, mentions: &mut [Explained]) {
    for e in mentions.iter_mut() {
        let span = e.mention.span();
        if e.mention.label == Label::Org
            && e.reason == Reason::Gazetteer
            && short_state_after(text, span.end, g)
            && !e.mention.text(text).contains(' ')
        {
            e.mention.label = Label::Gpe;
            e.reason = Reason::PlacePreposition;
        }
    }
}

/// Whether a comma and a state written short follow the name ending at `end`: "Buffalo,
/// N.Y.", "Bristow, VA".
pub(super) fn short_state_after(text: &str, end: usize, g: &Gazetteer) -> bool {
    text[end..].starts_with(", ") && abbreviated_state_at(text, end + 2, g)
}

/// Whether a state written short starts at `at`, closing its phrase: a postal code after a
/// name and a comma ("Alpharetta, GA"), or a place the gazetteer knows with its full stop
/// ("N.Y.", "Calif.").
pub(super) fn abbreviated_state_at(text: &str, at: usize, g: &Gazetteer) -> bool {
    let rest = &text[at..];
    let caps = rest.bytes().take_while(u8::is_ascii_uppercase).count();
    if caps == 2 && !rest[2..].starts_with('.') {
        return is_state_code(text, at, at + 2);
    }
    let dotted = rest
        .split([' ', ',', ';', ')', '\n'])
        .next()
        .filter(|w| w.ends_with('.') && w.len() > 2);
    dotted.is_some_and(|w| {
        let after = &rest[w.len()..];
        // Its full stop may end the sentence too: "of Morro Bay, Calif. He was airlifted".
        let next_sentence = after
            .strip_prefix(' ')
            .is_some_and(|next| next.starts_with(char::is_uppercase));
        matches!(g.lookup(w), Some((Label::Gpe, _))) && (closes_phrase(after) || next_sentence)
    })
}

/// The word before the comma that ends `before` ("Calderwood" of "Stephen Calderwood, ").
pub(super) fn word_before_comma(before: &str) -> &str {
    let name = before.strip_suffix(", ").unwrap_or("");
    name.rsplit(|c: char| !c.is_alphanumeric() && c != '.' && c != '-')
        .next()
        .unwrap_or("")
}

/// Whether `before` ends in a capitalised word of three letters or more, a comma and a
/// space.
fn after_a_name_and_comma(before: &str) -> bool {
    if !before.ends_with(", ") {
        return false;
    }
    let word = word_before_comma(before);
    // Three letters at least: "Me, NT, XP" lists Windows versions.
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().count() >= 3
}

/// Whether `after` starts where a place's phrase may end: the line's end, a mark, a postal
/// number, a lowercase word ("Mountain View, CA and ..."), or the mark that parts a listing's
/// fields ("Tampa, FL @ Amalie Arena", "Tampa, FL | Amalie Arena").
fn closes_phrase(after: &str) -> bool {
    let mut chars = after.chars();
    match chars.next() {
        None | Some('\n' | '\r' | ',' | '.' | ';' | ':' | ')' | '(' | '—' | '–') => true,
        Some(' ') => chars.next().is_some_and(|c| {
            c.is_ascii_digit() || c.is_lowercase() || matches!(c, '—' | '-' | '@' | '|')
        }),
        _ => false,
    }
}

/// "the State of Louisiana": a place named with "State of" before it, as laws and lawsuits
/// name a state, is one name with it (grouping reads it as the place). Only after "the" or
/// where a line opens: "Secretary of State of Ohio" is an office's name, "Islamic State of
/// Iraq" a group's.
pub(super) fn with_state_of(text: &str, span: ByteSpan) -> ByteSpan {
    let Some(before) = text[..span.start].strip_suffix("State of ") else {
        return span;
    };
    if !(before.is_empty() || before.ends_with('\n') || super::the_before(text, before.len())) {
        return span;
    }
    ByteSpan::new(before.len(), span.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at<'t>(text: &'t str, word: &str) -> (&'t str, usize, usize) {
        let start = text.find(word).unwrap();
        (text, start, start + word.len())
    }

    #[test]
    fn a_postal_code_after_a_place_and_a_comma_is_its_state() {
        for (text, code) in [
            (
                "June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA\n",
                "GA",
            ),
            ("played in Mountain View, CA and then", "CA"),
            ("Toronto, ON, Canada", "ON"),
            ("Austin, TX 78701", "TX"),
            ("Noblesville, IN", "IN"),
            ("June 10 – Tampa, FL @ Amalie Arena", "FL"),
            ("June 10 | Tampa, FL | Amalie Arena", "FL"),
        ] {
            let (text, start, end) = at(text, code);
            assert!(is_state_code(text, start, end), "{text}");
        }
    }

    #[test]
    fn two_capitals_elsewhere_are_no_state() {
        for (text, code) in [
            ("Apple, MS Office and more", "MS"),
            ("He said, OK then.", "OK"),
            ("the IN crowd", "IN"),
            ("Apple, HP and Dell", "HP"),
            ("Tampa, FLX\n", "FL"),
        ] {
            let (text, start, end) = at(text, code);
            assert!(!is_state_code(text, start, end), "{text}");
        }
        assert_eq!(state_of_code("GA"), Some("Georgia"));
        assert_eq!(country_of_state("Wyoming"), Some("United States"));
        assert_eq!(country_of_state("Alberta"), Some("Canada"));
        assert_eq!(country_of_state("New York"), Some("United States"));
        assert_eq!(country_of_state("Quebec"), Some("Canada"));
        assert_eq!(country_of_state("Paris"), None);
        assert_eq!(state_of_code("XX"), None);
    }
}
