//! Tokens of one line for the extraction rules: words, numbers, handles and single
//! punctuation characters, as byte ranges into the line. Whitespace makes no token; it is
//! recorded as `space_before` on the token after it.
//!
//! One pass over the bytes; ASCII is classified without decoding, other characters are
//! decoded one at a time. Tokens are sorted, disjoint and lie on char boundaries.

/// The kind of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters and digits, starting with a letter ("Japan", "G7").
    Word,
    /// Digits with inner `.` or `,` before a digit ("2.18", "1,000").
    Number,
    /// `@name` or `#tag`: never part of an entity.
    Handle,
    /// One other character ("$", "’", "(", "-").
    Punct,
}

/// A token: `start..end` bytes into its line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whitespace separates this token from the one before it (or it starts the line).
    pub space_before: bool,
    /// A word whose first character is uppercase.
    pub cap: bool,
}

impl Token {
    pub fn text(self, line: &str) -> &str {
        &line[self.start..self.end]
    }

    pub fn is_word(self) -> bool {
        self.kind == Kind::Word
    }

    pub fn is_cap_word(self) -> bool {
        self.kind == Kind::Word && self.cap
    }
}

/// Fills `out` (cleared first) with the tokens of `line`.
pub(crate) fn tokenize(line: &str, out: &mut Vec<Token>) {
    out.clear();
    let bytes = line.as_bytes();
    let mut i = 0;
    let mut space_before = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            space_before = true;
            i += 1;
            continue;
        }
        let start = i;
        let (kind, cap) = if b.is_ascii_digit() {
            i = number_end(bytes, i);
            (Kind::Number, false)
        } else if (b == b'@' || b == b'#') && word_char_at(line, i + 1).is_some() {
            i = word_end(line, i + 1);
            (Kind::Handle, false)
        } else if b.is_ascii_alphabetic() {
            i = word_end(line, i);
            (Kind::Word, b.is_ascii_uppercase())
        } else if b < 0x80 {
            i += 1;
            (Kind::Punct, false)
        } else {
            let c = line[i..].chars().next().unwrap_or(' ');
            if !is_general_punctuation(c) && c.is_alphabetic() {
                i = word_end(line, i);
                (Kind::Word, c.is_uppercase())
            } else if c.is_whitespace() {
                space_before = true;
                i += c.len_utf8();
                continue;
            } else {
                i += c.len_utf8();
                (Kind::Punct, false)
            }
        };
        if kind == Kind::Word && cap {
            i = name_apostrophe_end(line, i);
        }
        out.push(Token {
            start,
            end: i,
            kind,
            space_before,
            cap,
        });
        space_before = false;
    }
}

/// The endings an apostrophe joins to a word in English: possessives and contractions
/// ("Japan's", "Isn't", "She'll").
const CONTRACTIONS: &[&str] = &["s", "t", "d", "m", "ll", "re", "ve"];

/// The end of a capitalised word that ends at `end`, taking in an apostrophe and the
/// lowercase letters after it when they are no English ending: "Nyong'o", "Hawai'i",
/// "Qur'an" are one word, "Japan's" and "Isn't" are not.
fn name_apostrophe_end(line: &str, end: usize) -> usize {
    let rest = &line.as_bytes()[end..];
    let mark = if rest.starts_with(b"'") {
        1
    } else if rest.starts_with("\u{2019}".as_bytes()) {
        3
    } else {
        return end;
    };
    let letters = (rest[mark..].iter())
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    let after = rest.get(mark + letters).copied();
    let word_goes_on = after.is_some_and(|b| b.is_ascii_alphanumeric() || b >= 0x80);
    let ending = std::str::from_utf8(&rest[mark..mark + letters]).unwrap_or_default();
    if letters == 0 || word_goes_on || CONTRACTIONS.contains(&ending) {
        return end;
    }
    end + mark + letters
}

/// The char at byte `i` when it is a letter or digit.
fn word_char_at(line: &str, i: usize) -> Option<char> {
    let b = *line.as_bytes().get(i)?;
    if b < 0x80 {
        return b.is_ascii_alphanumeric().then_some(b as char);
    }
    line.get(i..)?
        .chars()
        .next()
        .filter(|c| c.is_alphanumeric())
}

/// The end of the run of letters and digits starting at `i`.
pub(crate) fn word_end(line: &str, mut i: usize) -> usize {
    let bytes = line.as_bytes();
    loop {
        // ASCII letters and digits without decoding: most of any English text.
        i += ascii_word_run(bytes.get(i..).unwrap_or_default());
        // An ASCII byte ends the word: decode only a character beyond ASCII.
        if bytes.get(i).is_none_or(u8::is_ascii) {
            return i;
        }
        match line.get(i..).and_then(|rest| rest.chars().next()) {
            Some(c) if is_letter_or_digit(c) => i += c.len_utf8(),
            // A soft hyphen between letters is a line-breaking hint that web copy keeps
            // ("Netan\u{ad}yahu"): the word goes on.
            Some(SOFT_HYPHEN) if word_char_at(line, i + SOFT_HYPHEN.len_utf8()).is_some() => {
                i += SOFT_HYPHEN.len_utf8();
            }
            _ => return i,
        }
    }
}

/// U+00AD, invisible unless a line breaks at it.
pub(crate) const SOFT_HYPHEN: char = '\u{ad}';

/// How many ASCII letters and digits `bytes` starts with: eight bytes at a time, each byte's
/// test made on all eight at once (a branch per byte mispredicted at every word's end),
/// the last few by table.
fn ascii_word_run(bytes: &[u8]) -> usize {
    let mut run = 0;
    while let Some(eight) = bytes.get(run..run + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(eight);
        let others = !ascii_alphanumeric_lanes(u64::from_le_bytes(word)) & HIGH_BITS;
        if others != 0 {
            return run + (others.trailing_zeros() / 8) as usize;
        }
        run += 8;
    }
    run + (bytes[run..].iter())
        .take_while(|&&b| ASCII_WORD_BYTES[usize::from(b)])
        .count()
}

/// The top bit of each of the eight bytes of a `u64`.
pub(crate) const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Each byte's top bit set when that byte of `x` is an ASCII letter or digit, the rest of
/// each byte clear.
pub(crate) fn ascii_alphanumeric_lanes(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low = x & !HIGH_BITS;
    // Each byte of `low` is below 0x80, so adding at most 0x80 to it carries into no other.
    let at_least = |v: u64, lo: u8| v + ONES * u64::from(0x80 - lo);
    let above = |v: u64, hi: u8| v + ONES * u64::from(0x7f - hi);
    let in_range = |v: u64, lo: u8, hi: u8| at_least(v, lo) & !above(v, hi);
    // A letter in either case is a lowercase letter once its 0x20 bit is set.
    let letter = in_range(low | (ONES * 0x20), b'a', b'z');
    let digit = in_range(low, b'0', b'9');
    (letter | digit) & !x & HIGH_BITS
}

/// The ASCII letters and digits, by byte.
const ASCII_WORD_BYTES: [bool; 256] = word_byte_table(false);

/// A table of the bytes of ASCII letters and digits, and with `beyond_ascii` also every byte
/// of a character beyond ASCII: "part of a word?" in one load, for loops over every byte.
pub(crate) const fn word_byte_table(beyond_ascii: bool) -> [bool; 256] {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (beyond_ascii && b >= 0x80) || (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
}

/// `char::is_alphanumeric`, answered at once for the General Punctuation block.
fn is_letter_or_digit(c: char) -> bool {
    !is_general_punctuation(c) && c.is_alphanumeric()
}

/// Whether `c` is in the General Punctuation block (curly quotes, dashes, ellipses, some
/// spaces), which news uses often and which holds no letter or digit: asked before the
/// Unicode letter tables, whose look-up is slow.
fn is_general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206F}').contains(&c)
}

/// The end of the number starting at `i`: digits, with `.` or `,` only between digits.
fn number_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            i += 1;
        } else if (b == b'.' || b == b',') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 2;
        } else {
            break;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_is_a_letter_or_digit_in_eight_lanes_as_alone() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = [b' '; 8];
                bytes[at] = b;
                let lanes = ascii_alphanumeric_lanes(u64::from_le_bytes(bytes));
                let alone = lanes >> (at * 8 + 7) & 1 == 1;
                assert_eq!(alone, b.is_ascii_alphanumeric(), "byte {b:#x} at {at}");
                assert_eq!(lanes & !(0x80 << (at * 8)), 0, "byte {b:#x} at {at}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn a_run_of_letters_and_digits_ends_where_a_byte_loop_ends_it(
            text in "[a-zA-Z0-9@\\[`{/:Zz09 é’.-]{0,40}"
        ) {
            let bytes = text.as_bytes();
            let by_byte = bytes.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            proptest::prop_assert_eq!(ascii_word_run(bytes), by_byte);
        }
    }

    fn texts(line: &str) -> Vec<&str> {
        let mut tokens = Vec::new();
        tokenize(line, &mut tokens);
        tokens.iter().map(|t| t.text(line)).collect()
    }

    #[test]
    fn words_numbers_and_punctuation_split_apart() {
        assert_eq!(
            texts("Japan’s ¥2.18 trillion ($15.5 billion)."),
            vec![
                "Japan", "’", "s", "¥", "2.18", "trillion", "(", "$", "15.5", "billion", ")", "."
            ]
        );
    }

    #[test]
    fn a_soft_hyphen_between_letters_keeps_the_word_whole() {
        assert_eq!(
            texts("Netan\u{ad}yahu and Vladi\u{ad}mir, not end\u{ad} nor \u{ad}start"),
            vec![
                "Netan\u{ad}yahu",
                "and",
                "Vladi\u{ad}mir",
                ",",
                "not",
                "end",
                "\u{ad}",
                "nor",
                "\u{ad}",
                "start"
            ]
        );
    }

    #[test]
    fn a_number_keeps_inner_separators_but_not_a_final_full_stop() {
        assert_eq!(texts("1,000 and 1."), vec!["1,000", "and", "1", "."]);
    }

    #[test]
    fn curly_quotes_and_dashes_end_words_and_letters_beyond_ascii_continue_them() {
        assert_eq!(
            texts("“Zürich”—Ōsaka… naïve"),
            vec!["“", "Zürich", "”", "—", "Ōsaka", "…", "naïve"]
        );
        assert_eq!(word_end("Ōsaka’s", 0), "Ōsaka".len());
        assert_eq!(word_end("abc", 3), 3);
    }

    #[test]
    fn an_apostrophe_inside_a_name_keeps_it_one_word_but_english_endings_split() {
        assert_eq!(texts("Lupita Nyong'o said"), ["Lupita", "Nyong'o", "said"]);
        assert_eq!(texts("Hawai\u{2019}i is"), ["Hawai\u{2019}i", "is"]);
        assert_eq!(texts("Japan's Isn't"), ["Japan", "'", "s", "Isn", "'", "t"]);
        assert_eq!(texts("We\u{2019}re"), ["We", "\u{2019}", "re"]);
        assert_eq!(texts("Jones' car"), ["Jones", "'", "car"]);
        assert_eq!(texts("rock'n"), ["rock", "'", "n"]);
    }

    #[test]
    fn handles_are_one_token() {
        let mut tokens = Vec::new();
        tokenize("He tweets @AmbGurjitSingh.", &mut tokens);
        assert_eq!(tokens[2].kind, Kind::Handle);
        assert_eq!(
            tokens[2].text("He tweets @AmbGurjitSingh."),
            "@AmbGurjitSingh"
        );
    }

    #[test]
    fn space_before_and_capitals_are_recorded() {
        let mut tokens = Vec::new();
        tokenize("US-Japan Élysée", &mut tokens);
        let flags: Vec<(bool, bool)> = tokens.iter().map(|t| (t.space_before, t.cap)).collect();
        assert_eq!(
            flags,
            vec![(true, true), (false, false), (false, true), (true, true)]
        );
    }
}
