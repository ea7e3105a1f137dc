//! `EntityIndex`: the corpus's entities and their mentions, for the entities pane, `*` and
//! `n`/`N` jumps, and `margin entities`.
//!
//! Invariants: entities are numbered `0..n` in order of first mention (article order, then
//! start); every entity has at least one mention; an entity's mentions are in corpus order;
//! an article's mentions are sorted by start and do not overlap. The index is plain owned
//! data (`Send + Sync`): build it on a worker and hand it to the UI.

use super::group::{ArticleEntities, Extracted, group};
use super::halves::{PARALLEL_MENTIONS, join};
use super::names::{NameId, Names};
use super::{Corrections, Gazetteer, Label, Mention};
use crate::corpus::ArticleId;
use crate::text::{ByteSpan, PackedSpan};
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

/// A mention of an article with the entity it belongs to. Kept in 12 bytes, as the index
/// holds one per mention of the corpus (millions for 10,000 articles): offsets fit in `u32`
/// because the corpus refuses articles of 4 GiB or more, and the label shares a `u32` with
/// the entity's number (an index of 2^28 entities would hold over 3 GB of mentions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArticleMention {
    span: PackedSpan,
    /// The entity's number shifted past [`LABEL_BITS`], then the label's place in
    /// [`Label::ALL`].
    entity_and_label: u32,
}

/// The low bits of [`ArticleMention::entity_and_label`] that hold the label.
const LABEL_BITS: u32 = 4;

impl ArticleMention {
    pub fn new(span: ByteSpan, label: Label, entity: EntityId) -> Self {
        let entity = narrow(entity.0).min(u32::MAX >> LABEL_BITS);
        Self {
            span: span.into(),
            entity_and_label: entity << LABEL_BITS | label as u32,
        }
    }

    pub fn span(&self) -> ByteSpan {
        self.span.span()
    }

    pub fn label(&self) -> Label {
        Label::ALL[(self.entity_and_label & ((1 << LABEL_BITS) - 1)) as usize]
    }

    pub fn entity(&self) -> EntityId {
        EntityId((self.entity_and_label >> LABEL_BITS) as usize)
    }

    pub fn mention(&self) -> Mention {
        Mention::spanning(self.span(), self.label())
    }
}

/// `n` as a `u32`; offsets and counts of one corpus fit (see [`ArticleMention`]).
fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A real-world thing mentioned in the corpus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    pub id: EntityId,
    /// The canonical name ("United States", "Ryosei Akazawa", "$7 billion").
    pub name: String,
    pub label: Label,
    /// How many mentions it has (the index lists them).
    mention_count: u32,
}

impl Entity {
    pub fn mention_count(&self) -> usize {
        self.mention_count as usize
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
    /// Per article, the corpus number of its first mention, and the number of mentions at
    /// the end: mentions are numbered across the corpus in order, so one `u32` says where an
    /// entity's mention is, and article `a`'s are `mention_starts[a]..mention_starts[a + 1]`.
    mention_starts: Vec<u32>,
    entities: Vec<Entity>,
    /// Every entity's mentions, in corpus order, by corpus number: entity `e`'s are
    /// `entity_mentions[entity_starts[e]..entity_starts[e + 1]]`. One list for all (4 bytes a
    /// mention) rather than one allocation per entity: a large corpus has hundreds of
    /// thousands of entities, most mentioned a few times.
    entity_starts: Vec<u32>,
    entity_mentions: Vec<u32>,
    unapplied: Vec<UnappliedCorrection>,
}

/// Builds an [`EntityIndex`] one article at a time (so a caller can report progress), then
/// groups them all in [`IndexBuilder::finish`].
pub struct IndexBuilder<'a> {
    gazetteer: &'a Gazetteer,
    corrections: &'a Corrections,
    names: Names,
    articles: Vec<ArticleEntities>,
}

impl<'a> IndexBuilder<'a> {
    pub fn new(gazetteer: &'a Gazetteer, corrections: &'a Corrections) -> Self {
        Self {
            gazetteer,
            corrections,
            names: Names::default(),
            articles: Vec::new(),
        }
    }

    /// Extracts the next article (in corpus order: the i-th added is `ArticleId(i)`); `name`
    /// is its file name.
    pub fn add(&mut self, name: &str, text: &str) {
        let extracted = Self::extract(self.gazetteer, text);
        self.add_extracted(name, text, extracted);
    }

    /// The extraction of one article's text, which [`IndexBuilder::add_extracted`] then
    /// adds: pure, so callers may run it for several articles at once on other threads.
    pub fn extract(gazetteer: &Gazetteer, text: &str) -> Extracted {
        Extracted::of(text, gazetteer)
    }

    /// Adds the next article (as [`IndexBuilder::add`]) from its extraction.
    pub fn add_extracted(&mut self, name: &str, text: &str, extracted: Extracted) {
        let article = ArticleEntities::extracted(
            name,
            text,
            extracted,
            self.gazetteer,
            self.corrections,
            &mut self.names,
        );
        self.articles.push(article);
    }

    /// Adds the next article with the given mentions instead of extracting them: grouping
    /// tests that do not depend on what extraction finds.
    #[cfg(test)]
    pub(crate) fn add_mentions(&mut self, name: &str, text: &str, mentions: Vec<Mention>) {
        let article = ArticleEntities::new(
            name,
            text,
            mentions,
            self.gazetteer,
            self.corrections,
            &mut self.names,
        );
        self.articles.push(article);
    }

    /// Groups the articles into entities and applies the reader's corrections. Cheap next to
    /// extraction.
    pub fn finish(self) -> EntityIndex {
        let mut unapplied: Vec<UnappliedCorrection> = self
            .articles
            .iter()
            .flat_map(|a| {
                a.unplaced_marks.iter().map(|&index| UnappliedCorrection {
                    index,
                    reason: format!("the marked text is no longer in {}", a.name),
                })
            })
            .collect();
        let mut draft = group(self.articles, self.names, self.gazetteer);
        self.corrections.apply(&mut draft, &mut unapplied);
        unapplied.sort_by_key(|u| u.index);
        EntityIndex::from_draft(draft, unapplied)
    }
}

impl EntityIndex {
    /// Extracts, prepares and groups `(file name, text)` articles in one go, on this thread.
    pub fn from_texts<'a>(
        articles: impl IntoIterator<Item = (&'a str, &'a str)>,
        gazetteer: &Gazetteer,
        corrections: &Corrections,
    ) -> Self {
        let mut builder = IndexBuilder::new(gazetteer, corrections);
        for (name, text) in articles {
            builder.add(name, text);
        }
        builder.finish()
    }

    fn from_draft(draft: Draft, unapplied: Vec<UnappliedCorrection>) -> Self {
        const UNSEEN: u32 = u32::MAX;
        let Draft {
            articles: drafted,
            groups,
            names: _,
        } = draft;
        // Entities are numbered in order of first mention; counted first so that each one's
        // mentions have their place in the one list.
        let mut counts: Vec<u32> = vec![0; groups.len()];
        let mut ids: Vec<u32> = vec![UNSEEN; groups.len()];
        let mut entities: Vec<Entity> = Vec::new();
        for &group in drafted.iter().flat_map(|a| &a.group) {
            let group = group as usize;
            if !groups[group].alive {
                continue;
            }
            counts[group] += 1;
            if ids[group] == UNSEEN {
                ids[group] = narrow(entities.len());
                entities.push(Entity {
                    id: EntityId(entities.len()),
                    name: groups[group].name.clone(),
                    label: groups[group].label,
                    mention_count: 0,
                });
            }
        }
        let mut entity_starts: Vec<u32> = Vec::with_capacity(entities.len() + 1);
        let mut total = 0u32;
        for (group, &id) in ids.iter().enumerate() {
            if id != UNSEEN {
                entities[id as usize].mention_count = counts[group];
            }
        }
        for entity in &entities {
            entity_starts.push(total);
            total += entity.mention_count;
        }
        entity_starts.push(total);
        let live = |g: &u32| groups[*g as usize].alive;
        let total_mentions: usize = drafted.iter().map(|a| a.group.len()).sum();
        let mut article_names = Vec::with_capacity(drafted.len());
        let mut mention_lists = Vec::with_capacity(drafted.len());
        let mut group_lists = Vec::with_capacity(drafted.len());
        for article in drafted {
            article_names.push(article.name);
            mention_lists.push(article.mentions);
            group_lists.push(article.group);
        }
        // The articles' mention lists and the entities' lists of mention numbers are made
        // side by side: a long article has hundreds of thousands of mentions. A mention and
        // its indexed form are the same size, so each list is rewritten in place.
        let (lists, (entity_mentions, mention_starts)) = join(
            total_mentions >= PARALLEL_MENTIONS,
            || {
                (mention_lists.into_iter().zip(&group_lists))
                    .map(|(mentions, groups)| {
                        (mentions.into_iter().zip(groups))
                            .filter(|(_, group)| live(group))
                            .map(|(m, &group)| {
                                let id = EntityId(ids[group as usize] as usize);
                                ArticleMention::new(m.span(), m.label, id)
                            })
                            .collect::<Vec<_>>()
                    })
                    .collect::<Vec<_>>()
            },
            || {
                let mut next: Vec<u32> = entity_starts.clone();
                let mut entity_mentions: Vec<u32> = vec![0; total as usize];
                let mut mention_starts = Vec::with_capacity(group_lists.len() + 1);
                let mut number = 0;
                for groups in &group_lists {
                    mention_starts.push(narrow(number));
                    for &group in groups.iter().filter(|g| live(g)) {
                        let id = ids[group as usize] as usize;
                        entity_mentions[next[id] as usize] = narrow(number);
                        next[id] += 1;
                        number += 1;
                    }
                }
                mention_starts.push(narrow(number));
                debug_assert_eq!(&next[..entities.len()], &entity_starts[1..]);
                (entity_mentions, mention_starts)
            },
        );
        let articles: Vec<IndexedArticle> = (article_names.into_iter().zip(lists))
            .map(|(name, mentions)| IndexedArticle { name, mentions })
            .collect();
        // Entities were pushed as first met: hundreds of thousands on a large corpus, and
        // the doubling room left over would be a third of their size.
        entities.shrink_to_fit();
        Self {
            articles,
            mention_starts,
            entities,
            entity_starts,
            entity_mentions,
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

    /// The mentions of an entity in corpus order (none for an unknown id).
    pub fn mentions_of(
        &self,
        id: EntityId,
    ) -> impl DoubleEndedIterator<Item = MentionRef> + ExactSizeIterator + '_ {
        self.numbers_of(id).iter().map(|&n| self.mention_ref(n))
    }

    /// The corpus numbers of an entity's mentions, in order.
    fn numbers_of(&self, id: EntityId) -> &[u32] {
        match self.entity_starts.get(id.0..id.0.saturating_add(2)) {
            Some(&[start, end]) => &self.entity_mentions[start as usize..end as usize],
            _ => &[],
        }
    }

    /// The mention numbered `n` in the corpus.
    fn mention_ref(&self, n: u32) -> MentionRef {
        let article = self
            .mention_starts
            .partition_point(|&f| f <= n)
            .saturating_sub(1);
        let span = self.articles.get(article).and_then(|a| {
            let first = self.mention_starts[article];
            a.mentions.get((n - first) as usize)
        });
        MentionRef {
            article: ArticleId(article),
            span: span.map_or_else(ByteSpan::default, ArticleMention::span),
        }
    }

    /// The range of corpus numbers of an article's mentions.
    fn numbers_in(&self, article: ArticleId) -> std::ops::Range<u32> {
        match self
            .mention_starts
            .get(article.0..=article.0.saturating_add(1))
        {
            Some(&[start, end]) => start..end,
            _ => 0..0,
        }
    }

    /// How many times an entity is mentioned in `article`.
    pub fn count_in(&self, id: EntityId, article: ArticleId) -> usize {
        let numbers = self.numbers_of(id);
        let range = self.numbers_in(article);
        let from = numbers.partition_point(|&n| n < range.start);
        let to = numbers.partition_point(|&n| n < range.end);
        to - from
    }

    /// An entity's mentions per article, in article order; articles without one are left
    /// out.
    pub fn per_article(&self, id: EntityId) -> Vec<(ArticleId, usize)> {
        let mut out: Vec<(ArticleId, usize)> = Vec::new();
        for mention in self.mentions_of(id) {
            match out.last_mut() {
                Some((article, n)) if *article == mention.article => *n += 1,
                _ => out.push((mention.article, 1)),
            }
        }
        out
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
        let after = mentions.partition_point(|m| m.span().start <= at);
        after
            .checked_sub(1)
            .map(|i| &mentions[i])
            .filter(|m| m.span().contains(at))
    }

    /// The entity mentioned at byte `at` of an article.
    pub fn entity_at(&self, article: ArticleId, at: usize) -> Option<EntityId> {
        self.mention_at(article, at).map(ArticleMention::entity)
    }

    /// The entities mentioned in an article with their counts there, in order of first
    /// mention in the article.
    pub fn article_entities(&self, article: ArticleId) -> Vec<(EntityId, usize)> {
        let mut out: Vec<(EntityId, usize)> = Vec::new();
        let mut at: HashMap<EntityId, usize> = HashMap::new();
        for m in self.article_mentions(article) {
            match at.get(&m.entity()) {
                Some(&i) => out[i].1 += 1,
                None => {
                    at.insert(m.entity(), out.len());
                    out.push((m.entity(), 1));
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
        let mentions = self.numbers_of(id);
        let place = |&n: &u32| {
            let r = self.mention_ref(n);
            (r.article, r.span.start)
        };
        if forward {
            let i = mentions.partition_point(|m| place(m) <= (article, at));
            mentions.get(i).map(|&m| self.mention_ref(m))
        } else {
            let i = mentions.partition_point(|m| place(m) < (article, at));
            i.checked_sub(1).map(|i| self.mention_ref(mentions[i]))
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
            let entity = self.entity(m.entity()).map_or("", |e| e.name.as_str());
            super::json_line(name, text, &m.mention(), entity)
        })
    }
}

/// The index under construction: grouped mentions that corrections may still change.
pub(crate) struct Draft {
    pub articles: Vec<DraftArticle>,
    pub groups: Vec<DraftGroup>,
    /// The names the articles' `surfaces` refer to.
    pub names: Names,
}

pub(crate) struct DraftArticle {
    pub name: String,
    pub mentions: Vec<Mention>,
    /// Per mention: its group (a dead group's mentions are left out of the index).
    pub group: Vec<u32>,
    /// Per mention: its normalised text.
    pub surfaces: Vec<NameId>,
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
        let (from_id, to_id) = (narrow(from), narrow(to));
        for article in &mut self.articles {
            for (mention, group) in article.mentions.iter_mut().zip(&mut article.group) {
                if *group == from_id {
                    *group = to_id;
                    mention.label = label;
                }
            }
        }
        self.groups[from].alive = false;
    }

    /// Makes `group` the group of mention `index` of article `article`.
    pub fn assign(&mut self, article: usize, index: usize, group: usize) {
        self.articles[article].group[index] = narrow(group);
    }

    /// The live mention at exactly `span` of the article `doc`: (article, mention index).
    pub fn find_mention(&self, doc: &str, span: ByteSpan) -> Option<(usize, usize)> {
        self.articles.iter().enumerate().find_map(|(a, article)| {
            (article.name == doc)
                .then(|| article.mentions.iter().position(|m| m.span() == span))
                .flatten()
                .filter(|&i| self.groups[article.group[i] as usize].alive)
                .map(|i| (a, i))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_corpus_lists_each_mention_under_its_entity_in_corpus_order() {
        // Enough mentions for the two lists to be made on two threads; a short article
        // before and after the long one.
        let filler = "Japan and China met in Tokyo on Monday.\n".repeat(6_000);
        let texts = [
            ("a.txt", "Japan spoke."),
            ("long.txt", filler.as_str()),
            ("z.txt", "China and Japan spoke."),
        ];
        let gazetteer = crate::app::indexing::gazetteer();
        let index = EntityIndex::from_texts(texts, gazetteer, &Corrections::default());
        let total: usize = (0..3)
            .map(|a| index.article_mentions(ArticleId(a)).len())
            .sum();
        assert!(total > PARALLEL_MENTIONS);
        let mut listed = 0;
        for entity in index.entities() {
            let mentions: Vec<MentionRef> = index.mentions_of(entity.id).collect();
            assert_eq!(mentions.len(), entity.mention_count as usize);
            listed += mentions.len();
            let order = |m: &MentionRef| (m.article, m.span.start);
            assert!(mentions.windows(2).all(|w| order(&w[0]) < order(&w[1])));
            for m in &mentions {
                let at = index.article_mentions(m.article);
                let found = at.iter().find(|am| am.span() == m.span);
                assert_eq!(found.map(ArticleMention::entity), Some(entity.id));
            }
        }
        assert_eq!(listed, total);
        let japan = index.find("Japan").expect("Japan is named");
        assert_eq!(index.count_in(japan.id, ArticleId(0)), 1);
        assert_eq!(index.count_in(japan.id, ArticleId(2)), 1);
    }

    #[test]
    fn a_mention_keeps_its_label_and_entity_in_twelve_bytes() {
        assert_eq!(std::mem::size_of::<ArticleMention>(), 12);
        let largest = EntityId((u32::MAX >> LABEL_BITS) as usize);
        for (i, label) in Label::ALL.into_iter().enumerate() {
            for entity in [EntityId(0), EntityId(i * 7_919), largest] {
                let mention = ArticleMention::new(ByteSpan::new(3, 9), label, entity);
                assert_eq!(mention.label(), label);
                assert_eq!(mention.entity(), entity);
                assert_eq!(mention.span(), ByteSpan::new(3, 9));
            }
        }
    }
}
