//! The sidecar: one RON file per article, `<stem>.margin.ron` beside it.
//!
//! The format ([`to_ron`], [`from_ron`]) is pure and deterministic: a fixed `PrettyConfig`,
//! `version: 1`, offsets stated as `"bytes"`, one record per annotation sorted by (anchor
//! start, id). The I/O ([`read`], [`write`]) never overwrites a file it cannot parse, merges
//! with what is on disk by id before writing, and replaces the file atomically.

mod atomic;
mod file;

use ron::ser::PrettyConfig;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use super::{AnnotationId, Annotations, Claim, Highlight, Record, Timestamp};
pub use atomic::{resolve_symlinks, write_atomic, write_atomic_with};
pub use file::{Sidecar, read, write};

/// The sidecar format version this build reads and writes.
pub const VERSION: u64 = 1;
/// The unit of every offset in a sidecar.
pub const OFFSETS: &str = "bytes";
/// What follows an article's file stem in its sidecar's name.
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
        "{}:{line}: sidecar format version {found} is not supported (this margin reads version {VERSION}); the file was left as it is",
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
            SidecarError::Io { path, .. } | SidecarError::ReadOnly { path } => Some(path),
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

/// Where the sidecar of the article at `article_path` lives: `<stem>.margin.ron` in the same
/// folder (`notes/nikkei.txt` -> `notes/nikkei.margin.ron`).
pub fn sidecar_path(article_path: &Path) -> PathBuf {
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
    let out = SidecarOut {
        version: VERSION,
        article: annotations.article(),
        text_sha256: annotations.text_sha256(),
        offsets: OFFSETS,
        claims: annotations.claims(),
        highlights: annotations.highlights(),
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

/// Parses a sidecar. Records may be in any order (they are sorted); a version other than
/// [`VERSION`], offsets other than bytes, a duplicate id or any syntax error is refused with
/// its line and column.
pub fn from_ron(source: &str) -> Result<Annotations, SidecarError> {
    let file: SidecarIn = match ron::from_str(source) {
        Ok(file) => file,
        Err(error) => {
            if let Ok(VersionOnly { version }) = ron::from_str(source)
                && version != VERSION
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
    if file.version != VERSION {
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
    let claims = file.claims.into_iter().map(Record::Claim);
    let records = claims.chain(file.highlights.into_iter().map(Record::Highlight));
    Annotations::from_records(file.article, file.text_sha256, records).map_err(|id| {
        let (line, column) = position_of(source, &format!("{:?}", id.as_str()), 2);
        SidecarError::Parse {
            file: None,
            line,
            column,
            message: format!("id {id} is used twice"),
        }
    })
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

/// Merges what is on disk (`theirs`) into `ours`, by id: a record only on disk is kept unless
/// its id is in `removed`; for an id in both, the later `updated` wins and `ours` wins a tie.
/// The article name and text hash are ours.
pub fn merge(ours: &Annotations, theirs: &Annotations, removed: &[AnnotationId]) -> Annotations {
    let mine: HashMap<&AnnotationId, Timestamp> = ours
        .claims()
        .iter()
        .map(|c| (&c.id, c.updated))
        .chain(ours.highlights().iter().map(|h| (&h.id, h.updated)))
        .collect();
    let wanted = |id: &AnnotationId, updated: Timestamp| {
        !removed.contains(id) && mine.get(id).is_none_or(|&my_updated| updated > my_updated)
    };
    let claims = theirs.claims().iter().filter(|c| wanted(&c.id, c.updated));
    let highlights = theirs
        .highlights()
        .iter()
        .filter(|h| wanted(&h.id, h.updated));
    let newer: Vec<Record> = claims
        .cloned()
        .map(Record::Claim)
        .chain(highlights.cloned().map(Record::Highlight))
        .collect();
    let mut merged = ours.clone();
    for record in newer {
        merged.put(record);
    }
    merged
}

#[cfg(test)]
mod tests;
