use super::*;
use crate::annotations::tests::marked;
use proptest::prelude::*;

fn anchor(source: &str) -> (String, Anchor) {
    let (text, span) = marked(source);
    let anchor = Anchor::new(&text, span);
    (text, anchor)
}

#[test]
fn new_takes_thirty_two_chars_of_context_on_char_boundaries() {
    let before = "日本".repeat(20);
    let text = format!("{before}[quote]{before}");
    let (text, anchor) = anchor(&text);
    assert_eq!(anchor.quote, "quote");
    assert_eq!(anchor.prefix.chars().count(), CONTEXT_CHARS);
    assert_eq!(anchor.suffix.chars().count(), CONTEXT_CHARS);
    assert!(text[..anchor.span.start].ends_with(&anchor.prefix));
}

#[test]
fn new_takes_what_context_there_is_at_the_edges() {
    let (_, anchor) = anchor("[Japan] denied it.");
    assert_eq!(
        (anchor.prefix.as_str(), anchor.suffix.as_str()),
        ("", " denied it.")
    );
}

#[test]
fn new_with_a_span_that_does_not_fit_quotes_nothing() {
    let anchor = Anchor::new("¥2.18", ByteSpan::new(1, 3));
    assert_eq!(anchor.quote, "");
}

#[test]
fn reanchor_keeps_the_span_when_the_quote_is_still_there() {
    let (text, anchor) = anchor("The [U.S. Treasury] said.");
    assert_eq!(reanchor(&anchor, &text), Placement::Exact(anchor.span));
}

#[test]
fn reanchor_follows_a_shifted_quote_with_its_context() {
    let source = "Officials said on Monday that the [deal was worth $8 billion] in total.";
    let (text, anchor) = anchor(source);
    let edited = format!("Update: {text}");
    let placement = reanchor(&anchor, &edited);
    assert_eq!(placement, Placement::Exact(anchor.span.shifted(8)));
}

#[test]
fn reanchor_prefers_occurrence_with_matching_prefix() {
    let (_, anchor) = anchor("Akazawa said [yes]. Bessent said no.");
    let edited = "Bessent replied yes. Akazawa said yes. Bessent said no.";
    let span = reanchor(&anchor, edited).span().expect("placed");
    assert_eq!(span.start, edited.rfind("yes").expect("yes"));
}

#[test]
fn reanchor_finds_a_lightly_edited_quote_as_moved() {
    let (_, anchor) = anchor("Japan holds [$1.1 trillion in US Treasuries, the largest] share.");
    let edited = "Japan holds $1.13 trillion in US Treasuries, the largest share.";
    match reanchor(&anchor, edited) {
        Placement::Moved { span, score } => {
            assert_eq!(
                span.slice(edited),
                "$1.13 trillion in US Treasuries, the largest"
            );
            assert!((MIN_SCORE..=1.0).contains(&score), "{score}");
        }
        other => panic!("expected Moved, got {other:?}"),
    }
}

#[test]
fn reanchor_finds_a_quote_with_words_inserted_by_its_context() {
    let (_, anchor) =
        anchor("😀 日本 [hinted at selling Treasuries]. Prime Minister Shinzo Abe said");
    let edited = "😀 日本 hinted at possibly selling Treasuries. Prime Minister Ishiba said";
    let span = reanchor(&anchor, edited).span().expect("placed");
    assert_eq!(span.slice(edited), "hinted at possibly selling Treasuries");
}

#[test]
fn reanchor_does_not_land_a_short_quote_on_other_text() {
    let (_, anchor) = anchor("Prime Minister [Abe] said the talks went well.");
    let edited = "The finance ministry published figures for April and May.";
    assert_eq!(reanchor(&anchor, edited), Placement::Orphaned);
}

#[test]
fn reanchor_orphans_a_quote_that_is_gone() {
    let (_, anchor) = anchor("[Japan firmly denied using Treasuries as leverage.]");
    assert_eq!(
        reanchor(&anchor, "An unrelated article about rice prices."),
        Placement::Orphaned
    );
}

#[test]
fn candidates_ranks_places_best_first() {
    let (_, anchor) = anchor("Akazawa said [the deal was done] today.");
    let text = "The deal is done. Akazawa said the deal was dome today. The deal was done.";
    let found = candidates(&anchor, text, 3);
    assert!(found.len() >= 2, "{found:?}");
    assert_eq!(found[0].0.slice(text), "the deal was dome");
    assert!(found.windows(2).all(|w| w[0].1 >= w[1].1));
}

#[test]
fn candidates_of_an_empty_quote_are_none() {
    let anchor = Anchor::new("text", ByteSpan::new(2, 2));
    assert!(candidates(&anchor, "text", 5).is_empty());
}

fn article_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::char::range('a', 'z'),
        2 => Just(' '),
        1 => Just('.'),
        1 => prop::sample::select(vec!['é', 'ü', '日', '本', '😀', '\u{301}', '"', '\n']),
    ]
}

fn article_text(len: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    prop::collection::vec(article_char(), len).prop_map(|chars| chars.into_iter().collect())
}

/// A char boundary of `text` chosen by a fraction in `0.0..=1.0`.
fn boundary(text: &str, at: f64) -> usize {
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    bounds[((bounds.len() - 1) as f64 * at) as usize]
}

proptest! {
    #[test]
    fn edits_away_from_an_anchor_never_move_it_off_its_quote(
        before in article_text(0..80),
        quote in article_text(1..30),
        after in article_text(0..80),
        inserted in article_text(0..40),
        edit_before in any::<bool>(),
        at in 0.0..=1.0f64,
        delete in 0.0..=1.0f64,
    ) {
        let text = format!("{before}{quote}{after}");
        let span = ByteSpan::new(before.len(), before.len() + quote.len());
        let anchor = Anchor::new(&text, span);
        // One edit, entirely before or entirely after the quote.
        let (side, offset) = if edit_before { (&before, 0) } else { (&after, span.end) };
        let start = boundary(side, at);
        let end = boundary(side, at + (1.0 - at) * delete);
        let edited = format!(
            "{}{inserted}{}",
            &text[..offset + start],
            &text[offset + end..],
        );
        let placement = reanchor(&anchor, &edited);
        let span = placement.span();
        prop_assert!(span.is_some(), "orphaned in {:?}", edited);
        prop_assert_eq!(span.map(|s| s.slice(&edited)), Some(quote.as_str()));
    }

    #[test]
    fn placements_lie_on_char_boundaries(
        text in article_text(0..120),
        other in article_text(0..120),
        at in 0.0..=1.0f64,
        len in 0.0..=1.0f64,
    ) {
        let start = boundary(&text, at);
        let end = start + boundary(&text[start..], len);
        let anchor = Anchor::new(&text, ByteSpan::new(start, end));
        if let Some(span) = reanchor(&anchor, &other).span() {
            prop_assert!(ByteSpan::checked(&other, span.start, span.end).is_some());
        }
        for (span, score) in candidates(&anchor, &other, 5) {
            prop_assert!(ByteSpan::checked(&other, span.start, span.end).is_some());
            prop_assert!((0.0..=1.0).contains(&score));
        }
    }
}
