//! Style marks: layers of (span, mark) flattened into runs that exactly cover a row.
//!
//! Marks say what a stretch of text *is* (a search match, the cursor sentence, a mention);
//! the theme alone decides how that looks. Several marks may cover one byte; a run carries
//! the set of them, and precedence is decided when the theme turns a set into a style.

use super::ByteSpan;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Mark {
    Heading,
    Cursor,
    SearchMatch,
    CurrentMatch,
    Mention,
    ActiveEntity,
    Verified,
    Disputed,
    Misleading,
    Unverifiable,
    NotAClaim,
    Highlight,
    Selection,
    /// The word under the word cursor, in the cursor sentence.
    Word,
}

/// A set of marks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct MarkSet(u16);

impl MarkSet {
    pub fn with(self, mark: Mark) -> Self {
        Self(self.0 | 1 << mark as u8)
    }

    pub fn has(self, mark: Mark) -> bool {
        self.0 & (1 << mark as u8) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// A stretch of a row under one set of marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    pub span: ByteSpan,
    pub marks: MarkSet,
}

/// Splits `row` into runs covering it exactly, in order, each under the marks of every layer
/// that covers it. Layers may overlap each other and extend past the row.
pub fn flatten(row: ByteSpan, layers: &[(ByteSpan, Mark)]) -> Vec<Run> {
    let mut cuts = vec![row.start, row.end];
    for (span, _) in layers.iter().filter(|(s, _)| s.overlaps(row)) {
        cuts.extend([span.start.max(row.start), span.end.min(row.end)]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let piece = ByteSpan::new(w[0], w[1]);
            let marks = layers
                .iter()
                .filter(|(s, _)| s.start <= piece.start && piece.end <= s.end)
                .fold(MarkSet::default(), |set, (_, m)| set.with(*m));
            Run { span: piece, marks }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_partition_the_row_and_carry_every_covering_mark() {
        let row = ByteSpan::new(10, 30);
        let layers = [
            (ByteSpan::new(0, 20), Mark::Cursor),
            (ByteSpan::new(15, 25), Mark::SearchMatch),
        ];
        let runs = flatten(row, &layers);
        let spans: Vec<(usize, usize)> = runs.iter().map(|r| (r.span.start, r.span.end)).collect();
        assert_eq!(spans, [(10, 15), (15, 20), (20, 25), (25, 30)]);
        assert!(runs[1].marks.has(Mark::Cursor) && runs[1].marks.has(Mark::SearchMatch));
        assert!(runs[3].marks.is_empty());
    }

    #[test]
    fn a_row_without_layers_is_one_plain_run() {
        let runs = flatten(
            ByteSpan::new(3, 9),
            &[(ByteSpan::new(20, 30), Mark::Highlight)],
        );
        assert_eq!(
            runs,
            [Run {
                span: ByteSpan::new(3, 9),
                marks: MarkSet::default()
            }]
        );
    }
}
