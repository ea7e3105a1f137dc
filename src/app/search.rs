//! Finding text: matches of a query in one article, and matching sentences across the corpus,
//! as less and vim find them (see [`matcher`]): regular expressions, smart case, typographic
//! quotes and dashes folded. `n` and `N` go on into the next article that has a match when
//! the current one has no more, and say so.

use super::{App, ArticleSearch, Find, Message, Position, Severity};
use crate::app::action::Dir;
use crate::corpus::{ArticleId, Corpus};
use crate::text::{ByteSpan, display};

pub mod history;
pub mod matcher;

pub use history::History;
pub use matcher::Matcher;

/// Most corpus search results listed; more would not help a reader.
pub const MAX_CORPUS_HITS: usize = 2000;

/// Searches kept for `Up` and `Down` in the search prompt.
pub const HISTORY_LENGTH: usize = 100;

/// The spans of every non-overlapping match of `query` in `text`, in order (see
/// [`Matcher`]).
pub fn find_all(text: &str, query: &str) -> Vec<ByteSpan> {
    Matcher::new(query).map_or_else(Vec::new, |m| m.find_all(text))
}

/// A sentence of some article that matches a corpus search.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub article: ArticleId,
    pub sentence: usize,
    /// The first match inside the sentence.
    pub matched: ByteSpan,
}

/// Sentences of every article that hold `query`, in corpus order, at most [`MAX_CORPUS_HITS`].
pub fn search_corpus(corpus: &Corpus, query: &str) -> Vec<Hit> {
    let mut hits = Vec::new();
    let Some(matcher) = Matcher::new(query) else {
        return hits;
    };
    for article in &corpus.articles {
        let sentences = &article.structure().sentences;
        let mut next_sentence = 0;
        for matched in matcher.find_all(article.text()) {
            let Some(i) = article.structure().sentence_containing(matched.start) else {
                continue;
            };
            if i < next_sentence {
                continue;
            }
            next_sentence = i + 1;
            hits.push(Hit {
                article: article.id,
                sentence: i,
                matched,
            });
            if hits.len() >= MAX_CORPUS_HITS {
                return hits;
            }
        }
        debug_assert!(next_sentence <= sentences.len());
    }
    hits
}

impl App {
    /// Sets the article search to `query` and finds its matches (no search when empty).
    pub(super) fn set_search(&mut self, query: String) {
        if query.is_empty() {
            self.search = None;
            return;
        }
        let matches = self
            .article()
            .map(|a| find_all(a.text(), &query))
            .unwrap_or_default();
        self.search = Some(ArticleSearch {
            query,
            matches,
            current: None,
        });
    }

    pub(super) fn search_step(&mut self, dir: Dir) {
        self.find = Find::Search;
        let Some(query) = self.search.as_ref().map(|s| s.query.clone()) else {
            self.info("no search yet: press / to search");
            return;
        };
        let origin = self.position();
        if self.no_more_matches(dir) && self.continue_in_another_article(dir) {
            self.push_jump(origin);
            return;
        }
        if self.search.as_ref().is_some_and(|s| s.matches.is_empty()) {
            self.warn(format!("Pattern not found: {}", display::sanitize(&query)));
            return;
        }
        self.go_to_match_from_cursor(dir, true);
        if self.position() != origin {
            self.push_jump(origin);
        }
    }

    /// Whether the article has no match after (before) the cursor's current match.
    fn no_more_matches(&self, dir: Dir) -> bool {
        let (Some(search), Some(cursor)) = (&self.search, self.cursor_span()) else {
            return false;
        };
        let at = search
            .current
            .map(|i| search.matches[i])
            .filter(|m| cursor.contains(m.start));
        match (dir, at) {
            (Dir::Next, Some(m)) => !search.matches.iter().any(|x| x.start > m.start),
            (Dir::Next, None) => !search.matches.iter().any(|x| x.start >= cursor.end),
            (Dir::Prev, Some(m)) => !search.matches.iter().any(|x| x.start < m.start),
            (Dir::Prev, None) => !search.matches.iter().any(|x| x.start < cursor.start),
        }
    }

    /// Whether an article other than the current one holds a match of `query`.
    fn another_article_matches(&self, query: &str) -> bool {
        let Some(matcher) = Matcher::new(query) else {
            return false;
        };
        let others = self.corpus.articles.iter().filter(|a| a.id != self.current);
        others.into_iter().any(|a| matcher.is_match(a.text()))
    }

    /// `n` past the article's last match: opens the next article (corpus order, wrapping)
    /// that has one, at its first match (its last for `N`), and says so. Returns whether it
    /// found one; the current article is never one of them.
    fn continue_in_another_article(&mut self, dir: Dir) -> bool {
        let Some(matcher) = self.search.as_ref().and_then(|s| Matcher::new(&s.query)) else {
            return false;
        };
        let n = self.corpus.len();
        let order: Vec<usize> = (1..n)
            .map(|k| match dir {
                Dir::Next => (self.current.0 + k) % n,
                Dir::Prev => (self.current.0 + n - k) % n,
            })
            .collect();
        let found = order.into_iter().find_map(|i| {
            let article = self.corpus.article(ArticleId(i))?;
            let matches = matcher.find_all(article.text());
            let m = match dir {
                Dir::Next => matches.first(),
                Dir::Prev => matches.last(),
            }?;
            Some((ArticleId(i), m.start, matches.len()))
        });
        let Some((article, byte, count)) = found else {
            return false;
        };
        let wrapped = match dir {
            Dir::Next => article.0 < self.current.0,
            Dir::Prev => article.0 > self.current.0,
        };
        self.go_to(Position { article, byte });
        if let Some(search) = &mut self.search {
            search.current = search.matches.iter().position(|m| m.start == byte);
        }
        self.scroll_cursor_into_view();
        let title = self
            .article()
            .map(|a| display::sanitize(&a.title))
            .unwrap_or_default();
        let index = match dir {
            Dir::Next => 1,
            Dir::Prev => count,
        };
        let wrap = if wrapped {
            " · wrapped around the corpus"
        } else {
            ""
        };
        self.info(format!(
            "no more in this article: continued in \u{201c}{title}\u{201d} (article {}/{}), match {index}/{count}{wrap}",
            article.0 + 1,
            n
        ));
        true
    }

    /// Moves the cursor to the next (or previous) match after (before) the cursor sentence,
    /// wrapping around the article, and reports "match 3/12".
    pub(super) fn go_to_match_from_cursor(&mut self, dir: Dir, step_past_cursor: bool) {
        let Some(cursor) = self.cursor_span() else {
            return;
        };
        let Some(search) = &mut self.search else {
            return;
        };
        if search.matches.is_empty() {
            search.current = None;
            let query = search.query.clone();
            // While typing, only this article is searched; Enter and `n` look at the others.
            let elsewhere = self.corpus.len() > 1
                && (!step_past_cursor || self.another_article_matches(&query));
            let query = display::sanitize(&query);
            let text = if elsewhere {
                format!("Pattern not found in this article: {query} · n looks in the others")
            } else {
                format!("Pattern not found: {query}")
            };
            self.message = Some(Message {
                severity: Severity::Warning,
                text,
            });
            return;
        }
        let n = search.matches.len();
        let current_match = search
            .current
            .map(|i| search.matches[i])
            .filter(|m| cursor.contains(m.start));
        let found = match (dir, current_match) {
            (Dir::Next, Some(m)) if step_past_cursor => {
                search.matches.iter().position(|x| x.start > m.start)
            }
            (Dir::Next, _) if step_past_cursor => {
                search.matches.iter().position(|x| x.start >= cursor.end)
            }
            (Dir::Next, _) => search.matches.iter().position(|x| x.start >= cursor.start),
            (Dir::Prev, Some(m)) => search.matches.iter().rposition(|x| x.start < m.start),
            (Dir::Prev, None) => search.matches.iter().rposition(|x| x.start < cursor.start),
        };
        let wrapped = found.is_none();
        let index = found.unwrap_or(match dir {
            Dir::Next => 0,
            Dir::Prev => n - 1,
        });
        search.current = Some(index);
        let byte = search.matches[index].start;
        let mut text = format!("match {}/{}", index + 1, n);
        if wrapped && step_past_cursor {
            text.push_str(match dir {
                Dir::Next => " · wrapped to the top",
                Dir::Prev => " · wrapped to the bottom",
            });
        }
        self.info(text);
        self.set_cursor_to_byte(byte);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'t>(text: &'t str, query: &str) -> Vec<&'t str> {
        find_all(text, query)
            .into_iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn lower_case_queries_ignore_case() {
        assert_eq!(
            found("Treasury and treasury and TREASURY", "treasury"),
            ["Treasury", "treasury", "TREASURY"]
        );
    }

    #[test]
    fn a_capital_makes_the_search_exact() {
        assert_eq!(found("Treasury and treasury", "Treasury"), ["Treasury"]);
    }

    #[test]
    fn non_ascii_queries_fold_case_and_keep_file_offsets() {
        let text = "¥ and ÉCONOMIE, économie";
        assert_eq!(found(text, "économie"), ["ÉCONOMIE", "économie"]);
        assert_eq!(found("日本と日本", "日本"), ["日本", "日本"]);
    }

    #[test]
    fn corpus_search_lists_each_matching_sentence_once() {
        let corpus = Corpus::embedded();
        let hits = search_corpus(&corpus, "firmly denies");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].article, ArticleId(3));
        let hits = search_corpus(&corpus, "treasury");
        let mut seen = hits
            .iter()
            .map(|h| (h.article, h.sentence))
            .collect::<Vec<_>>();
        seen.dedup();
        assert_eq!(seen.len(), hits.len());
    }
}
