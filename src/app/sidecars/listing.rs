//! What one directory listing says about the names in a folder. Placing the sidecars of a
//! corpus folder asks, for every article, whether its sidecar and its legacy sidecar exist
//! and whether they are links: several system calls an article before the first frame,
//! where one listing of the folder answers them all.

use std::collections::HashMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// What is at a path, as its folder's listing says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Entry {
    Nothing,
    Link,
    /// A file, a folder or anything else that is not a link.
    Other,
}

/// Folder listings, each read on first use; or none at all, when every question goes to the
/// file system (a few files named on the command line need no listing of their folders).
pub(super) struct Listings {
    enabled: bool,
    /// Per folder: each name and whether it is a link; `None` when it could not be listed.
    folders: HashMap<PathBuf, Option<HashMap<OsString, bool>>>,
}

impl Listings {
    pub(super) fn new(enabled: bool) -> Self {
        Listings {
            enabled,
            folders: HashMap::new(),
        }
    }

    /// What is at `path`, or `None` when the listing cannot say (ask the file system).
    pub(super) fn entry(&mut self, path: &Path) -> Option<Entry> {
        if !self.enabled {
            return None;
        }
        let name = path.file_name()?;
        let folder = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let listing = self
            .folders
            .entry(folder.to_path_buf())
            .or_insert_with(|| list(folder))
            .as_ref()?;
        Some(match listing.get(name) {
            None => Entry::Nothing,
            Some(true) => Entry::Link,
            Some(false) => Entry::Other,
        })
    }

    /// Whether `path` is a symbolic link.
    pub(super) fn is_symlink(&mut self, path: &Path) -> bool {
        match self.entry(path) {
            Some(entry) => entry == Entry::Link,
            None => super::is_symlink(path),
        }
    }

    /// Whether `path` leads to something, as [`Path::exists`] says (a link is followed).
    pub(super) fn exists(&mut self, path: &Path) -> bool {
        match self.entry(path) {
            Some(Entry::Nothing) => false,
            Some(Entry::Other) => true,
            Some(Entry::Link) | None => path.exists(),
        }
    }
}

/// Each name in `folder` with whether it is a link (the kind comes with the listing on most
/// file systems, without a call per name); `None` when the folder cannot be read whole.
fn list(folder: &Path) -> Option<HashMap<OsString, bool>> {
    let mut names = HashMap::new();
    for entry in std::fs::read_dir(folder).ok()? {
        let entry = entry.ok()?;
        let link = entry.file_type().ok()?.is_symlink();
        names.insert(entry.file_name(), link);
    }
    Some(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listing_says_what_the_file_system_says() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        std::fs::write(&file, "text").unwrap();
        let missing = dir.path().join("b.txt");
        let mut listings = Listings::new(true);
        assert_eq!(listings.entry(&file), Some(Entry::Other));
        assert_eq!(listings.entry(&missing), Some(Entry::Nothing));
        assert!(listings.exists(&file) && !listings.exists(&missing));
        assert!(!listings.is_symlink(&file));
        #[cfg(unix)]
        {
            let link = dir.path().join("c.txt");
            let dangling = dir.path().join("d.txt");
            std::os::unix::fs::symlink(&file, &link).unwrap();
            std::os::unix::fs::symlink(dir.path().join("none"), &dangling).unwrap();
            // Read again: the listing above was taken before the links were made.
            let mut listings = Listings::new(true);
            assert!(listings.is_symlink(&link) && listings.is_symlink(&dangling));
            assert!(listings.exists(&link));
            assert!(!listings.exists(&dangling), "a dangling link leads nowhere");
        }
    }

    #[test]
    fn without_listings_every_question_goes_to_the_file_system() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        let mut listings = Listings::new(false);
        assert_eq!(listings.entry(&file), None);
        assert!(!listings.exists(&file));
        std::fs::write(&file, "text").unwrap();
        assert!(listings.exists(&file));
    }
}
