//! One-word names that the rules read as people ("Thyssenkrupp said") but that the article
//! shows to be companies: a company word before ("steelmaker Thyssenkrupp") or in an
//! apposition after ("Thyssenkrupp, the Essen-based conglomerate,"), a verb of buying before
//! ("Facebook acquired Oculus"), shares or a stake in it
//! ("shares of Thyssenkrupp"), a citation for a figure ("according to Pollstar"), or
//! something only a company has after it ("Thyssenkrupp
//! shares", "Thyssenkrupp's chief executive"). One such sign makes every one-word mention of
//! that name in the article an ORG, as a reader would read them all. Words that end a full
//! person's name of the article, and people the gazetteer knows, stay people.

use super::super::gazetteer::{Gazetteer, class};
use super::super::{Label, Mention};
use super::WordSet;
use super::{Explained, Reason};
use crate::entities::halves::{PARALLEL_MENTIONS, on_halves, on_halves_mut};
use crate::text::ByteSpan;

/// Words of an apposition searched for a company word: ", the Essen-based conglomerate".
const APPOSITION_WORDS: usize = 4;

/// Bytes after a mention read for a sign: far more than the few words the signs span.
const AFTER_WINDOW: usize = 512;

/// Relabels as ORG the one-word PERSON mentions of `text` that read as a company, and adds
/// ORG mentions for the `loose` words (capitalised words no rule could read, which no
/// mention covers) of the same names. Returns the added mentions, in the order of `loose`.
pub(super) fn relabel(
    text: &str,
    g: &Gazetteer,
    mentions: &mut [Explained],
    loose: &[ByteSpan],
) -> Vec<Explained> {
    let one_word = |span: ByteSpan| !span.slice(text).contains(' ');
    let is_one_word_person = |m: &Mention| m.label == Label::Person && one_word(m.span());
    // "Truck and SUV sales": a common abbreviation names no company, whatever follows it.
    let loose: Vec<Mention> = loose
        .iter()
        .filter(|&&span| one_word(span) && !super::abbreviations::is_common(span.slice(text)))
        .map(|&span| Mention::spanning(span, Label::Person))
        .collect();
    // A long article's mentions are read in two halves, one on another thread.
    let [mut full_name_words, later] = on_halves(mentions, PARALLEL_MENTIONS, |half| {
        half.iter()
            .map(|e| &e.mention)
            .filter(|m| m.label == Label::Person && m.text(text).contains(' '))
            .flat_map(|m| m.text(text).split(' '))
            .collect::<WordSet<&str>>()
    });
    full_name_words.extend(later);
    // A word of a full name stays a person whatever its signs, so its signs are not read.
    let signed = |m: &&Mention| {
        is_one_word_person(m)
            && !full_name_words.contains(m.text(text))
            && (company_sign(text, g, m) || paired_with_a_company(text, g, m, mentions))
    };
    let [mut signed_words, later] = on_halves(mentions, PARALLEL_MENTIONS, |half| {
        half.iter()
            .map(|e| &e.mention)
            .filter(signed)
            .map(|m| m.text(text))
            .collect::<Vec<&str>>()
    });
    signed_words.extend(later);
    let [first, later] = on_halves(&loose, PARALLEL_MENTIONS, |half| {
        half.iter()
            .filter(signed)
            .map(|m| m.text(text))
            .collect::<Vec<&str>>()
    });
    signed_words.extend(first.into_iter().chain(later));
    let companies: WordSet<String> = signed_words
        .into_iter()
        .filter(|word| !matches!(g.lookup(word), Some((Label::Person, _))))
        // "Ministry officials": a body's head word alone names no company.
        .filter(|word| g.classes(word) & (class::ORG_HEAD | class::GENERIC) == 0)
        .map(str::to_string)
        .collect();
    if companies.is_empty() {
        return Vec::new();
    }
    on_halves_mut(mentions, PARALLEL_MENTIONS, |half| {
        for e in half {
            if is_one_word_person(&e.mention) && companies.contains(e.mention.text(text)) {
                e.mention.label = Label::Org;
                e.reason = Reason::CompanySign;
            }
        }
    });
    loose
        .into_iter()
        .filter(|m| companies.contains(m.text(text)))
        .map(|m| Explained {
            mention: Mention::spanning(m.span(), Label::Org),
            reason: Reason::CompanySign,
        })
        .collect()
}

/// Verbs whose object, named without an article, is a company bought: "Facebook acquired
/// Oculus", "had Yahoo bought Snapchat".
const ACQUIRING: &[&str] = &[
    "acquire",
    "acquires",
    "acquired",
    "acquiring",
    "buy",
    "buys",
    "bought",
    "buying",
    "purchased",
    "purchase",
    "takeover",
    "merge",
    "merged",
    "merging",
];

/// Whether the words around the mention say it names a company.
fn company_sign(text: &str, g: &Gazetteer, m: &Mention) -> bool {
    let mut before = words_before(&text[..m.span().start]);
    let is = |word: &str, flag: u32| g.classes(word) & flag != 0;
    match before.next() {
        Some(word) if is(word, class::COMPANY_WORD) || ACQUIRING.contains(&word) => return true,
        Some("of" | "in")
            if before.next().is_some_and(|w| {
                matches!(
                    w,
                    "shares" | "Shares" | "stake" | "stock" | "acquisition" | "takeover"
                )
            }) =>
        {
            return true;
        }
        _ => {}
    }
    if bought_as_described(&text[..m.span().start])
        || listed_as_companies(&text[..m.span().start], g)
        || given_a_statement(text, g, m)
        || cited_as_a_source(text, g, m)
        || named_by_what_only_a_company_does(text, g, m)
    {
        return true;
    }
    // A bounded window: searching the whole rest of a long line for its end, per mention,
    // made a one-line article quadratic.
    let mut window_end = (m.span().end + AFTER_WINDOW).min(text.len());
    while !text.is_char_boundary(window_end) {
        window_end -= 1;
    }
    let after = &text[m.span().end..window_end];
    let line_end = after.find('\n').unwrap_or(after.len());
    let after = &after[..line_end];
    if let Some(apposition) = after.strip_prefix(", the ").or(after.strip_prefix(", a ")) {
        return apposition
            .split([' ', ','])
            .take(APPOSITION_WORDS)
            .take_while(|w| !w.is_empty())
            .any(|w| is(w, class::COMPANY_WORD));
    }
    let after = after
        .strip_prefix("’s")
        .or(after.strip_prefix("'s"))
        .unwrap_or(after);
    let mut next = after.split_whitespace();
    match (next.next(), next.next()) {
        (Some("chief"), Some("executive")) => true,
        (Some(word), _) => is(word.trim_end_matches([',', '.']), class::COMPANY_PART),
        _ => false,
    }
}

/// Lowercase words between a verb of buying and the name, at most, that say what was bought.
const DESCRIPTION_WORDS: usize = 3;

/// "purchased streaming leader Twitch", "bought the video app Musical": a verb of buying, then
/// up to three lowercase words saying what was bought, right before the name (`before` ends
/// where it starts). Not across punctuation or a preposition ("bought, said analyst Kim";
/// "bought by founder Kim").
fn bought_as_described(before: &str) -> bool {
    let mut words = before.trim_end().rsplit(' ');
    for _ in 0..DESCRIPTION_WORDS {
        let Some(word) = words.next() else {
            return false;
        };
        if ACQUIRING.contains(&word) {
            // The verb right before the name is read by the caller.
            return false;
        }
        let described = !word.is_empty()
            && word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !matches!(
                word,
                "by" | "from"
                    | "with"
                    | "to"
                    | "for"
                    | "and"
                    | "or"
                    | "as"
                    | "in"
                    | "at"
                    | "on"
                    | "of"
                    | "under"
                    | "into"
                    | "after"
                    | "before"
                    | "over"
                    | "about"
            );
        if !described {
            return false;
        }
        if words.clone().next().is_some_and(|w| ACQUIRING.contains(&w)) {
            return true;
        }
    }
    false
}

/// "said in a statement to Slate": a one-word name that no person could bear, given a
/// statement, is an outlet. Not "told Observer": "told Putin" is as common, and a leader's
/// name is no word of a list.
fn given_a_statement(text: &str, g: &Gazetteer, m: &Mention) -> bool {
    let before = text[..m.span().start].trim_end_matches(' ');
    let name = m.text(text);
    before.ends_with(" statement to") && no_person_could_bear(name, g)
}

/// "according to Pollstar": a one-word name that no person could bear, cited for a figure
/// or a report, is a company or an outlet. A person cited so is named in full first, and
/// the surname alone is a person of the article, read before.
fn cited_as_a_source(text: &str, g: &Gazetteer, m: &Mention) -> bool {
    let before = text[..m.span().start].trim_end_matches(' ');
    let name = m.text(text);
    (before.ends_with(" according to") || before.ends_with(" According to"))
        && no_person_could_bear(name, g)
}

/// The words before a name that say only a company or a body is meant: what it owns, funds,
/// surveys or partners with, and the houses that auction, publish or design.
const DONE_ONLY_BY_A_COMPANY: &[&str] = &[
    "acquired by",
    "owned by",
    "backed by",
    "funded by",
    "bankrolled by",
    "sponsored by",
    "operated by",
    "underwritten by",
    "surveyed by",
    "polled by",
    "compiled by",
    "partnered with",
    "partnering with",
    "partnership with",
    "teamed up with",
    "merger with",
    "subsidiary of",
    "auction house",
    "fashion house",
    "publishing house",
    "design house",
];

/// "analysts surveyed by Refinitiv", "Apple has partnered with Zeiss", "auction house
/// Artcurial": a one-word name that no person could bear, after words that only a company
/// or a body is the object of.
fn named_by_what_only_a_company_does(text: &str, g: &Gazetteer, m: &Mention) -> bool {
    let before = text[..m.span().start].trim_end_matches(' ');
    // Most names have none of the cues' last words before them: a byte, then a word, turns
    // them away.
    if !matches!(before.as_bytes().last(), Some(b'y' | b'h' | b'f' | b'e')) {
        return false;
    }
    let last_word = ["by", "with", "of", "house"].iter().any(|w| {
        before
            .strip_suffix(w)
            .is_some_and(|rest| rest.ends_with(' '))
    });
    if !last_word {
        return false;
    }
    let name = m.text(text);
    let cued = DONE_ONLY_BY_A_COMPANY.iter().any(|cue| {
        before
            .strip_suffix(cue)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with([' ', '\n', '(']))
    });
    cued && no_person_could_bear(name, g)
}

/// "the fight between Hachette and Amazon", "Baylor and TCU fans": a one-word name that no
/// person could bear, joined by "and" or "or" to a company the gazetteer knows (one of
/// `mentions`, which are in order), is a company too.
fn paired_with_a_company(text: &str, g: &Gazetteer, m: &Mention, mentions: &[Explained]) -> bool {
    let span = m.span();
    let bytes = text.as_bytes();
    // Most names are neither followed nor preceded by a join: two bytes each way say so.
    let join_after = bytes
        .get(span.end..span.end + 2)
        .is_some_and(|b| matches!(b, b" a" | b" o"));
    let join_before =
        span.start >= 2 && matches!(&bytes[span.start - 2..span.start], b"d " | b"r ");
    if !join_after && !join_before {
        return false;
    }
    let joins = [" and ", " or "];
    let joined_after = (joins.iter())
        .find(|join| join_after && text[span.end..].starts_with(**join))
        .map(|join| span.end + join.len());
    let joined_before = (joins.iter())
        .find(|join| join_before && text[..span.start].ends_with(**join))
        .map(|join| span.start - join.len());
    let known_company =
        |e: &Explained| e.mention.label == Label::Org && e.reason == Reason::Gazetteer;
    let company_at = |start: usize| {
        let k = mentions.partition_point(|e| e.mention.span().start < start);
        mentions
            .get(k)
            .is_some_and(|e| e.mention.span().start == start && known_company(e))
    };
    let company_ending = |end: usize| {
        let k = mentions.partition_point(|e| e.mention.span().start < end);
        k > 0 && mentions[k - 1].mention.span().end == end && known_company(&mentions[k - 1])
    };
    let paired = joined_after.is_some_and(company_at) || joined_before.is_some_and(company_ending);
    let name = m.text(text);
    // Not a word of the language ("Publishers and Google"), nor one in capitals ("FUSE"),
    // which the rules for abbreviations read.
    let plain_word = |word: &str| g.is_ordinary_word(word);
    let ordinary = plain_word(name) || name.strip_suffix('s').is_some_and(plain_word);
    let in_capitals = !name.chars().any(char::is_lowercase);
    paired && !ordinary && !in_capitals && no_person_could_bear(name, g)
}

/// Whether `name` is one word that no person could bear: no surname, given name or title,
/// which the signs above would otherwise make a company of ("according to Smith").
fn no_person_could_bear(name: &str, g: &Gazetteer) -> bool {
    !name.contains(' ')
        && !g.is_surname(name)
        && g.classes(name) & (class::GIVEN | class::TITLE) == 0
}

/// Names at most listed before the name in a list after a kind of company.
const LISTED_BEFORE: usize = 6;

/// "companies like Nest and Haiku", "brands such as Zeiss", "firms including Belkin,
/// Honeywell and iHome": a name in a list right after a kind of company and "like", "such
/// as" or "including" (`before` ends where the name starts).
fn listed_as_companies(before: &str, g: &Gazetteer) -> bool {
    let mut words = words_before(before).peekable();
    // Back over the list's earlier names and their joins.
    for _ in 0..LISTED_BEFORE * 2 {
        match words.peek() {
            Some(&w) if w == "and" || w == "or" || w.starts_with(|c: char| c.is_uppercase()) => {
                words.next();
            }
            _ => break,
        }
    }
    let cue = match words.next() {
        Some("like" | "including") => true,
        Some("as") => words.next() == Some("such"),
        _ => false,
    };
    cue && words.next().is_some_and(|kind| {
        let kind = kind.to_lowercase();
        let singular = kind.strip_suffix("ies").map_or_else(
            || kind.strip_suffix('s').unwrap_or(&kind).to_string(),
            |stem| format!("{stem}y"),
        );
        [&kind, &singular]
            .iter()
            .any(|word| g.classes(word) & class::COMPANY_WORD != 0)
    })
}

/// The words before `text`'s end, nearest first, without punctuation around them.
fn words_before(text: &str) -> impl Iterator<Item = &str> {
    text.rsplit(char::is_whitespace)
        .skip_while(|w| w.is_empty())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
}

/// "Tyvak Nano-Satellite Systems, Inc.", "Acme Widgets, LLC": a legal form after a comma
/// ends the company's name, as it does without one; a person's name so ended was a
/// company's.
pub(super) fn legal_form_after_comma(text: &str, g: &Gazetteer, mentions: &mut [Explained]) {
    let mut were_people: Vec<&str> = Vec::new();
    for e in mentions.iter_mut() {
        let span = e.mention.span();
        if text.as_bytes().get(span.end) != Some(&b',') {
            continue;
        }
        let two_word_person = e.mention.label == Label::Person && span.slice(text).contains(' ');
        if e.mention.label != Label::Org && !two_word_person {
            continue;
        }
        let Some(rest) = text[span.end..].strip_prefix(", ") else {
            continue;
        };
        let word_len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
        let word = &rest[..word_len];
        let ends = rest[word_len..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '.' | ',' | ' ' | ')' | ';' | '\n' | '\r'));
        if word_len < 2 || !ends || g.classes(word) & class::CORP_SUFFIX == 0 {
            continue;
        }
        // "Inc.", "Corp.": a short form keeps its full stop; "LLC" and "GmbH" have none.
        let short_form = word_len <= 4 && word.bytes().skip(1).any(|b| b.is_ascii_lowercase());
        let stop = short_form && rest[word_len..].starts_with('.');
        let end = span.end + 2 + word_len + usize::from(stop);
        e.mention.set_span(ByteSpan::new(span.start, end));
        e.mention.label = Label::Org;
        if two_word_person {
            e.reason = Reason::HeadWord;
            were_people.push(span.slice(text));
        }
    }
    // The company's other mentions, without the legal form, were read as the same person.
    if were_people.is_empty() {
        return;
    }
    for e in mentions.iter_mut() {
        if e.mention.label == Label::Person && were_people.contains(&e.mention.text(text)) {
            e.mention.label = Label::Org;
            e.reason = Reason::ArticleConsistency;
        }
    }
}
