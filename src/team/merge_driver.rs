//! `margin merge-sidecar BASE OURS THEIRS PATH`: what git runs (`%O %A %B %P`) to merge a
//! margin file that changed on both sides. An article's sidecar merges record by record with
//! the common ancestor ([`sidecar::merge_versions`]); the entity corrections replay our
//! changes since the ancestor onto theirs ([`replay`]). The result goes into OURS, written as
//! margin writes that content, so a merged file reads back and saves unchanged.

use crate::annotations::sidecar::{self, State};
use crate::entities::{CORRECTIONS_FILE, Corrections, LEGACY_CORRECTIONS_FILE};
use std::path::Path;

/// Which of margin's files a path is, by its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarginFile {
    Sidecar,
    Corrections,
}

impl MarginFile {
    /// The kind of `path` (git's `%P`, the file's path in the repository); `None` for a file
    /// that is not margin's.
    pub fn of(path: &str) -> Option<Self> {
        let name = Path::new(path).file_name()?.to_str()?;
        if name == CORRECTIONS_FILE || name == LEGACY_CORRECTIONS_FILE {
            Some(MarginFile::Corrections)
        } else if name.ends_with(sidecar::SUFFIX) {
            Some(MarginFile::Sidecar)
        } else {
            None
        }
    }
}

/// Merges the three versions git hands over and writes the result into `ours`. Errors name
/// `path` and which version is wrong; then `ours` is left as it was, and git reports a
/// conflict.
pub fn merge_files(base: &Path, ours: &Path, theirs: &Path, path: &str) -> Result<(), String> {
    let kind = MarginFile::of(path)
        .ok_or_else(|| format!("{path}: not a margin sidecar or corrections file"))?;
    let read = |file: &Path, which: &str| -> Result<String, String> {
        std::fs::read_to_string(file)
            .map_err(|e| format!("{path} ({which} version, {}): {e}", file.display()))
    };
    let (base_text, ours_text, theirs_text) = (
        read(base, "common ancestor's")?,
        read(ours, "our")?,
        read(theirs, "their")?,
    );
    let merged = match kind {
        MarginFile::Sidecar => merge_sidecars(&base_text, &ours_text, &theirs_text, path)?,
        MarginFile::Corrections => merge_corrections(&base_text, &ours_text, &theirs_text, path)?,
    };
    std::fs::write(ours, merged).map_err(|e| format!("{path}: cannot write the merge: {e}"))
}

/// The merged sidecar text; an empty base means git found no common ancestor.
pub fn merge_sidecars(base: &str, ours: &str, theirs: &str, path: &str) -> Result<String, String> {
    let parse = |text: &str, which: &str| -> Result<State, String> {
        sidecar::from_ron_state(text).map_err(|e| format!("{path} ({which} version): {e}"))
    };
    let base = if base.trim().is_empty() {
        None
    } else {
        Some(parse(base, "common ancestor's")?)
    };
    let ours = parse(ours, "our")?;
    let theirs = parse(theirs, "their")?;
    let merged = sidecar::merge_versions(base.as_ref(), &ours, &theirs);
    Ok(sidecar::to_ron_state(&merged))
}

/// The merged corrections text: ours's changes since the ancestor replayed onto theirs.
pub fn merge_corrections(
    base: &str,
    ours: &str,
    theirs: &str,
    path: &str,
) -> Result<String, String> {
    let parse = |text: &str, which: &str| -> Result<Corrections, String> {
        if text.trim().is_empty() {
            return Ok(Corrections::default());
        }
        Corrections::from_ron(text).map_err(|e| format!("{path} ({which} version): {e}"))
    };
    let base = parse(base, "common ancestor's")?;
    let ours = parse(ours, "our")?;
    let theirs = parse(theirs, "their")?;
    let merged = crate::entities::merge_corrections(&base, &ours, &theirs);
    merged.to_ron().map_err(|e| format!("{path}: {e}"))
}
