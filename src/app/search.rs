//! Finding text: matches of a query in one article, and matching sentences across the corpus.
//!
//! Smart case: a query in lower case matches any case; one with a capital matches exactly.

use super::{App, ArticleSearch, Find, Message, Severity};
use crate::app::action::Dir;
use crate::corpus::{ArticleId, Corpus};
use crate::text::ByteSpan;

/// Most corpus search results listed; more would not help a reader.
pub const MAX_CORPUS_HITS: usize = 2000;

/// The spans of every non-overlapping match of `query` in `text`, in order.
pub fn find_all(text: &str, query: &str) -> Vec<ByteSpan> {
    if query.is_empty() {
        return Vec::new();
    }
    let ignore_case = !query.chars().any(char::is_uppercase);
    if !ignore_case {
        return text
            .match_indices(query)
            .map(|(i, m)| ByteSpan::new(i, i + m.len()))
            .collect();
    }
    if query.is_ascii() {
        let finder = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([query]);
        return match finder {
            Ok(finder) => finder
                .find_iter(text)
                .map(|m| ByteSpan::new(m.start(), m.end()))
                .collect(),
            Err(_) => Vec::new(),
        };
    }
    find_all_folded(text, query)
}

/// Case-insensitive search for non-ASCII queries, char by char so offsets stay the file's.
fn find_all_folded(text: &str, query: &str) -> Vec<ByteSpan> {
    let folded: Vec<char> = query.chars().flat_map(char::to_lowercase).collect();
    let mut matches = Vec::new();
    let mut from = 0;
    for (start, _) in text.char_indices() {
        if start < from {
            continue;
        }
        let mut wanted = folded.iter();
        let mut end = start;
        let mut ok = true;
        'chars: for (i, c) in text[start..].char_indices() {
            for lower in c.to_lowercase() {
                match wanted.next() {
                    Some(w) if *w == lower => {}
                    Some(_) => {
                        ok = false;
                        break 'chars;
                    }
                    None => break 'chars,
                }
            }
            end = start + i + c.len_utf8();
            if wanted.len() == 0 {
                break;
            }
        }
        if ok && wanted.len() == 0 && end > start {
            matches.push(ByteSpan::new(start, end));
            from = end;
        }
    }
    matches
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
    for article in &corpus.articles {
        let sentences = &article.structure().sentences;
        let mut next_sentence = 0;
        for matched in find_all(article.text(), query) {
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
        if self.search.is_none() {
            self.info("no search yet: press / to search");
            return;
        }
        let origin = self.position();
        self.go_to_match_from_cursor(dir, true);
        if self.position() != origin {
            self.push_jump(origin);
        }
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
            let text = format!("no match for \"{}\" in this article", search.query);
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
