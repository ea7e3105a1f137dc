//! The sidecar: one RON file per article, `<file name>.margin.ron` beside it
//! (`report.txt` -> `report.txt.margin.ron`).
//!
//! The format ([`to_ron`], [`from_ron`]) is pure and deterministic: a fixed `PrettyConfig`,
//! `version: 2`, offsets stated as `"bytes"`, one record per annotation sorted by (anchor
//! start, id), each with a version stamp per field, then the deletions (`removed`). Version-1
//! files (no stamps, no deletions) still read: their records' stamps come from `updated`, and
//! the next save writes version 2. The I/O ([`read`], [`write`], [`Sidecar`]) never
//! overwrites a file it cannot parse, never writes through a symlink, and under a lock on the
//! folder re-reads the file, merges ([`merge`]) and replaces it atomically.

mod atomic;
mod concurrent;
mod file;
mod git_merge;
mod lock;
pub mod merge;

use ron::ser::PrettyConfig;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use super::{Annotations, Claim, Highlight, Record, Stamp};
pub use atomic::{remove_stale_temporaries, write_atomic, write_atomic_with};
pub use file::{
    Fingerprint, Sidecar, fingerprint, random_replica, read, with_folder_lock, write,
    write_atomic_locked,
};
pub use git_merge::merge_versions;
pub use lock::LOCK_FILE;
pub use merge::{State, Tombstone, join, local_changes};

/// The sidecar format version this build writes.
pub const VERSION: u64 = 2;
/// The oldest version this build still reads (and rewrites as [`VERSION`] on the next save).
pub const OLDEST_VERSION: u64 = 1;
/// The unit of every offset in a sidecar.
pub const OFFSETS: &str = "bytes";
/// What follows an article's file name in its sidecar's name.
pub const SUFFIX: &str = ".margin.ron";

/// Why a sidecar could not be read or written. Every variant names the file when known
/// (`from_ron` alone does not know it) and, for content errors, the line and column (1-based).
#[derive(Debug, thiserror::Error)]
pub enum SidecarError {
    #[error("{}:{line}:{column}: {message}", FileName(file))]
    Parse {
        file: Option<PathBuf>,
        line: usize,
        column: usize,
        message: String,
    },
    #[error(
        "{}:{line}: sidecar format version {found} is not supported (this margin reads versions {OLDEST_VERSION} to {VERSION}); the file was left as it is",
        FileName(file)
    )]
    UnsupportedVersion {
        file: Option<PathBuf>,
        line: usize,
        found: u64,
    },
    #[error("{}: cannot {action}: {source}", path.display())]
    Io {
        path: PathBuf,
        action: &'static str,
        source: io::Error,
    },
    #[error("{}: the sidecar is read-only, so annotations were not saved", path.display())]
    ReadOnly { path: PathBuf },
    #[error(
        "{}: is a symbolic link; margin does not write through links, so annotations were not saved there",
        path.display()
    )]
    Symlink { path: PathBuf },
}

impl SidecarError {
    /// The same error, naming `path` as the file it is about.
    pub fn in_file(self, path: &Path) -> Self {
        match self {
            SidecarError::Parse {
                line,
                column,
                message,
                ..
            } => SidecarError::Parse {
                file: Some(path.to_path_buf()),
                line,
                column,
                message,
            },
            SidecarError::UnsupportedVersion { line, found, .. } => {
                SidecarError::UnsupportedVersion {
                    file: Some(path.to_path_buf()),
                    line,
                    found,
                }
            }
            other => other,
        }
    }

    /// The file the error is about, when known.
    pub fn file(&self) -> Option<&Path> {
        match self {
            SidecarError::Parse { file, .. } | SidecarError::UnsupportedVersion { file, .. } => {
                file.as_deref()
            }
            SidecarError::Io { path, .. }
            | SidecarError::ReadOnly { path }
            | SidecarError::Symlink { path } => Some(path),
        }
    }

    /// Whether the file exists but its content is unusable: annotating that article must be
    /// refused until the reader fixes the file.
    pub fn is_unreadable_content(&self) -> bool {
        matches!(
            self,
            SidecarError::Parse { .. } | SidecarError::UnsupportedVersion { .. }
        )
    }
}

struct FileName<'a>(&'a Option<PathBuf>);

impl fmt::Display for FileName<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(path) => write!(f, "{}", path.display()),
            None => f.write_str("sidecar"),
        }
    }
}

/// Where the sidecar of the article at `article_path` lives: its file name followed by
/// `.margin.ron`, in the same folder (`notes/nikkei.txt` -> `notes/nikkei.txt.margin.ron`).
/// Two articles of one folder never share a sidecar, and no sidecar is named like the entity
/// corrections file (which does not end in `.margin.ron`).
pub fn sidecar_path(article_path: &Path) -> PathBuf {
    let name = article_path.file_name().unwrap_or(article_path.as_os_str());
    let mut name = name.to_os_string();
    name.push(SUFFIX);
    article_path.with_file_name(name)
}

/// The name margin gave the sidecar before version 2: the file stem followed by `.margin.ron`
/// (`notes/nikkei.txt` -> `notes/nikkei.margin.ron`). `report.txt` and `report.md` shared it.
/// Still read, and moved to [`sidecar_path`] on the first save.
pub fn legacy_sidecar_path(article_path: &Path) -> PathBuf {
    let stem = article_path.file_stem().unwrap_or(article_path.as_os_str());
    let mut name = stem.to_os_string();
    name.push(SUFFIX);
    article_path.with_file_name(name)
}

#[derive(Serialize)]
#[serde(rename = "Sidecar")]
struct SidecarOut<'a> {
    version: u64,
    article: &'a str,
    text_sha256: &'a str,
    offsets: &'a str,
    claims: &'a [Claim],
    highlights: &'a [Highlight],
    removed: &'a [Tombstone],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Sidecar")]
struct SidecarIn {
    version: u64,
    article: String,
    text_sha256: String,
    offsets: String,
    #[serde(default)]
    claims: Vec<Claim>,
    #[serde(default)]
    highlights: Vec<Highlight>,
    #[serde(default)]
    removed: Vec<Tombstone>,
}

#[derive(Deserialize)]
struct VersionOnly {
    version: u64,
}

fn pretty() -> PrettyConfig {
    PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .separator(" ")
        .struct_names(false)
        .enumerate_arrays(false)
        .compact_arrays(false)
        .compact_structs(false)
        .escape_strings(true)
}

/// The sidecar text for `annotations`: the same value always gives the same bytes, ending in a
/// newline. Strings are escaped (`\n`, `\"`, `\u{202e}`), so every string sits on one line.
pub fn to_ron(annotations: &Annotations) -> String {
    state_to_ron(annotations, &[])
}

/// The sidecar text for a state with deletions (see [`to_ron`]).
pub fn to_ron_state(state: &State) -> String {
    state_to_ron(&state.annotations, &state.tombstones())
}

fn state_to_ron(annotations: &Annotations, removed: &[Tombstone]) -> String {
    let out = SidecarOut {
        version: VERSION,
        article: annotations.article(),
        text_sha256: annotations.text_sha256(),
        offsets: OFFSETS,
        claims: annotations.claims(),
        highlights: annotations.highlights(),
        removed,
    };
    let mut text = match ron::ser::to_string_pretty(&out, pretty()) {
        Ok(text) => text,
        // Every field is a string, an integer, a unit enum or a list of those: writing to a
        // String cannot fail.
        Err(e) => unreachable!("sidecar records always serialise: {e}"),
    };
    text.push('\n');
    text
}

/// Parses a sidecar (see [`from_ron_state`]) and leaves the deletions out.
pub fn from_ron(source: &str) -> Result<Annotations, SidecarError> {
    from_ron_state(source).map(|state| state.annotations)
}

/// Parses a sidecar of version 1 or 2; a UTF-8 byte order mark before it is skipped. Records
/// may be in any order (they are sorted); a record without stamps (version 1) gets them from
/// its `updated` time. A record from before authors were kept has none, and its author stamp
/// stays zero (never set), so the file re-saves byte for byte. An unknown version, offsets other than bytes, a duplicate id or any
/// syntax error is refused with its line and column.
pub fn from_ron_state(source: &str) -> Result<State, SidecarError> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let file: SidecarIn = match ron::from_str(source) {
        Ok(file) => file,
        Err(error) => {
            if let Ok(VersionOnly { version }) = ron::from_str(source)
                && !(OLDEST_VERSION..=VERSION).contains(&version)
            {
                return Err(unsupported(source, version));
            }
            return Err(SidecarError::Parse {
                file: None,
                line: error.span.start.line,
                column: error.span.start.col,
                message: error.code.to_string(),
            });
        }
    };
    if !(OLDEST_VERSION..=VERSION).contains(&file.version) {
        return Err(unsupported(source, file.version));
    }
    if file.offsets != OFFSETS {
        let (line, column) = position_of(source, "offsets", 1);
        return Err(SidecarError::Parse {
            file: None,
            line,
            column,
            message: format!(
                "offsets are in {:?}, but margin only knows {OFFSETS:?}",
                file.offsets
            ),
        });
    }
    let claims = file.claims.into_iter().map(|mut c| {
        let from = Stamp::from_seconds(c.updated);
        let s = &mut c.stamps;
        for stamp in [
            &mut s.status,
            &mut s.anchor,
            &mut s.note,
            &mut s.tags,
            &mut s.evidence,
        ] {
            fill(stamp, from);
        }
        Record::Claim(c)
    });
    let highlights = file.highlights.into_iter().map(|mut h| {
        let from = Stamp::from_seconds(h.updated);
        let s = &mut h.stamps;
        for stamp in [&mut s.anchor, &mut s.note, &mut s.tags] {
            fill(stamp, from);
        }
        Record::Highlight(h)
    });
    let records = claims.chain(highlights);
    let annotations =
        Annotations::from_records(file.article, file.text_sha256, records).map_err(|id| {
            let (line, column) = position_of(source, &format!("{:?}", id.as_str()), 2);
            SidecarError::Parse {
                file: None,
                line,
                column,
                message: format!("id {id} is used twice"),
            }
        })?;
    let mut removed = std::collections::BTreeMap::new();
    for tombstone in file.removed {
        // A record and a deletion of one id: the later wins, as in a merge.
        let alive = annotations.get(&tombstone.id).map(|r| r.latest_stamp());
        if alive.is_none_or(|stamp| stamp <= tombstone.stamp) {
            let at = removed.entry(tombstone.id).or_insert(tombstone.stamp);
            *at = (*at).max(tombstone.stamp);
        }
    }
    let mut state = State {
        annotations,
        removed,
    };
    for id in state.removed.keys() {
        state.annotations.remove(id);
    }
    Ok(state)
}

fn fill(stamp: &mut Stamp, from: Stamp) {
    if stamp.is_zero() {
        *stamp = from;
    }
}

fn unsupported(source: &str, found: u64) -> SidecarError {
    let (line, _) = position_of(source, "version", 1);
    SidecarError::UnsupportedVersion {
        file: None,
        line,
        found,
    }
}

/// 1-based (line, column in chars) of the `nth` occurrence of `needle`, or (1, 1).
pub(super) fn position_of(source: &str, needle: &str, nth: usize) -> (usize, usize) {
    let Some((at, _)) = source.match_indices(needle).nth(nth.saturating_sub(1)) else {
        return (1, 1);
    };
    let before = &source[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests;
