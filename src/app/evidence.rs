//! Evidence from anywhere, beyond the ranked list of the picker (`e`): `/` in the picker
//! searches every sentence of the corpus, the claim's own article included (matches of the
//! ranked list first, then the rest in corpus order); `p` on a selection holds that passage,
//! and the next picker lists it first, so any span of any article can be cited.

use super::checks::EvidencePicker;
use super::search::matcher::Matcher;
use super::{App, Mode};
use crate::corpus::{ArticleId, Corpus};
use crate::factcheck::Candidate;
use crate::text::ByteSpan;

/// A passage marked while reading, waiting to be cited by a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeldPassage {
    pub article: ArticleId,
    pub span: ByteSpan,
}

/// Most sentences a search in the picker lists.
const FOUND_LIMIT: usize = 200;

impl HeldPassage {
    /// The passage as a picker row: no score, nothing shared marked.
    pub fn candidate(&self, corpus: &Corpus) -> Option<Candidate> {
        let article = corpus.article(self.article)?;
        let sentences = &article.structure().sentences;
        let sentence = sentences
            .partition_point(|s| s.span().end <= self.span.start)
            .min(sentences.len().saturating_sub(1));
        Some(Candidate {
            article: self.article,
            sentence,
            span: self.span,
            score: 0.0,
            shared: Vec::new(),
        })
    }
}

impl EvidencePicker {
    /// Whether row `i` is the held passage.
    pub fn is_held(&self, i: usize) -> bool {
        self.held && i == 0
    }

    /// Whether row `i` was found by the search rather than ranked.
    pub fn is_found(&self, i: usize) -> bool {
        !self.query.is_empty()
            && !self.is_held(i)
            && self.candidates.get(i).is_some_and(|c| {
                !self
                    .ranked
                    .iter()
                    .any(|r| r.article == c.article && r.span == c.span)
            })
    }

    /// The rows for the query: the held passage, then the ranked candidates that match, then
    /// every other matching sentence of the corpus except the claim's own.
    fn refresh(&mut self, corpus: &Corpus) {
        let held = self
            .held
            .then(|| self.candidates.first().cloned())
            .flatten();
        let mut rows: Vec<Candidate> = held.into_iter().collect();
        match Matcher::new(&self.query) {
            None => rows.extend(self.ranked.iter().cloned()),
            Some(matcher) => {
                let text_of = |c: &Candidate| {
                    corpus
                        .article(c.article)
                        .map_or("", |a| c.span.slice(a.text()))
                };
                let ranked: Vec<Candidate> = self
                    .ranked
                    .iter()
                    .filter(|c| matcher.is_match(text_of(c)))
                    .cloned()
                    .collect();
                let found = every_sentence(corpus)
                    .filter(|c| !(c.article == self.article && c.span.overlaps(self.span)))
                    .filter(|c| {
                        !ranked
                            .iter()
                            .any(|r| r.article == c.article && r.span == c.span)
                    })
                    .filter(|c| matcher.is_match(text_of(c)))
                    .take(FOUND_LIMIT)
                    .collect::<Vec<_>>();
                rows.extend(ranked);
                rows.extend(found);
            }
        }
        self.candidates = rows;
        self.selected = self.selected.min(self.candidates.len().saturating_sub(1));
    }
}

/// Every sentence of the corpus as an unranked candidate, in corpus order.
fn every_sentence(corpus: &Corpus) -> impl Iterator<Item = Candidate> + '_ {
    corpus.articles.iter().flat_map(|article| {
        article
            .structure()
            .sentences
            .iter()
            .enumerate()
            .map(|(sentence, s)| Candidate {
                article: article.id,
                sentence,
                span: s.span(),
                score: 0.0,
                shared: Vec::new(),
            })
    })
}

impl App {
    /// `p` on a selection: hold the passage for the next claim's evidence picker.
    pub(super) fn hold_passage(&mut self) {
        let Mode::Selecting(selection) = &self.mode else {
            return;
        };
        let Some(article) = self.article() else {
            return;
        };
        let span = selection.span(article.text());
        let words = span.slice(article.text()).split_whitespace().count();
        self.held_passage = Some(HeldPassage {
            article: self.current,
            span,
        });
        self.mode = Mode::Reading;
        self.info(format!(
            "held {} as evidence: on a claim, e lists it first (s supports, c contradicts)",
            crate::text::count(words, "word", "words")
        ));
    }

    /// Whether the evidence picker is open.
    pub fn is_picking_evidence(&self) -> bool {
        matches!(self.mode, Mode::Evidence(_))
    }

    /// Whether a search is being typed in the evidence picker.
    pub fn is_typing_in_picker(&self) -> bool {
        matches!(&self.mode, Mode::Evidence(picker) if picker.typing)
    }

    /// `/` in the picker: starts typing a search over every sentence.
    pub(super) fn start_picker_search(&mut self) {
        if let Mode::Evidence(picker) = &mut self.mode {
            picker.typing = true;
        }
    }

    /// A change to the picker's search; the list follows the typing.
    pub(super) fn type_in_picker(&mut self, edit: impl FnOnce(&mut String)) {
        let corpus = self.corpus.clone();
        if let Mode::Evidence(picker) = &mut self.mode {
            edit(&mut picker.query);
            picker.selected = 0;
            picker.refresh(&corpus);
        }
    }

    /// `Enter` after typing keeps the search and goes back to picking; `Esc` drops it.
    pub(super) fn finish_picker_search(&mut self, keep: bool) {
        let corpus = self.corpus.clone();
        if let Mode::Evidence(picker) = &mut self.mode {
            picker.typing = false;
            if !keep {
                picker.query.clear();
                picker.refresh(&corpus);
            }
        }
    }
}
