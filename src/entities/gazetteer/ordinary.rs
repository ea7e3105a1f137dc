//! Ordinary English words (`assets/knowledge/words.ron`): whether a capitalised word is also
//! a word of the language, for the rules that must not take a run of such words ("Galaxy
//! Unpacked", "Grand Slam") for a person's name by its shape.
//!
//! Kept as the file's one sorted string and the start of each word in it, and searched by
//! bisection: forty thousand words cost half a megabyte this way, and the question is asked
//! only of runs no other rule could read.

use super::{GazetteerError, parse};
use serde::Deserialize;

/// The embedded word list: its file name (for errors) and text.
pub const EMBEDDED: (&str, &str) = (
    "assets/knowledge/words.ron",
    include_str!("../../../assets/knowledge/words.ron"),
);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WordsFile {
    /// One word a line, in lower case, sorted.
    words: String,
}

/// A sorted list of lowercase words.
#[derive(Debug)]
pub(crate) struct OrdinaryWords {
    /// The words, one after another.
    text: String,
    /// Where each word starts in `text`, then where the last one ends: word `i` is
    /// `text[starts[i]..starts[i + 1]]`.
    starts: Vec<u32>,
}

impl Default for OrdinaryWords {
    fn default() -> Self {
        OrdinaryWords {
            text: String::new(),
            starts: vec![0],
        }
    }
}

impl OrdinaryWords {
    /// Reads a words file; its words must be sorted, as the script writes them.
    pub fn parse((file, text): (&str, &str)) -> Result<Self, GazetteerError> {
        let WordsFile { words } = parse(file, text)?;
        let mut text = String::with_capacity(words.len());
        let mut starts = Vec::new();
        let mut previous = "";
        for word in words.lines().map(str::trim).filter(|w| !w.is_empty()) {
            if word <= previous {
                return Err(GazetteerError::Unsorted {
                    file: file.to_string(),
                    word: word.to_string(),
                });
            }
            previous = word;
            starts.push(offset(&text));
            text.push_str(word);
        }
        starts.push(offset(&text));
        Ok(OrdinaryWords { text, starts })
    }

    /// Word `i` of the list, as bytes.
    fn word(&self, i: usize) -> &[u8] {
        &self.text.as_bytes()[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    /// Whether `word`, in lower case, is on the list ("Galaxy" and "galaxy" are; "Sweeney"
    /// is not).
    pub fn contains(&self, word: &str) -> bool {
        if word.is_empty() || !word.is_ascii() {
            return false;
        }
        // Compared in lower case byte by byte: this is asked of many words, and a lowered
        // copy of each would be an allocation.
        let lower = || word.bytes().map(|b| b.to_ascii_lowercase());
        let count = self.starts.len() - 1;
        let (mut low, mut high) = (0, count);
        while low < high {
            let middle = low + (high - low) / 2;
            match self.word(middle).iter().copied().cmp(lower()) {
                std::cmp::Ordering::Less => low = middle + 1,
                std::cmp::Ordering::Greater => high = middle,
                std::cmp::Ordering::Equal => return true,
            }
        }
        false
    }
}

/// The length of `text` as a word start (the list is far below 4 GB).
fn offset(text: &str) -> u32 {
    u32::try_from(text.len()).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_found_in_any_case_and_names_are_not() {
        let words = OrdinaryWords::parse(EMBEDDED).unwrap();
        for word in ["galaxy", "Galaxy", "KIDS", "aardvark", "zucchinis"] {
            assert!(words.contains(word), "{word}");
        }
        // A word's prefix and a word longer than it are other words.
        for word in [
            "Sweeney", "Westlaw", "", "galaxie", "galax", "galaxyy", "zzz", "café",
        ] {
            assert!(!words.contains(word), "{word}");
        }
    }

    #[test]
    fn an_unsorted_list_is_refused_with_its_file_and_word() {
        let err = OrdinaryWords::parse(("words.ron", "(words: \"\nkids\ngalaxy\n\")"))
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "words.ron: \"galaxy\" is out of order; the words must be sorted and distinct"
        );
        let err = OrdinaryWords::parse(("words.ron", "(words: [])"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("words.ron: line 1, column"), "{err}");
    }
}
