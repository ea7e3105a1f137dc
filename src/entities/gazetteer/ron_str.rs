//! `RonStr`: a string of a gazetteer's RON text, borrowed from that text.
//!
//! The gazetteer's files are embedded, so their strings need no copy of their own: each
//! would be an allocation, tens of thousands of them at every start. A string with an
//! escape in it ("\"") differs from its text and is the only one copied.

use serde::Deserialize;
use std::borrow::{Borrow, Cow};
use std::ops::Deref;

/// A string read from RON text `'a`: borrowed unless it holds an escape.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(transparent)]
pub(super) struct RonStr<'a>(#[serde(borrow)] Cow<'a, str>);

impl Deref for RonStr<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

/// Maps keyed by `RonStr` are looked up by `&str`.
impl Borrow<str> for RonStr<'_> {
    fn borrow(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_string_is_borrowed_unless_it_holds_an_escape() {
        let plain: Vec<RonStr> = ron::from_str(r#"["Trenton", "Rio de Janeiro"]"#).unwrap();
        assert!(plain.iter().all(|s| matches!(s.0, Cow::Borrowed(_))));
        assert_eq!(&*plain[1], "Rio de Janeiro");
        let escaped: RonStr = ron::from_str(r#""The \"Big\" Apple""#).unwrap();
        assert!(matches!(escaped.0, Cow::Owned(_)));
        assert_eq!(&*escaped, r#"The "Big" Apple"#);
    }
}
