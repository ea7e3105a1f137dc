//! Military units named by their number: "the 82nd Airborne Division", "the 7th Fleet", "the
//! Eighth Army", "the 10th Mountain Division". An ordinal, up to three capitalised words and
//! a word for a unit make one organisation; without the rule the ordinal opened no name and
//! the words after it were read as common words.

use super::line_view::LineView;
use super::{Found, Reason, is_ordinal_suffix, mark_unclaimed, streets};
use crate::entities::Label;
use crate::entities::token::Kind;

/// Capitalised words that may stand between the ordinal and the unit's word ("Airborne",
/// "Marine Expeditionary").
const LONGEST_BRANCH: usize = 3;

/// Words that end a unit's name.
fn is_unit_word(word: &str) -> bool {
    matches!(
        word,
        "Division"
            | "Brigade"
            | "Regiment"
            | "Battalion"
            | "Fleet"
            | "Corps"
            | "Squadron"
            | "Army"
            | "Marines"
            | "Airborne"
            | "Cavalry"
            | "Infantry"
            | "Wing"
    )
}

/// The numbered unit at `k`, marked and claimed: the token after it.
pub(super) fn at(
    s: LineView,
    k: usize,
    claimed: &mut [bool],
    found: &mut Vec<Found>,
) -> Option<usize> {
    let tokens = s.tokens;
    let first_word = s.ordinal_end(k)?;
    let words = (first_word..tokens.len())
        .take_while(|&j| tokens[j].is_cap_word() && tokens[j].space_before)
        .take(LONGEST_BRANCH + 1)
        .count();
    // The longest run that ends in a unit's word: "101st Airborne Division".
    let end = (first_word + 1..=first_word + words).rev().find(|&end| {
        // "2nd Brigade Combat Team".
        let combat_team = s.text(end - 1) == "Team" && s.text(end - 2) == "Combat";
        is_unit_word(s.text(end - 1)) || combat_team
    })?;
    mark_unclaimed(
        tokens,
        claimed,
        found,
        (k, end),
        Label::Org,
        Reason::MilitaryUnit,
    )
}

impl LineView<'_> {
    /// The token after an ordinal at `k` written in digits ("82nd") or as a capitalised word
    /// ("Eighth").
    fn ordinal_end(&self, k: usize) -> Option<usize> {
        let digits = self.kind(k) == Some(Kind::Number)
            && self.text(k).len() <= 3
            && self.attached(k + 1)
            && is_ordinal_suffix(self.text(k + 1));
        if digits {
            return Some(k + 2);
        }
        streets::is_ordinal_word(self.text(k)).then_some(k + 1)
    }
}
