//! `EntityIndex`: the corpus's entities and their mentions, for the entities pane, `*` and
//! `n`/`N` jumps, and `margin entities`.
//!
//! Invariants: entities are numbered `0..n` in order of first mention (article order, then
//! start); every entity has at least one mention; an entity's mentions are in corpus order;
//! an article's mentions are sorted by start and do not overlap. The index is plain owned
//! data (`Send + Sync`): build it on a worker and hand it to the UI.

use super::group::{ArticleEntities, group};
use super::{Corrections, Gazetteer, Label, Mention};
use crate::corpus::ArticleId;
use crate::text::ByteSpan;
use std::collections::HashMap;

/// An entity's number in its [`EntityIndex`]; stable for one build only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntityId(pub usize);

/// A mention's place in the corpus.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MentionRef {
    pub article: ArticleId,
    pub span: ByteSpan,
}

/// A mention of an article with the entity it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArticleMention {
    pub span: ByteSpan,
    pub label: Label,
    pub entity: EntityId,
}

impl ArticleMention {
    pub fn mention(&self) -> Mention {
        Mention {
            span: self.span,
            label: self.label,
        }
    }
}

/// A real-world thing mentioned in the corpus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    pub id: EntityId,
    /// The canonical name ("United States", "Ryosei Akazawa", "$7 billion").
    pub name: String,
    pub label: Label,
    /// Every mention, in corpus order.
    pub mentions: Vec<MentionRef>,
    /// Mentions per article, in article order; articles without one are left out.
    pub per_article: Vec<(ArticleId, usize)>,
}

impl Entity {
    pub fn mention_count(&self) -> usize {
        self.mentions.len()
    }

    /// How many times the entity is mentioned in `article`.
    pub fn count_in(&self, article: ArticleId) -> usize {
        self.per_article
            .iter()
            .find(|(a, _)| *a == article)
            .map_or(0, |&(_, n)| n)
    }
}

/// A correction that found nothing to apply to, with its index in the corrections.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnappliedCorrection {
    pub index: usize,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct IndexedArticle {
    name: String,
    mentions: Vec<ArticleMention>,
}

/// The corpus's entities, their mentions, and each article's mentions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntityIndex {
    articles: Vec<IndexedArticle>,
    entities: Vec<Entity>,
    unapplied: Vec<UnappliedCorrection>,
}

impl EntityIndex {
    /// Groups the prepared articles (in corpus order: the i-th is `ArticleId(i)`) into
    /// entities and applies the reader's corrections. Cheap next to extraction.
    pub fn build(articles: Vec<ArticleEntities>, corrections: &Corrections) -> Self {
        let mut unapplied: Vec<UnappliedCorrection> = articles
            .iter()
            .flat_map(|a| {
                a.unplaced_marks.iter().map(|&index| UnappliedCorrection {
                    index,
                    reason: format!("the marked text is no longer in {}", a.name),
                })
            })
            .collect();
        let mut draft = group(articles);
        corrections.apply(&mut draft, &mut unapplied);
        unapplied.sort_by_key(|u| u.index);
        Self::from_draft(draft, unapplied)
    }

    /// Extracts, prepares and groups `(file name, text)` articles in one go, on this thread.
    pub fn from_texts<'a>(
        articles: impl IntoIterator<Item = (&'a str, &'a str)>,
        gazetteer: &Gazetteer,
        corrections: &Corrections,
    ) -> Self {
        let prepared = articles
            .into_iter()
            .map(|(name, text)| ArticleEntities::extract(name, text, gazetteer, corrections))
            .collect();
        Self::build(prepared, corrections)
    }

    fn from_draft(draft: Draft, unapplied: Vec<UnappliedCorrection>) -> Self {
        let mut ids: HashMap<usize, EntityId> = HashMap::new();
        let mut entities: Vec<Entity> = Vec::new();
        let mut articles = Vec::with_capacity(draft.articles.len());
        for (a, article) in draft.articles.into_iter().enumerate() {
            let article_id = ArticleId(a);
            let mut mentions = Vec::with_capacity(article.mentions.len());
            for (mention, group) in article.mentions.iter().zip(&article.group) {
                let Some(group) = group.filter(|&g| draft.groups[g].alive) else {
                    continue;
                };
                let id = *ids.entry(group).or_insert_with(|| {
                    let g = &draft.groups[group];
                    entities.push(Entity {
                        id: EntityId(entities.len()),
                        name: g.name.clone(),
                        label: g.label,
                        mentions: Vec::new(),
                        per_article: Vec::new(),
                    });
                    EntityId(entities.len() - 1)
                });
                let entity = &mut entities[id.0];
                entity.mentions.push(MentionRef {
                    article: article_id,
                    span: mention.span,
                });
                match entity.per_article.last_mut() {
                    Some((last, n)) if *last == article_id => *n += 1,
                    _ => entity.per_article.push((article_id, 1)),
                }
                mentions.push(ArticleMention {
                    span: mention.span,
                    label: mention.label,
                    entity: id,
                });
            }
            articles.push(IndexedArticle {
                name: article.name,
                mentions,
            });
        }
        Self {
            articles,
            entities,
            unapplied,
        }
    }

    /// Every entity, in order of first mention.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    pub fn entity(&self, id: EntityId) -> Option<&Entity> {
        self.entities.get(id.0)
    }

    /// The first entity (in order of first mention) with this canonical name.
    pub fn find(&self, name: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.name == name)
    }

    /// The mentions of an entity in corpus order (empty for an unknown id).
    pub fn mentions_of(&self, id: EntityId) -> &[MentionRef] {
        self.entity(id).map_or(&[], |e| e.mentions.as_slice())
    }

    pub fn article_count(&self) -> usize {
        self.articles.len()
    }

    /// The file name of an article.
    pub fn article_name(&self, article: ArticleId) -> Option<&str> {
        self.articles.get(article.0).map(|a| a.name.as_str())
    }

    /// The article with this file name.
    pub fn article_id(&self, name: &str) -> Option<ArticleId> {
        self.articles
            .iter()
            .position(|a| a.name == name)
            .map(ArticleId)
    }

    /// An article's mentions, sorted by start (empty for an unknown article).
    pub fn article_mentions(&self, article: ArticleId) -> &[ArticleMention] {
        self.articles
            .get(article.0)
            .map_or(&[], |a| a.mentions.as_slice())
    }

    /// The mention covering byte `at` of an article.
    pub fn mention_at(&self, article: ArticleId, at: usize) -> Option<&ArticleMention> {
        let mentions = self.article_mentions(article);
        let after = mentions.partition_point(|m| m.span.start <= at);
        after
            .checked_sub(1)
            .map(|i| &mentions[i])
            .filter(|m| m.span.contains(at))
    }

    /// The entity mentioned at byte `at` of an article.
    pub fn entity_at(&self, article: ArticleId, at: usize) -> Option<EntityId> {
        self.mention_at(article, at).map(|m| m.entity)
    }

    /// The entities mentioned in an article with their counts there, in order of first
    /// mention in the article.
    pub fn article_entities(&self, article: ArticleId) -> Vec<(EntityId, usize)> {
        let mut out: Vec<(EntityId, usize)> = Vec::new();
        let mut at: HashMap<EntityId, usize> = HashMap::new();
        for m in self.article_mentions(article) {
            match at.get(&m.entity) {
                Some(&i) => out[i].1 += 1,
                None => {
                    at.insert(m.entity, out.len());
                    out.push((m.entity, 1));
                }
            }
        }
        out
    }

    /// The entity's next mention after byte `at` of `article` in corpus order (`forward`),
    /// or its previous one before it; `None` past either end (the caller may wrap).
    pub fn next_mention(
        &self,
        id: EntityId,
        article: ArticleId,
        at: usize,
        forward: bool,
    ) -> Option<MentionRef> {
        let mentions = self.mentions_of(id);
        if forward {
            let i = mentions.partition_point(|m| (m.article, m.span.start) <= (article, at));
            mentions.get(i).copied()
        } else {
            let i = mentions.partition_point(|m| (m.article, m.span.start) < (article, at));
            i.checked_sub(1).map(|i| mentions[i])
        }
    }

    /// The corrections that found nothing to apply to in this build.
    pub fn unapplied(&self) -> &[UnappliedCorrection] {
        &self.unapplied
    }

    /// The JSON lines (see [`super::json_line`]) of an article's mentions; `text` is its text.
    pub fn json_lines<'a>(
        &'a self,
        article: ArticleId,
        text: &'a str,
    ) -> impl Iterator<Item = String> + 'a {
        let name = self.article_name(article).unwrap_or("");
        self.article_mentions(article).iter().map(move |m| {
            let entity = self.entity(m.entity).map_or("", |e| e.name.as_str());
            super::json_line(name, text, &m.mention(), entity)
        })
    }
}

/// The index under construction: grouped mentions that corrections may still change.
pub(crate) struct Draft {
    pub articles: Vec<DraftArticle>,
    pub groups: Vec<DraftGroup>,
}

pub(crate) struct DraftArticle {
    pub name: String,
    pub mentions: Vec<Mention>,
    /// Per mention: its group, `None` once ignored.
    pub group: Vec<Option<usize>>,
    /// Per mention: its normalised text.
    pub surfaces: Vec<String>,
}

pub(crate) struct DraftGroup {
    pub name: String,
    pub label: Label,
    pub alive: bool,
}

impl Draft {
    /// The live groups with this name.
    pub fn groups_named(&self, name: &str) -> Vec<usize> {
        (0..self.groups.len())
            .filter(|&g| self.groups[g].alive && self.groups[g].name == name)
            .collect()
    }

    /// Moves every mention of group `from` to `to` (taking its label); `from` dies.
    pub fn move_group(&mut self, from: usize, to: usize) {
        let label = self.groups[to].label;
        for article in &mut self.articles {
            for (mention, group) in article.mentions.iter_mut().zip(&mut article.group) {
                if *group == Some(from) {
                    *group = Some(to);
                    mention.label = label;
                }
            }
        }
        self.groups[from].alive = false;
    }

    /// The live mention at exactly `span` of the article `doc`: (article, mention index).
    pub fn find_mention(&self, doc: &str, span: ByteSpan) -> Option<(usize, usize)> {
        self.articles.iter().enumerate().find_map(|(a, article)| {
            (article.name == doc)
                .then(|| article.mentions.iter().position(|m| m.span == span))
                .flatten()
                .filter(|&i| article.group[i].is_some())
                .map(|i| (a, i))
        })
    }
}
