//! `Location`: where a finding is in the corpus (its article, sentence and words) in 16
//! bytes. A large corpus's findings hold one per date, quote, role and group member, close
//! to a million in all, so they keep `u32`s: article numbers and sentence indexes are far
//! below 2³², and offsets fit because the corpus refuses articles of 4 GiB or more.

use crate::corpus::{ArticleId, Corpus};
use crate::text::{ByteSpan, PackedSpan};

/// An article, the index of a sentence in its `structure.sentences`, and a span of its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Location {
    article: u32,
    sentence: u32,
    span: PackedSpan,
}

impl Location {
    pub fn new(article: ArticleId, sentence: usize, span: ByteSpan) -> Self {
        Self {
            article: narrow(article.0),
            sentence: narrow(sentence),
            span: span.into(),
        }
    }

    pub fn article(self) -> ArticleId {
        ArticleId(self.article as usize)
    }

    /// The sentence's index in the article's `structure.sentences`.
    pub fn sentence(self) -> usize {
        self.sentence as usize
    }

    /// Bytes of the article's text.
    pub fn span(self) -> ByteSpan {
        self.span.span()
    }

    /// The article's file name in `corpus` ("" for a corpus without the article).
    pub fn file(self, corpus: &Corpus) -> &str {
        corpus
            .article(self.article())
            .map_or("", |a| a.file.as_str())
    }

    /// The words at the span in `corpus` ("" for a corpus without them).
    pub fn words(self, corpus: &Corpus) -> &str {
        corpus.words(self.article(), self.span())
    }
}

/// `n` as a `u32`; see the module doc for why it fits.
///
/// # Panics
/// With 2³² articles or sentences in one article, far beyond what fits in memory.
fn narrow(n: usize) -> u32 {
    u32::try_from(n).expect("fewer than 2^32 articles, and sentences in an article")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_location_gives_back_what_it_was_made_of() {
        let span = ByteSpan::new(12, 4_000_000_000);
        let at = Location::new(ArticleId(9_999), 123_456, span);
        assert_eq!(
            (at.article(), at.sentence(), at.span()),
            (ArticleId(9_999), 123_456, span)
        );
        assert_eq!(std::mem::size_of::<Location>(), 16);
    }

    #[test]
    fn a_location_reads_its_file_and_words_from_the_corpus_it_names() {
        let corpus = Corpus::embedded();
        let article = &corpus.articles[1];
        let at = Location::new(article.id, 0, ByteSpan::new(0, 5));
        assert_eq!(at.file(&corpus), article.file);
        assert_eq!(at.words(&corpus), &article.text()[..5]);
        let elsewhere = Location::new(ArticleId(corpus.len()), 0, ByteSpan::new(0, 5));
        assert_eq!(
            (elsewhere.file(&corpus), elsewhere.words(&corpus)),
            ("", "")
        );
    }
}
