//! The reference table as data: offices with their holders and date ranges, read from RON
//! (`assets/reference.ron`, and `reference.ron` in the config folder), with errors that name
//! the file, line and column, or the office and holder a bad date belongs to.
//!
//! ```ron
//! (
//!     offices: [
//!         (country: "Japan", office: "Prime Minister", holders: [
//!             ("Sanae Takaichi", "2025-10-21", ""),
//!             ("Shigeru Ishiba", "2024-10-01", "2025-10-21"),
//!         ]),
//!     ],
//! )
//! ```
//!
//! A holder is (name, from, to): dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; an empty `to`
//! means the holder holds the office still.

use serde::Deserialize;
use std::path::{Path, PathBuf};

/// A day as `YYYYMMDD`, so days compare as numbers; a year alone or a month alone is its first
/// or last day, as the caller asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub u32);

impl Day {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a partial date is its first day, or its last with
    /// `end`.
    pub fn parse(text: &str, end: bool) -> Option<Day> {
        let mut parts = text.trim().split('-');
        let year: u32 = parts
            .next()?
            .parse()
            .ok()
            .filter(|y| (1000..=9999).contains(y))?;
        let month: Option<u32> = match parts.next() {
            Some(m) => Some(m.parse().ok().filter(|m| (1..=12).contains(m))?),
            None => None,
        };
        let day: Option<u32> = match parts.next() {
            Some(d) => Some(d.parse().ok().filter(|d| (1..=31).contains(d))?),
            None => None,
        };
        if parts.next().is_some() || (month.is_none() && day.is_some()) {
            return None;
        }
        let month = month.unwrap_or(if end { 12 } else { 1 });
        let day = day.unwrap_or(if end { 31 } else { 1 });
        Some(Day(year * 10_000 + month * 100 + day))
    }

    pub fn year(self) -> u32 {
        self.0 / 10_000
    }
}

/// One holder's term: from its first day to its last (`None`: still in office).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    pub name: String,
    pub from: Day,
    pub to: Option<Day>,
}

impl Term {
    pub fn covers(&self, day: Day) -> bool {
        self.from <= day && self.to.is_none_or(|to| day <= to)
    }

    /// "2012–2020", "2025–".
    pub fn years(&self) -> String {
        match self.to {
            Some(to) if to.year() == self.from.year() => self.from.year().to_string(),
            Some(to) => format!("{}–{}", self.from.year(), to.year()),
            None => format!("{}–", self.from.year()),
        }
    }
}

/// An office of one country with its holders, latest first as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReferenceOffice {
    pub country: String,
    pub office: String,
    pub terms: Vec<Term>,
}

/// What a reference file holds, as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    offices: Vec<FileOffice>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileOffice {
    country: String,
    office: String,
    holders: Vec<(String, String, String)>,
}

/// A reference file that cannot be read or used.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ReferenceError {
    #[error("{}:{line}:{column}: {message}", file.display())]
    Parse {
        file: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{}: {country}, {office}, {holder}: {message}", file.display())]
    Holder {
        file: PathBuf,
        country: String,
        office: String,
        holder: String,
        message: String,
    },
    #[error("{}: {message}", file.display())]
    Read { file: PathBuf, message: String },
}

/// Reads reference offices from `text`; errors name `file`.
pub fn from_ron(text: &str, file: &Path) -> Result<Vec<ReferenceOffice>, ReferenceError> {
    let parsed: File = ron::from_str(text).map_err(|e| ReferenceError::Parse {
        file: file.to_path_buf(),
        line: e.span.start.line,
        column: e.span.start.col,
        message: e.code.to_string(),
    })?;
    parsed
        .offices
        .into_iter()
        .map(|o| {
            let bad = |holder: &str, message: String| ReferenceError::Holder {
                file: file.to_path_buf(),
                country: o.country.clone(),
                office: o.office.clone(),
                holder: holder.to_string(),
                message,
            };
            let mut terms = Vec::new();
            for (name, from, to) in &o.holders {
                let start = Day::parse(from, false)
                    .ok_or_else(|| bad(name, format!("“{from}” is not a date (YYYY-MM-DD)")))?;
                let end = if to.trim().is_empty() {
                    None
                } else {
                    let end = Day::parse(to, true).ok_or_else(|| {
                        bad(name, format!("“{to}” is not a date (YYYY-MM-DD, or \"\")"))
                    })?;
                    if end < start {
                        return Err(bad(name, format!("ends ({to}) before it starts ({from})")));
                    }
                    Some(end)
                };
                if name.trim().is_empty() {
                    return Err(bad(name, "a holder needs a name".to_string()));
                }
                terms.push(Term {
                    name: name.clone(),
                    from: start,
                    to: end,
                });
            }
            Ok(ReferenceOffice {
                country: o.country.clone(),
                office: o.office.clone(),
                terms,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_days_and_partial_dates_their_first_or_last_day() {
        assert_eq!(Day::parse("2012-12-26", false), Some(Day(20121226)));
        assert_eq!(Day::parse("2020", true), Some(Day(20201231)));
        assert_eq!(Day::parse("2020-09", false), Some(Day(20200901)));
        assert_eq!(Day::parse("2020-13-01", false), None);
        assert_eq!(Day::parse("yesterday", false), None);
    }

    #[test]
    fn a_bad_file_is_named_with_its_line_and_a_bad_date_with_its_holder() {
        let file = Path::new("/cfg/reference.ron");
        let err = from_ron("(offices: [(country: \"Japan\",)])", file).unwrap_err();
        assert!(
            err.to_string().starts_with("/cfg/reference.ron:1:"),
            "{err}"
        );
        let text = r#"(offices: [(country: "Japan", office: "Prime Minister",
            holders: [("Shinzo Abe", "2012-12-26", "2020-19-16")])])"#;
        assert_eq!(
            from_ron(text, file).unwrap_err().to_string(),
            "/cfg/reference.ron: Japan, Prime Minister, Shinzo Abe: “2020-19-16” is not a date \
             (YYYY-MM-DD, or \"\")"
        );
    }
}
