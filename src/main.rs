//! The `margin` binary: reads the command line, folders, config and corpus (all before the
//! terminal changes mode), then runs the reader or a subcommand.
#![deny(clippy::unwrap_used)]

use anyhow::{Context, Result};
use clap::Parser;
use margin::app::App;
use margin::app::session::Session;
use margin::cli::Cli;
use margin::config::{Config, Folders};
use margin::corpus::Corpus;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("margin: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<()> {
    let cli = Cli::parse();
    match cli.command {
        None => read(cli.paths),
    }
}

fn open_corpus(paths: &[PathBuf]) -> Result<Corpus> {
    if paths.is_empty() {
        return Ok(Corpus::embedded());
    }
    Ok(Corpus::open(paths)?)
}

fn read(paths: Vec<PathBuf>) -> Result<()> {
    let folders =
        Folders::from_env().context("no home folder: set MARGIN_CONFIG_DIR and MARGIN_DATA_DIR")?;
    let config = Config::load(&folders.config)?;
    let theme = margin::ui::Theme::from_env(&config.colours)
        .map_err(|e| anyhow::anyhow!("{}: {e}", folders.config.join("config.ron").display()))?;
    let corpus = open_corpus(&paths)?;
    let session = Session::load(&folders.session_file());
    let place = session.places.get(&corpus.origin.key()).cloned();
    let app = App::new(corpus, config, place.as_ref());
    margin::term::run(app, theme, folders, session)?;
    Ok(())
}
