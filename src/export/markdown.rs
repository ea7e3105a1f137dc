//! The Markdown fact-check report: per annotated article (by title, linked to its URL when
//! the index gives one), its claims (status, quote, author, note, tags, evidence) and
//! highlights in text order; then the discrepancies between articles and each article's
//! check-worthy coverage, when the findings are given.

use std::fmt::Write;

use super::{ExportArticle, ExportFilter, find, place};
use crate::annotations::{Anchor, Claim, Highlight, Placement, Status};
use crate::factcheck::Findings;
use crate::text::display::{is_neutralised, shown};

/// A fact-check report of `articles`, grouped by article in the order given. Articles
/// without annotations are left out of the article sections (the coverage lists them all).
///
/// Quotes are the article's own words; annotations that moved or could not be placed on the
/// current text are marked so. Control and format characters are shown as the reader shows
/// them (`␛`, `⌧`), so the output is deterministic and safe to print to a terminal.
/// A filter that kept only some annotations is named under the title.
pub fn markdown(
    articles: &[ExportArticle<'_>],
    findings: Option<&Findings>,
    filter: &ExportFilter,
) -> String {
    let mut out = String::from("# Fact-check report\n\n");
    if let Some(kept) = filter.describe() {
        let _ = writeln!(out, "Only annotations {}.\n", inline(&kept));
    }
    let claims: Vec<&Claim> = articles
        .iter()
        .flat_map(|a| a.annotations.claims())
        .collect();
    let count = |status| claims.iter().filter(|c| c.status == status).count();
    let highlights: usize = articles
        .iter()
        .map(|a| a.annotations.highlights().len())
        .sum();
    let annotated = articles.iter().filter(|a| !a.annotations.is_empty());
    // Verified and disputed always, the rarer verdicts when some claim has them.
    let mut verdicts: Vec<String> = Status::ALL
        .into_iter()
        .map(|status| (status, count(Some(status))))
        .filter(|&(status, n)| n > 0 || matches!(status, Status::Verified | Status::Disputed))
        .map(|(status, n)| format!("{n} {}", status.as_str()))
        .collect();
    verdicts.push(format!("{} unmarked", count(None)));
    let _ = writeln!(
        out,
        "{} annotated · {} ({}) · {}\n",
        plural(annotated.count(), "article"),
        plural(claims.len(), "claim"),
        verdicts.join(", "),
        plural(highlights, "highlight"),
    );
    for article in articles.iter().filter(|a| !a.annotations.is_empty()) {
        write_article(&mut out, article, articles);
    }
    if let Some(findings) = findings {
        write_discrepancies(&mut out, findings, articles);
        write_coverage(&mut out, findings, articles);
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn write_article(out: &mut String, article: &ExportArticle<'_>, all: &[ExportArticle<'_>]) {
    let annotations = article.annotations;
    let _ = writeln!(out, "## {}\n", title_link(article));
    let _ = writeln!(
        out,
        "{} · {} · {}\n",
        code(article.file),
        plural(annotations.claims().len(), "claim"),
        plural(annotations.highlights().len(), "highlight"),
    );
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
    let status = capitalised(claim.status.map_or("unmarked", Status::as_str));
    let _ = writeln!(
        out,
        "- **{status}**: {}{}{}",
        quote(&claim.anchor.quote),
        placement_note(&claim.anchor, article.text),
        by(&claim.author),
    );
    write_note(out, &claim.note);
    if !claim.tags.is_empty() {
        let _ = writeln!(out, "  - Tags: {}", tags(&claim.tags));
    }
    for evidence in &claim.evidence {
        let cited = find(all, &evidence.article);
        let (name, mark) = match cited {
            Some(cited) => (
                title_link(&cited),
                placement_note(&evidence.anchor, cited.text),
            ),
            None => (code(&evidence.article), String::new()),
        };
        let _ = writeln!(
            out,
            "  - {} {name}: {}{mark}",
            capitalised(evidence.relation.as_str()),
            quote(&evidence.anchor.quote),
        );
    }
}

fn write_highlight(out: &mut String, highlight: &Highlight, article: &ExportArticle<'_>) {
    let _ = write!(
        out,
        "- {}{}{}",
        quote(&highlight.anchor.quote),
        placement_note(&highlight.anchor, article.text),
        by(&highlight.author),
    );
    if !highlight.tags.is_empty() {
        let _ = write!(out, " · Tags: {}", tags(&highlight.tags));
    }
    out.push('\n');
    write_note(out, &highlight.note);
}

/// The note as a sub-item; its lines stay lines (a Markdown hard break, `\`, ends each one
/// followed by another) and a blank line starts a new paragraph of the same item.
fn write_note(out: &mut String, note: &str) {
    let note = note.trim_end();
    if note.is_empty() {
        return;
    }
    let lines: Vec<&str> = note.lines().map(|l| l.trim_end_matches('\r')).collect();
    for (i, line) in lines.iter().enumerate() {
        let lead = if i == 0 { "  - Note: " } else { "    " };
        if line.trim().is_empty() {
            out.push('\n');
            continue;
        }
        let continues = lines.get(i + 1).is_some_and(|next| !next.trim().is_empty());
        let _ = writeln!(
            out,
            "{lead}{}{}",
            inline(line.trim_start()),
            if continues { "\\" } else { "" }
        );
    }
}

fn write_discrepancies(out: &mut String, findings: &Findings, articles: &[ExportArticle<'_>]) {
    if findings.discrepancies.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "## Discrepancies\n\n{} of passages that disagree, as margin found them (`!` in the \
         reader, `margin check`).\n",
        plural(findings.discrepancies.len(), "group")
    );
    for (i, group) in findings.discrepancies.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}. **{}**: {}",
            i + 1,
            group.kind.as_str(),
            inline(&group.explanation)
        );
        for member in &group.members {
            // `articles` are the corpus's, in its order, as the findings number them.
            let article = articles.get(member.article().0);
            let name = article.map_or_else(|| code("?"), title_link);
            let words = article
                .and_then(|a| a.text.get(member.span().start..member.span().end))
                .unwrap_or("");
            let _ = writeln!(
                out,
                "   - {name}: {} ({})",
                quote(words),
                inline(&member.value.to_string())
            );
        }
    }
    out.push('\n');
}

fn write_coverage(out: &mut String, findings: &Findings, articles: &[ExportArticle<'_>]) {
    let checked: Vec<_> = findings
        .articles
        .iter()
        .filter(|a| a.coverage.checkworthy > 0)
        .collect();
    if checked.is_empty() {
        return;
    }
    out.push_str("## Check-worthy coverage\n\n");
    for check in checked {
        let name =
            find(articles, &check.file).map_or_else(|| code(&check.file), |a| title_link(&a));
        let _ = writeln!(out, "- {name}: {}", check.coverage);
    }
    out.push('\n');
}

/// The article's title, as a link to its URL when it has one.
fn title_link(article: &ExportArticle<'_>) -> String {
    match article.url {
        Some(url) => format!("[{}](<{}>)", inline(article.title), url),
        None => inline(article.title),
    }
}

/// ` — Ana Lima` when the author is known.
fn by(author: &str) -> String {
    if author.is_empty() {
        String::new()
    } else {
        format!(" — {}", inline(author))
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

/// A code span; falls back to escaped text when `text` holds a backtick or a character the
/// reader shows as something else.
fn code(text: &str) -> String {
    if text.contains('`') || text.chars().any(is_neutralised) {
        inline(text)
    } else {
        format!("`{text}`")
    }
}

/// `text` as one line of Markdown: specials escaped, line breaks shown as `⏎`, control and
/// format characters as the reader shows them (`␛`, `␇`, `⌧`).
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
            c => out.push(shown(c)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_escapes_markdown_and_shows_control_characters_as_the_reader_does() {
        assert_eq!(
            inline("a *b*\nc\u{1b}[31m\u{202e}"),
            "a \\*b\\* ⏎ c␛\\[31m⌧"
        );
    }

    #[test]
    fn code_falls_back_to_escaped_text_for_a_backtick() {
        assert_eq!(code("a.txt"), "`a.txt`");
        assert_eq!(code("a`b"), "a\\`b");
    }

    #[test]
    fn a_multi_line_note_keeps_its_lines_and_paragraphs_under_its_item() {
        let mut out = String::new();
        write_note(&mut out, "First line\r\nsecond *line*\n\nNew paragraph\n");
        assert_eq!(
            out,
            "  - Note: First line\\\n    second \\*line\\*\n\n    New paragraph\n"
        );
    }
}
