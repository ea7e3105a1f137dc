//! The quote ledger: who is quoted saying what, across the corpus.
//!
//! Direct speech is a run of words in quotation marks with an attribution next to it:
//! “…,” Freeman said / “…,” said Economy Minister Huda Al-Rashid / Ishiba told lawmakers:
//! “…” / “…,” he said (the person named last). A quotation that follows an attributed one in
//! the same paragraph, with no attribution of its own, continues it (“…,” Ishiba told
//! lawmakers. “…”). Reported speech is a clause after a reporting verb whose subject is a
//! name ("Ishiba recently emphasised that Tokyo has no plans…"), a clause after "saying"
//! (the sentence's first name speaks), and the rest of a sentence "according to" a name.
//!
//! Speakers are entities of the [`EntityIndex`] (people, organisations, places, groups), so
//! one speaker's quotes are listed together across articles whatever name they go by.
//! Unnamed speakers ("one source familiar with the talks") are left out: the ledger is by
//! entity. The verbs are `assets/reporting_verbs.ron`'s asserting, denying and quoting
//! lists, single words only.

mod differing;
mod reader;

pub use differing::differing;

use super::location::Location;
use super::stance::ReportingVerbs;
use crate::corpus::{ArticleId, Corpus};
use crate::entities::{EntityId, EntityIndex};
use crate::text::{ByteSpan, PackedSpan};
use reader::{ArticleReader, VerbWords};
use std::collections::HashMap;

/// How the words reached the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Speech {
    /// In quotation marks.
    Direct,
    /// In the reporter's words.
    Reported,
}

impl Speech {
    pub fn as_str(self) -> &'static str {
        match self {
            Speech::Direct => "direct",
            Speech::Reported => "reported",
        }
    }
}

/// One thing a speaker is quoted as saying. A large corpus has hundreds of thousands, so
/// positions are kept as `u32`s (40 bytes, not 80) and read through the methods.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The sentence the words start in, and the words.
    at: Location,
    speaker: u32,
    named_at: PackedSpan,
    verb: PackedSpan,
    pub speech: Speech,
}

impl Quote {
    /// `sentence` is the index of the one `words` start in.
    pub fn new(
        article: ArticleId,
        sentence: usize,
        speaker: EntityId,
        named_at: ByteSpan,
        verb: ByteSpan,
        words: ByteSpan,
        speech: Speech,
    ) -> Self {
        Self {
            at: Location::new(article, sentence, words),
            speaker: u32::try_from(speaker.0).expect("fewer than 2^32 entities"),
            named_at: named_at.into(),
            verb: verb.into(),
            speech,
        }
    }

    pub fn article(&self) -> ArticleId {
        self.at.article()
    }

    /// The index in the article's `structure().sentences` of the sentence the words start in.
    pub fn sentence(&self) -> usize {
        self.at.sentence()
    }

    pub fn speaker(&self) -> EntityId {
        EntityId(self.speaker as usize)
    }

    /// Where the speaker is named for this quote: the name, or the pronoun that stands for it.
    pub fn named_at(&self) -> ByteSpan {
        self.named_at.span()
    }

    /// The reporting verb ("said", "told", "according to").
    pub fn verb(&self) -> ByteSpan {
        self.verb.span()
    }

    /// What was said: inside the quotation marks, or the reported clause.
    pub fn words(&self) -> ByteSpan {
        self.at.span()
    }
}

/// Every quote of a corpus, in corpus order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuoteLedger {
    quotes: Vec<Quote>,
}

impl QuoteLedger {
    /// Reads every article's quotes.
    pub fn build(corpus: &Corpus, index: &EntityIndex, verbs: &ReportingVerbs) -> Self {
        let verbs = VerbWords::new(verbs);
        let mut quotes: Vec<Quote> = corpus
            .articles
            .iter()
            .flat_map(|article| {
                ArticleReader::new(article, index.article_mentions(article.id), &verbs).read()
            })
            .collect();
        // Kept with the findings: no doubling room.
        quotes.shrink_to_fit();
        Self { quotes }
    }

    /// Every quote, in corpus order.
    pub fn quotes(&self) -> &[Quote] {
        &self.quotes
    }

    /// The quotes of one speaker, in corpus order.
    pub fn of(&self, speaker: EntityId) -> impl Iterator<Item = &Quote> {
        self.quotes.iter().filter(move |q| q.speaker() == speaker)
    }

    /// The speakers with how many quotes each, most quoted first (ties in order of first
    /// quote).
    pub fn speakers(&self) -> Vec<(EntityId, usize)> {
        let mut at: HashMap<EntityId, usize> = HashMap::new();
        let mut counts: Vec<(EntityId, usize)> = Vec::new();
        for q in &self.quotes {
            let i = *at.entry(q.speaker()).or_insert_with(|| {
                counts.push((q.speaker(), 0));
                counts.len() - 1
            });
            counts[i].1 += 1;
        }
        counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
        counts
    }
}

#[cfg(test)]
pub(crate) mod tests;
