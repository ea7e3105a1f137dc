//! W3C Web Annotation JSON (<https://www.w3.org/TR/annotation-model/>): an
//! `AnnotationCollection` whose one `AnnotationPage` (`first`) holds an `Annotation` per
//! claim and highlight.
//!
//! The target is the article, named by its IRI ([`super::iri`]), `text/plain`, with a
//! `TextQuoteSelector` (exact, prefix, suffix: the stored anchor) and, when the anchor can be
//! placed on the current text, a `TextPositionSelector` counted in characters (code points),
//! converted from margin's bytes. Every annotation names its `creator` (the author), `created`
//! and `modified`.
//!
//! Motivation: `highlighting` for a highlight; `assessing` for a claim with a status, which
//! then always has an `assessing` body naming the verdict (`verified`, `disputed`,
//! `misleading`, `unverifiable`, `not a claim`); `questioning` for a claim
//! not yet assessed. Bodies: tags (`tagging`), the note (`commenting`), the status
//! (`assessing`) and evidence (`linking`, a `SpecificResource` in the cited article with a
//! `relation` of `supports` or `contradicts`). `relation` and its values are not in the W3C
//! context, so margin's context beside it gives them full IRIs ([`VOCAB`]) and they survive
//! JSON-LD expansion.

use serde_json::{Value, json};

use super::{ExportArticle, char_span, find, place};
use crate::annotations::{Anchor, AnnotationId, Claim, Highlight, Timestamp, text_sha256};
use crate::config::author::UNKNOWN;

/// The W3C Web Annotation JSON-LD context.
pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";
/// The namespace of margin's own terms.
pub const VOCAB: &str = "urn:margin:vocab:";
/// What an annotation's id starts with, before margin's record id.
pub const ANNOTATION_URN: &str = "urn:margin:annotation:";

/// The `@context` of every object margin exports: the W3C context and margin's terms.
pub fn context() -> Value {
    json!([
        CONTEXT,
        {
            "relation": { "@id": format!("{VOCAB}relation"), "@type": "@vocab" },
            "supports": format!("{VOCAB}supports"),
            "contradicts": format!("{VOCAB}contradicts"),
        }
    ])
}

/// Every claim and highlight of `articles` as a W3C `AnnotationCollection` labelled
/// `label`, its annotations in article order, claims before highlights, each in text order.
/// The collection's id is derived from the articles' IRIs, so one corpus always gets the same.
pub fn web_annotation_json(label: &str, articles: &[ExportArticle<'_>]) -> Value {
    let mut items = Vec::new();
    for article in articles {
        for claim in article.annotations.claims() {
            items.push(claim_annotation(claim, article, articles));
        }
        for highlight in article.annotations.highlights() {
            items.push(highlight_annotation(highlight, article));
        }
    }
    let iris: Vec<&str> = articles.iter().map(|a| a.iri).collect();
    let digest = text_sha256(&iris.join("\n"));
    let id = format!("urn:margin:collection:{}", &digest[..16]);
    json!({
        "@context": context(),
        "id": id,
        "type": "AnnotationCollection",
        "label": label,
        "total": items.len(),
        "first": {
            "@context": context(),
            "id": format!("{id}:page:1"),
            "type": "AnnotationPage",
            // The collection described, as the model's examples do (a bare IRI fails the
            // W3C test suite's page assertions, which read `partOf` as an object).
            "partOf": { "id": id, "label": label, "total": items.len() },
            "startIndex": 0,
            "items": items,
        },
    })
}

/// [`web_annotation_json`] pretty-printed, with DEL, C1 controls and invisible format
/// characters written as `\u` escapes (serde_json leaves them raw), so the output is safe to
/// print to a terminal and parses to the same value. Ends with a newline.
pub fn web_annotation_json_string(label: &str, articles: &[ExportArticle<'_>]) -> String {
    let value = web_annotation_json(label, articles);
    let pretty = serde_json::to_string_pretty(&value).unwrap_or_default();
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
        let cited = find(all, &evidence.article);
        body.push(json!({
            "type": "SpecificResource",
            "purpose": "linking",
            "relation": evidence.relation.as_str(),
            "source": cited.map_or_else(|| unknown_article(&evidence.article), |a| a.iri.to_owned()),
            "selector": selectors(&evidence.anchor, cited.map(|a| a.text)),
        }));
    }
    let motivation = match claim.status {
        Some(_) => "assessing",
        None => "questioning",
    };
    annotation(
        Record {
            id: &claim.id,
            author: &claim.author,
            anchor: &claim.anchor,
            created: claim.created,
            modified: claim.updated,
        },
        motivation,
        body,
        article,
    )
}

fn highlight_annotation(highlight: &Highlight, article: &ExportArticle<'_>) -> Value {
    let mut body = tag_bodies(&highlight.tags);
    if !highlight.note.is_empty() {
        body.push(textual(&highlight.note, "commenting"));
    }
    let h = highlight;
    let record = Record {
        id: &h.id,
        author: &h.author,
        anchor: &h.anchor,
        created: h.created,
        modified: h.updated,
    };
    annotation(record, "highlighting", body, article)
}

/// What every annotation says, of either kind.
struct Record<'a> {
    id: &'a AnnotationId,
    author: &'a str,
    anchor: &'a Anchor,
    created: Timestamp,
    modified: Timestamp,
}

fn annotation(
    record: Record<'_>,
    motivation: &str,
    body: Vec<Value>,
    article: &ExportArticle<'_>,
) -> Value {
    let creator = if record.author.is_empty() {
        UNKNOWN
    } else {
        record.author
    };
    let mut annotation = json!({
        "@context": context(),
        "id": format!("{ANNOTATION_URN}{}", record.id),
        "type": "Annotation",
        "motivation": motivation,
        "creator": { "type": "Person", "name": creator },
        "created": record.created.to_string(),
        "modified": record.modified.to_string(),
        "target": {
            "source": article.iri,
            "format": "text/plain",
            "selector": selectors(record.anchor, Some(article.text)),
        },
    });
    if !body.is_empty()
        && let Some(object) = annotation.as_object_mut()
    {
        object.insert("body".to_owned(), Value::Array(body));
    }
    annotation
}

/// The IRI of a cited article that is not among those exported: its file name under
/// margin's namespace, so the evidence still names it.
fn unknown_article(file: &str) -> String {
    let encoded: String = file
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!("urn:margin:article:{encoded}")
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
