//! A lawmaker's party and state, written after the name as US news does: "Sen. Ted Cruz
//! (R-Texas)", "Rep. David McKinley, R-W.Va., visited". The party's letter is a political
//! group (NORP) and the state a place (GPE); read as one hyphenated word in capitals, the
//! two had made an organisation.

use super::line_view::LineView;
use super::{Found, Reason, claim, states};
use crate::entities::Label;

/// Most tokens a state takes: "N", ".", "C", "." or "New", "Hampshire".
const LONGEST_STATE: usize = 4;

/// The party letter and state at `k`, marked and claimed: the token after them.
pub(super) fn at(
    s: LineView,
    k: usize,
    claimed: &mut [bool],
    found: &mut Vec<Found>,
) -> Option<usize> {
    let tokens = s.tokens;
    let party = k > 0 && matches!(s.text(k), "R" | "D" | "I");
    if !party || !matches!(s.text(k - 1), "(" | ",") {
        return None;
    }
    if s.text(k + 1) != "-" || !s.attached(k + 1) || !s.attached(k + 2) {
        return None;
    }
    let end = s.state_end(k + 2)?;
    if claimed[k + 2..end].iter().any(|&c| c) {
        return None;
    }
    found.push(Found::over(
        &tokens[k..k + 1],
        Label::Norp,
        Reason::PartyState,
    ));
    found.push(Found::over(
        &tokens[k + 2..end],
        Label::Gpe,
        Reason::PartyState,
    ));
    claim(claimed, k, end);
    Some(end)
}

impl LineView<'_> {
    /// The end token of a state's name or abbreviation starting at `first` that closes the
    /// designation: before a bracket, a comma, a semicolon, a full stop or the line's end, or
    /// with its own full stop ("I-Vt. said"). The longest is taken, so "Fla." keeps its full
    /// stop.
    fn state_end(&self, first: usize) -> Option<usize> {
        let last = (first + LONGEST_STATE).min(self.tokens.len());
        (first + 1..=last).rev().find(|&end| {
            let state = &self.line[self.tokens[first].start..self.tokens[end - 1].end];
            let closes = end == self.tokens.len()
                || matches!(self.text(end), ")" | "," | ";" | ".")
                || state.ends_with('.');
            let known_state = || {
                matches!(self.g.lookup(state), Some((Label::Gpe, name)) if states::is_state_name(name))
            };
            closes && (states::state_of_code(state).is_some() || known_state())
        })
    }
}
