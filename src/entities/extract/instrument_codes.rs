//! Market data codes that wire copy writes after an index, a currency or a future: ".DJI",
//! "US10YT=RR", "EUR=", "LCOc1", and the tickers of shares: "(NASDAQ: AAPL)", "(AMZN
//! 3.60%)", "(RELI.NS)". They are look-up keys for a terminal, no names: read before any
//! other rule, they are claimed so that none reads them.

use super::{Explained, Reason, joined_heads};
use crate::entities::Label;
use crate::entities::token::{Kind, Token};
use crate::text::ByteSpan;

/// Claims the tokens of every market data code on the line.
pub(super) fn claim(line: &str, tokens: &[Token], claimed: &mut [bool]) {
    let bytes = line.as_bytes();
    // One-byte punctuation `p` written onto the token before or after (no space between).
    let punct_at = |i: usize, p: u8| {
        tokens
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && t.end == t.start + 1 && bytes[t.start] == p)
    };
    for k in 0..tokens.len() {
        let t = tokens[k];
        if !t.is_cap_word() {
            continue;
        }
        // ".DJI", ".SPX": a stop written onto the code, after a space.
        let dotted =
            k > 0 && !t.space_before && punct_at(k - 1, b'.') && tokens[k - 1].space_before;
        // "EUR=", "US10YT=RR": an equals sign written after it, and the source after that.
        let equals = punct_at(k + 1, b'=') && !tokens[k + 1].space_before;
        if dotted {
            claimed[k - 1] = true;
        }
        if equals {
            claimed[k + 1] = true;
            if tokens
                .get(k + 2)
                .is_some_and(|n| n.kind == Kind::Word && !n.space_before)
            {
                claimed[k + 2] = true;
            }
        }
        let ends_in_digit = bytes[t.end - 1].is_ascii_digit();
        // "NASDAQ: AAPL": a ticker after its exchange and a colon; "(AMZN 3.60%)": one in
        // brackets before the day's change.
        let after_exchange = k >= 2
            && punct_at(k - 1, b':')
            && is_exchange(tokens[k - 2].text(line))
            && is_short_code(t.text(line));
        let before_change = k > 0
            && punct_at(k - 1, b'(')
            && tokens.get(k + 1).is_some_and(|n| n.kind == Kind::Number)
            && punct_at(k + 2, b'%')
            && is_short_code(t.text(line));
        if dotted
            || equals
            || after_exchange
            || before_change
            || (ends_in_digit && is_continuation_code(t.text(line)))
        {
            claimed[k] = true;
        }
        // "(RELI.NS)", "(AAPL.O, MSFT.O)": a share's code with its exchange's letters after a
        // stop, written whole inside brackets, as Reuters writes them after a company.
        let listed_code = k > 0
            && (punct_at(k - 1, b'(') || punct_at(k - 1, b','))
            && punct_at(k + 1, b'.')
            && !tokens[k + 1].space_before
            && tokens.get(k + 2).is_some_and(|n| {
                n.is_cap_word() && !n.space_before && (1..=2).contains(&n.text(line).len())
            })
            && (punct_at(k + 3, b')') || punct_at(k + 3, b','))
            && is_short_code(t.text(line));
        if listed_code {
            claimed[k..k + 3].fill(true);
        }
    }
}

/// Whether a share's code in brackets comes right after `end`: " (RELI.NS)", " (NASDAQ:
/// AAPL)", " (ticker: ZVX)", " (AMZN 3.60%)". What it follows is a listed company.
pub(super) fn share_code_follows(text: &str, end: usize) -> bool {
    let Some(inside) = text[end..].strip_prefix(" (") else {
        return false;
    };
    let Some(inside) = inside.split_once(')').map(|(inside, _)| inside) else {
        return false;
    };
    if inside.len() > 24 {
        return false;
    }
    // "RELI.NS": the code and its exchange's letters.
    if let Some((code, exchange)) = inside.split_once('.').filter(|_| !inside.contains(' ')) {
        return is_short_code(code)
            && (1..=2).contains(&exchange.len())
            && exchange.bytes().all(|b| b.is_ascii_uppercase());
    }
    // "NASDAQ: AAPL", "ticker: ZVX".
    if let Some((exchange, code)) = inside.split_once(':') {
        return is_exchange(exchange.trim()) && is_short_code(code.trim());
    }
    // "AMZN 3.60%": the code and the day's change.
    inside.split_once(' ').is_some_and(|(code, change)| {
        is_short_code(code)
            && change.ends_with('%')
            && change[..change.len() - 1]
                .trim_start_matches(['+', '-'])
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'.')
    })
}

/// Relabels as an organisation a name read as another kind that a share's code follows:
/// "Lanco Infratech (LAIN.NS)" is no person, "Activision Blizzard (ATVI 0.34%)" no product.
/// A company named as two names joined by "and" ("Larsen and Toubro (LART.NS)") is read
/// whole. The company's other mentions of the same words, read as the same other kind, are
/// the company too.
pub(super) fn listed_companies(text: &str, mentions: &mut [Explained]) {
    let mut relabelled: Vec<(&str, Label)> = Vec::new();
    for k in 0..mentions.len() {
        let span = mentions[k].mention.span();
        let label = mentions[k].mention.label;
        // Most names are followed by no bracket: turned away by two bytes.
        let bracket = text.as_bytes().get(span.end..span.end + 2) == Some(b" (");
        if !bracket
            || !is_other_kind(label) && label != Label::Org
            || !share_code_follows(text, span.end)
        {
            continue;
        }
        if label != Label::Org {
            mentions[k].mention.label = Label::Org;
            mentions[k].reason = Reason::ListedShare;
            let name = (span.slice(text), label);
            if !relabelled.contains(&name) {
                relabelled.push(name);
            }
        }
        let previous_end = k
            .checked_sub(1)
            .map_or(0, |p| mentions[p].mention.span().end);
        if let Some(start) = joined_heads::capitalised_word_joined_before(text, span.start)
            && start >= previous_end
        {
            mentions[k].mention.set_span(ByteSpan::new(start, span.end));
        }
    }
    if relabelled.is_empty() {
        return;
    }
    for e in mentions
        .iter_mut()
        .filter(|e| is_other_kind(e.mention.label))
    {
        let name = e.mention.text(text);
        if relabelled.contains(&(name, e.mention.label)) {
            e.mention.label = Label::Org;
            e.reason = Reason::ListedShare;
        }
    }
}

/// The kinds a listed company's name may be read as for want of its code: a person's name
/// by its shape, a product, a place, a building.
fn is_other_kind(label: Label) -> bool {
    matches!(
        label,
        Label::Person | Label::Product | Label::Gpe | Label::Fac
    )
}

/// A future's continuation code: capitals, a lowercase "c" and the month's number ("LCOc1",
/// "CLc1").
pub(super) fn is_continuation_code(word: &str) -> bool {
    let Some(stem) = word
        .strip_suffix(|c: char| c.is_ascii_digit())
        .and_then(|w| w.strip_suffix('c'))
    else {
        return false;
    };
    is_short_code(stem)
}

/// Stock exchanges and markets that news names before a ticker and a colon, and the word
/// "ticker" itself ("(ticker: SSH)").
pub(super) fn is_exchange(word: &str) -> bool {
    matches!(
        word,
        "ticker"
            | "symbol"
            | "NASDAQ"
            | "Nasdaq"
            | "NYSE"
            | "NYSEARCA"
            | "NYSEAMERICAN"
            | "AMEX"
            | "OTC"
            | "OTCMKTS"
            | "OTCQB"
            | "OTCQX"
            | "TSX"
            | "TSXV"
            | "LSE"
            | "ASX"
            | "NSE"
            | "BSE"
            | "HKEX"
            | "SGX"
            | "TYO"
            | "ETR"
            | "EPA"
    )
}

/// One to five capitals: a share's ticker ("F", "AAPL", "GOOGL") or a future's stem ("LCO").
fn is_short_code(word: &str) -> bool {
    (1..=5).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}
