//! Work on a long list split in two, the second half on another thread: a long article has
//! hundreds of thousands of mentions, and the passes over them are otherwise serial.

/// Mentions from which a pass over them is worth a second thread (starting one costs tens
/// of microseconds; reading a mention, tens of nanoseconds).
pub(crate) const PARALLEL_MENTIONS: usize = 20_000;

/// `work` on each half of `items`, the second half on another thread when there are at
/// least `min` items: the results of both halves, in order.
pub(crate) fn on_halves<T: Sync, R: Send>(
    items: &[T],
    min: usize,
    work: impl Fn(&[T]) -> R + Sync,
) -> [R; 2] {
    if items.len() < min {
        return [work(items), work(&[])];
    }
    let (head, tail) = items.split_at(items.len() / 2);
    let work = &work;
    std::thread::scope(|scope| {
        let second = scope.spawn(move || work(tail));
        let first = work(head);
        let second = second
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        [first, second]
    })
}

/// `first()` and `second()`, the second on another thread when `parallel` says the work is
/// worth one: both results.
pub(crate) fn join<A, B: Send>(
    parallel: bool,
    first: impl FnOnce() -> A,
    second: impl FnOnce() -> B + Send,
) -> (A, B) {
    if !parallel {
        return (first(), second());
    }
    std::thread::scope(|scope| {
        let second = scope.spawn(second);
        let first = first();
        let second = second
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (first, second)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_are_worked_in_order_on_two_threads_or_whole_on_one() {
        let items: Vec<u32> = (0..10).collect();
        let sum = |half: &[u32]| half.iter().sum::<u32>();
        assert_eq!(
            on_halves(&items, 4, |h| h.to_vec()),
            [(0..5).collect::<Vec<_>>(), (5..10).collect()]
        );
        assert_eq!(on_halves(&items, 11, sum), [45, 0]);
        assert_eq!(on_halves(&[], 0, sum), [0, 0]);
    }

    #[test]
    fn both_jobs_run_on_two_threads_or_one() {
        for parallel in [false, true] {
            let here = std::thread::current().id();
            let (a, (b, elsewhere)) =
                join(parallel, || 1, || (2, std::thread::current().id() != here));
            assert_eq!((a, b, elsewhere), (1, 2, parallel));
        }
    }
}
