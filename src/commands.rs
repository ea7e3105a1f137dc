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
use crate::export::{self, ExportArticle, ExportFilter};
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
            let at = extracted.partition_point(|e| e.mention.span().start < span.start);
            let found = extracted.get(at).filter(|e| e.mention.span() == span);
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

/// Prints the claims and highlights `filter` keeps as a Markdown report (with the
/// discrepancies and check-worthy coverage of the whole corpus, given its `corrections`) or as
/// W3C Web Annotation JSON. `notes` holds each article's annotations, in corpus order.
pub fn export(
    corpus: &Corpus,
    corrections: &Corrections,
    notes: &[ArticleNotes],
    format: ExportFormat,
    filter: &ExportFilter,
    out: &mut impl Write,
) -> io::Result<()> {
    let iris: Vec<String> = corpus
        .articles
        .iter()
        .map(export::iri::article_iri)
        .collect();
    let kept: Vec<_> = corpus
        .articles
        .iter()
        .zip(notes)
        .map(|(article, notes)| filter.apply(&notes.annotations, &article.file, &article.title))
        .collect();
    let articles: Vec<ExportArticle> = corpus
        .articles
        .iter()
        .zip(&kept)
        .zip(&iris)
        .map(|((article, annotations), iri)| ExportArticle {
            file: &article.file,
            title: &article.title,
            iri,
            url: article.url.as_deref(),
            text: article.text(),
            annotations,
        })
        .collect();
    match format {
        ExportFormat::Markdown => {
            let built = indexing::build(corpus, corrections, |_, _| {});
            // Coverage counts every review, whatever the filter shows.
            let all: Vec<Option<&crate::annotations::Annotations>> =
                notes.iter().map(|n| Some(&n.annotations)).collect();
            let findings = crate::factcheck::findings(corpus, &built.index, &all);
            write!(
                out,
                "{}",
                export::markdown(&articles, Some(&findings), filter)
            )
        }
        ExportFormat::Json => write!(
            out,
            "{}",
            export::web_annotation_json_string(&corpus.name, &articles)
        ),
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
    if !json {
        let report = crate::factcheck::report::text(&findings, corpus);
        return write!(out, "{}", display::sanitize_lines(&report));
    }
    // Line by line: a large corpus has hundreds of thousands of lines.
    let mut result = Ok(());
    let mut write_line = |value: serde_json::Value| {
        if result.is_ok() {
            result = writeln!(out, "{}", display::json_safe(&value.to_string()));
        }
    };
    crate::factcheck::report::each_json_value(&findings, corpus, &mut write_line);
    for (article, notes) in corpus.articles.iter().zip(notes) {
        let values = crate::factcheck::report::verdict_values(
            &article.file,
            &notes.annotations,
            article.text(),
        );
        values.into_iter().for_each(&mut write_line);
    }
    result
}

/// What `margin import` did: how many annotations it saved, and those it could not place.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// Annotations written that the sidecars did not hold, or held otherwise.
    pub saved: usize,
    /// Annotations the sidecars already held exactly so.
    pub unchanged: usize,
    pub unplaced: Vec<crate::import::Unplaced>,
}

/// Reads W3C Web Annotation `json` (see [`crate::import`]), places each annotation on
/// `corpus` and saves them to the articles' sidecars the way the reader saves (merged with
/// what the files hold, atomically); prints what it did and what it could not place to
/// `out`. Problems loading sidecars are `warnings`. `now` stands in for missing times.
pub fn import(
    corpus: &Corpus,
    folders: &crate::config::Folders,
    json: &str,
    now: crate::annotations::Timestamp,
    out: &mut impl Write,
) -> Result<ImportSummary, String> {
    let imported = crate::import::read(json, corpus, now).map_err(|e| e.to_string())?;
    let (notes, warnings) = crate::app::sidecars::load(corpus, folders);
    for warning in warnings {
        writeln!(out, "warning: {}", display::sanitize(&warning)).map_err(|e| e.to_string())?;
    }
    let mut summary = ImportSummary {
        unplaced: imported.unplaced,
        ..ImportSummary::default()
    };
    let mut by_article: Vec<Vec<crate::annotations::Record>> = vec![Vec::new(); corpus.len()];
    for placed in imported.placed {
        by_article[placed.article.0].push(placed.record);
    }
    let mut touched = 0;
    for ((article, records), notes) in corpus.articles.iter().zip(by_article).zip(&notes) {
        if records.is_empty() {
            continue;
        }
        let refuse = |why: &str, summary: &mut ImportSummary| {
            summary
                .unplaced
                .extend(records.iter().map(|r| crate::import::Unplaced {
                    file: article.file.clone(),
                    quote: r.anchor().quote.clone(),
                    reason: why.to_owned(),
                }));
        };
        let (Some(path), None) = (&notes.path, &notes.error) else {
            let why = notes
                .error
                .as_deref()
                .unwrap_or("the article has no sidecar file");
            refuse(&format!("not saved: {why}"), &mut summary);
            continue;
        };
        let mut annotations = notes.annotations.clone();
        let mut saved = 0;
        for record in &records {
            let held = annotations.get(record.id()).map(|r| unstamped(&r));
            if held.as_ref() == Some(record) {
                summary.unchanged += 1;
            } else {
                annotations.put(record.clone());
                saved += 1;
            }
        }
        if saved == 0 {
            continue;
        }
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let mut sidecar = crate::annotations::sidecar::Sidecar::new(path.clone())
            .with_legacy(notes.legacy.clone());
        match sidecar.write(&annotations, &notes.base) {
            Ok(_) => {
                summary.saved += saved;
                touched += 1;
            }
            Err(error) => refuse(&format!("not saved: {error}"), &mut summary),
        }
    }
    let io = |e: io::Error| e.to_string();
    writeln!(
        out,
        "imported {} into {} ({} already there)",
        counted(summary.saved, "annotation", "annotations"),
        counted(touched, "article", "articles"),
        summary.unchanged
    )
    .map_err(io)?;
    if !summary.unplaced.is_empty() {
        writeln!(out, "could not place {}:", summary.unplaced.len()).map_err(io)?;
        for lost in &summary.unplaced {
            writeln!(
                out,
                "  {}: {} ({})",
                display::sanitize(&lost.file),
                display::truncate(&format!("“{}”", lost.quote), 80),
                display::sanitize(&lost.reason)
            )
            .map_err(io)?;
        }
    }
    Ok(summary)
}

fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", crate::text::noun(n, one, many))
}

/// `record` without its version stamps: what an imported record (which has none) is
/// compared with.
fn unstamped(record: &crate::annotations::Record) -> crate::annotations::Record {
    use crate::annotations::Record;
    match record.clone() {
        Record::Claim(mut claim) => {
            claim.stamps = Default::default();
            Record::Claim(claim)
        }
        Record::Highlight(mut highlight) => {
            highlight.stamps = Default::default();
            Record::Highlight(highlight)
        }
    }
}
