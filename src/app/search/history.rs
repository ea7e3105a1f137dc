//! The searches typed this session, for `Up` and `Down` in the search prompt, as less and vim
//! keep them: newest last, a repeated search moved to the end, at most
//! [`super::HISTORY_LENGTH`].

use super::HISTORY_LENGTH;
use crate::app::action::Dir;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    entries: Vec<String>,
    /// Where `Up`/`Down` stand while a prompt is open; `None` at the line being typed.
    at: Option<usize>,
    /// What was typed before `Up` was first pressed, given back by `Down` past the newest.
    typed: String,
}

impl History {
    /// Keeps `query` as the newest search.
    pub fn remember(&mut self, query: &str) {
        if query.is_empty() {
            return;
        }
        self.entries.retain(|q| q != query);
        self.entries.push(query.to_owned());
        if self.entries.len() > HISTORY_LENGTH {
            self.entries.remove(0);
        }
        self.at = None;
    }

    /// A prompt opens: browsing starts again from the line being typed.
    pub fn reset(&mut self) {
        self.at = None;
        self.typed.clear();
    }

    /// `Up` (older) or `Down` (newer) from the prompt holding `input`: the text to show, or
    /// `None` when there is nothing further that way.
    pub fn step(&mut self, dir: Dir, input: &str) -> Option<String> {
        let newest = self.entries.len().checked_sub(1)?;
        let next = match (dir, self.at) {
            (Dir::Prev, None) => {
                self.typed = input.to_owned();
                Some(newest)
            }
            (Dir::Prev, Some(0)) => return None,
            (Dir::Prev, Some(i)) => Some(i - 1),
            (Dir::Next, None) => return None,
            (Dir::Next, Some(i)) if i >= newest => None,
            (Dir::Next, Some(i)) => Some(i + 1),
        };
        self.at = next;
        Some(next.map_or_else(|| self.typed.clone(), |i| self.entries[i].clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn up_goes_back_through_searches_and_down_returns_to_what_was_typed() {
        let mut history = History::default();
        for q in ["tariff", "yen", "tariff"] {
            history.remember(q);
        }
        history.reset();
        assert_eq!(history.step(Dir::Prev, "tre").as_deref(), Some("tariff"));
        assert_eq!(history.step(Dir::Prev, "tariff").as_deref(), Some("yen"));
        assert_eq!(history.step(Dir::Prev, "yen"), None, "the oldest");
        assert_eq!(history.step(Dir::Next, "yen").as_deref(), Some("tariff"));
        assert_eq!(history.step(Dir::Next, "tariff").as_deref(), Some("tre"));
        assert_eq!(history.step(Dir::Next, "tre"), None);
    }

    #[test]
    fn the_history_keeps_the_newest_searches_only() {
        let mut history = History::default();
        for i in 0..HISTORY_LENGTH + 5 {
            history.remember(&format!("q{i}"));
        }
        assert_eq!(history.entries.len(), HISTORY_LENGTH);
        assert_eq!(history.entries[0], "q5");
    }
}
