//! Annotating the current article: claim status (`V` `D` `U`), highlights of a selection,
//! notes, tags. Every change is one history edit, applied through the same path as its undo
//! (see `undo.rs`), and asks for the touched sidecars to be written at once.

use super::sidecars::ArticleNotes;
use super::undo::Change;
use super::{App, Effect, Message, Mode, Prompt, PromptKind, Severity};
use crate::annotations::history::{Edit, History};
use crate::annotations::{Anchor, AnnotationId, Claim, Highlight, Record, Status, Timestamp};
use crate::corpus::ArticleId;
use crate::text::ByteSpan;

/// Every article's annotations, the undo history and the clock of the latest action.
#[derive(Debug)]
pub struct AnnotationsState {
    /// By article (index = `ArticleId`).
    pub notes: Vec<ArticleNotes>,
    /// Every change of the session, annotations and entity corrections alike.
    pub history: History<Change>,
    /// The time stamped on records; the shell sets it before each action, tests fix it.
    pub now: Timestamp,
}

/// What a note or tags edit applies to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// The claim on this span (made when first given a note, tags or status).
    Claim(ByteSpan),
    Highlight(AnnotationId),
    /// A highlight to make on this span when the edit is saved.
    NewHighlight(ByteSpan),
}

impl App {
    pub fn notes(&self) -> Option<&ArticleNotes> {
        self.annotations.notes.get(self.current.0)
    }

    /// The span claims and highlights act on: the selection, else the cursor sentence.
    fn target_span(&self) -> Option<ByteSpan> {
        match &self.mode {
            Mode::Selecting(selection) => self.article().map(|a| selection.span(a.text())),
            _ => self.cursor_span(),
        }
    }

    /// Whether the current article refuses annotation (its sidecar does not parse).
    pub fn is_refused(&self) -> bool {
        self.notes().is_some_and(|n| n.error.is_some())
    }

    /// Refuses (with the reason in the status bar) when the article's sidecar is unusable.
    fn can_annotate(&mut self, article: ArticleId) -> bool {
        let Some(error) = self
            .annotations
            .notes
            .get(article.0)
            .and_then(|n| n.error.clone())
        else {
            return true;
        };
        self.message = Some(Message {
            severity: Severity::Error,
            text: error,
        });
        false
    }

    /// `V` `D` `U`: sets the status of the claim on the cursor sentence (or the selection).
    /// Unmarking a claim with nothing else on it removes it.
    pub(super) fn set_claim_status(&mut self, status: Option<Status>) -> Vec<Effect> {
        let Some(span) = self.target_span() else {
            return Vec::new();
        };
        if matches!(self.mode, Mode::Selecting(_)) {
            self.mode = Mode::Reading;
        }
        let existing = self
            .notes()
            .and_then(|n| n.annotations.claim_for(span))
            .cloned();
        let now = self.annotations.now;
        let effects = match (existing, status) {
            (None, None) => {
                self.info("this sentence is not marked");
                return Vec::new();
            }
            (Some(claim), None)
                if claim.note.is_empty() && claim.tags.is_empty() && claim.evidence.is_empty() =>
            {
                self.remove_record(&claim.id)
            }
            (Some(mut claim), status) => {
                claim.status = status;
                claim.updated = now;
                self.put_record(Record::Claim(claim))
            }
            (None, status) => {
                let Some(mut claim) = self.new_claim(span) else {
                    return Vec::new();
                };
                claim.status = status;
                self.put_record(Record::Claim(claim))
            }
        };
        if !self.is_refused() {
            self.info(match status {
                Some(Status::NotAClaim) => {
                    "marked not a claim: out of the check-worthy queue".to_string()
                }
                Some(status) => format!("marked {}", status.as_str()),
                None => "unmarked".to_string(),
            });
        }
        effects
    }

    pub(super) fn new_claim(&self, span: ByteSpan) -> Option<Claim> {
        let text = &self.article()?.text();
        let anchor = Anchor::new(text, span);
        let id = AnnotationId::generate(&anchor.quote, self.annotations.now);
        let mut claim = Claim::new(id, anchor, self.annotations.now);
        claim.author = self.author().to_owned();
        Some(claim)
    }

    fn new_highlight(&self, span: ByteSpan) -> Option<Highlight> {
        let text = &self.article()?.text();
        let anchor = Anchor::new(text, span);
        let id = AnnotationId::generate(&anchor.quote, self.annotations.now);
        let mut highlight = Highlight::new(id, anchor, self.annotations.now);
        highlight.author = self.author().to_owned();
        Some(highlight)
    }

    /// The name written on what this reader makes (`Config::author`, resolved at start);
    /// empty when unknown.
    pub fn author(&self) -> &str {
        self.config.author.as_deref().unwrap_or_default()
    }

    /// `Enter` while selecting: the selection becomes a highlight.
    pub(super) fn commit_highlight(&mut self) -> Vec<Effect> {
        let Some(span) = self.target_span() else {
            return Vec::new();
        };
        self.mode = Mode::Reading;
        if span.is_empty() {
            return Vec::new();
        }
        let Some(highlight) = self.new_highlight(span) else {
            return Vec::new();
        };
        let effects = self.put_record(Record::Highlight(highlight));
        if !self.is_refused() {
            self.info("highlighted (a: note, t: tags, x: remove)");
        }
        effects
    }

    /// `x`: removes the highlight under the cursor sentence.
    pub(super) fn delete_highlight(&mut self) -> Vec<Effect> {
        let Some(span) = self.cursor_span() else {
            return Vec::new();
        };
        let id = self
            .notes()
            .and_then(|n| n.annotations.highlights_overlapping(span).next())
            .map(|h| h.id.clone());
        match id {
            Some(id) => {
                let effects = self.remove_record(&id);
                self.info("highlight removed (u undoes)");
                effects
            }
            None => {
                self.info("no highlight in this sentence");
                Vec::new()
            }
        }
    }

    /// What `a` and `t` edit: a highlight being made or under the cursor, else the claim on
    /// the cursor sentence.
    pub(super) fn edit_target(&self) -> Option<Target> {
        let span = self.target_span()?;
        let notes = self.notes()?;
        if matches!(self.mode, Mode::Selecting(_)) {
            return Some(
                match notes
                    .annotations
                    .highlights()
                    .iter()
                    .find(|h| h.anchor.span == span)
                {
                    Some(h) => Target::Highlight(h.id.clone()),
                    None => Target::NewHighlight(span),
                },
            );
        }
        if notes.annotations.claim_for(span).is_none()
            && let Some(h) = notes.annotations.highlights_overlapping(span).next()
        {
            return Some(Target::Highlight(h.id.clone()));
        }
        Some(Target::Claim(span))
    }

    /// The note and tags the target has now.
    pub(super) fn target_contents(&self, target: &Target) -> (String, Vec<String>) {
        let Some(notes) = self.notes() else {
            return Default::default();
        };
        match target {
            Target::Claim(span) => notes
                .annotations
                .claim_for(*span)
                .map(|c| (c.note.clone(), c.tags.clone()))
                .unwrap_or_default(),
            Target::Highlight(id) => notes
                .annotations
                .highlight(id)
                .map(|h| (h.note.clone(), h.tags.clone()))
                .unwrap_or_default(),
            Target::NewHighlight(_) => Default::default(),
        }
    }

    /// Saves a new note and tags on the target, making the claim or highlight if needed.
    pub(super) fn write_target(
        &mut self,
        target: Target,
        note: Option<String>,
        tags: Option<Vec<String>>,
    ) -> Vec<Effect> {
        let now = self.annotations.now;
        let record = match &target {
            Target::Claim(span) => {
                let existing = self
                    .notes()
                    .and_then(|n| n.annotations.claim_for(*span))
                    .cloned();
                let Some(mut claim) = existing.or_else(|| self.new_claim(*span)) else {
                    return Vec::new();
                };
                if let Some(note) = note {
                    claim.note = note;
                }
                if let Some(tags) = tags {
                    claim.tags = tags;
                }
                claim.updated = now;
                Record::Claim(claim)
            }
            Target::Highlight(id) => {
                let Some(mut highlight) = self
                    .notes()
                    .and_then(|n| n.annotations.highlight(id))
                    .cloned()
                else {
                    return Vec::new();
                };
                if let Some(note) = note {
                    highlight.note = note;
                }
                if let Some(tags) = tags {
                    highlight.tags = tags;
                }
                highlight.updated = now;
                Record::Highlight(highlight)
            }
            Target::NewHighlight(span) => {
                let Some(mut highlight) = self.new_highlight(*span) else {
                    return Vec::new();
                };
                highlight.note = note.unwrap_or_default();
                highlight.tags = tags.unwrap_or_default();
                Record::Highlight(highlight)
            }
        };
        self.put_record(record)
    }

    /// `t`: a prompt for the target's tags, separated by commas; `Tab` completes.
    pub(super) fn start_tags(&mut self) {
        let Some(target) = self.edit_target() else {
            return;
        };
        if !self.can_annotate(self.current) {
            return;
        }
        let (_, tags) = self.target_contents(&target);
        let mut input = tags.join(", ");
        if !input.is_empty() {
            input.push_str(", ");
        }
        let before = (self.search.clone(), self.cursor);
        self.mode = Mode::Prompt(Prompt {
            kind: PromptKind::Tags(target),
            input,
            before,
        });
    }

    /// `Tab` in the tags prompt: completes the last tag from the tags used anywhere.
    pub(super) fn complete_tag(&mut self) {
        let known = self.all_tags();
        let Mode::Prompt(prompt) = &mut self.mode else {
            return;
        };
        if !matches!(prompt.kind, PromptKind::Tags(_)) {
            return;
        }
        let start = prompt.input.rfind(',').map_or(0, |i| i + 1);
        let partial = prompt.input[start..].trim_start().to_string();
        let typed: Vec<String> = parse_tags(&prompt.input[..start]);
        let matches: Vec<&String> = known
            .iter()
            .filter(|t| t.starts_with(&partial) && !typed.contains(t))
            .collect();
        let Some(first) = matches.first() else { return };
        let common = matches.iter().fold(first.to_string(), |acc, t| {
            acc.chars()
                .zip(t.chars())
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a)
                .collect()
        });
        let completed = if matches.len() == 1 {
            format!("{first}, ")
        } else {
            common
        };
        prompt.input.truncate(start);
        if start > 0 {
            prompt.input.push(' ');
        }
        prompt.input.push_str(&completed);
    }

    /// Every tag used in the corpus, sorted.
    pub fn all_tags(&self) -> Vec<String> {
        let mut tags: Vec<String> = self
            .annotations
            .notes
            .iter()
            .flat_map(|n| n.annotations.tags())
            .map(str::to_string)
            .collect();
        tags.sort();
        tags.dedup();
        tags
    }

    pub(super) fn put_record(&mut self, record: Record) -> Vec<Effect> {
        if !self.can_annotate(self.current) {
            return Vec::new();
        }
        let Some(notes) = self.notes() else {
            return Vec::new();
        };
        // The reader's edit of a record a git merge flagged settles the flag.
        let edit = Edit::put(&notes.annotations, record.settled());
        self.commit(edit)
    }

    fn remove_record(&mut self, id: &AnnotationId) -> Vec<Effect> {
        if !self.can_annotate(self.current) {
            return Vec::new();
        }
        let Some(edit) = self.notes().and_then(|n| Edit::remove(&n.annotations, id)) else {
            return Vec::new();
        };
        self.commit(edit)
    }

    /// Records an edit in the history and applies it.
    pub(super) fn commit(&mut self, edit: Edit) -> Vec<Effect> {
        self.annotations
            .history
            .record(Change::Annotations(edit.clone()));
        self.apply_edit(&edit)
    }

    /// Applies an edit (new, undone or redone) to every article it touches and asks for their
    /// sidecars to be written.
    pub(super) fn apply_edit(&mut self, edit: &Edit) -> Vec<Effect> {
        let mut effects = Vec::new();
        for name in edit.articles() {
            let Some(id) = self
                .corpus
                .articles
                .iter()
                .find(|a| a.file == name)
                .map(|a| a.id)
            else {
                continue;
            };
            let Some(notes) = self.annotations.notes.get_mut(id.0) else {
                continue;
            };
            edit.apply(&mut notes.annotations);
            if let Some(article) = self.corpus.article(id) {
                place_or_orphan(notes, edit, article);
            }
            if notes.annotations.text_sha256().is_empty()
                && let Some(article) = self.corpus.article(id)
            {
                notes.annotations =
                    super::sidecars::with_text_hash(&notes.annotations, article.text());
            }
            if let Some(path) = &notes.path {
                effects.push(Effect::WriteSidecar {
                    article: id,
                    path: path.clone(),
                    annotations: notes.annotations.clone(),
                    base: notes.base.clone(),
                    legacy: notes.legacy.clone(),
                });
            }
        }
        effects
    }

    /// A sidecar was written or read again; what it holds (merged with the file on disk)
    /// becomes ours and the base of the next save.
    pub(super) fn sidecar_saved(&mut self, article: ArticleId, synced: super::sidecars::Synced) {
        if let Some(notes) = self.annotations.notes.get_mut(article.0) {
            notes.adopt(synced);
        }
    }

    /// A sidecar could not be written. When the file on disk has become unreadable, the
    /// article refuses annotation until it is fixed; the change stays in memory meanwhile.
    pub(super) fn sidecar_failed(
        &mut self,
        article: ArticleId,
        error: String,
        unreadable: bool,
        seen: Option<crate::annotations::sidecar::Fingerprint>,
    ) {
        if let Some(notes) = self.annotations.notes.get_mut(article.0) {
            if unreadable {
                notes.error = Some(error.clone());
            }
            if seen.is_some() {
                notes.seen = seen;
            }
        }
        self.message = Some(Message {
            severity: Severity::Error,
            text: error,
        });
    }
}

/// Keeps the orphans of `notes` right for the records `edit` changed: a record put back on
/// a quote that is not in the text (an undone re-attachment) is an orphan again.
fn place_or_orphan(notes: &mut ArticleNotes, edit: &Edit, article: &crate::corpus::Article) {
    let text = article.text();
    for put in edit.puts.iter().filter(|p| p.article == article.file) {
        for record in [&put.before, &put.after].into_iter().flatten() {
            notes.orphans.retain(|id| id != record.id());
        }
        if let Some(record) = &put.after
            && notes.annotations.get(record.id()).is_some()
        {
            let anchor = record.anchor();
            let placed =
                text.get(anchor.span.start..anchor.span.end) == Some(anchor.quote.as_str());
            if !placed {
                notes.orphans.push(record.id().clone());
            }
        }
    }
}

/// Tags typed in a prompt: separated by commas, trimmed, without repeats, in order.
pub fn parse_tags(input: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in input.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if !tags.iter().any(|t| t == tag) {
            tags.push(tag.to_string());
        }
    }
    tags
}
