//! Each article's annotations as the app holds them: the sidecar's path, what it holds, what
//! was last seen on disk, which records could not be placed on the current text, and whether
//! it can be written.
//!
//! A sidecar is written beside its article only when that is safe: the folder can be written,
//! the sidecar (new or legacy name) is not a symlink, and the folder's real path is inside the
//! corpus folder. Otherwise margin says why and keeps the work under the data folder.

mod listing;

use listing::{Entry, Listings};

use crate::annotations::sidecar::{self, Fingerprint, Sidecar, SidecarError};
use crate::annotations::{AnnotationId, Annotations, Placement};
use crate::config::{Folders, is_writable};
use crate::corpus::{Article, ArticleId, Corpus, Origin};
use std::path::{Path, PathBuf};

/// One article's annotations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleNotes {
    /// Where they are saved; `None` keeps them in memory only (tests, unsaved corpora).
    pub path: Option<PathBuf>,
    pub annotations: Annotations,
    /// Records whose quote is no longer in the text: kept in the file, listed, never dropped.
    pub orphans: Vec<AnnotationId>,
    /// Records placed by a fuzzy or moved match, with the span they were found at.
    pub moved: Vec<(AnnotationId, crate::text::ByteSpan)>,
    /// Why the sidecar cannot be used (it does not parse); annotating is refused until fixed.
    pub error: Option<String>,
    /// What the app last read from or saved to the sidecar: what differs from it is the
    /// reader's change, to be stamped and merged on the next save.
    pub base: Annotations,
    /// The sidecar file as last read or saved, to notice when another process changed it.
    pub seen: Option<Fingerprint>,
    /// The sidecar under its pre-version-2 name, when it belongs to this article: read while
    /// the new one does not exist, moved to the new name on the first save.
    pub legacy: Option<PathBuf>,
}

/// An article's annotations after a save or after reading the sidecar again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Synced {
    /// What the app holds now: the file merged with the reader's changes.
    pub annotations: Annotations,
    /// What the file holds (the same after a save): what the next save compares with to find
    /// the reader's changes.
    pub base: Annotations,
    /// The file's fingerprint then.
    pub seen: Option<Fingerprint>,
}

impl ArticleNotes {
    /// Empty annotations kept in memory. The text's hash is left empty until the first save
    /// (see [`with_text_hash`]): hashing a large corpus at start-up would delay the first
    /// frame for nothing.
    pub fn unsaved(article: &Article) -> Self {
        let annotations = Annotations::with_hash(article.file.clone(), String::new());
        ArticleNotes {
            path: None,
            base: annotations.clone(),
            annotations,
            orphans: Vec::new(),
            moved: Vec::new(),
            error: None,
            seen: None,
            legacy: None,
        }
    }

    /// Takes in what the sidecar holds now (after a save, or read again because another
    /// process changed it).
    pub fn adopt(&mut self, synced: Synced) {
        self.base = synced.base;
        self.annotations = synced.annotations;
        self.seen = synced.seen;
        // The file parses (again): the article can be annotated.
        self.error = None;
        if self.path.as_ref().is_some_and(|p| p.exists()) {
            self.legacy = None;
        }
        let ids: Vec<AnnotationId> = self.annotations.records().map(|r| r.id().clone()).collect();
        self.orphans.retain(|id| ids.contains(id));
        self.moved.retain(|(id, _)| ids.contains(id));
    }

    /// Takes what a sidecar holds, placing every record on the article's current text.
    pub fn placed(
        mut annotations: Annotations,
        article: &Article,
    ) -> (
        Vec<AnnotationId>,
        Vec<(AnnotationId, crate::text::ByteSpan)>,
        Annotations,
    ) {
        let mut orphans = Vec::new();
        let mut moved = Vec::new();
        if !annotations.matches_text(article.text()) {
            for (id, placement) in annotations.reanchor(article.text()) {
                match placement {
                    Placement::Orphaned => orphans.push(id),
                    Placement::Moved { span, .. } => moved.push((id, span)),
                    Placement::Exact(_) => {}
                }
            }
            // A moved record is shown where it was found (and marked moved); the file keeps
            // the old anchor until the record is next saved.
            for (id, span) in &moved {
                annotations.reattach(id, crate::annotations::Anchor::new(article.text(), *span));
            }
        }
        (orphans, moved, annotations)
    }

    pub fn is_orphaned(&self, id: &AnnotationId) -> bool {
        self.orphans.contains(id)
    }
}

/// `annotations` with the hash of `text` filled in if it was left empty.
pub fn with_text_hash(annotations: &Annotations, text: &str) -> Annotations {
    if !annotations.text_sha256().is_empty() {
        return annotations.clone();
    }
    let hash = crate::annotations::text_sha256(text);
    Annotations::from_records(annotations.article(), hash, annotations.records())
        .unwrap_or_else(|_| annotations.clone())
}

/// Where an article's sidecar goes: beside the article when that is safe (see the module
/// doc), else under the data folder (always there for the embedded corpus). The second value
/// says why the data folder was used, for the status bar.
pub fn sidecar_file(
    folders: &Folders,
    origin: &Origin,
    article: &Article,
) -> (PathBuf, Option<String>) {
    sidecar_file_with(folders, origin, article, is_writable)
}

/// [`sidecar_file`] with the test of whether a folder can be written given.
pub fn sidecar_file_with(
    folders: &Folders,
    origin: &Origin,
    article: &Article,
    writable: impl FnMut(&Path) -> bool,
) -> (PathBuf, Option<String>) {
    let inside = |f: &Path| is_inside(f, origin);
    sidecar_file_tested(folders, origin, article, is_symlink, inside, writable)
}

/// [`sidecar_file`] with the tests of links and folders given, so that a caller placing many
/// articles' sidecars asks each folder once (resolving a path takes a system call per
/// component) and answers links from a listing.
fn sidecar_file_tested(
    folders: &Folders,
    origin: &Origin,
    article: &Article,
    mut is_link: impl FnMut(&Path) -> bool,
    mut inside: impl FnMut(&Path) -> bool,
    mut writable: impl FnMut(&Path) -> bool,
) -> (PathBuf, Option<String>) {
    let file_name = format!(
        "{}{}",
        Path::new(&article.file)
            .file_name()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned()),
        sidecar::SUFFIX
    );
    let Some(path) = &article.path else {
        return (folders.corpus_store(origin).join(file_name), None);
    };
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), PathBuf::from);
    let beside = sidecar::sidecar_path(path);
    let store = folders.fallback_store(origin);
    let why = if let Some(link) = [&beside, &sidecar::legacy_sidecar_path(path)]
        .into_iter()
        .find(|p| is_link(p))
    {
        format!(
            "{} is a symbolic link: margin does not write through links; annotations are saved in {}",
            link.display(),
            store.display()
        )
    } else if !inside(&folder) {
        format!(
            "{} leads outside the corpus folder: annotations are saved in {}",
            folder.display(),
            store.display()
        )
    } else if !writable(&folder) {
        format!(
            "{} cannot be written: annotations are saved in {}",
            folder.display(),
            store.display()
        )
    } else {
        return (beside, None);
    };
    (store.join(file_name), Some(why))
}

fn is_symlink(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// Whether `folder`'s real path is inside the corpus folder's (always, for corpora of single
/// files: each file's folder is where the reader pointed).
fn is_inside(folder: &Path, origin: &Origin) -> bool {
    let Origin::Folder(root) = origin else {
        return true;
    };
    match (folder.canonicalize(), root.canonicalize()) {
        (Ok(folder), Ok(root)) => folder.starts_with(root),
        // A folder that cannot be resolved cannot be written either; `writable` says so.
        _ => true,
    }
}

/// The legacy sidecar (named after the article's stem, beside `sidecar`) when it belongs to
/// `article`: it names this article, or names no other article of the corpus (a renamed
/// article keeps its notes). A legacy file that holds entity corrections is never an
/// article's.
fn legacy_for(
    corpus: &Corpus,
    article: &Article,
    sidecar: &Path,
    listings: &mut Listings,
) -> Option<PathBuf> {
    let name = sidecar
        .file_name()?
        .to_str()?
        .strip_suffix(sidecar::SUFFIX)?;
    let path = sidecar.with_file_name(name);
    let legacy = sidecar::legacy_sidecar_path(&path);
    if legacy == sidecar
        || listings.is_symlink(&legacy)
        || listings.entry(&legacy) == Some(Entry::Nothing)
    {
        return None;
    }
    let text = crate::corpus::file::read_to_string(&legacy, 1 << 30).ok()?;
    let owner = match sidecar::from_ron(&text) {
        Ok(annotations) => annotations.article().to_string(),
        Err(_) if crate::entities::Corrections::from_ron(&text).is_ok() => return None,
        // Unreadable: the article it is named after gets it, and its error.
        Err(_) => article.file.clone(),
    };
    let someone_else = owner != article.file && corpus.articles.iter().any(|a| a.file == owner);
    (!someone_else).then_some(legacy)
}

/// Reads every article's sidecar. Problems come back as messages; a sidecar that does not
/// parse is left untouched on disk and its article refuses annotation. Temporary files that
/// a killed margin left in those folders are removed first.
pub fn load(corpus: &Corpus, folders: &Folders) -> (Vec<ArticleNotes>, Vec<String>) {
    let mut messages = Vec::new();
    // Whether a folder can be written is asked once per folder, not once per article: the
    // test creates a file, and a corpus may hold thousands of articles in one folder.
    let mut writable: std::collections::HashMap<PathBuf, bool> = std::collections::HashMap::new();
    let mut inside: std::collections::HashMap<PathBuf, bool> = std::collections::HashMap::new();
    let mut tidied: std::collections::HashSet<PathBuf> = std::collections::HashSet::new();
    // A corpus folder's articles and sidecars are mostly in one folder: list it once.
    let mut listings = Listings::new(matches!(corpus.origin, Origin::Folder(_)));
    let notes = corpus
        .articles
        .iter()
        .map(|article| {
            let cached_inside = |dir: &Path| {
                *inside
                    .entry(dir.to_path_buf())
                    .or_insert_with(|| is_inside(dir, &corpus.origin))
            };
            let cached_writable = |dir: &Path| {
                *writable
                    .entry(dir.to_path_buf())
                    .or_insert_with(|| is_writable(dir))
            };
            let (path, fallback) = sidecar_file_tested(
                folders,
                &corpus.origin,
                article,
                |p| listings.is_symlink(p),
                cached_inside,
                cached_writable,
            );
            if let Some(why) = fallback
                && !messages.contains(&why)
            {
                messages.push(why);
            }
            if let Some(folder) = path.parent()
                && tidied.insert(folder.to_path_buf())
            {
                sidecar::remove_stale_temporaries(folder);
            }
            let legacy = if listings.exists(&path) {
                None
            } else {
                legacy_for(corpus, article, &path, &mut listings)
            };
            let mut notes = ArticleNotes::unsaved(article);
            let mut reader = Sidecar::new(&path).with_legacy(legacy.clone());
            match reader.read() {
                Ok(Some(annotations)) => {
                    notes.base = annotations.clone();
                    let (orphans, moved, annotations) = ArticleNotes::placed(annotations, article);
                    if !orphans.is_empty() {
                        messages.push(format!(
                            "{}: {} not be placed on the changed text (kept; see C)",
                            article.file,
                            crate::text::count(
                                orphans.len(),
                                "annotation could",
                                "annotations could"
                            )
                        ));
                    }
                    notes.annotations = annotations;
                    notes.orphans = orphans;
                    notes.moved = moved;
                }
                Ok(None) => {}
                Err(error) => {
                    messages.push(refusal(&error));
                    notes.error = Some(refusal(&error));
                }
            }
            notes.seen = reader.seen();
            notes.legacy = legacy;
            notes.path = Some(path);
            notes
        })
        .collect();
    (notes, messages)
}
/// What changed on disk since the app last read or saved these articles' sidecars: for each
/// sidecar whose file is not the one last seen (size, time, inode), the file is read and
/// merged with what the app holds, as a `SidecarSaved` action (or `SidecarFailed` when it no
/// longer parses). Cheap when nothing changed: one `stat` per article. The shell calls it
/// before handling keys and when idle, so what other readers save shows up on screen.
pub fn changed_on_disk(
    notes: &[ArticleNotes],
    articles: impl IntoIterator<Item = ArticleId>,
) -> Vec<crate::app::action::Action> {
    use crate::app::action::Action;
    let mut actions = Vec::new();
    for article in articles {
        let Some(notes) = notes.get(article.0) else {
            continue;
        };
        let Some(path) = &notes.path else {
            continue;
        };
        let on_disk = sidecar::fingerprint(path)
            .or_else(|| notes.legacy.as_deref().and_then(sidecar::fingerprint));
        if on_disk == notes.seen {
            continue;
        }
        let mut reader = Sidecar::new(path).with_legacy(notes.legacy.clone());
        actions.push(match reader.reload(&notes.annotations, &notes.base) {
            Ok((annotations, base)) => Action::SidecarSaved {
                article,
                synced: Box::new(Synced {
                    annotations,
                    base,
                    seen: reader.seen(),
                }),
            },
            Err(error) => Action::SidecarFailed {
                article,
                unreadable: error.is_unreadable_content(),
                error: refusal(&error),
                seen: reader.seen().or(on_disk),
            },
        });
    }
    actions
}

/// The message for a sidecar that cannot be used.
pub fn refusal(error: &SidecarError) -> String {
    format!("{error} — annotations of this article are not saved until the file is fixed")
}
