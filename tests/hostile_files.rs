//! Corpora and settings crafted to hurt: named pipes and devices where articles should be,
//! links out of the corpus folder, huge names, byte order marks, and escape sequences in
//! every place a file's bytes can reach a message. Each case runs through the library and,
//! where the harm is to a terminal or a hang, through the real `margin` binary with its
//! stdout and stderr checked byte by byte.

use margin::corpus::{Corpus, CorpusError, MAX_TEXT_BYTES};
use margin::text::display;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ARTICLE: &str = "Japan said on Tuesday that Toyota would invest in Osaka. \
    Prime Minister Shigeru Ishiba agreed with the plan.\n";
/// Sets the window title.
const OSC_0: &str = "\u{1b}]0;pwned\u{7}";
/// Writes the clipboard.
const OSC_52: &str = "\u{1b}]52;c;aGVsbG8=\u{7}";

fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo {path:?}");
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

/// What a run of the binary printed, both streams as text.
struct Printed {
    ok: bool,
    stdout: String,
    stderr: String,
}

/// Runs `margin` with `args`, its folders in `home`, stdin closed. A run that has not ended
/// after a minute (a read blocked on a pipe) is killed and fails the test: a hang must fail,
/// not stall the suite.
fn margin(home: &Path, args: &[&str]) -> Printed {
    let mut child = Command::new(env!("CARGO_BIN_EXE_margin"))
        .args(args)
        .env("MARGIN_CONFIG_DIR", home.join("config"))
        .env("MARGIN_DATA_DIR", home.join("data"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("margin starts");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        stdout.read_to_end(&mut bytes).map(|_| bytes)
    });
    let err = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        stderr.read_to_end(&mut bytes).map(|_| bytes)
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("margin {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).expect("margin prints UTF-8");
    let printed = Printed {
        ok: status.success(),
        stdout: text(out.join().expect("reader").expect("stdout")),
        stderr: text(err.join().expect("reader").expect("stderr")),
    };
    assert_terminal_safe(&printed.stdout, args, "stdout");
    assert_terminal_safe(&printed.stderr, args, "stderr");
    printed
}

/// No control character (ESC, BEL, C1...) and no invisible format character reaches the
/// terminal: only line breaks may pass.
fn assert_terminal_safe(text: &str, args: &[&str], stream: &str) {
    let raw: Vec<char> = text
        .chars()
        .filter(|&c| c != '\n' && display::is_neutralised(c))
        .collect();
    assert!(
        raw.is_empty(),
        "margin {args:?} printed {raw:?} raw on {stream}:\n{text}"
    );
}

/// Runs `open` on a thread and returns what it returns; fails the test if it has not after a
/// minute (a read blocked on a named pipe) instead of stalling the suite.
fn without_waiting<T: Send + 'static>(open: impl FnOnce() -> T + Send + 'static) -> T {
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || send.send(open()));
    receive
        .recv_timeout(Duration::from_secs(60))
        .expect("opening the corpus waited on a named pipe")
}

fn home() -> tempfile::TempDir {
    let home = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(home.path().join("config")).expect("config folder");
    home
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 temporary path")
}

// Files that are not articles: refused from their metadata, never opened to wait.

#[test]
fn an_index_entry_that_is_a_named_pipe_is_refused_and_the_rest_loads() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "ok.txt", ARTICLE);
    mkfifo(&dir.path().join("pipe.txt"));
    write(
        dir.path(),
        "index.ron",
        r#"(articles: [(file: "ok.txt", title: "OK"), (file: "pipe.txt", title: "Pipe")])"#,
    );
    let path = dir.path().to_path_buf();
    let (eager, lazy) = without_waiting(move || {
        let lazy = Corpus::open_lazily(std::slice::from_ref(&path)).unwrap();
        let read: usize = lazy.articles.iter().map(|a| a.text().len()).sum();
        assert_eq!(read, ARTICLE.len());
        (Corpus::open(&[path]).unwrap(), lazy)
    });
    for corpus in [eager, lazy] {
        assert_eq!(corpus.len(), 1);
        assert_eq!(corpus.articles[0].text(), ARTICLE);
        let warning = corpus.warnings[0].to_string();
        assert!(
            warning.ends_with("pipe.txt: is a named pipe, not an article"),
            "{warning}"
        );
    }
}

#[test]
fn a_named_pipe_among_a_folders_texts_is_reported_not_read() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "ok.txt", ARTICLE);
    mkfifo(&dir.path().join("pipe.md"));
    let path = dir.path().to_path_buf();
    let corpus = without_waiting(move || Corpus::open_lazily(&[path]).unwrap());
    assert_eq!(corpus.len(), 1);
    assert_eq!(corpus.warnings.len(), 1);
    assert!(
        corpus.warnings[0]
            .to_string()
            .ends_with("pipe.md: is a named pipe, not an article")
    );
}

#[test]
fn a_named_pipe_or_a_device_named_on_the_command_line_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = dir.path().join("pipe.txt");
    mkfifo(&pipe);
    for path in [pipe, PathBuf::from("/dev/zero")] {
        let opened = path.clone();
        let err = without_waiting(move || Corpus::open(&[opened]).unwrap_err());
        assert!(matches!(err, CorpusError::Unreadable { .. }), "{err:?}");
        let message = err.to_string();
        assert!(message.starts_with(arg(&path)), "{message}");
        assert!(message.contains("not an article"), "{message}");
    }
}

#[test]
fn an_index_that_is_a_named_pipe_is_an_error_not_a_wait() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "ok.txt", ARTICLE);
    mkfifo(&dir.path().join("index.ron"));
    let path = dir.path().to_path_buf();
    let err = without_waiting(move || Corpus::open(&[path]).unwrap_err().to_string());
    assert!(
        err.ends_with("index.ron: cannot read: is a named pipe, not a regular file"),
        "{err}"
    );
}

#[test]
fn no_subcommand_waits_on_a_named_pipe_in_the_corpus() {
    let home = home();
    let corpus = home.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    write(&corpus, "ok.txt", ARTICLE);
    mkfifo(&corpus.join("pipe.txt"));
    mkfifo(&corpus.join("entities.margin.ron"));
    write(
        &corpus,
        "index.ron",
        r#"(articles: [(file: "ok.txt", title: "OK"), (file: "pipe.txt", title: "Pipe")])"#,
    );
    for command in ["entities", "check", "export"] {
        let printed = margin(home.path(), &[command, arg(&corpus)]);
        assert!(
            printed
                .stderr
                .contains("pipe.txt: is a named pipe, not an article"),
            "{command}: {}",
            printed.stderr
        );
        if command != "export" {
            // The corrections file is read by the commands that build the entity index.
            assert!(
                printed.stderr.contains(
                    "entities.margin.ron: cannot read: is a named pipe, not a regular file"
                ),
                "{command}: {}",
                printed.stderr
            );
        }
    }
    let single = margin(home.path(), &["entities", arg(&corpus.join("pipe.txt"))]);
    assert!(!single.ok);
    assert!(single.stderr.contains("is a named pipe, not an article"));
}

#[test]
fn a_sidecar_that_is_a_named_pipe_is_named_not_waited_on() {
    // Under today's name it is reported; under the legacy one (the article's stem) it is
    // no sidecar of the article's and is left alone. Neither is waited on.
    for (sidecar, reported) in [("ok.txt.margin.ron", true), ("ok.margin.ron", false)] {
        let home = home();
        let corpus = home.path().join("corpus");
        std::fs::create_dir(&corpus).unwrap();
        write(&corpus, "ok.txt", ARTICLE);
        mkfifo(&corpus.join(sidecar));
        let printed = margin(
            home.path(),
            &["export", "--format", "markdown", arg(&corpus)],
        );
        let named = printed.stderr.contains(sidecar) && printed.stderr.contains("named pipe");
        assert_eq!(named, reported, "{sidecar}: {}", printed.stderr);
        assert!(
            !printed.stdout.is_empty(),
            "{sidecar}: the report is still written"
        );
    }
}

#[test]
fn a_config_that_is_a_named_pipe_stops_the_reader_with_a_message_not_a_wait() {
    let home = home();
    mkfifo(&home.path().join("config/config.ron"));
    let printed = margin(home.path(), &[]);
    assert!(!printed.ok);
    assert!(
        printed
            .stderr
            .contains("config.ron: cannot read: is a named pipe, not a regular file\n"),
        "{}",
        printed.stderr
    );
}

// Huge names.

#[test]
fn a_ten_megabyte_title_or_file_name_leaves_its_entry_out_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "ok.txt", ARTICLE);
    let huge = "T".repeat(10_000_000);
    write(
        dir.path(),
        "index.ron",
        &format!(
            r#"(articles: [(file: "ok.txt", title: "OK"), (file: "ok.txt", title: "{huge}"), (file: "{huge}.txt", title: "Long name")])"#
        ),
    );
    let corpus = Corpus::open_lazily(&[dir.path().to_path_buf()]).unwrap();
    assert_eq!(corpus.len(), 1);
    assert_eq!(corpus.articles[0].title, "OK");
    let warnings: Vec<String> = corpus.warnings.iter().map(|w| w.short()).collect();
    assert_eq!(
        warnings[0],
        format!(
            "index.ron: entry 2 (file \"ok.txt\"): its title is 10000000 bytes long; margin accepts up to {MAX_TEXT_BYTES}, so the entry is left out"
        )
    );
    assert!(
        warnings[1].starts_with("index.ron: entry 3 (file \"TTTT")
            && warnings[1].contains("its file name is 10000004 bytes long"),
        "{}",
        warnings[1]
    );
    // The warning itself stays short.
    assert!(warnings[1].len() < 300);
}

// Byte order marks and empty settings.

#[test]
fn an_index_with_a_byte_order_mark_opens() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "ok.txt", ARTICLE);
    write(
        dir.path(),
        "index.ron",
        "\u{FEFF}(name: \"Marked\", articles: [(file: \"ok.txt\", title: \"OK\")])",
    );
    let corpus = Corpus::open(&[dir.path().to_path_buf()]).unwrap();
    assert_eq!(corpus.name, "Marked");
    assert_eq!(corpus.articles[0].title, "OK");
}

#[test]
fn an_empty_or_marked_config_is_not_an_error() {
    for text in ["", "\n// nothing set yet\n", "\u{FEFF}(panes: (list: 30))"] {
        let home = home();
        write(&home.path().join("config"), "config.ron", text);
        // Without a terminal the reader stops at raw mode, after reading its config.
        let printed = margin(home.path(), &[]);
        assert!(
            !printed.stderr.contains("config.ron"),
            "{text:?}: {}",
            printed.stderr
        );
    }
}

// No read outside the corpus folder.

#[test]
fn a_text_linking_out_of_a_folder_without_index_is_refused_before_it_is_opened() {
    let outside = tempfile::tempdir().unwrap();
    let corpus = tempfile::tempdir().unwrap();
    write(corpus.path(), "ok.txt", ARTICLE);
    // Were the link followed to be opened, the pipe would block the title's read, and
    // were it checked as a file first, the warning would call it a named pipe.
    mkfifo(&outside.path().join("secret.txt"));
    write(outside.path(), "plain.txt", "Secret first line\n");
    std::os::unix::fs::symlink(
        outside.path().join("secret.txt"),
        corpus.path().join("a.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.path().join("plain.txt"), corpus.path().join("b.md"))
        .unwrap();
    // A link inside the folder is an article like any other.
    std::os::unix::fs::symlink(corpus.path().join("ok.txt"), corpus.path().join("c.txt")).unwrap();
    let path = corpus.path().to_path_buf();
    let corpus = without_waiting(move || Corpus::open_lazily(&[path]).unwrap());
    let files: Vec<&str> = corpus.articles.iter().map(|a| a.file.as_str()).collect();
    assert_eq!(files, ["c.txt", "ok.txt"]);
    let warnings: Vec<String> = corpus.warnings.iter().map(|w| w.short()).collect();
    assert_eq!(
        warnings,
        [
            "a.txt: refused: it links outside the corpus folder",
            "b.md: refused: it links outside the corpus folder",
        ]
    );
    assert!(corpus.articles.iter().all(|a| !a.title.contains("Secret")));
}

#[test]
fn an_index_linking_out_of_the_folder_is_not_read() {
    let outside = tempfile::tempdir().unwrap();
    let corpus = tempfile::tempdir().unwrap();
    write(corpus.path(), "ok.txt", ARTICLE);
    write(outside.path(), "secret.ron", "secret_token_1234");
    std::os::unix::fs::symlink(
        outside.path().join("secret.ron"),
        corpus.path().join("index.ron"),
    )
    .unwrap();
    let err = Corpus::open(&[corpus.path().to_path_buf()])
        .unwrap_err()
        .to_string();
    assert!(
        err.ends_with("index.ron: refused: it links outside the corpus folder"),
        "{err}"
    );
    assert!(!err.contains("secret_token"), "{err}");
}

#[test]
fn an_index_entry_through_a_linked_folder_out_of_the_corpus_is_refused() {
    let outside = tempfile::tempdir().unwrap();
    let corpus = tempfile::tempdir().unwrap();
    write(corpus.path(), "ok.txt", ARTICLE);
    write(outside.path(), "secret.txt", "Secret\n");
    std::os::unix::fs::symlink(outside.path(), corpus.path().join("sub")).unwrap();
    write(
        corpus.path(),
        "index.ron",
        r#"(articles: [(file: "ok.txt", title: "OK"), (file: "sub/secret.txt", title: "S")])"#,
    );
    let corpus = Corpus::open(&[corpus.path().to_path_buf()]).unwrap();
    assert_eq!(corpus.len(), 1);
    assert!(
        corpus.warnings[0]
            .problem
            .contains("points outside the corpus folder")
    );
}

// No escape sequence reaches the terminal.

#[test]
fn escape_sequences_in_config_never_reach_stderr() {
    let cases = [
        format!("(colours: (accent: \"{OSC_0}{OSC_52}\"))"),
        format!("(keys: {{\"article\": {{\"{OSC_0}{OSC_52}\": Quit}}}})"),
        format!("(keys: {{\"{OSC_0}{OSC_52}\": {{\"x\": Quit}}}})"),
    ];
    for config in cases {
        let home = home();
        write(&home.path().join("config"), "config.ron", &config);
        let printed = margin(home.path(), &[]);
        assert!(!printed.ok);
        assert!(
            printed.stderr.contains("config.ron")
                && printed.stderr.contains("␛]0;pwned␇␛]52;c;aGVsbG8=␇"),
            "{config:?}: {}",
            printed.stderr
        );
    }
}

#[test]
fn escape_sequences_in_entity_corrections_never_reach_stderr() {
    let home = home();
    let corpus = home.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    write(&corpus, "ok.txt", ARTICLE);
    write(
        &corpus,
        "entities.margin.ron",
        &format!(
            "(version: 1, corrections: [Split(doc: \"{OSC_0}{OSC_52}\", start: 0, end: 5), Rename(entity: \"{OSC_52}\", to: \"x\")])"
        ),
    );
    let printed = margin(home.path(), &["entities", arg(&corpus)]);
    assert!(printed.ok);
    assert!(
        printed
            .stderr
            .contains("correction 1 not applied: no mention at ␛]0;pwned␇␛]52;c;aGVsbG8=␇"),
        "{}",
        printed.stderr
    );
    margin(home.path(), &["entities", "--json", arg(&corpus)]);
    margin(home.path(), &["check", arg(&corpus)]);
    // A malformed file: its error is shown, safely.
    write(
        &corpus,
        "entities.margin.ron",
        &format!("(version: 1, corrections: [Split(doc: \"{OSC_0}\", start: 0, end: 5), Oops])"),
    );
    let printed = margin(home.path(), &["entities", arg(&corpus)]);
    assert!(
        printed.stderr.contains("entities.margin.ron"),
        "{}",
        printed.stderr
    );
}

/// A folder whose file names and text hold ESC, BEL, DEL, C1 controls and a bidi override.
fn corpus_with_hostile_names(dir: &Path) -> Vec<String> {
    let names = vec![
        format!("a{OSC_0}.txt"),
        "b\u{9b}2J\u{7f}.txt".to_string(),
        "c\u{202e}txt.md".to_string(),
    ];
    for name in &names {
        write(
            dir,
            name,
            &format!("Japan{OSC_52} said\u{9b}31m Toyota\u{7f} would invest in Osaka.\n{ARTICLE}"),
        );
    }
    names
}

#[test]
fn file_names_and_text_with_escape_sequences_are_printed_safely_by_every_subcommand() {
    let home = home();
    let corpus = home.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    let names = corpus_with_hostile_names(&corpus);
    for args in [
        &["entities"][..],
        &["entities", "--json"],
        &["check"],
        &["check", "--json"],
        &["export"],
        &["export", "--format", "json"],
    ] {
        let mut args = args.to_vec();
        args.push(arg(&corpus));
        let printed = margin(home.path(), &args);
        assert!(printed.ok, "{args:?}: {}", printed.stderr);
        assert!(!printed.stdout.is_empty(), "{args:?}");
    }
    // JSON keeps the real names: escaped, they parse back to the file names.
    let printed = margin(home.path(), &["entities", "--json", arg(&corpus)]);
    let mut docs: Vec<String> = printed
        .stdout
        .lines()
        .map(|line| {
            let value: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            value["doc"].as_str().expect("doc").to_string()
        })
        .collect();
    docs.dedup();
    assert_eq!(docs, names);
}

#[test]
fn a_path_with_an_escape_sequence_is_named_safely_in_errors() {
    let home = home();
    let missing = home.path().join(format!("{OSC_0}gone.txt"));
    let printed = margin(home.path(), &["entities", arg(&missing)]);
    assert!(!printed.ok);
    assert!(
        printed
            .stderr
            .contains("␛]0;pwned␇gone.txt: file not found")
    );
    let corpus = home.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    write(&corpus, "ok.txt", ARTICLE);
    write(&corpus, &format!("bad{OSC_52}.txt"), "");
    let printed = margin(home.path(), &["entities", arg(&corpus)]);
    assert!(
        printed.stderr.contains("bad␛]52;c;aGVsbG8=␇.txt: is empty"),
        "{}",
        printed.stderr
    );
}
