//! Prints the time and margin's resident memory after each stage of opening a corpus, the way the reader
//! runs them: load, open the reader on the first article (its first screens laid out), lay
//! that article out whole (what the reader does in idle slices), split the other articles
//! into sentences, extract and group entities, hand the index to the reader, fact-check
//! findings. This is the profile behind the memory figures in README (issue 5); the
//! reader's stages show what the terminal reader holds besides the library's stages.
//!
//! Usage: `cargo run --release --example memory_profile -- PATH...` (Linux: reads
//! `/proc/self/status`). Each line's peak is the stage's own: the highest resident memory
//! since the line before (reset through `/proc/self/clear_refs`), so a stage's transient
//! memory shows even below an earlier stage's peak.

use margin::app::App;
use margin::app::action::Action;
use margin::app::indexing;
use margin::config::Config;
use margin::corpus::Corpus;
use margin::entities::Corrections;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // As the reader does, so that these figures are the reader's.
    margin::memory::map_large_blocks_apart();
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        return Err("usage: memory_profile PATH...".into());
    }
    report("start", "");
    let corpus = Corpus::open(&paths)?;
    let bytes: usize = corpus.articles.iter().map(|a| a.text().len()).sum();
    report(
        "corpus read",
        &format!("{} articles, {:.1} MB", corpus.len(), bytes as f64 / 1e6),
    );

    // The reader as `margin` opens it in a 200x50 terminal (what scripts/scale.sh uses).
    let mut app = App::new_sized(corpus, Config::default(), None, (200, 50));
    report(
        "reader opened",
        &format!("{} rows laid out", app.layout().len()),
    );
    while !app.is_laid_out() {
        app.update(Action::ContinueLayout);
    }
    report(
        "reader laid out",
        &format!(
            "{} rows of {} columns",
            app.layout().len(),
            app.layout().width()
        ),
    );
    let corpus = std::sync::Arc::clone(&app.corpus);

    let sentences: usize = corpus
        .articles
        .iter()
        .map(|a| a.structure().sentences.len())
        .sum();
    report("sentences split", &format!("{sentences} sentences"));

    let built = indexing::build(&corpus, &Corrections::default(), |_, _| {});
    let mentions: usize = (0..corpus.len())
        .map(|a| {
            built
                .index
                .article_mentions(margin::corpus::ArticleId(a))
                .len()
        })
        .sum();
    report(
        "entity index",
        &format!(
            "{mentions} mentions, {} entities",
            built.index.entities().len()
        ),
    );

    app.update(Action::IndexReady(built.clone()));
    report(
        "index adopted",
        &format!("{} rows in the entities pane", app.entities.rows.len()),
    );

    let findings = margin::factcheck::findings(&corpus, &built.index, &[]);
    report(
        "findings",
        &format!(
            "{} discrepancy groups, {} term uses",
            findings.discrepancies.len(),
            findings.profile.term_uses()
        ),
    );
    let limit = 3 * bytes + 50_000_000;
    println!("limit (3 x size + 50 MB): {:.1} MB", limit as f64 / 1e6);
    Ok(())
}

/// Prints the current resident memory and its peak since the last report, with a stage name
/// and what it produced; then starts the next stage's peak from now.
fn report(stage: &str, what: &str) {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    let elapsed = START.get_or_init(std::time::Instant::now).elapsed();
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| -> f64 {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse::<f64>().ok())
            .map_or(f64::NAN, |kb| kb * 1024.0 / 1e6)
    };
    println!(
        "{stage:<16} {:>7.0} ms  now {:>7.1} MB  peak {:>7.1} MB  {what}",
        elapsed.as_secs_f64() * 1e3,
        field("VmRSS:"),
        field("VmHWM:")
    );
    // Writing 5 resets the peak (VmHWM) to the current resident size; where the kernel does
    // not allow it, peaks are since the start.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}
