//! Reading one article's quotes: quotations with their attributions, and reported speech
//! (see the parent module for the forms read).

use super::{Quote, Speech};
use crate::corpus::Article;
use crate::entities::{ArticleMention, EntityId, Label};
use crate::factcheck::stance::ReportingVerbs;
use crate::text::{ByteSpan, ParagraphKind};
use std::collections::HashSet;
use unicode_segmentation::UnicodeSegmentation;

/// The reporting verbs as lowercase single words.
pub(super) struct VerbWords(HashSet<String>);

impl VerbWords {
    pub(super) fn new(verbs: &ReportingVerbs) -> Self {
        let words = verbs
            .asserting
            .iter()
            .chain(&verbs.denying)
            .chain(&verbs.quoting)
            .filter(|v| !v.contains(' '))
            .map(|v| v.to_lowercase())
            .collect();
        Self(words)
    }

    fn contains(&self, word: &str) -> bool {
        // Every word of the corpus is asked about: most are lowercase already.
        if word.bytes().any(|b| b.is_ascii_uppercase()) || !word.is_ascii() {
            self.0.contains(&word.to_lowercase())
        } else {
            self.0.contains(word)
        }
    }
}

/// Labels of entities that can speak. A group's adjective ("Japanese negotiators") names
/// no one who can be quoted.
fn can_speak(label: Label) -> bool {
    matches!(label, Label::Person | Label::Org | Label::Gpe)
}

/// Words that may stand between a speaker and the verb: adverbs in -ly and these.
const BETWEEN_SPEAKER_AND_VERB: &[&str] = &[
    "has", "have", "had", "also", "then", "now", "later", "again", "still", "once", "will",
    "would", "could", "might", "may", "did", "does", "is", "was", "had", "later", "soon",
];

/// Lowercase words that may stand in a title between a verb and the speaker after it: "said
/// the former minister Taro Kono".
const IN_TITLES: &[&str] = &["the", "of", "for", "former", "deputy", "acting", "then"];

/// Words before a name that make it part of someone else's description: "a student at
/// Yonsei University, said".
const PREPOSITIONS: &[&str] = &[
    "at", "of", "from", "for", "in", "with", "by", "on", "to", "about", "against",
];

/// Verbs whose first word after them is the listener when no "that" follows: "told reporters
/// the deal was dead".
const TO_A_LISTENER: &[&str] = &["tell", "tells", "told", "ask", "asks", "asked"];

/// Pronouns that stand for the person named last.
fn is_personal_pronoun(word: &str) -> bool {
    matches!(word, "he" | "she" | "He" | "She")
}

/// Words allowed between a speaker and the verb: "Ishiba recently emphasised", "Japan has
/// firmly denied".
const MAX_GAP_BEFORE_VERB: usize = 2;
/// Words allowed between a verb and the speaker after it: titles ("said Economy Minister
/// Huda Al-Rashid").
const MAX_GAP_AFTER_VERB: usize = 5;
/// Words of a verb's object before "that" ("told lawmakers that").
const MAX_OBJECT_WORDS: usize = 3;
/// Fewest words a reported clause has: "he said so" reports nothing worth listing.
const MIN_REPORTED_WORDS: usize = 3;

/// A word of the article with its span.
#[derive(Clone, Copy, Debug)]
struct Word<'a> {
    span: ByteSpan,
    text: &'a str,
}

/// A run of words in quotation marks: the marks included (`outer`) and not (`inner`).
#[derive(Clone, Copy, Debug)]
struct Quoted {
    outer: ByteSpan,
    inner: ByteSpan,
}

/// An attribution found for a quotation or a clause.
#[derive(Clone, Copy, Debug)]
struct Attribution {
    speaker: EntityId,
    named_at: ByteSpan,
    verb: ByteSpan,
}

pub(super) struct ArticleReader<'a> {
    article: &'a Article,
    text: &'a str,
    mentions: &'a [ArticleMention],
    verbs: &'a VerbWords,
    quotes: Vec<Quote>,
}

impl<'a> ArticleReader<'a> {
    pub(super) fn new(
        article: &'a Article,
        mentions: &'a [ArticleMention],
        verbs: &'a VerbWords,
    ) -> Self {
        Self {
            article,
            text: article.text(),
            mentions,
            verbs,
            quotes: Vec::new(),
        }
    }

    pub(super) fn read(mut self) -> Vec<Quote> {
        let structure = self.article.structure();
        for paragraph in &structure.paragraphs {
            let quoted = quoted_runs(self.text, paragraph.span);
            let mut used_verbs = Vec::new();
            let mut previous: Option<(Attribution, &Quoted)> = None;
            for (k, q) in quoted.iter().enumerate() {
                let found = self
                    .attribution_after(q)
                    .or_else(|| self.attribution_before(q, paragraph.span, &quoted[..k]));
                if let Some(found) = found {
                    used_verbs.push(found.verb);
                }
                // A quotation right after an attributed one, with none of its own, goes on.
                let attribution = found.or_else(|| {
                    previous
                        .filter(|(_, before)| self.follows(before, q))
                        .map(|(a, _)| a)
                });
                previous = attribution.map(|a| (a, q));
                if let Some(attribution) = attribution {
                    self.push(attribution, q.inner, Speech::Direct);
                }
            }
            // A headline reports in shorthand ("Japan Hints at…"): its words are no clause.
            if paragraph.kind == ParagraphKind::Heading {
                continue;
            }
            for sentence in &structure.sentences[paragraph.sentences.clone()] {
                self.reported(sentence.span(), &quoted, &used_verbs);
            }
        }
        self.quotes
            .sort_by_key(|q| (q.words().start, q.verb().start));
        self.quotes
    }

    fn push(&mut self, attribution: Attribution, words: ByteSpan, speech: Speech) {
        let sentences = &self.article.structure().sentences;
        let sentence = sentences
            .partition_point(|s| s.span().end <= words.start)
            .min(sentences.len().saturating_sub(1));
        self.quotes.push(Quote::new(
            self.article.id,
            sentence,
            attribution.speaker,
            attribution.named_at,
            attribution.verb,
            words,
            speech,
        ));
    }

    /// “…,” Freeman said / “…,” said Minister Al-Rashid / “…,” Economy Minister Al-Rashid
    /// said / “…,” he said.
    fn attribution_after(&self, q: &Quoted) -> Option<Attribution> {
        let inner = q.inner.slice(self.text).trim_end();
        let sentence_end = self.sentence_end(q.outer.end);
        let after = &self.text[q.outer.end..sentence_end];
        // The quotation must hand over to its attribution: “…,” or “…?” or “…”, said.
        let hands_over = inner.ends_with([',', '?', '!', '—', '…'])
            || inner.ends_with("...")
            || after.starts_with(',');
        if !hands_over {
            return None;
        }
        let words = self.words_until_clause_end(ByteSpan::new(q.outer.end, sentence_end));
        let first = words.first()?;
        // The speaker first, after any title words.
        for (k, w) in words.iter().enumerate().take(MAX_GAP_AFTER_VERB) {
            if let Some(speaker) = self.speaker_starting_at(w.span.start) {
                let from = k + words[k..]
                    .iter()
                    .take_while(|w| w.span.start < speaker.span().end)
                    .count();
                let verb = words[from..]
                    .iter()
                    .take(MAX_GAP_BEFORE_VERB + 1)
                    .find(|w| self.verbs.contains(w.text))?;
                return Some(Attribution {
                    speaker: speaker.entity(),
                    named_at: speaker.span(),
                    verb: verb.span,
                });
            }
            if !w.text.starts_with(char::is_uppercase) {
                break;
            }
        }
        if self.verbs.contains(first.text) {
            let speaker = self.speaker_after(&words[1..])?;
            return Some(Attribution {
                speaker: speaker.entity(),
                named_at: speaker.span(),
                verb: first.span,
            });
        }
        let verb = words.get(1).filter(|w| self.verbs.contains(w.text))?;
        if !matches!(first.text.to_lowercase().as_str(), "he" | "she") {
            return None;
        }
        let person = self.person_before(q.outer.start)?;
        Some(Attribution {
            speaker: person.entity(),
            named_at: first.span,
            verb: verb.span,
        })
    }

    /// Whether quotation `q` goes on from `before`: in the sentence `before` ends in, or
    /// opening the next one.
    fn follows(&self, before: &Quoted, q: &Quoted) -> bool {
        let end_sentence = self.sentence_index(before.outer.end.saturating_sub(1));
        let start_sentence = self.sentence_index(q.outer.start);
        let opens = self
            .article
            .structure()
            .sentences
            .get(start_sentence)
            .is_some_and(|s| self.text[s.span().start..q.outer.start].trim().is_empty());
        start_sentence == end_sentence || (start_sentence == end_sentence + 1 && opens)
    }

    /// Freeman said: “…” / Ishiba told lawmakers: “…” / said Freeman, “…”.
    fn attribution_before(
        &self,
        q: &Quoted,
        paragraph: ByteSpan,
        earlier: &[Quoted],
    ) -> Option<Attribution> {
        // Only the words since the last sentence end or quotation.
        let from = earlier
            .last()
            .map_or(paragraph.start, |e| e.outer.end)
            .max(self.sentence_start(q.outer.start));
        let lead = ByteSpan::new(from, q.outer.start);
        let lead_text = lead.slice(self.text).trim_end();
        if !(lead_text.ends_with([':', ',']) || lead_text.ends_with(|c: char| c.is_alphabetic())) {
            return None;
        }
        let words = words_in(self.text, lead);
        // The verb is among the last words: its object ("lawmakers") may follow it.
        let last = words.len();
        let at = (last.saturating_sub(MAX_OBJECT_WORDS + 1)..last)
            .rev()
            .find(|&i| self.verbs.contains(words[i].text))?;
        let verb = words[at].span;
        if let Some(speaker) = self.speaker_before(&words[..at]) {
            return Some(Attribution {
                speaker: speaker.entity(),
                named_at: speaker.span(),
                verb,
            });
        }
        let speaker = self.speaker_after(&words[at + 1..])?;
        Some(Attribution {
            speaker: speaker.entity(),
            named_at: speaker.span(),
            verb,
        })
    }

    /// Reported speech in one sentence, outside quotations and attributions already read.
    fn reported(&mut self, sentence: ByteSpan, quoted: &[Quoted], used_verbs: &[ByteSpan]) {
        let words = words_in(self.text, sentence);
        let quoted_at = |at: usize| quoted.iter().any(|q| q.outer.contains(at));
        let end = clause_end(self.text, sentence);
        for (i, word) in words.iter().enumerate() {
            if quoted_at(word.span.start) || used_verbs.contains(&word.span) {
                continue;
            }
            if word.text.eq_ignore_ascii_case("according")
                && words.get(i + 1).is_some_and(|w| w.text == "to")
            {
                self.according_to(sentence, &words, i);
                continue;
            }
            // A verb in running text is lowercase: "States" of "United States" is no verb.
            if !word.text.starts_with(char::is_lowercase) {
                continue;
            }
            let speaker = if word.text == "saying" {
                self.first_speaker_in(ByteSpan::new(sentence.start, word.span.start))
                    .map(|m| (m.entity(), m.span()))
                    .or_else(|| self.subject_before(&words[..words.len().min(2)]))
            } else if self.verbs.contains(word.text) {
                self.subject_before(&words[..i])
            } else {
                None
            };
            let Some((speaker, named_at)) = speaker else {
                continue;
            };
            let clause = &words[i + 1..];
            let that = clause
                .iter()
                .take(MAX_OBJECT_WORDS + 1)
                .position(|w| w.text.eq_ignore_ascii_case("that"));
            let start = match that {
                Some(k) => k + 1,
                None => usize::from(TO_A_LISTENER.contains(&word.text)),
            };
            let Some(first) = clause.get(start) else {
                continue;
            };
            if first.span.start >= end || clause.len() - start < MIN_REPORTED_WORDS {
                continue;
            }
            let said = ByteSpan::new(first.span.start, end);
            let attribution = Attribution {
                speaker,
                named_at,
                verb: word.span,
            };
            self.push(attribution, said, Speech::Reported);
            // One report per sentence: a later verb belongs to the reported clause.
            return;
        }
    }

    /// "According to the Finance Ministry, …" / "…, according to the Finance Ministry."
    fn according_to(&mut self, sentence: ByteSpan, words: &[Word<'_>], at: usize) {
        let Some(speaker) = self.speaker_after(&words[at + 2..]) else {
            return;
        };
        let verb = ByteSpan::new(words[at].span.start, words[at + 1].span.end);
        let said = if at == 0 {
            let rest = self.text[speaker.span().end..sentence.end].trim_start_matches([',', ' ']);
            ByteSpan::new(sentence.end - rest.len(), clause_end(self.text, sentence))
        } else {
            let before =
                self.text[sentence.start..words[at].span.start].trim_end_matches([',', ' ', '—']);
            ByteSpan::new(sentence.start, sentence.start + before.len())
        };
        if words_in(self.text, said).len() < MIN_REPORTED_WORDS {
            return;
        }
        let attribution = Attribution {
            speaker: speaker.entity(),
            named_at: speaker.span(),
            verb,
        };
        self.push(attribution, said, Speech::Reported);
    }

    /// The words from `span.start` to the first comma, colon, dash or quotation mark.
    fn words_until_clause_end(&self, span: ByteSpan) -> Vec<Word<'a>> {
        let body = span.slice(self.text);
        let body = body.trim_start_matches([',', ' ', '\u{a0}']);
        let start = span.end - body.len();
        let end = body
            .find([',', ';', ':', '“', '”', '"', '?', '!', '\n', '—'])
            .map_or(span.end, |at| start + at);
        words_in(self.text, ByteSpan::new(start, end))
    }

    /// A speaker mention starting at `at`.
    fn speaker_starting_at(&self, at: usize) -> Option<&'a ArticleMention> {
        let i = self.mentions.partition_point(|m| m.span().start < at);
        self.mentions
            .get(i)
            .filter(|m| m.span().start == at && can_speak(m.label()))
    }

    /// The mention covering byte `at`, as [`crate::entities::EntityIndex::mention_at`] finds
    /// it, on the article's mentions this reader holds.
    fn mention_covering(&self, at: usize) -> Option<&'a ArticleMention> {
        let after = self.mentions.partition_point(|m| m.span().start <= at);
        after
            .checked_sub(1)
            .map(|i| &self.mentions[i])
            .filter(|m| m.span().contains(at))
    }

    /// The speaker named within the first words of `words`, after title words only ("said
    /// Economy Minister Huda Al-Rashid"), before any punctuation.
    fn speaker_after(&self, words: &[Word<'_>]) -> Option<&'a ArticleMention> {
        for (k, w) in words.iter().enumerate().take(MAX_GAP_AFTER_VERB + 1) {
            if k > 0 {
                let between = &self.text[words[k - 1].span.end..w.span.start];
                if between.contains([',', ';', ':', '.', '“', '”', '"', '(']) {
                    return None;
                }
            }
            if let Some(m) = self.mention_covering(w.span.start) {
                return can_speak(m.label()).then_some(m);
            }
            if w.text.starts_with(char::is_lowercase) && !IN_TITLES.contains(&w.text) {
                return None;
            }
        }
        None
    }

    /// Whether the mention names the one who speaks rather than describing someone else: not
    /// after a preposition ("a student at Yonsei University"), not possessive ("Guinea's
    /// electoral commission").
    fn names_the_subject(&self, m: &ArticleMention) -> bool {
        let before = self.text[..m.span().start].trim_end();
        let word_before = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let after = &self.text[m.span().end..];
        !PREPOSITIONS.contains(&word_before) && !after.starts_with(['\'', '’'])
    }

    /// The speaker named right before the verb that follows `words`, with at most
    /// [`MAX_GAP_BEFORE_VERB`] adverbs or auxiliaries between ("Japan has firmly denied").
    fn speaker_before(&self, words: &[Word<'_>]) -> Option<&'a ArticleMention> {
        for (gap, w) in words.iter().rev().enumerate() {
            if gap > MAX_GAP_BEFORE_VERB {
                return None;
            }
            if let Some(m) = self.mention_covering(w.span.start) {
                return (can_speak(m.label()) && self.names_the_subject(m)).then_some(m);
            }
            let adverb = w.text.len() > 4 && w.text.ends_with("ly");
            if !(adverb || BETWEEN_SPEAKER_AND_VERB.contains(&w.text)) {
                return None;
            }
        }
        None
    }

    /// Who the verb after `words` reports: a name right before it, or "he"/"she" for the
    /// person named last. With where the speaker is named.
    fn subject_before(&self, words: &[Word<'_>]) -> Option<(EntityId, ByteSpan)> {
        if let Some(m) = self.speaker_before(words) {
            return Some((m.entity(), m.span()));
        }
        let pronoun = words
            .iter()
            .rev()
            .take(MAX_GAP_BEFORE_VERB + 1)
            .find(|w| is_personal_pronoun(w.text))?;
        let between = words.iter().rev().take_while(|w| w.span != pronoun.span);
        if between
            .clone()
            .any(|w| !(w.text.ends_with("ly") || BETWEEN_SPEAKER_AND_VERB.contains(&w.text)))
        {
            return None;
        }
        let person = self.person_before(pronoun.span.start)?;
        Some((person.entity(), pronoun.span))
    }

    /// The speaker the sentence opens with, after title words only: who "saying" reports
    /// ("But Ishiba pushed back, saying…"). None when the sentence opens otherwise ("The
    /// commission declared Alpha Conde the winner, saying…").
    fn first_speaker_in(&self, span: ByteSpan) -> Option<&'a ArticleMention> {
        let i = self
            .mentions
            .partition_point(|m| m.span().start < span.start);
        let first = self.mentions.get(i).filter(|m| m.span().end <= span.end)?;
        let opening = words_in(self.text, ByteSpan::new(span.start, first.span().start));
        let titles_only = opening.iter().enumerate().all(|(k, w)| {
            w.text.starts_with(char::is_uppercase)
                || IN_TITLES.contains(&w.text)
                || (k == 0 && matches!(w.text, "But" | "And" | "Yet" | "Then"))
        });
        (titles_only && can_speak(first.label()) && self.names_the_subject(first)).then_some(first)
    }

    /// The last person named before byte `at`: who "he" or "she" is.
    fn person_before(&self, at: usize) -> Option<&'a ArticleMention> {
        let i = self.mentions.partition_point(|m| m.span().end <= at);
        self.mentions[..i]
            .iter()
            .rev()
            .find(|m| m.label() == Label::Person)
    }

    /// The index of the sentence holding byte `at` (or the next one).
    fn sentence_index(&self, at: usize) -> usize {
        let sentences = &self.article.structure().sentences;
        sentences.partition_point(|s| s.span().end <= at)
    }

    /// Where the sentence holding byte `at` starts.
    fn sentence_start(&self, at: usize) -> usize {
        let sentences = &self.article.structure().sentences;
        sentences
            .get(self.sentence_index(at))
            .map_or(0, |s| s.span().start.min(at))
    }

    /// Where the sentence holding byte `at` ends.
    fn sentence_end(&self, at: usize) -> usize {
        let sentences = &self.article.structure().sentences;
        sentences
            .get(self.sentence_index(at))
            .map_or(self.text.len(), |s| s.span().end.max(at))
    }
}

/// The runs in quotation marks of `span`: curly marks, or straight ones paired in order. An
/// unclosed mark runs to the end of the paragraph.
fn quoted_runs(text: &str, span: ByteSpan) -> Vec<Quoted> {
    let body = span.slice(text);
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (at, c) in body.char_indices() {
        match (open, c) {
            (None, '“') | (None, '"') => open = Some((at, c)),
            (Some((start, '“')), '”') | (Some((start, '"')), '"') => {
                let inner = ByteSpan::new(span.start + start + c.len_utf8(), span.start + at);
                out.push(Quoted {
                    outer: ByteSpan::new(span.start + start, span.start + at + c.len_utf8()),
                    inner,
                });
                open = None;
            }
            _ => {}
        }
    }
    if let Some((start, c)) = open {
        let inner = ByteSpan::new(span.start + start + c.len_utf8(), span.end);
        out.push(Quoted {
            outer: ByteSpan::new(span.start + start, span.end),
            inner,
        });
    }
    out
}

/// The words of `text[span]` with their spans in `text`.
fn words_in(text: &str, span: ByteSpan) -> Vec<Word<'_>> {
    span.slice(text)
        .unicode_word_indices()
        .map(|(at, word)| Word {
            span: ByteSpan::new(span.start + at, span.start + at + word.len()),
            text: word,
        })
        .collect()
}

/// The end of a sentence's clause: before its final punctuation (a closing quotation mark
/// stays, it closes words of the clause).
fn clause_end(text: &str, sentence: ByteSpan) -> usize {
    let body = sentence.slice(text).trim_end();
    let kept = body.trim_end_matches(['.', '!', '?', ' ', '…', ':', ';', ',']);
    sentence.start + kept.len()
}
