//! Names read from the shape of a chunk when neither the gazetteer nor a suffix settles it:
//! a known name inside a longer capitalised name ("Boston Celtics", "Thomson Reuters"), a
//! name with a model number ("Galaxy Watch 6"), an event word before a name ("Hurricane
//! Florence"), and a place's administrative head ("Erie County").

use super::super::gazetteer::{Gazetteer, class};
use super::super::token::Kind;
use super::people_cues::PeopleCue;
use super::{Reason, Scan, abbreviations};
use crate::entities::Label;

/// Words before a number that count things rather than name a product: "Day 1", "Game 7",
/// "Section 230", "Route 66".
const COUNTED: &[&str] = &[
    "Day",
    "Days",
    "Game",
    "Games",
    "Week",
    "Weeks",
    "Round",
    "Stage",
    "Phase",
    "Chapter",
    "Section",
    "Sections",
    "Article",
    "Articles",
    "Level",
    "Grade",
    "Class",
    "Category",
    "Tier",
    "Group",
    "Part",
    "Title",
    "Act",
    "Step",
    "Season",
    "Episode",
    "Volume",
    "Issue",
    "Match",
    "Test",
    "Room",
    "Gate",
    "Terminal",
    "Route",
    "Highway",
    "Interstate",
    "Platform",
    "Flight",
    "District",
    "Ward",
    "Zone",
    "Unit",
    "Block",
    "Lot",
    "Pier",
    "Runway",
    "Floor",
    "Suite",
    "Lane",
    "Track",
    "Number",
    "No",
    "Top",
    "Channel",
    "Proposition",
    "Prop",
    "Measure",
    "Rule",
    "Question",
    "Item",
    "Exhibit",
    "Figure",
    "Table",
    "Page",
    "Line",
    "Appendix",
    "Annex",
    "Schedule",
    "Form",
    "Box",
    "Area",
    "Sector",
    "Division",
    "Region",
    "Under",
    "Over",
    "Year",
    "Years",
    "Hole",
    "Lap",
    "Set",
    "Leg",
    "Heat",
    "Race",
    "Pick",
    "Bus",
    "Train",
    "Apartment",
    "Street",
    "Avenue",
    "Road",
    "Covid",
    "COVID",
];

/// What a box score counts after a player's name and a number: "19 points", "1 goal". Tallies
/// that are verbs as often ("runs", "hits", "blocks") are left out: "Gears of War 4 runs in
/// 4K".
const TALLIES: &[&str] = &[
    "point",
    "points",
    "goal",
    "goals",
    "assist",
    "assists",
    "save",
    "saves",
    "steal",
    "steals",
    "rebound",
    "rebounds",
    "yard",
    "yards",
    "touchdown",
    "touchdowns",
    "tackle",
    "tackles",
    "wicket",
    "wickets",
    "strikeouts",
    "kills",
    "digs",
    "aces",
    "catches",
    "receptions",
    "carries",
];

/// Heads of administrative places: "Erie County", "Gansu Province".
pub(super) const PLACE_HEADS: &[&str] = &[
    "County",
    "Province",
    "Prefecture",
    "Township",
    "Borough",
    "Oblast",
    "Governorate",
    "Municipality",
    "Parish",
    "Canton",
    "Shire",
];

/// Last words that say what a longer name names, read only here (the gazetteer's suffixes
/// are read before): "Sydney Cricket Ground", "Washington Street", "Australian Open",
/// "American League", "Korean Air". With `plain`, they also end a name of unknown words
/// ("Reading Park" is not: "Park" is a surname too).
const SHAPE_HEADS: &[(&str, Label, bool)] = &[
    ("League", Label::Org, true),
    ("Air", Label::Org, false),
    ("Library", Label::Org, true),
    ("Open", Label::Event, false),
    ("Awards", Label::Event, true),
    ("Series", Label::Event, false),
    ("Contest", Label::Event, true),
    ("Tournament", Label::Event, true),
    ("Ground", Label::Fac, true),
    ("Park", Label::Fac, false),
    ("Garden", Label::Fac, true),
    ("Gardens", Label::Fac, true),
    ("Street", Label::Fac, true),
    ("Road", Label::Fac, true),
    ("Oval", Label::Fac, true),
    ("Field", Label::Fac, false),
    // "Vision Pro", "Surface Pro": the model word that ends a device's name.
    ("Pro", Label::Product, true),
    ("Telescope", Label::Product, true),
    // Natural features after a known place ("Cardiff Bay", "Mississippi River"). They are
    // not among the gazetteer's `loc_suffixes`, which make a place of unknown words too:
    // these words are surnames as well ("Michael Bay").
    ("Bay", Label::Loc, false),
    ("River", Label::Loc, false),
    ("Lake", Label::Loc, false),
    ("Beach", Label::Loc, false),
    ("Creek", Label::Loc, false),
    ("Falls", Label::Loc, false),
];

/// Words that end a product's name after its model: "Apple Vision Pro", "Galaxy Note
/// Ultra".
const MODEL_WORDS: &[&str] = &["Pro", "Max", "Plus", "Mini", "Ultra", "Lite", "XL"];

/// Words after a company's name that name an arm of it, not a product: "CBS Sports", "Sony
/// Music", "Epic Games". (Others, such as "News" and "Studios", are suffix words.)
const ARM_WORDS: &[&str] = &[
    "Sports",
    // A newsroom's desk ("CNN Business", "Bloomberg Politics").
    "Business",
    "Politics",
    "Opinion",
    "Travel",
    "Radio",
    "TV",
    "Music",
    "Films",
    "Digital",
    "Online",
    "Games",
    // An exchange's index is an organisation as the exchange is ("Nasdaq Composite").
    "Composite",
];

/// The body of a car written after its model: "LC 500 Convertible".
const BODY_STYLES: &[&str] = &[
    "Convertible",
    "Coupe",
    "Sedan",
    "Hatchback",
    "Wagon",
    "Roadster",
    "Cabriolet",
    "Hybrid",
];

/// Whether `word` is one of the head words that end a longer name ("League", "Library").
pub(super) fn is_head_word(word: &str) -> bool {
    SHAPE_HEADS.iter().any(|&(head, _, _)| head == word)
}

/// Words before a name that make it a natural place: "Lake Berryessa", "Mount Kenya".
const NATURAL_PLACE_WORDS: &[&str] = &["Lake", "Mount"];

/// Words before a name that make it an event: "Hurricane Florence", "Typhoon Hagibis".
const EVENT_WORDS: &[&str] = &["Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical Storm"];

impl Scan<'_> {
    /// Reads `s..e` by its shape; returns whether it marked something.
    pub(super) fn shaped_name(&mut self, s: usize, e: usize) -> bool {
        // A heading capitalises at will; one word and a place's head ("Christian County
        // police blotters") still name the place.
        if self.heading {
            return e == s + 2 && self.place_head(s, e);
        }
        self.player_tally(s, e)
            || self.model_number(s, e)
            || self.event_word(s, e)
            || self.natural_place(s, e)
            || self.place_head(s, e)
            || self.name_around_known(s, e)
            || self.plain_with_head(s, e)
    }

    /// The label a last word gives a longer name: (label, whether it holds without a known
    /// name inside).
    fn shape_head(&self, k: usize) -> Option<(Label, bool)> {
        let word = self.word(k);
        SHAPE_HEADS
            .iter()
            .find(|(w, _, _)| *w == word)
            .map(|&(_, label, plain)| (label, plain))
    }

    /// "Gansu Library", "Wembley Road", "Premier League": unknown words and a head that names
    /// its kind alone.
    fn plain_with_head(&mut self, s: usize, e: usize) -> bool {
        // "Major League Gaming", "Little League Baseball": a league's name may end in what
        // it plays, one word after the head.
        let sport_after = e >= s + 3 && self.word(e - 2) == "League" && self.is_plain_word(e - 1);
        let head = if sport_after { e - 2 } else { e - 1 };
        let Some((label, true)) = self.shape_head(head) else {
            return false;
        };
        // "Premier League": a title may open such a name (see `title_starts_a_name`).
        let title_first = |k: usize| k == s && self.classes(k) & class::TITLE != 0;
        // "James Webb Space Telescope": a thing named after a person, in three words or
        // more before its head.
        let namesake = |k: usize| {
            e >= s + 4
                && self.tokens[k].is_cap_word()
                && !self.in_hit[k]
                && self.classes(k) & (class::NOT_IN_NAME | class::PARTICLE) == 0
        };
        let plain =
            e >= s + 2 && (s..head).all(|k| self.is_plain_word(k) || title_first(k) || namesake(k));
        if plain && !self.is_sentence_start(s) {
            self.emit(s, e, label, Reason::HeadWord);
            return true;
        }
        false
    }

    /// "Galaxy Watch 6", "SpaceX Falcon 9", "Galaxy Z Flip5": a name with unknown words and
    /// a model number after it, or ending in a word of letters and digits, is a product.
    fn model_number(&mut self, s: usize, e: usize) -> bool {
        let unknown = (s..e).any(|k| self.is_plain_word(k));
        let words = (s..e).filter(|&k| self.tokens[k].is_cap_word()).count();
        let alone_first = words == 1 && self.is_sentence_start(s);
        if !unknown || alone_first || COUNTED.contains(&self.word(e - 1)) {
            return false;
        }
        // "S&P 500", "FTSE 100": capitals and a number name a stock index when the capitals
        // are an index's ("LC 500" is a car).
        let capitals = (s..e).all(|k| {
            let w = self.word(k);
            w == "&" || (self.tokens[k].is_word() && w.chars().all(|c| c.is_ascii_uppercase()))
        });
        let last = self.word(e - 1);
        let alnum = words >= 2
            && last.chars().any(|c| c.is_ascii_digit())
            && last.chars().next().is_some_and(char::is_alphabetic)
            && last.chars().any(char::is_lowercase);
        // "Moto G4", "Lumia X7": a coined word and a code of capitals and digits.
        let coded = e == s + 2
            && is_code_after_a_name(last)
            && self.tokens[s].is_cap_word()
            && !self.g.is_ordinary_word(self.word(s));
        if alnum || coded {
            self.emit(s, e, Label::Product, Reason::ModelNumber);
            return true;
        }
        if e >= self.tokens.len() {
            return false;
        }
        let number = self.short_number_at(e) && !self.claimed[e];
        // "Liverpool 2-1", "Arsenal 3, Chelsea 1": scores, not models.
        let after = self.tokens.get(e + 1);
        let joined = after.is_some_and(|n| {
            !n.space_before
                && matches!(n.text(self.line), "-" | "–" | "%" | "," | ".")
                && self
                    .tokens
                    .get(e + 2)
                    .is_some_and(|m| m.kind == Kind::Number)
        });
        let score = after.is_some_and(|n| n.text(self.line) == ",")
            && self.tokens.get(e + 2).is_some_and(|n| n.is_cap_word());
        if number && !joined && !score && !self.counts_or_ages(s, e) {
            let stem = self.text_of(s, e);
            let index = capitals && is_stock_index_stem(stem);
            let station = e == s + 1 && abbreviations::names_a_broadcaster(stem);
            let label = if index || station {
                Label::Org
            } else {
                Label::Product
            };
            // "LC 500 Convertible", "Galaxy Note 10 Plus": a model word after the number.
            let model_word = label == Label::Product
                && self
                    .tokens
                    .get(e + 1)
                    .is_some_and(|t| t.is_cap_word() && t.space_before)
                && (MODEL_WORDS.contains(&self.word(e + 1))
                    || BODY_STYLES.contains(&self.word(e + 1)));
            // "WSVN 7News": the channel's news is the station's name.
            let news = station
                && self.tokens.get(e + 1).is_some_and(|t| !t.space_before)
                && self.word(e + 1) == "News";
            let end = if model_word || news { e + 2 } else { e + 1 };
            let reason = if station {
                Reason::Broadcaster
            } else {
                Reason::ModelNumber
            };
            self.emit(s, end, label, reason);
            return true;
        }
        false
    }

    /// "Tolivert 25 points.", "Davis 17 points": a box score's player, named by one to three
    /// unknown words before a number and a tally, opening a sentence or not. A known name
    /// there is a team's ("Rockledge 14") and left to the other rules.
    fn player_tally(&mut self, s: usize, e: usize) -> bool {
        let counted = self.short_number_at(e) && TALLIES.contains(&self.word(e + 1));
        let words = (s..e).filter(|&k| self.tokens[k].is_cap_word()).count();
        // "Chapter 4 points to it": a word that a number counts.
        if !counted
            || !(1..=3).contains(&words)
            || self.claimed[e]
            || COUNTED.contains(&self.word(e - 1))
        {
            return false;
        }
        let plain = (s..e).all(|k| {
            !self.in_hit[k]
                && (!self.tokens[k].is_cap_word()
                    || self.classes(k) & class::NOT_IN_NAME == 0
                    || self.is_initial(k))
        });
        if plain {
            self.person(s, e, Reason::PersonShape);
        }
        plain
    }

    /// Whether token `k` is a number of one to three digits, spaced from the name before it:
    /// a model's ("Falcon 9", "LC 500") or a tally's ("25 points").
    fn short_number_at(&self, k: usize) -> bool {
        self.tokens.get(k).is_some_and(|t| {
            t.kind == Kind::Number
                && t.space_before
                && t.end - t.start <= 3
                && t.text(self.line).bytes().all(|b| b.is_ascii_digit())
        })
    }

    /// Whether the number after the name `s..e` (at token `e`) counts what the name did or
    /// says its age, as a box score or a police report writes them: "Armani Sheffield 19
    /// points", "K. Hupfer 1 goal", "Ryan S. Hollman 31, of Hope". A name that opens with a
    /// given name or an initial is a person's, whatever number follows.
    fn counts_or_ages(&self, s: usize, e: usize) -> bool {
        let counted = TALLIES.contains(&self.word(e + 1));
        let age = self.word(e + 1) == "," && self.word(e + 2) == "of";
        let person = e > s + 1
            && self.hit_at[s].is_none()
            && (self.classes(s) & class::GIVEN != 0
                || (self.is_initial(s) && self.word(s + 1) == "."));
        counted || age || person
    }

    /// "Hurricane Florence": a storm word and a name. "Battle of Gettysburg", "Operation
    /// Warp Speed": another event head (`heads.ron`) and the rest of the run, when it is a
    /// place after "of" or two words or more ("Battle Creek" is a town).
    fn event_word(&mut self, s: usize, e: usize) -> bool {
        let first = self.word(s);
        let storm =
            EVENT_WORDS.contains(&first) || (first == "Tropical" && self.word(s + 1) == "Storm");
        let name = if first == "Tropical" { s + 2 } else { s + 1 };
        if storm && name < e && self.tokens[name].is_cap_word() {
            self.emit(s, name + 1, Label::Event, Reason::EventWord);
            self.analyse(name + 1, e);
            return true;
        }
        if self.classes(s) & class::EVENT_HEAD == 0 {
            return false;
        }
        let named = if self.word(s + 1) == "of" {
            let name = if self.word(s + 2) == "the" {
                s + 3
            } else {
                s + 2
            };
            name < e && self.tokens[name].is_cap_word()
        } else {
            let words = (s + 1..e).filter(|&k| self.tokens[k].is_cap_word()).count();
            words >= 2 && (s + 1..e).all(|k| self.tokens[k].is_cap_word())
        };
        if named {
            self.emit(s, e, Label::Event, Reason::EventWord);
        }
        named
    }

    /// "Lake Berryessa", "Mount Diablo": a word for a lake or mountain and one or two unknown
    /// words are the natural place. The chunk's rest is read on its own ("Lake Tahoe
    /// Resort" is no lake).
    fn natural_place(&mut self, s: usize, e: usize) -> bool {
        if self.word(s) == "Camp" {
            return self.camp(s, e);
        }
        if !NATURAL_PLACE_WORDS.contains(&self.word(s)) {
            return false;
        }
        let name = s + 1;
        // "Lake Michigan", "Mount Olympus": the feature may take a known place's name, or one
        // a company took from it ("Mount Everest", where "Everest" is a firm's).
        if let Some((end, Label::Gpe | Label::Loc | Label::Org | Label::Product)) =
            self.hit_at.get(name).copied().flatten()
            && end == e
        {
            self.emit(s, end, Label::Loc, Reason::HeadWord);
            return true;
        }
        let end = (name..e.min(name + 2))
            .take_while(|&k| self.is_plain_word(k) && self.tokens[k].space_before)
            .last()
            .map_or(name, |k| k + 1);
        if end == name || end < e {
            return false;
        }
        self.emit(s, end, Label::Loc, Reason::HeadWord);
        true
    }

    /// "Camp Pendleton", "Camp Margaritaville": "Camp" and one or two words that are no words
    /// of the language ("Camp Registration" is none) name a camp or a base, a facility,
    /// where their shape would make a person.
    fn camp(&mut self, s: usize, e: usize) -> bool {
        let named = (2..=3).contains(&(e - s))
            && (s + 1..e).all(|k| {
                self.is_plain_word(k)
                    && self.tokens[k].space_before
                    && !self.g.is_ordinary_word(self.word(k))
            });
        if named {
            self.emit(s, e, Label::Fac, Reason::HeadWord);
        }
        named
    }

    /// "Erie County", "Gansu Province": a name and an administrative head is a place.
    fn place_head(&mut self, s: usize, e: usize) -> bool {
        // The head ends the chunk, or a title follows it ("Erie County Executive").
        let Some(p) = (s + 1..e).find(|&k| {
            PLACE_HEADS.contains(&self.word(k))
                && (k + 1 == e || self.classes(k + 1) & class::TITLE != 0)
        }) else {
            return false;
        };
        // Capitalised words only: "Supervisor Alfredo Pedroza of Napa County" names a
        // person and a place.
        let before = (s..p).all(|k| {
            let t = self.tokens[k];
            if t.is_cap_word() {
                self.classes(k) & class::NOT_IN_NAME == 0
            } else {
                !t.is_word()
            }
        });
        if !before || self.word(p + 1) == "of" {
            return false;
        }
        self.emit(s, p + 1, Label::Gpe, Reason::HeadWord);
        self.analyse(p + 1, e);
        true
    }

    /// "Boston Celtics", "Korean Air", "Real Madrid", "Thomson Reuters", "Trinamool
    /// Congress": a place, nationality or organisation the gazetteer knows, joined to
    /// capitalised words it does not know, is one longer name, an organisation. A given
    /// name over a place ("Sydney Sweeney") was read as a person before.
    fn name_around_known(&mut self, s: usize, e: usize) -> bool {
        // "Trump administration", "the Trump White House": a leader and his office.
        let title_follows = self.classes(e) & class::TITLE != 0;
        if title_follows {
            return false;
        }
        // "Getting Disney+ to work", "Following Apple's lead": a verb's "-ing" opening the
        // sentence is capitalised for its place, no part of the name after it.
        if self.opens_with_a_word_of_its_place(s, e) {
            self.analyse(s + 1, e);
            return true;
        }
        // "the AMD Polaris GPU": the kind of device in capitals is no part of the name; nor
        // is a role right after a known name ("as Android Central Editor"): a person's, who
        // holds it at the organisation.
        // The hits first: the role's test lowercases the word.
        let role_after_known = e > s + 1
            && (s..e - 1).any(|k| matches!(self.hit_at[k], Some((end, _)) if end == e - 1))
            && self.is_capitalised_role(e - 1);
        let device_after = e > s + 2 && super::products::DEVICE_KINDS.contains(&self.word(e - 1));
        let e = if device_after || role_after_known {
            e - 1
        } else {
            e
        };
        let mut hits = 0;
        let mut plain = 0;
        let mut first_hit = None;
        let mut k = s;
        while k < e {
            if let Some((end, label)) = self.hit_at[k] {
                let text = self.text_of(k, end);
                let known = matches!(label, Label::Gpe | Label::Norp | Label::Org | Label::Loc);
                if !known || self.g.is_leader_phrase(text) {
                    return false;
                }
                hits += 1;
                first_hit.get_or_insert((k, label));
                k = end;
            } else if self.tokens[k].is_cap_word() {
                if !self.is_plain_word(k) || self.plural_of_known(k) {
                    return false;
                }
                plain += 1;
                k += 1;
            } else if self.tokens[k].is_word() {
                // "Public Spaces of New York City": a lowercase word joins two names.
                return false;
            } else {
                k += 1;
            }
        }
        if hits != 1 || plain == 0 || plain > 2 {
            return false;
        }
        // "the Trump FCC", "the Obama EPA": whether the word before a body's abbreviation is
        // a person of the article, who led the body then, is known after the last line.
        if let Some((k, Label::Org)) = first_hit
            && k == s + 1
            && matches!(self.hit_at[k], Some((end, _)) if end == e)
            && self.is_capitals(k)
        {
            let cue = PeopleCue::LedBy {
                leader: self.byte_span(s, k),
                body: self.byte_span(k, e),
            };
            self.article.people_cues.push(cue);
        }
        let head = self.shape_head(e - 1);
        // "Sydney Sweeney", "Paris Hilton": a one-word place before a surname is a given
        // name; not before a word of the language ("Orlando Magic"), unless an age follows
        // ("Chad Hull, 37,"), nor before a state ("Cayo Costa, Fla.": a place).
        let place_first = matches!(first_hit, Some((k, Label::Gpe | Label::Loc)) if k == s)
            && matches!(self.hit_at[s], Some((end, _)) if end == s + 1)
            && !super::states::state_follows(self.line, self.tokens[e - 1].end, self.g);
        let surname = || {
            self.g.is_surname(self.word(e - 1))
                && (!self.g.is_ordinary_word(self.word(e - 1)) || self.age_before(e + 2))
        };
        if place_first
            && e == s + 2
            && head.is_none()
            && self.tokens[e - 1].space_before
            && surname()
        {
            self.person(s, e, Reason::PersonShape);
            return true;
        }
        // "American Gauff": a nationality before a surname is two names; a nationality
        // makes a longer name only with a head word ("American League").
        let norp_first = first_hit.is_some_and(|(k, label)| k == s && label == Label::Norp);
        let compound = (s + 1..e).all(|k| !self.tokens[k].space_before);
        if norp_first && head.is_none() && !compound {
            return false;
        }
        // "Wary Republicans said": a sentence's first word of the language before a people
        // describes them, no part of a name; a compass point makes a people of a region
        // ("North American", below).
        if let Some((k, Label::Norp)) = first_hit
            && k == s + 1
            && head.is_none()
            && self.is_sentence_start(s)
            && self.g.is_ordinary_word(self.word(s))
            && self.classes(s) & class::GIVEN == 0
            && !super::deferred::is_capitalised_compass(self.word(s), true)
        {
            let end = self.hit_at[k].map_or(k + 1, |(end, _)| end);
            self.emit_hit(k, end, Label::Norp);
            self.analyse(end, e);
            return true;
        }
        // "Nintendo GameBoy": an organisation, then a coined word, is its product; with
        // words of the language it is a longer name ("Dow Jones Industrial Average").
        let organisation_first = first_hit.is_some_and(|(k, label)| k == s && label == Label::Org);
        let coined = (s..e).any(|k| {
            self.is_plain_word(k) && !self.g.is_ordinary_word(self.word(k)) && !self.is_capitals(k)
        });
        // "Casio QV-10", "Casio PB100": an organisation, then a model code, is its product.
        let model = organisation_first && e == s + 2 && self.is_model_code(e - 1);
        // "Kodak Brownie", "Oculus Rift": one word of the language after a company names
        // its product too; in capitals it names an arm ("Oculus VR", "Sony BMG").
        // A word for a broadcaster's or a publisher's arm names the arm ("CBS Sports", "ESPN
        // Radio", "Epic Games").
        let named_product =
            (e == s + 2 && !self.is_capitals(e - 1) && !ARM_WORDS.contains(&self.word(e - 1)))
                || MODEL_WORDS.contains(&self.word(e - 1));
        // "Lower Manhattan", "Southern California", "Western North Carolina": a part of a
        // place is a region of it; "North American": of a people, a people. The place may
        // go on in a compound ("Southwest Miami-Dade"), and its compass point be abbreviated
        // ("SW Miami-Dade").
        let part = matches!(
            self.word(s),
            "Lower"
                | "Upper"
                | "Central"
                | "Downtown"
                | "Midtown"
                | "Uptown"
                | "Greater"
                | "Little"
        ) || super::deferred::is_capitalised_compass(self.word(s), true)
            || matches!(self.word(s), "NW" | "NE" | "SW" | "SE");
        let part_of = |label| {
            part && matches!(self.hit_at[s + 1], Some((end, l))
                if l == label && end <= e && (end..e).all(|k| !self.tokens[k].space_before))
        };
        // "Brooklyn Heights", "Greenwich Village": a place, then a word for a part of town,
        // is that part.
        let quarter_of_a_place = e == s + 2
            && matches!(self.hit_at[s], Some((end, Label::Gpe)) if end == s + 1)
            && matches!(self.word(e - 1), "Heights" | "Village" | "Side" | "Quarter");
        // "Western North": a region the gazetteer knows may hide the place after a compass
        // point, which the rest of the chunk names.
        let rest_is_place = || {
            let rest = self.text_of(s + 1, e);
            self.g
                .lookup(rest)
                .is_some_and(|(label, _)| label == Label::Gpe)
        };
        // "Cayo Costa, Fla.": a name around a known place, before its state, is a town.
        let town_before_state = || {
            (s..e).any(|k| matches!(self.hit_at[k], Some((_, Label::Gpe))))
                && super::states::state_follows(self.line, self.tokens[e - 1].end, self.g)
        };
        let label = match head {
            Some((label, _)) => label,
            None if town_before_state() => Label::Gpe,
            None if part_of(Label::Gpe)
                || part_of(Label::Loc)
                || quarter_of_a_place
                || (part && e > s + 1 && rest_is_place()) =>
            {
                Label::Loc
            }
            None if part_of(Label::Norp) => Label::Norp,
            None if organisation_first && (coined || model || named_product) => Label::Product,
            None => Label::Org,
        };
        let e = if model && !self.code_has_digits(e - 1) {
            e + 2
        } else {
            e
        };
        self.emit(s, e, label, Reason::NameAroundKnown);
        true
    }

    /// Whether the chunk `s..e` opens a sentence with an ordinary word ending in "-ing", or a
    /// number from two to ten, before a known name ("Two United States service members").
    /// Not "One": "One World Trade Center" is a name.
    fn opens_with_a_word_of_its_place(&self, s: usize, e: usize) -> bool {
        let word = self.word(s);
        // Not "-ed": a magazine is "Wired" ("Wired Italy").
        let verb_form = word.len() >= 6 && word.ends_with("ing");
        let number = matches!(
            word,
            "Two" | "Three" | "Four" | "Five" | "Six" | "Seven" | "Eight" | "Nine" | "Ten"
        );
        // "Rival Lowe's said": a plain word opening the sentence before a company's whole
        // name describes the company.
        let before_company = matches!(self.hit_at.get(s + 1), Some(&Some((end, Label::Org))) if end == e)
            && self.classes(s) & class::NOT_IN_NAME == 0
            && !is_compass_or_place_word(word);
        (verb_form || number || before_company)
            && e > s + 1
            && self.hit_at[s].is_none()
            && self.hit_at[s + 1].is_some()
            && self.tokens[s].is_cap_word()
            && self.g.is_ordinary_word(word)
            && self.is_sentence_start(s)
    }

    /// Whether token `k` is a model code: capitals with digits ("PB100", "S23"), or capitals
    /// joined by a hyphen to a number ("QV-10").
    fn is_model_code(&self, k: usize) -> bool {
        let word = self.word(k);
        let capitals = word.bytes().filter(u8::is_ascii_uppercase).count();
        if capitals == 0 || word.bytes().any(|b| b.is_ascii_lowercase()) {
            return false;
        }
        self.code_has_digits(k)
            || (self.attached_punct(k + 1, "-")
                && self
                    .tokens
                    .get(k + 2)
                    .is_some_and(|t| t.kind == Kind::Number && !t.space_before))
    }

    fn code_has_digits(&self, k: usize) -> bool {
        self.word(k).bytes().any(|b| b.is_ascii_digit())
    }

    /// Whether token `k` is written in capitals ("BBC"): an organisation's short form.
    pub(super) fn is_capitals(&self, k: usize) -> bool {
        let word = self.word(k);
        word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
    }

    /// "Treasuries" after "U.S.": the plural of a known name is a common noun.
    fn plural_of_known(&self, k: usize) -> bool {
        plural_of_known(self.g, self.word(k))
    }

    /// A capitalised word outside any hit that no word list knows: a candidate name word.
    pub(super) fn is_plain_word(&self, k: usize) -> bool {
        self.tokens[k].is_cap_word()
            && !self.in_hit[k]
            && self.classes(k) & (class::NOT_IN_NAME | class::GIVEN | class::PARTICLE) == 0
    }
}

/// Whether `word` is the plural of a name the gazetteer knows ("Treasuries", "iPhones"):
/// then it is a common noun.
pub(super) fn plural_of_known(g: &Gazetteer, word: &str) -> bool {
    let Some(stem) = word.strip_suffix('s') else {
        return false;
    };
    let singular = stem
        .strip_suffix("ie")
        .map(|s| format!("{s}y"))
        .unwrap_or_else(|| stem.to_string());
    g.lookup(&singular).is_some()
}

/// Words that open names of places and of the bodies named after them ("North Korea Airlines",
/// "New Delta", "Royal Mail"), kept in a name's span however ordinary: the compass points
/// ([`super::deferred::is_capitalised_compass`]) and these.
fn is_compass_or_place_word(word: &str) -> bool {
    super::deferred::is_capitalised_compass(word, false)
        || matches!(
            word,
            "Central"
                | "New"
                | "Old"
                | "Great"
                | "Greater"
                | "Little"
                | "Upper"
                | "Lower"
                | "Royal"
                | "National"
                | "United"
                | "General"
        )
}

/// Whether `stem`, written in capitals before a number, names a family of stock indices:
/// "S&P 500", "FTSE 100", "CAC 40". A closed class: other capitals and a number are a
/// model ("LC 500", "RC 350").
fn is_stock_index_stem(stem: &str) -> bool {
    matches!(
        stem,
        "S&P"
            | "FTSE"
            | "DAX"
            | "MDAX"
            | "CAC"
            | "STOXX"
            | "ASX"
            | "KOSPI"
            | "TOPIX"
            | "MSCI"
            | "IBEX"
            | "AEX"
            | "SMI"
            | "ATX"
            | "OMX"
            | "OMXS"
            | "BSE"
            | "NSE"
            | "NIFTY"
            | "TSX"
            | "CSI"
            | "SSE"
            | "HSI"
            | "JSE"
            | "NZX"
            | "PSI"
            | "BIST"
            | "WIG"
            | "MOEX"
            | "RTS"
    )
}

/// Whether `word` may be a model's code after the model's name: a capital or two, then digits,
/// and perhaps a capital ("G4" of "Moto G4", "XC90" of "Volvo XC90"). Alone such codes name
/// groups as often ("G20"); [`abbreviations::is_model_code`] reads the longer ones alone.
fn is_code_after_a_name(word: &str) -> bool {
    let bytes = word.as_bytes();
    let letters = bytes.iter().take_while(|b| b.is_ascii_uppercase()).count();
    let digits = bytes[letters..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let rest = &bytes[letters + digits..];
    (1..=2).contains(&letters)
        && (1..=3).contains(&digits)
        && (rest.is_empty() || (rest.len() == 1 && rest[0].is_ascii_uppercase()))
}
