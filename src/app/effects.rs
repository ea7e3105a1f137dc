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
        Effect::Quit => None,
    }
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
