//! A fuzz target per input margin reads from files: `index.ron`, sidecars, `config.ron` and
//! article text. Each is driven by proptest with three kinds of input: raw bytes (decoded as
//! margin decodes them), strings built from RON fragments, and a valid file mutated by a few
//! edits, so the parsers are reached deep and not only at their first byte. Each asserts that
//! nothing panics and that what comes out holds its invariants: errors name the line and
//! column of a place in the text; spans lie on char boundaries, in order, within the text.
//!
//! CI runs a few dozen cases per target (a few seconds). The long run:
//! `PROPTEST_CASES=100000 cargo test --release --test fuzz_inputs`.

use margin::annotations::sidecar::{self, SidecarError};
use margin::app::indexing::gazetteer;
use margin::config::{Config, ConfigError};
use margin::corpus::{Corpus, CorpusError, IndexFile};
use margin::entities::extract;
use margin::text::layout::ArticleLayout;
use margin::text::{ByteSpan, Structure, display};
use proptest::prelude::*;
use std::path::Path;

/// Cases per target: `PROPTEST_CASES` when set (the long run), else `ci` (kept small so
/// `cargo test` stays fast).
fn cases(ci: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(ci);
    ProptestConfig {
        cases,
        // Inputs found failing are kept as the regression tests below, not in a file.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

const SEED_INDEX: &str = include_str!("../seeds/index.ron");
const SEED_SIDECAR: &str = include_str!("fixtures/sidecar/valid.margin.ron");
const SEED_CONFIG: &str = r##"(
    keys: {
        "article": { "J": HalfPage(Next), "K": HalfPage(Prev), "ctrl-x": Quit },
        "global": { "x": Quit },
    },
    panes: (list: 30, entities: 32, max_text: 90),
    colours: (accent: "magenta", cursor: "#303446", search: "yellow", dim: "darkgray"),
)"##;

/// Pieces of RON and of margin's files: delimiters, field names, values, comments, escapes
/// and characters that have broken parsers and terminals elsewhere.
const RON_FRAGMENTS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    "\"",
    "'",
    " ",
    "\n",
    "\r\n",
    "\t",
    "//",
    "/*",
    "*/",
    "r#\"",
    "\"#",
    "#",
    "\\",
    "\\u{1b}",
    "\\u{d800}",
    "\\n",
    "\\\"",
    "Some(",
    "None",
    "true",
    "false",
    "()",
    "0",
    "1",
    "-1",
    "1.5e309",
    "18446744073709551616",
    "0x1F",
    "'a'",
    "b\"x\"",
    "name",
    "articles",
    "file",
    "title",
    "id",
    "source",
    "date",
    "\"a.txt\"",
    "\"../x.txt\"",
    "\"/dev/zero\"",
    "\"\"",
    "version",
    "offsets",
    "\"bytes\"",
    "article",
    "text_sha256",
    "claims",
    "highlights",
    "anchor",
    "span",
    "start",
    "end",
    "quote",
    "prefix",
    "suffix",
    "status",
    "Verified",
    "Disputed",
    "note",
    "tags",
    "evidence",
    "relation",
    "Supports",
    "created",
    "updated",
    "\"2025-04-20T10:00:00Z\"",
    "keys",
    "panes",
    "colours",
    "list",
    "entities",
    "max_text",
    "accent",
    "\"article\"",
    "\"global\"",
    "\"ctrl-x\"",
    "Quit",
    "MoveSentence(Next)",
    "HalfPage(Prev)",
    "\"#303446\"",
    "\u{FEFF}",
    "\u{0}",
    "\u{1b}]0;t\u{7}",
    "\u{9b}",
    "\u{202e}",
    "é",
    "日本",
    "😀",
    "\u{301}",
];

/// A string of RON fragments.
fn ron_fragments() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(RON_FRAGMENTS), 0..60).prop_map(|p| p.concat())
}

/// One edit of a text: at a position (scaled to the text), delete some chars, insert a
/// fragment, or replace some chars with one.
#[derive(Clone, Debug)]
enum Edit {
    Delete(usize),
    Insert(&'static str),
    Replace(usize, &'static str),
    Duplicate(usize),
}

fn edit() -> impl Strategy<Value = (u16, Edit)> {
    let fragment = prop::sample::select(RON_FRAGMENTS);
    let kind = prop_oneof![
        (1usize..40).prop_map(Edit::Delete),
        fragment.clone().prop_map(Edit::Insert),
        (1usize..10, fragment).prop_map(|(n, f)| Edit::Replace(n, f)),
        (1usize..80).prop_map(Edit::Duplicate),
    ];
    (any::<u16>(), kind)
}

/// `seed` with a few edits: a valid file broken in a few places (or, by luck, still valid).
fn mutated(seed: &'static str) -> impl Strategy<Value = String> {
    prop::collection::vec(edit(), 0..6).prop_map(move |edits| {
        let mut text = seed.to_string();
        for (at, edit) in edits {
            let mut i = usize::from(at) * text.len() / usize::from(u16::MAX);
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            let after = |n: usize| {
                text[i..]
                    .char_indices()
                    .nth(n)
                    .map_or(text.len(), |(j, _)| i + j)
            };
            match edit {
                Edit::Delete(n) => text.replace_range(i..after(n), ""),
                Edit::Insert(fragment) => text.insert_str(i, fragment),
                Edit::Replace(n, fragment) => text.replace_range(i..after(n), fragment),
                Edit::Duplicate(n) => {
                    let piece = text[i..after(n)].to_string();
                    text.insert_str(i, &piece);
                }
            }
        }
        text
    })
}

/// Raw bytes as margin decodes a file it reads as text (invalid UTF-8 made U+FFFD).
fn bytes_as_text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<u8>(), 0..400)
        .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

/// Any input for a RON file: bytes, fragments, or `seed` mutated.
fn ron_input(seed: &'static str) -> impl Strategy<Value = String> {
    prop_oneof![1 => bytes_as_text(), 1 => ron_fragments(), 3 => mutated(seed)]
}

/// A 1-based line and column that exist in `source` (or just past its end).
fn assert_position_in(source: &str, line: usize, column: usize) {
    let lines: Vec<&str> = source.split('\n').collect();
    assert!(
        (1..=lines.len()).contains(&line),
        "line {line} of {} lines",
        lines.len()
    );
    let chars = lines[line - 1].chars().count();
    assert!(
        (1..=chars + 2).contains(&column),
        "column {column} of a line of {chars} chars"
    );
}

/// Chars of article text that exercise the splitter and layout: sentence ends,
/// abbreviations, quotes, headings and bullets, wide and zero-width characters, controls.
const TEXT_FRAGMENTS: &[&str] = &[
    "Japan",
    " said",
    " Toyota",
    " would invest",
    " in Osaka",
    ".",
    "!",
    "?",
    "…",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "# ",
    "- ",
    "• ",
    "1. ",
    "Mr.",
    " U.S.",
    " Dr. Ishiba",
    " $5.2 billion",
    " ¥1.2 trillion",
    " 3.5%",
    "“",
    "”",
    "\"",
    "'",
    "’s",
    "(",
    ")",
    "—",
    "日本は",
    "。",
    "😀",
    "👩\u{200d}💻",
    "e\u{301}",
    "\u{0}",
    "\u{1b}[2J",
    "\u{1b}]52;c;aGk=\u{7}",
    "\u{7f}",
    "\u{9b}",
    "\u{202e}",
    "\u{200b}",
    "\u{FEFF}",
    "\u{FFFD}",
    "Prime Minister Shigeru Ishiba",
    " and ",
    " the Bank of Japan",
    " Washington",
    " on Tuesday",
    ",",
    // Names that open with a letter of two bytes or more, and the words of the rules that
    // read a name's letters, neighbours and numbers.
    " Şebnem",
    " Đặng Văn",
    " Ørsted",
    " Élodie",
    " Ñ.",
    " J.J.",
    " the",
    " Street",
    " St.",
    " Drive",
    " 17th",
    " 1909",
    " 25 points",
    " moon",
    " Titan",
    " .DJI",
    " EUR=",
    " Sheriff’s Office",
    " State of",
    " am Inn",
    " upon",
    " County",
    " spacecraft",
    " according to the",
    " told the",
    " 11/19/2019",
    " 2019-11-19",
    " -5.4%",
    " first half of 2020",
    // Seventeenth session's rules: a maker's possessive, models of made things, holidays,
    // quarters, list lines and venues.
    "'s",
    "’s",
    " 787",
    "-9",
    " A330neo",
    " Max",
    " jets",
    " Dreamliner",
    " Black",
    " Friday",
    " Easter",
    " Q3",
    " third quarter",
    " profit",
    " May of this year",
    "\nJune 9 --",
    ", VA",
    ", IN",
    " are:\n",
    ", California\n",
    " analysts at",
    " a spokesperson for",
    ", a music company,",
    " The firm,",
];

fn article_text() -> impl Strategy<Value = String> {
    let fragments = prop::collection::vec(prop::sample::select(TEXT_FRAGMENTS), 0..120)
        .prop_map(|p| p.concat());
    let chars = prop::collection::vec(any::<char>(), 0..200).prop_map(String::from_iter);
    prop_oneof![1 => bytes_as_text(), 1 => chars, 3 => fragments]
}

/// Spans that lie on char boundaries of `text`, within it, sorted and not overlapping.
fn assert_spans(text: &str, spans: impl IntoIterator<Item = ByteSpan>, what: &str) {
    let mut last_end = 0;
    for span in spans {
        assert!(
            span.start <= span.end && span.end <= text.len(),
            "{what} {span:?}"
        );
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "{what} {span:?} off a char boundary"
        );
        assert!(span.start >= last_end, "{what} {span:?} out of order");
        last_end = span.end;
    }
}

fn check_index(source: &str) {
    let path = Path::new("corpus/index.ron");
    match IndexFile::from_ron(source, path) {
        Ok(_) => {}
        Err(CorpusError::Index {
            path: named,
            line,
            column,
            message,
        }) => {
            assert_eq!(named, path);
            assert!(!message.is_empty());
            let source = source.strip_prefix('\u{FEFF}').unwrap_or(source);
            assert_position_in(source, line, column);
        }
        Err(other) => panic!("parsing gave {other:?}"),
    }
}

/// The whole way a folder's index is taken: parsed, its entries checked and resolved, the
/// articles it names read. Nothing may leave the folder.
fn check_index_in_folder(source: &str) {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("index.ron"), source).expect("write");
    std::fs::write(dir.path().join("a.txt"), "Japan said.\n").expect("write");
    let folder = dir.path().canonicalize().expect("canonical");
    let Ok(corpus) = Corpus::open(&[dir.path().to_path_buf()]) else {
        return;
    };
    for article in &corpus.articles {
        let path = article.path.as_ref().expect("read from a file");
        let real = path
            .canonicalize()
            .expect("an article that was read exists");
        assert!(real.starts_with(&folder), "{real:?} is outside {folder:?}");
        assert!(article.file.len() <= margin::corpus::MAX_FILE_BYTES);
        assert!(article.title.len() <= margin::corpus::MAX_TEXT_BYTES);
    }
}

fn check_sidecar(source: &str) {
    match sidecar::from_ron(source) {
        Ok(annotations) => {
            // What parses writes back to a file that parses to the same annotations.
            let written = sidecar::to_ron(&annotations);
            let again = sidecar::from_ron(&written).expect("margin reads what it writes");
            assert_eq!(again, annotations);
        }
        Err(SidecarError::Parse {
            line,
            column,
            message,
            ..
        }) => {
            assert!(!message.is_empty());
            assert_position_in(source, line, column);
        }
        Err(SidecarError::UnsupportedVersion { line, .. }) => {
            assert_position_in(source, line, 1);
        }
        Err(other) => panic!("parsing gave {other}"),
    }
}

fn check_config(source: &str) {
    let path = Path::new("/cfg/config.ron");
    match Config::from_ron(source, path) {
        Ok(config) => assert!(config.panes.max_text >= 20),
        Err(err) => {
            assert!(err.to_string().starts_with("/cfg/config.ron:"), "{err}");
            if let ConfigError::Parse { line, column, .. } = err {
                let source = source.strip_prefix('\u{FEFF}').unwrap_or(source);
                assert_position_in(source, line, column);
            }
        }
    }
}

fn check_article(text: &str) {
    let structure = Structure::of(text);
    assert_spans(
        text,
        structure.paragraphs.iter().map(|p| p.span),
        "paragraph",
    );
    assert_spans(
        text,
        structure.sentences.iter().map(|s| s.span()),
        "sentence",
    );
    for (i, paragraph) in structure.paragraphs.iter().enumerate() {
        for s in paragraph.sentences.clone() {
            let sentence = structure.sentences[s].span();
            assert!(
                paragraph.span.start <= sentence.start && sentence.end <= paragraph.span.end,
                "sentence {s} {sentence:?} outside paragraph {i} {:?}",
                paragraph.span
            );
        }
    }
    for width in [1, 2, 7, 40] {
        let layout = ArticleLayout::new(text, &structure, width);
        let rows: Vec<ByteSpan> = layout.rows_from(0).filter_map(|r| r.span()).collect();
        assert_spans(text, rows.iter().copied(), "row");
        for row in rows {
            // Only a row of one visible char (wider than the line) may be wider.
            let shown = row.slice(text);
            let visible = shown.chars().filter(|&c| display::width(c) > 0).count();
            assert!(
                display::str_width(shown) <= width || visible == 1,
                "row {row:?} {shown:?} wider than {width}"
            );
        }
    }
    let mentions = extract(text, gazetteer());
    assert_spans(text, mentions.iter().map(|m| m.span()), "mention");
    assert!(mentions.iter().all(|m| !m.span().is_empty()));
    let shown = display::sanitize(text);
    assert!(!shown.chars().any(display::is_neutralised), "{shown:?}");
    assert_eq!(display::str_width(&shown), display::str_width(text));
    for width in [0, 1, 5, 30] {
        let cut = display::truncate(text, width);
        assert!(
            display::str_width(&cut) <= width,
            "{cut:?} wider than {width}"
        );
        if display::str_width(text) <= width {
            assert_eq!(cut, shown);
        } else {
            assert!(shown.starts_with(cut.trim_end_matches('…')), "{cut:?}");
        }
        assert_eq!(display::str_width(&display::fit(text, width)), width);
    }
}

proptest! {
    #![proptest_config(cases(48))]

    #[test]
    fn index_ron_never_panics_and_errors_name_a_place(source in ron_input(SEED_INDEX)) {
        check_index(&source);
    }

    #[test]
    fn sidecars_never_panic_and_errors_name_a_place(source in ron_input(SEED_SIDECAR)) {
        check_sidecar(&source);
    }

    #[test]
    fn config_ron_never_panics_and_errors_name_a_place(source in ron_input(SEED_CONFIG)) {
        check_config(&source);
    }

    #[test]
    fn article_text_gives_spans_on_char_boundaries_in_order(text in article_text()) {
        check_article(&text);
    }
}

proptest! {
    // Each case writes a folder: fewer of them.
    #![proptest_config(cases(16))]

    #[test]
    fn an_index_never_opens_a_file_outside_its_folder(source in ron_input(SEED_INDEX)) {
        check_index_in_folder(&source);
    }
}

#[test]
fn the_seeds_parse_so_mutations_start_from_valid_files() {
    IndexFile::from_ron(SEED_INDEX, Path::new("index.ron")).unwrap();
    sidecar::from_ron(SEED_SIDECAR).unwrap();
    Config::from_ron(SEED_CONFIG, Path::new("config.ron")).unwrap();
}

// Inputs the long run found failing, kept as tests.

#[test]
fn a_name_opening_with_a_letter_of_two_bytes_reaches_every_name_rule_whole() {
    // `names_no_person_before` sliced a name's first word at its second byte: inside "Ş".
    for text in [
        "Prices rose as Şebnem Korur Fincancı spoke.",
        "Later Đặng Văn Lâm said so.",
        "Ørsted Wind and Élodie Ñuñez met in Şişli.",
    ] {
        check_article(text);
    }
}

#[test]
fn a_describing_word_read_back_into_a_name_is_not_read_again_alone() {
    // "the County Black" after "according to": the ORG took "County" back from the runs the
    // line had deferred, and the deferred run was read again as the place "County".
    check_article(" County, VA according to the County Black are:\n");
    check_article("Officials in County, Kansas said, according to the County Black Star.");
}

#[test]
fn a_models_number_that_a_date_holds_is_left_to_the_date() {
    // "VA-9 May": the abbreviation took "-9" as its model's number, over the date "9 May".
    check_article(", VA-9 May of this year");
    check_article("The LGP-30 computer ran from 9 May.");
}

#[test]
fn a_given_name_before_a_known_name_at_the_texts_end_reads_no_further() {
    // The middle-initial test asked for the token after "Élodie", past the line's end.
    check_article(" Élodie ");
    check_article("It was Élodie R.");
    check_article("It was Élodie R. Bloomberg");
}

#[test]
fn a_no_break_space_before_an_abbreviation_does_not_break_the_splitter() {
    // `last_word` stepped one byte past the whitespace before the word: inside U+00A0.
    for text in [
        "Prices rose\u{a0}Jan. Then they fell.",
        "Prices rose\u{85}U.S. Then they fell.",
        "Prices rose\u{2003}Mr. Abe said so.",
    ] {
        check_article(text);
    }
    check_article(
        "$¡\0A ¡a\0¡A¡ ¡0¡ ¡ ¡ ¡00¡a ¡¡a0¡¡¡ 0¡ ¡¡\0¡¡\0\u{85}¡00¡¡¡¡¡AAaAA¡¡A.\u{b}A¡¡AAA   ¡¡a¡0\0¡¡a ¡ 00A¡ \0¡A",
    );
}

#[test]
fn a_timestamp_with_a_wide_char_among_its_digits_is_an_error_not_a_panic() {
    // The parser cut the text at fixed byte offsets, inside U+202E.
    let source = SEED_SIDECAR.replacen("2026-11-25T13:05:0", "2026-11-25T13:05:\u{202e}0", 1);
    assert_ne!(source, SEED_SIDECAR);
    assert!(sidecar::from_ron(&source).is_err());
    check_sidecar(&source);
}
