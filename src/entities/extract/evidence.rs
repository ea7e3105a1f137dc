//! Evidence that capitalised words without a known name or a title are a name: a given
//! name first, a verb of saying after ("Freeman said") or before ("said Chas Freeman"), a
//! lowercase title before ("finance minister Katsunobu Kato"), a leader context after
//! ("Trump administration", "the Trump White House"), or an acronym in parentheses after a
//! name ("(IRA)"), or a Korean-style hyphenated given name ("Lee Jae-myung"); and "-based"
//! after a word makes it a place ("Essen-based"). Plain English words that speak ("told Sky
//! Sports") are an organisation, and so are words after a body's staff ("analysts at
//! Wedbush") or beside a word for a company ("the firm, Orbit Beyond,"); words after an
//! organisation's possessive are what it makes ("SpaceX's Starship"). A single word at the
//! start of a sentence is weak evidence: "Analysts said" is no name.

use super::super::gazetteer::class;
use super::super::token::Kind;
use super::deferred::{no_person_between, ordinary_words_only};
use super::names::is_generational_suffix;
use super::people_cues::PeopleCue;
use super::{Reason, Scan, abbreviations};
use crate::entities::Label;

impl Scan<'_> {
    /// Marks the run `s..e` when something around it says what it is.
    pub(super) fn evidence(&mut self, s: usize, e: usize, chunk_end: usize) -> bool {
        if self.acronym(s, e) || self.based_in(s, e) {
            return true;
        }
        // A piece glued to what precedes it ("G" of "PSE&G") is part of a longer word.
        let glued = s > 0
            && !self.tokens[s].space_before
            && !matches!(self.word(s - 1), "“" | "\"" | "(" | "‘" | "[");
        let longest = (s..e)
            .map(|k| self.word(k).chars().count())
            .max()
            .unwrap_or(0);
        if glued || longest < 2 {
            return false;
        }
        let words = (s..e).filter(|&k| self.tokens[k].is_cap_word()).count();
        // "Martin Luther King Jr.": a title after a given name, before a generational
        // suffix, is a surname.
        let plain = (s..e).all(|k| {
            !self.tokens[k].is_cap_word()
                || self.classes(k) & class::NOT_IN_NAME == 0
                || self.is_middle_initial(k, s)
                || (k > s && k + 1 < e && self.title_is_a_surname(k, k + 1, e))
        });
        // Four words when two given names open them, as Spanish and Portuguese names are
        // written ("Andrés Manuel López Obrador"), or a given name and a surname's particle in
        // lowercase ("Luiz Inácio Lula da Silva").
        let four_word_name = words == 4
            && self.classes(s) & class::GIVEN != 0
            && (self.classes(s + 1) & class::GIVEN != 0 || self.lowercase_particle_inside(s, e));
        // Initials inside a name ("George H.W. Bush") do not count towards its length;
        // a name does not end in them ("Atlas Trading J.K.").
        let last_word = (s..e).rev().find(|&k| self.tokens[k].is_cap_word());
        let initials = if last_word.is_some_and(|k| self.is_initial(k)) {
            0
        } else {
            (s..e).filter(|&k| self.is_initial(k)).count()
        };
        // Particles written with capitals inside a name ("James Van Der Beek") do not count
        // either.
        let particles = if words > 3 {
            let inner = last_word.map_or(s, |k| k);
            (s + 1..inner)
                .filter(|&k| {
                    let word = self.word(k).to_ascii_lowercase();
                    self.tokens[k].is_cap_word() && self.g.classes(&word) & class::PARTICLE != 0
                })
                .count()
        } else {
            0
        };
        // Nor does a generational suffix ("Jr.").
        let suffix = last_word.is_some_and(|k| is_generational_suffix(self.word(k))) as usize;
        if !plain || words == 0 || (words - initials - particles - suffix > 3 && !four_word_name) {
            return false;
        }
        // "Tri-Nations": words joined by hyphens alone are one word, not a given name and a
        // surname.
        let spaced = (s + 1..e).any(|k| self.tokens[k].space_before);
        let given_first = self.classes(s) & class::GIVEN != 0 && words >= 2 && spaced;
        if self.heading {
            if given_first && words == 2 {
                self.person(s, e, Reason::GivenName);
                return true;
            }
            return false;
        }
        let initial = self.is_sentence_start(s);
        let speaks = (e == chunk_end && self.speech_follows(s, e) && (words >= 2 || !initial))
            || (words >= 2 && self.speech_precedes(s));
        // "analysts at Wedbush said", "a spokesperson for Blue Origin": the people of a body
        // before it say what it is, whatever follows; so does a word for a company beside it.
        if words <= 3 && !given_first {
            let cue = if self.staff_before(s) {
                // "a spokesman for Johnson" of "Boris Johnson": people have staff too, which
                // is known after the last line.
                let cue = PeopleCue::StaffOf(self.byte_span(s, e));
                self.article.people_cues.push(cue);
                Some(Reason::StaffOf)
            } else if self.company_in_apposition(s, e) {
                Some(Reason::CompanyInApposition)
            } else {
                None
            };
            if let Some(reason) = cue {
                self.emit(s, e, Label::Org, reason);
                return true;
            }
        }
        // "SpaceX's Starship": what a body makes, unless it speaks.
        if !speaks && !given_first && words == e - s && self.made_by_possessive(s, e) {
            self.emit(s, e, Label::Product, Reason::MakersPossessive);
            return true;
        }
        // "the Wrap reported", "according to the Argus Leader": no person is "the" anyone;
        // a name after "the" that speaks, or that a source is quoted from, is an outlet or
        // a body.
        // A body's name may open with a word that describes ("the World Food Programme
        // said"), which no person's name does: it belongs to the body's.
        let open = self.with_describing_words_before(s);
        let after_the = open > 0 && matches!(self.word(open - 1), "the" | "The");
        let cued = after_the && (speaks || self.source_cue_before(open - 1));
        if cued && words <= 3 && !given_first {
            self.emit(open, e, Label::Org, Reason::SpeechVerb);
            return true;
        }
        let reason = if given_first {
            Some(Reason::GivenName)
        } else if self.leader_follows(e, chunk_end)
            && words <= 2
            && !initial
            && !(words == 1 && (self.classes(s) & class::CLUB != 0 || self.is_capitals(s)))
        {
            // "Nationals team photos": a team's nickname before "team" leads nobody; nor does
            // an abbreviation ("a top NSC aide"), a body's.
            Some(Reason::LeaderContext)
        } else if speaks
            && (self.ordinary_run(s, e) || self.ends_in_no_surname(s, e, words))
            && !self.particle_inside(s, e)
            && !self.particle_opens(s, e)
        {
            // "told Sky Sports", "Border Force said": words of plain English that speak
            // are an outlet or a body, no person.
            if words >= 2 {
                self.emit(open, e, Label::Org, Reason::SpeechVerb);
                return true;
            }
            None
        } else if speaks
            && !(e == s + 1
                && (abbreviations::names_an_organisation(self.word(s))
                    || abbreviations::is_camel_case(self.word(s))
                    || self.peoples_of_a_place(s)))
        {
            // "IPPR said": an abbreviation that speaks is left to the article's other
            // evidence (its long form, an organisation's short form); so is a coined name
            // with a capital inside ("PricewaterhouseCoopers said"), a company's, and a
            // place's people ("Londoners said").
            Some(Reason::SpeechVerb)
        } else if words == 2 && self.hyphenated_given_name(s, e) {
            Some(Reason::HyphenatedGivenName)
        } else if words >= 3 && self.particle_inside(s, e) && !self.particle_opens(s, e) {
            // "Marine Le Pen", "Chris Van Hollen": no body's name of plain words has a name's
            // particle with a capital inside it ("La La Land" opens with one: a title).
            Some(Reason::PersonShape)
        } else if self.lowercase_title_precedes(s) || self.family_in_apposition(s, e) {
            Some(Reason::LowercaseTitle)
        } else {
            None
        };
        if let Some(reason) = reason {
            self.person(s, e, reason);
        }
        reason.is_some()
    }

    /// Whether token `k` names the people of a place the gazetteer lists, in the plural
    /// ("Londoners", "Bostonians"); a singular may be a surname ("Hogan").
    fn peoples_of_a_place(&self, k: usize) -> bool {
        let word = self.word(k);
        word.ends_with('s') && super::deferred::demonym_of_listed_place(word, self.g)
    }

    /// "SpaceX's Starship", "NASA's Tess", "Samsung's Galaxy Fold": up to three capitalised
    /// words after an organisation's possessive are something it makes, unless they open
    /// with a given name (alone, it is the thing's name), are shaped like a person's name
    /// or name a place ("Apple's Cupertino campus"), and unless the gazetteer lists them
    /// after the maker's name.
    fn made_by_possessive(&self, s: usize, e: usize) -> bool {
        if s < 3 || e - s > 3 || !self.tokens[s].space_before {
            return false;
        }
        let possessive = self.possessive_at(s - 2);
        let maker_end = self.tokens[s - 2].start;
        let Some(maker) =
            (self.found.iter()).find(|f| possessive && f.end == maker_end && f.label == Label::Org)
        else {
            return false;
        };
        // "Amazon's Alexa": a product the gazetteer lists with its maker's name before it is
        // the product, a given name or not.
        let made = self.text_of(s, e);
        let listed = format!("{} {made}", &self.line[maker.start..maker.end]);
        if self
            .g
            .lookup(&listed)
            .is_some_and(|(label, _)| label == Label::Product)
        {
            return true;
        }
        // "BJP's Pankaja Munde": two or three words of no language are a person's name.
        let person_shaped = e - s >= 2 && (s..e).all(|k| !self.g.is_ordinary_word(self.word(k)));
        // "NASA's Tess": a given name alone is what the body made; with more words it opens
        // a person's name ("Apple's Tim Cook").
        let not_in_product = if e - s == 1 {
            class::CITY | class::REGION
        } else {
            class::GIVEN | class::CITY | class::REGION
        };
        !person_shaped
            && (s..e).all(|k| {
                self.classes(k) & not_in_product == 0 && self.hit_at[k].is_none() && !self.in_hit[k]
            })
    }

    /// Whether the words before `s` name people who work for what `s` opens: "analysts at",
    /// "a spokesperson for", "Executives with" opening a sentence.
    fn staff_before(&self, s: usize) -> bool {
        let word = |back: usize| s.checked_sub(back).map_or("", |k| self.word(k));
        matches!(word(1), "at" | "for" | "with")
            && STAFF.iter().any(|w| w.eq_ignore_ascii_case(word(2)))
    }

    /// "the firm, Orbit Beyond, said", "Ithaca Holdings, a music company, bought": a name
    /// beside a word for a company, between commas.
    fn company_in_apposition(&self, s: usize, e: usize) -> bool {
        let before = s >= 3
            && self.word(s - 1) == ","
            && is_company_noun(self.word(s - 2))
            && matches!(self.word(s - 3), "the" | "The" | "its" | "Its")
            && self.word(e) == ",";
        if before {
            return true;
        }
        // ", a music company," ", an Oakland-based startup that": up to four words of the
        // kind, the noun last.
        if self.word(e) != "," || !matches!(self.word(e + 1), "a" | "an") {
            return false;
        }
        for k in e + 2..(e + 7).min(self.tokens.len()) {
            if self.tokens[k].kind == Kind::Punct && self.word(k) != "-" {
                return false;
            }
            if is_company_noun(self.word(k)) {
                let ends = (self.tokens.get(k + 1)).is_none_or(|t| t.kind == Kind::Punct);
                return ends || matches!(self.word(k + 1), "that" | "which" | "based" | "in");
            }
        }
        false
    }

    /// "(IRA)" right after "Inflation Reduction Act": the acronym takes the name's label and
    /// is remembered for the rest of the article.
    fn acronym(&mut self, s: usize, e: usize) -> bool {
        if e != s + 1 || s < 2 || !self.is_punct(s - 1, "(") || !self.is_punct(e, ")") {
            return false;
        }
        let word = self.word(s);
        let capitals = word.chars().filter(|c| c.is_uppercase()).count();
        // "(N225)" after "Nikkei 225": one capital and a number is a code for the name too.
        let coded = capitals == 1 && word.bytes().any(|b| b.is_ascii_digit());
        if (capitals < 2 && !coded) || word.chars().count() > 8 {
            return false;
        }
        let before = self.tokens[s - 2].end;
        let Some(name) = self.found.iter().find(|f| f.end == before).copied() else {
            return false;
        };
        let name_initial = self.line[name.start..]
            .chars()
            .next()
            .map(|c| c.to_ascii_uppercase());
        if name_initial != word.chars().next() {
            return false;
        }
        self.article.acronyms.insert(word.to_string(), name.label);
        self.emit(s, e, name.label, Reason::Acronym);
        true
    }

    /// "the Essen-based conglomerate", "a Mercer Island-based firm": the words before
    /// "-based" are where something is based, a GPE.
    pub(super) fn based_in(&mut self, s: usize, e: usize) -> bool {
        // The run may have taken "-based" in, as it takes "Jae-myung".
        let took_based = e >= s + 3 && self.word(e - 1) == "based" && self.is_punct(e - 2, "-");
        let e = if took_based { e - 2 } else { e };
        let words = e - s;
        // "GPS-based", "AI-based": one word in capitals is what a thing runs on; the places
        // written so ("US", "UK") are names the gazetteer knows.
        let in_capitals = words == 1 && self.word(s).bytes().all(|b| !b.is_ascii_lowercase());
        let based = (1..=3).contains(&words)
            && !in_capitals
            && (s..e).all(|k| self.tokens[k].is_cap_word())
            && !self.heading
            && self.attached_punct(e, "-")
            && self.word(e + 1) == "based"
            && self.tokens.get(e + 1).is_some_and(|t| !t.space_before);
        if based {
            self.emit(s, e, crate::entities::Label::Gpe, Reason::BasedIn);
        }
        based
    }

    /// Whether the word after the run is a leader context ("administration", "White House").
    fn leader_follows(&self, e: usize, chunk_end: usize) -> bool {
        if e < chunk_end {
            return self.hit_at[e].is_some_and(|(end, _)| {
                let text = self.text_of(e, end);
                self.g.is_leader_phrase(text)
            });
        }
        self.tokens.get(e).is_some_and(|t| t.is_word() && !t.cap)
            && self.classes(e) & class::LEADER != 0
    }

    /// Whether a verb of saying follows right after ("Freeman said"), or ", who" does but
    /// not after a place's preposition ("a councilman in Hendersonville, who was").
    fn speech_follows(&self, s: usize, e: usize) -> bool {
        let says = self.tokens.get(e).is_some_and(|t| t.is_word() && !t.cap)
            && self.classes(e) & class::SPEECH != 0;
        let in_a_place = s > 0 && matches!(self.word(s - 1), "in" | "near" | "from");
        says || (self.word(e) == "," && self.word(e + 1) == "who" && !in_a_place)
    }

    /// "Le Pen said", "Van Hollen told": a name particle with a capital opening the run,
    /// before a capitalised word, is a surname's.
    fn particle_opens(&self, s: usize, e: usize) -> bool {
        e > s + 1 && self.tokens[s + 1].is_cap_word() && self.is_particle_word(s)
    }

    /// "Lula da Silva", "Ursula von der Leyen": a name particle in lowercase inside the run,
    /// between two of its capitalised words.
    fn lowercase_particle_inside(&self, s: usize, e: usize) -> bool {
        (s + 1..e.saturating_sub(1)).any(|k| self.is_lowercase_particle(k))
    }

    /// Whether token `k` is a name particle written in lowercase ("da", "von").
    pub(super) fn is_lowercase_particle(&self, k: usize) -> bool {
        let token = self.tokens[k];
        token.is_word() && !token.cap && self.classes(k) & class::PARTICLE != 0
    }

    /// Whether the word of token `k`, in lowercase, is a name particle: "Le" of "Le Pen".
    fn is_particle_word(&self, k: usize) -> bool {
        self.g.classes(&self.word(k).to_ascii_lowercase()) & class::PARTICLE != 0
    }

    /// "Marine Le Pen", "Chris Van Hollen": a name particle written with a capital inside the
    /// run, before its last word, which no body's name of plain words has.
    fn particle_inside(&self, s: usize, e: usize) -> bool {
        (s + 1..e.saturating_sub(1)).any(|k| {
            self.tokens[k].is_cap_word()
                && self.tokens[k + 1].is_cap_word()
                && self.is_particle_word(k)
        })
    }

    /// "Lee Jae-myung", "Moon Jae-in": a family name, then a given name of two syllables
    /// joined by a hyphen, the second in lowercase. Compounds of capitalised parts
    /// ("Rolls-Royce") do not count.
    fn hyphenated_given_name(&self, s: usize, e: usize) -> bool {
        e == s + 4
            && self.tokens[s + 1].is_cap_word()
            && is_syllable(self.word(s + 1))
            && self.attached_punct(s + 2, "-")
            && self.tokens[s + 3].is_word()
            && !self.tokens[s + 3].cap
            && !self.tokens[s + 3].space_before
            && is_syllable(self.word(s + 3))
    }

    /// Whether the capitalised words of `s..e` are ordinary English words and the first is
    /// no given name, as in the outlet of "told Sky Sports" or "Fox News said", which no
    /// person's name is ("Bill Gates said" is).
    fn ordinary_run(&self, s: usize, e: usize) -> bool {
        let caps: Vec<&str> = (s..e)
            .filter(|&k| self.tokens[k].is_cap_word())
            .map(|k| self.word(k))
            .collect();
        ordinary_words_only(&caps, self.g)
    }

    /// "Kotak Institutional Equities said": two or three words, spaced apart, ending in a
    /// word of the language that is no one's surname, after no given name, speak for a
    /// body (as the deferred runs read them, [`no_person_between`]).
    fn ends_in_no_surname(&self, s: usize, e: usize, words: usize) -> bool {
        let last = e - 1;
        let spaced = (s + 1..e).filter(|&k| self.tokens[k].space_before).count() + 1;
        (2..=3).contains(&words)
            && spaced == words
            && self.tokens[last].is_cap_word()
            && no_person_between(self.word(s), self.word(last), self.g)
    }

    /// `s`, or the first of the describing capitalised words written right before it
    /// ("World", "National", "Federal": the gazetteer's generic words), when no rule has
    /// read them.
    fn with_describing_words_before(&self, s: usize) -> usize {
        let mut k = s;
        while k > 0
            && self.tokens[k].space_before
            && self.tokens[k - 1].is_cap_word()
            && !self.claimed[k - 1]
            && self.classes(k - 1) & class::GENERIC != 0
            && !self.is_sentence_start(k - 1)
        {
            k -= 1;
        }
        k
    }

    /// Whether the words before `the` (the token of "the") say a source is quoted or
    /// reported: "according to the", "told the", "reported by the", "an interview with
    /// the", "a spokesman for the".
    fn source_cue_before(&self, the: usize) -> bool {
        let word = |back: usize| the.checked_sub(back).map_or("", |k| self.word(k));
        match word(1) {
            "told" | "telling" | "tells" => true,
            "to" => word(2).eq_ignore_ascii_case("according"),
            "by" => matches!(word(2), "reported" | "published" | "obtained" | "seen"),
            "with" => matches!(word(2), "interview" | "interviews"),
            "for" => matches!(
                word(2),
                "spokesman" | "spokeswoman" | "spokesperson" | "writing" | "wrote"
            ),
            _ => false,
        }
    }

    fn speech_precedes(&self, s: usize) -> bool {
        s > 0 && self.tokens[s].space_before && self.classes(s - 1) & class::SPEECH != 0
    }

    /// Whether a lowercase title or role stands right before token `s`: "economist Paul
    /// Krugman", "co-host Gayle King".
    pub(super) fn lowercase_title_precedes(&self, s: usize) -> bool {
        s > 0
            && self.tokens[s].space_before
            && self.tokens[s - 1].is_word()
            && !self.tokens[s - 1].cap
            && self.classes(s - 1) & class::LOWER_TITLE != 0
    }

    /// "his wife, Kimberly, was": a family word, then the name between commas.
    fn family_in_apposition(&self, s: usize, e: usize) -> bool {
        const FAMILY: &[&str] = &[
            "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father",
        ];
        s >= 2
            && self.word(s - 1) == ","
            && FAMILY.contains(&self.word(s - 2))
            && self.word(e) == ","
    }

    /// Whether token `s` starts a sentence: nothing but opening quotes, brackets or dashes
    /// since the line start or since a full stop (not one after an initial or a short title).
    pub(super) fn is_sentence_start(&self, s: usize) -> bool {
        let mut k = s;
        while k > 0 {
            k -= 1;
            let text = self.word(k);
            match self.tokens[k].kind {
                Kind::Punct
                    if matches!(
                        text,
                        "“" | "\"" | "‘" | "'" | "(" | "[" | "—" | "–" | "-" | "•" | "*"
                    ) =>
                {
                    continue;
                }
                Kind::Punct if matches!(text, "!" | "?" | ":" | ";") => return true,
                Kind::Punct if text == "." => {
                    let short = k > 0 && {
                        let w = self.word(k - 1);
                        w.chars().count() == 1
                            || (w.len() <= 4 && self.classes(k - 1) & class::TITLE != 0)
                    };
                    return !short;
                }
                _ => return false,
            }
        }
        true
    }
}

/// Whether `word` could be one syllable of a romanised Korean given name ("Jae", "myung"):
/// two to six letters, lowercase after the first. "AI-powered" and "US-based" are not.
fn is_syllable(word: &str) -> bool {
    let letters = word.chars().count();
    (2..=6).contains(&letters) && word.chars().skip(1).all(char::is_lowercase)
}

/// People who work for a body, named before "at", "for" or "with" and the body.
const STAFF: &[&str] = &[
    "analyst",
    "analysts",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "spokespeople",
    "representative",
    "representatives",
    "executive",
    "executives",
    "employee",
    "employees",
    "economist",
    "economists",
    "strategist",
    "strategists",
    "researchers",
    "engineers",
    "staffers",
    "researcher",
    "scientist",
    "scientists",
    "professor",
    "professors",
    "student",
    "students",
    "officials",
    "workers",
    "reporter",
    "reporters",
    "correspondent",
    "anchor",
    "editor",
    "editors",
    "writer",
    "producer",
    "producers",
    "manager",
    "managers",
    "director",
];

/// Whether `word` names a kind of company, as an apposition beside its name does ("the firm,
/// X,", "X, a music company,").
fn is_company_noun(word: &str) -> bool {
    matches!(
        word,
        "company"
            | "firm"
            | "startup"
            | "start-up"
            | "retailer"
            | "carmaker"
            | "automaker"
            | "insurer"
            | "lender"
            | "manufacturer"
            | "conglomerate"
            | "developer"
            | "publisher"
            | "provider"
            | "operator"
            | "nonprofit"
            | "charity"
    )
}
