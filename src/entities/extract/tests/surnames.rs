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

#[test]
fn a_listed_surname_alone_inside_a_sentence_is_a_person() {
    check(
        "Readers still love Faulkner’s wider world.",
        "Readers still love [Faulkner]PERSON’s wider world.",
    );
    check(
        "Journalists from Morales’ party were threatened.",
        "Journalists from [Morales]PERSON’ party were threatened.",
    );
    check(
        "The throw saved Kohli as he ran.",
        "The throw saved [Kohli]PERSON as he ran.",
    );
    // Opening a sentence, before a word that follows its subject; not before another.
    check(
        "They seemed tense. Finlay had looked mad. Zimmerman scandals are old.",
        "They seemed tense. [Finlay]PERSON had looked mad. Zimmerman scandals are old.",
    );
}

#[test]
fn a_surname_alone_gives_way_to_other_readings() {
    // A word of the language, a home town, a sentence's first word, a firm's pair.
    check(
        "The fans watched Brown as he ran.",
        "The fans watched Brown as he ran.",
    );
    check(
        "Jane Doe of Fleming spoke.",
        "[Jane Doe]PERSON of Fleming spoke.",
    );
    check(
        "It won a «Prize». Morales’ party left early.",
        "It won a «Prize». Morales’ party left early.",
    );
    check(
        "Investors praised Larsen and Toubro for it.",
        "Investors praised Larsen and Toubro for it.",
    );
    // A word the article writes in lowercase too.
    check(
        "She drank a cup of chai. Then we all saw Chai there.",
        "She drank a cup of chai. Then we all saw Chai there.",
    );
    // The first word of an organisation the article names is its short name.
    check(
        "The Goddard Space Flight Center said so. A Goddard scientist agreed.",
        "The [Goddard Space Flight Center]ORG said so. A [Goddard]ORG scientist agreed.",
    );
    // A German text capitalises its nouns, some of them surnames in English.
    check(
        "Sie warf einen Blick auf den Mann dort.",
        "Sie warf einen Blick auf den Mann dort.",
    );
}

#[test]
fn a_heading_s_name_cut_in_two_is_the_person_the_article_names_whole() {
    check(
        "Ahmad Khan Rahami Is Arrested in Manhattan\nAhmad Khan Rahami, 28, was taken into custody.",
        "[Ahmad Khan Rahami]PERSON Is Arrested in [Manhattan]GPE\n[Ahmad Khan Rahami]PERSON, 28, was taken into custody.",
    );
    check(
        "Theatre Wing Launches Andrew Lloyd Webber Training Scholarships\nShe thanked Andrew Lloyd Webber.",
        "Theatre Wing Launches [Andrew Lloyd Webber]PERSON Training Scholarships\nShe thanked [Andrew Lloyd Webber]PERSON.",
    );
    // Two people side by side in a list stay two.
    check(
        "Players: Kevin Durant, Stephen Curry\nKevin Durant Stephen Curry won.",
        "Players: [Kevin Durant]PERSON, [Stephen Curry]PERSON\n[Kevin Durant]PERSON [Stephen Curry]PERSON won.",
    );
}

#[test]
fn a_name_with_a_surname_s_particle_is_a_person_however_long_or_plain_its_words() {
    // Four words after a given name, one of them unlisted, with a particle in lowercase.
    check(
        "Brazil's president, Luiz Inácio Lula da Silva, spoke. Lula said the deal was fair.",
        "[Brazil]GPE's president, [Luiz Inácio Lula da Silva]PERSON, spoke. [Lula]PERSON said the deal was fair.",
    );
    // The name before the particle is one the person goes by, first in the article too.
    check(
        "Lula met the press. Luiz Inácio Lula da Silva and Marine Le Pen spoke.",
        "[Lula]PERSON met the press. [Luiz Inácio Lula da Silva]PERSON and [Marine Le Pen]PERSON spoke.",
    );
    // Words of the language around a particle with a capital, and the surname alone.
    check(
        "In France, Marine Le Pen spoke on Tuesday.",
        "In [France]GPE, [Marine Le Pen]PERSON spoke on [Tuesday]DATE.",
    );
    check(
        "In France, Marine Le Pen spoke on Tuesday. Le Pen said the deal was unfair.",
        "In [France]GPE, [Marine Le Pen]PERSON spoke on [Tuesday]DATE. [Le Pen]PERSON said the deal was unfair.",
    );
    // A title that opens with the particle is no one.
    check(
        "He wrote early stabs at future La La Land tunes.",
        "He wrote early stabs at future La La Land tunes.",
    );
}
