//! The `margin` binary: reads the command line, folders, config and corpus (all before the
//! terminal changes mode), then runs the reader or a subcommand.
#![deny(clippy::unwrap_used)]

use anyhow::{Context, Result};
use clap::Parser;
use margin::app::App;
use margin::app::session::Session;
use margin::cli::{Cli, Command};
use margin::config::{Config, Folders};
use margin::corpus::Corpus;
use margin::entities::Corrections;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            report(&format!("{err:#}"));
            ExitCode::from(2)
        }
    }
}

/// Prints a message to stderr, made safe for the terminal: messages name files and quote
/// their contents, and a file may hold escape sequences (a window title, a clipboard write).
fn report(message: &str) {
    eprintln!("margin: {}", margin::text::display::sanitize(message));
}

fn run() -> Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Entities {
            json,
            explain,
            paths,
        }) => print_entities(&paths, json, explain),
        Some(Command::Export {
            format,
            output,
            tag,
            status,
            author,
            article,
            paths,
        }) => {
            let filter = margin::export::ExportFilter {
                tags: tag,
                statuses: status.into_iter().map(Into::into).collect(),
                authors: author,
                articles: article,
            };
            export(&paths, format, &filter, output.as_deref())
        }
        Some(Command::Import { file, paths }) => import(&file, &paths),
        Some(Command::MergeSidecar {
            base,
            ours,
            theirs,
            path,
        }) => margin::team::merge_driver::merge_files(&base, &ours, &theirs, &path)
            .map_err(anyhow::Error::msg),
        Some(Command::GitSetup { folder }) => git_setup(folder),
        Some(Command::Check { json, paths }) => print_check(&paths, json),
        None => read(cli.paths),
    }
}

fn print_entities(paths: &[PathBuf], json: bool, explain: bool) -> Result<()> {
    let (corpus, folders) = open_for_printing(paths)?;
    let corrections =
        load_corrections(&folders.corrections_file(&corpus.origin)).map_err(anyhow::Error::msg)?;
    if explain {
        return to_stdout(|out| margin::commands::explain_entities(&corpus, &corrections, out));
    }
    to_stdout(|out| margin::commands::entities(&corpus, &corrections, json, out))
}

fn print_check(paths: &[PathBuf], json: bool) -> Result<()> {
    let (corpus, folders) = open_for_printing(paths)?;
    let corrections =
        load_corrections(&folders.corrections_file(&corpus.origin)).map_err(anyhow::Error::msg)?;
    let notes = load_sidecars(&corpus, &folders);
    install_reference(&folders)?;
    to_stdout(|out| margin::commands::check(&corpus, &corrections, &notes, json, out))
}

fn export(
    paths: &[PathBuf],
    format: margin::cli::ExportFormat,
    filter: &margin::export::ExportFilter,
    output: Option<&std::path::Path>,
) -> Result<()> {
    let (corpus, folders) = open_for_printing(paths)?;
    let corrections =
        load_corrections(&folders.corrections_file(&corpus.origin)).map_err(anyhow::Error::msg)?;
    let notes = load_sidecars(&corpus, &folders);
    let print = |mut out: &mut dyn Write| {
        margin::commands::export(&corpus, &corrections, &notes, format, filter, &mut out)
    };
    let Some(output) = output else {
        return to_stdout(|out| print(out));
    };
    let mut text = Vec::new();
    print(&mut text)?;
    margin::annotations::sidecar::write_atomic(output, &text)
        .with_context(|| format!("cannot write {}", output.display()))?;
    eprintln!(
        "margin: wrote {}",
        margin::text::display::sanitize(&output.display().to_string())
    );
    Ok(())
}

/// Reads W3C Web Annotation JSON from `file` into the sidecars of the corpus at `paths`.
fn import(file: &std::path::Path, paths: &[PathBuf]) -> Result<()> {
    let json =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let (corpus, folders) = open_for_printing(paths)?;
    let now = margin::annotations::Timestamp::from(std::time::SystemTime::now());
    let mut out = std::io::stderr().lock();
    margin::commands::import(&corpus, &folders, &json, now, &mut out)
        .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    Ok(())
}

fn git_setup(folder: Option<PathBuf>) -> Result<()> {
    let folder = folder.unwrap_or_else(|| PathBuf::from("."));
    let margin = std::env::current_exe().context("cannot tell where this margin binary is")?;
    let setup = margin::team::git_setup::git_setup(&folder, &margin).map_err(anyhow::Error::msg)?;
    for line in setup.report().lines() {
        println!("{}", margin::text::display::sanitize(line));
    }
    Ok(())
}

/// The reference table of office holders with the reader's `reference.ron`, for the
/// findings; a file that does not parse stops margin with its name, line and column.
fn install_reference(folders: &Folders) -> Result<()> {
    let reference = margin::factcheck::Reference::load_user(&folders.config)?;
    margin::factcheck::reference::install(reference);
    Ok(())
}

fn folders() -> Result<Folders> {
    Folders::from_env().context("no home folder: set MARGIN_CONFIG_DIR and MARGIN_DATA_DIR")
}

/// The corpus and folders for a printing subcommand; the corpus's warnings go to stderr,
/// made safe for the terminal.
fn open_for_printing(paths: &[PathBuf]) -> Result<(Corpus, Folders)> {
    margin::app::indexing::prepare_gazetteer();
    let corpus = open_corpus(paths)?;
    for warning in &corpus.warnings {
        report(&warning.to_string());
    }
    Ok((corpus, folders()?))
}

/// Every article's annotations; problems with sidecars go to stderr.
fn load_sidecars(corpus: &Corpus, folders: &Folders) -> Vec<margin::app::sidecars::ArticleNotes> {
    let (notes, messages) = margin::app::sidecars::load(corpus, folders);
    for message in messages {
        report(&message);
    }
    notes
}

/// Runs `print` on buffered stdout. A reader that stops early (`| head`) is not an error.
fn to_stdout(
    print: impl FnOnce(&mut std::io::BufWriter<std::io::StdoutLock<'static>>) -> std::io::Result<()>,
) -> Result<()> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match print(&mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        result => Ok(result?),
    }
}

/// The reader's entity corrections; a file that does not parse (or is not a regular file) is
/// kept untouched and its error shown, and corrections are not saved until it is fixed.
fn load_corrections(path: &std::path::Path) -> Result<Corrections, String> {
    margin::entities::load_corrections(path)
}

fn open_corpus(paths: &[PathBuf]) -> Result<Corpus> {
    if paths.is_empty() {
        return Ok(Corpus::embedded());
    }
    Ok(Corpus::open(paths)?)
}

fn read(paths: Vec<PathBuf>) -> Result<()> {
    // The reader holds the index for hours: it gives freed blocks back. The printing
    // commands run once and keep glibc's faster default.
    margin::memory::map_large_blocks_apart();
    let folders = folders()?;
    let config = Config::load(&folders.config)?;
    let config_file = folders.config.join("config.ron");
    let theme = margin::ui::Theme::from_env(&config.colours)
        .map_err(|e| anyhow::anyhow!("{}: {e}", config_file.display()))?;
    // The bindings' actions are read by the app's keymap: refuse a wrong one before starting.
    margin::app::keymap::Keymap::configured(&config.bindings)
        .map_err(|e| anyhow::anyhow!("{}: {e}", config_file.display()))?;
    install_reference(&folders)?;
    // The reader reads a folder's articles as it needs them: the first one before the first
    // frame, the others while the entity index is built.
    let corpus = match paths.as_slice() {
        [] => Corpus::embedded(),
        paths => Corpus::open_lazily(paths)?,
    };
    let mut config = config;
    config.author = Some(margin::config::author::resolve(
        config.author.as_deref(),
        corpus.origin.folder(),
    ));
    let session = Session::load(&folders.session_file());
    let place = session.places.get(&corpus.origin.key()).cloned();
    let (corrections_file, corrections_note) = folders.corrections_place(&corpus.origin);
    let size = crossterm::terminal::size().unwrap_or((80, 24));
    let mut app = App::new_sized(corpus, config, place.as_ref(), size);
    let (notes, mut messages) = margin::app::sidecars::load(&app.corpus, &folders);
    messages.extend(corrections_note);
    app.set_sidecars(notes, messages);
    match load_corrections(&corrections_file) {
        Ok(corrections) => app.set_corrections(corrections, Some(corrections_file), None),
        Err(error) => app.set_corrections(Corrections::default(), None, Some(error)),
    }
    margin::term::run(app, theme, folders, session)?;
    Ok(())
}
