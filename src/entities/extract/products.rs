//! Products named by a head word (`heads.ron`: "iPhone", "Galaxy", "Falcon", "Windows")
//! with their maker before ("Samsung Galaxy", "SpaceX Falcon 9") or a model after ("iPhone
//! 15 Pro", "Galaxy Tab S9"). A head word alone says too little: "Office", "Surface" and
//! "Switch" are ordinary words as often.

use super::super::gazetteer::class;
use super::super::token::{Kind, Token};
use super::{Reason, Scan};
use crate::entities::Label;

/// Kinds of device written in capitals that follow a product without being part of its
/// name: "a Windows PC", "the Polaris GPU". Other capitals after a product are part of it
/// ("PlayStation VR", "Apple TV").
pub(super) const DEVICE_KINDS: &[&str] = &["PC", "PCs", "GPU", "GPUs", "CPU", "CPUs", "OS"];

/// Capitalised words a model may add after the head ("Galaxy Z Fold5 Ultra").
const MAX_MODEL_WORDS: usize = 3;

impl Scan<'_> {
    /// Marks the product starting at token `i`, if one does; returns its end.
    pub(super) fn product(&mut self, i: usize) -> Option<usize> {
        let end = self.product_end(i)?;
        // A version year was read as a date first: the product takes it back.
        let (first, last) = (self.tokens[i].start, self.tokens[end - 1].end);
        (self.found).retain(|f| f.label != Label::Date || f.end <= first || f.start >= last);
        self.emit(i, end, Label::Product, Reason::ProductHead);
        Some(end)
    }

    /// The end of the product starting at token `i` (its maker or its head word), if one
    /// does.
    #[inline]
    pub(super) fn product_end(&self, i: usize) -> Option<usize> {
        // This is asked at every token: lowercase words and punctuation are turned away
        // before the call that reads the rest.
        let t = self.tokens[i];
        if written_with_a_capital(t, self.line) {
            self.product_end_at_word(i)
        } else if t.is_word() && self.line.as_bytes()[t.end - 1] == b'S' {
            self.operating_system_end(i)
        } else {
            None
        }
    }

    /// "watchOS", "HarmonyOS 4": a word shaped like a system's name, with its version.
    #[inline(never)]
    fn operating_system_end(&self, i: usize) -> Option<usize> {
        (names_an_operating_system(self.word(i)) && !self.claimed[i]).then(|| self.model_after(i).0)
    }

    /// [`Scan::product_end`] at a word written with a capital.
    #[inline(never)]
    fn product_end_at_word(&self, i: usize) -> Option<usize> {
        if self.line.as_bytes()[self.tokens[i].end - 1] == b'S'
            && let Some(end) = self.operating_system_end(i)
        {
            return Some(end);
        }
        // "Xbox One X", "Nintendo Switch 2": a product the gazetteer knows, with its model.
        if let Some((known_end, Label::Product)) = self.hit_at[i] {
            let (end, _) = self.model_after(known_end - 1);
            let end = self.version_year_after(end).unwrap_or(end);
            return (end > known_end).then_some(end);
        }
        let made_by = matches!(self.hit_at[i], Some((end, Label::Org)) if end == i + 1)
            && self.tokens.get(i + 1).is_some_and(|t| t.space_before)
            && self.is_product_head(i + 1);
        let head = if made_by {
            i + 1
        } else if self.is_product_head(i) {
            i
        } else {
            return None;
        };
        let (end, numbered) = self.model_after(head);
        let event = end > head + 1 && names_an_event_after_a_head(self.word(end - 1));
        (numbered || (made_by && !event)).then_some(end)
    }

    /// "Windows 2000", "Office 2016": a year right after a product the gazetteer knows is
    /// its version, not a date. Returns the product's end with the year.
    fn version_year_after(&self, end: usize) -> Option<usize> {
        let t = *self.tokens.get(end)?;
        let year = t.kind == Kind::Number && t.space_before && t.end - t.start == 4;
        let dated = (self.found.iter())
            .any(|f| f.label == Label::Date && f.start == t.start && f.end == t.end);
        (year && dated).then_some(end + 1)
    }

    /// Whether token `k` is an unread product head word: capitalised, or written "iPhone".
    fn is_product_head(&self, k: usize) -> bool {
        let Some(t) = self.tokens.get(k) else {
            return false;
        };
        if !written_with_a_capital(*t, self.line) || self.classes(k) & class::PRODUCT_HEAD == 0 {
            return false;
        }
        let alone = match self.hit_at[k] {
            Some((end, _)) => end == k + 1,
            None => !self.in_hit[k],
        };
        alone && !self.claimed[k]
    }

    /// The token after a hyphen at `j` written onto the tokens on both its sides ("-9" of
    /// "787-9"): a model's variant, whatever its caller asks of it.
    fn hyphen_joined(&self, j: usize) -> Option<Token> {
        let joined = self.word(j) == "-" && !self.tokens[j].space_before;
        let after = *self.tokens.get(j + 1)?;
        (joined && !after.space_before).then_some(after)
    }

    /// Where the model after the head word at `head` ends, and whether it holds a number
    /// ("15", "S9", "Fold5"): model numbers and up to three capitalised words, each after a
    /// space, none read by another rule. A year is no model number.
    fn model_after(&self, head: usize) -> (usize, bool) {
        let mut j = head + 1;
        let mut numbered = false;
        let mut words = 0;
        while let Some(t) = self.tokens.get(j) {
            if !t.space_before || self.claimed[j] {
                break;
            }
            let text = t.text(self.line);
            let model_number = match t.kind {
                Kind::Number => is_model_number(text) || is_version(text),
                Kind::Word => {
                    text.bytes().any(|b| b.is_ascii_digit())
                        && text.chars().next().is_some_and(char::is_alphabetic)
                }
                _ => false,
            };
            let model_word = t.is_cap_word()
                && words < MAX_MODEL_WORDS
                && self.hit_at[j].is_none()
                && !self.in_hit[j]
                && self.classes(j) & class::NOT_IN_NAME == 0
                // "a Windows PC": the kind of device in capitals ends the model.
                && !DEVICE_KINDS.contains(&text);
            if model_number {
                numbered = true;
            } else if model_word {
                words += 1;
            } else {
                break;
            }
            j += 1;
            // "A350-900", "787-9": a variant's number joined by a hyphen.
            let variant = self.hyphen_joined(j).is_some_and(|v| {
                v.kind == Kind::Number || v.text(self.line).bytes().any(|b| b.is_ascii_digit())
            });
            if model_number && variant {
                j += 2;
            }
            // "5500M", "9900K", "3080Ti": a short suffix written onto the number.
            let suffix = (self.tokens.get(j)).is_some_and(|t| {
                t.kind == Kind::Word && !t.space_before && t.cap && t.end - t.start <= 2
            });
            if model_number && self.tokens[j - 1].kind == Kind::Number && suffix {
                j += 1;
            }
        }
        (j, numbered)
    }
}

/// Whether `word`, after a product's head word, makes the name an event's: a participle
/// ("Samsung Galaxy Unpacked").
pub(super) fn names_an_event_after_a_head(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed")
}

/// Whether `word` is a lowercase word for made things that a model's number or code names
/// ("the 737 Max jet", "A330neo jets").
fn is_made_thing(word: &str) -> bool {
    matches!(
        word,
        "jet"
            | "jets"
            | "jetliner"
            | "jetliners"
            | "airliner"
            | "airliners"
            | "aircraft"
            | "plane"
            | "planes"
            | "fighter"
            | "fighters"
            | "bomber"
            | "bombers"
            | "drone"
            | "drones"
            | "helicopter"
            | "helicopters"
            | "capsule"
            | "rocket"
            | "rockets"
            | "missile"
            | "missiles"
            | "tank"
            | "tanks"
            | "sedan"
            | "truck"
            | "trucks"
            | "pickup"
            | "phone"
            | "phones"
            | "smartphone"
            | "smartphones"
            | "laptop"
            | "laptops"
            | "tablet"
            | "tablets"
            | "chip"
            | "chips"
            | "processor"
            | "processors"
            | "engine"
            | "engines"
            | "console"
            | "consoles"
    )
}

impl Scan<'_> {
    /// "the 737 Max jet", "A330neo jets", "the 787-9 Dreamliner": a model's number or code,
    /// with up to two capitalised words, named by a word for made things after it or by a
    /// product the gazetteer knows. Marks it and returns its end. A count before such a word
    /// is none ("30 jets", "100 Boeing aircraft"): a bare number needs a capitalised word or
    /// a known product after it.
    pub(super) fn model_of_made_thing(&mut self, i: usize) -> Option<usize> {
        // This is asked at every token: the kind and length first.
        let t = self.tokens[i];
        let digits_first = t.kind == Kind::Number && (3..=4).contains(&(t.end - t.start));
        let code_like = t.cap && t.kind == Kind::Word && t.end - t.start >= 4;
        if !(digits_first || code_like) || self.claimed[i] || self.in_hit[i] {
            return None;
        }
        let text = t.text(self.line);
        let code = code_like && super::abbreviations::is_model_code(text);
        if !(code || digits_first && is_model_number(text)) {
            return None;
        }
        // "787-9", "777X": a variant joined to the number.
        let mut j = i + 1;
        if self
            .hyphen_joined(j)
            .is_some_and(|v| v.kind == Kind::Number)
        {
            j += 2;
        } else if self
            .tokens
            .get(j)
            .is_some_and(|v| !v.space_before && v.is_cap_word())
        {
            j += 1;
        }
        let mut words = 0;
        let mut known_product = false;
        while let Some(w) = self.tokens.get(j) {
            if !w.space_before || self.claimed[j] {
                break;
            }
            if let Some((end, Label::Product)) = self.hit_at[j] {
                known_product = true;
                j = end;
                break;
            }
            let plain = w.is_cap_word() && self.hit_at[j].is_none() && !self.in_hit[j];
            if !plain || words == 2 || self.classes(j) & class::NOT_IN_NAME != 0 {
                break;
            }
            words += 1;
            j += 1;
        }
        if !known_product {
            // A bare number before the word is a count.
            let model = code || words > 0 || j > i + 1;
            let kind_after = || {
                (self.tokens.get(j)).is_some_and(|k| k.is_word() && !k.cap && k.space_before)
                    && is_made_thing(self.word(j))
            };
            if !model || !kind_after() {
                return None;
            }
        }
        // The known product is read again, with its number.
        let (first, last) = (self.tokens[i].start, self.tokens[j - 1].end);
        (self.found).retain(|f| f.end <= first || f.start >= last);
        self.emit(i, j, Label::Product, Reason::ModelNumber);
        Some(j)
    }
}

/// Whether `t` is a word with a capital first or second ("Galaxy", "iPhone").
fn written_with_a_capital(t: Token, line: &str) -> bool {
    let second_capital =
        || t.end - t.start > 1 && line.as_bytes()[t.start + 1].is_ascii_uppercase();
    t.is_word() && (t.cap || second_capital())
}

/// Whether `word` is shaped like the name of an operating system: letters, then "OS" written
/// onto a lowercase letter ("watchOS", "macOS", "webOS", "HarmonyOS"); not "DOS" or "iOS"
/// (listed).
fn names_an_operating_system(word: &str) -> bool {
    let Some(stem) = word.strip_suffix("OS") else {
        return false;
    };
    stem.len() >= 2
        && stem.bytes().all(|b| b.is_ascii_alphabetic())
        && stem.ends_with(|c: char| c.is_ascii_lowercase())
}

/// A version written with points after a product: "iOS 8.2", "Windows 8.1", "Android
/// 10.0.1".
fn is_version(digits: &str) -> bool {
    let parts: Vec<&str> = digits.split('.').collect();
    (2..=3).contains(&parts.len())
        && (parts.iter())
            .all(|part| (1..=2).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()))
}

/// Digits that can number a model: up to four, and no year ("Galaxy 2023" is a date).
fn is_model_number(digits: &str) -> bool {
    let Ok(n) = digits.parse::<u32>() else {
        return false;
    };
    digits.len() <= 4 && !(1900..=2100).contains(&n)
}
