//! The seed corpus, compiled into the binary so `margin` works from any folder.

use super::{Article, ArticleId, Corpus, IndexFile, Origin};
use std::path::Path;

const INDEX: &str = include_str!("../../seeds/index.ron");

/// The seed files by name, in the order of the file system (the index gives reading order).
const TEXTS: [(&str, &str); 5] = [
    (
        "000_30275bd4750cc261.txt",
        include_str!("../../seeds/000_30275bd4750cc261.txt"),
    ),
    (
        "001_0250830679b74e50.txt",
        include_str!("../../seeds/001_0250830679b74e50.txt"),
    ),
    (
        "002_d26debe2e430b1cf.txt",
        include_str!("../../seeds/002_d26debe2e430b1cf.txt"),
    ),
    (
        "003_8370b84d87d0acd9.txt",
        include_str!("../../seeds/003_8370b84d87d0acd9.txt"),
    ),
    (
        "004_56746001db7dae0c.txt",
        include_str!("../../seeds/004_56746001db7dae0c.txt"),
    ),
];

pub(super) fn corpus() -> Corpus {
    // The embedded index is checked by a test, so a failure here is a build defect.
    let index = IndexFile::from_ron(INDEX, Path::new("seeds/index.ron")).unwrap_or_default();
    let articles = index
        .articles
        .into_iter()
        .filter_map(|entry| {
            let text = TEXTS.iter().find(|(name, _)| *name == entry.file)?.1;
            Some(entry).zip(Some(text))
        })
        .enumerate()
        .map(|(i, (entry, text))| Article::new(ArticleId(i), entry, None, text.to_string()))
        .collect();
    Corpus {
        name: index.name.unwrap_or_else(|| "seeds".into()),
        origin: Origin::Embedded,
        articles,
        warnings: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_index_names_every_seed_text() {
        let index = IndexFile::from_ron(INDEX, Path::new("seeds/index.ron")).unwrap();
        assert_eq!(index.articles.len(), TEXTS.len());
        assert_eq!(corpus().articles.len(), TEXTS.len());
    }
}
