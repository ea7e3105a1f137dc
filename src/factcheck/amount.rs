//! `Amount`: a MONEY or PERCENT mention normalised to a kind, a value in units and an
//! approximation, so "$7 billion+", "US$7bn" and "7,000 million dollars" compare.
//!
//! Parsing is rule-based and never fails loudly: text with no number and no scale word gives
//! `None`. Approximations come from the mention's own words ("about $8 billion"); those in its
//! context are [`super::approx::qualifier`]'s.

pub use super::approx::Approx;
use super::approx::{leading_approx, trailing_approx};
use std::fmt;

/// What an amount measures. Amounts of different kinds (or currencies) are never compared:
/// there are no exchange rates offline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AmountKind {
    Money {
        currency: Currency,
    },
    Percent,
    /// A count of things: "11,000 jobs" ([`super::count`]).
    Count {
        noun: super::count::Noun,
    },
}

/// A currency, from its sign, code or word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Currency {
    Usd,
    Jpy,
    Eur,
    Gbp,
    Cny,
    Inr,
    Krw,
    Aud,
    Cad,
    Hkd,
    /// A MONEY mention whose currency could not be told.
    Unknown,
}

impl Currency {
    /// The sign shown before a value: `$`, `¥`, `€`, ...
    pub fn sign(self) -> &'static str {
        match self {
            Currency::Usd => "$",
            Currency::Jpy => "¥",
            Currency::Eur => "€",
            Currency::Gbp => "£",
            Currency::Cny => "CN¥",
            Currency::Inr => "₹",
            Currency::Krw => "₩",
            Currency::Aud => "A$",
            Currency::Cad => "C$",
            Currency::Hkd => "HK$",
            Currency::Unknown => "¤",
        }
    }
}

/// A normalised amount: `value` is in units (8e9 for "$8 billion", 24.0 for "24%").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Amount {
    pub kind: AmountKind,
    pub value: f64,
    pub approx: Approx,
}

#[rustfmt::skip]
const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3), ("k", 1e3), ("lakh", 1e5), ("million", 1e6), ("mn", 1e6), ("mln", 1e6),
    ("m", 1e6), ("crore", 1e7), ("billion", 1e9), ("bn", 1e9), ("bln", 1e9), ("b", 1e9),
    ("trillion", 1e12), ("tn", 1e12), ("trn", 1e12), ("tr", 1e12),
];

#[rustfmt::skip]
const NUMBER_WORDS: &[(&str, f64)] = &[
    ("a", 1.0), ("an", 1.0), ("one", 1.0), ("two", 2.0), ("three", 3.0), ("four", 4.0),
    ("five", 5.0), ("six", 6.0), ("seven", 7.0), ("eight", 8.0), ("nine", 9.0), ("ten", 10.0),
    ("eleven", 11.0), ("twelve", 12.0), ("fifteen", 15.0), ("twenty", 20.0), ("thirty", 30.0),
    ("fifty", 50.0), ("hundred", 100.0), ("half", 0.5), ("dozen", 12.0),
];

#[rustfmt::skip]
const CURRENCY_WORDS: &[(&str, Currency)] = &[
    ("dollars", Currency::Usd), ("dollar", Currency::Usd), ("usd", Currency::Usd),
    ("yen", Currency::Jpy), ("jpy", Currency::Jpy), ("euros", Currency::Eur),
    ("euro", Currency::Eur), ("eur", Currency::Eur), ("pounds", Currency::Gbp),
    ("pound", Currency::Gbp), ("sterling", Currency::Gbp), ("gbp", Currency::Gbp),
    ("yuan", Currency::Cny), ("renminbi", Currency::Cny), ("rmb", Currency::Cny),
    ("cny", Currency::Cny), ("rupees", Currency::Inr), ("rupee", Currency::Inr),
    ("inr", Currency::Inr), ("won", Currency::Krw), ("krw", Currency::Krw),
];

/// Words before a `$` (or "dollars") that name a dollar other than the US one.
#[rustfmt::skip]
const DOLLAR_PREFIXES: &[(&str, Currency)] = &[
    ("us", Currency::Usd), ("a", Currency::Aud), ("au", Currency::Aud),
    ("australian", Currency::Aud), ("c", Currency::Cad), ("ca", Currency::Cad),
    ("canadian", Currency::Cad), ("hk", Currency::Hkd),
];

#[derive(Debug, PartialEq)]
enum Token<'a> {
    Number(f64),
    Word(&'a str),
    Sym(char),
}

/// Splits lower-cased text into numbers (`1,200.5`), alphabetic words and single symbols;
/// `joined` tells whether the token touches the one before it (no space between).
fn tokens(lower: &str) -> Vec<(Token<'_>, bool)> {
    let mut out = Vec::new();
    let mut chars = lower.char_indices().peekable();
    let mut last_end = usize::MAX;
    while let Some((i, c)) = chars.next() {
        let joined = last_end == i;
        let mut end = i + c.len_utf8();
        if c.is_ascii_digit() {
            while let Some(&(j, d)) = chars.peek() {
                let next_is_digit = lower[j + d.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(|n| n.is_ascii_digit());
                if d.is_ascii_digit() || ((d == ',' || d == '.') && next_is_digit) {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let digits: String = lower[i..end].chars().filter(|&d| d != ',').collect();
            if let Ok(n) = digits.parse::<f64>() {
                out.push((Token::Number(n), joined));
            }
        } else if c.is_alphabetic() {
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphabetic() {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            out.push((Token::Word(&lower[i..end]), joined));
        } else if !c.is_whitespace() {
            out.push((Token::Sym(c), joined));
        }
        last_end = end;
    }
    out
}

fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table.iter().find(|(w, _)| *w == word).map(|&(_, t)| t)
}

impl Amount {
    /// Parses an amount from a mention's text alone: "$8 billion", "¥2.18 trillion",
    /// "22 per cent", "24%", "US$5bn", "trillion-dollar", "about 3 million euros".
    /// `None` when the text names neither a currency nor a percentage, or has no number and
    /// no scale word.
    pub fn parse(text: &str) -> Option<Amount> {
        Amount::read(text, None)
    }

    /// Like [`Amount::parse`], with the kind taken from the mention's label when the text does
    /// not say it (`percent` for a PERCENT mention, an unknown currency otherwise).
    pub fn parse_as(text: &str, percent: bool) -> Option<Amount> {
        let kind = if percent {
            AmountKind::Percent
        } else {
            AmountKind::Money {
                currency: Currency::Unknown,
            }
        };
        Amount::read(text, Some(kind))
    }

    /// Reads an amount whose kind the text names, or else is `fallback`; qualifying words
    /// ("about", "+") are read only when the text names the kind.
    fn read(text: &str, fallback: Option<AmountKind>) -> Option<Amount> {
        let lower = text.to_lowercase();
        let tokens = tokens(&lower);
        let (value, implied) = value_of(&tokens)?;
        let unqualified = if implied {
            Approx::About
        } else {
            Approx::Exact
        };
        let (kind, approx) = match kind_of(&tokens) {
            Some(kind) => {
                let approx = leading_approx(&lower)
                    .or_else(|| trailing_approx(&lower))
                    .unwrap_or(unqualified);
                (kind, approx)
            }
            None => (fallback?, unqualified),
        };
        Some(Amount {
            kind,
            value,
            approx,
        })
    }

    /// Whether two amounts measure the same kind of thing (same currency, or both percent).
    pub fn is_comparable(&self, other: &Amount) -> bool {
        self.kind == other.kind
    }

    /// Whether two comparable amounts give the same value (within rounding, 0.5%).
    pub fn same_value(&self, other: &Amount) -> bool {
        self.is_comparable(other) && relative_gap(self.value, other.value) <= 0.005
    }

    /// The larger value over the smaller (`f64::INFINITY` when one is zero and the other not).
    pub fn ratio(&self, other: &Amount) -> f64 {
        let (lo, hi) = if self.value <= other.value {
            (self.value.abs(), other.value.abs())
        } else {
            (other.value.abs(), self.value.abs())
        };
        if lo == hi {
            1.0
        } else if lo == 0.0 {
            f64::INFINITY
        } else {
            hi / lo
        }
    }
}

fn relative_gap(a: f64, b: f64) -> f64 {
    let scale = a.abs().max(b.abs());
    if scale == 0.0 {
        0.0
    } else {
        (a - b).abs() / scale
    }
}

fn kind_of(tokens: &[(Token<'_>, bool)]) -> Option<AmountKind> {
    let mut currency = None;
    for (i, (token, joined)) in tokens.iter().enumerate() {
        let previous = i.checked_sub(1).map(|p| &tokens[p].0);
        match token {
            Token::Sym('%') => return Some(AmountKind::Percent),
            Token::Word("percent" | "pct" | "percentage") => return Some(AmountKind::Percent),
            Token::Word("cent") if matches!(previous, Some(Token::Word("per"))) => {
                return Some(AmountKind::Percent);
            }
            Token::Sym('$') => {
                let prefixed = match previous {
                    Some(Token::Word(w)) if *joined => lookup(DOLLAR_PREFIXES, w),
                    _ => None,
                };
                currency = currency.or(Some(prefixed.unwrap_or(Currency::Usd)));
            }
            Token::Sym('¥' | '￥') => currency = currency.or(Some(Currency::Jpy)),
            Token::Sym('€') => currency = currency.or(Some(Currency::Eur)),
            Token::Sym('£') => currency = currency.or(Some(Currency::Gbp)),
            Token::Sym('₹') => currency = currency.or(Some(Currency::Inr)),
            Token::Sym('₩') => currency = currency.or(Some(Currency::Krw)),
            Token::Word(w) => {
                if let Some(c) = lookup(CURRENCY_WORDS, w) {
                    let prefixed = match (c, previous) {
                        (Currency::Usd, Some(Token::Word(p))) => lookup(DOLLAR_PREFIXES, p),
                        _ => None,
                    };
                    currency = currency.or(Some(prefixed.unwrap_or(c)));
                }
            }
            _ => {}
        }
    }
    currency.map(|currency| AmountKind::Money { currency })
}

/// The value in units and whether it is only implied by a scale word ("trillion-dollar").
fn value_of(tokens: &[(Token<'_>, bool)]) -> Option<(f64, bool)> {
    let number_at = tokens.iter().position(|(t, _)| match t {
        Token::Number(_) => true,
        Token::Word(w) => lookup(NUMBER_WORDS, w).is_some() && !is_article_alone(tokens, w),
        Token::Sym(_) => false,
    });
    let Some(at) = number_at else {
        let scale = tokens.iter().find_map(|(t, _)| match t {
            Token::Word(w) if w.len() > 3 => lookup(SCALES, w),
            _ => None,
        })?;
        return Some((scale, true));
    };
    let mut value = match &tokens[at].0 {
        Token::Number(n) => *n,
        Token::Word(w) => lookup(NUMBER_WORDS, w)?,
        Token::Sym(_) => return None,
    };
    // Scale words after the number, possibly several ("half a billion", "5 thousand million").
    let mut rest = tokens[at + 1..].iter().peekable();
    while let Some((token, joined)) = rest.next() {
        match token {
            Token::Word("a" | "an") => {}
            Token::Word(w) => match lookup(SCALES, w) {
                // One-letter abbreviations only count when written against the number ("5m").
                Some(scale) if w.len() > 1 || *joined => value *= scale,
                _ => break,
            },
            Token::Sym('-') if rest.peek().is_some_and(|(_, j)| *j) => {}
            _ => break,
        }
    }
    Some((value, false))
}

/// "a" or "an" only counts as a number when a scale word follows it ("a billion dollars").
fn is_article_alone(tokens: &[(Token<'_>, bool)], word: &str) -> bool {
    if word != "a" && word != "an" {
        return false;
    }
    let at = tokens
        .iter()
        .position(|(t, _)| *t == Token::Word(word))
        .unwrap_or(0);
    !matches!(tokens.get(at + 1), Some((Token::Word(w), _)) if lookup(SCALES, w).is_some() && w.len() > 3)
}

impl fmt::Display for Amount {
    /// `≈ $8 bn`, `≥ $7 bn`, `¥2.18 tn`, `24%`, `$15,000`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.approx.sign())?;
        match self.kind {
            AmountKind::Percent => write!(f, "{}%", decimal(self.value)),
            AmountKind::Count { noun } => write!(f, "{} {}", grouped(self.value), noun.as_str()),
            AmountKind::Money { currency } => {
                let v = self.value;
                let (scaled, suffix) = if v.abs() >= 1e12 {
                    (v / 1e12, " tn")
                } else if v.abs() >= 1e9 {
                    (v / 1e9, " bn")
                } else if v.abs() >= 1e6 {
                    (v / 1e6, " m")
                } else {
                    return write!(f, "{}{}", currency.sign(), grouped(v));
                };
                write!(f, "{}{}{}", currency.sign(), decimal(scaled), suffix)
            }
        }
    }
}

/// At most three decimals, trailing zeros dropped: `2.18`, `15.5`, `8`.
fn decimal(v: f64) -> String {
    let s = format!("{v:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

/// A value under a million with thousands separators: `15,000`, `645.5`.
fn grouped(v: f64) -> String {
    let text = decimal(v);
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if frac.is_empty() {
        format!("{sign}{out}")
    } else {
        format!("{sign}{out}.{frac}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> String {
        Amount::parse(text).map_or_else(|| "-".to_string(), |a| a.to_string())
    }

    #[test]
    fn dollar_sign_and_scale_word_give_units() {
        let a = Amount::parse("$8 billion").unwrap();
        assert_eq!(a.value, 8e9);
        assert_eq!(
            a.kind,
            AmountKind::Money {
                currency: Currency::Usd
            }
        );
        assert_eq!(a.to_string(), "$8 bn");
    }

    #[test]
    fn signs_codes_and_words_name_the_currency() {
        assert_eq!(shown("¥2.18 trillion"), "¥2.18 tn");
        assert_eq!(shown("US$5bn"), "$5 bn");
        assert_eq!(shown("A$3.5m"), "A$3.5 m");
        assert_eq!(shown("€3.2 million"), "€3.2 m");
        assert_eq!(shown("£1,200"), "£1,200");
        assert_eq!(shown("1.5 trillion yen"), "¥1.5 tn");
        assert_eq!(shown("5 million dollars"), "$5 m");
        assert_eq!(shown("two billion euros"), "€2 bn");
        assert_eq!(shown("half a billion dollars"), "$500 m");
    }

    #[test]
    fn percentages_in_every_spelling_agree() {
        for text in ["22 per cent", "22%", "22 percent", "22 pct"] {
            assert_eq!(shown(text), "22%", "{text}");
        }
    }

    #[test]
    fn a_scale_word_alone_is_an_approximate_value() {
        assert_eq!(shown("trillion-dollar"), "≈ $1 tn");
        assert_eq!(shown("billion-dollar"), "≈ $1 bn");
    }

    #[test]
    fn approximations_inside_the_mention_count() {
        assert_eq!(shown("about $8 billion"), "≈ $8 bn");
        assert_eq!(shown("more than 20%"), "≥ 20%");
        assert_eq!(shown("up to €3bn"), "≤ €3 bn");
        assert_eq!(shown("$7 billion+"), "≥ $7 bn");
    }

    #[test]
    fn text_without_currency_or_percent_is_no_amount() {
        assert_eq!(Amount::parse("8 billion"), None);
        assert_eq!(Amount::parse("dollars"), None);
        assert_eq!(
            Amount::parse_as("8 billion", false).map(|a| a.to_string()),
            Some("¤8 bn".to_string())
        );
    }

    #[test]
    fn same_value_allows_rounding_but_not_a_different_figure() {
        let a = Amount::parse("$8 billion").unwrap();
        let b = Amount::parse("$8.02 billion").unwrap();
        let c = Amount::parse("$7 billion").unwrap();
        let yen = Amount::parse("¥8 billion").unwrap();
        assert!(a.same_value(&b));
        assert!(!a.same_value(&c));
        assert!(!a.same_value(&yen));
        assert!((a.ratio(&c) - 8.0 / 7.0).abs() < 1e-9);
    }
}
