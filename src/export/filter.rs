//! Which annotations an export keeps: by tag, status, author and article. An empty list keeps
//! everything on that count; the counts combine (a record must pass each).

use crate::annotations::{Annotations, Record, Status};
use crate::config::author;

/// What `--status` asks for. A status filter keeps claims only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusFilter {
    /// Claims with this verdict.
    Marked(Status),
    /// Claims without a verdict yet.
    Unmarked,
}

impl StatusFilter {
    /// "disputed", "not a claim", "unmarked".
    pub fn name(self) -> &'static str {
        match self {
            StatusFilter::Marked(status) => status.as_str(),
            StatusFilter::Unmarked => "unmarked",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExportFilter {
    /// Every one of these tags (case ignored).
    pub tags: Vec<String>,
    /// Any of these statuses.
    pub statuses: Vec<StatusFilter>,
    /// Any of these authors ([`author::matches`]: a word of the name or its start).
    pub authors: Vec<String>,
    /// Any of these articles: a file name (with or without its extension), or words of the
    /// title (case ignored).
    pub articles: Vec<String>,
}

impl ExportFilter {
    /// Whether the filter keeps everything.
    pub fn is_empty(&self) -> bool {
        *self == ExportFilter::default()
    }

    /// What the filter keeps, in words ("tagged `error` · disputed · by ana"); `None` when it
    /// keeps everything.
    pub fn describe(&self) -> Option<String> {
        let any = |items: &[String]| items.join(" or ");
        let mut parts = Vec::new();
        if !self.tags.is_empty() {
            parts.push(format!("tagged {}", self.tags.join(" and ")));
        }
        if !self.statuses.is_empty() {
            let names: Vec<String> = self.statuses.iter().map(|s| s.name().to_string()).collect();
            parts.push(format!("{} claims", any(&names)));
        }
        if !self.authors.is_empty() {
            parts.push(format!("by {}", any(&self.authors)));
        }
        if !self.articles.is_empty() {
            parts.push(format!("in {}", any(&self.articles)));
        }
        (!parts.is_empty()).then(|| parts.join(" · "))
    }

    /// Whether the article in file `file` titled `title` is one asked for.
    pub fn keeps_article(&self, file: &str, title: &str) -> bool {
        let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
        let title = title.to_lowercase();
        self.articles.is_empty()
            || self.articles.iter().any(|wanted| {
                wanted == file || wanted == stem || title.contains(&wanted.to_lowercase())
            })
    }

    /// Whether `record` passes the tag, status and author counts.
    pub fn keeps(&self, record: &Record) -> bool {
        let tagged = self.tags.iter().all(|wanted| {
            let wanted = wanted.trim_start_matches('#');
            record
                .tags()
                .iter()
                .any(|t| t.to_lowercase() == wanted.to_lowercase())
        });
        let status = match record {
            Record::Claim(c) => Some(
                c.status
                    .map_or(StatusFilter::Unmarked, StatusFilter::Marked),
            ),
            Record::Highlight(_) => None,
        };
        let status_kept =
            self.statuses.is_empty() || status.is_some_and(|s| self.statuses.contains(&s));
        let by = self.authors.is_empty()
            || self
                .authors
                .iter()
                .any(|a| author::matches(record.author(), a));
        tagged && status_kept && by
    }

    /// The records of `annotations` this filter keeps, for the article `file` titled `title`
    /// (none when the article is not one asked for).
    pub fn apply(&self, annotations: &Annotations, file: &str, title: &str) -> Annotations {
        let (article, hash) = (annotations.article(), annotations.text_sha256());
        if !self.keeps_article(file, title) {
            return Annotations::with_hash(article, hash);
        }
        let records = annotations.records().filter(|r| self.keeps(r));
        Annotations::from_records(article, hash, records)
            .unwrap_or_else(|_| unreachable!("the records of one Annotations have unique ids"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotations::tests::{claim_on, highlight_on};
    use crate::text::ByteSpan;

    const TEXT: &str = "One claim here. Another one there. A highlight.";

    fn sample() -> Annotations {
        let mut a = Annotations::new("a.txt", TEXT);
        let mut disputed = claim_on(TEXT, ByteSpan::new(0, 15), "c1", 0);
        disputed.status = Some(Status::Disputed);
        disputed.tags = vec!["Error".into()];
        disputed.author = "Ana Lima".into();
        a.put(disputed);
        let mut unmarked = claim_on(TEXT, ByteSpan::new(16, 34), "c2", 0);
        unmarked.note = "check".into();
        unmarked.author = "Ben Ode".into();
        a.put(unmarked);
        let mut highlight = highlight_on(TEXT, ByteSpan::new(35, 47), "h1", 0);
        highlight.tags = vec!["error".into()];
        highlight.author = "Ana Lima".into();
        a.put(highlight);
        a
    }

    fn ids(filter: &ExportFilter) -> Vec<String> {
        let kept = filter.apply(&sample(), "a.txt", "A Story");
        kept.records().map(|r| r.id().to_string()).collect()
    }

    #[test]
    fn each_count_narrows_and_they_combine() {
        assert_eq!(ids(&ExportFilter::default()), ["c1", "c2", "h1"]);
        let tag = ExportFilter {
            tags: vec!["#error".into()],
            ..Default::default()
        };
        assert_eq!(ids(&tag), ["c1", "h1"]);
        let status = ExportFilter {
            statuses: vec![StatusFilter::Unmarked],
            ..Default::default()
        };
        assert_eq!(ids(&status), ["c2"]);
        let author_and_tag = ExportFilter {
            authors: vec!["lima".into()],
            tags: vec!["error".into()],
            statuses: vec![StatusFilter::Marked(Status::Disputed)],
            ..Default::default()
        };
        assert_eq!(ids(&author_and_tag), ["c1"]);
    }

    #[test]
    fn describe_says_what_is_kept() {
        assert_eq!(ExportFilter::default().describe(), None);
        let filter = ExportFilter {
            tags: vec!["error".into()],
            statuses: vec![
                StatusFilter::Marked(Status::Disputed),
                StatusFilter::Unmarked,
            ],
            authors: vec!["ana".into()],
            articles: vec!["004".into()],
        };
        assert_eq!(
            filter.describe().as_deref(),
            Some("tagged error · disputed or unmarked claims · by ana · in 004")
        );
    }

    #[test]
    fn an_article_is_named_by_file_stem_or_title_words() {
        let by = |name: &str| ExportFilter {
            articles: vec![name.into()],
            ..Default::default()
        };
        assert_eq!(ids(&by("a")).len(), 3);
        assert_eq!(ids(&by("a.txt")).len(), 3);
        assert_eq!(ids(&by("story")).len(), 3);
        assert!(ids(&by("b.txt")).is_empty());
    }
}
