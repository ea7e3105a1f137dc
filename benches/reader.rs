//! Reader speed: launch to first frame on the seed corpus and on a 50 MB article, one
//! keypress (update + full redraw) on a 1 MB article, and `G` / `g` on a 50 MB article once
//! it is laid out. Targets: under 30 ms to the first frame, under 2 ms a key, well under
//! 50 ms for `G` and `g`.

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use margin::app::App;
use margin::app::action::Action;
use margin::app::keymap::Key;
use margin::config::{Colours, Config};
use margin::corpus::Corpus;
use margin::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;
use std::time::{Duration, Instant};

fn draw(terminal: &mut Terminal<TestBackend>, app: &App, theme: &Theme) {
    terminal
        .draw(|frame| ui::render(app, theme, frame))
        .expect("draws");
}

/// About `bytes` of news text: the seed articles repeated.
fn news_text(bytes: usize) -> String {
    let seeds = Corpus::embedded();
    let mut text = String::with_capacity(bytes + 20_000);
    while text.len() < bytes {
        for article in &seeds.articles {
            text.push_str(article.text());
            text.push('\n');
        }
    }
    text
}

fn one_megabyte_article() -> Corpus {
    Corpus::from_texts("bench", vec![("big.txt".into(), news_text(1_000_000))])
}

fn launch_to_first_frame(c: &mut Criterion) {
    let theme = Theme::new(&Colours::default(), false).expect("default theme");
    c.bench_function("launch to first frame, seed corpus, 120x40", |b| {
        b.iter(|| {
            let mut app = App::new(Corpus::embedded(), Config::default(), None);
            app.update(Action::Resize {
                width: 120,
                height: 40,
            });
            let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
            draw(&mut terminal, &app, &theme);
            black_box(terminal);
        })
    });
}

fn keypress_on_a_big_article(c: &mut Criterion) {
    let theme = Theme::new(&Colours::default(), false).expect("default theme");
    let mut app = App::new(one_megabyte_article(), Config::default(), None);
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    app.handle_key(Key::char('G'));
    c.bench_function("keypress k + redraw, 1 MB article, 120x40", |b| {
        b.iter(|| {
            app.handle_key(Key::char('k'));
            draw(&mut terminal, &app, &theme);
        })
    });
    c.bench_function("layout of a 1 MB article at 100 columns", |b| {
        let article = &app.corpus.articles[0];
        b.iter(|| {
            margin::text::layout::ArticleLayout::new(article.text(), article.structure(), 100)
        })
    });
}

/// A 50 MB article: the first frame, which must not wait for the whole layout, and `G` then
/// `g` once the idle slices have laid it out.
fn fifty_megabyte_article(c: &mut Criterion) {
    let theme = Theme::new(&Colours::default(), false).expect("default theme");
    let text = news_text(50 * 1024 * 1024);
    let corpus = || Corpus::from_texts("bench", vec![("huge.txt".into(), text.clone())]);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    c.bench_function("launch to first frame, 50 MB article, 120x40", |b| {
        b.iter_batched(
            corpus,
            |corpus| {
                let app = App::new_sized(corpus, Config::default(), None, (120, 40));
                draw(&mut terminal, &app, &theme);
                app
            },
            BatchSize::PerIteration,
        )
    });
    let mut app = App::new_sized(corpus(), Config::default(), None, (120, 40));
    while !app.is_laid_out() {
        app.update(Action::ContinueLayout);
    }
    // Each timed key starts from the other end of the article.
    let mut timed = |name: &str, from: char, key: char| {
        c.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    app.handle_key(Key::char(from));
                    let start = Instant::now();
                    app.handle_key(Key::char(key));
                    draw(&mut terminal, &app, &theme);
                    total += start.elapsed();
                }
                total
            })
        });
    };
    timed("G + redraw, 50 MB article laid out, 120x40", 'g', 'G');
    timed("g + redraw, 50 MB article laid out, 120x40", 'G', 'g');
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = launch_to_first_frame, keypress_on_a_big_article
}
criterion_group! {
    name = large;
    config = Criterion::default().sample_size(10);
    targets = fifty_megabyte_article
}
criterion_main!(benches, large);
