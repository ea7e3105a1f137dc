//! Fact-check aids in the reader: the evidence picker (`e`), the discrepancies view (`!`),
//! check-worthy sentences (`c` goes to the next one without a verdict, across the corpus;
//! `w` says why), coverage,
//! and `o` from a cited passage to the claim citing it.
//!
//! The findings are computed on a worker once the entity index is ready; coverage is
//! computed live from the check-worthy verdicts and the current annotations, since claims
//! change it; `w` scores the cursor sentence again to list its reasons.

use super::{App, Effect, Message, Mode, Position, Severity};
use crate::annotations::{Anchor, Evidence, Record, Relation};
use crate::corpus::ArticleId;
use crate::factcheck::{Candidate, Coverage, Findings, coverage};
use crate::text::ByteSpan;
use std::sync::Arc;

/// The findings of one computation on the index of `generation`, compared by identity.
#[derive(Clone, Debug)]
pub struct FindingsHandle {
    pub findings: Arc<Findings>,
    pub generation: u64,
}

impl PartialEq for FindingsHandle {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.findings, &other.findings)
    }
}

impl Eq for FindingsHandle {}

/// `e` on a claim: the sentences of the corpus ranked by what they share with it, a passage
/// held for it, and a search over every sentence (see [`super::evidence`]).
#[derive(Clone, Debug, PartialEq)]
pub struct EvidencePicker {
    /// The claim's article and span.
    pub article: ArticleId,
    pub span: ByteSpan,
    /// The rows shown: the held passage first when there is one, then the ranked candidates
    /// or, while searching, those that match and the other sentences that do.
    pub candidates: Vec<Candidate>,
    pub selected: usize,
    /// The ranked candidates, kept for when the search is cleared.
    pub ranked: Vec<Candidate>,
    /// Whether the first row is the passage held with `p` on a selection.
    pub held: bool,
    pub query: String,
    /// Whether the search is being typed.
    pub typing: bool,
}

// Scores are finite, so equality is total here.
impl Eq for EvidencePicker {}

/// How `c` reached the next sentence to review.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum QueueStep {
    /// Further on in this article.
    Here,
    /// In this article, above the cursor: every other article is reviewed.
    Wrapped,
    /// In an article after this one.
    NextArticle,
    /// Past the last article, in one before this one.
    WrappedToFirst,
}

/// Most candidates the picker lists.
const EVIDENCE_LIMIT: usize = 40;

impl App {
    pub fn findings(&self) -> Option<&Findings> {
        self.findings.as_ref().map(|f| f.findings.as_ref())
    }

    /// This article's check-worthy coverage with the annotations as they are now.
    pub fn coverage(&self, article: ArticleId) -> Option<Coverage> {
        let check = self.findings()?.article(article)?;
        let notes = self
            .annotations
            .notes
            .get(article.0)
            .map(|n| &n.annotations);
        Some(coverage::coverage(
            self.corpus.article(article)?,
            &check.checkworthy,
            notes,
        ))
    }

    /// Whether sentence `i` of the current article is check-worthy and not yet reviewed.
    pub fn needs_review(&self, i: usize) -> bool {
        let Some(check) = self.findings().and_then(|f| f.article(self.current)) else {
            return false;
        };
        let Some(span) = self.structure().sentences.get(i).map(|s| s.span()) else {
            return false;
        };
        let notes = self.notes().map(|n| &n.annotations);
        check.checkworthy.get(i).copied().unwrap_or(false) && !coverage::is_reviewed(notes, span)
    }

    pub(super) fn findings_ready(&mut self) -> bool {
        if self.findings.is_some() {
            return true;
        }
        let text = "the fact-check aids are still being computed (they follow the entity index)";
        self.message = Some(Message {
            severity: Severity::Info,
            text: text.into(),
        });
        false
    }

    /// `c`: the next check-worthy sentence without a verdict, across the corpus: on in this
    /// article, then in the articles after it (saying so when it enters one), wrapping round
    /// to the first article and back to this one.
    pub(super) fn next_checkworthy(&mut self) -> Vec<Effect> {
        if !self.findings_ready() {
            return Vec::new();
        }
        let Some((target, step)) = self.next_unreviewed() else {
            let done = self
                .corpus_coverage()
                .map_or(String::new(), |c| format!(" ({c})"));
            self.info(format!(
                "every check-worthy sentence of the corpus has a verdict{done}"
            ));
            return Vec::new();
        };
        let effects = self.jump(target);
        let why = self.why_text().unwrap_or_default();
        let title = self.article().map_or("", |a| a.title.as_str());
        let text = match step {
            QueueStep::Here => why,
            QueueStep::Wrapped => format!("{why} · wrapped to the top"),
            QueueStep::NextArticle => format!("next article: {title} · {why}"),
            QueueStep::WrappedToFirst => {
                format!("wrapped to the first article: {title} · {why}")
            }
        };
        self.info(text);
        effects
    }

    /// Where `c` goes from the cursor, and how it got there.
    fn next_unreviewed(&self) -> Option<(Position, QueueStep)> {
        let count = self.corpus.articles.len();
        let here = self.current.0;
        // This article after the cursor, the others in order from the one after it, then
        // this article again from its top.
        let mut order = vec![(here, Some(self.cursor))];
        order.extend((1..count).map(|k| ((here + k) % count, None)));
        order.push((here, None));
        order.into_iter().enumerate().find_map(|(k, (i, after))| {
            let article = self.corpus.articles.get(i)?;
            if article.problem().is_some() {
                return None;
            }
            let check = self.findings()?.article(ArticleId(i))?;
            let notes = self.annotations.notes.get(i).map(|n| &n.annotations);
            let sentence = coverage::next_unreviewed(article, &check.checkworthy, notes, after)?;
            let byte = article.structure().sentences[sentence].span().start;
            let step = match k {
                0 => QueueStep::Here,
                _ if i == here => QueueStep::Wrapped,
                _ if i < here => QueueStep::WrappedToFirst,
                _ => QueueStep::NextArticle,
            };
            Some((
                Position {
                    article: ArticleId(i),
                    byte,
                },
                step,
            ))
        })
    }

    /// The check-worthy coverage of the whole corpus, with the annotations as they are now.
    pub fn corpus_coverage(&self) -> Option<Coverage> {
        let findings = self.findings()?;
        let mut total = Coverage::default();
        for check in &findings.articles {
            let Some(c) = self.coverage(check.article) else {
                continue;
            };
            total.checkworthy += c.checkworthy;
            total.reviewed += c.reviewed;
            for (sum, n) in total.verdicts.iter_mut().zip(c.verdicts) {
                *sum += n;
            }
        }
        Some(total)
    }

    /// `w`: why the cursor sentence is (or is not) check-worthy.
    pub(super) fn explain_checkworthy(&mut self) {
        if !self.findings_ready() {
            return;
        }
        if let Some(text) = self.why_text() {
            self.info(text);
        }
    }

    fn why_text(&self) -> Option<String> {
        let findings = self.findings()?;
        let article = self.article()?;
        let mentions = self.entities.index()?.article_mentions(self.current);
        let score = findings.score(article, mentions, self.cursor)?;
        let text = &article.text();
        let coverage = self
            .coverage(self.current)
            .map_or(String::new(), |c| format!(" · {c}"));
        // The finding that made it check-worthy, explained.
        let finding = findings
            .findings_in(self.current, self.cursor)
            .next()
            .map_or(String::new(), |(d, _)| format!(" · {}", d.explanation));
        Some(format!("{}{finding}{coverage}", score.verdict(text)))
    }

    /// `e`: the evidence picker for the claim on the cursor sentence.
    pub(super) fn open_evidence_picker(&mut self) {
        if !self.index_ready() || !self.findings_ready() {
            return;
        }
        let Some(span) = self.cursor_span() else {
            return;
        };
        let (Some(findings), Some(index)) = (self.findings(), self.entities.index()) else {
            return;
        };
        let ranked = findings.evidence(&self.corpus, index, self.current, span, EVIDENCE_LIMIT);
        let held = self
            .held_passage
            .filter(|h| !(h.article == self.current && h.span.overlaps(span)))
            .and_then(|h| h.candidate(&self.corpus));
        if ranked.is_empty() && held.is_none() {
            self.info("no sentence shares enough with this one: / in the picker searches them all");
        }
        let candidates = held.iter().cloned().chain(ranked.iter().cloned()).collect();
        self.mode = Mode::Evidence(EvidencePicker {
            article: self.current,
            span,
            candidates,
            selected: 0,
            ranked,
            held: held.is_some(),
            query: String::new(),
            typing: false,
        });
    }

    /// `s` / `c` in the picker: cite the selected sentence as supporting or contradicting.
    pub(super) fn attach_evidence(&mut self, relation: Relation) -> Vec<Effect> {
        let Mode::Evidence(picker) = &self.mode else {
            return Vec::new();
        };
        let Some(candidate) = picker.candidates.get(picker.selected).cloned() else {
            return Vec::new();
        };
        let cites_held = picker.is_held(picker.selected);
        let claim_span = picker.span;
        let Some(cited) = self.corpus.article(candidate.article) else {
            return Vec::new();
        };
        let evidence = Evidence {
            article: cited.file.clone(),
            relation,
            anchor: Anchor::new(cited.text(), candidate.span),
        };
        let cited_title = cited.title.clone();
        self.mode = Mode::Reading;
        let existing = self
            .notes()
            .and_then(|n| n.annotations.claim_for(claim_span))
            .cloned();
        let Some(mut claim) = existing.or_else(|| self.new_claim(claim_span)) else {
            return Vec::new();
        };
        claim
            .evidence
            .retain(|e| !(e.article == evidence.article && e.anchor.span == evidence.anchor.span));
        claim.evidence.push(evidence);
        claim.updated = self.annotations.now;
        let effects = self.put_record(Record::Claim(claim));
        if !self.is_refused() {
            if cites_held {
                self.held_passage = None;
            }
            self.info(format!(
                "cited “{cited_title}” as {} evidence",
                evidence_kind(relation)
            ));
        }
        effects
    }

    /// `Enter` in the picker: read the candidate in its article.
    pub(super) fn open_evidence_candidate(&mut self) -> Vec<Effect> {
        let Mode::Evidence(picker) = &self.mode else {
            return Vec::new();
        };
        let Some(candidate) = picker.candidates.get(picker.selected).cloned() else {
            return Vec::new();
        };
        self.mode = Mode::Reading;
        self.jump(Position {
            article: candidate.article,
            byte: candidate.span.start,
        })
    }

    /// `o`: from a passage cited as evidence to the claim citing it (again: the next one).
    pub(super) fn open_citing_claim(&mut self) -> Vec<Effect> {
        let (Some(span), Some(article)) = (self.cursor_span(), self.article()) else {
            return Vec::new();
        };
        let file = article.file.clone();
        let notes: Vec<_> = self
            .annotations
            .notes
            .iter()
            .map(|n| &n.annotations)
            .collect();
        let citations = crate::annotations::citations_of(notes, &file, span);
        if citations.is_empty() {
            self.info("no claim cites this sentence");
            return Vec::new();
        }
        let targets: Vec<(String, ByteSpan, Relation)> = citations
            .iter()
            .map(|c| {
                (
                    c.article.to_string(),
                    c.claim.anchor.span,
                    c.evidence.relation,
                )
            })
            .collect();
        let (target_file, target_span, relation) = targets[0].clone();
        let Some(target) = self
            .corpus
            .articles
            .iter()
            .find(|a| a.file == target_file)
            .map(|a| a.id)
        else {
            return Vec::new();
        };
        let effects = self.jump(Position {
            article: target,
            byte: target_span.start,
        });
        let more = if targets.len() > 1 {
            format!(" (1 of {} citing claims)", targets.len())
        } else {
            String::new()
        };
        self.info(format!(
            "this claim cites that passage as {} evidence{more}",
            evidence_kind(relation)
        ));
        effects
    }

    /// `!`: the discrepancies view.
    pub(super) fn open_discrepancies(&mut self) {
        if !self.findings_ready() {
            return;
        }
        if self.findings().is_some_and(|f| f.discrepancies.is_empty()) {
            self.info("no discrepancies found between the articles");
            return;
        }
        self.mode = Mode::Discrepancies { selected: 0 };
    }

    /// The discrepancies view's rows: each group's members, as (group, member) indexes.
    pub fn discrepancy_rows(&self) -> Vec<(usize, usize)> {
        let Some(findings) = self.findings() else {
            return Vec::new();
        };
        findings
            .discrepancies
            .iter()
            .enumerate()
            .flat_map(|(g, d)| (0..d.members.len()).map(move |m| (g, m)))
            .collect()
    }

    pub(super) fn open_discrepancy_member(&mut self) -> Vec<Effect> {
        let Mode::Discrepancies { selected } = self.mode else {
            return Vec::new();
        };
        let Some((g, m)) = self.discrepancy_rows().get(selected).copied() else {
            return Vec::new();
        };
        let Some(member) = self
            .findings()
            .map(|f| f.discrepancies[g].members[m].clone())
        else {
            return Vec::new();
        };
        self.mode = Mode::Reading;
        let effects = self.jump(Position {
            article: member.article(),
            byte: member.span().start,
        });
        if let Some(explanation) = self
            .findings()
            .map(|f| f.discrepancies[g].explanation.clone())
        {
            self.info(explanation);
        }
        effects
    }

    /// `R`: the role ledger.
    pub(super) fn open_roles(&mut self) {
        if !self.findings_ready() {
            return;
        }
        if self.findings().is_some_and(|f| f.roles.roles.is_empty()) {
            self.info("no article names anyone with a title (“Prime Minister …”, “…, the finance minister”)");
            return;
        }
        self.mode = Mode::Roles { selected: 0 };
    }

    /// The role ledger's rows: roles (indexes into the ledger) person by person, by name,
    /// each person's in corpus order.
    pub fn role_rows(&self) -> Vec<usize> {
        self.findings().map_or(Vec::new(), |f| {
            f.roles
                .people()
                .into_iter()
                .flat_map(|(_, roles)| roles)
                .collect()
        })
    }

    /// `Enter` in the role ledger: read the selected mention in its article.
    pub(super) fn open_role(&mut self) -> Vec<Effect> {
        let Mode::Roles { selected } = self.mode else {
            return Vec::new();
        };
        let Some(role) = self
            .role_rows()
            .get(selected)
            .and_then(|&i| self.findings().and_then(|f| f.roles.roles.get(i)))
            .cloned()
        else {
            return Vec::new();
        };
        self.mode = Mode::Reading;
        let effects = self.jump(Position {
            article: role.article(),
            byte: role.span().start,
        });
        self.info(format!("{}: {}", role.name, role.describe()));
        effects
    }

    /// Takes the findings computed on the index shown; those of an older index are dropped.
    pub(super) fn findings_arrived(&mut self, findings: FindingsHandle) {
        let shown = self.entities.built.as_ref().map(|b| b.generation);
        if shown == Some(findings.generation) {
            self.findings = Some(findings);
            self.refresh_quotes();
        }
    }
}

/// "supporting" or "contradicting", for "cited … as supporting evidence".
fn evidence_kind(relation: Relation) -> &'static str {
    match relation {
        Relation::Supports => "supporting",
        Relation::Contradicts => "contradicting",
    }
}
