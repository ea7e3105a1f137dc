//! Extraction speed on news-like text: the five seed articles, repeated with their lines
//! shuffled and numbers varied to a few megabytes, as one article and as many.
//!
//! Target (LESSONS.md): at least 50 MB/s on one core.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use margin::entities::{Corrections, EntityIndex, Gazetteer, extract};
use std::hint::black_box;

const SEEDS: [&str; 5] = [
    include_str!("../seeds/000_30275bd4750cc261.txt"),
    include_str!("../seeds/001_0250830679b74e50.txt"),
    include_str!("../seeds/002_d26debe2e430b1cf.txt"),
    include_str!("../seeds/003_8370b84d87d0acd9.txt"),
    include_str!("../seeds/004_56746001db7dae0c.txt"),
];

/// About `bytes` of news-like text: the seeds' lines in a pseudo-random order, with digits
/// changed from copy to copy so the text does not repeat exactly.
fn news_like(bytes: usize) -> String {
    let lines: Vec<&str> = SEEDS
        .iter()
        .flat_map(|s| s.lines())
        .filter(|l| !l.is_empty())
        .collect();
    let mut out = String::with_capacity(bytes + 8192);
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut copy = 0u32;
    while out.len() < bytes {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let line = lines[(state % lines.len() as u64) as usize];
        copy += 1;
        for c in line.chars() {
            out.push(match c.to_digit(10) {
                Some(d) => char::from_digit((d + copy) % 10, 10).unwrap_or(c),
                None => c,
            });
        }
        out.push('\n');
    }
    out
}

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
