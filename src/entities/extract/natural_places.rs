//! A natural place named by its kind, "of" and a name is one place (LOC): "Gulf of Aden",
//! "Bay of Bengal", "Sea of Azov", "Isle of Wight". The line scan reads "Gulf" and "Aden"
//! as two known names, or nothing at all where the words are unknown; this pass reads the
//! whole name from its shape once the mentions are known.

use super::merge::merge_by_start;
use super::{Explained, Reason};
use crate::entities::Label;
use crate::text::ByteSpan;
use memchr::memmem;

/// The kinds of natural place that name one by "of" and a name.
const KINDS: &[&str] = &["Bay", "Cape", "Gulf", "Isle", "Sea", "Strait", "Straits"];

/// Capitalised words of the name after "of", at most.
const LONGEST_NAME: usize = 3;

/// Marks each "<kind> of <Name>" as one place, in place of the mentions inside it, unless a
/// mention reaches outside it ("Gulf of Mexico Alliance") or already holds it whole.
/// `mentions` are in text order and stay so.
pub(super) fn find(text: &str, mentions: &mut Vec<Explained>) {
    let bytes = text.as_bytes();
    let mut places = Vec::new();
    for of in memmem::find_iter(bytes, b" of ") {
        let kind_start =
            (bytes[..of].iter().rposition(|b| !b.is_ascii_alphabetic())).map_or(0, |k| k + 1);
        if !KINDS.contains(&&text[kind_start..of]) {
            continue;
        }
        let Some(end) = name_end(bytes, of + 4) else {
            continue;
        };
        places.push(ByteSpan::new(kind_start, end));
    }
    let mut added = Vec::new();
    for place in places {
        let first = mentions.partition_point(|m| m.mention.span().end <= place.start);
        let last = mentions.partition_point(|m| m.mention.span().start < place.end);
        let inside = &mentions[first..last];
        let within = |m: &Explained| {
            m.mention.span().start >= place.start && m.mention.span().end <= place.end
        };
        if !inside.iter().all(within) || inside.iter().any(|m| m.mention.span() == place) {
            continue;
        }
        mentions.drain(first..last);
        added.push(Explained::new(
            place.start,
            place.end,
            Label::Loc,
            Reason::NaturalPlace,
        ));
    }
    merge_by_start(mentions, added);
}

/// Where the name that starts at `at` ends: one to [`LONGEST_NAME`] capitalised words
/// apart by single spaces. None when no capitalised word starts there.
fn name_end(bytes: &[u8], at: usize) -> Option<usize> {
    let mut end = None;
    let mut k = at;
    for _ in 0..LONGEST_NAME {
        if !bytes.get(k).is_some_and(u8::is_ascii_uppercase) {
            break;
        }
        let word = bytes[k..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        end = Some(k + word);
        k += word;
        if bytes.get(k) != Some(&b' ') {
            break;
        }
        k += 1;
    }
    end
}
