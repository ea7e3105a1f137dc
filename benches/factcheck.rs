//! Fact-check speed: discrepancies, check-worthiness and one evidence ranking over the whole
//! seed corpus (the entity index is built once, outside the measurement), and the same over a
//! generated corpus of many seed-like articles, to see how it scales; and one evidence ranking
//! alone on that corpus (what `e` costs); and findings for a corpus quoting one speaker in
//! every article (quotes said differently must not be compared pair by pair).
//!
//! Target (issue 6): the seed corpus in under 5 ms.

use criterion::{Criterion, criterion_group, criterion_main};
use margin::corpus::{ArticleId, Corpus};
use margin::entities::{Corrections, EntityIndex};
use margin::factcheck::findings;
use std::hint::black_box;

/// Findings plus one evidence ranking for the first sentence of the fourth article.
fn check(corpus: &Corpus, index: &EntityIndex) -> usize {
    let found = findings(corpus, index, &[]);
    let article = ArticleId(3.min(corpus.articles.len().saturating_sub(1)));
    let span = corpus.articles[article.0]
        .structure()
        .sentences
        .first()
        .map(|s| s.span())
        .unwrap_or_default();
    let candidates = found.evidence(corpus, index, article, span, 10);
    found.discrepancies.len() + candidates.len()
}

/// `n` articles made of the seeds' lines in a pseudo-random order, digits varied per copy.
fn generated(n: usize) -> Corpus {
    let seeds = Corpus::embedded();
    let lines: Vec<&str> = seeds
        .articles
        .iter()
        .flat_map(|a| a.text().lines())
        .filter(|l| !l.trim().is_empty())
        .collect();
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let texts = (0..n)
        .map(|i| {
            let mut text = String::new();
            for _ in 0..20 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let line = lines[(state % lines.len() as u64) as usize];
                for c in line.chars() {
                    text.push(match c.to_digit(10) {
                        Some(d) => char::from_digit((d + i as u32) % 10, 10).unwrap_or(c),
                        None => c,
                    });
                }
                text.push('\n');
            }
            (format!("{i:05}.txt"), text)
        })
        .collect();
    Corpus::from_texts("generated", texts)
}

/// `n` short articles, each quoting one speaker on talks and a matter of its own: the
/// much-quoted speaker whose quotes `quotes` discrepancies must not compare pair by pair.
fn one_speaker_quoted(n: usize) -> Corpus {
    const MATTERS: [&str; 8] = [
        "rice", "steel", "beef", "cars", "chips", "ships", "wheat", "oil",
    ];
    let texts = (0..n)
        .map(|i| {
            let a = MATTERS[i % MATTERS.len()];
            let b = MATTERS[(i / MATTERS.len()) % MATTERS.len()];
            let text = format!(
                "Katsunobu Kato said tariff talks in round {i} covered {a} and {b}.\n\
                 Rice prices fell in June. The yen weakened against the euro.\n"
            );
            (format!("{i:05}.txt"), text)
        })
        .collect();
    Corpus::from_texts("quoted", texts)
}

fn bench(c: &mut Criterion) {
    let corpus = Corpus::embedded();
    let index = margin::app::indexing::build(&corpus, &Corrections::default(), |_, _| {}).index;
    c.bench_function("factcheck seed corpus", |b| {
        b.iter(|| black_box(check(black_box(&corpus), &index)))
    });

    let large = generated(500);
    let index = margin::app::indexing::build(&large, &Corrections::default(), |_, _| {}).index;
    let mut group = c.benchmark_group("factcheck generated");
    group.sample_size(10);
    group.bench_function("500 articles", |b| {
        b.iter(|| black_box(check(black_box(&large), &index)))
    });
    // What `e` costs in the reader: ranking every sentence on the profile's numbers, then
    // reading the best ones again to mark their shared parts.
    let found = findings(&large, &index, &[]);
    let span = large.articles[3].structure().sentences[0].span();
    group.bench_function("500 articles, evidence for one claim", |b| {
        b.iter(|| black_box(found.evidence(&large, &index, ArticleId(3), black_box(span), 40)))
    });
    let quoted = one_speaker_quoted(3000);
    let index = margin::app::indexing::build(&quoted, &Corrections::default(), |_, _| {}).index;
    group.bench_function("3,000 articles quoting one speaker", |b| {
        b.iter(|| {
            black_box(
                findings(black_box(&quoted), &index, &[])
                    .discrepancies
                    .len(),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
