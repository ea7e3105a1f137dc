//! "Jury Finds Dylann Roof Guilty": a heading in title case is no evidence of a name, so its
//! words are read one by one as repeats of the article's people, and "Roof" alone is found.
//! The capitalised word before it belongs to it when the two make the full name the article
//! gives elsewhere ("found Dylann Roof guilty").

use super::deferred::Deferred;
use super::{Covered, Explained, Reason, WordSet};
use crate::entities::Label;
use crate::text::ByteSpan;

/// Widens each person of one word in `out` read as a repeat to the word before it, where
/// both lie in one deferred run of `runs` (in text order) and make a full name of a person
/// in `found` or `out`.
pub(super) fn widen(text: &str, runs: &[Deferred], found: &[Explained], out: &mut [Explained]) {
    // The few candidates first: the people of the article are many.
    let mut line_found = Covered::new(found, |e| e.mention.span());
    let candidates: Vec<(usize, usize)> = (out.iter().enumerate())
        .filter(|(_, e)| e.reason == Reason::RepeatsPerson && !e.mention.text(text).contains(' '))
        .filter_map(|(k, e)| {
            let span = e.mention.span();
            let start = word_before(text, span.start)?;
            // The word before lies in the same run, or the run is a heading's, where a given
            // name that is a word of the language ("Took Down Roger Ailes") may open the run
            // before it.
            let run = run_holding(runs, span.start)
                .filter(|run| run.span.start <= start || run.heading)?
                .span;
            // A run's mentions lie together and in order: a word before that another of them
            // holds ("NASA" read as an acronym) is that mention's; so is one that a mention
            // of the line holds.
            let held = (out[..k].iter().rev())
                .map(|e| e.mention.span())
                .take_while(|s| s.start >= run.start.min(start) && s.end <= run.end)
                .any(|s| s.end > start)
                || line_found.covers(ByteSpan::new(start, start + 1));
            (!held).then_some((k, start))
        })
        .collect();
    if candidates.is_empty() {
        return;
    }
    let wanted: WordSet<&str> = (candidates.iter())
        .map(|&(k, start)| &text[start..out[k].mention.span().end])
        .collect();
    let named: WordSet<&str> = (found.iter().chain(out.iter()))
        .filter(|e| e.mention.label == Label::Person)
        .map(|e| e.mention.text(text))
        .filter(|name| wanted.contains(name))
        .collect();
    for (k, start) in candidates {
        let end = out[k].mention.span().end;
        if named.contains(&text[start..end]) {
            out[k].mention.set_span(ByteSpan::new(start, end));
        }
    }
}

/// The start of the capitalised word that ends one space before byte `at`.
fn word_before(text: &str, at: usize) -> Option<usize> {
    let before = text[..at].strip_suffix(' ')?;
    let (start, _) = (before.char_indices().rev())
        .take_while(|&(_, c)| c.is_alphabetic() || c == '-')
        .last()?;
    before[start..]
        .starts_with(char::is_uppercase)
        .then_some(start)
}

/// The run of `runs` (in text order) that holds byte `at`.
fn run_holding(runs: &[Deferred], at: usize) -> Option<&Deferred> {
    let after = runs.partition_point(|d| d.span.start <= at);
    let run = runs.get(after.checked_sub(1)?)?;
    (at < run.span.end).then_some(run)
}
