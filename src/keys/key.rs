//! `Key`: a key press as margin sees it, free of any terminal library, with the key strings
//! of `config.ron` and the help screen (`"ctrl-d"`, `"G"`, `"pgdn"`).

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

/// The keys of one binding: one key, or a sequence pressed one after another (`gg`, `zz`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Keys(Vec<Key>);

/// Sequences longer than this are refused: no binding needs more, and a typo should not
/// make a key wait for ever.
const MAX_SEQUENCE: usize = 3;

impl Keys {
    /// Parses a binding's key string: one key (`"G"`, `"ctrl-d"`, `"pgdn"`), keys separated
    /// by spaces (`"g g"`, `"z ctrl-d"`), or two or three plain characters written together
    /// (`"gg"`, `"zz"`).
    pub fn parse(s: &str) -> Result<Self, String> {
        let keys = if s.trim() != s || s.contains(' ') {
            parse_keys(s)?
        } else {
            match Key::parse(s) {
                Ok(key) => vec![key],
                Err(e) => {
                    let chars: Vec<char> = s.chars().collect();
                    if !(2..=MAX_SEQUENCE).contains(&chars.len())
                        || chars.iter().any(|c| c.is_whitespace() || c.is_control())
                    {
                        return Err(e);
                    }
                    chars.into_iter().map(Key::char).collect()
                }
            }
        };
        if keys.is_empty() || keys.len() > MAX_SEQUENCE {
            return Err(format!(
                "\"{s}\" is not one key or a sequence of up to {MAX_SEQUENCE} keys"
            ));
        }
        Ok(Keys(keys))
    }

    pub fn as_slice(&self) -> &[Key] {
        &self.0
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether these keys begin with `prefix` (every sequence begins with itself).
    pub fn starts_with(&self, prefix: &[Key]) -> bool {
        self.0.starts_with(prefix)
    }
}

impl From<Key> for Keys {
    fn from(key: Key) -> Self {
        Keys(vec![key])
    }
}

impl std::ops::Index<usize> for Keys {
    type Output = Key;
    fn index(&self, i: usize) -> &Key {
        &self.0[i]
    }
}

impl AsRef<[Key]> for Keys {
    fn as_ref(&self) -> &[Key] {
        &self.0
    }
}

/// Plain characters written together (`gg`), anything else with spaces (`g Ctrl-d`).
impl fmt::Display for Keys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plain = |k: &Key| !k.ctrl && !k.alt && matches!(k.code, KeyCode::Char(c) if c != ' ');
        let together = self.0.len() > 1 && self.0.iter().all(plain);
        for (i, key) in self.0.iter().enumerate() {
            if i > 0 && !together {
                f.write_str(" ")?;
            }
            write!(f, "{key}")?;
        }
        Ok(())
    }
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
