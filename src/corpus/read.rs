//! Reading a folder's listed articles: all at once on every core, or only checked (there,
//! a regular file, small enough) and left to be read on first use.

use super::{Article, ArticleId, CorpusWarning, IndexEntry, file};
use std::path::{Path, PathBuf};

/// How a folder's listed articles become articles: read now, or checked and read later. The
/// warnings are for files left out.
pub(super) type MakeArticles =
    fn(Vec<(IndexEntry, PathBuf)>, &mut Vec<CorpusWarning>) -> Vec<Article>;

/// Reads every listed article now (on every core).
pub(super) fn read_articles(
    listed: Vec<(IndexEntry, PathBuf)>,
    warnings: &mut Vec<CorpusWarning>,
) -> Vec<Article> {
    let mut articles = Vec::with_capacity(listed.len());
    for read in read_all(listed) {
        warnings.extend(read.problems);
        if let Some(text) = read.text {
            let id = ArticleId(articles.len());
            articles.push(Article::new(id, read.entry, Some(read.path), text));
        }
    }
    articles
}

/// Checks that each listed article is there and small enough, and leaves reading it to its
/// first use.
pub(super) fn list_articles(
    listed: Vec<(IndexEntry, PathBuf)>,
    warnings: &mut Vec<CorpusWarning>,
) -> Vec<Article> {
    let mut articles = Vec::with_capacity(listed.len());
    for (entry, path) in listed {
        if let Some(problem) = unusable(&path) {
            warnings.push(CorpusWarning {
                file: path,
                problem,
            });
            continue;
        }
        let id = ArticleId(articles.len());
        articles.push(Article::unread(id, entry, path));
    }
    articles
}

/// Why a listed article cannot be used at all, from its metadata: it is missing, not a
/// regular file (a folder, a named pipe, a device), or too large.
fn unusable(path: &Path) -> Option<String> {
    match std::fs::metadata(path) {
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            Some("file not found; the other articles are loaded".to_string())
        }
        Err(err) => Some(format!("cannot read: {err}")),
        Ok(meta) => match file::not_a_file(&meta) {
            Some(what) => Some(format!("is {what}, not an article")),
            None if meta.len() >= MAX_ARTICLE_BYTES => Some(too_large(meta.len())),
            None => None,
        },
    }
}

/// One listed article after reading: its text, unless it could not be read, and what was
/// wrong with it.
struct ReadArticle {
    entry: IndexEntry,
    path: PathBuf,
    text: Option<String>,
    problems: Vec<CorpusWarning>,
}

impl ReadArticle {
    fn read(entry: IndexEntry, path: PathBuf) -> Self {
        let mut problems = Vec::new();
        let text = read_text(&path, &mut problems);
        ReadArticle {
            entry,
            path,
            text,
            problems,
        }
    }
}

/// Reads the listed articles on as many threads as there are cores, keeping their order:
/// reading and checking the UTF-8 of a 100 MB corpus is most of the time before its first frame
/// (about 230 ms for 10,000 articles on one core).
fn read_all(listed: Vec<(IndexEntry, PathBuf)>) -> Vec<ReadArticle> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    if threads < 2 || listed.len() < 64 {
        return listed
            .into_iter()
            .map(|(entry, path)| ReadArticle::read(entry, path))
            .collect();
    }
    let chunk = listed.len().div_ceil(threads);
    let mut chunks: Vec<Vec<(IndexEntry, PathBuf)>> = Vec::new();
    let mut rest = listed.into_iter();
    loop {
        let part: Vec<_> = rest.by_ref().take(chunk).collect();
        if part.is_empty() {
            break;
        }
        chunks.push(part);
    }
    std::thread::scope(|scope| {
        let workers: Vec<_> = chunks
            .into_iter()
            .map(|part| {
                scope.spawn(move || {
                    part.into_iter()
                        .map(|(entry, path)| ReadArticle::read(entry, path))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// The warning for an article of `size` bytes, over [`MAX_ARTICLE_BYTES`].
fn too_large(size: u64) -> String {
    format!(
        "is {:.1} GiB; margin reads articles under 4 GiB, so it is left out",
        size as f64 / f64::from(1u32 << 30)
    )
}

/// The largest article margin reads, in bytes: offsets into an article are kept as `u32` in
/// the structures that hold one per mention, sentence or row.
pub const MAX_ARTICLE_BYTES: u64 = u32::MAX as u64;

/// Reads an article, decoding invalid UTF-8 lossily; `None` (with a warning) if unreadable,
/// not a regular file or larger than [`MAX_ARTICLE_BYTES`].
pub(super) fn read_text(path: &Path, warnings: &mut Vec<CorpusWarning>) -> Option<String> {
    let mut warn = |problem: String| {
        warnings.push(CorpusWarning {
            file: path.to_path_buf(),
            problem,
        });
    };
    if let Some(problem) = unusable(path) {
        warn(problem);
        return None;
    }
    let bytes = match file::read(path, MAX_ARTICLE_BYTES) {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            warn("file not found; the other articles are loaded".to_string());
            return None;
        }
        Err(err) => {
            warn(format!("cannot read: {err}"));
            return None;
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let at = err.utf8_error().valid_up_to();
            warn(format!(
                "not valid UTF-8 (first bad byte at offset {at}); shown with \u{FFFD} in its place"
            ));
            String::from_utf8_lossy(err.as_bytes()).into_owned()
        }
    };
    if text.len() as u64 >= MAX_ARTICLE_BYTES {
        // Replacement characters made it grow past the limit.
        warn(too_large(text.len() as u64));
        return None;
    }
    if text.trim().is_empty() {
        warn("is empty".into());
    }
    Some(text)
}
