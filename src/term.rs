//! The terminal shell: terminal modes, signals, and the event loop. It reads events, turns
//! them into actions, carries out effects and draws; nothing more.
//!
//! Everything that can wake margin (a key, a signal, a background result) arrives on one
//! channel, and only the loop touches the terminal, between frames. The terminal is restored
//! on every path: a normal quit, an error (the guard's `Drop`), a panic (the hook restores
//! before the message prints), SIGTERM/SIGHUP/SIGINT (save, restore, exit), and a suspend
//! (Ctrl-Z or SIGTSTP: save, restore, stop; on SIGCONT take the terminal back and redraw at
//! once). Every frame is sized from the terminal itself, so a resize event that is late or
//! lost can neither make a draw overrun its buffer nor leave a stale screen.

mod clipboard;
mod keys;
mod modes;
mod reader;
mod signals;

use crate::annotations::Timestamp;
use crate::app::App;
use crate::app::action::{Action, Effect};
use crate::app::background::{self, Job};
use crate::app::effects;
use crate::app::session::Session;
use crate::config::Folders;
use crate::corpus::ArticleId;
use crate::ui::{self, Theme};
use crossterm::event::Event;
use keys::Input;
pub use keys::to_key;
use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::layout::{Rect, Size};
use signals::Signal;
use std::io::{self, Stdout};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

/// Set to make margin panic after its first frame: the end-to-end test of the panic path.
pub const PANIC_ON_PURPOSE: &str = "MARGIN_PANIC_AFTER_FIRST_FRAME";

/// How often an idle loop looks at the terminal's size, in case a resize event was lost.
const IDLE: Duration = Duration::from_millis(200);
/// The least time between two frames drawn for background progress alone.
const PROGRESS_FRAME: Duration = Duration::from_millis(30);

/// What wakes the event loop.
enum Wake {
    Input(Event),
    InputFailed(io::Error),
    Signal(Signal),
    /// Progress or a result from the background worker.
    Work(Action),
}

/// Runs margin full screen until the reader quits.
pub fn run(mut app: App, theme: Theme, folders: Folders, session: Session) -> io::Result<()> {
    modes::install_panic_hook();
    let (wake, woken) = mpsc::channel();
    let place = Arc::new(Mutex::new(Some(app.session_effect())));
    let holds_terminal = Arc::new(AtomicBool::new(false));
    let suspend_requests = signals::spawn(
        wake.clone(),
        signals::Fallback {
            folders: folders.clone(),
            place: Arc::clone(&place),
            holds_terminal: Arc::clone(&holds_terminal),
        },
    )?;
    let _guard = modes::Guard::enter(app.mouse)?;
    holds_terminal.store(true, Ordering::SeqCst);
    let terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let gate = reader::Gate::default();
    reader::spawn(wake.clone(), gate.clone())?;
    let jobs = spawn_worker(wake)?;
    let mut shell = Shell {
        terminal,
        theme,
        folders,
        session,
        jobs,
        woken,
        place,
        holds_terminal,
        gate,
        suspend_requests,
        last_frame: Instant::now(),
        watched: 0,
    };
    let result = shell.run(&mut app);
    if result.is_err() {
        // The terminal failed (it may have gone away): the reading position is saved all the
        // same, and the guard restores what can be restored.
        let save = app.session_effect();
        shell.run_effects(&mut app, vec![save]);
    }
    result
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Starts the one worker thread that runs background jobs in the order they come, sending
/// their progress and results to the loop. One thread rather than one per job, so that the
/// memory a finished job frees (hundreds of MB for a large corpus) is reused by the next one
/// instead of sitting in another thread's allocator arena.
fn spawn_worker(wake: mpsc::Sender<Wake>) -> io::Result<mpsc::Sender<Job>> {
    let (jobs, queue) = mpsc::channel::<Job>();
    thread::Builder::new()
        .name("margin-worker".to_string())
        .spawn(move || {
            for job in queue {
                let done = background::run(job, |progress| {
                    let _ = wake.send(Wake::Work(progress));
                });
                if wake.send(Wake::Work(done)).is_err() {
                    return;
                }
            }
        })?;
    Ok(jobs)
}

/// How many other articles' sidecars the idle check looks at each time.
const WATCH_SLICE: usize = 64;

/// Takes in what other margin processes saved: the current article's sidecar every time,
/// and when `watched` is given, the next slice of the other articles' (one `stat` each when
/// nothing changed). True when something was read again.
fn take_in_sidecars(app: &mut App, watched: Option<&mut usize>) -> bool {
    let mut articles = vec![app.current];
    let count = app.corpus.len();
    if let Some(next) = watched
        && count > 0
    {
        let slice = (0..WATCH_SLICE.min(count)).map(|i| ArticleId((*next + i) % count));
        articles.extend(slice.filter(|&id| id != app.current));
        *next = (*next + WATCH_SLICE) % count;
    }
    let mut actions = crate::app::sidecars::changed_on_disk(&app.annotations.notes, articles);
    actions.extend(app.corrections_changed_on_disk());
    let any = !actions.is_empty();
    for action in actions {
        app.update(action);
    }
    any
}

/// What the loop keeps besides the app.
struct Shell {
    terminal: Terminal<CrosstermBackend<Stdout>>,
    theme: Theme,
    folders: Folders,
    session: Session,
    jobs: mpsc::Sender<Job>,
    woken: mpsc::Receiver<Wake>,
    /// The latest reading position, for the signal thread's fallback exit.
    place: Arc<Mutex<Option<Effect>>>,
    /// False while suspended: the terminal is the shell's then, and nothing is drawn.
    holds_terminal: Arc<AtomicBool>,
    gate: reader::Gate,
    suspend_requests: signals::SuspendRequests,
    last_frame: Instant,
    /// Where the idle check of other articles' sidecars goes on next.
    watched: usize,
}

/// Whether the loop goes on after a wake.
enum Flow {
    Go,
    Quit,
}

impl Shell {
    fn run(&mut self, app: &mut App) -> io::Result<()> {
        self.redraw_all(app)?;
        // Background work starts once the first frame is on screen, so it does not delay it.
        let effects = app.start();
        self.run_effects(app, effects);
        if std::env::var_os(PANIC_ON_PURPOSE).is_some() {
            panic!(
                "{PANIC_ON_PURPOSE} is set: panicking after the first frame to check the terminal is restored"
            );
        }
        // Background progress that has not been drawn yet.
        let mut stale = false;
        loop {
            let holds = self.holds_terminal();
            // While the article is still being laid out, only look for input between slices
            // of that work; undrawn progress waits a frame's time at most.
            let wait = match (holds && !app.is_laid_out(), stale) {
                (true, _) => Duration::ZERO,
                (false, true) => PROGRESS_FRAME.saturating_sub(self.last_frame.elapsed()),
                (false, false) => IDLE,
            };
            let mut draw_now = false;
            match self.woken.recv_timeout(wait) {
                Ok(first) => {
                    let mut next = Some(first);
                    while let Some(wake) = next {
                        let is_work = matches!(wake, Wake::Work(_));
                        if let Flow::Quit = self.handle(app, wake)? {
                            return Ok(());
                        }
                        stale |= is_work;
                        draw_now |= !is_work;
                        next = self.woken.try_recv().ok();
                    }
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    if holds && !app.is_laid_out() {
                        app.update(Action::ContinueLayout);
                        // The sentence count and the scroll bar are exact from now on.
                        draw_now |= app.is_laid_out();
                    }
                    draw_now |= holds && self.size_changed(app)?;
                    draw_now |= take_in_sidecars(app, Some(&mut self.watched));
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
            }
            *lock(&self.place) = Some(app.session_effect());
            if !self.holds_terminal() {
                continue;
            }
            if draw_now || (stale && self.last_frame.elapsed() >= PROGRESS_FRAME) {
                self.draw(app)?;
                stale = false;
            }
        }
    }

    fn handle(&mut self, app: &mut App, wake: Wake) -> io::Result<Flow> {
        match wake {
            Wake::Input(event) if keys::is_suspend(&event) => self.suspend(app)?,
            Wake::Input(event) => {
                // A key acts at the terminal's size even if a resize event was lost.
                if !matches!(event, Event::Resize(..)) && self.size_changed(app)? {
                    let Size { width, height } = self.terminal.size()?;
                    app.update(Action::Resize { width, height });
                }
                // What other readers saved is taken in before a key acts on it.
                take_in_sidecars(app, None);
                app.set_time(Timestamp::from(SystemTime::now()));
                let effects = match keys::to_input(event) {
                    Input::Key(key) => app.handle_key(key),
                    Input::Action(action) => app.update(action),
                    Input::Nothing => Vec::new(),
                };
                self.run_effects(app, effects);
                if app.is_quitting() {
                    return Ok(Flow::Quit);
                }
            }
            Wake::InputFailed(error) => return Err(error),
            Wake::Work(action) => {
                let effects = app.update(action);
                self.run_effects(app, effects);
            }
            Wake::Signal(Signal::Suspend) => {
                // A SIGTSTP an earlier stop already answered is not a new request.
                if self.suspend_requests.take() {
                    self.suspend(app)?;
                }
            }
            Wake::Signal(Signal::Resume) => self.resume(app)?,
            Wake::Signal(Signal::Terminate(number)) => self.terminate(app, number),
        }
        Ok(Flow::Go)
    }

    fn run_effects(&mut self, app: &mut App, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                Effect::Background(job) => {
                    let _ = self.jobs.send(job);
                }
                // The terminal is the shell's to talk to; a failure is said, not fatal.
                Effect::Copy(text) => {
                    if let Err(e) = clipboard::copy(&text) {
                        app.update(Action::Report(format!("cannot copy: {e}")));
                    }
                }
                Effect::SetMouse(on) => {
                    if let Err(e) = modes::set_mouse(on) {
                        app.update(Action::Report(format!("cannot change the mouse: {e}")));
                    }
                }
                effect => {
                    if let Some(report) =
                        effects::carry_out(&effect, &self.folders, &mut self.session)
                    {
                        app.update(report);
                    }
                }
            }
        }
    }

    fn holds_terminal(&self) -> bool {
        self.holds_terminal.load(Ordering::SeqCst)
    }

    /// Ctrl-Z or SIGTSTP: save the reading position, give the terminal back, and stop. Also
    /// when already suspended (a second SIGTSTP after a `kill -CONT`): stop again.
    fn suspend(&mut self, app: &mut App) -> io::Result<()> {
        if self.holds_terminal() {
            self.gate.pause();
            self.settle_before_stopping(app);
            self.run_effects(app, vec![app.session_effect()]);
            modes::restore();
            self.holds_terminal.store(false, Ordering::SeqCst);
        }
        // This stop answers every SIGTSTP so far.
        self.suspend_requests.take();
        signals::stop()
    }

    /// Deals with what is already queued when margin suspends. Keys typed after Ctrl-Z were
    /// meant for the shell: dropped, lest a second Ctrl-Z stop margin again as soon as it
    /// resumes. A terminating signal is honoured now; a suspend or resume is moot.
    fn settle_before_stopping(&mut self, app: &mut App) {
        while let Ok(wake) = self.woken.try_recv() {
            match wake {
                Wake::Work(action) => {
                    let effects = app.update(action);
                    self.run_effects(app, effects);
                }
                Wake::Signal(Signal::Terminate(number)) => self.terminate(app, number),
                Wake::Input(_) | Wake::InputFailed(_) | Wake::Signal(_) => {}
            }
        }
    }

    /// SIGCONT: take the terminal back and redraw at once. Also when margin was not
    /// suspended (stopped by SIGSTOP, or a stray SIGCONT): the shell may have reset the modes.
    fn resume(&mut self, app: &mut App) -> io::Result<()> {
        if self.holds_terminal() {
            modes::restore();
        }
        modes::enter(app.mouse)?;
        self.holds_terminal.store(true, Ordering::SeqCst);
        self.gate.resume();
        self.redraw_all(app)
    }

    /// SIGTERM, SIGHUP, SIGINT: save, restore the terminal if it is margin's, and exit.
    /// Annotations need nothing here: each was saved, atomically, when it was made.
    fn terminate(&mut self, app: &mut App, number: i32) -> ! {
        self.run_effects(app, vec![app.session_effect()]);
        if self.holds_terminal() {
            modes::restore();
        }
        std::process::exit(128 + number);
    }

    /// Clears the screen and draws every cell (not only the changes from the last frame).
    /// Resizing the terminal's buffers does this without asking the terminal where its cursor
    /// is, a question that can go unanswered for seconds.
    fn redraw_all(&mut self, app: &mut App) -> io::Result<()> {
        let Size { width, height } = self.terminal.size()?;
        self.terminal.resize(Rect::new(0, 0, width, height))?;
        self.draw(app)
    }

    /// True when the terminal's size differs from the one the app last saw.
    fn size_changed(&mut self, app: &App) -> io::Result<bool> {
        let Size { width, height } = self.terminal.size()?;
        Ok(app.areas.size() != (width, height))
    }

    fn draw(&mut self, app: &mut App) -> io::Result<()> {
        self.last_frame = Instant::now();
        draw(&mut self.terminal, app, &self.theme)
    }
}

/// Draws a frame sized from the terminal itself. The app is told the size first if it has
/// not heard of it (a resize event late or lost); if the size changes again during the draw,
/// the frame is still drawn inside its own bounds (`ui::render` sizes its panes from the
/// frame) and is drawn again at the new size, a few times at most.
fn draw<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    theme: &Theme,
) -> Result<(), B::Error> {
    for _ in 0..3 {
        let Size { width, height } = terminal.size()?;
        if app.areas.size() != (width, height) {
            app.update(Action::Resize { width, height });
        }
        let frame = terminal.draw(|frame| ui::render(app, theme, frame))?;
        if app.areas.size() == (frame.area.width, frame.area.height) {
            break;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::corpus::Corpus;
    use ratatui::backend::TestBackend;

    fn screen(terminal: &Terminal<TestBackend>) -> String {
        let buffer = terminal.backend().buffer();
        buffer
            .content()
            .chunks(buffer.area.width as usize)
            .map(|row| row.iter().map(|c| c.symbol()).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// A resize event that never came: the next draw takes the size from the terminal, the
    /// app lays out for it, and keys act at that size.
    #[test]
    fn a_draw_takes_the_size_from_the_terminal_not_from_resize_events() {
        let theme = Theme::new(&Default::default(), false).unwrap();
        let mut app = App::new_sized(Corpus::embedded(), Config::default(), None, (20, 5));
        let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
        draw(&mut terminal, &mut app, &theme).unwrap();
        assert_eq!(app.areas.size(), (100, 30));
        let shown = screen(&terminal);
        assert!(!shown.contains("margin needs"), "{shown}");
        assert!(shown.contains("sentence 1/62"), "{shown}");
        app.handle_key(crate::app::keymap::Key::char('j'));
        draw(&mut terminal, &mut app, &theme).unwrap();
        assert!(screen(&terminal).contains("sentence 2/62"));

        // And smaller again, between two draws, with no event at all.
        terminal.backend_mut().resize(90, 15);
        draw(&mut terminal, &mut app, &theme).unwrap();
        assert_eq!(app.areas.size(), (90, 15));
        let shown = screen(&terminal);
        assert!(shown.contains("sentence 2/62"), "{shown}");
    }
}
