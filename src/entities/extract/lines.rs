//! The line pass of [`super::extract_inner`], on all cores for a long article.
//!
//! Lines are read independently except for one thing: a one-word organisation that repeats
//! a person named on an earlier line becomes that person ([`ArticleState::is_person`]).
//! (Other rules that turn on the article's people are settled after the scan, from all of
//! them: [`super::people_cues`].) A long text is cut at line ends into one chunk per core;
//! each chunk is scanned with its own [`ArticleState`], and the states are joined in text
//! order (people's words and acronyms are only ever added, deferred runs are appended). The
//! answers a chunk could not know are put right afterwards: its one-word organisations whose
//! word an earlier chunk named as a person become that person, which changes only their
//! label, as the same words are claimed either way. In the one case where a label was read
//! on (an acronym defined after such a name) the chunk is scanned again from the joined
//! state. The result is exactly the one-thread result.

use super::{ArticleState, Explained, Reason, Work, is_heading, list_lines, scan_line, site_name};
use crate::entities::Label;
use crate::entities::gazetteer::Gazetteer;
use std::sync::OnceLock;

/// How a text is cut into chunks, each done on its own thread.
#[derive(Clone, Copy, Debug)]
pub(super) struct Chunking {
    /// Bytes below which a chunk is not worth a thread.
    pub min: usize,
    /// Chunks at most.
    pub parts: usize,
}

impl Chunking {
    /// One chunk per core, of 256 KB at least. The cores are asked once: the answer reads
    /// the control group's files, and a corpus asks it once per article.
    pub fn for_cores() -> Self {
        static CORES: OnceLock<usize> = OnceLock::new();
        let parts =
            *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
        Chunking {
            min: 256 * 1024,
            parts,
        }
    }
}

/// Scans every line of `text`, in chunks on threads as `chunking` says, returning the
/// mentions in text order and the article state the lines built.
pub(super) fn scan_lines(
    text: &str,
    g: &Gazetteer,
    chunking: Chunking,
) -> (Vec<Explained>, ArticleState) {
    let scanned = on_chunks(text, chunking, |start, piece| {
        scan_chunk(text, start, start + piece.len(), g, ArticleState::default())
    });
    // Room for every chunk's mentions at once, so joining them copies each only once.
    let total: usize = scanned.iter().map(|(_, (found, _))| found.len()).sum();
    let mut scanned = scanned.into_iter();
    let Some((_, (mut mentions, mut state))) = scanned.next() else {
        return (Vec::new(), ArticleState::default());
    };
    mentions.reserve_exact(total - mentions.len());
    for ((start, end), (mut found, chunk_state)) in scanned {
        if repeat_earlier_persons(text, &state, &chunk_state, &mut found) {
            state.absorb(chunk_state);
        } else {
            let rescanned;
            (found, rescanned) = scan_chunk(text, start, end, g, state);
            state = rescanned;
        }
        mentions.extend(found);
    }
    state.asked = Vec::new();
    (mentions, state)
}

/// Makes the one-word organisations of a chunk that repeat a person of the `earlier` chunks
/// that person, as a scan in order would have ("Rollins" after "Brooke Rollins"). Returns
/// false, changing nothing, when an acronym was read from such a name ("Rollins (RI)"): its
/// label would change too, so the chunk must be scanned again.
fn repeat_earlier_persons(
    text: &str,
    earlier: &ArticleState,
    chunk: &ArticleState,
    found: &mut [Explained],
) -> bool {
    let mut repeats = Vec::new();
    for span in chunk
        .asked
        .iter()
        .filter(|span| earlier.persons.contains(span.slice(text)))
    {
        let Ok(at) = found.binary_search_by_key(&span.start, |m| m.mention.span().start) else {
            continue;
        };
        if found
            .get(at + 1)
            .is_some_and(|next| next.reason == Reason::Acronym)
        {
            return false;
        }
        repeats.push(at);
    }
    for at in repeats {
        found[at].mention.label = Label::Person;
        found[at].reason = Reason::RepeatsPerson;
    }
    true
}

/// `work(start, chunk)` on each chunk of `text` (cut at line ends as `chunking` says), each
/// on its own thread; each chunk's byte range and result, in text order.
pub(super) fn on_chunks<T: Send>(
    text: &str,
    chunking: Chunking,
    work: impl Fn(usize, &str) -> T + Sync,
) -> Vec<((usize, usize), T)> {
    let starts = chunk_starts(text, chunking.min, chunking.parts);
    let ends = starts[1..].iter().copied().chain([text.len()]);
    let ranges: Vec<(usize, usize)> = starts.iter().copied().zip(ends).collect();
    let run = |&(start, end): &(usize, usize)| ((start, end), work(start, &text[start..end]));
    if let [only] = &ranges[..] {
        return vec![run(only)];
    }
    let run = &run;
    std::thread::scope(|scope| {
        let handles: Vec<_> = ranges[1..]
            .iter()
            .map(|range| scope.spawn(move || run(range)))
            .collect();
        let first = run(&ranges[0]);
        std::iter::once(first)
            .chain(handles.into_iter().map(|h| match h.join() {
                Ok(done) => done,
                Err(panic) => std::panic::resume_unwind(panic),
            }))
            .collect()
    })
}

/// Where each chunk starts: 0, then line starts about `len / parts` apart, no chunk shorter
/// than `min_chunk`.
fn chunk_starts(text: &str, min_chunk: usize, parts: usize) -> Vec<usize> {
    let size = (text.len() / parts.max(1)).max(min_chunk.max(1));
    let mut starts = vec![0];
    let mut at = size;
    while at < text.len() {
        let Some(newline) = text.as_bytes()[at..].iter().position(|&b| b == b'\n') else {
            break;
        };
        let start = at + newline + 1;
        if text.len() - start < min_chunk / 2 {
            break;
        }
        starts.push(start);
        at = start + size;
    }
    starts
}

/// The lines of `text[start..end]` (`start` opens a line, `end` closes one), continuing from
/// `state`.
fn scan_chunk(
    text: &str,
    start: usize,
    end: usize,
    g: &Gazetteer,
    mut state: ArticleState,
) -> (Vec<Explained>, ArticleState) {
    let mut work = Work::default();
    let mut mentions = Vec::new();
    let mut base = start;
    // The article's first line is its title, which may end in the site's name.
    let mut title_line = start == 0;
    for line in text[start..end].split('\n') {
        let trimmed = line.trim_end_matches(['\r', ' ', '\t']);
        if !trimmed.is_empty() {
            let site = title_line
                .then(|| site_name::after_title(trimmed, g))
                .flatten();
            title_line = false;
            let scanned = site.map_or(trimmed, |site| &trimmed[..site.title_end]);
            // A title before a site's name is a heading even when it ends in "?".
            let heading = is_heading(trimmed)
                && !list_lines::is_dated_entry(trimmed, g)
                && !list_lines::is_list_item(text, base)
                && !list_lines::is_signature(trimmed);
            scan_line(
                g,
                scanned,
                heading,
                base,
                &mut work,
                &mut state,
                &mut mentions,
            );
            if let Some(site) = site {
                mentions.push(Explained::new(
                    base + site.start,
                    base + site.end,
                    Label::Org,
                    Reason::SiteName,
                ));
            }
        }
        base += line.len() + 1;
    }
    (mentions, state)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::indexing::gazetteer;
    use crate::entities::extract::people_cues;

    /// What the lines of `text` give when cut into `parts` chunks, with the names that turn on
    /// the article's people settled: the mentions, the people's words (sorted), the acronyms
    /// (sorted) and the deferred spans.
    type Scanned = (
        Vec<Explained>,
        Vec<String>,
        Vec<(String, Label)>,
        Vec<crate::text::ByteSpan>,
    );

    fn scanned(text: &str, parts: usize) -> Scanned {
        let (mut mentions, state) = scan_lines(text, gazetteer(), Chunking { min: 1, parts });
        people_cues::settle(text, &state.persons, &state.people_cues, &mut mentions);
        let mut persons: Vec<String> = state.persons.into_iter().collect();
        persons.sort();
        let mut acronyms: Vec<(String, Label)> = state.acronyms.into_iter().collect();
        acronyms.sort();
        let deferred = state.deferred.iter().map(|d| d.span).collect();
        (mentions, persons, acronyms, deferred)
    }

    fn assert_chunks_change_nothing(text: &str) {
        let one = scanned(text, 1);
        for parts in [2, 3, 7, 40] {
            assert_eq!(scanned(text, parts), one, "{parts} chunks");
        }
    }

    #[test]
    fn chunked_scans_of_the_seeds_and_fixtures_equal_the_one_thread_scan() {
        let mut texts: Vec<String> = Vec::new();
        for dir in ["seeds", "tests/fixtures/corpus"] {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
            for entry in std::fs::read_dir(dir).expect("the folder is in the repository") {
                let path = entry.expect("a readable entry").path();
                if path.extension().is_some_and(|e| e == "txt") {
                    texts.push(std::fs::read_to_string(&path).expect("a readable text"));
                }
            }
        }
        assert!(texts.len() >= 5);
        for text in &texts {
            assert_chunks_change_nothing(text);
        }
        // One text of them all: names of one article repeat in the next.
        assert_chunks_change_nothing(&texts.join("\n\n"));
    }

    #[test]
    fn a_surname_known_from_an_earlier_chunk_is_that_person() {
        let text = "As talks went on, Agriculture Secretary Rollins spoke.\n\n\
                    Trade talks went on.\n\nRollins said the deal was near.\n";
        let one = scanned(text, 1);
        let rollins = text.rfind("Rollins").expect("in the text");
        assert!(
            one.0.iter().any(|m| m.mention.span().start == rollins
                && m.mention.label == Label::Person
                && m.reason == Reason::RepeatsPerson),
            "{:?}",
            one.0
        );
        assert_chunks_change_nothing(text);
    }

    /// Asserts that the one-thread scan of `text` gives the mention at `word`'s last
    /// occurrence `label`, and that every cut into chunks gives the same.
    fn assert_last_is(text: &str, word: &str, label: Label) {
        let one = scanned(text, 1);
        let at = text.rfind(word).expect("in the text");
        assert!(
            one.0
                .iter()
                .any(|m| m.mention.span().start == at && m.mention.label == label),
            "{word} is not {label:?}: {:?}",
            one.0
        );
        assert_chunks_change_nothing(text);
    }

    #[test]
    fn a_person_of_an_earlier_chunk_before_a_bodys_abbreviation_is_no_part_of_its_name() {
        let text = "Donald Trump spoke on Monday.\n\nTrade talks went on.\n\n\
                    The Trump FCC voted.\n";
        assert_last_is(text, "Trump", Label::Person);
    }

    #[test]
    fn the_staff_of_a_person_of_an_earlier_chunk_speak_for_the_person() {
        let text = "Boris Johnson spoke on Monday.\n\nTrade talks went on.\n\n\
                    A spokesman for Johnson said no.\n";
        assert_last_is(text, "Johnson", Label::Person);
    }

    #[test]
    fn an_acronym_read_from_a_surname_of_an_earlier_chunk_takes_the_persons_label() {
        let text = "As talks went on, Agriculture Secretary Rollins spoke.\n\n\
                    Trade talks went on.\n\nRollins (RI) said the deal was near.\n";
        assert_chunks_change_nothing(text);
    }
}
