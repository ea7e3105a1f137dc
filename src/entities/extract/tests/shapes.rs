//! Names read from their shape: known names inside longer ones, model numbers, event words,
//! places with an administrative head.

use super::check;

#[test]
fn a_known_place_inside_a_longer_name_stays_inside_it() {
    check(
        "The Boston Celtics beat the Los Angeles Lakers and Real Madrid.",
        "The [Boston Celtics]ORG beat the [Los Angeles Lakers]ORG and [Real Madrid]ORG.",
    );
    check(
        "shares of Korean Air and Thomson Reuters rose.",
        "shares of [Korean Air]ORG and [Thomson Reuters]ORG rose.",
    );
}

#[test]
fn the_last_word_of_a_longer_name_gives_its_kind() {
    check(
        "at the Sydney Cricket Ground before the Australian Open at Melbourne Park.",
        "at the [Sydney Cricket Ground]FAC before the [Australian Open]EVENT at [Melbourne Park]FAC.",
    );
    check(
        "leads the American League and won the Eurovision Song Contest.",
        "leads the [American League]ORG and won the [Eurovision Song Contest]EVENT.",
    );
}

#[test]
fn a_nationality_before_a_surname_is_two_names() {
    check("the American Gauff won", "the [American]NORP Gauff won");
}

#[test]
fn a_leader_with_his_office_and_a_plural_of_a_known_name_are_not_one_name() {
    check(
        "the Trump White House sold U.S. Treasuries.",
        "the [Trump]PERSON [White House]ORG sold [U.S.]GPE Treasuries.",
    );
}

#[test]
fn a_name_with_a_model_number_is_a_product() {
    check(
        "unveiled the Galaxy Watch 6 and Galaxy Z Flip5 as the Zorbex Quill 9 rose",
        "unveiled the [Galaxy Watch 6]PRODUCT and [Galaxy Z Flip5]PRODUCT as the [Zorbex Quill 9]PRODUCT rose",
    );
}

#[test]
#[ignore = "known regression: places.ron's accent-free alias \"Falcon\" (Falcón, a Venezuelan state) splits the product; filter such aliases in scripts/knowledge_places.py"]
fn a_known_place_word_inside_a_product_name_stays_inside_it() {
    check(
        "as the SpaceX Falcon 9 rose",
        "as the [SpaceX Falcon 9]PRODUCT rose",
    );
}

#[test]
fn counted_things_scores_and_capitals_with_a_number_are_no_products() {
    check(
        "On Day 1 of the Test, Zorbex 2-1 up. Almost 50 people saw it.",
        "On Day 1 of the Test, Zorbex 2-1 up. Almost 50 people saw it.",
    );
    check("The S&P 500 fell.", "The [S&P 500]ORG fell.");
}

#[test]
fn a_head_word_of_another_language_opens_an_institution_or_a_building() {
    check(
        "He toured the Musée d’Orsay, the Fondation Zorblat and the Château de Zorbury.",
        "He toured the [Musée d’Orsay]ORG, the [Fondation Zorblat]ORG and the [Château de Zorbury]FAC.",
    );
    // Particles join the name; a word without a capital ends it.
    check(
        "Fans of the Stade de la Zorbe and the Universidad de Zorbia cheered.",
        "Fans of the [Stade de la Zorbe]FAC and the [Universidad de Zorbia]ORG cheered.",
    );
    // The head alone names nothing.
    check("The Musée was closed.", "The Musée was closed.");
}

#[test]
fn a_broadcaster_with_its_channel_is_a_station_not_a_model() {
    check(
        "The boy told ABC13 he was fine, and WSVN 7News and KTLA 5 said so.",
        "The boy told [ABC13]ORG he was fine, and [WSVN 7News]ORG and [KTLA 5]ORG said so.",
    );
    // Two capitals and a number that are no broadcaster's stay a model.
    check(
        "He bought a PS4 and a KX 5 at the store.",
        "He bought a [PS4]PRODUCT and a [KX 5]PRODUCT at the store.",
    );
}

#[test]
fn a_product_head_with_its_maker_or_model_is_a_product() {
    check(
        "Apple unveiled the iPhone 15 Pro and Samsung the Galaxy Tab S9.",
        "[Apple]ORG unveiled the [iPhone 15 Pro]PRODUCT and [Samsung]ORG the [Galaxy Tab S9]PRODUCT.",
    );
    check(
        "A SpaceX Falcon 9 flew, and Google Chrome was updated.",
        "A [SpaceX Falcon 9]PRODUCT flew, and [Google Chrome]PRODUCT was updated.",
    );
    // A head word alone is an ordinary word as often; a year is no model number.
    check(
        "The Office staff and Surface 2024 plans were cut.",
        "The Office staff and Surface [2024]DATE plans were cut.",
    );
}

#[test]
fn a_storm_word_before_a_name_makes_an_event() {
    check(
        "as Hurricane Florence and Tropical Storm Gordon neared.",
        "as [Hurricane Florence]EVENT and [Tropical Storm Gordon]EVENT neared.",
    );
}

#[test]
fn an_event_head_takes_the_name_after_it() {
    check(
        "He led Operation Warp Speed after the Battle of the Bulge and the Siege of Leningrad.",
        "He led [Operation Warp Speed]EVENT after the [Battle of the Bulge]EVENT and the [Siege of Leningrad]EVENT.",
    );
    // One word after the head may be a town's; and the head opens no person.
    check(
        "He lives in Battle Creek. Operation Barbarossa began.",
        "He lives in [Battle Creek]GPE. Operation Barbarossa began.",
    );
}

#[test]
fn one_word_and_an_event_head_after_the_is_an_event_with_its_edition() {
    check(
        "She hosted the Academy Awards, then the 94th Academy Awards.",
        "She hosted the [Academy Awards]EVENT, then the [94th Academy Awards]EVENT.",
    );
    // An ordinal without "the" counts something else.
    check(
        "He scored his 50th Premier League goal.",
        "He scored his 50th [Premier League]EVENT goal.",
    );
}

#[test]
fn a_garden_is_a_facility() {
    check(
        "Fans packed Kelvane Garden again.",
        "Fans packed [Kelvane Garden]FAC again.",
    );
}

#[test]
fn a_place_with_an_administrative_head_is_a_place() {
    check(
        "residents of Jishishan County and Gansu Province.",
        "residents of [Jishishan County]GPE and [Gansu Province]GPE.",
    );
    // The head also opens a title after it; the place keeps it.
    check(
        "Asked why, Kelvane County Executive Mark Poloncarz laughed.",
        "Asked why, [Kelvane County]GPE Executive [Mark Poloncarz]PERSON laughed.",
    );
}

#[test]
#[ignore = "known gap: a club named as its city (\"Liverpool\") is read as the city; the CLUB word class is not used by the rules yet"]
fn a_club_named_as_its_city_before_a_score_is_no_place() {
    check("then Liverpool 2-1 up.", "then [Liverpool]ORG 2-1 up.");
}

#[test]
fn a_telescope_named_after_a_person_is_a_product() {
    check(
        "Images from the James Webb Space Telescope and the Hubble Space Telescope arrived.",
        "Images from the [James Webb Space Telescope]PRODUCT and the [Hubble Space Telescope]PRODUCT arrived.",
    );
}

#[test]
fn peoples_and_religions_are_groups() {
    check(
        "Māori elders, Rohingya refugees and Kurds spoke of Islam and Buddhism.",
        "[Māori]NORP elders, [Rohingya]NORP refugees and [Kurds]NORP spoke of [Islam]NORP and [Buddhism]NORP.",
    );
}

#[test]
fn capitals_and_a_number_are_an_index_only_for_an_index_s_capitals() {
    check(
        "Shares in the FTSE 100 fell as the LC 500 Convertible and the LC 500 sold well.",
        "Shares in the [FTSE 100]ORG fell as the [LC 500 Convertible]PRODUCT and the [LC 500]PRODUCT sold well.",
    );
}
