//! W3C Web Annotation JSON (<https://www.w3.org/TR/annotation-model/>): one `Annotation` per
//! claim and highlight.
//!
//! The target is the article file with a `TextQuoteSelector` (exact, prefix, suffix: the
//! stored anchor) and, when the anchor can be placed on the current text, a
//! `TextPositionSelector` counted in characters (code points), converted from margin's bytes.
//! Bodies: tags (`tagging`), the note (`commenting`), the status (`assessing`) and evidence
//! (`linking`, a `SpecificResource` in the cited article, with a non-standard `relation`).

use serde_json::{Value, json};

use super::{ExportArticle, char_span, find, place};
use crate::annotations::{Anchor, AnnotationId, Claim, Highlight, Timestamp};

/// The JSON-LD context every annotation names.
pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// Every claim and highlight of `articles` as a JSON array of W3C annotations, in article
/// order, claims before highlights, each in text order.
pub fn web_annotation_json(articles: &[ExportArticle<'_>]) -> Value {
    let mut annotations = Vec::new();
    for article in articles {
        for claim in article.annotations.claims() {
            annotations.push(claim_annotation(claim, article, articles));
        }
        for highlight in article.annotations.highlights() {
            annotations.push(highlight_annotation(highlight, article));
        }
    }
    Value::Array(annotations)
}

/// [`web_annotation_json`] pretty-printed, with DEL, C1 controls and invisible format
/// characters written as `\u` escapes (serde_json leaves them raw), so the output is safe to
/// print to a terminal and parses to the same value. Ends with a newline.
pub fn web_annotation_json_string(articles: &[ExportArticle<'_>]) -> String {
    let pretty = serde_json::to_string_pretty(&web_annotation_json(articles)).unwrap_or_default();
    let mut out = crate::text::display::json_safe(&pretty);
    out.push('\n');
    out
}

fn claim_annotation(
    claim: &Claim,
    article: &ExportArticle<'_>,
    all: &[ExportArticle<'_>],
) -> Value {
    let mut body = tag_bodies(&claim.tags);
    if let Some(status) = claim.status {
        body.push(textual(status.as_str(), "assessing"));
    }
    if !claim.note.is_empty() {
        body.push(textual(&claim.note, "commenting"));
    }
    for evidence in &claim.evidence {
        let cited_text = find(all, &evidence.article).map(|a| a.text);
        body.push(json!({
            "type": "SpecificResource",
            "purpose": "linking",
            "relation": evidence.relation.as_str(),
            "source": evidence.article,
            "selector": selectors(&evidence.anchor, cited_text),
        }));
    }
    annotation(
        &claim.id,
        "assessing",
        body,
        article,
        &claim.anchor,
        claim.created,
        claim.updated,
    )
}

fn highlight_annotation(highlight: &Highlight, article: &ExportArticle<'_>) -> Value {
    let mut body = tag_bodies(&highlight.tags);
    if !highlight.note.is_empty() {
        body.push(textual(&highlight.note, "commenting"));
    }
    let h = highlight;
    annotation(
        &h.id,
        "highlighting",
        body,
        article,
        &h.anchor,
        h.created,
        h.updated,
    )
}

fn annotation(
    id: &AnnotationId,
    motivation: &str,
    body: Vec<Value>,
    article: &ExportArticle<'_>,
    anchor: &Anchor,
    created: Timestamp,
    modified: Timestamp,
) -> Value {
    let mut annotation = json!({
        "@context": CONTEXT,
        "id": format!("urn:margin:annotation:{id}"),
        "type": "Annotation",
        "motivation": motivation,
        "created": created.to_string(),
        "modified": modified.to_string(),
        "target": {
            "source": article.file,
            "selector": selectors(anchor, Some(article.text)),
        },
    });
    if !body.is_empty()
        && let Some(object) = annotation.as_object_mut()
    {
        object.insert("body".to_owned(), Value::Array(body));
    }
    annotation
}

/// A quote selector from the stored anchor, and a position selector (in chars) where the
/// anchor is placed on `text` now; no position when the text is unknown or it is orphaned.
fn selectors(anchor: &Anchor, text: Option<&str>) -> Value {
    let mut list = vec![json!({
        "type": "TextQuoteSelector",
        "exact": anchor.quote,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
    })];
    if let Some(text) = text
        && let Some(span) = place(anchor, text).span()
    {
        let (start, end) = char_span(text, span);
        list.push(json!({ "type": "TextPositionSelector", "start": start, "end": end }));
    }
    Value::Array(list)
}

fn tag_bodies(tags: &[String]) -> Vec<Value> {
    tags.iter().map(|t| textual(t, "tagging")).collect()
}

fn textual(value: &str, purpose: &str) -> Value {
    json!({ "type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain" })
}
