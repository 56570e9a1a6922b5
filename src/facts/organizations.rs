//! One record per organisation: mentions with the same name join, an acronym joins its long
//! form (defined either way round), and the country comes from the name ("Ministry of
//! National Defence of the Republic of Lithuania" → "Ministry of National Defence", Lithuania;
//! "Japan Association of Defence Industries" → Japan).

use std::ops::Range;

use rustc_hash::FxHashMap;

use super::{find, gazetteer, normalize, push_normalized, strip_article, Found, Input, Rule};
use crate::types::{Entity, Facts, Label, MentionSpan, Organization, RecordId};

pub struct Organizations;

impl Rule for Organizations {
    fn id(&self) -> &'static str {
        "organizations"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, entities: &mut [Entity]) {
        // Each acronym's long form as a key, normalised once for both maps below.
        let long_keys: Vec<String> = facts.acronyms.iter().map(|a| normalize(&a.long)).collect();
        // short form → (long form as written, its key); long key → short form.
        let long_of: FxHashMap<&str, (&str, &str)> = facts
            .acronyms
            .iter()
            .zip(&long_keys)
            .map(|(a, key)| (a.short.as_str(), (a.long.as_str(), key.as_str())))
            .collect();
        let short_of: FxHashMap<&str, &str> = facts
            .acronyms
            .iter()
            .zip(&long_keys)
            .map(|(a, key)| (key.as_str(), a.short.as_str()))
            .collect();
        // Names from what the input found, which the rules' writes to the entities leave alone.
        let orgs = || input.entities.iter().filter(|e| e.label == Label::Org);
        // One per mention: sized for every entity rather than grown.
        let mut names = Vec::with_capacity(input.entities.len());
        names.extend(orgs().map(|e| strip_article(e.text)));
        // An organisation per mention at most: the records sized once, not copied as they grow.
        facts.organizations.reserve(names.len());
        let fullest = fullest_forms(&names);
        // "…Logistics Agency (ATLA)" names the acronym's organisation even when the recogniser
        // marked only part of its long form: the long form and its key.
        let acronym_of = |e: &Found| {
            let short = defined_acronym(input.doc.text, e.end)
                .filter(|s| long_of.contains_key(*s))
                .unwrap_or(e.text);
            long_of.get(short).copied()
        };
        // An organisation name as written → its fullest form and where its key lies in `keys`:
        // names recur, and both are their text's alone. Built before the records, which borrow
        // the keys, written one after another into one buffer rather than a string each.
        // This index and the next have a key per mention at most: sized once, not rehashed as
        // they grow.
        let mentions = names.len();
        let mut key_of: FxHashMap<&str, (&str, Range<usize>)> =
            FxHashMap::with_capacity_and_hasher(mentions, Default::default());
        // Sized for every name: a fullest form longer than its mention is rare.
        let mut keys = String::with_capacity(names.iter().map(|name| name.len()).sum());
        for e in orgs().filter(|e| acronym_of(e).is_none()) {
            key_of.entry(e.text).or_insert_with(|| {
                let name = fullest_name(&fullest, e.text);
                let start = keys.len();
                push_normalized(&mut keys, split_country(name).0);
                (name, start..keys.len())
            });
        }
        let mut by_key: FxHashMap<&str, usize> =
            FxHashMap::with_capacity_and_hasher(mentions, Default::default());
        // "GM" for "General Motors Corp." when no brackets define it.
        let mut by_initials = ByInitials::default();
        let mentions = input.entities.iter().zip(entities.iter_mut());
        for (found, e) in mentions.filter(|(found, _)| found.label == Label::Org) {
            let (name, key) = acronym_of(found).unwrap_or_else(|| {
                let (name, key) = &key_of[found.text];
                (name, &keys[key.clone()])
            });
            let known = by_key
                .get(key)
                .copied()
                .or_else(|| by_initials.get(&facts.organizations, found.text));
            let idx = match known {
                Some(idx) => idx,
                None => {
                    let (short_name, country) = split_country(name);
                    let short_name = without_legal_form(short_name);
                    let idx = facts.organizations.len();
                    facts.organizations.push(Organization {
                        id: RecordId::new(b'o', idx + 1),
                        name: short_name.to_string(),
                        acronym: short_of.get(key).map(|s| s.to_string()),
                        country: country.or_else(|| country_in_name(short_name)),
                        mentions: Vec::new(),
                    });
                    by_key.insert(key, idx);
                    idx
                }
            };
            let initials_of_org = by_initials.get(&facts.organizations, found.text) == Some(idx);
            let org = &mut facts.organizations[idx];
            if initials_of_org && org.name != found.text {
                org.acronym.get_or_insert_with(|| found.text.to_string());
            }
            org.mentions.push(MentionSpan {
                start: e.start,
                end: e.end,
                kind: None,
            });
            e.reference = Some(org.id);
        }
    }
}

/// Organisations by their initials ("GM" for "General Motors Corp."), the first one having
/// them keeping them. Initials are capitals only: they are made when a text in capitals asks,
/// for the organisations recorded since the last time, and most texts never ask.
#[derive(Default)]
struct ByInitials {
    map: FxHashMap<String, usize>,
    /// How many of the organisations have their initials in `map`.
    indexed: usize,
}

impl ByInitials {
    /// The first of `orgs` whose initials `text` is.
    fn get(&mut self, orgs: &[Organization], text: &str) -> Option<usize> {
        if !text.chars().all(char::is_uppercase) {
            return None;
        }
        for (i, o) in orgs.iter().enumerate().skip(self.indexed) {
            if let Some(k) = initials(&o.name) {
                self.map.entry(k).or_insert(i);
            }
        }
        self.indexed = orgs.len();
        self.map.get(text).copied()
    }
}

/// "the Trade Office" before or after "the Valdor Trade Office": a name of two words or
/// more that ends a fuller organisation name of the article is that organisation, named by its
/// fullest form (as a surname is its person's). Every such tail → the longest name it ends.
fn fullest_forms<'n>(names: &[&'n str]) -> FxHashMap<&'n str, &'n str> {
    let mut fullest: FxHashMap<&str, &str> = FxHashMap::default();
    for &name in names {
        // One-word names have no tail; most names have one word.
        if !name.contains(' ') {
            continue;
        }
        let tails = name.match_indices(' ').map(|(at, _)| &name[at + 1..]);
        for tail in tails.filter(|t| t.contains(' ')) {
            let best = fullest.entry(tail).or_insert(name);
            if best.len() < name.len() {
                *best = name;
            }
        }
    }
    fullest
}

/// The organisation a name as written stands for, by its fullest form ([`fullest_forms`]).
fn fullest_name<'n>(fullest: &FxHashMap<&'n str, &'n str>, text: &'n str) -> &'n str {
    let name = strip_article(text);
    fullest.get(name).copied().unwrap_or(name)
}

/// A lower-case noun whose capitalised form heads organisations' names ("committee", "club",
/// "agency"), from the organisation heads lexicon: "the committee" stands for a body.
pub fn is_body_noun(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next().filter(char::is_ascii_lowercase) else {
        return false;
    };
    let capitalised: String = first.to_uppercase().chain(chars).collect();
    crate::lexicon::Lexicon::get()
        .lookup(&capitalised, crate::lexicon::Kind::OrgHead)
        .is_some()
}

/// Words after a company name that its initials leave out.
const LEGAL_FORMS: &[&str] = &[
    "Corp",
    "Corp.",
    "Corporation",
    "Inc",
    "Inc.",
    "Ltd",
    "Ltd.",
    "Co",
    "Co.",
    "plc",
    "PLC",
    "LLC",
    "AG",
    "SA",
    "Group",
];

/// "General Motors Corp." → "General Motors": the legal form is no part of the name readers
/// use, and recognisers disagree on whether the period belongs to the entity.
fn without_legal_form(name: &str) -> &str {
    match name.rsplit_once(' ') {
        Some((rest, last))
            if LEGAL_FORMS.contains(&last) && rest.chars().next().is_some_and(char::is_uppercase) =>
        {
            rest.trim_end_matches(',')
        }
        _ => name,
    }
}

/// "General Motors Corp." → "GM"; none for one-word names.
fn initials(name: &str) -> Option<String> {
    let mut words = name
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && !LEGAL_FORMS.contains(w));
    // Two words before anything is allocated: most names have one.
    let (first, second) = (words.next()?, words.next()?);
    Some(
        [first, second]
            .into_iter()
            .chain(words)
            .filter_map(|w| w.chars().next())
            .collect(),
    )
}

/// The acronym in brackets right after byte `end`: "… Agency (ATLA)" → "ATLA".
fn defined_acronym(text: &str, end: usize) -> Option<&str> {
    let rest = text.get(end..)?.strip_prefix(" (")?;
    let close = rest.find(')').filter(|&n| n <= 10)?;
    Some(&rest[..close])
}

/// "Ministry of X of the Republic of Lithuania" → ("Ministry of X", Some("Lithuania")). A name
/// that is one word before the country stays whole: "Bank of Japan" is the bank's name, not a
/// bank of a country.
fn split_country(name: &str) -> (&str, Option<&'static str>) {
    // A plain scan: `match_indices` builds a searcher that costs more than these short names.
    let mut from = 0;
    while let Some(at) = find(&name[from..], " of ").map(|n| from + n) {
        from = at + " of ".len();
        let tail = &name[from..];
        let place = strip_article(tail);
        let place = ["Republic of ", "Kingdom of ", "State of ", "Government of "]
            .iter()
            .find_map(|p| place.strip_prefix(p))
            .unwrap_or(place);
        if let Some(c) = gazetteer::country(place) {
            if name[..at].contains(' ') {
                return (&name[..at], Some(c));
            }
        }
    }
    (name, None)
}

/// The one country named or implied by a word of the name ("Japan Association …"); none when
/// the name names two ("Lithuania–Japan Business Forum").
fn country_in_name(name: &str) -> Option<&'static str> {
    let mut found = None;
    for word in name.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') {
        if let Some(c) = gazetteer::country(word) {
            if found.is_some_and(|f| f != c) {
                return None;
            }
            found = Some(c);
        }
    }
    found
}

/// Organisations by normalised name, acronym and initials ("GM"), for rules that look names up per mention.
pub fn index(facts: &Facts) -> FxHashMap<String, usize> {
    // Three keys an organisation at most: sized once, not rehashed as it grows.
    let mut map = FxHashMap::with_capacity_and_hasher(3 * facts.organizations.len(), Default::default());
    for (i, o) in facts.organizations.iter().enumerate() {
        map.entry(normalize(&o.name)).or_insert(i);
        if let Some(a) = &o.acronym {
            map.entry(normalize(a)).or_insert(i);
        }
        if let Some(mut a) = initials(&o.name) {
            // One letter per word, no spaces: `normalize` would only lower-case ASCII ones, which
            // is done in place instead of into a second string.
            if a.is_ascii() {
                a.make_ascii_lowercase();
            } else {
                a = normalize(&a);
            }
            map.entry(a).or_insert(i);
        }
    }
    map
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::facts;
    use crate::types::Label::*;

    #[test]
    fn a_country_after_a_name_is_split_off_only_after_a_name_of_several_words() {
        use super::split_country;
        assert_eq!(
            split_country("Ministry of Defence of the Republic of Lithuania"),
            ("Ministry of Defence", Some("Lithuania"))
        );
        assert_eq!(split_country("Bank of Japan"), ("Bank of Japan", None));
    }

    #[test]
    fn acronym_joins_its_organisation_both_ways() {
        let text = "the Japan Association of Defence Industries (JADI) met. JADI said so.";
        let (f, ents) = facts(
            text,
            &[
                ("Japan Association of Defence Industries", Org),
                ("JADI", Org),
                ("JADI", Org),
            ],
        );
        assert_eq!(f.organizations.len(), 1, "{:?}", f.organizations);
        let o = &f.organizations[0];
        assert_eq!(
            (o.name.as_str(), o.acronym.as_deref()),
            ("Japan Association of Defence Industries", Some("JADI"))
        );
        assert_eq!(o.country, Some("Japan"));
        assert_eq!(o.mentions.len(), 3);
        assert!(ents.iter().all(|e| e.reference.as_deref() == Some("o1")));

        let (f, _) = facts(
            "JADI (Japan Association of Defence Industries) met.",
            &[("JADI", Org), ("Japan Association of Defence Industries", Org)],
        );
        assert_eq!(f.organizations.len(), 1, "{:?}", f.organizations);
        assert_eq!(f.organizations[0].name, "Japan Association of Defence Industries");
    }

    #[test]
    fn a_short_form_ending_a_fuller_name_is_that_organisation() {
        // Either order; a one-word tail ("Office") and another name stay apart.
        let text = "The Trade Office said so. Office staff agreed. The Valdor Trade Office wrote. \
                    The Crown Office did not.";
        let (f, ents) = facts(
            text,
            &[
                ("Trade Office", Org),
                ("Office", Org),
                ("Valdor Trade Office", Org),
                ("Crown Office", Org),
            ],
        );
        let names: Vec<&str> = f.organizations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["Valdor Trade Office", "Office", "Crown Office"]);
        assert_eq!(f.organizations[0].mentions[0].start, text.find("Trade").unwrap());
        assert_eq!(f.organizations[0].mentions.len(), 2);
        let ids: Vec<&str> = f.organizations.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(ids, ["o1", "o2", "o3"]);
        let refs: Vec<Option<&str>> = ents.iter().map(|e| e.reference.as_deref()).collect();
        assert_eq!(refs, [Some("o1"), Some("o2"), Some("o1"), Some("o3")]);
    }

    #[test]
    fn part_of_a_long_form_before_its_acronym_is_the_whole_organisation() {
        let text = "the Acquisition, Technology and Logistics Agency (ATLA) said";
        let (f, _) = facts(text, &[("Technology and Logistics Agency", Org), ("ATLA", Org)]);
        assert_eq!(f.organizations.len(), 1, "{:?}", f.organizations);
        assert_eq!(
            f.organizations[0].name,
            "Acquisition, Technology and Logistics Agency"
        );
        assert_eq!(f.organizations[0].mentions.len(), 2);
    }

    #[test]
    fn initials_join_a_company_named_in_full() {
        let (f, _) = facts(
            "General Motors Corp. said. GM's chairman spoke. BP agreed.",
            &[("General Motors Corp.", Org), ("GM", Org), ("BP", Org)],
        );
        let got: Vec<_> = f
            .organizations
            .iter()
            .map(|o| (o.name.as_str(), o.acronym.as_deref(), o.mentions.len()))
            .collect();
        assert_eq!(got, [("General Motors", Some("GM"), 2), ("BP", None, 1)]);
    }

    #[test]
    fn country_from_the_name() {
        let (f, _) = facts(
            "the Ministry of National Defence of the Republic of Lithuania said",
            &[("Ministry of National Defence of the Republic of Lithuania", Org)],
        );
        let o = &f.organizations[0];
        assert_eq!(
            (o.name.as_str(), o.country),
            ("Ministry of National Defence", Some("Lithuania"))
        );
    }

    #[test]
    fn no_country_when_two_or_none_are_named() {
        let (f, _) = facts(
            "the Lithuania–Japan Business Forum",
            &[("Lithuania–Japan Business Forum", Org)],
        );
        assert_eq!(f.organizations[0].country, None);
        let (f, _) = facts("Yukos said", &[("Yukos", Org)]);
        assert_eq!(f.organizations[0].country, None);
    }
}
