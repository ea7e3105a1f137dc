//! Carrying out effects: the file I/O that `App::update` asks for. Failures come back as an
//! action for the status bar, never as a crash.

use super::action::{Action, Effect};
use super::session::Session;
use crate::config::Folders;

/// Does the I/O of one effect; `Effect::Quit` is the caller's to handle.
pub fn carry_out(effect: &Effect, folders: &Folders, session: &mut Session) -> Option<Action> {
    match effect {
        Effect::SaveSession { corpus, place } => {
            session.places.insert(corpus.clone(), place.clone());
            let path = folders.session_file();
            session.save(&path).err().map(|e| {
                Action::Report(format!(
                    "{}: cannot save the reading position: {e}",
                    path.display()
                ))
            })
        }
        Effect::SaveCorrections {
            path,
            corrections,
            base,
        } => Some(
            match crate::entities::save_corrections_merged(path, corrections, base) {
                Ok(on_disk) => Action::CorrectionsSynced {
                    sent: Some(corrections.clone()),
                    on_disk: Box::new(on_disk),
                },
                Err(e) => Action::Report(format!("cannot save the entity corrections: {e}")),
            },
        ),
        Effect::WriteSidecar {
            article,
            path,
            annotations,
            base,
            legacy,
        } => {
            if let Some(dir) = path.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            let mut sidecar =
                crate::annotations::sidecar::Sidecar::new(path).with_legacy(legacy.clone());
            Some(match sidecar.write(annotations, base) {
                Ok(saved) => Action::SidecarSaved {
                    article: *article,
                    synced: Box::new(super::sidecars::Synced {
                        base: saved.clone(),
                        annotations: saved,
                        seen: sidecar.seen(),
                    }),
                },
                Err(error) => Action::SidecarFailed {
                    article: *article,
                    unreadable: error.is_unreadable_content(),
                    error: super::sidecars::refusal(&error),
                    seen: None,
                },
            })
        }
        Effect::OpenUrl(url) => super::open_url::open_in_background(url, super::open_url::OPENER)
            .err()
            .map(Action::Report),
        // The shell starts the worker and talks to the terminal; nothing to do here.
        Effect::Background(_) | Effect::Copy(_) | Effect::SetMouse(_) | Effect::Quit => None,
    }
}

/// Writes `text` to `path` through a temporary file in the same folder, synced, then renamed
/// over the target, so a crash leaves the old file or the new one, never half of either.
pub fn write_atomically(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    file.write_all(text.as_bytes())?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    std::fs::File::open(dir)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::session::Place;

    #[test]
    fn saving_the_session_writes_the_data_folder() {
        let dir = tempfile::tempdir().unwrap();
        let folders = Folders {
            config: dir.path().join("c"),
            data: dir.path().join("d"),
        };
        let mut session = Session::default();
        let effect = Effect::SaveSession {
            corpus: "k".into(),
            place: Place {
                article: "a.txt".into(),
                byte: 7,
            },
        };
        assert_eq!(carry_out(&effect, &folders, &mut session), None);
        assert_eq!(Session::load(&folders.session_file()), session);
    }

    #[test]
    fn a_failed_save_is_reported_with_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, "").unwrap();
        let folders = Folders {
            config: blocker.clone(),
            data: blocker.join("sub"),
        };
        let effect = Effect::SaveSession {
            corpus: "k".into(),
            place: Place::default(),
        };
        let report = carry_out(&effect, &folders, &mut Session::default());
        assert!(matches!(report, Some(Action::Report(m)) if m.contains("session.ron")));
    }
}
