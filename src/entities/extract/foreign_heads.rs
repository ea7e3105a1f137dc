//! Names of institutions and buildings in French, Spanish, Italian, Portuguese and German,
//! which put their head word first: "Musée d’Orsay", "Fondation Louis Vuitton", "Château de
//! Versailles", "Banco Santander". English news keeps them as written; read as English, the
//! particle made a person of them ("Château de Versailles") or the head word hid the name.

use super::super::gazetteer::class;
use super::{Reason, Scan};
use crate::entities::Label;

/// The head words of [`class::FOREIGN_HEAD`] that open the names of buildings and places
/// built: palaces, castles, stadiums, theatres, stations, airports, churches, streets.
const BUILDINGS: &[&str] = &[
    "Château",
    "Palais",
    "Palacio",
    "Palazzo",
    "Palácio",
    "Schloss",
    "Castello",
    "Castillo",
    "Stade",
    "Estadio",
    "Estádio",
    "Stadio",
    "Théâtre",
    "Teatro",
    "Gare",
    "Aéroport",
    "Aeropuerto",
    "Aeroporto",
    "Piazza",
    "Rue",
    "Avenida",
    "Cathédrale",
    "Catedral",
    "Basilique",
    "Basílica",
    "Duomo",
    "Église",
    "Iglesia",
];

/// The label a head word of another language ([`class::FOREIGN_HEAD`]) gives the name it
/// opens: a building's, or else a body's.
fn label_of_head(word: &str) -> Label {
    if BUILDINGS.contains(&word) {
        Label::Fac
    } else {
        Label::Org
    }
}

/// Lowercase words that join the words of such a name: "de", "du", "des", "della", "für".
fn is_joining_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "du"
            | "des"
            | "la"
            | "le"
            | "les"
            | "del"
            | "della"
            | "delle"
            | "dei"
            | "di"
            | "do"
            | "da"
            | "dos"
            | "das"
            | "der"
            | "für"
            | "y"
    )
}

/// Capitalised words after the head that the name takes at most.
const MAX_NAME_WORDS: usize = 5;

impl Scan<'_> {
    /// A name opening at token `i` with a head word of another language, and at least one
    /// capitalised word after it, joined by particles and "d’": emitted with its head's
    /// label. Returns its end.
    pub(super) fn foreign_institution(&mut self, i: usize) -> Option<usize> {
        if !self.opens_foreign_name(i) {
            return None;
        }
        let label = label_of_head(self.word(i));
        let mut end = i + 1;
        let mut words = 0;
        while words < MAX_NAME_WORDS {
            // "Banco Rojo S.A.": a dotted legal form ends the name.
            let legal_form_end = self.dotted_company_form(end);
            if words > 0 && legal_form_end > end {
                end = legal_form_end;
                break;
            }
            let Some(word_end) = self.next_name_word(end) else {
                break;
            };
            end = word_end;
            words += 1;
        }
        if words == 0 {
            return None;
        }
        self.emit(i, end, label, Reason::ForeignHead);
        Some(end)
    }

    /// Whether token `i` is a head word of another language that no known name holds (the
    /// gazetteer reads "Banco Santander").
    pub(super) fn opens_foreign_name(&self, i: usize) -> bool {
        self.tokens[i].is_cap_word()
            && self.hit_at[i].is_none()
            && !self.in_hit[i]
            && self.classes(i) & class::FOREIGN_HEAD != 0
    }

    /// The end of the name's next capitalised word at token `at` (behind a particle or an
    /// elided "d’" if any), if the name goes on.
    fn next_name_word(&self, at: usize) -> Option<usize> {
        let token = |k: usize| self.tokens.get(k).copied();
        let capitalised = |k: usize| {
            token(k).is_some_and(|t| t.is_cap_word() && !self.claimed[k] && !self.is_stop(k))
        };
        let spaced = |k: usize| token(k).is_some_and(|t| t.space_before);
        let glued = |k: usize| token(k).is_some_and(|t| !t.space_before);
        if !spaced(at) {
            return None;
        }
        if capitalised(at) {
            return Some(self.hit_at[at].map_or(at + 1, |(end, _)| end));
        }
        let word = self.word(at);
        // "d’Orsay", "dell’Arte": an elided particle written onto the word.
        let elided = matches!(word, "d" | "dell" | "l")
            && glued(at + 1)
            && matches!(self.word(at + 1), "’" | "'")
            && glued(at + 2)
            && capitalised(at + 2);
        if elided {
            return Some(at + 3);
        }
        if !is_joining_particle(word) {
            return None;
        }
        if spaced(at + 1) && capitalised(at + 1) {
            return Some(at + 2);
        }
        // "de la Concorde": two particles.
        let two = spaced(at + 1)
            && is_joining_particle(self.word(at + 1))
            && spaced(at + 2)
            && capitalised(at + 2);
        two.then_some(at + 3)
    }

    /// Whether token `k` is a word that never continues a name ("The", "And").
    fn is_stop(&self, k: usize) -> bool {
        self.classes(k) & super::super::gazetteer::class::STOPWORD != 0
    }
}
