//! Organisations and events named by a head word: "Ministry of National Defence of the
//! Republic of Lithuania", "Japan Association of Defence Industries", "Acquisition, Technology
//! and Logistics Agency", "Lithuania–Japan Business Forum"; then acronyms defined in brackets
//! after them ("(ATLA)") or before them, and every later use of such an acronym.

use rustc_hash::FxHashSet;

use super::context::Ctx;
use crate::lexicon::Kind;
use crate::types::{Candidate, Label, Span};

/// Head words that make a name an event rather than an organisation. A grammar of the
/// recogniser (like its connectors), not a lexicon.
const EVENT_HEADS: &[&str] = &[
    "Forum",
    "Summit",
    "Conference",
    "Congress",
    "Games",
    "Olympics",
    "Championship",
    "Championships",
    "Cup",
    "Festival",
    "Expo",
    "Exhibition",
    "Fair",
    "Symposium",
    "Convention",
    "Dialogue",
    "Talks",
    "Marathon",
    "Tournament",
    "Week",
    "War",
    "Revolution",
    "Uprising",
];

/// Head words of buildings and structures (FAC): "Élysée Palace", "Grand Mosque".
const FACILITY_HEADS: &[&str] = &[
    "Palace",
    "Airport",
    "Bridge",
    "Stadium",
    "Arena",
    "Square",
    "Street",
    "Avenue",
    "Tower",
    "Cathedral",
    "Mosque",
    "Temple",
    "Museum",
    "Station",
    "Prison",
    "Dam",
    "Hotel",
    "Memorial",
];

/// Words that continue a name to the right of its head: "Ministry of Defence", "Council for …".
const LINKS: &[&str] = &["of", "for", "on"];

pub const SOURCE: &str = "org-head";

pub fn propose(ctx: &Ctx, out: &mut Vec<Candidate>) {
    let mut orgs: Vec<(usize, usize)> = Vec::new();
    for h in 0..ctx.len() {
        let label = if EVENT_HEADS.contains(&ctx.text(h)) {
            Label::Event
        } else if FACILITY_HEADS.contains(&ctx.text(h)) {
            Label::Fac
        } else if ctx.is(h, Kind::OrgHead) {
            Label::Org
        } else {
            continue;
        };
        if !ctx.is_cap(h) || ctx.on_caps_line(h) {
            continue;
        }
        let first = left_edge(ctx, h);
        let end = right_edge(ctx, h + 1);
        // A bare head ("the Ministry said") names nothing specific.
        if first == h && end == h + 1 {
            continue;
        }
        // Inside a span already found from an earlier head ("Japan Association of Defence
        // Industries" has two heads); the earlier one saw the whole name.
        // Only spans still open at `h` can contain it; dropping the rest keeps this linear.
        orgs.retain(|&(_, b)| b > h);
        if orgs.iter().any(|&(a, b)| a <= first && end <= b) {
            continue;
        }
        orgs.push((first, end));
        out.push(Candidate {
            span: Span::new(ctx.start(first), ctx.end(end - 1)),
            label,
            source: SOURCE,
            score: 0.92,
        });
    }
    acronyms(ctx, out);
}

/// First token of the name ending in head `h`: capitalised words, "and"/"&", and a
/// comma-separated list that "and" closes ("Acquisition, Technology and Logistics Agency").
fn left_edge(ctx: &Ctx, h: usize) -> usize {
    let mut first = h;
    let mut seen_and = false;
    while first > 0 {
        let p = first - 1;
        if !ctx.same_sentence(p, h) {
            break;
        }
        let t = ctx.text(p);
        if ctx.is_cap(p) && !ctx.is(p, Kind::Title) && !ctx.is(p, Kind::Honorific) {
            first = p;
        } else if matches!(t, "and" | "&") && p > 0 && ctx.is_cap(p - 1) {
            seen_and = true;
            first = p;
        } else if t == "," && seen_and && p > 0 && ctx.is_cap(p - 1) && (p < 2 || !ctx.is_cap(p - 2)) {
            first = p - 1;
            break;
        } else if matches!(t, "-" | "–" | "—")
            && ctx.joined(p)
            && p > 0
            && ctx.joined(p - 1)
            && ctx.is_cap(p - 1)
        {
            // "Lithuania–Japan Business Forum"
            first = p;
        } else {
            break;
        }
    }
    while first < h && (ctx.is_function_word(first) || !ctx.is_cap(first)) {
        first += 1;
    }
    // "pro-Beijing New People Party": the hyphenated modifier is not part of the name.
    if first < h && first > 0 && ctx.joined(first - 1) && matches!(ctx.text(first - 1), "-" | "‑") {
        first += 1;
    }
    first
}

/// One past the last token of the name: "of National Defence of the Republic of Lithuania".
fn right_edge(ctx: &Ctx, mut end: usize) -> usize {
    loop {
        let mut j = end;
        // "Ministry of Digital Development and Transport of …": "and" joins two portfolios
        // when the name goes on after them.
        let and_more = j + 2 < ctx.len()
            && ctx.text(j) == "and"
            && ctx.is_cap(j + 1)
            && ctx.place_at(j + 1).is_none()
            && LINKS.contains(&ctx.text(j + 2));
        if j < ctx.len() && (LINKS.contains(&ctx.text(j)) || and_more) && ctx.same_sentence(end - 1, j) {
            j += 1;
            if j < ctx.len() && ctx.text(j) == "the" {
                j += 1;
            }
        }
        if j == end {
            // Another head straight after the head: "Deutsche Bank Group", "Motor Corp". Other
            // capitalised words after a head start the next name ("Senate Majority Leader").
            if ctx.is_cap(end) && ctx.same_sentence(end - 1, end) && ctx.is(end, Kind::OrgHead) {
                end += 1;
                continue;
            }
            return end;
        }
        if !ctx.is_cap(j) || starts_person(ctx, j) {
            return end;
        }
        let mut run = j + 1;
        while ctx.is_cap(run)
            && ctx.same_sentence(j, run)
            && !starts_person(ctx, run)
            && !ctx.is(run, Kind::Title)
        {
            run += 1;
        }
        // "University of Texas Arlington Amneh Jafari heard": a long run straight into a
        // lower-case word ends with a person's name.
        if run - j >= 4 && ctx.is_word(run) && !ctx.is_cap(run) {
            run -= 2;
        }
        end = run;
    }
}

fn starts_person(ctx: &Ctx, i: usize) -> bool {
    ctx.is(i, Kind::GivenName) || ctx.is(i, Kind::Honorific)
}

/// "Japan Association of Defence Industries (JADI)" → JADI is an ORG; "JADI (Japan …)"
/// too; then every other capitalised use of a defined acronym in the article.
fn acronyms(ctx: &Ctx, out: &mut Vec<Candidate>) {
    let named: Vec<Span> = out
        .iter()
        .filter(|c| c.label == Label::Org && c.source == SOURCE)
        .map(|c| c.span)
        .collect();
    // Sets and binary search: on a long article every lookup by scanning would be quadratic.
    let named_ends: FxHashSet<usize> = named.iter().map(|s| s.end).collect();
    let mut defined: FxHashSet<&str> = FxHashSet::default();
    for i in 1..ctx.len().saturating_sub(1) {
        if !(ctx.text(i - 1) == "(" && ctx.text(i + 1) == ")" && ctx.is_all_caps(i)) {
            continue;
        }
        let after_name = i >= 2 && named_ends.contains(&ctx.end(i - 2));
        if after_name && initials_match(ctx.text(i)) {
            defined.insert(ctx.text(i));
        }
    }
    // "NATO (North Atlantic Treaty Organization)": the acronym comes first.
    for s in &named {
        let open = ctx.doc.tokens.partition_point(|t| t.span.start < s.start);
        if open < 2 || open >= ctx.len() {
            continue;
        }
        if ctx.text(open - 1) == "(" && ctx.is_all_caps(open - 2) {
            defined.insert(ctx.text(open - 2));
        }
    }
    for i in 0..ctx.len() {
        if ctx.is_all_caps(i) && defined.contains(ctx.text(i)) {
            out.push(Candidate {
                span: Span::new(ctx.start(i), ctx.end(i)),
                label: Label::Org,
                source: "acronym",
                score: 0.95,
            });
        }
    }
}

/// An acronym is letters only (2–10 of them), possibly with a lower-case letter ("DoD").
fn initials_match(short: &str) -> bool {
    let n = short.chars().count();
    (2..=10).contains(&n) && short.chars().all(char::is_alphabetic)
}
