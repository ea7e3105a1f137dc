//! Datelines: "BERLIN —", "WASHINGTON (Reuters) -", "NEW YORK, March 3 (AP) —", "NEW
//! DELHI:". A place written in capitals that opens a paragraph, before a dash, a bracket, a
//! comma and then a dash, or a colon when the place is known, is where the story was filed:
//! a GPE.

use super::super::gazetteer::class;
use super::super::token::Kind;
use super::{Reason, Scan};
use crate::entities::Label;

/// At most this many words make a dateline's place ("RIO DE JANEIRO").
const MAX_PLACE_WORDS: usize = 3;
/// A comma after the place must be followed by a dash or a bracket within this many tokens.
const COMMA_REACH: usize = 8;

impl Scan<'_> {
    /// Marks the paragraph's dateline place, if it opens with one.
    pub(super) fn dateline(&mut self) {
        let mut end = 0;
        while end < self.tokens.len().min(MAX_PLACE_WORDS) && self.capitals_word(end) {
            end += 1;
        }
        let letters: usize = (0..end).map(|k| self.word(k).chars().count()).sum();
        // Short capitals are acronyms ("UK", "EU"); a known name keeps its own label.
        if end == 0 || letters < 4 || (0..end).any(|k| self.in_hit[k] || self.claimed[k]) {
            return;
        }
        // "MUMBAI" on a line of its own, as pages print the dateline's place above it: a
        // place the gazetteer knows.
        if end == self.tokens.len() && self.known_place_in_capitals(end) {
            self.emit(0, end, Label::Gpe, Reason::Dateline);
            return;
        }
        if self.heading {
            return;
        }
        let dash = |text: &str| matches!(text, "—" | "–" | "-" | "(");
        let filed = match self.word(end) {
            "," => (end + 1..(end + 1 + COMMA_REACH).min(self.tokens.len()))
                .any(|k| self.tokens[k].kind == Kind::Punct && dash(self.word(k))),
            // "NEW DELHI:": a colon files a story too, from a place the gazetteer knows
            // ("NOTE:", "FACT CHECK:" are no places).
            ":" => self.known_place_in_capitals(end),
            next => dash(next),
        };
        if filed && end + 1 < self.tokens.len() && !self.is_notice(end) {
            self.emit(0, end, Label::Gpe, Reason::Dateline);
        }
    }

    /// Whether the words before token `end`, in capitals, name a place the gazetteer knows
    /// in title case ("NEW DELHI" → "New Delhi").
    fn known_place_in_capitals(&self, end: usize) -> bool {
        let words: Vec<String> = (0..end)
            .map(|k| {
                let word = self.word(k);
                let mut chars = word.chars();
                chars.next().map_or(String::new(), |first| {
                    first.to_string() + &chars.as_str().to_lowercase()
                })
            })
            .collect();
        matches!(self.g.lookup(&words.join(" ")), Some((Label::Gpe, _)))
    }

    /// A word in capitals only (hyphens and full stops allowed: "WINSTON-SALEM", "ST.").
    fn capitals_word(&self, k: usize) -> bool {
        let t = self.tokens[k];
        let word = self.word(k);
        t.is_word()
            && word.chars().any(char::is_alphabetic)
            && word
                .chars()
                .all(|c| c.is_uppercase() || c == '-' || c == '.' || !c.is_alphabetic())
            && word.chars().all(|c| !c.is_numeric())
    }

    /// "BREAKING —", "UPDATE —", "WORLD —": a newsroom word or a lone generic word in
    /// capitals, not a place.
    fn is_notice(&self, end: usize) -> bool {
        let blocked = if end == 1 {
            class::STOPWORD | class::GENERIC
        } else {
            class::STOPWORD
        };
        (0..end).any(|k| {
            let word = self.word(k);
            let mut title = String::with_capacity(word.len());
            for (i, c) in word.chars().enumerate() {
                if i == 0 {
                    title.extend(c.to_uppercase());
                } else {
                    title.extend(c.to_lowercase());
                }
            }
            self.g.classes(&title) & blocked != 0
        })
    }
}
