//! Date normalisation: the text of a DATE mention → ISO 8601, anchored on the article date.
//!
//! `normalise("June 8 to 10", Some((2025, 6, 12)))` gives the range 2025-06-08 … 2025-06-10.
//! Precision follows the text: a day gives `2025-06-12`, a month `2025-06`, a year `2025`.
//!
//! Choices (news conventions, documented so readers can predict them):
//! - A day or month without a year takes the year that puts it **nearest the anchor** (an
//!   article of 5 January 2026 saying "December 28" means 2025-12-28).
//! - A weekday ("Monday") is the most recent such day **on or before** the anchor: news reports
//!   what happened; a weekday ahead of the anchor is rarer and says "next Monday".
//! - "last week" / "this week" / "next week" are Monday–Sunday ranges around the anchor.
//! - Without an anchor, anything lacking a year stays unknown: we never guess a year.
//! - Vague spans ("recent years", "a decade") are unknown rather than invented.

use std::borrow::Cow;

/// A calendar day: (year, month 1–12, day 1–31).
pub type Ymd = (i32, u32, u32);

/// What a date mention means, in ISO 8601. Maps one-to-one onto `facts.dates` rows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DateValue {
    /// One day, month or year ("2025-06-12", "2025-06", "2025").
    pub value: Option<String>,
    /// First day/month/year of a range.
    pub from: Option<String>,
    /// Last day/month/year of a range.
    pub to: Option<String>,
}

impl DateValue {
    /// True when the text could be normalised (as one value or a range).
    pub fn is_known(&self) -> bool {
        self.value.is_some() || self.from.is_some()
    }

    /// "2025-06-12" or "2025-06-08/2025-06-10" (ISO 8601 interval), for events.
    pub fn iso(&self) -> Option<String> {
        match (&self.value, &self.from, &self.to) {
            (Some(v), _, _) => Some(v.clone()),
            (None, Some(f), Some(t)) => Some(format!("{f}/{t}")),
            _ => None,
        }
    }
}

/// Parses a strict ISO day ("2025-06-12") — the form of `document.date`.
pub fn parse_iso(s: &str) -> Option<Ymd> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i32 = s.get(0..4)?.parse().ok()?;
    let m: u32 = s.get(5..7)?.parse().ok()?;
    let d: u32 = s.get(8..10)?.parse().ok()?;
    valid(y, m, d).then_some((y, m, d))
}

/// Normalises the text of a date mention; `anchor` is the article date.
pub fn normalise(text: &str, anchor: Option<Ymd>) -> DateValue {
    let toks = lex(text);
    let between = matches!(toks.first(), Some(Tok::Word(w)) if w == "between");
    let split = toks.iter().position(|t| match t {
        Tok::Dash => true,
        Tok::Word(w) => {
            matches!(w.as_ref(), "to" | "until" | "till" | "through" | "thru") || (between && w == "and")
        }
        _ => false,
    });
    // A dash that joins no two dates ("mid-June") is not a range.
    if let Some(v) = split.and_then(|at| span(&toks[..at], &toks[at + 1..], anchor)) {
        return v;
    }
    match point(&toks, anchor) {
        Some(Resolved::One(v)) => DateValue {
            value: Some(v),
            ..Default::default()
        },
        Some(Resolved::Range(f, t)) => range(f, t),
        None => DateValue::default(),
    }
}

/// Both ends of a range, each completing the other: "June 8 to 10", "8–10 June 2025". Cold:
/// few dates are ranges, and inlined, its code lay among the common paths'.
#[cold]
fn span(left: &[Tok], right: &[Tok], anchor: Option<Ymd>) -> Option<DateValue> {
    let (mut left, mut right) = (parts(left), parts(right));
    if right.month.is_none() && right.day.is_some() {
        right.month = left.month;
    }
    if left.month.is_none() && left.day.is_some() {
        left.month = right.month;
    }
    if left.year.is_none() && (left.month.is_some() || left.day.is_some()) {
        left.year = right.year;
    }
    if right.year.is_none() && (right.month.is_some() || right.day.is_some()) {
        right.year = left.year;
    }
    let (mut a, mut b) = (left.absolute()?, right.absolute()?);
    if a.year.is_none() || b.year.is_none() {
        let Some(anchor) = anchor else {
            // A range we read but cannot place in time: known to be unknown.
            return Some(DateValue::default());
        };
        let year = nearest_year(a.month.unwrap_or(1), a.day.unwrap_or(1), anchor);
        a.year = Some(year);
        // A range that wraps the year end: "December 28 to January 3".
        let wraps = (b.month, b.day) < (a.month, a.day);
        b.year = Some(if wraps { year + 1 } else { year });
    }
    Some(match (a.iso(), b.iso()) {
        (Some(f), Some(t)) => range(f, t),
        _ => DateValue::default(),
    })
}

fn range(from: String, to: String) -> DateValue {
    DateValue {
        value: None,
        from: Some(from),
        to: Some(to),
    }
}

/// A piece of a date mention's text. Borrowed where the text already is the token (an ISO
/// date, a word already lower-case): most words need no string of their own.
#[derive(Debug, Clone, PartialEq)]
enum Tok<'a> {
    Num(u32, usize),
    Iso(&'a str),
    Month(u32),
    Weekday(u32),
    Word(Cow<'a, str>),
    Decade(i32),
    Dash,
}

/// Lower-cased words, numbers (with their digit count), month and weekday names, dashes;
/// commas, periods and ordinal suffixes are dropped. Read byte by byte, but for what is past
/// ASCII (rare in a date), read as characters: decoding every character cost more than the
/// rest of the reading.
fn lex(text: &str) -> Vec<Tok<'_>> {
    // A token and a separator take two bytes or more, but for a dash between numbers: sized
    // once for most texts rather than grown token by token.
    let mut out = Vec::with_capacity(text.len() / 2 + 1);
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&first) = bytes.get(i) {
        if first.is_ascii_digit() {
            let digits = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
            let len = iso_len(&text[i..]).unwrap_or(digits);
            let s = &text[i..i + len];
            // The letters straight after: "th" of "12th", "s" of "1990s".
            let suffix = &text[i + len..letters_end(text, i + len)];
            i += len + suffix.len();
            match s.parse::<u32>() {
                // An ISO date is digits and dashes, more than its digits.
                _ if len != digits => out.push(Tok::Iso(s)),
                // "the 1990s"
                Ok(n) if suffix == "s" && len == 4 && n % 10 == 0 => out.push(Tok::Decade(n as i32)),
                // "12th", "1st": the suffix is dropped.
                Ok(n) => out.push(Tok::Num(n, len)),
                Err(_) => {}
            }
            continue;
        }
        let end = letters_end(text, i);
        if end > i {
            let word = &text[i..end];
            // A date's words are mostly month and weekday names: told from the others
            // lower-cased on the stack, where only the others need a string.
            let token = match lowered_on_stack(word, calendar_token) {
                Some(Some(token)) => token,
                Some(None) if word.bytes().any(|b| b.is_ascii_uppercase()) => {
                    Tok::Word(Cow::Owned(word.to_ascii_lowercase()))
                }
                Some(None) => Tok::Word(Cow::Borrowed(word)),
                None => {
                    let w = word.to_lowercase();
                    calendar_token(&w).unwrap_or(Tok::Word(Cow::Owned(w)))
                }
            };
            out.push(token);
            i = end;
            continue;
        }
        // Neither digit nor letter: a dash, or a separator passed over.
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if matches!(c, '-' | '–' | '—' | '‒' | '―') {
            out.push(Tok::Dash);
        }
        i += c.len_utf8();
    }
    out
}

/// Where the letters ([`char::is_alphabetic`]) from byte `at` of `text` on end: ASCII ones read
/// as bytes, the others as characters. Inlined: a date's words are short, and the call cost
/// as much as reading them.
#[inline]
fn letters_end(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(at) {
        if b.is_ascii_alphabetic() {
            at += 1;
        } else if b.is_ascii() {
            break;
        } else {
            match text[at..].chars().next() {
                Some(c) if c.is_alphabetic() => at += c.len_utf8(),
                _ => break,
            }
        }
    }
    at
}

/// Length of an ISO date ("2025-06-12" or "2025-06") at the start of `s`, if there is one.
fn iso_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    let ends = |at: usize| !b.get(at).is_some_and(u8::is_ascii_digit);
    let month_ok = matches!(b.get(5..7), Some([b'0', b'1'..=b'9'] | [b'1', b'0'..=b'2']));
    if !(digits(0..4) && b.get(4) == Some(&b'-') && month_ok && ends(7)) {
        return None;
    }
    Some(if b.get(7) == Some(&b'-') && digits(8..10) && ends(10) {
        10
    } else {
        7
    })
}

/// Day names as written; news copy puts them straight after a subject or a dateline.
pub const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month(w: &str) -> Option<u32> {
    if let Some(i) = MONTHS.iter().position(|m| *m == w) {
        return Some(i as u32 + 1);
    }
    if w == "sept" {
        return Some(9);
    }
    // "Jan", "Feb", … (AP style abbreviations); "may" and "mar" stay words only when full.
    (w.len() == 3)
        .then(|| MONTHS.iter().position(|m| m.starts_with(w)))
        .flatten()
        .map(|i| i as u32 + 1)
}

/// A year written alone ("1958", "2013"): four digits from 1000 to 2099.
pub fn is_year(word: &str) -> bool {
    word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) && ("1000"..="2099").contains(&word)
}

/// A month or weekday name, as written in news copy ("June", "Sept", "Monday").
pub fn is_calendar_word(word: &str) -> bool {
    // Month and weekday names are ASCII words of 3 to 9 letters: other words are refused
    // before any is lower-cased.
    word.len() >= 3
        && word.as_bytes()[0].is_ascii_uppercase()
        && lowered_on_stack(word, |w| calendar_token(w).is_some()).unwrap_or(false)
}

/// The month or weekday token a lower-case word names, if it names one.
fn calendar_token(w: &str) -> Option<Tok<'static>> {
    month(w).map(Tok::Month).or_else(|| weekday(w).map(Tok::Weekday))
}

/// `f` of `word` lower-cased on the stack, not in a new string, where it is an ASCII word no
/// longer than a month or weekday name (the longest is nine letters); None for another.
fn lowered_on_stack<T>(word: &str, f: impl FnOnce(&str) -> T) -> Option<T> {
    const LONGEST: usize = "wednesday".len();
    if word.len() > LONGEST || !word.is_ascii() {
        return None;
    }
    let mut lower = [0; LONGEST];
    let lower = &mut lower[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok().map(f)
}

/// Monday = 0 … Sunday = 6.
fn weekday(w: &str) -> Option<u32> {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    DAYS.iter().position(|d| *d == w).map(|i| i as u32)
}

/// The fields one side of a date mention names.
#[derive(Debug, Default, Clone, Copy)]
struct Parts {
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    weekday: Option<u32>,
}

impl Parts {
    /// Only calendar fields (no weekday-only or relative words); `None` if invalid.
    fn absolute(self) -> Option<Parts> {
        if self.year.is_none() && self.month.is_none() {
            return None;
        }
        if self.day.is_some() && self.month.is_none() {
            return None;
        }
        Some(self)
    }

    fn iso(self) -> Option<String> {
        let y = self.year?;
        match (self.month, self.day) {
            (Some(m), Some(d)) => valid(y, m, d).then(|| ymd((y, m, d))),
            (Some(m), None) => (1..=12).contains(&m).then(|| year_month(y.into(), m)),
            (None, _) => Some(year(y.into())),
        }
    }
}

fn parts(toks: &[Tok]) -> Parts {
    let mut p = Parts::default();
    for t in toks {
        match *t {
            Tok::Month(m) => p.month = Some(m),
            Tok::Weekday(d) => p.weekday = Some(d),
            Tok::Num(n, 4) if (1000..=2999).contains(&n) => p.year = Some(n as i32),
            Tok::Num(n, 1 | 2) if (1..=31).contains(&n) => p.day = Some(n),
            Tok::Iso(s) => {
                let mut it = s.split('-').map(|x| x.parse::<u32>().ok());
                p.year = it.next().flatten().map(|y| y as i32);
                p.month = it.next().flatten();
                p.day = it.next().flatten();
            }
            _ => {}
        }
    }
    p
}

enum Resolved {
    One(String),
    Range(String, String),
}

/// A mention without a range separator: calendar date, weekday or relative expression.
fn point(toks: &[Tok], anchor: Option<Ymd>) -> Option<Resolved> {
    let p = parts(toks);
    if let Some(d) = toks.iter().find_map(|t| match t {
        Tok::Decade(d) => Some(*d),
        _ => None,
    }) {
        return Some(Resolved::Range(year(d.into()), year(i64::from(d) + 9)));
    }
    if let Some(abs) = p.absolute() {
        let mut abs = abs;
        if abs.year.is_none() {
            abs.year = Some(nearest_year(abs.month?, abs.day.unwrap_or(1), anchor?));
        }
        return abs.iso().map(Resolved::One);
    }
    let anchor = anchor?;
    let today = days(anchor);
    if let Some(w) = p.weekday {
        let dow = weekday_of(today);
        let modifier = toks.iter().find_map(|t| match t {
            Tok::Word(w) if matches!(w.as_ref(), "last" | "next" | "this" | "past") => Some(w.as_ref()),
            _ => None,
        });
        let day = match modifier {
            Some("next") => today + 1 + ((w + 7 - dow - 1) % 7) as i64,
            Some("this") if w >= dow => today + (w - dow) as i64,
            // "last Monday" said on a Monday is a week ago.
            Some("last") if w == dow => today - 7,
            _ => today - ((dow + 7 - w) % 7) as i64,
        };
        return Some(Resolved::One(ymd(civil(day))));
    }
    relative(toks, anchor, today)
}

/// "today", "yesterday", "last week", "next month", "this year", "three days ago", …
fn relative(toks: &[Tok], anchor: Ymd, today: i64) -> Option<Resolved> {
    let words: Vec<&str> = toks
        .iter()
        .filter_map(|t| match t {
            Tok::Word(w) => Some(w.as_ref()),
            _ => None,
        })
        .filter(|w| {
            !matches!(
                *w,
                "on" | "in" | "the" | "of" | "from" | "since" | "by" | "earlier" | "later"
            )
        })
        .collect();
    let day = |d: i64| Some(Resolved::One(ymd(civil(d))));
    match words.as_slice() {
        ["today" | "tonight"] | ["this", "morning" | "afternoon" | "evening"] => return day(today),
        ["yesterday"] | ["last", "night"] => return day(today - 1),
        ["tomorrow"] => return day(today + 1),
        _ => {}
    }
    let shift: i64 = match words.first().copied() {
        Some("last" | "past" | "previous") => -1,
        Some("this" | "current") => 0,
        Some("next" | "coming") => 1,
        _ => return ago(toks, &words, today),
    };
    let (y, m, _) = anchor;
    match words.get(1..) {
        Some(["week"]) => {
            let monday = today - weekday_of(today) as i64 + 7 * shift;
            Some(Resolved::Range(ymd(civil(monday)), ymd(civil(monday + 6))))
        }
        Some(["month"]) => {
            let index = y as i64 * 12 + (m as i64 - 1) + shift;
            Some(Resolved::One(year_month(
                index.div_euclid(12),
                index.rem_euclid(12) as u32 + 1,
            )))
        }
        Some(["year"]) => Some(Resolved::One(year(y as i64 + shift))),
        _ => None,
    }
}

/// "three days ago", "2 weeks ago" (days and weeks only: months vary in length).
fn ago(toks: &[Tok], words: &[&str], today: i64) -> Option<Resolved> {
    if words.last() != Some(&"ago") {
        return None;
    }
    let n = toks
        .iter()
        .find_map(|t| match t {
            Tok::Num(n, _) => Some(*n as i64),
            _ => None,
        })
        .or_else(|| words.iter().find_map(|w| small_number(w)))?;
    let unit = match words
        .iter()
        .find(|w| w.starts_with("day") || w.starts_with("week"))?
    {
        w if w.starts_with("day") => 1,
        _ => 7,
    };
    Some(Resolved::One(ymd(civil(today - n * unit))))
}

fn small_number(w: &str) -> Option<i64> {
    const WORDS: [&str; 11] = [
        "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS.iter().position(|x| *x == w).map(|i| i.max(1) as i64)
}

/// The year (anchor's, or one either side) that puts month/day nearest the anchor.
fn nearest_year(month: u32, day: u32, anchor: Ymd) -> i32 {
    let target = days(anchor);
    let day = day.min(28);
    (anchor.0 - 1..=anchor.0 + 1)
        .min_by_key(|&y| (days((y, month, day)) - target).abs())
        .unwrap_or(anchor.0)
}

fn valid(y: i32, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// "2025-06-12".
fn ymd((y, m, d): Ymd) -> String {
    let mut out = year(y.into());
    push_two_digits(&mut out, m);
    push_two_digits(&mut out, d);
    out
}

/// "2025-06".
fn year_month(y: i64, m: u32) -> String {
    let mut out = year(y);
    push_two_digits(&mut out, m);
    out
}

/// `y` in four digits at least ("2025", "0987"), with room for a month and a day after it.
/// Written digit by digit, where `format!` cost ten times as much for every date valued; a
/// year past four digits or before year 0 (never in news) is left to it.
fn year(y: i64) -> String {
    let Some(y) = u16::try_from(y).ok().filter(|&y| y <= 9999) else {
        return format!("{y:04}");
    };
    let mut out = String::with_capacity("2025-06-12".len());
    for place in [1000, 100, 10, 1] {
        out.push(char::from(b'0' + (y / place % 10) as u8));
    }
    out
}

/// Appends "-" and `n` in two digits at least ("-06", "-12"): a month or a day.
fn push_two_digits(out: &mut String, n: u32) {
    out.push('-');
    match u8::try_from(n).ok().filter(|&n| n < 100) {
        Some(n) => {
            out.push(char::from(b'0' + n / 10));
            out.push(char::from(b'0' + n % 10));
        }
        None => out.push_str(&n.to_string()),
    }
}

/// Days since 1970-01-01 (proleptic Gregorian; Howard Hinnant's algorithm).
fn days((y, m, d): Ymd) -> i64 {
    let y = y as i64 - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days`].
fn civil(z: i64) -> Ymd {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as i32, m, d)
}

/// Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday).
fn weekday_of(days: i64) -> u32 {
    (days + 3).rem_euclid(7) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANCHOR: Ymd = (2025, 6, 12); // a Thursday

    #[test]
    fn dates_are_written_as_format_writes_them() {
        for y in [-12, 0, 7, 987, 2025, 9999, 10_000] {
            assert_eq!(year(y), format!("{y:04}"));
            for m in [1, 9, 12, 123] {
                assert_eq!(year_month(y, m), format!("{y:04}-{m:02}"));
            }
        }
        assert_eq!(ymd((2025, 6, 9)), "2025-06-09");
        assert_eq!(ymd((-1, 12, 31)), "-001-12-31");
    }

    fn show(v: &DateValue) -> String {
        match (&v.value, &v.from, &v.to) {
            (Some(x), _, _) => x.clone(),
            (None, Some(f), Some(t)) => format!("{f}..{t}"),
            _ => "?".into(),
        }
    }

    #[test]
    fn anchored_table() {
        let cases: &[(&str, &str)] = &[
            ("June 12", "2025-06-12"),
            ("June 12, 2025", "2025-06-12"),
            ("12 June 2025", "2025-06-12"),
            ("12th June", "2025-06-12"),
            ("Jun. 12", "2025-06-12"),
            ("Sept. 3, 2024", "2024-09-03"),
            ("Monday, June 9", "2025-06-09"),
            ("June 2025", "2025-06"),
            ("June", "2025-06"),
            ("2025", "2025"),
            ("2025-06-12", "2025-06-12"),
            ("June 8 to 10", "2025-06-08..2025-06-10"),
            ("June 8-10", "2025-06-08..2025-06-10"),
            ("June 8–10, 2024", "2024-06-08..2024-06-10"),
            ("8–10 June", "2025-06-08..2025-06-10"),
            ("8 to 10 June 2025", "2025-06-08..2025-06-10"),
            ("from June 28 to July 2", "2025-06-28..2025-07-02"),
            ("between May and July", "2025-05..2025-07"),
            ("May–July 2024", "2024-05..2024-07"),
            ("2019 to 2021", "2019..2021"),
            ("2024-2025", "2024..2025"),
            ("the 1990s", "1990..1999"),
            ("mid-June", "2025-06"),
            ("2025-06", "2025-06"),
            ("today", "2025-06-12"),
            ("Today", "2025-06-12"),
            ("yesterday", "2025-06-11"),
            ("tomorrow", "2025-06-13"),
            ("Monday", "2025-06-09"),
            ("on Thursday", "2025-06-12"),
            ("Friday", "2025-06-06"),
            ("last Thursday", "2025-06-05"),
            ("next Monday", "2025-06-16"),
            ("last week", "2025-06-02..2025-06-08"),
            ("this week", "2025-06-09..2025-06-15"),
            ("next week", "2025-06-16..2025-06-22"),
            ("last month", "2025-05"),
            ("last year", "2024"),
            ("next year", "2026"),
            ("three days ago", "2025-06-09"),
            ("2 weeks ago", "2025-05-29"),
            ("recent years", "?"),
            ("a decade", "?"),
            ("June 31", "?"),
            ("", "?"),
        ];
        for (text, want) in cases {
            assert_eq!(show(&normalise(text, Some(ANCHOR))), *want, "{text:?}");
        }
    }

    #[test]
    fn year_nearest_the_anchor() {
        let cases: &[(&str, Ymd, &str)] = &[
            ("December 28", (2026, 1, 5), "2025-12-28"),
            ("January 3", (2025, 12, 30), "2026-01-03"),
            ("December 28 to January 3", (2026, 1, 5), "2025-12-28..2026-01-03"),
            ("last month", (2025, 1, 15), "2024-12"),
            ("Sunday", (2025, 3, 1), "2025-02-23"),
            ("February 29", (2024, 3, 1), "2024-02-29"),
        ];
        for (text, anchor, want) in cases {
            assert_eq!(
                show(&normalise(text, Some(*anchor))),
                *want,
                "{text:?} at {anchor:?}"
            );
        }
    }

    #[test]
    fn without_anchor_only_explicit_years() {
        let cases: &[(&str, &str)] = &[
            ("June 12", "?"),
            ("Monday", "?"),
            ("yesterday", "?"),
            ("June 8 to 10", "?"),
            ("12 June 2025", "2025-06-12"),
            ("8–10 June 2025", "2025-06-08..2025-06-10"),
            ("2025-06-12", "2025-06-12"),
        ];
        for (text, want) in cases {
            assert_eq!(show(&normalise(text, None)), *want, "{text:?}");
        }
    }

    #[test]
    fn lexing_reads_letters_past_ascii_and_drops_suffixes() {
        use Tok::*;
        let word = |w: &'static str| Word(w.into());
        assert_eq!(
            lex("12th Юни – 1990s, 2025-06"),
            [Num(12, 2), word("юни"), Dash, Decade(1990), Iso("2025-06")]
        );
        // A sign past ASCII parts words; letters glued to a number are its suffix.
        assert_eq!(lex("Mäy’June 3rdé"), [word("mäy"), Month(6), Num(3, 1)]);
    }

    #[test]
    fn iso_and_interval() {
        assert_eq!(parse_iso("2025-06-12"), Some((2025, 6, 12)));
        assert_eq!(parse_iso("2025-02-30"), None);
        assert_eq!(parse_iso("2025-6-12"), None);
        let v = normalise("June 8 to 10", Some(ANCHOR));
        assert_eq!(v.iso().as_deref(), Some("2025-06-08/2025-06-10"));
        assert!(!normalise("soon", Some(ANCHOR)).is_known());
    }

    #[test]
    fn calendar_round_trips() {
        for z in -800_000..800_000i64 {
            if z % 997 == 0 {
                assert_eq!(days(civil(z)), z);
            }
        }
        assert_eq!(weekday_of(days((2025, 6, 12))), 3);
    }
}
