//! `margin entities --json` end to end: the function the subcommand calls
//! ([`margin::commands::entities`]) on news-like text, extraction, grouping and JSON into a
//! sink, as one 4 MB article and as 100 articles of 40 KB.
//!
//! Target (issue 10): at least 50 MB/s end to end.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use margin::corpus::Corpus;
use margin::entities::Corrections;
use std::hint::black_box;

#[path = "support/news.rs"]
mod news;
use news::news_like;

/// Runs the subcommand's function and returns how many bytes of JSON it wrote.
fn json_bytes(corpus: &Corpus) -> usize {
    let mut sink = Vec::new();
    margin::commands::entities(corpus, &Corrections::new(), true, &mut sink)
        .expect("writing into a Vec cannot fail");
    sink.len()
}

fn bench(c: &mut Criterion) {
    let text = news_like(4 << 20);
    let one = Corpus::from_texts("one", vec![("big.txt".to_string(), text.clone())]);
    let many_texts: Vec<(String, String)> = text
        .split_inclusive('\n')
        .collect::<Vec<_>>()
        .chunks(text.lines().count().div_ceil(100))
        .enumerate()
        .map(|(i, lines)| (format!("{i:05}.txt"), lines.concat()))
        .collect();
    let many = Corpus::from_texts("many", many_texts);
    let mut group = c.benchmark_group("entities_json");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("news_4MB_one_article", |b| {
        b.iter(|| json_bytes(black_box(&one)))
    });
    group.bench_function("news_4MB_100_articles", |b| {
        b.iter(|| json_bytes(black_box(&many)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
