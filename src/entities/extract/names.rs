//! Names on one line: runs of capitalised words ("chunks") read with the hits inside them and
//! the words around them.
//!
//! A chunk is a run of capitalised words and gazetteer hits, joined by single spaces, by
//! hyphens or "&", by "of" ("Bank of Japan") and by name particles ("von der"); after
//! "Ministry of" also by commas and "and" ("Ministry of Economy, Trade, and Industry").
//! Each chunk is read in this order:
//! 1. leading function words ("The", "But") are dropped: they never start a name;
//! 2. a chunk that is one hit takes the hit's label;
//! 3. a title splits it: what precedes is read again, the portfolio ("of Defense") is
//!    skipped, the capitalised words after it are a PERSON ("Minister Ryosei Akazawa");
//! 4. outside headings, "X of Y" with an organisation head is an ORG, and a chunk ending in
//!    a suffix word is an ORG, LAW, EVENT or FAC ("... Association", "... Act");
//! 5. otherwise the hits are marked and the words between them need evidence: a given name
//!    first, a verb of saying after, a lowercase title before, a leader context after
//!    ("Trump administration"), or an acronym in parentheses after a name. Words without
//!    evidence are deferred to the end of the article.

use super::super::gazetteer::{Gazetteer, class};
use super::super::token::Kind;
use super::deferred::ordinary_words_only;
use super::{Reason, Scan};
use crate::entities::Label;
use crate::text::ByteSpan;

/// At most this many words make a person's name.
const MAX_NAME_WORDS: usize = 4;

/// Titles written abbreviated, whose full stop belongs to them ("Mr. Li", "Sen. Warren"). A
/// full stop after a title written in full ends the sentence: "said Ms. King. Inflation
/// slowed" has no person "Inflation".
const TITLE_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Cmdr",
    "Adm", "Sgt", "Maj", "Rev", "Fr", "St", "Pres", "Amb", "Hon", "Supt", "Insp", "Cpl", "Pvt",
    "Brig", "Det", "Messrs", "Mme", "Mlle", "Msgr", "Atty",
];

/// "Jr", "Sr": a suffix whose full stop belongs to the name it ends ("Kelly Oubre Jr.").
pub(super) fn is_generational_suffix(word: &str) -> bool {
    matches!(word, "Jr" | "Sr")
}

/// Titles always followed by a name, even one that is also a title word ("Ms. King").
const HONORIFICS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Messrs", "Mme", "Mlle",
];

/// Whether `word` is a given name that is also a common word, which the given-name list
/// leaves out: inside a sentence and before a capitalised word it starts a name ("Will
/// Smith", "May Mobley"). A match: it is asked of most capitalised words.
fn is_word_given_name(word: &str) -> bool {
    matches!(
        word,
        "Will"
            | "May"
            | "Hope"
            | "Grace"
            | "June"
            | "Faith"
            | "Joy"
            | "Rose"
            | "Bill"
            | "Mark"
            | "Pat"
            | "Harry"
            | "Frank"
            | "Jack"
            | "Gene"
            | "Sue"
            | "Dawn"
            | "Bob"
            | "Hank"
            | "Chuck"
            | "Penny"
            | "Robin"
            | "Heather"
            | "Sally"
            | "Ginger"
            | "Holly"
            | "Ivy"
    )
}

/// Whether `word` joins an organisation's head to what it is for: "Institute for Fiscal
/// Studies", "Council on Foreign Relations".
fn is_for(word: &str) -> bool {
    matches!(word, "for" | "on")
}

/// The label of the names a lowercase word of their kind follows ("Likud party", "Vulture
/// magazine", "Tuva region"). A match, not a list: it is asked after most names.
fn label_of_kind(word: &str) -> Option<Label> {
    match word {
        "party" | "parties" | "magazine" | "newspaper" | "tabloid" | "website" | "broadcaster"
        | "network" | "militia" | "startup" | "brand" | "label" | "studio" | "band" | "airline" => {
            Some(Label::Org)
        }
        "region" | "province" | "prefecture" | "district" | "oblast" => Some(Label::Gpe),
        // Craft and software named by their maker's word for them: "the Cassini spacecraft",
        // "the Photos app". Not "probe" (an inquiry) nor "drug" and "vaccine" (named after
        // the illness as often as the product).
        "spacecraft" | "rover" | "lander" | "telescope" | "satellite" | "satellites" | "rocket"
        | "rockets" | "helicopter" | "helicopters" | "app" | "apps" | "browser" | "console"
        | "smartphone" | "chatbot" | "capsule" | "laptop" | "laptops" | "tablet" | "headset"
        | "processor" | "processors" => Some(Label::Product),
        _ => None,
    }
}

/// What the holder of a title opening with `word` holds office in: "CEO of Vidyard" of a
/// company, "Governor of Tuva" of a place. None where it may be either ("President").
fn office_of(word: &str) -> Option<Label> {
    match word {
        "CEO" | "CFO" | "COO" | "CTO" | "Founder" | "Chairman" | "Chairwoman" | "Chairperson" => {
            Some(Label::Org)
        }
        "Mayor" | "Governor" => Some(Label::Gpe),
        _ => None,
    }
}

/// Whether `word` is a word for a kind of company that opens a sentence before its name
/// ("Retailer Target cut its forecast", "Chipmaker Nvidia rose"), no part of the name: none
/// opens a name itself.
fn is_opening_company_word(word: &str) -> bool {
    matches!(
        word,
        "Retailer"
            | "Carmaker"
            | "Automaker"
            | "Chipmaker"
            | "Drugmaker"
            | "Steelmaker"
            | "Planemaker"
            | "Shipbuilder"
            | "Insurer"
            | "Lender"
            | "Conglomerate"
            | "Miner"
            | "Refiner"
            | "Brokerage"
    )
}

/// Whether `word` is a word of the language or one who does it: "Writer", "Commenter".
fn is_role_word(g: &Gazetteer, word: &str) -> bool {
    g.is_ordinary_word(word)
        || word
            .strip_suffix("er")
            .is_some_and(|stem| g.is_ordinary_word(stem) || g.is_ordinary_word(&format!("{stem}e")))
}

/// Whether `word` (whose word classes are `classes`) is a given name: a listed one, or one
/// of the common words above.
pub(super) fn is_given_name(classes: u32, word: &str) -> bool {
    classes & class::GIVEN != 0 || is_word_given_name(word)
}

/// The label a suffix word gives the name it ends, by its word `classes`.
fn suffix_label(classes: u32) -> Label {
    if classes & class::LAW_SUFFIX != 0 {
        Label::Law
    } else if classes & class::EVENT_SUFFIX != 0 {
        Label::Event
    } else if classes & class::FAC_SUFFIX != 0 {
        Label::Fac
    } else if classes & class::LOC_SUFFIX != 0 {
        Label::Loc
    } else {
        Label::Org
    }
}

/// A chunk ends after this many tokens, so odd input ("President President ...") cannot
/// make the recursive reading deep or slow.
const MAX_CHUNK_TOKENS: usize = 40;

impl Scan<'_> {
    /// Finds the names of the line.
    pub(super) fn find_names(&mut self) {
        let mut i = 0;
        while i < self.tokens.len() {
            let found = (self.nicknamed_person(i))
                .or_else(|| self.product(i))
                .or_else(|| self.model_of_made_thing(i));
            if let Some(end) = found {
                i = end;
            } else if self.starts_unit(i) {
                if let Some(end) = self.web_address(i).or_else(|| self.foreign_institution(i)) {
                    i = end;
                    continue;
                }
                let mut end = self.chunk_end(i, true);
                // "A SpaceX Falcon 9": a product inside a chunk starts the next one, as does
                // a head word of another language ("Friends of the Musée Guimet").
                if let Some(next) = (i + 1..end)
                    .find(|&k| self.product_end(k).is_some() || self.opens_foreign_name(k))
                {
                    // "A Boating Party for the Musée d’Orsay": the joining words before the
                    // cut join nothing.
                    end = next;
                    while end > i + 1
                        && self.tokens[end - 1].kind == Kind::Word
                        && !self.tokens[end - 1].cap
                        && !self.in_hit[end - 1]
                    {
                        end -= 1;
                    }
                }
                if !self.facility_with_lowercase_suffix(i, end) && !self.named_by_kind(i, end) {
                    self.analyse(i, end);
                }
                i = end;
            } else {
                i += 1;
            }
        }
    }

    /// "Terence (Terry) Taylor": a given name, another in parentheses and a surname are one
    /// person, and the name in parentheses is a given name of theirs. Returns the end.
    fn nicknamed_person(&mut self, i: usize) -> Option<usize> {
        let given = |k: usize| {
            self.starts_unit(k)
                && self.hit_at[k].is_none()
                && is_given_name(self.classes(k), self.word(k))
        };
        // The parenthesis first: this is asked at every token.
        let shaped = self.is_punct(i + 1, "(")
            && self.tokens[i + 1].space_before
            && given(i)
            && given(i + 2)
            && self.attached_punct(i + 3, ")")
            && self.tokens.get(i + 4).is_some_and(|t| t.space_before)
            && self.starts_unit(i + 4);
        if !shaped {
            return None;
        }
        let end = self.name_run(i + 4, self.tokens.len());
        if end == i + 4 {
            return None;
        }
        self.person(i, end, Reason::GivenName);
        let nickname = self.word(i + 2).to_string();
        self.article.given_names.insert(nickname);
        Some(end)
    }

    /// Whether a chunk unit (a hit or an unclaimed capitalised word) starts at `i`.
    #[inline]
    fn starts_unit(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        !self.claimed[i]
            && (self.hit_at[i].is_some() || (t.is_cap_word() && !self.in_hit[i]))
            && (t.space_before || !self.glued_to_number(i))
    }

    /// Whether token `i` is written onto a number before it: the unit of "4K", "5G", "3D",
    /// never a name.
    fn glued_to_number(&self, i: usize) -> bool {
        i > 0 && !self.tokens[i].space_before && self.tokens[i - 1].kind == Kind::Number
    }

    /// The end (exclusive) of the chunk starting at `start`.
    ///
    /// `join_and` allows one "A and B Authority" join (never nested).
    fn chunk_end(&self, start: usize, join_and: bool) -> usize {
        let n = self.tokens.len().min(start + MAX_CHUNK_TOKENS);
        let mut j = start;
        let mut in_list = false;
        // Whether the chunk has gone on after "for" or "on" (see below).
        let mut after_for = false;
        loop {
            // One unit: a hit, or a capitalised word with an attached "." after an initial or
            // a short title ("J.", "Mr.").
            let unit = j;
            if let Some((end, _)) = self.hit_at[j] {
                j = end;
            } else {
                j += 1;
                // The full stop first: most words have none, and the titles are a list.
                if self.attached_punct(j, ".") {
                    let word = self.word(unit);
                    if word.chars().count() == 1 || TITLE_ABBREVIATIONS.contains(&word) {
                        j += 1;
                    } else if is_generational_suffix(word) {
                        // "Kelly Oubre Jr.": the stop is the suffix's, and the name ends
                        // there ("... Oubre Jr. The Sixers won" opens a sentence).
                        return j + 1;
                    }
                }
            }
            if j >= n {
                return j;
            }
            let after_head = self.classes(unit) & class::ORG_HEAD != 0;
            let t = self.tokens[j];
            let text = t.text(self.line);
            // Joined without spaces: "US-Japan", "AT&T", "O’Brien".
            let apostrophe = matches!(text, "’" | "'") && self.word(unit).chars().count() == 1;
            if t.kind == Kind::Punct && !t.space_before && (matches!(text, "-" | "&") || apostrophe)
            {
                if self.tokens.get(j + 1).is_some_and(|n| !n.space_before)
                    && self.starts_unit(j + 1)
                {
                    j += 1;
                    continue;
                }
                // "Prime Minister-designate Kim": the title holds its suffix.
                if self.office_to_come(j) && self.classes(unit) & class::TITLE != 0 {
                    j += 2;
                    continue;
                }
                return j;
            }
            if t.space_before && self.starts_unit(j) {
                continue;
            }
            // "George H.W. Bush": initials written together.
            if self.is_initial(unit)
                && self.word(j - 1) == "."
                && self.is_initial(j)
                && self.starts_unit(j)
            {
                continue;
            }
            // "Competition and Markets Authority", "Infrastructure Investment and Jobs Act": one
            // or two plain words, "and", then a name ending in an organisation or law suffix.
            // A name complete before "and" ("Ganges Securities and Meridian Pharmaceuticals")
            // is two names, not one.
            // "US Patent and Trademark Office": a country may open it.
            let first = match self.hit_at[start] {
                Some((end, Label::Gpe)) if end < j => end,
                _ => start,
            };
            let words_before = j - first;
            // "ABC13 and CBS2 News": a word with digits is a code or a channel, no word of
            // what a body does.
            let plain_before = (first..j).all(|k| {
                self.hit_at[k].is_none()
                    && !self.in_hit[k]
                    && self.tokens[k].is_cap_word()
                    && !self.word(k).bytes().any(|b| b.is_ascii_digit())
            }) && self.classes(j - 1) & class::SUFFIX == 0;
            // "Bill and Melinda Gates Foundation", "Victoria and Albert Museum": two given
            // names joined open a body named after both, whatever else the first may be.
            let lead = if self.word(start) == "The" {
                start + 1
            } else {
                start
            };
            let two_given = j == lead + 1
                && self.classes(lead) & class::GIVEN != 0
                && self.tokens.get(j + 1).is_some()
                && self.classes(j + 1) & class::GIVEN != 0;
            // "Braun and The Carlyle Group": a name opening with "The" after "and" is a second
            // name, not the end of the first.
            if join_and
                && text == "and"
                && ((1..=2).contains(&words_before) && plain_before || two_given)
                && self.starts_unit(j + 1)
                && self.word(j + 1) != "The"
            {
                let rest = self.chunk_end(j + 1, false);
                if rest > j + 2
                    && self.classes(rest - 1) & (class::ORG_SUFFIX | class::LAW_SUFFIX) != 0
                    && self.classes(if two_given { lead } else { start }) & class::STOPWORD == 0
                {
                    return rest;
                }
            }
            if join_and && text == "and" && self.second_kind_word(start, j) {
                return j + 2;
            }
            if text == "&" && self.starts_unit(j + 1) {
                j += 1;
                continue;
            }
            // "Flint Center for the Performing Arts", "Council on Foreign Relations": "for"
            // or "on" after an organisation's head or suffix joins the name it is for.
            let for_after_head = is_for(text)
                && self.hit_at[unit].is_none()
                && self.classes(unit) & (class::ORG_HEAD | class::SUFFIX) != 0;
            if for_after_head {
                // "Committee for a Responsible Federal Budget".
                let k = if matches!(self.word(j + 1), "the" | "a" | "an") {
                    j + 2
                } else {
                    j + 1
                };
                // "the Museum on Wednesday": a day is when, not what the body is for.
                let when = self.classes(k) & (class::WEEKDAY | class::MONTH) != 0;
                // "Center for American Progress", "Institute for Quantum Computing": a known
                // people's or body's name may be what the body is for, and a place when more
                // of the name follows it ("the Museum for Japan" is for a country; "the
                // Cemetery on Memorial Day" is when).
                let what_for = match self.hit_at[k] {
                    None => true,
                    Some((_, Label::Norp | Label::Org | Label::Product)) => true,
                    Some((end, Label::Gpe | Label::Loc)) => {
                        self.tokens.get(end).is_some_and(|t| t.is_cap_word())
                    }
                    Some(_) => false,
                };
                if self.starts_unit(k) && what_for && !when {
                    j = k;
                    after_for = true;
                    continue;
                }
            }
            // "Center on Poverty and Inequality", "Committee on Ways and Means": what a body
            // is for may be two things.
            if after_for
                && text == "and"
                && self.starts_unit(j + 1)
                && self.hit_at[j + 1].is_none()
                && self.tokens[j + 1].is_cap_word()
            {
                j += 1;
                after_for = false;
                continue;
            }
            if t.kind == Kind::Word && !t.cap {
                let mut k = j + 1;
                if text == "of" && self.word(k) == "the" {
                    k += 1;
                }
                let particle = self.classes(j) & class::PARTICLE != 0;
                if particle {
                    // "von der Leyen": a run of particles.
                    k = self.particles_then_name(j, n).max(k);
                }
                let connector = text == "of" || particle;
                if connector && self.starts_unit(k) {
                    in_list |= text == "of" && after_head;
                    j = k;
                    continue;
                }
            }
            // "Ministry of Economy, Trade, and Industry".
            if in_list {
                let mut k = j;
                if text == "," {
                    k += 1;
                }
                if self.word(k) == "and" {
                    k += 1;
                }
                // A body's name of its own after the comma is the next name of a list: "the
                // Journal of ... Society of America, Scripps Institution of Oceanography".
                let names_a_body = |k: usize| {
                    (k + 1..self.tokens.len())
                        .take_while(|&w| self.tokens[w].is_cap_word())
                        .take(3)
                        .any(|w| self.classes(w) & class::ORG_SUFFIX != 0)
                };
                let listed = k > j
                    && self.tokens.get(k).is_some_and(|t| t.is_cap_word())
                    && self.hit_at[k].is_none()
                    && !(text == "," && names_a_body(k));
                if listed && self.starts_unit(k) {
                    j = k;
                    continue;
                }
                // "Port Authority of New York and New Jersey": a body of two places, when
                // nothing of a name follows the second ("of Japan and China's" is two).
                let place = |k: usize| matches!(self.hit_at[k], Some((_, Label::Gpe)));
                if let Some((end, Label::Gpe)) = self.hit_at.get(k).copied().flatten()
                    && self.word(j) == "and"
                    && place(unit)
                    && !self.tokens.get(end).is_some_and(|t| {
                        t.is_cap_word() || (!t.space_before && matches!(self.word(end), "’" | "'"))
                    })
                {
                    return end;
                }
            }
            return j;
        }
    }

    /// "Margaritaville Hotels and Resorts", "Annual International Conference and Exhibition":
    /// whether the "and" at `and` joins a second word of the same kind to the name opened at
    /// `start`, which the word before it ends. A name must come first ("the Army and Navy"
    /// are two bodies), and the second word must end the chunk ("Ganges Securities and
    /// Capital Markets Group" is two names).
    fn second_kind_word(&self, start: usize, and: usize) -> bool {
        const KINDS: [u32; 3] = [class::ORG_SUFFIX, class::EVENT_SUFFIX, class::FAC_SUFFIX];
        let (last, second) = (and - 1, and + 1);
        let named = (start..last).any(|k| self.tokens[k].is_cap_word() && self.word(k) != "The");
        let kind_of = |k: usize| KINDS.iter().find(|&&kind| self.classes(k) & kind != 0);
        named
            && self.starts_unit(second)
            && self.hit_at[second].is_none()
            && kind_of(last).is_some()
            && kind_of(last) == kind_of(second)
            && !self.tokens.get(second + 1).is_some_and(|t| t.is_cap_word())
    }

    /// Whether token `k` is an initial with its full stop inside a name that opened at
    /// `first`, even one that is a word alone: the "A" of "Elizabeth A. Burton".
    pub(super) fn is_middle_initial(&self, k: usize, first: usize) -> bool {
        k > first && k < self.tokens.len() && self.is_initial(k) && self.attached_punct(k + 1, ".")
    }

    /// Whether token `k` is an initial: one capital letter ("H" of "H.W.").
    pub(super) fn is_initial(&self, k: usize) -> bool {
        self.tokens[k].is_cap_word() && self.word(k).len() == 1
    }

    pub(super) fn attached_punct(&self, i: usize, text: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.space_before) && self.is_punct(i, text)
    }

    /// Whether tokens `i` and `i + 1` are a possessive's apostrophe (straight or curly) and
    /// "s", written onto the word before: "'s" of "SpaceX's", "’s" of "St. Joseph’s".
    pub(super) fn possessive_at(&self, i: usize) -> bool {
        (self.attached_punct(i, "'") || self.attached_punct(i, "’"))
            && self.tokens.get(i + 1).is_some_and(|t| !t.space_before)
            && self.word(i + 1) == "s"
    }

    /// "Haneda airport": a chunk followed by a lowercase facility word is one FAC.
    fn facility_with_lowercase_suffix(&mut self, start: usize, end: usize) -> bool {
        let start = self.skip_leading(start, end);
        let next = self.tokens.get(end);
        let lowercase_fac = next.is_some_and(|t| t.is_word() && !t.cap && t.space_before)
            && self.classes(end) & class::FAC_SUFFIX != 0;
        if start < end && lowercase_fac && !self.heading {
            self.emit(start, end + 1, Label::Fac, Reason::FacilityWord);
            return true;
        }
        false
    }

    /// "Morena party", "Netanyahu's Likud party", "Vulture magazine", "the Tuva region":
    /// one or two unknown capitalised words before a lowercase word of their kind name a
    /// party, an outlet or a region (the word stays outside, as the guideline marks it). A
    /// known name there is read as known ("Labour party"). So do two words before a word
    /// for the people who work for an organisation ("Con Edison officials").
    fn named_by_kind(&mut self, start: usize, end: usize) -> bool {
        let kind = (self.tokens.get(end))
            .filter(|t| t.is_word() && !t.cap && t.space_before)
            .and_then(|_| label_of_kind(self.word(end)));
        let staff = kind.is_none() && self.staff_word_at(end);
        let Some(label) = kind.or(staff.then_some(Label::Org)) else {
            return false;
        };
        let start = self.skip_leading(start, end);
        // A given name too: "Morena" is Mexico's ruling party and a Spanish given name.
        // "PC magazine": a common abbreviation is the subject, not the name.
        let plain = |k: usize| {
            self.tokens[k].is_cap_word()
                && !self.in_hit[k]
                && self.classes(k) & (class::NOT_IN_NAME | class::PARTICLE) == 0
                && !super::abbreviations::is_common(self.word(k))
        };
        // "the Russian Tuva region": a known name before the words is read on its own.
        let mut first = end;
        while first > start && end - first < 2 && plain(first - 1) {
            first -= 1;
        }
        // More plain words before would make a longer name than this rule reads.
        let opened = first == start || self.in_hit[first - 1];
        if first == end || !opened || self.heading {
            return false;
        }
        // Two words: one alone may be a leader's ("Putin spokesman", "Obama staffers") or a
        // town's ("Trenton officials").
        if staff && end - first != 2 {
            return false;
        }
        if first > start {
            self.analyse(start, first);
        }
        let reason = if staff {
            Reason::CompanySign
        } else {
            Reason::KindWord
        };
        self.emit(first, end, label, reason);
        true
    }

    /// Whether token `k` is a lowercase word for the people who work for an organisation
    /// ("Con Edison officials", "a Quorvant Dynamics spokesman"), after a space.
    fn staff_word_at(&self, k: usize) -> bool {
        (self.tokens.get(k)).is_some_and(|t| t.is_word() && !t.cap && t.space_before)
            && matches!(
                self.word(k),
                "officials"
                    | "executives"
                    | "employees"
                    | "employee"
                    | "staffers"
                    | "staffer"
                    | "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
                    | "shareholders"
            )
    }

    /// Skips leading function words and stray joiners of a chunk part.
    fn skip_leading(&self, mut s: usize, e: usize) -> usize {
        while s < e {
            let t = self.tokens[s];
            let stop = t.is_cap_word()
                && !self.in_hit[s]
                && self.classes(s) & class::STOPWORD != 0
                && !self.given_name_inside_sentence(s, e);
            // A known name in lowercase ("iPhone", "eBay") is no joiner.
            let joiner =
                t.kind == Kind::Punct || (t.is_word() && !t.cap && self.hit_at[s].is_none());
            if stop || joiner {
                s += 1;
            } else if self.counts_people_or_things(s) {
                // "Hundreds of Chicago O'Hare airport workers": a count before "of".
                s += 2;
            } else if let Some(roles) = self.role_before_full_name(s, e) {
                s += roles;
            } else if self.opens_before_the(s, e) {
                s += 1;
            } else {
                break;
            }
        }
        s
    }

    /// "Follow The Courier", "Read The Guardian": a word of the language opening a sentence
    /// before a capitalised "The" is no part of the name that "The" opens.
    fn opens_before_the(&self, k: usize, e: usize) -> bool {
        k + 2 < e
            && self.word(k + 1) == "The"
            && self.tokens[k].is_cap_word()
            && !self.in_hit[k]
            && self.is_sentence_start(k)
            && self.g.is_ordinary_word(self.word(k))
            && self.classes(k) & class::GIVEN == 0
    }

    /// Whether token `k` is a plural word for a count ("Hundreds", "Thousands", "Dozens")
    /// before "of", which opens no name.
    fn counts_people_or_things(&self, k: usize) -> bool {
        self.tokens[k].is_cap_word()
            && self.word(k + 1) == "of"
            && matches!(
                self.word(k),
                "Hundreds" | "Thousands" | "Dozens" | "Millions" | "Billions" | "Tens"
            )
    }

    /// "Broadcaster Chris Evans", "Aerospace Writer Marcia Dunn": one or two words of the
    /// language opening a sentence before a given name and a surname are the person's role,
    /// no part of the name. Returns how many.
    fn role_before_full_name(&self, s: usize, e: usize) -> Option<usize> {
        let name_word = |k: usize| self.tokens[k].is_cap_word() && self.tokens[k].space_before;
        // A title ("Senator") is read by the title rules.
        let role = |k: usize| {
            self.tokens[k].is_cap_word()
                && !self.in_hit[k]
                && self.classes(k) & (class::GIVEN | class::TITLE) == 0
                && is_role_word(self.g, self.word(k))
        };
        if !self.tokens[s].is_cap_word() || self.in_hit[s] {
            return None;
        }
        // The given name first: it is rare, and the dictionary's look-up is not.
        let full_name_at = |given: usize| {
            given + 1 < e
                && (s + 1..=given).all(name_word)
                && self.classes(given) & class::GIVEN != 0
                && name_word(given + 1)
        };
        // A full name the lists lack is two words that are no words of the language ("Farmer
        // Ghulam Sarwar"): asked after one role, the cheap tests first.
        let unknown = |k: usize| !self.in_hit[k] && !self.g.is_ordinary_word(self.word(k));
        let unlisted_name = || {
            e == s + 3
                && (s + 1..e).all(name_word)
                && self.classes(s + 1) & class::NOT_IN_NAME == 0
                && self.is_sentence_start(s)
                // "Van Der Beek said": a particle opens a name, no role.
                && (s..e).all(|k| {
                    let lower = self.word(k).to_lowercase();
                    self.g.classes(&lower) & class::PARTICLE == 0
                })
                && role(s)
                && unknown(s + 1)
                && unknown(s + 2)
        };
        (1..=2)
            .find(|&roles| full_name_at(s + roles))
            .filter(|&roles| self.is_sentence_start(s) && (s..s + roles).all(role))
            .or_else(|| unlisted_name().then_some(1))
    }

    /// "Simon & Schuster", "Ernst & Young", "Frost & Sullivan": one or two unknown
    /// capitalised words, a spaced "&", and one or two more name a firm by its founders,
    /// unless both sides are a lone given name ("John & Mary") or a letter ("Q & A"), or no
    /// word is a name ("War & Peace", "Founder & Principal Consultant", "FB & IG"). Read in
    /// running text only: a heading writes "&" for "and".
    fn names_joined_by_ampersand(&self, s: usize, e: usize) -> bool {
        // Asked of every run: its length turns most away, the token's kind most words.
        if !(s + 3..=s + 5).contains(&e) {
            return false;
        }
        let Some(amp) =
            (s + 1..e).find(|&k| self.tokens[k].kind == Kind::Punct && self.word(k) == "&")
        else {
            return false;
        };
        // Known names and a company's suffix ("JPMorgan Chase & Co.") are read by their rules.
        let side = |from: usize, to: usize| {
            (1..=2).contains(&(to - from))
                && (from..to).all(|k| {
                    self.tokens[k].is_cap_word()
                        && self.word(k).len() > 1
                        && !self.in_hit[k]
                        && self.classes(k) & class::ORG_SUFFIX == 0
                })
        };
        let lone_given = |k: usize| self.classes(k) & class::GIVEN != 0;
        self.tokens[amp].space_before
            && self.tokens.get(amp + 1).is_some_and(|t| t.space_before)
            && side(s, amp)
            && side(amp + 1, e)
            && !(amp == s + 1 && e == amp + 2 && lone_given(s) && lone_given(amp + 1))
            && (s..e)
                .any(|k| k != amp && !self.is_capitals(k) && !self.g.is_ordinary_word(self.word(k)))
    }

    /// "Retailer Target", "Automaker Ford": a word for a kind of company opening a sentence
    /// before a name that opens with no given name.
    fn company_word_opening(&self, s: usize, e: usize) -> bool {
        s + 1 < e
            && self.tokens[s].is_cap_word()
            && !self.in_hit[s]
            && self.tokens[s + 1].is_cap_word()
            && self.tokens[s + 1].space_before
            && is_opening_company_word(self.word(s))
            && self.classes(s + 1) & class::GIVEN == 0
            && self.is_sentence_start(s)
    }

    /// Reads the chunk part `s..e` (see the module doc).
    pub(super) fn analyse(&mut self, s: usize, e: usize) {
        if let Some(end) = self.publication_after_its_kind(s, e) {
            self.emit(s, end, Label::Org, Reason::KindWord);
            self.analyse(end, e);
            return;
        }
        let s = self.skip_leading(s, e);
        if s >= e {
            return;
        }
        if !self.heading && self.names_joined_by_ampersand(s, e) {
            self.emit(s, e, Label::Org, Reason::Ampersand);
            return;
        }
        if let Some(of) = self.person_before_of(s, e) {
            self.analyse(s, of);
            let after = if self.word(of + 1) == "the" {
                of + 2
            } else {
                of + 1
            };
            self.analyse(after, e);
            return;
        }
        if self.company_word_opening(s, e) {
            // "Retailer Target": one to three unknown words after the company's word name
            // it; a known name is read as known.
            let name = s + 1;
            if e - name <= 3
                && (name..e).all(|k| self.tokens[k].is_cap_word() && self.hit_at[k].is_none())
            {
                self.emit(name, e, Label::Org, Reason::CompanyWordBefore);
            } else {
                self.analyse(name, e);
            }
            return;
        }
        if let Some(end) = self.named_for_a_saint(s, e) {
            self.emit(s, end, Label::Org, Reason::HeadWord);
            return;
        }
        if let Some((end, label)) = self.hit_at[s]
            && end == e
        {
            self.emit_hit(s, end, label);
            return;
        }
        // A place and "State" alone, no name going on after it.
        if let Some((end, Label::Gpe)) = self.hit_at[s]
            && end < e
            && self.word(end) == "State"
            && !self.tokens.get(end + 1).is_some_and(|t| t.is_cap_word())
        {
            let place = self.text_of(s, end);
            // "Ohio State", "Michigan State": a US state's name its university. Not
            // Washington's or New York's, where it is the state itself.
            let university = super::states::is_state_name(place)
                && !matches!(self.word(s), "Washington" | "New");
            // "Osun State", "Kachin State": outside the United States a region's own name, as
            // its country writes it.
            let region =
                || (self.g.country_of(place)).is_some_and(|country| country != "United States");
            let named = if university {
                Some((Label::Org, Reason::StateUniversity))
            } else if region() {
                Some((Label::Gpe, Reason::RegionState))
            } else {
                None
            };
            if let Some((label, reason)) = named {
                self.emit(s, end + 1, label, reason);
                self.analyse(end + 1, e);
                return;
            }
        }
        // "the Indiana Statehouse", "the Texas Capitol": a place before a building the
        // gazetteer knows by a suffix word alone names that place's building.
        if let Some((end, Label::Gpe)) = self.hit_at[s]
            && end + 1 == e
            && self.hit_at[end] == Some((e, Label::Fac))
            && self.classes(end) & class::SUFFIX != 0
        {
            self.emit(s, e, Label::Fac, Reason::HeadWord);
            return;
        }
        if let Some(end) = self.award_category_end(s, e) {
            self.claim_unnamed(s, end);
            self.analyse(end, e);
            return;
        }
        if self.names_an_award(s, e) {
            self.claim_unnamed(s, e);
            return;
        }
        if let Some(end) = self
            .given_name_over_hit(s, e)
            .or_else(|| self.surname_over_hit(s, e))
        {
            self.person(s, end, Reason::GivenName);
            self.analyse(end, e);
            return;
        }
        if let Some((title, after)) = self.find_title(s, e) {
            // "Erie County Executive": a title that opens with a place's head ends the
            // place named before it.
            let place_head = title > s
                && after > title + 1
                && super::shapes::PLACE_HEADS.contains(&self.word(title));
            let before = if place_head {
                title + 1
            } else {
                self.portfolio_before(s, title)
            };
            self.analyse(s, before);
            let mut name = self.skip_portfolio(title, after, e);
            // "Ms van der Plas", "Mr de Klerk": particles may open a surname after a title.
            let surname = self.particles_then_name(name, e);
            let mut name_end = self.name_run(surname, e);
            if name_end == surname {
                name_end = name;
            }
            // "Ms. King", "Mr. Bishop": after an honorific even a title word is a surname.
            let honorific = HONORIFICS.contains(&self.word(title));
            if honorific && name_end == name && name < e && self.tokens[name].is_cap_word() {
                name_end = self.name_run(name + 1, e).max(name + 1);
            }
            // "Agriculture Secretary Rollins": after a title, a one-word company is a surname.
            if name_end == name
                && let Some(Some((hit_end, Label::Org))) = self.hit_at.get(name).copied()
                && hit_end == name + 1
            {
                name_end = hit_end;
            }
            // "Chief Medical Officer Paul Kelly": capitalised words up to an occupation are
            // more of the title, and the name comes after them.
            if !honorific && let Some(occupation) = self.occupation_in_run(name, name_end) {
                name = occupation + 1;
            }
            if name_end > name {
                self.person(name, name_end, Reason::AfterTitle);
            } else if !honorific
                && !self.heading
                && after == title + 1
                && name == after
                && !(title > 0 && matches!(self.word(title - 1), "the" | "The"))
            {
                self.article.lone_titles.push(ByteSpan::new(
                    self.base + self.tokens[title].start,
                    self.base + self.tokens[title].end,
                ));
            }
            self.analyse(name_end.max(name), e);
            return;
        }
        // "Mercer Island-based": where something is based is a place of people, whatever
        // its last word.
        if self.based_in(s, e) {
            return;
        }
        if !self.heading && self.suffix_name(s, e) {
            return;
        }
        if self.shaped_name(s, e) {
            return;
        }
        let mut k = s;
        while k < e {
            if let Some((end, label)) = self.hit_at[k] {
                self.emit_hit(k, end, label);
                k = end;
            } else {
                let run_end = (k..e).find(|&j| self.hit_at[j].is_some()).unwrap_or(e);
                self.unknown(k, run_end, e);
                k = run_end;
            }
        }
    }

    /// "in the journal Current Biology", "the tabloid Bild": after "the" and a word for a
    /// kind of publication, the chunk of capitalised words (and "of", "the", "and" between
    /// them) is the publication's name, even words of the language ("the journal Science");
    /// else up to four capitalised words. So after a word for a band, a label, a startup or
    /// a charity ("boy band Stray Kids"). A name the gazetteer knows opening it is left to
    /// be read as known ("the newspaper Le Monde"). Returns the name's end.
    fn publication_after_its_kind(&self, s: usize, e: usize) -> Option<usize> {
        // Right before: "for your startup, Zuckerberg said" is no startup's name.
        let kind = s.checked_sub(1)?;
        // Asked of every chunk: the kind word's length turns most away.
        let t = self.tokens[kind];
        if s >= e || self.heading || !(4..=10).contains(&(t.end - t.start)) {
            return None;
        }
        let publication = matches!(
            self.word(kind),
            "journal" | "magazine" | "newspaper" | "tabloid" | "broadsheet" | "website"
        );
        // "boy band Stray Kids", "the record label Big Machine", "the startup Oxy Pure": a
        // group's kind names it after any word, its words being the language's as often.
        let group = matches!(self.word(kind), "band" | "label" | "startup" | "charity");
        let after_the = kind > 0 && matches!(self.word(kind - 1), "the" | "The");
        if !(group || publication && after_the) {
            return None;
        }
        if self.in_hit[s] || self.hit_at[s].is_some() {
            return None;
        }
        // "the journal Monthly Notices of the Royal Astronomical Society": a whole chunk of
        // capitalised words and joiners.
        let joiner = |k: usize| matches!(self.word(k), "of" | "the" | "and" | "&" | "for" | "on");
        let capitalised = (s..e).filter(|&k| self.tokens[k].is_cap_word()).count();
        let whole = (s..e).all(|k| self.tokens[k].is_cap_word() || joiner(k))
            && self.tokens[e - 1].is_cap_word()
            && capitalised <= 6;
        let end = if whole {
            e
        } else {
            (s..e.min(s + 4))
                .take_while(|&k| self.tokens[k].is_cap_word() && self.hit_at[k].is_none())
                .last()?
                + 1
        };
        Some(end)
    }

    /// "taken to St. Joseph's", "published by St. Martin's": a saint's given name in the
    /// possessive, with no capitalised word after it, is the hospital, school, church or
    /// firm named for the saint, as news calls them. Not a place the gazetteer knows with
    /// its possessive ("St. John's"). Returns the end of the possessive.
    fn named_for_a_saint(&self, s: usize, e: usize) -> Option<usize> {
        // Asked of every run: its first byte turns most away.
        let opens_with_s = self.tokens[s].cap && self.line.as_bytes()[self.tokens[s].start] == b'S';
        if !opens_with_s || !matches!(self.word(s), "St" | "Saint") {
            return None;
        }
        let name = if self.attached_punct(s + 1, ".") {
            s + 2
        } else {
            s + 1
        };
        let apostrophe = name + 1;
        // A saint is named by a given name; "Saint Tropez's fans" are a town's.
        let possessive = e == apostrophe
            && self.tokens.get(name).is_some_and(|t| t.is_cap_word())
            && is_given_name(self.classes(name), self.word(name))
            && self.possessive_at(apostrophe);
        let end = apostrophe + 2;
        let more = self.tokens.get(end).is_some_and(|t| t.is_cap_word());
        let known = self.hit_at[s].is_some_and(|(hit_end, _)| hit_end >= end);
        (possessive && !more && !known).then_some(end)
    }

    /// "Brian Batko of the Pittsburgh Post-Gazette", "Ann Lee of the University of Oregon":
    /// a given name and a surname or two before "of" are a person, and what follows "of"
    /// is where the person works, not the rest of one name. Returns the "of".
    fn person_before_of(&self, s: usize, e: usize) -> Option<usize> {
        // At most a given name, a middle initial and two surnames before "of".
        let of = (s + 2..e.min(s + 6)).find(|&k| self.word(k) == "of")?;
        let given = self.tokens[s].is_cap_word()
            && self.hit_at[s].is_none()
            && !self.in_hit[s]
            && self.classes(s) & class::NOT_IN_NAME == 0
            && is_given_name(self.classes(s), self.word(s));
        // A word of a body's or building's name ends no person: "Grace Bank of China".
        let plain = |k: usize| self.classes(k) & (class::ORG_HEAD | class::SUFFIX) == 0;
        let named = given && (s..of).all(plain) && self.name_run(s, of) == of;
        (named && of + 1 < e && self.tokens[of + 1].is_word()).then_some(of)
    }

    /// "Christian Lindner": a given name that is also a known name (a hit), followed by
    /// capitalised unknown words, is a person. Returns the name's end.
    fn given_name_over_hit(&self, s: usize, e: usize) -> Option<usize> {
        let (hit_end, _) = self.hit_at[s]?;
        if hit_end != s + 1 || self.classes(s) & class::GIVEN == 0 {
            return None;
        }
        let end = self.name_run(s + 1, e);
        // "the Orlando Magic", "Charlotte Hornets": a place that is a given name, before one
        // word of the language, names a team or a body by its place after "the", or when the
        // word is a plural no surname is.
        let word = self.word(end - 1);
        let after_the = s > 0 && matches!(self.word(s - 1), "the" | "The");
        let plural = word.ends_with('s') && !self.g.is_surname_too(word);
        if end == s + 2 && self.g.is_ordinary_word(word) && (after_the || plural) {
            return None;
        }
        // "Aurora Trading Holdings Corp.": a company's suffix later in the run names it.
        let company =
            (end..e).any(|k| self.tokens[k].is_cap_word() && self.classes(k) & class::SUFFIX != 0);
        (end > s + 1 && !company).then_some(end)
    }

    /// "John Bristow", "Brooke Rollins", "Jack London", "Michael R. Bloomberg": a given name
    /// (and a middle initial) before a one-word organisation or place the gazetteer knows (a
    /// company named after a family, a surname that is a town) is a person. Returns the
    /// name's end.
    fn surname_over_hit(&self, s: usize, e: usize) -> Option<usize> {
        let given = self.hit_at[s].is_none()
            && !self.in_hit[s]
            && self.tokens[s].is_cap_word()
            && is_given_name(self.classes(s), self.word(s));
        if !given {
            return None;
        }
        let surname = if self.is_middle_initial(s + 1, s) {
            s + 3
        } else {
            s + 1
        };
        let (hit_end, label) = self.hit_at.get(surname).copied().flatten()?;
        if hit_end != surname + 1 || hit_end > e {
            return None;
        }
        // "Bruno Mars", "Jack London"; not "Grace Japan", a company's arm in a country.
        let name_like = matches!(label, Label::Org | Label::Gpe | Label::Loc)
            && !self.g.is_country(self.word(surname));
        name_like.then_some(hit_end)
    }

    /// The first title in `s..e` outside hits: (title start, token after the title).
    fn find_title(&self, s: usize, e: usize) -> Option<(usize, usize)> {
        let mut k = s;
        while k < e {
            if let Some((end, _)) = self.hit_at[k] {
                k = end;
                continue;
            }
            if self.tokens[k].is_cap_word()
                && self.classes(k) & class::TITLE != 0
                && !self.hyphenated_to_a_name(k)
                && let Some(end) = self.title_end(k, e)
                && !self.title_is_a_surname(k, end, e)
                && !self.title_starts_a_name(s, end, e)
                && !self.pageant(k, end)
            {
                if !self.office_of_a_body(s, k) {
                    return Some((k, end));
                }
                k = end;
                continue;
            }
            k += 1;
        }
        None
    }

    /// "Office of the Governor", "Office of the Director of National Intelligence": a title
    /// after an organisation's head and "of the" names the office the body serves, inside
    /// the body's name.
    fn office_of_a_body(&self, s: usize, title: usize) -> bool {
        title >= s + 3
            && self.word(title - 1) == "the"
            && self.word(title - 2) == "of"
            && self.tokens[title - 3].is_cap_word()
            && self.classes(title - 3) & class::ORG_HEAD != 0
    }

    /// "Miss America", "Miss World": "Miss" before a place or the world names a pageant,
    /// not a woman.
    fn pageant(&self, title: usize, end: usize) -> bool {
        self.word(title) == "Miss"
            && (matches!(
                self.hit_at.get(end),
                Some(Some((_, Label::Gpe | Label::Loc)))
            ) || matches!(self.word(end), "World" | "Universe" | "Earth"))
    }

    /// "Will Smith" inside a sentence, or opening one that asks nothing ("Will Smith won",
    /// not "Will Congress act?"): a function word that is also a given name, before a
    /// capitalised word or the particles of a surname ("Bill de Blasio"), starts a name.
    fn given_name_inside_sentence(&self, s: usize, e: usize) -> bool {
        s + 1 < e
            && (self.tokens[s + 1].is_cap_word() || self.particles_then_name(s + 1, e) > s + 1)
            && is_given_name(self.classes(s), self.word(s))
            && !self.heading
            && (!self.is_sentence_start(s) || !self.asks(s))
    }

    /// Whether the sentence holding token `s` ends with a question mark.
    fn asks(&self, s: usize) -> bool {
        (s..self.tokens.len())
            .map(|k| self.word(k))
            .find(|w| matches!(*w, "." | "?" | "!"))
            .is_none_or(|w| w == "?")
    }

    /// "Aaron Judge", "Carole King", "Elaine May": a title or month right after a given name,
    /// ending the chunk or before a generational suffix only ("Martin Luther King Jr."), is
    /// the person's surname; so it is after any name a lowercase role introduces ("co-host
    /// Gayle King", whatever "Gayle" is).
    pub(super) fn title_is_a_surname(&self, title: usize, title_end: usize, e: usize) -> bool {
        let suffix_only = title_end < e
            && is_generational_suffix(self.word(title_end))
            && (title_end + 1 == e || (title_end + 2 == e && self.word(title_end + 1) == "."));
        title > 0
            && (title_end == e || suffix_only)
            && self.tokens[title - 1].is_cap_word()
            && !self.in_hit[title - 1]
            && (self.classes(title - 1) & class::GIVEN != 0
                || self.lowercase_title_precedes(title - 1)
                || (self.classes(title) & (class::TITLE | class::MONTH) != 0
                    && self.given_and_middle_name_before(title)))
    }

    /// Whether a given name and a plain capitalised word come right before `k`: "Martin
    /// Luther" before "King".
    fn given_and_middle_name_before(&self, k: usize) -> bool {
        k >= 2
            && self.classes(k - 2) & class::GIVEN != 0
            && self.tokens[k - 2].is_cap_word()
            && !self.in_hit[k - 2]
            && self.classes(k - 1) & class::NOT_IN_NAME == 0
    }

    /// Whether the word at `k` is joined by a hyphen to a capitalised word before it, as
    /// the title word of a paper's name is ("Manchester Union-Leader", "News-Leader").
    fn hyphenated_to_a_name(&self, k: usize) -> bool {
        k >= 2
            && !self.tokens[k].space_before
            && self.attached_punct(k - 1, "-")
            && self.tokens[k - 2].is_cap_word()
    }

    /// Where the portfolio words right before the title at `title` start, when a name comes
    /// before them: "Public Works" of "Napa County Public Works Director" is the title's,
    /// and the place ends before it. `title` itself when there are none.
    fn portfolio_before(&self, s: usize, title: usize) -> usize {
        let mut k = title;
        while k > s
            && self.tokens[k - 1].is_cap_word()
            && !self.in_hit[k - 1]
            && self.classes(k - 1) & class::PORTFOLIO != 0
        {
            k -= 1;
        }
        let name_before = k > s && self.tokens[k - 1].is_cap_word();
        if name_before { k } else { title }
    }

    /// "Premier League", "President's Cup": a title at the start of a chunk whose last word
    /// says what kind of name it is (a suffix or head word) begins that name, not a person's.
    fn title_starts_a_name(&self, s: usize, title_end: usize, e: usize) -> bool {
        let last = e - 1;
        let head = self.tokens[last].is_cap_word()
            && !self.in_hit[last]
            && (self.classes(last) & class::SUFFIX != 0
                || super::shapes::is_head_word(self.word(last)));
        let given_between = (title_end..last).any(|k| self.classes(k) & class::GIVEN != 0);
        title_end > s && title_end <= last && head && !given_between
    }

    /// The end of the longest title starting at `k`, with an attached "." after it.
    fn title_end(&self, k: usize, e: usize) -> Option<usize> {
        let word = self.word(k);
        'titles: for parts in self.g.titles_starting(word) {
            let mut j = k;
            for (n, part) in parts.iter().enumerate() {
                if n > 0 {
                    while j < e && (self.attached_punct(j, ".") || self.attached_punct(j, "-")) {
                        j += 1;
                    }
                }
                if j >= e || self.in_hit[j] || self.word(j) != part {
                    continue 'titles;
                }
                j += 1;
            }
            if j < e && self.attached_punct(j, ".") {
                j += 1;
            }
            if j + 1 < e && self.office_to_come(j) {
                j += 2;
            }
            return Some(j);
        }
        None
    }

    /// Whether tokens `k` and after are a hyphen and "elect" or "designate", attached: the
    /// office of "President-elect" is still to come, and the title names its holder.
    fn office_to_come(&self, k: usize) -> bool {
        self.attached_punct(k, "-")
            && self.tokens.get(k + 1).is_some_and(|t| !t.space_before)
            && matches!(self.word(k + 1), "elect" | "designate")
    }

    /// Whether the suffix word at `k` is a given name with a surname after it: "Bill" of
    /// "Consultant Bill Bowtell" opens a person's name, where "Finance Bill" ends a law's.
    fn given_name_then_surname(&self, k: usize, e: usize) -> bool {
        k + 1 < e
            && self.classes(k) & class::GIVEN != 0
            && self.tokens[k + 1].is_cap_word()
            && !self.in_hit[k + 1]
            && self.classes(k + 1) & class::NOT_IN_NAME == 0
    }

    /// The last word of the run `s..e` after a title that names an occupation, when the
    /// run opens with no given name: "Officer" of "Medical Officer Paul Kelly", but not
    /// "King" of "Donald King".
    fn occupation_in_run(&self, s: usize, e: usize) -> Option<usize> {
        if e < s + 2 || self.classes(s) & class::GIVEN != 0 {
            return None;
        }
        (s + 1..e).rev().find(|&k| {
            let word = self.word(k).to_lowercase();
            self.g.classes(&word) & class::LOWER_TITLE != 0
        })
    }

    /// After the title at `title`, skips "of" and its portfolio ("of Defense", "of the
    /// Treasury"), marking hits in it; returns where the name starts.
    fn skip_portfolio(&mut self, title: usize, k: usize, e: usize) -> usize {
        if k >= e || self.word(k) != "of" {
            return k;
        }
        let mut j = k + 1;
        let mut skipped = false;
        while j < e {
            let word = self.word(j);
            if matches!(word, "the" | "and" | "," | "&") {
                j += 1;
            } else if self.tokens[j].is_cap_word()
                && self.classes(j) & class::PORTFOLIO != 0
                && !self.in_hit[j]
            {
                j += 1;
                skipped = true;
            } else if let Some((end, label)) = self.hit_at[j] {
                self.emit_hit(j, end, label);
                j = end;
                skipped = true;
            } else {
                break;
            }
        }
        if skipped {
            return j;
        }
        // "CEO of Vidyard": one unknown word after "of" is what the title is of, not a name;
        // a company's officer's company, a mayor's or governor's place.
        if k + 2 == e {
            if let Some(label) = office_of(self.word(title))
                && self.tokens[k + 1].is_cap_word()
                && self.classes(k + 1) & class::NOT_IN_NAME == 0
            {
                self.emit(k + 1, e, label, Reason::TitleOf);
            }
            return e;
        }
        // "Acting Premier of the Territory": one word after "of the" is what the title is
        // of, never the holder's name.
        if k + 3 == e && self.word(k + 1) == "the" {
            return e;
        }
        // "Chief Executive Officer of the Port Authority of Jamaica": a body's name, without
        // a given name in it, is what the title is of.
        let body = if self.word(k + 1) == "the" {
            k + 2
        } else {
            k + 1
        };
        let names_a_body = (body..e).any(|b| {
            self.tokens[b].is_cap_word()
                && self.classes(b) & (class::ORG_HEAD | class::ORG_SUFFIX) != 0
        });
        if e > body + 1 && names_a_body && (body..e).all(|b| self.classes(b) & class::GIVEN == 0) {
            self.analyse(body, e);
            return e;
        }
        // An unknown portfolio: the name starts at a given name, or is the last word.
        (k + 1..e)
            .find(|&g| self.classes(g) & class::GIVEN != 0)
            .unwrap_or_else(|| e.saturating_sub(1).max(k + 1))
    }

    /// The end of the person's name starting at `k`: capitalised words that are not
    /// function words, titles, suffixes or hits, with initials and particles, at most
    /// [`MAX_NAME_WORDS`] words (two in headings).
    fn name_run(&self, k: usize, e: usize) -> usize {
        let limit = if self.heading { 2 } else { MAX_NAME_WORDS };
        let mut j = k;
        let mut words = 0;
        while j < e && words < limit {
            let t = self.tokens[j];
            let surname_title = words > 0 && self.title_is_a_surname(j, j + 1, e);
            let word_given_name = words == 0 && self.given_name_inside_sentence(j, e);
            if t.is_cap_word()
                && !self.in_hit[j]
                && (self.classes(j) & class::NOT_IN_NAME == 0
                    || surname_title
                    || word_given_name
                    || self.is_middle_initial(j, k))
            {
                j += 1;
                words += 1;
                let initial = t.text(self.line).chars().count() == 1;
                if self.attached_punct(j, ".") && initial {
                    j += 1;
                }
                // "Kelly Oubre Jr.": the suffix's stop, and the name's end.
                if words > 1
                    && self.attached_punct(j, ".")
                    && is_generational_suffix(t.text(self.line))
                {
                    return j + 1;
                }
                // "O’Brien", "D'Angelo": a letter and an apostrophe start one name.
                if initial
                    && (self.attached_punct(j, "’") || self.attached_punct(j, "'"))
                    && self
                        .tokens
                        .get(j + 1)
                        .is_some_and(|n| n.is_cap_word() && !n.space_before)
                {
                    j += 2;
                }
                // "Lee Jae-myung": a hyphen inside one name.
                while self.attached_punct(j, "-")
                    && self
                        .tokens
                        .get(j + 1)
                        .is_some_and(|n| n.is_word() && !n.space_before)
                {
                    j += 2;
                }
            } else if words > 0 && self.particles_then_name(j, e) > j {
                // "von der Leyen": particles, then the rest of the name.
                j = self.particles_then_name(j, e);
            } else {
                break;
            }
        }
        j
    }

    /// Where a run of lowercase name particles starting at `j` ends ("von der", "de la"),
    /// if a capitalised word follows it before `e`; `j` itself otherwise.
    fn particles_then_name(&self, j: usize, e: usize) -> usize {
        let mut k = j;
        while k < e
            && self.tokens[k].is_word()
            && !self.tokens[k].cap
            && self.classes(k) & class::PARTICLE != 0
        {
            k += 1;
            // "Bashar al-Assad": a particle hyphened onto the name.
            let hyphened = k + 1 < e
                && self.word(k) == "-"
                && !self.tokens[k].space_before
                && !self.tokens[k + 1].space_before;
            if hyphened {
                k += 1;
            }
        }
        let name_follows = k > j && k < e && self.tokens[k].is_cap_word();
        if name_follows { k } else { j }
    }

    /// Where a body's name starts after a title and "of (the)" opening the chunk at `s`:
    /// "Chair of the US House Committee on Financial Services" holds the committee's name,
    /// not its chair's. `s` itself when no title opens it.
    fn after_title_of(&self, s: usize, e: usize) -> usize {
        let titled = self.tokens[s].is_cap_word()
            && !self.in_hit[s]
            && self.classes(s) & class::TITLE != 0
            && self.word(s + 1) == "of";
        if !titled {
            return s;
        }
        let body = if self.word(s + 2) == "the" {
            s + 3
        } else {
            s + 2
        };
        if body < e && self.tokens[body].is_cap_word() {
            body
        } else {
            s
        }
    }

    /// Whether tokens `s..p` are the gazetteer's groups of people and nothing else
    /// ("African Methodist Episcopal" of "the African Methodist Episcopal Church").
    fn peoples_only(&self, s: usize, p: usize) -> bool {
        let mut k = s;
        while k < p {
            match self.hit_at[k] {
                Some((end, Label::Norp)) => k = end,
                _ => return false,
            }
        }
        k == p && p > s
    }

    /// Outside headings: "X of Y" with an organisation head, or a chunk ending in a suffix
    /// word. Returns whether it marked something.
    fn suffix_name(&mut self, s: usize, e: usize) -> bool {
        let s = self.after_title_of(s, e);
        let head = (s..e).find(|&k| {
            self.tokens[k].is_cap_word()
                && !self.in_hit[k]
                && self.classes(k) & class::ORG_HEAD != 0
                && self.word(k + 1) == "of"
        });
        if head.is_some() && e > s + 2 {
            self.emit(s, e, Label::Org, Reason::OrgHead);
            return true;
        }
        // "Avenue of the Americas", "Palace of Westminster", "Tower of London": a building's
        // or road's word, "of" and a name is that building or road. Not a hall or a port,
        // which name the bodies they house as often ("Hall of Fame", "Port of Oakland").
        let building_head = self.tokens[s].is_cap_word()
            && !self.in_hit[s]
            && self.classes(s) & class::FAC_SUFFIX != 0
            && self.word(s + 1) == "of"
            && !matches!(self.word(s), "Hall" | "Port");
        if building_head && e > s + 2 {
            self.emit(s, e, Label::Fac, Reason::HeadWord);
            return true;
        }
        // "Flint Center for the Performing Arts", "Council on Foreign Relations": the
        // head's kind names the whole.
        let for_head = (s..e).find(|&k| {
            self.tokens[k].is_cap_word()
                && !self.in_hit[k]
                && self.classes(k) & (class::ORG_HEAD | class::SUFFIX) != 0
                && is_for(self.word(k + 1))
        });
        // "The Courier on Twitter": after "on", a name the gazetteer knows alone is where the
        // head is, no part of its name ("Council on Foreign Relations").
        let platform_after_on = |k: usize| {
            self.word(k + 1) == "on" && matches!(self.hit_at[k + 2], Some((end, _)) if end == e)
        };
        if let Some(k) = for_head
            && e > k + 2
            && !platform_after_on(k)
        {
            let classes = self.classes(k);
            let label = if classes & class::ORG_HEAD != 0 {
                Label::Org
            } else {
                suffix_label(classes)
            };
            self.emit(s, e, label, Reason::OrgHead);
            return true;
        }
        if let Some((p, end)) = (s + 1..=e).find_map(|k| Some((k, self.dotted_legal_form(k)?)))
            && (s..p).all(|k| {
                let t = self.tokens[k];
                t.is_cap_word() && (self.in_hit[k] || self.classes(k) & class::NOT_IN_NAME == 0)
            })
        {
            self.emit(s, end, Label::Org, Reason::HeadWord);
            self.analyse(end.min(e), e);
            return true;
        }
        let Some(p) = (s + 1..e).rev().find(|&k| {
            self.tokens[k].is_cap_word()
                && !self.in_hit[k]
                && self.classes(k) & class::SUFFIX != 0
                && !self.given_name_then_surname(k, e)
        }) else {
            return false;
        };
        // "Scale AI", "Determined AI": an abbreviation of the language ends a company's name
        // only inside a sentence outside headings, and not in a compound: "Using AI" opening
        // one, "Generative AI-powered" are the noun.
        if super::abbreviations::is_common(self.word(p))
            && (self.heading || self.is_sentence_start(s) || self.attached_punct(p + 1, "-"))
        {
            return false;
        }
        // "the Commission" or "Finance Ministry" alone is no name; "World Steel Association"
        // (two words before the suffix, however generic) is.
        let words_before = (s..p).filter(|&k| self.tokens[k].is_cap_word()).count();
        // "the Finance Ministry", "Japan's Finance Ministry": a determiner makes it a name.
        let opener = self.ordinal_before(s).unwrap_or(s);
        let after_the = opener > 0
            && (matches!(self.word(opener - 1), "the" | "The")
                || (opener > 1
                    && self.word(opener - 1) == "s"
                    && matches!(self.word(opener - 2), "’" | "'")));
        // "at Union Station", "left Central Station": inside a sentence, one capitalised
        // word before a place's own word names the place, however generic.
        let facility = suffix_label(self.classes(p)) == Label::Fac
            && words_before == 1
            && p == s + 1
            && !self.is_sentence_start(s);
        let specific = words_before >= 2
            || facility
            // "the Finance Ministry", "the Academy Awards": after "the", one word before the
            // suffix names the thing, a suffix word too ("the Press Council", "the Daily
            // News").
            || (after_the && words_before == 1)
            // "News Corporation": a legal form makes a name of any word before it.
            || (words_before == 1 && self.classes(p) & class::CORP_SUFFIX != 0)
            || (s..p).any(|k| {
                self.in_hit[k]
                    || (self.tokens[k].is_cap_word()
                        && self.classes(k) & (class::GENERIC | class::SUFFIX) == 0)
            });
        if !specific {
            return false;
        }
        let label = match suffix_label(self.classes(p)) {
            Label::Org if self.venue_centre(p) => Label::Fac,
            // "the Episcopal Church": a faith's church is the body that holds it; a church
            // with a name of its own ("Emanuel AME Church") is the building.
            Label::Fac if self.word(p) == "Church" && self.peoples_only(s, p) => Label::Org,
            label => label,
        };
        // "Regina Hall", "Shirley Temple": a given name before a building's word that is a
        // surname too is a person, unless "the" makes a building of it ("the Albert Hall"),
        // or "at" a place ("played at Heinz Field").
        let at_a_place = s > 0 && self.word(s - 1) == "at";
        if label == Label::Fac
            && p == s + 1
            && !after_the
            && !at_a_place
            && is_given_name(self.classes(s), self.word(s))
            && self.g.is_surname_too(self.word(p))
        {
            self.person(s, p + 1, Reason::GivenName);
            self.analyse(p + 1, e);
            return true;
        }
        // "Shares of Alibaba Group": the name starts after an "of" that no organisation head
        // or suffix word precedes. A law after "the" keeps its "of": "the Prevention of
        // Terrorism Act", "the Representation of the People Act".
        let law_after_the = label == Label::Law && after_the;
        let s = (s + 1..p)
            .rev()
            .find(|&k| {
                self.word(k) == "of"
                    && !self.in_hit[k - 1]
                    && self.classes(k - 1) & (class::ORG_HEAD | class::SUFFIX) == 0
            })
            .filter(|_| !law_after_the)
            .map_or(s, |k| {
                if self.word(k + 1) == "the" {
                    k + 2
                } else {
                    k + 1
                }
            });
        // "Gears of War": a suffix word alone after "of" names nothing.
        if s == p {
            return false;
        }
        // "Toyota Motor Corp.": an abbreviated suffix keeps its full stop.
        let word = self.word(p);
        let abbreviated = label == Label::Org
            && word.len() <= 4
            && !word.chars().all(|c| c.is_uppercase())
            && self.attached_punct(p + 1, ".");
        let mut end = if abbreviated { p + 2 } else { p + 1 };
        // "BMO Capital Markets": a bank's arm for its capital markets business.
        if word == "Capital" && end < e && self.word(end) == "Markets" {
            end += 1;
        }
        if label == Label::Org {
            end = self.dotted_company_form(end);
        }
        // "Wheeling News-Register": a suffix word hyphenated to a capitalised word ends the
        // name with its compound.
        if end == p + 1
            && end + 1 < e
            && self.attached_punct(end, "-")
            && self.tokens[end + 1].is_cap_word()
            && !self.tokens[end + 1].space_before
        {
            end += 2;
        }
        // "American Theatre Wing": a plain word closing the chunk after the suffix word is
        // the name's head, and the name no building's.
        let building_or_body = matches!(label, Label::Org | Label::Fac);
        let label = if end == p + 1 && building_or_body && self.plain_head_after_suffix(end, e) {
            end += 1;
            Label::Org
        } else {
            label
        };
        self.emit(s, end, label, Reason::HeadWord);
        self.analyse(end.min(e), e);
        true
    }

    /// Whether token `k`, after a name's suffix word, is the last word of the chunk (ending
    /// at `e`) and a plain capitalised word: no title, suffix, month, day, given name or known
    /// name ("Police Department Chief"). The people of earlier lines are not asked: a line is
    /// read without them when a long article is cut between threads (see `lines`).
    fn plain_head_after_suffix(&self, k: usize, e: usize) -> bool {
        k + 1 == e
            && self.tokens[k].is_cap_word()
            && self.tokens[k].space_before
            && self.hit_at[k].is_none()
            && !self.in_hit[k]
            && self.classes(k) & (class::NOT_IN_NAME | class::GIVEN) == 0
    }

    /// Whether the word at `p` is "Centre" or "Center" after a kind of venue: "Montego Bay
    /// Convention Centre" is a building where "Pew Research Center" is a body.
    fn venue_centre(&self, p: usize) -> bool {
        matches!(self.word(p), "Centre" | "Center")
            && p > 0
            && matches!(
                self.word(p - 1),
                "Convention"
                    | "Conference"
                    | "Exhibition"
                    | "Events"
                    | "Event"
                    | "Civic"
                    | "Community"
                    | "Shopping"
                    | "Aquatic"
                    | "Aquatics"
                    | "Trade"
                    | "Sports"
                    | "Leisure"
                    | "Recreation"
            )
    }

    /// "S.A.", "N.V.", "S.p.A." right after a company name: letters each with a full stop,
    /// part of the name. Returns where the name ends.
    pub(super) fn dotted_company_form(&self, end: usize) -> usize {
        let mut j = end;
        let mut letters = 0;
        while let Some(t) = self.tokens.get(j) {
            let short = t.is_word() && t.text(self.line).chars().count() <= 2;
            let joined = if letters == 0 {
                t.space_before
            } else {
                !t.space_before
            };
            if short && joined && self.attached_punct(j + 1, ".") {
                j += 2;
                letters += 1;
            } else {
                break;
            }
        }
        if letters >= 2 { j } else { end }
    }

    /// Where a company's legal form written in dotted letters ("S.A.", "N.V.", "S.p.A.")
    /// that starts at token `k` ends, when its letters spell a listed suffix ("SA", "NV").
    fn dotted_legal_form(&self, k: usize) -> Option<usize> {
        let end = self.dotted_company_form(k);
        if end == k {
            return None;
        }
        let letters: String = (k..end).step_by(2).map(|j| self.word(j)).collect();
        (self.g.classes(&letters) & class::ORG_SUFFIX != 0).then_some(end)
    }

    /// Marks a hit; a product name takes a model number after it ("Nintendo Switch 2"), and a
    /// one-word organisation that is the surname of a person of the article is that person
    /// ("Rollins" after "Brooke Rollins").
    pub(super) fn emit_hit(&mut self, s: usize, end: usize, label: Label) {
        let (line, tokens) = (self.line, self.tokens);
        // "60 FPS": a short form that is also a common abbreviation is the abbreviation,
        // whichever party of the world it stands for too.
        if end == s + 1 && super::abbreviations::is_common(self.word(s)) {
            return;
        }
        // "DNP" beside diet pills is the drug, not Montenegro's party. A short form the
        // main gazetteer names for itself ("ABC", the broadcaster) is not only a party's.
        if end == s + 1
            && self.classes(s) & class::PARTY_SHORT != 0
            && !self.line_speaks_of_politics()
            && (self.g.lookup(self.word(s))).is_none_or(|(_, name)| name != self.word(s))
        {
            let t = tokens[s];
            (self.article.unread_short_forms)
                .push(ByteSpan::new(self.base + t.start, self.base + t.end));
            return;
        }
        if label == Label::Org
            && end == s + 1
            && let Some(t) = tokens.get(s)
            && self.article.is_person(
                t.text(line),
                ByteSpan::new(self.base + t.start, self.base + t.end),
            )
        {
            self.emit(s, end, Label::Person, Reason::RepeatsPerson);
            return;
        }
        // "President Carter's": after a title, a company named with a possessive
        // ("Carter's") is a person and the possessive stays outside.
        if label == Label::Org
            && end == s + 3
            && s > 0
            && self.classes(s - 1) & class::TITLE != 0
            && matches!(self.word(s + 1), "'" | "’")
            && self.word(s + 2) == "s"
        {
            self.person(s, s + 1, Reason::AfterTitle);
            return;
        }
        // "The Hague": a leading article stays outside, where the rest is the same name.
        let s = if self.word(s) == "The" && end > s + 1 && self.names_without_the(s, end, label) {
            s + 1
        } else {
            s
        };
        let mut end = end;
        if label == Label::Product
            && let Some(t) = self.tokens.get(end)
            && t.kind == Kind::Number
            && t.space_before
            && t.end - t.start <= 2
            && !self.claimed[end]
        {
            end += 1;
        }
        // "Microsoft Research", "Pew Research": a known organisation's research arm, when
        // "Research" ends the capitalised words.
        if label == Label::Org
            && self.word(end) == "Research"
            && !self.claimed[end]
            && !self.tokens.get(end + 1).is_some_and(|t| t.is_cap_word())
        {
            end += 1;
        }
        self.emit(s, end, label, Reason::Gazetteer);
    }

    /// Whether tokens `s + 1..end` (a hit that opens with "The") are a listed name of `label`.
    fn names_without_the(&self, s: usize, end: usize, label: Label) -> bool {
        let rest = self.text_of(s + 1, end);
        self.g.lookup(rest).is_some_and(|(known, _)| known == label)
    }

    /// Marks a person's name and remembers its words for the rest of the article.
    pub(super) fn person(&mut self, s: usize, e: usize, reason: Reason) {
        self.emit(s, e, Label::Person, reason);
        let words: Vec<usize> = (s..e).filter(|&k| self.tokens[k].is_cap_word()).collect();
        let (Some(&first), Some(&last)) = (words.first(), words.last()) else {
            return;
        };
        let full = self.text_of(s, e);
        self.article.persons.insert(full.to_string());
        self.article.persons.insert(self.word(last).to_string());
        // "Luiz Inácio Lula da Silva" → "Lula": a name after the first before a lowercase
        // particle inside is one the person goes by too ("Vincent van Gogh" opens with his).
        for pair in words.windows(2).skip(1) {
            let (word, next) = (pair[0], pair[0] + 1);
            let particle_after = next < pair[1] && self.is_lowercase_particle(next);
            if particle_after && !self.g.is_ordinary_word(self.word(word)) {
                self.article.persons.insert(self.word(word).to_string());
            }
        }
        // A family name written first ("Xi Jinping" → "Xi") is not a given name.
        if words.len() > 1 && self.word(first).chars().count() > 1 {
            if self.classes(first) & class::GIVEN == 0 {
                self.article.persons.insert(self.word(first).to_string());
            } else {
                self.article
                    .given_names
                    .insert(self.word(first).to_string());
            }
        }
    }

    /// Capitalised words `s..e` of a chunk ending at `chunk_end`, between hits: split into
    /// runs of plain name words and marked when there is evidence, deferred otherwise.
    fn unknown(&mut self, s: usize, e: usize, chunk_end: usize) {
        let mut k = s;
        while k < e {
            let stop =
                self.classes(k) & class::STOPWORD != 0 && !self.given_name_inside_sentence(k, e);
            if !self.tokens[k].is_cap_word() || stop {
                k += 1;
                continue;
            }
            if let Some(end) = self.joined_capitals(k, e) {
                self.defer(k, end);
                k = end;
                continue;
            }
            if let Some(end) = self.park_after_plain_word(k, e) {
                self.defer(k, end);
                k = end;
                continue;
            }
            // "CBS Sports Jason Smith", "NFL Insider Jason La Canfora": a word of the language
            // before a given name and a surname describes the person and is no part of the
            // name, nor one alone.
            if self.describes_the_person_after(k, e) {
                k += 1;
                continue;
            }
            let run_end = self.name_run(k, e).max(k + 1);
            if let Some(name) = self.name_after_a_role(k, run_end) {
                self.defer(k, name);
                self.person(name, run_end, Reason::CapitalisedRole);
                k = run_end;
                continue;
            }
            // "on Thursday night": a weekday the date rules left (it is a time of day) is no
            // name, whatever cue comes before it.
            if run_end == k + 1 && self.classes(k) & class::WEEKDAY != 0 {
                k = run_end;
                continue;
            }
            if !self.evidence(k, run_end, chunk_end) {
                self.defer(k, run_end);
            }
            k = run_end;
        }
    }

    /// "Lexus Project Manager Fumihiko Hazama": a role written with capitals, a word that
    /// names one in lowercase ("manager"), ends the run `s..e` but for two or three
    /// capitalised words after it, which are the person holding it, whatever their given
    /// name. Returns where the name starts. Not a run of words of the language ("Project
    /// Manager Data Science"), nor one after a role that is an ordinary word.
    fn name_after_a_role(&self, s: usize, e: usize) -> Option<usize> {
        if e < s + 3 {
            return None;
        }
        let role = (s..e - 2).rev().find(|&k| self.is_capitalised_role(k))?;
        let name = role + 1;
        let plain = (name..e).all(|k| {
            self.tokens[k].is_cap_word()
                && !self.in_hit[k]
                && self.classes(k) & class::NOT_IN_NAME == 0
        });
        // The name opens with a given name or a word no dictionary has: "Investor Advocate
        // Rick Fleming" holds more of the role.
        let first = self.word(name);
        let opens_a_name =
            self.classes(name) & class::GIVEN != 0 || !self.g.is_ordinary_word(first);
        let words: Vec<&str> = (name..e).map(|k| self.word(k)).collect();
        (plain && opens_a_name && e - name <= 3 && !ordinary_words_only(&words, self.g))
            .then_some(name)
    }

    /// Whether token `k` is a role written with a capital: a word that names one in
    /// lowercase ("Manager", "Editor").
    pub(super) fn is_capitalised_role(&self, k: usize) -> bool {
        let word = self.word(k);
        word.starts_with(|c: char| c.is_ascii_uppercase())
            && self.g.classes(&word.to_lowercase()) & class::LOWER_TITLE != 0
    }

    /// Whether token `k`, a capitalised word of the language that is no given name, comes
    /// right before a given name and a surname (see [`Scan::unknown`]).
    fn describes_the_person_after(&self, k: usize, e: usize) -> bool {
        k + 2 < e
            && self.classes(k + 1) & class::GIVEN != 0
            && self.given_name_then_surname(k + 1, e)
            && !is_given_name(self.classes(k), self.word(k))
            && self.g.is_ordinary_word(self.word(k))
    }

    /// "near Central Park", "at Memorial Park": inside a sentence, a generic word or a
    /// building's word before "Park" opens the park's name; such words end a run elsewhere
    /// ("Central" is no name of its own). Returns the end of the pair.
    fn park_after_plain_word(&self, k: usize, e: usize) -> Option<usize> {
        let park = k + 1;
        // "a Buffalo City Park": after another capitalised word the pair is a kind of park.
        let pair = park < e
            && self.word(park) == "Park"
            && self.tokens[park].is_cap_word()
            && !k
                .checked_sub(1)
                .is_some_and(|before| self.tokens[before].is_cap_word())
            && !self.in_hit[k]
            && !self.in_hit[park]
            && !self
                .tokens
                .get(park + 1)
                .is_some_and(|t| t.is_cap_word() && park + 1 < e);
        let classes = self.classes(k);
        let plain_word = classes & (class::GENERIC | class::SUFFIX) != 0
            && classes & (class::NOT_IN_NAME & !(class::GENERIC | class::SUFFIX)) == 0;
        (pair && plain_word && !self.is_sentence_start(k)).then_some(park + 1)
    }

    /// "P&G", "S&P": capitals joined by "&" without spaces are one word, read at the end of
    /// the article as an abbreviation. Returns its end.
    fn joined_capitals(&self, k: usize, e: usize) -> Option<usize> {
        let mut end = k + 1;
        while end + 1 < e
            && self.attached_punct(end, "&")
            && self.tokens[end + 1].is_cap_word()
            && !self.tokens[end + 1].space_before
        {
            end += 2;
        }
        let word = self.text_of(k, end);
        (end > k + 1 && super::abbreviations::names_an_organisation(word)).then_some(end)
    }
}
