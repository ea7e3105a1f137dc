//! `C`: every claim and highlight of the corpus in one list, filtered by kind or status and
//! by text (`#tag` for a tag, `@name` for an author, other words in the note, tags or
//! quote); `Enter` jumps to the annotation.

use super::App;
use super::search::Matcher;
use crate::annotations::{AnnotationId, Status};
use crate::corpus::ArticleId;
use crate::text::ByteSpan;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OverviewFilter {
    All,
    /// Claims with this verdict.
    Marked(Status),
    /// Claims without a status (a note, tags or evidence only).
    Unmarked,
    Highlights,
    Orphaned,
    /// Records a git merge flagged: both sides changed them.
    Merged,
}

impl OverviewFilter {
    /// The next filter `f` shows: all, each verdict in turn, unmarked, highlights, ….
    pub fn next(self) -> Self {
        use OverviewFilter::*;
        let after = |status| {
            let i = Status::ALL.iter().position(|&s| s == status).unwrap_or(0);
            Status::ALL.get(i + 1).map_or(Unmarked, |&s| Marked(s))
        };
        match self {
            All => Marked(Status::ALL[0]),
            Marked(status) => after(status),
            Unmarked => Highlights,
            Highlights => Orphaned,
            Orphaned => Merged,
            Merged => All,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            OverviewFilter::All => "all",
            OverviewFilter::Marked(status) => status.as_str(),
            OverviewFilter::Unmarked => "unmarked claims",
            OverviewFilter::Highlights => "highlights",
            OverviewFilter::Orphaned => "orphaned",
            OverviewFilter::Merged => "flagged by a merge",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overview {
    pub filter: OverviewFilter,
    /// Shown rows contain this text in a tag, the note or the quote (case-insensitive).
    pub query: String,
    /// Whether keys type into `query`.
    pub typing: bool,
    pub selected: usize,
}

/// What a row of the overview is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    Claim(Option<Status>),
    Highlight,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OverviewRow {
    pub article: ArticleId,
    pub id: AnnotationId,
    pub kind: RowKind,
    pub span: ByteSpan,
    pub quote: String,
    pub note: String,
    pub tags: Vec<String>,
    pub evidence: usize,
    pub orphaned: bool,
    /// Who made it; empty when its sidecar did not say.
    pub author: String,
    /// What a git merge left for the reader to look at; empty when nothing.
    pub conflict: String,
}

impl App {
    /// The overview's rows for its filter and query, in corpus order.
    pub fn overview_rows(&self, overview: &Overview) -> Vec<OverviewRow> {
        let query = OverviewQuery::parse(&overview.query);
        let mut rows = Vec::new();
        for (i, notes) in self.annotations.notes.iter().enumerate() {
            let article = ArticleId(i);
            let claims = notes.annotations.claims().iter().map(|c| OverviewRow {
                article,
                id: c.id.clone(),
                kind: RowKind::Claim(c.status),
                span: c.anchor.span,
                quote: c.anchor.quote.clone(),
                note: c.note.clone(),
                tags: c.tags.clone(),
                evidence: c.evidence.len(),
                orphaned: notes.is_orphaned(&c.id),
                author: c.author.clone(),
                conflict: c.conflict.clone(),
            });
            let highlights = notes.annotations.highlights().iter().map(|h| OverviewRow {
                article,
                id: h.id.clone(),
                kind: RowKind::Highlight,
                span: h.anchor.span,
                quote: h.anchor.quote.clone(),
                note: h.note.clone(),
                tags: h.tags.clone(),
                evidence: 0,
                orphaned: notes.is_orphaned(&h.id),
                author: h.author.clone(),
                conflict: h.conflict.clone(),
            });
            let mut article_rows: Vec<OverviewRow> = claims.chain(highlights).collect();
            article_rows.sort_by_key(|r| (r.span.start, r.id.clone()));
            rows.extend(
                article_rows
                    .into_iter()
                    .filter(|r| keeps(overview.filter, r) && query.keeps(r)),
            );
        }
        rows
    }

    pub(super) fn open_overview(&mut self) {
        self.mode = super::Mode::Overview(Overview {
            filter: OverviewFilter::All,
            query: String::new(),
            typing: false,
            selected: 0,
        });
    }

    /// `Enter` in the overview: go to the annotation, or offer an orphan places to re-attach.
    pub(super) fn open_overview_row(&mut self) -> Vec<super::Effect> {
        let super::Mode::Overview(overview) = &self.mode else {
            return Vec::new();
        };
        let Some(row) = self
            .overview_rows(overview)
            .into_iter()
            .nth(overview.selected)
        else {
            return Vec::new();
        };
        if row.orphaned {
            self.open_reattach(row.article, row.id);
            return Vec::new();
        }
        self.mode = super::Mode::Reading;
        self.jump(super::Position {
            article: row.article,
            byte: row.span.start,
        })
    }
}

fn keeps(filter: OverviewFilter, row: &OverviewRow) -> bool {
    match filter {
        OverviewFilter::All => true,
        OverviewFilter::Marked(status) => row.kind == RowKind::Claim(Some(status)),
        OverviewFilter::Unmarked => row.kind == RowKind::Claim(None),
        OverviewFilter::Highlights => row.kind == RowKind::Highlight,
        OverviewFilter::Orphaned => row.orphaned,
        OverviewFilter::Merged => !row.conflict.is_empty(),
    }
}

/// What the overview's `/` filter asks for: every `#tag` among the row's tags (case
/// ignored), an author named by any `@name` (a word of the author's name, or its start, case
/// ignored: `@ana` finds "Ana Lima"), and every other word in its note, tags or quote,
/// searched as `/` searches (smart case, typographic quotes and dashes folded, a regular
/// expression allowed).
struct OverviewQuery {
    tags: Vec<String>,
    authors: Vec<String>,
    words: Vec<Matcher>,
}

impl OverviewQuery {
    fn parse(query: &str) -> Self {
        let mut tags = Vec::new();
        let mut authors = Vec::new();
        let mut words = Vec::new();
        for word in query.split_whitespace() {
            if let Some(tag) = word.strip_prefix('#') {
                if !tag.is_empty() {
                    tags.push(tag.to_lowercase());
                }
            } else if let Some(author) = word.strip_prefix('@') {
                if !author.is_empty() {
                    authors.push(author.to_lowercase());
                }
            } else {
                words.extend(Matcher::new(word));
            }
        }
        OverviewQuery {
            tags,
            authors,
            words,
        }
    }

    /// Whether `author` is one of the authors asked for (any, when none is).
    fn keeps_author(&self, author: &str) -> bool {
        let author = author.to_lowercase();
        self.authors.is_empty()
            || self.authors.iter().any(|wanted| {
                author.starts_with(wanted.as_str())
                    || author
                        .split_whitespace()
                        .any(|w| w.starts_with(wanted.as_str()))
            })
    }

    fn keeps(&self, row: &OverviewRow) -> bool {
        let tagged = self
            .tags
            .iter()
            .all(|tag| row.tags.iter().any(|t| t.to_lowercase() == *tag));
        let said = self.words.iter().all(|word| {
            word.is_match(&row.note)
                || word.is_match(&row.quote)
                || row.tags.iter().any(|t| word.is_match(t))
        });
        tagged && said && self.keeps_author(&row.author)
    }
}
