//! `margin check` output: the discrepancy groups and per-article check-worthy coverage of
//! [`Findings`], as text for people or JSON lines for scripts.
//!
//! JSON lines: one object a line, first each discrepancy
//! (`{"type":"discrepancy","kind","explanation","shared","members":[{"file","start","end",
//! "text","value",..}]}`), then each role of the ledger (`{"type":"role","person","office",
//! "public_office","country","country_inferred","qualifiers","file","sentence","start","end",
//! "text"}`), then each date of the timeline (`{"type":"date","file","sentence","start","end",
//! "text","first","last","shown","year_inferred"}`, or `"unplaced"` with why instead of the
//! days), then each article's coverage
//! (`{"type":"coverage","file","checkworthy","reviewed","verdicts":{"verified",..},
//! "sentences"}`); `margin check` adds each claim's verdict ([`verdict_values`]). Offsets are
//! bytes into the article's file, `end` exclusive. Output is deterministic.

use super::Findings;
use super::amount::{Amount, AmountKind, Approx, Currency};
use super::discrepancy::{Member, Value};
use crate::annotations::{Annotations, Status};
use crate::corpus::Corpus;
use serde_json::{Value as Json, json};
use std::fmt::Write;

/// The findings as text: numbered discrepancy groups with their members side by side, then
/// one coverage line per article.
pub fn text(findings: &Findings, corpus: &Corpus) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Discrepancies: {}", findings.discrepancies.len());
    for (i, group) in findings.discrepancies.iter().enumerate() {
        let _ = writeln!(
            out,
            "\n{}. [{}] {}",
            i + 1,
            group.kind.as_str(),
            group.explanation
        );
        let file_width = group
            .members
            .iter()
            .map(|m| m.file(corpus).len())
            .max()
            .unwrap_or(0);
        let range_width = group
            .members
            .iter()
            .map(|m| range(m).len())
            .max()
            .unwrap_or(0);
        let text_width = group
            .members
            .iter()
            .map(|m| m.text(corpus).chars().count() + 2)
            .max()
            .unwrap_or(0);
        for m in &group.members {
            let quoted = format!("“{}”", m.text(corpus));
            let _ = writeln!(
                out,
                "   {:file_width$}  {:range_width$}  {:text_width$}  {}",
                m.file(corpus),
                range(m),
                quoted,
                m.value,
            );
        }
    }
    let people = findings.roles.people();
    if !people.is_empty() {
        let _ = writeln!(out, "\nRoles: {}", people.len());
        for (name, roles) in &people {
            let _ = writeln!(out, "\n{name}");
            let rows: Vec<(&str, String, String)> = roles
                .iter()
                .map(|&i| {
                    let role = &findings.roles.roles[i];
                    let span = format!("{}..{}", role.span().start, role.span().end);
                    (role.file(corpus), span, role.describe())
                })
                .collect();
            let file_width = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
            let span_width = rows.iter().map(|r| r.1.len()).max().unwrap_or(0);
            for (file, span, office) in rows {
                let _ = writeln!(out, "   {file:file_width$}  {span:span_width$}  {office}");
            }
        }
    }
    let _ = writeln!(out, "\nCheck-worthy coverage:");
    let file_width = findings
        .articles
        .iter()
        .map(|a| a.file.len())
        .max()
        .unwrap_or(0);
    for article in &findings.articles {
        let verdicts = article.coverage.verdicts_in_words();
        let verdicts = if verdicts.is_empty() {
            verdicts
        } else {
            format!(": {verdicts}")
        };
        let _ = writeln!(
            out,
            "   {:file_width$}  {}{verdicts} (of {} sentences)",
            article.file,
            article.coverage,
            article.checkworthy.len()
        );
    }
    out
}

fn range(m: &Member) -> String {
    format!("{}..{}", m.span().start, m.span().end)
}

/// The findings as JSON lines (see the module doc), each line ending in `\n`.
pub fn json_lines(findings: &Findings, corpus: &Corpus) -> String {
    let mut out = String::new();
    each_json_value(findings, corpus, |value| {
        out.push_str(&value.to_string());
        out.push('\n');
    });
    out
}

/// The JSON objects of [`json_lines`], in order.
pub fn json_values(findings: &Findings, corpus: &Corpus) -> Vec<Json> {
    let mut values = Vec::new();
    each_json_value(findings, corpus, |value| values.push(value));
    values
}

/// Hands each JSON object of [`json_lines`] to `emit`, in order, one at a time: a large
/// corpus has hundreds of thousands, and a writer need not hold them all.
pub fn each_json_value(findings: &Findings, corpus: &Corpus, mut emit: impl FnMut(Json)) {
    for group in &findings.discrepancies {
        let members: Vec<Json> = group
            .members
            .iter()
            .map(|m| member_json(m, corpus))
            .collect();
        emit(json!({
            "type": "discrepancy",
            "kind": group.kind.as_str(),
            "explanation": group.explanation,
            "shared": group.shared,
            "members": members,
        }));
    }
    for role in &findings.roles.roles {
        emit(json!({
            "type": "role",
            "person": role.name,
            "office": role.office.shown,
            "public_office": role.office.is_office,
            "country": role.country,
            "country_inferred": role.country_inferred,
            "qualifiers": role.qualifiers(),
            "file": role.file(corpus),
            "sentence": role.sentence(),
            "start": role.span().start,
            "end": role.span().end,
            "text": role.text(corpus),
        }));
    }
    for date in &findings.timeline.dates {
        let file = findings
            .articles
            .get(date.article().0)
            .map_or("", |a| a.file.as_str());
        let mut object = json!({
            "type": "date",
            "file": file,
            "sentence": date.sentence(),
            "start": date.span().start,
            "end": date.span().end,
            "text": date.words(corpus),
        });
        if let Some(map) = object.as_object_mut() {
            match &date.when {
                Ok(when) => {
                    map.insert("first".into(), iso(when.first).into());
                    map.insert("last".into(), iso(when.last).into());
                    map.insert("shown".into(), super::timeline::describe(when).into());
                    map.insert("year_inferred".into(), when.year_inferred.into());
                }
                Err(why) => {
                    map.insert("unplaced".into(), why.as_str().into());
                }
            }
        }
        emit(object);
    }
    for article in &findings.articles {
        let verdicts: serde_json::Map<String, Json> = Status::ALL
            .into_iter()
            .map(|s| {
                (
                    s.as_str().to_string(),
                    article.coverage.with_verdict(s).into(),
                )
            })
            .collect();
        emit(json!({
            "type": "coverage",
            "file": article.file,
            "checkworthy": article.coverage.checkworthy,
            "reviewed": article.coverage.reviewed,
            "verdicts": verdicts,
            "sentences": article.checkworthy.len(),
        }));
    }
}

/// One JSON object per claim of `annotations` with a verdict, in article order:
/// `{"type":"verdict","file","status","start","end","text","author"}` (`start`/`end` in bytes
/// of the current text, absent for a claim that lost its place). A claim with only a note,
/// tags or evidence has no verdict and no line.
pub fn verdict_values(file: &str, annotations: &Annotations, text: &str) -> Vec<Json> {
    annotations
        .claims()
        .iter()
        .filter_map(|claim| {
            let status = claim.status?;
            let mut object = json!({
                "type": "verdict",
                "file": file,
                "status": status.as_str(),
                "text": claim.anchor.quote,
                "author": claim.author,
            });
            let placed = crate::annotations::reanchor(&claim.anchor, text).span();
            if let (Some(span), Some(map)) = (placed, object.as_object_mut()) {
                map.insert("start".to_string(), span.start.into());
                map.insert("end".to_string(), span.end.into());
            }
            Some(object)
        })
        .collect()
}

/// "2025-04-18".
fn iso(day: super::reference::Day) -> String {
    let (y, m, d) = super::timeline::calendar::parts(day);
    format!("{y:04}-{m:02}-{d:02}")
}

fn member_json(m: &Member, corpus: &Corpus) -> Json {
    let mut object = json!({
        "file": m.file(corpus),
        "start": m.span().start,
        "end": m.span().end,
        "text": m.text(corpus),
        "value": m.value.to_string(),
    });
    if let (Value::Amount(amount), Some(map)) = (&m.value, object.as_object_mut()) {
        map.insert("amount".to_string(), amount_json(amount));
    }
    object
}

fn amount_json(amount: &Amount) -> Json {
    let (kind, currency) = match amount.kind {
        AmountKind::Percent => ("percent", None),
        AmountKind::Money { currency } => ("money", Some(currency_code(currency))),
        AmountKind::Count { .. } => ("count", None),
    };
    let approx = match amount.approx {
        Approx::Exact => "exact",
        Approx::AtLeast => "at_least",
        Approx::AtMost => "at_most",
        Approx::About => "about",
    };
    let mut object =
        json!({ "kind": kind, "currency": currency, "value": amount.value, "approx": approx });
    if let (AmountKind::Count { noun }, Some(map)) = (amount.kind, object.as_object_mut()) {
        map.insert("noun".to_string(), Json::from(noun.as_str()));
    }
    object
}

fn currency_code(currency: Currency) -> &'static str {
    match currency {
        Currency::Usd => "USD",
        Currency::Jpy => "JPY",
        Currency::Eur => "EUR",
        Currency::Gbp => "GBP",
        Currency::Cny => "CNY",
        Currency::Inr => "INR",
        Currency::Krw => "KRW",
        Currency::Aud => "AUD",
        Currency::Cad => "CAD",
        Currency::Hkd => "HKD",
        Currency::Unknown => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ArticleId;
    use crate::factcheck::discrepancy::{Discrepancy, DiscrepancyKind};
    use crate::factcheck::{ArticleCheck, CorpusProfile, Coverage};
    use crate::text::ByteSpan;

    fn example() -> Findings {
        let member = |start: usize, text: &str, value: &str| {
            Member::new(
                ArticleId(0),
                0,
                ByteSpan::new(start, start + text.len()),
                Value::Amount(Amount::parse(value).unwrap_or_else(|| panic!("{value}"))),
            )
        };
        Findings {
            discrepancies: vec![Discrepancy {
                kind: DiscrepancyKind::Amounts,
                members: vec![
                    member(10, "$8 billion", "$8 billion"),
                    member(40, "$7 billion+", "$7 billion+"),
                ],
                shared: vec!["wheat".to_string()],
                explanation: "$8 billion vs $7 billion+ in one article: both about wheat"
                    .to_string(),
            }],
            articles: vec![ArticleCheck {
                article: ArticleId(0),
                file: "a.txt".to_string(),
                checkworthy: Vec::new(),
                coverage: Coverage {
                    checkworthy: 2,
                    reviewed: 1,
                    verdicts: [0, 1, 0, 0, 0],
                },
            }],
            profile: CorpusProfile::default(),
            roles: crate::factcheck::RoleLedger::default(),
            quotes: Default::default(),
            timeline: Default::default(),
        }
    }

    /// The article of [`example`]'s members: "$8 billion" at 10..20, "$7 billion+" at 40..51.
    fn example_corpus() -> Corpus {
        let text = "Officials $8 billion was said, but then $7 billion+.";
        Corpus::from_texts("test", vec![("a.txt".to_string(), text.to_string())])
    }

    #[test]
    fn the_text_report_lists_members_side_by_side() {
        assert_eq!(
            text(&example(), &example_corpus()),
            "Discrepancies: 1\n\
             \n\
             1. [amounts] $8 billion vs $7 billion+ in one article: both about wheat\n   \
             a.txt  10..20  “$8 billion”   $8 bn\n   \
             a.txt  40..51  “$7 billion+”  ≥ $7 bn\n\
             \n\
             Check-worthy coverage:\n   \
             a.txt  1 of 2 check-worthy sentences reviewed: 1 disputed (of 0 sentences)\n"
        );
    }

    #[test]
    fn json_lines_give_each_member_its_byte_range_and_value() {
        let lines = json_lines(&example(), &example_corpus());
        let first = lines.lines().next().unwrap_or("");
        assert!(
            first.starts_with(r#"{"explanation":"#) || first.contains(r#""type":"discrepancy""#)
        );
        assert!(first.contains(
            r#"{"amount":{"approx":"at_least","currency":"USD","kind":"money","value":7000000000.0},"end":51,"file":"a.txt","start":40,"text":"$7 billion+","value":"≥ $7 bn"}"#
        ), "{first}");
        assert_eq!(
            lines.lines().nth(1),
            Some(
                r#"{"checkworthy":2,"file":"a.txt","reviewed":1,"sentences":0,"type":"coverage","verdicts":{"disputed":1,"misleading":0,"not a claim":0,"unverifiable":0,"verified":0}}"#
            )
        );
    }
}
