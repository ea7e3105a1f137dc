//! The entities pane and everything the reader does with entities: the pane's rows (grouped
//! by label, for the article or the whole corpus, narrowed by a filter), the active entity and
//! `n`/`N` jumps between its mentions across articles. Corrections are in `corrections.rs`.
//!
//! Entity ids are stable for one build of the index only; across rebuilds the active entity
//! is found again by name.

use super::indexing::BuiltIndex;
use super::{App, Effect, Find, Message, Mode, Pane, Position, Prompt, PromptKind, Severity};
use crate::app::action::Dir;
use crate::corpus::ArticleId;
use crate::entities::{Corrections, Entity, EntityId, EntityIndex, Label, MentionRef};
use std::path::PathBuf;

/// Which entities the pane lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Article,
    Corpus,
}

/// One row of the entities pane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntityRow {
    Header { label: Label, count: usize },
    Entity { id: EntityId, count: usize },
}

#[derive(Debug)]
pub struct EntitiesState {
    pub built: Option<BuiltIndex>,
    /// The generation of the newest index asked for; older builds are dropped on arrival.
    pub requested: u64,
    /// Articles extracted so far while the index builds.
    pub progress: Option<(usize, usize)>,
    pub scope: Scope,
    pub filter: String,
    /// The pane's rows for the current article, scope and filter.
    pub rows: Vec<EntityRow>,
    /// The selected row; always an entity row when there is one.
    pub selected: usize,
    pub active: Option<EntityId>,
    /// The mention `n`/`N` last went to.
    last_mention: Option<MentionRef>,
    /// The entity `m` picked to merge into the next one picked.
    pub merging: Option<EntityId>,
    /// The entity to select once the index being built arrives (by name: ids change).
    pub select_after_build: Option<String>,
    /// While the pane lists the ignored entities instead: the selected one.
    pub ignored: Option<usize>,
    pub corrections: Corrections,
    /// Where corrections are saved; `None` while the file there cannot be read.
    pub corrections_file: Option<PathBuf>,
    /// Why corrections cannot be saved (the file there does not parse).
    pub corrections_error: Option<String>,
    /// The corrections as this app last read or saved them: what `corrections` has more or
    /// less than these is this app's change, replayed onto the file when it is saved.
    pub corrections_base: Corrections,
    /// The fingerprint of the corrections file when last read or saved, to notice another
    /// process's save.
    pub corrections_seen: Option<crate::annotations::sidecar::Fingerprint>,
}

impl EntitiesState {
    pub fn new(
        corrections: Corrections,
        corrections_file: Option<PathBuf>,
        corrections_error: Option<String>,
    ) -> Self {
        EntitiesState {
            built: None,
            requested: 0,
            progress: None,
            scope: Scope::Article,
            filter: String::new(),
            rows: Vec::new(),
            selected: 0,
            active: None,
            last_mention: None,
            merging: None,
            select_after_build: None,
            ignored: None,
            corrections_base: corrections.clone(),
            corrections_seen: None,
            corrections,
            corrections_file,
            corrections_error,
        }
    }

    pub fn index(&self) -> Option<&EntityIndex> {
        self.built.as_ref().map(|b| b.index.as_ref())
    }

    /// The selected entity of the index; none while the pane lists the ignored ones.
    pub fn selected_entity(&self) -> Option<EntityId> {
        if self.ignored.is_some() {
            return None;
        }
        self.selected_row_entity()
    }

    /// The entity of the selected row, whatever the pane shows.
    fn selected_row_entity(&self) -> Option<EntityId> {
        match self.rows.get(self.selected) {
            Some(EntityRow::Entity { id, .. }) => Some(*id),
            _ => None,
        }
    }

    pub fn entity(&self, id: EntityId) -> Option<&Entity> {
        self.index()?.entity(id)
    }

    /// The article shown became `article`: the rows follow it (only this article's scope
    /// depends on it; the corpus's rows stay as they are).
    pub fn follow_article(&mut self, article: ArticleId) {
        if self.scope == Scope::Article {
            self.refresh_rows(article);
        }
    }

    /// Recomputes the rows for `article` (the one shown), keeping the selection on the same
    /// entity when it is still listed.
    pub fn refresh_rows(&mut self, article: ArticleId) {
        let keep = self.selected_row_entity();
        self.refresh_rows_keeping(article, keep);
    }

    /// Recomputes the rows for `article`. The selection goes to `keep` if it is listed, else
    /// to the active entity, else to the first entity.
    pub(super) fn refresh_rows_keeping(&mut self, article: ArticleId, keep: Option<EntityId>) {
        self.rows = match self.index() {
            Some(index) => rows(index, self.scope, article, &self.filter),
            None => Vec::new(),
        };
        let first_entity = self
            .rows
            .iter()
            .position(|r| matches!(r, EntityRow::Entity { .. }));
        self.selected = [keep, self.active]
            .into_iter()
            .flatten()
            .find_map(|id| self.row_of(id))
            .or(first_entity)
            .unwrap_or(0);
    }

    /// The row listing entity `id`, if it is listed.
    pub fn row_of(&self, id: EntityId) -> Option<usize> {
        self.rows
            .iter()
            .position(|r| matches!(r, EntityRow::Entity { id: e, .. } if *e == id))
    }
}

/// The pane's rows: entities grouped by label (in [`Label::ALL`] order), most mentioned first.
pub fn rows(index: &EntityIndex, scope: Scope, article: ArticleId, filter: &str) -> Vec<EntityRow> {
    let counted: Vec<(EntityId, usize)> = match scope {
        Scope::Article => index.article_entities(article),
        Scope::Corpus => index
            .entities()
            .iter()
            .map(|e| (e.id, e.mention_count()))
            .collect(),
    };
    let filter = filter.to_lowercase();
    let mut by_label: Vec<Vec<(EntityId, usize)>> = vec![Vec::new(); Label::ALL.len()];
    for (id, count) in counted {
        let Some(entity) = index.entity(id) else {
            continue;
        };
        if !filter.is_empty() && !entity.name.to_lowercase().contains(&filter) {
            continue;
        }
        let slot = Label::ALL
            .iter()
            .position(|l| *l == entity.label)
            .unwrap_or(0);
        by_label[slot].push((id, count));
    }
    let mut rows = Vec::new();
    for (label, mut group) in Label::ALL.into_iter().zip(by_label) {
        if group.is_empty() {
            continue;
        }
        let name = |id: EntityId| index.entity(id).map_or("", |e| e.name.as_str());
        group.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| name(a.0).cmp(name(b.0))));
        rows.push(EntityRow::Header {
            label,
            count: group.len(),
        });
        rows.extend(
            group
                .into_iter()
                .map(|(id, count)| EntityRow::Entity { id, count }),
        );
    }
    rows
}

impl App {
    /// Takes a freshly built index, keeping the active entity by name, and asks for the
    /// fact-check findings to be computed again on it. A build older than the newest request
    /// (corrections made while it ran) is dropped: the newer one is on its way.
    pub(super) fn adopt_index(&mut self, built: BuiltIndex) -> Vec<Effect> {
        if built.generation < self.entities.requested {
            return Vec::new();
        }
        // Building the index read every article: problems with files of a corpus opened
        // lazily are known now, once.
        if self.entities.built.is_none() {
            let problems = self.corpus.read_problems();
            self.warn_about(&problems);
        }
        self.findings = None;
        let effect = Effect::Background(super::background::Job::Factcheck {
            corpus: std::sync::Arc::clone(&self.corpus),
            index: std::sync::Arc::clone(&built.index),
            generation: built.generation,
        });
        self.adopt_index_only(built);
        self.refresh_concordance();
        vec![effect]
    }

    fn adopt_index_only(&mut self, built: BuiltIndex) {
        let state = &mut self.entities;
        let active_name = state
            .active
            .and_then(|id| state.entity(id))
            .map(|e| e.name.clone());
        let merging_name = state
            .merging
            .and_then(|id| state.entity(id))
            .map(|e| e.name.clone());
        let old = state
            .built
            .as_ref()
            .map(|b| std::sync::Arc::clone(&b.index));
        // Ids do not survive a rebuild: the selection is kept by name too, unless an undo
        // or redo asked for the entity it changed.
        let asked = state.select_after_build.take();
        let selected_name = asked.clone().or_else(|| {
            let id = state.selected_row_entity()?;
            Some(state.entity(id)?.name.clone())
        });
        state.built = Some(built);
        state.progress = None;
        let find = |name: Option<String>| name.and_then(|n| state.index()?.find(&n).map(|e| e.id));
        let (active, merging, selected) = (
            find(active_name),
            find(merging_name.clone()),
            find(selected_name),
        );
        state.active = active;
        state.merging = merging;
        state.last_mention = None;
        state.refresh_rows_keeping(self.current, selected);
        if asked.is_some()
            && let Some(id) = selected
        {
            self.show_changed_entity(id);
        }
        if let Some(old) = old {
            self.check_held_entities(&old, merging_name);
        }
    }

    pub(super) fn index_progress(&mut self, done: usize, total: usize) {
        self.entities.progress = Some((done, total));
    }

    /// Says so when the index is not ready; true when it is.
    pub(super) fn index_ready(&mut self) -> bool {
        if self.entities.built.is_some() {
            return true;
        }
        let text = match self.entities.progress {
            Some((done, total)) => {
                format!("the entity index is still building ({done}/{total} articles)")
            }
            None => "the entity index is still building".to_string(),
        };
        self.message = Some(Message {
            severity: Severity::Info,
            text,
        });
        false
    }

    pub(super) fn toggle_entity_scope(&mut self) {
        self.entities.ignored = None;
        self.entities.scope = match self.entities.scope {
            Scope::Article => Scope::Corpus,
            Scope::Corpus => Scope::Article,
        };
        self.entities.refresh_rows(self.current);
    }

    pub(super) fn move_entity_selection(&mut self, dir: Dir) {
        if self.entities.ignored.is_some() {
            return self.move_ignored_selection(dir);
        }
        let rows = &self.entities.rows;
        let is_entity = |i: &usize| matches!(rows[*i], EntityRow::Entity { .. });
        let next = match dir {
            Dir::Next => (self.entities.selected + 1..rows.len()).find(is_entity),
            Dir::Prev => (0..self.entities.selected).rev().find(is_entity),
        };
        if let Some(i) = next {
            self.entities.selected = i;
        }
    }

    /// `Enter` in the pane: the selected entity becomes active and the cursor goes to its
    /// first mention (in this article if it has one).
    pub(super) fn open_selected_entity(&mut self) -> Vec<Effect> {
        if self.entities.ignored.is_some() {
            return self.restore_ignored();
        }
        let Some(id) = self.entities.selected_entity() else {
            return Vec::new();
        };
        let Some(index) = self.entities.index() else {
            return Vec::new();
        };
        let Some(first) = index
            .mentions_of(id)
            .find(|m| m.article == self.current)
            .or_else(|| index.mentions_of(id).next())
        else {
            return Vec::new();
        };
        self.entities.active = Some(id);
        self.find = Find::Entity;
        self.focus = Pane::Article;
        let effects = self.jump(Position {
            article: first.article,
            byte: first.span.start,
        });
        self.entities.last_mention = Some(first);
        self.report_mention(id, first);
        effects
    }

    /// `*`: the entity mentioned in the cursor sentence becomes active; pressed again, the
    /// next entity of the sentence does.
    pub(super) fn activate_entity_at_cursor(&mut self) {
        if !self.index_ready() {
            return;
        }
        let Some(cursor) = self.cursor_span() else {
            return;
        };
        let Some(index) = self.entities.index() else {
            return;
        };
        let mentions: Vec<_> = index
            .article_mentions(self.current)
            .iter()
            .filter(|m| cursor.overlaps(m.span()))
            .copied()
            .collect();
        if mentions.is_empty() {
            self.info("no named entity in this sentence");
            return;
        }
        let after_active = self
            .entities
            .active
            .and_then(|a| mentions.iter().position(|m| m.entity() == a))
            .map_or(0, |i| i + 1);
        let pick = mentions[after_active..]
            .iter()
            .find(|m| Some(m.entity()) != self.entities.active)
            .unwrap_or(&mentions[0]);
        let id = pick.entity();
        let here = MentionRef {
            article: self.current,
            span: pick.span(),
        };
        self.entities.active = Some(id);
        self.entities.last_mention = Some(here);
        self.find = Find::Entity;
        if let Some(row) = self
            .entities
            .rows
            .iter()
            .position(|r| matches!(r, EntityRow::Entity { id: e, .. } if *e == id))
        {
            self.entities.selected = row;
        }
        self.report_mention(id, here);
    }

    /// `n`/`N` after `*`: the active entity's next or previous mention, across articles,
    /// wrapping around the corpus.
    pub(super) fn entity_step(&mut self, dir: Dir) -> Vec<Effect> {
        if !self.index_ready() {
            return Vec::new();
        }
        let Some(id) = self.entities.active else {
            return Vec::new();
        };
        let Some(cursor) = self.cursor_span() else {
            return Vec::new();
        };
        let Some(index) = self.entities.index() else {
            return Vec::new();
        };
        let from = self
            .entities
            .last_mention
            .filter(|m| m.article == self.current && cursor.contains(m.span.start))
            .map_or(
                match dir {
                    Dir::Next => cursor.start.saturating_sub(1),
                    Dir::Prev => cursor.end,
                },
                |m| m.span.start,
            );
        let forward = dir == Dir::Next;
        let (target, wrapped) = match index.next_mention(id, self.current, from, forward) {
            Some(m) => (Some(m), false),
            None => {
                let mut mentions = index.mentions_of(id);
                let wrapped = if forward {
                    mentions.next()
                } else {
                    mentions.next_back()
                };
                (wrapped, true)
            }
        };
        let Some(target) = target else {
            return Vec::new();
        };
        let effects = if target.article == self.current {
            self.set_cursor_to_byte(target.span.start);
            Vec::new()
        } else {
            self.jump(Position {
                article: target.article,
                byte: target.span.start,
            })
        };
        self.entities.last_mention = Some(target);
        self.report_mention(id, target);
        if wrapped && let Some(message) = &mut self.message {
            message.text.push_str(if forward {
                " · wrapped to the first"
            } else {
                " · wrapped to the last"
            });
        }
        effects
    }

    /// "Ryosei Akazawa: mention 3/17 · article 2/5" in the status bar.
    fn report_mention(&mut self, id: EntityId, at: MentionRef) {
        let Some(entity) = self.entities.entity(id) else {
            return;
        };
        let Some(index) = self.entities.index() else {
            return;
        };
        let n = index
            .mentions_of(id)
            .position(|m| m == at)
            .map_or(0, |i| i + 1);
        let articles = index.per_article(id);
        let article = articles
            .iter()
            .position(|(a, _)| *a == at.article)
            .map_or(0, |i| i + 1);
        let text = format!(
            "{}: mention {n}/{} · article {article}/{}",
            entity.name,
            entity.mention_count(),
            articles.len()
        );
        self.info(text);
    }

    /// The spans of the entity to show as active in the current article: the active one,
    /// and the selected one while the pane has the focus.
    pub fn highlighted_entities(&self) -> Vec<EntityId> {
        let mut ids: Vec<EntityId> = self.entities.active.into_iter().collect();
        if self.focus == Pane::Entities
            && let Some(id) = self.entities.selected_entity()
            && !ids.contains(&id)
        {
            ids.push(id);
        }
        ids
    }

    pub(super) fn start_entity_prompt(&mut self, kind: PromptKind) {
        let input = match kind {
            PromptKind::RenameEntity(ref name) => name.clone(),
            PromptKind::EntityFilter => self.entities.filter.clone(),
            _ => String::new(),
        };
        let before = (self.search.clone(), self.cursor);
        self.mode = Mode::Prompt(Prompt {
            kind,
            input,
            before,
        });
    }
}
