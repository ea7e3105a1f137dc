//! Configuration (`config.ron`: keys, colours, pane widths, the mouse, the author) and the
//! folders margin uses.
//!
//! [`Config::from_ron`] is pure: it reads a user file's text over the defaults. Every field is
//! optional and unknown fields are errors, so a typo is reported instead of ignored.

pub mod author;

use crate::corpus::Origin;
use crate::keys::{Binding, Context, Keys};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PaneWidths {
    /// The article list's least width, in columns; it grows with the terminal from there.
    pub list: u16,
    /// The article list's greatest width, in columns.
    pub list_max: u16,
    /// The share of the terminal's width the article list takes between those two, in
    /// percent.
    pub list_percent: u16,
    pub entities: u16,
    /// Widest the article's text may be, in columns.
    pub max_text: u16,
}

impl Default for PaneWidths {
    fn default() -> Self {
        Self {
            list: 26,
            list_max: 44,
            list_percent: 22,
            entities: 32,
            max_text: 100,
        }
    }
}

impl PaneWidths {
    /// The article list's width on a terminal `width` columns wide: `list_percent` of it,
    /// kept between `list` and `list_max`.
    pub fn list_at(&self, width: u16) -> u16 {
        let share = (u32::from(width) * u32::from(self.list_percent) / 100) as u16;
        share.min(self.list_max).max(self.list)
    }
}

/// Colour names or `#rrggbb` for the parts of the screen; the terminal shell parses them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Colours {
    pub accent: Option<String>,
    pub cursor: Option<String>,
    pub search: Option<String>,
    pub heading: Option<String>,
    pub dim: Option<String>,
    /// Names of people, places, organisations... in the text.
    pub mention: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct ConfigFile {
    /// Context name -> key string -> action, kept as written: `app::keymap` reads it.
    keys: BTreeMap<String, BTreeMap<String, Box<ron::value::RawValue>>>,
    panes: PaneWidths,
    colours: Colours,
    /// `false` leaves the mouse to the terminal, so its own selection works.
    mouse: Option<bool>,
    /// The name written on the reader's annotations and corrections.
    author: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// The key bindings `config.ron` adds, over the defaults (see `app::keymap`).
    pub bindings: Vec<Binding>,
    pub panes: PaneWidths,
    pub colours: Colours,
    /// Whether margin takes the mouse (clicks and the wheel) at start; when it does not, the
    /// terminal's own selection works. A key toggles it while reading.
    pub mouse: bool,
    /// The name written on the reader's annotations, when `config.ron` sets one (else see
    /// [`author::resolve`]).
    pub author: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            bindings: Vec::new(),
            panes: PaneWidths::default(),
            colours: Colours::default(),
            mouse: true,
            author: None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}:{line}:{column}: {message}")]
    Parse {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
    /// The error is part of the message, not a `source`: printed as a chain, it would be
    /// said twice.
    #[error("{path}: cannot read: {error}")]
    Read {
        path: PathBuf,
        error: std::io::Error,
    },
}

impl Config {
    /// Parses a config file's text (`path` only names it in errors) over the defaults. A
    /// UTF-8 byte order mark is skipped; a file of only blanks and comments is the defaults.
    pub fn from_ron(source: &str, path: &Path) -> Result<Self, ConfigError> {
        let source = source.strip_prefix('\u{FEFF}').unwrap_or(source);
        if is_blank_ron(source) {
            return Ok(Config::default());
        }
        let file: ConfigFile = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .from_str(source)
            .map_err(|e: ron::error::SpannedError| ConfigError::Parse {
                path: path.to_path_buf(),
                line: e.span.start.line,
                column: e.span.start.col,
                message: e.code.to_string(),
            })?;
        let invalid = |message: String| ConfigError::Invalid {
            path: path.to_path_buf(),
            message,
        };
        let mut bindings = Vec::new();
        for (context_name, keys) in file.keys {
            let context = Context::from_name(&context_name).ok_or_else(|| {
                let names: Vec<&str> = Context::ALL.iter().map(|c| c.name()).collect();
                invalid(format!(
                    "unknown key context \"{context_name}\" (one of {})",
                    names.join(", ")
                ))
            })?;
            for (key, action) in keys {
                let keys = Keys::parse(&key)
                    .map_err(|e| invalid(format!("in keys.{context_name}: {e}")))?;
                bindings.push(Binding {
                    context,
                    keys,
                    action: action.get_ron().trim().to_owned(),
                });
            }
        }
        if file.panes.max_text < 20 {
            return Err(invalid("panes.max_text must be at least 20 columns".into()));
        }
        Ok(Config {
            bindings,
            panes: file.panes,
            colours: file.colours,
            mouse: file.mouse.unwrap_or(true),
            author: match file.author.map(|a| a.trim().to_owned()) {
                Some(a) if a.is_empty() => {
                    return Err(invalid("author must not be empty".into()));
                }
                author => author,
            },
        })
    }

    /// Reads `config.ron` from `dir`; a missing file gives the defaults. Anything but a
    /// regular file (a named pipe, a device) is refused without waiting on it.
    pub fn load(dir: &Path) -> Result<Self, ConfigError> {
        let path = dir.join("config.ron");
        match crate::corpus::file::read_to_string(&path, MAX_CONFIG_BYTES) {
            Ok(text) => Self::from_ron(&text, &path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(error) => Err(ConfigError::Read { path, error }),
        }
    }
}

/// The largest `config.ron` margin reads (a full one is a few KiB).
const MAX_CONFIG_BYTES: u64 = 1 << 20;

/// Whether `source` holds nothing but whitespace and RON comments (`// …`, nested `/* … */`).
fn is_blank_ron(source: &str) -> bool {
    let mut rest = source.trim_start();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, next)| next);
        } else if rest.starts_with("/*") {
            match block_comment_end(rest) {
                Some(end) => rest = &rest[end..],
                // Unclosed: not blank, and the parser says where the comment starts.
                None => return false,
            }
        } else {
            return false;
        }
        rest = rest.trim_start();
    }
    true
}

/// The byte just after the block comment `text` starts with (comments nest), if it closes.
fn block_comment_end(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i + 1 < bytes.len() {
        match (bytes[i], bytes[i + 1]) {
            (b'/', b'*') => {
                depth += 1;
                i += 2;
            }
            (b'*', b'/') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => i += 1,
        }
    }
    None
}

/// The config and data folders: from `directories`, or `MARGIN_CONFIG_DIR` / `MARGIN_DATA_DIR`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Folders {
    pub config: PathBuf,
    pub data: PathBuf,
}

impl Folders {
    pub fn from_env() -> Option<Self> {
        let dirs = directories::ProjectDirs::from("", "", "margin");
        let pick = |var: &str, fallback: Option<&Path>| {
            std::env::var_os(var)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
                .or(fallback.map(Path::to_path_buf))
        };
        Some(Folders {
            config: pick("MARGIN_CONFIG_DIR", dirs.as_ref().map(|d| d.config_dir()))?,
            data: pick("MARGIN_DATA_DIR", dirs.as_ref().map(|d| d.data_dir()))?,
        })
    }

    pub fn session_file(&self) -> PathBuf {
        self.data.join("session.ron")
    }

    /// The folder for margin's files about a corpus (entity corrections, sidecars): beside
    /// the articles when that folder can be written, else a folder of its own under the data
    /// folder. The embedded corpus always uses `<data>/seeds`.
    pub fn corpus_store(&self, origin: &Origin) -> PathBuf {
        let beside = match origin {
            Origin::Embedded => return self.data.join("seeds"),
            Origin::Folder(dir) => dir.clone(),
            Origin::Files(files) => files
                .first()
                .and_then(|f| f.parent())
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf),
        };
        if is_writable(&beside) {
            return beside;
        }
        self.fallback_store(origin)
    }

    /// The folder under the data folder for a corpus whose own folder cannot be written: the
    /// same name for the same corpus on every run.
    pub fn fallback_store(&self, origin: &Origin) -> PathBuf {
        self.data.join("corpora").join(stable_name(&origin.key()))
    }

    /// The reader's entity corrections for a corpus (see [`Folders::corrections_place`]).
    pub fn corrections_file(&self, origin: &Origin) -> PathBuf {
        self.corrections_place(origin).0
    }

    /// Where the entity corrections of a corpus are kept: `margin-entities.ron` in the
    /// corpus store, unless that file (or its legacy name) is a symlink there, which margin
    /// never writes through: then under the data folder, with the reason for the status bar.
    pub fn corrections_place(&self, origin: &Origin) -> (PathBuf, Option<String>) {
        use crate::entities::{CORRECTIONS_FILE, LEGACY_CORRECTIONS_FILE};
        let store = self.corpus_store(origin);
        let is_link = |name: &str| {
            std::fs::symlink_metadata(store.join(name)).is_ok_and(|m| m.file_type().is_symlink())
        };
        let Some(link) = [CORRECTIONS_FILE, LEGACY_CORRECTIONS_FILE]
            .into_iter()
            .find(|name| is_link(name))
        else {
            return (store.join(CORRECTIONS_FILE), None);
        };
        let fallback = self.fallback_store(origin);
        let why = format!(
            "{} is a symbolic link: margin does not write through links; entity corrections are saved in {}",
            store.join(link).display(),
            fallback.display()
        );
        (fallback.join(CORRECTIONS_FILE), Some(why))
    }
}

/// Whether margin can create files in `dir`.
pub fn is_writable(dir: &Path) -> bool {
    tempfile::NamedTempFile::new_in(dir).is_ok()
}

/// A short name for a folder, the same for the same key on every run (FNV-1a).
fn stable_name(key: &str) -> String {
    let hash = key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bindings_keep_their_keys_parsed_and_their_actions_as_written() {
        let config = Config::from_ron(
            r#"(keys: {"article": {"gt": NextArticle, "z j": MoveSentence( Next )}})"#,
            Path::new("c.ron"),
        )
        .unwrap();
        let shown: Vec<(String, &str)> = config
            .bindings
            .iter()
            .map(|b| (b.keys.to_string(), b.action.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                ("gt".to_string(), "NextArticle"),
                ("zj".to_string(), "MoveSentence( Next )")
            ]
        );
        assert!(
            config
                .bindings
                .iter()
                .all(|b| b.context == Context::Article)
        );
    }

    #[test]
    fn a_sequence_too_long_is_refused_with_the_file_named() {
        let error = Config::from_ron(
            r#"(keys: {"article": {"a b c d": Quit}})"#,
            Path::new("c.ron"),
        )
        .unwrap_err()
        .to_string();
        assert!(error.starts_with("c.ron: in keys.article:"), "{error}");
        assert!(error.contains("up to 3 keys"), "{error}");
    }

    #[test]
    fn an_unwritable_corpus_folder_stores_under_the_data_folder() {
        let dir = tempfile::tempdir().unwrap();
        let folders = Folders {
            config: dir.path().join("c"),
            data: dir.path().join("d"),
        };
        let writable = dir.path().join("corpus");
        std::fs::create_dir(&writable).unwrap();
        assert_eq!(
            folders.corpus_store(&Origin::Folder(writable.clone())),
            writable
        );
        let missing = dir.path().join("gone");
        let store = folders.corpus_store(&Origin::Folder(missing));
        assert!(store.starts_with(dir.path().join("d/corpora")), "{store:?}");
        assert_eq!(
            folders.corpus_store(&Origin::Embedded),
            dir.path().join("d/seeds")
        );
    }

    #[test]
    fn the_author_is_read_trimmed_and_an_empty_one_is_refused() {
        let path = Path::new("config.ron");
        assert_eq!(Config::default().author, None);
        let config = Config::from_ron("(author: \" Ana Lima \")", path).unwrap();
        assert_eq!(config.author.as_deref(), Some("Ana Lima"));
        let error = Config::from_ron("(author: \"  \")", path).unwrap_err();
        assert_eq!(error.to_string(), "config.ron: author must not be empty");
    }

    #[test]
    fn the_mouse_is_taken_unless_the_file_says_mouse_false() {
        let path = Path::new("config.ron");
        assert!(Config::default().mouse);
        assert!(Config::from_ron("(panes: (list: 30))", path).unwrap().mouse);
        assert!(!Config::from_ron("(mouse: false)", path).unwrap().mouse);
        assert!(Config::from_ron("(mouse: true)", path).unwrap().mouse);
        let error = Config::from_ron("(mouse: \"no\")", path).unwrap_err();
        assert!(error.to_string().starts_with("config.ron:1:"), "{error}");
    }

    #[test]
    fn the_article_list_widens_with_the_terminal_between_its_bounds() {
        let widths = PaneWidths::default();
        assert_eq!(widths.list_at(80), widths.list);
        assert_eq!(widths.list_at(160), 35);
        assert_eq!(widths.list_at(400), widths.list_max);
        let fixed = PaneWidths {
            list: 30,
            list_max: 20,
            ..widths
        };
        assert_eq!(
            fixed.list_at(200),
            30,
            "the least width wins a contradiction"
        );
    }

    #[test]
    fn a_partial_file_keeps_the_other_defaults() {
        let config = Config::from_ron("(panes: (list: 30))", Path::new("config.ron")).unwrap();
        assert_eq!(
            config.panes,
            PaneWidths {
                list: 30,
                ..PaneWidths::default()
            }
        );
    }

    #[test]
    fn an_empty_or_comment_only_file_is_the_defaults() {
        for source in [
            "",
            "  \n\t\n",
            "// keys come later\n",
            "/* nothing /* nested */ yet */\n// still nothing",
            "\u{FEFF}",
            "\u{FEFF}// a comment after a byte order mark",
        ] {
            let config = Config::from_ron(source, Path::new("config.ron"));
            assert_eq!(config.unwrap(), Config::default(), "{source:?}");
        }
    }

    #[test]
    fn an_unclosed_comment_is_still_an_error() {
        let err = Config::from_ron("/* never closed", Path::new("c.ron")).unwrap_err();
        assert!(err.to_string().starts_with("c.ron:1:"), "{err}");
    }

    #[test]
    fn a_byte_order_mark_before_the_settings_is_skipped() {
        let config =
            Config::from_ron("\u{FEFF}(panes: (list: 30))", Path::new("config.ron")).unwrap();
        assert_eq!(config.panes.list, 30);
    }

    #[cfg(unix)]
    #[test]
    fn a_config_that_is_a_named_pipe_is_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let made = std::process::Command::new("mkfifo")
            .arg(dir.path().join("config.ron"))
            .status()
            .unwrap();
        assert!(made.success());
        let err = Config::load(dir.path()).unwrap_err().to_string();
        assert!(
            err.ends_with("config.ron: cannot read: is a named pipe, not a regular file"),
            "{err}"
        );
    }

    #[test]
    fn a_typo_names_the_file_line_and_column() {
        let err = Config::from_ron("(\n  panes: (lst: 30),\n)", Path::new("/cfg/config.ron"))
            .unwrap_err();
        let message = err.to_string();
        assert!(message.starts_with("/cfg/config.ron:2:"), "{message}");
        assert!(message.contains("lst"), "{message}");
    }

    #[test]
    fn an_unknown_key_or_context_is_reported() {
        let err = Config::from_ron(
            r#"(keys: {"article": {"ctrl-banana": Quit}})"#,
            Path::new("c.ron"),
        )
        .unwrap_err();
        assert!(
            err.to_string().contains("unknown key \"ctrl-banana\""),
            "{err}"
        );
        let err =
            Config::from_ron(r#"(keys: {"reader": {"x": Quit}})"#, Path::new("c.ron")).unwrap_err();
        assert!(
            err.to_string().contains("unknown key context \"reader\""),
            "{err}"
        );
    }
}
