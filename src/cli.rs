//! The command line: `margin [PATH...]`, `margin entities`, `margin export`.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// A terminal reader for close reading and fact checking of news articles.
///
/// Without PATH, margin opens the seed corpus built into it. Annotations are saved at once
/// to `<article>.margin.ron` beside each article (in the data folder for the seed corpus).
#[derive(Debug, Parser)]
#[command(
    name = "margin",
    version,
    about,
    long_about,
    args_conflicts_with_subcommands = true
)]
#[command(
    after_help = "Environment:\n  MARGIN_CONFIG_DIR  folder of config.ron (keys, colours, pane widths)\n  MARGIN_DATA_DIR    folder of the reading position and the seed corpus's annotations\n  NO_COLOR           draw without colours"
)]
pub struct Cli {
    /// A corpus folder (with index.ron, or of .txt/.md files) or article files
    pub paths: Vec<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the named entities found in the corpus, with the reader's corrections applied
    Entities {
        /// One JSON object a line: {"doc","start","end","text","label","entity"} (byte offsets)
        #[arg(long)]
        json: bool,
        /// Say per mention which rule or evidence gave it its label
        #[arg(long, conflicts_with = "json")]
        explain: bool,
        /// A corpus folder or article files (default: the seed corpus)
        paths: Vec<PathBuf>,
    },
    /// Print the fact-check findings: discrepancies between articles and check-worthy coverage
    Check {
        /// One JSON object a line: each discrepancy group with its members, then coverage
        #[arg(long)]
        json: bool,
        /// A corpus folder or article files (default: the seed corpus)
        paths: Vec<PathBuf>,
    },
    /// Merge a margin file that changed on both sides: what git runs, with %O %A %B %P
    /// (set up by git-setup); the result goes into OURS
    MergeSidecar {
        /// The common ancestor's version (git's %O; empty when there is none)
        base: PathBuf,
        /// Our version, replaced by the merge (git's %A)
        ours: PathBuf,
        /// Their version (git's %B)
        theirs: PathBuf,
        /// The file's path in the repository (git's %P), which says what kind of file it is
        path: String,
    },
    /// Make git merge sidecars and entity corrections with margin in the repository holding
    /// FOLDER (default: the current folder)
    GitSetup { folder: Option<PathBuf> },
    /// Print the claims and highlights: a fact-check report or W3C Web Annotation JSON
    Export {
        /// markdown: a report grouped by article; json: W3C Web Annotation (TextQuote and
        /// TextPosition selectors, positions in characters)
        #[arg(long, value_enum, default_value_t = ExportFormat::Markdown)]
        format: ExportFormat,
        /// A corpus folder or article files (default: the seed corpus)
        paths: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Markdown,
    Json,
}
