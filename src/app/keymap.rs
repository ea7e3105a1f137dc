//! Keys and the keymap: a pure lookup from (context, key) to an action.
//!
//! The same table drives the help screen, so the help can never drift from the behaviour.
//! `config.ron` overrides bindings per context by key string (`"ctrl-d"`, `"G"`, `"pgdn"`).

use super::action::{Action, Dir};
use super::selection::Motion;
use std::collections::BTreeMap;
use std::fmt;

/// A key as margin sees it, free of any terminal library.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum KeyCode {
    Char(char),
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
    Delete,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    F(u8),
}

impl Key {
    pub const fn plain(code: KeyCode) -> Self {
        Self {
            code,
            ctrl: false,
            alt: false,
        }
    }

    pub const fn char(c: char) -> Self {
        Self::plain(KeyCode::Char(c))
    }

    pub const fn ctrl(c: char) -> Self {
        Self {
            code: KeyCode::Char(c),
            ctrl: true,
            alt: false,
        }
    }

    /// Parses a key string: `j`, `G`, `?`, `ctrl-d`, `alt-x`, `enter`, `esc`, `tab`,
    /// `shift-tab`, `backspace`, `up`, `pgdn`, `home`, `f1`, `space`.
    pub fn parse(s: &str) -> Result<Self, String> {
        let mut rest = s;
        let (mut ctrl, mut alt) = (false, false);
        loop {
            let lower = rest.to_ascii_lowercase();
            if rest.chars().count() > 2 && (lower.starts_with("ctrl-") || lower.starts_with("c-")) {
                ctrl = true;
                rest = &rest[rest.find('-').map_or(0, |i| i + 1)..];
            } else if rest.chars().count() > 2
                && (lower.starts_with("alt-") || lower.starts_with("a-"))
            {
                alt = true;
                rest = &rest[rest.find('-').map_or(0, |i| i + 1)..];
            } else {
                break;
            }
        }
        let code = match rest.to_ascii_lowercase().as_str() {
            "enter" | "return" | "cr" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "shift-tab" | "backtab" | "s-tab" => KeyCode::BackTab,
            "backspace" | "bs" => KeyCode::Backspace,
            "delete" | "del" => KeyCode::Delete,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "pgup" | "pageup" => KeyCode::PageUp,
            "pgdn" | "pagedown" => KeyCode::PageDown,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "space" => KeyCode::Char(' '),
            f if f.len() > 1 && f.starts_with('f') && f[1..].parse::<u8>().is_ok() => {
                KeyCode::F(f[1..].parse().unwrap_or(1))
            }
            _ => {
                let mut chars = rest.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c }),
                    _ => return Err(format!("unknown key \"{s}\"")),
                }
            }
        };
        Ok(Self { code, ctrl, alt })
    }
}

/// Parses keys separated by spaces, such as `"j j ] ctrl-d"`, for scripts and tests.
pub fn parse_keys(s: &str) -> Result<Vec<Key>, String> {
    s.split_whitespace().map(Key::parse).collect()
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("Ctrl-")?;
        }
        if self.alt {
            f.write_str("Alt-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Delete => f.write_str("Delete"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::F(n) => write!(f, "F{n}"),
        }
    }
}

/// Where a key is pressed, which decides what it means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Context {
    /// Keys that work wherever a context does not bind them (but not while typing).
    Global,
    Article,
    Entities,
    List,
    Results,
    Selecting,
    Note,
    Overview,
    Evidence,
    Discrepancies,
    Reattach,
    Help,
    Prompt,
}

impl Context {
    pub const ALL: [Context; 13] = [
        Context::Global,
        Context::Article,
        Context::Selecting,
        Context::Note,
        Context::Overview,
        Context::Evidence,
        Context::Discrepancies,
        Context::Reattach,
        Context::Entities,
        Context::List,
        Context::Results,
        Context::Help,
        Context::Prompt,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::Article => "article",
            Context::Entities => "entities",
            Context::Selecting => "selecting",
            Context::Note => "note",
            Context::Overview => "overview",
            Context::Evidence => "evidence",
            Context::Discrepancies => "discrepancies",
            Context::Reattach => "reattach",
            Context::List => "list",
            Context::Results => "results",
            Context::Help => "help",
            Context::Prompt => "prompt",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }

    /// Heading of the context's section in the help screen.
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Article => "Reading an article",
            Context::Entities => "Entities pane",
            Context::Selecting => "Selecting (after v)",
            Context::Note => "Writing a note",
            Context::Overview => "Claims and highlights (C)",
            Context::Evidence => "Evidence picker (e)",
            Context::Discrepancies => "Discrepancies (!)",
            Context::Reattach => "Re-attaching an orphan (Enter on it in C)",
            Context::List => "Article list",
            Context::Results => "Search results",
            Context::Help => "Help",
            Context::Prompt => "Typing a search",
        }
    }
}

/// Bindings per context, in a stable order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keymap {
    bindings: BTreeMap<Context, Vec<(Key, Action)>>,
}

impl Keymap {
    /// What `key` does in `context`: the context's own binding, else a global one (except
    /// while typing, where an unbound printable key is typed).
    pub fn lookup(&self, context: Context, key: Key) -> Option<Action> {
        let bound = |c: Context| {
            self.bindings
                .get(&c)?
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, a)| a.clone())
        };
        if context == Context::Prompt || context == Context::Note {
            return bound(context).or(match key.code {
                KeyCode::Char(c) if !key.ctrl && !key.alt => Some(Action::PromptInsert(c)),
                _ => None,
            });
        }
        bound(context).or_else(|| bound(Context::Global))
    }

    /// Binds `key` to `action` in `context`, replacing an earlier binding of that key there.
    pub fn bind(&mut self, context: Context, key: Key, action: Action) {
        let list = self.bindings.entry(context).or_default();
        list.retain(|(k, _)| *k != key);
        list.push((key, action));
    }

    /// Each context with its actions and every key bound to each, for the help screen.
    pub fn describe(&self) -> Vec<(Context, Vec<(String, &'static str)>)> {
        Context::ALL
            .into_iter()
            .filter_map(|context| {
                let list = self.bindings.get(&context)?;
                let mut rows: Vec<(Vec<String>, &Action)> = Vec::new();
                for (key, action) in list {
                    match rows.iter_mut().find(|(_, a)| *a == action) {
                        Some((keys, _)) => keys.push(key.to_string()),
                        None => rows.push((vec![key.to_string()], action)),
                    }
                }
                let rows = rows
                    .into_iter()
                    .map(|(keys, a)| (keys.join(" "), a.describe()))
                    .collect();
                Some((context, rows))
            })
            .collect()
    }

    /// The first key bound to `action` in `context` (or globally), for hints.
    pub fn key_for(&self, context: Context, action: &Action) -> Option<Key> {
        [context, Context::Global]
            .iter()
            .filter_map(|c| self.bindings.get(c))
            .flatten()
            .find(|(_, a)| a == action)
            .map(|(k, _)| *k)
    }
}

impl Default for Keymap {
    fn default() -> Self {
        use Action::*;
        use KeyCode as K;
        let mut map = Keymap {
            bindings: BTreeMap::new(),
        };
        let plain = Key::plain;
        let global = [
            (Key::char(']'), NextArticle),
            (Key::char('['), PrevArticle),
            (plain(K::Tab), CycleFocus(Dir::Next)),
            (plain(K::BackTab), CycleFocus(Dir::Prev)),
            (Key::char('/'), StartSearch),
            (Key::char('S'), StartCorpusSearch),
            (Key::char('u'), Undo),
            (Key::ctrl('r'), Redo),
            (Key::char('C'), OpenOverview),
            (Key::char('!'), OpenDiscrepancies),
            (Key::ctrl('o'), JumpBack),
            (Key::ctrl('i'), JumpForward),
            (Key::char('?'), ToggleHelp),
            (plain(K::F(1)), ToggleHelp),
            (plain(K::Esc), Cancel),
            (Key::char('q'), Quit),
            (Key::ctrl('c'), Quit),
        ];
        let article = [
            (Key::char('j'), MoveSentence(Dir::Next)),
            (plain(K::Down), MoveSentence(Dir::Next)),
            (Key::char('k'), MoveSentence(Dir::Prev)),
            (plain(K::Up), MoveSentence(Dir::Prev)),
            (Key::ctrl('d'), HalfPage(Dir::Next)),
            (Key::ctrl('u'), HalfPage(Dir::Prev)),
            (plain(K::PageDown), Page(Dir::Next)),
            (Key::char(' '), Page(Dir::Next)),
            (plain(K::PageUp), Page(Dir::Prev)),
            (Key::char('g'), ToStart),
            (plain(K::Home), ToStart),
            (Key::char('G'), ToEnd),
            (plain(K::End), ToEnd),
            (Key::char('n'), SearchNext),
            (Key::char('N'), SearchPrev),
            (Key::char('*'), ActivateEntity),
            (Key::char('X'), SplitMention),
            (Key::char('V'), MarkVerified),
            (Key::char('D'), MarkDisputed),
            (Key::char('U'), Unmark),
            (Key::char('v'), BeginSelection),
            (Key::char('a'), EditNote),
            (Key::char('t'), EditTags),
            (Key::char('x'), DeleteHighlight),
            (Key::char('e'), OpenEvidence),
            (Key::char('o'), OpenCitingClaim),
            (Key::char('c'), NextCheckworthy),
            (Key::char('w'), ExplainCheckworthy),
        ];
        let evidence = [
            (Key::char('s'), AttachSupporting),
            (Key::char('c'), AttachContradicting),
            (plain(K::Enter), OpenSelected),
            (Key::char('q'), Cancel),
        ];
        let reattach = [(plain(K::Enter), OpenSelected), (Key::char('q'), Cancel)];
        let discrepancies = [
            (plain(K::Enter), OpenSelected),
            (Key::char('q'), Cancel),
            (Key::char('!'), Cancel),
        ];
        let selecting = [
            (Key::char('w'), ExtendSelection(Motion::WordNext)),
            (Key::char('b'), ExtendSelection(Motion::WordBack)),
            (Key::char('e'), ExtendSelection(Motion::WordEnd)),
            (Key::char('h'), ExtendSelection(Motion::Left)),
            (plain(K::Left), ExtendSelection(Motion::Left)),
            (Key::char('l'), ExtendSelection(Motion::Right)),
            (plain(K::Right), ExtendSelection(Motion::Right)),
            (Key::char('j'), ExtendSelection(Motion::Down)),
            (plain(K::Down), ExtendSelection(Motion::Down)),
            (Key::char('k'), ExtendSelection(Motion::Up)),
            (plain(K::Up), ExtendSelection(Motion::Up)),
            (plain(K::Enter), CommitHighlight),
            (Key::char('V'), MarkVerified),
            (Key::char('D'), MarkDisputed),
            (Key::char('E'), MarkSelectionAsEntity),
            (Key::char('a'), EditNote),
            (Key::char('t'), EditTags),
            (plain(K::Esc), Cancel),
        ];
        let note = [
            (Key::ctrl('s'), NoteSave),
            (plain(K::Esc), Cancel),
            (plain(K::Enter), NoteNewline),
            (plain(K::Backspace), PromptBackspace),
            (plain(K::Left), NoteMove(Motion::Left)),
            (plain(K::Right), NoteMove(Motion::Right)),
            (plain(K::Up), NoteMove(Motion::Up)),
            (plain(K::Down), NoteMove(Motion::Down)),
            (plain(K::Home), NoteMove(Motion::LineStart)),
            (plain(K::End), NoteMove(Motion::LineEnd)),
        ];
        let overview = [
            (plain(K::Enter), OpenSelected),
            (Key::char('f'), CycleOverviewFilter),
            (Key::char('/'), FilterOverview),
            (Key::char('q'), Cancel),
            (Key::char('C'), Cancel),
        ];
        let entities = [
            (plain(K::Enter), OpenSelected),
            (Key::char('/'), StartEntityFilter),
            (Key::char('s'), ToggleEntityScope),
            (Key::char('r'), RenameEntity),
            (Key::char('m'), MergeEntity),
            (Key::char('x'), IgnoreEntity),
            (Key::char('n'), SearchNext),
            (Key::char('N'), SearchPrev),
        ];
        let list = [
            (plain(K::Enter), OpenSelected),
            (Key::char('l'), OpenSelected),
        ];
        let results = [
            (Key::ctrl('n'), MoveSelection(Dir::Next)),
            (Key::ctrl('p'), MoveSelection(Dir::Prev)),
            (plain(K::Enter), OpenSelected),
            (Key::char('q'), Cancel),
        ];
        let help = [(Key::char('q'), Cancel), (Key::char('?'), Cancel)];
        let prompt = [
            (plain(K::Enter), PromptSubmit),
            (plain(K::Esc), Cancel),
            (Key::ctrl('c'), Cancel),
            (plain(K::Backspace), PromptBackspace),
            (Key::ctrl('u'), PromptClear),
            (plain(K::Tab), PromptComplete),
        ];
        for (context, keys) in [
            (Context::Global, &global[..]),
            (Context::Article, &article[..]),
            (Context::Selecting, &selecting[..]),
            (Context::Note, &note[..]),
            (Context::Overview, &overview[..]),
            (Context::Evidence, &evidence[..]),
            (Context::Discrepancies, &discrepancies[..]),
            (Context::Reattach, &reattach[..]),
            (Context::Entities, &entities[..]),
            (Context::List, &list[..]),
            (Context::Results, &results[..]),
            (Context::Help, &help[..]),
            (Context::Prompt, &prompt[..]),
        ] {
            // Every list and overlay moves its selection the same way.
            let moves_in_a_list = !matches!(
                context,
                Context::Global
                    | Context::Article
                    | Context::Selecting
                    | Context::Note
                    | Context::Prompt
            );
            if moves_in_a_list {
                for (key, action) in [
                    (Key::char('j'), MoveSelection(Dir::Next)),
                    (plain(K::Down), MoveSelection(Dir::Next)),
                    (Key::char('k'), MoveSelection(Dir::Prev)),
                    (plain(K::Up), MoveSelection(Dir::Prev)),
                ] {
                    map.bind(context, key, action);
                }
            }
            for (key, action) in keys {
                map.bind(context, *key, action.clone());
            }
        }
        map
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_strings_parse_with_modifiers_and_names() {
        assert_eq!(Key::parse("ctrl-d"), Ok(Key::ctrl('d')));
        assert_eq!(Key::parse("C-D"), Ok(Key::ctrl('d')));
        assert_eq!(Key::parse("G"), Ok(Key::char('G')));
        assert_eq!(Key::parse("pgdn"), Ok(Key::plain(KeyCode::PageDown)));
        assert_eq!(Key::parse("shift-tab"), Ok(Key::plain(KeyCode::BackTab)));
        assert_eq!(Key::parse("-"), Ok(Key::char('-')));
        assert!(Key::parse("ctrl-banana").is_err());
    }

    #[test]
    fn key_sequences_split_at_spaces() {
        assert_eq!(
            parse_keys("j ] ctrl-d"),
            Ok(vec![Key::char('j'), Key::char(']'), Key::ctrl('d')])
        );
    }

    #[test]
    fn a_context_binding_wins_over_a_global_one() {
        let map = Keymap::default();
        assert_eq!(
            map.lookup(Context::Results, Key::char('q')),
            Some(Action::Cancel)
        );
        assert_eq!(
            map.lookup(Context::Article, Key::char('q')),
            Some(Action::Quit)
        );
    }

    #[test]
    fn typing_in_a_prompt_inserts_unbound_characters() {
        let map = Keymap::default();
        assert_eq!(
            map.lookup(Context::Prompt, Key::char('q')),
            Some(Action::PromptInsert('q'))
        );
        assert_eq!(
            map.lookup(Context::Prompt, Key::char(']')),
            Some(Action::PromptInsert(']'))
        );
    }

    #[test]
    fn help_lists_every_key_of_an_action_together() {
        let map = Keymap::default();
        let article = &map
            .describe()
            .into_iter()
            .find(|(c, _)| *c == Context::Article)
            .unwrap()
            .1;
        assert!(article.contains(&("j ↓".to_string(), "next sentence")));
    }
}
