//! Flight numbers: "Alaska Airlines Flight 1282", "Malaysia Airlines Flight MH370". The word
//! "Flight" and its number name no entity the guideline marks; read with the capitals before
//! them they had made the airline "Alaska Airlines Flight". They are claimed, so that the
//! airline's name ends before them.

use super::line_view::LineView;
use crate::entities::token::Kind;

/// Claims "Flight" at `k` and the number or code after it: the token after them.
pub(super) fn at(s: LineView, k: usize, claimed: &mut [bool]) -> Option<usize> {
    if s.text(k) != "Flight" || s.attached(k + 1) {
        return None;
    }
    // "Flight 1282", "Flight MH370": digits, or capitals with digits.
    let number = match s.kind(k + 1) {
        Some(Kind::Number) => true,
        Some(Kind::Word) => {
            let code = s.text(k + 1);
            code.bytes().any(|b| b.is_ascii_digit())
                && code
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        }
        _ => false,
    };
    if !number {
        return None;
    }
    claimed[k] = true;
    claimed[k + 1] = true;
    Some(k + 2)
}
