//! Streets and addresses: "17th Street", "Eighth St.", "Central Avenue", "1909 Jolinda
//! Drive". Read before amounts and dates, so that a house number is no year.
//!
//! A street is a name and a word for a street. The name is an ordinal ("17th", "Eighth") or
//! capitalised words; the words "Drive", "Lane", "Place" and the like are surnames or ordinary
//! nouns too ("Nathan Lane", "Google Drive"), so they make a street only with a house number
//! or an ordinal before them.

use super::line_view::LineView;
use super::{Found, Reason, claim, is_ordinal_suffix};
use crate::entities::Label;
use crate::entities::gazetteer::class;
use crate::entities::token::Kind;

/// Longest run of capitalised words read as a street's name ("Martin Luther King").
const LONGEST_NAME: usize = 3;

/// How sure a street word is of itself.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Strength {
    /// "Street", "Avenue": after capitalised words, a street.
    Alone,
    /// "Drive", "Lane", "Place": a street only after a house number or an ordinal.
    WithNumber,
}

/// The word for a street at `word`, and whether it is an abbreviation that takes a full stop
/// ("St.").
fn street_word(word: &str) -> Option<(Strength, bool)> {
    use Strength::{Alone, WithNumber};
    Some(match word {
        "Street" | "Avenue" | "Boulevard" | "Road" => (Alone, false),
        "St" | "Ave" | "Blvd" | "Rd" => (Alone, true),
        "Drive" | "Lane" | "Place" | "Court" | "Way" | "Circle" | "Terrace" | "Trail"
        | "Parkway" => (WithNumber, false),
        "Dr" | "Ln" | "Ct" | "Pkwy" => (WithNumber, true),
        _ => return None,
    })
}

/// The words for a road known by its number: "Interstate 10", "Route 66", "Highway 401".
fn is_numbered_road_word(word: &str) -> bool {
    matches!(
        word,
        "Interstate" | "Route" | "Highway" | "Hwy" | "Motorway"
    )
}

/// Words that say whose a numbered road is, before its road word: "State Route 99", "US
/// Route 1" (a state's name is read from the gazetteer).
fn is_road_owner(word: &str) -> bool {
    matches!(
        word,
        "State" | "US" | "County" | "Interstate" | "Provincial" | "Township"
    )
}

/// The ordinal words that name streets ("Fifth Avenue").
pub(super) fn is_ordinal_word(word: &str) -> bool {
    matches!(
        word,
        "First"
            | "Second"
            | "Third"
            | "Fourth"
            | "Fifth"
            | "Sixth"
            | "Seventh"
            | "Eighth"
            | "Ninth"
            | "Tenth"
            | "Eleventh"
            | "Twelfth"
    )
}

/// Words for a street's side of town before its name ("West 57th Street", "N. Main St.",
/// "Southwest 117th Avenue", "NW 36th Street").
fn is_compass(word: &str) -> bool {
    matches!(
        word,
        "North"
            | "South"
            | "East"
            | "West"
            | "Northeast"
            | "Northwest"
            | "Southeast"
            | "Southwest"
            | "N"
            | "S"
            | "E"
            | "W"
            | "NE"
            | "NW"
            | "SE"
            | "SW"
    )
}

/// Marks the streets of one line as FAC and claims their house numbers (which make no
/// mention): see the module doc.
pub(super) fn find_streets(s: LineView, claimed: &mut [bool], found: &mut Vec<Found>) {
    let tokens = s.tokens;
    for k in 0..tokens.len() {
        if !tokens[k].is_cap_word() {
            continue;
        }
        let road = match s.numbered_road_at(k) {
            Some((first, end)) => Some((first, end, None)),
            None if k > 0 => s.street_at(k),
            None => None,
        };
        let Some((first, end, number)) = road else {
            continue;
        };
        found.push(Found::over(&tokens[first..end], Label::Fac, Reason::Street));
        claim(claimed, number.unwrap_or(first), end);
    }
}

impl LineView<'_> {
    /// The street whose street word is token `k`: (first token, end token, the house
    /// number's token).
    fn street_at(&self, k: usize) -> Option<(usize, usize, Option<usize>)> {
        let (strength, abbreviated) = street_word(self.text(k))?;
        let end = if abbreviated {
            // "Eighth St. and", not "St. Louis" (a saint's name).
            let stop = self.text(k + 1) == "." && self.attached(k + 1);
            let saint = self.tokens.get(k + 2).is_some_and(|t| t.is_cap_word());
            if !stop || saint {
                return None;
            }
            k + 2
        } else {
            // "Wall Street Journal", "Belt and Road Initiative": the name goes on.
            let more = (self.tokens.get(k + 1)).is_some_and(|t| t.is_cap_word() && t.space_before);
            if more {
                return None;
            }
            k + 1
        };
        let (first, ordinal) = self.name_before(k)?;
        let number = self.house_number_before(first);
        let sure = ordinal || number.is_some() || strength == Strength::Alone;
        (sure || self.crosses_a_street(first, end)).then_some((first, end, number))
    }

    /// Whether the street of tokens `first..end` is named at a crossing with another, which
    /// "and" joins to it: "Miller Drive and Southwest 117th Avenue", "Main Street and Elm
    /// Lane". The other's street word, of any strength, comes within a few words.
    fn crosses_a_street(&self, first: usize, end: usize) -> bool {
        // A word of a street's name: capitalised, a number or its attached ordinal suffix.
        let name_part = |i: usize| {
            self.tokens[i].is_cap_word() || self.kind(i) == Some(Kind::Number) || self.attached(i)
        };
        let street_word_at =
            |i: usize| self.tokens[i].is_cap_word() && street_word(self.text(i)).is_some();
        let joined = |i: usize| matches!(self.text(i), "and" | "&");
        let after = joined(end)
            && (end + 1..self.tokens.len().min(end + 6))
                .take_while(|&i| name_part(i))
                .any(street_word_at);
        let before = first >= 2 && joined(first - 1) && street_word_at(first - 2);
        after || before
    }

    /// The numbered road at token `k`: "Interstate 10", "Illinois Route 29", "U.S. Highway
    /// 41", or "I-95" (two or three digits: "I-9" is an employment form). (first token, end
    /// token).
    #[inline]
    fn numbered_road_at(&self, k: usize) -> Option<(usize, usize)> {
        // Asked of every capitalised word: the road words' first letters turn most away.
        if matches!(
            self.line.as_bytes()[self.tokens[k].start],
            b'I' | b'R' | b'H' | b'M'
        ) {
            self.numbered_road_from(k)
        } else {
            None
        }
    }

    /// [`LineView::numbered_road_at`] at a word with a road word's first letter.
    #[inline(never)]
    fn numbered_road_from(&self, k: usize) -> Option<(usize, usize)> {
        let road_number = |i: usize, lengths: std::ops::RangeInclusive<usize>| {
            let digits = self.text(i);
            self.kind(i) == Some(Kind::Number)
                && lengths.contains(&digits.len())
                && digits.bytes().all(|b| b.is_ascii_digit())
                // "Route 66's", "Highway 1." but not "Highway 1.5", "Route 9,000" or "9%".
                && !(self.attached(i + 1)
                    && (self.text(i + 1) == "%"
                        || (self.kind(i + 2) == Some(Kind::Number) && self.attached(i + 2))))
        };
        if self.text(k) == "I" && self.text(k + 1) == "-" && self.attached(k + 1) {
            return (self.attached(k + 2) && road_number(k + 2, 2..=3)).then_some((k, k + 3));
        }
        // "County Road 12", "Township Road 1950E": a road, with its owner before it, numbered
        // up to four digits and a compass letter on the grid of rural counties.
        let owned_road = self.text(k) == "Road" && k > 0 && is_road_owner(self.text(k - 1));
        let numbered = if owned_road {
            road_number(k + 1, 1..=4)
        } else {
            is_numbered_road_word(self.text(k)) && road_number(k + 1, 1..=3)
        };
        if !numbered || !self.tokens.get(k + 1).is_some_and(|t| t.space_before) {
            return None;
        }
        let compass =
            owned_road && self.attached(k + 2) && matches!(self.text(k + 2), "N" | "E" | "S" | "W");
        let end = if compass { k + 3 } else { k + 2 };
        let mut first = k;
        while first > 0 && self.tokens[first].space_before {
            let before = first - 1;
            let owner = if self.text(before) == "." {
                self.us_ending_at(before)
            } else if is_road_owner(self.text(before)) {
                Some(before)
            } else {
                self.state_ending_at(before)
            };
            match owner {
                Some(at) => first = at,
                None => break,
            }
        }
        Some((first, end))
    }

    /// The first token of a known place of one or two words ending at token `last`
    /// ("Illinois", "West Virginia"), before a numbered road.
    fn state_ending_at(&self, last: usize) -> Option<usize> {
        let is_place = |first: usize| {
            let name = &self.line[self.tokens[first].start..self.tokens[last].end];
            (first..=last).all(|k| self.tokens[k].is_cap_word())
                && matches!(self.g.lookup(name), Some((Label::Gpe, _)))
        };
        if last > 0 && self.tokens[last].space_before && is_place(last - 1) {
            return Some(last - 1);
        }
        let region = self.tokens[last].is_cap_word() && self.classes(last) & class::REGION != 0;
        (region || is_place(last)).then_some(last)
    }

    /// The first token of "U.S." when its last stop is token `stop`.
    fn us_ending_at(&self, stop: usize) -> Option<usize> {
        let end = self.tokens[stop].end;
        let start = end.checked_sub("U.S.".len())?;
        if self.line.get(start..end) != Some("U.S.") {
            return None;
        }
        (stop.saturating_sub(3)..stop).find(|&i| self.tokens[i].start == start)
    }

    /// The first token of the street's name before token `k`, and whether the name is an
    /// ordinal.
    fn name_before(&self, k: usize) -> Option<(usize, bool)> {
        // "17th Street": digits and an attached ordinal suffix.
        if k >= 2
            && is_ordinal_suffix(self.text(k - 1))
            && self.attached(k - 1)
            && self.tokens[k - 2].kind == Kind::Number
            && self.tokens[k].space_before
        {
            return Some((self.with_compass(k - 2), true));
        }
        // "1600E Road": a rural grid road, numbered by its distance from a base line.
        if k >= 2
            && matches!(self.text(k - 1), "N" | "S" | "E" | "W")
            && self.attached(k - 1)
            && self.tokens[k - 2].kind == Kind::Number
            && self.tokens[k].space_before
        {
            return Some((k - 2, true));
        }
        if is_ordinal_word(self.text(k - 1)) && self.tokens[k].space_before {
            return Some((self.with_compass(k - 1), true));
        }
        let mut first = k;
        while first > 0
            && k - first < LONGEST_NAME
            && self.tokens[first].space_before
            && self.is_name_word(first - 1)
        {
            first -= 1;
        }
        (first < k).then(|| (self.with_compass(first), false))
    }

    /// A capitalised word that can be part of a street's name: no stopword, title or month
    /// ("The Avenue", "President Street").
    fn is_name_word(&self, i: usize) -> bool {
        self.tokens[i].is_cap_word()
            && self.text(i).len() > 1
            && self.classes(i) & (class::STOPWORD | class::TITLE | class::MONTH | class::WEEKDAY)
                == 0
    }

    /// `first`, or the compass word before it ("West 57th Street", "N. Main St.").
    fn with_compass(&self, first: usize) -> usize {
        let dotted = first >= 2 && self.text(first - 1) == "." && self.attached(first - 1);
        let Some(at) = first.checked_sub(if dotted { 2 } else { 1 }) else {
            return first;
        };
        let single_letter = self.text(at).len() == 1;
        let compass = is_compass(self.text(at))
            && self.tokens[at].is_cap_word()
            && (dotted || !single_letter);
        if compass { at } else { first }
    }

    /// The token of a house number written right before the street's name ("1909 Jolinda
    /// Drive"). A year after a word of time dates the sentence instead ("In 2019 Main Street
    /// was closed").
    fn house_number_before(&self, first: usize) -> Option<usize> {
        let n = first.checked_sub(1)?;
        let digits = self.text(n);
        let is_number = self.tokens[n].kind == Kind::Number
            && self.tokens[first].space_before
            && (1..=5).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit());
        if !is_number {
            return None;
        }
        let yearlike = digits.len() == 4 && matches!(digits.as_bytes()[0], b'1' | b'2');
        let dates_the_sentence = yearlike
            && n > 0
            && matches!(
                self.text(n - 1).to_ascii_lowercase().as_str(),
                "in" | "since"
                    | "by"
                    | "until"
                    | "till"
                    | "after"
                    | "before"
                    | "during"
                    | "through"
                    | "for"
                    | "circa"
                    | "around"
                    | "from"
            );
        (!dates_the_sentence).then_some(n)
    }
}
