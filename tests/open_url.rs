//! `gx` opens the article's web page: `url` in `index.ron` becomes an effect for the shell
//! (nothing is started here), an article without one says how to give it one, and an
//! address that is not http(s) is refused with a warning when the index is read.

use margin::app::App;
use margin::app::action::Effect;
use margin::app::keymap::parse_keys;
use margin::config::Config;
use margin::corpus::Corpus;

fn corpus() -> (tempfile::TempDir, Corpus) {
    let dir = tempfile::tempdir().expect("temp dir");
    let index = r#"(articles: [
        (file: "a.txt", title: "Published", url: "https://news.example/2025/a"),
        (file: "b.txt", title: "Unpublished"),
        (file: "c.txt", title: "Odd", url: "javascript:alert(1)"),
    ])"#;
    std::fs::write(dir.path().join("index.ron"), index).expect("write");
    for file in ["a.txt", "b.txt", "c.txt"] {
        std::fs::write(dir.path().join(file), "One sentence here.\n").expect("write");
    }
    let corpus = Corpus::open(&[dir.path().to_path_buf()]).expect("opens");
    (dir, corpus)
}

fn press(app: &mut App, keys: &str) -> Vec<Effect> {
    let keys = parse_keys(keys).expect("keys");
    keys.into_iter()
        .flat_map(|key| app.handle_key(key))
        .collect()
}

fn said(app: &App) -> String {
    app.message
        .as_ref()
        .map_or(String::new(), |m| m.text.clone())
}

#[test]
fn gx_asks_the_shell_to_open_the_articles_url() {
    let (_dir, corpus) = corpus();
    let mut app = App::new(corpus, Config::default(), None);
    let effects = press(&mut app, "g x");
    assert_eq!(
        effects,
        [Effect::OpenUrl("https://news.example/2025/a".into())]
    );
    assert_eq!(said(&app), "opening https://news.example/2025/a");
}

#[test]
fn an_article_without_a_url_says_how_to_give_it_one() {
    let (_dir, corpus) = corpus();
    let mut app = App::new(corpus, Config::default(), None);
    let effects = press(&mut app, "] g x");
    assert!(!effects.iter().any(|e| matches!(e, Effect::OpenUrl(_))));
    assert_eq!(
        said(&app),
        "this article has no web address: give its entry in index.ron a url: \"https://…\""
    );
}

#[test]
fn a_url_that_is_not_a_web_address_is_left_out_with_a_warning() {
    let (_dir, corpus) = corpus();
    assert_eq!(corpus.articles[2].url, None);
    let warnings: Vec<String> = corpus.warnings.iter().map(|w| w.to_string()).collect();
    assert!(
        warnings.iter().any(|w| w.contains(
            "entry 3 (file \"c.txt\"): its url \"javascript:alert(1)\" is not an http:// or https:// address, so it is left out"
        )),
        "{warnings:#?}"
    );
    let mut app = App::new(corpus, Config::default(), None);
    let effects = press(&mut app, "] ] g x");
    assert!(!effects.iter().any(|e| matches!(e, Effect::OpenUrl(_))));
}
