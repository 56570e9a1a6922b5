//! Organisations named in or beside a title: parties by their news names, known organisations
//! by any of their mentions, and the ministry a minister's title points to.

use super::super::{find, normalize};
use super::{Ctx, Draft};
use crate::lexicon::parties::party;
use crate::types::Facts;

/// An organisation's canonical name and country: a party, a known organisation, or as written.
pub fn org_name(facts: &Facts, ctx: &Ctx, name: &str) -> (String, Option<&'static str>) {
    let name = crate::facts::strip_article(name);
    if let Some((full, country)) = party(name) {
        return (full.to_string(), Some(country));
    }
    match ctx
        .orgs(facts)
        .get(&normalize(name))
        .map(|&o| &facts.organizations[o])
    {
        Some(o) => (o.name.clone(), o.country),
        None => (name.to_string(), None),
    }
}

/// "Minister of X" / "Secretary for X" / "X Minister" → the "Ministry of X" or "Department of
/// X" the article names, if any, of the role's country: a ministry whose country (from its
/// record, or its name "… of the Republic of X") is another joins no role of a known country,
/// and a role of no known country joins none when the article names such ministries of two
/// countries.
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
    let mut found: Option<usize> = None;
    for head in ["ministry of ", "department of "] {
        key.clear();
        key.push_str(head);
        key.push_str(&dept);
        let Some(&o) = ctx.orgs(facts).get(&key) else {
            continue;
        };
        let country = facts.organizations[o].country;
        if country.is_some() && d.country.is_some() && country != d.country {
            continue;
        }
        match found.map(|f| facts.organizations[f].country) {
            None => found = Some(o),
            // Two such ministries of two countries, and the role's unknown: neither.
            Some(Some(c)) if country.is_some_and(|k| k != c) => return,
            Some(_) => {}
        }
    }
    if let Some(o) = found {
        let o = &facts.organizations[o];
        d.organization = Some(o.name.clone());
        if d.country.is_none() {
            d.country = o.country;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::{facts, row, table};
    use crate::types::Label::*;

    #[test]
    fn a_ministry_of_another_country_is_not_the_ministers() {
        let text = "Japanese Minister of Defence Ken Oda met officials of the Ministry of Defence \
                    of the Republic of Lithuania.";
        let (f, _) = facts(
            text,
            &[
                ("Japanese", Norp),
                ("Minister of Defence", Title),
                ("Ken Oda", Person),
                ("Ministry of Defence of the Republic of Lithuania", Org),
            ],
        );
        assert_eq!(table(&f), [row("Ken Oda", "Minister of Defence", "", "Japan")]);
    }

    #[test]
    fn two_ministries_of_two_countries_join_no_minister_of_unknown_country() {
        let spec = [
            ("Japanese", Norp),
            ("Minister of Defence", Title),
            ("Ken Oda", Person),
            ("Ministry of Defence of the Republic of Lithuania", Org),
            ("Department of Defence of Japan", Org),
        ];
        let ministries = "The Ministry of Defence of the Republic of Lithuania and the Department \
                          of Defence of Japan signed.";
        let (f, _) = facts(
            &format!("Minister of Defence Ken Oda spoke. {ministries}"),
            &spec[1..],
        );
        assert_eq!(table(&f), [row("Ken Oda", "Minister of Defence", "", "")]);
        // Of the role's country, the one ministry that agrees.
        let (f, _) = facts(
            &format!("Japanese Minister of Defence Ken Oda spoke. {ministries}"),
            &spec,
        );
        let want = row("Ken Oda", "Minister of Defence", "Department of Defence", "Japan");
        assert_eq!(table(&f), [want]);
    }
}
