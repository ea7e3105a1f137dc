//! What an edit does, in a few words for the status bar ("undone: disputed mark, …").

use super::{Edit, Put};
use crate::annotations::{Claim, Record};

impl Edit {
    /// What this edit does, as a noun phrase: "disputed mark", "note", "tags", "evidence",
    /// "highlight", "highlight removal", "re-attachment", ….
    pub fn describe(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        for put in &self.puts {
            let part = describe_put(put);
            if !parts.contains(&part) {
                parts.push(part);
            }
        }
        if parts.is_empty() {
            return "no change".to_string();
        }
        parts.join(" and ")
    }
}

fn describe_put(put: &Put) -> String {
    match (&put.before, &put.after) {
        (None, Some(Record::Highlight(_))) => "highlight".into(),
        (Some(Record::Highlight(_)), None) => "highlight removal".into(),
        (None, Some(Record::Claim(claim))) => new_claim(claim),
        (Some(Record::Claim(claim)), None) => match claim.status {
            Some(status) => format!("removal of the {} mark", status.as_str()),
            None => "claim removal".into(),
        },
        (Some(before), Some(after)) => change(before, after),
        (None, None) => "no change".into(),
    }
}

/// A claim made by this edit: by the first thing it was made with.
fn new_claim(claim: &Claim) -> String {
    if let Some(status) = claim.status {
        format!("{} mark", status.as_str())
    } else if !claim.evidence.is_empty() {
        "evidence".into()
    } else if !claim.note.is_empty() {
        "note".into()
    } else if !claim.tags.is_empty() {
        "tags".into()
    } else {
        "claim".into()
    }
}

/// A record changed by this edit: by what changed in it.
fn change(before: &Record, after: &Record) -> String {
    if before.anchor() != after.anchor() {
        return "re-attachment".into();
    }
    if let (Record::Claim(b), Record::Claim(a)) = (before, after) {
        if b.status != a.status {
            return match (a.status, b.status) {
                (Some(status), _) => format!("{} mark", status.as_str()),
                (None, Some(old)) => format!("removal of the {} mark", old.as_str()),
                (None, None) => "claim".into(),
            };
        }
        if b.evidence != a.evidence {
            return "evidence".into();
        }
    }
    let note = |r: &Record| match r {
        Record::Claim(c) => c.note.clone(),
        Record::Highlight(h) => h.note.clone(),
    };
    if note(before) != note(after) {
        "note".into()
    } else if before.tags() != after.tags() {
        "tags".into()
    } else {
        "change".into()
    }
}

#[cfg(test)]
mod tests {
    use crate::annotations::history::Edit;
    use crate::annotations::tests::{claim_on, highlight_on};
    use crate::annotations::{Anchor, Annotations, Status};
    use crate::text::ByteSpan;

    const TEXT: &str = "Japan hinted at selling Treasuries. Tokyo firmly denied it.";

    fn span() -> ByteSpan {
        ByteSpan::new(0, 35)
    }

    #[test]
    fn a_new_claim_is_named_by_its_status_or_what_it_was_made_with() {
        let a = Annotations::new("a.txt", TEXT);
        let mut claim = claim_on(TEXT, span(), "c", 10);
        claim.status = Some(Status::Disputed);
        assert_eq!(Edit::put(&a, claim.clone()).describe(), "disputed mark");
        claim.status = None;
        claim.tags = vec!["economy".into()];
        assert_eq!(Edit::put(&a, claim).describe(), "tags");
    }

    #[test]
    fn a_changed_record_is_named_by_what_changed() {
        let mut a = Annotations::new("a.txt", TEXT);
        let mut claim = claim_on(TEXT, span(), "c", 10);
        claim.status = Some(Status::Verified);
        a.put(claim.clone());
        let mut changed = claim.clone();
        changed.status = None;
        assert_eq!(
            Edit::put(&a, changed).describe(),
            "removal of the verified mark"
        );
        let mut noted = claim.clone();
        noted.note = "see the ministry".into();
        assert_eq!(Edit::put(&a, noted).describe(), "note");
        let mut moved = claim.clone();
        moved.anchor = Anchor::new(TEXT, ByteSpan::new(36, 59));
        assert_eq!(Edit::put(&a, moved).describe(), "re-attachment");
        assert_eq!(
            Edit::remove(&a, &claim.id).unwrap().describe(),
            "removal of the verified mark"
        );
    }

    #[test]
    fn highlights_are_named_when_made_and_removed() {
        let mut a = Annotations::new("a.txt", TEXT);
        let highlight = highlight_on(TEXT, span(), "h", 10);
        assert_eq!(Edit::put(&a, highlight.clone()).describe(), "highlight");
        a.put(highlight.clone());
        assert_eq!(
            Edit::remove(&a, &highlight.id).unwrap().describe(),
            "highlight removal"
        );
    }
}
