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
fn a_person_whose_surname_is_a_company_stays_a_person() {
    check(
        "Analysts said John Bristow met Ellen Bayer.",
        "Analysts said [John Bristow]PERSON met [Ellen Bayer]PERSON.",
    );
    check(
        "As talks went on, Agriculture Secretary Rollins spoke.",
        "As talks went on, Agriculture Secretary [Rollins]PERSON spoke.",
    );
    check(
        "Analysts said Ellen Bayer spoke. Later Bayer left.",
        "Analysts said [Ellen Bayer]PERSON spoke. Later [Bayer]PERSON left.",
    );
}
