//! Fact-check reports: Markdown and W3C Web Annotation JSON.
//!
//! Both are pure functions of the articles and their annotations. Anchors are placed on the
//! current text first ([`crate::annotations::reanchor`]), so moved annotations are reported
//! where they are now and orphaned ones are marked, never left out. Article text is untrusted:
//! control and format characters (those [`crate::text::display`] neutralises) are written as
//! visible escapes, never raw.

mod filter;
pub mod iri;
mod markdown;
pub mod web_annotation;

use crate::annotations::{Anchor, Annotations, Placement, reanchor};
use crate::text::ByteSpan;

pub use filter::{ExportFilter, StatusFilter};
pub use markdown::markdown;
pub use web_annotation::{web_annotation_json, web_annotation_json_string};

/// One article to report on, with its annotations.
#[derive(Clone, Copy, Debug)]
pub struct ExportArticle<'a> {
    /// File name, as in the corpus index; annotations' evidence refers to articles by it.
    pub file: &'a str,
    pub title: &'a str,
    /// The IRI that names the article ([`iri::article_iri`]): its URL, or its file.
    pub iri: &'a str,
    /// Where it was published, when the index says.
    pub url: Option<&'a str>,
    /// The article's current text, exactly as read from the file.
    pub text: &'a str,
    pub annotations: &'a Annotations,
}

/// Where `anchor` sits in `text` now, if anywhere.
fn place(anchor: &Anchor, text: &str) -> Placement {
    reanchor(anchor, text)
}

/// The article in `articles` whose file is `file`.
fn find<'a>(articles: &[ExportArticle<'a>], file: &str) -> Option<ExportArticle<'a>> {
    articles.iter().find(|a| a.file == file).copied()
}

/// `span` in chars (code points) instead of bytes, as W3C selectors count. `span` must lie on
/// char boundaries of `text` (placements do).
fn char_span(text: &str, span: ByteSpan) -> (usize, usize) {
    let start = text.get(..span.start).map_or(0, |t| t.chars().count());
    let len = span.slice(text).chars().count();
    (start, start + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_span_counts_code_points_before_and_in_the_span() {
        let text = "😀 日本 said";
        let start = text.find("日本").expect("there");
        assert_eq!(char_span(text, ByteSpan::new(start, start + 6)), (2, 4));
    }
}
