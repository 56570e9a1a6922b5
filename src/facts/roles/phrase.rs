//! The title phrase around a title: qualifiers, the anchor on its left, complements on its
//! right, and organisations, countries and nationalities split out of the title's words.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::super::{find, gazetteer, normalize, organizations, Input};
use super::org::{ministry, org_name};
use super::{Ctx, Draft};
use crate::entities::languages;
use crate::entities::titles::words::{is, Class};
use crate::lexicon::parties::party;
use crate::lexicon::{Kind, Lexicon};
use crate::types::{Facts, Label, TokenKind};

/// Written abbreviations of titles ("Sen", "Gen": the period is a token of its own). The title
/// grammar marks them as titles; they stay as written in the fact table.
const ABBREVIATIONS: &[&str] = &[
    "Sen", "Rep", "Gov", "Gen", "Pres", "Supt", "Insp", "Sgt", "Col", "Lt", "Capt", "Adm", "Cllr", "Maj",
    "Brig", "Cmdr", "Cpl", "Pvt",
];

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
        plural: false,
    };
    // Left: an anchor, then qualifiers ("former Tory leader"); qualifiers next to the title are
    // in it already (the title grammar's).
    let title_start = t;
    let mut k = title_start;
    // "Ukraine's new president": words that only describe the holder stand between the
    // anchor and the title, outside both.
    while k > 0
        && input.pieces[k - 1].entity.is_none()
        && crate::entities::titles::words::is_descriptive(input.text(k - 1))
        && input.same_sentence(k - 1, t)
    {
        k -= 1;
    }
    if k > 1 && input.word_in(k - 1, &["’s", "'s"]) && input.same_sentence(k - 2, t) {
        // "the company’s chief executive": a possessive anchors the title even when the
        // possessor is no entity.
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
        // "New Democrat MP": capitalised words the recogniser left out of a group or body.
        let mut j = k;
        while j > 0
            && k - j < 2
            && matches!(input.label(k), Some(Label::Org | Label::Norp))
            && !gazetteer::is_demonym(input.text(k))
            && input.same_sentence(j - 1, t)
            && is_bare_name(input, j - 1)
        {
            j -= 1;
        }
        if j < k {
            let words = &text[input.pieces[j].span.start..input.pieces[k].span.end];
            let (name, country) = org_name(facts, ctx, words);
            d.organization = Some(name);
            d.country = country;
            k = j;
        }
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
            k = j;
        }
    }
    // "former Commission chief": qualifiers before the anchor belong to the title.
    let anchor_start = k;
    while k > 0 && k < title_start && is_qualifier(input, k - 1) && input.same_sentence(k - 1, t) {
        k -= 1;
    }
    let qualifiers = (k < anchor_start)
        .then(|| text[input.pieces[k].span.start..input.pieces[anchor_start - 1].span.end].to_string());
    d.first = k;
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
        // "professor of French", "lecturer in Spanish": the subject taught is the title's.
        if input.word_in(p, &["of", "in"]) && the == 0 && input.is(obj, Label::Language) {
            end = obj;
            continue;
        }
        if !input.word_in(p, &["of", "at", "for", "with"]) || !input.same_sentence(obj, t) {
            break;
        }
        // "a member of the committee": a body named by its common noun completes the phrase;
        // the role stands without the body's name.
        if input.pieces[obj].entity.is_none() && organizations::is_body_noun(input.text(obj)) {
            d.last = obj;
            break;
        }
        // An organisation or country completing the title anchors it as one on its left does.
        if input.is(obj, Label::Org) {
            set_org(input, facts, ctx, obj, &mut d);
            d.last = obj;
            break;
        }
        // Not a country that modifies a longer name: "member of the Australia women's team".
        let modifies = input.word_in(obj + 1, &["'s", "’s"])
            || is_lower_word(input, obj + 1) && !is(input.text(obj + 1), Class::Closed);
        if let Some(c) =
            gazetteer::country(input.text(obj)).filter(|_| input.is(obj, Label::Gpe) && !modifies)
        {
            d.country = Some(c);
            d.last = obj;
            break;
        }
        // "spokesman for the Indonesian military": the nationality of an unnamed body.
        if input.is(obj, Label::Norp) && gazetteer::is_demonym(input.text(obj)) {
            d.country = gazetteer::country(input.text(obj));
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
    if let Some(q) = &qualifiers {
        joined.push_str(q);
    }
    for word in raw.split_whitespace() {
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(word);
    }
    // A copy only when an article goes.
    let stripped = crate::facts::strip_article(&joined);
    let title = if stripped.len() == joined.len() {
        joined
    } else {
        stripped.to_string()
    };
    let title = split_inside(title, facts, ctx, &mut d);
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
        // "professor of English": the subject taught stays in the title; so does the office a
        // candidate stands for ("nominee for Governor of Varnel").
        if sep == " of "
            && head
                .rsplit(' ')
                .next()
                .is_some_and(|post| languages::teaches(post, tail))
        {
            break;
        }
        if sep == " for "
            && tail
                .split(' ')
                .next()
                .is_some_and(|w| in_lexicon(&w.to_lowercase()))
        {
            break;
        }
        if let Some(c) = gazetteer::country(tail) {
            // "Special Envoy for Peru", "Minister for Europe": the place names the
            // office; "President of France" names the holder's country.
            if sep.starts_with(" for") {
                continue;
            }
            d.country.get_or_insert(c);
        } else {
            let known = ctx
                .orgs(facts)
                .get(&normalize(tail))
                .map(|&o| &facts.organizations[o]);
            let lower_head = head.rsplit(' ').next().is_some_and(starts_lower);
            if known.is_none() && !(lower_head && !tail.is_empty() && !starts_lower(tail)) {
                continue;
            }
            let (name, country) = known.map_or((tail.to_string(), None), |o| (o.name.clone(), o.country));
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
    let q = words.iter().take_while(|w| is(w, Class::Qualifier)).count();
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
        d.country.get_or_insert(c);
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
            d.country.get_or_insert(c);
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

/// Every ASCII lexicon title whose title case is itself ("Chief Executive"), lower-cased, built
/// once per process: [`in_lexicon`] looks a lower-case title up here instead of building its
/// title case.
fn lexicon_titles() -> &'static FxHashSet<String> {
    static TITLES: OnceLock<FxHashSet<String>> = OnceLock::new();
    TITLES.get_or_init(|| {
        Lexicon::get()
            .entries(Kind::Title)
            .map(|e| e.surface)
            .filter(|t| t.is_ascii())
            .map(str::to_ascii_lowercase)
            .filter(|l| Lexicon::get().lookup(&title_case(l), Kind::Title).is_some())
            .collect()
    })
}

/// Whether the title lexicon holds `lower` (lower case) in title case ("chief executive" as
/// "Chief Executive").
fn in_lexicon(lower: &str) -> bool {
    if lower.is_ascii() {
        lexicon_titles().contains(lower)
    } else {
        Lexicon::get().lookup(&title_case(lower), Kind::Title).is_some()
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

/// "Sen", "Gov", … (the period is a token of its own).
pub fn is_abbreviated_title(word: &str) -> bool {
    ABBREVIATIONS.contains(&word)
}

/// The title ending at piece `j`: a TITLE entity (the title grammar, `entities::titles`, owns
/// its extent), or a written abbreviation with its period.
pub fn title_ending_at(input: &Input, j: usize) -> Option<(usize, usize)> {
    if input.is(j, Label::Title) {
        return Some((j, j));
    }
    let abbreviated =
        input.pieces.get(j).is_some_and(|p| p.entity.is_none()) && is_abbreviated_title(input.text(j));
    abbreviated.then(|| (j, if input.word_in(j + 1, &["."]) { j + 1 } else { j }))
}

/// The title starting at piece `s`: a TITLE entity.
pub fn title_starting_at(input: &Input, s: usize) -> Option<(usize, usize)> {
    input.is(s, Label::Title).then_some((s, s))
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
        && !crate::facts::people::is_honorific(w)
}

fn is_lower_word(input: &Input, i: usize) -> bool {
    input
        .pieces
        .get(i)
        .is_some_and(|p| p.entity.is_none() && p.kind == TokenKind::Word)
        && input.text(i).chars().all(char::is_lowercase)
}

fn is_qualifier(input: &Input, i: usize) -> bool {
    input.pieces[i].entity.is_none() && is(input.text(i), Class::Qualifier)
}

/// Reads an organisation, country or group left of a title; true if piece `i` is one.
fn anchor(input: &Input, facts: &Facts, ctx: &Ctx, i: usize, d: &mut Draft) -> bool {
    let text = input.text(i);
    match input.label(i) {
        // "Museum of Flight CEO": a facility's staff work for it.
        Some(Label::Org | Label::Fac) => set_org(input, facts, ctx, i, d),
        Some(Label::Gpe) => match gazetteer::country(text) {
            Some(c) => d.country = Some(c),
            // "the Chelsea manager", "Tokyo governor": a place that is no country.
            None => d.organization = Some(crate::facts::strip_article(text).to_string()),
        },
        Some(Label::Norp) if gazetteer::is_demonym(text) => d.country = gazetteer::country(text),
        Some(Label::Norp) => {
            let (name, country) = org_name(facts, ctx, text);
            d.organization = Some(name);
            d.country = d.country.take().or(country);
        }
        _ => return false,
    }
    true
}

fn set_org(input: &Input, facts: &Facts, ctx: &Ctx, i: usize, d: &mut Draft) {
    let text = input.text(i);
    let (name, country) = match ctx.org_at(facts, input.pieces[i].span.start) {
        Some(o) if party(text).is_none() => {
            let o = &facts.organizations[o];
            (o.name.clone(), o.country)
        }
        _ => org_name(facts, ctx, text),
    };
    d.organization = Some(name);
    if d.country.is_none() {
        d.country = country;
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

#[cfg(test)]
mod tests {
    use super::*;

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
