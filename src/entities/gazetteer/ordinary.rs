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
#[derive(Debug, Default)]
pub(crate) struct OrdinaryWords {
    text: String,
    /// Where each word starts in `text`; it ends at the next `\n`.
    starts: Vec<u32>,
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
            starts.push(u32::try_from(text.len()).unwrap_or(u32::MAX));
            text.push_str(word);
            text.push('\n');
        }
        Ok(OrdinaryWords { text, starts })
    }

    /// The word starting at byte `start` of the list.
    fn word_at(&self, start: u32) -> &str {
        let rest = &self.text[start as usize..];
        &rest[..rest.find('\n').unwrap_or(rest.len())]
    }

    /// Whether `word`, in lower case, is on the list ("Galaxy" and "galaxy" are; "Sweeney"
    /// is not).
    pub fn contains(&self, word: &str) -> bool {
        if word.is_empty() || !word.is_ascii() {
            return false;
        }
        let lower = word.to_ascii_lowercase();
        let at = self
            .starts
            .partition_point(|&start| self.word_at(start) < lower.as_str());
        self.starts
            .get(at)
            .is_some_and(|&start| self.word_at(start) == lower)
    }
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
        for word in ["Sweeney", "Westlaw", "", "galaxie", "zzz", "café"] {
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
