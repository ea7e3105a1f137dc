//! `LineView`: one line's tokens read by position, for the passes that run before the name
//! rules (streets, amounts and dates): a token's text, its word classes (looked up once per
//! line), its kind and whether it touches the token before it. Past the end a token reads as
//! nothing.

use super::cached_classes;
use crate::entities::gazetteer::Gazetteer;
use crate::entities::token::{Kind, Token};
use std::cell::Cell;

#[derive(Clone, Copy)]
pub(super) struct LineView<'a> {
    pub g: &'a Gazetteer,
    pub line: &'a str,
    pub tokens: &'a [Token],
    /// Per token: its word classes once looked up (see [`cached_classes`]).
    pub cache: &'a [Cell<u32>],
}

impl LineView<'_> {
    /// The text of token `i` ("" past the end).
    pub fn text(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.line))
    }

    /// The word classes of token `i` (0 past the end or for a non-word).
    pub fn classes(&self, i: usize) -> u32 {
        cached_classes(self.g, self.line, self.tokens, self.cache, i)
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Whether token `i` exists and touches the token before it ("17th", "St.", "$5m").
    pub fn attached(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.space_before)
    }
}
