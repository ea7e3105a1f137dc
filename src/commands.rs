//! The subcommands that print instead of opening the reader: `margin entities`,
//! `margin check` and `margin export`.
//!
//! Output goes to any writer, so tests capture it. Text from files (names, titles, article
//! text, corrections) is made safe for a terminal: shown through [`display::sanitize`], or in
//! JSON escaped by [`display::json_safe`].

use crate::app::indexing;
use crate::app::sidecars::ArticleNotes;
use crate::cli::ExportFormat;
use crate::corpus::Corpus;
use crate::entities::{Corrections, extract_explained};
use crate::export::{self, ExportArticle};
use crate::text::display;
use std::io::{self, Write};

/// Prints every mention of the corpus with its label and entity: one JSON object a line
/// (`{"doc","start","end","text","label","entity"}`, byte offsets), or an aligned table.
pub fn entities(
    corpus: &Corpus,
    corrections: &Corrections,
    json: bool,
    out: &mut impl Write,
) -> io::Result<()> {
    let built = indexing::build(corpus, corrections, |_, _| {});
    let index = &built.index;
    if json {
        let texts: Vec<&str> = corpus.articles.iter().map(|a| a.text()).collect();
        crate::entities::write_json_lines(index, &texts, out)?;
    }
    for article in corpus.articles.iter().filter(|_| !json) {
        writeln!(
            out,
            "{} — {}",
            display::sanitize(&article.file),
            display::sanitize(&article.title)
        )?;
        for mention in index.article_mentions(article.id) {
            let entity = index
                .entity(mention.entity())
                .map_or("", |e| e.name.as_str());
            let span = format!("{}..{}", mention.span().start, mention.span().end);
            writeln!(
                out,
                "  {span:>12}  {:<8} {}  → {}",
                mention.label().as_str(),
                display::fit(mention.span().slice(article.text()), 32),
                display::sanitize(entity)
            )?;
        }
    }
    for unapplied in index.unapplied() {
        eprintln!(
            "margin: correction {} not applied: {}",
            unapplied.index + 1,
            display::sanitize(&unapplied.reason)
        );
    }
    Ok(())
}

/// Prints every mention of the corpus as `margin entities` does, each followed by why it got
/// its label: the extraction rule or evidence, a later pass over the corpus (a name found in
/// another article), or the reader's correction.
pub fn explain_entities(
    corpus: &Corpus,
    corrections: &Corrections,
    out: &mut impl Write,
) -> io::Result<()> {
    let built = indexing::build(corpus, corrections, |_, _| {});
    let index = &built.index;
    for article in &corpus.articles {
        writeln!(
            out,
            "{} — {}",
            display::sanitize(&article.file),
            display::sanitize(&article.title)
        )?;
        let extracted = extract_explained(article.text(), indexing::gazetteer());
        for mention in index.article_mentions(article.id) {
            let entity = index
                .entity(mention.entity())
                .map_or("", |e| e.name.as_str());
            let span = mention.span();
            let at = extracted.partition_point(|e| e.mention.span.start < span.start);
            let found = extracted.get(at).filter(|e| e.mention.span == span);
            let why = match found {
                Some(e) if e.mention.label == mention.label() => e.reason.describe(),
                Some(_) => "relabelled by the reader's correction",
                None => "a name found in another article, or the reader's correction",
            };
            writeln!(
                out,
                "  {:>12}  {:<8} {}  → {}\n  {:>12}  because: {why}",
                format!("{}..{}", span.start, span.end),
                mention.label().as_str(),
                display::fit(span.slice(article.text()), 32),
                display::sanitize(entity),
                ""
            )?;
        }
    }
    Ok(())
}

/// Prints every article's claims and highlights as a Markdown report or as W3C Web
/// Annotation JSON. `notes` holds each article's annotations, in corpus order.
pub fn export(
    corpus: &Corpus,
    notes: &[ArticleNotes],
    format: ExportFormat,
    out: &mut impl Write,
) -> io::Result<()> {
    let articles: Vec<ExportArticle> = corpus
        .articles
        .iter()
        .zip(notes)
        .map(|(article, notes)| ExportArticle {
            file: &article.file,
            title: &article.title,
            text: article.text(),
            annotations: &notes.annotations,
        })
        .collect();
    match format {
        ExportFormat::Markdown => write!(out, "{}", export::markdown(&articles)),
        ExportFormat::Json => writeln!(out, "{}", export::web_annotation_json_string(&articles)),
    }
}

/// Prints the fact-check findings: discrepancy groups with their members, and each
/// article's check-worthy coverage given its annotations (`notes`, in corpus order).
pub fn check(
    corpus: &Corpus,
    corrections: &Corrections,
    notes: &[ArticleNotes],
    json: bool,
    out: &mut impl Write,
) -> io::Result<()> {
    let built = indexing::build(corpus, corrections, |_, _| {});
    let annotations: Vec<Option<&crate::annotations::Annotations>> =
        notes.iter().map(|n| Some(&n.annotations)).collect();
    let findings = crate::factcheck::findings(corpus, &built.index, &annotations);
    let report = if json {
        display::json_safe(&crate::factcheck::report::json_lines(&findings))
    } else {
        display::sanitize_lines(&crate::factcheck::report::text(&findings))
    };
    write!(out, "{report}")
}
