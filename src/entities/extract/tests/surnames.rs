//! Names whose words are also titles, months or common words.

use super::check;

#[test]
fn a_title_or_month_after_a_given_name_is_a_surname() {
    check(
        "The crowd cheered as Aaron Judge smashed a homer.",
        "The crowd cheered as [Aaron Judge]PERSON smashed a homer.",
    );
    check(
        "The award went to Elaine May on stage.",
        "The award went to [Elaine May]PERSON on stage.",
    );
}

#[test]
fn a_common_word_given_name_inside_a_sentence_or_opening_a_statement_starts_a_name() {
    check(
        "The winners included Will Smith and others.",
        "The winners included [Will Smith]PERSON and others.",
    );
    check("Will Trade Talks Resume?", "Will Trade Talks Resume?");
    check(
        "Will Kelvane won the award. Will Kelvane win again?",
        "[Will Kelvane]PERSON won the award. Will [Kelvane]PERSON win again?",
    );
}

#[test]
fn a_title_before_a_head_word_begins_that_name() {
    check(
        "It was an entertaining Premier Padel League encounter.",
        "It was an entertaining [Premier Padel League]ORG encounter.",
    );
    check(
        "said Premier Li Qiang on Monday",
        "said Premier [Li Qiang]PERSON on [Monday]DATE",
    );
}

#[test]
fn member_of_parliament_is_a_title() {
    check(
        "said MP Pieter Omtzigt, who left.",
        "said MP [Pieter Omtzigt]PERSON, who left.",
    );
}

#[test]
fn award_categories_name_no_one() {
    check(
        "At the ceremony, Will Smith won Best Actor for the film, and Ariana DeBose won Best Supporting Actress.",
        "At the ceremony, [Will Smith]PERSON won Best Actor for the film, and [Ariana DeBose]PERSON won Best Supporting Actress.",
    );
    // Nor do awards, even one named after a person; a ceremony is an event.
    check(
        "She won a Tony Award and the Jean Hersholt Humanitarian Award at the Academy Awards.",
        "She won a Tony Award and the Jean Hersholt Humanitarian Award at the [Academy Awards]EVENT.",
    );
}
