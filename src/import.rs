//! `margin import`: W3C Web Annotation JSON read back into claims and highlights.
//!
//! Accepts what margin exports (an `AnnotationCollection` with its page) and what other tools
//! write: an `AnnotationPage`, a bare array of annotations, or one annotation. Each
//! annotation's target names the article by IRI (matched against the corpus's article IRIs,
//! URLs, then the IRI's last segment as a file name) and the passage by `TextQuoteSelector`
//! (and `TextPositionSelector`, in characters, as a hint where to look). The passage is
//! placed on the article's current text with margin's own anchoring ([`reanchor`]); what
//! cannot be placed is reported with its file and quote, never written.
//!
//! Mapping: motivation `highlighting` makes a highlight, any other a claim; an `assessing`
//! body naming a verdict (`verified`, `disputed`, `misleading`, `unverifiable`, `not a claim`,
//! any case, hyphens for spaces) is its status; `tagging` bodies are tags; `commenting`
//! bodies (and other text bodies, and `bodyValue`) make the note; `linking` resources with a
//! `relation` of `supports` or `contradicts` are evidence. The creator's name is the author.
//! margin's own ids are kept, so importing an export twice changes nothing; other tools' ids
//! become a margin id derived from them.

use serde_json::Value;

use crate::annotations::{
    Anchor, AnnotationId, Claim, Evidence, Highlight, Placement, Record, Relation, Status,
    Timestamp, reanchor, text_sha256,
};
use crate::config::author::UNKNOWN;
use crate::corpus::{ArticleId, Corpus};
use crate::export::iri::{article_iri, last_segment};
use crate::export::web_annotation::{ANNOTATION_URN, VOCAB};
use crate::text::ByteSpan;

/// Why a file could not be read as Web Annotation JSON at all.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("line {line}, column {column}: {message}")]
    Json {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("this is not Web Annotation JSON: {0}")]
    Shape(String),
}

/// An annotation placed on an article of the corpus, ready to be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placed {
    pub article: ArticleId,
    pub record: Record,
}

/// An annotation (or a piece of evidence) that could not be placed, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unplaced {
    /// The article's file name when it was found, else the target's IRI.
    pub file: String,
    pub quote: String,
    pub reason: String,
}

/// What reading a file gave.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    pub placed: Vec<Placed>,
    pub unplaced: Vec<Unplaced>,
}

/// Reads `json` and places each annotation on `corpus`; `now` stands in for missing times.
pub fn read(json: &str, corpus: &Corpus, now: Timestamp) -> Result<Imported, ImportError> {
    let value: Value = serde_json::from_str(json).map_err(|e| ImportError::Json {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    let items = annotations_of(&value)?;
    let iris: Vec<String> = corpus.articles.iter().map(article_iri).collect();
    let places = Places {
        corpus,
        iris: &iris,
    };
    let mut imported = Imported::default();
    for item in items {
        match places.annotation(item, now) {
            Ok((placed, lost_evidence)) => {
                imported.placed.push(placed);
                imported.unplaced.extend(lost_evidence);
            }
            Err(unplaced) => imported.unplaced.push(unplaced),
        }
    }
    Ok(imported)
}

/// The annotations in a collection, page, array or single annotation.
fn annotations_of(value: &Value) -> Result<Vec<&Value>, ImportError> {
    if let Some(list) = value.as_array() {
        return Ok(list.iter().collect());
    }
    let kinds = strings(&value["type"]);
    if kinds.contains(&"Annotation") || value.get("target").is_some() {
        return Ok(vec![value]);
    }
    if kinds.contains(&"AnnotationCollection") {
        let mut page = &value["first"];
        let mut items = Vec::new();
        // Pages embedded one after another through `next`; a page given only by IRI cannot
        // be followed offline.
        while page.is_object() {
            items.extend(page["items"].as_array().into_iter().flatten());
            page = &page["next"];
        }
        if !value["first"].is_object() && value["total"].as_u64().unwrap_or(0) > 0 {
            return Err(ImportError::Shape(
                "the collection's pages are not in the file (only their IRIs are)".into(),
            ));
        }
        return Ok(items);
    }
    if kinds.contains(&"AnnotationPage") {
        return Ok(value["items"].as_array().into_iter().flatten().collect());
    }
    Err(ImportError::Shape(
        "expected an AnnotationCollection, an AnnotationPage, an Annotation or an array of annotations".into(),
    ))
}

/// A JSON-LD value that may be one string or an array of them.
fn strings(value: &Value) -> Vec<&str> {
    match value {
        Value::String(s) => vec![s.as_str()],
        Value::Array(list) => list.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// Finds articles by IRI and passages by selectors.
struct Places<'a> {
    corpus: &'a Corpus,
    iris: &'a [String],
}

/// A passage as a target or evidence names it: the article's IRI and the selectors.
struct Passage {
    source: String,
    quote: String,
    prefix: String,
    suffix: String,
    /// Characters from the start of the text, end exclusive.
    position: Option<(usize, usize)>,
}

impl Places<'_> {
    fn article(&self, iri: &str) -> Option<ArticleId> {
        let articles = &self.corpus.articles;
        let by_iri = self.iris.iter().position(|i| i == iri);
        let by_url = || articles.iter().position(|a| a.url.as_deref() == Some(iri));
        let by_name = || {
            let name = last_segment(iri)?;
            articles.iter().position(|a| a.file == name)
        };
        by_iri.or_else(by_url).or_else(by_name).map(ArticleId)
    }

    /// The article and anchor of `passage` on the current text, or why it has none.
    fn place(&self, passage: &Passage) -> Result<(ArticleId, Anchor), Unplaced> {
        let unplaced = |file: &str, reason: &str| Unplaced {
            file: file.to_owned(),
            quote: passage.quote.clone(),
            reason: reason.to_owned(),
        };
        let Some(id) = self.article(&passage.source) else {
            return Err(unplaced(
                &passage.source,
                "no article of this corpus has this source",
            ));
        };
        let article = &self.corpus.articles[id.0];
        let text = article.text();
        let from_position = passage.position.and_then(|(start, end)| {
            let start = byte_of_char(text, start)?;
            let end = byte_of_char(text, end)?;
            ByteSpan::checked(text, start, end)
        });
        if passage.quote.is_empty() {
            // No quote: a position alone, trusted only when it fits the text.
            return match from_position {
                Some(span) if !span.is_empty() => Ok((id, Anchor::new(text, span))),
                _ => Err(unplaced(
                    &article.file,
                    "it has neither a quote nor a position in the text",
                )),
            };
        }
        let stored = Anchor {
            span: from_position.unwrap_or_else(|| ByteSpan::new(0, 0)),
            quote: passage.quote.clone(),
            prefix: passage.prefix.clone(),
            suffix: passage.suffix.clone(),
        };
        match reanchor(&stored, text) {
            Placement::Exact(span) => Ok((id, Anchor::new(text, span))),
            Placement::Moved { .. } => Err(unplaced(
                &article.file,
                "the quote is not in the text as it is now (only a near match is)",
            )),
            Placement::Orphaned => Err(unplaced(&article.file, "the quote is not in the text")),
        }
    }

    /// One annotation placed, with the evidence of it that could not be placed.
    fn annotation(
        &self,
        item: &Value,
        now: Timestamp,
    ) -> Result<(Placed, Vec<Unplaced>), Unplaced> {
        let target = match &item["target"] {
            Value::Array(targets) => targets.first().unwrap_or(&Value::Null),
            target => target,
        };
        let named = passage(target).ok_or_else(|| Unplaced {
            file: target_source(target).unwrap_or_default(),
            quote: String::new(),
            reason: "its target has no TextQuoteSelector or TextPositionSelector".into(),
        })?;
        let (article, anchor) = self.place(&named)?;
        let id = record_id(item, &anchor.quote);
        let author = author_of(&item["creator"]);
        let created = time(&item["created"]).unwrap_or(now);
        let updated = time(&item["modified"]).unwrap_or(created);
        let bodies = bodies(item);
        let tags: Vec<String> = bodies
            .iter()
            .filter(|b| purpose(b) == Some("tagging"))
            .filter_map(|b| b["value"].as_str().map(str::to_owned))
            .collect();
        let mut notes: Vec<String> = bodies
            .iter()
            .filter(|b| {
                matches!(
                    purpose(b),
                    None | Some("commenting" | "describing" | "replying" | "questioning")
                )
            })
            .filter_map(|b| b["value"].as_str().map(str::to_owned))
            .collect();
        notes.extend(item["bodyValue"].as_str().map(str::to_owned));
        let note = notes.join("\n\n");
        let is_highlight = strings(&item["motivation"]).contains(&"highlighting");
        if is_highlight {
            let mut highlight = Highlight::new(id, anchor, created);
            highlight.note = note;
            highlight.tags = tags;
            highlight.author = author;
            highlight.updated = updated;
            let record = Record::Highlight(highlight);
            return Ok((Placed { article, record }, Vec::new()));
        }
        let mut claim = Claim::new(id, anchor, created);
        claim.status = bodies
            .iter()
            .filter(|b| purpose(b) == Some("assessing"))
            .find_map(|b| Status::from_name(b["value"].as_str()?));
        claim.note = note;
        claim.tags = tags;
        claim.author = author;
        claim.updated = updated;
        let mut lost = Vec::new();
        for body in bodies.iter().filter(|b| purpose(b) == Some("linking")) {
            let Some(relation) = relation(body) else {
                continue;
            };
            let placed = passage(body)
                .ok_or_else(|| Unplaced {
                    file: target_source(body).unwrap_or_default(),
                    quote: String::new(),
                    reason: "evidence without a TextQuoteSelector".into(),
                })
                .and_then(|p| self.place(&p));
            match placed {
                Ok((cited, anchor)) => claim.evidence.push(Evidence {
                    article: self.corpus.articles[cited.0].file.clone(),
                    relation,
                    anchor,
                }),
                Err(mut unplaced) => {
                    unplaced.reason = format!("evidence left out: {}", unplaced.reason);
                    lost.push(unplaced);
                }
            }
        }
        Ok((
            Placed {
                article,
                record: Record::Claim(claim),
            },
            lost,
        ))
    }
}

fn bodies(item: &Value) -> Vec<&Value> {
    match &item["body"] {
        Value::Array(list) => list.iter().collect(),
        Value::Null => Vec::new(),
        body => vec![body],
    }
}

fn purpose(body: &Value) -> Option<&str> {
    strings(&body["purpose"]).first().copied()
}

/// `supports` or `contradicts`, by margin's term or its full IRI.
fn relation(body: &Value) -> Option<Relation> {
    let key = format!("{VOCAB}relation");
    let value = body["relation"].as_str().or_else(|| body[&key].as_str())?;
    match value.strip_prefix(VOCAB).unwrap_or(value) {
        "supports" => Some(Relation::Supports),
        "contradicts" => Some(Relation::Contradicts),
        _ => None,
    }
}

fn target_source(target: &Value) -> Option<String> {
    match target {
        Value::String(iri) => Some(iri.clone()),
        _ => target["source"]
            .as_str()
            .or_else(|| target["id"].as_str())
            .map(str::to_owned),
    }
}

/// The passage a target (or a `SpecificResource` body) names through its selectors.
fn passage(target: &Value) -> Option<Passage> {
    let source = target_source(target)?;
    let selectors: Vec<&Value> = match &target["selector"] {
        Value::Array(list) => list.iter().collect(),
        Value::Null => Vec::new(),
        one => vec![one],
    };
    let of_type = |kind: &str| {
        selectors
            .iter()
            .copied()
            .find(|s| strings(&s["type"]).contains(&kind))
    };
    let quote = of_type("TextQuoteSelector");
    let position = of_type("TextPositionSelector").and_then(|p| {
        let start = usize::try_from(p["start"].as_u64()?).ok()?;
        let end = usize::try_from(p["end"].as_u64()?).ok()?;
        (start <= end).then_some((start, end))
    });
    if quote.is_none() && position.is_none() {
        return None;
    }
    let text = |key: &str| {
        quote
            .and_then(|q| q[key].as_str())
            .unwrap_or_default()
            .to_owned()
    };
    Some(Passage {
        source,
        quote: text("exact"),
        prefix: text("prefix"),
        suffix: text("suffix"),
        position,
    })
}

/// margin's own id back, or an id derived from another tool's (or from the quote).
fn record_id(item: &Value, quote: &str) -> AnnotationId {
    let id = item["id"].as_str().unwrap_or_default();
    if let Some(own) = id
        .strip_prefix(ANNOTATION_URN)
        .filter(|own| is_margin_id(own))
    {
        return AnnotationId::from_string(own);
    }
    let seed = if id.is_empty() { quote } else { id };
    AnnotationId::from_string(&text_sha256(seed)[..12])
}

fn is_margin_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The creator's name: an agent's `name` (or `nickname`), or a bare string; empty when it is
/// margin's "unknown".
fn author_of(creator: &Value) -> String {
    let creator = match creator {
        Value::Array(list) => list.first().unwrap_or(&Value::Null),
        one => one,
    };
    let name = match creator {
        Value::String(name) => name.as_str(),
        _ => creator["name"]
            .as_str()
            .or_else(|| creator["nickname"].as_str())
            .unwrap_or_default(),
    };
    let name = name.trim();
    if name == UNKNOWN {
        String::new()
    } else {
        name.to_owned()
    }
}

fn time(value: &Value) -> Option<Timestamp> {
    value.as_str()?.parse().ok()
}

/// The byte offset of char `n` of `text` (`text.len()` for one past the last).
fn byte_of_char(text: &str, n: usize) -> Option<usize> {
    text.char_indices()
        .map(|(at, _)| at)
        .chain(std::iter::once(text.len()))
        .nth(n)
}
