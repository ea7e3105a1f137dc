//! Reading and saving sidecar files: never overwrite what does not parse, merge with the file
//! on disk by id, then replace it atomically.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::{SidecarError, from_ron, merge, position_of, resolve_symlinks, to_ron, write_atomic};
use crate::annotations::{AnnotationId, Annotations};

/// Reads the sidecar at `path`: `Ok(None)` when there is no such file; errors name the file
/// (and line and column for content errors).
pub fn read(path: &Path) -> Result<Option<Annotations>, SidecarError> {
    Sidecar::new(path).read()
}

/// Saves `annotations` to the sidecar at `path` and returns what was saved, for the app to
/// adopt. See [`Sidecar::write`]; this one re-parses the file on disk every time.
pub fn write(
    path: &Path,
    annotations: &Annotations,
    removed: &[AnnotationId],
) -> Result<Annotations, SidecarError> {
    Sidecar::new(path).write(annotations, removed)
}

/// One article's sidecar file, held by the app between saves.
///
/// It remembers the text it last read or wrote and what that text parsed to, so a save
/// re-parses the file only when something else changed it since. Behaviour is otherwise that
/// of [`read`] and [`write`].
#[derive(Clone, Debug)]
pub struct Sidecar {
    path: PathBuf,
    known: Option<(String, Annotations)>,
}

impl Sidecar {
    /// The sidecar at `path` (which need not exist yet).
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Sidecar {
            path: path.into(),
            known: None,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the file: `Ok(None)` when there is none; errors name the file (and line and
    /// column for content errors).
    pub fn read(&mut self) -> Result<Option<Annotations>, SidecarError> {
        let Some(source) = read_source(&self.path)? else {
            self.known = None;
            return Ok(None);
        };
        let annotations = self.parse(source)?;
        Ok(Some(annotations))
    }

    /// Saves `annotations` and returns what was saved, for the app to adopt.
    ///
    /// The file on disk is re-read first and merged with [`merge`] (`removed`: ids deleted
    /// since the last save, so the merge does not bring them back). A file that does not parse
    /// is never overwritten: its error is returned. Then the file is replaced atomically
    /// ([`write_atomic`]): a symlinked sidecar is followed, its permissions kept, and it is
    /// left alone when the bytes would not change.
    pub fn write(
        &mut self,
        annotations: &Annotations,
        removed: &[AnnotationId],
    ) -> Result<Annotations, SidecarError> {
        let target = resolve_symlinks(&self.path)?;
        let source = read_source(&target)?;
        let merged = match source {
            Some(source) => {
                let on_disk = self.parse(source).map_err(|e| e.in_file(&target))?;
                merge(annotations, &on_disk, removed)
            }
            None => {
                self.known = None;
                annotations.clone()
            }
        };
        let text = to_ron(&merged);
        let unchanged = self.known.as_ref().is_some_and(|(known, _)| *known == text);
        if !unchanged {
            write_atomic(&target, text.as_bytes())?;
        }
        self.known = Some((text, merged.clone()));
        Ok(merged)
    }

    /// What `source` parses to, reusing the last parse when the text is the same.
    fn parse(&mut self, source: String) -> Result<Annotations, SidecarError> {
        if let Some((known, annotations)) = &self.known
            && *known == source
        {
            return Ok(annotations.clone());
        }
        self.known = None;
        let annotations = from_ron(&source).map_err(|e| e.in_file(&self.path))?;
        self.known = Some((source, annotations.clone()));
        Ok(annotations)
    }
}

/// The text of the file at `path`, `None` when there is no such file.
fn read_source(path: &Path) -> Result<Option<String>, SidecarError> {
    let bytes = match fs::read(path) {
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
