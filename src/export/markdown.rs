//! The Markdown fact-check report: per article, its claims (status, quote, note, tags,
//! evidence) and highlights, in text order.

use std::fmt::Write;

use super::{ExportArticle, find, place};
use crate::annotations::{Anchor, Claim, Highlight, Placement, Status};
use crate::text::display::is_neutralised;

/// A fact-check report of `articles`, grouped by article in the order given.
///
/// Each article gets a heading (its title) and its file name, then its claims and its
/// highlights. Quotes are the article's own words; annotations that moved or could not be
/// placed on the current text are marked so. Output is deterministic and terminal-safe.
pub fn markdown(articles: &[ExportArticle<'_>]) -> String {
    let mut out = String::from("# Fact-check report\n\n");
    let claims: Vec<&Claim> = articles
        .iter()
        .flat_map(|a| a.annotations.claims())
        .collect();
    let count = |status| claims.iter().filter(|c| c.status == status).count();
    let highlights: usize = articles
        .iter()
        .map(|a| a.annotations.highlights().len())
        .sum();
    let _ = writeln!(
        out,
        "{} · {} ({} verified, {} disputed, {} unmarked) · {}\n",
        plural(articles.len(), "article"),
        plural(claims.len(), "claim"),
        count(Some(Status::Verified)),
        count(Some(Status::Disputed)),
        count(None),
        plural(highlights, "highlight"),
    );
    for article in articles {
        write_article(&mut out, article, articles);
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn write_article(out: &mut String, article: &ExportArticle<'_>, all: &[ExportArticle<'_>]) {
    let annotations = article.annotations;
    let _ = writeln!(out, "## {}\n", inline(article.title));
    let _ = writeln!(
        out,
        "File: {} · {} · {}\n",
        code(article.file),
        plural(annotations.claims().len(), "claim"),
        plural(annotations.highlights().len(), "highlight"),
    );
    if annotations.is_empty() {
        out.push_str("No annotations.\n\n");
        return;
    }
    if !annotations.claims().is_empty() {
        out.push_str("### Claims\n\n");
        for claim in annotations.claims() {
            write_claim(out, claim, article, all);
        }
        out.push('\n');
    }
    if !annotations.highlights().is_empty() {
        out.push_str("### Highlights\n\n");
        for highlight in annotations.highlights() {
            write_highlight(out, highlight, article);
        }
        out.push('\n');
    }
}

fn write_claim(
    out: &mut String,
    claim: &Claim,
    article: &ExportArticle<'_>,
    all: &[ExportArticle<'_>],
) {
    let status = match claim.status {
        Some(Status::Verified) => "Verified",
        Some(Status::Disputed) => "Disputed",
        None => "Unmarked",
    };
    let _ = writeln!(
        out,
        "- **{status}**: {}{}",
        quote(&claim.anchor.quote),
        placement_note(&claim.anchor, article.text),
    );
    if !claim.note.is_empty() {
        let _ = writeln!(out, "  - Note: {}", inline(&claim.note));
    }
    if !claim.tags.is_empty() {
        let _ = writeln!(out, "  - Tags: {}", tags(&claim.tags));
    }
    for evidence in &claim.evidence {
        let mark = find(all, &evidence.article).map_or(String::new(), |cited| {
            placement_note(&evidence.anchor, cited.text)
        });
        let _ = writeln!(
            out,
            "  - {} {}: {}{mark}",
            capitalised(evidence.relation.as_str()),
            code(&evidence.article),
            quote(&evidence.anchor.quote),
        );
    }
}

fn write_highlight(out: &mut String, highlight: &Highlight, article: &ExportArticle<'_>) {
    let _ = write!(
        out,
        "- {}{}",
        quote(&highlight.anchor.quote),
        placement_note(&highlight.anchor, article.text),
    );
    if !highlight.tags.is_empty() {
        let _ = write!(out, " · Tags: {}", tags(&highlight.tags));
    }
    out.push('\n');
    if !highlight.note.is_empty() {
        let _ = writeln!(out, "  - Note: {}", inline(&highlight.note));
    }
}

/// ` (moved)` or ` (orphaned: …)` when the anchor is not where it was stored.
fn placement_note(anchor: &Anchor, text: &str) -> String {
    match place(anchor, text) {
        Placement::Exact(_) => String::new(),
        Placement::Moved { score, .. } => format!(" *(moved; match {:.0}%)*", score * 100.0),
        Placement::Orphaned => " *(orphaned: not found in the current text)*".to_owned(),
    }
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or(String::new(), |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

fn quote(text: &str) -> String {
    format!("“{}”", inline(text))
}

fn tags(tags: &[String]) -> String {
    tags.iter().map(|t| code(t)).collect::<Vec<_>>().join(", ")
}

/// A code span; falls back to escaped text when `text` holds a backtick.
fn code(text: &str) -> String {
    if text.contains('`') || text.chars().any(is_neutralised) {
        inline(text)
    } else {
        format!("`{text}`")
    }
}

/// `text` as one line of Markdown: specials escaped, line breaks shown as `⏎`, unsafe
/// characters as `\u{…}`.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\r' => {}
            '\n' => out.push_str(" ⏎ "),
            '\t' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' => {
                out.push('\\');
                out.push(c);
            }
            c if is_neutralised(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_escapes_markdown_and_shows_control_characters() {
        assert_eq!(inline("a *b*\nc\u{1b}[31m"), "a \\*b\\* ⏎ c\\u{1b}\\[31m");
    }

    #[test]
    fn code_falls_back_to_escaped_text_for_a_backtick() {
        assert_eq!(code("a.txt"), "`a.txt`");
        assert_eq!(code("a`b"), "a\\`b");
    }
}
