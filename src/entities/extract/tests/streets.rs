//! Streets and addresses (`streets.rs`), and longer names built on a place's
//! (`place_names.rs`).

use super::check;

#[test]
fn an_ordinal_and_a_street_word_are_a_street() {
    check(
        "Police closed 17th Street and Eighth St. on the east side.",
        "Police closed [17th Street]FAC and [Eighth St.]FAC on the east side.",
    );
    check(
        "Crowds lined Fifth Avenue and West 57th Street.",
        "Crowds lined [Fifth Avenue]FAC and [West 57th Street]FAC.",
    );
    // The quarters of a town's grid: "Southwest 117th Avenue", "NW 36th Street".
    check(
        "The crash was near Southwest 117th Avenue and NW 36th Street.",
        "The crash was near [Southwest 117th Avenue]FAC and [NW 36th Street]FAC.",
    );
}

#[test]
fn a_street_word_of_many_uses_names_a_street_at_a_crossing() {
    // "Drive", "Lane": a street where "and" joins it to another street, either side.
    check(
        "It happened at Miller Drive and Southwest 117th Avenue. Then Main Street and Elm Lane \
         closed.",
        "It happened at [Miller Drive]FAC and [Southwest 117th Avenue]FAC. Then [Main Street]FAC \
         and [Elm Lane]FAC closed.",
    );
    // Not where no street is joined.
    check(
        "Files moved from Quellby Drive and the Main Street office.",
        "Files moved from Quellby Drive and the [Main Street]FAC office.",
    );
}

#[test]
fn a_number_and_a_compass_letter_are_a_rural_grid_road() {
    check(
        "A deer crossed 1600E Road near 400N Road in 2019.",
        "A deer crossed [1600E Road]FAC near [400N Road]FAC in [2019]DATE.",
    );
    // A number alone before "Road" is no road's name.
    check(
        "The 2019 Road to Recovery plan failed.",
        "The [2019]DATE Road to Recovery plan failed.",
    );
}

#[test]
fn a_house_number_makes_a_street_of_any_street_word_and_is_no_year() {
    check(
        "Deputies went to 1909 Jolinda Drive, then 40 Caldwell Place.",
        "Deputies went to 1909 [Jolinda Drive]FAC, then 40 [Caldwell Place]FAC.",
    );
    check(
        "Police named Amy Gray, 29, of 1909 Jolinda Drive.",
        "Police named [Amy Gray]PERSON, 29, of 1909 [Jolinda Drive]FAC.",
    );
    // A year after a word of time dates the sentence.
    check(
        "In 2019 Main Street was closed.",
        "In [2019]DATE [Main Street]FAC was closed.",
    );
}

#[test]
fn a_street_opening_a_line_is_read_whole() {
    check("17th Street was closed.", "[17th Street]FAC was closed.");
    check("N. Main St. was closed.", "[N. Main St.]FAC was closed.");
    check("Fifth Avenue was closed.", "[Fifth Avenue]FAC was closed.");
}

#[test]
fn a_known_place_before_a_street_word_names_the_street() {
    check(
        "The shop on Central Avenue near N. Main St. closed.",
        "The shop on [Central Avenue]FAC near [N. Main St.]FAC closed.",
    );
}

#[test]
fn a_road_known_by_its_number_is_a_facility() {
    check(
        "Route 66 joins Interstate 10, I-95, Illinois Route 29 and U.S. Highway 41.",
        "[Route 66]FAC joins [Interstate 10]FAC, [I-95]FAC, [Illinois Route 29]FAC and [U.S. Highway 41]FAC.",
    );
    // A state of two words is read whole.
    check(
        "It took West Virginia Route 2 to New Jersey Route 3.",
        "It took [West Virginia Route 2]FAC to [New Jersey Route 3]FAC.",
    );
    // Not a form, an amount or a year.
    check(
        "File Form I-9, Route 9% of it, by Highway 2019.",
        "File Form I-9, Route [9%]PERCENT of it, by Highway [2019]DATE.",
    );
    // A county's or township's road, numbered on a rural grid with a compass letter; such a
    // number alone is no year either.
    check(
        "It crashed on County Road 12 near Township Road 1950E and 2000N in 2019.",
        "It crashed on [County Road 12]FAC near [Township Road 1950E]FAC and 2000N in [2019]DATE.",
    );
}

#[test]
fn words_that_are_streets_only_sometimes_need_a_number() {
    // "Lane" and "Drive" are also surnames and products.
    check(
        "Analysts said Diane Lane saved files to Google Drive.",
        "Analysts said [Diane Lane]PERSON saved files to [Google Drive]PRODUCT.",
    );
    // A saint's name, and a name that goes on after the street word.
    check(
        "He flew to St. Louis and read the Wall Street Journal.",
        "He flew to [St. Louis]GPE and read the [Wall Street Journal]ORG.",
    );
}

#[test]
fn greater_before_a_known_place_names_its_wider_area() {
    check(
        "They met in Greater Sydney, as Greater Manchester Police said.",
        "They met in [Greater Sydney]GPE, as [Greater Manchester Police]ORG said.",
    );
}

#[test]
fn a_country_s_formal_name_and_a_town_s_river_are_the_place_and_a_sheriff_s_office_an_organisation()
{
    check(
        "Settlements inside the State of Israel grew, the Bartholomew County Sheriff’s \
         Department said.",
        "Settlements inside the [State of Israel]GPE grew, the [Bartholomew County Sheriff’s \
         Department]ORG said.",
    );
    check(
        "He was born in Braunau am Inn and worked in Newcastle upon Tyne.",
        "He was born in [Braunau am Inn]GPE and worked in [Newcastle upon Tyne]GPE.",
    );
    // Inside a longer name the words are that name's.
    check(
        "He joined Islamic State of Iraq.",
        "He joined [Islamic State]ORG of [Iraq]GPE.",
    );
}

#[test]
fn a_places_prosecutor_s_office_is_an_organisation() {
    check(
        "The Manhattan District Attorney's Office charged him; the Cook County State's Attorney's Office declined.",
        "The [Manhattan District Attorney's Office]ORG charged him; the [Cook County State's Attorney's Office]ORG declined.",
    );
    // An organisation read from the office's head word on carries the office to its end.
    check(
        "The U.S. Attorney’s Office for the Western District of New York charged him.",
        "The [U.S. Attorney’s Office for the Western District of New York]ORG charged him.",
    );
    // A possessive not before an office leaves the place alone.
    check(
        "Manhattan District Attorney's staff met.",
        "[Manhattan]GPE District Attorney's staff met.",
    );
}
