//! Capitalised runs that no rule could read on their line, read again at the end of the
//! article, when the whole of it is known: how each word is cased elsewhere ("Net" of "Net
//! income" is written "net" too), which people were named, which acronyms defined.
//!
//! In order: runs shaped like a person's name ("Bukayo Saka") become people; plural names
//! after "the" ("the Celtics") become organisations; names after a place preposition ("in
//! Trenton") become places; then words that repeat a person's name, an acronym or another
//! name of the article take its label ("Saka", "Celtics").

use super::super::gazetteer::{Gazetteer, class};
use super::super::token::{Kind, Token, tokenize};
use super::names::is_given_name;
use super::shapes::plural_of_known;
use super::word_spans::{is_word_byte, word_end, word_spans};
use super::{ArticleState, Explained, Reason, Scan, lines};
use super::{WordMap, WordSet};
use super::{abbreviations, instrument_codes, lists, states};
use crate::entities::Label;
use crate::entities::covered::Covered;
use crate::entities::halves::{PARALLEL_MENTIONS, on_halves, on_halves_from, on_halves_mut};
use crate::text::ByteSpan;

/// A capitalised run left without evidence on its line.
#[derive(Clone, Copy, Debug)]
pub(super) struct Deferred {
    pub span: ByteSpan,
    /// It lies in a heading (title case: no evidence of a name).
    pub heading: bool,
    /// What comes right before it.
    pub cue: Cue,
    /// It starts a sentence.
    pub initial: bool,
}

/// The word before a deferred run, when it says something about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Cue {
    None,
    /// "the Celtics": not a person.
    The,
    /// "in Trenton", "west Cumbria", "downtown Buffalo": a place, when one or two words.
    In,
    /// "near Aspatria", "outside Cockermouth": a place, when one word.
    From,
    /// "Alpharetta, GA", "Irvine, California": a place before its state, when up to three
    /// words and the last no head of another kind of name.
    State,
    /// "a Joint Fact Sheet": a common noun phrase, not a person.
    A,
    /// "Jane Doe, 45, of Taylorville", "Hayley Hull, 30, Bulpitt": a person's home town
    /// after their age, when up to three words.
    HomeTown,
    /// "June 24 -- Jiffy Lube Live, Bristow, VA": a venue before its town and state, in a
    /// line of a list of dates.
    Venue,
    /// "the rocket Falcon Heavy", "the satellite Tess": a word for a kind of product before
    /// the name that the maker gave it.
    Made,
    /// "unveiled the Xperia Tolvo", "rolled out its new Zanthor Max": what a maker launches
    /// is a product, unless a given name opens it ("released John Doe").
    Launched,
    /// "traveled to Trenton", "toured Asheville": a town the gazetteer knows after a word of
    /// going there, when no person or surname could be meant.
    To,
    /// "Kincaid police said": the town whose police they are, when one or two words that
    /// are no surname and no word of the language ("Transit police").
    Police,
    /// "the planet Phaaze", "comet Chury": a kind of body in the sky before its name, a
    /// place, when up to three words.
    Sky,
    /// "Larsen and Toubro (LART.NS)": a listed company before its share's code, when up to
    /// four words.
    Share,
}

/// Whether "from" or "of" ends `text` before byte `start`: where one comes from, when a
/// state follows the name ("from Zorbville, Indiana was").
fn origin_word_before(text: &str, start: usize) -> bool {
    let before = &text[..start];
    before.ends_with(" from ") || before.ends_with(" of ")
}

/// Whether the word after `end` is "police" (a town's force, written in lowercase).
fn police_follow(text: &str, end: usize) -> bool {
    text[end..]
        .strip_prefix(" police")
        .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
}

/// Whether `word` is a verb whose object, when a name, is a product its maker brings out.
/// Asked before every deferred run: a match on the word.
fn is_launch_verb(word: &str) -> bool {
    matches!(
        word,
        "launched"
            | "launches"
            | "launching"
            | "unveiled"
            | "unveils"
            | "unveiling"
            | "released"
            | "releases"
            | "releasing"
            | "introduced"
            | "introduces"
            | "debuted"
            | "debuts"
    )
}

/// Whether `word` is a kind of product that goes before the product's own name ("the
/// rocket Falcon Heavy", "the drug Leqembi"). A drug or vaccine named so is its brand; after
/// the name ("the Zika vaccine") it is as often the illness's. Asked before every deferred
/// run: a match on the word, a few length and byte tests.
fn is_made_kind(word: &str) -> bool {
    matches!(
        word,
        "rocket"
            | "spacecraft"
            | "satellite"
            | "telescope"
            | "rover"
            | "probe"
            | "drug"
            | "vaccine"
            | "medication"
            | "app"
            | "chatbot"
            | "console"
            | "smartphone"
            | "browser"
    )
}

/// Classes of the last word of a name of something other than a place: "Arena",
/// "Robotics", "Festival".
const NAMED_THINGS: u32 = class::ORG_SUFFIX
    | class::ORG_HEAD
    | class::FAC_SUFFIX
    | class::EVENT_SUFFIX
    | class::CORP_SUFFIX;

/// The capitalised words of a run that stand apart (a hyphenated "Rolls-Royce" is one).
fn spaced_words(tokens: &[Token]) -> usize {
    tokens
        .iter()
        .enumerate()
        .filter(|(k, t)| t.is_cap_word() && (*k == 0 || t.space_before))
        .count()
}

/// Deferred runs from which a pass over them takes a second thread.
pub(super) const PARALLEL_RUNS: usize = 4_096;

/// What the last rules of the pass ask of the article: its other names by their text, the
/// words it capitalises inside a sentence and those it writes in lowercase.
struct Known<'a, 't> {
    names: &'a WordMap<&'t str, Label>,
    /// The head words that open the article's products ("Surface" of "Surface Studio").
    product_heads: &'a WordSet<&'t str>,
    /// Teams' and papers' last words, a name after "the" ("the Wild", "the Chronicle").
    nicknames: &'a WordSet<&'t str>,
    inside: &'a WordSet<&'t str>,
    lowercase: &'a WordSet<String>,
    /// Listed given names the article writes alone inside a sentence ("Tina agreed").
    lone_given_names: &'a WordSet<&'t str>,
}

impl Known<'_, '_> {
    /// Whether the article writes `word` in lowercase too.
    fn in_lowercase(&self, word: &str) -> bool {
        written_in_lowercase(self.lowercase, word)
    }
}

/// Whether `word` is among the article's words written in lowercase (`lowercase`).
pub(super) fn written_in_lowercase(lowercase: &WordSet<String>, word: &str) -> bool {
    lowercase.contains(&word.to_lowercase())
}

/// Whether the run at `span`, written alone inside a sentence, is a listed given name that
/// names a person there: not a word of the language, nor one the article writes in lowercase
/// (`lowercase`), nor one of what a known name counts ("an Oscar" of the Oscars), nor a home
/// town after "of" ("Verdale Marquardt of Quincy").
fn is_lone_given_name(
    text: &str,
    g: &Gazetteer,
    span: ByteSpan,
    lowercase: &WordSet<String>,
) -> bool {
    let word = span.slice(text);
    !word.contains([' ', '-', '.', '&', '\''])
        && g.classes(word) & class::GIVEN != 0
        && !g.is_ordinary_word(word)
        && !written_in_lowercase(lowercase, word)
        && !text[..span.start].ends_with(" of ")
        && g.lookup(&format!("{word}s")).is_none()
}

/// Whether a space and a word that often follows a person opening a sentence (a verb of
/// being, having or saying, "from", "who") follow byte `end`.
pub(super) fn subject_word_follows(text: &str, end: usize) -> bool {
    matches!(
        super::word_after(text, end),
        "from"
            | "who"
            | "was"
            | "is"
            | "has"
            | "had"
            | "said"
            | "says"
            | "told"
            | "added"
            | "explained"
            | "wrote"
            | "would"
            | "will"
            | "also"
    )
}

/// The runs of `runs` (the article's from number `at` on) shaped like a person's name
/// ("Bukayo Saka"), by number, with their capitalised words. `named` says where the article
/// first names each person by a last word, `alone` which words it writes alone.
fn people_by_shape<'t>(
    text: &'t str,
    g: &Gazetteer,
    at: usize,
    runs: &[Deferred],
    known: &Known,
    named: &WordMap<&str, usize>,
    alone: &WordSet<&str>,
) -> Vec<(usize, Vec<&'t str>)> {
    let mut people = Vec::new();
    let mut tokens = Vec::new();
    for (i, d) in runs.iter().enumerate() {
        if d.heading || !matches!(d.cue, Cue::None | Cue::From | Cue::A) {
            continue;
        }
        let piece = d.span.slice(text);
        tokenize(piece, &mut tokens);
        let (caps, clean) = name_words(&tokens, piece, g);
        // "a Payton Pritchard layup": after "a", a person's name of two words, neither a
        // word of the language and one a listed given name or surname ("a Joint Fact Sheet"
        // names a thing).
        if d.cue == Cue::A
            && !(caps.len() == 2
                && (g.classes(caps[0]) & class::GIVEN != 0 || g.is_surname(caps[1]))
                && !g.is_ordinary_word(caps[0])
                && !g.is_ordinary_word(caps[1]))
        {
            continue;
        }
        let shaped = clean
            && (2..=3).contains(&caps.len())
            && caps.iter().all(|w| name_like(w) && !known.in_lowercase(w))
            && (caps[1..].iter().all(|w| w.chars().count() > 1)
                || initials_first(&caps, g)
                || middle_initial(&caps, piece))
            && spaced_words(&tokens) >= 2
            && !(d.initial
                && !known.inside.contains(caps[0])
                && named.get(caps[1]).is_some_and(|&at| at < d.span.start))
            && !caps.iter().any(|w| plural_of_known(g, w))
            // "Anatolia Financial" after "Anatolia Financial S.A.": the article's name.
            && !known.names.contains_key(piece)
            && !ordinary_words_only(&caps, g)
            // "Operation Barbarossa", "Storm Ciarán": an event's head opens no person.
            && g.classes(caps[0]) & class::EVENT_HEAD == 0
            && !names_no_person_before(caps[0], caps[caps.len() - 1], g)
            && !ends_in_no_surname(&caps, spaced_words(&tokens), g, alone)
            // "June 24 -- Jiffy Lube Live, Bristow, VA": a venue.
            && !super::list_lines::is_venue(text, d.span, g)
            // "near Cayo Costa, Fla.": a place before its state; the cued runs read it.
            && !states::state_follows(text, d.span.end, g);
        if shaped {
            people.push((at + i, caps));
        }
    }
    people
}

/// "Fenway Park", "Golden Gate Park": a name of one to three words before "Park" is the
/// park, unless it opens with a given name or a title, or holds a word of a person of the
/// article ("Sarah Park"). "Park" is a surname too, so it is no suffix word that ends every
/// name.
fn names_a_park(run: &str, g: &Gazetteer, persons: &WordSet<String>) -> bool {
    let Some((name, "Park")) = run.rsplit_once(' ') else {
        return false;
    };
    let words: Vec<&str> = name.split(' ').collect();
    words.len() <= 3
        && words.iter().all(|w| name_like(w) && !persons.contains(*w))
        && g.classes(words[0]) & (class::GIVEN | class::TITLE) == 0
}

/// "J.J. Abrams", "H. G. Wells": initials, then a surname that is no word of the language
/// ("D.C. United" is a club).
fn initials_first(caps: &[&str], g: &Gazetteer) -> bool {
    let Some((last, initials)) = caps.split_last() else {
        return false;
    };
    initials.iter().all(|w| w.chars().count() == 1)
        && last.chars().count() > 1
        && !g.is_ordinary_word(last)
}

/// "Verdale V. Marquardt": a name, an initial with its full stop, and a name.
fn middle_initial(caps: &[&str], piece: &str) -> bool {
    let [first, initial, last] = caps else {
        return false;
    };
    // The counts first; the stop is looked for only in a name so shaped.
    initial.chars().count() == 1
        && first.chars().count() > 1
        && last.chars().count() > 1
        && piece
            .find(&format!(" {initial}. "))
            .is_some_and(|at| piece[..at].ends_with(first))
}

/// Whether a name opening with `first` and ending with `last` is something other than a
/// person whatever its shape: a compass point opens a region ("West Mercia", "East
/// Anglia"), a word of a natural or fortified place opens a place ("Cape Canaveral",
/// "Mount Hood"), and an ordinary word before a given name names a body after that person
/// ("Project Jonah"), where a person's name would put the given name first.
fn names_no_person_before(first: &str, last: &str, g: &Gazetteer) -> bool {
    const PLACE_OPENERS: &[&str] = &["Cape", "Mount", "Mt", "Lake", "Isle", "Fort", "Port"];
    // The second letter read as a character: a name may open with "Ş" or "Đ".
    let second_in_lowercase = first.chars().nth(1).is_some_and(|c| c.is_ascii_lowercase());
    let capitalised_compass = second_in_lowercase && is_capitalised_compass(first, false);
    capitalised_compass
        || PLACE_OPENERS.contains(&first)
        || saints_place(first, last, g)
        || (g.is_ordinary_word(first)
            && !is_given_name(g.classes(first), first)
            && is_given_name(g.classes(last), last))
}

/// "St Eustatius", "Saint Helens": "St" or "Saint" before a word that is no given name
/// names a place after a saint ("St Francis" is the saint).
fn saints_place(first: &str, last: &str, g: &Gazetteer) -> bool {
    matches!(first, "St" | "Saint" | "Ste") && !is_given_name(g.classes(last), last)
}

/// "Getty Images", "Heise Online", "Jiffy Lube Live": two or three words
/// ending in a word of the language that is no one's surname, after no given name, name
/// something other than a person ("Jaylen Brown" ends in a surname). Not when the article
/// writes that word `alone` as a name too: a surname that is also a word form ("Rosaly
/// Lopes" ... "Lopes said").
fn ends_in_no_surname(caps: &[&str], spaced: usize, g: &Gazetteer, alone: &WordSet<&str>) -> bool {
    // Three words only when spaced apart: "Sui-Lee Wee" is a given name and a surname.
    let &[first, .., last] = caps else {
        return false;
    };
    if !(caps.len() == 2 || (caps.len() == 3 && spaced == 3)) {
        return false;
    }
    no_person_between(first, last, g) && !alone.contains(last)
}

/// Whether a name from `first` to `last` ends in a word of the language that is no one's
/// surname, after no given name: a body's or a place's name, not a person's.
pub(super) fn no_person_between(first: &str, last: &str, g: &Gazetteer) -> bool {
    g.is_ordinary_word(last) && !g.is_surname_too(last) && !is_given_name(g.classes(first), first)
}

/// What the end-of-article pass asks of the mentions found on their lines.
#[derive(Default)]
struct Found<'t> {
    /// The words of the mentions' texts (split at spaces), each once.
    words: WordSet<&'t str>,
    /// The names of the mentions other than people, dates and amounts, by their text, with
    /// the label of the last mention of each.
    other_names: WordMap<&'t str, Label>,
    /// Where the article first names each person by a last word ("Suga" before "Alongside
    /// Suga").
    first_named: WordMap<&'t str, usize>,
    /// The last words of teams and papers named by their place ([`team_nickname`]).
    nicknames: WordSet<&'t str>,
}

impl<'t> Found<'t> {
    /// Reads `out` in two halves, the second on another thread: a long article has hundreds
    /// of thousands of mentions.
    fn of(out: &[Explained], text: &'t str, g: &Gazetteer) -> Self {
        let [mut first, second] =
            on_halves(out, PARALLEL_MENTIONS, |half| Self::of_half(half, text, g));
        first.words.extend(second.words);
        first.other_names.extend(second.other_names);
        first.nicknames.extend(second.nicknames);
        for (word, at) in second.first_named {
            first.first_named.entry(word).or_insert(at);
        }
        first
    }

    fn of_half(out: &[Explained], text: &'t str, g: &Gazetteer) -> Self {
        let mut found = Found::default();
        // Each text once, whether a mention has it (a company's stem may not) and the label
        // of its last mention that is another name: one look-up a mention.
        let mut texts: WordMap<&'t str, (bool, Option<Label>)> = WordMap::default();
        for e in out {
            let name = e.mention.text(text);
            let label = is_other_name(e.mention.label).then_some(e.mention.label);
            let (mentioned, last) = texts.entry(name).or_insert((false, None));
            if !*mentioned {
                *mentioned = true;
                found.words.extend(name.split(' '));
            }
            let newly_named = label.is_some() && last.is_none();
            if label.is_some() {
                *last = label;
            }
            if newly_named
                && label == Some(Label::Org)
                && let Some(stem) = company_stem(name, g)
            {
                let (_, last) = texts.entry(stem).or_insert((false, None));
                last.get_or_insert(Label::Org);
            }
            if newly_named
                && label == Some(Label::Org)
                && let Some(rest) = body_after_its_place(name, g)
            {
                let (_, last) = texts.entry(rest).or_insert((false, None));
                last.get_or_insert(Label::Org);
            }
            if newly_named
                && label == Some(Label::Org)
                && let Some(nickname) = team_nickname(name, g)
            {
                found.nicknames.insert(nickname);
            }
            if newly_named
                && label == Some(Label::Product)
                && let Some(model) = model_of_product(name, g)
            {
                let (_, last) = texts.entry(model).or_insert((false, None));
                last.get_or_insert(Label::Product);
            }
        }
        found.other_names = (texts.into_iter())
            .filter_map(|(name, (_, label))| Some((name, label?)))
            .collect();
        for e in out.iter().filter(|e| e.mention.label == Label::Person) {
            if let Some(last) = e.mention.span().slice(text).rsplit(' ').next() {
                found
                    .first_named
                    .entry(last)
                    .or_insert(e.mention.span().start);
            }
        }
        found
    }
}

/// The head words ([`class::PRODUCT_HEAD`]) that open the products of `names` ("Surface"
/// of "Surface Studio").
fn product_heads<'t>(names: &WordMap<&'t str, Label>, g: &Gazetteer) -> WordSet<&'t str> {
    (names.iter())
        .filter(|&(_, &label)| label == Label::Product)
        .filter_map(|(name, _)| name.split_once(' ').map(|(head, _)| head))
        .filter(|&head| g.classes(head) & class::PRODUCT_HEAD != 0)
        .collect()
}

/// Whether a mention of this label counts among the article's other names: people, dates
/// and amounts do not.
fn is_other_name(label: Label) -> bool {
    !matches!(
        label,
        Label::Person | Label::Date | Label::Money | Label::Percent
    )
}

/// The names of the mentions other than people, dates and amounts, by their text, with the
/// label of the last mention of each; an organisation also by its name without the company
/// words that end it ("Aurora Trading" of "Aurora Trading Holdings Corp.").
fn other_names<'t>(out: &[Explained], text: &'t str, g: &Gazetteer) -> WordMap<&'t str, Label> {
    let mut names = WordMap::default();
    for e in out.iter().filter(|e| is_other_name(e.mention.label)) {
        let name = e.mention.text(text);
        // Each name's stem once: a long article repeats its names thousands of times.
        let new = names.insert(name, e.mention.label).is_none();
        if new
            && e.mention.label == Label::Org
            && let Some(stem) = company_stem(name, g)
        {
            names.entry(stem).or_insert(Label::Org);
        }
    }
    names
}

/// Whether the one word at `span` is a given name before "and" and a person's full name
/// that opens with another: "Bill" of "Bill and Hillary Clinton" is a person too.
fn given_name_of_a_couple(text: &str, g: &Gazetteer, found: &[Explained], span: ByteSpan) -> bool {
    let word = span.slice(text);
    let Some(partner) = text[span.end..].strip_prefix(" and ") else {
        return false;
    };
    let start = text.len() - partner.len();
    let at = found.partition_point(|e| e.mention.span().start < start);
    let Some(person) = found
        .get(at)
        .filter(|e| e.mention.span().start == start && e.mention.label == Label::Person)
    else {
        return false;
    };
    let name = person.mention.text(text);
    let first_given = name
        .split_once(' ')
        .is_some_and(|(first, _)| g.classes(first) & class::GIVEN != 0);
    !word.contains(' ') && g.classes(word) & class::GIVEN != 0 && first_given
}

/// The model of a product named with its maker, when one word with a digit ("A350" of
/// "Airbus A350", "S23" of "Samsung Galaxy S23"), or the product's one word after its
/// maker ("Echo" of "Amazon Echo", "Teams" of "Microsoft Teams"), or a head word and the
/// words after it ("Surface Studio" of "Microsoft Surface Studio"): the article may name it
/// alone later.
fn model_of_product<'t>(name: &'t str, g: &Gazetteer) -> Option<&'t str> {
    let (maker, rest) = name.split_once(' ')?;
    let made = matches!(g.lookup(maker), Some((Label::Org, _)));
    if !made {
        return None;
    }
    let model = rest.rsplit(' ').next()?;
    let model = model.split('-').next()?;
    let numbered = model.len() >= 2 && model.bytes().any(|b| b.is_ascii_digit());
    if !numbered
        && let Some((head, _)) = rest.split_once(' ')
        && g.classes(head) & class::PRODUCT_HEAD != 0
    {
        return Some(rest);
    }
    let named = !rest.contains(' ')
        && model.len() >= 3
        && model.starts_with(|c: char| c.is_ascii_uppercase())
        && g.classes(model) & class::STOPWORD == 0;
    (numbered || named).then_some(model)
}

/// The last word of a team or paper named by its place and one word ("Wild" of "Minnesota
/// Wild", "Chronicle" of "San Francisco Chronicle"): the article goes on to name it by that
/// word after "the" ("the Wild scored").
fn team_nickname<'t>(name: &'t str, g: &Gazetteer) -> Option<&'t str> {
    let (place, last) = name.rsplit_once(' ')?;
    let named_by_place = g
        .lookup(place)
        .is_some_and(|(label, _)| label == Label::Gpe)
        || g.classes(place) & (class::CITY | class::REGION) != 0;
    let word = last.chars().next().is_some_and(char::is_uppercase) && last.len() > 2;
    (named_by_place && word).then_some(last)
}

/// `name` without the organisation words and legal forms that end it ("Holdings Corp.",
/// "S.A."), when two words or more are left or only legal forms were taken off ("Vizio" of
/// "Vizio Inc."); or a site without its web domain ("Snopes" of "Snopes.com").
fn company_stem<'t>(name: &'t str, g: &Gazetteer) -> Option<&'t str> {
    let site = super::web::without_web_domain(name);
    if site.len() < name.len() {
        return Some(site);
    }
    let mut stem = name;
    let mut legal_forms_only = true;
    while let Some((rest, last)) = stem.rsplit_once(' ') {
        let word = last.trim_end_matches('.');
        // "S.A." is looked up as "SA".
        let classes = if word.contains('.') {
            g.classes(&word.replace('.', ""))
        } else {
            g.classes(word)
        };
        if classes & (class::ORG_SUFFIX | class::CORP_SUFFIX) == 0 {
            break;
        }
        legal_forms_only &= classes & class::CORP_SUFFIX != 0;
        stem = rest;
    }
    // One word is the company only after a legal form: "Ozark" of "Ozark Police
    // Department" is the town.
    let named = stem.contains(' ') || (legal_forms_only && stem.chars().count() > 1);
    // "Andrew Lloyd Webber" of "Andrew Lloyd Webber Foundation" is the person the body is
    // named after: a given name, then a last word no word of the language is.
    let person = !legal_forms_only && named_after_a_person(stem, g);
    (stem.len() < name.len() && named && !person).then_some(stem)
}

/// "Energy Commission" of "California Energy Commission", "Stock Exchange" of "New York
/// Stock Exchange": a body named after its place is named again without it, when two words
/// or more are left and the last is an organisation's suffix word.
fn body_after_its_place<'t>(name: &'t str, g: &Gazetteer) -> Option<&'t str> {
    // Places of up to three words.
    let (cut, _) = (name.match_indices(' ').take(3))
        .find(|&(cut, _)| matches!(g.lookup(&name[..cut]), Some((Label::Gpe, _))))?;
    let rest = &name[cut + 1..];
    let last = rest.rsplit(' ').next()?;
    (rest.contains(' ') && g.classes(last) & class::ORG_SUFFIX != 0).then_some(rest)
}

/// Whether `stem` is shaped like a person's name: two to four words, a known given name
/// first and a last word that is no word of the language ("Andrew Lloyd Webber"; not
/// "Aurora Trading").
fn named_after_a_person(stem: &str, g: &Gazetteer) -> bool {
    let words = stem.split(' ').count();
    let (Some((first, _)), Some((_, last))) = (stem.split_once(' '), stem.rsplit_once(' ')) else {
        return false;
    };
    (2..=4).contains(&words) && g.classes(first) & class::GIVEN != 0 && !g.is_ordinary_word(last)
}

impl Scan<'_> {
    /// The cue before token `first`.
    pub(super) fn cue_before(&self, first: usize) -> Cue {
        let Some(before) = first.checked_sub(1) else {
            return Cue::None;
        };
        if self.launched_before(before) {
            return Cue::Launched;
        }
        // A town the gazetteer knows, after a word of going there or coming from it ("to
        // Trenton", "toured Asheville", "from Cork"): asked only of its word classes, read
        // once per line. Any other word after "from" may be a company or a person ("analysis
        // from Poynter", "a hit from Drake").
        if matches!(
            self.word(before),
            "to" | "from" | "visited" | "visit" | "visiting" | "toured" | "tour" | "touring"
        ) && self.classes(first) & (class::CITY | class::GIVEN) == class::CITY
        {
            return Cue::To;
        }
        // "Millie Tracer of Skokie", "Jane Smith of Newark": a town the gazetteer knows
        // after a person's name and "of" is where they are from.
        if self.word(before) == "of"
            && before > 0
            && self.person_ends_at(before - 1)
            && self.classes(first) & (class::CITY | class::GIVEN) == class::CITY
        {
            return Cue::To;
        }
        match self.word(before) {
            "the" | "The" => Cue::The,
            // "a stake in Snapchat": what one holds a part of is a company.
            "in" if before > 0 && HOLDINGS.contains(&self.word(before - 1)) => Cue::None,
            "in" => Cue::In,
            word if is_part_of_a_place(word) => Cue::In,
            "near" | "outside" => Cue::From,
            "of" if before > 0 && self.age_before(before - 1) => Cue::HomeTown,
            // "Vizio Inc. of Irvine": a company's seat after its legal form.
            "of" if self.legal_form_ends_at(before) => Cue::In,
            // "the town of Ziketan", "the city of Karvoth": a place named after its kind.
            "of" if before > 0 && is_kind_of_settlement(self.word(before - 1)) => Cue::In,
            // Without "of", a word of the language says what the person is ("Bob Cole, 61,
            // Retired").
            "," if self.age_before(before) && !self.g.is_ordinary_word(self.word(first)) => {
                Cue::HomeTown
            }
            "a" | "an" | "A" | "An" => Cue::A,
            word if is_made_kind(word) => Cue::Made,
            "planet" | "planets" | "exoplanet" | "comet" | "asteroid" | "moon" => Cue::Sky,
            // "The drug, Leqembi, is": the kind with its article, then a comma.
            "," if before >= 2
                && is_made_kind(self.word(before - 1))
                && matches!(self.word(before - 2), "the" | "The" | "its" | "Its") =>
            {
                Cue::Made
            }
            _ => Cue::None,
        }
    }

    /// Whether a person's name found on this line ends at token `last` (a line's few names
    /// are not in order yet).
    fn person_ends_at(&self, last: usize) -> bool {
        let end = self.tokens[last].end;
        (self.found.iter()).any(|f| f.end == end && f.label == Label::Person)
    }

    /// Whether a verb of launching ends at token `last`, with "the", "its", "a" or "new"
    /// after it: "unveiled the", "rolled out its new".
    fn launched_before(&self, last: usize) -> bool {
        let mut k = last;
        let mut word = self.word(k);
        if word == "new" && k > 0 {
            k -= 1;
            word = self.word(k);
        }
        if matches!(word, "the" | "its" | "their" | "a" | "an") && k > 0 {
            k -= 1;
            word = self.word(k);
        }
        is_launch_verb(word)
            || (word == "out"
                && k > 0
                && matches!(self.word(k - 1), "rolled" | "rolls" | "rolling"))
    }

    /// Whether a company's legal form ("Inc", "Corp.") ends right before token `next`.
    fn legal_form_ends_at(&self, next: usize) -> bool {
        let form = match next.checked_sub(1) {
            Some(k) if self.word(k) == "." => k.checked_sub(1),
            k => k,
        };
        form.is_some_and(|k| self.classes(k) & class::CORP_SUFFIX != 0)
    }

    /// Whether the comma at token `comma` closes an age set off by commas, as local news
    /// gives a person's before their home town ("Jane Doe, 45, of Quincy", "Hayley Hull, 30,
    /// Bulpitt").
    pub(super) fn age_before(&self, comma: usize) -> bool {
        comma >= 2
            && self.word(comma) == ","
            && self.word(comma - 2) == ","
            && self.tokens[comma - 1].kind == Kind::Number
            && self.word(comma - 1).len() <= 3
    }
}

/// Words for a share of a business, before "in" and its name: "a stake in Snapchat".
const HOLDINGS: &[&str] = &[
    "stake",
    "stakes",
    "shares",
    "investment",
    "investments",
    "invested",
    "invest",
    "interest",
    "holding",
    "holdings",
    "share",
    "position",
];

/// Whether `word` names the people of a place the article names: "Cumbrian" (Cumbria),
/// "Bostonian" (Boston), "Ohioans" (Ohio), "Delhiites" (Delhi), "Torontonians" (Toronto),
/// "Londoners" (London); or of a place the gazetteer lists ("Alaskan"
/// where the article never names Alaska, a heading's too), unless it is a given name. The
/// gazetteer knows the nations' own.
fn demonym_of_named_place(
    word: &str,
    names: &WordMap<&str, Label>,
    g: &Gazetteer,
    heading: bool,
) -> bool {
    let named = |stem: &str| !heading && matches!(names.get(stem), Some(Label::Gpe | Label::Loc));
    demonym_of(word, g, |stem| named(stem) || is_listed_place(stem, g))
}

/// [`demonym_of_named_place`] for a place the gazetteer lists: "Londoners said" are the
/// city's people, no person, whatever the article names.
pub(super) fn demonym_of_listed_place(word: &str, g: &Gazetteer) -> bool {
    demonym_of(word, g, |stem| is_listed_place(stem, g))
}

fn is_listed_place(stem: &str, g: &Gazetteer) -> bool {
    matches!(g.lookup(stem), Some((Label::Gpe, _)))
}

/// Whether `word` is formed from a stem that `is_place` takes, by the endings of the
/// people of a place, and is no given name.
fn demonym_of(word: &str, g: &Gazetteer, is_place: impl Fn(&str) -> bool) -> bool {
    let place = |stem: &str| stem.len() >= 3 && is_place(stem);
    let person = word.strip_suffix('s').unwrap_or(word);
    // "Londoners", "Berliners": only in the plural, as many surnames end a place in "er".
    let dwellers = word
        .strip_suffix("ers")
        .is_some_and(|stem| stem.len() >= 4 && place(stem));
    (["n", "an", "ian", "nian", "ite"]
        .iter()
        .any(|ending| person.strip_suffix(ending).is_some_and(place))
        || dwellers)
        && !is_given_name(g.classes(person), person)
}

/// Kinds of settlement and of a country's parts, in lowercase, that name the place after
/// "of": "the town of Ziketan", "the province of Hakkari".
fn is_kind_of_settlement(word: &str) -> bool {
    matches!(
        word,
        "city"
            | "town"
            | "village"
            | "hamlet"
            | "township"
            | "borough"
            | "municipality"
            | "suburb"
            | "commune"
            | "province"
            | "county"
            | "prefecture"
    )
}

/// Words that say which part of a place is meant ("west Cumbria", "downtown Buffalo",
/// "northern Rakhine"), in lowercase: a capitalised one opens a name ("West Ham").
fn is_part_of_a_place(word: &str) -> bool {
    is_compass(word, true)
        || matches!(
            word,
            "central" | "downtown" | "midtown" | "upstate" | "suburban"
        )
}

/// Whether `word`, in lowercase, is a compass point or its adjective ("north",
/// "northern"), and with `compound` also a point between two ("northeast", "northeastern").
pub(super) fn is_compass(word: &str, compound: bool) -> bool {
    const COMPASS: &[&str] = &["north", "south", "east", "west"];
    let point = word.strip_suffix("ern").unwrap_or(word);
    COMPASS.iter().any(|c| {
        point
            .strip_prefix(c)
            .is_some_and(|rest| rest.is_empty() || (compound && COMPASS.contains(&rest)))
    })
}

/// [`is_compass`] of a word that opens with a capital ("North", "Southern"): lowered only
/// when its first letter could open one.
pub(super) fn is_capitalised_compass(word: &str, compound: bool) -> bool {
    word.starts_with(['N', 'S', 'E', 'W']) && is_compass(&word.to_ascii_lowercase(), compound)
}

/// The capitalised words of a run, with whether the run is made only of name words
/// (capitalised words, particles, hyphenated parts, initials' full stops).
fn name_words<'a>(tokens: &[Token], piece: &'a str, g: &Gazetteer) -> (Vec<&'a str>, bool) {
    let mut caps = Vec::new();
    let mut clean = true;
    for (k, t) in tokens.iter().enumerate() {
        let word = t.text(piece);
        match t.kind {
            Kind::Word if t.cap => caps.push(word),
            Kind::Word => {
                let hyphenated = k > 0 && !t.space_before;
                clean &= hyphenated || g.classes(word) & class::PARTICLE != 0;
            }
            Kind::Punct => clean &= matches!(word, "-" | "." | "’" | "'"),
            _ => clean = false,
        }
    }
    (caps, clean)
}

/// Whether a capitalised word looks like part of a person's name: letters only, not an
/// acronym in capitals (one letter is an initial).
fn name_like(word: &str) -> bool {
    let letters = word.chars().count();
    word.chars().all(char::is_alphabetic)
        && (letters == 1 || word.chars().skip(1).any(char::is_lowercase))
}

/// A plural name: "Celtics", "Gunners" (not "Congress", not "AIDS").
fn plural(word: &str) -> bool {
    word.len() >= 4 && word.ends_with('s') && !word.ends_with("ss") && name_like(word)
}

impl ArticleState {
    /// Turns the deferred runs that the article explains into mentions, besides the
    /// mentions `found` on their lines. Returns the new mentions, in the order the rules
    /// found them (a list apart: the article's own list is near full, and growing it would
    /// double its room).
    pub(super) fn resolve_deferred(
        &mut self,
        text: &str,
        g: &Gazetteer,
        found: &mut [Explained],
    ) -> Vec<Explained> {
        let mut out = Vec::new();
        let run_words = self.run_words(text);
        let mut asked = run_words.all;
        asked.extend(self.heading_hits.iter().map(|span| span.slice(text)));
        let also = [super::teams::SPORT_WORDS, super::sky::SKY_WORDS];
        let lowercase = lowercase_uses(text, &asked, &also);
        let mut done = vec![false; self.deferred.len()];
        // Words seen capitalised inside a sentence: a sentence's first word is a name word
        // only if the article also capitalises it where capitals say nothing of position.
        let Found {
            words: in_mentions,
            other_names: mut names,
            first_named: named,
            nicknames,
        } = Found::of(found, text, g);
        self.companies_named_as_people(text, found, &names);
        let mut inside: WordSet<&str> = in_mentions;
        inside.extend(run_words.inside);

        // People by the shape of their name first: later rules ask who is a person. Each run
        // is read on its own; the people are remembered afterwards, in order.
        // The rules by shape and by cue ask no product's head word nor lone given name: only
        // the rest's do.
        let none = WordSet::default();
        let known = Known {
            names: &names,
            product_heads: &none,
            nicknames: &nicknames,
            inside: &inside,
            lowercase: &lowercase,
            lone_given_names: &none,
        };
        // Words the article writes alone, capitalised inside a sentence: a surname repeated
        // ("Lopes said" after "Rosaly Lopes") is no word of the language there.
        let alone: WordSet<&str> = (self.deferred.iter())
            .filter(|d| !d.heading && !d.initial)
            .map(|d| d.span.slice(text))
            .filter(|run| !run.contains([' ', '-', '.']))
            .collect();
        // Most runs are turned away by their last bytes.
        let parks = (self.deferred.iter().enumerate())
            .filter(|(_, d)| text.as_bytes()[..d.span.end].ends_with(b" Park") && !d.heading);
        for (i, d) in parks {
            if names_a_park(d.span.slice(text), g, &self.persons) {
                out.push(Explained::new(
                    d.span.start,
                    d.span.end,
                    Label::Fac,
                    Reason::HeadWord,
                ));
                done[i] = true;
            }
        }
        let shaped = on_halves_from(&self.deferred, PARALLEL_RUNS, |at, runs| {
            people_by_shape(text, g, at, runs, &known, &named, &alone)
        });
        for (i, caps) in shaped.into_iter().flatten() {
            if done[i] {
                continue;
            }
            let d = self.deferred[i];
            out.push(Explained::new(
                d.span.start,
                d.span.end,
                Label::Person,
                Reason::PersonShape,
            ));
            self.persons.insert(d.span.slice(text).to_string());
            if let Some(last) = caps.last() {
                self.persons.insert((*last).to_string());
            }
            // As on the lines: "Xi" after "Xi Jinping" is the person's family name, written
            // first, and no place however cued ("directives from Xi"). Not a word of the
            // language before an English name ("Wild Rose"), which may be a title.
            if g.classes(caps[0]) & class::GIVEN != 0 {
                self.given_names.insert(caps[0].to_string());
            } else if let [first, last] = caps[..]
                && first.chars().count() > 1
                && (!g.is_ordinary_word(first) || !(g.is_ordinary_word(last) || g.is_surname(last)))
            {
                self.persons.insert(first.to_string());
            }
            done[i] = true;
        }

        let added_before_places = out.len();
        let cued = on_halves_from(&self.deferred, PARALLEL_RUNS, |at, runs| {
            self.cued(text, g, at, runs, &done, &known)
        });
        for (i, label, reason) in cued.into_iter().flatten() {
            let span = self.deferred[i].span;
            out.push(Explained::new(span.start, span.end, label, reason));
            done[i] = true;
        }

        self.listed(text, g, found, &mut out, &mut done);

        // Other names of the article by their text: "Celtics" after "the Celtics"; those
        // just found count too, and the last mention of a text gives its label.
        names.extend(other_names(&out[added_before_places..], text, g));
        self.runs_naming_a_body(text, &names, &mut out, &mut done);

        // The rest read on two threads when many: nothing here changes what the rules ask.
        let rest: Vec<Deferred> = (self.deferred.iter().zip(&done))
            .filter(|&(_, &done)| !done)
            .map(|(&d, _)| d)
            .collect();
        let heads = product_heads(&names, g);
        let lone_given_names: WordSet<&str> = (rest.iter())
            .filter(|d| !d.heading && !d.initial && d.cue == Cue::None)
            .filter(|d| is_lone_given_name(text, g, d.span, &lowercase))
            .map(|d| d.span.slice(text))
            .collect();
        let known = Known {
            names: &names,
            product_heads: &heads,
            nicknames: &nicknames,
            inside: &inside,
            lowercase: &lowercase,
            lone_given_names: &lone_given_names,
        };
        let line_found: &[Explained] = found;
        let [first, second] = on_halves(&rest, PARALLEL_RUNS, |runs| {
            self.read_rest(text, g, runs, &known, line_found)
        });
        out.extend(first);
        out.extend(second);
        // "King laughed" after "Gayle King": a title alone that is a person's surname.
        out.extend(
            (self.lone_titles.iter())
                .filter(|span| self.persons.contains(span.slice(text)))
                .map(|span| {
                    Explained::new(span.start, span.end, Label::Person, Reason::RepeatsPerson)
                }),
        );
        super::heading_surnames::widen(text, &self.deferred, found, &mut out);
        self.lowercase = lowercase;
        out
    }

    /// "an Energy Commission staffer" after "the California Energy Commission": a name word
    /// and a suffix word are deferred apart, and together they are a body the article names
    /// (see [`body_after_its_place`]). Adds each such pair of runs not `done`, one space
    /// apart, to `out` as that body.
    fn runs_naming_a_body(
        &self,
        text: &str,
        names: &WordMap<&str, Label>,
        out: &mut Vec<Explained>,
        done: &mut [bool],
    ) {
        for i in 1..self.deferred.len() {
            let (first, second) = (self.deferred[i - 1], self.deferred[i]);
            if done[i - 1] || done[i] || first.heading || second.span.start != first.span.end + 1 {
                continue;
            }
            let both = ByteSpan::new(first.span.start, second.span.end);
            if text.as_bytes()[first.span.end] == b' '
                && names.get(both.slice(text)) == Some(&Label::Org)
            {
                out.push(Explained::new(
                    both.start,
                    both.end,
                    Label::Org,
                    Reason::RepeatsName,
                ));
                done[i - 1] = true;
                done[i] = true;
            }
        }
    }

    /// "Cardiff, Bangor, Aberystwyth and Wrexham": the runs not `done` that are listed
    /// beside a name of the article take its label, in order, so that one found lends
    /// its label on down the list. Adds them to `out`.
    fn listed(
        &self,
        text: &str,
        g: &Gazetteer,
        found: &[Explained],
        out: &mut Vec<Explained>,
        done: &mut [bool],
    ) {
        let mut added: Vec<lists::Named> = (out.iter())
            .map(|e| (e.mention.span(), e.mention.label))
            .collect();
        added.sort_unstable_by_key(|(span, _)| span.start);
        let mut tokens = Vec::new();
        for (i, d) in self.deferred.iter().enumerate() {
            if !done[i] && !d.heading && given_name_of_a_couple(text, g, found, d.span) {
                out.push(Explained::new(
                    d.span.start,
                    d.span.end,
                    Label::Person,
                    Reason::Listed,
                ));
                done[i] = true;
                continue;
            }
            if done[i] || d.heading || d.initial || !lists::may_be_listed(text, d.span) {
                continue;
            }
            // "SpaceX, Hawthorne, California": a town before its state is a place, whatever
            // is listed before it.
            if states::state_follows(text, d.span.end, g) {
                continue;
            }
            let piece = d.span.slice(text);
            tokenize(piece, &mut tokens);
            let (caps, clean) = name_words(&tokens, piece, g);
            if !clean || caps.is_empty() || caps.len() > 3 || !caps.iter().all(|w| name_like(w)) {
                continue;
            }
            let names = lists::ArticleNames {
                found,
                added: &added,
            };
            // Words of the language are a name in a list of organisations ("SpaceX, Blue
            // Origin and Ceres Robotics"); beside places or people they are as often a
            // common noun written with a capital.
            let plain = caps.iter().all(|w| !g.is_ordinary_word(w));
            let listed = lists::label_from_list(text, d.span, &names)
                .filter(|&label| plain || label == Label::Org);
            if let Some(label) = listed {
                out.push(Explained::new(
                    d.span.start,
                    d.span.end,
                    label,
                    Reason::Listed,
                ));
                let at = added.partition_point(|(span, _)| span.start < d.span.start);
                added.insert(at, (d.span, label));
                done[i] = true;
            }
        }
    }

    /// Whether `word` is the plural of a word of a person the article names: "Finneys" of
    /// "Fran Finney", "Joneses" of "Tom Jones".
    fn family_of_a_person(&self, word: &str) -> bool {
        let Some(singular) = word.strip_suffix('s') else {
            return false;
        };
        self.persons.contains(singular)
            || singular
                .strip_suffix('e')
                .is_some_and(|stem| stem.ends_with('s') && self.persons.contains(stem))
    }

    /// The runs of `runs` (the article's from number `at` on, those not `done`) that the
    /// word before them places: "the Celtics", "in Trenton", "from Aspatria". By number.
    fn cued(
        &self,
        text: &str,
        g: &Gazetteer,
        at: usize,
        runs: &[Deferred],
        done: &[bool],
        known: &Known,
    ) -> Vec<(usize, Label, Reason)> {
        let mut cued = Vec::new();
        let mut tokens = Vec::new();
        for (i, d) in (at..).zip(runs) {
            if done[i] {
                continue;
            }
            // "Alpharetta, GA", "Irvine, California": a place, like "in Trenton", in a heading
            // or a listing too.
            let cue = if states::state_follows(text, d.span.end, g)
                || (!d.heading
                    && origin_word_before(text, d.span.start)
                    && states::state_follows_in_a_sentence(text, d.span.end, g))
            {
                Cue::State
            } else if super::list_lines::is_venue(text, d.span, g) {
                Cue::Venue
            } else if !d.heading && police_follow(text, d.span.end) {
                Cue::Police
            } else if instrument_codes::share_code_follows(text, d.span.end) {
                Cue::Share
            } else if d.heading {
                Cue::None
            } else {
                d.cue
            };
            let piece = d.span.slice(text);
            if cue == Cue::None && !piece.starts_with('S') {
                continue;
            }
            tokenize(piece, &mut tokens);
            let (caps, clean) = name_words(&tokens, piece, g);
            if cue == Cue::None {
                // "They sailed to St Eustatius": a place named for a saint needs no cue.
                if let [first, last] = caps[..]
                    && clean
                    && name_like(last)
                    && saints_place(first, last, g)
                    && !self.persons.contains(last)
                {
                    cued.push((i, Label::Gpe, Reason::SaintsPlace));
                }
                continue;
            }
            let known_person = caps.iter().any(|w| self.persons.contains(*w));
            let common = caps
                .iter()
                .any(|w| known.in_lowercase(w) || plural_of_known(g, w));
            // A venue's words are often the language's ("Jiffy Lube Live").
            if !clean || caps.is_empty() || known_person || (common && cue != Cue::Venue) {
                continue;
            }
            let found = match cue {
                // "the Finneys" after "Fran Finney": the family of a person the article names.
                Cue::The if caps.len() == 1 && self.family_of_a_person(caps[0]) => {
                    Some((Label::Person, Reason::FamilyName))
                }
                Cue::The
                    if caps.len() <= 2
                        && caps.last().is_some_and(|w| plural(w))
                        && title_word_before(text, d.span.start)
                            .is_none_or(|word| self.persons.contains(word)) =>
                {
                    Some((Label::Org, Reason::PluralAfterThe))
                }
                // "in WeWork buildings": a coined name is no place; "a degree in Classical
                // Archaeology" is a field of study. Words of the language ending in a plural
                // ("in Guidelines", "in Pro Shops") and a name before a number ("in Section
                // 956", "in Building 24") name something else; the towns so named that the
                // gazetteer lacks are rare ("Palm Springs" it knows).
                Cue::In
                    if caps.len() <= 2
                        && caps
                            .iter()
                            .all(|w| name_like(w) && !abbreviations::is_camel_case(w))
                        && !(caps.iter().all(|w| g.is_ordinary_word(w))
                            && caps.last().is_some_and(|w| plural(w)))
                        && !number_follows(text, d.span.end)
                        && !names_a_field_of_study(text, d.span) =>
                {
                    Some((Label::Gpe, Reason::PlacePreposition))
                }
                // "Coral Sky Amphitheatre, West Palm Beach, FL" names a venue, then its place.
                Cue::State | Cue::HomeTown
                    if caps.len() <= 3
                        && caps.iter().all(|w| name_like(w))
                        && caps
                            .last()
                            .is_some_and(|w| g.classes(w) & NAMED_THINGS == 0) =>
                {
                    Some((Label::Gpe, Reason::PlacePreposition))
                }
                Cue::Venue if caps.len() <= 6 => Some((Label::Fac, Reason::Venue)),
                Cue::Sky if caps.len() <= 3 => Some((Label::Loc, Reason::SkyBody)),
                // "to Trenton": one word, or two ("to Palm Coast"), that names a town and no
                // person or surname.
                Cue::To
                    if caps.len() <= 2 && caps.iter().all(|w| name_like(w) && !g.is_surname(w)) =>
                {
                    Some((Label::Gpe, Reason::PlacePreposition))
                }
                Cue::Share if caps.len() <= 4 => Some((Label::Org, Reason::ListedShare)),
                Cue::Police
                    if caps.len() <= 2
                        && caps.iter().all(|w| {
                            name_like(w) && !g.is_surname(w) && !g.is_ordinary_word(w)
                        }) =>
                {
                    Some((Label::Gpe, Reason::TownsPolice))
                }
                // "from PricewaterhouseCoopers": as after "in", a coined name is no place.
                Cue::From
                    if caps.len() == 1
                        && name_like(caps[0])
                        && !abbreviations::is_camel_case(caps[0]) =>
                {
                    Some((Label::Gpe, Reason::PlacePreposition))
                }
                _ => None,
            };
            if let Some((label, reason)) = found {
                cued.push((i, label, reason));
            }
        }
        cued
    }

    /// "Anatolia Financial said" where the article also names "Anatolia Financial S.A.": a
    /// person found on its line by the words around it, whose name is an organisation of
    /// the article (or one without its company words), is that organisation. Its words
    /// are no person's words then, unless another person of the article has them.
    fn companies_named_as_people<'t>(
        &mut self,
        text: &'t str,
        found: &mut [Explained],
        names: &WordMap<&str, Label>,
    ) {
        let [mut unnamed, later] = on_halves_mut(found, PARALLEL_MENTIONS, |half| {
            let mut unnamed: Vec<&'t str> = Vec::new();
            for e in half {
                let name = e.mention.text(text);
                // One word is too little: "Suzuki" names the carmaker and many people.
                if e.mention.label == Label::Person
                    && e.reason != Reason::AfterTitle
                    && name.contains(' ')
                    && names.get(name) == Some(&Label::Org)
                {
                    e.mention.label = Label::Org;
                    e.reason = Reason::ArticleConsistency;
                    unnamed.push(name);
                }
            }
            unnamed
        });
        unnamed.extend(later);
        if unnamed.is_empty() {
            return;
        }
        // A name and its words, as `person` remembers them.
        let name_and_words = |name: &'t str| std::iter::once(name).chain(name.split(' '));
        let still_people: WordSet<&str> = (found.iter())
            .filter(|e| e.mention.label == Label::Person)
            .flat_map(|e| name_and_words(e.mention.text(text)))
            .collect();
        for name in unnamed {
            for word in name_and_words(name) {
                if !still_people.contains(word) {
                    self.persons.remove(word);
                    self.given_names.remove(word);
                }
            }
        }
    }

    /// The rules for runs that no rule of the name's shape or cue read: repeated names,
    /// people and acronyms, abbreviations.
    fn read_rest(
        &self,
        text: &str,
        g: &Gazetteer,
        runs: &[Deferred],
        known: &Known,
        found: &[Explained],
    ) -> Vec<Explained> {
        let mut out = Vec::new();
        let mut tokens = Vec::new();
        let mut covered = Covered::new(found, |e| e.mention.span());
        for d in runs {
            let run = d.span;
            let piece = run.slice(text);
            tokenize(piece, &mut tokens);
            match self.whole_run(text, g, d, &tokens, known) {
                Some((label, reason)) => {
                    // "LGP-30": a model's number joined by a hyphen is part of its name.
                    let number = (reason == Reason::ModelNumber)
                        .then(|| abbreviations::model_number_after(text, run.end))
                        .flatten();
                    let end = run.end + number.unwrap_or(0);
                    // "VA-9 May": the number is a date's, read by the line; no model then.
                    if end > run.end && covered.covers(ByteSpan::new(run.end, end)) {
                        continue;
                    }
                    out.push(Explained::new(run.start, end, label, reason));
                }
                None => {
                    let names = known.names;
                    self.repeated_words(&tokens, piece, run, g, names, d.initial, &mut out);
                }
            }
        }
        out
    }

    /// What the deferred run `d` (its `tokens` read) names as a whole, if anything: a name
    /// of the article again, a person of the article, a person's given name, or an
    /// organisation's abbreviation.
    fn whole_run(
        &self,
        text: &str,
        g: &Gazetteer,
        d: &Deferred,
        tokens: &[Token],
        known: &Known,
    ) -> Option<(Label, Reason)> {
        let run = d.span;
        let piece = run.slice(text);
        if !d.heading
            && let Some(&label) = known.names.get(piece)
        {
            return Some((label, Reason::RepeatsName));
        }
        // "led by Friedrich Merz" after "Merz told ...": a short run of running text that
        // holds a known person's word is that person's name.
        let words = tokens.iter().filter(|t| t.is_cap_word()).count();
        let holds_person = tokens
            .iter()
            .any(|t| t.is_cap_word() && self.persons.contains(t.text(piece)));
        // "Alongside Suga": a sentence's first word before a known name is no part of it.
        let opener = d.initial
            && tokens.len() == 2
            && tokens
                .first()
                .is_some_and(|t| !known.inside.contains(t.text(piece)));
        if !d.heading && holds_person && (2..=3).contains(&words) && !opener {
            return Some((Label::Person, Reason::RepeatsPerson));
        }
        // "Surface RT" after "the Surface Studio": a short run that opens with the head word
        // of a product the article names is another product of that line.
        let opens_a_line = tokens
            .first()
            .is_some_and(|t| t.is_cap_word() && known.product_heads.contains(t.text(piece)));
        let event = || {
            tokens
                .last()
                .is_some_and(|t| super::products::names_an_event_after_a_head(t.text(piece)))
        };
        if !d.heading
            && opens_a_line
            && (2..=3).contains(&words)
            && words == tokens.len()
            && !event()
        {
            return Some((Label::Product, Reason::ProductHead));
        }
        // "its own rocket Falcon Heavy": up to three words after a kind of product name it,
        // unless they name a person of the article ("the app Zuckerberg built") or are a
        // common abbreviation or one word of the language, which go on the kind ("satellite
        // TV provider", "the app Store").
        let common =
            || abbreviations::is_common(piece) || (words == 1 && g.is_ordinary_word(piece));
        if d.cue == Cue::Made && !d.heading && words <= 3 && !holds_person && !common() {
            return Some((Label::Product, Reason::KindWord));
        }
        // "unveiled the Xperia Tolvo": as after a kind of product, unless a given name or an
        // event's head opens it ("released John Doe", "launched Operation Sindoor").
        let opens_no_product = || {
            tokens.iter().find(|t| t.is_cap_word()).is_some_and(|t| {
                let first = t.text(piece);
                let classes = g.classes(first);
                is_given_name(classes, first) || classes & class::EVENT_HEAD != 0
            })
        };
        if d.cue == Cue::Launched
            && !d.heading
            && words <= 3
            && !holds_person
            && !common()
            && !opens_no_product()
        {
            return Some((Label::Product, Reason::Launched));
        }
        // "passed the House", "The House voted": a capitalised "House" after "the", outside
        // headings, is a legislature's chamber (the Senate is a known name).
        if piece == "House" && !d.heading && !d.initial && d.cue == Cue::The {
            return Some((Label::Org, Reason::Chamber));
        }
        // "sees the West", "storms hit the Northeast": a compass point alone after "the"
        // is a region; "shops Downtown": so is a part of town written with a capital inside
        // a sentence.
        let compass_after_the =
            d.cue == Cue::The && is_capitalised_compass(piece, true) && !piece.ends_with("ern");
        let part_of_town = !d.initial && matches!(piece, "Downtown" | "Midtown" | "Uptown");
        if !d.heading && tokens.len() == 1 && (compass_after_the || part_of_town) {
            return Some((Label::Loc, Reason::RegionWord));
        }
        // "the Wild" after "Minnesota Wild".
        if !d.heading && d.cue == Cue::The && known.nicknames.contains(piece) {
            return Some((Label::Org, Reason::RepeatsName));
        }
        // One word, "P&G" too, that the article does not write in lowercase.
        let one_word = !piece.contains(char::is_whitespace)
            && !known.in_lowercase(piece)
            && g.classes(piece) & class::STOPWORD == 0;
        let single = one_word && tokens.len() == 1;
        if single && !d.heading && self.given_names.contains(piece) && !self.persons.contains(piece)
        {
            return Some((Label::Person, Reason::GivenNameOfPerson));
        }
        // "Tina agreed with Jacob": a listed given name the article writes alone inside a
        // sentence is someone it calls by that name, there and where it opens a sentence.
        if single && !d.heading && d.cue == Cue::None && known.lone_given_names.contains(piece) {
            return Some((Label::Person, Reason::GivenNameAlone));
        }
        // "Kelsey from Alabama, who is attending", "Neil has patches": opening a sentence,
        // before a word that follows a person who is the subject, such a given name is
        // someone's too ("Max render distance", "Chia seeds" are things).
        if single
            && !d.heading
            && d.initial
            && d.cue == Cue::None
            && g.classes(piece) & (class::CITY | class::REGION) == 0
            && is_lone_given_name(text, g, run, known.lowercase)
            && subject_word_follows(text, run.end)
        {
            return Some((Label::Person, Reason::GivenNameAlone));
        }
        // "South Dakotans", "Rhode Islanders": the people of a place of two words.
        let two_words = words == 2 && tokens.len() == 2 && piece.contains(' ');
        if (single || two_words) && demonym_of_named_place(piece, known.names, g, d.heading) {
            return Some((Label::Norp, Reason::DemonymOfPlace));
        }
        // "Stephen Calderwood, MD" holds a degree, not a state. A state's code is one even
        // when the article writes it as a word ("Noblesville, IN").
        if tokens.len() == 1
            && states::is_state_code(text, run.start, run.end)
            && !self
                .persons
                .contains(states::word_before_comma(&text[..run.start]))
        {
            return Some((Label::Gpe, Reason::StateCode));
        }
        // "WeWork", "GitHub": a coined name with a capital inside is a company's.
        if single && abbreviations::is_camel_case(piece) {
            return Some((Label::Org, Reason::CoinedName));
        }
        // A legal form alone ("LLC") names no company.
        if one_word
            && abbreviations::names_an_organisation(piece)
            && g.classes(piece) & class::CORP_SUFFIX == 0
            && !abbreviations::is_shouted_word(piece, g)
            && !abbreviations::in_shouted_line(text, run.start)
            && !abbreviations::after_an_article(text, run.start)
            && !abbreviations::after_a_count(text, run.start)
        {
            if abbreviations::names_a_station(piece) {
                return Some((Label::Org, Reason::Broadcaster));
            }
            if abbreviations::names_a_model(piece)
                || abbreviations::model_number_after(text, run.end).is_some()
            {
                return Some((Label::Product, Reason::ModelNumber));
            }
            return Some((Label::Org, Reason::Abbreviation));
        }
        None
    }

    /// Whether `word`, written in capitals, is a person's surname or given name of the
    /// article in title case: "TRUMP" of a subheading "TRUMP IMPACT" after "Donald Trump".
    fn surname_in_capitals(&self, word: &str) -> bool {
        if !abbreviations::is_in_capitals(word) {
            return false;
        }
        let mut title = word[..1].to_string();
        title.push_str(&word[1..].to_ascii_lowercase());
        self.persons.contains(title.as_str()) || self.given_names.contains(title.as_str())
    }

    /// The words of one run that repeat a person's name, an acronym or (outside a sentence
    /// start) another name of the article.
    #[allow(clippy::too_many_arguments)]
    fn repeated_words(
        &self,
        tokens: &[Token],
        piece: &str,
        run: ByteSpan,
        g: &Gazetteer,
        names: &WordMap<&str, Label>,
        initial: bool,
        out: &mut Vec<Explained>,
    ) {
        let mut open: Option<(usize, usize)> = None;
        let close = |open: &mut Option<(usize, usize)>, out: &mut Vec<Explained>| {
            if let Some((s, e)) = open.take() {
                out.push(Explained::new(
                    run.start + s,
                    run.start + e,
                    Label::Person,
                    Reason::RepeatsPerson,
                ));
            }
        };
        for (k, t) in tokens.iter().enumerate() {
            let word = t.text(piece);
            let is_person = t.is_cap_word()
                && (self.persons.contains(word) || self.surname_in_capitals(word))
                && g.classes(word) & class::STOPWORD == 0;
            if is_person {
                open = match open {
                    Some((s, _)) => Some((s, t.end)),
                    None => Some((t.start, t.end)),
                };
                continue;
            }
            close(&mut open, out);
            if !t.is_word() {
                continue;
            }
            if let Some(&label) = self.acronyms.get(word) {
                out.push(Explained::new(
                    run.start + t.start,
                    run.start + t.end,
                    label,
                    Reason::RepeatsAcronym,
                ));
            } else if let Some(&label) = names.get(word)
                && t.is_cap_word()
                && !(initial && k == 0)
                && tokens.len() == 1
            {
                out.push(Explained::new(
                    run.start + t.start,
                    run.start + t.end,
                    label,
                    Reason::RepeatsName,
                ));
            }
        }
        close(&mut open, out);
    }

    /// The capitalised words of the runs outside headings, each once (a long article
    /// repeats them): read once for both the lowercase pass and the words capitalised
    /// inside a sentence.
    fn run_words<'t>(&self, text: &'t str) -> RunWords<'t> {
        let [mut words, later] = on_halves(&self.deferred, PARALLEL_RUNS, |runs| {
            RunWords::of(runs, text)
        });
        words.all.extend(later.all);
        words.inside.extend(later.inside);
        words
    }
}

impl<'t> RunWords<'t> {
    fn of(runs: &[Deferred], text: &'t str) -> Self {
        let mut words = RunWords::default();
        let mut tokens = Vec::new();
        for d in runs.iter().filter(|d| !d.heading) {
            let piece = d.span.slice(text);
            tokenize(piece, &mut tokens);
            let caps = tokens.iter().filter(|t| t.is_cap_word());
            for (k, word) in caps.map(|t| t.text(piece)).enumerate() {
                words.all.insert(word);
                if k > 0 || !d.initial {
                    words.inside.insert(word);
                }
            }
        }
        words
    }
}

/// The capitalised words of an article's deferred runs outside headings.
#[derive(Default)]
struct RunWords<'t> {
    all: WordSet<&'t str>,
    /// Those not opening a sentence: their capital says they are names.
    inside: WordSet<&'t str>,
}

/// The `capitalised` words (in lowercase) that the text also writes in lowercase: "Net" of
/// "Net income" when "net" appears elsewhere; and which of the `also` lists' words
/// (lowercase) it uses, so later passes need not read the text again. One pass over the
/// text, looking up only the words a sketch of the candidates may hold.
fn lowercase_uses(text: &str, capitalised: &WordSet<&str>, also: &[&[&str]]) -> WordSet<String> {
    let wanted: WordSet<String> = (also.iter().flat_map(|list| list.iter().copied()))
        .map(str::to_string)
        .chain(capitalised.iter().map(|w| w.to_lowercase()))
        .collect();
    if wanted.is_empty() {
        return WordSet::default();
    }
    let sketch = Sketch::of(wanted.iter().map(String::as_str));
    let mut found = WordSet::default();
    for (_, part) in lines::on_chunks(text, lines::Chunking::for_cores(), |_, piece| {
        lowercase_words_in(piece, &wanted, &sketch)
    }) {
        found.extend(part);
    }
    found
}

/// Whether a number follows `end` after one space: "956" of "Section 956".
fn number_follows(text: &str, end: usize) -> bool {
    let rest = text.as_bytes().get(end..).unwrap_or_default();
    rest.first() == Some(&b' ') && rest.get(1).is_some_and(u8::is_ascii_digit)
}

/// Whether a run's words are all ordinary English words and the first is no given name:
/// "Galaxy Unpacked" and "Stray Kids" name something, but are not shaped like a person's
/// name ("Bill Gates" is).
pub(super) fn ordinary_words_only(caps: &[&str], g: &Gazetteer) -> bool {
    !caps.first().is_some_and(|w| is_given_name(g.classes(w), w))
        && caps.iter().all(|w| g.is_ordinary_word(w))
}

/// A bit per (length, first, middle and last byte) of some words, hashed: most words of a
/// text are none of them, and the sketch says so without a look-up in the set.
struct Sketch(Vec<u64>);

impl Sketch {
    const BITS: usize = 1 << 16;

    fn of<'a>(words: impl Iterator<Item = &'a str>) -> Self {
        let mut bits = vec![0u64; Self::BITS / 64];
        for word in words.filter(|w| !w.is_empty()) {
            let slot = Self::slot(word.as_bytes());
            bits[slot / 64] |= 1 << (slot % 64);
        }
        Sketch(bits)
    }

    /// Whether `word` (not empty) may be one of the words.
    fn may_hold(&self, word: &[u8]) -> bool {
        let slot = Self::slot(word);
        self.0[slot / 64] & (1 << (slot % 64)) != 0
    }

    fn slot(word: &[u8]) -> usize {
        let n = word.len();
        let mix = [word[0], word[n / 2], word[n - 1]]
            .iter()
            .fold(n as u64, |h, &b| {
                h.wrapping_mul(31).wrapping_add(u64::from(b))
            });
        (mix.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 48) as usize
    }
}

/// The `wanted` words written in lowercase in `text`, hyphenated compounds included; only
/// the words `sketch` may hold are looked up.
fn lowercase_words_in(text: &str, wanted: &WordSet<String>, sketch: &Sketch) -> Vec<String> {
    let mut found: WordSet<&str> = WordSet::default();
    let bytes = text.as_bytes();
    for (start, i) in word_spans(bytes) {
        if !bytes[start].is_ascii_lowercase() {
            continue;
        }
        let mut look_up = |end: usize| {
            if sketch.may_hold(&bytes[start..end])
                && let Some(word) = text.get(start..end)
                && wanted.contains(word)
                && !in_an_address(bytes, start, end)
            {
                found.insert(word);
            }
        };
        look_up(i);
        // A hyphenated compound ("half-time") is looked up whole as well as by its parts.
        let mut end = i;
        while bytes.get(end) == Some(&b'-') && bytes.get(end + 1).is_some_and(|&b| is_word_byte(b))
        {
            end = word_end(bytes, end + 1);
        }
        if end > i {
            look_up(end);
        }
    }
    found.into_iter().map(String::from).collect()
}

/// Whether the word at `start..end` of `bytes` names a web site or an account, where a name
/// is written in lowercase: before a top-level domain ("ietf" of "www.ietf.org"), after a
/// handle's sign or in a path ("@corkbeo", "twitter.com/corkbeo").
fn in_an_address(bytes: &[u8], start: usize, end: usize) -> bool {
    let before = start.checked_sub(1).map(|k| bytes[k]);
    let domain = bytes.get(end) == Some(&b'.') && {
        let rest = &bytes[end + 1..];
        let label = rest.iter().take_while(|b| b.is_ascii_lowercase()).count();
        let ends = rest.get(label).is_none_or(|b| !b.is_ascii_alphanumeric());
        ends && (super::web::DOMAINS.iter()).any(|domain| domain.as_bytes() == &rest[..label])
    };
    domain || matches!(before, Some(b'/' | b'@' | b'#'))
}

/// The capitalised word before a preposition and the "the" before `start`, inside a
/// sentence, as in the title of a work: "Attack" of "Attack of the Clones", "Dancing" of
/// "Dancing with the Stars" (not "fans of the Sixers", nor "Fans" opening a sentence). The
/// caller tells it from a person's name ("Anthony Davis of the Lakers").
fn title_word_before(text: &str, start: usize) -> Option<&str> {
    let before = text[..start].strip_suffix(' ')?;
    let (rest, "the") = before.rsplit_once([' ', '\n'])? else {
        return None;
    };
    let (rest, preposition) = rest.rsplit_once(' ')?;
    if !matches!(
        preposition,
        "of" | "with" | "to" | "from" | "for" | "on" | "in"
    ) {
        return None;
    }
    let (opening, word) = super::split_last_word(rest);
    let opens = super::opens_a_sentence_after(opening);
    (word.starts_with(|c: char| c.is_uppercase()) && !opens).then_some(word)
}

/// Whether the run at `span` ends a field of study, with its last word or the word after it
/// ("Political" of "Political Science", whose last word is read apart).
fn names_a_field_of_study(text: &str, span: ByteSpan) -> bool {
    let last = span.slice(text).rsplit(' ').next().unwrap_or_default();
    let next = super::word_after(text, span.end);
    FIELDS_OF_STUDY.contains(&last) || FIELDS_OF_STUDY.contains(&next)
}

/// Fields of study, which a degree or a student is "in" ("PhD student in Classical
/// Archaeology", "a degree in Political Science"): the last word of no place's name.
const FIELDS_OF_STUDY: &[&str] = &[
    "Anthropology",
    "Archaeology",
    "Biology",
    "Chemistry",
    "Classics",
    "Economics",
    "Engineering",
    "Geology",
    "Humanities",
    "Journalism",
    "Linguistics",
    "Literature",
    "Mathematics",
    "Neuroscience",
    "Philosophy",
    "Physics",
    "Psychology",
    "Science",
    "Sciences",
    "Sociology",
    "Studies",
    "Theology",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sketch_holds_its_words_and_few_others() {
        let words = ["net", "income", "half-time", "x", "celtics"];
        let sketch = Sketch::of(words.iter().copied());
        assert!(words.iter().all(|w| sketch.may_hold(w.as_bytes())));
        let others: Vec<String> = (0..1000).map(|n| format!("word{n}")).collect();
        let passed = others
            .iter()
            .filter(|w| sketch.may_hold(w.as_bytes()))
            .count();
        assert!(passed < 20, "{passed} of 1000 other words passed");
    }

    #[test]
    fn both_halves_of_a_long_article_are_read_as_one() {
        // Enough mentions for them to be read on two threads: "Nile" is a place until its
        // last mention, "Kelvane" is only in the second half.
        let pairs = PARALLEL_MENTIONS / 2 + 1;
        let text = format!("{}Nile Kelvane", "Suga Nile ".repeat(pairs));
        let mut out = Vec::new();
        for (k, word) in text.split(' ').enumerate() {
            let start = word.as_ptr() as usize - text.as_ptr() as usize;
            let label = match word {
                "Suga" => Label::Person,
                "Nile" if k + 2 < 2 * pairs => Label::Loc,
                _ => Label::Org,
            };
            out.push(Explained::new(
                start,
                start + word.len(),
                label,
                Reason::Gazetteer,
            ));
        }
        assert!(out.len() > PARALLEL_MENTIONS);
        let found = Found::of(&out, &text, &Gazetteer::embedded().unwrap());
        assert!(found.words.contains("Kelvane") && found.words.contains("Suga"));
        assert_eq!(found.other_names.get("Nile"), Some(&Label::Org));
        assert_eq!(found.first_named.get("Suga"), Some(&0));
        assert_eq!(found.first_named.len(), 1);
    }
}
