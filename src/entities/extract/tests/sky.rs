//! Moons and planets named like other things (`sky.rs`).

use super::check;

#[test]
fn in_an_article_about_the_sky_moons_are_places() {
    check(
        "Titan is the largest moon of Saturn. Titan, Europa and Ganymede orbit giants in \
         the Solar System.",
        "[Titan]LOC is the largest moon of [Saturn]LOC. [Titan]LOC, [Europa]LOC and \
         [Ganymede]LOC orbit giants in the [Solar System]LOC.",
    );
    // A longer name holding a sky body's word is another name.
    check(
        "The moon lander Blue Moon was built by Ceres Robotics and NASA.",
        "The moon lander Blue Moon was built by [Ceres Robotics]ORG and [NASA]ORG.",
    );
    check(
        "The probe flew past Mercury. The planet is small. On Titan and Jupiter's Ganymede, ice.",
        "The probe flew past [Mercury]LOC. The planet is small. On [Titan]LOC and [Jupiter]LOC's [Ganymede]LOC, ice.",
    );
}

#[test]
fn a_name_after_a_kind_of_body_in_the_sky_is_a_place() {
    check(
        "The Chozo found the planet Phaaze, and the probe met comet Chury near the asteroid \
         Bennu.",
        "The Chozo found the planet [Phaaze]LOC, and the probe met comet [Chury]LOC near the \
         asteroid [Bennu]LOC.",
    );
}

#[test]
fn elsewhere_the_same_words_are_read_as_other_names() {
    // No word of the sky: a city of the same name stays the city.
    check(
        "Shares of Titan rose in Mumbai as Titan Company said sales grew.",
        "Shares of [Titan]ORG rose in [Mumbai]GPE as [Titan Company]ORG said sales grew.",
    );
    // A person stays a person, whatever the article is about.
    check(
        "President Moon Jae-in spoke of the moon landing. Moon said it was historic.",
        "President [Moon Jae-in]PERSON spoke of the moon landing. [Moon]PERSON said it was historic.",
    );
}
