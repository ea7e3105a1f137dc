//! `Anchor` (a byte span plus its quote and context) and re-anchoring on changed text.
//!
//! This is W3C's TextPositionSelector + TextQuoteSelector pair. [`reanchor`] follows
//! Hypothesis' `match-quote.ts`: the stored position first, then exact occurrences of the quote
//! ranked by context and distance, then a bounded fuzzy match, and otherwise `Orphaned`. A
//! minimum score keeps short quotes from landing on unrelated text; anything not placed exactly
//! is reported as `Moved` so the reader can see it.

mod fuzzy;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

use crate::text::ByteSpan;
use fuzzy::{approximate_matches, edit_distance, similarity, snap_to_context};

/// Context kept on each side of a quote, in chars (code points).
pub const CONTEXT_CHARS: usize = 32;

/// Where an annotation sits: a byte span and the text it covered when it was made.
///
/// `span` counts bytes of the article text (half-open). `prefix` and `suffix` are up to
/// [`CONTEXT_CHARS`] chars immediately before and after the quote. Stored exactly as taken from
/// the text: nothing is trimmed or normalised.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(from = "AnchorRecord")]
pub struct Anchor {
    pub span: ByteSpan,
    pub quote: String,
    pub prefix: String,
    pub suffix: String,
}

impl Anchor {
    /// Quotes `span` of `text` with its context. A span that does not fit `text` (past its end
    /// or inside a char) gets an empty quote rather than a panic.
    pub fn new(text: &str, span: ByteSpan) -> Self {
        let quote = text.get(span.range()).unwrap_or("");
        let before = text.get(..span.start).unwrap_or("");
        let after = text.get(span.end..).unwrap_or("");
        let prefix_start = before
            .char_indices()
            .rev()
            .nth(CONTEXT_CHARS - 1)
            .map_or(0, |(i, _)| i);
        let suffix_end = after
            .char_indices()
            .nth(CONTEXT_CHARS)
            .map_or(after.len(), |(i, _)| i);
        Anchor {
            span,
            quote: quote.to_owned(),
            prefix: before[prefix_start..].to_owned(),
            suffix: after[..suffix_end].to_owned(),
        }
    }
}

impl Anchor {
    /// Whether the stored context surrounds the stored span in `text` exactly.
    pub fn has_context_at(&self, text: &str) -> bool {
        self.context_intact_at(text, self.span.start)
    }

    /// Whether `text` holds prefix, quote and suffix, with the quote starting at `start`.
    fn context_intact_at(&self, text: &str, start: usize) -> bool {
        let end = start + self.quote.len();
        text.get(start..end) == Some(self.quote.as_str())
            && text[..start].ends_with(self.prefix.as_str())
            && text[end..].starts_with(self.suffix.as_str())
    }
}

/// The sidecar shape of an anchor: `start` and `end` inline, then the three strings.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Anchor")]
struct AnchorRecord {
    start: usize,
    end: usize,
    #[serde(default)]
    prefix: String,
    quote: String,
    #[serde(default)]
    suffix: String,
}

impl From<AnchorRecord> for Anchor {
    fn from(r: AnchorRecord) -> Self {
        Anchor {
            span: ByteSpan::new(r.start, r.end),
            quote: r.quote,
            prefix: r.prefix,
            suffix: r.suffix,
        }
    }
}

impl Serialize for Anchor {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Anchor", 5)?;
        s.serialize_field("start", &self.span.start)?;
        s.serialize_field("end", &self.span.end)?;
        s.serialize_field("prefix", &self.prefix)?;
        s.serialize_field("quote", &self.quote)?;
        s.serialize_field("suffix", &self.suffix)?;
        s.end()
    }
}

/// Where an anchor lands on a (possibly changed) text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Placement {
    /// The quote is verbatim at `span`: at the stored offset, or shifted with its context
    /// intact or nearly so.
    Exact(ByteSpan),
    /// Best guess: the quote without its full context, or a near match of it. `score` is in
    /// `0.0..=1.0`; show it as moved rather than as if nothing had happened.
    Moved { span: ByteSpan, score: f64 },
    /// Nowhere good enough. The annotation is kept as stored and listed, never dropped.
    Orphaned,
}

impl Placement {
    /// The span to show, unless orphaned.
    pub fn span(&self) -> Option<ByteSpan> {
        match *self {
            Placement::Exact(span) | Placement::Moved { span, .. } => Some(span),
            Placement::Orphaned => None,
        }
    }

    pub fn is_orphaned(&self) -> bool {
        matches!(self, Placement::Orphaned)
    }
}

/// Weights of quote, prefix, suffix and position in a score (Hypothesis' `match-quote.ts`).
const QUOTE_WEIGHT: f64 = 50.0;
const PREFIX_WEIGHT: f64 = 20.0;
const SUFFIX_WEIGHT: f64 = 20.0;
const POSITION_WEIGHT: f64 = 2.0;
/// Lowest score at which a placement other than an exact one is accepted.
pub const MIN_SCORE: f64 = 0.75;
/// A verbatim occurrence of the quote scoring at least this (its context at most slightly
/// edited) counts as `Exact`: an edit a few words away should not flag its neighbours.
const EXACT_SCORE: f64 = 0.95;
/// Quotes at least this many chars long are accepted wherever they occur verbatim.
const LONG_QUOTE_CHARS: usize = 32;
/// The fuzzy step searches a window around the stored position: this many bytes divided by
/// the quote's length in 64-char blocks (at least four quote lengths), so its cost is bounded
/// (about 1 MB of text for a sentence; the whole of most articles).
const FUZZY_WINDOW_BYTES: usize = 2 << 20;
/// At most this many fuzzy matches (the closest in edits, then in position) are scored.
const MAX_FUZZY_MATCHES: usize = 32;
/// At most this many verbatim occurrences are scored (a one-letter quote in a long text).
const MAX_OCCURRENCES: usize = 10_000;

/// Places `anchor` on `text`: the stored span if the quote is still there; else the verbatim
/// occurrence of the quote best matching its context and position (`Exact` when the context
/// is nearly intact; `Moved` when it scores at least [`MIN_SCORE`] or the quote is long);
/// else the best fuzzy match scoring at least [`MIN_SCORE`] (`Moved`); else `Orphaned`. Spans
/// returned lie on char boundaries of `text`.
pub fn reanchor(anchor: &Anchor, text: &str) -> Placement {
    reanchor_with_shift(anchor, text, 0)
}

/// [`reanchor`], trying first the stored span moved by `shift` bytes (the shift of the
/// previous annotation, when placing many in text order) with its context intact.
pub(super) fn reanchor_with_shift(anchor: &Anchor, text: &str, shift: isize) -> Placement {
    if text.get(anchor.span.range()) == Some(anchor.quote.as_str()) {
        return Placement::Exact(anchor.span);
    }
    if anchor.quote.is_empty() {
        return Placement::Orphaned;
    }
    if let Some(start) = anchor.span.start.checked_add_signed(shift)
        && shift != 0
        && anchor.context_intact_at(text, start)
    {
        return Placement::Exact(ByteSpan::new(start, start + anchor.quote.len()));
    }
    let positions = exact_positions(anchor, text);
    let intact = positions
        .iter()
        .filter(|&&start| anchor.context_intact_at(text, start));
    if let Some(&start) = intact.min_by_key(|&&start| start.abs_diff(anchor.span.start)) {
        return Placement::Exact(ByteSpan::new(start, start + anchor.quote.len()));
    }
    let quote_chars = anchor.quote.chars().count();
    let verbatim: Vec<Scored> = positions
        .iter()
        .map(|&start| scored_exact(anchor, text, start))
        .collect();
    if let Some(best) = best_of(&verbatim) {
        if best.score >= EXACT_SCORE {
            return Placement::Exact(best.span);
        }
        if quote_chars >= LONG_QUOTE_CHARS || best.score >= MIN_SCORE {
            return Placement::Moved {
                span: best.span,
                score: best.score,
            };
        }
    }
    let max_cost = (quote_chars * 2 / 5).max(1);
    match best_of(&fuzzy_occurrences(anchor, text, max_cost)) {
        Some(best) if best.score >= MIN_SCORE => Placement::Moved {
            span: best.span,
            score: best.score,
        },
        _ => Placement::Orphaned,
    }
}

/// Up to `n` places where `anchor` could be re-attached, best first, with scores in
/// `0.0..=1.0`: verbatim occurrences and near matches (up to half the quote edited), with no
/// minimum score. For the "re-attach an orphan" picker.
pub fn candidates(anchor: &Anchor, text: &str, n: usize) -> Vec<(ByteSpan, f64)> {
    if anchor.quote.is_empty() || n == 0 {
        return Vec::new();
    }
    let max_cost = (anchor.quote.chars().count() / 2).max(1);
    let mut all: Vec<Scored> = exact_positions(anchor, text)
        .into_iter()
        .map(|start| scored_exact(anchor, text, start))
        .collect();
    all.extend(fuzzy_occurrences(anchor, text, max_cost));
    all.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.span.cmp(&b.span)));
    let mut out: Vec<(ByteSpan, f64)> = Vec::with_capacity(n);
    for c in all {
        if out.len() == n {
            break;
        }
        if !out
            .iter()
            .any(|(span, _)| span.overlaps(c.span) || *span == c.span)
        {
            out.push((c.span, c.score));
        }
    }
    out
}

#[derive(Clone, Copy, Debug)]
struct Scored {
    span: ByteSpan,
    score: f64,
}

fn best_of(found: &[Scored]) -> Option<Scored> {
    found.iter().copied().max_by(|a, b| {
        a.score
            .total_cmp(&b.score)
            .then(b.span.start.cmp(&a.span.start))
    })
}

/// Byte offsets of every verbatim occurrence of the quote (overlapping ones included), at
/// most [`MAX_OCCURRENCES`].
fn exact_positions(anchor: &Anchor, text: &str) -> Vec<usize> {
    let quote = anchor.quote.as_str();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(offset) = text.get(from..).and_then(|rest| rest.find(quote)) {
        let start = from + offset;
        found.push(start);
        if found.len() == MAX_OCCURRENCES {
            break;
        }
        from = start + text[start..].chars().next().map_or(1, char::len_utf8);
    }
    found
}

fn scored_exact(anchor: &Anchor, text: &str, start: usize) -> Scored {
    let span = ByteSpan::new(start, start + anchor.quote.len());
    Scored {
        span,
        score: score(anchor, text, span, 1.0),
    }
}

/// Near matches of the quote with at most `max_cost` char edits, searched in a window around
/// the stored position bounded by [`FUZZY_WINDOW_BYTES`], scored.
fn fuzzy_occurrences(anchor: &Anchor, text: &str, max_cost: usize) -> Vec<Scored> {
    let pattern: Vec<char> = anchor.quote.chars().collect();
    let blocks = pattern.len().div_ceil(64).max(1);
    let reach = (FUZZY_WINDOW_BYTES / blocks).max(4 * anchor.quote.len());
    let lo = floor_char_boundary(text, anchor.span.start.saturating_sub(reach / 2));
    let hi = floor_char_boundary(
        text,
        anchor.span.end.saturating_add(reach / 2).min(text.len()),
    );
    let window = &text[lo..hi];
    let (chars, offsets): (Vec<char>, Vec<usize>) =
        window.char_indices().map(|(i, c)| (c, lo + i)).unzip();
    let byte_at = |i: usize| offsets.get(i).copied().unwrap_or(hi);
    let prefix: Vec<char> = anchor.prefix.chars().collect();
    let suffix: Vec<char> = anchor.suffix.chars().collect();
    approximate_matches(&pattern, &chars, max_cost, MAX_FUZZY_MATCHES)
        .into_iter()
        .map(|m| {
            let edges = (lo == 0, hi == text.len());
            let (start, end) = snap_to_context(&chars, m, &prefix, &suffix, 2 * max_cost, edges);
            let cost = if (start, end) == (m.start, m.end) {
                m.cost
            } else {
                edit_distance(&pattern, &chars[start..end])
            };
            let span = ByteSpan::new(byte_at(start), byte_at(end));
            let quote_similarity = 1.0 - cost as f64 / pattern.len().max(end - start) as f64;
            Scored {
                span,
                score: score(anchor, text, span, quote_similarity),
            }
        })
        .collect()
}

/// Weighted score of a candidate `span` whose quote similarity is already known.
fn score(anchor: &Anchor, text: &str, span: ByteSpan, quote_similarity: f64) -> f64 {
    let prefix: Vec<char> = anchor.prefix.chars().collect();
    let suffix: Vec<char> = anchor.suffix.chars().collect();
    let before: Vec<char> = {
        let mut tail: Vec<char> = text[..span.start]
            .chars()
            .rev()
            .take(prefix.len())
            .collect();
        tail.reverse();
        tail
    };
    let after: Vec<char> = text[span.end..].chars().take(suffix.len()).collect();
    let prefix_similarity = if prefix.is_empty() {
        1.0
    } else {
        similarity(&prefix, &before)
    };
    let suffix_similarity = if suffix.is_empty() {
        1.0
    } else {
        similarity(&suffix, &after)
    };
    let distance = span.start.abs_diff(anchor.span.start) as f64;
    let position = 1.0 - (distance / text.len().max(1) as f64).min(1.0);
    (QUOTE_WEIGHT * quote_similarity
        + PREFIX_WEIGHT * prefix_similarity
        + SUFFIX_WEIGHT * suffix_similarity
        + POSITION_WEIGHT * position)
        / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT)
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests;
