//! After an undo or redo of a rename, merge or ignore, the pane selects the entity it changed
//! even when "this article" does not mention it: the pane then lists the whole corpus, and the
//! message says so.

use margin::app::entities::Scope;
use margin::corpus::ArticleId;

#[path = "support/reader.rs"]
mod reader;

use reader::{Reader, reader};

/// The first article that does not mention `name`.
fn article_without(r: &Reader, name: &str) -> ArticleId {
    let index = r.app.entities.index().unwrap();
    let id = index.find(name).unwrap().id;
    let article = (0..r.app.corpus.len()).find(|&a| {
        !index
            .article_entities(ArticleId(a))
            .iter()
            .any(|(e, _)| *e == id)
    });
    ArticleId(article.unwrap())
}

/// Goes to `article` with `]`.
fn go_to(r: &mut Reader, article: ArticleId) {
    for _ in 0..r.app.corpus.len() {
        if r.app.current == article {
            return;
        }
        r.press("]");
    }
    assert_eq!(r.app.current, article);
}

fn check_shown_in_corpus(r: &Reader, name: &str, undone: &str) {
    r.says(&format!(
        "{undone} · the pane lists the whole corpus: this article does not mention “{name}”"
    ));
    assert_eq!(r.app.entities.scope, Scope::Corpus);
    assert_eq!(r.selected(), name);
    assert!(r.pane().contains("Entities · whole corpus"), "{}", r.pane());
}

#[test]
fn undoing_a_merge_away_from_its_articles_shows_the_entity_in_the_whole_corpus() {
    let mut r = reader();
    let elsewhere = article_without(&r, "Tokyo");
    r.select("Tokyo");
    r.press("m");
    r.select("Japan");
    r.press("m esc");
    go_to(&mut r, elsewhere);
    assert_eq!(r.app.entities.scope, Scope::Article);
    r.press("u");
    check_shown_in_corpus(&r, "Tokyo", "undone: merge of “Tokyo” into “Japan”");
}

#[test]
fn undoing_a_rename_away_from_its_articles_shows_the_entity_in_the_whole_corpus() {
    let mut r = reader();
    let elsewhere = article_without(&r, "Tokyo");
    r.select("Tokyo");
    r.press("r ctrl-u E d o enter");
    go_to(&mut r, elsewhere);
    assert_eq!(r.app.entities.scope, Scope::Article);
    r.press("u");
    check_shown_in_corpus(&r, "Tokyo", "undone: rename of “Tokyo” to “Edo”");
    r.press("s");
    assert_eq!(r.app.entities.scope, Scope::Article);
    r.press("ctrl-r");
    check_shown_in_corpus(&r, "Edo", "redone: rename of “Tokyo” to “Edo”");
}

#[test]
fn undoing_an_ignore_away_from_its_articles_shows_the_entity_in_the_whole_corpus() {
    let mut r = reader();
    let elsewhere = article_without(&r, "Bitcoin");
    r.select("Bitcoin");
    r.press("x");
    go_to(&mut r, elsewhere);
    r.press("u");
    check_shown_in_corpus(&r, "Bitcoin", "undone: ignoring “Bitcoin”");
}

#[test]
fn an_undo_in_an_article_that_mentions_the_entity_keeps_this_articles_scope() {
    let mut r = reader();
    r.select("Tokyo");
    r.press("r ctrl-u E d o enter u");
    r.says("undone: rename of “Tokyo” to “Edo”");
    assert_eq!(r.app.entities.scope, Scope::Article);
    assert_eq!(r.selected(), "Tokyo");
}
