//! The terminal modes margin sets (raw mode, the alternate screen, mouse reporting, a hidden
//! cursor, the kitty keyboard flags) and the one function that undoes them all.

use crossterm::{cursor, event, execute, terminal};
use std::io;

/// Sets every mode margin draws in. Raw mode comes first: from a background process group it
/// stops margin (SIGTTOU) before anything is written, so a `kill -CONT` from outside cannot
/// draw over the shell; `fg` then continues from here.
/// `mouse` says whether margin takes the mouse or leaves it to the terminal's own selection.
pub fn enter(mouse: bool) -> io::Result<()> {
    terminal::enable_raw_mode()?;
    execute!(io::stdout(), terminal::EnterAlternateScreen, cursor::Hide)?;
    set_mouse(mouse)?;
    // Lets terminals that know the kitty protocol tell Ctrl-i from Tab; others ignore it.
    let _ = execute!(
        io::stdout(),
        event::PushKeyboardEnhancementFlags(
            event::KeyboardEnhancementFlags::DISAMBIGUATE_ESCAPE_CODES
        )
    );
    Ok(())
}

/// Takes the mouse (clicks and the wheel come to margin) or leaves it to the terminal.
pub fn set_mouse(on: bool) -> io::Result<()> {
    if on {
        execute!(io::stdout(), event::EnableMouseCapture)
    } else {
        execute!(io::stdout(), event::DisableMouseCapture)
    }
}

/// Undoes every mode `enter` set. Safe to call twice; errors are ignored because there is
/// nothing better to do with them while leaving.
pub fn restore() {
    let mut out = io::stdout();
    let _ = execute!(out, event::PopKeyboardEnhancementFlags);
    let _ = execute!(
        out,
        event::DisableMouseCapture,
        terminal::LeaveAlternateScreen,
        cursor::Show
    );
    let _ = terminal::disable_raw_mode();
}

/// Restores the terminal when dropped, whatever way `run` ends.
pub struct Guard;

impl Guard {
    pub fn enter(mouse: bool) -> io::Result<Self> {
        enter(mouse)?;
        Ok(Guard)
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// A panic restores the terminal first, so the message is readable and the shell usable.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}
