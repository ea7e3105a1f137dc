//! Lines of lists, which are short and capitalised like headings but are none: the entries of
//! a list of dates, as tour and event schedules write them ("June 9 -- Coral Sky Amphitheatre,
//! West Palm Beach, FL", "Dec. 6: Mohegan Sun Arena, Uncasville, Conn.", "June 10 – Tampa, FL
//! @ Amalie Arena"), and lines of fields
//! after a line that ends in a colon ("The five are:" then "Ceres Robotics, Palo Alto,
//! California"). Signatures with a role among their fields ("Aurelio M. Fernandez III,
//! president and CEO, Memorial Healthcare System") or a handle are no headings either. In
//! a list of dates, the name before a town and its state, or after an at sign, is where the
//! event takes place.

use super::{Explained, Reason, states};
use crate::entities::Label;
use crate::entities::gazetteer::{Gazetteer, class};
use crate::text::ByteSpan;

/// Whether `line` opens with a day of a month and a dash or colon after it.
pub(super) fn is_dated_entry(line: &str, g: &Gazetteer) -> bool {
    let mut words = line.split_whitespace();
    let (Some(month), Some(day), Some(next)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    // "9", "9:", "9th", "19,".
    let digits = day.trim_end_matches([':', ',']);
    let digits = digits.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let is_day = (1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    let separated = day.ends_with(':') || matches!(next, "-" | "--" | "–" | "—" | "|");
    let month = g.classes(month.trim_end_matches('.')) & (class::MONTH | class::MONTH_ABBR) != 0;
    month && is_day && separated
}

/// Whether `line` is a signature: fields parted by commas, one of them a role in lowercase
/// words ("Albert E. Dotson Jr., partner, Bilzin Sumberg"), or an embedded post's, with the
/// account's handle in brackets ("— Hayes Brown (@HayesBrown) September 19, 2016"). Short
/// and without a full stop, it looks like a heading, but its capitals are evidence of names.
pub(super) fn is_signature(line: &str) -> bool {
    line.contains(" (@")
        || line
            .split(", ")
            .skip(1)
            .any(|field| field.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// Lines looked back over for the colon that opens a list.
const MAX_LIST_LINES: usize = 40;

/// Whether the line starting at byte `start` of `text` holds fields parted by commas and
/// follows, through other such lines, a line ending in a colon.
pub(super) fn is_list_item(text: &str, start: usize) -> bool {
    let line = super::line_holding(text, start, start).trim_end_matches(['\r', ' ', '\t']);
    if !line.contains(", ") {
        return false;
    }
    let before = text[..start].lines().rev().filter(|l| !l.trim().is_empty());
    for previous in before.take(MAX_LIST_LINES) {
        let previous = previous.trim_end();
        if previous.ends_with(':') {
            return true;
        }
        if !previous.contains(", ") || !super::is_heading(previous) {
            return false;
        }
    }
    false
}

/// Relabels, in a dated entry, the name written before a town and its state as the venue
/// (FAC): "Jiffy Lube Live, Bristow, VA", "Xfinity Center, Mansfield, MA".
pub(super) fn venues(text: &str, g: &Gazetteer, mentions: &mut [Explained]) {
    for e in mentions.iter_mut() {
        let named = matches!(e.mention.label, Label::Person | Label::Org);
        if named && is_venue(text, e.mention.span(), g) {
            e.mention.label = Label::Fac;
            e.reason = Reason::Venue;
        }
    }
}

/// Whether `span` names the venue of a dated entry: after the town and an at sign ("June 24
/// – Bristow, VA @ Jiffy Lube Live"), or followed by a town of up to three capitalised words
/// and its state written short ("June 24 -- Jiffy Lube Live, Bristow, VA"). In running text
/// the second shape is a person's or a company's address ("Jane Doe, Camden, N.J."), so only
/// dated entries are read.
pub(super) fn is_venue(text: &str, span: ByteSpan, g: &Gazetteer) -> bool {
    if text[..span.start].ends_with(" @ ") {
        return is_dated_entry(super::line_holding(text, span.start, span.end), g);
    }
    let Some(town) = text[span.end..].strip_prefix(", ") else {
        return false;
    };
    let town_start = span.end + 2;
    // A town of up to three words on the same line.
    let town = town.split('\n').next().unwrap_or(town);
    let Some(comma) = town.find(", ").filter(|&c| c > 0) else {
        return false;
    };
    let words = &town[..comma];
    let town_like = words.split(' ').count() <= 3
        && words
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    if !town_like || !states::abbreviated_state_at(text, town_start + comma + 2, g) {
        return false;
    }
    is_dated_entry(super::line_holding(text, span.start, span.end), g)
}

#[cfg(test)]
mod tests {
    use super::{is_dated_entry, is_list_item};
    use crate::app::indexing::gazetteer;

    #[test]
    fn lines_of_fields_after_a_colon_are_a_list() {
        let text = "The newly selected five are:\nBlue Origin, Kent, Washington\n\nCeres Robotics, Palo Alto, California\nThey include landers.\nTrump, Xi Agree to Talks\n";
        let at = |line: &str| text.find(line).unwrap();
        assert!(is_list_item(text, at("Blue Origin")));
        assert!(is_list_item(text, at("Ceres Robotics")));
        // A heading with a comma after a sentence is a heading still.
        assert!(!is_list_item(text, at("Trump, Xi")));
    }

    #[test]
    fn a_day_of_a_month_and_a_dash_open_a_dated_entry() {
        for line in [
            "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
            "Dec. 6: Mohegan Sun Arena, Uncasville, Conn.",
            "Aug 2 – DTE Energy Music Theatre, Clarkston, MI",
            "July 19th — Budweiser Stage, Toronto, ON",
        ] {
            assert!(is_dated_entry(line, gazetteer()), "{line}");
        }
        for line in [
            "June 9 Was the Day Everything Changed",
            "May Day Parade Draws Thousands",
            "June 2020 -- A Look Back",
        ] {
            assert!(!is_dated_entry(line, gazetteer()), "{line}");
        }
    }
}
