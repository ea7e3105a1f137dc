//! How untrusted characters are shown: the one place that decides what reaches the terminal.
//!
//! Article text may hold control characters and escape sequences (ESC [2J, OSC 52, BEL, a lone
//! CR). The stored text is never changed, so offsets keep matching the file; instead every
//! char is shown through [`shown`], which turns C0 controls, DEL and C1 controls into visible
//! placeholders (with ESC gone, the rest of an escape sequence is plain text) and makes
//! invisible format characters (bidi overrides, zero-width spaces) visible. Layout measures
//! the same form it draws, so columns always line up.

use unicode_width::UnicodeWidthChar;

/// Shown in place of an invisible format character (bidi override, zero-width space, BOM).
pub const FORMAT_PLACEHOLDER: char = '⌧';

/// The char drawn for `c`.
pub fn shown(c: char) -> char {
    match c {
        '\t' => ' ',
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('?'),
        '\u{7f}' => '␡',
        '\u{80}'..='\u{9f}' => '\u{FFFD}',
        c if is_format_char(c) => FORMAT_PLACEHOLDER,
        c => c,
    }
}

/// Display columns taken by `c` once shown.
pub fn width(c: char) -> usize {
    shown(c).width().unwrap_or(0)
}

/// Display columns taken by `s` once shown.
pub fn str_width(s: &str) -> usize {
    s.chars().map(width).sum()
}

/// Whether `c` is shown as something else ([`shown`]): a control character, DEL, a C1
/// control or an invisible format character, none of which may reach a terminal raw.
pub fn is_neutralised(c: char) -> bool {
    shown(c) != c
}

/// `s` with every char replaced by its shown form: safe to print to a terminal. Every
/// message that can hold a file's bytes (names, titles, parse errors) goes through it.
pub fn sanitize(s: &str) -> String {
    s.chars().map(shown).collect()
}

/// As [`sanitize`], but line breaks stay: for printing a report of several lines.
pub fn sanitize_lines(s: &str) -> String {
    s.chars()
        .map(|c| if c == '\n' { c } else { shown(c) })
        .collect()
}

/// Serialised JSON made safe for a terminal: every char [`shown`] differently (DEL, C1
/// controls, format characters; serde_json escapes only C0) is written as a `\uXXXX` escape,
/// so the text parses to the same value. Line breaks and spaces are kept: outside strings
/// they are layout, and inside strings serde_json has escaped the breaks already.
pub fn json_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if is_neutralised(c) && !matches!(c, '\n' | ' ') {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// `s` shown, cut to at most `max` columns with a final `…` when it does not fit. Reads `s`
/// only as far as `max` columns reach, so a very long string costs no more than a short one.
pub fn truncate(s: &str, max: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    // How much of `out` still leaves room for the `…`.
    let mut keep = 0;
    for c in s.chars() {
        let w = width(c);
        if used + w > max {
            out.truncate(keep);
            if max > 0 {
                out.push('…');
            }
            return out;
        }
        out.push(shown(c));
        used += w;
        if used < max {
            keep = out.len();
        }
    }
    out
}

/// `s` shown in exactly `width` columns: truncated with `…`, or padded with spaces.
pub fn fit(s: &str, width: usize) -> String {
    let mut out = truncate(s, width);
    let used = str_width(&out);
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

/// Unicode format characters that change how text around them looks while being invisible
/// themselves. Zero-width joiners and non-joiners stay: emoji sequences and scripts need them.
fn is_format_char(c: char) -> bool {
    matches!(c,
        '\u{061C}' | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_bell_become_visible_placeholders() {
        assert_eq!(sanitize("a\u{1b}[2Jb\u{7}c\rd"), "a␛[2Jb␇c␍d");
        assert_eq!(sanitize("\u{1b}]52;c;aGk=\u{7}"), "␛]52;c;aGk=␇");
    }

    #[test]
    fn c1_controls_and_bidi_overrides_are_never_passed_through() {
        assert_eq!(sanitize("x\u{9b}31m\u{202E}evil"), "x\u{FFFD}31m⌧evil");
    }

    #[test]
    fn sanitize_lines_keeps_line_breaks_only() {
        assert_eq!(sanitize_lines("a\u{1b}]0;t\u{7}\nb\r\n"), "a␛]0;t␇\nb␍\n");
    }

    #[test]
    fn json_safe_escapes_what_serde_json_leaves_raw_and_parses_the_same() {
        let value = serde_json::json!({"doc": "a\u{7f}b\u{9b}2J\u{202e}c\u{1b}", "n": [1, 2]});
        let raw = serde_json::to_string_pretty(&value).unwrap();
        assert!(raw.contains('\u{9b}'), "serde_json leaves C1 raw: {raw}");
        let safe = json_safe(&raw);
        assert!(
            !safe
                .chars()
                .any(|c| is_neutralised(c) && c != '\n' && c != ' '),
            "{safe}"
        );
        assert!(safe.contains(r"a\u007fb\u009b2J\u202ec\u001b"), "{safe}");
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&safe).unwrap(),
            value
        );
    }

    #[test]
    fn the_arabic_letter_mark_is_a_format_character() {
        assert_eq!(shown('\u{061C}'), FORMAT_PLACEHOLDER);
    }

    #[test]
    fn wide_and_narrow_characters_are_measured_in_columns() {
        assert_eq!(str_width("¥“—”"), 4);
        assert_eq!(str_width("日本"), 4);
        assert_eq!(str_width("🇯🇵") % 2, 0);
    }

    #[test]
    fn truncate_ends_with_an_ellipsis_within_the_width() {
        assert_eq!(truncate("Japan Hints at Using", 10), "Japan Hin…");
        assert_eq!(str_width(&truncate("日本日本日本", 5)), 5);
        assert_eq!(truncate("short", 10), "short");
    }

    #[test]
    fn fit_pads_by_columns_not_chars() {
        assert_eq!(fit("日本", 6), "日本  ");
        assert_eq!(str_width(&fit("日本日本", 7)), 7);
    }
}
