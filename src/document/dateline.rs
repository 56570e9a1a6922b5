//! The wire dateline at the top of a story, in the styles agencies use:
//!
//! ```text
//! BAKU, Azerbaijan, June 12.            (Trend)
//! LONDON (Reuters) -                    LONDON, June 12 (Reuters) -
//! WASHINGTON (AP) —                     SACRAMENTO, Calif. (AP) —
//! PARIS (AFP) -                         KYIV, Ukraine —
//! ```
//!
//! A place in capitals at the start of a line (or right after the metadata line), then
//! optional ", Place" parts, an optional ", date", and a terminator: a period (after a date
//! only), a colon, an agency in brackets, or a dash.

use crate::dates::WEEKDAYS;
use crate::types::{Doc, TokenKind};

/// Token ranges (`first..end`) of a dateline's parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// The places, most specific first: "BAKU", "Azerbaijan".
    pub places: Vec<(usize, usize)>,
    pub date: Option<(usize, usize)>,
    /// The agency in brackets: "Reuters" in "(Reuters)".
    pub agency: Option<(usize, usize)>,
    /// Tokens covered, terminator included.
    pub first: usize,
    pub end: usize,
}

/// How many lines with a capital letter may come before the dateline (headline, byline).
/// Counted in such lines, not tokens or bytes, so that a lower-case line or a longer word
/// before it never changes whether a line is read as a dateline.
const SEARCH_LINES: usize = 4;

/// The dateline, if the article has one; `after` is the byte offset where metadata ends.
pub fn parse(doc: &Doc, after: usize) -> Option<Parsed> {
    let mut lines = 0;
    for i in 0..doc.tokens.len() {
        let starts_line = line_start(doc, i);
        if starts_line && has_capital(doc, i) {
            lines += 1;
            if lines > SEARCH_LINES {
                return None;
            }
        }
        if starts_line || doc.tokens[i].span.start == after {
            if let Some(p) = parse_at(doc, i) {
                return Some(p);
            }
        }
    }
    None
}

/// The line starting at token `i` has an upper-case letter.
fn has_capital(doc: &Doc, i: usize) -> bool {
    let rest = &doc.text[doc.tokens[i].span.start..];
    rest[..rest.find('\n').unwrap_or(rest.len())]
        .chars()
        .any(char::is_uppercase)
}

fn line_start(doc: &Doc, i: usize) -> bool {
    i == 0 || doc.text[doc.tokens[i - 1].span.end..doc.tokens[i].span.start].contains('\n')
}

fn text<'a>(doc: &Doc<'a>, i: usize) -> &'a str {
    doc.tokens.get(i).map_or("", |t| t.span.text(doc.text))
}

fn is_word(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
}

fn all_caps(doc: &Doc, i: usize) -> bool {
    let t = text(doc, i);
    is_word(doc, i)
        && t.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && t.chars().any(char::is_uppercase)
        && !t.chars().any(char::is_lowercase)
}

fn capitalised(doc: &Doc, i: usize) -> bool {
    is_word(doc, i) && text(doc, i).chars().next().is_some_and(char::is_uppercase)
}

fn same_line(doc: &Doc, i: usize) -> bool {
    i < doc.tokens.len() && !line_start(doc, i)
}

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
];

/// A month or day name, as a dateline's date starts.
fn date_word(w: &str) -> bool {
    MONTHS.contains(&w) || WEEKDAYS.contains(&w)
}

fn parse_at(doc: &Doc, first: usize) -> Option<Parsed> {
    // The city in capitals: "BAKU", "NEW YORK", "RIO DE JANEIRO".
    let mut i = first;
    while all_caps(doc, i) && i - first < 4 && (i == first || same_line(doc, i)) {
        i += 1;
    }
    if i == first {
        return None;
    }
    let mut places = vec![(first, i)];
    let mut date = None;
    loop {
        if !same_line(doc, i) {
            return None;
        }
        match text(doc, i) {
            "," => {
                let start = i + 1;
                if date_word(text(doc, start)) || doc.tokens.get(start)?.kind == TokenKind::Number {
                    let mut j = start;
                    while same_line(doc, j) && j - start < 7 && date_token(doc, j, start) {
                        j += 1;
                    }
                    date = Some((start, j));
                    i = j;
                } else if capitalised(doc, start) {
                    // "Azerbaijan", "Calif." (the abbreviation's period stays outside the name).
                    let mut j = start;
                    while capitalised(doc, j) && same_line(doc, j) && j - start < 4 {
                        j += 1;
                    }
                    places.push((start, j));
                    i = j;
                    if text(doc, i) == "." && matches!(text(doc, i + 1), "(" | "," | "-" | "–" | "—") {
                        i += 1;
                    }
                } else {
                    return None;
                }
            }
            // A period ends a dateline only after its date ("BAKU, Azerbaijan, June 12."): a
            // capitalised word and a period open many sentences ("U.S. officials said …").
            "." if date.is_some() => return Some(done(places, date, None, first, i + 1)),
            ":" => return Some(done(places, date, None, first, i + 1)),
            "-" | "–" | "—" => return Some(done(places, date, None, first, dashes(doc, i))),
            "(" => {
                let start = i + 1;
                let mut j = start;
                while capitalised(doc, j) && same_line(doc, j) && j - start < 4 {
                    j += 1;
                }
                if j == start || text(doc, j) != ")" {
                    return None;
                }
                let end = if matches!(text(doc, j + 1), "-" | "–" | "—") {
                    dashes(doc, j + 1)
                } else {
                    j + 1
                };
                return Some(done(places, date, Some((start, j)), first, end));
            }
            _ => return None,
        }
    }
}

/// Month and weekday names, numbers, "Jan." and the comma before a year or a month.
fn date_token(doc: &Doc, j: usize, start: usize) -> bool {
    let number = |k: usize| doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number);
    match text(doc, j) {
        "," => is_year(doc, j + 1) || date_word(text(doc, j + 1)),
        "." => j > start && date_word(text(doc, j - 1)) && number(j + 1),
        t => date_word(t) || number(j),
    }
}

fn is_year(doc: &Doc, i: usize) -> bool {
    let t = text(doc, i);
    t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit())
}

/// One past a run of dashes ("--" is two tokens).
fn dashes(doc: &Doc, mut i: usize) -> usize {
    while matches!(text(doc, i), "-" | "–" | "—") {
        i += 1;
    }
    i
}

fn done(
    places: Vec<(usize, usize)>,
    date: Option<(usize, usize)>,
    agency: Option<(usize, usize)>,
    first: usize,
    end: usize,
) -> Parsed {
    Parsed {
        places,
        date,
        agency,
        first,
        end,
    }
}

/// "BAKU" → "Baku", "RIO DE JANEIRO" → "Rio de Janeiro"; mixed case stays as written.
pub fn place_name(words: &[&str]) -> String {
    words
        .iter()
        .enumerate()
        .map(|(k, w)| {
            if w.chars().any(char::is_lowercase) {
                return w.to_string();
            }
            let lower = w.to_lowercase();
            if k > 0
                && matches!(
                    lower.as_str(),
                    "de" | "da" | "do" | "del" | "la" | "le" | "of" | "on" | "upon" | "am"
                )
            {
                return lower;
            }
            let mut c = lower.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::analyse;

    /// Places, date, agency and the whole dateline, as text.
    type Shown = (Vec<String>, Option<String>, Option<String>, String);

    fn show(text: &str) -> Option<Shown> {
        let doc = analyse(text);
        let p = parse(&doc, 0)?;
        let slice = |(a, b): (usize, usize)| {
            doc.text[doc.tokens[a].span.start..doc.tokens[b - 1].span.end].to_string()
        };
        Some((
            p.places.iter().map(|&r| slice(r)).collect(),
            p.date.map(slice),
            p.agency.map(slice),
            slice((p.first, p.end)),
        ))
    }

    #[test]
    fn agency_styles() {
        type Want<'a> = (&'a [&'a str], Option<&'a str>, Option<&'a str>, &'a str);
        let cases: &[(&str, Want)] = &[
            (
                "BAKU, Azerbaijan, June 12. From June 8",
                (
                    &["BAKU", "Azerbaijan"],
                    Some("June 12"),
                    None,
                    "BAKU, Azerbaijan, June 12.",
                ),
            ),
            (
                "LONDON (Reuters) - Britain said",
                (&["LONDON"], None, Some("Reuters"), "LONDON (Reuters) -"),
            ),
            (
                "LONDON, June 12 (Reuters) - Britain",
                (
                    &["LONDON"],
                    Some("June 12"),
                    Some("Reuters"),
                    "LONDON, June 12 (Reuters) -",
                ),
            ),
            (
                "WASHINGTON (AP) — The Senate",
                (&["WASHINGTON"], None, Some("AP"), "WASHINGTON (AP) —"),
            ),
            (
                "SACRAMENTO, Calif. (AP) — A bill",
                (
                    &["SACRAMENTO", "Calif"],
                    None,
                    Some("AP"),
                    "SACRAMENTO, Calif. (AP) —",
                ),
            ),
            (
                "PARIS (AFP) - France",
                (&["PARIS"], None, Some("AFP"), "PARIS (AFP) -"),
            ),
            (
                "NEW YORK, Jan. 5, 2024 -- Shares",
                (
                    &["NEW YORK"],
                    Some("Jan. 5, 2024"),
                    None,
                    "NEW YORK, Jan. 5, 2024 --",
                ),
            ),
            (
                "MOSCOW, June 12. Russia said",
                (&["MOSCOW"], Some("June 12"), None, "MOSCOW, June 12."),
            ),
            (
                "NEW DELHI: The government said",
                (&["NEW DELHI"], None, None, "NEW DELHI:"),
            ),
            (
                "Headline here\nKYIV, Ukraine — Drones",
                (&["KYIV", "Ukraine"], None, None, "KYIV, Ukraine —"),
            ),
        ];
        for (text, (places, date, agency, all)) in cases {
            let got = show(text).unwrap_or_else(|| panic!("no dateline in {text:?}"));
            assert_eq!(got.0, *places, "{text:?}");
            assert_eq!(got.1.as_deref(), *date, "{text:?}");
            assert_eq!(got.2.as_deref(), *agency, "{text:?}");
            assert_eq!(got.3, *all, "{text:?}");
        }
    }

    #[test]
    fn not_datelines() {
        for text in [
            "NATO and the EU met on Monday.",
            "The UN said.",
            "BREAKING NEWS\nThe minister",
            "US, UK agree",
            // A sentence subject, not a place: "U.S." is a word and its period.
            "U.S. officials said on Monday that talks would resume.",
            "U.N. Secretary-General Ban Ki-moon arrived.",
            "NATO. The alliance said",
            "Headline\nEU, NATO. Leaders met",
        ] {
            assert_eq!(show(text), None, "{text:?}");
        }
    }

    #[test]
    fn place_names() {
        assert_eq!(place_name(&["BAKU"]), "Baku");
        assert_eq!(place_name(&["RIO", "DE", "JANEIRO"]), "Rio de Janeiro");
        assert_eq!(place_name(&["Azerbaijan"]), "Azerbaijan");
    }
}
