//! `margin git-setup [FOLDER]`: makes git merge margin's files with margin. Writes the
//! `.gitattributes` lines that send sidecars and the entity corrections to the `margin`
//! merge driver, the repository's `merge.margin` config that names the driver, and the
//! `.gitignore` lines for margin's lock and temporary files. Idempotent: each line is added
//! only when missing, and what was written is reported.

use super::merge_driver::MarginFile;
use crate::annotations::sidecar::{LOCK_FILE, SUFFIX};
use crate::entities::{CORRECTIONS_FILE, LEGACY_CORRECTIONS_FILE};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The `.gitattributes` lines: margin's files merge with the `margin` driver.
pub fn attribute_lines() -> Vec<String> {
    let files = [
        format!("*{SUFFIX}"),
        CORRECTIONS_FILE.to_string(),
        LEGACY_CORRECTIONS_FILE.to_string(),
    ];
    debug_assert!(
        files
            .iter()
            .all(|f| MarginFile::of(&f.replace('*', "a")).is_some())
    );
    files
        .into_iter()
        .map(|pattern| format!("{pattern} merge=margin"))
        .collect()
}

/// The `.gitignore` lines: the folder lock and the temporary files of atomic writes
/// (`.<name>.<pid>.<random>.tmp` beside the file written).
pub fn ignore_lines() -> Vec<String> {
    vec![
        LOCK_FILE.to_string(),
        format!(".*{SUFFIX}.*.tmp"),
        format!(".{CORRECTIONS_FILE}.*.tmp"),
    ]
}

/// What `git-setup` did, to tell the user.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Setup {
    pub repository: PathBuf,
    /// Lines added to `.gitattributes` and `.gitignore`, with the file.
    pub added: Vec<(PathBuf, String)>,
    /// The driver command written to the repository's config, when it changed.
    pub driver: Option<String>,
}

impl Setup {
    /// One line per change, or that nothing needed changing.
    pub fn report(&self) -> String {
        let mut lines = Vec::new();
        for (file, line) in &self.added {
            lines.push(format!("{}: added “{line}”", file.display()));
        }
        if let Some(driver) = &self.driver {
            lines.push(format!("git config merge.margin.driver “{driver}”"));
        }
        if lines.is_empty() {
            lines.push(format!(
                "{}: already set up for margin; nothing changed",
                self.repository.display()
            ));
        } else {
            lines.push("margin now merges sidecars and entity corrections when git merges".into());
        }
        lines.join("\n")
    }
}

/// Sets up the git repository holding `folder`; `margin` is how git should call margin (an
/// absolute path to this binary, so the driver works whatever the PATH).
pub fn git_setup(folder: &Path, margin: &Path) -> Result<Setup, String> {
    let top = git(folder, &["rev-parse", "--show-toplevel"]).map_err(|e| {
        format!(
            "{}: not in a git repository ({e}); run git init or clone one first",
            folder.display()
        )
    })?;
    let repository = PathBuf::from(top.trim());
    let mut setup = Setup {
        repository: repository.clone(),
        ..Setup::default()
    };
    for (file, lines) in [
        (repository.join(".gitattributes"), attribute_lines()),
        (repository.join(".gitignore"), ignore_lines()),
    ] {
        for line in add_missing_lines(&file, &lines)? {
            setup.added.push((file.clone(), line));
        }
    }
    let driver = format!(
        "{} merge-sidecar %O %A %B %P",
        shell_quote(&margin.to_string_lossy())
    );
    let current = git(&repository, &["config", "--local", "merge.margin.driver"]).ok();
    if current.as_deref().map(str::trim) != Some(driver.as_str()) {
        git(
            &repository,
            &[
                "config",
                "--local",
                "merge.margin.name",
                "margin sidecar merge",
            ],
        )?;
        git(
            &repository,
            &["config", "--local", "merge.margin.driver", &driver],
        )?;
        setup.driver = Some(driver);
    }
    Ok(setup)
}

/// Appends to `file` the `lines` it does not have yet; returns them.
fn add_missing_lines(file: &Path, lines: &[String]) -> Result<Vec<String>, String> {
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(format!("{}: {e}", file.display())),
    };
    let present: Vec<&str> = text.lines().map(str::trim).collect();
    let missing: Vec<String> = lines
        .iter()
        .filter(|l| !present.contains(&l.as_str()))
        .cloned()
        .collect();
    if missing.is_empty() {
        return Ok(missing);
    }
    let mut out = text.clone();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    for line in &missing {
        out.push_str(line);
        out.push('\n');
    }
    std::fs::write(file, out).map_err(|e| format!("{}: {e}", file.display()))?;
    Ok(missing)
}

/// Runs git in `folder`; its output, or what it said when it failed.
fn git(folder: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(folder)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        let said = String::from_utf8_lossy(&output.stderr);
        Err(said.trim().to_string())
    }
}

/// `s` quoted for the shell git runs the driver with, when it needs quoting.
fn shell_quote(s: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "/._-+".contains(c);
    if !s.is_empty() && s.chars().all(plain) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_quoted_for_the_shell_only_when_needed() {
        assert_eq!(shell_quote("/usr/bin/margin"), "/usr/bin/margin");
        assert_eq!(
            shell_quote("/opt/my tools/margin"),
            "'/opt/my tools/margin'"
        );
        assert_eq!(shell_quote("/o'k/margin"), "'/o'\\''k/margin'");
    }

    #[test]
    fn missing_lines_are_appended_once() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(".gitignore");
        std::fs::write(&file, "target/").unwrap();
        let lines = ignore_lines();
        assert_eq!(add_missing_lines(&file, &lines).unwrap(), lines);
        assert_eq!(
            add_missing_lines(&file, &lines).unwrap(),
            Vec::<String>::new()
        );
        let text = std::fs::read_to_string(&file).unwrap();
        assert_eq!(text, format!("target/\n{}\n", lines.join("\n")));
    }
}
