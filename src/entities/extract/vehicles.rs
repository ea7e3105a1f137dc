//! A car named by its maker: "a silver Audi", "drove off in a Toyota". A carmaker's name
//! after a colour, or alone after "a", is the car the maker built (a product), as police
//! and traffic reports write it; "a Ford spokesman" and "Ford said" stay the company.

use super::{Explained, Reason, word_before};
use crate::entities::Label;

/// Makers whose cars news names by the maker alone.
pub(super) const CARMAKERS: &[&str] = &[
    "Acura",
    "Alfa Romeo",
    "Audi",
    "Bentley",
    "BMW",
    "Buick",
    "Cadillac",
    "Chevrolet",
    "Chevy",
    "Chrysler",
    "Dodge",
    "Ferrari",
    "Fiat",
    "Ford",
    "GMC",
    "Honda",
    "Hyundai",
    "Infiniti",
    "Jaguar",
    "Jeep",
    "Kia",
    "Lamborghini",
    "Land Rover",
    "Range Rover",
    "Lexus",
    "Maserati",
    "Mazda",
    "Mercedes",
    "Mercedes-Benz",
    "Mitsubishi",
    "Nissan",
    "Peugeot",
    "Porsche",
    "Renault",
    "Rolls-Royce",
    "Subaru",
    "Suzuki",
    "Tesla",
    "Toyota",
    "Volkswagen",
    "VW",
    "Volvo",
];

/// Colours a report gives a car before its maker.
const COLOURS: &[&str] = &[
    "black", "white", "silver", "gray", "grey", "red", "blue", "green", "gold", "maroon", "tan",
    "beige", "brown", "yellow", "orange", "purple", "burgundy",
];

/// Words that may follow a car named after "a": the sentence goes on without a noun the
/// maker's name would qualify ("a Toyota driven by", "a Honda, police said").
const AFTER_A_CAR: &[&str] = &[
    "and", "or", "with", "that", "which", "was", "is", "driven", "parked", "stolen", "in", "on",
    "at", "near", "into", "from", "when", "as", "before", "after", "while",
];

/// Relabels as products the carmakers' names that name a car, and returns the carmakers
/// the article names, each once, in the order first named.
pub(super) fn relabel<'t>(text: &'t str, mentions: &mut [Explained]) -> Vec<&'t str> {
    let mut makers = Vec::new();
    for m in mentions.iter_mut() {
        let name = m.mention.span().slice(text);
        // "Nissan Sentra" names its maker too.
        if m.mention.label == Label::Product
            && let Some((maker, _)) = name.split_once(' ')
            && CARMAKERS.contains(&maker)
            && !makers.contains(&maker)
        {
            makers.push(maker);
        }
        if m.mention.label != Label::Org || !CARMAKERS.contains(&name) {
            continue;
        }
        if !makers.contains(&name) {
            makers.push(name);
        }
        let span = m.mention.span();
        let before = word_before(text, span.start).unwrap_or_default();
        let car = if COLOURS.contains(&before) {
            true
        } else if matches!(before, "a" | "an") {
            let after = text[span.end..].trim_start_matches(' ');
            let next = after
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or_default();
            next.is_empty() || AFTER_A_CAR.contains(&next)
        } else {
            false
        };
        if car {
            m.mention.label = Label::Product;
            m.reason = Reason::CarOfItsMaker;
        }
    }
    makers
}
