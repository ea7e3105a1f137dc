//! Web addresses written as names: "Snopes.com", "LWN.net", "LiveNation.com". A
//! capitalised name joined to a top-level domain names the site, and through it the
//! organisation that runs it.

use super::{Explained, Reason, Scan};
use crate::entities::Label;
use crate::text::ByteSpan;

/// Top-level domains that news writes after a site's name. A second level ("co" of
/// "co.uk") may come between.
pub(super) const DOMAINS: &[&str] = &[
    "com", "net", "org", "io", "gov", "edu", "info", "news", "tv", "co", "uk", "us", "ca", "au",
    "de", "fr", "in", "jp", "ie", "nz", "eu", "ai", "ly", "me",
];

/// `name` without the web domain it ends in ("snopes.com" → "snopes"; "BBC.co.uk" →
/// "BBC"), but never the whole name: the site is its owner's name.
pub(in crate::entities) fn without_web_domain(name: &str) -> &str {
    let mut name = name;
    while let Some((head, last)) = name.rsplit_once('.') {
        if head.is_empty() || !DOMAINS.contains(&last) {
            break;
        }
        name = head;
    }
    name
}

/// Drops the mentions in the path of a web address: "EWgDSVvrHO" of
/// "pic.twitter.com/EWgDSVvrHO" or "2019" of "https://t.co/2019" is an address's code, no
/// name nor date, however its capitals read.
pub(super) fn drop_address_paths(text: &str, mentions: &mut Vec<Explained>) {
    mentions.retain(|m| !in_an_address_path(text, m.mention.span()));
}

/// Whether `span` follows a slash of the web address it is written in: one with a scheme
/// ("https://"), or a site with a top-level domain before its first slash.
fn in_an_address_path(text: &str, span: ByteSpan) -> bool {
    let before = &text.as_bytes()[..span.start];
    // Most mentions follow a space or open a line: turned away by one byte.
    if before.last().is_none_or(|b| b.is_ascii_whitespace()) {
        return false;
    }
    let opens = before
        .iter()
        .rposition(u8::is_ascii_whitespace)
        .map_or(0, |k| k + 1);
    let written = &text[opens..span.start];
    let Some((site, _)) = written.split_once('/') else {
        return false;
    };
    written.contains("://")
        || site
            .rsplit_once('.')
            .is_some_and(|(name, domain)| !name.is_empty() && DOMAINS.contains(&domain))
}

impl Scan<'_> {
    /// Marks the web address starting at token `i`, if one does; returns its end.
    pub(super) fn web_address(&mut self, i: usize) -> Option<usize> {
        let mut end = i + 1;
        if let Some((hit_end, label)) = self.hit_at[i] {
            if label != Label::Org {
                return None;
            }
            end = hit_end;
        }
        let domain = |k: usize| {
            self.attached_punct(k, ".")
                && self
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| !t.space_before && !t.cap)
                && DOMAINS.contains(&self.word(k + 1))
        };
        if !domain(end) {
            return None;
        }
        // "BBC.co.uk"; in "Snopes.com." the last full stop ends the sentence.
        end += 2;
        while domain(end) {
            end += 2;
        }
        self.emit(i, end, Label::Org, Reason::WebAddress);
        Some(end)
    }
}
