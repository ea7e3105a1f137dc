//! Each article's annotations as the app holds them: the sidecar's path, what it holds,
//! which records could not be placed on the current text, and whether it can be written.

use crate::annotations::sidecar::{self, SidecarError};
use crate::annotations::{AnnotationId, Annotations, Placement};
use crate::config::{Folders, is_writable};
use crate::corpus::{Article, Corpus, Origin};
use std::path::PathBuf;

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
    /// Ids removed this session, so merging with the file on disk does not bring them back.
    pub removed: Vec<AnnotationId>,
}

impl ArticleNotes {
    /// Empty annotations kept in memory. The text's hash is left empty until the first save
    /// (see [`with_text_hash`]): hashing a large corpus at start-up would delay the first
    /// frame for nothing.
    pub fn unsaved(article: &Article) -> Self {
        ArticleNotes {
            path: None,
            annotations: Annotations::with_hash(article.file.clone(), String::new()),
            orphans: Vec::new(),
            moved: Vec::new(),
            error: None,
            removed: Vec::new(),
        }
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

/// Where an article's sidecar goes: beside the article when its folder can be written, else
/// under the data folder (always there for the embedded corpus). The second value says why
/// the data folder was used, for the status bar.
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
    mut writable: impl FnMut(&std::path::Path) -> bool,
) -> (PathBuf, Option<String>) {
    let file_name = format!(
        "{}{}",
        std::path::Path::new(&article.file)
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned()),
        sidecar::SUFFIX
    );
    if let Some(path) = &article.path {
        let folder = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), PathBuf::from);
        if writable(&folder) {
            return (sidecar::sidecar_path(path), None);
        }
        let store = folders.fallback_store(origin);
        let why = format!(
            "{} cannot be written: annotations are saved in {}",
            folder.display(),
            store.display()
        );
        return (store.join(file_name), Some(why));
    }
    (folders.corpus_store(origin).join(file_name), None)
}

/// Reads every article's sidecar. Problems come back as messages; a sidecar that does not
/// parse is left untouched on disk and its article refuses annotation.
pub fn load(corpus: &Corpus, folders: &Folders) -> (Vec<ArticleNotes>, Vec<String>) {
    let mut messages = Vec::new();
    // Whether a folder can be written is asked once per folder, not once per article: the
    // test creates a file, and a corpus may hold thousands of articles in one folder.
    let mut writable: std::collections::HashMap<PathBuf, bool> = std::collections::HashMap::new();
    let notes = corpus
        .articles
        .iter()
        .map(|article| {
            let mut cached = |dir: &std::path::Path| {
                *writable
                    .entry(dir.to_path_buf())
                    .or_insert_with(|| is_writable(dir))
            };
            let (path, fallback) = sidecar_file_with(folders, &corpus.origin, article, &mut cached);
            if let Some(why) = fallback
                && !messages.contains(&why)
            {
                messages.push(why);
            }
            let mut notes = ArticleNotes::unsaved(article);
            match sidecar::read(&path) {
                Ok(Some(annotations)) => {
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
            notes.path = Some(path);
            notes
        })
        .collect();
    (notes, messages)
}

/// The message for a sidecar that cannot be used.
pub fn refusal(error: &SidecarError) -> String {
    format!("{error} — annotations of this article are not saved until the file is fixed")
}
