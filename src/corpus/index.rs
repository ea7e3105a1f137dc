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
    /// Where the article was published: an `http://` or `https://` address (`gx` opens it,
    /// and exports name the article by it).
    #[serde(default)]
    pub url: Option<String>,
}

impl IndexFile {
    /// Parses an index; errors name `path` with the line and column of the problem. A UTF-8
    /// byte order mark (as some editors write) is skipped.
    pub fn from_ron(source: &str, path: &Path) -> Result<Self, CorpusError> {
        let source = source.strip_prefix('\u{FEFF}').unwrap_or(source);
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

/// The longest `file` an index entry may name, in bytes (the usual `PATH_MAX`).
pub const MAX_FILE_BYTES: usize = 4096;

/// The longest title, id, source, date or corpus name an index may hold, in bytes: far above
/// any headline, and short enough that drawing one costs nothing.
pub const MAX_TEXT_BYTES: usize = 1024;

/// `index` without the entries whose fields are longer than margin accepts (each reported,
/// naming the index and the entry), and without an overlong corpus name.
pub(super) fn within_limits(index: IndexFile, path: &Path) -> (IndexFile, Vec<CorpusWarning>) {
    let mut warnings = Vec::new();
    let mut warn = |problem: String| {
        warnings.push(CorpusWarning {
            file: path.to_path_buf(),
            problem,
        });
    };
    let name = index.name.filter(|name| {
        let fits = name.len() <= MAX_TEXT_BYTES;
        if !fits {
            warn(format!(
                "the corpus name is {} bytes long; margin accepts up to {MAX_TEXT_BYTES}, so the folder's name is used",
                name.len()
            ));
        }
        fits
    });
    let mut articles = Vec::with_capacity(index.articles.len());
    for (i, mut entry) in index.articles.into_iter().enumerate() {
        let entry_name = format!("entry {} (file \"{}\")", i + 1, shorten(&entry.file, 40));
        if let Some((field, len, max)) = overlong_field(&entry) {
            warn(format!(
                "{entry_name}: its {field} is {len} bytes long; margin accepts up to {max}, so the entry is left out"
            ));
            continue;
        }
        if let Some(url) = entry.url.take_if(|url| !is_web_address(url)) {
            warn(format!(
                "{entry_name}: its url \"{}\" is not an http:// or https:// address, so it is left out",
                shorten(&url, 60)
            ));
        }
        articles.push(entry);
    }
    (IndexFile { name, articles }, warnings)
}

/// The first field of `entry` longer than margin accepts: its name, length and limit.
fn overlong_field(entry: &IndexEntry) -> Option<(&'static str, usize, usize)> {
    if entry.file.len() > MAX_FILE_BYTES {
        return Some(("file name", entry.file.len(), MAX_FILE_BYTES));
    }
    let texts = [
        ("title", Some(&entry.title)),
        ("id", entry.id.as_ref()),
        ("source", entry.source.as_ref()),
        ("date", entry.date.as_ref()),
        ("url", entry.url.as_ref()),
    ];
    texts.into_iter().find_map(|(field, text)| {
        let len = text?.len();
        (len > MAX_TEXT_BYTES).then_some((field, len, MAX_TEXT_BYTES))
    })
}

/// Whether `url` is an `http://` or `https://` address with a host and nothing a shell, a
/// terminal or an IRI would misread (no spaces, controls or quotes).
pub fn is_web_address(url: &str) -> bool {
    let rest = ["http://", "https://"].iter().find_map(|scheme| {
        url.get(..scheme.len())
            .filter(|s| s.eq_ignore_ascii_case(scheme))
            .map(|s| &url[s.len()..])
    });
    let Some(rest) = rest else {
        return false;
    };
    let host_present = rest.chars().next().is_some_and(|c| c != '/');
    host_present
        && !url.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                || matches!(c, '"' | '<' | '>' | '\\' | '`' | '{' | '}' | '|' | '^')
        })
        && !url.chars().any(crate::text::display::is_neutralised)
}

/// Derives an index for a folder without one: its `.txt` and `.md` files by name, each titled
/// by its first line. A file is opened only once its real path is known to lie in `dir` and
/// it is known to be a regular file: a link out of the folder or a named pipe is reported,
/// never read.
pub(super) fn derive(dir: &Path) -> Result<(IndexFile, Vec<CorpusWarning>), CorpusError> {
    let read_err = |error| CorpusError::Read {
        path: dir.to_path_buf(),
        error,
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(read_err)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| is_article_file(p))
        .collect();
    files.sort();
    let mut warnings = Vec::new();
    let articles = files
        .iter()
        .filter_map(|path| {
            let name = path.file_name()?.to_string_lossy().into_owned();
            let refuse = |problem: String| CorpusWarning {
                file: path.clone(),
                problem,
            };
            if let Err(problem) = may_open(dir, path) {
                warnings.extend(problem.map(refuse));
                return None;
            }
            // Only the first line is needed for the title; the text itself is read later.
            let head = match super::file::read_head(path, 4096) {
                Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
                Err(err) => {
                    warnings.push(refuse(format!("cannot read: {err}")));
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

/// Whether a file found in `dir` may be opened as an article, checked before anything is
/// opened; else the problem to report (`None`: leave it out silently, as a folder named
/// `notes.md`).
fn may_open(dir: &Path, path: &Path) -> Result<(), Option<String>> {
    if leaves_folder_by_link(dir, path) {
        return Err(Some(
            "refused: it links outside the corpus folder".to_string(),
        ));
    }
    match std::fs::metadata(path) {
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            Err(Some("is a link to nothing".to_string()))
        }
        Err(err) => Err(Some(format!("cannot read: {err}"))),
        Ok(meta) if meta.is_dir() => Err(None),
        Ok(meta) => match super::file::not_a_file(&meta) {
            Some(what) => Err(Some(format!("is {what}, not an article"))),
            None => Ok(()),
        },
    }
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
        url: None,
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
pub(super) fn leaves_folder_by_link(dir: &Path, path: &Path) -> bool {
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
    fn a_byte_order_mark_before_the_index_is_skipped() {
        let index = IndexFile::from_ron(
            "\u{FEFF}(articles: [(file: \"a.txt\", title: \"A\")])",
            Path::new("index.ron"),
        )
        .unwrap();
        assert_eq!(index.articles[0].file, "a.txt");
    }

    #[test]
    fn overlong_fields_leave_their_entry_out_naming_index_and_entry() {
        let long_title = "T".repeat(MAX_TEXT_BYTES + 1);
        let long_file = format!("{}.txt", "n".repeat(MAX_FILE_BYTES));
        let source = format!(
            r#"(name: "{long_title}", articles: [(file: "a.txt", title: "A"), (file: "b.txt", title: "{long_title}"), (file: "{long_file}", title: "C"), (file: "d.txt", title: "D", source: "{long_title}")])"#
        );
        let path = Path::new("corpus/index.ron");
        let index = IndexFile::from_ron(&source, path).unwrap();
        let (index, warnings) = within_limits(index, path);
        let files: Vec<&str> = index.articles.iter().map(|a| a.file.as_str()).collect();
        assert_eq!(files, ["a.txt"]);
        assert_eq!(index.name, None);
        let problems: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems[0].starts_with("corpus/index.ron: the corpus name is 1025 bytes long"));
        assert_eq!(
            problems[1],
            "corpus/index.ron: entry 2 (file \"b.txt\"): its title is 1025 bytes long; margin accepts up to 1024, so the entry is left out"
        );
        assert!(
            problems[2].contains("entry 3 (file \"nnnn"),
            "{}",
            problems[2]
        );
        assert!(
            problems[2].contains("its file name is 4100 bytes long"),
            "{}",
            problems[2]
        );
        assert!(
            problems[3].contains("entry 4 (file \"d.txt\"): its source"),
            "{}",
            problems[3]
        );
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
