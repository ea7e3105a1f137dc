//! Prints the seed corpus's entity mentions as JSON Lines, one object a line
//! (`{"doc","start","end","text","label","entity"}`), for `../shared/eval/score_entities.py`.
//!
//! Usage: `cargo run --example entities_json [SEEDS_DIR] > pred.jsonl` (default `seeds`).

use margin::corpus::ArticleId;
use margin::entities::{Corrections, EntityIndex, Gazetteer};
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "seeds".to_string());
    let mut files: Vec<(String, String)> = Vec::new();
    for entry in std::fs::read_dir(Path::new(&dir))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            files.push((name, std::fs::read_to_string(&path)?));
        }
    }
    files.sort();
    let gazetteer = Gazetteer::embedded()?;
    let corrections = Corrections::new();
    let index = EntityIndex::from_texts(
        files.iter().map(|(n, t)| (n.as_str(), t.as_str())),
        &gazetteer,
        &corrections,
    );
    for (i, (_, text)) in files.iter().enumerate() {
        for line in index.json_lines(ArticleId(i), text) {
            println!("{line}");
        }
    }
    Ok(())
}
