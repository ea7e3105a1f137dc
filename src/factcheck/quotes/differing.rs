//! Side by side: one speaker quoted in different words about the same matter in two
//! articles, a discrepancy of kind `quotes`.

use super::{Quote, QuoteLedger};
use crate::corpus::Corpus;
use crate::entities::{EntityId, EntityIndex};
use crate::factcheck::discrepancy::{
    Discrepancy, DiscrepancyKind, DisjointSets, Member, Value, expand_once, shared_names,
};
use crate::factcheck::profile::{CorpusProfile, SentenceId, TermKey};
use crate::factcheck::stance::{ReportingVerbs, same_statement};
use std::collections::HashMap;
use unicode_segmentation::UnicodeSegmentation;

/// Groups of one speaker's quotes, in different articles, about the same matter (their
/// sentences share enough terms besides the speaker) in different words: to be read side by
/// side. In corpus order.
pub fn differing(
    corpus: &Corpus,
    index: &EntityIndex,
    profile: &CorpusProfile,
    ledger: &QuoteLedger,
    verbs: &ReportingVerbs,
) -> Vec<Discrepancy> {
    let quotes = ledger.quotes();
    let sentence_of =
        |q: &Quote| -> Option<SentenceId> { profile.sentences_of(q.article).nth(q.sentence) };
    // Read once per quote: a much-quoted speaker's quotes are compared pairwise.
    let said: Vec<Vec<String>> = quotes
        .iter()
        .map(|q| normalised_words(q.words.slice(corpus.articles[q.article.0].text())))
        .collect();
    let sentences: Vec<Option<SentenceId>> = quotes.iter().map(sentence_of).collect();
    let mut by_speaker: HashMap<EntityId, Vec<usize>> = HashMap::new();
    for (i, q) in quotes.iter().enumerate() {
        by_speaker.entry(q.speaker).or_default().push(i);
    }
    let mut sets = DisjointSets::new(quotes.len());
    for (speaker, _) in ledger.speakers() {
        let Some(term) = profile.term_id(&TermKey::Entity(speaker)) else {
            continue;
        };
        let own = &by_speaker[&speaker];
        for (k, &a) in own.iter().enumerate() {
            for &b in &own[k + 1..] {
                if quotes[a].article == quotes[b].article || sets.same(a, b) || said[a] == said[b] {
                    continue;
                }
                let (Some(sa), Some(sb)) = (sentences[a], sentences[b]) else {
                    continue;
                };
                if same_statement(
                    profile,
                    verbs,
                    profile.terms_of(sa),
                    profile.terms_of(sb),
                    term,
                ) {
                    sets.join(a, b);
                }
            }
        }
    }
    let mut groups = Vec::new();
    for members in sets.groups() {
        if members.len() < 2 {
            continue;
        }
        let speaker = quotes[members[0]].speaker;
        let mut read = Vec::new();
        let mut at = Vec::new();
        let mut shown = Vec::new();
        for &i in &members {
            let q = &quotes[i];
            let Some(id) = sentence_of(q) else { continue };
            let Some(k) = expand_once(corpus, index, profile, &mut read, id) else {
                continue;
            };
            at.push(k);
            let article = &corpus.articles[q.article.0];
            shown.push(Member {
                article: q.article,
                file: article.file.clone(),
                sentence: q.sentence,
                span: q.words,
                text: q.words.slice(article.text()).to_string(),
                value: Value::Quote(q.speech),
            });
        }
        let sentences: Vec<_> = at.iter().map(|&k| &read[k]).collect();
        let leave_out: Vec<_> = profile
            .term_id(&TermKey::Entity(speaker))
            .into_iter()
            .collect();
        let shared = shared_names(corpus, profile, &sentences, &leave_out);
        let name = index.entity(speaker).map_or("", |e| e.name.as_str());
        let files: Vec<&str> = shown.iter().map(|m| m.file.as_str()).collect();
        let explanation = format!(
            "{name} quoted in different words in {}, all about {}",
            files.join(" and "),
            shared.join(", ")
        );
        groups.push(Discrepancy {
            kind: DiscrepancyKind::Quotes,
            members: shown,
            shared,
            explanation,
        });
    }
    groups
}

/// Words compared case-blind and without punctuation: a quote reprinted with other commas
/// is the same quote.
fn normalised_words(text: &str) -> Vec<String> {
    text.unicode_words().map(str::to_lowercase).collect()
}
