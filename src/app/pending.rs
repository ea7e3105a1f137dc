//! Keys typed before a binding is complete, as in vim: a count (`5j`, `3n`, `12G`) and the
//! first keys of a sequence (`g` of `gg`, `z` of `zz`). The status bar shows them while they
//! wait.

use super::action::Action;
use super::keymap::{Context, Key, KeyCode, Lookup};
use super::{App, Effect};

/// A count larger than this is kept at it: enough to cross any article, small enough that a
/// held key cannot make margin repeat an action for minutes.
const MAX_COUNT: usize = 9_999;

/// What has been typed towards the next binding.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pending {
    pub count: Option<usize>,
    pub keys: Vec<Key>,
}

impl Pending {
    pub fn is_empty(&self) -> bool {
        self.count.is_none() && self.keys.is_empty()
    }

    /// The typed keys as the status bar shows them: "5", "g", "3z".
    pub fn display(&self) -> String {
        let mut out = self.count.map(|n| n.to_string()).unwrap_or_default();
        for key in &self.keys {
            out.push_str(&key.to_string());
        }
        out
    }
}

/// Whether `action` moves or finds again, so a count repeats it.
fn repeats(action: &Action) -> bool {
    matches!(
        action,
        Action::MoveSentence(_)
            | Action::MoveSelection(_)
            | Action::HalfPage(_)
            | Action::Page(_)
            | Action::SearchNext
            | Action::SearchPrev
            | Action::NextArticle
            | Action::PrevArticle
            | Action::ExtendSelection(_)
            | Action::JumpBack
            | Action::JumpForward
            | Action::Undo
            | Action::Redo
    )
}

impl App {
    /// Handles one key press outside typing: counts, sequences, then the bound action.
    pub(super) fn press(&mut self, key: Key) -> Vec<Effect> {
        let context = self.context();
        let plain_digit = match key.code {
            KeyCode::Char(c) if !key.ctrl && !key.alt => c.to_digit(10),
            _ => None,
        };
        // A digit starts or continues a count where it is not bound ("0" in a selection is
        // the line start, as in vim, unless a count is being typed).
        if let Some(digit) = plain_digit
            && self.pending.keys.is_empty()
            && (digit != 0 || self.pending.count.is_some())
            && self.keymap.resolve(context, &[key]) == Lookup::Unbound
        {
            let count = self.pending.count.unwrap_or(0) * 10 + digit as usize;
            self.pending.count = Some(count.min(MAX_COUNT));
            return Vec::new();
        }
        let mut keys = std::mem::take(&mut self.pending.keys);
        keys.push(key);
        match self.keymap.resolve(context, &keys) {
            Lookup::Pending => {
                self.pending.keys = keys;
                Vec::new()
            }
            Lookup::Action(action) => {
                let count = self.pending.count.take();
                self.message = None;
                self.run_counted(action, count)
            }
            Lookup::Unbound => {
                let count = self.pending.count.take();
                let typed = keys.len() > 1 || count.is_some();
                if key.code == KeyCode::Esc && typed {
                    // Esc drops what was typed, as in vim.
                    return Vec::new();
                }
                let shown: Vec<String> = keys.iter().map(Key::to_string).collect();
                self.info(format!(
                    "no action for {} · ? lists the keys",
                    shown.join(" ")
                ));
                Vec::new()
            }
        }
    }

    /// Runs `action` `count` times when it repeats; `5G` and `5gg` go to sentence 5.
    fn run_counted(&mut self, action: Action, count: Option<usize>) -> Vec<Effect> {
        match (action, count) {
            (Action::ToStart | Action::ToEnd, Some(n)) if self.context() == Context::Article => {
                self.go_to_sentence_number(n)
            }
            (action, Some(n)) if repeats(&action) => {
                let mut effects = Vec::new();
                for _ in 0..n {
                    effects.extend(self.update(action.clone()));
                }
                effects
            }
            (action, _) => self.update(action),
        }
    }
}
