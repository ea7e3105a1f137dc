//! The folded form of a name: what two spellings of one thing share. Accents, case and a
//! company's legal suffix do not make another entity ("López" / "Lopez", "Procter & Gamble
//! Co" / "Procter & Gamble"), so grouping compares names by this form.

use crate::entities::Label;

/// The legal designators a company's name may end with or leave out. Compared in lower case,
/// without a final full stop.
const CORPORATE_SUFFIXES: &[&str] = &[
    "co",
    "inc",
    "plc",
    "ltd",
    "corp",
    "llc",
    "llp",
    "limited",
    "corporation",
    "incorporated",
    "company",
    "ag",
    "sa",
    "nv",
    "gmbh",
    "s.a",
];

/// `name` in lower case without accents; for an organisation, also without its legal
/// suffix ("Procter & Gamble Co" → "procter & gamble") or web domain ("Snopes.com" →
/// "snopes"). Amounts, percentages and dates are
/// values as written and are only lower-cased.
pub(crate) fn fold(name: &str, label: Label) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        for lower in c.to_lowercase() {
            push_plain(lower, &mut out);
        }
    }
    if label == Label::Org {
        strip_corporate_suffix(&mut out);
        let site = crate::entities::extract::without_web_domain(&out).len();
        out.truncate(site);
    }
    out
}

/// Drops the legal designators at the end of a folded name ("…, inc." → "…"), but never
/// the whole name.
fn strip_corporate_suffix(name: &mut String) {
    loop {
        let trimmed = name.trim_end_matches([',', ' ', '&']);
        let Some((head, last)) = trimmed.rsplit_once(' ') else {
            return;
        };
        let word = last.trim_end_matches('.');
        if !CORPORATE_SUFFIXES.contains(&word) {
            let keep = trimmed.len();
            name.truncate(keep);
            return;
        }
        let head = head.trim_end_matches([',', ' ', '&']);
        if head.is_empty() {
            return;
        }
        let keep = head.len();
        name.truncate(keep);
    }
}

/// Pushes a lower-case letter without its accent ("é" → "e", "ß" → "ss").
fn push_plain(c: char, out: &mut String) {
    let plain = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'ĕ' => 'e',
        'ğ' | 'ģ' | 'ĝ' | 'ġ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'ĩ' => 'i',
        'ķ' => 'k',
        'ł' | 'ľ' | 'ļ' | 'ĺ' => 'l',
        'ñ' | 'ń' | 'ň' | 'ņ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' | 'ŕ' => 'r',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'ť' | 'ţ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' | 'ũ' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ž' | 'ż' => 'z',
        'ß' => return out.push_str("ss"),
        'æ' => return out.push_str("ae"),
        'œ' => return out.push_str("oe"),
        other => other,
    };
    out.push(plain);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_case_do_not_count() {
        assert_eq!(fold("López Obrador", Label::Person), "lopez obrador");
        assert_eq!(fold("Lopez OBRADOR", Label::Person), "lopez obrador");
        assert_eq!(fold("Dilan Yeşilgöz", Label::Person), "dilan yesilgoz");
    }

    #[test]
    fn a_company_s_legal_suffix_is_left_out() {
        for name in [
            "Procter & Gamble Co",
            "Procter & Gamble Co.",
            "Procter & Gamble, Inc.",
            "Procter & Gamble plc",
            "Procter & Gamble Ltd",
            "Procter & Gamble Corp",
            "Procter & Gamble",
        ] {
            assert_eq!(fold(name, Label::Org), "procter & gamble", "{name}");
        }
        assert_eq!(fold("Goldman Sachs & Co. LLC", Label::Org), "goldman sachs");
    }

    #[test]
    fn a_site_s_web_domain_is_left_out() {
        assert_eq!(fold("Snopes.com", Label::Org), "snopes");
        assert_eq!(fold("BBC.co.uk", Label::Org), "bbc");
        assert_eq!(fold("Amazon.com Inc.", Label::Org), "amazon");
        // Only a known domain, and never the whole name.
        assert_eq!(fold("Node.js", Label::Org), "node.js");
        assert_eq!(fold(".com", Label::Org), ".com");
    }

    #[test]
    fn a_name_that_is_only_a_suffix_or_not_a_company_stays() {
        assert_eq!(fold("Co", Label::Org), "co");
        assert_eq!(fold("Costa Co", Label::Person), "costa co");
    }
}
