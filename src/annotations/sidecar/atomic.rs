//! Crash-safe replacement of a file: temporary file in the same folder, write, flush,
//! `sync_all`, rename over the target, fsync the folder.
//!
//! At every instant the target is either the old file or the new one, whole. Permissions of an
//! existing target are kept; a new file gets the usual mode (0666 less the umask). A target
//! that is a symlink is refused: margin never writes through a link (it could point anywhere).
//! Any fsync error is a failed save (it is never retried and trusted).
//!
//! The temporary file is `.<name>.<pid>.<random>.tmp` beside the target, so one left by a kill
//! during a save can be recognised later and removed ([`remove_stale_temporaries`]).

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::SidecarError;

/// Replaces the file at `path` with `bytes`; refuses when `path` is a symlink.
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
    refuse_symlink(path)?;
    let target = path.to_path_buf();
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

    let prefix = format!(".{}.{}.", name.to_string_lossy(), std::process::id());
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

/// `Err(Symlink)` when `path` is a symbolic link (dangling or not).
pub(super) fn refuse_symlink(path: &Path) -> Result<(), SidecarError> {
    match fs::symlink_metadata(path) {
        Ok(metadata) if metadata.file_type().is_symlink() => Err(SidecarError::Symlink {
            path: path.to_path_buf(),
        }),
        _ => Ok(()),
    }
}

/// How old a temporary file must be before it is removed even though the process that wrote
/// it may still run (its id may have been reused).
const STALE_AFTER: Duration = Duration::from_secs(3600);

/// Removes the temporary files a killed margin left in `folder` during a save, and returns
/// how many. Only margin's own are touched, by their name (`.<name>.margin.ron.<pid>.<random>
/// .tmp`, `.<name>.margin.ron.<random>.tmp` from older versions, and the same for the
/// corrections file), and only when the process that wrote one is gone or the file is over
/// an hour old. Errors are ignored: this is tidying.
pub fn remove_stale_temporaries(folder: &Path) -> usize {
    let Ok(entries) = fs::read_dir(folder) else {
        return 0;
    };
    let now = SystemTime::now();
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(writer) = name.to_str().and_then(temporary_writer) else {
            continue;
        };
        let Ok(metadata) = entry.metadata() else {
            continue;
        };
        if !metadata.is_file() {
            continue;
        }
        let old = metadata
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age > STALE_AFTER);
        let gone = writer.is_some_and(|pid| pid != std::process::id() && !is_running(pid));
        if (old || gone) && fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// For a file name of margin's temporary files, `Some(the writer's process id, if named)`.
fn temporary_writer(name: &str) -> Option<Option<u32>> {
    let inner = name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (rest, random) = inner.rsplit_once('.')?;
    if random.len() != 6 || !random.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    let is_ours = |target: &str| {
        target.len() > super::SUFFIX.len() && target.ends_with(super::SUFFIX)
            || target == crate::entities::CORRECTIONS_FILE
            || target == crate::entities::LEGACY_CORRECTIONS_FILE
    };
    if let Some((target, pid)) = rest.rsplit_once('.')
        && !pid.is_empty()
        && pid.bytes().all(|b| b.is_ascii_digit())
        && is_ours(target)
    {
        return pid.parse().ok().map(Some);
    }
    is_ours(rest).then_some(None)
}

/// Whether a process with this id runs (Linux: `/proc`; elsewhere, assume it does, so only
/// age removes a file).
fn is_running(pid: u32) -> bool {
    let proc = Path::new("/proc");
    if !proc.join("self").exists() {
        return true;
    }
    proc.join(pid.to_string()).exists()
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
    fn a_symlink_is_never_written_through_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let real = dir.path().join("real.ron");
        let link = dir.path().join("link.ron");
        let dangling = dir.path().join("dangling.ron");
        fs::write(&real, b"old").expect("seed");
        std::os::unix::fs::symlink("real.ron", &link).expect("symlink");
        std::os::unix::fs::symlink("gone/x.sh", &dangling).expect("symlink");
        for path in [&link, &dangling] {
            let err = write_atomic(path, b"new").expect_err("refused");
            assert!(matches!(err, SidecarError::Symlink { .. }), "{err}");
            assert!(err.to_string().contains("symbolic link"), "{err}");
        }
        assert_eq!(fs::read(&real).expect("read"), b"old");
        assert!(!dir.path().join("gone").exists());
        assert_eq!(fs::read_dir(dir.path()).expect("list").count(), 3);
    }

    #[test]
    fn temporary_files_are_recognised_by_their_name_only() {
        assert_eq!(
            temporary_writer(".a.txt.margin.ron.4242.Ab3dE9.tmp"),
            Some(Some(4242))
        );
        assert_eq!(temporary_writer(".a.margin.ron.Ab3dE9.tmp"), Some(None));
        assert_eq!(
            temporary_writer(".margin-entities.ron.7.zzzzzz.tmp"),
            Some(Some(7))
        );
        for other in [
            "a.txt.margin.ron.4242.Ab3dE9.tmp",
            ".a.txt.4242.Ab3dE9.tmp",
            ".margin.ron.Ab3dE9.tmp",
            ".a.margin.ron.Ab3.tmp",
            ".notes.tmp",
        ] {
            assert_eq!(temporary_writer(other), None, "{other}");
        }
    }

    #[test]
    fn a_temporary_file_whose_writer_is_gone_is_removed_and_others_are_kept() {
        let dir = tempfile::tempdir().expect("tempdir");
        // Process ids are below 2^22 on Linux, so this one never runs.
        let gone = dir.path().join(".a.txt.margin.ron.4999999.Ab3dE9.tmp");
        let running = dir.path().join(format!(
            ".a.txt.margin.ron.{}.Ab3dE9.tmp",
            std::process::id()
        ));
        let fresh_old_style = dir.path().join(".a.margin.ron.Ab3dE9.tmp");
        let not_ours = dir.path().join(".notes.Ab3dE9.tmp");
        for path in [&gone, &running, &fresh_old_style, &not_ours] {
            fs::write(path, b"half").expect("seed");
        }
        let removed = remove_stale_temporaries(dir.path());
        if Path::new("/proc/self").exists() {
            assert_eq!(removed, 1);
            assert!(!gone.exists());
        }
        assert!(running.exists() && fresh_old_style.exists() && not_ours.exists());
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
