//! The words of `assets/offices.ron`: which titles are offices, which are held by one person at
//! a time, the words that qualify a title, portfolio spellings, and nationality words.

use crate::factcheck::FactcheckError;
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// `assets/offices.ron` as written.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OfficesFile {
    offices: Vec<String>,
    single: Vec<String>,
    ranks: Vec<String>,
    former: Vec<String>,
    acting: Vec<String>,
    spellings: HashMap<String, String>,
    filler: Vec<String>,
    demonyms: HashMap<String, String>,
}

/// The embedded file, as written.
pub const EMBEDDED_RON: &str = include_str!("../../../assets/offices.ron");

/// What a word before a title says about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum QualifierWord {
    Rank,
    Former,
    Acting,
}

/// The office vocabulary, every word kept lower-cased for lookups that ignore case.
#[derive(Debug)]
pub struct Vocabulary {
    offices: HashSet<String>,
    single: HashSet<String>,
    qualifiers: HashMap<String, QualifierWord>,
    spellings: HashMap<String, String>,
    filler: HashSet<String>,
    demonyms: HashMap<String, String>,
}

impl Vocabulary {
    pub fn from_ron(text: &str) -> Result<Self, FactcheckError> {
        let file: OfficesFile = ron::from_str(text).map_err(|source| FactcheckError::Asset {
            file: "offices.ron",
            source,
        })?;
        let lower = |list: Vec<String>| list.into_iter().map(|w| w.to_lowercase()).collect();
        let mut qualifiers = HashMap::new();
        for (list, kind) in [
            (file.ranks, QualifierWord::Rank),
            (file.former, QualifierWord::Former),
            (file.acting, QualifierWord::Acting),
        ] {
            for word in list {
                qualifiers.insert(word.to_lowercase(), kind);
            }
        }
        Ok(Self {
            offices: lower(file.offices),
            single: lower(file.single),
            qualifiers,
            spellings: file
                .spellings
                .into_iter()
                .map(|(a, b)| (a.to_lowercase(), b.to_lowercase()))
                .collect(),
            filler: lower(file.filler),
            demonyms: file.demonyms,
        })
    }

    /// The embedded vocabulary, parsed once per process.
    pub fn embedded() -> &'static Vocabulary {
        static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
        // The embedded file is checked by a test, so failing here is a build defect.
        VOCABULARY
            .get_or_init(|| Vocabulary::from_ron(EMBEDDED_RON).expect("assets/offices.ron parses"))
    }

    /// Whether a title (any case, words joined by spaces) names a public office.
    pub fn is_office(&self, title: &str) -> bool {
        self.offices.contains(&title.to_lowercase())
    }

    /// Whether one person holds the office `title` at a time, with no portfolio.
    pub fn is_single(&self, title: &str) -> bool {
        self.single.contains(&title.to_lowercase())
    }

    /// Whether `word` ranks a title below the office ("assistant").
    pub fn is_rank(&self, word: &str) -> bool {
        self.qualifier(word) == Some(QualifierWord::Rank)
    }

    pub(super) fn qualifier(&self, word: &str) -> Option<QualifierWord> {
        self.qualifiers.get(&word.to_lowercase()).copied()
    }

    /// A portfolio word as compared: lower-cased, one spelling; `None` for filler words.
    pub fn portfolio_key(&self, word: &str) -> Option<String> {
        let lower = word.to_lowercase();
        if self.filler.contains(&lower) || lower.chars().all(|c| !c.is_alphanumeric()) {
            return None;
        }
        Some(self.spellings.get(&lower).cloned().unwrap_or(lower))
    }

    /// The country a nationality word means ("Japanese" → "Japan").
    pub fn country_of_demonym(&self, word: &str) -> Option<&str> {
        self.demonyms.get(word).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_vocabulary_parses() {
        let v = Vocabulary::from_ron(EMBEDDED_RON).expect("parses");
        assert!(v.is_office("Prime Minister") && v.is_single("prime minister"));
        assert!(!v.is_office("Mr"));
        assert_eq!(v.portfolio_key("Defense").as_deref(), Some("defence"));
        assert_eq!(v.portfolio_key("of"), None);
        assert_eq!(v.country_of_demonym("Japanese"), Some("Japan"));
    }
}
