//! The text model: spans, paragraphs and headings, sentences, and layout per width.

mod span;

pub use span::ByteSpan;
