//! Counts and key sequences as the screen shows them: the status bar shows what waits for
//! its next key, and the help screen is searched in its border.

#[path = "support/reader.rs"]
mod reader;

use reader::{HEIGHT, reader};

fn status_row(screen: &str) -> &str {
    screen.lines().nth(HEIGHT as usize - 1).unwrap_or("")
}

#[test]
fn a_count_and_half_a_sequence_show_in_the_status_bar_until_used() {
    let mut r = reader();
    r.press("1 2");
    assert!(
        status_row(&r.screen()).trim_end().ends_with("12"),
        "{}",
        r.screen()
    );
    r.press("j");
    assert!(!status_row(&r.screen()).trim_end().ends_with("12"));
    assert_eq!(r.app.cursor, 12);
    r.press("z");
    assert!(status_row(&r.screen()).trim_end().ends_with('z'));
    r.press("z");
    assert!(r.app.pending.is_empty());
}

#[test]
fn the_help_screen_shows_its_search_and_the_new_keys() {
    let mut r = reader();
    r.press("?");
    let screen = r.screen();
    assert!(screen.contains("/ search, n N"), "{screen}");
    r.press("/ z z");
    let screen = r.screen();
    assert!(screen.contains("/zz"), "{screen}");
    assert!(
        screen.contains("zz") && screen.contains("cursor sentence in the middle"),
        "{screen}"
    );
}
