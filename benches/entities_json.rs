//! `margin entities --json` end to end: the function the subcommand calls
//! ([`margin::commands::entities`]) on news-like text, extraction, grouping and JSON into a
//! sink, as one 4 MB article and as 100 articles of 40 KB.
//!
//! Target (issue 10): at least 50 MB/s end to end.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use margin::corpus::Corpus;
use margin::entities::Corrections;
use std::hint::black_box;

const SEEDS: [&str; 5] = [
    include_str!("../seeds/000_30275bd4750cc261.txt"),
    include_str!("../seeds/001_0250830679b74e50.txt"),
    include_str!("../seeds/002_d26debe2e430b1cf.txt"),
    include_str!("../seeds/003_8370b84d87d0acd9.txt"),
    include_str!("../seeds/004_56746001db7dae0c.txt"),
];

/// About `bytes` of news-like text: the seeds' lines in a pseudo-random order, digits varied
/// from copy to copy (as in the extract bench).
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
