//! The command line: `margin [PATH...]`, `margin entities`, `margin check`, `margin export`,
//! `margin import`.

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
        /// markdown: a report grouped by article, with the discrepancies and check-worthy
        /// coverage; json: a W3C Web Annotation collection (TextQuote and TextPosition
        /// selectors, positions in characters)
        #[arg(long, value_enum, default_value_t = ExportFormat::Markdown)]
        format: ExportFormat,
        /// Write to FILE instead of standard output
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Only annotations with this tag (repeat: with every one of them)
        #[arg(long, value_name = "TAG")]
        tag: Vec<String>,
        /// Only claims with this status (repeat: any of them)
        #[arg(long, value_enum, value_name = "STATUS")]
        status: Vec<StatusArg>,
        /// Only annotations by this author: a name, or the start of a word of it (repeat: any)
        #[arg(long, value_name = "NAME")]
        author: Vec<String>,
        /// Only this article: its file name (with or without extension) or words of its
        /// title (repeat: any)
        #[arg(long, value_name = "ARTICLE")]
        article: Vec<String>,
        /// A corpus folder or article files (default: the seed corpus)
        paths: Vec<PathBuf>,
    },
    /// Read annotations from W3C Web Annotation JSON (margin's export, or another tool's
    /// with TextQuote/TextPosition selectors on the same texts) into the corpus's sidecars
    Import {
        /// The JSON file: an AnnotationCollection, an AnnotationPage, an array of
        /// annotations or one annotation
        file: PathBuf,
        /// A corpus folder or article files (default: the seed corpus)
        paths: Vec<PathBuf>,
    },
}

/// A claim status `--status` names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum StatusArg {
    Verified,
    Disputed,
    Misleading,
    Unverifiable,
    NotAClaim,
    Unmarked,
}

impl From<StatusArg> for crate::export::StatusFilter {
    fn from(status: StatusArg) -> Self {
        use crate::annotations::Status;
        let marked = |status| Self::Marked(status);
        match status {
            StatusArg::Verified => marked(Status::Verified),
            StatusArg::Disputed => marked(Status::Disputed),
            StatusArg::Misleading => marked(Status::Misleading),
            StatusArg::Unverifiable => marked(Status::Unverifiable),
            StatusArg::NotAClaim => marked(Status::NotAClaim),
            StatusArg::Unmarked => Self::Unmarked,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Markdown,
    Json,
}
