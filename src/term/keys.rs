//! Terminal events as margin's input: keys, clicks, wheel turns and resizes.

use crate::app::action::{Action, Dir};
use crate::app::keymap::{Key, KeyCode};
use crossterm::event::{self, Event, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind};

pub enum Input {
    Key(Key),
    Action(Action),
    Nothing,
}

pub fn to_input(event: Event) -> Input {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => match to_key(key) {
            Some(key) => Input::Key(key),
            None => Input::Nothing,
        },
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => Input::Action(Action::Click {
                column: mouse.column,
                row: mouse.row,
            }),
            MouseEventKind::ScrollDown => Input::Action(Action::Scroll(Dir::Next)),
            MouseEventKind::ScrollUp => Input::Action(Action::Scroll(Dir::Prev)),
            _ => Input::Nothing,
        },
        Event::Resize(width, height) => Input::Action(Action::Resize { width, height }),
        _ => Input::Nothing,
    }
}

/// margin's key for a crossterm key event (shifted letters arrive as capitals already).
pub fn to_key(key: event::KeyEvent) -> Option<Key> {
    use event::KeyCode as C;
    let code = match key.code {
        C::Char(c) => KeyCode::Char(c),
        C::Enter => KeyCode::Enter,
        C::Esc => KeyCode::Esc,
        C::Tab if key.modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
        C::Tab => KeyCode::Tab,
        C::BackTab => KeyCode::BackTab,
        C::Backspace => KeyCode::Backspace,
        C::Delete => KeyCode::Delete,
        C::Up => KeyCode::Up,
        C::Down => KeyCode::Down,
        C::Left => KeyCode::Left,
        C::Right => KeyCode::Right,
        C::PageUp => KeyCode::PageUp,
        C::PageDown => KeyCode::PageDown,
        C::Home => KeyCode::Home,
        C::End => KeyCode::End,
        C::F(n) => KeyCode::F(n),
        _ => return None,
    };
    Some(Key {
        code,
        ctrl: key.modifiers.contains(KeyModifiers::CONTROL),
        alt: key.modifiers.contains(KeyModifiers::ALT),
    })
}

/// Ctrl-Z: in raw mode the terminal sends it as a key rather than a SIGTSTP.
pub fn is_suspend(event: &Event) -> bool {
    matches!(event, Event::Key(k) if k.kind == KeyEventKind::Press
        && k.code == event::KeyCode::Char('z') && k.modifiers.contains(KeyModifiers::CONTROL))
}
