//! The corrections file on disk: read it (or its legacy name, when that holds corrections),
//! and save it atomically under the folder's lock, never through a symlink.

use std::path::{Path, PathBuf};

use super::{Corrections, LEGACY_FILE_NAME};
use crate::annotations::sidecar::{self, SidecarError};

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
    let fail = |e: &dyn std::fmt::Display| format!("{}: {e}", path.display());
    let text = corrections.to_ron().map_err(|e| fail(&e))?;
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&folder).map_err(|e| fail(&e))?;
    sidecar::write_atomic_locked(path, text.as_bytes()).map_err(|e| match e {
        SidecarError::Io { .. } | SidecarError::Symlink { .. } | SidecarError::ReadOnly { .. } => {
            e.to_string()
        }
        other => fail(&other),
    })?;
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
