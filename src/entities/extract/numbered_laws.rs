//! Bills and ballot measures named by their number: "Senate Bill 1047", "House Bill 2",
//! "Assembly Bill 5", "Proposition 22". The number is part of the name; without it every
//! state's bills were one law ("Senate Bill"), and a number such as 2025 was read as a year.

use super::line_view::LineView;
use super::{Found, Reason, mark_unclaimed};
use crate::entities::Label;
use crate::entities::token::Kind;

/// The numbered bill or measure at `k`, marked and claimed: the token after it.
pub(super) fn at(
    s: LineView,
    k: usize,
    claimed: &mut [bool],
    found: &mut Vec<Found>,
) -> Option<usize> {
    let words = match s.text(k) {
        "Senate" | "House" | "Assembly" if s.text(k + 1) == "Bill" => 2,
        "Proposition" => 1,
        _ => return None,
    };
    let number = k + words;
    let numbered = s.kind(number) == Some(Kind::Number)
        && !s.attached(number)
        // "Proposition 22's", "Senate Bill 1047.", but not "Proposition 2.5%".
        && !(s.attached(number + 1) && matches!(s.text(number + 1), "%" | "-" | "–"));
    if !numbered {
        return None;
    }
    let range = (k, number + 1);
    mark_unclaimed(
        s.tokens,
        claimed,
        found,
        range,
        Label::Law,
        Reason::NumberedLaw,
    )
}
