//! Calendar arithmetic on [`Day`]s (`YYYYMMDD`): days since 1970, weekdays, the days and
//! months around a date, month and weekday names. Proleptic Gregorian, as news dates are.

use crate::factcheck::reference::Day;

/// A day as its number of days since 1970-01-01 (negative before).
pub fn ordinal(day: Day) -> i64 {
    let (y, m, d) = parts(day);
    // Counted from 1 March, so the leap day ends a year: an era is 400 years.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let month_from_march = (m + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + d - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The day `n` days after 1970-01-01.
pub fn from_ordinal(n: i64) -> Day {
    let z = n + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let d = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let m = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let y = year_of_era + era * 400 + i64::from(m <= 2);
    Day((y * 10_000 + m * 100 + d) as u32)
}

/// `day` moved by `n` days.
pub fn add_days(day: Day, n: i64) -> Day {
    from_ordinal(ordinal(day) + n)
}

/// 0 for Monday … 6 for Sunday.
pub fn weekday(day: Day) -> u32 {
    // 1970-01-01 was a Thursday.
    ((ordinal(day) + 3).rem_euclid(7)) as u32
}

/// The day of `year`, `month` (1–12), `day`, if the month has it.
pub fn day_of(year: u32, month: u32, day: u32) -> Option<Day> {
    ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
        .then(|| Day(year * 10_000 + month * 100 + day))
}

/// 28 to 31.
pub fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The first and last day of a month.
pub fn month_range(year: u32, month: u32) -> (Day, Day) {
    (
        Day(year * 10_000 + month * 100 + 1),
        Day(year * 10_000 + month * 100 + days_in_month(year, month)),
    )
}

/// The month `n` months after `year`-`month`, as (year, month).
pub fn add_months(year: u32, month: u32, n: i32) -> (u32, u32) {
    let index = (year as i64) * 12 + (month as i64 - 1) + n as i64;
    (
        (index.div_euclid(12)) as u32,
        (index.rem_euclid(12) + 1) as u32,
    )
}

/// (year, month, day) of a day, as numbers to count with.
pub fn parts(day: Day) -> (i64, i64, i64) {
    let n = i64::from(day.0);
    (n / 10_000, n / 100 % 100, n % 100)
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The month (1–12) a lower-case word names: "april", "apr", "apr.", "sept".
pub fn month_named(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    if word.len() < 3 {
        return None;
    }
    // Read in DATE mentions only, where "may" is the month.
    MONTHS
        .iter()
        .position(|m| m.starts_with(word))
        .map(|i| i as u32 + 1)
}

/// The weekday (0 Monday … 6 Sunday) a lower-case word names: "friday", "fri".
pub fn weekday_named(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    (word.len() >= 3)
        .then(|| WEEKDAYS.iter().position(|d| d.starts_with(word)))
        .flatten()
        .map(|i| i as u32)
}

/// "Apr" for month 4.
pub fn month_abbreviation(month: u32) -> &'static str {
    const SHORT: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    SHORT[(month.clamp(1, 12) - 1) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_round_trip_across_leap_years_and_centuries() {
        assert_eq!(ordinal(Day(19700101)), 0);
        assert_eq!(
            ordinal(Day(20000301)) - ordinal(Day(20000228)),
            2,
            "2000 is a leap year"
        );
        assert_eq!(
            ordinal(Day(21000301)) - ordinal(Day(21000228)),
            1,
            "2100 is not"
        );
        for n in [-300_000, -1, 0, 59, 10_957, 20_000, 2_932_896] {
            assert_eq!(ordinal(from_ordinal(n)), n);
        }
    }

    #[test]
    fn weekdays_and_moves() {
        assert_eq!(weekday(Day(20250418)), 4, "18 April 2025 was a Friday");
        assert_eq!(add_days(Day(20250301), -1), Day(20250228));
        assert_eq!(add_months(2025, 1, -1), (2024, 12));
        assert_eq!(month_range(2024, 2), (Day(20240201), Day(20240229)));
        assert_eq!(day_of(2025, 2, 29), None);
    }

    #[test]
    fn names_of_months_and_weekdays() {
        assert_eq!(month_named("april"), Some(4));
        assert_eq!(month_named("sept."), Some(9));
        assert_eq!(month_named("mar"), Some(3));
        assert_eq!(month_named("ma"), None);
        assert_eq!(weekday_named("fri"), Some(4));
        assert_eq!(weekday_named("sunday"), Some(6));
        assert_eq!(weekday_named("week"), None);
    }
}
