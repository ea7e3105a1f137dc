//! The terminal shell: raw mode, the panic hook, signals, and the event loop. It reads
//! events, turns them into actions, carries out effects and draws; nothing more.
//!
//! The terminal is restored on every path: a normal quit, an error (the guard's `Drop`), a
//! panic (the hook restores before the message prints), SIGTERM/SIGHUP (a clean quit), and
//! Ctrl-Z suspends with the terminal restored and redraws on resume.

use crate::annotations::Timestamp;
use crate::app::App;
use crate::app::action::{Action, Dir, Effect};
use crate::app::background::{self, Job};
use crate::app::effects;
use crate::app::keymap::{Key, KeyCode};
use crate::app::session::Session;
use crate::config::Folders;
use crate::corpus::ArticleId;
use crate::ui::{self, Theme};
use crossterm::event::{self, Event, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind};
use crossterm::{cursor, execute, terminal};
use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend};
use std::io::{self, Stdout};
use std::sync::{Arc, Mutex, mpsc};
use std::thread;
use std::time::{Duration, SystemTime};

/// Set to make margin panic after its first frame: the end-to-end test of the panic path.
pub const PANIC_ON_PURPOSE: &str = "MARGIN_PANIC_AFTER_FIRST_FRAME";

/// Runs margin full screen until the reader quits.
pub fn run(mut app: App, theme: Theme, folders: Folders, session: Session) -> io::Result<()> {
    install_panic_hook();
    let place = Arc::new(Mutex::new(Some(app.session_effect())));
    watch_signals(folders.clone(), Arc::clone(&place))?;
    let _guard = Guard::enter()?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    terminal.clear()?;
    let size = terminal.size()?;
    app.update(Action::Resize {
        width: size.width,
        height: size.height,
    });
    let (sender, results) = mpsc::channel();
    let mut shell = Shell {
        folders,
        session,
        jobs: spawn_worker(sender)?,
        results,
        pending: 0,
        watched: 0,
    };
    event_loop(&mut terminal, &mut app, &theme, &mut shell, &place)
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// SIGTERM, SIGHUP and SIGINT end margin from a thread of their own: it restores the
/// terminal, saves the reading position and exits. The event loop cannot be relied on to
/// notice, because a terminal that has gone away can keep crossterm's read busy forever.
/// Annotations need nothing here: each was saved, atomically, when it was made.
fn watch_signals(folders: Folders, place: Arc<Mutex<Option<Effect>>>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            restore();
            if let Some(effect) = lock(&place).take() {
                let mut session = Session::load(&folders.session_file());
                effects::carry_out(&effect, &folders, &mut session);
            }
            std::process::exit(128 + signal);
        }
    });
    Ok(())
}

/// What the shell keeps: the folders and session for effects, and the channel on which
/// background work sends its results back as actions.
struct Shell {
    folders: Folders,
    session: Session,
    jobs: mpsc::Sender<Job>,
    results: mpsc::Receiver<Action>,
    /// Jobs sent to the worker whose result has not come back yet.
    pending: usize,
    /// Where the idle check of other articles' sidecars goes on next.
    watched: usize,
}

/// Starts the one worker thread that runs background jobs in the order they come, sending
/// their progress and results to `results`. One thread rather than one per job, so that the
/// memory a finished job frees (hundreds of MB for a large corpus) is reused by the next one
/// instead of sitting in another thread's allocator arena.
fn spawn_worker(results: mpsc::Sender<Action>) -> io::Result<mpsc::Sender<Job>> {
    let (jobs, queue) = mpsc::channel::<Job>();
    thread::Builder::new()
        .name("margin-worker".to_string())
        .spawn(move || {
            for job in queue {
                let done = background::run(job, |progress| {
                    let _ = results.send(progress);
                });
                if results.send(done).is_err() {
                    return;
                }
            }
        })?;
    Ok(jobs)
}

impl Shell {
    fn run_effects(&mut self, app: &mut App, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                Effect::Background(job) => {
                    if self.jobs.send(job).is_ok() {
                        self.pending += 1;
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

    /// Hands finished background work to the app; true when something arrived.
    fn receive(&mut self, app: &mut App) -> bool {
        let mut any = false;
        while let Ok(action) = self.results.try_recv() {
            if matches!(action, Action::IndexReady(_) | Action::FindingsReady(_)) {
                self.pending = self.pending.saturating_sub(1);
            }
            let effects = app.update(action);
            self.run_effects(app, effects);
            any = true;
        }
        any
    }
}

fn event_loop(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    app: &mut App,
    theme: &Theme,
    shell: &mut Shell,
    place: &Mutex<Option<Effect>>,
) -> io::Result<()> {
    draw(terminal, app, theme)?;
    // Background work starts once the first frame is on screen, so it does not delay it.
    let effects = app.start();
    shell.run_effects(app, effects);
    if std::env::var_os(PANIC_ON_PURPOSE).is_some() {
        panic!(
            "{PANIC_ON_PURPOSE} is set: panicking after the first frame to check the terminal is restored"
        );
    }
    loop {
        // While the article is still being laid out, only look for input between slices of
        // that work; while a worker runs, wake often enough to show its progress.
        let laying_out = !app.is_laid_out();
        let wait = match (laying_out, shell.pending) {
            (true, _) => 0,
            (false, 0) => 200,
            (false, _) => 30,
        };
        if !event::poll(Duration::from_millis(wait))? {
            let mut changed = shell.receive(app);
            changed |= take_in_sidecars(app, Some(&mut shell.watched));
            if laying_out {
                app.update(Action::ContinueLayout);
                // The sentence count and the scroll bar are exact from now on.
                changed |= app.is_laid_out();
            }
            if changed {
                draw(terminal, app, theme)?;
            }
            continue;
        }
        // What other readers saved is taken in before a key acts on it.
        take_in_sidecars(app, None);
        // Take every event that is already waiting before drawing once.
        loop {
            let event = event::read()?;
            if is_suspend(&event) {
                suspend(terminal)?;
                continue;
            }
            app.set_time(Timestamp::from(SystemTime::now()));
            let effects = match to_action(event) {
                Input::Key(key) => app.handle_key(key),
                Input::Action(action) => app.update(action),
                Input::Nothing => Vec::new(),
            };
            shell.run_effects(app, effects);
            if app.is_quitting() || !event::poll(Duration::ZERO)? {
                break;
            }
        }
        if app.is_quitting() {
            return Ok(());
        }
        *lock(place) = Some(app.session_effect());
        shell.receive(app);
        draw(terminal, app, theme)?;
    }
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
    let actions = crate::app::sidecars::changed_on_disk(&app.annotations.notes, articles);
    let any = !actions.is_empty();
    for action in actions {
        app.update(action);
    }
    any
}

fn draw<B: Backend>(terminal: &mut Terminal<B>, app: &App, theme: &Theme) -> io::Result<()>
where
    io::Error: From<B::Error>,
{
    terminal.draw(|frame| ui::render(app, theme, frame))?;
    Ok(())
}

enum Input {
    Key(Key),
    Action(Action),
    Nothing,
}

fn to_action(event: Event) -> Input {
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

fn is_suspend(event: &Event) -> bool {
    matches!(event, Event::Key(k) if k.kind == KeyEventKind::Press
        && k.code == event::KeyCode::Char('z') && k.modifiers.contains(KeyModifiers::CONTROL))
}

/// Ctrl-Z: give the terminal back, stop, and take it again when the shell resumes us.
fn suspend(terminal: &mut Terminal<CrosstermBackend<Stdout>>) -> io::Result<()> {
    restore();
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    enter()?;
    terminal.clear()
}

/// Restores the terminal when dropped, whatever way `run` ends.
struct Guard;

impl Guard {
    fn enter() -> io::Result<Self> {
        enter()?;
        Ok(Guard)
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

fn enter() -> io::Result<()> {
    terminal::enable_raw_mode()?;
    execute!(
        io::stdout(),
        terminal::EnterAlternateScreen,
        event::EnableMouseCapture,
        cursor::Hide
    )?;
    // Lets terminals that know the kitty protocol tell Ctrl-i from Tab; others ignore it.
    let _ = execute!(
        io::stdout(),
        event::PushKeyboardEnhancementFlags(
            event::KeyboardEnhancementFlags::DISAMBIGUATE_ESCAPE_CODES
        )
    );
    Ok(())
}

/// Undoes every mode `enter` set. Safe to call twice; errors are ignored because there is
/// nothing better to do with them while leaving.
fn restore() {
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

/// A panic restores the terminal first, so the message is readable and the shell usable.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}
