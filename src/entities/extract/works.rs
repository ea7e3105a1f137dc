//! "the musical La La Land", "Ghostbusters star Leslie Jones", "an episode of The Simpsons":
//! the titles of films, shows and books are works, which the annotation guideline
//! does not mark. Read by their capitals they pass for a person ("La La Land" opens with a
//! given name) or an organisation; where the words around one say it is a work, it is taken
//! out, and so is every other mention of the same title in the article.

use super::{Explained, WordSet};
use crate::entities::Label;
use crate::entities::gazetteer::{Gazetteer, class};
use crate::text::ByteSpan;

// The word lists are matched with `matches!`, which compares by length first: every person
// and organisation of the article is asked about the words beside it.

/// Kinds of work whose title may follow them: "the film Arrival", "HBO's drama Succession".
fn is_kind_of_work(word: &[u8]) -> bool {
    matches!(
        word,
        b"biopic"
            | b"blockbuster"
            | b"comedy"
            | b"documentary"
            | b"drama"
            | b"film"
            | b"franchise"
            | b"miniseries"
            | b"movie"
            | b"musical"
            | b"novel"
            | b"series"
            | b"show"
            | b"sitcom"
            | b"thriller"
    )
}

/// What only a work has, right after its title: "Ghostbusters star", "the Frozen sequel".
fn is_part_of_a_work(word: &[u8]) -> bool {
    matches!(
        word,
        b"actor"
            | b"actress"
            | b"co-star"
            | b"costar"
            | b"episode"
            | b"episodes"
            | b"finale"
            | b"prequel"
            | b"premiere"
            | b"reboot"
            | b"screenplay"
            | b"sequel"
            | b"showrunner"
            | b"soundtrack"
            | b"spin-off"
            | b"spinoff"
            | b"star"
            | b"stars"
            | b"trailer"
    )
}

/// Whether `lead` and `link` lead to a work's title: "an episode of The Simpsons", "the
/// sequel to Frozen", "starring in Arrival".
fn leads_to_a_work(lead: &[u8], link: &[u8]) -> bool {
    match link {
        b"of" => matches!(
            lead,
            b"adaptation"
                | b"cast"
                | b"co-star"
                | b"episode"
                | b"episodes"
                | b"finale"
                | b"premiere"
                | b"remake"
                | b"star"
        ),
        b"to" => matches!(lead, b"prequel" | b"sequel"),
        b"in" => matches!(lead, b"starred" | b"starring" | b"stars"),
        _ => false,
    }
}

/// Whether `word`, right after a title that follows its kind, leaves the title no subject
/// of a clause: a function word or one in "-ing" ("the film Arrival is", "the musical La La
/// Land charming audiences"), or none. Any other word may be a verb whose subject is a
/// person: "the show Anna Smith hosts", "the film Spielberg directed".
fn may_follow_a_title(word: &[u8]) -> bool {
    word.is_empty()
        || word.ends_with(b"ing")
        || matches!(
            word,
            b"and"
                | b"are"
                | b"as"
                | b"at"
                | b"but"
                | b"by"
                | b"can"
                | b"could"
                | b"for"
                | b"from"
                | b"had"
                | b"has"
                | b"in"
                | b"is"
                | b"on"
                | b"or"
                | b"that"
                | b"to"
                | b"was"
                | b"were"
                | b"which"
                | b"will"
                | b"with"
                | b"would"
        )
}

/// Takes out the people and organisations that the words around them show to be titles of
/// works, with every mention of the same titles in the article, and returns the spans taken
/// out, in order. Names the gazetteer knows stay, and clubs' short names: "Chelsea star",
/// "Spurs star", "the NBA season".
pub(super) fn drop_titles(
    text: &str,
    g: &Gazetteer,
    mentions: &mut Vec<Explained>,
) -> Vec<ByteSpan> {
    // Only these labels are read from a title's capitals; a place or a product stays.
    let may_be_a_title = |e: &Explained| matches!(e.mention.label, Label::Person | Label::Org);
    let titles: WordSet<&str> = (mentions.iter())
        .filter(|e| may_be_a_title(e))
        .filter(|e| is_said_to_be_a_work(text, e))
        .map(|e| e.mention.text(text))
        .filter(|title| g.lookup(title).is_none())
        // "Spurs star": a club's short name before its star player.
        .filter(|title| g.classes(title) & class::CLUB == 0)
        .collect();
    let mut dropped = Vec::new();
    if titles.is_empty() {
        return dropped;
    }
    mentions.retain(|e| {
        let title = may_be_a_title(e) && titles.contains(e.mention.text(text));
        if title {
            dropped.push(e.mention.span());
        }
        !title
    });
    dropped
}

/// Whether `span` lies inside one of `titles` (in order, as [`drop_titles`] returns them).
pub(super) fn inside_a_title(titles: &[ByteSpan], span: ByteSpan) -> bool {
    let after = titles.partition_point(|t| t.start <= span.start);
    after > 0 && span.end <= titles[after - 1].end
}

/// Whether the words just before or after the mention say it is a work's title. Read as
/// bytes: every person and organisation of the article is asked.
fn is_said_to_be_a_work(text: &str, e: &Explained) -> bool {
    let bytes = text.as_bytes();
    let span = e.mention.span();
    let (before, before_start) = word_before_title(bytes, span.start);
    let after = word_after(bytes, after_possessive(bytes, span.end));
    (is_kind_of_work(before) && may_follow_a_title(after))
        || is_part_of_a_work(after)
        || (matches!(before, b"of" | b"to" | b"in")
            && leads_to_a_work(
                lowercase_word_ending(bytes, before_start.saturating_sub(1)),
                before,
            ))
}

/// The lowercase word before a title (one space between), passing over a "the" or "The"
/// that stands before the title or opens it ("the musical The Greatest Showman"), with
/// where that word starts.
fn word_before_title(bytes: &[u8], start: usize) -> (&[u8], usize) {
    let start = [b"the ", b"The "]
        .iter()
        .find(|the| bytes[..start].ends_with(&the[..]))
        .map_or(start, |the| start - the.len());
    if start == 0 || bytes[start - 1] != b' ' {
        return (&[], start);
    }
    let word = lowercase_word_ending(bytes, start - 1);
    (word, start - 1 - word.len())
}

/// The run of lowercase ASCII letters and hyphens that ends at `end`.
fn lowercase_word_ending(bytes: &[u8], end: usize) -> &[u8] {
    let start = (bytes[..end].iter())
        .rposition(|b| !(b.is_ascii_lowercase() || *b == b'-'))
        .map_or(0, |i| i + 1);
    &bytes[start..end]
}

/// Past a possessive at `end` ("'s", "’s", or the apostrophe alone after a plural), if
/// one stands there.
fn after_possessive(bytes: &[u8], end: usize) -> usize {
    let rest = &bytes[end..];
    let apostrophe = [&b"'"[..], "’".as_bytes()]
        .into_iter()
        .find(|a| rest.starts_with(a))
        .map_or(0, <[u8]>::len);
    match rest[apostrophe..].first() {
        _ if apostrophe == 0 => end,
        Some(b's') => end + apostrophe + 1,
        _ => end + apostrophe,
    }
}

/// The lowercase word after `end` (one space between); empty before punctuation, a
/// capitalised word or a sign.
fn word_after(bytes: &[u8], end: usize) -> &[u8] {
    let Some(rest) = bytes[end..].strip_prefix(b" ") else {
        return &[];
    };
    let len = (rest.iter())
        .position(|b| !(b.is_ascii_lowercase() || *b == b'-'))
        .unwrap_or(rest.len());
    &rest[..len]
}
