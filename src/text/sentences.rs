//! The sentence splitter: rules for English news text, no model.
//!
//! A sentence ends at `.`, `!`, `?` or an ellipsis, plus any closing quotes or brackets,
//! when whitespace and a plausible sentence start follow. A full stop after an abbreviation
//! (Mr., Jan., No.), an initial (J.) or a dotted acronym (U.S.) ends nothing unless a word
//! that usually opens a sentence follows, so "U.S. Treasury" stays whole while
//! "... from the U.S. The yen ..." splits. Decimals (2.18) never split because no space follows.
//! CJK full stops (。！？) end a sentence with no space after them, as CJK text writes them.

use super::ByteSpan;

/// Words that cannot end a sentence when followed by a full stop.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "gov", "sen", "rep", "col", "lt",
    "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "mt", "ft", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
    "wed", "thu", "thurs", "fri", "sat", "sun", "no", "nos", "vs", "v", "approx", "dept", "est",
    "fig", "figs", "vol", "p", "pp", "ch", "art", "para", "e.g", "i.e", "cf", "al",
];

/// Abbreviations that do end a sentence when the next word opens one ("... and Co. The ...").
const ABBREVIATIONS_THAT_MAY_END: &[&str] =
    &["inc", "corp", "co", "ltd", "plc", "llc", "etc", "jr", "sr"];

/// Words that usually open a sentence; after an acronym's full stop they mark a boundary.
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "However",
    "Meanwhile",
    "In",
    "On",
    "At",
    "For",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "Although",
    "Though",
    "Still",
    "Also",
    "There",
    "Here",
    "What",
    "Why",
    "How",
    "Who",
    "Our",
    "Their",
    "His",
    "Her",
    "My",
    "Some",
    "Many",
    "Most",
    "Both",
    "Each",
    "Such",
    "Despite",
    "Since",
    "Under",
    "With",
    "Without",
    "By",
    "From",
    "Even",
    "Now",
    "Then",
    "Instead",
    "Moreover",
    "Furthermore",
    "Nevertheless",
    "Indeed",
    "Ultimately",
    "Overall",
    "Analysts",
    "Officials",
    "Experts",
];

const CLOSERS: &[char] = &[
    '"', '\'', '”', '’', ')', ']', '»', '*', '」', '』', '）', '】', '》', '〉',
];

/// Splits one paragraph into sentences: spans relative to `para`, sorted, non-overlapping,
/// without surrounding whitespace, covering every non-space byte.
pub fn split_sentences(para: &str) -> Vec<ByteSpan> {
    let mut spans = Vec::new();
    let mut start = skip_space(para, 0);
    let bytes = para.as_bytes();
    let mut i = start;
    while i < para.len() {
        // Skip quickly to a byte that can start a terminator ('…' starts with 0xE2, '。' with
        // 0xE3, the full-width '！' '？' with 0xEF).
        while i < bytes.len() && !matches!(bytes[i], b'.' | b'!' | b'?' | 0xE2 | 0xE3 | 0xEF) {
            i += 1;
        }
        let Some(c) = para.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        if !is_terminator(c) {
            i += c.len_utf8();
            continue;
        }
        let run_start = i;
        let mut end = i;
        while let Some(t) = para[end..].chars().next().filter(|&t| is_terminator(t)) {
            end += t.len_utf8();
        }
        let run = &para[run_start..end];
        while let Some(t) = para[end..].chars().next().filter(|t| CLOSERS.contains(t)) {
            end += t.len_utf8();
        }
        i = end;
        let next = skip_space(para, end);
        // CJK text puts no space after a sentence: its full stops end one wherever they stand.
        if run.contains(is_cjk_terminator) {
            spans.push(ByteSpan::new(start, end));
            start = next;
            i = next;
            continue;
        }
        if next == end && end < bytes.len() {
            continue; // no space after: "2.18", "U.S.-Japan", "e.g.,"
        }
        if next >= para.len() || ends_sentence(&para[..run_start], run, &para[next..]) {
            spans.push(ByteSpan::new(start, end));
            start = next;
            i = next;
        }
    }
    let tail_end = para.trim_end().len();
    if start < tail_end {
        spans.push(ByteSpan::new(start, tail_end));
    }
    spans
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…') || is_cjk_terminator(c)
}

fn is_cjk_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

fn skip_space(s: &str, from: usize) -> usize {
    from + s[from..].len() - s[from..].trim_start().len()
}

/// Whether the terminator `run`, after `before` and followed (past spaces) by `after`, ends a
/// sentence.
fn ends_sentence(before: &str, run: &str, after: &str) -> bool {
    let next = after
        .chars()
        .find(|c| !matches!(c, '"' | '“' | '‘' | '\'' | '(' | '['));
    let Some(next) = next else { return true };
    if next.is_lowercase() {
        return false; // "e.g. this", an ellipsis mid-sentence, "?” he asked"
    }
    if run != "." {
        return true;
    }
    let word = last_word(before);
    let next_word = first_word(after);
    let is = |list: &[&str]| word.len() <= 6 && list.iter().any(|a| a.eq_ignore_ascii_case(word));
    if is(ABBREVIATIONS_THAT_MAY_END) {
        return SENTENCE_OPENERS.contains(&next_word);
    }
    if is(ABBREVIATIONS) {
        return false;
    }
    if is_initial(word) {
        return false;
    }
    if is_dotted_acronym(word) {
        return SENTENCE_OPENERS.contains(&next_word);
    }
    true
}

/// The word just before a full stop, without opening quotes or brackets.
fn last_word(before: &str) -> &str {
    // Past the whole whitespace char: a no-break space is two bytes.
    let start = before
        .char_indices()
        .rfind(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    before[start..].trim_start_matches(['(', '[', '"', '“', '‘', '\''])
}

fn first_word(after: &str) -> &str {
    let after = after.trim_start_matches(['"', '“', '‘', '\'', '(', '[']);
    let end = after
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(after.len());
    &after[..end]
}

/// A single capital letter: an initial such as the "J." of "J. Powell".
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Letters separated by dots, as in "U.S" (the final dot is the terminator itself).
fn is_dotted_acronym(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|part| part.chars().count() <= 2 && part.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text)
            .into_iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn us_treasury_never_splits() {
        assert_eq!(
            split(
                "Japan firmly denies employing its U.S. Treasury holdings as leverage. Markets fell."
            ),
            [
                "Japan firmly denies employing its U.S. Treasury holdings as leverage.",
                "Markets fell."
            ]
        );
    }

    #[test]
    fn an_acronym_at_the_end_of_a_sentence_splits_before_an_opener() {
        assert_eq!(
            split("He praised Toyota’s investment in the U.S. He’s a proponent."),
            [
                "He praised Toyota’s investment in the U.S.",
                "He’s a proponent."
            ]
        );
        assert_eq!(
            split("Talks with the U.K. The pound rose."),
            ["Talks with the U.K.", "The pound rose."]
        );
    }

    #[test]
    fn titles_months_numbers_and_initials_do_not_split() {
        assert_eq!(
            split("Mr. Akazawa met Dr. Lee on Jan. 5 at No. 10 with J. Powell."),
            ["Mr. Akazawa met Dr. Lee on Jan. 5 at No. 10 with J. Powell."]
        );
    }

    #[test]
    fn decimals_do_not_split() {
        assert_eq!(
            split("Holdings fell by ¥2.18 trillion. Yields rose."),
            ["Holdings fell by ¥2.18 trillion.", "Yields rose."]
        );
    }

    #[test]
    fn closing_quotes_after_a_full_stop_stay_with_their_sentence() {
        let text =
            "“But there’s no clear answer coming from the American side.” This inconsistency grew.";
        assert_eq!(
            split(text),
            [
                "“But there’s no clear answer coming from the American side.”",
                "This inconsistency grew."
            ]
        );
    }

    #[test]
    fn ellipses_split_only_before_a_capital() {
        assert_eq!(
            split("It waited... and waited… Then it sold."),
            ["It waited... and waited…", "Then it sold."]
        );
    }

    #[test]
    fn a_question_inside_a_quote_followed_by_attribution_stays_whole() {
        assert_eq!(
            split("“Why now?” he asked. Nobody knew!"),
            ["“Why now?” he asked.", "Nobody knew!"]
        );
    }

    #[test]
    fn text_without_a_final_stop_is_one_sentence() {
        assert_eq!(
            split("  Read the original article here  "),
            ["Read the original article here"]
        );
        assert!(split("   ").is_empty());
    }

    #[test]
    fn cjk_full_stops_end_sentences_without_a_space() {
        assert_eq!(
            split("政府は交渉を続ける。「本当か？」と記者が聞いた！円は下落した"),
            [
                "政府は交渉を続ける。",
                "「本当か？」",
                "と記者が聞いた！",
                "円は下落した"
            ]
        );
        assert_eq!(
            split("東京で会談した。 The yen fell."),
            ["東京で会談した。", "The yen fell."]
        );
    }
}
