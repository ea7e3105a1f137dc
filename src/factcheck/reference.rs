//! Checking the role ledger against a reference table of office holders with date ranges:
//! "Prime Minister Shinzo Abe" in a 2025 article is a finding ("Shinzo Abe was Prime Minister
//! of Japan 2012–2020"), and so is a name close to a holder's but not the same ("Robert
//! Hegseth" for the Secretary of Defense).
//!
//! The table ships as `assets/reference.ron` (built by `scripts/reference_holders.py`; source
//! and licence in README) and the reader extends it with `reference.ron` in the config folder
//! ([`Reference::load_user`]). An article's date is its `index.ron` date, or else the latest
//! year its dates mention (the article is from then or later), and the finding says which.

mod dating;
mod table;

pub use dating::ArticleDate;
pub use table::{Day, ReferenceError, ReferenceOffice, Term};

use super::discrepancy::{Discrepancy, DiscrepancyKind, Member, Value};
use super::roles::{Office, Role, RoleLedger, Vocabulary};
use crate::corpus::Corpus;
use crate::entities::{EntityIndex, Label};
use std::path::Path;
use std::sync::OnceLock;

/// The embedded table, as written.
pub const EMBEDDED_RON: &str = include_str!("../../assets/reference.ron");

/// The file name of the reader's own table in the config folder.
pub const USER_FILE: &str = "reference.ron";

/// Reference offices, each with the office read as the ledger reads one.
#[derive(Debug, Default)]
pub struct Reference {
    offices: Vec<ReferenceOffice>,
    /// `offices` read as the ledger reads them, on first use: reading an office's name asks
    /// the gazetteer, and the table is loaded before the first frame, which must not wait
    /// for the gazetteer to be built.
    read: OnceLock<Vec<Office>>,
}

impl Reference {
    pub fn new(offices: Vec<ReferenceOffice>) -> Self {
        Self {
            offices,
            read: OnceLock::new(),
        }
    }

    /// Each office as the ledger reads it, in table order.
    fn read_offices(&self) -> &[Office] {
        self.read
            .get_or_init(|| self.offices.iter().map(|o| office_of(&o.office)).collect())
    }

    /// A table read from `text`; errors name `file`.
    pub fn from_ron(text: &str, file: &Path) -> Result<Self, ReferenceError> {
        Ok(Self::new(table::from_ron(text, file)?))
    }

    /// The embedded table, parsed once per process.
    pub fn embedded() -> &'static Reference {
        static EMBEDDED: OnceLock<Reference> = OnceLock::new();
        // The embedded file is checked by a test, so failing here is a build defect.
        EMBEDDED.get_or_init(|| {
            Reference::new(
                table::from_ron(EMBEDDED_RON, Path::new("assets/reference.ron"))
                    .expect("assets/reference.ron parses"),
            )
        })
    }

    /// The embedded table extended by `reference.ron` in `config_dir`, if there is one: its
    /// offices are added, and its holders of an office the table has join them (replacing
    /// a holder of the same name).
    pub fn load_user(config_dir: &Path) -> Result<Reference, ReferenceError> {
        let file = config_dir.join(USER_FILE);
        let mut offices = table::from_ron(EMBEDDED_RON, Path::new("assets/reference.ron"))
            .map_err(|e| ReferenceError::Read {
                file: file.clone(),
                message: format!("the embedded table does not parse: {e}"),
            })?;
        let text = match std::fs::metadata(&file) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Reference::new(offices));
            }
            Err(e) => {
                return Err(ReferenceError::Read {
                    file,
                    message: e.to_string(),
                });
            }
            Ok(meta) if !meta.is_file() => {
                return Err(ReferenceError::Read {
                    file,
                    message: "not a regular file".to_string(),
                });
            }
            Ok(_) => std::fs::read_to_string(&file).map_err(|e| ReferenceError::Read {
                file: file.clone(),
                message: e.to_string(),
            })?,
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        for extra in table::from_ron(text, &file)? {
            match offices
                .iter_mut()
                .find(|o| o.country == extra.country && o.office == extra.office)
            {
                Some(known) => {
                    for term in extra.terms {
                        known.terms.retain(|t| t.name != term.name);
                        known.terms.push(term);
                    }
                }
                None => offices.push(extra),
            }
        }
        Ok(Reference::new(offices))
    }

    /// The table findings use: the one [`install`] set, else the embedded one.
    pub fn active() -> &'static Reference {
        ACTIVE.get().unwrap_or_else(|| Reference::embedded())
    }

    pub fn offices(&self) -> impl Iterator<Item = &ReferenceOffice> {
        self.offices.iter()
    }

    /// The reference office a role names: same country, same office.
    fn office_for(&self, role: &Role) -> Option<&ReferenceOffice> {
        let country = role.country.as_deref()?;
        (self.offices.iter().zip(self.read_offices()))
            .find(|(o, office)| o.country == country && office.is_same(&role.office))
            .map(|(o, _)| o)
    }
}

static ACTIVE: OnceLock<Reference> = OnceLock::new();

/// Makes `reference` the table of every later [`super::findings`] in this process (once; the
/// binary calls it at start, after [`Reference::load_user`]).
pub fn install(reference: Reference) {
    let _ = ACTIVE.set(reference);
}

/// An office name of the table read as the ledger reads a title: "Prime Minister", "Minister
/// of Finance", "Finance Minister", "Governor of the Bank of Japan".
fn office_of(name: &str) -> Office {
    let words = Vocabulary::embedded();
    let gazetteer = crate::app::indexing::gazetteer();
    let portfolio_keys = |text: &str| -> Vec<String> {
        text.split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !matches!(gazetteer.lookup(w), Some((Label::Gpe, _))))
            .filter_map(|w| words.portfolio_key(w))
            .collect()
    };
    let (title, mut portfolio) = match name.split_once(" of ") {
        Some((title, rest)) => (title.to_lowercase(), portfolio_keys(rest)),
        None => {
            let all: Vec<&str> = name.split_whitespace().collect();
            let cut = (0..all.len())
                .find(|&k| words.is_office(&all[k..].join(" ")))
                .unwrap_or(all.len().saturating_sub(1));
            (
                all[cut..].join(" ").to_lowercase(),
                portfolio_keys(&all[..cut].join(" ")),
            )
        }
    };
    portfolio.sort();
    portfolio.dedup();
    let is_office = words.is_office(&title);
    Office {
        shown: name.to_string(),
        single: is_office && (words.is_single(&title) || !portfolio.is_empty()),
        is_office,
        title,
        portfolio,
    }
}

/// The findings of the ledger against `reference`: one per role that the table contradicts,
/// in corpus order.
pub fn check(
    corpus: &Corpus,
    index: &EntityIndex,
    ledger: &RoleLedger,
    reference: &Reference,
) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    let mut dates: Vec<Option<Option<ArticleDate>>> = vec![None; corpus.articles.len()];
    for role in &ledger.roles {
        if !role.tense.is_holding() || !role.office.is_office {
            continue;
        }
        let Some(office) = reference.office_for(role) else {
            continue;
        };
        let Some(article) = corpus.articles.get(role.article().0) else {
            continue;
        };
        let date = *dates[role.article().0]
            .get_or_insert_with(|| ArticleDate::of(article, index.article_mentions(article.id)));
        if let Some(explanation) = contradiction(role, office, date) {
            out.push(Discrepancy {
                kind: DiscrepancyKind::Reference,
                members: vec![Member::new(
                    role.article(),
                    role.sentence(),
                    role.span(),
                    Value::Holder(role.name.clone()),
                )],
                shared: vec![format!("{} of {}", office.office, office.country)],
                explanation,
            });
        }
    }
    out
}

/// What the table says against `role` at the article's `date`, in one line.
fn contradiction(
    role: &Role,
    office: &ReferenceOffice,
    date: Option<ArticleDate>,
) -> Option<String> {
    let named = format!("{} of {}", office.office, office.country);
    let own: Vec<&Term> = office
        .terms
        .iter()
        .filter(|t| same_person(&role.name, &t.name))
        .collect();
    if own.is_empty() {
        // Not a holder the table knows: a near miss of one is a finding whatever the date.
        if let Some(near) = office.terms.iter().find(|t| near_miss(&role.name, &t.name)) {
            return Some(format!(
                "{} is not a name the reference has: {} was {named} {}",
                role.name,
                near.name,
                near.years()
            ));
        }
        let Some(ArticleDate::Given(day)) = date else {
            return None;
        };
        let holder = office.terms.iter().find(|t| t.covers(day))?;
        return Some(format!(
            "the reference names {} as {named} on {} (the article’s date in index.ron), not {}",
            holder.name,
            date_text(day),
            role.name
        ));
    }
    let years = own
        .iter()
        .rev()
        .map(|t| t.years())
        .collect::<Vec<_>>()
        .join(", ");
    let was = format!("{} was {named} {years}", own[0].name);
    match date? {
        ArticleDate::Given(day) => {
            if own.iter().any(|t| t.covers(day)) {
                return None;
            }
            let then = office
                .terms
                .iter()
                .find(|t| t.covers(day))
                .map_or(String::new(), |t| format!(", when it was {}", t.name));
            Some(format!(
                "{was}; the article is from {} (its date in index.ron){then}",
                date_text(day)
            ))
        }
        ArticleDate::Inferred { year } => {
            let first = Day(year * 10_000 + 101);
            if own.iter().any(|t| t.to.is_none_or(|to| to >= first)) {
                return None;
            }
            Some(format!(
                "{was}; the article is from {year} or later (inferred from the latest year it \
                 mentions)"
            ))
        }
    }
}

fn date_text(day: Day) -> String {
    let d = day.0;
    format!("{}-{:02}-{:02}", d / 10_000, d / 100 % 100, d % 100)
}

/// Whether a name in the text names the holder: the same name, or the holder's surname
/// alone ("Ishiba" for "Shigeru Ishiba"), ignoring case and accents' absence.
fn same_person(written: &str, holder: &str) -> bool {
    let (w, h) = (fold(written), fold(holder));
    w == h || h.rsplit(' ').next() == Some(w.as_str()) && !w.contains(' ')
}

/// Whether a name is close to a holder's without being it: the same surname with another
/// given name ("Robert Hegseth", "Pete Hegseth"), or one or two letters apart.
fn near_miss(written: &str, holder: &str) -> bool {
    if same_person(written, holder) {
        return false;
    }
    let (w, h) = (fold(written), fold(holder));
    let surname = |s: &str| s.rsplit(' ').next().map(str::to_string);
    let same_surname = w.contains(' ') && h.contains(' ') && surname(&w) == surname(&h);
    same_surname || (w.len() >= 8 && edit_distance(&w, &h) <= 2)
}

/// Lower-cased with the accents of Latin letters dropped ("Shinzō" → "shinzo").
fn fold(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            'ā' | 'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'ē' | 'é' | 'è' | 'ê' | 'ë' => 'e',
            'ī' | 'í' | 'ì' | 'î' | 'ï' => 'i',
            'ō' | 'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ū' | 'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'ğ' => 'g',
            'ş' => 's',
            'ı' => 'i',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_loaded_table_reads_its_offices_on_first_use_not_before() {
        // Loading happens before the first frame; reading offices waits for the gazetteer.
        let config = tempfile::tempdir().unwrap();
        let table = Reference::load_user(config.path()).unwrap();
        assert!(table.read.get().is_none());
        let count = table.offices().count();
        assert!(count > 0);
        assert_eq!(table.read_offices().len(), count);
        assert!(table.read.get().is_some());
    }

    #[test]
    fn the_embedded_table_parses() {
        assert!(table::from_ron(EMBEDDED_RON, Path::new("assets/reference.ron")).is_ok());
        assert!(Reference::embedded().offices().count() > 0);
    }

    #[test]
    fn office_names_are_read_as_the_ledger_reads_titles() {
        let finance = office_of("Minister of Finance");
        assert_eq!(
            (finance.title.as_str(), finance.portfolio.as_slice()),
            ("minister", &["finance".to_string()][..])
        );
        assert!(finance.is_same(&office_of("Finance Minister")));
        assert!(office_of("Prime Minister").single);
        assert!(office_of("Secretary of Defense").is_same(&office_of("Defence Secretary")));
    }

    #[test]
    fn names_match_by_surname_and_near_misses_are_told_apart() {
        assert!(same_person("Ishiba", "Shigeru Ishiba"));
        assert!(same_person("Shinzo Abe", "Shinzō Abe"));
        assert!(near_miss("Robert Hegseth", "Pete Hegseth"));
        assert!(near_miss("Shigeru Ishibe", "Shigeru Ishiba"));
        assert!(!near_miss("Shinzo Abe", "Shigeru Ishiba"));
        assert!(!near_miss("Hegseth", "Pete Hegseth"));
    }
}
