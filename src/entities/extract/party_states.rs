//! A lawmaker's party and state, written after the name as US news does: "Sen. Ted Cruz
//! (R-Texas)", "Rep. David McKinley, R-W.Va., visited". The party's letter is a political
//! group (NORP) and the state a place (GPE); read as one hyphenated word in capitals, the
//! two had made an organisation.

use super::line_view::LineView;
use super::{Found, Reason, states};
use crate::entities::Label;

/// Most tokens a state takes: "N", ".", "C", "." or "New", "Hampshire".
const LONGEST_STATE: usize = 4;

/// Marks each party letter and state of one line and claims their tokens.
pub(super) fn find_party_states(s: LineView, claimed: &mut [bool], found: &mut Vec<Found>) {
    let tokens = s.tokens;
    for k in 1..tokens.len() {
        let party = matches!(s.text(k), "R" | "D" | "I");
        if !party || claimed[k] || !matches!(s.text(k - 1), "(" | ",") {
            continue;
        }
        if s.text(k + 1) != "-" || !s.attached(k + 1) || !s.attached(k + 2) {
            continue;
        }
        let Some(end) = s.state_end(k + 2) else {
            continue;
        };
        if claimed[k + 2..end].iter().any(|&c| c) {
            continue;
        }
        found.push(Found {
            start: tokens[k].start,
            end: tokens[k].end,
            label: Label::Norp,
            reason: Reason::PartyState,
        });
        found.push(Found {
            start: tokens[k + 2].start,
            end: tokens[end - 1].end,
            label: Label::Gpe,
            reason: Reason::PartyState,
        });
        claimed[k..end].iter_mut().for_each(|c| *c = true);
    }
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
