//! Names listed together are names of one kind: "towns including Cardiff, Bangor,
//! Aberystwyth and Wrexham". A run no rule could read, listed with commas beside a name of
//! the article, takes that name's label.

use super::super::Label;
use super::Explained;
use crate::text::ByteSpan;

/// What may stand between two members of a list, the longer first.
const SEPARATORS: &[&str] = &[", and ", ", or ", ", ", " and ", " or "];

/// A labelled name of the article: its span and label.
pub(super) type Named = (ByteSpan, Label);

/// The label a run at `span` takes from a name listed beside it in `named` (sorted by start).
/// The run must sit in a list of three or more: between two separators ("Cardiff, Bangor,
/// Aberystwyth"), last after a list that had a comma ("..., Aberystwyth and Wrexham"), or
/// first before two more ("Vidyard, Google and Apple"). "In Paris, Smith said" and "Smith
/// and Wesson" are no lists. Only places, organisations and people lend their label.
pub(super) fn label_from_list(
    text: &str,
    span: ByteSpan,
    named: &(impl NamesAt + ?Sized),
) -> Option<Label> {
    let before = &text[..span.start];
    let after = &text[span.end..];
    let sep_after = separator_at(after);
    let left = SEPARATORS.iter().find_map(|sep| {
        let end = before.strip_suffix(sep)?.len();
        let (name, label) = named.ending_at(end)?;
        let middle = sep_after.is_some();
        let last = *sep != ", " && (sep.starts_with(',') || text[..name.start].ends_with(", "));
        (middle || last).then_some(label)
    });
    let right = || {
        let sep = sep_after?;
        let (name, label) = named.starting_at(span.end + sep.len())?;
        let first = sep == ", " && separator_at(&text[name.end..]).is_some();
        first.then_some(label)
    };
    left.or_else(right)
        .filter(|label| matches!(label, Label::Gpe | Label::Org | Label::Person))
}

/// Degrees and suffixes written after a person's name and a comma, which no list holds:
/// "Jane Doe, PhD, said".
const AFTER_A_NAME: &[&str] = &["PhD", "DPhil", "EdD", "PsyD", "Jr", "Sr", "Esq"];

/// Whether a separator stands right before or after `span`, which is no degree: the cheap
/// test before the others.
pub(super) fn may_be_listed(text: &str, span: ByteSpan) -> bool {
    if AFTER_A_NAME.contains(&span.slice(text)) {
        return false;
    }
    let before = &text[..span.start];
    SEPARATORS.iter().any(|sep| before.ends_with(sep)) || separator_at(&text[span.end..]).is_some()
}

/// The list separator `rest` starts with, if any.
pub(super) fn separator_at(rest: &str) -> Option<&'static str> {
    SEPARATORS.iter().copied().find(|sep| rest.starts_with(sep))
}

/// Names of the article found by where they end or start.
pub(super) trait NamesAt {
    fn ending_at(&self, end: usize) -> Option<Named>;
    fn starting_at(&self, start: usize) -> Option<Named>;
}

/// Names sorted by start.
impl NamesAt for [Named] {
    fn ending_at(&self, end: usize) -> Option<Named> {
        let after = self.partition_point(|(span, _)| span.start < end);
        (after > 0)
            .then(|| self[after - 1])
            .filter(|(span, _)| span.end == end)
    }

    fn starting_at(&self, start: usize) -> Option<Named> {
        let at = self.partition_point(|(span, _)| span.start < start);
        self.get(at)
            .copied()
            .filter(|(span, _)| span.start == start)
    }
}

/// The mentions of an article's lines (sorted by start) and those found later (`added`,
/// sorted by start too).
pub(super) struct ArticleNames<'a> {
    pub found: &'a [Explained],
    pub added: &'a [Named],
}

impl NamesAt for ArticleNames<'_> {
    fn ending_at(&self, end: usize) -> Option<Named> {
        let after = self.found.partition_point(|e| e.mention.span().start < end);
        let found = (after > 0)
            .then(|| &self.found[after - 1])
            .map(|e| (e.mention.span(), e.mention.label))
            .filter(|(span, _)| span.end == end);
        found.or_else(|| self.added.ending_at(end))
    }

    fn starting_at(&self, start: usize) -> Option<Named> {
        let at = self
            .found
            .partition_point(|e| e.mention.span().start < start);
        let found = (self.found.get(at))
            .map(|e| (e.mention.span(), e.mention.label))
            .filter(|(span, _)| span.start == start);
        found.or_else(|| self.added.starting_at(start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(text: &str, names: &[(&str, Label)]) -> Vec<Named> {
        let mut out: Vec<Named> = names
            .iter()
            .map(|&(name, label)| {
                let start = text.find(name).unwrap();
                (ByteSpan::new(start, start + name.len()), label)
            })
            .collect();
        out.sort_by_key(|(span, _)| span.start);
        out
    }

    fn label(text: &str, run: &str, names: &[(&str, Label)]) -> Option<Label> {
        let start = text.find(run).unwrap();
        let span = ByteSpan::new(start, start + run.len());
        label_from_list(text, span, named(text, names).as_slice())
    }

    #[test]
    fn a_run_listed_beside_a_name_takes_its_label() {
        let text = "towns including Cardiff, Bangor and Wrexham.";
        assert_eq!(
            label(text, "Bangor", &[("Cardiff", Label::Gpe)]),
            Some(Label::Gpe)
        );
        assert_eq!(
            label(
                text,
                "Wrexham",
                &[("Cardiff", Label::Gpe), ("Bangor", Label::Gpe)]
            ),
            Some(Label::Gpe)
        );
        let text = "Vidyard, Google and Apple compete.";
        assert_eq!(
            label(
                text,
                "Vidyard",
                &[("Google", Label::Org), ("Apple", Label::Org)]
            ),
            Some(Label::Org)
        );
    }

    #[test]
    fn two_names_joined_by_and_alone_are_no_list() {
        let text = "He sued Smith and Wesson.";
        assert_eq!(label(text, "Wesson", &[("Smith", Label::Person)]), None);
        let text = "In Paris, Smith said so.";
        assert_eq!(label(text, "Smith", &[("Paris", Label::Gpe)]), None);
        // Dates and amounts lend nothing.
        let text = "On Monday, Bangor voted.";
        assert_eq!(label(text, "Bangor", &[("Monday", Label::Date)]), None);
    }
}
