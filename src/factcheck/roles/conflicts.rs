//! Role conflicts as discrepancies: one office of one country that two people hold now, and one
//! person who holds two different offices now. Only offices held by one person at a time
//! count ("Prime Minister", "Finance Minister"; not "Minister" or "Assistant Secretary"), and
//! only roles held now (not "former", not "-elect"). Articles whose `index.ron` dates are more
//! than a month apart report different times: what they say of an office never conflicts.

use super::{Role, RoleLedger};
use crate::corpus::ArticleId;
use crate::factcheck::discrepancy::{Discrepancy, DiscrepancyKind, DisjointSets, Member, Value};
use crate::factcheck::reference::Day;
use std::collections::{BTreeMap, BTreeSet};

/// The conflicts of `ledger`, with each article's date from `index.ron` (by article position;
/// `None` when it has none): office holders first, then people's offices, each in corpus
/// order of its first member.
pub fn conflicts(ledger: &RoleLedger, dates: &[Option<Day>]) -> Vec<Discrepancy> {
    let held: Vec<usize> = (0..ledger.roles.len())
        .filter(|&i| {
            let role = &ledger.roles[i];
            role.office.is_office && role.office.single && role.tense.is_holding()
        })
        .collect();
    let mut out = two_holders(ledger, &held, dates);
    out.extend(two_offices(ledger, &held, dates));
    out
}

/// Days apart beyond which two dated articles report different times.
const SAME_TIME_DAYS: u32 = 31;

/// Whether every pair of roles that `differ` was said in articles dated (in `index.ron`) more
/// than a month apart.
fn apart_in_time(
    roles: &[&Role],
    dates: &[Option<Day>],
    differ: impl Fn(&Role, &Role) -> bool,
) -> bool {
    let day_number = |d: Day| d.0 / 10_000 * 372 + d.0 / 100 % 100 * 31 + d.0 % 100;
    let date_of = |r: &Role| dates.get(r.article().0).copied().flatten().map(day_number);
    roles.iter().enumerate().all(|(n, a)| {
        roles[n + 1..].iter().filter(|b| differ(a, b)).all(|b| {
            matches!((date_of(a), date_of(b)), (Some(x), Some(y)) if x.abs_diff(y) > SAME_TIME_DAYS)
        })
    })
}

/// Sets of the roles `of` (indexes into the ledger, ascending) that name the same office,
/// each sorted. Offices written alike are compared once: a large corpus names one office
/// thousands of times in a handful of ways.
fn same_offices(ledger: &RoleLedger, of: &[usize]) -> Vec<Vec<usize>> {
    let mut kinds: Vec<(&str, &[String])> = Vec::new();
    // Per kind: its first role.
    let mut firsts: Vec<usize> = Vec::new();
    let mut kind_of: Vec<usize> = Vec::with_capacity(of.len());
    for &i in of {
        let office = &ledger.roles[i].office;
        let key = (office.title.as_str(), office.portfolio.as_slice());
        let k = kinds.iter().position(|&k| k == key).unwrap_or_else(|| {
            kinds.push(key);
            firsts.push(i);
            kinds.len() - 1
        });
        kind_of.push(k);
    }
    let mut sets = DisjointSets::new(kinds.len());
    for a in 0..kinds.len() {
        for b in a + 1..kinds.len() {
            let (ra, rb) = (&ledger.roles[firsts[a]], &ledger.roles[firsts[b]]);
            if ra.office.is_same(&rb.office) {
                sets.join(a, b);
            }
        }
    }
    let mut root_of: Vec<usize> = (0..kinds.len()).collect();
    for group in sets.groups() {
        for &k in &group {
            root_of[k] = group[0];
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (n, &i) in of.iter().enumerate() {
        groups.entry(root_of[kind_of[n]]).or_default().push(i);
    }
    let mut groups: Vec<Vec<usize>> = groups.into_values().collect();
    groups.sort();
    groups
}

fn two_holders(ledger: &RoleLedger, held: &[usize], dates: &[Option<Day>]) -> Vec<Discrepancy> {
    let mut by_country: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
    for &i in held {
        let role = &ledger.roles[i];
        if let Some(country) = &role.country {
            by_country
                .entry((country.as_str(), role.office.title.as_str()))
                .or_default()
                .push(i);
        }
    }
    let mut out = Vec::new();
    for list in by_country.values() {
        for set in same_offices(ledger, list) {
            let people: BTreeSet<_> = set.iter().map(|&i| ledger.roles[i].person).collect();
            if people.len() < 2 {
                continue;
            }
            let roles: Vec<&Role> = set.iter().map(|&i| &ledger.roles[i]).collect();
            if apart_in_time(&roles, dates, |a, b| a.person != b.person) {
                continue;
            }
            let mut names: Vec<&str> = Vec::new();
            for role in &roles {
                if !names.contains(&role.name.as_str()) {
                    names.push(&role.name);
                }
            }
            let office = most_specific(&roles).describe();
            let all = if names.len() == 2 { "both" } else { "all" };
            let explanation = format!(
                "{} {}: {all} named {office} now",
                names.join(" vs "),
                place(&roles)
            );
            out.push(discrepancy(
                DiscrepancyKind::OfficeHolders,
                &roles,
                vec![office],
                explanation,
                |r| Value::Holder(r.name.clone()),
            ));
        }
    }
    out.sort_by_key(first_place);
    out
}

fn two_offices(ledger: &RoleLedger, held: &[usize], dates: &[Option<Day>]) -> Vec<Discrepancy> {
    let mut by_person: BTreeMap<_, Vec<usize>> = BTreeMap::new();
    for &i in held {
        by_person.entry(ledger.roles[i].person).or_default().push(i);
    }
    let mut out = Vec::new();
    for list in by_person.values() {
        let sets = same_offices(ledger, list);
        if sets.len() < 2 {
            continue;
        }
        let mut members: Vec<usize> = sets.iter().flatten().copied().collect();
        members.sort_unstable();
        let roles: Vec<&Role> = members.iter().map(|&i| &ledger.roles[i]).collect();
        if apart_in_time(&roles, dates, |a, b| !a.office.is_same(&b.office)) {
            continue;
        }
        let offices: Vec<String> = sets
            .iter()
            .map(|set| {
                let roles: Vec<&Role> = set.iter().map(|&i| &ledger.roles[i]).collect();
                most_specific(&roles).office.shown.clone()
            })
            .collect();
        let name = roles[0].name.clone();
        let all = if offices.len() == 2 { "both" } else { "all" };
        let explanation = format!(
            "{} {}: {all} offices of {name} now",
            offices.join(" vs "),
            place(&roles)
        );
        out.push(discrepancy(
            DiscrepancyKind::PersonOffices,
            &roles,
            vec![name],
            explanation,
            |r| Value::Office(r.office.shown.clone()),
        ));
    }
    out.sort_by_key(first_place);
    out
}

/// The role that says most of the office: the longest portfolio, then a known country.
fn most_specific<'a>(roles: &[&'a Role]) -> &'a Role {
    roles
        .iter()
        .copied()
        .max_by_key(|r| {
            (
                r.office.portfolio.len(),
                r.country.is_some(),
                std::cmp::Reverse(r.span().start),
            )
        })
        .unwrap_or(roles[0])
}

fn place(roles: &[&Role]) -> String {
    let articles: BTreeSet<ArticleId> = roles.iter().map(|r| r.article()).collect();
    if articles.len() == 1 {
        "in one article".to_string()
    } else {
        format!("across {} articles", articles.len())
    }
}

fn first_place(d: &Discrepancy) -> (ArticleId, usize) {
    d.members.first().map_or((ArticleId(usize::MAX), 0), |m| {
        (m.article(), m.span().start)
    })
}

fn discrepancy(
    kind: DiscrepancyKind,
    roles: &[&Role],
    shared: Vec<String>,
    explanation: String,
    value: impl Fn(&Role) -> Value,
) -> Discrepancy {
    let members = roles
        .iter()
        .map(|r| Member::new(r.article(), r.sentence(), r.span(), value(r)))
        .collect();
    Discrepancy {
        kind,
        members,
        shared,
        explanation,
    }
}
