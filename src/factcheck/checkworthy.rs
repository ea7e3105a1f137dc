//! Check-worthiness: every sentence gets a score from cues (amounts, percentages, dates,
//! numbers, named entities, comparatives and superlatives, attributions, quotations, causal
//! claims), each reason kept with its span and weight so the score explains itself.
//!
//! Cue lists, weights and the threshold live in `assets/checkworthy.ron`. A sentence is
//! check-worthy when its score reaches the threshold; [`super::coverage`] counts how many of
//! them have been reviewed.

use super::FactcheckError;
use crate::corpus::Article;
use crate::entities::{ArticleMention, EntityId, Label};
use crate::text::ByteSpan;
use aho_corasick::AhoCorasick;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// A kind of evidence that a sentence states something checkable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Cue {
    Number,
    Amount,
    Percentage,
    Date,
    Entity,
    Comparative,
    Attribution,
    Quotation,
    Causal,
    Hedge,
    /// A discrepancy finding in the sentence (two holders of one office, two amounts for one
    /// purchase, …): worth checking whatever else it shows.
    Finding,
}

impl Cue {
    pub fn as_str(self) -> &'static str {
        match self {
            Cue::Number => "number",
            Cue::Amount => "amount",
            Cue::Percentage => "percentage",
            Cue::Date => "date",
            Cue::Entity => "entity",
            Cue::Comparative => "comparative",
            Cue::Attribution => "attribution",
            Cue::Quotation => "quotation",
            Cue::Causal => "causal",
            Cue::Hedge => "hedge",
            Cue::Finding => "finding",
        }
    }
}

/// A list of phrases that signal one cue.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhraseCue {
    pub cue: Cue,
    pub weight: f64,
    pub words: Vec<String>,
}

/// The cue weights and threshold of `assets/checkworthy.ron`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CueWeights {
    pub threshold: f64,
    pub amount: f64,
    pub percentage: f64,
    pub date: f64,
    pub entity: f64,
    pub entity_max: usize,
    pub number: f64,
    pub quotation: f64,
    pub quote_min_words: usize,
    /// A discrepancy finding in the sentence.
    pub finding: f64,
    pub phrases: Vec<PhraseCue>,
}

/// The embedded cues, as written.
pub const EMBEDDED_RON: &str = include_str!("../../assets/checkworthy.ron");

/// The cues with their phrase matcher, built once.
pub struct Cues {
    pub weights: CueWeights,
    matcher: AhoCorasick,
    /// Per pattern: its index in `weights.phrases`.
    pattern_cue: Vec<usize>,
}

impl Cues {
    pub fn from_ron(text: &str) -> Result<Self, FactcheckError> {
        let weights: CueWeights = ron::from_str(text).map_err(|source| FactcheckError::Asset {
            file: "checkworthy.ron",
            source,
        })?;
        let mut patterns = Vec::new();
        let mut pattern_cue = Vec::new();
        for (i, phrase) in weights.phrases.iter().enumerate() {
            for word in &phrase.words {
                patterns.push(word.clone());
                pattern_cue.push(i);
            }
        }
        let matcher = super::word_matcher(&patterns)?;
        Ok(Self {
            weights,
            matcher,
            pattern_cue,
        })
    }

    /// The embedded cues, parsed once per process.
    pub fn embedded() -> &'static Cues {
        static CUES: OnceLock<Cues> = OnceLock::new();
        // The embedded file is checked by a test, so failing here is a build defect.
        CUES.get_or_init(|| Cues::from_ron(EMBEDDED_RON).expect("assets/checkworthy.ron parses"))
    }
}

/// One reason for a score: the cue, where it shows (absent for none), and its weight.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reason {
    pub cue: Cue,
    pub span: Option<ByteSpan>,
    pub weight: f64,
}

/// A sentence's check-worthiness: the sum of its reasons' weights.
#[derive(Clone, Debug, PartialEq)]
pub struct Score {
    pub value: f64,
    /// In order of where they show in the sentence.
    pub reasons: Vec<Reason>,
    /// Whether `value` reaches the threshold.
    pub checkworthy: bool,
}

impl Score {
    /// This score with a finding at `span` added as a reason (once), weighed as `cues` say.
    pub fn with_finding(mut self, span: ByteSpan, cues: &Cues) -> Self {
        if self.reasons.iter().any(|r| r.cue == Cue::Finding) {
            return self;
        }
        let weight = cues.weights.finding;
        let at = self
            .reasons
            .partition_point(|r| r.span.is_some_and(|s| s.start <= span.start));
        self.reasons.insert(
            at,
            Reason {
                cue: Cue::Finding,
                span: Some(span),
                weight,
            },
        );
        self.value += weight;
        self.checkworthy = self.value >= cues.weights.threshold;
        self
    }

    /// One line: `4.5 check-worthy: amount “¥2.18 trillion” +2, comparative “record” +1.5`;
    /// `text` is the article's.
    pub fn explain(&self, text: &str) -> String {
        format!(
            "{} {}: {}",
            trim(self.value),
            self.verdict_word(),
            self.reasons(text)
        )
    }

    /// For the reader: `check-worthy (score 4.5): amount “¥2.18 trillion” +2, …`, the
    /// verdict once, then why.
    pub fn verdict(&self, text: &str) -> String {
        format!(
            "{} (score {}): {}",
            self.verdict_word(),
            trim(self.value),
            self.reasons(text)
        )
    }

    fn verdict_word(&self) -> &'static str {
        if self.checkworthy {
            "check-worthy"
        } else {
            "not check-worthy"
        }
    }

    /// The cues with their weights, or "no cues".
    fn reasons(&self, text: &str) -> String {
        if self.reasons.is_empty() {
            return "no cues".to_string();
        }
        let reasons: Vec<String> = self
            .reasons
            .iter()
            .map(|r| {
                let quote = r.span.map(|s| quoted(s.slice(text))).unwrap_or_default();
                format!("{}{quote} {}", r.cue.as_str(), signed(r.weight))
            })
            .collect();
        reasons.join(", ")
    }
}

/// Longest quoted cue, in chars, before it is cut with `…`.
const QUOTE_MAX_CHARS: usize = 40;

/// ` “cue”`: cut to [`QUOTE_MAX_CHARS`], not quoted again when it is a quotation.
fn quoted(cue: &str) -> String {
    let mut cut: String = cue.chars().take(QUOTE_MAX_CHARS).collect();
    if cut.len() < cue.len() {
        cut.push('…');
    }
    if cue.starts_with(['“', '"']) {
        format!(" {cut}")
    } else {
        format!(" “{cut}”")
    }
}

fn trim(v: f64) -> String {
    // `+ 0.0` turns a negative zero (an empty sum) into zero.
    let s = format!("{:.2}", v + 0.0);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn signed(v: f64) -> String {
    if v < 0.0 {
        format!("−{}", trim(-v))
    } else {
        format!("+{}", trim(v))
    }
}

/// Scores `text[span]` given the article's `mentions` (sorted by start).
pub fn score_sentence(
    text: &str,
    span: ByteSpan,
    mentions: &[ArticleMention],
    cues: &Cues,
) -> Score {
    let w = &cues.weights;
    let mut reasons: Vec<Reason> = Vec::new();
    let first = mentions.partition_point(|m| m.span().end <= span.start);
    let inside: Vec<&ArticleMention> = mentions[first..]
        .iter()
        .take_while(|m| m.span().start < span.end)
        .collect();
    let once = |cue: Cue, at: ByteSpan, weight: f64, reasons: &mut Vec<Reason>| {
        if weight != 0.0 && reasons.iter().all(|r| r.cue != cue) {
            reasons.push(Reason {
                cue,
                span: Some(at),
                weight,
            });
        }
    };
    let mut entities: Vec<EntityId> = Vec::new();
    for m in &inside {
        match m.label() {
            Label::Money => once(Cue::Amount, m.span(), w.amount, &mut reasons),
            Label::Percent => once(Cue::Percentage, m.span(), w.percentage, &mut reasons),
            Label::Date => once(Cue::Date, m.span(), w.date, &mut reasons),
            _ => {
                if entities.len() < w.entity_max
                    && !entities.contains(&m.entity())
                    && w.entity != 0.0
                {
                    entities.push(m.entity());
                    reasons.push(Reason {
                        cue: Cue::Entity,
                        span: Some(m.span()),
                        weight: w.entity,
                    });
                }
            }
        }
    }
    if let Some(at) = number_outside(text, span, &inside) {
        once(Cue::Number, at, w.number, &mut reasons);
    }
    if let Some(at) = quotation(text, span, w.quote_min_words) {
        once(Cue::Quotation, at, w.quotation, &mut reasons);
    }
    let body = span.slice(text);
    for m in cues.matcher.find_iter(body) {
        if !is_whole_word(body, m.start(), m.end()) {
            continue;
        }
        let phrase = &w.phrases[cues.pattern_cue[m.pattern().as_usize()]];
        let at = ByteSpan::new(span.start + m.start(), span.start + m.end());
        once(phrase.cue, at, phrase.weight, &mut reasons);
    }
    reasons.sort_by_key(|r| r.span.map_or(usize::MAX, |s| s.start));
    let value: f64 = reasons.iter().map(|r| r.weight).sum();
    Score {
        value,
        checkworthy: value >= w.threshold,
        reasons,
    }
}

fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
}

/// The first run of digits in `text[span]` outside the mentions, as a span.
fn number_outside(text: &str, span: ByteSpan, mentions: &[&ArticleMention]) -> Option<ByteSpan> {
    let body = span.slice(text);
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !c.is_ascii_digit() {
            continue;
        }
        let mut end = i + 1;
        while let Some(&(j, d)) = chars.peek() {
            if d.is_ascii_digit() || d == '.' || d == ',' {
                end = j + 1;
                chars.next();
            } else {
                break;
            }
        }
        let body_end = body[..end].trim_end_matches(['.', ',']).len();
        let at = ByteSpan::new(span.start + i, span.start + body_end);
        if !mentions.iter().any(|m| m.span().overlaps(at)) {
            return Some(at);
        }
    }
    None
}

/// The first quotation of at least `min_words` words in `text[span]`: from an opening quote
/// to its closing one, or to the sentence's end (or from its start) when the quote crosses a
/// sentence boundary. The span includes the quote marks found.
fn quotation(text: &str, span: ByteSpan, min_words: usize) -> Option<ByteSpan> {
    use unicode_segmentation::UnicodeSegmentation;
    let body = span.slice(text);
    let marks: Vec<(usize, char)> = body
        .char_indices()
        .filter(|&(i, c)| matches!(c, '“' | '”') || (c == '"' && is_straight_quote(body, i)))
        .collect();
    let mut i = 0;
    while i < marks.len() {
        let (at, c) = marks[i];
        let (start, end, next) = match c {
            '“' | '"' => match marks.get(i + 1) {
                Some(&(close, cc)) if cc == '”' || cc == '"' => {
                    (at, close + cc.len_utf8(), i + 2)
                }
                _ => (at, body.len(), i + 1),
            },
            // A closing quote first: the quotation began in an earlier sentence.
            _ => (0, at + c.len_utf8(), i + 1),
        };
        if body[start..end].unicode_words().count() >= min_words {
            return Some(ByteSpan::new(span.start + start, span.start + end));
        }
        i = next;
    }
    None
}

/// A straight `"` counts as a quote mark unless it is an inch mark after a digit.
fn is_straight_quote(body: &str, at: usize) -> bool {
    !body[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_digit())
}

/// Whether each sentence of `article` is check-worthy, in sentence order; `mentions` are the
/// article's. The same verdicts as [`score_article`], without keeping the reasons.
pub fn checkworthy_sentences(
    article: &Article,
    mentions: &[ArticleMention],
    cues: &Cues,
) -> Vec<bool> {
    article
        .structure()
        .sentences
        .iter()
        .map(|s| score_sentence(article.text(), s.span(), mentions, cues).checkworthy)
        .collect()
}

/// Every sentence of `article` scored, in sentence order; `mentions` are the article's.
pub fn score_article(article: &Article, mentions: &[ArticleMention], cues: &Cues) -> Vec<Score> {
    article
        .structure()
        .sentences
        .iter()
        .map(|s| score_sentence(article.text(), s.span(), mentions, cues))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::EntityId;

    fn whole(text: &str) -> ByteSpan {
        ByteSpan::new(0, text.len())
    }

    fn mention(text: &str, part: &str, label: Label, entity: usize) -> ArticleMention {
        let start = text.find(part).unwrap();
        ArticleMention::new(
            ByteSpan::new(start, start + part.len()),
            label,
            EntityId(entity),
        )
    }

    fn cues_of(score: &Score) -> Vec<Cue> {
        score.reasons.iter().map(|r| r.cue).collect()
    }

    #[test]
    fn the_embedded_cues_parse() {
        assert!(Cues::from_ron(EMBEDDED_RON).is_ok());
    }

    #[test]
    fn an_amount_with_a_superlative_and_a_source_is_check_worthy() {
        let text = "Investors poured a record ¥2.18 trillion into bonds, according to the JSDA.";
        let mentions = [
            mention(text, "¥2.18 trillion", Label::Money, 0),
            mention(text, "JSDA", Label::Org, 1),
        ];
        let score = score_sentence(text, whole(text), &mentions, Cues::embedded());
        assert_eq!(
            cues_of(&score),
            [Cue::Comparative, Cue::Amount, Cue::Attribution, Cue::Entity]
        );
        assert!(score.checkworthy);
        assert_eq!(
            score.explain(text),
            "5 check-worthy: comparative “record” +1.5, amount “¥2.18 trillion” +2, \
             attribution “according to” +1, entity “JSDA” +0.5"
        );
    }

    #[test]
    fn a_sentence_without_cues_is_not_check_worthy() {
        let text = "This has concerns for the progress of the summit.";
        let score = score_sentence(text, whole(text), &[], Cues::embedded());
        assert_eq!(score.value, 0.0);
        assert!(!score.checkworthy);
        assert_eq!(score.explain(text), "0 not check-worthy: no cues");
    }

    #[test]
    fn a_cue_inside_a_longer_word_does_not_count() {
        let text = "The recorder mostly saying nothing.";
        let score = score_sentence(text, whole(text), &[], Cues::embedded());
        assert!(score.reasons.is_empty(), "{:?}", score.reasons);
    }

    #[test]
    fn digits_inside_a_mention_are_not_a_separate_number() {
        let text = "Yields on 30-year bonds rose in 2006.";
        let mentions = [mention(text, "2006", Label::Date, 0)];
        let score = score_sentence(text, whole(text), &mentions, Cues::embedded());
        let number = score.reasons.iter().find(|r| r.cue == Cue::Number).unwrap();
        assert_eq!(number.span.map(|s| s.slice(text)), Some("30"));
    }

    #[test]
    fn a_quotation_needs_words_and_may_cross_a_sentence_boundary() {
        let cues = Cues::embedded();
        let text = "He called it “cockamamie”.";
        assert!(!cues_of(&score_sentence(text, whole(text), &[], cues)).contains(&Cue::Quotation));
        let text = "“This is not how talks work,” he said.";
        let score = score_sentence(text, whole(text), &[], cues);
        let quote = score
            .reasons
            .iter()
            .find(|r| r.cue == Cue::Quotation)
            .unwrap();
        assert_eq!(
            quote.span.map(|s| s.slice(text)),
            Some("“This is not how talks work,”")
        );
        let text = "But there is no answer.” This";
        assert!(quotation(text, whole(text), 2).is_some());
    }

    #[test]
    fn a_long_quotation_is_cut_in_the_explanation() {
        let text = "“Tariff negotiations are tariff negotiations, and security talks are security talks,” he said.";
        let score = score_sentence(text, whole(text), &[], Cues::embedded());
        assert_eq!(
            score.explain(text),
            "2.5 check-worthy: quotation “Tariff negotiations are tariff negotiat… +1.5, \
             attribution “said” +1"
        );
    }

    #[test]
    fn entities_count_once_each_up_to_the_maximum() {
        let text = "Japan, Japan, China, Korea and India met.";
        let mentions = [
            mention(text, "Japan", Label::Gpe, 0),
            ArticleMention::new(ByteSpan::new(7, 12), Label::Gpe, EntityId(0)),
            mention(text, "China", Label::Gpe, 1),
            mention(text, "Korea", Label::Gpe, 2),
            mention(text, "India", Label::Gpe, 3),
        ];
        let score = score_sentence(text, whole(text), &mentions, Cues::embedded());
        assert_eq!(cues_of(&score), [Cue::Entity; 3]);
    }
}
