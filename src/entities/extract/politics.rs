//! Whether a line speaks of politics: a party's short form in capitals ("DNP", "PP") is
//! read as the party only there, since most are some other abbreviation too (a drug, a
//! unit, a company).

use super::super::token::Kind;
use super::Scan;

/// Words of elections, parliaments and parties, in lowercase: a line's words are compared
/// in lowercase ("MPs" as "mps").
const POLITICAL_WORDS: &[&str] = &[
    "ballot",
    "campaign",
    "candidate",
    "candidates",
    "coalition",
    "congress",
    "constituency",
    "election",
    "elections",
    "electoral",
    "government",
    "lawmakers",
    "leader",
    "legislators",
    "legislature",
    "manifesto",
    "minister",
    "mp",
    "mps",
    "opposition",
    "parliament",
    "parliamentary",
    "parties",
    "party",
    "political",
    "politician",
    "politicians",
    "politics",
    "polls",
    "president",
    "referendum",
    "seats",
    "senate",
    "vote",
    "voted",
    "voters",
    "votes",
];

impl Scan<'_> {
    /// Whether a word of this line is a word of politics.
    pub(super) fn line_speaks_of_politics(&self) -> bool {
        let mut lower = String::new();
        (0..self.tokens.len()).any(|k| {
            let word = self.word(k);
            if self.tokens[k].kind != Kind::Word || !(2..=13).contains(&word.len()) {
                return false;
            }
            lower.clear();
            lower.extend(word.chars().map(|c| c.to_ascii_lowercase()));
            POLITICAL_WORDS.binary_search(&lower.as_str()).is_ok()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::POLITICAL_WORDS;

    #[test]
    fn the_word_list_is_sorted_for_binary_search() {
        assert!(POLITICAL_WORDS.windows(2).all(|w| w[0] < w[1]));
    }
}
