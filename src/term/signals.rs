//! Signals, turned into messages for the event loop: it alone touches the terminal, between
//! two frames, so a signal never lands in the middle of a draw.
//!
//! SIGTSTP (from `kill`; Ctrl-Z arrives as a key in raw mode) suspends as Ctrl-Z does,
//! SIGCONT redraws at once, and SIGTERM, SIGHUP and SIGINT save the reading position,
//! restore the terminal and exit. If the loop has not exited a moment after a terminating
//! signal (a terminal that has gone away can block a write forever) this thread does it.

use super::{Wake, lock, modes};
use crate::app::action::Effect;
use crate::app::effects;
use crate::app::session::Session;
use crate::config::Folders;
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGTERM, SIGTSTP};
use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::thread;
use std::time::Duration;

/// What a signal asks of the event loop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signal {
    Suspend,
    Resume,
    /// Exit with status 128 + the signal's number.
    Terminate(i32),
}

/// How long the loop has to act on a terminating signal before this thread exits for it.
const GRACE: Duration = Duration::from_secs(3);

/// What the fallback exit needs: where to save the reading position, the latest position,
/// and whether the terminal is margin's (false while suspended: it is the shell's then).
pub struct Fallback {
    pub folders: Folders,
    pub place: Arc<Mutex<Option<Effect>>>,
    pub holds_terminal: Arc<AtomicBool>,
}

/// Whether a SIGTSTP came that no stop has answered yet. Set by the signal handler itself,
/// at once, so a stop can take back the SIGTSTPs it answers: the message of one of them may
/// reach the loop only after the SIGCONT's (signals of one delivery come in the order of
/// their numbers) and must not stop margin again.
#[derive(Clone)]
pub struct SuspendRequests(Arc<AtomicBool>);

impl SuspendRequests {
    /// True when a SIGTSTP is still unanswered; it counts as answered from now on.
    pub fn take(&self) -> bool {
        self.0.swap(false, Ordering::SeqCst)
    }
}

/// Starts the signal thread. Signals of one delivery come in the order of their numbers, so
/// a SIGTERM sent to a stopped margin is seen before the SIGCONT that wakes it.
pub fn spawn(wake: mpsc::Sender<Wake>, fallback: Fallback) -> io::Result<SuspendRequests> {
    let requests = SuspendRequests(Arc::new(AtomicBool::new(false)));
    signal_hook::flag::register(SIGTSTP, Arc::clone(&requests.0))?;
    let fallback = Arc::new(fallback);
    let mut signals =
        signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGTSTP, SIGCONT])?;
    thread::Builder::new()
        .name("margin-signals".to_string())
        .spawn(move || {
            for number in signals.forever() {
                let signal = match number {
                    SIGTSTP => Signal::Suspend,
                    SIGCONT => Signal::Resume,
                    other => Signal::Terminate(other),
                };
                let _ = wake.send(Wake::Signal(signal));
                if let Signal::Terminate(number) = signal {
                    let fallback = Arc::clone(&fallback);
                    thread::spawn(move || {
                        thread::sleep(GRACE);
                        exit_for(number, &fallback);
                    });
                }
            }
        })?;
    Ok(requests)
}

fn exit_for(number: i32, fallback: &Fallback) -> ! {
    if fallback.holds_terminal.load(Ordering::SeqCst) {
        modes::restore();
    }
    if let Some(effect) = lock(&fallback.place).take() {
        let mut session = Session::load(&fallback.folders.session_file());
        effects::carry_out(&effect, &fallback.folders, &mut session);
    }
    std::process::exit(128 + number);
}

/// Stops margin as the terminal's SIGTSTP would; returns once it is continued.
pub fn stop() -> io::Result<()> {
    signal_hook::low_level::emulate_default_handler(SIGTSTP)
}
