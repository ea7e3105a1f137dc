//! Names read from a capitalised word or a number before amounts and dates are: a lawmaker's
//! party and state ("(R-Texas)"), a military unit ("82nd Airborne Division"), a numbered
//! bill or measure ("Senate Bill 1047") and a flight number, claimed so that no name takes
//! it in ("Flight 1282"). One pass over a line's tokens: most are lowercase words, which
//! open none of them and are passed over on two fields of the token.

use super::line_view::LineView;
use super::{Found, flights, military_units, numbered_laws, party_states};
use crate::entities::token::Kind;

/// Reads the line's party designations, units, numbered laws and flight numbers.
pub(super) fn read(s: LineView, claimed: &mut [bool], found: &mut Vec<Found>) {
    let bytes = s.line.as_bytes();
    let mut k = 0;
    while k < s.tokens.len() {
        let token = &s.tokens[k];
        // Each rule is asked only of the tokens its words open with: a party's letter, an
        // ordinal ("82nd", "Eighth"), "Senate", "House", "Assembly", "Proposition", "Flight".
        let end = match token.kind {
            Kind::Number if !claimed[k] => military_units::at(s, k, claimed, found),
            Kind::Word if token.cap && !claimed[k] => match bytes[token.start] {
                b'R' | b'D' | b'I' if token.end == token.start + 1 => {
                    party_states::at(s, k, claimed, found)
                }
                b'H' | b'A' | b'P' => numbered_laws::at(s, k, claimed, found),
                b'S' => numbered_laws::at(s, k, claimed, found)
                    .or_else(|| military_units::at(s, k, claimed, found)),
                b'F' => {
                    flights::at(s, k, claimed).or_else(|| military_units::at(s, k, claimed, found))
                }
                b'T' | b'E' | b'N' => military_units::at(s, k, claimed, found),
                _ => None,
            },
            _ => None,
        };
        k = end.unwrap_or(k + 1);
    }
}
