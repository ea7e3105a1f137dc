//! `Label`: the kind of a named entity, with the OntoNotes names that spaCy also uses.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The kind of a named entity. Serialised (JSON, RON) as its OntoNotes name, `"PERSON"` ...
/// `"DATE"`; see `../shared/eval/GUIDELINE.md` for what each covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Label {
    #[serde(rename = "PERSON")]
    Person,
    #[serde(rename = "NORP")]
    Norp,
    #[serde(rename = "ORG")]
    Org,
    #[serde(rename = "GPE")]
    Gpe,
    #[serde(rename = "LOC")]
    Loc,
    #[serde(rename = "FAC")]
    Fac,
    #[serde(rename = "PRODUCT")]
    Product,
    #[serde(rename = "EVENT")]
    Event,
    #[serde(rename = "LAW")]
    Law,
    #[serde(rename = "MONEY")]
    Money,
    #[serde(rename = "PERCENT")]
    Percent,
    #[serde(rename = "DATE")]
    Date,
}

impl Label {
    /// Every label, in the order panes list them.
    pub const ALL: [Label; 12] = [
        Label::Person,
        Label::Norp,
        Label::Org,
        Label::Gpe,
        Label::Loc,
        Label::Fac,
        Label::Product,
        Label::Event,
        Label::Law,
        Label::Money,
        Label::Percent,
        Label::Date,
    ];

    /// The OntoNotes name: `"PERSON"`, `"GPE"`, ...
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Norp => "NORP",
            Label::Org => "ORG",
            Label::Gpe => "GPE",
            Label::Loc => "LOC",
            Label::Fac => "FAC",
            Label::Product => "PRODUCT",
            Label::Event => "EVENT",
            Label::Law => "LAW",
            Label::Money => "MONEY",
            Label::Percent => "PERCENT",
            Label::Date => "DATE",
        }
    }

    /// A short plural heading for a pane section: "People", "Organisations", "Places", ...
    pub fn heading(self) -> &'static str {
        match self {
            Label::Person => "People",
            Label::Norp => "Groups",
            Label::Org => "Organisations",
            Label::Gpe => "Places",
            Label::Loc => "Regions",
            Label::Fac => "Facilities",
            Label::Product => "Products",
            Label::Event => "Events",
            Label::Law => "Laws & treaties",
            Label::Money => "Amounts",
            Label::Percent => "Percentages",
            Label::Date => "Dates",
        }
    }

    /// Whether the entity is a value (amount, percentage, date) rather than a name: values
    /// group by what is written, names by what they refer to.
    pub fn is_value(self) -> bool {
        matches!(self, Label::Money | Label::Percent | Label::Date)
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of parsing a label name that is not one of [`Label::ALL`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown entity label {0:?} (expected one of PERSON, NORP, ORG, GPE, LOC, FAC, PRODUCT, EVENT, LAW, MONEY, PERCENT, DATE)"
)]
pub struct UnknownLabel(pub String);

impl FromStr for Label {
    type Err = UnknownLabel;

    /// Parses an OntoNotes name, case-insensitively.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Label::ALL
            .into_iter()
            .find(|label| label.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownLabel(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_round_trips_through_its_name() {
        for label in Label::ALL {
            assert_eq!(label.as_str().parse::<Label>(), Ok(label));
            let json = serde_json::to_string(&label).unwrap();
            assert_eq!(json, format!("\"{}\"", label.as_str()));
        }
    }

    #[test]
    fn an_unknown_name_is_refused() {
        assert!("CARDINAL".parse::<Label>().is_err());
    }

    #[test]
    fn labels_deserialise_from_ron_by_name() {
        let label: Label = ron::from_str("GPE").unwrap();
        assert_eq!(label, Label::Gpe);
    }
}
