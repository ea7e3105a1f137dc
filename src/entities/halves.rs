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
    on_halves_from(items, min, |_, half| work(half))
}

/// [`on_halves`], telling `work` where its half starts in `items`: passes that mark items
/// by their place.
pub(crate) fn on_halves_from<T: Sync, R: Send>(
    items: &[T],
    min: usize,
    work: impl Fn(usize, &[T]) -> R + Sync,
) -> [R; 2] {
    if items.len() < min {
        return [work(0, items), work(items.len(), &[])];
    }
    let middle = items.len() / 2;
    let (head, tail) = items.split_at(middle);
    let work = &work;
    let (first, second) = join(true, || work(0, head), move || work(middle, tail));
    [first, second]
}

/// [`on_halves`] for passes that change the items they read.
pub(crate) fn on_halves_mut<T: Send, R: Send>(
    items: &mut [T],
    min: usize,
    work: impl Fn(&mut [T]) -> R + Sync,
) -> [R; 2] {
    if items.len() < min {
        return [work(items), work(&mut [])];
    }
    let middle = items.len() / 2;
    let (head, tail) = items.split_at_mut(middle);
    let work = &work;
    let (first, second) = join(true, || work(head), move || work(tail));
    [first, second]
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
    fn each_half_knows_where_it_starts() {
        let items: Vec<u32> = (0..10).collect();
        let first_at = |at: usize, half: &[u32]| half.first().map(|&x| (at, x));
        assert_eq!(
            on_halves_from(&items, 4, first_at),
            [Some((0, 0)), Some((5, 5))]
        );
        assert_eq!(on_halves_from(&items, 11, first_at), [Some((0, 0)), None]);
    }

    #[test]
    fn halves_changed_on_two_threads_change_every_item_once() {
        for min in [4, 11] {
            let mut items: Vec<u32> = (0..10).collect();
            let lens = on_halves_mut(&mut items, min, |half| {
                half.iter_mut().for_each(|x| *x *= 2);
                half.len()
            });
            assert_eq!(items, (0..10).map(|x| x * 2).collect::<Vec<_>>());
            assert_eq!(lens, if min == 4 { [5, 5] } else { [10, 0] });
        }
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
