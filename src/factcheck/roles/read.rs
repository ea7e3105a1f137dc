//! Reading the office phrases around one person's mention in a sentence:
//! - before the name: `[former] [Japanese|Japan’s] [Assistant] [Finance] Minister [of Defence]
//!   NAME`, then `[of Japan’s Ministry of …]` after it, and a description set off before it
//!   ("Japan’s top trade negotiator, Economic Revitalisation Minister Ryosei Akazawa");
//! - after the name: `NAME, [a|the|Japan’s] [former] [top trade] negotiator [of …],`.
//!
//! Titles are the gazetteer's (capitalised titles, and its lower-case title words); which of
//! them are public offices, and the qualifying words, are `assets/offices.ron`.

use super::pieces::{Piece, Unit};
use super::vocabulary::{QualifierWord, Vocabulary};
use super::{Office, Tense};
use crate::entities::{EntityIndex, Gazetteer, Label, gazetteer_class};
use crate::text::ByteSpan;

/// One office phrase read around a name, before countries are resolved across the corpus.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Reading {
    /// The phrase with the name.
    pub span: ByteSpan,
    pub office: Office,
    pub country: Option<String>,
    pub tense: Tense,
}

pub(super) struct Reader<'a> {
    pub text: &'a str,
    pub gazetteer: &'a Gazetteer,
    pub words: &'a Vocabulary,
    pub index: &'a EntityIndex,
}

/// Most words of a description's adjectives ("top trade") before its title.
const MAX_ADJECTIVES: usize = 3;

impl Reader<'_> {
    /// Every office phrase around the person mention at `name` (an index into `p`).
    pub fn around(&self, p: &[Piece], name: usize) -> Vec<Reading> {
        let mut out = Vec::new();
        let name_span = p[name].span;
        if let Some((mut reading, start)) = self.before(p, name) {
            let described = (start >= 2 && p[start - 1].is_punct(','))
                .then(|| self.description_before(p, start - 1, name_span))
                .flatten();
            if let Some(described) = described {
                if reading.country.is_none() {
                    reading.country = described.country.clone();
                }
                out.push(described);
            }
            out.push(reading);
        }
        if let Some(reading) = self.appositive(p, name) {
            out.push(reading);
        }
        out
    }

    /// `[qualifiers] [country] [portfolio] TITLE [of portfolio] NAME [of …]`, with the index of
    /// its first piece.
    fn before(&self, p: &[Piece], name: usize) -> Option<(Reading, usize)> {
        let mut end = name;
        // "Secretary of [the] Defense NAME": the portfolio after the title.
        let mut after: Vec<usize> = Vec::new();
        let mut j = end;
        while j > 0 && self.is_portfolio_piece(&p[j - 1]) {
            j -= 1;
        }
        if j < end && j >= 2 && p[j - 1].is_word("of") {
            after = (j..end).collect();
            end = j - 1;
        }
        let title_start = self.title_start(p, end)?;
        let mut lead: Vec<usize> = Vec::new();
        let mut tense = title_tense(p, title_start, end);
        let mut country = None;
        let mut ranked = false;
        let mut k = title_start;
        while k > 0 {
            let q = &p[k - 1];
            match q.unit {
                Unit::Word(w) => {
                    if let Some(kind) = self.words.qualifier(w) {
                        match kind {
                            QualifierWord::Rank => {
                                ranked = true;
                                lead.push(k - 1);
                            }
                            QualifierWord::Former => tense = Tense::Former,
                            QualifierWord::Acting if tense == Tense::Current => {
                                tense = Tense::Acting
                            }
                            QualifierWord::Acting => {}
                        }
                    } else if q.is_possessive() && k >= 2 && country.is_none() {
                        match self.country_of(&p[k - 2]) {
                            Some(c) => {
                                country = Some(c);
                                k -= 1;
                            }
                            None => break,
                        }
                    } else if self.is_portfolio_word(w)
                        && country.is_none()
                        && !ranked
                        && tense == Tense::Current
                    {
                        lead.push(k - 1);
                    } else {
                        break;
                    }
                }
                Unit::Mention(label, _) if country.is_none() => {
                    if let Some(c) = self.country_of(q) {
                        country = Some(c);
                    } else if label == Label::Org {
                        // "US Treasury Secretary", "Bank of Japan Governor".
                        country = self.leading_country(q.span);
                        lead.push(k - 1);
                    } else {
                        break;
                    }
                }
                _ => break,
            }
            k -= 1;
        }
        // "In Japan, Prime Minister …": the country the sentence opens with.
        if country.is_none()
            && k >= 3
            && p[k - 1].is_punct(',')
            && p[k - 3].is_word("in")
            && let Some(c) = self.country_of(&p[k - 2])
        {
            country = Some(c);
        }
        lead.sort_unstable();
        let mut after_country = None;
        let mut complement: Option<(ByteSpan, String)> = None;
        if after.is_empty() {
            (after_country, complement) = self.complement(p, name);
        }
        let office = self.office(
            p,
            &lead,
            title_start..end,
            &after,
            complement.as_ref(),
            ranked,
        );
        let last = complement
            .as_ref()
            .map_or(p[name].span.end, |(s, _)| s.end.max(p[name].span.end));
        Some((
            Reading {
                span: ByteSpan::new(p[k].span.start, last),
                office,
                country: country.or(after_country),
                tense,
            },
            k,
        ))
    }

    /// After a name: `of Japan’s Ministry of Economy, …` (a country and an organisation whose
    /// name gives the portfolio), `of the Bank of Japan`, `of Japan`.
    fn complement(&self, p: &[Piece], name: usize) -> (Option<String>, Option<(ByteSpan, String)>) {
        let mut j = name + 1;
        if !p.get(j).is_some_and(|q| q.is_word("of")) {
            return (None, None);
        }
        j += 1;
        if p.get(j).is_some_and(|q| q.is_word("the")) {
            j += 1;
        }
        let mut country = None;
        if let Some(c) = p.get(j).and_then(|q| self.country_of(q)) {
            country = Some(c);
            j += 1;
            if p.get(j).is_some_and(Piece::is_possessive) {
                j += 1;
            }
        }
        let org = p
            .get(j)
            .filter(|q| matches!(q.unit, Unit::Mention(Label::Org, _)))
            .map(|q| {
                let name = q.span.slice(self.text);
                let portfolio = ["Ministry of ", "Department of ", "Ministry for "]
                    .iter()
                    .find_map(|prefix| name.strip_prefix(prefix))
                    .unwrap_or(name);
                (q.span, portfolio.trim_start_matches("the ").to_string())
            });
        (country, org)
    }

    /// `NAME, [a|the|Japan’s|Japanese] [former] [top trade] TITLE [of …]` up to a comma, a
    /// bracket or the sentence's end.
    fn appositive(&self, p: &[Piece], name: usize) -> Option<Reading> {
        if !p.get(name + 1)?.is_punct(',') {
            return None;
        }
        let start = name + 2;
        let mut end = start;
        while end < p.len() && matches!(p[end].unit, Unit::Word(_) | Unit::Mention(..)) {
            end += 1;
        }
        if end < p.len() && !matches!(p[end].unit, Unit::Punct(',' | '.' | ')' | ';' | '—' | '–'))
        {
            return None;
        }
        let mut reading = self.description(p, start, end)?;
        reading.span = ByteSpan::new(p[name].span.start, p[end - 1].span.end);
        Some(reading)
    }

    /// `Japan’s top trade negotiator` ending at the comma `comma`, before a title and name.
    fn description_before(&self, p: &[Piece], comma: usize, name: ByteSpan) -> Option<Reading> {
        let mut start = comma;
        while start > 0 && matches!(p[start - 1].unit, Unit::Word(_) | Unit::Mention(..)) {
            start -= 1;
        }
        // Only what can open a description: a determiner, a country, or a qualifier.
        while start < comma && !self.opens_description(p, start) {
            start += 1;
        }
        let mut reading = self.description(p, start, comma)?;
        reading.span = ByteSpan::new(p[start].span.start, name.end);
        Some(reading)
    }

    fn opens_description(&self, p: &[Piece], at: usize) -> bool {
        let q = &p[at];
        q.is_word("the")
            || q.is_word("a")
            || q.is_word("an")
            || self.country_of(q).is_some()
            || q.word().is_some_and(|w| self.words.qualifier(w).is_some())
    }

    /// A description phrase in `p[start..end]`: determiner or country, qualifiers, at most a
    /// few adjectives, then a title (and `of …`) ending the phrase.
    fn description(&self, p: &[Piece], start: usize, end: usize) -> Option<Reading> {
        let mut k = start;
        let mut country = None;
        let mut tense = Tense::Current;
        if p.get(k)
            .is_some_and(|q| q.is_word("a") || q.is_word("an") || q.is_word("the"))
        {
            k += 1;
        }
        if k < end
            && let Some(c) = self.country_of(&p[k])
        {
            country = Some(c);
            k += 1;
            if k < end && p[k].is_possessive() {
                k += 1;
            }
        }
        // "of Defence" after the title.
        let of = (k..end).find(|&i| p[i].is_word("of")).unwrap_or(end);
        let title_start = self.title_start(p, of)?;
        if title_start < k {
            return None;
        }
        let mut ranked = false;
        let mut adjectives = 0;
        let mut lead: Vec<usize> = Vec::new();
        for (i, piece) in p.iter().enumerate().take(title_start).skip(k) {
            let w = piece.word()?;
            match self.words.qualifier(w) {
                Some(QualifierWord::Former) => tense = Tense::Former,
                Some(QualifierWord::Acting) => tense = Tense::Acting,
                Some(QualifierWord::Rank) => {
                    ranked = true;
                    lead.push(i);
                }
                None => {
                    adjectives += 1;
                    if adjectives > MAX_ADJECTIVES
                        || w.chars().next().is_some_and(char::is_uppercase)
                            && !self.is_portfolio_word(w)
                    {
                        return None;
                    }
                    lead.push(i);
                }
            }
        }
        let after: Vec<usize> = if of < end {
            (of + 1..end).collect()
        } else {
            Vec::new()
        };
        if after
            .iter()
            .any(|&i| !self.is_portfolio_piece(&p[i]) && self.country_of(&p[i]).is_none())
        {
            return None;
        }
        if country.is_none() {
            country = after.iter().find_map(|&i| self.country_of(&p[i]));
        }
        let after: Vec<usize> = after
            .into_iter()
            .filter(|&i| self.country_of(&p[i]).is_none())
            .collect();
        let tense = if tense == Tense::Current {
            title_tense(p, title_start, of)
        } else {
            tense
        };
        let office = self.office(p, &lead, title_start..of, &after, None, ranked);
        Some(Reading {
            span: ByteSpan::new(p[start].span.start, p[end - 1].span.end),
            office,
            country,
            tense,
        })
    }

    /// The office of the pieces read: `lead` (ranks, portfolio words or an organisation before
    /// the title, in order), the title's pieces, `after` (the portfolio after "of"), and an
    /// organisation after the name whose name is the portfolio.
    fn office(
        &self,
        p: &[Piece],
        lead: &[usize],
        title: std::ops::Range<usize>,
        after: &[usize],
        complement: Option<&(ByteSpan, String)>,
        ranked: bool,
    ) -> Office {
        let all: Vec<usize> = lead.iter().copied().chain(title.clone()).collect();
        let mut shown = joined(self.text, p, &all);
        // "US Treasury Secretary": the country is said apart.
        if let Some(&first) = lead.first()
            && p[first].mention().is_some()
            && let Some(country_word) = self.leading_country_word(p[first].span)
        {
            shown = shown[country_word.len()..].trim_start().to_string();
        }
        let mut title_words: Vec<String> = Vec::new();
        let mut portfolio: Vec<String> = Vec::new();
        for &i in lead {
            let text = p[i].span.slice(self.text);
            if self.words.qualifier(text) == Some(QualifierWord::Rank) {
                title_words.push(text.to_lowercase());
            } else {
                portfolio.extend(self.portfolio_keys(text));
            }
        }
        let head: Vec<String> = title
            .clone()
            .flat_map(|i| p[i].span.slice(self.text).split('-'))
            .map(str::to_lowercase)
            .filter(|w| w != "elect")
            .collect();
        title_words.extend(head.iter().cloned());
        if !after.is_empty() {
            shown.push_str(" of ");
            shown.push_str(&joined(self.text, p, after));
            for &i in after {
                portfolio.extend(self.portfolio_keys(p[i].span.slice(self.text)));
            }
        }
        if let Some((_, name)) = complement {
            shown.push_str(" of ");
            shown.push_str(name);
            portfolio.extend(self.portfolio_keys(name));
        }
        portfolio.sort();
        portfolio.dedup();
        let title = title_words.join(" ");
        let head = head.join(" ");
        let is_office = self.words.is_office(&head);
        Office {
            is_office,
            single: is_office
                && (self.words.is_single(&title)
                    || (!ranked && (self.words.is_single(&head) || !portfolio.is_empty()))),
            shown,
            title,
            portfolio,
        }
    }

    fn portfolio_keys(&self, text: &str) -> Vec<String> {
        text.split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !matches!(self.gazetteer.lookup(w), Some((Label::Gpe, _))))
            .filter_map(|w| self.words.portfolio_key(w))
            .collect()
    }

    /// The first piece of the longest title ending just before `end`: capitalised or not, or
    /// one of the gazetteer's lower-case title words ("negotiator").
    fn title_start(&self, p: &[Piece], end: usize) -> Option<usize> {
        const LONGEST: usize = 4;
        for k in end.saturating_sub(LONGEST)..end {
            let words: Option<Vec<&str>> = p[k..end].iter().map(Piece::word).collect();
            let Some(words) = words else { continue };
            let parts: Vec<&str> = words.iter().flat_map(|w| w.split('-')).collect();
            let first = capitalised(parts[0]);
            let found = self.gazetteer.titles_starting(&first).iter().any(|title| {
                title.len() == parts.len()
                    && title
                        .iter()
                        .zip(&parts)
                        .all(|(a, b)| a.eq_ignore_ascii_case(b))
            });
            let lower_title = parts.len() == 1
                && self.gazetteer.classes(&parts[0].to_lowercase()) & gazetteer_class::LOWER_TITLE
                    != 0;
            if found || lower_title {
                return Some(k);
            }
        }
        None
    }

    fn is_portfolio_word(&self, word: &str) -> bool {
        word != "the"
            && self.gazetteer.classes(&capitalised(word)) & gazetteer_class::PORTFOLIO != 0
    }

    /// A word of a portfolio after "of", or what joins them ("the", "and", a comma).
    fn is_portfolio_piece(&self, q: &Piece) -> bool {
        match q.unit {
            Unit::Word(w) => {
                matches!(w, "the" | "and" | "&")
                    || (w.chars().next().is_some_and(char::is_uppercase)
                        && self.is_portfolio_word(w))
            }
            Unit::Punct(',') => true,
            _ => false,
        }
    }

    /// The country a piece names: a country, a place in one, or a nationality word.
    fn country_of(&self, q: &Piece) -> Option<String> {
        let text = q.span.slice(self.text);
        match q.unit {
            Unit::Mention(Label::Norp, _) => {
                self.words.country_of_demonym(text).map(str::to_string)
            }
            Unit::Mention(Label::Gpe, entity) => {
                let name = self.index.entity(entity).map_or(text, |e| e.name.as_str());
                if self.gazetteer.is_country(name) {
                    Some(name.to_string())
                } else {
                    self.gazetteer.country_of(name).map(str::to_string)
                }
            }
            _ => None,
        }
    }

    /// The country an organisation's name begins with ("US Treasury" → United States).
    fn leading_country(&self, span: ByteSpan) -> Option<String> {
        let first = self.leading_country_word(span)?;
        self.gazetteer
            .lookup(first)
            .map(|(_, name)| name.to_string())
    }

    /// The first word of an organisation's name when it names a country ("US").
    fn leading_country_word(&self, span: ByteSpan) -> Option<&str> {
        let name = span.slice(self.text);
        let first = name
            .split_whitespace()
            .next()
            .filter(|w| w.len() < name.len())?;
        match self.gazetteer.lookup(first) {
            Some((Label::Gpe, country)) if self.gazetteer.is_country(country) => Some(first),
            _ => None,
        }
    }
}

/// Elect when the title says so ("President-elect").
fn title_tense(p: &[Piece], start: usize, end: usize) -> Tense {
    let elect = p[start..end]
        .iter()
        .filter_map(Piece::word)
        .any(|w| w.eq_ignore_ascii_case("elect") || w.to_lowercase().ends_with("-elect"));
    if elect { Tense::Elect } else { Tense::Current }
}

/// The text of the pieces `indexes` (sorted): pieces next to each other keep the text between
/// them ("Economy, Trade, and Industry"), others are joined by a space.
fn joined(text: &str, p: &[Piece], indexes: &[usize]) -> String {
    let mut out = String::new();
    for (n, &i) in indexes.iter().enumerate() {
        if n > 0 {
            let prev = indexes[n - 1];
            if prev + 1 == i {
                out.push_str(ByteSpan::new(p[prev].span.end, p[i].span.start).slice(text));
            } else {
                out.push(' ');
            }
        }
        out.push_str(p[i].span.slice(text));
    }
    out
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
