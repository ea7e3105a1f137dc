//! Amounts (MONEY), percentages (PERCENT) and calendar dates (DATE) on one line.
//!
//! Span rules (GUIDELINE.md): an amount keeps its currency sign, prefix and scale word
//! ("US$5 billion", "$7 billion" of "$7 billion+"); a percentage keeps its sign or words
//! ("24%", "70 per cent"); a date names a calendar point ("January 1, 2020", "20 April",
//! "April 2019", "March", "Friday", a year such as "2019"). Durations and relative phrases
//! ("10 years", "30-year", "last week") are not dates.

use super::super::gazetteer::class;
use super::super::token::Kind;
use super::line_view::LineView;
use super::{Found, Reason, is_ordinal_suffix, mark_unclaimed};
use crate::entities::Label;

/// Appends the values of `line` to `found` and claims their tokens.
pub(super) fn find_values(view: LineView, claimed: &mut [bool], found: &mut Vec<Found>) {
    let v = Values(view);
    let tokens = view.tokens;
    let mut i = 0;
    while i < tokens.len() {
        if claimed[i] {
            i += 1;
            continue;
        }
        let matched = match tokens[i].kind {
            Kind::Punct => v.money_after_sign(i),
            Kind::Number => v
                .percent(i)
                .or_else(|| v.cents(i))
                .or_else(|| v.money_in_words(i))
                .or_else(|| v.numeric_date(i))
                .or_else(|| v.september_attacks(i))
                .or_else(|| v.day_month(i))
                .or_else(|| v.century(i))
                .or_else(|| v.year(i))
                .or_else(|| v.era_year(i))
                .or_else(|| v.early_year(i))
                .or_else(|| v.short_decade(i))
                .or_else(|| v.short_year(i)),
            // Month and weekday names are capitalised: lowercase words need no lookup.
            Kind::Word if tokens[i].cap && !v.may_open_capitalised_value(i) => None,
            Kind::Word if tokens[i].cap => v
                .month_date(i)
                .map(|m| v.with_relative_year(m))
                .or_else(|| v.weekday(i))
                .or_else(|| v.era_before_year(i))
                .or_else(|| v.span_of_time(i))
                .or_else(|| v.holiday(i))
                .or_else(|| v.decade_named(i))
                .or_else(|| v.modified_year(i))
                .or_else(|| v.quarter(i))
                .or_else(|| v.money_after_rupees(i))
                .or_else(|| v.scale_dollar(i)),
            Kind::Word if !may_open_lowercase_value(v.text(i)) => None,
            Kind::Word => v
                .century_in_words(i)
                .or_else(|| v.scale_dollar(i))
                .or_else(|| v.amount_without_number(i))
                .or_else(|| v.spelled_money(i))
                .or_else(|| v.spelled_percent(i))
                .or_else(|| v.between_range(i))
                .or_else(|| v.span_of_time(i))
                .or_else(|| v.modified_year(i))
                .or_else(|| v.quarter(i)),
            Kind::Handle => None,
        };
        let marked = matched
            .map(|m| v.with_range_end(m))
            .and_then(|(first, end, label)| {
                mark_unclaimed(tokens, claimed, found, (first, end), label, Reason::Value)
            });
        i = marked.unwrap_or(i + 1);
    }
}

/// The scale words, in lowercase, as a pattern.
macro_rules! scale_word {
    () => {
        "million" | "billion" | "trillion"
    };
}

/// The plural counts that say an amount without its number ("billions of dollars"), as a
/// pattern.
macro_rules! plural_scale {
    () => {
        "tens" | "hundreds" | "thousands" | "millions" | "billions" | "trillions"
    };
}

/// "one" to "ten", which `spelled_money` reads before a scale and a currency, as a pattern.
macro_rules! number_word {
    () => {
        "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    };
}

/// The decades of a century in words, capitalised as an era is ("the Sixties"), as a
/// pattern.
macro_rules! decade_in_words {
    () => {
        "Twenties"
            | "Thirties"
            | "Forties"
            | "Fifties"
            | "Sixties"
            | "Seventies"
            | "Eighties"
            | "Nineties"
    };
}

/// The seasons, in lowercase, as a pattern.
macro_rules! season {
    () => {
        "spring" | "summer" | "autumn" | "fall" | "winter"
    };
}

/// The words for the end, the start or the middle of a period, in either case, as a pattern:
/// "late January", "the early ’90s".
macro_rules! period_part {
    () => {
        "late" | "early" | "mid" | "Late" | "Early" | "Mid"
    };
}

/// The words that say which part of a year is meant ("late", "fiscal", "spring"), as a
/// pattern.
macro_rules! year_part {
    () => {
        "late" | "early" | "mid" | "fiscal" | season!()
    };
}

/// The capitalised words that modify a year (`modified_year`) besides `year_part!`'s:
/// a sentence's first word and the abbreviations of quarters, halves and fiscal years. A
/// pattern, shared with `Values::may_open_capitalised_value`.
macro_rules! capitalised_year_part {
    () => {
        "Late"
            | "Early"
            | "Mid"
            | "Fiscal"
            | "Spring"
            | "Summer"
            | "Autumn"
            | "Fall"
            | "Winter"
            | "FY"
            | "Q1"
            | "Q2"
            | "Q3"
            | "Q4"
            | "H1"
            | "H2"
    };
}

/// Whether a lowercase word can open a value, by the rules for lowercase words: a scale
/// (`scale_dollar`), a number word (`spelled_money`, `spelled_percent`), "between", a
/// modifier of a year (`modified_year`) or an ordinal of a quarter (`quarter`). Asked first
/// of every lowercase word, which is most words, so that those rules run only on these few:
/// the word lists are patterns shared with the rules, matched here in one `match`.
fn may_open_lowercase_value(word: &str) -> bool {
    matches!(
        word,
        scale_word!() | number_word!() | plural_scale!() | "between" | "from" | year_part!()
    ) || is_quarter_ordinal(word)
        || is_century_ordinal(word)
}

/// "first" to "twentieth": a century's ordinal spelled out, as it is written after "the"
/// ("the fourth century"; "twenty-first" is "twenty", a hyphen and "first"). Asked of every
/// lowercase word, so matched as written, not lowered.
fn is_century_ordinal(word: &str) -> bool {
    // Every ordinal ends in "st", "nd", "rd" or "th": the cheap test turns most words away.
    let bytes = word.as_bytes();
    let ending =
        bytes.len() >= 5 && matches!(&bytes[bytes.len() - 2..], b"th" | b"st" | b"nd" | b"rd");
    ending
        && matches!(
            word,
            "first"
                | "second"
                | "third"
                | "fourth"
                | "fifth"
                | "sixth"
                | "seventh"
                | "eighth"
                | "ninth"
                | "tenth"
                | "eleventh"
                | "twelfth"
                | "thirteenth"
                | "fourteenth"
                | "fifteenth"
                | "sixteenth"
                | "seventeenth"
                | "eighteenth"
                | "nineteenth"
                | "twentieth"
        )
}

/// "first" to "fourth" in any case: a quarter's ordinal.
fn is_quarter_ordinal(word: &str) -> bool {
    matches!(word.len(), 5 | 6)
        && ["first", "second", "third", "fourth"]
            .iter()
            .any(|o| word.eq_ignore_ascii_case(o))
}

/// A value found: (first token, end token, label).
type Match = Option<(usize, usize, Label)>;

/// Words of company results: a quarter before one, or in a sentence with one, is part of
/// the financial year ("third-quarter profit", "Sales rose in the third quarter").
const RESULTS: &[&str] = &[
    "results",
    "earnings",
    "revenue",
    "revenues",
    "profit",
    "profits",
    "sales",
    "loss",
    "losses",
    "growth",
    "GDP",
    "output",
    "income",
    "margin",
    "margins",
    "guidance",
    "deliveries",
    "shipments",
];

/// One line's tokens, read for values (see [`LineView`]).
struct Values<'a>(LineView<'a>);

impl<'a> std::ops::Deref for Values<'a> {
    type Target = LineView<'a>;

    fn deref(&self) -> &LineView<'a> {
        &self.0
    }
}

impl Values<'_> {
    /// Whether capitalised word `i` can open a value, by the rules that read capitalised
    /// words: a month or weekday (by its word class, looked up once per line and read again
    /// by the name rules), a weekday written short, an era, "Between" or "From", a holiday,
    /// a modifier of a year, a quarter's ordinal, rupees or a scale. Asked first of every
    /// capitalised word, so that those nine rules run only on these few.
    fn may_open_capitalised_value(&self, i: usize) -> bool {
        let word = self.text(i);
        self.classes(i) & (class::MONTH | class::MONTH_ABBR | class::WEEKDAY) != 0
            || is_weekday_abbreviation(word)
            || is_quarter_ordinal(word)
            || matches!(
                word,
                "AD" | "Between"
                    | "From"
                    | "Christmas"
                    | "Boxing"
                    | "Thanksgiving"
                    | "Easter"
                    | "Valentine"
                    | "Halloween"
                    | "New"
                    | capitalised_year_part!()
                    | "Rs"
                    | "INR"
                    | "Million"
                    | "Billion"
                    | "Trillion"
                    | "Roaring"
                    | decade_in_words!()
            )
    }

    fn is_word_with(&self, i: usize, flags: u32) -> bool {
        self.classes(i) & flags != 0
    }

    /// A scale word after the number at `i`: its end token. Single letters ("m", "bn") only
    /// when attached ("$5m").
    fn scale_after(&self, i: usize) -> Option<usize> {
        let next = i + 1;
        // "$600-million": a scale hyphenated to the number, as some papers write it.
        if self.text(next) == "-"
            && self.attached(next)
            && self.attached(next + 1)
            && matches!(self.text(next + 1), scale_word!())
        {
            return Some(next + 2);
        }
        let word = self.text(next);
        let ok = self.is_word_with(next, class::SCALE)
            && (word.len() > 2 || self.attached(next) || word == "bn" || word == "tn");
        ok.then_some(next + 1)
    }

    /// "$7 billion", "US$5bn", "¥2.18 trillion", "€40".
    fn money_after_sign(&self, i: usize) -> Match {
        // The number first: this runs on every punctuation mark, and the signs are a list.
        let number = i + 1;
        if self.kind(number) != Some(Kind::Number) || !self.attached(number) {
            return None;
        }
        let sign = self.text(i);
        if self.g.currency_sign_at(sign) != Some(sign.len()) {
            return None;
        }
        let prefix = i
            .checked_sub(1)
            .filter(|&p| self.attached(i) && self.is_word_with(p, class::CURRENCY_PREFIX));
        let first = prefix.unwrap_or(i);
        // "$40-50 billion": a range joined by a dash is one amount, its scale written once.
        let ranged = matches!(self.text(number + 1), "-" | "–")
            && self.attached(number + 1)
            && self.attached(number + 2)
            && self.kind(number + 2) == Some(Kind::Number);
        let last = if ranged { number + 2 } else { number };
        let end = self.scale_after(last).unwrap_or(last + 1);
        // "$35 USD", "$100 Australian": which dollar, written after the amount.
        let which_dollar = sign == "$"
            && self.tokens.get(end).is_some_and(|t| t.space_before)
            && matches!(
                self.text(end),
                "USD" | "AUD" | "CAD" | "NZD" | "HKD" | "SGD" | "Australian" | "Canadian"
            );
        let end = end + usize::from(which_dollar);
        let dollars = which_dollar && matches!(self.text(end), "dollar" | "dollars");
        Some((first, end + usize::from(dollars), Label::Money))
    }

    /// "Rs 1,200 crore", "Rs. 500": rupees written with letters before the number.
    fn money_after_rupees(&self, i: usize) -> Match {
        if !matches!(self.text(i), "Rs" | "INR") {
            return None;
        }
        let mut number = i + 1;
        if self.text(number) == "." && self.attached(number) {
            number += 1;
        }
        if self.kind(number) != Some(Kind::Number) {
            return None;
        }
        let end = self.scale_after(number).unwrap_or(number + 1);
        Some((i, end, Label::Money))
    }

    /// "24%", "70 per cent", "5 percent", "2 percentage points".
    fn percent(&self, i: usize) -> Match {
        // "2-3 percent": a range joined by a dash is one percentage.
        let ranged = matches!(self.text(i + 1), "-" | "–")
            && self.attached(i + 1)
            && self.attached(i + 2)
            && self.kind(i + 2) == Some(Kind::Number);
        if ranged && let Some((_, end, label)) = self.percent_unit(i + 2) {
            return Some((i, end, label));
        }
        // "-5.44%", "+1.2%": a sign written onto the number is part of the change.
        let signed = i > 0
            && matches!(self.text(i - 1), "-" | "−" | "+")
            && self.attached(i)
            && self.tokens[i - 1].space_before;
        let (_, end, label) = self.percent_unit(i)?;
        Some((if signed { i - 1 } else { i }, end, label))
    }

    /// "three percentage points", "five per cent": a number word with the words of a
    /// percentage.
    fn spelled_percent(&self, i: usize) -> Match {
        if !matches!(self.text(i), number_word!()) {
            return None;
        }
        self.percent_unit(i)
    }

    /// A number at `i` with its percent sign or words.
    fn percent_unit(&self, i: usize) -> Match {
        let next = i + 1;
        if self.text(next) == "%" {
            return Some((i, next + 1, Label::Percent));
        }
        match (self.text(next), self.text(next + 1)) {
            ("per", "cent") => Some((i, next + 2, Label::Percent)),
            ("percent", _) | ("pct", _) => Some((i, next + 1, Label::Percent)),
            ("percentage", "point" | "points") => Some((i, next + 2, Label::Percent)),
            _ => None,
        }
    }

    /// "5 billion yen", "100 dollars", "176 Hong Kong dollars": a number, its scale, and a
    /// currency, which one or two capitalised words may say whose.
    fn money_in_words(&self, i: usize) -> Match {
        let after_scale = self.scale_after(i).unwrap_or(i + 1);
        let whose = (after_scale..after_scale + 2)
            .take_while(|&k| self.tokens.get(k).is_some_and(|t| t.is_cap_word()))
            .count();
        (0..=whose)
            .map(|w| after_scale + w)
            .find(|&k| self.is_word_with(k, class::CURRENCY_WORD))
            .map(|currency| (i, currency + 1, Label::Money))
    }

    /// An amount of money said without its number: "a trillion dollars", "half a billion
    /// dollars" (read at the scale, back to its article), "billions of dollars", "hundreds of
    /// billions of dollars", "tens of millions of euros".
    fn amount_without_number(&self, i: usize) -> Match {
        let word = self.text(i);
        if matches!(word, scale_word!()) {
            let currency = self.is_word_with(i + 1, class::CURRENCY_WORD);
            if !currency || i == 0 || self.text(i - 1) != "a" {
                return None;
            }
            let half = i >= 2 && self.text(i - 2) == "half";
            return Some((if half { i - 2 } else { i - 1 }, i + 2, Label::Money));
        }
        if !matches!(word, plural_scale!()) {
            return None;
        }
        let mut of = i + 1;
        if self.text(of) == "of"
            && matches!(
                self.text(of + 1),
                "thousands" | "millions" | "billions" | "trillions"
            )
        {
            of += 2;
        }
        (self.text(of) == "of" && self.is_word_with(of + 1, class::CURRENCY_WORD)).then_some((
            i,
            of + 2,
            Label::Money,
        ))
    }

    /// "one trillion won", "two billion dollars": a number spelt out, a scale and a currency.
    fn spelled_money(&self, i: usize) -> Match {
        // The word first: this runs on every lowercase word, and looking up the next
        // word's classes costs more than the match.
        if !matches!(self.text(i), number_word!()) {
            return None;
        }
        let after_scale = self.scale_after(i)?;
        self.is_word_with(after_scale, class::CURRENCY_WORD)
            .then_some((i, after_scale + 1, Label::Money))
    }

    /// A date written in digits: "11/19/2019" (month, day and year, as American news writes
    /// it; "11/19/19" too) or "2019-11-19" (year, month and day). Its parts are written
    /// together, and each must be a month's or a day's number.
    fn numeric_date(&self, i: usize) -> Match {
        let digits = |k: usize, len: &[usize]| {
            let text = self.text(k);
            self.kind(k) == Some(Kind::Number)
                && len.contains(&text.len())
                && text.bytes().all(|b| b.is_ascii_digit())
        };
        let value = |k: usize| self.text(k).parse::<u32>().unwrap_or(0);
        let joined =
            |k: usize, sep: &str| self.text(k) == sep && self.attached(k) && self.attached(k + 1);
        // Nothing more written onto its end ("2019-11-19-01", "11/19/2019/5").
        let closed = !self.attached(i + 5)
            || (self.kind(i + 5) == Some(Kind::Punct) && !matches!(self.text(i + 5), "/" | "-"));
        let month = |k: usize| (1..=12).contains(&value(k));
        let day = |k: usize| (1..=31).contains(&value(k));
        let american = digits(i, &[1, 2])
            && joined(i + 1, "/")
            && digits(i + 2, &[1, 2])
            && joined(i + 3, "/")
            && digits(i + 4, &[2, 4])
            && month(i)
            && day(i + 2);
        let iso = digits(i, &[4])
            && joined(i + 1, "-")
            && digits(i + 2, &[2])
            && joined(i + 3, "-")
            && digits(i + 4, &[2])
            && (1000..=2199).contains(&value(i))
            && month(i + 2)
            && day(i + 4);
        ((american || iso) && closed).then_some((i, i + 5, Label::Date))
    }

    /// "9/11": the attacks of 11 September 2001, an event that news names by its date
    /// alone. Not inside a longer date ("9/11/2001", "2/9/11").
    fn september_attacks(&self, i: usize) -> Match {
        let written = self.text(i) == "9"
            && self.text(i + 1) == "/"
            && self.attached(i + 1)
            && self.attached(i + 2)
            && self.text(i + 2) == "11";
        let longer_after = self.attached(i + 3) && matches!(self.text(i + 3), "/" | "-");
        let longer_before = i > 0 && self.attached(i) && matches!(self.text(i - 1), "/" | "-");
        (written && !longer_after && !longer_before).then_some((i, i + 3, Label::Event))
    }

    /// A day of the month at `i` (1 to 31, one or two digits), with an attached ordinal
    /// suffix: its end token.
    fn day_at(&self, i: usize) -> Option<usize> {
        if self.kind(i) != Some(Kind::Number) {
            return None;
        }
        let digits = self.text(i);
        let day: u32 = digits.parse().ok()?;
        if digits.len() > 2 || !(1..=31).contains(&day) {
            return None;
        }
        let ordinal = is_ordinal_suffix(self.text(i + 1)) && self.attached(i + 1);
        Some(if ordinal { i + 2 } else { i + 1 })
    }

    /// Whether `i` is a four-digit year (1800 to 2100).
    fn is_year(&self, i: usize) -> bool {
        let digits = self.text(i);
        self.kind(i) == Some(Kind::Number)
            && digits.len() == 4
            && digits
                .parse::<u32>()
                .is_ok_and(|y| (1800..=2100).contains(&y))
    }

    /// Whether token `k` writes the year after the year at `i`, in full or by its last two
    /// digits ("2022/23").
    fn is_next_year(&self, i: usize, k: usize) -> bool {
        let (Ok(year), Ok(next)) = (self.text(i).parse::<u32>(), self.text(k).parse::<u32>())
        else {
            return false;
        };
        self.kind(k) == Some(Kind::Number)
            && match self.text(k).len() {
                2 => next == (year + 1) % 100,
                4 => next == year + 1,
                _ => false,
            }
    }

    /// An optional year after a date ending before `i`: " 2019" or ", 2019". Its end token.
    fn year_after(&self, i: usize) -> Option<usize> {
        if self.is_year(i) && !self.attached(i) {
            return Some(i + 1);
        }
        (self.text(i) == "," && self.is_year(i + 1)).then_some(i + 2)
    }

    /// A month name at `i` (abbreviations with an optional "."): its end token.
    fn month_at(&self, i: usize) -> Option<usize> {
        if self.kind(i) != Some(Kind::Word) {
            return None;
        }
        let classes = self.classes(i);
        if classes & class::MONTH != 0 {
            Some(i + 1)
        } else if classes & class::MONTH_ABBR != 0 {
            Some(if self.text(i + 1) == "." && self.attached(i + 1) {
                i + 2
            } else {
                i + 1
            })
        } else {
            None
        }
    }

    /// "20 April", "1st March 2020".
    fn day_month(&self, i: usize) -> Match {
        let after_day = self.day_at(i)?;
        if self.attached(after_day) {
            return None;
        }
        let end = self.month_at(after_day)?;
        let end = self.year_after(end).unwrap_or(end);
        Some((i, end, Label::Date))
    }

    /// "January 1, 2020", "October 28", "April 2019", "March"; abbreviations only with a day.
    fn month_date(&self, i: usize) -> Match {
        let after_month = self.month_at(i)?;
        let is_full = self.classes(i) & class::MONTH != 0;
        if let Some(after_day) = self
            .day_at(after_month)
            .filter(|_| !self.attached(after_month))
        {
            let unit_follows =
                self.is_word_with(after_day, class::SCALE) || self.text(after_day) == "%";
            if !unit_follows {
                let end = self.year_after(after_day).unwrap_or(after_day);
                let end = self.day_range_end(end).unwrap_or(end);
                return Some((i, end, Label::Date));
            }
        }
        if self.is_year(after_month) && !self.attached(after_month) {
            let end = after_month + 1;
            let end = self.later_year_end(after_month, end).unwrap_or(end);
            return Some((i, end, Label::Date));
        }
        // "the September quarter": a quarter of the financial year named by its last month.
        if is_full && matches!(self.text(after_month), "quarter" | "Quarter") {
            return Some((i, after_month + 1, Label::Date));
        }
        // "March Madness": a month alone that opens an event the gazetteer knows.
        if !is_full
            || (self.is_ambiguous_month(i) && !self.follows_date_preposition(i))
            || self.is_known_as(i, i + 1, Label::Event)
        {
            return None;
        }
        Some((i, after_month, Label::Date))
    }

    /// "June 13-17", "June 13 to 17", "Nov. 8 to Nov. 28, 2022": the last day of a range of
    /// days written after a date that ends before `k`, as one date with it: its end token.
    fn day_range_end(&self, k: usize) -> Option<usize> {
        let dash = matches!(self.text(k), "-" | "–") && self.attached(k) && self.attached(k + 1);
        if !dash && !matches!(self.text(k), "to" | "through") {
            return None;
        }
        let after_month = self.month_at(k + 1).filter(|&m| !self.attached(m));
        let after_day = self.day_at(after_month.unwrap_or(k + 1))?;
        // "June 13 to 17 percent", "June 13 to 17-year-olds": no second day.
        let unit_follows = self.is_word_with(after_day, class::SCALE)
            || matches!(self.text(after_day), "%" | "percent")
            || (self.attached(after_day)
                && (self.kind(after_day) != Some(Kind::Punct)
                    || matches!(self.text(after_day), "-" | "–")));
        if unit_follows {
            return None;
        }
        Some(self.year_after(after_day).unwrap_or(after_day))
    }

    /// Two dates or years that bound a span of time, the word before them included
    /// ([`Values::between_dates`], [`Values::year_range`]); the word read once, as this runs
    /// on many words.
    fn span_of_time(&self, i: usize) -> Match {
        match self.text(i) {
            "between" | "Between" => self.between_dates(i).or_else(|| self.year_range(i)),
            "from" | "From" => self.year_range(i),
            _ => None,
        }
    }

    /// "between Nov. 8 and Nov. 28": two dates that bound a span of time are one date,
    /// "between" included (as in a range of years or amounts).
    /// "between October 11 and 13" too: a day alone after the first date's day is a day of
    /// its month.
    fn between_dates(&self, i: usize) -> Match {
        let (_, first_end, _) = self.month_date(i + 1)?;
        if self.text(first_end) != "and" {
            return None;
        }
        let first_has_day = self
            .day_at(first_end - 1)
            .is_some_and(|end| end == first_end);
        let day_alone = (self.day_at(first_end + 1))
            .filter(|_| first_has_day)
            .filter(|&end| !self.is_word_with(end, class::SCALE))
            .filter(|&end| !matches!(self.text(end), "%" | "percent" | "-" | "–"))
            .filter(|&end| !self.attached(end) || self.kind(end) == Some(Kind::Punct))
            .map(|end| self.year_after(end).unwrap_or(end));
        let end = match day_alone {
            Some(end) => end,
            None => self.month_date(first_end + 1)?.1,
        };
        Some((i, end, Label::Date))
    }

    /// Month names that are also common words ("May", "March") at the start of a sentence.
    fn is_ambiguous_month(&self, i: usize) -> bool {
        match self.text(i) {
            "May" => true,
            "March" => i == 0 || matches!(self.text(i - 1), "." | "“" | "\"" | "!" | "?"),
            _ => false,
        }
    }

    fn follows_date_preposition(&self, i: usize) -> bool {
        let before = i.checked_sub(1).map_or("", |p| self.text(p));
        matches!(
            before,
            "in" | "on"
                | "by"
                | "since"
                | "until"
                | "till"
                | "from"
                | "of"
                | "through"
                | "during"
                | "before"
                | "after"
                | "early"
                | "late"
                | "mid"
                | "end"
                | "between"
                | "and"
                | "to"
                | "-"
                // Opening a sentence: "In May of this year".
                | "In"
                | "By"
                | "Since"
                | "Until"
                | "From"
                | "During"
                | "Before"
                | "After"
        )
    }

    /// "Friday", "late Monday", or "Friday, March 3" as one date; "Wed." as headlines
    /// write it.
    fn weekday(&self, i: usize) -> Match {
        if is_weekday_abbreviation(self.text(i))
            && self.text(i + 1) == "."
            && self.0.attached(i + 1)
        {
            return Some((i, i + 2, Label::Date));
        }
        if !self.is_word_with(i, class::WEEKDAY)
            || self.time_of_day_around(i)
            || self.ends_an_event(i)
        {
            return None;
        }
        if let Some(first) = self.holiday_ending_in(i) {
            return Some((first, i + 1, Label::Date));
        }
        // "late Monday", "early Friday": the part of the day is part of the date; so is the
        // week of "last Tuesday", "next Tuesday".
        let first = match i.checked_sub(1) {
            Some(p) if matches!(self.text(p), "late" | "early" | "Late" | "Early") => p,
            _ => self.which_one_before(i),
        };
        // "Friday, March 3", "Thursday Dec. 1, 2016", "Thursday 5 December", "Tuesday,
        // 12/15/15": a day of a month after the weekday, with a comma or without.
        let date = if self.text(i + 1) == "," {
            i + 2
        } else {
            i + 1
        };
        let dated = self
            .month_date(date)
            .filter(|&(_, e, _)| e > date + 1)
            .or_else(|| self.day_month(date))
            .or_else(|| self.numeric_date(date));
        if let Some((_, end, _)) = dated {
            return Some((first, end, Label::Date));
        }
        Some((first, i + 1, Label::Date))
    }

    /// "Black Friday", "Easter Sunday", "Small Business Saturday": where a holiday the
    /// gazetteer knows that ends in the weekday at `i` starts.
    fn holiday_ending_in(&self, i: usize) -> Option<usize> {
        (1..=2).find_map(|back| {
            let first = i.checked_sub(back)?;
            self.is_known_date(first, i).then_some(first)
        })
    }

    /// "Super Tuesday", "Bloody Sunday": whether the weekday at `i` ends an event the
    /// gazetteer knows, which the name rules then read whole.
    fn ends_an_event(&self, i: usize) -> bool {
        i.checked_sub(1)
            .is_some_and(|first| self.is_known_as(first, i, Label::Event))
    }

    /// Whether tokens `first..=last` are capitalised words, one space apart, that the
    /// gazetteer knows as a date (a holiday).
    fn is_known_date(&self, first: usize, last: usize) -> bool {
        self.is_known_as(first, last, Label::Date)
    }

    /// Whether tokens `first..=last` are capitalised words, one space apart, that the
    /// gazetteer knows with `label`.
    fn is_known_as(&self, first: usize, last: usize, label: Label) -> bool {
        let tokens = self.0.tokens;
        last < tokens.len()
            && (first..=last).all(|k| tokens[k].is_cap_word())
            && (first + 1..=last).all(|k| tokens[k].space_before)
            && self
                .0
                .g
                .lookup(&self.0.line[tokens[first].start..tokens[last].end])
                .is_some_and(|(known, _)| known == label)
    }

    /// "Saturday night", "Wednesday evening", "lunchtime on Thursday", "midnight on Monday":
    /// a weekday with a part of the day names a time, which is not marked (TIME).
    fn time_of_day_around(&self, i: usize) -> bool {
        const PARTS: &[&str] = &[
            "night",
            "evening",
            "afternoon",
            "morning",
            "lunchtime",
            "lunch",
            "midnight",
            "noon",
            "dawn",
            "dusk",
            "overnight",
            "nights",
            "evenings",
            "mornings",
        ];
        if PARTS.contains(&self.text(i + 1)) {
            return true;
        }
        let before = i.checked_sub(1).map_or("", |p| self.text(p));
        let before = if before == "on" {
            i.checked_sub(2).map_or("", |p| self.text(p))
        } else {
            before
        };
        PARTS.contains(&before)
    }

    /// "February this year", "March last year", "May of this year": a month with a year said
    /// in words is one date.
    fn with_relative_year(&self, m: (usize, usize, Label)) -> (usize, usize, Label) {
        let (first, end, label) = m;
        // "May of this year", "March of last year".
        let said = if self.text(end) == "of" { end + 1 } else { end };
        let relative = matches!(self.text(said), "this" | "last" | "next")
            && self.text(said + 1) == "year"
            && end == first + 1;
        if relative {
            return (first, said + 2, label);
        }
        // "March of 2017": a month of a year, as American news writes it.
        if end == first + 1 && said == end + 1 && self.is_year(said) {
            return (first, said + 1, label);
        }
        // "last January", "this past January": a month alone, with the words that say which.
        if end == first + 1 {
            return (self.which_one_before(first), end, label);
        }
        // "December 2007-June 2009": a month of a year to a month of a year is one span.
        let dashed = matches!(self.text(end), "-" | "–") && self.attached(end);
        if dashed
            && end == first + 2
            && self.is_year(first + 1)
            && self.attached(end + 1)
            && let Some(month_end) = self.month_at(end + 1)
            && month_end == end + 2
            && self.is_year(month_end)
        {
            return (first, month_end + 1, label);
        }
        m
    }

    /// Where the words that say which of a month or weekday is meant start, before token `i`:
    /// "last", "next", "this", "this past"; `i` when there are none.
    fn which_one_before(&self, i: usize) -> usize {
        let Some(before) = i.checked_sub(1) else {
            return i;
        };
        match self.text(before) {
            "past" | "Past" if before > 0 && matches!(self.text(before - 1), "this" | "This") => {
                before - 1
            }
            "last" | "next" | "this" | "Last" | "Next" | "This" => before,
            _ => i,
        }
    }

    /// "the Sixties", "the Roaring Twenties": a decade named in words after "the" is an era,
    /// a date. Capitalised only: "in his sixties" is an age.
    fn decade_named(&self, i: usize) -> Match {
        let roaring = self.text(i) == "Roaring";
        let decade = if roaring { i + 1 } else { i };
        let after_the = i > 0 && matches!(self.text(i - 1), "the" | "The");
        let named = matches!(self.text(decade), decade_in_words!())
            && (!roaring || self.text(decade) == "Twenties");
        (after_the && named).then_some((i, decade + 1, Label::Date))
    }

    /// "Christmas Day", "Boxing Day", "New Year's Day", "Christmas Eve": holidays name a
    /// calendar day.
    fn holiday(&self, i: usize) -> Match {
        let word = self.text(i);
        let day = |k: usize| matches!(self.text(k), "Day" | "Eve");
        match word {
            "Christmas" | "Boxing" | "Thanksgiving" | "Easter" | "Valentine" | "Halloween"
                if day(i + 1) =>
            {
                Some((i, i + 2, Label::Date))
            }
            // "Easter Sunday", "Christmas Eve": a longer holiday the gazetteer knows.
            "Christmas" | "Thanksgiving" | "Easter" | "Halloween" => {
                let longer = (i + 1..i + 3)
                    .rev()
                    .find(|&last| self.is_known_date(i, last));
                Some((i, longer.unwrap_or(i) + 1, Label::Date))
            }
            "New"
                if self.text(i + 1) == "Year"
                    && matches!(self.text(i + 2), "’" | "'")
                    && self.text(i + 3) == "s"
                    && day(i + 4) =>
            {
                Some((i, i + 5, Label::Date))
            }
            _ => None,
        }
    }

    /// "late 2024", "early 2025", "mid-2023", "fiscal 2019", "spring 2027", "Q3 2024": a
    /// year with the part of it that is meant, as one date.
    fn modified_year(&self, i: usize) -> Match {
        // A match on the word (not a scan of a list): this runs on every word.
        let word = self.text(i);
        let part = matches!(word, year_part!() | capitalised_year_part!());
        if !part {
            return None;
        }
        if let Some(value) = self.part_of_month(i).or_else(|| self.season_of_year(i)) {
            return Some(value);
        }
        let mut year = i + 1;
        if self.text(year) == "-" && self.attached(year) && self.attached(year + 1) {
            year += 1;
        } else if !self.tokens.get(year).is_some_and(|t| t.space_before) {
            return None;
        }
        // "fiscal year 2019".
        if matches!(word, "fiscal" | "Fiscal") && self.text(year) == "year" {
            year += 1;
        }
        if !self.is_year(year) {
            return self.quarter_alone(i);
        }
        // "the late 1980s", "the late 1980's": the decade, its "s" included.
        let end = if self.text(year + 1) == "s" && self.attached(year + 1) {
            year + 2
        } else if self.is_decade_with_apostrophe(year) {
            year + 3
        } else {
            year + 1
        };
        Some((i, end, Label::Date))
    }

    /// "Q3 sales", "in Q4": a quarter written short is a date without its year too, unless a
    /// maker's name before makes it a model ("Audi Q3").
    fn quarter_alone(&self, i: usize) -> Match {
        let quarter = matches!(self.text(i), "Q1" | "Q2" | "Q3" | "Q4");
        let model = i > 0 && self.0.tokens[i - 1].is_cap_word() && self.0.tokens[i].space_before;
        let glued = self.attached(i + 1) && self.kind(i + 1) != Some(Kind::Punct);
        (quarter && !model && !glued).then_some((i, i + 1, Label::Date))
    }

    /// "late January", "early May 2020", "mid-March": a part of a month, the word of the
    /// part included.
    fn part_of_month(&self, i: usize) -> Match {
        if !matches!(self.text(i), period_part!()) {
            return None;
        }
        let hyphen = self.text(i + 1) == "-" && self.attached(i + 1) && self.attached(i + 2);
        let month = if hyphen { i + 2 } else { i + 1 };
        if !hyphen && !self.tokens.get(month).is_some_and(|t| t.space_before) {
            return None;
        }
        if self.classes(month) & class::MONTH == 0 {
            return None;
        }
        let (_, end, _) = self.month_date(month)?;
        Some((i, end, Label::Date))
    }

    /// "the fall of 2017", "summer of 1969": a season of a year.
    fn season_of_year(&self, i: usize) -> Match {
        // Capitalised too ("Fall of 2017" opening a sentence): lowered only when it could
        // be one, as this is asked of capitalised words.
        let word = self.text(i);
        let season = matches!(word, season!())
            || (word.starts_with(['S', 'A', 'F', 'W'])
                && (4..=6).contains(&word.len())
                && matches!(word.to_ascii_lowercase().as_str(), season!()));
        (season && self.text(i + 1) == "of" && self.is_year(i + 2)).then_some((
            i,
            i + 3,
            Label::Date,
        ))
    }

    /// "fourth-quarter revenue", "fourth quarter earnings", "the end of the second quarter":
    /// a quarter of the financial year. Quarters of a game ("in the fourth quarter and
    /// overtime") are not dates: a quarter counts as a date when it qualifies a noun with a
    /// hyphen, is followed by a year or a word of company results, or closes a period ("end
    /// of the").
    fn quarter(&self, i: usize) -> Match {
        if !is_quarter_ordinal(self.text(i)) {
            return None;
        }
        let hyphen = self.text(i + 1) == "-" && self.attached(i + 1) && self.attached(i + 2);
        let q = if hyphen { i + 2 } else { i + 1 };
        // "the first half of 2020": a half is a date with its year only ("in the first half"
        // of a match is none).
        let half = matches!(self.text(q), "half" | "Half")
            && matches!(self.text(i), "first" | "First" | "second" | "Second");
        if half {
            return if self.is_year(q + 1) {
                Some((i, q + 2, Label::Date))
            } else {
                (self.text(q + 1) == "of" && self.is_year(q + 2)).then_some((i, q + 3, Label::Date))
            };
        }
        if !matches!(self.text(q), "quarter" | "Quarter") {
            return None;
        }
        if self.is_year(q + 1) {
            return Some((i, q + 2, Label::Date));
        }
        // "the third quarter of 2004".
        if self.text(q + 1) == "of" && self.is_year(q + 2) {
            return Some((i, q + 3, Label::Date));
        }

        let before = |k: usize| i.checked_sub(k).map_or("", |p| self.text(p));
        // "Profit rose in the third quarter": a word of company results in the sentence.
        let in_results = || {
            // Not "margin" and "loss", which games have too.
            self.sentence_around(i).any(|k| {
                let word = self.text(k);
                !matches!(word, "margin" | "margins" | "loss" | "losses")
                    && RESULTS.iter().any(|r| r.eq_ignore_ascii_case(word))
            })
        };
        let closes = before(1) == "the" && matches!(before(2), "of" | "in") && before(3) == "end";
        let fiscal = matches!(before(1), "fiscal" | "financial");
        let after = self.text(q + 1);
        let results_after = RESULTS.contains(&after) || matches!(after, "report" | "of");
        (hyphen || results_after || closes || fiscal || in_results()).then_some((
            i,
            q + 1,
            Label::Date,
        ))
    }

    /// The tokens of the sentence that holds token `i`, within its line.
    fn sentence_around(&self, i: usize) -> std::ops::Range<usize> {
        let ends = |k: &usize| matches!(self.text(*k), "." | "!" | "?");
        let start = (0..i).rev().find(ends).map_or(0, |k| k + 1);
        let end = (i..self.0.tokens.len())
            .find(ends)
            .unwrap_or(self.0.tokens.len());
        start..end
    }

    /// "the 19th century", "21st-century": a century names a span of the calendar. Only after
    /// "the" or as a modifier: "his 19th century" in cricket counts hundreds.
    fn century(&self, i: usize) -> Match {
        let ordinal = is_ordinal_suffix(self.text(i + 1)) && self.attached(i + 1);
        if !ordinal
            || !self
                .text(i)
                .parse::<u8>()
                .is_ok_and(|n| (1..=21).contains(&n))
        {
            return None;
        }
        let mut word = i + 2;
        let hyphen = self.text(word) == "-" && self.attached(word) && self.attached(word + 1);
        if hyphen {
            word += 1;
        }
        let after_the = i > 0 && matches!(self.text(i - 1), "the" | "The");
        let century = matches!(self.text(word), "century" | "Century");
        (century && (hyphen || after_the)).then(|| (i, self.era_after(word + 1), Label::Date))
    }

    /// "the fourth century BC", "the twenty-first century": a century spelled out, after
    /// "the", with its era.
    fn century_in_words(&self, i: usize) -> Match {
        if !is_century_ordinal(self.text(i)) {
            return None;
        }
        let mut first = i;
        // "twenty-first": the tens before a hyphen.
        if i >= 2
            && self.text(i - 1) == "-"
            && self.attached(i - 1)
            && self.attached(i)
            && self.text(i - 2).eq_ignore_ascii_case("twenty")
        {
            first = i - 2;
        }
        let after_the = first > 0 && matches!(self.text(first - 1), "the" | "The");
        let word = i + 1;
        let century = matches!(self.text(word), "century" | "Century" | "centuries");
        (century && after_the).then(|| (first, self.era_after(word + 1), Label::Date))
    }

    /// The end of an era written at `k` ("BC", "AD", "BCE", "CE" or "B.C."), else `k`.
    fn era_after(&self, k: usize) -> usize {
        if !self.tokens.get(k).is_some_and(|t| t.space_before) {
            return k;
        }
        match self.text(k) {
            "BC" | "AD" | "BCE" | "CE" => k + 1,
            "A" | "B" if self.dotted_era(k) => k + 4,
            _ => k,
        }
    }

    /// Whether "A.D." or "B.C." is written from token `k`, letters each with its full stop.
    fn dotted_era(&self, k: usize) -> bool {
        let second = if self.text(k) == "A" { "D" } else { "C" };
        self.text(k + 1) == "."
            && self.attached(k + 1)
            && self.text(k + 2) == second
            && self.attached(k + 2)
            && self.text(k + 3) == "."
            && self.attached(k + 3)
    }

    /// "AD 79": the era written before a year of up to four digits.
    fn era_before_year(&self, i: usize) -> Match {
        // Asked of every capitalised word: its length turns most away.
        if self.tokens[i].end - self.tokens[i].start != 2 {
            return None;
        }
        let year = i + 1;
        let digits = self.text(year);
        let dated = self.text(i) == "AD"
            && self.kind(year) == Some(Kind::Number)
            && self.tokens[year].space_before
            && (1..=4).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit());
        dated.then_some((i, year + 1, Label::Date))
    }

    /// "72 cents", "98 cents a share": an amount of cents.
    fn cents(&self, i: usize) -> Match {
        let word = self.text(i + 1);
        (matches!(word, "cents" | "cent") && self.tokens.get(i + 1).is_some_and(|t| t.space_before))
            .then_some((i, i + 2, Label::Money))
    }

    /// "between 58.3% and 60.7%", "between 2 and 3 percent": a range said with "between … and
    /// …" is one value, "between" included.
    fn between_range(&self, i: usize) -> Match {
        if !matches!(self.text(i), "between" | "Between") {
            return None;
        }
        // "between 2 and 3 percent": the unit said once, after the second number.
        if self.kind(i + 1) == Some(Kind::Number)
            && self.text(i + 2) == "and"
            && let Some((_, end, label)) = self.percent_unit(i + 3)
        {
            return Some((i, end, label));
        }
        let (_, first_end, label) = self
            .percent(i + 1)
            .or_else(|| self.money_after_sign(i + 1))?;
        if self.text(first_end) != "and" {
            return None;
        }
        let second = first_end + 1;
        let (_, end, second_label) = match self.kind(second) {
            Some(Kind::Number) => self.percent(second),
            Some(Kind::Punct) => self.money_after_sign(second),
            _ => None,
        }?;
        (second_label == label).then_some((i, end, label))
    }

    /// "between 2010 and 2015", "from 2011 to 2013": two years that bound a span of time
    /// are one date, the first word included (as "between" is in a range of amounts).
    fn year_range(&self, i: usize) -> Match {
        let joins: &[&str] = match self.text(i) {
            "between" | "Between" => &["and", "to"],
            "from" | "From" => &["to", "through", "until", "till"],
            _ => return None,
        };
        // "from" is common: most are turned away by the word after it.
        if self.kind(i + 1) != Some(Kind::Number) {
            return None;
        }
        let whole_year = |k: usize| self.year(k).is_some_and(|(_, end, _)| end == k + 1);
        (whole_year(i + 1) && joins.contains(&self.text(i + 2)) && whole_year(i + 3)).then_some((
            i,
            i + 4,
            Label::Date,
        ))
    }

    /// "$24 to $28", "$24-$28", "2%-3%": an amount or percentage and a second one of the same
    /// kind after "to" or a dash are one range. Not after "from": "rose from $24 to $28"
    /// names two values; nor after "by": "by 56% to 35%" compares two.
    fn with_range_end(&self, (first, end, label): (usize, usize, Label)) -> (usize, usize, Label) {
        // Most values are dates: the label, then the word after, turn them away.
        if !matches!(label, Label::Money | Label::Percent) {
            return (first, end, label);
        }
        let dash = matches!(self.text(end), "-" | "–") && self.attached(end);
        if !(dash || self.text(end) == "to") {
            return (first, end, label);
        }
        let from = first > 0 && matches!(self.text(first - 1), "from" | "From");
        // "by a margin of 48% to 38%", "By 56% to 35%": two shares compared, a score.
        let margin = first > 0
            && (matches!(self.text(first - 1), "by" | "By")
                || (first > 1 && self.text(first - 1) == "of" && self.text(first - 2) == "margin"));
        if from || margin {
            return (first, end, label);
        }
        let second = end + 1;
        if dash && !self.attached(second) {
            return (first, end, label);
        }
        let range = match (label, self.kind(second)) {
            (Label::Money, Some(Kind::Punct)) => self.money_after_sign(second),
            (Label::Percent, Some(Kind::Number)) => self.percent(second),
            _ => None,
        };
        match range {
            Some((_, range_end, second_label)) if second_label == label => {
                (first, range_end, label)
            }
            _ => (first, end, label),
        }
    }

    /// A year, "2019" ("the 2019 agreements"), a decade "1990s", or a range "2019-2020".
    fn year(&self, i: usize) -> Match {
        if !self.is_year(i) {
            return self.early_century(i);
        }
        let before_is_word =
            i > 0 && !self.tokens[i].space_before && self.kind(i - 1) == Some(Kind::Word);
        let next = i + 1;
        let unit_follows = self.is_word_with(next, class::SCALE | class::CURRENCY_WORD)
            || matches!(self.text(next), "%" | "per" | "percent");
        // "1800 x 1920": a dimension, not a year.
        let times = |k: usize| matches!(self.text(k), "x" | "×");
        let dimension = (times(next) && self.kind(next + 1) == Some(Kind::Number))
            || (i >= 2 && times(i - 1) && self.kind(i - 2) == Some(Kind::Number));
        // "2000N", "Township Road 1950E": a rural road's number with its compass letter.
        let road = self.attached(next) && matches!(self.text(next), "N" | "E" | "S" | "W");
        if before_is_word || unit_follows || dimension || road {
            return None;
        }
        if self.text(next) == "s" && self.attached(next) {
            return Some((
                i,
                self.decade_range_end(next + 1).unwrap_or(next + 1),
                Label::Date,
            ));
        }
        if self.is_decade_with_apostrophe(i) {
            return Some((i, next + 2, Label::Date));
        }
        let dash =
            matches!(self.text(next), "-" | "–") && self.attached(next) && self.attached(next + 1);
        // "2008-9": a year to the next, its last digit alone.
        let next_year_digit = || {
            let year = self.text(i).as_bytes();
            let digit = self.text(next + 1).as_bytes();
            let last = year[year.len() - 1];
            let following = if last == b'9' { b'0' } else { last + 1 };
            digit == [following]
        };
        if dash
            && self.kind(next + 1) == Some(Kind::Number)
            && (matches!(self.text(next + 1).len(), 2 | 4) || next_year_digit())
        {
            return Some((i, next + 2, Label::Date));
        }
        // "2022/23", "2019/2020": a season or a fiscal year across two years.
        let slash = self.text(next) == "/" && self.attached(next) && self.attached(next + 1);
        if slash && self.is_next_year(i, next + 1) {
            return Some((i, next + 2, Label::Date));
        }
        if dash && self.kind(next + 1) == Some(Kind::Word) {
            // "2019-style", "2025-era": still the year.
            return Some((i, next, Label::Date));
        }
        // After "from" or "between" the range is `year_range`'s, which takes in that word.
        let opens_range =
            i > 0 && matches!(self.text(i - 1), "from" | "From" | "between" | "Between");
        let end = (!opens_range)
            .then(|| self.later_year_end(i, next))
            .flatten();
        Some((i, end.unwrap_or(next), Label::Date))
    }

    /// "2016 through 2019", "February 2016 through May 2017": a later year, or a month and a
    /// later year, after "to" or "through" at `k` close the span of time that the year at
    /// `year` opens, as one date; the end token of the second. An earlier or the same year
    /// after "to" makes no span ("changed 2020 to 2019").
    fn later_year_end(&self, year: usize, k: usize) -> Option<usize> {
        if !matches!(self.text(k), "to" | "through") {
            return None;
        }
        let second = self.month_at(k + 1).unwrap_or(k + 1);
        let whole_year = self.is_year(second)
            && !self.attached(second)
            && self
                .year(second)
                .is_some_and(|(_, end, _)| end == second + 1);
        let (Ok(first), Ok(last)) = (
            self.text(year).parse::<u32>(),
            self.text(second).parse::<u32>(),
        ) else {
            return None;
        };
        let later = last > first || (last == first && second > k + 1);
        (whole_year && later).then_some(second + 1)
    }

    /// "the 1920s to the 1950s": the end of a second decade after "to" or "through", the two
    /// one span of time, when the first decade ends before `k`.
    fn decade_range_end(&self, k: usize) -> Option<usize> {
        if !matches!(self.text(k), "to" | "through") {
            return None;
        }
        let second = if self.text(k + 1) == "the" {
            k + 2
        } else {
            k + 1
        };
        let decade =
            self.is_year(second) && self.text(second + 1) == "s" && self.attached(second + 1);
        decade.then_some(second + 2)
    }

    /// "the 1990's", "the early 2000's": a decade written with an apostrophe, told from a
    /// year's possessive ("2019's budget", "2020's election") by its round year and the word
    /// before it (so "the 2020's election" is read as the decade).
    fn is_decade_with_apostrophe(&self, i: usize) -> bool {
        let apostrophe = matches!(self.text(i + 1), "'" | "’") && self.attached(i + 1);
        let before = i.checked_sub(1).map_or("", |p| self.text(p));
        apostrophe
            && self.text(i + 2) == "s"
            && self.attached(i + 2)
            && self.text(i).ends_with('0')
            && matches!(before, "the" | "The" | "early" | "late" | "mid" | "-")
    }

    /// "the 1300s", "the 1500s": a hundred years before the years `is_year` reads,
    /// written as its first year and "s".
    fn early_century(&self, i: usize) -> Match {
        let digits = self.text(i);
        let century = self.kind(i) == Some(Kind::Number)
            && digits.len() == 4
            && digits.ends_with("00")
            && digits
                .parse::<u32>()
                .is_ok_and(|y| (1000..1800).contains(&y))
            && self.text(i + 1) == "s"
            && self.attached(i + 1);
        century.then_some((i, i + 2, Label::Date))
    }

    /// "190 A.D.", "500 BC": a number with its era is a year.
    fn era_year(&self, i: usize) -> Match {
        let digits = self.text(i);
        // "5,316 BCE": years before the era are long enough to be written with commas.
        let plain = digits.len() <= 4 && digits.bytes().all(|b| b.is_ascii_digit());
        let grouped = digits.len() <= 7
            && digits.bytes().all(|b| b.is_ascii_digit() || b == b',')
            && matches!(self.text(i + 1), "BC" | "BCE" | "B");
        if !plain && !grouped {
            return None;
        }
        let end = self.era_after(i + 1);
        (end > i + 1).then_some((i, end, Label::Date))
    }

    /// "the sextant from 1731", "since 1600": a year before 1800 after a word that dates,
    /// and with no noun after it that it would count ("in 1500 cases").
    fn early_year(&self, i: usize) -> Match {
        let digits = self.text(i);
        let early = digits.len() == 4
            && digits
                .parse::<u32>()
                .is_ok_and(|y| (1000..1800).contains(&y));
        if !early || self.attached(i) {
            return None;
        }
        let before = i.checked_sub(1).map_or("", |p| self.text(p));
        let dating = matches!(before, "in" | "since" | "until" | "till" | "from" | "circa");
        let next = self.tokens.get(i + 1);
        let counts = next.is_some_and(|t| {
            t.kind == Kind::Number
                || (t.is_word() && !t.cap && !matches!(t.text(self.line), "and" | "when" | "to"))
        });
        let range = before == "from" && matches!(self.text(i + 1), "to" | "-" | "–");
        (dating && !counts && !range).then_some((i, i + 1, Label::Date))
    }

    /// "the 90s", "the ’60s": a decade written with two digits, after "the" (an apostrophe
    /// before the digits is part of it). "90s" alone may be ages or temperatures.
    fn short_decade(&self, i: usize) -> Match {
        let digits = self.text(i);
        let decade = digits.len() == 2 && digits.ends_with('0');
        if !decade || self.text(i + 1) != "s" || !self.attached(i + 1) {
            return None;
        }
        let apostrophe = i > 0 && matches!(self.text(i - 1), "’" | "'") && self.attached(i);
        let first = if apostrophe { i - 1 } else { i };
        let after_the = |k: usize| k > 0 && matches!(self.text(k - 1), "the" | "The");
        // "the late ’60s": a part of the decade, which the date takes in.
        let part =
            first > 0 && matches!(self.text(first - 1), period_part!()) && after_the(first - 1);
        // "the 1970s and ’80s", "the ’50s or ’60s": the next decade of a list.
        let next_of = apostrophe
            && first >= 2
            && matches!(self.text(first - 1), "and" | "or")
            && self.decade_ends_at(first - 2);
        if self.speaks_of_temperature(i) {
            return None;
        }
        if part {
            Some((first - 1, i + 2, Label::Date))
        } else {
            (after_the(first) || next_of).then_some((first, i + 2, Label::Date))
        }
    }

    /// Whether a decade ends at token `k`: the "s" after its digits ("1970s", "’70s").
    fn decade_ends_at(&self, k: usize) -> bool {
        k > 0
            && self.text(k) == "s"
            && self.attached(k)
            && self.kind(k - 1) == Some(Kind::Number)
            && self.text(k - 1).ends_with('0')
    }

    /// "in ’91", "the class of '05": a year written with two digits after an apostrophe,
    /// where a word that dates comes before.
    fn short_year(&self, i: usize) -> Match {
        if self.text(i).len() != 2 || i < 2 || !self.attached(i) {
            return None;
        }
        let apostrophe = matches!(self.text(i - 1), "’" | "'") && !self.attached(i - 1);
        let dating = matches!(
            self.text(i - 2),
            "in" | "of" | "since" | "until" | "from" | "to" | "by"
        );
        let goes_on = self.attached(i + 1) && self.kind(i + 1) != Some(Kind::Punct);
        (apostrophe && dating && !goes_on).then_some((i - 1, i + 1, Label::Date))
    }

    /// Whether a word of the twelve before token `i` speaks of temperatures ("temperatures
    /// ballooned into the 50s"), where a decade's shape is degrees.
    fn speaks_of_temperature(&self, i: usize) -> bool {
        (i.saturating_sub(12)..i).any(|k| {
            let word = self.text(k).to_ascii_lowercase();
            word.starts_with("temperature") || word.starts_with("degree") || word == "thermometer"
        })
    }

    /// "trillion-dollar", "billion-dollar": an amount in words.
    fn scale_dollar(&self, i: usize) -> Match {
        // Cheap test first: this runs on every word.
        if !self.attached(i + 1) || !matches!(self.text(i).len(), 7 | 8) {
            return None;
        }
        let word = self.text(i);
        let is_scale = matches!(word, scale_word!() | "Million" | "Billion" | "Trillion");
        let joined = self.text(i + 1) == "-" && self.attached(i + 1) && self.attached(i + 2);
        (is_scale && joined && matches!(self.text(i + 2), "dollar" | "yen" | "euro" | "pound"))
            .then_some((i, i + 3, Label::Money))
    }
}

/// A weekday written short with its full stop ("Wed.", "Tues."); "Sun." is left out, as it
/// is also a newspaper's name.
pub(super) fn is_weekday_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Mon" | "Tue" | "Tues" | "Wed" | "Thu" | "Thur" | "Thurs" | "Fri" | "Sat"
    )
}
