//! A natural place named by its kind, "of" and a name is one place (LOC): "Gulf of Aden",
//! "Bay of Bengal", "Sea of Azov", "Isle of Wight". The line scan reads "Gulf" and "Aden"
//! as two known names, or nothing at all where the words are unknown; this pass reads the
//! whole name from its shape once the mentions are known.

use super::merge::{merge_by_start, replace_runs};
use super::{Explained, Reason};
use crate::entities::Label;
use crate::text::ByteSpan;
use memchr::memmem;

/// The kinds of natural place that name one by "of" and a name.
const KINDS: &[&str] = &["Bay", "Cape", "Gulf", "Isle", "Sea", "Strait", "Straits"];

/// Capitalised words of the name after "of", at most.
const LONGEST_NAME: usize = 3;

/// Each "<kind> of <Name>" of `text`. Reads the text alone, so it may run beside the passes
/// over the mentions.
pub(super) fn find_in(text: &str) -> Vec<ByteSpan> {
    let bytes = text.as_bytes();
    let mut places = Vec::new();
    for of in memmem::find_iter(bytes, b" of ") {
        let kind_start =
            (bytes[..of].iter().rposition(|b| !b.is_ascii_alphabetic())).map_or(0, |k| k + 1);
        if !KINDS.contains(&&text[kind_start..of]) {
            continue;
        }
        if let Some(end) = name_end(bytes, of + 4) {
            places.push(ByteSpan::new(kind_start, end));
        }
    }
    places
}

/// Marks each place that [`find_in`] found as one place, in place of the mentions inside
/// it, unless a mention reaches outside it ("Gulf of Mexico Alliance") or already holds it
/// whole. `mentions` are in text order and stay so.
pub(super) fn apply(places: &[ByteSpan], mentions: &mut Vec<Explained>) {
    let mut added = Vec::new();
    let mut joined = Vec::new();
    for &place in places {
        let first = mentions.partition_point(|m| m.mention.span().end <= place.start);
        let last = mentions.partition_point(|m| m.mention.span().start < place.end);
        let inside = &mentions[first..last];
        let within = |m: &Explained| {
            m.mention.span().start >= place.start && m.mention.span().end <= place.end
        };
        if !inside.iter().all(within) || inside.iter().any(|m| m.mention.span() == place) {
            continue;
        }
        let joined_place = Explained::new(place.start, place.end, Label::Loc, Reason::NaturalPlace);
        if first == last {
            added.push(joined_place);
        } else {
            joined.push((first..last, joined_place));
        }
    }
    replace_runs(mentions, &joined);
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
