//! Teams named by their country or city in sports reports: "Australia captain Pat Cummins",
//! "Pakistan was in grave danger", "Boston also got some clutch play". In an article that
//! reads as a sports report, a place that is not where something happens ("at Melbourne",
//! "in the Bronx"), nor the dateline, nor a player's country ("Britain's Jack Draper") is
//! the team that plays for it, an organisation. So is a known club's short name that no rule
//! could read ("Arsenal", which is also a common noun).

use super::super::Label;
use super::super::gazetteer::{Gazetteer, class};
use super::{Explained, Reason, WordSet, lists, states, word_before};
use crate::text::ByteSpan;

/// Words that only sports reports use often. An article is a sports report when several
/// different ones occur in it, so one "match" or "season" in a business story is not enough.
pub(super) const SPORT_WORDS: &[&str] = &[
    "coach",
    "coaches",
    "season",
    "scored",
    "scoring",
    "goal",
    "goals",
    "equaliser",
    "equalizer",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "wicket",
    "wickets",
    "innings",
    "inning",
    "batting",
    "batter",
    "batters",
    "batsmen",
    "bowler",
    "bowlers",
    "bowled",
    "quarterback",
    "touchdown",
    "pitcher",
    "homer",
    "homers",
    "rebounds",
    "playoff",
    "playoffs",
    "overtime",
    "halftime",
    "half-time",
    "tournament",
    "championship",
    "semifinal",
    "semi-final",
    "teammate",
    "teammates",
    "squad",
    "fixture",
    "stadium",
    "match",
    "matches",
    "captain",
    "win",
    "wins",
    "victory",
    "defeat",
    "draw",
    "standings",
    "league",
    "offside",
    "penalty",
    "referee",
    "umpire",
    "seed",
    "seeded",
    "semi-finals",
    "semifinals",
    "quarter-final",
    "quarter-finals",
    "quarterfinal",
    "quarterfinals",
    "slugger",
    "fielder",
    "bullpen",
    "streak",
    "franchise",
    "franchises",
    "roster",
    "stumps",
    "assists",
    "assist",
    "steals",
    "saves",
    "rebound",
    "lineup",
    "medal",
    "medals",
    "podium",
    "laps",
    "basketball",
    "football",
    "baseball",
    "hockey",
    "soccer",
    "cricket",
    "rugby",
    "unbeaten",
];

/// Distinct sport words that make an article a sports report.
const SPORT_WORDS_NEEDED: usize = 4;

/// Words before a place that make it the place where something is, not a team: the
/// prepositions of place, and the adjectives that speak of a country as a land ("his native
/// Argentina", "neighbouring Brazil").
const PLACE_BEFORE: &[&str] = &[
    "in",
    "at",
    "from",
    "to",
    "near",
    "outside",
    "inside",
    "across",
    "around",
    "through",
    "native",
    "neighbouring",
    "neighboring",
];

/// Relabels as ORG the GPE mentions of a sports report that name a team, and adds ORG
/// mentions for the `loose` words (capitalised words no rule could read) that are known
/// clubs' short names. Returns the added mentions, in the order of `loose`.
pub(super) fn relabel(
    text: &str,
    g: &Gazetteer,
    lowercase: &WordSet<String>,
    mentions: &mut [Explained],
    loose: &[ByteSpan],
) -> Vec<Explained> {
    let mut added = Vec::new();
    if !is_sports_report(lowercase) {
        return added;
    }
    places_as_teams(text, g, mentions, is_team_sport(lowercase));
    given_names_as_clubs(text, g, mentions);
    for &span in loose {
        let after = mentions.partition_point(|m| m.mention.span().start < span.end);
        let covered = after > 0 && mentions[after - 1].mention.span().end > span.start;
        // Clubs written in capitals ("OPS") are more often a statistic or an acronym.
        let word = span.slice(text);
        let written_as_name = word.chars().skip(1).any(char::is_lowercase);
        if !covered && written_as_name && g.classes(word) & class::CLUB != 0 {
            added.push(Explained::new(
                span.start,
                span.end,
                Label::Org,
                Reason::SportsTeam,
            ));
        }
    }
    added
}

/// "Chelsea beat Arsenal", "the Texans beat the Colts": in a sports report a club's short
/// name read as a person only because it is also a given name ("Chelsea", "Everton"), or
/// as a people because it is also a place's people ("Texans"), is the club.
fn given_names_as_clubs(text: &str, g: &Gazetteer, mentions: &mut [Explained]) {
    for e in mentions.iter_mut() {
        let name = e.mention.text(text);
        let alone = e.mention.label == Label::Person && e.reason == Reason::GivenNameAlone;
        let people = e.mention.label == Label::Norp && name.ends_with('s');
        if (alone || people) && g.classes(name) & class::CLUB != 0 {
            e.mention.label = Label::Org;
            e.reason = Reason::SportsTeam;
        }
    }
}

fn places_as_teams(text: &str, g: &Gazetteer, mentions: &mut [Explained], team_sport: bool) {
    // Whether the mention before was read as a place, before it could become a team.
    let mut previous_was_place = false;
    for k in 0..mentions.len() {
        let span = mentions[k].mention.span();
        // A region plays too: "New England beat Miami", "Europe retained the cup".
        let is_place = matches!(mentions[k].mention.label, Label::Gpe | Label::Loc);
        let after_a_place = std::mem::replace(&mut previous_was_place, is_place);
        if !is_place || is_dateline(text, span.start, span.end) {
            continue;
        }
        // "Buffalo, N.Y.", "Toronto, ON": an address, a place and its state written short.
        let state_of_place = after_a_place
            && &text[mentions[k - 1].mention.span().end..span.start] == ", "
            && states::abbreviated_state_at(text, span.start, g);
        let place_of_state = states::short_state_after(text, span.end, g);
        // "managed in Portugal, England, Italy and Spain": a list after a place's
        // preposition is a list of places.
        // Not ", and": "for neighbouring Brazil, and Brazil won" starts a clause; nor a
        // comma the list does not go on after: "In Madrid, Spain beat Italy".
        let goes_on = lists::separator_at(&text[span.end..]).is_some();
        // Still a place: only places become teams here.
        let listed_with_a_place = k > 0
            && matches!(mentions[k - 1].mention.label, Label::Gpe | Label::Loc)
            && match &text[mentions[k - 1].mention.span().end..span.start] {
                ", " => goes_on,
                " and " | " or " => true,
                _ => false,
            };
        if state_of_place || place_of_state || listed_with_a_place {
            continue;
        }
        // In a team sport the player plays for the place's team ("Chicago's Ego Ferguson").
        if !team_sport && players_country(text, span.end, mentions.get(k + 1)) {
            continue;
        }
        // "in India's batsmen": the preposition takes the noun after the possessive.
        if !is_possessive_at(text, span.end)
            && let Some(word) = word_before(text, span.start)
            // "In Madrid," opening a sentence too.
            && (PLACE_BEFORE.iter().any(|p| p.eq_ignore_ascii_case(word))
                || word == "the"
                || travels_for(text, span.start))
        {
            continue;
        }
        if land_of_possessive(text, span.end) || named_as_lands(text, span.start) {
            continue;
        }
        mentions[k].mention.label = Label::Org;
        mentions[k].reason = Reason::SportsTeam;
        // "Boston Celtics": the team's plural nickname after its place is the team's name.
        let next_start = mentions
            .get(k + 1)
            .map_or(text.len(), |m| m.mention.span().start);
        if let Some(end) = plural_nickname_after(text, span.end)
            && end <= next_start
        {
            mentions[k].mention.set_span(ByteSpan::new(span.start, end));
        }
    }
}

/// The end of a capitalised plural right after `at` and one space, a team's nickname after
/// its place: "Celtics", "76ers" (not "Red" of "Boston Red Sox", no plural).
fn plural_nickname_after(text: &str, at: usize) -> Option<usize> {
    let rest = text[at..].strip_prefix(' ')?;
    let len = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    let word = &rest[..len];
    let capitalised = word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && word.chars().skip(1).any(char::is_lowercase);
    (capitalised && word.len() > 3 && word.ends_with('s')).then_some(at + 1 + len)
}

/// Verbs of travel before "for": "headed for Brazil" names where someone goes; "played
/// for Brazil" names the team.
const TRAVEL_VERBS: &[&str] = &[
    "bound", "departed", "flew", "head", "headed", "heading", "heads", "leave", "leaves",
    "leaving", "left", "sailed",
];

/// Nouns of a country as a land, after its possessive: "Brazil's biggest city", "Argentina's
/// economy".
const LAND_NOUNS: &[&str] = &[
    "border",
    "borders",
    "capital",
    "cities",
    "city",
    "coast",
    "countryside",
    "culture",
    "currency",
    "economy",
    "government",
    "history",
    "parliament",
    "people",
    "population",
    "president",
    "streets",
    "town",
    "towns",
];

/// Whether "for" before `start` follows a verb of travel.
fn travels_for(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t']);
    before
        .strip_suffix("for")
        .filter(|rest| rest.ends_with([' ', '\t']))
        .and_then(|rest| word_before(text, rest.len()))
        .is_some_and(|verb| TRAVEL_VERBS.contains(&verb))
}

/// Whether a possessive "'s" starts at `end`.
fn is_possessive_at(text: &str, end: usize) -> bool {
    possessed(text, end).is_some()
}

/// The text after the possessive "'s" that starts at `end`, if one does.
fn possessed(text: &str, end: usize) -> Option<&str> {
    let rest = &text[end..];
    ["'s", "’s"].iter().find_map(|s| rest.strip_prefix(s))
}

/// Whether the place ending at `end` is a possessive whose noun, within three words, is a
/// noun of a land.
fn land_of_possessive(text: &str, end: usize) -> bool {
    let Some(after) = possessed(text, end) else {
        return false;
    };
    after
        .split_whitespace()
        .take(3)
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| LAND_NOUNS.contains(&w))
}

/// Plural nouns of lands and towns, which a list of such places may follow.
const LANDS: &[&str] = &[
    "capitals",
    "cities",
    "countries",
    "nations",
    "provinces",
    "regions",
    "states",
    "towns",
];

/// Whether the place starting at `start` opens a list of lands that a plural noun of lands
/// announces: "titles in four different countries (Portugal, England, Italy and Spain)",
/// "nations such as Brazil", "cities including Madrid", "three countries: Peru, Chile".
fn named_as_lands(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '(', ':']);
    let before = ["such as", "including", "like"]
        .iter()
        .find_map(|cue| before.strip_suffix(cue))
        .unwrap_or(before)
        .trim_end_matches([' ', ',']);
    word_before(before, before.len()).is_some_and(|word| LANDS.contains(&word))
}

/// Bytes between a possessive place and the player it describes: "Spain's 11th seed Paula
/// Badosa".
const PLAYER_WINDOW: usize = 24;

/// Whether the place ending at `end` is a possessive whose next mention, close after it, is a
/// person: "Britain's Jack Draper" names where the player is from.
fn players_country(text: &str, end: usize, next: Option<&Explained>) -> bool {
    is_possessive_at(text, end)
        && next.is_some_and(|n| {
            n.mention.label == Label::Person && n.mention.span().start <= end + PLAYER_WINDOW
        })
}

/// Words of the positions and plays of team sports, none of tennis, golf or athletics,
/// where a player's country is where the player is from.
const TEAM_SPORT_WORDS: &[&str] = &[
    "quarterback",
    "touchdown",
    "innings",
    "wicket",
    "wickets",
    "goalkeeper",
    "striker",
    "midfielder",
    "defender",
    "rebounds",
    "pitcher",
    "bullpen",
    "batsmen",
];

/// Whether the article reports a team sport: one of [`TEAM_SPORT_WORDS`] is among the words
/// it writes in `lowercase`.
fn is_team_sport(lowercase: &WordSet<String>) -> bool {
    TEAM_SPORT_WORDS.iter().any(|&w| lowercase.contains(w))
}

/// Whether enough different sport words are among the words the article writes in
/// `lowercase` (which the lowercase pass gathers for every word of [`SPORT_WORDS`]).
fn is_sports_report(lowercase: &WordSet<String>) -> bool {
    SPORT_WORDS
        .iter()
        .filter(|&&w| lowercase.contains(w))
        .nth(SPORT_WORDS_NEEDED - 1)
        .is_some()
}

/// Whether the mention opens its line and a dateline mark follows it: "Sydney:", "BOSTON —",
/// "BUFFALO, N.Y.". A comma after a name in title case starts a list instead: "Croatia,
/// Germany and Austria all qualified".
fn is_dateline(text: &str, start: usize, end: usize) -> bool {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let opens_line = text[line_start..start].trim().is_empty();
    let after = text[end..].trim_start_matches([' ', '\t']);
    let in_capitals = !text[start..end].chars().any(char::is_lowercase);
    // "LOS ANGELES (AP) —", "Hong Kong (CNN Business) —": the agency between.
    let after = match after
        .strip_prefix('(')
        .and_then(|rest| rest.split_once(')'))
    {
        Some((agency, rest)) if agency.starts_with(char::is_uppercase) && agency.len() <= 40 => {
            rest.trim_start_matches([' ', '\t'])
        }
        _ => after,
    };
    opens_line
        && (after.starts_with([':', '—', '–', '-']) || (after.starts_with(',') && in_capitals))
}

#[cfg(test)]
mod tests {
    use super::is_dateline;

    #[test]
    fn datelines_are_places_whatever_mark_follows() {
        let datelines = [
            ("BOSTON — x", 6),
            ("MELBOURNE - x", 9),
            ("Sydney: x", 6),
            ("NEW YORK -- x", 8),
        ];
        for (text, end) in datelines {
            assert!(is_dateline(text, 0, end), "{text}");
        }
        assert!(!is_dateline("Then Boston - x", 5, 11));
        assert!(is_dateline("BUFFALO, N.Y. — x", 0, 7));
        assert!(is_dateline("LOS ANGELES (AP) — x", 0, 11));
        assert!(!is_dateline("Chelsea (3-1) beat Arsenal", 0, 7));
        assert!(!is_dateline("Croatia, Germany and Austria qualified", 0, 7));
    }
}

#[cfg(test)]
mod word_shape_tests {
    use super::SPORT_WORDS;

    /// The lowercase pass reads words of letters and digits, hyphenated or not, that start
    /// with a lowercase letter: a sport word of any other shape would never be seen.
    #[test]
    fn sport_words_are_words_the_lowercase_pass_reads() {
        for w in SPORT_WORDS {
            assert!(w.as_bytes()[0].is_ascii_lowercase(), "{w}");
            assert!(
                w.split('-')
                    .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric())),
                "{w}"
            );
        }
    }
}
