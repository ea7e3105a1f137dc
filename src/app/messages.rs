//! The session's messages: every status message and load problem, kept in a log that `M`
//! lists, and the error shown until `Esc` dismisses it.
//!
//! Actions keep setting [`App::message`] as before; after each action [`App::update`] hands a
//! new message to [`App::note_message`], which neutralises its control characters, logs it and
//! pins it when it is an error. The log and the wrapping of messages to a width are plain
//! data, so what the screen shows is tested without a terminal.

use super::action::Dir;
use super::{App, Message, Mode, Severity};
use crate::text::{ByteSpan, display, layout};

/// Entries kept; the oldest after the load problems go first beyond this.
const LOG_LIMIT: usize = 1000;
/// What a pinned message says about how it goes away.
pub const DISMISS_HINT: &str = "Esc dismisses";

/// One logged message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub severity: Severity,
    /// Already neutralised for display.
    pub text: String,
    /// Found while loading the corpus, its sidecars or its corrections.
    pub load_problem: bool,
    /// How many times in a row it was said (1 when once).
    pub times: usize,
}

/// The message log and the message pinned on screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MessageLog {
    entries: Vec<Entry>,
    /// Shown until dismissed: the latest error, or the load problems' summary.
    pub pinned: Option<Message>,
    /// The load problems' summary last shown: not logged, its problems are, one by one.
    summary: Option<String>,
}

impl MessageLog {
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn load_problems(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| e.load_problem)
    }

    fn push(&mut self, severity: Severity, text: String, load_problem: bool) {
        if let Some(last) = self.entries.last_mut()
            && last.text == text
            && last.severity == severity
            && last.load_problem == load_problem
        {
            last.times += 1;
            return;
        }
        self.entries.push(Entry {
            severity,
            text,
            load_problem,
            times: 1,
        });
        if self.entries.len() > LOG_LIMIT
            && let Some(oldest) = self.entries.iter().position(|e| !e.load_problem)
        {
            self.entries.remove(oldest);
        }
    }

    /// The log as rows of at most `width` columns: each entry wrapped, its first row marked
    /// by severity and the rows after it indented.
    pub fn rows(&self, width: usize) -> Vec<(Severity, String)> {
        let mut rows = Vec::new();
        for entry in &self.entries {
            let mark = match entry.severity {
                Severity::Error => "✗ ",
                Severity::Warning => "! ",
                Severity::Info => "· ",
            };
            let mut text = entry.text.clone();
            if entry.load_problem {
                text.insert_str(0, "loading: ");
            }
            if entry.times > 1 {
                text.push_str(&format!(" (×{})", entry.times));
            }
            for (i, line) in wrap(&text, width.saturating_sub(2)).into_iter().enumerate() {
                let lead = if i == 0 { mark } else { "  " };
                rows.push((entry.severity, format!("{lead}{line}")));
            }
        }
        rows
    }
}

impl App {
    /// Logs the message an action set (when it differs from `before`), neutralised, and pins
    /// it when it is an error. A message that only follows typing (a search as it is typed)
    /// is shown but not logged.
    pub(super) fn note_message(&mut self, before: Option<&Message>, live: bool) {
        let Some(mut message) = self.message.clone() else {
            return;
        };
        if Some(&message) == before || self.messages.summary.as_ref() == Some(&message.text) {
            return;
        }
        message.text = self.readable(&message.text);
        self.message = Some(message.clone());
        if live {
            return;
        }
        self.messages
            .push(message.severity, message.text.clone(), false);
        if message.severity == Severity::Error {
            self.messages.pinned = Some(message);
        }
    }

    /// Problems found while loading: each is logged whole, and the first, with how many more
    /// there are, stays on screen until dismissed.
    pub fn report_load_problems(&mut self, severity: Severity, problems: &[String]) {
        for problem in problems {
            let text = self.readable(problem);
            self.messages.push(severity, text, true);
        }
        let all: Vec<&Entry> = self.messages.load_problems().collect();
        let Some(first) = all.first() else {
            return;
        };
        let worst = all.iter().map(|e| e.severity).max_by_key(|s| *s as u8);
        let text = match all.len() - 1 {
            0 => first.text.clone(),
            more => format!(
                "{} (and {}; M lists all)",
                first.text,
                crate::text::count(more, "more problem", "more problems")
            ),
        };
        let message = Message {
            severity: worst.unwrap_or(severity),
            text,
        };
        self.messages.summary = Some(message.text.clone());
        self.message = Some(message.clone());
        self.messages.pinned = Some(message);
    }

    /// Whether a message waits for `Esc`.
    pub fn has_pinned_message(&self) -> bool {
        self.messages.pinned.is_some()
    }

    /// `Esc` on a pinned message: it goes (it stays in the log).
    pub(super) fn dismiss_pinned(&mut self) {
        if let Some(pinned) = self.messages.pinned.take()
            && self.message.as_ref() == Some(&pinned)
        {
            self.message = None;
        }
    }

    /// The messages to show now: the pinned one (with how to dismiss it), then the latest
    /// message when it is another.
    pub fn shown_messages(&self) -> Vec<Message> {
        let mut shown = Vec::new();
        if let Some(pinned) = &self.messages.pinned {
            shown.push(Message {
                severity: pinned.severity,
                text: format!("{} · {DISMISS_HINT}", pinned.text),
            });
        }
        if let Some(message) = &self.message
            && Some(message) != self.messages.pinned.as_ref()
        {
            shown.push(Message {
                severity: message.severity,
                text: display::sanitize(&message.text),
            });
        }
        shown
    }

    /// `M`: the message log, scrolled to its newest entries.
    pub(super) fn open_messages(&mut self) {
        self.mode = Mode::Messages { scroll: 0 };
        self.scroll_messages(Dir::Next, usize::MAX);
    }

    pub fn is_reading_messages(&self) -> bool {
        matches!(self.mode, Mode::Messages { .. })
    }

    /// The log's rows as the view shows them, and how many fit: the body less its border.
    pub fn message_view(&self) -> (Vec<(Severity, String)>, usize) {
        let (width, height) = log_view_inner(self.areas.status.width, self.areas.status.y);
        (self.messages.rows(width as usize), height as usize)
    }

    /// Scrolls the log view by `rows`, no further than its last page.
    pub(super) fn scroll_messages(&mut self, dir: Dir, rows: usize) {
        let (lines, height) = self.message_view();
        let last = lines.len().saturating_sub(height);
        if let Mode::Messages { scroll } = &mut self.mode {
            *scroll = match dir {
                Dir::Next => scroll.saturating_add(rows).min(last),
                Dir::Prev => scroll.saturating_sub(rows),
            };
        }
    }

    /// `text` neutralised for display, with paths inside the corpus folder shown relative
    /// to it (the status bar names the corpus).
    fn readable(&self, text: &str) -> String {
        let text = display::sanitize(text);
        match &self.corpus.origin {
            crate::corpus::Origin::Folder(dir) if !dir.as_os_str().is_empty() => {
                let prefix = display::sanitize(&format!("{}/", dir.display()));
                strip_at_word_starts(&text, &prefix)
            }
            _ => text,
        }
    }
}

/// `text` without `prefix` where it starts a word (at the start, or after a space or an
/// opening quote), so "/c/notes/a.margin.ron: …" reads "a.margin.ron: …".
fn strip_at_word_starts(text: &str, prefix: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut at_word_start = true;
    while !rest.is_empty() {
        if at_word_start && let Some(after) = rest.strip_prefix(prefix) {
            rest = after;
            at_word_start = false;
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        out.push(c);
        rest = &rest[c.len_utf8()..];
        at_word_start = c.is_whitespace() || matches!(c, '"' | '“' | '(' | '\'');
    }
    out
}

/// The inside of the log view for a body of `width` × `height`: all of it but the border.
pub fn log_view_inner(width: u16, height: u16) -> (u16, u16) {
    (width.saturating_sub(2), height.saturating_sub(2))
}

/// `text` (already neutralised) wrapped to `width` display columns at spaces; a word wider
/// than the line is cut between chars. Nothing is dropped.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    layout::wrap(text, ByteSpan::new(0, text.len()), width.max(1))
        .into_iter()
        .map(|span| span.slice(text).to_string())
        .collect()
}

/// A long path cut in the middle to at most `max` columns: its first folder, `…`, and as
/// many of its last parts as fit (the file name always whole).
pub fn shorten_path(path: &str, max: usize) -> String {
    if display::str_width(path) <= max {
        return path.to_string();
    }
    let parts: Vec<&str> = path.split('/').collect();
    let Some((name, folders)) = parts.split_last() else {
        return path.to_string();
    };
    let head = match folders.first() {
        Some(&"") => folders.get(1).map_or(String::new(), |f| format!("/{f}")),
        Some(first) => (*first).to_string(),
        None => String::new(),
    };
    let mut tail = (*name).to_string();
    for folder in folders.iter().skip(2).rev() {
        let longer = format!("{folder}/{tail}");
        if display::str_width(&head) + 3 + display::str_width(&longer) > max {
            break;
        }
        tail = longer;
    }
    format!("{head}/…/{tail}")
}

/// `text` with every absolute path in it longer than `max` columns cut in the middle. A path
/// runs from a `/` that starts a word to a space, or to a `:` before a line number or a space.
pub fn shorten_paths(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut rest = text;
    let mut at_word_start = true;
    while let Some(c) = rest.chars().next() {
        if at_word_start && c == '/' {
            let end = path_end(rest);
            out.push_str(&shorten_path(&rest[..end], max));
            rest = &rest[end..];
            at_word_start = false;
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
        at_word_start = c.is_whitespace() || matches!(c, '"' | '“' | '(');
    }
    out
}

fn path_end(s: &str) -> usize {
    let bytes = s.as_bytes();
    for (i, c) in s.char_indices() {
        if c.is_whitespace() || matches!(c, '"' | '”' | ')') {
            return i;
        }
        if c == ':'
            && bytes
                .get(i + 1)
                .is_none_or(|b| b.is_ascii_digit() || *b == b' ')
        {
            return i;
        }
    }
    s.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_word() {
        let text = "Ryosei Akazawa: mention 3/17 · article 2/5 · wrapped to the first";
        let rows = wrap(text, 20);
        assert!(rows.iter().all(|r| display::str_width(r) <= 20), "{rows:?}");
        assert_eq!(rows.join(" "), text);
    }

    #[test]
    fn a_long_path_keeps_its_start_and_its_file_name() {
        let path =
            "/home/reader/.local/share/margin/corpora/folder-3f9a0c1b/nikkei-asia.margin.ron";
        let short = shorten_path(path, 48);
        assert!(display::str_width(&short) <= 48, "{short}");
        assert!(short.starts_with("/home/…/"), "{short}");
        assert!(
            short.ends_with("/folder-3f9a0c1b/nikkei-asia.margin.ron"),
            "{short}"
        );
        assert_eq!(shorten_path("notes/a.margin.ron", 48), "notes/a.margin.ron");
    }

    #[test]
    fn paths_in_a_message_are_shortened_before_the_line_number() {
        let text = "/home/reader/.local/share/margin/corpora/folder-3f9a0c1b/nikkei.margin.ron:12:7: expected `)`";
        assert_eq!(
            shorten_paths(text, 48),
            "/home/…/folder-3f9a0c1b/nikkei.margin.ron:12:7: expected `)`"
        );
    }

    #[test]
    fn the_corpus_folder_is_stripped_only_where_a_path_starts() {
        assert_eq!(
            strip_at_word_starts("/c/x/a.margin.ron: bad; see “/c/x/b.txt”", "/c/x/"),
            "a.margin.ron: bad; see “b.txt”"
        );
        assert_eq!(strip_at_word_starts("a/c/x/b", "/c/x/"), "a/c/x/b");
    }

    #[test]
    fn a_repeated_message_is_logged_once_with_a_count() {
        let mut log = MessageLog::default();
        log.push(Severity::Info, "nothing to undo".into(), false);
        log.push(Severity::Info, "nothing to undo".into(), false);
        assert_eq!(log.entries().len(), 1);
        assert_eq!(log.rows(40)[0].1, "· nothing to undo (×2)");
    }
}
