//! A reader of the seed corpus for undo tests: its data folder (as `MARGIN_DATA_DIR` names
//! it) is a temporary folder, effects are carried out as the shell does, workers run inline;
//! with what the files on disk and the screen hold.
#![allow(dead_code)] // each test file uses its own part

use margin::annotations::{Annotations, Timestamp, sidecar};
use margin::app::action::{Action, Effect};
use margin::app::effects::carry_out;
use margin::app::keymap::parse_keys;
use margin::app::session::Session;
use margin::app::{App, Pane, background, sidecars};
use margin::config::{Colours, Config, Folders};
use margin::corpus::Corpus;
use margin::entities::{Correction, Corrections};
use margin::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use std::collections::VecDeque;

pub const WIDTH: u16 = 160;
pub const HEIGHT: u16 = 45;

/// A reader of the seed corpus whose data folder (as `MARGIN_DATA_DIR` names it) is a
/// temporary folder; effects are carried out as the shell does, workers run inline.
pub struct Reader {
    _dir: tempfile::TempDir,
    folders: Folders,
    session: Session,
    pub app: App,
}

pub fn reader() -> Reader {
    reader_sized(WIDTH, HEIGHT)
}

/// As [`reader`], on a terminal of `width` × `height`.
pub fn reader_sized(width: u16, height: u16) -> Reader {
    let dir = tempfile::tempdir().unwrap();
    let folders = Folders {
        config: dir.path().join("config"),
        data: dir.path().join("data"),
    };
    let mut app = App::new(Corpus::embedded(), Config::default(), None);
    let (notes, messages) = sidecars::load(&app.corpus, &folders);
    app.set_sidecars(notes, messages);
    let file = folders.corrections_file(&app.corpus.origin);
    app.set_corrections(Corrections::default(), Some(file), None);
    app.set_time(Timestamp(1_764_000_000));
    app.update(Action::Resize { width, height });
    let mut reader = Reader {
        _dir: dir,
        folders,
        session: Session::default(),
        app,
    };
    let started = reader.app.start();
    reader.run(started);
    reader
}

impl Reader {
    pub fn run(&mut self, effects: Vec<Effect>) {
        let mut queue: VecDeque<Effect> = effects.into();
        while let Some(effect) = queue.pop_front() {
            let action = match effect {
                Effect::Background(job) => Some(background::run(job, |_| {})),
                Effect::Quit => None,
                other => carry_out(&other, &self.folders, &mut self.session),
            };
            if let Some(action) = action {
                queue.extend(self.app.update(action));
            }
        }
    }

    pub fn press(&mut self, keys: &str) {
        for key in parse_keys(keys).unwrap() {
            let effects = self.app.handle_key(key);
            self.run(effects);
        }
    }

    /// Presses `keys` but holds back the background work they ask for (the index rebuilt
    /// after a correction), as a slow worker would; hand it to [`Reader::run`] to land it.
    pub fn press_holding(&mut self, keys: &str) -> Vec<Effect> {
        let mut held = Vec::new();
        for key in parse_keys(keys).unwrap() {
            let (background, rest) = self
                .app
                .handle_key(key)
                .into_iter()
                .partition(|e| matches!(e, Effect::Background(_)));
            held.extend::<Vec<Effect>>(background);
            self.run(rest);
        }
        held
    }

    /// The data folder (`MARGIN_DATA_DIR`) the reader saves into.
    pub fn data_dir(&self) -> &std::path::Path {
        &self.folders.data
    }

    /// The sidecar of `article` as written on disk (empty when none was written).
    pub fn sidecar(&self, article: usize) -> Annotations {
        let path = self.app.annotations.notes[article].path.clone().unwrap();
        assert!(path.starts_with(&self.folders.data), "{path:?}");
        match std::fs::read_to_string(&path) {
            Ok(text) => sidecar::from_ron(&text).unwrap(),
            Err(_) => Annotations::new(&self.app.corpus.articles[article].file, ""),
        }
    }

    /// The corrections as written to `margin-entities.ron`.
    pub fn corrections(&self) -> Vec<Correction> {
        let path = self.folders.corrections_file(&self.app.corpus.origin);
        assert!(path.starts_with(&self.folders.data));
        match std::fs::read_to_string(path) {
            Ok(text) => Corrections::from_ron(&text).unwrap().corrections,
            Err(_) => Vec::new(),
        }
    }

    pub fn status(&self) -> String {
        self.app
            .message
            .as_ref()
            .map_or(String::new(), |m| m.text.clone())
    }

    /// The screen as drawn, cells with their styles.
    pub fn buffer(&self) -> Buffer {
        let theme = Theme::new(&Colours::default(), false).unwrap();
        let (width, height) = self.app.areas.size();
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal
            .draw(|frame| ui::render(&self.app, &theme, frame))
            .unwrap();
        terminal.backend().buffer().clone()
    }

    /// The screen's symbols, a line per row.
    pub fn screen(&self) -> String {
        let (width, height) = self.app.areas.size();
        let buffer = self.buffer();
        (0..height)
            .map(|y| {
                let mut line = String::new();
                let mut x = 0;
                while x < width {
                    let symbol = buffer[(x, y)].symbol();
                    line.push_str(symbol);
                    x += (unicode_width::UnicodeWidthStr::width(symbol) as u16).max(1);
                }
                line
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Asserts the message is `expected` and the screen shows it (its start: how a long
    /// message is laid out is the status bar's business).
    pub fn says(&self, expected: &str) {
        assert_eq!(self.status(), expected);
        let start: String = expected.chars().take(60).collect();
        let screen = self.screen();
        assert!(
            screen.contains(&start),
            "{start:?} is not on screen:\n{screen}"
        );
    }

    /// The entities pane as drawn.
    pub fn pane(&self) -> String {
        let area = self.app.areas.entities.unwrap();
        let screen = self.screen();
        screen
            .lines()
            .take((area.y + area.height) as usize)
            .map(|l| l.chars().skip(area.x as usize).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Focuses the entities pane and selects `entity` there.
    pub fn select(&mut self, entity: &str) {
        while self.app.focus != Pane::Entities {
            self.press("tab");
        }
        let keys: Vec<String> = entity
            .to_lowercase()
            .chars()
            .map(|c| match c {
                ' ' => "space".to_string(),
                c => c.to_string(),
            })
            .collect();
        self.press(&format!("/ {} enter", keys.join(" ")));
        while self.selected() != entity {
            self.press("j");
        }
        // Esc clears the filter, but while merging it would cancel the merge instead.
        if self.app.entities.merging.is_none() {
            self.press("esc");
        }
        assert_eq!(self.selected(), entity);
    }

    pub fn selected(&self) -> String {
        let id = self.app.entities.selected_entity().unwrap();
        self.app.entities.entity(id).unwrap().name.clone()
    }

    pub fn has_entity(&self, name: &str) -> bool {
        self.app.entities.index().unwrap().find(name).is_some()
    }
}
