//! The IRIs exports name articles by: the article's `url` from the index when it has one,
//! else a `file://` IRI of its absolute path, else (the embedded seed corpus, which has no
//! file) `urn:margin:seeds:<file name>`.

use std::path::Path;

use crate::corpus::Article;

/// What the embedded corpus's articles are named by, before their file name.
pub const SEEDS_URN: &str = "urn:margin:seeds:";

/// The IRI that names `article` in exports (see the module doc).
pub fn article_iri(article: &Article) -> String {
    if let Some(url) = &article.url {
        return url.clone();
    }
    match &article.path {
        Some(path) => file_iri(&std::path::absolute(path).unwrap_or_else(|_| path.clone())),
        None => format!("{SEEDS_URN}{}", percent_encode(article.file.as_bytes())),
    }
}

/// `file://` followed by `path` with every byte but unreserved characters and `/`
/// percent-encoded (RFC 3986), so spaces, `#`, `%` and non-UTF-8 names make a valid IRI.
pub fn file_iri(path: &Path) -> String {
    format!("file://{}", percent_encode(path_bytes(path).as_ref()))
}

#[cfg(unix)]
fn path_bytes(path: &Path) -> std::borrow::Cow<'_, [u8]> {
    use std::os::unix::ffi::OsStrExt;
    std::borrow::Cow::Borrowed(path.as_os_str().as_bytes())
}

#[cfg(not(unix))]
fn path_bytes(path: &Path) -> std::borrow::Cow<'_, [u8]> {
    let text = path.to_string_lossy().replace('\\', "/");
    std::borrow::Cow::Owned(text.into_bytes())
}

fn percent_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for &b in bytes {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `iri` with percent-escapes decoded; `None` when they do not make UTF-8.
pub fn percent_decode(iri: &str) -> Option<String> {
    let bytes = iri.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// The last path segment of `iri`, decoded: the file name an IRI most likely names.
pub fn last_segment(iri: &str) -> Option<String> {
    let path = iri.split(['?', '#']).next().unwrap_or(iri);
    let segment = path.rsplit(['/', ':']).next().filter(|s| !s.is_empty())?;
    percent_decode(segment)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_iri_percent_encodes_everything_but_unreserved_characters_and_slashes() {
        let iri = file_iri(Path::new("/news/Japan 100%#1/日本.txt"));
        assert_eq!(
            iri,
            "file:///news/Japan%20100%25%231/%E6%97%A5%E6%9C%AC.txt"
        );
        assert_eq!(
            percent_decode(&iri).as_deref(),
            Some("file:///news/Japan 100%#1/日本.txt")
        );
    }

    #[test]
    fn the_last_segment_names_the_file() {
        assert_eq!(
            last_segment("file:///a/b%20c.txt").as_deref(),
            Some("b c.txt")
        );
        assert_eq!(
            last_segment("urn:margin:seeds:000_x.txt").as_deref(),
            Some("000_x.txt")
        );
        assert_eq!(
            last_segment("https://ex.com/news/story?id=3").as_deref(),
            Some("story")
        );
    }
}
