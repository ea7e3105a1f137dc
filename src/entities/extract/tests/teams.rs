//! Teams named by their place or by a club's short name, in sports reports only.

use super::check;

const WORDS: &str = "The coach praised the bowlers after the match; the batting failed again \
    and the innings ended before the draw was safe.";

#[test]
fn in_a_sports_report_a_place_that_plays_is_a_team() {
    check(
        &format!(
            "Sydney: Australia captain Pat Cummins took five wickets as Pakistan collapsed at Melbourne. {WORDS}"
        ),
        &format!(
            "[Sydney]GPE: [Australia]ORG captain [Pat Cummins]PERSON took five wickets as [Pakistan]ORG collapsed at [Melbourne]GPE. {WORDS}"
        ),
    );
}

#[test]
fn a_region_that_plays_is_a_team_and_elsewhere_a_region() {
    check(
        &format!("New England beat Miami in Boston. {WORDS}"),
        &format!("[New England]ORG beat [Miami]ORG in [Boston]GPE. {WORDS}"),
    );
    // A region listed after a region the report travels to is a place too.
    check(
        &format!("He played in Europe and Asia before. {WORDS}"),
        &format!("He played in [Europe]LOC and [Asia]LOC before. {WORDS}"),
    );
    // Outside sports reports the region is a place, not a club's short name.
    check(
        "Snow fell across New England, the Jersey Shore and the Sierra Nevada.",
        "Snow fell across [New England]LOC, the [Jersey Shore]LOC and the [Sierra Nevada]LOC.",
    );
}

#[test]
fn a_plural_nickname_after_a_playing_place_is_the_teams_name() {
    check(
        &format!("They played host to the fellow 5-1 Boston Celtics Wednesday night. {WORDS}"),
        &format!("They played host to the fellow 5-1 [Boston Celtics]ORG Wednesday night. {WORDS}"),
    );
}

#[test]
fn a_country_spoken_of_as_a_land_stays_a_place() {
    check(
        &format!("He left his native Argentina for neighbouring Brazil, and Brazil won. {WORDS}"),
        &format!(
            "He left his native [Argentina]GPE for neighbouring [Brazil]GPE, and [Brazil]ORG won. {WORDS}"
        ),
    );
}

#[test]
fn a_players_country_stays_a_place() {
    // A report on tennis, where a player stands for no team.
    const TENNIS: &str = "The seed won the match in the semifinal of the tournament, and her \
        season's streak held.";
    check(
        &format!("Coco Gauff next faces Spain's 11th seed Paula Badosa. {TENNIS}"),
        &format!(
            "[Coco Gauff]PERSON next faces [Spain]GPE's 11th seed [Paula Badosa]PERSON. {TENNIS}"
        ),
    );
}

#[test]
fn a_possessive_team_after_a_preposition_is_the_team() {
    // The preposition takes the noun after the possessive: the batsmen, not the land.
    check(
        &format!("The plan was to instil in India's batsmen a sense of futility. {WORDS}"),
        &format!("The plan was to instil in [India]ORG's batsmen a sense of futility. {WORDS}"),
    );
    // A land's noun after the possessive keeps it a place.
    check(
        &format!("They flew in Brazil's capital before the tour. {WORDS}"),
        &format!("They flew in [Brazil]GPE's capital before the tour. {WORDS}"),
    );
}

#[test]
fn the_names_of_sports_make_a_sports_report() {
    check(
        "Louisville trailed at halftime in the college basketball season's biggest game, but \
         Kentucky stayed unbeaten.",
        "[Louisville]ORG trailed at halftime in the college basketball season's biggest game, \
         but [Kentucky]ORG stayed unbeaten.",
    );
    // Two of them in a story on schools are not enough.
    check(
        "Louisville schools cut football and basketball budgets, Kentucky officials said.",
        "[Louisville]GPE schools cut football and basketball budgets, [Kentucky]GPE officials said.",
    );
}

#[test]
fn in_a_team_sport_a_possessive_place_before_a_player_is_the_team() {
    check(
        &format!(
            "Quellby drew a suspension for stomping on Chicago's Ego Ferguson before the \
             quarterback threw a touchdown. {WORDS}"
        ),
        &format!(
            "Quellby drew a suspension for stomping on [Chicago]ORG's [Ego Ferguson]PERSON \
             before the quarterback threw a touchdown. {WORDS}"
        ),
    );
}

#[test]
fn a_clubs_short_name_that_names_a_town_is_no_club_outside_sports() {
    check(
        "She moved to Saint-Étienne, then to Weston-super-Mare.",
        "She moved to Saint-Étienne, then to Weston-super-Mare.",
    );
}

#[test]
fn a_clubs_short_name_is_a_team_in_a_sports_report() {
    check(
        &format!("Bukayo Saka gave Arsenal the lead. {WORDS}"),
        &format!("[Bukayo Saka]PERSON gave [Arsenal]ORG the lead. {WORDS}"),
    );
}

#[test]
fn outside_sports_reports_places_and_common_words_stay_as_they_are() {
    check(
        "Australia hinted that the season of talks may end in a match of offers or a draw, and an arsenal of tariffs.",
        "[Australia]GPE hinted that the season of talks may end in a match of offers or a draw, and an arsenal of tariffs.",
    );
}

#[test]
fn leagues_are_organisations_and_competitions_events() {
    check(
        "They lead the National League West and won the Premier League and the Copa Libertadores.",
        "They lead the [National League West]ORG and won the [Premier League]EVENT and the [Copa Libertadores]EVENT.",
    );
    // A name two confederations' competitions share is a competition all the same.
    check(
        "It reached the Champions League final.",
        "It reached the [Champions League]EVENT final.",
    );
}

#[test]
fn hyphenated_sport_words_make_a_sports_report() {
    check(
        "Pakistan led at half-time in the semi-final, as in the quarter-finals and both semi-finals of 2019.",
        "[Pakistan]ORG led at half-time in the semi-final, as in the quarter-finals and both semi-finals of [2019]DATE.",
    );
}

#[test]
fn a_team_or_paper_named_by_its_place_goes_on_by_its_last_word_after_the() {
    check(
        "The Minnesota Wild beat the Buffalo Sabres. The Wild scored twice, the San Francisco \
         Chronicle said, and the Chronicle kept count.",
        "The [Minnesota Wild]ORG beat the [Buffalo Sabres]ORG. The [Wild]ORG scored twice, the \
         [San Francisco Chronicle]ORG said, and the [Chronicle]ORG kept count.",
    );
    // Without "the", the word is read as the word it is.
    check(
        "The Minnesota Wild won. Wild horses ran.",
        "The [Minnesota Wild]ORG won. Wild horses ran.",
    );
}

#[test]
fn a_box_score_names_its_players_before_their_tallies() {
    check(
        "Palm Bay (1-0): Tolivert 25 points. Davis 17 points. CJ DeBose 2 assists.",
        "[Palm Bay]GPE (1-0): [Tolivert]PERSON 25 points. [Davis]PERSON 17 points. [CJ DeBose]PERSON 2 assists.",
    );
    // A number that counts no tally is no player's.
    check(
        "Rockledge 14 11 6 15 and Chapter 4 points to it.",
        "Rockledge 14 11 6 15 and Chapter 4 points to it.",
    );
}

#[test]
fn a_position_before_a_player_is_his_title() {
    check(
        "Cleveland DL Larry Ogunjobi was suspended, and QB Baker Mayfield said so.",
        "[Cleveland]GPE DL [Larry Ogunjobi]PERSON was suspended, and QB [Baker Mayfield]PERSON said so.",
    );
}

#[test]
fn a_club_the_lists_name_by_one_word_is_a_team_and_its_full_name_a_name() {
    // The clubs file lists "Juventus" by one word, with "Juventus FC" among its other names.
    check(
        &format!("Juventus beat Empoli 2-0; Juventus FC lead the table. {WORDS}"),
        &format!("[Juventus]ORG beat [Empoli]ORG 2-0; [Juventus FC]ORG lead the table. {WORDS}"),
    );
}

#[test]
fn a_team_named_as_a_place_s_people_is_the_team_only_in_a_sports_report() {
    check(
        "Many Texans voted early, and Texas counted fast.",
        "Many [Texans]NORP voted early, and [Texas]GPE counted fast.",
    );
    check(
        &format!("The Texans beat the Colts. {WORDS}"),
        &format!("The [Texans]ORG beat the [Colts]ORG. {WORDS}"),
    );
}
