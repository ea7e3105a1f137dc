//! Merging the corrections of two margin processes: what this app added or took away since
//! it last read the file is replayed, by value, onto what is on disk now, so both processes'
//! corrections survive and a removal takes away only the correction it removed.

use super::{Correction, Corrections};

/// `theirs` (the file as it is now) with the changes that turn `base` (the file as this app
/// last read or saved it) into `mine` (what this app holds): each correction `mine` has more
/// often than `base` is added after the others (in `mine`'s order) unless `theirs` already
/// has it as often, and each one `base` has more often than `mine` is taken away from
/// `theirs` once (its last occurrence) if it is still there.
pub fn replay(base: &Corrections, mine: &Corrections, theirs: &Corrections) -> Corrections {
    let mut merged = theirs.clone();
    merged.version = mine.version.max(theirs.version);
    let list = &mut merged.corrections;
    for (correction, removed) in surplus(&base.corrections, &mine.corrections) {
        for _ in 0..removed {
            if let Some(at) = list.iter().rposition(|c| c == correction) {
                list.remove(at);
            }
        }
    }
    for (correction, added) in surplus(&mine.corrections, &base.corrections) {
        let wanted = count(&mine.corrections, correction);
        let have = count(list, correction);
        for _ in have..wanted.min(have + added) {
            list.push(correction.clone());
        }
    }
    merged
}

/// Each distinct correction of `more` (in order of first occurrence) that it holds more
/// often than `fewer`, with how many more times.
fn surplus<'a>(more: &'a [Correction], fewer: &[Correction]) -> Vec<(&'a Correction, usize)> {
    let mut out: Vec<(&Correction, usize)> = Vec::new();
    for correction in more {
        if out.iter().any(|(c, _)| *c == correction) {
            continue;
        }
        let extra = count(more, correction).saturating_sub(count(fewer, correction));
        if extra > 0 {
            out.push((correction, extra));
        }
    }
    out
}

fn count(list: &[Correction], correction: &Correction) -> usize {
    list.iter().filter(|c| *c == correction).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ignore(name: &str) -> Correction {
        Correction::Ignore {
            by: Default::default(),
            entity: name.into(),
        }
    }

    fn list(items: &[&str]) -> Corrections {
        Corrections {
            corrections: items.iter().map(|n| ignore(n)).collect(),
            ..Corrections::default()
        }
    }

    #[test]
    fn both_sides_additions_survive_in_the_order_on_disk_then_mine() {
        let merged = replay(&list(&["A"]), &list(&["A", "B"]), &list(&["A", "C"]));
        assert_eq!(merged, list(&["A", "C", "B"]));
    }

    #[test]
    fn a_removal_takes_away_only_that_correction() {
        let merged = replay(&list(&["A", "B"]), &list(&["B"]), &list(&["A", "B", "C"]));
        assert_eq!(merged, list(&["B", "C"]));
    }

    #[test]
    fn what_the_other_removed_stays_removed_and_a_shared_addition_is_not_doubled() {
        let merged = replay(
            &list(&["A", "B"]),
            &list(&["A", "B", "C"]),
            &list(&["B", "C"]),
        );
        assert_eq!(merged, list(&["B", "C"]));
    }

    #[test]
    fn nothing_changed_here_gives_the_file_as_it_is() {
        let theirs = list(&["X", "Y"]);
        assert_eq!(replay(&list(&["A"]), &list(&["A"]), &theirs), theirs);
    }
}
