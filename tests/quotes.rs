//! An entity's quotes (`"` in the entities pane), driven through keys on the seed corpus:
//! what the overlay lists, the selected quote in full, `Enter` to the words, and an entity
//! that is never quoted.

#[path = "support/reader.rs"]
mod support;

use margin::app::{Mode, Pane};
use support::reader;

#[test]
fn the_quotes_of_a_person_by_article_with_the_selected_one_in_full() {
    let mut reader = reader();
    reader.select("Chas Freeman");
    reader.press("\"");
    let Mode::Quotes(view) = &reader.app.mode else {
        panic!("no quotes overlay: {:?}", reader.app.mode.name());
    };
    assert_eq!(view.quote_count(), 3);
    let screen = reader.screen();
    assert!(
        screen.contains("Quotes: Chas Freeman · 3 in 1 articles"),
        "{screen}"
    );
    assert!(screen.contains("000_30275bd4750cc261.txt"), "{screen}");
    // One line per quote: the verb, then the words, quoted when direct.
    for line in [
        "criticised    the US’ approach, calling it “cockamamie”",
        "said          “This is not how negotiations are supposed to work”",
    ] {
        assert!(screen.contains(line), "{line:?} not in\n{screen}");
    }
    // The first quote is selected and shown in full below, with its attribution.
    assert!(
        screen.contains("Chas Freeman criticised (000_30275bd4750cc261.txt):"),
        "{screen}"
    );
    insta::assert_snapshot!("quotes_open", screen);

    reader.press("j");
    let screen = reader.screen();
    assert!(
        screen.contains("He described (000_30275bd4750cc261.txt):"),
        "the pronoun is where the speaker is named:\n{screen}"
    );
    assert!(
        screen.contains("the American side failed to provide a clear answer"),
        "{screen}"
    );
}

#[test]
fn enter_goes_to_the_quoted_words() {
    let mut reader = reader();
    reader.select("Chas Freeman");
    reader.press("\" j j enter");
    assert!(matches!(reader.app.mode, Mode::Reading));
    assert_eq!(reader.app.focus, Pane::Article);
    let text = reader.app.corpus.articles[0].text();
    let sentence = reader.app.cursor_span().unwrap().slice(text);
    assert!(
        sentence.contains("This is not how negotiations are supposed to work"),
        "the cursor is on {sentence:?}"
    );
    reader.says("Chas Freeman: quote in 000_30275bd4750cc261.txt");
}

#[test]
fn an_entity_never_quoted_says_so() {
    let mut reader = reader();
    reader.select("Ryosei Akazawa");
    reader.press("\"");
    assert!(matches!(reader.app.mode, Mode::Reading));
    reader.says("Ryosei Akazawa is not quoted in these articles");
}

#[test]
fn q_and_the_quote_key_close_the_overlay() {
    let mut reader = reader();
    reader.select("Chas Freeman");
    for close in ["q", "\"", "esc"] {
        reader.press("\"");
        assert!(matches!(reader.app.mode, Mode::Quotes(_)));
        reader.press(close);
        assert!(matches!(reader.app.mode, Mode::Reading), "{close}");
        assert_eq!(reader.app.focus, Pane::Entities);
    }
}
