//! `Corrections`: what the reader changed about the extracted entities, saved as RON beside
//! the corpus and applied whenever the index is built, so they hold everywhere at once and
//! survive rebuilds.
//!
//! Mentions are identified by (article file name, byte span), entities by canonical name
//! (every entity of that name, whatever its label). Marks are placed when each article is
//! prepared; the other corrections then apply in the order they were made, each seeing the
//! names left by the ones before it. A correction whose entity or mention no longer exists is
//! skipped and reported ([`super::UnappliedCorrection`]), never dropped from the file.

mod edit;

pub use edit::CorrectionEdit;

use super::Label;
use super::index::{Draft, DraftGroup, UnappliedCorrection};
use crate::annotations::Timestamp;
use crate::text::ByteSpan;
use serde::{Deserialize, Serialize};

mod file;
mod merge;
pub use file::{OnDisk, fingerprint, load_file, reload, save_file, save_merged};
pub use merge::replay;

/// The format version written by [`Corrections::to_ron`].
pub const VERSION: u32 = 1;

/// The corrections file's name, beside the corpus. It does not end in `.margin.ron`, so no
/// article's sidecar (`<file name>.margin.ron`) can take it.
pub const FILE_NAME: &str = "margin-entities.ron";
/// Its name before: the sidecar of an article named `entities.txt` used to be called the
/// same. Still read (when it holds corrections), and moved on the first save.
pub const LEGACY_FILE_NAME: &str = "entities.margin.ron";

/// The reader's corrections, in the order they were made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Corrections {
    #[serde(default = "current_version")]
    pub version: u32,
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

fn current_version() -> u32 {
    VERSION
}

impl Default for Corrections {
    fn default() -> Self {
        Self {
            version: VERSION,
            corrections: Vec::new(),
        }
    }
}

/// One correction by the reader.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Correction {
    /// The entity named `entity` is called `to`; renaming onto an existing entity of the
    /// same label merges the two.
    Rename {
        entity: String,
        to: String,
        #[serde(default, skip_serializing_if = "Signature::is_unsigned")]
        by: Signature,
    },
    /// The mentions of `entity` belong to `into`, which keeps its name and label.
    Merge {
        entity: String,
        into: String,
        #[serde(default, skip_serializing_if = "Signature::is_unsigned")]
        by: Signature,
    },
    /// The mention at `doc` `start..end` becomes an entity of its own, named `name` or its
    /// text.
    Split {
        doc: String,
        start: usize,
        end: usize,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        #[serde(default, skip_serializing_if = "Signature::is_unsigned")]
        by: Signature,
    },
    /// The entity is not one: its mentions disappear.
    Ignore {
        entity: String,
        #[serde(default, skip_serializing_if = "Signature::is_unsigned")]
        by: Signature,
    },
    /// The text `quote` at `doc` `start..end` is a mention with `label`; it replaces the
    /// mentions it overlaps and joins the entity its text names (or the entity `name`). When
    /// the article changed, the occurrence of `quote` nearest to `start` is used.
    Mark {
        doc: String,
        start: usize,
        end: usize,
        quote: String,
        label: Label,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        #[serde(default, skip_serializing_if = "Signature::is_unsigned")]
        by: Signature,
    },
}

/// Who made a correction and when. Provenance, not content: equality ignores it, so one
/// correction made by two readers is one correction when their files merge, and undo finds a
/// correction whoever signed it. Absent from files written before corrections were signed.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    pub author: String,
    pub made: Timestamp,
}

impl Signature {
    pub fn is_unsigned(&self) -> bool {
        self.author.is_empty() && self.made == Timestamp::default()
    }
}

impl PartialEq for Signature {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Signature {}

impl Correction {
    /// Who made it and when.
    pub fn signature(&self) -> &Signature {
        match self {
            Correction::Rename { by, .. }
            | Correction::Merge { by, .. }
            | Correction::Split { by, .. }
            | Correction::Ignore { by, .. }
            | Correction::Mark { by, .. } => by,
        }
    }

    /// The same correction, made by `author` at `made`.
    pub fn signed(mut self, author: &str, made: Timestamp) -> Self {
        let (Correction::Rename { by, .. }
        | Correction::Merge { by, .. }
        | Correction::Split { by, .. }
        | Correction::Ignore { by, .. }
        | Correction::Mark { by, .. }) = &mut self;
        *by = Signature {
            author: author.to_owned(),
            made,
        };
        self
    }
}

/// What can go wrong reading corrections.
#[derive(Debug, thiserror::Error)]
pub enum CorrectionsError {
    #[error("entity corrections: line {line}, column {column}: {message}")]
    Parse {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("entity corrections: version {0} is newer than this margin understands ({VERSION})")]
    UnsupportedVersion(u32),
    #[error("entity corrections: cannot write RON: {0}")]
    Write(String),
}

/// A mark of one article, as [`Corrections::marks_for`] gives it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct MarkRef<'a> {
    pub start: usize,
    pub end: usize,
    pub quote: &'a str,
    pub label: Label,
    pub name: Option<&'a str>,
}

impl MarkRef<'_> {
    /// Where the mark lies in `text`: its span if it still holds the quote, else the
    /// occurrence of the quote nearest to it, else nowhere.
    pub fn place(&self, text: &str) -> Option<ByteSpan> {
        if self.quote.is_empty() {
            return None;
        }
        if let Some(span) = ByteSpan::checked(text, self.start, self.end)
            && span.slice(text) == self.quote
        {
            return Some(span);
        }
        text.match_indices(self.quote)
            .map(|(at, _)| at)
            .min_by_key(|&at| at.abs_diff(self.start))
            .map(|at| ByteSpan::new(at, at + self.quote.len()))
    }
}

impl Corrections {
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads corrections from RON (a UTF-8 byte order mark before it is skipped); errors name
    /// the line and column.
    pub fn from_ron(text: &str) -> Result<Self, CorrectionsError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let corrections: Corrections =
            ron::from_str(text).map_err(|e| CorrectionsError::Parse {
                line: e.span.start.line,
                column: e.span.start.col,
                message: e.code.to_string(),
            })?;
        if corrections.version > VERSION {
            return Err(CorrectionsError::UnsupportedVersion(corrections.version));
        }
        Ok(corrections)
    }

    /// The corrections as pretty RON, one correction per line-group, in their order.
    pub fn to_ron(&self) -> Result<String, CorrectionsError> {
        let config = ron::ser::PrettyConfig::new().struct_names(false);
        ron::ser::to_string_pretty(self, config).map_err(|e| CorrectionsError::Write(e.to_string()))
    }

    /// Adds a correction after the others.
    pub fn push(&mut self, correction: Correction) {
        self.corrections.push(correction);
    }

    pub fn len(&self) -> usize {
        self.corrections.len()
    }

    pub fn is_empty(&self) -> bool {
        self.corrections.is_empty()
    }

    /// The marks for the article `doc`, with their index among the corrections.
    pub(crate) fn marks_for<'a>(
        &'a self,
        doc: &'a str,
    ) -> impl Iterator<Item = (usize, MarkRef<'a>)> + 'a {
        self.corrections
            .iter()
            .enumerate()
            .filter_map(move |(index, c)| match c {
                Correction::Mark {
                    doc: d,
                    start,
                    end,
                    quote,
                    label,
                    name,
                    ..
                } if d == doc => Some((
                    index,
                    MarkRef {
                        start: *start,
                        end: *end,
                        quote,
                        label: *label,
                        name: name.as_deref(),
                    },
                )),
                _ => None,
            })
    }

    /// Applies the corrections other than marks to `draft`, in order; reports those that
    /// found nothing to apply to.
    pub(crate) fn apply(&self, draft: &mut Draft, unapplied: &mut Vec<UnappliedCorrection>) {
        for (index, correction) in self.corrections.iter().enumerate() {
            let outcome = match correction {
                Correction::Rename { entity, to, .. } => rename(draft, entity, to),
                Correction::Merge { entity, into, .. } => merge(draft, entity, into),
                Correction::Split {
                    doc,
                    start,
                    end,
                    name,
                    ..
                } => split(draft, doc, ByteSpan::new(*start, *end), name.as_deref()),
                Correction::Ignore { entity, .. } => ignore(draft, entity),
                Correction::Mark { .. } => Ok(()),
            };
            if let Err(reason) = outcome {
                unapplied.push(UnappliedCorrection { index, reason });
            }
        }
    }
}

fn no_entity(name: &str) -> String {
    format!("no entity is named {name:?}")
}

fn rename(draft: &mut Draft, entity: &str, to: &str) -> Result<(), String> {
    let ids = draft.groups_named(entity);
    if ids.is_empty() {
        return Err(no_entity(entity));
    }
    for id in ids {
        let label = draft.groups[id].label;
        match draft
            .groups_named(to)
            .into_iter()
            .find(|&t| t != id && draft.groups[t].label == label)
        {
            Some(target) => draft.move_group(id, target),
            None => draft.groups[id].name = to.to_string(),
        }
    }
    Ok(())
}

fn merge(draft: &mut Draft, entity: &str, into: &str) -> Result<(), String> {
    let from = draft.groups_named(entity);
    let Some(&target) = draft.groups_named(into).first() else {
        return Err(no_entity(into));
    };
    if from.is_empty() {
        return Err(no_entity(entity));
    }
    for id in from.into_iter().filter(|&id| id != target) {
        draft.move_group(id, target);
    }
    Ok(())
}

fn split(draft: &mut Draft, doc: &str, span: ByteSpan, name: Option<&str>) -> Result<(), String> {
    let Some((article, index)) = draft.find_mention(doc, span) else {
        return Err(format!("no mention at {doc} {}..{}", span.start, span.end));
    };
    let a = &draft.articles[article];
    let label = a.mentions[index].label;
    let wanted = name.map_or_else(
        || draft.names.get(a.surfaces[index]).to_string(),
        str::to_string,
    );
    let mut unique = wanted.clone();
    let mut n = 2;
    while draft
        .groups_named(&unique)
        .iter()
        .any(|&g| draft.groups[g].label == label)
    {
        unique = format!("{wanted} #{n}");
        n += 1;
    }
    draft.groups.push(DraftGroup {
        name: unique,
        label,
        alive: true,
    });
    draft.assign(article, index, draft.groups.len() - 1);
    Ok(())
}

fn ignore(draft: &mut Draft, entity: &str) -> Result<(), String> {
    let ids = draft.groups_named(entity);
    if ids.is_empty() {
        return Err(no_entity(entity));
    }
    for id in ids {
        // A dead group's mentions are left out of the index.
        draft.groups[id].alive = false;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
