//! What the role rules share: reading a title phrase around a TITLE entity and recording a role
//! on a person, merged with the same role stated elsewhere.
//!
//! A title phrase is `[qualifiers] [anchor ['s]] [qualifiers] TITLE [complement]`:
//! - qualifiers stay in the title: "former", "acting", "deputy" …;
//! - the anchor gives the organisation or country: "Yukos spokesman", "Lithuania’s Minister",
//!   "Japanese Prime Minister", "Tory leader";
//! - complements extend the title ("Senior Adviser to the Minister of Defence", "Minister of
//!   National Defence") or give the organisation or country ("Commissioner of the ATLA",
//!   "President of France").
//!
//! A ministerial title with no organisation joins the ministry named elsewhere in the article
//! ("Vice Minister of National Defence" → "Ministry of National Defence" of Lithuania), and a
//! role with an organisation but no country takes the organisation's country.

use std::borrow::Cow;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::{find, gazetteer, lower_in, normalize, organizations, Input};
use crate::lexicon::{Kind, Lexicon};
use crate::types::{Evidence, Facts, Label, Role, Span, TokenKind};

/// Words before a title that belong to it.
const QUALIFIERS: &[&str] = &[
    "former",
    "acting",
    "deputy",
    "interim",
    "outgoing",
    "incoming",
    "then",
    "vice",
    "assistant",
    "senior",
    "junior",
    "joint",
    "caretaker",
    "ex",
];
/// Written abbreviations of titles, spelled out in the fact table.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("Sen", "Senator"),
    ("Rep", "Representative"),
    ("Gov", "Governor"),
    ("Gen", "General"),
    ("Pres", "President"),
    ("Supt", "Superintendent"),
    ("Insp", "Inspector"),
    ("Sgt", "Sergeant"),
    ("Col", "Colonel"),
    ("Lt", "Lieutenant"),
    ("Capt", "Captain"),
    ("Adm", "Admiral"),
    ("Cllr", "Councillor"),
];

/// A role read from the text, before it is recorded on a person.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub title: String,
    pub organization: Option<String>,
    pub country: Option<String>,
    /// The title phrase, from its first piece to its last.
    pub first: usize,
    pub last: usize,
    /// Whether something left of the title anchors it (an organisation, place, possessive or
    /// "the"): "Lithuania’s Minister of National Defence, Dovilė Šakalienė" names its holder
    /// after a comma, a bare "Commissioner," does not.
    pub anchored: bool,
    /// Whether the title is plural ("Foreign Ministers"): it then applies to a list of names.
    pub plural: bool,
}

/// Lookups the role rules need, built once per document ([`Input::ctx`]) from the names of
/// people and organisations, to which no rule after [`super::people`] adds (a title-only
/// mention is no name).
#[derive(Debug, PartialEq)]
pub struct Ctx {
    pub orgs: FxHashMap<String, usize>,
    /// Start byte of every organisation mention → index of the organisation.
    org_mentions: FxHashMap<usize, usize>,
    /// Piece → the person it names: an array, not a map keyed by start byte, because rules ask
    /// about most pieces of the article.
    person_at: Vec<Option<u32>>,
    /// `(piece, person)` for every piece naming a person, in order: what rules that start from
    /// a name walk instead of every piece.
    named: Vec<(usize, usize)>,
}

impl Ctx {
    pub fn new(input: &Input, facts: &Facts) -> Ctx {
        let mut person_at = vec![None; input.pieces.len()];
        // The named pieces, listed as found rather than by a scan of every piece.
        let mut named: Vec<usize> = Vec::new();
        for (i, p) in facts.people.iter().enumerate() {
            for m in &p.mentions {
                // A mention counts where a piece starts with it and is a name, marked or a bare
                // surname (not a title standing for the person).
                let Some(at) = input.piece_at(m.start) else {
                    continue;
                };
                let label = input.pieces[at].label;
                if label.is_none() || label == Some(Label::Person) {
                    person_at[at] = u32::try_from(i).ok();
                    named.push(at);
                }
            }
        }
        named.sort_unstable();
        named.dedup();
        let named = named
            .into_iter()
            .filter_map(|at| Some((at, person_at[at]? as usize)))
            .collect();
        let mentions = facts.organizations.iter().map(|o| o.mentions.len()).sum();
        let mut org_mentions = FxHashMap::with_capacity_and_hasher(mentions, Default::default());
        for (i, o) in facts.organizations.iter().enumerate() {
            org_mentions.extend(o.mentions.iter().map(|m| (m.start, i)));
        }
        Ctx {
            orgs: organizations::index(facts),
            org_mentions,
            person_at,
            named,
        }
    }

    /// The person piece `i` names, if it is a person mention (marked or a bare surname).
    pub fn person(&self, i: usize) -> Option<usize> {
        self.person_at.get(i).copied().flatten().map(|p| p as usize)
    }

    /// Every `(piece, person)` naming a person, in text order.
    pub fn named(&self) -> &[(usize, usize)] {
        &self.named
    }
}

/// Reads the title phrase around the title in pieces `title.0..=title.1` (a TITLE entity, or
/// an unmarked title from [`title_ending_at`] / [`title_starting_at`]).
pub fn read(input: &Input, facts: &Facts, ctx: &Ctx, title: (usize, usize)) -> Draft {
    let text = input.doc.text;
    let (t, t_last) = title;
    let mut d = Draft {
        title: String::new(),
        organization: None,
        country: None,
        first: t,
        last: t,
        anchored: false,
        plural: false,
    };
    // Left: qualifiers kept in the title, then an anchor, then more qualifiers.
    let mut title_start = t;
    while title_start > 0 && is_qualifier(input, title_start - 1) && input.same_sentence(title_start - 1, t) {
        title_start -= 1;
    }
    d.first = title_start;
    let mut k = title_start;
    if k > 1 && input.word_in(k - 1, &["’s", "'s"]) && input.same_sentence(k - 2, t) {
        // "the company’s chief executive": a possessive anchors the title even when the
        // possessor is no entity.
        d.anchored = true;
        if !anchor(input, facts, ctx, k - 2, &mut d) && is_bare_name(input, k - 2) {
            // "GM’s chairman" with "GM" unmarked.
            let (name, country) = org_name(facts, ctx, input.text(k - 2));
            d.organization = Some(name);
            d.country = country;
        }
        // The possessor belongs to the phrase even as a common noun: "the company’s".
        k -= 2;
    } else if k > 0 && input.same_sentence(k - 1, t) && anchor(input, facts, ctx, k - 1, &mut d) {
        k -= 1;
    } else {
        // "Arsenal manager": capitalised words the recogniser left unmarked.
        let mut j = k;
        while j > 0 && k - j < 3 && input.same_sentence(j - 1, t) && is_bare_name(input, j - 1) {
            j -= 1;
        }
        if j < k {
            let words = &text[input.pieces[j].span.start..input.pieces[k - 1].span.end];
            let (name, country) = org_name(facts, ctx, words);
            d.organization = Some(name);
            d.country = country;
            d.anchored = true;
            k = j;
        }
    }
    while k > 0 && is_qualifier(input, k - 1) && input.same_sentence(k - 1, t) {
        k -= 1;
    }
    d.first = k;
    if k > 0 && input.word_in(k - 1, &["the", "The", "its", "their", "his", "her"]) {
        d.anchored = true;
    }
    // Right: "to the <title>" extends it; "of/at/for [the] <org|country>" completes it.
    let mut end = t_last;
    loop {
        let p = end + 1;
        if !input.same_sentence(p, t) {
            break;
        }
        let the = usize::from(input.word_in(p + 1, &["the"]));
        let obj = p + 1 + the;
        if input.word_in(p, &["to"]) && input.is(obj, Label::Title) {
            end = obj;
            continue;
        }
        if !input.word_in(p, &["of", "at", "for", "with"]) || !input.same_sentence(obj, t) {
            break;
        }
        if input.is(obj, Label::Org) {
            set_org(input, facts, ctx, obj, &mut d);
            d.last = obj;
            break;
        }
        if let Some(c) = gazetteer::country(input.text(obj)).filter(|_| input.is(obj, Label::Gpe)) {
            d.country = Some(c.to_string());
            d.last = obj;
            break;
        }
        // "spokesman for the Indonesian military": the nationality of an unnamed body.
        if input.is(obj, Label::Norp) && gazetteer::is_demonym(input.text(obj)) {
            d.country = gazetteer::country(input.text(obj)).map(str::to_string);
            d.last = obj;
            // …and the body itself: "military", "foreign ministry".
            while d.last + 1 < obj + 3
                && is_lower_word(input, d.last + 1)
                && input.same_sentence(d.last + 1, t)
            {
                d.last += 1;
            }
            break;
        }
        // "Minister" + "of National Defence" when only the head was marked.
        let mut j = obj;
        while the == 0
            && input.word_in(p, &["of", "for"])
            && input
                .pieces
                .get(j)
                .is_some_and(|x| x.entity.is_none() && x.kind == crate::types::TokenKind::Word)
            && input.starts_upper(j)
            && input.same_sentence(j, t)
        {
            j += 1;
        }
        if j == obj {
            break;
        }
        end = j - 1;
    }
    d.last = d.last.max(end);
    let raw = &text[input.pieces[title_start].span.start..input.pieces[end].span.end];
    let mut joined = String::with_capacity(raw.len());
    for word in raw.split_whitespace() {
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(word);
    }
    // A copy only when an article goes.
    let stripped = super::strip_article(&joined);
    let title = if stripped.len() == joined.len() {
        joined
    } else {
        stripped.to_string()
    };
    let mut title = split_inside(title, facts, ctx, &mut d);
    let bare = title.trim_end_matches('.');
    if let Some(&(_, full)) = ABBREVIATIONS.iter().find(|(a, _)| *a == bare) {
        title = full.to_string();
    }
    d.plural = is_plural(&title);
    d.title = title;
    if d.organization.is_none() {
        ministry(facts, ctx, &mut d);
    }
    d
}

/// Anchors and complements the recogniser kept inside the title: "BP chief executive",
/// "Tory leader", "chief financial officer of BP", "President of France". A complement of a
/// capitalised title stays ("Minister of National Defence") unless it names a known
/// organisation or a country.
fn split_inside(title: String, facts: &Facts, ctx: &Ctx, d: &mut Draft) -> String {
    // One word has no complement, anchor or nationality to split off (every case below needs
    // two words), and most titles are one word.
    if !title.contains(' ') {
        return title;
    }
    let mut title = title;
    for sep in [" of the ", " at the ", " for the ", " of ", " at ", " for "] {
        let Some(at) = find(&title, sep) else { continue };
        let (head, tail) = (&title[..at], &title[at + sep.len()..]);
        if let Some(c) = gazetteer::country(tail) {
            d.country.get_or_insert_with(|| c.to_string());
        } else {
            let known = ctx.orgs.get(&normalize(tail)).map(|&o| &facts.organizations[o]);
            let lower_head = head.rsplit(' ').next().is_some_and(starts_lower);
            if known.is_none() && !(lower_head && !tail.is_empty() && !starts_lower(tail)) {
                continue;
            }
            let (name, country) =
                known.map_or((tail.to_string(), None), |o| (o.name.clone(), o.country.clone()));
            d.organization.get_or_insert(name);
            if d.country.is_none() {
                d.country = country;
            }
        }
        title.truncate(at);
        break;
    }
    // "Kazakh Vice Minister of Digital Development": a nationality inside the title.
    let words: Vec<&str> = title.split(' ').collect();
    let q = words.iter().take_while(|w| lower_in(w, QUALIFIERS)).count();
    let nationality = (q + 1 < words.len() && gazetteer::is_demonym(words[q]))
        .then(|| gazetteer::country(words[q]))
        .flatten();
    // Leading proper nouns before a lower-case title: "BP chief executive", "Tory leader".
    let k = (q..words.len())
        .find(|&k| starts_lower(words[k]))
        .unwrap_or(words.len());
    let proper = k > q && k < words.len() && !["of", "and", "the", "for", "to", "de"].contains(&words[k]);
    // A title the lexicon knows whole stays whole ("Defence minister"); looked up only when
    // something would be split off.
    if (nationality.is_none() && !proper) || in_lexicon(&title.to_lowercase()) {
        return title;
    }
    if let Some(c) = nationality {
        d.country.get_or_insert_with(|| c.to_string());
        return words[..q]
            .iter()
            .chain(&words[q + 1..])
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
    }
    if proper {
        let prefix = words[q..k].join(" ");
        if let Some(c) = gazetteer::country(&prefix) {
            d.country.get_or_insert_with(|| c.to_string());
        } else {
            let (name, country) = org_name(facts, ctx, &prefix);
            d.organization.get_or_insert(name);
            if d.country.is_none() {
                d.country = country;
            }
        }
        title = words[..q]
            .iter()
            .chain(&words[k..])
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
    }
    title
}

fn starts_lower(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}

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
    let name = super::strip_article(name);
    PARTIES
        .iter()
        .find(|(alias, ..)| *alias == name)
        .map(|&(_, full, country)| (full, country))
}

/// An organisation's canonical name and country: a party, a known organisation, or as written.
pub fn org_name(facts: &Facts, ctx: &Ctx, name: &str) -> (String, Option<String>) {
    let name = super::strip_article(name);
    if let Some((full, country)) = party(name) {
        return (full.to_string(), Some(country.to_string()));
    }
    match ctx.orgs.get(&normalize(name)).map(|&o| &facts.organizations[o]) {
        Some(o) => (o.name.clone(), o.country.clone()),
        None => (name.to_string(), None),
    }
}

/// Role nouns news puts before or after names that the title lexicon may not hold.
const ROLE_NOUNS: &[&str] = &[
    "leader",
    "manager",
    "captain",
    "coach",
    "head",
    "founder",
    "owner",
    "editor",
    "boss",
    "chief",
    "striker",
    "goalkeeper",
    "midfielder",
    "defender",
    "analyst",
    "economist",
    "deputy leader",
    "party leader",
    "opposition leader",
    "team manager",
    "head coach",
    "finance director",
];

/// Whether pieces `a..=b` are lower-case words that name a role ("leader", "chief executive").
fn is_title_run(input: &Input, a: usize, b: usize) -> bool {
    if b >= input.pieces.len() || !input.same_sentence(a, b) {
        return false;
    }
    // Lower-case words, the first capitalised where it opens the sentence ("Directors Susan
    // Marsh and Colin Reed"), or capitalised words the lexicon knows ("Defence minister").
    let opens = a == 0 || !input.same_sentence(a - 1, a);
    let (mut first_capital, mut inner_capital) = (false, false);
    for i in a..=b {
        let p = input.pieces[i];
        let mut chars = input.text(i).chars();
        let capital = chars.next().is_some_and(char::is_uppercase);
        if p.entity.is_some() || p.kind != TokenKind::Word || !chars.all(char::is_lowercase) {
            return false;
        }
        first_capital |= capital && i == a;
        inner_capital |= capital && i > a;
    }
    if !could_end_title(input.text(b)) {
        return false;
    }
    let mut run = String::new();
    for i in a..=b {
        if i > a {
            run.push(' ');
        }
        run.push_str(input.text(i));
    }
    let run = if run.is_ascii() {
        run.make_ascii_lowercase();
        run
    } else {
        run.to_lowercase()
    };
    let singular = singular(&run);
    // Role nouns only as written in running text; capitalised runs only as the lexicon has
    // them ("Foreign Ministers Jack Straw and Joschka Fischer").
    let plain = !inner_capital && (!first_capital || opens);
    let known = |r: &str| (plain && ROLE_NOUNS.contains(&r)) || in_lexicon(r);
    known(&run) || known(&singular)
}

/// The title lexicon and role nouns as [`is_title_run`] reads them, built once per process.
struct Titles {
    /// The last word of every role noun and lexicon title, lower-cased.
    heads: FxHashSet<String>,
    /// Every ASCII lexicon title whose title case is itself ("Chief Executive"), lower-cased:
    /// [`in_lexicon`] looks a lower-case run up here instead of building its title case.
    lower: FxHashSet<String>,
}

fn titles() -> &'static Titles {
    static TITLES: OnceLock<Titles> = OnceLock::new();
    TITLES.get_or_init(|| {
        let titles = || Lexicon::get().entries(Kind::Title).map(|e| e.surface);
        let heads = ROLE_NOUNS
            .iter()
            .copied()
            .chain(titles())
            .filter_map(|t| t.rsplit(' ').next())
            .map(str::to_lowercase)
            .collect();
        let lower = titles()
            .filter(|t| t.is_ascii())
            .map(str::to_ascii_lowercase)
            .filter(|l| Lexicon::get().lookup(&title_case(l), Kind::Title).is_some())
            .collect();
        Titles { heads, lower }
    })
}

/// Whether the title lexicon holds `lower` (lower case) in title case ("chief executive" as
/// "Chief Executive").
fn in_lexicon(lower: &str) -> bool {
    if lower.is_ascii() {
        titles().lower.contains(lower)
    } else {
        Lexicon::get().lookup(&title_case(lower), Kind::Title).is_some()
    }
}

/// Whether `word` (a run's last word) ends some role noun or lexicon title, in the singular or
/// the plural: most runs of lower-case words are not titles, and this rules them out before
/// [`is_title_run`] builds strings to look them up.
fn could_end_title(word: &str) -> bool {
    let heads = &titles().heads;
    let word: Cow<str> = if word.chars().all(char::is_lowercase) {
        word.into()
    } else {
        word.to_lowercase().into()
    };
    // `singular(&word)`, allocated only for "-ies".
    heads.contains(word.as_ref())
        || match word.strip_suffix("ies") {
            Some(stem) => heads.contains(format!("{stem}y").as_str()),
            None => word.strip_suffix('s').is_some_and(|stem| heads.contains(stem)),
        }
}

/// "chief executive" → "Chief Executive", the form of the title lexicon.
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (k, word) in s.split(' ').enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out
}

/// Longest unmarked title run length looked at, in words.
const RUN: usize = 4;

/// "Sen", "Gov", … (the period is a token of its own).
pub fn is_abbreviated_title(word: &str) -> bool {
    ABBREVIATIONS.iter().any(|(a, _)| *a == word)
}

/// The title ending at piece `j`: a TITLE entity, or the longest unmarked run ending there.
pub fn title_ending_at(input: &Input, j: usize) -> Option<(usize, usize)> {
    let abbreviated =
        input.pieces.get(j).is_some_and(|p| p.entity.is_none()) && is_abbreviated_title(input.text(j));
    if input.is(j, Label::Title) || abbreviated {
        return Some((j, j));
    }
    // Every run ends with piece `j`: one look at its last word rules most out.
    if !could_end_title(input.text(j)) {
        return None;
    }
    (0..RUN)
        .rev()
        .filter(|&n| n <= j)
        .map(|n| j - n)
        .find(|&a| is_title_run(input, a, j))
        .map(|a| (a, j))
}

/// The title starting at piece `s`: a TITLE entity, or the longest unmarked run starting there,
/// with a second one joined by "and" ("chairman and chief executive").
pub fn title_starting_at(input: &Input, s: usize) -> Option<(usize, usize)> {
    if input.is(s, Label::Title) {
        return Some((s, s));
    }
    let run_from = |s: usize| (s..s + RUN).rev().find(|&b| is_title_run(input, s, b));
    let b = run_from(s)?;
    if input.word_in(b + 1, &["and"]) {
        if let Some(b2) = run_from(b + 2) {
            return Some((s, b2));
        }
    }
    Some((s, b))
}

/// Capitalised words that are not entities and not the usual sentence openers.
fn is_bare_name(input: &Input, i: usize) -> bool {
    const OPENERS: &[&str] = &[
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "My",
        "Your",
        "When",
        "After",
        "Before",
        "Yesterday",
        "Today",
        "But",
        "And",
        "Meanwhile",
        "Former",
        "In",
        "On",
        "At",
    ];
    let p = input.pieces[i];
    let w = input.text(i);
    p.entity.is_none()
        && p.kind == TokenKind::Word
        && w.chars().next().is_some_and(char::is_uppercase)
        && !OPENERS.contains(&w)
        && !super::people::is_honorific(w)
}

fn is_lower_word(input: &Input, i: usize) -> bool {
    input
        .pieces
        .get(i)
        .is_some_and(|p| p.entity.is_none() && p.kind == TokenKind::Word)
        && input.text(i).chars().all(char::is_lowercase)
}

fn is_qualifier(input: &Input, i: usize) -> bool {
    input.pieces[i].entity.is_none() && lower_in(input.text(i), QUALIFIERS)
}

/// Reads an organisation, country or group left of a title; true if piece `i` is one.
fn anchor(input: &Input, facts: &Facts, ctx: &Ctx, i: usize, d: &mut Draft) -> bool {
    let text = input.text(i);
    match input.label(i) {
        Some(Label::Org) => set_org(input, facts, ctx, i, d),
        Some(Label::Gpe) => match gazetteer::country(text) {
            Some(c) => d.country = Some(c.to_string()),
            // "the Chelsea manager", "Tokyo governor": a place that is no country.
            None => d.organization = Some(super::strip_article(text).to_string()),
        },
        Some(Label::Norp) if gazetteer::is_demonym(text) => {
            d.country = gazetteer::country(text).map(str::to_string)
        }
        Some(Label::Norp) => {
            let (name, country) = org_name(facts, ctx, text);
            d.organization = Some(name);
            d.country = d.country.take().or(country);
        }
        _ => return false,
    }
    d.anchored = true;
    true
}

fn set_org(input: &Input, facts: &Facts, ctx: &Ctx, i: usize, d: &mut Draft) {
    let text = input.text(i);
    let (name, country) = match ctx.org_mentions.get(&input.pieces[i].span.start) {
        Some(&o) if party(text).is_none() => {
            let o = &facts.organizations[o];
            (o.name.clone(), o.country.clone())
        }
        _ => org_name(facts, ctx, text),
    };
    d.organization = Some(name);
    if d.country.is_none() {
        d.country = country;
    }
}

/// "Minister of X" / "Secretary for X" / "X Minister" → the "Ministry of X" or "Department of
/// X" the article names, if any.
fn ministry(facts: &Facts, ctx: &Ctx, d: &mut Draft) {
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

fn is_plural(title: &str) -> bool {
    let head = [" of ", " to ", " for "]
        .iter()
        .fold(title, |t, sep| &t[..find(t, sep).unwrap_or(t.len())]);
    let last = head.rsplit(' ').next().unwrap_or("");
    last.len() > 3 && last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("us")
}

/// "Foreign Ministers" → "Foreign Minister"; "Secretaries" → "Secretary".
pub fn singular(title: &str) -> String {
    if let Some(stem) = title.strip_suffix("ies") {
        format!("{stem}y")
    } else {
        title.strip_suffix('s').unwrap_or(title).to_string()
    }
}

/// Records `draft` as a role of person `p`, with `evidence` read by `rule`. A role that
/// restates one the person has ("Vice Minister" after "Vice Minister of National Defence")
/// adds its evidence there, keeping the fuller title.
pub fn add(facts: &mut Facts, p: usize, draft: &Draft, evidence: Span, rule: &'static str) {
    let ev = Evidence {
        start: evidence.start,
        end: evidence.end,
        rule,
    };
    let Some(person) = facts.people.get_mut(p) else {
        return;
    };
    // Normalised only when a role's title differs as written: restated titles mostly repeat it.
    let mut key = None;
    let fits = |a: &Option<String>, b: &Option<String>| a.is_none() || b.is_none() || a == b;
    let same = person.roles.iter_mut().find(|r| {
        let same_title = r.title == draft.title || {
            let key: &str = key.get_or_insert_with(|| normalize(&draft.title));
            let have = normalize(&r.title);
            let extends = |a: &str, b: &str| a.strip_prefix(b).is_some_and(|rest| rest.starts_with(' '));
            have == key || extends(&have, key) || extends(key, &have)
        };
        same_title && fits(&r.organization, &draft.organization) && fits(&r.country, &draft.country)
    });
    match same {
        Some(r) => {
            if draft.title.len() > r.title.len() {
                r.title = draft.title.clone();
            }
            if r.organization.is_none() {
                r.organization = draft.organization.clone();
            }
            if r.country.is_none() {
                r.country = draft.country.clone();
            }
            // Only the latest can repeat (two rules reading one span in turn); a full scan
            // would be quadratic in the mentions of a much-quoted person.
            if r.evidence.last() != Some(&ev) {
                r.evidence.push(ev);
            }
        }
        None => person.roles.push(Role {
            title: draft.title.clone(),
            organization: draft.organization.clone(),
            country: draft.country.clone(),
            start: ev.start,
            end: ev.end,
            evidence: vec![ev],
        }),
    }
}

/// The span from piece `a` to piece `b`, in either order.
pub fn span(input: &Input, a: usize, b: usize) -> Span {
    let (a, b) = (a.min(b), a.max(b));
    Span::new(input.pieces[a].span.start, input.pieces[b].span.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::testing::input;
    use crate::types::Label::*;

    fn draft(text: &str, spec: &[(&str, Label)]) -> Draft {
        let mut out = None;
        input(text, spec, |inp| {
            let mut facts = Facts::default();
            let mut ents = inp.entities.to_vec();
            for rule in &crate::facts::RULES[..3] {
                rule.apply(inp, &mut facts, &mut ents);
            }
            let ctx = Ctx::new(inp, &facts);
            let t = (0..inp.pieces.len())
                .find(|&i| inp.is(i, Title))
                .expect("a title");
            out = Some(read(inp, &facts, &ctx, (t, t)));
        });
        out.expect("read")
    }

    #[test]
    fn anchors_qualifiers_and_complements() {
        let d = draft(
            "Yukos spokesman Mike Lake",
            &[("Yukos", Org), ("spokesman", Title)],
        );
        assert_eq!(
            (d.title.as_str(), d.organization.as_deref(), d.anchored),
            ("spokesman", Some("Yukos"), true)
        );
        let d = draft(
            "Lithuania’s former Minister",
            &[("Lithuania", Gpe), ("Minister", Title)],
        );
        assert_eq!(
            (d.title.as_str(), d.country.as_deref()),
            ("former Minister", Some("Lithuania"))
        );
        let d = draft(
            "Commissioner of the Acquisition Agency (ATLA)",
            &[("Commissioner", Title), ("Acquisition Agency", Org)],
        );
        assert_eq!(
            (d.title.as_str(), d.organization.as_deref()),
            ("Commissioner", Some("Acquisition Agency"))
        );
        let d = draft(
            "Senior Adviser to the Minister of Defence;",
            &[("Senior Adviser", Title), ("Minister of Defence", Title)],
        );
        assert_eq!(d.title, "Senior Adviser to the Minister of Defence");
        let d = draft(
            "Minister of National Defence Loreta Maskaliovienė",
            &[("Minister", Title), ("Loreta Maskaliovienė", Person)],
        );
        assert_eq!(d.title, "Minister of National Defence");
        let d = draft(
            "Japanese Prime Minister",
            &[("Japanese", Norp), ("Prime Minister", Title)],
        );
        assert_eq!(
            (d.title.as_str(), d.country.as_deref()),
            ("Prime Minister", Some("Japan"))
        );
        let d = draft("Sen. John Kerry", &[("Sen.", Title)]);
        assert_eq!(d.title, "Senator");
    }

    #[test]
    fn anchors_and_complements_inside_the_title() {
        let d = draft("BP chief executive Lord Browne", &[("BP chief executive", Title)]);
        assert_eq!(
            (d.title.as_str(), d.organization.as_deref()),
            ("chief executive", Some("BP"))
        );
        let d = draft("former Tory leader", &[("former Tory leader", Title)]);
        assert_eq!(
            (d.title.as_str(), d.organization.as_deref(), d.country.as_deref()),
            (
                "former leader",
                Some("Conservative Party"),
                Some("United Kingdom")
            )
        );
        let d = draft(
            "chief financial officer of BP",
            &[("chief financial officer of BP", Title)],
        );
        assert_eq!(
            (d.title.as_str(), d.organization.as_deref()),
            ("chief financial officer", Some("BP"))
        );
        let d = draft("President of France", &[("President of France", Title)]);
        assert_eq!(
            (d.title.as_str(), d.country.as_deref()),
            ("President", Some("France"))
        );
        for kept in [
            "Bank of England Governor",
            "Minister of National Defence",
            "Senate Majority Leader",
        ] {
            let d = draft(kept, &[(kept, Title)]);
            assert_eq!((d.title.as_str(), d.organization.as_deref()), (kept, None));
        }
    }

    #[test]
    fn ministerial_titles_join_the_ministry() {
        let d = draft(
            "Vice Minister of National Defence X, with the Ministry of National Defence of the Republic of Lithuania.",
            &[
                ("Vice Minister of National Defence", Title),
                ("Ministry of National Defence of the Republic of Lithuania", Org),
            ],
        );
        assert_eq!(d.organization.as_deref(), Some("Ministry of National Defence"));
        assert_eq!(d.country.as_deref(), Some("Lithuania"));
        let d = draft(
            "Minister of Finance X and the Ministry of Defence",
            &[("Minister of Finance", Title), ("Ministry of Defence", Org)],
        );
        assert_eq!(d.organization, None, "another ministry");
    }

    #[test]
    fn ctx_lists_names_not_title_mentions() {
        let text = "Chancellor Gordon Brown spoke. Then the Chancellor said Brown agreed.";
        let spec = [
            ("Chancellor", Title),
            ("Gordon Brown", Person),
            ("Chancellor", Title),
        ];
        input(text, &spec, |inp| {
            let mut facts = Facts::default();
            let mut ents = inp.entities.to_vec();
            for rule in crate::facts::RULES {
                rule.apply(inp, &mut facts, &mut ents);
            }
            let ctx = Ctx::new(inp, &facts);
            let named: Vec<(&str, usize)> = ctx.named().iter().map(|&(i, p)| (inp.text(i), p)).collect();
            assert_eq!(named, [("Gordon Brown", 0), ("Brown", 0)]);
            // "the Chancellor" is a mention of Brown, but no name rules start from.
            assert!(facts.people[0].mentions.iter().any(|m| m.kind == Some("title")));
            let title = (0..inp.pieces.len())
                .rfind(|&i| inp.is(i, Title))
                .expect("a title");
            assert_eq!((ctx.person(title), ctx.person(title - 1)), (None, None));
            assert_eq!(ctx.person(inp.pieces.len()), None);
        });
    }

    #[test]
    fn lexicon_titles_looked_up_in_lower_case_as_in_title_case() {
        let lexicon = Lexicon::get();
        let runs = lexicon
            .entries(Kind::Title)
            .map(|e| e.surface.to_lowercase())
            .chain(
                [
                    "chief executive",
                    "minister",
                    "foo",
                    "vice minister",
                    "",
                    "émigré",
                ]
                .map(String::from),
            );
        for run in runs {
            let want = lexicon.lookup(&title_case(&run), Kind::Title).is_some();
            assert_eq!(in_lexicon(&run), want, "{run:?}");
        }
    }

    #[test]
    fn plural_titles() {
        assert!(is_plural("Foreign Ministers") && !is_plural("Commissioner") && !is_plural("Chief of Staff"));
        assert!(!is_plural("Boss") && !is_plural("Bus") && !is_plural("Minister of Foreign Affairs"));
        assert_eq!(singular("Foreign Ministers"), "Foreign Minister");
        assert_eq!(singular("Secretaries"), "Secretary");
    }
}
