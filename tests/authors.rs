//! Who wrote what: every claim and highlight carries its author, the overview (`C`) shows
//! and filters by it, and the status bar names the author of the cursor's annotation when it
//! is someone else. Two readers take turns on one data folder, as a team shares sidecars.

use margin::app::Mode;

#[path = "support/reader.rs"]
mod reader;

use reader::{Reader, reader};

fn as_author(reader: &mut Reader, name: &str) {
    reader.app.config.author = Some(name.to_owned());
}

/// The overview's rows as drawn (each names a quote and the annotation's kind).
fn overview_lines(reader: &Reader) -> Vec<String> {
    let screen = reader.screen();
    let kinds = ["│✓ verified", "│✗ disputed", "│• claim", "│▒ highlight"];
    let lines = screen
        .lines()
        .filter(|l| kinds.iter().any(|k| l.contains(k)));
    lines.map(str::to_owned).collect()
}

#[test]
fn claims_and_highlights_are_saved_with_their_author() {
    let mut r = reader();
    as_author(&mut r, "Ana Lima");
    r.press("j V");
    as_author(&mut r, "Ben Ode");
    r.press("j j v e enter");
    let sidecar = r.sidecar(0);
    assert_eq!(sidecar.claims()[0].author, "Ana Lima");
    assert_eq!(sidecar.highlights()[0].author, "Ben Ode");
}

#[test]
fn editing_someone_elses_claim_keeps_its_author() {
    let mut r = reader();
    as_author(&mut r, "Ana Lima");
    r.press("j V");
    as_author(&mut r, "Ben Ode");
    r.press("D");
    let sidecar = r.sidecar(0);
    let claim = &sidecar.claims()[0];
    assert_eq!(claim.author, "Ana Lima");
    assert_eq!(claim.status, Some(margin::annotations::Status::Disputed));
}

#[test]
fn the_status_bar_names_the_author_only_when_it_is_someone_else() {
    let mut r = reader();
    as_author(&mut r, "Ana Lima");
    r.press("j V j k");
    let status_row = |r: &Reader| r.screen().lines().last().unwrap_or_default().to_owned();
    assert!(status_row(&r).contains("✓ verified"), "{}", status_row(&r));
    assert!(!status_row(&r).contains("by Ana"), "{}", status_row(&r));
    as_author(&mut r, "Ben Ode");
    r.press("j k");
    assert!(
        status_row(&r).contains("✓ verified · by Ana Lima"),
        "{}",
        status_row(&r)
    );
}

#[test]
fn the_overview_shows_each_author_and_filters_by_one() {
    let mut r = reader();
    as_author(&mut r, "Ana Lima");
    r.press("j V");
    as_author(&mut r, "Ben Ode");
    r.press("j D");
    r.press("C");
    let lines = overview_lines(&r);
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(lines[0].contains("by Ana Lima"), "{}", lines[0]);
    assert!(lines[1].contains("by Ben Ode"), "{}", lines[1]);
    r.press("/ @ b e n enter");
    let Mode::Overview(overview) = &r.app.mode else {
        panic!("{:?}", r.app.mode)
    };
    let rows = r.app.overview_rows(overview);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].author, "Ben Ode");
    let lines = overview_lines(&r);
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(lines[0].contains("✗ disputed") && lines[0].contains("by Ben Ode"));
    r.press("/ backspace backspace backspace backspace @ l i m a enter");
    let lines = overview_lines(&r);
    assert_eq!(
        lines.len(),
        1,
        "a later word of the name finds it too: {lines:#?}"
    );
    assert!(lines[0].contains("by Ana Lima"));
}

#[test]
fn an_entity_correction_is_signed_with_its_author_and_time_and_old_ones_still_read() {
    use margin::entities::{Correction, Corrections};
    let mut r = reader();
    as_author(&mut r, "Ana Lima");
    r.select("Bitcoin");
    r.press("x");
    let [made] = r.corrections().try_into().expect("one correction");
    assert!(matches!(&made, Correction::Ignore { entity, .. } if entity == "Bitcoin"));
    assert_eq!(made.signature().author, "Ana Lima");
    assert_eq!(made.signature().made, r.app.annotations.now);
    // Who made it is not what it is: the unsigned correction of a file from before is equal.
    let unsigned =
        Corrections::from_ron("(version: 1, corrections: [Ignore(entity: \"Bitcoin\")])")
            .expect("an old file reads");
    assert_eq!(unsigned.corrections, [made]);
    assert!(unsigned.corrections[0].signature().is_unsigned());
    assert!(!unsigned.to_ron().expect("writes").contains("by:"));
}

#[test]
fn the_ignored_entities_name_whoever_else_ignored_them() {
    let mut r = reader();
    as_author(&mut r, "Ana Lima");
    r.select("Bitcoin");
    r.press("x I");
    assert!(r.pane().contains("  Bitcoin"), "{}", r.pane());
    assert!(!r.pane().contains("by Ana"), "your own: {}", r.pane());
    as_author(&mut r, "Ben Ode");
    assert!(r.pane().contains("Bitcoin · by Ana Lima"), "{}", r.pane());
}
