//! What a search matches, as less and vim search: the query is a regular expression (the
//! `regex` crate's syntax); smart case (a query without capitals ignores case); typographic
//! folding, so `'` finds ’ and ‘, `"` finds “ and ”, and `-` finds – and — (and each of those
//! finds the others). Matches are byte spans of the text exactly as read: the query is
//! rewritten, never the text. A query that is not a valid expression is searched as text.

use crate::text::ByteSpan;
use regex::{Regex, RegexBuilder};

/// Characters that stand for one another in a search, as a class of the expression.
const FOLDS: &[(&[char], &str)] = &[
    (&['\'', '’', '‘', 'ʼ'], "'’‘ʼ"),
    (&['"', '“', '”', '„'], "\"“”„"),
    (&['-', '–', '—', '‐', '‑'], "\\-–—‐‑"),
];

/// Most bytes the compiled expression may take: far beyond any typed query.
const SIZE_LIMIT: usize = 1 << 22;

/// A compiled search.
#[derive(Clone, Debug)]
pub struct Matcher {
    regex: Regex,
    /// Why the query is searched as text rather than as an expression, when it is.
    pub literal_because: Option<String>,
}

impl Matcher {
    /// The matcher for `query`; `None` when it is empty.
    pub fn new(query: &str) -> Option<Matcher> {
        if query.is_empty() {
            return None;
        }
        let ignore_case = !has_capital(query);
        let build = |pattern: &str| {
            RegexBuilder::new(pattern)
                .case_insensitive(ignore_case)
                // `^` and `$` at each line's start and end, as in less and vim.
                .multi_line(true)
                .size_limit(SIZE_LIMIT)
                .build()
        };
        match build(&folded_pattern(query)) {
            Ok(regex) => Some(Matcher {
                regex,
                literal_because: None,
            }),
            Err(error) => {
                let literal = folded_pattern(&regex::escape(query));
                let regex = build(&literal).ok()?;
                Some(Matcher {
                    regex,
                    literal_because: Some(first_line(&error.to_string())),
                })
            }
        }
    }

    /// The spans of every non-overlapping, non-empty match in `text`, in order.
    pub fn find_all(&self, text: &str) -> Vec<ByteSpan> {
        self.regex
            .find_iter(text)
            .filter(|m| !m.is_empty())
            .map(|m| ByteSpan::new(m.start(), m.end()))
            .collect()
    }

    /// The first non-empty match in `text`.
    pub fn find(&self, text: &str) -> Option<ByteSpan> {
        self.regex
            .find_iter(text)
            .find(|m| !m.is_empty())
            .map(|m| ByteSpan::new(m.start(), m.end()))
    }

    /// Whether `text` holds a match.
    pub fn is_match(&self, text: &str) -> bool {
        self.find(text).is_some()
    }
}

/// Whether the query has a capital letter of its own (an escape such as `\W` or `\S` is no
/// capital): then case matters.
fn has_capital(query: &str) -> bool {
    let mut escaped = false;
    for c in query.chars() {
        if escaped {
            escaped = false;
            continue;
        }
        if c == '\\' {
            escaped = true;
        } else if c.is_uppercase() {
            return true;
        }
    }
    false
}

/// `pattern` with each foldable character outside an escape made a class of its variants
/// (inside a bracket class, its variants added to the class).
fn folded_pattern(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() * 2);
    let mut escaped = false;
    let mut class_depth = 0usize;
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if escaped {
            escaped = false;
            out.push(c);
            continue;
        }
        match c {
            '\\' => {
                escaped = true;
                out.push(c);
            }
            '[' => {
                class_depth += 1;
                out.push(c);
                // A leading `]` or `^]` is a literal bracket inside the class.
                if chars.peek() == Some(&'^') {
                    out.push('^');
                    chars.next();
                }
                if chars.peek() == Some(&']') {
                    out.push(']');
                    chars.next();
                }
            }
            ']' if class_depth > 0 => {
                class_depth -= 1;
                out.push(c);
            }
            c => match FOLDS.iter().find(|(set, _)| set.contains(&c)) {
                // Inside a class a hyphen is a range: left as it is.
                Some(_) if class_depth > 0 && c == '-' => out.push(c),
                Some((_, variants)) if class_depth > 0 => out.push_str(variants),
                Some((_, variants)) => {
                    out.push('[');
                    out.push_str(variants);
                    out.push(']');
                }
                None => out.push(c),
            },
        }
    }
    out
}

fn first_line(s: &str) -> String {
    s.lines()
        .rev()
        .find(|l| l.trim_start().starts_with("error:"))
        .or_else(|| s.lines().next())
        .unwrap_or("")
        .trim()
        .trim_start_matches("error: ")
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'t>(query: &str, text: &'t str) -> Vec<&'t str> {
        let matcher = Matcher::new(query).expect("a query");
        matcher
            .find_all(text)
            .into_iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn straight_and_typographic_quotes_and_dashes_find_each_other() {
        let text = "Japan’s “deal” — or Japan's \"deal\" - 2025–2026";
        assert_eq!(found("japan's", text), ["Japan’s", "Japan's"]);
        assert_eq!(found("japan’s", text), ["Japan’s", "Japan's"]);
        assert_eq!(found("\"deal\"", text), ["“deal”", "\"deal\""]);
        assert_eq!(found("2025-2026", text), ["2025–2026"]);
        assert_eq!(found(" — ", text), [" — ", " - "]);
    }

    #[test]
    fn smart_case_ignores_case_unless_the_query_has_a_capital() {
        let text = "Trade talks. TRADE deal. trade war.";
        assert_eq!(found("trade", text).len(), 3);
        assert_eq!(found("Trade", text), ["Trade"]);
        // An escape is no capital: \S+ stays case-blind.
        assert_eq!(found("t\\S+e", text).len(), 3);
    }

    #[test]
    fn regular_expressions_match_and_a_broken_one_is_searched_as_text() {
        let text = "tariffs of 15% and 25%, or (25%";
        assert_eq!(found(r"\d+%", text), ["15%", "25%", "25%"]);
        let broken = Matcher::new("(25%").expect("a query");
        assert!(broken.literal_because.is_some());
        assert_eq!(
            broken
                .find_all(text)
                .iter()
                .map(|s| s.slice(text))
                .collect::<Vec<_>>(),
            ["(25%"]
        );
    }

    #[test]
    fn classes_take_the_variants_and_keep_their_ranges() {
        let text = "it’s a-b and it's c";
        assert_eq!(found("it[’']s", text), ["it’s", "it's"]);
        assert_eq!(found("it[']s", text), ["it’s", "it's"]);
        assert_eq!(found("[a-c]-[a-c]", text), ["a-b"]);
    }

    #[test]
    fn line_anchors_match_at_every_line() {
        let text = "Tariffs rose.\nTariffs fell.";
        assert_eq!(found("^tariffs", text).len(), 2);
        assert_eq!(found("fell\\.$", text), ["fell."]);
    }

    #[test]
    fn empty_matches_are_no_matches() {
        assert!(found("x*", "abc").is_empty());
        assert!(Matcher::new("").is_none());
    }
}
