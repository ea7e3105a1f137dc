//! The corpus: its articles, `index.ron`, and the seed corpus embedded in the binary.

/// An article's position in its corpus (0-based, in reading order).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ArticleId(pub usize);
