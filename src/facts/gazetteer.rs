//! Hash lookups of places and nationalities in the shared lexicon, built once per process:
//! rules look names up per mention, so a scan of the lexicon per lookup would multiply the
//! lexicon size by the number of entities.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

use crate::lexicon::{Entry, Kind, Lexicon};

/// What a name is in the lexicon: a place and a nationality word, either or both. One table
/// for both: asking for a country reads a name once, not in a places table and again in a
/// nationalities table.
#[derive(Clone, Copy, Default)]
struct Known {
    place: Option<&'static Entry>,
    demonym: Option<&'static Entry>,
}

fn table() -> &'static FxHashMap<&'static str, Known> {
    static TABLE: OnceLock<FxHashMap<&'static str, Known>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let lex = Lexicon::get();
        // Countries first: "Georgia" or "Luxembourg" as a city must not hide the country.
        let kinds = [Kind::Country, Kind::Region, Kind::City, Kind::Demonym];
        // Sized once: growing through 14 000 cities rehashed it several times.
        let size = kinds.iter().map(|&k| lex.entries(k).count()).sum();
        let mut table: FxHashMap<&str, Known> = FxHashMap::with_capacity_and_hasher(size, Default::default());
        for kind in kinds {
            for e in lex.entries(kind) {
                let known = table.entry(e.surface).or_default();
                if kind == Kind::Demonym {
                    // The last of a nationality word's entries, as a map collected from them kept.
                    known.demonym = Some(e);
                } else {
                    known.place.get_or_insert(e);
                }
            }
        }
        table
    })
}

/// Looks `name` up as written, then, for what that did not find, in title case ("BAKU" →
/// "Baku").
fn find(name: &str) -> Known {
    let name = super::strip_article(name);
    let map = table();
    let written = map.get(name).copied().unwrap_or_default();
    if written.place.is_some() && written.demonym.is_some() || name.chars().any(char::is_lowercase) {
        return written;
    }
    let titled = in_title_case(map, name).unwrap_or_default();
    Known {
        place: written.place.or(titled.place),
        demonym: written.demonym.or(titled.demonym),
    }
}

/// `name` looked up in title case. Most such names are short ASCII words ("BAKU", "NATO"):
/// title-cased on the stack, as `char` case mapping would for them, instead of into a new
/// string per lookup.
fn in_title_case(map: &FxHashMap<&str, Known>, name: &str) -> Option<Known> {
    let mut buf = [0u8; 32];
    if name.is_ascii() && (1..=buf.len()).contains(&name.len()) {
        let titled = &mut buf[..name.len()];
        titled.copy_from_slice(name.as_bytes());
        titled[1..].make_ascii_lowercase();
        return std::str::from_utf8(titled).ok().and_then(|t| map.get(t).copied());
    }
    let mut chars = name.chars();
    let first = chars.next()?;
    let titled: String = first
        .to_uppercase()
        .chain(chars.flat_map(char::to_lowercase))
        .collect();
    map.get(titled.as_str()).copied()
}

/// A known place: its canonical name, kind ("country", "city", "region") and country.
pub struct PlaceInfo {
    pub name: &'static str,
    pub kind: &'static str,
    pub country: Option<&'static str>,
}

pub fn place(name: &str) -> Option<PlaceInfo> {
    let e = find(name).place?;
    let (kind, country) = match e.kind {
        Kind::Country => ("country", Some(e.country.unwrap_or(e.canonical))),
        Kind::City => ("city", e.country),
        _ => ("region", e.country),
    };
    Some(PlaceInfo {
        name: e.canonical,
        kind,
        country,
    })
}

/// The country a place name or nationality word stands for ("Lithuania’s", "Japanese").
pub fn country(name: &str) -> Option<&'static str> {
    let known = find(name);
    let e = known
        .place
        .filter(|e| e.kind == Kind::Country)
        .or(known.demonym)?;
    Some(e.country.unwrap_or(e.canonical))
}

/// Whether `word` is a nationality word ("Japanese"), as opposed to a group ("Tory").
pub fn is_demonym(word: &str) -> bool {
    find(word).demonym.is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_cities_and_nationalities() {
        assert_eq!(country("Japanese"), Some("Japan"));
        assert_eq!(country("Lithuania"), Some("Lithuania"));
        assert_eq!(country("Tokyo"), None, "a city is not a country");
        let baku = place("BAKU").expect("Baku is a city");
        assert_eq!(
            (baku.name, baku.kind, baku.country),
            ("Baku", "city", Some("Azerbaijan"))
        );
        assert!(!is_demonym("Tory"));
        assert_eq!(country("JAPANESE"), Some("Japan"));
        assert_eq!(country(""), None);
    }
}
