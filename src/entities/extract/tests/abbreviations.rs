//! Organisations written as abbreviations in capitals, and the capitals that are not.

use super::check;

#[test]
fn an_undefined_abbreviation_in_capitals_is_an_organisation() {
    check(
        "Shares of LSEG rose after the deal, analysts said.",
        "Shares of [LSEG]ORG rose after the deal, analysts said.",
    );
    // Capitals joined by "&" are one abbreviation.
    check(
        "Shares of P&G rose. P&G said so.",
        "Shares of [P&G]ORG rose. [P&G]ORG said so.",
    );
}

#[test]
fn common_abbreviations_and_shouted_openings_are_not() {
    check(
        "The CEO said GDP grew and AI helped.",
        "The CEO said GDP grew and AI helped.",
    );
    check(
        "A MAN has been found guilty.",
        "A MAN has been found guilty.",
    );
    // Chat shorthand and everyday terms name no one.
    check(
        "IMHO the RV was great, LOL. Please RSVP by the ATM.",
        "IMHO the RV was great, LOL. Please RSVP by the ATM.",
    );
    check(
        "POLICE SAY TRAFFIC IS HEAVY\nIt was heavy.",
        "POLICE SAY TRAFFIC IS HEAVY\nIt was heavy.",
    );
}

#[test]
fn capitals_the_article_also_writes_in_lowercase_are_a_word() {
    check(
        "WATCH the video. You can watch it later.",
        "WATCH the video. You can watch it later.",
    );
}

#[test]
fn an_abbreviation_takes_the_kind_of_the_longer_name_it_spells() {
    check(
        "The BVI premier was arrested. The British Virgin Islands are a territory.",
        "The [BVI]GPE premier was arrested. The [British Virgin Islands]GPE are a territory.",
    );
    // Two longer names of two kinds: the abbreviation stays as it was read.
    check(
        "The BVI said so. British Virgin Islands and the Bank of Virgin Islands agreed.",
        "The [BVI]ORG said so. [British Virgin Islands]GPE and the [Bank of Virgin Islands]ORG agreed.",
    );
}

#[test]
fn capitals_spelling_a_longer_name_of_the_article_are_that_name() {
    // After an article and as a known party's short form, or where the article writes the
    // word in lowercase: the name the article spells out wins.
    check(
        "The Space Launch System rocket is late. The review for SLS said the SLS is costly.",
        "The [Space Launch System]ORG rocket is late. The review for [SLS]ORG said the [SLS]ORG is costly.",
    );
    check(
        "Islamic State forces took the town. IS had swept through Iraq.",
        "[Islamic State]ORG forces took the town. [IS]ORG had swept through [Iraq]GPE.",
    );
    // A share's code after its exchange is no name.
    check(
        "Zorvex Quellby Group (ticker: ZQG) rose.",
        "[Zorvex Quellby Group]ORG (ticker: ZQG) rose.",
    );
    // No longer name spells them, or the line is shouted.
    check(
        "The review for SLS said so.\nTHE ZQG IS HERE NOW\nThe Zorvex Quellby Group grew.",
        "The review for SLS said so.\nTHE ZQG IS HERE NOW\nThe [Zorvex Quellby Group]ORG grew.",
    );
}

#[test]
fn terms_of_company_results_in_capitals_are_no_names() {
    check(
        "The misses on sales and EBITDA were small, and the CAGR held.",
        "The misses on sales and EBITDA were small, and the CAGR held.",
    );
    // Nor are terms of science: fine dust, solar panels.
    check(
        "PM2.5 levels rose as PV panels spread and the AQI fell.",
        "PM2.5 levels rose as PV panels spread and the AQI fell.",
    );
}

#[test]
fn an_abbreviation_before_a_word_of_leading_is_a_body_not_a_person() {
    // "aide" says a person leads what comes before it; an abbreviation is a body's name.
    check(
        "A member of the National Security Council (NSC) spoke, and another top NSC aide testified.",
        "A member of the [National Security Council]ORG ([NSC]ORG) spoke, and another top [NSC]ORG aide testified.",
    );
}
