//! Extraction speed on news-like text: the five seed articles, repeated with their lines
//! shuffled and numbers varied to a few megabytes, as one article and as many.
//!
//! Target (LESSONS.md): at least 50 MB/s. A long article is extracted on all cores (in
//! chunks of its lines), so the one-article figure depends on the machine's cores.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use margin::entities::{Corrections, EntityIndex, Gazetteer, extract};
use std::hint::black_box;

#[path = "support/news.rs"]
mod news;
use news::news_like;

fn bench(c: &mut Criterion) {
    let gazetteer = Gazetteer::embedded().expect("the embedded gazetteer parses");
    let text = news_like(4 << 20);
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("news_4MB_one_article", |b| {
        b.iter(|| extract(black_box(&text), &gazetteer).len())
    });
    let articles: Vec<(String, String)> = text
        .split_inclusive('\n')
        .collect::<Vec<_>>()
        .chunks(40)
        .enumerate()
        .map(|(i, lines)| (format!("{i:05}.txt"), lines.concat()))
        .collect();
    group.bench_function("news_4MB_extract_and_group", |b| {
        b.iter(|| {
            let index = EntityIndex::from_texts(
                articles.iter().map(|(n, t)| (n.as_str(), t.as_str())),
                &gazetteer,
                &Corrections::new(),
            );
            index.entities().len()
        })
    });
    group.finish();
    c.bench_function("gazetteer_build", |b| {
        b.iter(|| Gazetteer::embedded().map(|g| g.lookup("Japan").is_some()))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
