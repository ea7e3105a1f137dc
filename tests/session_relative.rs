//! A single file opened by a relative path is remembered under its canonical path, so it
//! reopens at its place from any folder and by any name. Its own test binary: it changes the
//! working folder, which is shared by the threads of one binary.

use margin::app::session::{Place, Session};
use margin::corpus::Corpus;
use std::path::PathBuf;

#[test]
fn a_file_opened_by_a_relative_path_reopens_at_its_place_by_any_name() {
    let dir = tempfile::tempdir().unwrap();
    let news = dir.path().join("news");
    std::fs::create_dir_all(news.join("sub")).unwrap();
    std::fs::write(news.join("a.txt"), "One sentence. Two sentences. Three.").unwrap();
    std::env::set_current_dir(&news).unwrap();

    let relative = Corpus::open(&[PathBuf::from("a.txt")]).unwrap();
    let absolute = Corpus::open(&[news.join("a.txt")]).unwrap();
    let roundabout = Corpus::open(&[news.join("sub/../a.txt")]).unwrap();
    let canonical = news.join("a.txt").canonicalize().unwrap();
    assert_eq!(
        relative.origin.key(),
        format!("files:{}", canonical.display())
    );
    assert_eq!(relative.origin.key(), absolute.origin.key());
    assert_eq!(relative.origin.key(), roundabout.origin.key());

    // Saved when read by its relative name, found when opened by its full path.
    let session_file = dir.path().join("data/session.ron");
    let mut session = Session::default();
    let place = Place {
        article: "a.txt".into(),
        byte: 14,
    };
    session.places.insert(relative.origin.key(), place.clone());
    session.save(&session_file).unwrap();
    let loaded = Session::load(&session_file);
    assert_eq!(loaded.places.get(&absolute.origin.key()), Some(&place));
}
