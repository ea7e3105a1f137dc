//! The word cursor in the cursor sentence: `h` `l` `b` `0` `$` move it (`h` `l` cross
//! sentences), it is drawn underlined, `v` starts the selection at it, and moving the
//! sentence cursor puts it back on the sentence's first word.

use margin::entities::Correction;
use ratatui::style::Modifier;

#[path = "support/cells.rs"]
mod cells;
#[path = "support/reader.rs"]
mod reader;

use cells::runs_where;
use reader::{Reader, reader};

/// Opens the fifth seed article (004) with the cursor on the sentence naming Hegseth.
fn at_hegseth() -> Reader {
    let mut r = reader();
    r.press("] ] ] ]");
    for _ in 0..40 {
        if sentence(&r).contains("Robert Hegseth") {
            return r;
        }
        r.press("j");
    }
    panic!("no sentence names Robert Hegseth");
}

fn sentence(r: &Reader) -> String {
    let text = r.app.article().unwrap().text();
    r.app.cursor_span().unwrap().slice(text).to_string()
}

/// The runs of text drawn underlined and without bold in the article's text area: the
/// word cursor (an active entity's mentions are bold as well).
fn underlined(r: &Reader) -> Vec<String> {
    let underlined_only =
        |m: Modifier| m.contains(Modifier::UNDERLINED) && !m.contains(Modifier::BOLD);
    runs_where(&r.buffer(), r.app.areas.text, underlined_only)
}

fn selected(r: &Reader) -> String {
    let margin::app::Mode::Selecting(selection) = r.app.mode else {
        panic!("not selecting: {:?}", r.app.mode);
    };
    let text = r.app.article().unwrap().text();
    selection.span(text).slice(text).to_string()
}

fn word(r: &Reader) -> String {
    let text = r.app.article().unwrap().text();
    r.app.cursor_word().unwrap().slice(text).to_string()
}

#[test]
fn l_walks_to_robert_and_v_e_selects_robert_hegseth_for_an_entity() {
    let mut r = at_hegseth();
    assert_eq!(underlined(&r), ["As"]);
    for _ in 0..30 {
        if word(&r) == "Robert" {
            break;
        }
        r.press("l");
    }
    assert_eq!(underlined(&r), ["Robert"]);
    r.press("v");
    assert_eq!(selected(&r), "Robert");
    assert_eq!(
        underlined(&r),
        Vec::<String>::new(),
        "the selection shows instead"
    );
    r.press("e");
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
    assert!(r.has_entity("Robert Hegseth"));
}

#[test]
fn zero_dollar_and_b_move_within_the_sentence() {
    let mut r = at_hegseth();
    let words: Vec<String> = sentence(&r)
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect();
    r.press("$");
    assert_eq!(word(&r), *words.last().unwrap());
    assert_eq!(underlined(&r), [words.last().unwrap().as_str()]);
    r.press("b");
    assert_eq!(word(&r), words[words.len() - 2]);
    r.press("0");
    assert_eq!(word(&r), "As");
    r.press("l l h");
    assert_eq!(word(&r), "part");
}

#[test]
fn h_and_l_cross_into_the_sentences_around_as_vim_crosses_lines() {
    let mut r = at_hegseth();
    let at = r.app.cursor;
    r.press("h");
    assert_eq!(r.app.cursor, at - 1);
    let last = word(&r);
    r.press("0 $");
    assert_eq!(word(&r), last, "h from the first word lands on the last");
    r.press("l");
    assert_eq!(r.app.cursor, at);
    assert_eq!(word(&r), "As");
    r.press("l h h");
    assert_eq!(r.app.cursor, at - 1);
    assert_eq!(word(&r), last);
}

#[test]
fn moving_the_sentence_cursor_puts_the_word_back_on_the_first_word() {
    let mut r = at_hegseth();
    r.press("l l l");
    assert_ne!(word(&r), "As");
    r.press("j k");
    assert_eq!(word(&r), "As");
    assert_eq!(underlined(&r), ["As"]);
    r.press("l v");
    assert_eq!(selected(&r), "part");
}
