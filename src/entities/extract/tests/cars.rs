//! Cars: a maker with its model (`car_models.ron`), and the model alone once the article
//! names its maker (`car_models.rs`).

use super::check;

#[test]
fn a_maker_and_its_model_are_the_car() {
    check(
        "A 2012 Honda Civic and a Jeep Grand Cherokee were stolen.",
        "A [2012]DATE [Honda Civic]PRODUCT and a [Jeep Grand Cherokee]PRODUCT were stolen.",
    );
    // A maker's short form names the same cars.
    check("She drove a VW Jetta.", "She drove a [VW Jetta]PRODUCT.");
}

#[test]
fn a_model_alone_is_the_car_of_a_maker_the_article_names() {
    check(
        "Nissan redesigned the compact Sentra. Its coupe look mimics the Altima and Maxima.",
        "[Nissan]ORG redesigned the compact [Sentra]PRODUCT. Its coupe look mimics the \
         [Altima]PRODUCT and [Maxima]PRODUCT.",
    );
    // The model's later words go with it, up to a kind of car in capitals.
    check(
        "Ford showed its Mustang Mach E SUV. The car gets Mustang styling cues.",
        "[Ford]ORG showed its [Mustang Mach E]PRODUCT SUV. The car gets [Mustang]PRODUCT \
         styling cues.",
    );
}

#[test]
fn a_model_alone_is_no_car_without_its_maker_or_as_a_sentence_opens() {
    // No maker named: a model's word alone says too little.
    check(
        "Critics liked the Sentra and the Altima, the survey found.",
        "Critics liked the Sentra and the Altima, the survey found.",
    );
    // An ordinary word opening a sentence is capitalised for its place.
    check(
        "Ford sold more cars. Escape was not possible for the thieves.",
        "[Ford]ORG sold more cars. Escape was not possible for the thieves.",
    );
    // A model's word named beside a maker is another maker or brand.
    check(
        "Hyundai said BMW and Genesis cars will get it.",
        "[Hyundai]ORG said [BMW]ORG and Genesis cars will get it.",
    );
    // Another maker's model is not this maker's car.
    check(
        "Toyota showed a new Sentra rival.",
        "[Toyota]ORG showed a new Sentra rival.",
    );
}

#[test]
fn a_product_named_by_its_maker_and_a_word_is_the_word_alone_where_the_maker_is_named() {
    check(
        "The laptop runs Chrome. Google said Chrome would be updated.",
        "The laptop runs [Chrome]PRODUCT. [Google]ORG said [Chrome]PRODUCT would be updated.",
    );
    // A given name written alone is the product too, unless a person of the article bears it
    // with a surname.
    check(
        "Amazon said Fords will speak with Alexa. Alexa can turn on the lights.",
        "[Amazon]ORG said Fords will speak with [Alexa]PRODUCT. [Alexa]PRODUCT can turn on the \
         lights.",
    );
    check(
        "Amazon hired Alexa Quellby. Later, Alexa said so.",
        "[Amazon]ORG hired [Alexa Quellby]PERSON. Later, [Alexa]PERSON said so.",
    );
    // Without the maker the word is left alone; nor is a word of a longer run, or a kind in
    // capitals, or the word of a product whose first word is no maker ("Super Mario").
    check("The laptop runs Chrome.", "The laptop runs Chrome.");
    check(
        "Amazon cut prices, the Prime Minister said.",
        "[Amazon]ORG cut prices, the Prime Minister said.",
    );
    check(
        "Apple makes it; the TV app and the Apple Watch sell well.",
        "[Apple]ORG makes it; the TV app and the [Apple Watch]PRODUCT sell well.",
    );
    check(
        "They played Candy Crush for hours, and friends who loved Crush joined.",
        "They played [Candy Crush]PRODUCT for hours, and friends who loved Crush joined.",
    );
    check(
        "They played Super Mario Run, where Mario jumps.",
        "They played [Super Mario Run]PRODUCT, where [Mario]PERSON jumps.",
    );
}
