//! Listed companies from the knowledge data, and people who share a company's name.

use super::check;

#[test]
fn a_listed_company_is_an_organisation_with_or_without_its_legal_form() {
    check(
        "Analysts said Biogen and Eisai Co. shared the costs.",
        "Analysts said [Biogen]ORG and [Eisai Co.]ORG shared the costs.",
    );
}

#[test]
fn a_listed_company_of_ordinary_words_is_an_organisation_when_capitalised() {
    check(
        "Shares of Home Depot rose while Best Buy fell.",
        "Shares of [Home Depot]ORG rose while [Best Buy]ORG fell.",
    );
    // The same words in lowercase are no name.
    check(
        "Analysts said the home depot was the best buy.",
        "Analysts said the home depot was the best buy.",
    );
}

#[test]
fn a_person_whose_surname_is_a_company_stays_a_person() {
    check(
        "Analysts said John Bristow met Ellen Bayer.",
        "Analysts said [John Bristow]PERSON met [Ellen Bayer]PERSON.",
    );
    check(
        "As talks went on, Agriculture Secretary Rollins spoke.",
        "As talks went on, Agriculture Secretary [Rollins]PERSON spoke.",
    );
    // A surname that is a place: "Jack London", "Bruno Mars"; a country after a given name
    // stays a place ("Grace Japan" is a company's arm).
    check(
        "Analysts said Jack London and Bruno Mars met in Japan.",
        "Analysts said [Jack London]PERSON and [Bruno Mars]PERSON met in [Japan]GPE.",
    );
    check(
        "Analysts said Ellen Bayer spoke. Later Bayer left.",
        "Analysts said [Ellen Bayer]PERSON spoke. Later [Bayer]PERSON left.",
    );
    // A middle initial between them changes nothing.
    check(
        "Analysts said Michael R. Bloomberg spoke. Later Bloomberg left.",
        "Analysts said [Michael R. Bloomberg]PERSON spoke. Later [Bloomberg]PERSON left.",
    );
}

#[test]
fn a_given_name_that_is_a_place_opens_a_company_before_its_legal_form() {
    check(
        "Since 2022, Aurora Widget Holdings Corp. has grown.",
        "Since [2022]DATE, [Aurora Widget Holdings Corp.]ORG has grown.",
    );
}

#[test]
fn a_company_without_its_legal_form_is_no_person() {
    // By the shape of the name, and next to a verb of saying.
    check(
        "Kelvane Trading S.A. opened a plant. Analysts expect Kelvane Trading to grow.",
        "[Kelvane Trading S.A.]ORG opened a plant. Analysts expect [Kelvane Trading]ORG to grow.",
    );
    check(
        "Kelvane Trading S.A. opened a plant. Kelvane Trading said it would grow.",
        "[Kelvane Trading S.A.]ORG opened a plant. [Kelvane Trading]ORG said it would grow.",
    );
    // Nor does its last word become a person's word: "Trading" of another company stays
    // unread.
    check(
        "Kelvane Trading S.A. opened a plant. Kelvane Trading said so. Baltic Trading fell.",
        "[Kelvane Trading S.A.]ORG opened a plant. [Kelvane Trading]ORG said so. [Baltic]NORP Trading fell.",
    );
}

#[test]
fn a_company_named_once_with_its_legal_form_is_named_later_by_its_one_word() {
    check(
        "Makers, including Zorvex Inc. of Plano, agreed. Lowe, Zorvex's co-founder, spoke.",
        "Makers, including [Zorvex Inc.]ORG of [Plano]GPE, agreed. Lowe, [Zorvex]ORG's co-founder, spoke.",
    );
    check(
        "Kelvane S.A. opened a plant. Analysts expect Kelvane to grow.",
        "[Kelvane S.A.]ORG opened a plant. Analysts expect [Kelvane]ORG to grow.",
    );
    // An organisation's kind word is no legal form: the town of its police stays unread.
    check(
        "The Zorbury Police Department said so. Later Zorbury residents met.",
        "The [Zorbury Police Department]ORG said so. Later Zorbury residents met.",
    );
}

#[test]
fn a_car_maker_is_an_organisation() {
    check(
        "Analysts said Lexus, Chevrolet and Land Rover cut prices.",
        "Analysts said [Lexus]ORG, [Chevrolet]ORG and [Land Rover]ORG cut prices.",
    );
}

#[test]
fn a_bank_s_capital_markets_arm_is_named_whole() {
    check(
        "Analysts at Zorbank Capital Markets said so. Asian markets fell.",
        "Analysts at [Zorbank Capital Markets]ORG said so. [Asian]NORP markets fell.",
    );
}

#[test]
fn a_name_acquired_or_taken_over_is_a_company() {
    check(
        "Disney's acquisition of Lucasfilm closed. Lucasfilm is planning more.",
        "[Disney]ORG's acquisition of [Lucasfilm]ORG closed. [Lucasfilm]ORG is planning more.",
    );
    // A leader has a spokesman and officials as a company has: those say nothing.
    check(
        "Putin spokesman Dmitry Peskov said no. Obama staffers left.",
        "Putin spokesman [Dmitry Peskov]PERSON said no. Obama staffers left.",
    );
}

#[test]
fn names_listed_after_a_kind_of_company_are_companies() {
    check(
        "That is why companies like Nest and Haiku added it. Brands such as Zeiss sell lenses.",
        "That is why companies like [Nest]ORG and [Haiku]ORG added it. Brands such as [Zeiss]ORG sell lenses.",
    );
    // People listed so stay people.
    check(
        "Voters like Jenkins and Maro agreed.",
        "Voters like Jenkins and Maro agreed.",
    );
}

#[test]
fn a_one_word_name_a_statement_is_given_to_is_an_outlet_unless_a_person_could_bear_it() {
    check(
        "Twitter issued a statement to Slate. Kim gave a statement to Smith.",
        "[Twitter]ORG issued a statement to [Slate]ORG. Kim gave a statement to Smith.",
    );
    // Whom one tells is a person as often as an outlet.
    check(
        "Macron told Putin the deal was off.",
        "Macron told Putin the deal was off.",
    );
}

#[test]
fn a_publication_band_or_chain_named_after_its_kind_is_an_organisation() {
    check(
        "It appeared in the journal Nature. He wrote for the magazine Wired. The band Coldplay played, and the chain Chipotle grew.",
        "It appeared in the journal [Nature]ORG. He wrote for the magazine [Wired]ORG. The band [Coldplay]ORG played, and the chain [Chipotle]ORG grew.",
    );
}

#[test]
fn a_one_word_source_cited_for_a_figure_is_an_organisation() {
    check(
        "Sales topped $2 billion, according to Pollstar.",
        "Sales topped [$2 billion]MONEY, according to [Pollstar]ORG.",
    );
    // A person's surname, named in full before, stays the person's.
    check(
        "Analyst Dana Kowalczyk expects a cut. Rates will fall, according to Kowalczyk.",
        "Analyst [Dana Kowalczyk]PERSON expects a cut. Rates will fall, according to [Kowalczyk]PERSON.",
    );
}

#[test]
fn a_common_abbreviation_before_a_companys_word_is_no_company() {
    check(
        "Truck and SUV sales fell, while Kelvane sales rose.",
        "Truck and SUV sales fell, while [Kelvane]ORG sales rose.",
    );
}

#[test]
fn an_outlet_named_by_a_word_is_told_things_or_reports_them() {
    check(
        "\"We are delighted,\" an adviser told Observer. As Deadline reports, she spoke \
         with WIRED later.",
        "\"We are delighted,\" an adviser told [Observer]ORG. As [Deadline]ORG reports, she \
         spoke with [WIRED]ORG later.",
    );
    // A word no outlet bears is a person told things; a capitalised word after it makes a
    // longer name; a word opening a sentence is capitalised for its place.
    check(
        "Later she told Faith about it. Scientists told New Scientist so. Variety reports grew.",
        "Later she told Faith about it. Scientists told New Scientist so. Variety reports grew.",
    );
}

#[test]
fn a_publication_is_named_after_the_word_for_its_kind() {
    check(
        "It was published in the journal Current Biology and in the journal Monthly Notices \
         of the Royal Astronomical Society.",
        "It was published in the journal [Current Biology]ORG and in the journal [Monthly \
         Notices of the Royal Astronomical Society]ORG.",
    );
    // Even one word of the language, after "the" and the kind.
    check(
        "He wrote in the journal Science that it was so.",
        "He wrote in the journal [Science]ORG that it was so.",
    );
    // A name the gazetteer knows is read as known; a kind word ending a line names nothing.
    check(
        "It ran in the newspaper Le Monde and in the magazine\nIt ran in the journal Cell",
        "It ran in the newspaper [Le Monde]ORG and in the magazine\nIt ran in the journal \
         [Cell]ORG",
    );
}

#[test]
fn a_band_label_startup_or_charity_is_named_after_the_word_for_its_kind() {
    // After any word, and its words may be the language's; the name then repeats.
    check(
        "Suga and boy band Stray Kids came. She left her label Big Machine. Fans of Stray Kids \
         waited.",
        "Suga and boy band [Stray Kids]ORG came. She left her label [Big Machine]ORG. Fans of \
         [Stray Kids]ORG waited.",
    );
}

#[test]
fn a_role_after_a_known_name_is_no_part_of_it() {
    check(
        "As Android Central Editor, he wrote it. The BBC Political Editor spoke.",
        "As [Android Central]ORG Editor, he wrote it. The [BBC]ORG Political Editor spoke.",
    );
    // A run that goes on past the known name is left to the other rules.
    check(
        "Get Dashlane Password Manager today.",
        "Get [Dashlane]ORG Password Manager today.",
    );
}
