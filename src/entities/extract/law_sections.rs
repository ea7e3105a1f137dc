//! A numbered part of a law is a law (LAW): "Section 230", "Section 8 housing", "Article 50",
//! "Title IX", "Title 42". The gazetteer lists the few the seed topic names ("Section 232");
//! the rest are read from their shape: the capitalised word and a number after it, in
//! digits (with a letter or a parenthesised clause: "Section 501(c)(3)") or, after "Title",
//! in Roman numerals. Several parts named at once are one mention: "Articles 370 and 35A",
//! "Sections 4, 5 and 7".

use super::merge::merge_by_start;
use super::{Explained, Reason};
use crate::entities::Label;
use crate::text::ByteSpan;
use memchr::memmem;

/// The words for a part of a law, with whether it is numbered in Roman numerals too.
const PARTS: &[(&str, bool)] = &[
    ("Section ", false),
    ("Article ", false),
    ("Title ", true),
    ("Sections ", false),
    ("Articles ", false),
];

/// What joins the numbers of several parts named at once.
const JOINS: &[&str] = &[", and ", " and ", ", ", " or "];

/// The numbered parts of laws in `text`: the whole part, and where its number starts.
/// Reads the text alone, so it may run beside the passes over the mentions.
pub(super) fn find_in(text: &str) -> Vec<(ByteSpan, usize)> {
    let bytes = text.as_bytes();
    let mut parts = Vec::new();
    for &(word, roman) in PARTS {
        for start in memmem::find_iter(bytes, word.as_bytes()) {
            if start > 0 && bytes[start - 1].is_ascii_alphanumeric() {
                continue;
            }
            let number = start + word.len();
            if let Some(end) = number_end(bytes, number, roman) {
                let end = if word.ends_with("s ") {
                    more_numbers_end(bytes, end, roman)
                } else {
                    end
                };
                parts.push((ByteSpan::new(start, end), number));
            }
        }
    }
    parts.sort_by_key(|(part, _)| part.start);
    parts
}

/// Marks each part of a law that [`find_in`] found and no other mention holds, replacing a
/// number read as a value ("Section 1983" is no year). `mentions` are in text order and
/// stay so.
pub(super) fn apply(parts: &[(ByteSpan, usize)], mentions: &mut Vec<Explained>) {
    let mut added = Vec::new();
    for &(part, number) in parts {
        let (start, end) = (part.start, part.end);
        let at = mentions.partition_point(|m| m.mention.span().end <= start);
        match mentions.get(at) {
            // The number alone, read as a value: the part of the law instead.
            Some(m)
                if m.mention.span().start == number
                    && m.mention.span().end == end
                    && m.mention.label.is_value() =>
            {
                mentions[at] = Explained::new(start, end, Label::Law, Reason::PartOfALaw);
            }
            Some(m) if m.mention.span().start < end => {}
            _ => added.push(Explained::new(start, end, Label::Law, Reason::PartOfALaw)),
        }
    }
    merge_by_start(mentions, added);
}

/// Where the numbers after the first of several parts end ("370 and 35A" after "Articles"):
/// each joined by a comma, "and" or "or"; `end` when none follows.
fn more_numbers_end(bytes: &[u8], mut end: usize, roman: bool) -> usize {
    loop {
        let next = JOINS.iter().find_map(|join| {
            let at = end + join.len();
            bytes[end..].starts_with(join.as_bytes()).then_some(at)?;
            number_end(bytes, at, roman)
        });
        match next {
            Some(next_end) => end = next_end,
            None => return end,
        }
    }
}

/// Where the number of a part of a law that starts at `at` ends: digits, then a letter
/// ("230A") and parenthesised clauses ("501(c)(3)"); or, when `roman`, Roman numerals in
/// capitals ("IX"). None when no number is there or a word goes on after it ("Title
/// 3rd").
fn number_end(bytes: &[u8], at: usize, roman: bool) -> Option<usize> {
    let digits = bytes[at..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let mut end = if (1..=4).contains(&digits) {
        let mut end = at + digits;
        if bytes.get(end).is_some_and(u8::is_ascii_uppercase) {
            end += 1;
        }
        while bytes.get(end) == Some(&b'(') {
            let close = (bytes[end + 1..].iter().take(5)).position(|&b| b == b')')?;
            if close == 0
                || !bytes[end + 1..end + 1 + close]
                    .iter()
                    .all(u8::is_ascii_alphanumeric)
            {
                break;
            }
            end += close + 2;
        }
        end
    } else if roman {
        let letters = (bytes[at..].iter())
            .take_while(|b| matches!(b, b'I' | b'V' | b'X'))
            .count();
        if letters == 0 {
            return None;
        }
        at + letters
    } else {
        return None;
    };
    // Only at a word's end: "Section 8-year" is no part of a law either.
    if bytes
        .get(end)
        .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return None;
    }
    // A sentence's full stop or a comma is no part of the number.
    while end > at && bytes[end - 1] == b'.' {
        end -= 1;
    }
    Some(end)
}
