//! "said in English", "speaking Italian", "translated into Arabic and Hebrew": a language,
//! which the annotation guideline does not mark. Its word is a nationality's ("English
//! fans", "in Greek history") or reads as a place after "in"; where the words around it say
//! it is spoken or written, it is taken out.

use super::{Explained, word_after, word_before};

/// Languages that news names, by the word that names them.
fn is_language(word: &str) -> bool {
    matches!(
        word,
        "Arabic"
            | "Bengali"
            | "Cantonese"
            | "Catalan"
            | "Chinese"
            | "Czech"
            | "Danish"
            | "Dutch"
            | "English"
            | "Farsi"
            | "Finnish"
            | "French"
            | "Gaelic"
            | "German"
            | "Greek"
            | "Hebrew"
            | "Hindi"
            | "Hungarian"
            | "Indonesian"
            | "Irish"
            | "Italian"
            | "Japanese"
            | "Korean"
            | "Latin"
            | "Malay"
            | "Mandarin"
            | "Norwegian"
            | "Persian"
            | "Polish"
            | "Portuguese"
            | "Punjabi"
            | "Romanian"
            | "Russian"
            | "Spanish"
            | "Swahili"
            | "Swedish"
            | "Tagalog"
            | "Tamil"
            | "Thai"
            | "Turkish"
            | "Ukrainian"
            | "Urdu"
            | "Vietnamese"
            | "Welsh"
            | "Yiddish"
    )
}

/// Words before a language's name that say it is spoken or written in.
fn is_language_cue(word: &str) -> bool {
    matches!(
        word,
        "in" | "In"
            | "into"
            | "speak"
            | "speaks"
            | "spoke"
            | "spoken"
            | "speaking"
            | "learn"
            | "learned"
    )
}

/// Words after a language's name that leave it no adjective: "in English and", "in French
/// with subtitles"; any other word may be the noun it describes ("in Greek history").
fn may_follow_a_language(word: &str) -> bool {
    matches!(
        word,
        "" | "and"
            | "or"
            | "as"
            | "at"
            | "but"
            | "by"
            | "for"
            | "from"
            | "is"
            | "on"
            | "than"
            | "to"
            | "was"
            | "when"
            | "while"
            | "with"
    )
}

/// Nouns after a language's name that say the name is the language's: "its English
/// edition", "the Spanish translation", "Arabic speakers".
fn is_language_noun(word: &str) -> bool {
    matches!(
        word,
        "dub"
            | "edition"
            | "editions"
            | "language"
            | "lessons"
            | "speaker"
            | "speakers"
            | "subtitles"
            | "teacher"
            | "text"
            | "translation"
            | "translations"
            | "version"
            | "versions"
            | "word"
            | "words"
    )
}

/// Drops the mentions that name a language: before a noun of language, or where it is
/// spoken or written (after a word that says so, or after "and" or "or" and another such
/// language: "in English and Spanish") and before no other noun.
pub(super) fn drop_languages(text: &str, mentions: &mut Vec<Explained>) {
    let mut last_dropped_end = None;
    mentions.retain(|e| {
        let span = e.mention.span();
        let word = span.slice(text);
        if !is_language(word) {
            return true;
        }
        let after = word_after(text, span.end);
        if is_language_noun(after) {
            return false;
        }
        if !may_follow_a_language(after) {
            return true;
        }
        let before = &text[..span.start];
        let cued =
            word_before(text, span.start).is_some_and(is_language_cue) && before.ends_with(' ');
        let listed = last_dropped_end.is_some_and(|end| {
            matches!(
                &text[end..span.start],
                " and " | " or " | ", " | ", and " | ", or "
            )
        });
        if cued || listed {
            last_dropped_end = Some(span.end);
            return false;
        }
        true
    });
}
