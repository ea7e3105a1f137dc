//! Ordinary English words (`assets/knowledge/words.ron`): whether a capitalised word is also
//! a word of the language, for the rules that must not take a run of such words ("Galaxy
//! Unpacked", "Grand Slam") for a person's name by its shape.
//!
//! Kept as the file's one sorted string and the start of each word in it, and searched by
//! bisection: forty thousand words cost half a megabyte this way, and the question is asked
//! only of runs no other rule could read.
//!
//! Beside them, English surnames ("Brown", "Park", "Sweeney"): a name ending in an ordinary
//! word that is one may be a person's, where one ending in another word ("Getty Images") is
//! not; and a city before one is a given name ("Sydney Sweeney").

use super::ron_str::RonStr;
use super::{GazetteerError, parse};
use serde::Deserialize;

/// The embedded word list: its file name (for errors) and text.
pub const EMBEDDED: (&str, &str) = (
    "assets/knowledge/words.ron",
    include_str!("../../../assets/knowledge/words.ron"),
);

#[derive(Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "'de: 'a"))]
struct WordsFile<'a> {
    /// One word a line, in lower case, sorted.
    words: RonStr<'a>,
    /// English surnames, in the same form.
    surnames: RonStr<'a>,
}

/// The ordinary words, and those of them that are surnames too.
#[derive(Debug, Default)]
pub(crate) struct OrdinaryWords {
    words: SortedWords,
    surnames: SortedWords,
}

impl OrdinaryWords {
    /// Reads a words file; its lists must be sorted, as the script writes them.
    pub fn parse((file, text): (&str, &str)) -> Result<Self, GazetteerError> {
        let WordsFile { words, surnames } = parse(file, text)?;
        Ok(OrdinaryWords {
            words: SortedWords::parse(file, &words)?,
            surnames: SortedWords::parse(file, &surnames)?,
        })
    }

    /// Whether `word`, in any case, is on the list ("Galaxy" and "galaxy" are; "Sweeney"
    /// is not).
    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    /// Whether `word`, in any case, is an ordinary word that is also a surname ("Brown").
    pub fn is_surname_too(&self, word: &str) -> bool {
        self.surnames.contains(word) && self.words.contains(word)
    }

    /// Whether `word`, in any case, is an English surname ("Sweeney", "Brown").
    pub fn is_surname(&self, word: &str) -> bool {
        self.surnames.contains(word)
    }
}

/// A sorted list of lowercase words.
#[derive(Debug)]
struct SortedWords {
    /// The words, one after another.
    text: String,
    /// Where each word starts in `text`, then where the last one ends: word `i` is
    /// `text[starts[i]..starts[i + 1]]`.
    starts: Vec<u32>,
}

impl Default for SortedWords {
    fn default() -> Self {
        SortedWords {
            text: String::new(),
            starts: vec![0],
        }
    }
}

impl SortedWords {
    /// Reads one list of `file`, a word a line; refuses it unless sorted.
    fn parse(file: &str, words: &str) -> Result<Self, GazetteerError> {
        let mut text = String::with_capacity(words.len());
        let mut starts = Vec::new();
        let mut previous = "";
        for word in super::knowledge::items(words) {
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
        Ok(SortedWords { text, starts })
    }

    /// Word `i` of the list, as bytes.
    fn word(&self, i: usize) -> &[u8] {
        &self.text.as_bytes()[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    /// Whether `word`, in lower case, is on the list.
    fn contains(&self, word: &str) -> bool {
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
    fn surnames_are_the_ordinary_words_people_are_named_by() {
        let words = OrdinaryWords::parse(EMBEDDED).unwrap();
        for word in ["Brown", "bush", "Park", "Grace"] {
            assert!(words.is_surname_too(word), "{word}");
        }
        for word in ["Images", "Online", "Precision", "Sweeney"] {
            assert!(!words.is_surname_too(word), "{word}");
        }
        assert!(words.is_surname("Sweeney") && words.is_surname("brown"));
        assert!(!words.is_surname("Images") && !words.is_surname("Sydney"));
    }

    #[test]
    fn an_unsorted_list_is_refused_with_its_file_and_word() {
        let err =
            OrdinaryWords::parse(("words.ron", "(words: \"\nkids\ngalaxy\n\", surnames: \"\")"))
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
