//! Which spans the article's mentions cover, asked for spans in text order. A binary search
//! of all the mentions per question touched some twenty cache lines far apart in a long
//! article; asked in order, the answer is a few mentions past the last one.

use crate::text::ByteSpan;

/// Answers [`Covered::covers`] for spans given in order of start, over items sorted by
/// start whose spans do not overlap.
pub(crate) struct Covered<'a, T> {
    items: &'a [T],
    span: fn(&T) -> ByteSpan,
    /// How many items start before the end of the last span asked about.
    at: usize,
}

impl<'a, T> Covered<'a, T> {
    pub fn new(items: &'a [T], span: fn(&T) -> ByteSpan) -> Self {
        Covered { items, span, at: 0 }
    }

    /// Whether an item overlaps `span`. Spans out of order are answered too, only slower.
    pub fn covers(&mut self, span: ByteSpan) -> bool {
        let starts_before = |item: &T| (self.span)(item).start < span.end;
        self.at = partition_from(self.items, self.at, starts_before);
        self.at > 0 && (self.span)(&self.items[self.at - 1]).end > span.start
    }
}

/// `items.partition_point(pred)`, searched forward from `from` in growing steps when `pred`
/// holds for the item before it (else from the start).
fn partition_from<T>(items: &[T], from: usize, pred: impl Fn(&T) -> bool) -> usize {
    let from = from.min(items.len());
    if from > 0 && !pred(&items[from - 1]) {
        return items[..from].partition_point(pred);
    }
    // `pred` holds for every item before `low`.
    let (mut low, mut step) = (from, 1);
    while low + step <= items.len() && pred(&items[low + step - 1]) {
        low += step;
        step *= 2;
    }
    let high = (low + step).min(items.len());
    low + items[low..high].partition_point(pred)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forward_search_agrees_with_a_binary_search_from_anywhere() {
        let items: Vec<usize> = (0..200).map(|i| i * 3).collect();
        for from in 0..=items.len() + 2 {
            for bound in [0, 1, 2, 3, 4, 150, 297, 598, 599, 600, 1000] {
                let pred = |&x: &usize| x < bound;
                assert_eq!(
                    partition_from(&items, from, pred),
                    items.partition_point(pred),
                    "from {from}, bound {bound}"
                );
            }
        }
    }

    #[test]
    fn covers_answers_spans_in_and_out_of_order() {
        let items = [
            ByteSpan::new(0, 4),
            ByteSpan::new(10, 15),
            ByteSpan::new(20, 21),
        ];
        let mut covered = Covered::new(&items, |s| *s);
        let asked = [
            (4, 10),
            (3, 5),
            (12, 13),
            (15, 20),
            (21, 30),
            (0, 1),
            (14, 22),
        ];
        let answers: Vec<bool> = asked
            .iter()
            .map(|&(start, end)| covered.covers(ByteSpan::new(start, end)))
            .collect();
        assert_eq!(answers, [false, true, true, false, false, true, true]);
    }
}
