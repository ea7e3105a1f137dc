//! `index.ron`: the list of a corpus's articles, read from the folder or derived from its files.

use super::{CorpusError, CorpusWarning};
use ron::extensions::Extensions;
use serde::Deserialize;
use std::path::{Component, Path, PathBuf};

/// The contents of an `index.ron`. Optional fields may be written bare (`date: "2025-04-20"`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexFile {
    #[serde(default)]
    pub name: Option<String>,
    pub articles: Vec<IndexEntry>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexEntry {
    /// A short stable name for the article; defaults to the file stem.
    #[serde(default)]
    pub id: Option<String>,
    /// The article's file, relative to the corpus folder.
    pub file: String,
    pub title: String,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
}

impl IndexFile {
    /// Parses an index; errors name `path` with the line and column of the problem.
    pub fn from_ron(source: &str, path: &Path) -> Result<Self, CorpusError> {
        ron::Options::default()
            .with_default_extension(Extensions::IMPLICIT_SOME)
            .from_str(source)
            .map_err(|err: ron::error::SpannedError| CorpusError::Index {
                path: path.to_path_buf(),
                line: err.span.start.line,
                column: err.span.start.col,
                message: err.code.to_string(),
            })
    }
}

/// Derives an index for a folder without one: its `.txt` and `.md` files by name, each titled
/// by its first line.
pub(super) fn derive(dir: &Path) -> Result<(IndexFile, Vec<CorpusWarning>), CorpusError> {
    let read_err = |source| CorpusError::Read {
        path: dir.to_path_buf(),
        source,
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(read_err)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && is_article_file(p))
        .collect();
    files.sort();
    let mut warnings = Vec::new();
    let articles = files
        .iter()
        .filter_map(|path| {
            let name = path.file_name()?.to_string_lossy().into_owned();
            // Only the first line is needed for the title; the text itself is read later.
            let head = match first_line_of(path) {
                Ok(line) => line,
                Err(err) => {
                    warnings.push(CorpusWarning {
                        file: path.clone(),
                        problem: format!("cannot read: {err}"),
                    });
                    return None;
                }
            };
            let mut entry = derived_entry(path, &head);
            entry.file = name;
            Some(entry)
        })
        .collect();
    Ok((
        IndexFile {
            name: None,
            articles,
        },
        warnings,
    ))
}

fn is_article_file(path: &Path) -> bool {
    matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("txt" | "md" | "markdown")
    )
}

fn first_line_of(path: &Path) -> std::io::Result<String> {
    use std::io::Read;
    let mut buf = vec![0; 4096];
    let mut file = std::fs::File::open(path)?;
    let n = file.read(&mut buf)?;
    buf.truncate(n);
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

/// An index entry for a file read on its own: titled by its first non-blank line.
pub(super) fn derived_entry(path: &Path, text: &str) -> IndexEntry {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let first = first.trim_start_matches('#').trim();
    let title = if first.is_empty() {
        stem.clone()
    } else {
        shorten(first, 100)
    };
    IndexEntry {
        id: Some(stem),
        file: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        title,
        source: None,
        date: None,
    }
}

fn shorten(line: &str, max_chars: usize) -> String {
    match line.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}…", line[..cut].trim_end()),
        None => line.to_string(),
    }
}

/// The path of an index entry's file, or `None` (with a warning) when it would leave `dir`.
pub(super) fn resolve(
    dir: &Path,
    file: &str,
    warnings: &mut Vec<CorpusWarning>,
) -> Option<PathBuf> {
    let relative = Path::new(file);
    let escapes = relative.components().any(|c| {
        matches!(
            c,
            Component::ParentDir | Component::RootDir | Component::Prefix(_)
        )
    });
    let path = dir.join(relative);
    let refused = escapes || leaves_folder_by_link(dir, &path);
    if refused {
        warnings.push(CorpusWarning {
            file: path,
            problem: format!("refused: index entry \"{file}\" points outside the corpus folder"),
        });
        return None;
    }
    Some(path)
}

/// Whether a path inside `dir` resolves (through symbolic links) to somewhere outside it.
/// A plain file directly in the folder cannot, which spares resolving every article of a
/// large corpus (two `realpath` walks each); anything else is resolved and compared.
fn leaves_folder_by_link(dir: &Path, path: &Path) -> bool {
    let direct = path.parent() == Some(dir);
    if direct && std::fs::symlink_metadata(path).is_ok_and(|m| !m.file_type().is_symlink()) {
        return false;
    }
    match (dir.canonicalize(), path.canonicalize()) {
        (Ok(dir), Ok(path)) => !path.starts_with(dir),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn optional_fields_may_be_written_without_some() {
        let index = IndexFile::from_ron(
            r#"(articles: [(file: "a.txt", title: "A", date: "2025-04-20")])"#,
            Path::new("index.ron"),
        )
        .unwrap();
        assert_eq!(index.articles[0].date.as_deref(), Some("2025-04-20"));
    }

    #[test]
    fn a_malformed_index_names_file_line_and_column() {
        let err = IndexFile::from_ron(
            "(\n  articles: [\n    (file: \"a.txt\" title: \"A\")\n  ]\n)",
            Path::new("x/index.ron"),
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("x/index.ron:3:"), "{err}");
        assert!(err.contains("malformed index"), "{err}");
    }

    #[test]
    fn a_derived_title_is_the_first_line_without_markdown_hashes() {
        let entry = derived_entry(Path::new("notes/brief.md"), "\n# Trade talks stall\nBody.");
        assert_eq!(entry.title, "Trade talks stall");
        assert_eq!(entry.file, "brief.md");
    }

    #[test]
    fn a_symbolic_link_out_of_the_folder_is_refused() {
        let outside = tempfile::tempdir().unwrap();
        let corpus = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret.txt"), "secret").unwrap();
        std::os::unix::fs::symlink(
            outside.path().join("secret.txt"),
            corpus.path().join("link.txt"),
        )
        .unwrap();
        std::fs::write(corpus.path().join("plain.txt"), "plain").unwrap();
        let mut warnings = Vec::new();
        assert!(resolve(corpus.path(), "link.txt", &mut warnings).is_none());
        assert!(resolve(corpus.path(), "plain.txt", &mut warnings).is_some());
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn parent_and_absolute_paths_are_refused() {
        let mut warnings = Vec::new();
        assert!(resolve(Path::new("corpus"), "../secret.txt", &mut warnings).is_none());
        assert!(resolve(Path::new("corpus"), "/etc/passwd", &mut warnings).is_none());
        assert_eq!(warnings.len(), 2);
        assert!(warnings[0].problem.contains("outside the corpus folder"));
    }
}
