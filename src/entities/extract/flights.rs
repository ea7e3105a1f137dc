//! Flight numbers: "Alaska Airlines Flight 1282", "Malaysia Airlines Flight MH370". The word
//! "Flight" and its number name no entity the guideline marks; read with the capitals before
//! them they had made the airline "Alaska Airlines Flight". They are claimed, so that the
//! airline's name ends before them.

use super::line_view::LineView;
use crate::entities::token::Kind;

/// Claims each "Flight" and the number or code after it.
pub(super) fn claim_flight_numbers(s: LineView, claimed: &mut [bool]) {
    for k in 0..s.tokens.len() {
        if s.text(k) != "Flight" || s.attached(k + 1) {
            continue;
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
        if number {
            claimed[k] = true;
            claimed[k + 1] = true;
        }
    }
}
