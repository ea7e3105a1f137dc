//! One date as written ("20 April", "April 2019", "Friday", "last week", "fourth quarter of
//! 2024") read into the days it covers, against the article's date where it needs one.

use super::calendar::{
    add_days, add_months, day_of, month_named, month_range, weekday, weekday_named,
};
use crate::factcheck::reference::Day;

/// What a date is read against: the article's date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The article's date from `index.ron`.
    Day(Day),
    /// Only its year, inferred from the years it mentions.
    Year(u32),
    None,
}

/// How precise a date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

/// The days a date covers, first to last.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct When {
    pub first: Day,
    pub last: Day,
    pub precision: Precision,
    /// The year came from the article's inferred year, not from the text or its index date.
    pub year_inferred: bool,
}

impl When {
    fn span(first: Day, last: Day, precision: Precision) -> When {
        When {
            first,
            last,
            precision,
            year_inferred: false,
        }
    }

    fn day(day: Day) -> When {
        When::span(day, day, Precision::Day)
    }

    fn month(year: u32, month: u32) -> When {
        let (first, last) = month_range(year, month);
        When::span(first, last, Precision::Month)
    }

    fn year(year: u32) -> When {
        When::span(
            Day(year * 10_000 + 101),
            Day(year * 10_000 + 1231),
            Precision::Year,
        )
    }

    /// Whether the two share no day.
    pub fn disjoint(&self, other: &When) -> bool {
        self.last < other.first || other.last < self.first
    }
}

/// Why a date is not on the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unplaced {
    /// Relative ("Friday", "last week") and the article has no date in `index.ron`.
    NeedsArticleDate,
    /// Not a calendar date (a decade, a fiscal period, a season, a holiday).
    NotCalendar,
}

impl Unplaced {
    pub fn as_str(self) -> &'static str {
        match self {
            Unplaced::NeedsArticleDate => "relative: needs the article's date in index.ron",
            Unplaced::NotCalendar => "not a calendar date",
        }
    }
}

/// The words and numbers of a date as written.
#[derive(Default)]
struct Pieces {
    year: Option<u32>,
    month: Option<u32>,
    day: Option<u32>,
    weekday: Option<u32>,
    quarter: Option<u32>,
    /// -1 "last"/"previous", 0 "this"/"current", 1 "next"; `None` when not said.
    shift: Option<i32>,
    unit: Option<Unit>,
    /// "yesterday" -1, "today" 0, "tomorrow" 1.
    relative_day: Option<i64>,
    not_calendar: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    Week,
    Month,
    Year,
    Quarter,
}

impl Pieces {
    fn of(text: &str) -> Pieces {
        let mut p = Pieces::default();
        let lower = text.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        for (i, word) in words.iter().enumerate() {
            let digits = word.trim_end_matches(|c: char| c.is_alphabetic());
            let suffix = &word[digits.len()..];
            if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
                let Ok(n) = digits.parse::<u32>() else {
                    continue;
                };
                match (digits.len(), suffix) {
                    // "1980s", "90s": a decade.
                    (_, "s") => p.not_calendar = true,
                    (4, "") if (1000..=2999).contains(&n) => p.year = p.year.or(Some(n)),
                    (1 | 2, "" | "st" | "nd" | "rd" | "th") if (1..=31).contains(&n) => {
                        p.day = p.day.or(Some(n))
                    }
                    _ => {}
                }
                continue;
            }
            if let Some(q) = word
                .strip_prefix('q')
                .and_then(|d| d.parse::<u32>().ok())
                .filter(|q| (1..=4).contains(q))
            {
                p.quarter = Some(q);
                continue;
            }
            match *word {
                "last" | "previous" | "past" => p.shift = Some(-1),
                "this" | "current" => p.shift = Some(0),
                "next" | "coming" => p.shift = Some(1),
                "yesterday" => p.relative_day = Some(-1),
                "today" | "tonight" => p.relative_day = Some(0),
                "tomorrow" => p.relative_day = Some(1),
                "week" | "weekend" => p.unit = Some(Unit::Week),
                "month" => p.unit = Some(Unit::Month),
                "year" => p.unit = Some(Unit::Year),
                "quarter" => p.unit = Some(Unit::Quarter),
                "first" if next_is_quarter(&words, i) => p.quarter = Some(1),
                "second" if next_is_quarter(&words, i) => p.quarter = Some(2),
                "third" if next_is_quarter(&words, i) => p.quarter = Some(3),
                "fourth" if next_is_quarter(&words, i) => p.quarter = Some(4),
                "fiscal" | "fy" | "spring" | "summer" | "autumn" | "fall" | "winter"
                | "christmas" | "easter" | "boxing" | "decade" | "century" => p.not_calendar = true,
                _ => {
                    if let Some(m) = month_named(word) {
                        p.month = p.month.or(Some(m));
                    } else if let Some(d) = weekday_named(word) {
                        p.weekday = Some(d);
                    }
                }
            }
        }
        p
    }
}

fn next_is_quarter(words: &[&str], i: usize) -> bool {
    words.get(i + 1).is_some_and(|w| *w == "quarter")
}

/// Reads `text`, a date as written, against the article's date.
pub fn read(text: &str, anchor: Anchor) -> Result<When, Unplaced> {
    let p = Pieces::of(text);
    if p.not_calendar {
        return Err(Unplaced::NotCalendar);
    }
    let given = match anchor {
        Anchor::Day(day) => Some(day),
        _ => None,
    };
    let anchor_year = match anchor {
        Anchor::Day(day) => Some((day.year(), false)),
        Anchor::Year(year) => Some((year, true)),
        Anchor::None => None,
    };
    let needs_date = || Err(Unplaced::NeedsArticleDate);
    // "yesterday", "today", "tomorrow".
    if let Some(offset) = p.relative_day {
        return given.map_or_else(needs_date, |d| Ok(When::day(add_days(d, offset))));
    }
    // A year of its own, with a quarter, a month and a day as written.
    if let Some(year) = p.year {
        return Ok(match (p.quarter, p.month, p.day) {
            (Some(q), _, _) => quarter(year, q),
            (None, Some(m), Some(d)) => day_of(year, m, d).map_or(When::month(year, m), When::day),
            (None, Some(m), None) => When::month(year, m),
            (None, None, _) => When::year(year),
        });
    }
    // "last week", "this month", "next year", "February this year", "last quarter".
    if let (Some(shift), Some(unit)) = (p.shift, p.unit) {
        return shifted(shift, unit, &p, given, anchor_year);
    }
    // A month with or without its day, in the article's year.
    if let Some(m) = p.month {
        let Some((year, inferred)) = anchor_year else {
            return needs_date();
        };
        let mut when = match p.day.and_then(|d| day_of(year, m, d)) {
            Some(day) => When::day(day),
            None => When::month(year, m),
        };
        when.year_inferred = inferred;
        return Ok(when);
    }
    if let Some(q) = p.quarter {
        let Some((year, inferred)) = anchor_year else {
            return needs_date();
        };
        let mut when = quarter(year, q);
        when.year_inferred = inferred;
        return Ok(when);
    }
    // A weekday: the latest on or before the article's date, or the next after it.
    if let Some(wanted) = p.weekday {
        let Some(day) = given else {
            return needs_date();
        };
        let back = (weekday(day) + 7 - wanted) % 7;
        let moved = if p.shift == Some(1) {
            7 - i64::from(back)
        } else {
            -i64::from(back)
        };
        return Ok(When::day(add_days(day, moved)));
    }
    Err(Unplaced::NotCalendar)
}

fn quarter(year: u32, q: u32) -> When {
    let first = month_range(year, q * 3 - 2).0;
    let last = month_range(year, q * 3).1;
    When::span(first, last, Precision::Quarter)
}

/// "last week", "this month", "next year", "February this year" against the article's date.
fn shifted(
    shift: i32,
    unit: Unit,
    p: &Pieces,
    given: Option<Day>,
    anchor_year: Option<(u32, bool)>,
) -> Result<When, Unplaced> {
    match unit {
        Unit::Year => {
            let Some((year, inferred)) = anchor_year else {
                return Err(Unplaced::NeedsArticleDate);
            };
            // "this year" with an inferred year is the inferred year; "last year" is not
            // placed on a guess.
            if inferred && shift != 0 {
                return Err(Unplaced::NeedsArticleDate);
            }
            let year = (year as i64 + i64::from(shift)) as u32;
            let mut when = match (p.month, p.quarter) {
                (Some(m), _) => match p.day.and_then(|d| day_of(year, m, d)) {
                    Some(day) => When::day(day),
                    None => When::month(year, m),
                },
                (None, Some(q)) => quarter(year, q),
                (None, None) => When::year(year),
            };
            when.year_inferred = inferred;
            Ok(when)
        }
        Unit::Month => {
            let day = given.ok_or(Unplaced::NeedsArticleDate)?;
            let (y, m) = add_months(day.year(), day.0 / 100 % 100, shift);
            Ok(When::month(y, m))
        }
        Unit::Quarter => {
            let day = given.ok_or(Unplaced::NeedsArticleDate)?;
            let now = (day.0 / 100 % 100 - 1) / 3;
            let index = i64::from(day.year()) * 4 + i64::from(now) + i64::from(shift);
            Ok(quarter(
                index.div_euclid(4) as u32,
                index.rem_euclid(4) as u32 + 1,
            ))
        }
        Unit::Week => {
            let day = given.ok_or(Unplaced::NeedsArticleDate)?;
            let monday = add_days(day, -i64::from(weekday(day)));
            let first = add_days(monday, 7 * i64::from(shift));
            Ok(When::span(first, add_days(first, 6), Precision::Week))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Friday 18 April 2025.
    const FRIDAY: Anchor = Anchor::Day(Day(20250418));

    fn days(text: &str, anchor: Anchor) -> (u32, u32, Precision) {
        let when = read(text, anchor).unwrap_or_else(|e| panic!("{text}: {e:?}"));
        (when.first.0, when.last.0, when.precision)
    }

    #[test]
    fn absolute_dates_need_no_article_date() {
        use Precision::*;
        assert_eq!(
            days("January 1, 2020", Anchor::None),
            (20200101, 20200101, Day)
        );
        assert_eq!(
            days("20 April 2019", Anchor::None),
            (20190420, 20190420, Day)
        );
        assert_eq!(
            days("April 2019", Anchor::None),
            (20190401, 20190430, Month)
        );
        assert_eq!(days("2019", Anchor::None), (20190101, 20191231, Year));
        assert_eq!(days("late 2024", Anchor::None), (20240101, 20241231, Year));
        assert_eq!(
            days("the fourth quarter of 2024", Anchor::None),
            (20241001, 20241231, Quarter)
        );
        assert_eq!(days("Q2 2025", Anchor::None), (20250401, 20250630, Quarter));
    }

    #[test]
    fn a_month_or_day_without_a_year_takes_the_articles_year() {
        let when = read("20 April", Anchor::Year(2025)).unwrap();
        assert_eq!((when.first, when.year_inferred), (Day(20250420), true));
        let when = read("October 28", FRIDAY).unwrap();
        assert_eq!((when.first, when.year_inferred), (Day(20251028), false));
        assert_eq!(days("November", FRIDAY).2, Precision::Month);
        assert_eq!(
            read("Saturday, 30th May", FRIDAY).unwrap().first,
            Day(20250530)
        );
        assert_eq!(read("March", Anchor::None), Err(Unplaced::NeedsArticleDate));
    }

    #[test]
    fn relative_dates_are_read_against_the_articles_day() {
        use Precision::*;
        assert_eq!(
            days("Friday", FRIDAY),
            (20250418, 20250418, Day),
            "the same day"
        );
        assert_eq!(days("Tuesday", FRIDAY), (20250415, 20250415, Day));
        assert_eq!(days("Saturday", FRIDAY), (20250412, 20250412, Day));
        assert_eq!(days("next Monday", FRIDAY), (20250421, 20250421, Day));
        assert_eq!(days("yesterday", FRIDAY), (20250417, 20250417, Day));
        assert_eq!(days("last week", FRIDAY), (20250407, 20250413, Week));
        assert_eq!(days("last month", FRIDAY), (20250301, 20250331, Month));
        assert_eq!(
            days("February this year", FRIDAY),
            (20250201, 20250228, Month)
        );
        assert_eq!(days("last year", FRIDAY), (20240101, 20241231, Year));
        assert_eq!(days("last quarter", FRIDAY), (20250101, 20250331, Quarter));
        for text in ["Friday", "last week", "yesterday", "last year"] {
            assert_eq!(
                read(text, Anchor::Year(2025)),
                Err(Unplaced::NeedsArticleDate),
                "{text}"
            );
        }
    }

    #[test]
    fn periods_that_are_not_calendar_dates_stay_off() {
        for text in ["the 1980s", "fiscal 2019", "Boxing Day", "spring"] {
            assert_eq!(read(text, FRIDAY), Err(Unplaced::NotCalendar), "{text}");
        }
    }
}
