//! Who the reader is: the name written on every annotation and correction they make.
//!
//! In order: `author` in `config.ron`, else `git config user.name` as git sees it in the
//! corpus folder (so a team's repository-level name wins), else the login name (`USER`,
//! then `LOGNAME`), else `unknown`.

use std::path::Path;
use std::process::{Command, Stdio};

/// The name when nothing else gives one.
pub const UNKNOWN: &str = "unknown";

/// The reader's name (see the module doc). `corpus_folder` is where git is asked; `None`
/// (the embedded corpus) asks in the current folder.
pub fn resolve(configured: Option<&str>, corpus_folder: Option<&Path>) -> String {
    let login = |var| std::env::var(var).ok();
    choose(
        configured,
        || git_user_name(corpus_folder),
        login("USER").or_else(|| login("LOGNAME")),
    )
}

/// Whether `author` is the one `wanted` names: its start, or the start of one of its words,
/// case ignored (`ana` and `lima` both name "Ana Lima").
pub fn matches(author: &str, wanted: &str) -> bool {
    let (author, wanted) = (author.to_lowercase(), wanted.trim().to_lowercase());
    !wanted.is_empty()
        && (author.starts_with(&wanted)
            || author
                .split_whitespace()
                .any(|word| word.starts_with(&wanted)))
}

/// The first usable name of the three sources; git is only asked when the config is silent.
fn choose(
    configured: Option<&str>,
    git: impl FnOnce() -> Option<String>,
    login: Option<String>,
) -> String {
    let usable = |name: String| {
        let name = name.trim().to_owned();
        (!name.is_empty()).then_some(name)
    };
    configured
        .map(str::to_owned)
        .and_then(usable)
        .or_else(|| git().and_then(usable))
        .or_else(|| login.and_then(usable))
        .unwrap_or_else(|| UNKNOWN.to_owned())
}

/// `git config user.name` run in `folder`; `None` when git is missing, fails or says nothing.
fn git_user_name(folder: Option<&Path>) -> Option<String> {
    let mut git = Command::new("git");
    git.args(["config", "user.name"])
        .stdin(Stdio::null())
        .stderr(Stdio::null());
    if let Some(folder) = folder.filter(|f| f.is_dir()) {
        git.current_dir(folder);
    }
    let output = git.output().ok()?;
    if !output.status.success() {
        return None;
    }
    String::from_utf8(output.stdout).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_config_wins_and_git_is_not_asked() {
        let name = choose(
            Some("Ana"),
            || panic!("git asked"),
            Some("login".to_owned()),
        );
        assert_eq!(name, "Ana");
    }

    #[test]
    fn git_comes_before_the_login_and_blanks_do_not_count() {
        let git = || Some("Ben Ode\n".to_owned());
        assert_eq!(choose(None, git, Some("ben".to_owned())), "Ben Ode");
        assert_eq!(choose(Some("  "), || None, Some("ben".to_owned())), "ben");
        assert_eq!(choose(None, || Some("\n".to_owned()), None), UNKNOWN);
    }

    #[test]
    fn git_is_asked_in_the_corpus_folder() {
        let dir = tempfile::tempdir().expect("temp dir");
        let git = |args: &[&str]| {
            Command::new("git")
                .args(args)
                .current_dir(dir.path())
                .env("GIT_CONFIG_GLOBAL", "/dev/null")
                .output()
        };
        if git(&["init", "-q"]).is_err() {
            eprintln!("skipped: git is not installed");
            return;
        }
        git(&["config", "user.name", "Repo Reader"]).expect("git config");
        assert_eq!(
            git_user_name(Some(dir.path())).as_deref().map(str::trim),
            Some("Repo Reader")
        );
    }
}
