//! The corrections file on disk: read it (or its legacy name, when that holds corrections),
//! and save it atomically under the folder's lock, never through a symlink.

use std::path::{Path, PathBuf};

use super::{Corrections, LEGACY_FILE_NAME};
use crate::annotations::sidecar::{self, Fingerprint, SidecarError};

/// The corrections as saved by [`save_merged`] or read again by [`reload`]: what is in the
/// file now, and the file's fingerprint, to notice when another process changes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OnDisk {
    pub corrections: Corrections,
    pub seen: Option<Fingerprint>,
}

/// The fingerprint of the corrections file at `path`, or of its legacy file while only that
/// exists.
pub fn fingerprint(path: &Path) -> Option<Fingerprint> {
    sidecar::fingerprint(path).or_else(|| legacy_of(path).and_then(|l| sidecar::fingerprint(&l)))
}

/// Reads the corrections file as [`load_file`] does, with its fingerprint.
pub fn reload(path: &Path) -> Result<OnDisk, String> {
    let seen = fingerprint(path);
    let corrections = load_file(path)?;
    Ok(OnDisk { corrections, seen })
}

/// Saves `mine` to `path` without losing what other processes saved there: under the
/// folder's lock, the file is read again and this app's changes since it last read it
/// (`mine` against `base`) are replayed onto it (see [`super::replay`]); the result is written
/// atomically and returned. A file that no longer parses is not overwritten.
pub fn save_merged(path: &Path, mine: &Corrections, base: &Corrections) -> Result<OnDisk, String> {
    let folder = folder_of(path);
    std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", path.display()))?;
    let outcome = sidecar::with_folder_lock(path, || {
        let merged = match load_file(path) {
            Ok(theirs) if &theirs == base => mine.clone(),
            Ok(theirs) => super::replay(base, mine, &theirs),
            Err(e) => return Ok(Err(e)),
        };
        Ok(save_file_unlocked(path, &merged).map(|()| merged))
    });
    let merged = match outcome {
        Ok(result) => result?,
        Err(e) => return Err(describe(path, e)),
    };
    Ok(OnDisk {
        corrections: merged,
        seen: fingerprint(path),
    })
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn describe(path: &Path, e: SidecarError) -> String {
    match e {
        SidecarError::Io { .. } | SidecarError::Symlink { .. } | SidecarError::ReadOnly { .. } => {
            e.to_string()
        }
        other => format!("{}: {other}", path.display()),
    }
}

/// The corrections in `path`, or in the legacy file beside it (`entities.margin.ron`) while
/// `path` does not exist and the legacy file holds corrections (not an article's old
/// sidecar). No file gives no corrections. Errors name the file.
pub fn load_file(path: &Path) -> Result<Corrections, String> {
    match read(path)? {
        Some(text) => parse(&text, path),
        None => match legacy_of(path) {
            Some(legacy) => match read(&legacy)? {
                // An article's old sidecar of that name is not ours: no corrections.
                Some(text) if sidecar::from_ron(&text).is_ok() => Ok(Corrections::default()),
                Some(text) => parse(&text, &legacy),
                None => Ok(Corrections::default()),
            },
            None => Ok(Corrections::default()),
        },
    }
}

/// Writes `corrections` to `path` atomically (see [`sidecar::write_atomic`]): never through a
/// symlink, with the usual permissions for a new file. A legacy file that held corrections
/// is removed once they are saved under the new name.
pub fn save_file(path: &Path, corrections: &Corrections) -> Result<(), String> {
    std::fs::create_dir_all(folder_of(path)).map_err(|e| format!("{}: {e}", path.display()))?;
    sidecar::with_folder_lock(path, || Ok(save_file_unlocked(path, corrections)))
        .map_err(|e| describe(path, e))?
}

/// [`save_file`] for a caller that holds the folder's lock.
fn save_file_unlocked(path: &Path, corrections: &Corrections) -> Result<(), String> {
    let text = corrections
        .to_ron()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    sidecar::write_atomic(path, text.as_bytes()).map_err(|e| describe(path, e))?;
    if let Some(legacy) = legacy_of(path)
        && let Ok(Some(text)) = read(&legacy)
        && Corrections::from_ron(&text).is_ok()
        && !is_symlink(&legacy)
    {
        let _ = std::fs::remove_file(legacy);
    }
    Ok(())
}

/// The legacy corrections file beside `path`, if it exists and is not a symlink.
fn legacy_of(path: &Path) -> Option<PathBuf> {
    let legacy = path.with_file_name(LEGACY_FILE_NAME);
    (legacy != path && legacy.exists() && !is_symlink(&legacy)).then_some(legacy)
}

fn is_symlink(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// The largest entity corrections file margin reads.
const MAX_BYTES: u64 = 256 << 20;

/// The file's text (refusing what is not a regular file, or too large); `None` when absent.
fn read(path: &Path) -> Result<Option<String>, String> {
    match crate::corpus::file::read_to_string(path, MAX_BYTES) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("{}: cannot read: {e}", path.display())),
    }
}

fn parse(text: &str, path: &Path) -> Result<Corrections, String> {
    Corrections::from_ron(text).map_err(|e| format!("{}: {e}", path.display()))
}
