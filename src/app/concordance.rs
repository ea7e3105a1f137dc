//! The concordance of an entity (`c` in the entities pane): every mention with the words
//! left and right of it, aligned on the mention and grouped by article, so a wrong grouping
//! shows at a glance. `Enter` goes to the mention; `X` splits it off, `m` merges the
//! entity into another, `r` renames it, through the corrections of `corrections.rs`.

use super::action::Dir;
use super::{App, Effect, Find, Mode, Pane, Position, PromptKind};
use crate::corpus::ArticleId;
use crate::entities::{Correction, EntityId, EntityIndex, MentionRef};
use crate::text::ByteSpan;

/// One row of the concordance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConcordanceRow {
    /// An article's heading, with how many of the mentions are in it.
    Article {
        article: ArticleId,
        count: usize,
    },
    Mention(MentionRef),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Concordance {
    pub entity: EntityId,
    /// The entity's name, to find it again in a rebuilt index.
    pub name: String,
    pub rows: Vec<ConcordanceRow>,
    /// The selected row; always a mention row when there is one.
    pub selected: usize,
}

impl Concordance {
    /// The concordance of `entity`; `None` for an unknown entity.
    pub fn of(index: &EntityIndex, entity: EntityId) -> Option<Self> {
        let name = index.entity(entity)?.name.clone();
        let mut rows = Vec::new();
        for (article, count) in index.per_article(entity) {
            rows.push(ConcordanceRow::Article { article, count });
            rows.extend(
                index
                    .mentions_of(entity)
                    .filter(|m| m.article == article)
                    .map(ConcordanceRow::Mention),
            );
        }
        let selected = rows
            .iter()
            .position(|r| matches!(r, ConcordanceRow::Mention(_)))
            .unwrap_or(0);
        Some(Concordance {
            entity,
            name,
            rows,
            selected,
        })
    }

    pub fn selected_mention(&self) -> Option<MentionRef> {
        match self.rows.get(self.selected) {
            Some(ConcordanceRow::Mention(m)) => Some(*m),
            _ => None,
        }
    }

    /// Moves the selection to the next or previous mention, over article headings.
    pub fn step(&mut self, dir: Dir) {
        let is_mention = |i: &usize| matches!(self.rows[*i], ConcordanceRow::Mention(_));
        let next = match dir {
            Dir::Next => (self.selected + 1..self.rows.len()).find(is_mention),
            Dir::Prev => (0..self.selected).rev().find(is_mention),
        };
        if let Some(i) = next {
            self.selected = i;
        }
    }
}

/// A mention in its context: up to `chars` characters of its paragraph on each side, on one
/// line (line breaks and tabs as spaces), cut at a word where the paragraph goes on.
pub fn keyword_in_context(text: &str, span: ByteSpan, chars: usize) -> (String, String, String) {
    let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |i| span.end + i);
    // A name broken over two lines of a hard-wrapped paragraph is shown on one.
    let flat = |s: &str| s.replace(['\t', '\r', '\n'], " ");
    let left_all = &text[line_start..span.start];
    let left: String = {
        let mut chars_left: Vec<char> = left_all.chars().rev().take(chars).collect();
        chars_left.reverse();
        let mut s: String = chars_left.into_iter().collect();
        if s.len() < left_all.len()
            && let Some(cut) = s.find(' ')
        {
            s = format!("…{}", &s[cut..]);
        }
        s
    };
    let right_all = &text[span.end..line_end];
    let mut right: String = right_all.chars().take(chars).collect();
    if right.len() < right_all.len()
        && let Some(cut) = right.rfind(' ')
    {
        right.truncate(cut);
        right.push('…');
    }
    (flat(&left), flat(span.slice(text)), flat(&right))
}

impl App {
    /// `c` in the entities pane: the selected entity's concordance.
    pub(super) fn open_concordance(&mut self) {
        if !self.index_ready() {
            return;
        }
        let Some(id) = self.entities.selected_entity() else {
            return;
        };
        let Some(concordance) = self.entities.index().and_then(|i| Concordance::of(i, id)) else {
            return;
        };
        self.mode = Mode::Concordance(concordance);
    }

    /// `Enter`: the mention in its article, with the entity active for `n`/`N`.
    pub(super) fn open_concordance_mention(&mut self) -> Vec<Effect> {
        let Mode::Concordance(concordance) = &self.mode else {
            return Vec::new();
        };
        let (entity, name) = (concordance.entity, concordance.name.clone());
        let Some(mention) = concordance.selected_mention() else {
            return Vec::new();
        };
        self.mode = Mode::Reading;
        self.entities.active = Some(entity);
        self.find = Find::Entity;
        self.focus = Pane::Article;
        let effects = self.jump(Position {
            article: mention.article,
            byte: mention.span.start,
        });
        let article = self
            .corpus
            .article(mention.article)
            .map_or(String::new(), |a| a.file.clone());
        self.info(format!("{name}: mention in {article}"));
        effects
    }

    /// `X`: the selected mention becomes an entity of its own.
    pub(super) fn split_concordance_mention(&mut self) -> Vec<Effect> {
        let Mode::Concordance(concordance) = &self.mode else {
            return Vec::new();
        };
        let Some(mention) = concordance.selected_mention() else {
            return Vec::new();
        };
        let Some(doc) = self.corpus.article(mention.article).map(|a| a.file.clone()) else {
            return Vec::new();
        };
        self.apply_correction(Correction::Split {
            by: Default::default(),
            doc,
            start: mention.span.start,
            end: mention.span.end,
            name: None,
        })
    }

    /// `r`: rename the entity (the rename prompt of the entities pane).
    pub(super) fn rename_concordance_entity(&mut self) {
        if let Mode::Concordance(concordance) = &self.mode {
            let name = concordance.name.clone();
            self.start_entity_prompt(PromptKind::RenameEntity(name));
        }
    }

    /// `m`: the entity is the one to merge; the pane takes the keyboard to pick the entity
    /// it merges into (`m` there, as in the pane).
    pub(super) fn merge_concordance_entity(&mut self) {
        let Mode::Concordance(concordance) = &self.mode else {
            return;
        };
        let (entity, name) = (concordance.entity, concordance.name.clone());
        self.mode = Mode::Reading;
        self.focus = Pane::Entities;
        self.entities.merging = Some(entity);
        self.info(format!(
            "merge “{name}” into…: select an entity and press m (Esc cancels)"
        ));
    }

    /// After the index is built again (a correction): the same entity's concordance, found
    /// by name, with the selection kept near where it was; closed when the entity is gone.
    pub(super) fn refresh_concordance(&mut self) {
        let Mode::Concordance(old) = &self.mode else {
            return;
        };
        let fresh = self
            .entities
            .index()
            .and_then(|index| Concordance::of(index, index.find(&old.name)?.id));
        match fresh {
            Some(mut fresh) => {
                let last = fresh.rows.len().saturating_sub(1);
                fresh.selected = old.selected.min(last);
                if fresh.selected_mention().is_none() {
                    fresh.step(Dir::Prev);
                    fresh.step(Dir::Next);
                }
                self.mode = Mode::Concordance(fresh);
            }
            None => self.mode = Mode::Reading,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_context_is_cut_at_words_and_stays_in_the_paragraph() {
        let text = "First line.\nThe finance minister Ryosei Akazawa said on Friday that talks went well.\nNext.";
        let start = text.find("Ryosei").unwrap();
        let span = ByteSpan::new(start, start + "Ryosei Akazawa".len());
        let (left, mention, right) = keyword_in_context(text, span, 14);
        assert_eq!(mention, "Ryosei Akazawa");
        assert_eq!(left, "… minister ");
        assert_eq!(right, " said on…");
        let (left, _, right) = keyword_in_context(text, span, 200);
        assert_eq!(left, "The finance minister ");
        assert_eq!(right, " said on Friday that talks went well.");
    }

    #[test]
    fn a_mention_broken_over_two_lines_is_shown_on_one() {
        let text = "As we watched Daniel Radcliffe and Emma\nWatson grew up.";
        let start = text.find("Emma").unwrap();
        let span = ByteSpan::new(start, start + "Emma\nWatson".len());
        let (left, mention, right) = keyword_in_context(text, span, 200);
        assert_eq!(mention, "Emma Watson");
        assert_eq!(left, "As we watched Daniel Radcliffe and ");
        assert_eq!(right, " grew up.");
    }
}
