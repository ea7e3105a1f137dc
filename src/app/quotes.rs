//! An entity's quotes (`"` in the entities pane): what it is quoted as saying, directly or
//! in reported speech, grouped by article. A quote that differs from the same speaker's
//! words on the same matter in another article is marked, with the explanation of the
//! discrepancy, so the two can be read side by side. `Enter` goes to the words.

use super::action::Dir;
use super::{App, Effect, Find, Mode, Pane, Position};
use crate::corpus::ArticleId;
use crate::entities::EntityId;
use crate::factcheck::{DiscrepancyKind, Findings, Quote};

/// One row of the view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuoteRow {
    /// An article's heading, with how many of the quotes are in it.
    Article { article: ArticleId, count: usize },
    Quote {
        quote: Quote,
        /// The explanation of the discrepancy the quote is part of, if any.
        differs: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuotesView {
    pub speaker: EntityId,
    /// The speaker's name, to find it again after the index is rebuilt.
    pub name: String,
    pub rows: Vec<QuoteRow>,
    /// The selected row; always a quote row when there is one.
    pub selected: usize,
}

impl QuotesView {
    /// The quotes of `speaker` in `findings`.
    pub fn of(findings: &Findings, speaker: EntityId, name: &str) -> Self {
        let mut rows = Vec::new();
        let mut article = None;
        for quote in findings.quotes.of(speaker) {
            if article != Some(quote.article()) {
                article = Some(quote.article());
                let count = findings
                    .quotes
                    .of(speaker)
                    .filter(|q| q.article() == quote.article())
                    .count();
                rows.push(QuoteRow::Article {
                    article: quote.article(),
                    count,
                });
            }
            let differs = findings
                .discrepancies
                .iter()
                .filter(|d| d.kind == DiscrepancyKind::Quotes)
                .find(|d| {
                    d.members
                        .iter()
                        .any(|m| m.article() == quote.article() && m.span() == quote.words())
                })
                .map(|d| d.explanation.clone());
            rows.push(QuoteRow::Quote {
                quote: *quote,
                differs,
            });
        }
        let selected = rows
            .iter()
            .position(|r| matches!(r, QuoteRow::Quote { .. }))
            .unwrap_or(0);
        Self {
            speaker,
            name: name.to_string(),
            rows,
            selected,
        }
    }

    pub fn quote_count(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| matches!(r, QuoteRow::Quote { .. }))
            .count()
    }

    pub fn selected_quote(&self) -> Option<&Quote> {
        match self.rows.get(self.selected) {
            Some(QuoteRow::Quote { quote, .. }) => Some(quote),
            _ => None,
        }
    }

    /// Moves the selection to the next or previous quote, over article headings.
    pub fn step(&mut self, dir: Dir) {
        let is_quote = |i: &usize| matches!(self.rows[*i], QuoteRow::Quote { .. });
        let next = match dir {
            Dir::Next => (self.selected + 1..self.rows.len()).find(is_quote),
            Dir::Prev => (0..self.selected).rev().find(is_quote),
        };
        if let Some(i) = next {
            self.selected = i;
        }
    }
}

impl App {
    /// `"` in the entities pane: the selected entity's quotes.
    pub(super) fn open_quotes(&mut self) {
        if !self.index_ready() || !self.findings_ready() {
            return;
        }
        let Some(id) = self.entities.selected_entity() else {
            return;
        };
        let Some(name) = self
            .entities
            .index()
            .and_then(|i| i.entity(id))
            .map(|e| e.name.clone())
        else {
            return;
        };
        let Some(findings) = self.findings() else {
            return;
        };
        let view = QuotesView::of(findings, id, &name);
        if view.rows.is_empty() {
            self.info(format!("{name} is not quoted in these articles"));
            return;
        }
        self.mode = Mode::Quotes(view);
    }

    /// `Enter`: the quoted words in their article, with the speaker active for `n`/`N`.
    pub(super) fn open_quote(&mut self) -> Vec<Effect> {
        let Mode::Quotes(view) = &self.mode else {
            return Vec::new();
        };
        let (speaker, name) = (view.speaker, view.name.clone());
        let Some(quote) = view.selected_quote().copied() else {
            return Vec::new();
        };
        self.mode = Mode::Reading;
        self.entities.active = Some(speaker);
        self.find = Find::Entity;
        self.focus = Pane::Article;
        let effects = self.jump(Position {
            article: quote.article(),
            byte: quote.words().start,
        });
        let file = self
            .corpus
            .article(quote.article())
            .map_or(String::new(), |a| a.file.clone());
        self.info(format!("{name}: quote in {file}"));
        effects
    }

    /// After new findings arrive (the index was rebuilt): the same speaker's quotes, found
    /// by name, with the selection kept near where it was; closed when the speaker is gone.
    pub(super) fn refresh_quotes(&mut self) {
        let Mode::Quotes(old) = &self.mode else {
            return;
        };
        let speaker = self
            .entities
            .index()
            .and_then(|index| index.find(&old.name))
            .map(|e| e.id);
        let fresh = speaker
            .zip(self.findings())
            .map(|(id, findings)| QuotesView::of(findings, id, &old.name))
            .filter(|view| !view.rows.is_empty());
        match fresh {
            Some(mut fresh) => {
                fresh.selected = old.selected.min(fresh.rows.len() - 1);
                if fresh.selected_quote().is_none() {
                    fresh.step(Dir::Prev);
                    fresh.step(Dir::Next);
                }
                self.mode = Mode::Quotes(fresh);
            }
            None => self.mode = Mode::Reading,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_said_differently_elsewhere_carries_the_explanation() {
        let texts = [
            "“We will never sell our Treasury holdings as leverage in tariff talks,” Katsunobu Kato said.",
            "Katsunobu Kato said Japan could use its Treasury holdings as a card in tariff talks.",
            "Katsunobu Kato said the weather in Osaka was pleasant all week.",
        ];
        let corpus = crate::factcheck::quotes::tests::corpus_with_other_news(&texts);
        let built = crate::app::indexing::build(
            &corpus,
            &crate::entities::Corrections::default(),
            |_, _| {},
        );
        let findings = crate::factcheck::findings(&corpus, &built.index, &[]);
        let kato = built.index.find("Katsunobu Kato").unwrap().id;
        let view = QuotesView::of(&findings, kato, "Katsunobu Kato");
        assert_eq!(view.quote_count(), 3);
        let differs: Vec<bool> = view
            .rows
            .iter()
            .filter_map(|r| match r {
                QuoteRow::Quote { differs, .. } => Some(differs.is_some()),
                QuoteRow::Article { .. } => None,
            })
            .collect();
        assert_eq!(differs, [true, true, false]);
        let QuoteRow::Quote {
            differs: Some(explanation),
            ..
        } = &view.rows[1]
        else {
            panic!("{:?}", view.rows[1]);
        };
        assert!(
            explanation.starts_with("Katsunobu Kato quoted in different words in 0.txt and 1.txt"),
            "{explanation}"
        );
    }
}
