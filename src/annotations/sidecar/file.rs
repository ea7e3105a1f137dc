//! Reading and saving sidecar files: never overwrite what does not parse, never write through
//! a symlink; under the folder's lock, re-read the file, merge, and replace it atomically.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::{SystemTime, UNIX_EPOCH};

use super::atomic::refuse_symlink;
use super::concurrent::combine_concurrent_edits;
use super::lock::FolderLock;
use super::{
    SidecarError, State, from_ron_state, join, local_changes, position_of, to_ron_state,
    write_atomic,
};
use crate::annotations::{Annotations, Clock};

/// Reads the sidecar at `path`: `Ok(None)` when there is no such file; errors name the file
/// (and line and column for content errors).
pub fn read(path: &Path) -> Result<Option<Annotations>, SidecarError> {
    Sidecar::new(path).read()
}

/// Saves `ours` to the sidecar at `path` and returns what was saved, for the app to adopt.
/// `base` is what the app last read or saved there: what differs from it is the app's own
/// change. See [`Sidecar::write`].
pub fn write(
    path: &Path,
    ours: &Annotations,
    base: &Annotations,
) -> Result<Annotations, SidecarError> {
    Sidecar::new(path).write(ours, base)
}

/// [`write_atomic`] while holding the lock of the file's folder (see [`Sidecar::write`]).
pub fn write_atomic_locked(path: &Path, bytes: &[u8]) -> Result<(), SidecarError> {
    refuse_symlink(path)?;
    let folder = folder_of(path);
    FolderLock::open(&folder)?.hold(|| write_atomic(path, bytes))
}

/// Runs `work` under the lock of the folder of `path` (see [`FolderLock`]): for a
/// read-merge-write of a file other than a sidecar, such as the entity corrections.
pub fn with_folder_lock<T>(
    path: &Path,
    work: impl FnOnce() -> Result<T, SidecarError>,
) -> Result<T, SidecarError> {
    refuse_symlink(path)?;
    FolderLock::open(&folder_of(path))?.hold(work)
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// What identifies one version of a file cheaply: its size, modification time and (on Unix)
/// inode; each save renames a new file into place, so the inode changes even when the size
/// and the time's resolution would not tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    len: u64,
    modified: Option<SystemTime>,
    inode: u64,
}

/// The fingerprint of the file at `path`, `None` when there is none.
pub fn fingerprint(path: &Path) -> Option<Fingerprint> {
    let metadata = fs::metadata(path).ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&metadata);
    #[cfg(not(unix))]
    let inode = 0;
    Some(Fingerprint {
        len: metadata.len(),
        modified: metadata.modified().ok(),
        inode,
    })
}

/// One article's sidecar file, held by a writer between saves.
///
/// It remembers the text it last read or wrote and what that parsed to, so a save re-parses
/// the file only when something else changed it since. Each writer stamps its changes with a
/// hybrid logical clock: the process's own (the default), or one given with
/// [`Sidecar::with_clock`] (a test's writers, each a replica of its own).
#[derive(Debug)]
pub struct Sidecar {
    path: PathBuf,
    legacy: Option<PathBuf>,
    known: Option<(String, State)>,
    seen: Option<Fingerprint>,
    clock: Option<Clock>,
}

impl Sidecar {
    /// The sidecar at `path` (which need not exist yet).
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Sidecar {
            path: path.into(),
            legacy: None,
            known: None,
            seen: None,
            clock: None,
        }
    }

    /// Also reads `legacy` (the article's sidecar under its pre-version-2 name) while `path`
    /// does not exist, and moves it to `path` on the first save. Give it only when that file
    /// belongs to this article.
    pub fn with_legacy(mut self, legacy: Option<PathBuf>) -> Self {
        self.legacy = legacy.filter(|l| *l != self.path);
        self
    }

    /// Stamps this writer's changes with `clock` instead of the process's.
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = Some(clock);
        self
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The fingerprint of the file as last read or written here.
    pub fn seen(&self) -> Option<Fingerprint> {
        self.seen
    }

    /// Reads the file (or the legacy one while there is no file): `Ok(None)` when there is
    /// none; errors name the file (and line and column for content errors).
    pub fn read(&mut self) -> Result<Option<Annotations>, SidecarError> {
        Ok(self.read_state()?.map(|state| state.annotations))
    }

    fn read_state(&mut self) -> Result<Option<State>, SidecarError> {
        let path = match &self.legacy {
            Some(legacy) if !exists(&self.path) && exists(legacy) => legacy.clone(),
            _ => self.path.clone(),
        };
        self.seen = fingerprint(&path);
        let Some(source) = read_source(&path)? else {
            self.known = None;
            return Ok(None);
        };
        let state = self.parse(source, &path)?;
        self.observe(&state);
        Ok(Some(state))
    }

    /// What the file holds merged with `ours` (whose changes since `base` are stamped as
    /// this writer's), without writing anything, and what the file holds alone (the base of
    /// the next save): how an app takes in what others saved.
    pub fn reload(
        &mut self,
        ours: &Annotations,
        base: &Annotations,
    ) -> Result<(Annotations, Annotations), SidecarError> {
        let disk = self.read_state()?;
        let on_disk = match &disk {
            Some(state) => state.annotations.clone(),
            None => Annotations::with_hash(base.article(), base.text_sha256()),
        };
        Ok((self.merged(ours, base, disk).annotations, on_disk))
    }

    /// Saves `ours` and returns what was saved, for the app to adopt.
    ///
    /// `base` is what this writer last read or saved: each field of `ours` that differs from
    /// it, each record it lacks, and each record of it that `ours` lacks (a deletion) is this
    /// writer's change and gets a new stamp. Under the folder's lock, the file is re-read and
    /// merged with those changes ([`super::join`]), so what other processes saved in between is
    /// kept; then it is replaced atomically ([`write_atomic`]), or left alone when the bytes
    /// would not change. A file that does not parse is never overwritten (its error is
    /// returned); a sidecar that is a symlink is never written through.
    pub fn write(
        &mut self,
        ours: &Annotations,
        base: &Annotations,
    ) -> Result<Annotations, SidecarError> {
        refuse_symlink(&self.path)?;
        let mut lock = FolderLock::open(&folder_of(&self.path))?;
        lock.hold(|| {
            self.adopt_legacy()?;
            let disk_text = read_source(&self.path)?;
            let disk = match &disk_text {
                Some(source) => Some(self.parse(source.clone(), &self.path.clone())?),
                None => None,
            };
            if let Some(disk) = &disk {
                self.observe(disk);
            }
            let merged = self.merged(ours, base, disk);
            let text = to_ron_state(&merged);
            if disk_text.as_deref() != Some(text.as_str()) {
                write_atomic(&self.path, text.as_bytes())?;
            }
            self.seen = fingerprint(&self.path);
            let annotations = merged.annotations.clone();
            self.known = Some((text, merged));
            Ok(annotations)
        })
    }

    /// `ours`' changes since `base`, stamped with one tick, merged with `disk`.
    fn merged(&mut self, ours: &Annotations, base: &Annotations, disk: Option<State>) -> State {
        let stamp = self.tick();
        let combined;
        let ours = match &disk {
            Some(disk) => {
                combined = combine_concurrent_edits(ours, base, &disk.annotations);
                &combined
            }
            None => ours,
        };
        let local = local_changes(ours, base, stamp);
        match disk {
            Some(disk) => join(&local, &disk),
            None => local,
        }
    }

    /// Moves the legacy file to the sidecar's name when the sidecar does not exist yet; a
    /// file already at the new name is never replaced.
    fn adopt_legacy(&mut self) -> Result<(), SidecarError> {
        let Some(legacy) = self.legacy.clone() else {
            return Ok(());
        };
        if exists(&self.path) || !exists(&legacy) {
            return Ok(());
        }
        refuse_symlink(&legacy)?;
        let moved = fs::hard_link(&legacy, &self.path).and_then(|()| fs::remove_file(&legacy));
        if let Err(source) = moved
            && !exists(&self.path)
        {
            return Err(SidecarError::Io {
                path: legacy,
                action: "move the sidecar to its new name",
                source,
            });
        }
        self.legacy = None;
        Ok(())
    }

    fn tick(&mut self) -> crate::annotations::Stamp {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64);
        match &mut self.clock {
            Some(clock) => clock.tick(now),
            None => lock_clock().tick(now),
        }
    }

    fn observe(&mut self, state: &State) {
        let latest = state.latest_stamp();
        match &mut self.clock {
            Some(clock) => clock.observe(latest),
            None => lock_clock().observe(latest),
        }
    }

    /// What `source` (read from `path`) parses to, reusing the last parse when the text is
    /// the same.
    fn parse(&mut self, source: String, path: &Path) -> Result<State, SidecarError> {
        if let Some((known, state)) = &self.known
            && *known == source
        {
            return Ok(state.clone());
        }
        self.known = None;
        let state = from_ron_state(&source).map_err(|e| e.in_file(path))?;
        self.known = Some((source, state.clone()));
        Ok(state)
    }
}

/// The process's clock, with a random replica id so that two processes never tie.
fn lock_clock() -> std::sync::MutexGuard<'static, Clock> {
    static CLOCK: OnceLock<Mutex<Clock>> = OnceLock::new();
    let clock = CLOCK.get_or_init(|| Mutex::new(Clock::new(random_replica())));
    clock
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A replica id for this process: std's randomly keyed hasher over the process id and time.
pub fn random_replica() -> u32 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u32(std::process::id());
    hasher.write_u128(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    (hasher.finish() >> 32) as u32
}

fn exists(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok()
}

/// The largest sidecar margin reads: far beyond any reader's notes, and a bound on what a
/// hostile file can make margin hold.
const MAX_SIDECAR_BYTES: u64 = 1 << 30;

/// The text of the file at `path`, `None` when there is no such file. Anything but a regular
/// file (a named pipe, a device) is refused without a blocking read.
fn read_source(path: &Path) -> Result<Option<String>, SidecarError> {
    let bytes = match crate::corpus::file::read(path, MAX_SIDECAR_BYTES) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(SidecarError::Io {
                path: path.to_path_buf(),
                action: "read",
                source,
            });
        }
    };
    String::from_utf8(bytes).map(Some).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let valid = std::str::from_utf8(valid).unwrap_or("");
        let (line, column) = position_of(&format!("{valid}\u{0}"), "\u{0}", 1);
        SidecarError::Parse {
            file: Some(path.to_path_buf()),
            line,
            column,
            message: "the file is not valid UTF-8".to_owned(),
        }
    })
}
