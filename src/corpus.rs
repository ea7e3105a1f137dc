//! The corpus: its articles in reading order, `index.ron`, and the seed corpus embedded in
//! the binary.
//!
//! Loading never stops at one bad article: problems that leave the rest readable (a missing
//! file, non-UTF-8 bytes, an empty file, an index path that leaves the corpus folder) become
//! [`CorpusWarning`]s naming the file; only an unreadable or malformed index is an error.

pub mod file;
mod index;
mod read;
mod seeds;

use crate::text::{ByteSpan, Structure};
pub use index::{IndexEntry, IndexFile, MAX_FILE_BYTES, MAX_TEXT_BYTES};
pub use read::MAX_ARTICLE_BYTES;
use read::{MakeArticles, list_articles, read_articles, read_text};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// An article's position in its corpus (0-based, in reading order).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ArticleId(pub usize);

/// One article: its metadata, its text exactly as read, and the text's structure.
#[derive(Debug, PartialEq, Eq)]
pub struct Article {
    pub id: ArticleId,
    /// The article's file name (`000_30275bd4750cc261.txt`): the `doc` of exported mentions.
    pub file: String,
    /// Where the text was read from; `None` for the embedded seed corpus.
    pub path: Option<PathBuf>,
    pub title: String,
    pub source: Option<String>,
    pub date: Option<String>,
    /// Where it was published (an `http(s)://` address checked when the index was read).
    pub url: Option<String>,
    /// The text exactly as read and what was wrong with the file, read on first use when the
    /// corpus was opened lazily (see [`Corpus::open_lazily`]).
    loaded: OnceLock<Loaded>,
    /// Paragraphs and sentences, found on first use: a corpus of thousands of articles opens
    /// without splitting every one of them first.
    structure: OnceLock<Structure>,
}

/// An article's text with the problem reading it, if any (kept, not fatal: the text is then
/// what could be read, possibly nothing).
#[derive(Debug, PartialEq, Eq)]
struct Loaded {
    text: String,
    problem: Option<String>,
}

impl Article {
    pub fn new(id: ArticleId, entry: IndexEntry, path: Option<PathBuf>, text: String) -> Self {
        Self {
            id,
            file: entry.file,
            path,
            title: entry.title,
            source: entry.source,
            date: entry.date,
            url: entry.url,
            loaded: OnceLock::from(Loaded {
                text,
                problem: None,
            }),
            structure: OnceLock::new(),
        }
    }

    /// An article whose text is read from `path` on first use.
    fn unread(id: ArticleId, entry: IndexEntry, path: PathBuf) -> Self {
        Self {
            id,
            file: entry.file,
            path: Some(path),
            title: entry.title,
            source: entry.source,
            date: entry.date,
            url: entry.url,
            loaded: OnceLock::new(),
            structure: OnceLock::new(),
        }
    }

    /// The article's text exactly as read (read now if the corpus was opened lazily; a file
    /// that cannot be read gives an empty text and a [`Article::problem`]).
    pub fn text(&self) -> &str {
        &self.load().text
    }

    /// What was wrong with the article's file when its text was read; `None` also while it
    /// has not been read.
    pub fn problem(&self) -> Option<&str> {
        self.loaded.get().and_then(|l| l.problem.as_deref())
    }

    fn load(&self) -> &Loaded {
        self.loaded.get_or_init(|| {
            let mut warnings = Vec::new();
            let text = self
                .path
                .as_deref()
                .and_then(|path| read_text(path, &mut warnings))
                .unwrap_or_default();
            let problem = warnings.into_iter().next().map(|w| w.problem);
            Loaded { text, problem }
        })
    }

    /// The article's paragraphs and sentences (split on first call, then kept).
    pub fn structure(&self) -> &Structure {
        self.structure.get_or_init(|| Structure::of(self.text()))
    }

    /// The text of sentence `i` (an index into `structure().sentences`).
    pub fn sentence_text(&self, i: usize) -> Option<&str> {
        let span = self.structure().sentences.get(i)?.span();
        Some(span.slice(self.text()))
    }

    /// The article's structure if it is split already; never splits.
    pub fn structure_if_split(&self) -> Option<&Structure> {
        self.structure.get()
    }

    /// Keeps `structure`, split elsewhere (a structure built in slices by the reader), as the
    /// article's. It must be `Structure::of(&self.text)`; when the article holds its
    /// structure already, `structure` is dropped.
    pub fn keep_structure(&self, structure: Structure) {
        debug_assert!(
            structure
                .paragraphs
                .last()
                .is_none_or(|p| p.span.end <= self.text().len())
        );
        let _ = self.structure.set(structure);
    }
}

/// Where a corpus came from, which decides where its sidecars and session state live.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The seed corpus compiled into the binary.
    Embedded,
    /// A folder (with or without `index.ron`).
    Folder(PathBuf),
    /// Files named one by one on the command line.
    Files(Vec<PathBuf>),
}

impl Origin {
    /// A stable key for the session file: the same corpus reopens at the same place.
    pub fn key(&self) -> String {
        match self {
            Origin::Embedded => "embedded:seeds".to_string(),
            Origin::Folder(dir) => format!("folder:{}", dir.display()),
            Origin::Files(files) => {
                let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
                format!("files:{}", names.join("|"))
            }
        }
    }

    /// The folder the corpus lives in: the folder itself, or the first file's folder; `None`
    /// for the embedded corpus.
    pub fn folder(&self) -> Option<&std::path::Path> {
        match self {
            Origin::Embedded => None,
            Origin::Folder(dir) => Some(dir),
            Origin::Files(files) => files.first().and_then(|f| f.parent()),
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct Corpus {
    pub name: String,
    pub origin: Origin,
    pub articles: Vec<Article>,
    pub warnings: Vec<CorpusWarning>,
}

/// A problem with one file that did not stop the corpus from loading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorpusWarning {
    pub file: PathBuf,
    pub problem: String,
}

impl CorpusWarning {
    /// The warning with the file's name only, for a status line.
    pub fn short(&self) -> String {
        let name = self.file.file_name().map_or_else(
            || self.file.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        format!("{name}: {}", self.problem)
    }
}

impl fmt::Display for CorpusWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.problem)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    /// The error is part of the message, not a `source`: printed as a chain, it would be
    /// said twice.
    #[error("{path}: cannot read: {error}")]
    Read {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("{path}:{line}:{column}: malformed index: {message}")]
    Index {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: no articles (a corpus folder holds index.ron or .txt/.md files)")]
    Empty { path: PathBuf },
    #[error("{path}: {problem}")]
    Unreadable { path: PathBuf, problem: String },
}

impl Corpus {
    /// The seed corpus compiled into the binary.
    pub fn embedded() -> Self {
        seeds::corpus()
    }

    /// Opens what the command line names: one folder (with `index.ron`, or of `.txt`/`.md`
    /// files), or one or more article files.
    pub fn open(paths: &[PathBuf]) -> Result<Self, CorpusError> {
        match paths {
            [dir] if dir.is_dir() => open_folder(dir),
            files => open_files(files),
        }
    }

    /// As [`Corpus::open`], but a folder's articles are only listed and checked (that each
    /// file is there and under 4 GiB), not read: each text is read on first use, so the reader
    /// shows the first article of a large corpus without reading the others first. Problems
    /// found on reading come back from [`Article::problem`] and [`Corpus::read_problems`].
    pub fn open_lazily(paths: &[PathBuf]) -> Result<Self, CorpusError> {
        match paths {
            [dir] if dir.is_dir() => open_folder_with(dir, list_articles),
            files => open_files(files),
        }
    }

    /// The problems found so far on reading articles of a lazily opened corpus, as warnings.
    pub fn read_problems(&self) -> Vec<CorpusWarning> {
        self.articles
            .iter()
            .filter_map(|a| {
                let problem = a.problem()?;
                Some(CorpusWarning {
                    file: a.path.clone().unwrap_or_else(|| PathBuf::from(&a.file)),
                    problem: problem.to_string(),
                })
            })
            .collect()
    }

    /// A corpus of in-memory texts `(file name, text)`, titled by their first lines; for
    /// generated corpora, benchmarks and tests.
    pub fn from_texts(name: &str, texts: Vec<(String, String)>) -> Self {
        let articles = texts
            .into_iter()
            .enumerate()
            .map(|(i, (file, text))| {
                let entry = index::derived_entry(Path::new(&file), &text);
                Article::new(ArticleId(i), entry, None, text)
            })
            .collect();
        Corpus {
            name: name.to_string(),
            origin: Origin::Embedded,
            articles,
            warnings: Vec::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.articles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    pub fn article(&self, id: ArticleId) -> Option<&Article> {
        self.articles.get(id.0)
    }

    /// The words at `span` of an article: what findings point at without copying it. ""
    /// for an article or span this corpus does not have.
    pub fn words(&self, article: ArticleId, span: ByteSpan) -> &str {
        self.article(article)
            .and_then(|a| a.text().get(span.range()))
            .unwrap_or("")
    }
}

fn open_folder(dir: &Path) -> Result<Corpus, CorpusError> {
    open_folder_with(dir, read_articles)
}

fn open_folder_with(dir: &Path, make: MakeArticles) -> Result<Corpus, CorpusError> {
    let index_path = dir.join("index.ron");
    let (index, mut warnings) = match std::fs::symlink_metadata(&index_path) {
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => index::derive(dir)?,
        _ => {
            let source = read_index(dir, &index_path)?;
            let index = IndexFile::from_ron(&source, &index_path)?;
            index::within_limits(index, &index_path)
        }
    };
    let name = index.name.clone().unwrap_or_else(|| folder_name(dir));
    let mut listed = Vec::with_capacity(index.articles.len());
    for entry in index.articles {
        if let Some(path) = index::resolve(dir, &entry.file, &mut warnings) {
            listed.push((entry, path));
        }
    }
    let articles = make(listed, &mut warnings);
    if articles.is_empty() && warnings.is_empty() {
        return Err(CorpusError::Empty {
            path: dir.to_path_buf(),
        });
    }
    let origin = Origin::Folder(dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf()));
    Ok(Corpus {
        name,
        origin,
        articles,
        warnings,
    })
}

fn open_files(files: &[PathBuf]) -> Result<Corpus, CorpusError> {
    let mut warnings = Vec::new();
    let mut articles = Vec::new();
    for path in files {
        if path.is_dir() {
            warnings.push(CorpusWarning {
                file: path.clone(),
                problem: "is a folder; open one folder at a time".into(),
            });
            continue;
        }
        let Some(text) = read_text(path, &mut warnings) else {
            continue;
        };
        let entry = index::derived_entry(path, &text);
        let id = ArticleId(articles.len());
        articles.push(Article::new(id, entry, Some(path.clone()), text));
    }
    if articles.is_empty() {
        if let Some(w) = warnings.first() {
            let problem = w
                .problem
                .trim_end_matches("; the other articles are loaded")
                .to_string();
            return Err(CorpusError::Unreadable {
                path: w.file.clone(),
                problem,
            });
        }
        return Err(CorpusError::Empty {
            path: PathBuf::from("."),
        });
    }
    let name = match files {
        [one] => one
            .file_name()
            .map_or_else(|| one.display().to_string(), |n| n.to_string_lossy().into()),
        _ => format!("{} files", files.len()),
    };
    Ok(Corpus {
        name,
        // Canonical paths, so `margin a.txt` and `margin ~/news/a.txt` are one corpus in the
        // session file however the file was named.
        origin: Origin::Files(
            files
                .iter()
                .map(|f| f.canonicalize().unwrap_or_else(|_| f.clone()))
                .collect(),
        ),
        articles,
        warnings,
    })
}

/// The largest `index.ron` margin reads: far above any real corpus's (about 150 bytes an
/// article), far below what would exhaust memory.
const MAX_INDEX_BYTES: u64 = 256 << 20;

/// The text of a folder's `index.ron`, which must be a regular file inside the folder: an
/// index linking elsewhere is not read at all (its parse errors would quote the other file).
fn read_index(dir: &Path, index_path: &Path) -> Result<String, CorpusError> {
    if index::leaves_folder_by_link(dir, index_path) {
        return Err(CorpusError::Unreadable {
            path: index_path.to_path_buf(),
            problem: "refused: it links outside the corpus folder".into(),
        });
    }
    file::read_to_string(index_path, MAX_INDEX_BYTES).map_err(|error| CorpusError::Read {
        path: index_path.to_path_buf(),
        error,
    })
}

fn folder_name(dir: &Path) -> String {
    dir.canonicalize()
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| dir.display().to_string())
}
