//! Runs read again at the end of the article: a person's shape, "the" plurals, places after
//! "in" or "west", and repeats of names found elsewhere in the article.

use super::check;

#[test]
fn two_unknown_capitalised_words_in_running_text_are_a_person_and_the_surname_repeats() {
    check(
        "Arsenal took the lead when Bukayo Saka scored. Later Saka went off.",
        "Arsenal took the lead when [Bukayo Saka]PERSON scored. Later [Saka]PERSON went off.",
    );
}

#[test]
fn a_name_after_a_is_a_person_only_with_a_listed_given_name_or_surname() {
    check(
        "He swatted a Payton Pritchard layup. They issued a Joint Fact Sheet. It was a Zorblax \
         Quellby.",
        "He swatted a [Payton Pritchard]PERSON layup. They issued a Joint Fact Sheet. It was a \
         Zorblax Quellby.",
    );
}

#[test]
fn a_word_the_article_writes_in_lowercase_is_no_name_word() {
    check(
        "Net Income rose. The net result was good.",
        "Net Income rose. The net result was good.",
    );
}

#[test]
fn a_plural_name_after_the_is_a_team_and_its_repeats_follow() {
    check(
        "It was a win for the Celtics. Celtics fans cheered.",
        "It was a win for the [Celtics]ORG. [Celtics]ORG fans cheered.",
    );
}

#[test]
fn a_name_after_in_or_near_is_a_place() {
    check(
        "He lived in Aspatria and worked near Cockermouth.",
        "He lived in [Aspatria]GPE and worked near [Cockermouth]GPE.",
    );
    // Words of the language ending in a plural, and a name before a number, are no town.
    check(
        "It is set out in Guidelines and in Section 956 of the code, in Building 24.",
        "It is set out in Guidelines and in [Section 956]LAW of the code, in Building 24.",
    );
    // After "from", only a town the gazetteer knows: a company or a person may follow it.
    check(
        "She came from Trenton. The data came from Lenoge and Poynter.",
        "She came from [Trenton]GPE. The data came from Lenoge and Poynter.",
    );
}

#[test]
fn a_name_after_a_part_of_a_place_is_a_place() {
    check(
        "Rain fell across west Aspatria and northern Rakhine, and in downtown Poughkeepsie.",
        "Rain fell across west [Aspatria]GPE and northern [Rakhine]GPE, and in downtown [Poughkeepsie]GPE.",
    );
}

#[test]
fn the_people_of_a_place_the_article_names_are_a_nationality() {
    check(
        "They loved west Aspatria and the Aspatrian countryside.",
        "They loved west [Aspatria]GPE and the [Aspatrian]NORP countryside.",
    );
    // No place "Kelv" in the article: nothing is read into "Kelvan".
    check(
        "They loved the Kelvan countryside.",
        "They loved the Kelvan countryside.",
    );
}

#[test]
fn the_plural_of_a_known_name_is_a_common_noun_even_after_in() {
    check(
        "They sold holdings in Treasuries.",
        "They sold holdings in Treasuries.",
    );
}

#[test]
fn a_sentence_opener_before_a_known_person_stays_outside() {
    check(
        "Tate George spoke first. Meanwhile George said so. Alongside George came others.",
        "[Tate George]PERSON spoke first. Meanwhile [George]PERSON said so. Alongside [George]PERSON came others.",
    );
}

#[test]
fn a_generic_or_building_word_before_park_names_the_park() {
    check(
        "Runners met near Central Park and at Memorial Park; a Buffalo City Park opened.",
        "Runners met near [Central Park]FAC and at [Memorial Park]FAC; a Buffalo City Park opened.",
    );
}

#[test]
fn a_weekday_left_by_the_date_rules_is_no_place_or_team() {
    // "Thursday night" is a time of day, which is not marked; the cues before it ("from",
    // "on" in a sports report, "in on") must not make a name of it.
    check(
        "The Steelers distanced themselves from Thursday night's fight. The league acted on Thursday night.",
        "The [Steelers]ORG distanced themselves from Thursday night's fight. The league acted on Thursday night.",
    );
}

#[test]
fn a_family_name_written_first_is_the_person_alone() {
    check(
        "Repression grew under Xi Jinping. The orders came from Xi to the regions.",
        "Repression grew under [Xi Jinping]PERSON. The orders came from [Xi]PERSON to the regions.",
    );
}

#[test]
fn three_words_ending_in_no_surname_are_no_person() {
    // A word of the language that is no one's surname ends a venue's name, not a person's;
    // a surname that is also a word ("Brown") still ends a person's.
    check(
        "The band plays Jiffy Lube Live next. Later Cedric Marcus Brown spoke.",
        "The band plays Jiffy Lube Live next. Later [Cedric Marcus Brown]PERSON spoke.",
    );
    // So when such a name speaks: a body speaks through it.
    check(
        "Then Kotak Institutional Equities said growth would slow, and Cedric Marcus Brown said so too.",
        "Then [Kotak Institutional Equities]ORG said growth would slow, and [Cedric Marcus Brown]PERSON said so too.",
    );
}

#[test]
fn a_place_after_its_kind_of_settlement_and_of_is_a_place() {
    check(
        "Several people died in the town of Ziketan. The county of Huade and the village of \
         Zorbury mourned.",
        "Several people died in the town of [Ziketan]GPE. The county of [Huade]GPE and the \
         village of [Zorbury]GPE mourned.",
    );
    // Any other word before "of" says nothing of what follows.
    check("It was the work of Zorbury.", "It was the work of Zorbury.");
}

#[test]
fn a_given_name_opening_a_sentence_before_a_subject_s_word_is_a_person() {
    check(
        "Fans queued for hours. Kelsey from Alabama came early. Neil has tickets.",
        "Fans queued for hours. [Kelsey]PERSON from [Alabama]GPE came early. [Neil]PERSON has \
         tickets.",
    );
    // Before another word it may name a thing: "Max render distance", "Chia seeds".
    check(
        "The patch shipped. Max render distance rose. Chia seeds sold out.",
        "The patch shipped. Max render distance rose. Chia seeds sold out.",
    );
}
