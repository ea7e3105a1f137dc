//! "Aisha's Salon and Spa", "Grauman’s Chinese Theater", "Fisherman’s Terminal": a shop, a
//! venue or a firm named for someone in the possessive. A person's possessive is followed by
//! what they have, in lowercase ("Aisha's mother"); capitalised words after it, that no rule
//! read as a name of their own, are the rest of one name with it.
//!
//! The owner is a word no rule could read, or one read only by its shape or its place: a
//! given name or surname alone, or a word after "at" or "in" ("at Grauman’s"). A name the
//! gazetteer knows keeps its own possessive ("Obama’s White House", "Apple’s iPhone").

use super::super::gazetteer::{Gazetteer, class};
use super::super::{Label, Mention};
use super::{Explained, Reason};
use crate::text::ByteSpan;

/// Joins each owner of `owners` (words no mention covers) or of `mentions` to the
/// capitalised name after its possessive, as one organisation, or a facility when the name
/// ends in a facility's word. `mentions` stay in order.
pub(super) fn join(text: &str, g: &Gazetteer, owners: &[ByteSpan], mentions: &mut Vec<Explained>) {
    let mut found: Vec<Explained> = Vec::new();
    let owners_read = (mentions.iter())
        .filter(|e| may_own_a_name(text, e))
        .map(|e| e.mention.span());
    for owner in owners_read.chain(owners.iter().copied()) {
        let Some(name) = name_after_possessive(text, owner.end) else {
            continue;
        };
        let whole = ByteSpan::new(owner.start, name.end);
        if read_apart(mentions, name) {
            continue;
        }
        let last = text[name.start..name.end]
            .rsplit(' ')
            .next()
            .unwrap_or_default();
        let classes = g.classes(last);
        let label = if classes & class::FAC_SUFFIX != 0 {
            Label::Fac
        } else if classes & class::LOC_SUFFIX != 0 {
            Label::Loc
        } else if classes & class::ORG_SUFFIX != 0 || is_shop_word(last) {
            Label::Org
        } else {
            // "Innovator’s Dilemma", "Valentine’s Day": no word of a place or a body.
            continue;
        };
        // "Agency's Future Technology Advisory Panel": a word of the language owns things
        // of its own; only a place is named for one ("Fisherman’s Terminal").
        if label == Label::Org && g.is_ordinary_word(owner.slice(text)) {
            continue;
        }
        found.push(Explained {
            mention: Mention::spanning(whole, label),
            reason: Reason::PossessiveName,
        });
    }
    if found.is_empty() {
        return;
    }
    found.sort_unstable_by_key(|e| e.mention.span().start);
    // "A’s B’s Salon" gives two owners of one name: the first, the longer, stays.
    let mut end = 0;
    found.retain(|e| {
        let span = e.mention.span();
        let apart = span.start >= end;
        if apart {
            end = span.end;
        }
        apart
    });
    // The owner's mention and a suffix rule's reading of the name give way to the whole;
    // both lists are in order, so one walk finds them.
    let mut next = 0;
    mentions.retain(|e| {
        let span = e.mention.span();
        while found
            .get(next)
            .is_some_and(|f| f.mention.span().end <= span.start)
        {
            next += 1;
        }
        !found.get(next).is_some_and(|f| {
            let whole = f.mention.span();
            whole.start <= span.start && span.end <= whole.end
        })
    });
    super::merge::merge_by_start(mentions, found);
}

/// Words that end the names of shops and places to eat, which the gazetteer's suffix words
/// leave out: "Aisha's Salon and Spa", "Procento’s Pizzeria".
fn is_shop_word(word: &str) -> bool {
    matches!(
        word,
        "Bakery"
            | "Bar"
            | "Boutique"
            | "Cafe"
            | "Café"
            | "Deli"
            | "Diner"
            | "Farm"
            | "Garage"
            | "Grill"
            | "Inn"
            | "Kitchen"
            | "Market"
            | "Motel"
            | "Pizza"
            | "Pizzeria"
            | "Pub"
            | "Ranch"
            | "Restaurant"
            | "Salon"
            | "Shop"
            | "Spa"
            | "Store"
            | "Tavern"
    )
}

/// Whether mention `e` is a one-word owner read only by its shape or its place.
fn may_own_a_name(text: &str, e: &Explained) -> bool {
    let shape_or_place = match e.mention.label {
        Label::Person => matches!(e.reason, Reason::GivenNameAlone | Reason::SurnameAlone),
        Label::Gpe => e.reason == Reason::PlacePreposition,
        _ => false,
    };
    shape_or_place && !e.mention.text(text).contains(' ')
}

/// The capitalised words right after a possessive "’s " at `end`: a run of words that open
/// with a capital, joined by single spaces, with "and", "&" or "of" inside before another
/// capitalised word ("Salon and Spa").
fn name_after_possessive(text: &str, end: usize) -> Option<ByteSpan> {
    let rest = &text[end..];
    let after = rest
        .strip_prefix("’s ")
        .or_else(|| rest.strip_prefix("'s "))?;
    let start = end + (rest.len() - after.len());
    let word_at = |at: usize| {
        let rest = &text[at..];
        if rest.starts_with('&') {
            return "&";
        }
        let len = rest
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '’' | '\'')))
            .unwrap_or(rest.len());
        &rest[..len]
    };
    let mut name_end = start;
    let mut at = start;
    loop {
        let word = word_at(at);
        if word.starts_with(char::is_uppercase) {
            name_end = at + word.len();
        } else if !(matches!(word, "and" | "of" | "&") && name_end > start) {
            break;
        }
        let next = at + word.len();
        if !text[next..].starts_with(' ') {
            break;
        }
        at = next + 1;
    }
    (name_end > start).then(|| ByteSpan::new(start, name_end))
}

/// Whether a mention of `mentions` reads `name`, or part of it, as a name of its own: one the
/// gazetteer knows or another rule found ("Obama’s White House"). A name read only by its
/// facility or organisation word ("Chinese Theater") is part of the whole.
fn read_apart(mentions: &[Explained], name: ByteSpan) -> bool {
    let from = mentions.partition_point(|e| e.mention.span().end <= name.start);
    mentions[from..]
        .iter()
        .take_while(|e| e.mention.span().start < name.end)
        .any(|e| {
            let span = e.mention.span();
            let by_its_head = span == name
                && e.reason == Reason::HeadWord
                && matches!(e.mention.label, Label::Fac | Label::Org);
            !by_its_head
        })
}
