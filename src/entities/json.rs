//! `margin entities --json` at speed: each mention's line written straight into a byte
//! buffer (no `serde_json` value per field), blocks of lines formatted on two threads and
//! written in corpus order. The parts of lines that repeat are made once, not once a
//! mention: an article's line start (up to the start offset) and an entity's line end (its
//! label and escaped name), so a line is two copies around its offsets and text. The bytes
//! equal [`super::json_line`]'s made safe for a terminal by [`display::json_safe`], line for
//! line.

use super::{EntityIndex, Label, Mention};
use crate::corpus::ArticleId;
use crate::text::display;
use std::io::{self, Write};

/// Mentions per block: enough to keep both threads busy, few enough that a block's text
/// (about 100 bytes a mention) stays small next to the corpus.
const BLOCK: usize = 1 << 15;

/// Writes the JSON line of every mention of the corpus, in corpus order; `texts[a]` is the
/// text of article `a`.
pub fn write_json_lines(
    index: &EntityIndex,
    texts: &[&str],
    out: &mut impl Write,
) -> io::Result<()> {
    let entities = EntityParts::of(index);
    let heads: Vec<Vec<u8>> = (0..texts.len())
        .map(|a| line_head(&quoted(index.article_name(ArticleId(a)).unwrap_or(""))))
        .collect();
    let lines = Lines {
        index,
        entities: &entities,
        heads: &heads,
    };
    let mut block: Vec<Part> = Vec::new();
    let mut in_block = 0;
    let mut buffers = (Vec::new(), Vec::new());
    for (a, text) in texts.iter().enumerate() {
        let count = index.article_mentions(ArticleId(a)).len();
        let mut from = 0;
        while from < count {
            let take = (BLOCK - in_block).min(count - from);
            block.push(Part {
                article: a,
                text,
                from,
                to: from + take,
            });
            from += take;
            in_block += take;
            if in_block == BLOCK {
                write_block(&lines, &block, &mut buffers, out)?;
                block.clear();
                in_block = 0;
            }
        }
    }
    write_block(&lines, &block, &mut buffers, out)
}

/// What every line draws on: the index, and the parts of lines that repeat, made once.
struct Lines<'a> {
    index: &'a EntityIndex,
    entities: &'a EntityParts,
    /// By article: the start of each of its lines, up to the mention's start offset.
    heads: &'a [Vec<u8>],
}

/// The entities' parts of lines, by entity id: a long article names the same few thousand
/// entities hundreds of thousands of times, mostly each with one label, so most lines end
/// with one copy of a tail made once.
struct EntityParts {
    /// Each entity's label.
    labels: Vec<Label>,
    /// Each name, escaped and quoted.
    names: Quoted,
    /// The end of a line from the label on, for a mention with its entity's label.
    tails: Quoted,
}

impl EntityParts {
    fn of(index: &EntityIndex) -> Self {
        let mut parts = EntityParts {
            labels: Vec::with_capacity(index.entities().len()),
            names: Quoted::default(),
            tails: Quoted::default(),
        };
        for (i, entity) in index.entities().iter().enumerate() {
            parts.labels.push(entity.label);
            parts.names.push(|out| write_str(out, &entity.name));
            let name = parts.names.get(i);
            parts.tails.push(|out| write_tail(out, entity.label, name));
        }
        parts
    }

    /// Appends the end of a line for `label` and entity `i`.
    fn write_tail(&self, out: &mut Vec<u8>, label: Label, i: usize) {
        if self.labels.get(i) == Some(&label) {
            out.extend_from_slice(self.tails.get(i));
        } else {
            write_tail(out, label, self.names.get(i));
        }
    }
}

/// Byte strings one after another, found by number.
struct Quoted {
    bytes: Vec<u8>,
    /// Where string `i` starts; one more entry closes the last.
    starts: Vec<usize>,
}

impl Default for Quoted {
    fn default() -> Self {
        Quoted {
            bytes: Vec::new(),
            starts: vec![0],
        }
    }
}

impl Quoted {
    /// Adds the string that `write` appends.
    fn push(&mut self, write: impl FnOnce(&mut Vec<u8>)) {
        write(&mut self.bytes);
        self.starts.push(self.bytes.len());
    }

    /// String `i`, or `""` past the end.
    fn get(&self, i: usize) -> &[u8] {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&start), Some(&end)) => &self.bytes[start..end],
            _ => b"\"\"",
        }
    }
}

/// The start of a line of the article named `doc` (escaped and quoted), before its start
/// offset.
fn line_head(doc: &[u8]) -> Vec<u8> {
    let mut head = b"{\"doc\":".to_vec();
    head.extend_from_slice(doc);
    head.extend_from_slice(b",\"start\":");
    head
}

/// The end of a line from its label on: `,"label":"…","entity":…}`.
fn write_tail(out: &mut Vec<u8>, label: Label, entity: &[u8]) {
    out.extend_from_slice(b",\"label\":\"");
    out.extend_from_slice(label.as_str().as_bytes());
    out.extend_from_slice(b"\",\"entity\":");
    out.extend_from_slice(entity);
    out.push(b'}');
}

/// `s` escaped and quoted as [`write_str`] writes it.
fn quoted(s: &str) -> Vec<u8> {
    let mut out = Vec::new();
    write_str(&mut out, s);
    out
}

/// A run of one article's mentions.
#[derive(Clone, Copy)]
struct Part<'a> {
    article: usize,
    text: &'a str,
    from: usize,
    to: usize,
}

/// Formats a block's first half here and its second on another thread, then writes both.
fn write_block(
    lines: &Lines,
    block: &[Part],
    (first, second): &mut (Vec<u8>, Vec<u8>),
    out: &mut impl Write,
) -> io::Result<()> {
    let total: usize = block.iter().map(|p| p.to - p.from).sum();
    if total == 0 {
        return Ok(());
    }
    // Split the block at half its mentions, cutting one part in two if need be.
    let (mut head, mut tail) = (Vec::new(), Vec::new());
    let mut seen = 0;
    for &part in block {
        let half = total / 2;
        let len = part.to - part.from;
        if seen + len <= half {
            head.push(part);
        } else if seen >= half {
            tail.push(part);
        } else {
            let cut = part.from + (half - seen);
            head.push(Part { to: cut, ..part });
            tail.push(Part { from: cut, ..part });
        }
        seen += len;
    }
    first.clear();
    second.clear();
    if tail.is_empty() || total < 1024 {
        format_parts(lines, block, first);
    } else {
        std::thread::scope(|scope| {
            scope.spawn(|| format_parts(lines, &tail, second));
            format_parts(lines, &head, first);
        });
    }
    out.write_all(first)?;
    out.write_all(second)
}

/// Bytes a line takes, about: reserved ahead so the buffer grows once a block.
const LINE_BYTES: usize = 128;

fn format_parts(lines: &Lines, parts: &[Part], out: &mut Vec<u8>) {
    let count: usize = parts.iter().map(|p| p.to - p.from).sum();
    out.reserve(count * LINE_BYTES);
    for part in parts {
        let article = ArticleId(part.article);
        let head = lines
            .heads
            .get(part.article)
            .map_or(&b"{\"doc\":\"\",\"start\":"[..], Vec::as_slice);
        let mentions = &lines.index.article_mentions(article)[part.from..part.to];
        for m in mentions {
            let mention = m.mention();
            out.extend_from_slice(head);
            write_offsets_and_text(out, part.text, &mention);
            (lines.entities).write_tail(out, mention.label, m.entity().0);
            out.push(b'\n');
        }
    }
}

/// Appends the JSON line (without its newline) of `mention`: the bytes of
/// [`super::json_line`] after [`display::json_safe`].
pub fn write_line(out: &mut Vec<u8>, doc: &str, text: &str, mention: &Mention, entity: &str) {
    out.extend_from_slice(&line_head(&quoted(doc)));
    write_offsets_and_text(out, text, mention);
    write_tail(out, mention.label, &quoted(entity));
}

/// The middle of a line: `0,"end":4,"text":"…"` (after the head's `"start":`).
fn write_offsets_and_text(out: &mut Vec<u8>, text: &str, mention: &Mention) {
    write_number(out, mention.span().start);
    out.extend_from_slice(b",\"end\":");
    write_number(out, mention.span().end);
    out.extend_from_slice(b",\"text\":");
    write_str(out, mention.text(text));
}

fn write_number(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// A JSON string as `serde_json` writes it and [`display::json_safe`] then makes safe for a
/// terminal: quotes and backslashes escaped, control characters as `\n`-style or `\u00xx`
/// escapes, DEL, C1 controls and format characters as `\uXXXX`, everything else as it is.
fn write_str(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push(b'"');
    let bytes = s.as_bytes();
    // Most names are printable ASCII without quotes or backslashes: copied as they are.
    if bytes
        .iter()
        .all(|&b| (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\')
    {
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b >= 0x7f {
            // DEL or the first byte of a char: those the terminal must not see raw.
            let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) else {
                continue;
            };
            if display::is_neutralised(c) {
                out.extend_from_slice(&bytes[start..i]);
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.extend_from_slice(b"\\u");
                    for shift in [12, 8, 4, 0] {
                        out.push(HEX[((*unit >> shift) & 0xf) as usize]);
                    }
                }
                start = i + c.len_utf8();
            }
            continue;
        }
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0x00..=0x1f => b"",
            _ => continue,
        };
        out.extend_from_slice(&bytes[start..i]);
        if escape.is_empty() {
            out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[(b >> 4) as usize],
                HEX[(b & 0xf) as usize],
            ]);
        } else {
            out.extend_from_slice(escape);
        }
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::{Corrections, Gazetteer, Label, json_line};

    #[test]
    fn a_line_has_the_bytes_serde_json_writes() {
        let text = "Q\u{1}\"\\\n\t\u{8}\u{c}\r\u{1f}\u{7f}é’日本\u{9b}\u{202e}\u{feff}😀 end";
        for (doc, entity) in [("a.txt", "Japan"), ("we\"ird\\.txt", "x\u{0}y\u{2028}")] {
            let mention = Mention::new(0, text.len(), Label::Org);
            let mut out = Vec::new();
            write_line(&mut out, doc, text, &mention, entity);
            let expected = display::json_safe(&json_line(doc, text, &mention, entity));
            assert_eq!(String::from_utf8(out).unwrap(), expected);
        }
        let mut out = Vec::new();
        write_number(&mut out, 0);
        write_number(&mut out, 1_234_567_890);
        assert_eq!(out, b"01234567890");
    }

    #[test]
    fn a_line_ends_with_the_mentions_label_whether_or_not_its_entity_has_it() {
        let g = Gazetteer::embedded().unwrap();
        let text = "Japan and \"China\".";
        let index = EntityIndex::from_texts([("a\".txt", text)], &g, &Corrections::new());
        let parts = EntityParts::of(&index);
        let entity = &index.entities()[0];
        assert_eq!(entity.name, "Japan");
        for label in [entity.label, Label::Org, Label::Person] {
            let mention = Mention::new(0, 5, label);
            let mut line = line_head(&quoted("a\".txt"));
            write_offsets_and_text(&mut line, text, &mention);
            parts.write_tail(&mut line, label, 0);
            let expected = display::json_safe(&json_line("a\".txt", text, &mention, "Japan"));
            assert_eq!(String::from_utf8(line).unwrap(), expected, "{label:?}");
        }
    }

    #[test]
    fn blocks_on_two_threads_write_every_line_in_corpus_order() {
        let g = Gazetteer::embedded().unwrap();
        let line = "Japan’s Prime Minister Shigeru Ishiba met Donald Trump in Tokyo on Friday.\n";
        let long = line.repeat(12_000);
        let texts = ["Japan and China.", long.as_str(), "", "Trump spoke."];
        let names = ["a.txt", "b.txt", "c.txt", "d.txt"];
        let index = EntityIndex::from_texts(
            names.iter().copied().zip(texts.iter().copied()),
            &g,
            &Corrections::new(),
        );
        let mut expected = String::new();
        for (a, text) in texts.iter().enumerate() {
            for l in index.json_lines(ArticleId(a), text) {
                expected.push_str(&display::json_safe(&l));
                expected.push('\n');
            }
        }
        assert!(expected.lines().count() > BLOCK, "more than one block");
        let mut out = Vec::new();
        write_json_lines(&index, &texts, &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), expected);
    }
}
