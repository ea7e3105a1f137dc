//! Selecting any span with the keyboard: `o` swaps the selection's ends so its start can be
//! moved too, `0` and `$` reach the sentence's ends, and the span is marked as an entity
//! (checked in `entities.margin.ron` and on the screen).

use margin::entities::Correction;

#[path = "support/reader.rs"]
mod reader;

use reader::{Reader, reader};

fn selected(r: &Reader) -> String {
    let margin::app::Mode::Selecting(selection) = r.app.mode else {
        panic!("not selecting: {:?}", r.app.mode);
    };
    let text = r.app.article().unwrap().text();
    selection.span(text).slice(text).to_string()
}

/// Opens the fifth seed article (004) with the cursor on the sentence naming Hegseth.
fn at_hegseth() -> Reader {
    let mut r = reader();
    r.press("] ] ] ]");
    assert!(r.app.article().unwrap().file.starts_with("004_"));
    for _ in 0..40 {
        let text = r.app.article().unwrap().text();
        if r.app
            .cursor_span()
            .unwrap()
            .slice(text)
            .contains("Robert Hegseth")
        {
            return r;
        }
        r.press("j");
    }
    panic!("no sentence names Robert Hegseth");
}

#[test]
fn robert_hegseth_alone_is_selected_and_marked_as_an_entity() {
    let mut r = at_hegseth();
    r.press("v");
    assert_eq!(selected(&r), "As");
    r.press("e e e e e e e e e e e e e e");
    assert!(
        selected(&r).ends_with("Defense Robert Hegseth"),
        "{}",
        selected(&r)
    );
    r.press("o w w w w w w w w w w w w w");
    assert_eq!(selected(&r), "Robert Hegseth");
    r.press("E p e r s o n enter");
    assert!(
        matches!(
            r.corrections().as_slice(),
            [Correction::Mark { quote, .. }] if quote == "Robert Hegseth"
        ),
        "{:?}",
        r.corrections()
    );
    let status = r.status();
    assert!(status.contains("Robert Hegseth"), "{status}");
    assert!(r.screen().contains("Robert Hegseth"));
    assert!(r.has_entity("Robert Hegseth"));
}

#[test]
fn o_swaps_the_ends_and_b_moves_the_start_back() {
    let mut r = at_hegseth();
    r.press("v e e o");
    assert_eq!(selected(&r), "As part of");
    // The start is at the sentence start: `b` stays in the text, `w` moves it to "part".
    r.press("w");
    assert_eq!(selected(&r), "part of");
    r.press("b");
    assert_eq!(selected(&r), "As part of");
    // Swapped back, the end moves again.
    r.press("o e");
    assert_eq!(selected(&r), "As part of this");
}

#[test]
fn zero_and_dollar_reach_the_sentence_ends() {
    let mut r = at_hegseth();
    r.press("v $");
    let text = r.app.article().unwrap().text();
    let sentence = r.app.cursor_span().unwrap().slice(text).to_string();
    assert_eq!(selected(&r), sentence.trim_end());
    r.press("0");
    assert_eq!(selected(&r), "A");
}
