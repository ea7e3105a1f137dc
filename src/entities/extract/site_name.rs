//! The site's name after a page's title: "Meet the Artist - LA Weekly", "PM attends
//! roundtable | NOW Grenada". Web pages title themselves so, and an article copied from
//! the web keeps that title as its first line. The name is an organisation whatever its
//! words are (a place's in "NOW Grenada", a common noun's in "The Observer").

use crate::entities::Label;
use crate::entities::gazetteer::{Gazetteer, class};

/// What stands between a title and the site's name.
const SEPARATORS: [&str; 4] = [" | ", " - ", " – ", " — "];

/// Lowercase words a site's name may hold between capitalised ones.
const JOINERS: [&str; 6] = ["of", "the", "and", "&", "for", "de"];

/// Words at most in a site's name.
const MOST_WORDS: usize = 5;

/// A title line cut before the site's name after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct TitledSite {
    /// Where the title ends (before the separator).
    pub title_end: usize,
    /// The site's name, without a leading "The".
    pub start: usize,
    pub end: usize,
}

/// The site's name at the end of the title line `line`, if it ends in one: a short run of
/// capitalised words after the last separator, that is no place or person the gazetteer
/// knows ("| Fort Lauderdale" is where, "- Jane Smith" who) and no section's one word
/// ("| Opinion").
pub(super) fn after_title(line: &str, g: &Gazetteer) -> Option<TitledSite> {
    let (title_end, separator) = SEPARATORS
        .iter()
        .filter_map(|&sep| Some((line.rfind(sep)?, sep.len())))
        .max()?;
    let title = &line[..title_end];
    if title.split_whitespace().count() < 2 {
        return None;
    }
    let segment_start = title_end + separator;
    let segment = line[segment_start..].trim_end();
    let (start, name) = match segment.strip_prefix("The ") {
        Some(rest) => (segment_start + 4, rest),
        None => (segment_start, segment),
    };
    let words: Vec<&str> = name.split(' ').collect();
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let shaped = (1..=MOST_WORDS).contains(&words.len())
        && capitalised(words[0])
        && capitalised(words[words.len() - 1])
        && words.iter().all(|w| capitalised(w) || JOINERS.contains(w))
        && !name.contains([',', '.', ':', ';', '?', '!', '(', ')', '"', '“', '”']);
    if !shaped {
        return None;
    }
    let section_word = words.len() == 1 && start == segment_start && g.is_ordinary_word(name);
    let place = g
        .lookup(name)
        .is_some_and(|(label, _)| matches!(label, Label::Gpe | Label::Loc | Label::Norp));
    let person = (2..=3).contains(&words.len()) && g.classes(words[0]) & class::GIVEN != 0;
    (!section_word && !place && !person).then_some(TitledSite {
        title_end,
        start,
        end: start + name.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::indexing::gazetteer;

    fn site(line: &str) -> Option<&str> {
        after_title(line, gazetteer()).map(|s| &line[s.start..s.end])
    }

    #[test]
    fn the_name_after_the_last_separator_is_the_site_s() {
        assert_eq!(
            site("Meet the Artist Jo Doe - LA Weekly"),
            Some("LA Weekly")
        );
        assert_eq!(
            site("Will He Write His Own Memoir? - The Village Voice"),
            Some("Village Voice")
        );
        assert_eq!(
            site("PM attends roundtable in Barbados | NOW Grenada"),
            Some("NOW Grenada")
        );
        assert_eq!(site("Storm hits coast — The Observer"), Some("Observer"));
    }

    #[test]
    fn places_people_sections_and_sentences_are_no_site() {
        assert_eq!(site("Driver killed in crash | Fort Lauderdale"), None);
        assert_eq!(site("Why the markets fell - Jane Smith"), None);
        assert_eq!(site("Why the markets fell | Opinion"), None);
        assert_eq!(site("Prices rose - and then they fell again"), None);
        assert_eq!(site("Gains in Tokyo - Nikkei, Topix up"), None);
        assert_eq!(site("News - BBC"), None);
        assert_eq!(site("A title without a site"), None);
    }
}
