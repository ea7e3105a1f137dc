//! Where the reader left off, per corpus, kept in `session.ron` in the data folder.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// A place in a corpus: the article (by file name) and the first byte of the cursor sentence.
/// Bytes, not sentence numbers, so a changed splitter or text still lands nearby.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub article: String,
    pub byte: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Keyed by [`crate::corpus::Origin::key`].
    pub places: BTreeMap<String, Place>,
}

impl Session {
    /// Reads the session file; a missing or unreadable one (a named pipe included: it is
    /// never waited on) is an empty session (it only holds positions, which margin rewrites
    /// on the next quit).
    pub fn load(path: &Path) -> Self {
        crate::corpus::file::read_to_string(path, 64 << 20)
            .ok()
            .and_then(|s| ron::from_str(&s).ok())
            .unwrap_or_default()
    }

    /// Writes the session file through a temporary file and a rename, so a crash never leaves
    /// half a file.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
            .map_err(std::io::Error::other)?;
        super::effects::write_atomically(path, &text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_session_loads_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state/session.ron");
        let mut session = Session::default();
        session.places.insert(
            "embedded:seeds".into(),
            Place {
                article: "b.txt".into(),
                byte: 42,
            },
        );
        session.save(&path).unwrap();
        assert_eq!(Session::load(&path), session);
    }

    #[test]
    fn an_unreadable_session_is_empty() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("session.ron");
        std::fs::write(&path, "(places: {").unwrap();
        assert_eq!(Session::load(&path), Session::default());
    }
}
