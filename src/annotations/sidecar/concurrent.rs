//! Edits of the same field made at the same time by two processes, combined instead of one
//! replacing the other.
//!
//! Stamps order edits, but two readers who both append to one note since they last saw the
//! file have each changed it, and the later stamp would drop the other's words. Before a save
//! stamps its changes, every note, tag list and evidence list that both this process and the
//! file changed since the base is replaced by a three-way merge of the two, so the save
//! carries both. Single-valued fields (a status, an anchor) stay with the later edit.

use std::collections::HashMap;

use crate::annotations::{AnnotationId, Annotations, Claim, Highlight, Record};

/// `ours` with each field that both `ours` and `theirs` changed since `base` merged from the
/// three. Records that are not in all three are left as they are (a new record has no
/// concurrent edit; a deletion is settled by tombstones).
pub fn combine_concurrent_edits(
    ours: &Annotations,
    base: &Annotations,
    theirs: &Annotations,
) -> Annotations {
    let base = by_id(base);
    let theirs = by_id(theirs);
    let mut changed = false;
    let records: Vec<Record> = ours
        .records()
        .map(
            |record| match (base.get(record.id()), theirs.get(record.id())) {
                (Some(b), Some(t)) => {
                    let combined = combine(record.clone(), b, t);
                    changed |= combined != record;
                    combined
                }
                _ => record,
            },
        )
        .collect();
    if !changed {
        return ours.clone();
    }
    let (article, hash) = (ours.article(), ours.text_sha256());
    Annotations::from_records(article, hash, records)
        .unwrap_or_else(|_| unreachable!("the records of one Annotations have unique ids"))
}

fn combine(ours: Record, base: &Record, theirs: &Record) -> Record {
    match (ours, base, theirs) {
        (Record::Claim(o), Record::Claim(b), Record::Claim(t)) => Record::Claim(Claim {
            note: merge_text(&b.note, &o.note, &t.note),
            tags: merge_list(&b.tags, &o.tags, &t.tags),
            evidence: merge_list(&b.evidence, &o.evidence, &t.evidence),
            ..o
        }),
        (Record::Highlight(o), Record::Highlight(b), Record::Highlight(t)) => {
            Record::Highlight(Highlight {
                note: merge_text(&b.note, &o.note, &t.note),
                tags: merge_list(&b.tags, &o.tags, &t.tags),
                ..o
            })
        }
        (ours, _, _) => ours,
    }
}

/// A three-way merge of a text: when only one side changed it, that side; when both did,
/// `base` with both sides' edits applied. Each side's edit is the one region it replaced
/// (between the longest common prefix and suffix with `base`); edits in separate regions
/// both apply, and overlapping ones become one region holding their side's text then ours,
/// so no written word is dropped.
pub fn merge_text(base: &str, ours: &str, theirs: &str) -> String {
    if ours == theirs || theirs == base {
        return ours.to_owned();
    }
    if ours == base {
        return theirs.to_owned();
    }
    let mine = Edit::between(base, ours);
    let other = Edit::between(base, theirs);
    let theirs_first = (other.start, other.end) <= (mine.start, mine.end);
    let (first, second) = if theirs_first {
        (other, mine)
    } else {
        (mine, other)
    };
    let mut merged = String::with_capacity(ours.len() + theirs.len());
    merged.push_str(&base[..first.start]);
    if first.end <= second.start {
        merged.push_str(first.inserted);
        merged.push_str(&base[first.end..second.start]);
        if first.end == second.start && !first.inserted.is_empty() {
            push_apart(&mut merged, second.inserted);
        } else {
            merged.push_str(second.inserted);
        }
        merged.push_str(&base[second.end..]);
    } else {
        // Overlapping edits: each side's text for the whole overlapped region, theirs first.
        let (start, end) = (first.start, first.end.max(second.end));
        for side in [other, mine] {
            let mut text = String::from(&base[start..side.start]);
            text.push_str(side.inserted);
            text.push_str(&base[side.end..end]);
            push_apart(&mut merged, &text);
        }
        merged.push_str(&base[end..]);
    }
    merged
}

/// Appends `text`, with a space first when it would otherwise run into the word before it:
/// two readers' words written at one place stay two words.
fn push_apart(merged: &mut String, text: &str) {
    let word_before = merged
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_whitespace());
    let word_after = text.chars().next().is_some_and(|c| !c.is_whitespace());
    if word_before && word_after {
        merged.push(' ');
    }
    merged.push_str(text);
}

/// The region `[start, end)` of a base text one side replaced with `inserted`.
#[derive(Clone, Copy)]
struct Edit<'a> {
    start: usize,
    end: usize,
    inserted: &'a str,
}

impl<'a> Edit<'a> {
    fn between(base: &str, changed: &'a str) -> Edit<'a> {
        let prefix = common_prefix(base, changed);
        let (base_rest, changed_rest) = (&base[prefix..], &changed[prefix..]);
        let suffix = common_suffix(base_rest, changed_rest);
        Edit {
            start: prefix,
            end: base.len() - suffix,
            inserted: &changed[prefix..changed.len() - suffix],
        }
    }
}

/// Bytes of the longest common prefix of `a` and `b`, on a character boundary.
fn common_prefix(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .find(|&((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i)
        .min(b.len())
}

/// Bytes of the longest common suffix of `a` and `b`, on a character boundary.
fn common_suffix(a: &str, b: &str) -> usize {
    let mut length = 0;
    for (x, y) in a.chars().rev().zip(b.chars().rev()) {
        if x != y {
            break;
        }
        length += x.len_utf8();
    }
    length
}

/// A three-way merge of a list as a set: `theirs` with what ours added since `base` and
/// without what ours removed, in `theirs`' order then ours'.
pub fn merge_list<T: Clone + PartialEq>(base: &[T], ours: &[T], theirs: &[T]) -> Vec<T> {
    if theirs == base {
        return ours.to_vec();
    }
    if ours == base {
        return theirs.to_vec();
    }
    let removed_by_us = |item: &T| base.contains(item) && !ours.contains(item);
    let removed_by_them = |item: &T| base.contains(item) && !theirs.contains(item);
    let mut merged: Vec<T> = theirs
        .iter()
        .filter(|t| !removed_by_us(t))
        .cloned()
        .collect();
    for item in ours {
        if !merged.contains(item) && !removed_by_them(item) {
            merged.push(item.clone());
        }
    }
    merged
}

fn by_id(annotations: &Annotations) -> HashMap<AnnotationId, Record> {
    let records = annotations.records();
    records.map(|r| (r.id().clone(), r)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_sided_changes_are_taken_whole() {
        assert_eq!(merge_text("a", "a b", "a"), "a b");
        assert_eq!(merge_text("a", "a", "a c"), "a c");
        assert_eq!(merge_text("a", "x", "x"), "x");
    }

    #[test]
    fn two_appends_keep_both_words() {
        assert_eq!(merge_text("w0", "w0 w1", "w0 w2"), "w0 w2 w1");
        assert_eq!(merge_text("", "w1", "w2"), "w2 w1");
    }

    #[test]
    fn edits_in_separate_places_both_apply() {
        let base = "alpha beta gamma";
        let ours = "ALPHA beta gamma";
        let theirs = "alpha beta GAMMA";
        assert_eq!(merge_text(base, ours, theirs), "ALPHA beta GAMMA");
        assert_eq!(merge_text(base, theirs, ours), "ALPHA beta GAMMA");
    }

    #[test]
    fn overlapping_edits_keep_both_sides_text() {
        let merged = merge_text("the figure is 8", "the figure is 7", "the figure is 9");
        assert!(merged.contains('7') && merged.contains('9'), "{merged}");
    }

    #[test]
    fn edits_inside_one_word_add_no_space() {
        assert_eq!(merge_text("abc", "aXbc", "abYc"), "aXbYc");
    }

    #[test]
    fn a_deletion_and_an_append_both_apply() {
        assert_eq!(merge_text("a b c", "a c", "a b c d"), "a c d");
    }

    #[test]
    fn multibyte_text_is_split_on_character_boundaries() {
        let merged = merge_text("café", "cafés", "café ’x’");
        assert!(merged.contains('s') && merged.contains("’x’"), "{merged}");
        assert_eq!(merge_text("é", "è", "ê"), "ê è");
    }

    #[test]
    fn lists_keep_both_sides_additions_and_removals() {
        let base = ["a", "b"];
        assert_eq!(
            merge_list(&base, &["a", "b", "c"], &["a", "b", "d"]),
            ["a", "b", "d", "c"]
        );
        assert_eq!(merge_list(&base, &["b"], &["a", "b", "d"]), ["b", "d"]);
        assert_eq!(merge_list(&base, &["a", "b", "c"], &["a"]), ["a", "c"]);
    }
}
