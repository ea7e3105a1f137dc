//! Opening corpora, good and bad: every bad input gets a message naming the file and the
//! problem, and the rest of the corpus still loads.

use margin::corpus::{Corpus, CorpusError};
use margin::text::ParagraphKind;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn the_embedded_corpus_has_the_five_seeds_in_index_order() {
    let corpus = Corpus::embedded();
    let files: Vec<&str> = corpus.articles.iter().map(|a| a.file.as_str()).collect();
    assert_eq!(
        files,
        [
            "000_30275bd4750cc261.txt",
            "001_0250830679b74e50.txt",
            "002_d26debe2e430b1cf.txt",
            "003_8370b84d87d0acd9.txt",
            "004_56746001db7dae0c.txt"
        ]
    );
    assert_eq!(
        corpus.articles[1].title,
        "Japan Hints at Using U.S. Treasury Holdings in Trade Talks"
    );
    assert!(corpus.warnings.is_empty());
}

#[test]
fn the_embedded_seeds_are_the_files_in_seeds_verbatim() {
    let corpus = Corpus::embedded();
    for article in &corpus.articles {
        let on_disk = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("seeds")
                .join(&article.file),
        )
        .unwrap();
        assert_eq!(article.text(), on_disk, "{}", article.file);
    }
}

#[test]
fn a_folder_with_an_index_loads_titles_sources_and_dates() {
    let corpus = Corpus::open(&[fixture("corpus")]).unwrap();
    assert_eq!(corpus.name, "Fixture corpus");
    assert_eq!(corpus.len(), 3);
    let talks = &corpus.articles[0];
    assert_eq!(talks.source.as_deref(), Some("Test Wire"));
    assert_eq!(talks.date.as_deref(), Some("2025-04-20"));
    assert_eq!(talks.structure().paragraphs[0].kind, ParagraphKind::Heading);
}

#[test]
fn a_folder_without_an_index_takes_titles_from_first_lines() {
    let corpus = Corpus::open(&[fixture("plain")]).unwrap();
    let titles: Vec<&str> = corpus.articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["First Article Title", "Second Article Title"]);
}

#[test]
fn single_files_open_as_a_corpus() {
    let corpus = Corpus::open(&[fixture("corpus/bonds.txt"), fixture("corpus/yen.md")]).unwrap();
    assert_eq!(corpus.len(), 2);
    assert_eq!(corpus.articles[1].title, "The yen");
}

#[test]
fn a_malformed_index_names_the_file_line_and_column() {
    let err = Corpus::open(&[fixture("bad_index")]).unwrap_err();
    assert!(matches!(err, CorpusError::Index { line: 4, .. }), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("bad_index/index.ron:4:"), "{message}");
}

#[test]
fn a_missing_article_is_reported_and_the_rest_loads() {
    let corpus = Corpus::open(&[fixture("missing_file")]).unwrap();
    assert_eq!(corpus.len(), 1);
    assert_eq!(corpus.articles[0].title, "Present");
    let warning = corpus.warnings[0].to_string();
    assert!(
        warning.contains("gone.txt") && warning.contains("not found"),
        "{warning}"
    );
}

#[test]
fn an_index_path_that_leaves_the_corpus_folder_is_refused() {
    let corpus = Corpus::open(&[fixture("outside")]).unwrap();
    assert_eq!(corpus.len(), 1);
    assert_eq!(corpus.articles[0].title, "Inside");
    let warning = corpus.warnings[0].to_string();
    assert!(
        warning.contains("refused") && warning.contains("../corpus/bonds.txt"),
        "{warning}"
    );
}

#[test]
fn non_utf8_text_is_decoded_lossily_with_a_warning() {
    let corpus = Corpus::open(&[fixture("escapes")]).unwrap();
    let latin1 = corpus
        .articles
        .iter()
        .find(|a| a.file == "latin1.txt")
        .unwrap();
    assert!(latin1.text().starts_with("Caf\u{FFFD} prices rose."));
    let warning = corpus
        .warnings
        .iter()
        .find(|w| w.file.ends_with("latin1.txt"))
        .unwrap();
    assert!(warning.problem.contains("not valid UTF-8"), "{warning}");
}

#[test]
fn an_article_of_4_gib_or_more_is_left_out_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Japan and the U.S. met.\n").unwrap();
    // A sparse file: nothing is written, and margin must not read it to refuse it.
    let huge = std::fs::File::create(dir.path().join("b.txt")).unwrap();
    huge.set_len(5 << 30).unwrap();
    let corpus = Corpus::open(&[dir.path().to_path_buf()]).unwrap();
    assert_eq!(corpus.len(), 1);
    assert_eq!(corpus.articles[0].file, "a.txt");
    let warning = corpus
        .warnings
        .iter()
        .find(|w| w.file.ends_with("b.txt"))
        .expect("a warning names the file");
    assert_eq!(
        warning.problem,
        "is 5.0 GiB; margin reads articles under 4 GiB, so it is left out"
    );
    let lazily = Corpus::open_lazily(&[dir.path().to_path_buf()]).unwrap();
    assert_eq!(lazily.len(), 1);
    assert_eq!(lazily.warnings, corpus.warnings);
}

#[test]
fn an_empty_article_opens_with_a_warning() {
    let corpus = Corpus::open(&[fixture("escapes")]).unwrap();
    let empty = corpus
        .articles
        .iter()
        .find(|a| a.file == "empty.txt")
        .unwrap();
    assert!(empty.structure().sentences.is_empty());
    assert!(
        corpus
            .warnings
            .iter()
            .any(|w| w.file.ends_with("empty.txt") && w.problem == "is empty")
    );
}

#[test]
fn control_characters_are_kept_in_the_text_so_offsets_match_the_file() {
    let corpus = Corpus::open(&[fixture("escapes")]).unwrap();
    let hostile = &corpus.articles[0];
    let on_disk = std::fs::read(fixture("escapes/hostile.txt")).unwrap();
    assert_eq!(hostile.text().as_bytes(), on_disk.as_slice());
}

#[test]
fn a_missing_single_file_is_an_error_naming_it() {
    let err = Corpus::open(&[fixture("nope.txt")])
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("nope.txt") && err.contains("not found"),
        "{err}"
    );
}

/// Sentences of the real seed articles, split where a reader would split them.
#[test]
fn seed_sentences_split_where_a_reader_would() {
    let corpus = Corpus::embedded();
    let sentences = |i: usize| -> Vec<&str> {
        let a = &corpus.articles[i];
        a.structure()
            .sentences
            .iter()
            .map(|s| s.span().slice(a.text()))
            .collect()
    };
    let denies = sentences(3);
    assert_eq!(
        denies[0],
        "Japan firmly denies employing its U.S. Treasury holdings as leverage in upcoming trade negotiations with the U.S., emphasizing the importance of the bilateral alliance."
    );
    let hints = sentences(1);
    assert!(hints.contains(&"Japan holds one of the largest amounts of U.S. Treasury securities, with its holdings exceeding $1 trillion."));
    let stall = sentences(0);
    assert!(stall.contains(&"“The Japanese side has been trying to understand what the US actually wants,” one source familiar with the negotiations stated."));
    assert!(stall.iter().any(|s| {
        s.starts_with("Foreign investors poured a record ¥2.18 trillion ($15.5 billion)")
    }));
    let ties = sentences(4);
    assert!(ties.contains(&"The Foreign Investment Promotion Act Trump has re-emphasized his support for Toyota’s continued investment in the U.S."));
    assert!(ties.contains(
        &"He’s obviously a huge proponent of creating these positive economic connections."
    ));
    for (i, article) in corpus.articles.iter().enumerate() {
        for s in sentences(i) {
            assert!(
                !s.ends_with("U.S. Treasury") && !s.ends_with(" Mr."),
                "bad split in {}: {s}",
                article.file
            );
        }
    }
}

#[test]
fn a_lazily_opened_folder_reads_each_text_on_first_use() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("index.ron"),
        r#"(articles: [(file: "a.txt", title: "A"), (file: "b.txt", title: "B"), (file: "gone.txt", title: "Gone")])"#,
    )
    .unwrap();
    std::fs::write(dir.path().join("a.txt"), "Japan and the U.S. met.\n").unwrap();
    std::fs::write(dir.path().join("b.txt"), "First words.\n").unwrap();
    let corpus = Corpus::open_lazily(&[dir.path().to_path_buf()]).unwrap();

    // Listing found the missing file at once; the others are listed, not read.
    assert_eq!(corpus.len(), 2);
    assert!(
        corpus
            .warnings
            .iter()
            .any(|w| w.file.ends_with("gone.txt") && w.problem.starts_with("file not found"))
    );
    std::fs::write(dir.path().join("b.txt"), "Written after opening.\n").unwrap();
    assert_eq!(corpus.articles[1].text(), "Written after opening.\n");
    assert_eq!(corpus.articles[0].text(), "Japan and the U.S. met.\n");
    assert!(corpus.read_problems().is_empty());
}

#[test]
fn problems_found_on_reading_lazily_are_kept_with_the_article() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Fine text.\n").unwrap();
    std::fs::write(dir.path().join("b.txt"), b"Caf\xe9 prices rose.\n").unwrap();
    let corpus = Corpus::open_lazily(&[dir.path().to_path_buf()]).unwrap();
    let latin1 = &corpus.articles[1];
    assert_eq!(latin1.problem(), None, "nothing is known before reading");
    assert!(latin1.text().starts_with("Caf\u{FFFD} prices rose."));
    let problem = latin1.problem().expect("the bad byte is reported");
    assert!(problem.contains("not valid UTF-8"), "{problem}");
    let problems = corpus.read_problems();
    assert_eq!(problems.len(), 1);
    assert!(problems[0].file.ends_with("b.txt"));
}
