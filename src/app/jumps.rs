//! Moving between places: the jump list (`Ctrl-o` `Ctrl-i`) and opening articles. Every jump
//! that leaves the current article asks for the reading position to be saved.

use super::{App, Effect, Position};
use crate::app::action::Dir;
use crate::corpus::ArticleId;

/// Most positions remembered by the jump list.
const JUMP_LIST_LEN: usize = 100;

impl App {
    pub(super) fn position(&self) -> Position {
        Position {
            article: self.current,
            byte: self.cursor_span().map_or(0, |s| s.start),
        }
    }

    pub(super) fn push_jump(&mut self, from: Position) {
        self.jumps.truncate(self.jump_index);
        if self.jumps.last() != Some(&from) {
            self.jumps.push(from);
        }
        if self.jumps.len() > JUMP_LIST_LEN {
            self.jumps.remove(0);
        }
        self.jump_index = self.jumps.len();
    }

    /// Goes to `to`, remembering where we were in the jump list.
    pub(super) fn jump(&mut self, to: Position) -> Vec<Effect> {
        let from = self.position();
        if from == to {
            return Vec::new();
        }
        self.push_jump(from);
        let changed_article = to.article != self.current;
        self.go_to(to);
        if changed_article {
            vec![self.save_session()]
        } else {
            Vec::new()
        }
    }

    pub(super) fn walk_jumps(&mut self, dir: Dir) -> Vec<Effect> {
        let here = self.position();
        let target = match dir {
            Dir::Prev if self.jump_index > 0 => {
                if self.jump_index == self.jumps.len() {
                    self.jumps.push(here);
                }
                self.jump_index -= 1;
                self.jumps[self.jump_index]
            }
            Dir::Next if self.jump_index + 1 < self.jumps.len() => {
                self.jump_index += 1;
                self.jumps[self.jump_index]
            }
            _ => {
                self.info(match dir {
                    Dir::Prev => "already at the oldest jump",
                    Dir::Next => "already at the newest jump",
                });
                return Vec::new();
            }
        };
        let changed_article = target.article != self.current;
        self.go_to(target);
        if changed_article {
            vec![self.save_session()]
        } else {
            Vec::new()
        }
    }

    pub(super) fn step_article(&mut self, dir: Dir) -> Vec<Effect> {
        let n = self.corpus.len();
        let target = match dir {
            Dir::Next if self.current.0 + 1 < n => self.current.0 + 1,
            Dir::Prev if self.current.0 > 0 => self.current.0 - 1,
            _ => {
                self.info(match dir {
                    Dir::Next => "this is the last article",
                    Dir::Prev => "this is the first article",
                });
                return Vec::new();
            }
        };
        self.open_article(ArticleId(target))
    }

    /// Opens an article at its start (remembered in the jump list).
    pub(super) fn open_article(&mut self, id: ArticleId) -> Vec<Effect> {
        if id == self.current || self.corpus.article(id).is_none() {
            return Vec::new();
        }
        self.jump(Position {
            article: id,
            byte: 0,
        })
    }
}
