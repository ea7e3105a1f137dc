//! The fixture corpus (`tests/fixtures/corpus`), copied into a temporary folder so a test may
//! write sidecars and corrections beside its articles.

use std::path::{Path, PathBuf};

/// Copies the fixture corpus into `<dir>/corpus` and returns that folder.
pub fn copy_fixture_corpus(dir: &Path) -> PathBuf {
    let corpus_dir = dir.join("corpus");
    std::fs::create_dir(&corpus_dir).unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus");
    for entry in std::fs::read_dir(fixtures).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), corpus_dir.join(entry.file_name())).unwrap();
    }
    corpus_dir
}
