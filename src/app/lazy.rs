//! The current article's paragraphs, sentences and rows, built from the top only as far as
//! the reader needs, so a 50 MB article shows its first screen without being split or wrapped
//! whole.
//!
//! What is built is always a prefix: the first paragraphs of the article with their
//! sentences, numbered as in the whole article, and the rows of the first paragraphs. The
//! shell asks for the rest a slice at a time while it is idle
//! ([`Action::ContinueLayout`](super::action::Action::ContinueLayout)); a key that needs more
//! (the end of the article, a byte or sentence further down) has it built at once. Once the
//! article is split to its end, its structure is handed to the [`Article`], where the other
//! parts of margin find it, and the reader uses it from there.
//!
//! Invariant kept by [`App::update`]: the rows from the top to two screens below
//! `scroll_top` are laid out (or all rows are), and so is the cursor sentence.

use super::App;
use crate::corpus::Article;
use crate::text::layout::ArticleLayout;
use crate::text::{Structure, StructureBuilder};

/// Bytes of text split and laid out per slice: a few milliseconds of work, so a key pressed
/// meanwhile waits no longer than that. An article no longer than this is built whole at once.
pub(super) const SLICE_BYTES: usize = 256 * 1024;

/// What is built of the current article.
#[derive(Debug, Default)]
pub(super) struct LazyLayout {
    /// The paragraphs and sentences split so far, while the article does not hold its own.
    partial: Option<StructureBuilder>,
    layout: ArticleLayout,
}

impl LazyLayout {
    /// `article` at `width` columns: built whole when it is short, else not yet at all.
    pub(super) fn new(article: &Article, width: usize) -> Self {
        let short = article.text().len() <= SLICE_BYTES;
        let partial =
            (!short && article.structure_if_split().is_none()).then(StructureBuilder::default);
        let mut lazy = LazyLayout {
            partial,
            layout: ArticleLayout::empty(width),
        };
        if short {
            lazy.reach_end(article);
        }
        lazy
    }

    /// Starts the rows of `article` again for `width` columns; what is split is kept.
    pub(super) fn set_width(&mut self, article: &Article, width: usize) {
        self.layout = ArticleLayout::empty(width);
        if article.text().len() <= SLICE_BYTES {
            self.reach_end(article);
        }
    }

    pub(super) fn layout(&self) -> &ArticleLayout {
        &self.layout
    }

    /// The paragraphs and sentences split so far: the article's own once they are complete.
    pub(super) fn structure<'a>(&'a self, article: &'a Article) -> &'a Structure {
        split_so_far(&self.partial, article)
    }

    /// Whether every paragraph is split and laid out.
    pub(super) fn is_complete(&self, article: &Article) -> bool {
        self.partial.is_none()
            && self.layout.paragraph_count() == self.structure(article).paragraphs.len()
    }

    /// Lays out the next paragraph, splitting it first if needed; false when every paragraph
    /// is laid out.
    fn lay_out_next(&mut self, article: &Article) -> bool {
        let next = self.layout.paragraph_count();
        if let Some(partial) = &mut self.partial
            && article.structure_if_split().is_none()
            && partial.structure().paragraphs.len() <= next
        {
            partial.split_paragraph(article.text());
        }
        self.settle(article);
        match split_so_far(&self.partial, article).paragraphs.get(next) {
            Some(paragraph) => {
                self.layout.push_paragraph(article.text(), paragraph);
                true
            }
            None => {
                self.layout.shrink_to_fit();
                false
            }
        }
    }

    /// Hands a structure split to the end over to the article, and drops a partial one the
    /// article no longer needs (another part of margin split it whole meanwhile).
    fn settle(&mut self, article: &Article) {
        if article.structure_if_split().is_some() {
            self.partial = None;
        } else if self
            .partial
            .as_ref()
            .is_some_and(|p| p.is_complete(article.text()))
            && let Some(partial) = self.partial.take()
        {
            article.keep_structure(partial.finish(article.text()));
        }
    }

    /// Where the paragraphs laid out so far end (0 when none is).
    fn laid_out_to(&self, article: &Article) -> usize {
        let count = self.layout.paragraph_count();
        count
            .checked_sub(1)
            .and_then(|last| self.structure(article).paragraphs.get(last))
            .map_or(0, |p| p.span.end)
    }

    /// Lays out at least `rows` rows, or all there are.
    pub(super) fn reach_row(&mut self, article: &Article, rows: usize) {
        while self.layout.len() < rows && self.lay_out_next(article) {}
    }

    /// Lays out the paragraph holding `byte`, or the first one after it.
    pub(super) fn reach_byte(&mut self, article: &Article, byte: usize) {
        while self.laid_out_to(article) <= byte && self.lay_out_next(article) {}
    }

    /// Splits until sentence `sentence` is known, or the article ends.
    pub(super) fn reach_sentence(&mut self, article: &Article, sentence: usize) {
        if let Some(partial) = &mut self.partial {
            while partial.structure().sentences.len() <= sentence
                && article.structure_if_split().is_none()
                && partial.split_paragraph(article.text())
            {}
        }
        self.settle(article);
    }

    /// Splits and lays out everything.
    pub(super) fn reach_end(&mut self, article: &Article) {
        while self.lay_out_next(article) {}
    }

    /// Lays out about `bytes` more of the text; true while some is left.
    pub(super) fn continue_layout(&mut self, article: &Article, bytes: usize) -> bool {
        let target = self.laid_out_to(article).saturating_add(bytes);
        while self.laid_out_to(article) < target {
            if !self.lay_out_next(article) {
                return false;
            }
        }
        !self.is_complete(article)
    }
}

/// The article's own structure when it has one, or else what `partial` split of it.
fn split_so_far<'a>(partial: &'a Option<StructureBuilder>, article: &'a Article) -> &'a Structure {
    match (article.structure_if_split(), partial) {
        (Some(whole), _) => whole,
        (None, Some(partial)) => partial.structure(),
        (None, None) => article.structure(),
    }
}

impl App {
    /// The current article's paragraphs and sentences, as far as they are split: the first
    /// ones of the article, numbered as in the whole article.
    pub fn structure(&self) -> &Structure {
        static EMPTY: Structure = Structure {
            paragraphs: Vec::new(),
            sentences: Vec::new(),
        };
        match self.article() {
            Some(article) => self.lazy.structure(article),
            None => &EMPTY,
        }
    }

    /// The current article's rows, as far as they are laid out (at least two screens below
    /// the top of the view).
    pub fn layout(&self) -> &ArticleLayout {
        self.lazy.layout()
    }

    /// Whether the current article is split and laid out to its end.
    pub fn is_laid_out(&self) -> bool {
        self.article().is_none_or(|a| self.lazy.is_complete(a))
    }

    /// How many sentences the current article has, once it is split to its end.
    pub fn sentence_count(&self) -> Option<usize> {
        match self.article() {
            Some(article) => article.structure_if_split().map(|s| s.sentences.len()),
            None => Some(0),
        }
    }

    /// How many rows the current article has: exact once it is laid out, estimated from
    /// the share of the text laid out before that.
    pub fn estimated_rows(&self) -> usize {
        let rows = self.lazy.layout().len();
        match self.article() {
            Some(article) if !self.lazy.is_complete(article) => {
                let done = self.lazy.laid_out_to(article).max(1);
                let total = article.text().len() as f64 / done as f64 * rows as f64;
                (total as usize).max(rows)
            }
            _ => rows,
        }
    }

    /// Starts building the current article again: for another article or another width.
    pub(super) fn restart_layout(&mut self, same_article: bool) {
        let width = self.areas.text.width as usize;
        match self.corpus.article(self.current) {
            Some(article) if same_article => self.lazy.set_width(article, width),
            Some(article) => self.lazy = LazyLayout::new(article, width),
            None => self.lazy = LazyLayout::default(),
        }
    }

    pub(super) fn reach_row(&mut self, rows: usize) {
        if let Some(article) = self.corpus.article(self.current) {
            self.lazy.reach_row(article, rows);
        }
    }

    pub(super) fn reach_byte(&mut self, byte: usize) {
        if let Some(article) = self.corpus.article(self.current) {
            self.lazy.reach_byte(article, byte);
        }
    }

    pub(super) fn reach_sentence(&mut self, sentence: usize) {
        if let Some(article) = self.corpus.article(self.current) {
            self.lazy.reach_sentence(article, sentence);
        }
    }

    pub(super) fn reach_end(&mut self) {
        if let Some(article) = self.corpus.article(self.current) {
            self.lazy.reach_end(article);
        }
    }

    /// One slice of the work left, for when the shell is idle.
    pub(super) fn continue_layout(&mut self) {
        if let Some(article) = self.corpus.article(self.current) {
            self.lazy.continue_layout(article, SLICE_BYTES);
        }
    }

    /// Lays out what the view needs: two screens below its top, and the cursor sentence.
    pub(super) fn cover_view(&mut self) {
        let height = (self.areas.text.height as usize).max(1);
        self.reach_row(self.scroll_top + 2 * height);
        if let Some(span) = self.cursor_span() {
            self.reach_byte(span.end);
        }
    }
}
