//! When an article was written, as far as the corpus says: its date in `index.ron`, or else
//! the latest year its DATE mentions name (an article names past years, so it is from then or
//! later).

use super::table::Day;
use crate::corpus::Article;
use crate::entities::{ArticleMention, Label};

/// An article's date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArticleDate {
    /// Its date in `index.ron` (a year or month alone is its first day).
    Given(Day),
    /// No date in the index: the latest year its dates mention.
    Inferred { year: u32 },
}

/// Years outside this range are not read as years of writing.
const YEARS: std::ops::RangeInclusive<u32> = 1900..=2100;

impl ArticleDate {
    /// The date of `article` with its `mentions`, if it has one.
    pub fn of(article: &Article, mentions: &[ArticleMention]) -> Option<ArticleDate> {
        if let Some(day) = article.date.as_deref().and_then(|d| Day::parse(d, false)) {
            return Some(ArticleDate::Given(day));
        }
        let text = article.text();
        mentions
            .iter()
            .filter(|m| m.label() == Label::Date)
            .flat_map(|m| years_in(m.span().slice(text)))
            .max()
            .map(|year| ArticleDate::Inferred { year })
    }
}

/// The four-digit years written in `text` ("January 1, 2020" → 2020).
fn years_in(text: &str) -> Vec<u32> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|run| run.len() == 4)
        .filter_map(|run| run.parse().ok())
        .filter(|y| YEARS.contains(y))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_are_four_digits_in_range() {
        assert_eq!(years_in("January 1, 2020"), [2020]);
        assert_eq!(years_in("2019–2023"), [2019, 2023]);
        assert!(years_in("10,000").is_empty());
    }
}
