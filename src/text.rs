//! The text model: byte spans, paragraphs and headings, sentences, the display form of
//! untrusted characters, layout per width, style marks,
//! and words and grapheme clusters.

pub mod display;
pub mod layout;
pub mod marks;
mod plural;
mod sentences;
mod span;
mod structure;
pub mod words;

pub use plural::{count, noun};
pub use sentences::split_sentences;
pub use span::{ByteSpan, PackedSpan};
pub use structure::{Paragraph, ParagraphKind, Sentence, Structure, StructureBuilder};
