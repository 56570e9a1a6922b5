//! Organisations named in or beside a title: parties by their news names, known organisations
//! by any of their mentions, and the ministry a minister's title points to.

use super::super::{find, normalize};
use super::{Ctx, Draft};
use crate::types::Facts;

/// Political parties as news names them, with the party's full name and country.
const PARTIES: &[(&str, &str, &str)] = &[
    ("Conservative", "Conservative Party", "United Kingdom"),
    ("Conservatives", "Conservative Party", "United Kingdom"),
    ("Democrat", "Democratic Party", "United States"),
    ("Democratic", "Democratic Party", "United States"),
    ("Democrats", "Democratic Party", "United States"),
    ("GOP", "Republican Party", "United States"),
    ("Labour", "Labour Party", "United Kingdom"),
    ("Lib Dem", "Liberal Democrats", "United Kingdom"),
    ("Lib Dems", "Liberal Democrats", "United Kingdom"),
    ("Liberal Democrat", "Liberal Democrats", "United Kingdom"),
    ("Liberal Democrats", "Liberal Democrats", "United Kingdom"),
    ("Republican", "Republican Party", "United States"),
    ("Republicans", "Republican Party", "United States"),
    ("Tories", "Conservative Party", "United Kingdom"),
    ("Tory", "Conservative Party", "United Kingdom"),
];

/// A party's full name and country ("Tory" → Conservative Party, United Kingdom).
pub fn party(name: &str) -> Option<(&'static str, &'static str)> {
    let name = crate::facts::strip_article(name);
    PARTIES
        .iter()
        .find(|(alias, ..)| *alias == name)
        .map(|&(_, full, country)| (full, country))
}

/// An organisation's canonical name and country: a party, a known organisation, or as written.
pub fn org_name(facts: &Facts, ctx: &Ctx, name: &str) -> (String, Option<String>) {
    let name = crate::facts::strip_article(name);
    if let Some((full, country)) = party(name) {
        return (full.to_string(), Some(country.to_string()));
    }
    match ctx.orgs.get(&normalize(name)).map(|&o| &facts.organizations[o]) {
        Some(o) => (o.name.clone(), o.country.clone()),
        None => (name.to_string(), None),
    }
}

/// "Minister of X" / "Secretary for X" / "X Minister" → the "Ministry of X" or "Department of
/// X" the article names, if any.
pub(super) fn ministry(facts: &Facts, ctx: &Ctx, d: &mut Draft) {
    // Most titles name no minister or secretary: skip normalising them. Of the characters
    // lower-casing turns into ASCII letters (these, the Kelvin sign's "k", and "İ"'s "i" with a
    // combining dot) none can complete these words.
    let names = |word: &str| {
        d.title
            .as_bytes()
            .windows(word.len())
            .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
    };
    if !names("minister") && !names("secretary") {
        return;
    }
    let title = normalize(&d.title);
    let dept = ["minister of ", "minister for ", "secretary of ", "secretary for "]
        .iter()
        .find_map(|h| find(&title, h).map(|at| title[at + h.len()..].to_string()))
        .or_else(|| {
            title
                .strip_suffix(" minister")
                .map(|s| s.rsplit(' ').next().unwrap_or(s).to_string())
        });
    let Some(dept) = dept else { return };
    let mut key = String::with_capacity(dept.len() + 16);
    for head in ["ministry of ", "department of "] {
        key.clear();
        key.push_str(head);
        key.push_str(&dept);
        if let Some(&o) = ctx.orgs.get(&key) {
            let o = &facts.organizations[o];
            d.organization = Some(o.name.clone());
            if d.country.is_none() {
                d.country = o.country.clone();
            }
            return;
        }
    }
}
