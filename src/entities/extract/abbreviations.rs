//! Names written as abbreviations in capitals that no rule could read: "LSEG", "NBA", "BTS".
//! News writes an organisation's short form in capitals without defining it when readers
//! know it; common abbreviations that name no one ("CEO", "GDP", "AI") are listed here and
//! left alone, as is a word the article also writes in lowercase ("LIVE" and "live").

use super::{Explained, Reason};
use crate::entities::Label;
use crate::entities::gazetteer::{FastHash, Gazetteer};
use crate::entities::group::initials::{initials, is_acronym};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// Abbreviations in capitals that are common nouns, units, titles or terms, not names.
const COMMON: &[&str] = &[
    // Roles and titles.
    "CEO", "CFO", "COO", "CTO", "CIO", "CMO", "MP", "MEP", "MD", "PM", "VP", "GM", "QC", "KC",
    "OBE", "MBE", "CBE", "MBA", "BA", "MA", "RN", "DJ", "MC", // Economy and finance.
    "GDP", "GNP", "CPI", "PPI", "PMI", "IPO", "ETF", "VAT", "EPS", "ROI", "ESG", "M&A", "B2B",
    "SME", "FX", "AUM", "YTD", "YOY", "QOQ", "LNG", "EV", "R&D", "P&L", "EBITDA", "EBIT", "CAGR",
    "ARPU", "NAV", "NPA", "P/E", "MSRP", "APR", "KPI", "GAAP",
    "IFRS", // Technology and media.
    "AI", "AGI", "IT", "TV", "PC", "OS", "UI", "UX", "API", "USB", "GPS", "GPU", "CPU", "LED",
    "LCD", "OLED", "SIM", "SMS", "URL", "PDF", "FAQ", "VR", "AR", "XR", "5G", "4G", "3D", "2D",
    "HD", "4K", "RAM", "SSD", "DNS", "VPN", "IP", "NFT", "NFTs", "AM", "FM", "CD", "DVD", "CCTV",
    "LLM", "GB", "MB", "TB", "KB", "HDR", "HDMI", "FPS", "IR", "RGB", "NFC", "LTE", "HDD", "RPM",
    "DPI", "LAN", "WAN", "WLAN", "MP3", "MP4", "JPEG", "GIF", "PNG", "HTML", "SEO", "CTR", "CPM",
    "CPC", "DVR", "FPGA", "ADC", "DAC", "SDK", "GUI", "CLI", "IDE", "OEM", "SQL", "JSON", "XML",
    "CSS", "HTTP", "HTTPS", "TCP", "UDP", "SSH", "BGP", "CORS", "AJAX", "EP",
    "EDM", // Health and science.
    "DNA", "RNA", "HIV", "AIDS", "COVID", "ICU", "ER", "MRI", "CT", "BMI", "IVF", "PTSD", "ADHD",
    "ECG", "EKG", "CO2", "UV", "PPE", "GP", "H1N1", "H5N1", "H3N2", "PM2", "PM10", "PV", "AQI",
    // Sport statistics and terms.
    "MVP", "RBI", "ERA", "OPS", "VAR", "KO", "TKO", "QB", "WR", "OT", "PK",
    // Positions written before a player's name ("Browns DL Sheldon Richardson").
    "RB", "TE", "OL", "DL", "LB", "CB", "DT", "DE", "OLB", "ILB",
    // Time, measure and everyday words.
    "BC", "AD", "BCE", "CE", "GMT", "UTC", "EST", "EDT", "PST", "PDT", "CET", "CEST", "BST", "CST",
    "CDT", "MST", "MDT", "HST", "AKST", "ET", "PT", "IST", "JST", "KST", "HKT", "SGT", "AEST",
    "AEDT", "EET", "WET", "KM", "MPH", "ID", "OK", "VIP", "DIY", "FYI", "ASAP", "TBA", "TBD",
    "ETA", "PS", "NB", "RIP", "SUV", "HR", "PR", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "FY", "LGBT",
    "LGBTQ", "NGO", "FTA", "WMD", "IED", "SOS", "POW", "AWOL", "RSVP", "AKA", "ATM", "PIN", "RV",
    "ATV", "VHS", "GPA", "SAT", "HVAC", "CPR", "DUI", "DWI", "EMT", "EMS", "BBQ", "AWD", "FWD",
    "RWD", "4WD", "BFF", // Chat and forum shorthand.
    "LOL", "OMG", "IMHO", "IMO", "BTW", "TBH", "WTF", "FOMO", "YOLO", "TLDR",
];

/// Whether the line around `start` is shouted: three or more words in capitals and at least
/// half of its words, as in a heading written all in capitals, where capitals say nothing of
/// a name.
pub(super) fn in_shouted_line(text: &str, start: usize) -> bool {
    let line = super::line_holding(text, start, start);
    let words = line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic));
    let (mut all, mut shouted) = (0, 0);
    for word in words {
        all += 1;
        if word.chars().count() >= 2 && word.chars().all(|c| !c.is_lowercase()) {
            shouted += 1;
        }
        // A paragraph's line is long: once the words left (each of two letters and a space
        // at least, when shouted) could no longer make half, the answer is known.
        let left = line.len() - (word.as_ptr() as usize - line.as_ptr() as usize) - word.len();
        if (all - shouted) > shouted + left / 3 + 1 {
            return false;
        }
    }
    shouted >= 3 && shouted * 2 >= all
}

/// Whether an article in capitals comes right before `start`: "A MAN has been found" opens a
/// British report in capitals, and no organisation's short form follows "A".
pub(super) fn after_an_article(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    ["A", "AN", "THE"].iter().any(|article| {
        before.strip_suffix(article).is_some_and(|rest| {
            rest.chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        })
    })
}

/// Whether `word` is a common abbreviation that names no one ("CEO", "GB", "HDR").
pub(super) fn is_common(word: &str) -> bool {
    // Most words asked are names in lowercase after a capital: no look-up for them. Known
    // names in capitals ("US", "EU") are asked often: a set, not the list.
    static SET: LazyLock<HashSet<&str>> = LazyLock::new(|| COMMON.iter().copied().collect());
    let capitals = word.bytes().skip(1).all(|b| !b.is_ascii_lowercase());
    capitals && SET.contains(word)
}

/// Whether a number other than a year comes right before `start`: "12 GB", "60 FPS", "2 AA
/// batteries" count units. "In 2019 NATO met" names an alliance after a year.
pub(super) fn after_a_count(text: &str, start: usize) -> bool {
    let Some(before) = text[..start].strip_suffix(' ') else {
        return false;
    };
    let number = before
        .rsplit(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .next()
        .unwrap_or_default();
    let year = number.len() == 4
        && number
            .parse::<u16>()
            .is_ok_and(|y| (1000..=2100).contains(&y));
    number.bytes().next().is_some_and(|b| b.is_ascii_digit()) && !year
}

/// Whether `word` is written in capitals and three letters long or more: "VIDEO", "TRUMP".
pub(super) fn is_in_capitals(word: &str) -> bool {
    word.len() >= 3 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `word` is a word of the language written in capitals, for emphasis or in a
/// shouted heading ("VIDEO", "FIX", "ANY"): no abbreviation. The bodies whose abbreviation
/// is a word ("WHO", "ICE") are known names, read before this is asked.
pub(super) fn is_shouted_word(word: &str, g: &Gazetteer) -> bool {
    is_in_capitals(word) && g.is_ordinary_word(word)
}

/// Whether `word` reads as an organisation's abbreviation: two to six characters, capital
/// letters (digits and "&" allowed after the first), at least two letters, and not a common
/// abbreviation.
pub(super) fn names_an_organisation(word: &str) -> bool {
    let length = word.chars().count();
    let mut chars = word.chars();
    let first_is_capital = chars.next().is_some_and(|c| c.is_uppercase());
    let rest_ok = chars.all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&');
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    // "D66", "G20": one letter and a number.
    let numbered = letters == 1 && length >= 3;
    (2..=6).contains(&length)
        && first_is_capital
        && rest_ok
        && (letters >= 2 || numbered)
        && !is_common(word)
}

/// Whether `word` is a coined name with a capital inside, after lowercase letters:
/// "WeWork", "GitHub", "SoftBank", "iPhone". Such words name companies and products; the
/// family names and given names written so open with a particle ("McKinley", "MacArthur",
/// "LeBron", "DeShawn", "DiMaggio", "LaGrange", "VanDyke", "O'Neil").
pub(super) fn is_camel_case(word: &str) -> bool {
    const NAME_OPENERS: &[&str] = &[
        "Mc", "Mac", "Le", "La", "De", "Da", "Di", "Du", "Van", "Von",
    ];
    let bytes = word.as_bytes();
    let inner_capital = bytes
        .windows(2)
        .position(|pair| pair[0].is_ascii_lowercase() && pair[1].is_ascii_uppercase());
    let Some(before) = inner_capital else {
        return false;
    };
    let opener = &word[..before + 1];
    word.len() >= 4
        && word.bytes().all(|b| b.is_ascii_alphabetic())
        && !NAME_OPENERS.contains(&opener)
}

/// The networks whose local stations go by the network and their channel: "ABC13", "NBC4".
const NETWORKS: &[&str] = &["ABC", "CBS", "NBC", "FOX", "CW", "PBS"];

/// Whether `word` is a US broadcaster's call sign ("WSVN", "KTLA") or a network: what a
/// channel number after it makes a station ("WSVN 7", "FOX 5"), not a model.
pub(super) fn names_a_broadcaster(word: &str) -> bool {
    let bytes = word.as_bytes();
    let call_sign = (3..=4).contains(&bytes.len())
        && matches!(bytes[0], b'K' | b'W')
        && bytes.iter().all(u8::is_ascii_uppercase);
    call_sign || NETWORKS.contains(&word)
}

/// Whether `word` is a broadcaster with its channel written on ("ABC13", "KHOU11"): a local
/// station.
pub(super) fn names_a_station(word: &str) -> bool {
    let letters = word.bytes().take_while(u8::is_ascii_uppercase).count();
    let channel = &word.as_bytes()[letters..];
    (1..=2).contains(&channel.len())
        && channel.iter().all(u8::is_ascii_digit)
        && names_a_broadcaster(&word[..letters])
}

/// Whether `word` is two or more capitals and then a number, or a model's code: a model
/// ("PS4", "PB100", "RTX4090", "A380").
pub(super) fn names_a_model(word: &str) -> bool {
    let letters = word.bytes().take_while(u8::is_ascii_uppercase).count();
    let digits = &word.as_bytes()[letters..];
    let two_capitals = letters >= 2 && !digits.is_empty() && digits.iter().all(u8::is_ascii_digit);
    two_capitals || is_model_code(word)
}

/// Whether `word` is a model's code: one capital, three or four digits and perhaps lowercase
/// letters ("A380", "A330neo", "B737"). One capital and fewer digits names a group as often
/// ("G20", "D66").
pub(super) fn is_model_code(word: &str) -> bool {
    let bytes = word.as_bytes();
    let digits = bytes
        .iter()
        .skip(1)
        .take_while(|b| b.is_ascii_digit())
        .count();
    bytes.first().is_some_and(u8::is_ascii_uppercase)
        && (3..=4).contains(&digits)
        && bytes[1 + digits..].iter().all(u8::is_ascii_lowercase)
}

/// The length of a model's number joined by a hyphen at `at` in `text` ("-30" of
/// "LGP-30"), if one is there: a hyphen, one to four digits, and the word's end.
pub(super) fn model_number_after(text: &str, at: usize) -> Option<usize> {
    let rest = text.as_bytes().get(at..)?;
    let digits = rest
        .get(1..)?
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let ends = rest
        .get(1 + digits)
        .is_none_or(|b| !b.is_ascii_alphanumeric());
    (rest.first() == Some(&b'-') && (1..=4).contains(&digits) && ends).then_some(1 + digits)
}

/// Nouns for what a method, a scheme or a test is, after which an abbreviation names that
/// thing, not a body: "the CRISPR system", "GCSE results", "the DACA program".
const THING_NOUNS: &[&str] = &[
    "system",
    "systems",
    "program",
    "programs",
    "programme",
    "programmes",
    "scheme",
    "exam",
    "exams",
    "examination",
    "test",
    "tests",
    "results",
    "grades",
    "certificate",
    "qualification",
    "qualifications",
    "class",
    "course",
    "curriculum",
    "cycle",
    "standard",
    "standards",
    "protocol",
    "format",
    "technology",
    "technique",
    "method",
    "gene",
    "genes",
    "mutation",
    "mutations",
    "protein",
    "proteins",
    "receptor",
    "receptors",
    "enzyme",
    "inhibitor",
    "inhibitors",
    "antibodies",
    "levels",
    "infection",
    "infections",
    "editing",
    "therapy",
    "vaccine",
    "recipients",
    "status",
];

/// Drops the abbreviations read as organisations for want of a better reason that the
/// article once writes before a noun for a method, scheme or test ("the CRISPR system"):
/// every mention of it names that thing, which is no entity of the guideline.
pub(super) fn drop_names_of_things(text: &str, mentions: &mut Vec<Explained>) {
    let guessed = |e: &Explained| e.reason == Reason::Abbreviation;
    let things: HashSet<&str, FastHash> = (mentions.iter())
        .filter(|e| guessed(e))
        .filter(|e| THING_NOUNS.contains(&super::word_after(text, e.mention.span().end)))
        .map(|e| e.mention.text(text))
        .collect();
    if !things.is_empty() {
        mentions.retain(|e| !(guessed(e) && things.contains(e.mention.text(text))));
    }
}

/// "BVI" in an article that names the "British Virgin Islands": an abbreviation read as an
/// organisation for want of a better reason takes the kind of the one longer name of the
/// article whose initials it spells (a place here). Grouping then joins the two.
pub(super) fn take_kind_of_expansion(text: &str, mentions: &mut [Explained]) {
    let spelled =
        |e: &Explained| e.reason == Reason::Abbreviation && is_acronym(e.mention.text(text));
    let wanted: HashSet<&str, FastHash> = (mentions.iter())
        .filter(|e| spelled(e))
        .map(|e| e.mention.text(text))
        .collect();
    if wanted.is_empty() {
        return;
    }
    // The names of other kinds than an organisation first, which are few: only where one of
    // them spells an abbreviation are the organisations' names read, which could spell it
    // too. A person's initials are no name.
    let first_letters = wanted
        .iter()
        .fold(0u32, |set, w| set | letter_bit(w.as_bytes()[0]));
    let may_spell = |name: &str| {
        name.as_bytes()
            .first()
            .is_some_and(|&b| letter_bit(b) & first_letters != 0)
            && name.contains(' ')
    };
    let mut kinds: Kinds = HashMap::default();
    let mut letters = String::new();
    // Notes the label of a name that spells an abbreviation; `new` lets it add one.
    let mut spell = |e: &Explained, kinds: &mut Kinds, new: bool| {
        let name = e.mention.text(text);
        if !may_spell(name) {
            return;
        }
        initials(name, &mut letters);
        let label = e.mention.label;
        if let Some(kind) = kinds.get_mut(letters.as_str()) {
            *kind = kind.filter(|&k| k == label);
        } else if new && wanted.contains(letters.as_str()) {
            kinds.insert(letters.clone(), Some(label));
        }
    };
    let other_kind = |e: &&Explained| {
        matches!(
            e.mention.label,
            Label::Gpe | Label::Loc | Label::Fac | Label::Event | Label::Law | Label::Product
        )
    };
    for e in mentions.iter().filter(other_kind) {
        spell(e, &mut kinds, true);
    }
    if kinds.is_empty() {
        return;
    }
    for e in mentions.iter().filter(|e| e.mention.label == Label::Org) {
        spell(e, &mut kinds, false);
    }
    for e in mentions.iter_mut().filter(|e| spelled(e)) {
        let kind = kinds.get(e.mention.text(text)).copied().flatten();
        if let Some(label) = kind.filter(|&label| label != e.mention.label) {
            e.mention.label = label;
            e.reason = Reason::InitialsOfName;
        }
    }
}

/// The label of the longer names each abbreviation spells; None where two kinds do.
type Kinds = HashMap<String, Option<Label>, FastHash>;

/// A bit for each capital letter, none for other bytes.
fn letter_bit(b: u8) -> u32 {
    if b.is_ascii_uppercase() {
        1 << (b - b'A')
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::{
        after_a_count, after_an_article, in_shouted_line, is_camel_case, model_number_after,
        names_a_model, names_an_organisation,
    };

    #[test]
    fn coined_names_have_a_capital_inside_but_family_names_open_with_a_particle() {
        for word in [
            "WeWork",
            "GitHub",
            "SoftBank",
            "iPhone",
            "PlayStation",
            "WoodSpring",
        ] {
            assert!(is_camel_case(word), "{word}");
        }
        for word in [
            "McKinley",
            "MacArthur",
            "LeBron",
            "DeShawn",
            "DiMaggio",
            "Paris",
            "NASA",
            "iOS",
        ] {
            assert!(!is_camel_case(word), "{word}");
        }
    }

    #[test]
    fn a_number_after_a_hyphen_ending_the_word_is_a_model_s() {
        let text = "LGP-30 and QV-10x and AB-12345 and CD-7.";
        assert_eq!(model_number_after(text, 3), Some(3));
        assert_eq!(model_number_after(text, text.find("-10x").unwrap()), None);
        assert_eq!(model_number_after(text, text.find("-12345").unwrap()), None);
        assert_eq!(model_number_after(text, text.find("-7").unwrap()), Some(2));
        assert_eq!(model_number_after(text, text.len()), None);
    }

    #[test]
    fn capitals_and_a_number_name_a_model_but_one_letter_and_a_number_do_not() {
        for word in ["PS4", "PB100", "RTX4090"] {
            assert!(names_a_model(word), "{word}");
        }
        for word in ["G20", "D66", "H5N1", "NBA", "4K", "PS"] {
            assert!(!names_a_model(word), "{word}");
        }
    }

    #[test]
    fn a_word_in_capitals_after_a_is_the_report_opening() {
        let text = "A MAN has been found. AN ANC official. Then NBA.";
        assert!(after_an_article(text, 2));
        assert!(after_an_article(text, text.find("ANC").expect("there")));
        assert!(!after_an_article(text, text.find("NBA").expect("there")));
    }

    #[test]
    fn a_word_in_capitals_after_a_count_is_its_unit_but_not_after_a_year() {
        let text = "It has 12 GB, 1,024 MB and 2 AA cells. In 2019 NATO met. The NBA.";
        for unit in ["GB", "MB", "AA"] {
            assert!(
                after_a_count(text, text.find(unit).expect("there")),
                "{unit}"
            );
        }
        for name in ["NATO", "NBA"] {
            assert!(
                !after_a_count(text, text.find(name).expect("there")),
                "{name}"
            );
        }
    }

    #[test]
    fn a_line_in_capitals_is_shouted() {
        let text = "A MAN WHO LIVED HERE\nThe NBA, BJP and NCP said so in the morning.";
        assert!(in_shouted_line(text, 2));
        assert!(!in_shouted_line(text, text.find("NBA").expect("there")));
    }

    #[test]
    fn short_forms_in_capitals_are_organisations() {
        for word in [
            "LSEG", "NBA", "MLB", "BTS", "ANC", "P&G", "NCAA", "AT&T", "D66",
        ] {
            assert!(names_an_organisation(word), "{word}");
        }
    }

    #[test]
    fn common_abbreviations_and_ordinary_words_are_not() {
        for word in [
            "CEO",
            "GDP",
            "AI",
            "OPS",
            "A",
            "Apple",
            "BANGLADESHI",
            "2G",
            "Q3",
            "IST",
            "BST",
        ] {
            assert!(!names_an_organisation(word), "{word}");
        }
    }
}
