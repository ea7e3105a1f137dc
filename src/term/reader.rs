//! The thread that reads terminal events and sends them to the event loop, so that one
//! channel wakes the loop for keys, signals and background results alike.
//!
//! While margin is suspended the reader is parked: it must not read the terminal in the
//! shell's modes, nor take input meant for the shell, before margin has the terminal again.

use super::Wake;
use crossterm::event;
use std::sync::{Arc, Condvar, Mutex, mpsc};
use std::thread;
use std::time::{Duration, Instant};

/// How long one wait for input lasts before the reader looks whether it should park: the
/// longest a suspend waits for it.
const POLL: Duration = Duration::from_millis(50);

#[derive(Default)]
struct State {
    paused: bool,
    parked: bool,
}

/// Pauses and resumes the reader thread.
#[derive(Clone, Default)]
pub struct Gate {
    inner: Arc<(Mutex<State>, Condvar)>,
}

impl Gate {
    /// Asks the reader to stop reading and waits (a moment at most) until it has.
    pub fn pause(&self) {
        let (state, changed) = &*self.inner;
        let mut state = super::lock(state);
        state.paused = true;
        let deadline = Instant::now() + POLL * 10;
        while !state.parked {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return;
            }
            state = changed
                .wait_timeout(state, left)
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .0;
        }
    }

    /// Lets the reader read again.
    pub fn resume(&self) {
        let (state, changed) = &*self.inner;
        super::lock(state).paused = false;
        changed.notify_all();
    }

    /// The reader's side: returns once reading is allowed, parking while paused.
    fn wait_until_open(&self) {
        let (state, changed) = &*self.inner;
        let mut state = super::lock(state);
        if !state.paused {
            return;
        }
        state.parked = true;
        changed.notify_all();
        while state.paused {
            state = changed
                .wait(state)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
        }
        state.parked = false;
    }
}

/// Starts the reader; it ends when the event loop is gone or the terminal fails (the error
/// is sent on, for the loop to return).
pub fn spawn(wake: mpsc::Sender<Wake>, gate: Gate) -> std::io::Result<()> {
    thread::Builder::new()
        .name("margin-input".to_string())
        .spawn(move || {
            loop {
                gate.wait_until_open();
                let read = match event::poll(POLL) {
                    Ok(false) => continue,
                    Ok(true) => event::read(),
                    Err(e) => Err(e),
                };
                let failed = read.is_err();
                let sent = match read {
                    Ok(event) => wake.send(Wake::Input(event)),
                    Err(e) => wake.send(Wake::InputFailed(e)),
                };
                if sent.is_err() || failed {
                    return;
                }
            }
        })?;
    Ok(())
}
