//! `Timestamp`: whole seconds since the Unix epoch, written as an RFC 3339 UTC string; and
//! `Stamp`, the version of one field of one record, from a hybrid logical clock ([`Clock`]).
//!
//! The library never reads the clock for what the reader sees: the app passes `now` in, so
//! `created`/`updated` are deterministic in tests. Stamps order edits between processes and
//! never depend on the clock's second alone. The civil-date conversion is Howard Hinnant's
//! `days_from_civil` / `civil_from_days`.

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;
use std::time::{SystemTime, UNIX_EPOCH};

/// A moment in UTC, in whole seconds since 1970-01-01T00:00:00Z.
///
/// Displays and serialises as RFC 3339 with a `Z` suffix, e.g. `2026-11-25T13:04:05Z`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub u64);

/// The latest second whose year still has four digits (9999-12-31T23:59:59Z).
pub const MAX_TIMESTAMP: Timestamp = Timestamp(253_402_300_799);

/// Why a string is not an RFC 3339 timestamp margin accepts.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{input}` is not an RFC 3339 time such as 2026-11-25T13:04:05Z: {reason}")]
pub struct TimestampError {
    pub input: String,
    pub reason: &'static str,
}

impl Timestamp {
    /// Seconds since the Unix epoch.
    pub fn as_unix(self) -> u64 {
        self.0
    }
}

impl From<SystemTime> for Timestamp {
    /// Whole seconds since the epoch; times before 1970 become the epoch itself.
    fn from(time: SystemTime) -> Self {
        Timestamp(time.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs()))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let days = self.0 / 86_400;
        let secs = self.0 % 86_400;
        let (year, month, day) = civil_from_days(days);
        write!(
            f,
            "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
            secs / 3600,
            secs / 60 % 60,
            secs % 60
        )
    }
}

impl FromStr for Timestamp {
    type Err = TimestampError;

    /// Accepts `YYYY-MM-DDTHH:MM:SS`, optional fractional seconds (dropped), then `Z` or a
    /// `+HH:MM`/`-HH:MM` offset. Times before 1970 are refused.
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let fail = |reason| TimestampError {
            input: input.to_owned(),
            reason,
        };
        let b = input.as_bytes();
        // Every field below is cut at a fixed byte offset: only ASCII may be there.
        if b.len() < 20
            || !b[..19].is_ascii()
            || b[4] != b'-'
            || b[7] != b'-'
            || b[13] != b':'
            || b[16] != b':'
        {
            return Err(fail(
                "expected YYYY-MM-DDTHH:MM:SS followed by Z or an offset",
            ));
        }
        if !matches!(b[10], b'T' | b't') {
            return Err(fail("expected `T` between the date and the time"));
        }
        let num = |range: std::ops::Range<usize>| -> Result<u64, TimestampError> {
            let digits = &input[range];
            if digits.bytes().all(|c| c.is_ascii_digit()) {
                digits.parse().map_err(|_| fail("expected digits"))
            } else {
                Err(fail("expected digits"))
            }
        };
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(fail("no such date"));
        }
        if hour > 23 || minute > 59 || second > 60 {
            return Err(fail("no such time of day"));
        }
        let mut rest = &input[19..];
        if let Some(fraction) = rest.strip_prefix('.') {
            let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return Err(fail("expected digits after the decimal point"));
            }
            rest = &fraction[digits..];
        }
        let offset: i64 = match rest {
            "Z" | "z" => 0,
            _ if rest.len() == 6 && rest.as_bytes()[3] == b':' => {
                let sign = match rest.as_bytes()[0] {
                    b'+' => 1,
                    b'-' => -1,
                    _ => return Err(fail("expected Z, +HH:MM or -HH:MM")),
                };
                let base = input.len() - 6;
                let (oh, om) = (num(base + 1..base + 3)?, num(base + 4..base + 6)?);
                if oh > 23 || om > 59 {
                    return Err(fail("no such offset"));
                }
                sign * (oh * 3600 + om * 60) as i64
            }
            _ => return Err(fail("expected Z, +HH:MM or -HH:MM")),
        };
        let days = days_from_civil(year, month, day);
        let local = days * 86_400 + (hour * 3600 + minute * 60 + second) as i64;
        u64::try_from(local - offset)
            .map(Timestamp)
            .map_err(|_| fail("before 1970"))
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TimestampVisitor;
        impl Visitor<'_> for TimestampVisitor {
            type Value = Timestamp;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an RFC 3339 time such as \"2026-11-25T13:04:05Z\"")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Timestamp, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(TimestampVisitor)
    }
}

/// The version of one field of a record (or of a deletion): milliseconds of a hybrid logical
/// clock, a counter for edits within the same millisecond, and the id of the process (the
/// replica) that made it, which breaks ties. Ordered in that order, so any two edits are
/// ordered, and an edit made after seeing another is always ordered after it.
///
/// Written as `"2026-11-25T13:04:05.123Z 0 7c3e91d2"`. The zero stamp (the epoch, replica 0)
/// is what a version-1 sidecar's records get before their `updated` time is filled in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Stamp {
    pub millis: u64,
    pub counter: u32,
    pub replica: u32,
}

impl Stamp {
    /// The stamp of an edit known only by its whole-second `updated` time (version-1 files).
    pub fn from_seconds(time: Timestamp) -> Self {
        Stamp {
            millis: time.0.saturating_mul(1000),
            counter: 0,
            replica: 0,
        }
    }

    pub fn is_zero(&self) -> bool {
        *self == Stamp::default()
    }
}

impl fmt::Display for Stamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let seconds = Timestamp(self.millis / 1000).to_string();
        let whole = seconds.trim_end_matches('Z');
        write!(
            f,
            "{whole}.{:03}Z {} {:08x}",
            self.millis % 1000,
            self.counter,
            self.replica
        )
    }
}

impl FromStr for Stamp {
    type Err = TimestampError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let fail = |reason| TimestampError {
            input: input.to_owned(),
            reason,
        };
        let mut parts = input.split(' ');
        let (Some(time), Some(counter), Some(replica), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(fail("expected a time, a counter and a replica id"));
        };
        let millis = time
            .strip_suffix('Z')
            .and_then(|t| t.rsplit_once('.'))
            .filter(|(_, ms)| ms.len() == 3 && ms.bytes().all(|b| b.is_ascii_digit()))
            .ok_or_else(|| fail("expected milliseconds, as in 2026-11-25T13:04:05.123Z"))?;
        let seconds: Timestamp = format!("{}Z", millis.0).parse()?;
        let counter = counter.parse().map_err(|_| fail("expected a counter"))?;
        let replica = u32::from_str_radix(replica, 16)
            .ok()
            .filter(|_| replica.len() == 8)
            .ok_or_else(|| fail("expected a replica id of 8 hex digits"))?;
        let ms: u64 = millis.1.parse().map_err(|_| fail("expected digits"))?;
        Ok(Stamp {
            millis: seconds.0 * 1000 + ms,
            counter,
            replica,
        })
    }
}

impl Serialize for Stamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct StampVisitor;
        impl Visitor<'_> for StampVisitor {
            type Value = Stamp;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a version such as \"2026-11-25T13:04:05.123Z 0 7c3e91d2\"")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Stamp, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(StampVisitor)
    }
}

/// A hybrid logical clock: [`Clock::tick`] gives stamps that always grow, follow the wall
/// clock's milliseconds when it moves forward, and stay ahead of every stamp
/// [`Clock::observe`] has seen, so an edit made after reading another's file is ordered after
/// it even when the two machines' clocks disagree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clock {
    replica: u32,
    last: (u64, u32),
}

impl Clock {
    /// A clock for the process (replica) `replica`; give each writer its own.
    pub fn new(replica: u32) -> Self {
        Clock {
            replica,
            last: (0, 0),
        }
    }

    pub fn replica(&self) -> u32 {
        self.replica
    }

    /// The next stamp, at wall-clock time `now_millis` (milliseconds since the epoch).
    pub fn tick(&mut self, now_millis: u64) -> Stamp {
        self.last = if now_millis > self.last.0 {
            (now_millis, 0)
        } else {
            (self.last.0, self.last.1.saturating_add(1))
        };
        Stamp {
            millis: self.last.0,
            counter: self.last.1,
            replica: self.replica,
        }
    }

    /// Moves the clock past `stamp`, seen in a file.
    pub fn observe(&mut self, stamp: Stamp) {
        self.last = self.last.max((stamp.millis, stamp.counter));
    }
}

fn is_leap(year: u64) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}

fn days_in_month(year: u64, month: u64) -> u64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (year >= 0).
fn days_from_civil(year: u64, month: u64, day: u64) -> i64 {
    let y = if month <= 2 {
        year as i64 - 1
    } else {
        year as i64
    };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (month as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The (year, month, day) of a count of days since 1970-01-01.
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_epoch_displays_as_1970() {
        assert_eq!(Timestamp(0).to_string(), "1970-01-01T00:00:00Z");
    }

    #[test]
    fn a_known_moment_displays_in_rfc_3339() {
        // 2026-11-25T13:04:05Z, checked with `date -u -d @1795611845`.
        assert_eq!(Timestamp(1_795_611_845).to_string(), "2026-11-25T13:04:05Z");
    }

    #[test]
    fn leap_days_round_trip() {
        let t: Timestamp = "2024-02-29T23:59:59Z".parse().expect("valid");
        assert_eq!(t.to_string(), "2024-02-29T23:59:59Z");
        assert!("2025-02-29T00:00:00Z".parse::<Timestamp>().is_err());
    }

    #[test]
    fn offsets_and_fractions_are_folded_into_utc() {
        let t: Timestamp = "2026-11-25T14:04:05.123+01:00".parse().expect("valid");
        assert_eq!(t.to_string(), "2026-11-25T13:04:05Z");
    }

    #[test]
    fn malformed_times_are_refused_with_the_input_named() {
        for bad in [
            "",
            "2026-11-25",
            "2026-13-01T00:00:00Z",
            "1969-12-31T23:59:59Z",
            "2026-11-25 13:04:05Z",
            // A char of several bytes where the digits are cut at fixed offsets.
            "2026-11-25T13:05:\u{202e}0Z",
            "2026-11-25T1日:05:00Z",
        ] {
            let err = bad.parse::<Timestamp>().expect_err(bad);
            assert!(err.to_string().contains(bad), "{err}");
        }
    }

    #[test]
    fn a_stamp_reads_back_what_it_wrote() {
        let stamp = Stamp {
            millis: 1_795_611_845_123,
            counter: 4,
            replica: 0x7c3e_91d2,
        };
        assert_eq!(stamp.to_string(), "2026-11-25T13:04:05.123Z 4 7c3e91d2");
        assert_eq!(stamp.to_string().parse::<Stamp>(), Ok(stamp));
        for bad in [
            "",
            "2026-11-25T13:04:05Z 0 00000000",
            "2026-11-25T13:04:05.123Z 0 7c",
        ] {
            assert!(bad.parse::<Stamp>().is_err(), "{bad}");
        }
    }

    #[test]
    fn the_clock_grows_within_a_millisecond_and_stays_ahead_of_what_it_saw() {
        let mut clock = Clock::new(1);
        let a = clock.tick(1000);
        let b = clock.tick(1000);
        let c = clock.tick(999);
        assert!(a < b && b < c, "{a} {b} {c}");
        clock.observe(Stamp {
            millis: 5000,
            counter: 7,
            replica: 2,
        });
        let d = clock.tick(1001);
        assert_eq!((d.millis, d.counter), (5000, 8));
    }

    proptest! {
        #[test]
        fn display_then_parse_is_the_identity(secs in 0..=MAX_TIMESTAMP.0) {
            let t = Timestamp(secs);
            prop_assert_eq!(t.to_string().parse::<Timestamp>(), Ok(t));
        }
    }
}
