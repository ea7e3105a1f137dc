//! Side by side: one speaker quoted in different words about the same matter in two
//! articles, a discrepancy of kind `quotes`.

use super::{Quote, QuoteLedger};
use crate::corpus::Corpus;
use crate::entities::{EntityId, EntityIndex};
use crate::factcheck::discrepancy::{
    Discrepancy, DiscrepancyKind, DisjointSets, Member, TermFacts, Value, expand_once, shared_names,
};
use crate::factcheck::profile::{CorpusProfile, SentenceId, TermId, TermKey, Terms};
use crate::factcheck::stance::{ReportingVerbs, same_statement};
use std::collections::HashMap;
use unicode_segmentation::UnicodeSegmentation;

/// A key word used in more of one speaker's quotes than this is too common to suggest pairs
/// by itself (pairs still form through rarer words), as for amounts: keeps a much-quoted
/// speaker near linear.
const MAX_POSTING: usize = 400;

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
        |q: &Quote| -> Option<SentenceId> { profile.sentences_of(q.article()).nth(q.sentence()) };
    let said = said_ids(corpus, quotes);
    let sentences: Vec<Option<SentenceId>> = quotes.iter().map(sentence_of).collect();
    let terms = TermFacts::of(profile);
    let mut by_speaker: HashMap<EntityId, Vec<usize>> = HashMap::new();
    for (i, q) in quotes.iter().enumerate() {
        by_speaker.entry(q.speaker()).or_default().push(i);
    }
    let mut sets = DisjointSets::new(quotes.len());
    let mut partners: Vec<usize> = Vec::new();
    for (speaker, _) in ledger.speakers() {
        let Some(subject) = profile.term_id(&TermKey::Entity(speaker)) else {
            continue;
        };
        let own = &by_speaker[&speaker];
        // The same statement shares a key word besides the speaker, so only quotes sharing
        // one are weighed: a much-quoted speaker is not compared pair by pair.
        let words_of = |q: usize| {
            sentences[q]
                .map_or_else(Terms::default, |s| profile.terms_of(s))
                .iter()
                .filter(|&t| t != subject && terms.is_word(t))
        };
        let mut postings: HashMap<TermId, Vec<usize>> = HashMap::new();
        for &q in own {
            for t in words_of(q) {
                postings.entry(t).or_default().push(q);
            }
        }
        for &a in own {
            partners.clear();
            for t in words_of(a) {
                let list = &postings[&t];
                if list.len() <= MAX_POSTING {
                    partners.extend(&list[list.partition_point(|&b| b <= a)..]);
                }
            }
            partners.sort_unstable();
            partners.dedup();
            for &b in &partners {
                if quotes[a].article() == quotes[b].article()
                    || said[a] == said[b]
                    || sets.same(a, b)
                {
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
                    subject,
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
        let speaker = quotes[members[0]].speaker();
        let mut read = Vec::new();
        let mut at = Vec::new();
        let mut shown = Vec::with_capacity(members.len());
        for &i in &members {
            let q = &quotes[i];
            let Some(id) = sentence_of(q) else { continue };
            let Some(k) = expand_once(corpus, index, profile, &mut read, id) else {
                continue;
            };
            at.push(k);
            shown.push(Member::new(
                q.article(),
                q.sentence(),
                q.words(),
                Value::Quote(q.speech),
            ));
        }
        let sentences: Vec<_> = at.iter().map(|&k| &read[k]).collect();
        let leave_out: Vec<_> = profile
            .term_id(&TermKey::Entity(speaker))
            .into_iter()
            .collect();
        let shared = shared_names(corpus, profile, &sentences, &leave_out);
        let name = index.entity(speaker).map_or("", |e| e.name.as_str());
        let files: Vec<&str> = shown.iter().map(|m| m.file(corpus)).collect();
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

/// Per quote, a number that two quotes share when their words are the same compared
/// case-blind and without punctuation (a quote reprinted with other commas is the same
/// quote). Only the distinct wordings are held while numbering.
fn said_ids(corpus: &Corpus, quotes: &[Quote]) -> Vec<u32> {
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut words = String::new();
    quotes
        .iter()
        .map(|q| {
            words.clear();
            for word in q
                .words()
                .slice(corpus.articles[q.article().0].text())
                .unicode_words()
            {
                // Words never hold a space, so joining them with one keeps them apart.
                words.push_str(&word.to_lowercase());
                words.push(' ');
            }
            let next = u32::try_from(ids.len()).expect("fewer than 2^32 quotes");
            match ids.get(words.as_str()) {
                Some(&id) => id,
                None => {
                    ids.insert(words.clone(), next);
                    next
                }
            }
        })
        .collect()
}
