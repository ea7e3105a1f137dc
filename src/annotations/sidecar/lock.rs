//! The advisory lock that makes a save's read-merge-write one step among margin processes.
//!
//! One lock file per folder, `.margin.lock`, held (exclusively, with `flock` through
//! `fd-lock`) only while a sidecar or the corrections file of that folder is re-read, merged
//! and replaced. The sidecar itself cannot be the lock: each save renames a new file over
//! it, so a lock on the old one would guard nothing. The lock file is empty and never removed
//! (removing it would let two processes lock two different files of one name).

use fd_lock::RwLock;
use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use super::SidecarError;
use super::atomic::refuse_symlink;

/// The name of the lock file in each folder margin saves into.
pub const LOCK_FILE: &str = ".margin.lock";

/// An open lock file, to [`FolderLock::hold`] around one save.
pub struct FolderLock {
    path: PathBuf,
    lock: RwLock<File>,
}

impl FolderLock {
    /// Opens (creating it if needed) the lock file of `folder`; a symlink there is refused.
    pub fn open(folder: &Path) -> Result<Self, SidecarError> {
        let path = folder.join(LOCK_FILE);
        refuse_symlink(&path)?;
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|source| SidecarError::Io {
                path: path.clone(),
                action: "open the lock file",
                source,
            })?;
        Ok(FolderLock {
            path,
            lock: RwLock::new(file),
        })
    }

    /// Runs `work` while holding the lock exclusively (waiting for other holders first).
    pub fn hold<T>(
        &mut self,
        work: impl FnOnce() -> Result<T, SidecarError>,
    ) -> Result<T, SidecarError> {
        let guard = self.lock.write().map_err(|source| SidecarError::Io {
            path: self.path.clone(),
            action: "lock",
            source,
        })?;
        let result = work();
        drop(guard);
        result
    }
}
