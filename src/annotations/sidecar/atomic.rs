//! Crash-safe replacement of a file: temporary file in the same folder, write, flush,
//! `sync_all`, rename over the target, fsync the folder.
//!
//! At every instant the target is either the old file or the new one, whole. Permissions of an
//! existing target are kept; a symlinked target is resolved so the link stays a link. Any fsync
//! error is a failed save (it is never retried and trusted).

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::SidecarError;

/// Replaces the file at `path` (or the file a symlink there points to) with `bytes`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SidecarError> {
    write_atomic_with(path, bytes, || Ok(()))
}

/// [`write_atomic`] with a hook run after the temporary file is written and synced and before
/// it is renamed over the target: a stand-in for a crash between the two steps in tests. When
/// the hook fails, the target is untouched, the temporary file is removed and the hook's error
/// is returned.
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    before_rename: impl FnOnce() -> io::Result<()>,
) -> Result<(), SidecarError> {
    let target = resolve_symlinks(path)?;
    let io_error = |action: &'static str| {
        let path = target.clone();
        move |source| SidecarError::Io {
            path,
            action,
            source,
        }
    };
    let name = target.file_name().ok_or_else(|| {
        io_error("name")(io::Error::new(io::ErrorKind::InvalidInput, "no file name"))
    })?;
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let existing = match fs::metadata(&target) {
        Ok(metadata) => Some(metadata.permissions()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(io_error("read the metadata of")(e)),
    };
    if existing.as_ref().is_some_and(|p| p.readonly()) {
        return Err(SidecarError::ReadOnly { path: target });
    }

    let prefix = format!(".{}.", name.to_string_lossy());
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    if existing.is_none() {
        // A new sidecar gets the usual mode of a new file (0666 less the umask), not 0600.
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder
        .tempfile_in(&folder)
        .map_err(io_error("create a temporary file beside"))?;
    if let Some(permissions) = existing {
        temp.as_file()
            .set_permissions(permissions)
            .map_err(io_error("copy the permissions of"))?;
    }
    temp.write_all(bytes).map_err(io_error("write"))?;
    temp.flush().map_err(io_error("flush"))?;
    temp.as_file().sync_all().map_err(io_error("sync"))?;
    before_rename().map_err(io_error("finish writing"))?;
    temp.persist(&target)
        .map_err(|e| io_error("rename the temporary file over")(e.error))?;
    sync_folder(&folder).map_err(io_error("sync the folder of"))?;
    Ok(())
}

/// The file a chain of symlinks at `path` ends at (`path` itself when it is not a link, or
/// does not exist yet). A dangling link resolves to where it points.
pub fn resolve_symlinks(path: &Path) -> Result<PathBuf, SidecarError> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let target = fs::read_link(&current).map_err(|source| SidecarError::Io {
                    path: current.clone(),
                    action: "follow the symlink",
                    source,
                })?;
                current = match current.parent() {
                    Some(parent) if target.is_relative() => parent.join(target),
                    _ => target,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(SidecarError::Io {
        path: path.to_path_buf(),
        action: "follow the symlink",
        source: io::Error::other("too many levels of symbolic links"),
    })
}

#[cfg(unix)]
fn sync_folder(folder: &Path) -> io::Result<()> {
    File::open(folder)?.sync_all()
}

#[cfg(not(unix))]
fn sync_folder(_folder: &Path) -> io::Result<()> {
    // Folders cannot be opened as files here; the rename itself is the commit point.
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_file_is_created_with_the_bytes() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a.margin.ron");
        write_atomic(&path, b"hello").expect("write");
        assert_eq!(fs::read(&path).expect("read"), b"hello");
    }

    #[test]
    fn a_failure_before_the_rename_keeps_the_old_file_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a.margin.ron");
        fs::write(&path, b"old").expect("seed");
        let result = write_atomic_with(&path, b"new", || Err(io::Error::other("crash")));
        assert!(matches!(result, Err(SidecarError::Io { .. })));
        assert_eq!(fs::read(&path).expect("read"), b"old");
        assert_eq!(fs::read_dir(dir.path()).expect("list").count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn writing_through_a_symlink_replaces_the_target_and_keeps_the_link() {
        let dir = tempfile::tempdir().expect("tempdir");
        let real = dir.path().join("real.ron");
        let link = dir.path().join("link.ron");
        fs::write(&real, b"old").expect("seed");
        std::os::unix::fs::symlink("real.ron", &link).expect("symlink");
        write_atomic(&link, b"new").expect("write");
        assert!(
            fs::symlink_metadata(&link)
                .expect("meta")
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).expect("read"), b"new");
    }

    #[test]
    fn a_read_only_file_is_not_replaced() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a.margin.ron");
        fs::write(&path, b"old").expect("seed");
        let mut permissions = fs::metadata(&path).expect("meta").permissions();
        permissions.set_readonly(true);
        fs::set_permissions(&path, permissions).expect("chmod");
        assert!(matches!(
            write_atomic(&path, b"new"),
            Err(SidecarError::ReadOnly { .. })
        ));
        assert_eq!(fs::read(&path).expect("read"), b"old");
    }
}
