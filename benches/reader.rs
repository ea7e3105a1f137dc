//! Reader speed: launch to first frame on the seed corpus, and one keypress (update + full
//! redraw) on a 1 MB article. Targets: under 30 ms and under 2 ms.

use criterion::{Criterion, criterion_group, criterion_main};
use margin::app::App;
use margin::app::action::Action;
use margin::app::keymap::Key;
use margin::config::{Colours, Config};
use margin::corpus::Corpus;
use margin::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;

fn draw(terminal: &mut Terminal<TestBackend>, app: &App, theme: &Theme) {
    terminal
        .draw(|frame| ui::render(app, theme, frame))
        .expect("draws");
}

/// About 1 MB of news text: the seed articles repeated.
fn one_megabyte_article() -> Corpus {
    let seeds = Corpus::embedded();
    let mut text = String::new();
    while text.len() < 1_000_000 {
        for article in &seeds.articles {
            text.push_str(&article.text);
            text.push('\n');
        }
    }
    Corpus::from_texts("bench", vec![("big.txt".into(), text)])
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
        b.iter(|| margin::text::layout::ArticleLayout::new(&article.text, article.structure(), 100))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = launch_to_first_frame, keypress_on_a_big_article
}
criterion_main!(benches);
