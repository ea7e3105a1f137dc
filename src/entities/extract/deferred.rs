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
use super::abbreviations;
use super::shapes::plural_of_known;
use super::{ArticleState, Explained, Reason, Scan, lines};
use super::{WordMap, WordSet};
use crate::entities::Label;
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
    /// "in Trenton", "from Aspatria": a place, when one or two words (one after "from").
    In,
    From,
    /// "a Joint Fact Sheet": a common noun phrase, not a person.
    A,
}

/// The capitalised words of a run that stand apart (a hyphenated "Rolls-Royce" is one).
fn spaced_words(tokens: &[Token]) -> usize {
    tokens
        .iter()
        .enumerate()
        .filter(|(k, t)| t.is_cap_word() && (*k == 0 || t.space_before))
        .count()
}

/// The words of the mentions' texts (split at spaces), each once.
fn mention_words<'t>(out: &[Explained], text: &'t str) -> WordSet<&'t str> {
    let mut texts: WordSet<&str> = WordSet::default();
    let mut words: WordSet<&str> = WordSet::default();
    for e in out {
        let name = e.mention.text(text);
        if texts.insert(name) {
            words.extend(name.split(' '));
        }
    }
    words
}

/// The names of the mentions other than people, dates and amounts, by their text, with the
/// label of the last mention of each.
fn other_names<'t>(out: &[Explained], text: &'t str) -> WordMap<&'t str, Label> {
    out.iter()
        .filter(|e| !matches!(e.mention.label, Label::Person | Label::Date))
        .filter(|e| !matches!(e.mention.label, Label::Money | Label::Percent))
        .map(|e| (e.mention.text(text), e.mention.label))
        .collect()
}

/// Where the article first names each person by a last word ("Suga" before "Alongside
/// Suga").
fn first_named<'t>(out: &[Explained], text: &'t str) -> WordMap<&'t str, usize> {
    let mut first = WordMap::default();
    for e in out.iter().filter(|e| e.mention.label == Label::Person) {
        if let Some(last) = e.mention.span.slice(text).rsplit(' ').next() {
            first.entry(last).or_insert(e.mention.span.start);
        }
    }
    first
}

impl Scan<'_> {
    /// The cue before token `first`.
    pub(super) fn cue_before(&self, first: usize) -> Cue {
        let Some(before) = first.checked_sub(1) else {
            return Cue::None;
        };
        match self.word(before) {
            "the" | "The" => Cue::The,
            "in" => Cue::In,
            "from" | "near" | "outside" => Cue::From,
            "a" | "an" | "A" | "An" => Cue::A,
            _ => Cue::None,
        }
    }
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
    /// Turns the deferred runs that the article explains into mentions. Returns whether any
    /// was added.
    pub(super) fn resolve_deferred(
        &mut self,
        text: &str,
        g: &Gazetteer,
        out: &mut Vec<Explained>,
    ) -> bool {
        let before = out.len();
        let mut tokens = Vec::new();
        let lowercase = self.lowercase_uses(text, super::teams::SPORT_WORDS);
        let in_lowercase = |w: &str| lowercase.contains(&w.to_lowercase());
        let mut done = vec![false; self.deferred.len()];
        // Words seen capitalised inside a sentence: a sentence's first word is a name word
        // only if the article also capitalises it where capitals say nothing of position.
        // The mentions' share, their names and who is named first are read on another
        // thread meanwhile: a long article has hundreds of thousands of mentions.
        let found = &out[..];
        let (mut inside, (in_mentions, mut names, named)) = std::thread::scope(|scope| {
            let read = scope.spawn(|| {
                (
                    mention_words(found, text),
                    other_names(found, text),
                    first_named(found, text),
                )
            });
            let mut inside: WordSet<&str> = WordSet::default();
            for d in self.deferred.iter().filter(|d| !d.heading) {
                let piece = d.span.slice(text);
                tokenize(piece, &mut tokens);
                let skip = usize::from(d.initial);
                for t in tokens.iter().filter(|t| t.is_cap_word()).skip(skip) {
                    inside.insert(t.text(piece));
                }
            }
            let read = read
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (inside, read)
        });
        inside.extend(in_mentions);

        // People by the shape of their name first: later rules ask who is a person.
        for (i, d) in self.deferred.iter().enumerate() {
            if d.heading || !matches!(d.cue, Cue::None | Cue::From) {
                continue;
            }
            let piece = d.span.slice(text);
            tokenize(piece, &mut tokens);
            let (caps, clean) = name_words(&tokens, piece, g);
            let shaped = clean
                && (2..=3).contains(&caps.len())
                && caps.iter().all(|w| name_like(w) && !in_lowercase(w))
                && caps[1..].iter().all(|w| w.chars().count() > 1)
                && spaced_words(&tokens) >= 2
                && !(d.initial
                    && !inside.contains(caps[0])
                    && named.get(caps[1]).is_some_and(|&at| at < d.span.start))
                && !caps.iter().any(|w| plural_of_known(g, w));
            if shaped {
                out.push(Explained::new(
                    d.span.start,
                    d.span.end,
                    Label::Person,
                    Reason::PersonShape,
                ));
                self.persons.insert(piece.to_string());
                if let Some(last) = caps.last() {
                    self.persons.insert((*last).to_string());
                }
                done[i] = true;
            }
        }

        let added_before_places = out.len();
        for (i, d) in self.deferred.iter().enumerate() {
            if d.heading || done[i] || d.cue == Cue::None {
                continue;
            }
            let piece = d.span.slice(text);
            tokenize(piece, &mut tokens);
            let (caps, clean) = name_words(&tokens, piece, g);
            let known_person = caps.iter().any(|w| self.persons.contains(*w));
            let common = caps
                .iter()
                .any(|w| in_lowercase(w) || plural_of_known(g, w));
            if !clean || caps.is_empty() || known_person || common {
                continue;
            }
            let found = match d.cue {
                Cue::The if caps.len() <= 2 && caps.last().is_some_and(|w| plural(w)) => {
                    Some((Label::Org, Reason::PluralAfterThe))
                }
                Cue::In if caps.len() <= 2 && caps.iter().all(|w| name_like(w)) => {
                    Some((Label::Gpe, Reason::PlacePreposition))
                }
                Cue::From if caps.len() == 1 && name_like(caps[0]) => {
                    Some((Label::Gpe, Reason::PlacePreposition))
                }
                _ => None,
            };
            if let Some((label, reason)) = found {
                out.push(Explained::new(d.span.start, d.span.end, label, reason));
                done[i] = true;
            }
        }

        // Other names of the article by their text: "Celtics" after "the Celtics"; those
        // just found count too, and the last mention of a text gives its label.
        names.extend(other_names(&out[added_before_places..], text));

        for (i, d) in self.deferred.iter().enumerate() {
            if done[i] {
                continue;
            }
            let run = d.span;
            let piece = run.slice(text);
            tokenize(piece, &mut tokens);
            if !d.heading
                && let Some(&label) = names.get(piece)
            {
                out.push(Explained::new(
                    run.start,
                    run.end,
                    label,
                    Reason::RepeatsName,
                ));
                continue;
            }
            // "led by Friedrich Merz" after "Merz told ...": a short run of running text that
            // holds a known person's word is that person's name.
            let words = tokens.iter().filter(|t| t.is_cap_word()).count();
            let known = tokens
                .iter()
                .any(|t| t.is_cap_word() && self.persons.contains(t.text(piece)));
            // "Alongside Suga": a sentence's first word before a known name is no part of it.
            let opener = d.initial
                && tokens.len() == 2
                && tokens
                    .first()
                    .is_some_and(|t| !inside.contains(t.text(piece)));
            if !d.heading && known && (2..=3).contains(&words) && !opener {
                out.push(Explained::new(
                    run.start,
                    run.end,
                    Label::Person,
                    Reason::RepeatsPerson,
                ));
                continue;
            }
            if tokens.len() == 1
                && abbreviations::names_an_organisation(piece)
                && !abbreviations::in_shouted_line(text, run.start)
                && !abbreviations::after_an_article(text, run.start)
                && !in_lowercase(piece)
                && g.classes(piece) & class::STOPWORD == 0
            {
                out.push(Explained::new(
                    run.start,
                    run.end,
                    Label::Org,
                    Reason::Abbreviation,
                ));
                continue;
            }
            self.repeated_words(&tokens, piece, run, g, &names, d.initial, out);
        }
        self.lowercase = lowercase;
        out.len() > before
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
                && self.persons.contains(word)
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

    /// The words of deferred runs (in lowercase) that the text also writes in lowercase:
    /// "Net" of "Net income" when "net" appears elsewhere; and which of the `also` words
    /// (lowercase) it uses, so later passes need not read the text again. One pass over the
    /// text, looking up only the words that start with a letter some candidate starts with.
    fn lowercase_uses(&self, text: &str, also: &[&str]) -> WordSet<String> {
        let mut wanted: WordSet<String> = also.iter().map(|w| w.to_string()).collect();
        let mut tokens = Vec::new();
        for d in self.deferred.iter().filter(|d| !d.heading) {
            let piece = d.span.slice(text);
            tokenize(piece, &mut tokens);
            for t in tokens.iter().filter(|t| t.is_cap_word()) {
                wanted.insert(t.text(piece).to_lowercase());
            }
        }
        if wanted.is_empty() {
            return WordSet::default();
        }
        let mut first = [false; 256];
        for w in &wanted {
            first[usize::from(w.as_bytes()[0])] = true;
        }
        let mut found = WordSet::default();
        for (_, part) in lines::on_chunks(text, lines::Chunking::for_cores(), |_, piece| {
            lowercase_words_in(piece, &wanted, &first)
        }) {
            found.extend(part);
        }
        found
    }
}

/// The `wanted` words written in lowercase in `text`, hyphenated compounds included;
/// `first` marks their first bytes, so other words are not looked up.
fn lowercase_words_in(text: &str, wanted: &WordSet<String>, first: &[bool; 256]) -> Vec<String> {
    let mut found: WordSet<&str> = WordSet::default();
    let bytes = text.as_bytes();
    let in_word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    let mut i = 0;
    while i < bytes.len() {
        if !in_word(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && in_word(bytes[i]) {
            i += 1;
        }
        if !bytes[start].is_ascii_lowercase() || !first[usize::from(bytes[start])] {
            continue;
        }
        let mut look_up = |end: usize| {
            if let Some(word) = text.get(start..end)
                && wanted.contains(word)
            {
                found.insert(word);
            }
        };
        look_up(i);
        // A hyphenated compound ("half-time") is looked up whole as well as by its parts.
        let mut end = i;
        while bytes.get(end) == Some(&b'-') && bytes.get(end + 1).is_some_and(|&b| in_word(b)) {
            end += 1;
            while end < bytes.len() && in_word(bytes[end]) {
                end += 1;
            }
        }
        if end > i {
            look_up(end);
        }
    }
    found.into_iter().map(String::from).collect()
}
