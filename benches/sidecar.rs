//! Sidecar timings: saving 1,000 annotations (target < 10 ms), and parsing plus re-anchoring
//! 1,000 annotations on a ~30 KB article (target < 20 ms).

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use margin::annotations::sidecar::{self, Sidecar, from_ron, to_ron};
use margin::annotations::{
    Anchor, AnnotationId, Annotations, Claim, Highlight, Status, Timestamp, reanchor,
};
use margin::text::ByteSpan;
use std::hint::black_box;

/// A ~30 KB article of distinct sentences, with some multibyte text.
fn article() -> String {
    let mut text = String::new();
    let mut n = 0u64;
    while text.len() < 30_000 {
        text.push_str(&format!(
            "Sentence {n}: Japan holds ¥{}.{} trillion of US Treasuries, officials in 東京 said on day {}. ",
            n * 7 % 13,
            n % 10,
            n % 31
        ));
        if n % 5 == 4 {
            text.push('\n');
        }
        n += 1;
    }
    text
}

/// 1,000 annotations over the sentences of `text`: claims and highlights alternating.
fn annotations(text: &str) -> Annotations {
    let starts: Vec<usize> = text.match_indices("Sentence ").map(|(i, _)| i).collect();
    let mut a = Annotations::new("bench.txt", text);
    for i in 0..1000 {
        let start = starts[i % starts.len()];
        let end = text[start..]
            .find(". ")
            .map_or(text.len(), |e| start + e + 1);
        let span = if i < starts.len() {
            ByteSpan::new(start, end)
        } else {
            ByteSpan::new(start, start + 11)
        };
        let anchor = Anchor::new(text, span);
        let now = Timestamp(1_795_611_845 + i as u64);
        let id = AnnotationId::generate(&anchor.quote, now);
        if i % 2 == 0 {
            let mut claim = Claim::new(id, anchor, now);
            claim.status = Some(if i % 4 == 0 {
                Status::Verified
            } else {
                Status::Disputed
            });
            claim.note = format!("Checked against the MoF release, item {i}.");
            claim.tags = vec!["treasuries".into()];
            a.put(claim);
        } else {
            let mut highlight = Highlight::new(id, anchor, now);
            highlight.tags = vec!["amount".into()];
            a.put(highlight);
        }
    }
    a
}

fn benches(c: &mut Criterion) {
    let text = article();
    let base = annotations(&text);
    let ron = to_ron(&base);
    eprintln!(
        "article {} bytes, {} annotations, sidecar {} bytes",
        text.len(),
        base.len(),
        ron.len()
    );

    c.bench_function("to_ron 1000 annotations", |b| {
        b.iter(|| to_ron(black_box(&base)))
    });

    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bench.margin.ron");
    let empty = margin::annotations::Annotations::with_hash(base.article(), base.text_sha256());
    let saved = sidecar::write(&path, &base, &empty).expect("first write");
    let mut edited = base.clone();
    let first = edited.claims()[0].clone();
    let mut tick = 0u64;
    let mut edit = move || {
        tick += 1;
        let mut claim = first.clone();
        claim.note = format!("edit {tick}");
        claim.updated = Timestamp(1_900_000_000 + tick);
        edited.put(claim);
        edited.clone()
    };
    c.bench_function(
        "save 1000 annotations: sidecar::write (re-parse, merge, atomic write)",
        |b| {
            b.iter_batched(
                &mut edit,
                |a| sidecar::write(&path, &a, &saved).expect("write"),
                BatchSize::SmallInput,
            )
        },
    );
    let raw = dir.path().join("raw.margin.ron");
    c.bench_function(
        "write_atomic of the same file (I/O only: write, fsync, rename, fsync folder)",
        |b| b.iter(|| sidecar::write_atomic(&raw, ron.as_bytes()).expect("write")),
    );
    let mut held = Sidecar::new(&path);
    c.bench_function(
        "save 1000 annotations: Sidecar::write (merge, atomic write)",
        |b| {
            b.iter_batched(
                &mut edit,
                |a| held.write(&a, &saved).expect("write"),
                BatchSize::SmallInput,
            )
        },
    );

    c.bench_function("parse + reanchor 1000 annotations, text unchanged", |b| {
        b.iter(|| {
            let mut a = from_ron(black_box(&ron)).expect("parses");
            a.reanchor(&text)
        })
    });

    let shifted = format!("Correction appended at the top of the article.\n{text}");
    c.bench_function("parse + reanchor 1000 annotations, text shifted", |b| {
        b.iter(|| {
            let mut a = from_ron(black_box(&ron)).expect("parses");
            a.reanchor(&shifted)
        })
    });

    let claim = base
        .claims()
        .iter()
        .find(|c| c.anchor.quote.contains("Japan holds"))
        .expect("a whole sentence");
    let reworded = text.replacen(
        &claim.anchor.quote,
        &claim.anchor.quote.replace("Japan holds", "Japan has held"),
        1,
    );
    c.bench_function("fuzzy reanchor of one reworded sentence", |b| {
        b.iter(|| reanchor(black_box(&claim.anchor), &reworded))
    });
    c.bench_function("reanchor of one sentence that is gone (orphan)", |b| {
        let gone = text.replacen(&claim.anchor.quote, "", 1);
        b.iter(|| reanchor(black_box(&claim.anchor), &gone))
    });
}

criterion_group!(sidecar_benches, benches);
criterion_main!(sidecar_benches);
