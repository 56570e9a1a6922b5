//! Role phrases: the one place that decides a title's extent, for the highlights and for the
//! fact table alike. A role phrase is
//!
//! `[qualifiers and modifiers] head [complement]`
//!
//! - the head is a role noun (the WordNet-derived `role_nouns` lexicon: "photographer",
//!   "spokesman", "chief executive") or an office from the titles lexicon ("Prime Minister"),
//!   singular or plural; of several nouns in a row the last is the head ("club owner",
//!   "chief executive officer");
//! - before it, role-defining words stay ("former", "deputy", "co-", [`words::QUALIFIERS`]), and
//!   so do noun modifiers ("finance spokesman", "Defence Minister", "interior and overseas
//!   minister"); descriptive words ("new", "veteran", [`words::DESCRIPTIVE`]), names, places,
//!   nationalities and organisations do not (the fact table reads those as the role's anchor);
//! - after it, "of/for/to [the] …" complements that name the office ("Minister of National
//!   Defence", "Senior Adviser to the Minister of Defence", "professor of art history",
//!   "undersecretary to the prime minister", "president of the Umbria region"), stopping
//!   before organisations, places and names; an idiom ("editor at large") or a field after "in"
//!   ("instructor in French").
//!
//! A phrase whose head is written in lower case counts only where the text gives it to someone:
//! beside a name ("photographer Ann Lee", "X, a practising homeopath"), or after a
//! copula or "as" ("was a volunteer", "resigned as foreign minister"). A weak head, a word
//! whose role is not its main sense ([`Kind::RoleSense`]: "creator", "academic") or a compound
//! ending in a role noun ("cosplayer"), counts only by its position beside a name.

pub mod words;

use words::Class;

use super::context::Ctx;
use crate::lexicon::Kind;
use crate::types::{Candidate, Label, Span, TokenKind};

pub const SOURCE: &str = "title";

/// Most modifiers kept before a head ("science fiction writer" has two).
const MODIFIERS: usize = 3;

pub fn propose(ctx: &Ctx, out: &mut Vec<Candidate>) {
    let orgs = ctx.inside(
        out.iter()
            .filter(|c| matches!(c.label, Label::Org | Label::Event | Label::Fac))
            .map(|c| c.span),
    );
    let in_org = |i: usize| orgs[i];
    let mut next_free = 0;
    // The first token the walk looks at again: past a phrase read, whether kept or not.
    let mut next = 0;
    for i in possible_heads(ctx) {
        if i < next || !may_head(ctx, i) || i < next_free || ctx.on_caps_line(i) || in_org(i) {
            continue;
        }
        let Some(mut end) = checked_head_at(ctx, i) else {
            continue;
        };
        // "Deputy Assistant Secretary", "Acting Director": a qualifier that is a role noun too
        // joins the head after it, whose left edge takes it in.
        if is_qualifier(ctx, i)
            && i + 1 < ctx.len()
            && ctx.same_sentence(i, i + 1)
            && head_at(ctx, i + 1).is_some()
        {
            continue;
        }
        let head_end = end;
        // Nouns in a row: the last one is the head ("chief executive officer", "team manager").
        while let Some(e) = next_head(ctx, end, &in_org) {
            end = e;
        }
        // "to witness city mayor X", "to coach team captain X": a role noun after the
        // infinitive's "to" with nouns after it is the verb.
        if end > head_end && !ctx.is_cap(i) && i > 0 && ctx.text(i - 1) == "to" {
            continue;
        }
        let weak = !strong_head(ctx, end);
        // "Prime Minister-designate", "President-elect".
        if end + 1 < ctx.len() && is_hyphen(ctx, end) && matches!(ctx.text(end + 1), "designate" | "elect") {
            end += 2;
        }
        // "professor emeritus", "Bishop Emerita": a rank written after its head.
        if end < ctx.len()
            && ["emeritus", "emerita"]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(ctx.text(end)))
        {
            end += 1;
        }
        // "Petty Officer 2nd Class", "Operator First Class": a rating's class after its head.
        if end + 1 < ctx.len() && ctx.text(end + 1) == "Class" && is_ordinal(ctx.text(end)) {
            end += 2;
        }
        let Some(first) = left_edge(ctx, i, next_free, &in_org) else {
            next = end;
            continue;
        };
        // Written in lower case, or capitalised only as its sentence's first word
        // ("Officials say …") and no office of the titles lexicon.
        let lower = !ctx.is_cap(end - 1)
            || (first == i
                && opens_sentence(ctx, i)
                && !ctx
                    .entries_at(i)
                    .any(|m| m.kind == Kind::Title && m.end_token == end));
        // "the first official visit": a role noun before another noun is that noun's modifier.
        if lower && end < ctx.len() && ctx.same_sentence(i, end) && is_modifier(ctx, end) {
            next = end;
            continue;
        }
        let end = complement(ctx, end, &in_org);
        // "GM's chairman and chief executive", "an actress, singer, and director": listed
        // right after a title given to someone.
        let coordinated = first > 1
            && (matches!(ctx.text(first - 1), "and" | ",") && next_free == first - 1
                || ctx.text(first - 1) == "and" && ctx.text(first - 2) == "," && next_free == first - 2);
        let given = if weak {
            given_by_position(ctx, first, end, true, &in_org)
                // "was head of the jury", "was elected a Fellow of the society": a place in a
                // body is a role in a predicate too.
                || (head_end == i + 1 && heads_a_body(ctx, i) && given_to_someone(ctx, first, end, &in_org))
        } else {
            coordinated || given_to_someone(ctx, first, end, &in_org)
        };
        // "academic and professor X": the first of two titles given to someone together.
        let given = given || coordinated_with_given(ctx, end, &in_org) || listed_in_predicate(ctx, first);
        if (lower || weak) && !given {
            next = end;
            continue;
        }
        next_free = end;
        out.push(Candidate {
            span: Span::new(ctx.start(first), ctx.end(end - 1)),
            label: Label::Title,
            source: SOURCE,
            score: 0.93,
        });
        next = end;
    }
}

/// The tokens that may head a phrase, in text order: a superset of those [`may_head`] takes
/// (entry starts, the words before "of", and the [`long_word`]s before a capitalised word or a
/// comma), marked in a bit set from the lists [`Ctx`] keeps: the walk passes over the other
/// tokens, most of an article's, unread.
fn possible_heads(ctx: &Ctx) -> impl Iterator<Item = usize> {
    let mut bits = vec![0u64; ctx.len() / 64 + 1];
    let mut mark = |i: usize| bits[i / 64] |= 1 << (i % 64);
    ctx.lex()
        .iter()
        .filter(|m| m.first_token < ctx.len())
        .for_each(|m| mark(m.first_token));
    ctx.ofs().filter(|&k| k > 0).for_each(|k| mark(k - 1));
    ctx.capitalised()
        .chain(ctx.commas())
        .filter(|&k| k > 0 && long_word(ctx, k - 1))
        .for_each(|k| mark(k - 1));
    bits.into_iter().enumerate().flat_map(|(w, mut word)| {
        std::iter::from_fn(move || {
            (word != 0).then(|| {
                let bit = word.trailing_zeros() as usize;
                word &= word - 1;
                w * 64 + bit
            })
        })
    })
}

/// One past the end of the longest head starting at token `i`: a title, or a role noun.
/// A role noun written with a capital mid-sentence is mostly a name ("Tom Cook said", "Star
/// Maps"), so it heads a phrase only before a given name ("Administrator Tom Vale"), and
/// words that only describe ("veteran", "star") head none.
///
/// Asked of every token, most of which can head nothing: a listed head starts an entry, and
/// the unlisted ones are words before "of" ([`heads_a_body`]) or of seven bytes or more before
/// a capitalised word or a comma ([`judge`]'s "Justice", a [`compound_agent`]). Those tests are
/// inlined in every caller, so that the other tokens are refused without a call.
#[inline(always)]
fn head_at(ctx: &Ctx, i: usize) -> Option<usize> {
    may_head(ctx, i).then(|| checked_head_at(ctx, i)).flatten()
}

/// Token `i` starts an entry or passes the first tests of an unlisted head (see [`head_at`]).
#[inline(always)]
fn may_head(ctx: &Ctx, i: usize) -> bool {
    let before_name = || ctx.is_cap(i + 1) || i + 1 < ctx.len() && ctx.text(i + 1) == ",";
    ctx.starts_entry(i) || ctx.is_word(i) && (ctx.is_of(i + 1) || long_word(ctx, i) && before_name())
}

/// Token `i` is as long as the unlisted heads before a name ([`judge`]'s "Justice").
#[inline(always)]
fn long_word(ctx: &Ctx, i: usize) -> bool {
    ctx.text(i).len() >= "Justice".len()
}

/// [`head_at`] of a token that [`may_head`].
fn checked_head_at(ctx: &Ctx, i: usize) -> Option<usize> {
    // Few tokens start an entry: only those are checked for a listed head.
    let listed = if ctx.starts_entry(i) {
        listed_head(ctx, i)
    } else {
        None
    };
    // Heads no list holds are words: punctuation and numbers are passed over at once.
    let unlisted = || ctx.is_word(i) && (compound_agent(ctx, i) || heads_a_body(ctx, i) || judge(ctx, i));
    listed.or_else(|| unlisted().then_some(i + 1))
}

/// One past the end of the longest title or role noun starting at token `i` that may head a
/// role phrase there (see [`head_at`]). Kept out of line: the few tokens that start an entry
/// need it, and [`head_at`], asked of every token, stays small.
#[inline(never)]
fn listed_head(ctx: &Ctx, i: usize) -> Option<usize> {
    let mut best = None;
    for m in ctx.entries_at(i) {
        let ok = match m.kind {
            Kind::Title => true,
            Kind::RoleNoun | Kind::RoleSense => {
                !words::is_descriptive(m.entry.canonical)
                    // "Republican Senator X": a party's name is the holder's side.
                    && !names_party(ctx, i)
                    && !is_stance(ctx, i)
                    && !ctx.is(i, Kind::Honorific)
                    && (!ctx.is_cap(i)
                        || opens_sentence(ctx, i)
                        // "Rear admiral": a role written in sentence case is no name.
                        || (m.end_token > i + 1 && !ctx.is_cap(m.end_token - 1))
                        // "served as Rector of the university": after "as", an office;
                        // "was elected a Fellow of the society": after "a", a common noun.
                        || (i > 0
                            && matches!(ctx.text(i - 1), "as" | "a" | "an")
                            && !ctx.is(i, Kind::GivenName)
                            && ctx.place_at(i).is_none())
                        || (!ctx.is(i, Kind::GivenName)
                            && m.end_token < ctx.len()
                            && ctx.is(m.end_token, Kind::GivenName))
                        // "the Health Secretary, Ann Lee, said": before a name set off by commas
                        // (not a surname after its given name: "Rick Wagoner, GM's chairman").
                        || (m.end_token + 1 < ctx.len()
                            && ctx.text(m.end_token) == ","
                            && ctx.is(m.end_token + 1, Kind::GivenName)
                            && !(i > 0 && ctx.is(i - 1, Kind::GivenName))))
            }
            _ => false,
        };
        if ok {
            best = best.max(Some(m.end_token));
        }
    }
    best
}

/// "Justice Ann Lee", "Justice Lee": a judge's title, which no list holds alone because the
/// word names departments and parties too ("Justice Department", "Justice Party", "Justice
/// Minister"): before a capitalised word that is no organisation's head, title, role or place.
fn judge(ctx: &Ctx, i: usize) -> bool {
    let next = i + 1;
    ctx.is_cap(i)
        && ctx.text(i) == "Justice"
        && next < ctx.len()
        && ctx.same_sentence(i, next)
        && ctx.is_cap(next)
        && !ctx.is_function_word(next)
        && ctx.entries_at(next).all(|m| m.kind == Kind::GivenName)
}

/// "the head of NATO", "chair of the committee", "a Fellow of the society": a noun whose role
/// is neither its first sense nor a role noun alone, a weak head only before "of" and a body's
/// name or "the" (see [`strong_head`]); capitalised only after "a", as a common noun.
/// Inlined: asked of every possible head, nearly all refused by the first flag.
#[inline(always)]
fn heads_a_body(ctx: &Ctx, i: usize) -> bool {
    // "of" first: asked of every word, it refuses nearly all by one flag.
    ctx.is_of(i + 1)
        && i + 2 < ctx.len()
        && ctx.is_word(i)
        && (ctx.text(i + 2) == "the" || ctx.is_cap(i + 2))
        && words::is(ctx.text(i), Class::BodyHead)
        && (!ctx.is_cap(i) || i > 0 && matches!(ctx.text(i - 1), "a" | "an"))
}

/// A lower-case word that ends in an agent role noun ("cosplayer", "scriptwriter"), right before a
/// capitalised word or a comma, where a title given to someone stands: a weak head (see
/// [`strong_head`]). The position is checked first, so most words cost no lookup.
fn compound_agent(ctx: &Ctx, i: usize) -> bool {
    // Flags and the span's length first: most tokens are refused without slicing the text.
    if !ctx.is_word(i) || ctx.is_cap(i) || ctx.text(i).len() < 8 {
        return false;
    }
    let w = ctx.text(i);
    if !(ctx.is_cap(i + 1) || i + 1 < ctx.len() && ctx.text(i + 1) == ",")
        || !w.bytes().all(|b| b.is_ascii_lowercase())
    {
        return false;
    }
    let lexicon = crate::lexicon::Lexicon::get();
    // Compounds end in an agent noun ("-player", "-writer", "-ist"), not in any role noun a
    // word happens to end with ("nonp-artisan").
    let agent = w.ends_with("er") || w.ends_with("or") || w.ends_with("ist");
    agent && (3..=w.len() - 5).any(|k| lexicon.lookup(&w[k..], Kind::RoleNoun).is_some())
}

/// Whether the phrase's head, ending at token `end`, is a role noun or office in its main
/// sense; a weak head ([`Kind::RoleSense`], a compound) is a role only where its position
/// gives it to someone.
fn strong_head(ctx: &Ctx, end: usize) -> bool {
    (end.saturating_sub(4)..end).any(|j| {
        ctx.entries_at(j)
            .any(|m| m.end_token == end && matches!(m.kind, Kind::Title | Kind::RoleNoun))
    })
}

/// Token `i` opens its sentence (or follows an opening bracket or quote there).
fn opens_sentence(ctx: &Ctx, i: usize) -> bool {
    let mut k = i;
    while k > 0
        && ctx.same_sentence(k - 1, i)
        && !ctx.is_word(k - 1)
        && !ctx.text(k - 1).chars().any(char::is_alphanumeric)
    {
        k -= 1;
    }
    k == 0 || !ctx.same_sentence(k - 1, i)
}

/// Whether token `k` is a possessive ending ("the company's chief executive").
fn is_possessive(ctx: &Ctx, k: usize) -> bool {
    k < ctx.len() && matches!(ctx.text(k), "'s" | "’s" | "'" | "’")
}

/// "pro-reform", "anti-war": a stance, though "pro" is a role noun too.
fn is_stance(ctx: &Ctx, i: usize) -> bool {
    words::is(ctx.text(i), Class::Stance) && i + 1 < ctx.len() && is_hyphen(ctx, i + 1)
}

/// Whether token `k` is the hyphen of a compound ("co-founder", "singer-songwriter").
fn is_hyphen(ctx: &Ctx, k: usize) -> bool {
    k > 0 && ctx.text(k) == "-" && ctx.joined(k - 1) && ctx.joined(k)
}

/// Whether token `k` is part of a compound joined by hyphens ("award-winning", "Iraqi-British").
fn in_compound(ctx: &Ctx, k: usize) -> bool {
    is_hyphen(ctx, k)
        || (k + 1 < ctx.len() && is_hyphen(ctx, k + 1))
        || k.checked_sub(1).is_some_and(|j| is_hyphen(ctx, j))
}

/// The first word of a compound joined by hyphens that ends just before token `k`
/// ("award-winning", "well-known", "Iraqi-British"), if one does.
fn compound_before(ctx: &Ctx, k: usize) -> Option<usize> {
    let mut j = k.checked_sub(1).filter(|&j| ctx.is_word(j))?;
    let mut found = None;
    while j >= 2 && is_hyphen(ctx, j - 1) && ctx.is_word(j - 2) {
        j -= 2;
        found = Some(j);
    }
    found
}

/// A further head after the one ending at `end`, behind at most one modifier: "chief financial
/// officer", "assistant professor", "club owner".
fn next_head(ctx: &Ctx, end: usize, in_org: &dyn Fn(usize) -> bool) -> Option<usize> {
    // A sentence's first word is capitalised whatever it is ("Senior researcher Ann Lee").
    let cap = |k: usize| ctx.is_cap(k) && !opens_sentence(ctx, k);
    let same_case = |j: usize| cap(j) == cap(end - 1);
    // "singer-songwriter": a second head behind a hyphen.
    if end + 1 < ctx.len() && is_hyphen(ctx, end) {
        return head_at(ctx, end + 1);
    }
    for j in [end, end + 1] {
        if j >= ctx.len() || !ctx.same_sentence(end - 1, j) || in_org(j) || !same_case(j) {
            return None;
        }
        if let Some(e) = head_at(ctx, j) {
            return Some(e);
        }
        // "reformist camp councillors", "reformist veteran politicians": a grouping or a
        // descriptive word ends the first noun; the last one heads its own phrase.
        if !is_modifier(ctx, j)
            || ctx.is_cap(j)
            || words::is(ctx.text(j), Class::Grouping)
            || words::is_descriptive(ctx.text(j))
        {
            return None;
        }
    }
    None
}

/// The phrase's first token, growing left from its head at `i` over qualifiers and modifiers:
/// lower-case modifiers only before a lower-case head ("finance spokesman", but not "we echo
/// Prime Minister"), capitalised ones before an office ("Defence minister", "Treasury
/// Secretary"), qualifiers before either ("former Prime Minister").
/// `None` when the head ends a hyphenated word that is no role ("pan-unionist").
fn left_edge(ctx: &Ctx, i: usize, floor: usize, in_org: &dyn Fn(usize) -> bool) -> Option<usize> {
    let lower_head = !ctx.is_cap(i);
    // Capitalised words before a lower-case role noun are its anchor, left to the organisation
    // and name recognisers ("Acme creator", "Ohio student"); an office from the titles
    // lexicon keeps them ("Defence minister", "Yukos spokesman"), as its name may hold them.
    let office = ctx.entries_at(i).any(|m| m.kind == Kind::Title);
    let initialism = super::names::is_postnominal(ctx.text(i));
    let mut first = i;
    let mut taken = 0;
    while first > floor && taken < MODIFIERS && ctx.same_sentence(first - 1, i) {
        let k = first - 1;
        if in_org(k) {
            break;
        }
        // "co-founder", "ex-minister", "Vice-Prime Minister": a qualifier or role noun joined by
        // a hyphen; any other word so joined makes the whole word something else.
        if is_hyphen(ctx, k) {
            if !(is_qualifier(ctx, k - 1) || head_at(ctx, k - 1).is_some()) || k - 1 < floor {
                if first == i && lower_head {
                    return None;
                }
                // "pan-unionist camp councillors": the compound and the words it heads go.
                first = i;
                break;
            }
            first = k - 1;
            taken += 1;
            continue;
        }
        // "interior and overseas minister", "Trade and Industry Secretary": two modifiers
        // joined by "and".
        let joined = || {
            if lower_head {
                is_modifier(ctx, k - 1)
            } else {
                // One capitalised word that is no head and no name's end before it
                // ("Jane Roe and Defence Secretary X" are two people's words).
                ctx.is_cap(first)
                    && is_cap_modifier(ctx, k - 1)
                    && head_at(ctx, k - 1).is_none()
                    && (k < 2
                        || !ctx.is_cap(k - 2)
                        || ctx.is_function_word(k - 2)
                        || !ctx.same_sentence(k - 2, k))
            }
        };
        if ctx.text(k) == "and" && k > floor && taken > 0 && joined() {
            first = k - 1;
            taken += 1;
            continue;
        }
        // "to meet city mayor X", "would replace outgoing governor X": a word after the
        // infinitive's "to" or a modal is a verb.
        if !ctx.is_cap(k) && k > 0 && words::is(ctx.text(k - 1), Class::BeforeVerb) && !is_qualifier(ctx, k) {
            break;
        }
        // "localist camp candidate": a political grouping and the words before it name the
        // holder's side, not the role.
        if words::is(ctx.text(k), Class::Grouping) {
            break;
        }
        let ok = is_qualifier(ctx, k)
            || if ctx.is_cap(k) {
                // "Tom Vale MP", "Labour MP": before an office written in initials, capitals are
                // a name or the holder's side, never part of the office.
                (office || !lower_head) && is_cap_modifier(ctx, k) && !initialism
            } else {
                lower_head && is_modifier(ctx, k) && !words::is(ctx.text(k), Class::PlaceKind)
            };
        if !ok {
            break;
        }
        first = k;
        taken += 1;
    }
    // Descriptive words at the edge stay out: "veteran diplomat", "new Prime Minister"; so do
    // the words before them ("reformist veteran politician").
    if let Some(d) = (first..i)
        .rev()
        .find(|&k| ctx.is_word(k) && words::is_descriptive(ctx.text(k)))
    {
        first = d + 1;
    }
    while first < i && is_descriptive(ctx, first) {
        first += 1;
    }
    Some(first)
}

fn is_qualifier(ctx: &Ctx, i: usize) -> bool {
    ctx.is_word(i) && words::is(ctx.text(i), Class::Qualifier)
}

fn is_descriptive(ctx: &Ctx, i: usize) -> bool {
    !ctx.is_word(i) || words::is_descriptive(ctx.text(i))
}

/// A lower-case word that may modify a head: no closed-class word, number, adverb in -ly,
/// or verb form in -ed/-ing (except the qualifiers "acting", "managing", … and, right before
/// the head, other -ing words: "investigating officer").
fn is_modifier(ctx: &Ctx, i: usize) -> bool {
    if !ctx.is_word(i) || ctx.is_cap(i) {
        return false;
    }
    let w = ctx.text(i);
    if !w.chars().all(|c| c.is_alphabetic()) {
        return false;
    }
    if is_qualifier(ctx, i) || head_at(ctx, i).is_some() {
        return true;
    }
    if words::is(w, Class::Closed) {
        return false;
    }
    !(w.ends_with("ly") || w.ends_with("ed") || (w.ends_with("ing") && head_at(ctx, i + 1).is_none()))
}

/// A capitalised word that may modify a capitalised head: "Defence Minister", "Foreign Affairs
/// minister"; no place, nationality, name, honorific or function word.
fn is_cap_modifier(ctx: &Ctx, i: usize) -> bool {
    ctx.is_word(i)
        && ctx.is_cap(i)
        && !ctx.is_function_word(i)
        && ctx.place_at(i).is_none()
        && !ctx.in_place(i)
        && !ctx.is(i, Kind::Demonym)
        && !ctx.is(i, Kind::GivenName)
        && !ctx.is(i, Kind::Honorific)
        && !ctx.is(i, Kind::Agency)
        && !ctx.is(i, Kind::Group)
        && !super::orgs::is_service(ctx, i)
        // "Labour MP X": the party is the holder's side, no part of the title.
        && !names_party(ctx, i)
}

/// Token `i` is a party's name as news writes it ("Labour", "Republican", "Tory").
fn names_party(ctx: &Ctx, i: usize) -> bool {
    ctx.is_cap(i) && crate::lexicon::parties::party(ctx.text(i)).is_some()
}

/// One past the title's end after "of National Defence", "to the Minister of Defence", "of
/// art history". Stops before organisations, places and names; "… Defence Loreta Maskaliovienė
/// conducted" leaves the last two capitalised words to the person.
fn complement(ctx: &Ctx, mut end: usize, in_org: &dyn Fn(usize) -> bool) -> usize {
    loop {
        let mut j = end;
        let prep = ctx.text(j.min(ctx.len().saturating_sub(1)));
        match prep {
            _ if j >= ctx.len() || !ctx.same_sentence(end - 1, j) => return end,
            // "editor at large", "ambassador at large".
            "at" if j + 1 < ctx.len() && ctx.text(j + 1) == "large" => {
                end = j + 2;
                continue;
            }
            "in" => return end + field_after_in(ctx, j + 1),
            "of" | "for" => j += 1,
            // "Ambassador to the United States", "Envoy to Syria": a place the office is to
            // (a lower-case word after "to" is most often a verb: "minister to replace").
            "to" if j + 1 < ctx.len() && (ctx.text(j + 1) == "the" || ctx.place_at(j + 1).is_some()) => {
                j += 1
            }
            "and" if end > 0 && !ctx.is_cap(end - 1) => return end,
            "and" => j += 1,
            _ => return end,
        }
        let the = j < ctx.len() && ctx.text(j) == "the";
        if the {
            j += 1;
        }
        let run_start = j;
        let mut run_end = j;
        // An office's place stays in its name ("Minister for the Pacific", "Ambassador to
        // the United States", "Governor of Washington"); a country after "of" is the role's
        // country, read by the fact table ("President of France").
        // ("London 2012" is no place but an event, a team or an organising body.)
        let place_ok = |k: usize| match ctx.place_at(k) {
            None => true,
            Some(m) => {
                prep != "of"
                    || (m.kind != Kind::Country
                        && ctx
                            .doc
                            .tokens
                            .get(m.end_token)
                            .is_none_or(|t| t.kind != crate::types::TokenKind::Number))
            }
        };
        while ctx.is_cap(run_end)
            && ctx.same_sentence(j, run_end)
            && !in_org(run_end)
            && place_ok(run_end)
            && !ctx.is(run_end, Kind::GivenName)
            && !ctx.is(run_end, Kind::Honorific)
            && !ctx.is(run_end, Kind::Demonym)
        {
            // A place ends the complement: "Ambassador to the United States Karim Dawar".
            if let Some(place) = ctx.place_at(run_end) {
                run_end = place.end_token;
                break;
            }
            run_end += 1;
        }
        if run_end == run_start {
            // "undersecretary to the prime minister": another title in lower case.
            if prep == "to" {
                return head_at(ctx, j).filter(|_| !ctx.is_cap(j)).unwrap_or(end);
            }
            // "professor of art history", "director of exhibits": a field in lower case, with
            // no article (with one it points at a body named elsewhere: "head of the agency").
            if the || ctx.is_cap(end - 1) || ctx.text(end) != "of" {
                return end;
            }
            while run_end < ctx.len()
                && run_end - run_start < 3
                && ctx.same_sentence(j, run_end)
                && is_modifier(ctx, run_end)
                && head_at(ctx, run_end).is_none()
            {
                run_end += 1;
            }
            return if run_end == run_start { end } else { run_end };
        }
        // "a representative for the Acme Sheriff's office": someone's body, no office's name.
        if (run_end..run_end + 2).any(|k| is_possessive(ctx, k)) {
            return end;
        }
        // "of the Lombardy region", "of the National Diet study,": a name and the lower-case
        // noun it qualifies, closing the complement, name the body.
        if the && body_noun(ctx, run_end) {
            end = run_end + 1;
            continue;
        }
        // A long run straight into a verb ends with the person's name, unless those two words
        // open with a nationality or a people, as no name does ("Professor of East Asian
        // Studies at …").
        let verb_next = run_end < ctx.len() && ctx.is_word(run_end) && !ctx.is_cap(run_end);
        let nation =
            |k: usize| (ctx.is(k, Kind::Demonym) || ctx.is(k, Kind::Group)) && !ctx.is(k, Kind::GivenName);
        if run_end - run_start >= 3 && verb_next && !nation(run_end - 2) {
            run_end -= 2;
        }
        end = run_end;
    }
}

/// Whether token `k` is a lower-case noun closing a complement after a name ("region",
/// "study", "chapter"): no role noun, function word or verb form, and punctuation, "and" or
/// "of" after it.
fn body_noun(ctx: &Ctx, k: usize) -> bool {
    k + 1 < ctx.len()
        && ctx.same_sentence(k, k + 1)
        && is_modifier(ctx, k)
        && head_at(ctx, k).is_none()
        && !ctx.text(k).ends_with('s')
        && !ctx.text(k).ends_with("ing")
        && (!ctx.is_word(k + 1) || matches!(ctx.text(k + 1), "and" | "of"))
}

/// How many tokens from `k` name the field of an "in" complement ("instructor in English",
/// "lecturer in economic history"): a language, or up to three lower-case words, without
/// an article, closing the phrase; 0 for none, so "spokesman in Paris" keeps no complement.
fn field_after_in(ctx: &Ctx, k: usize) -> usize {
    let closes = |k: usize| {
        k >= ctx.len()
            || !ctx.same_sentence(k - 1, k)
            || !ctx.is_word(k)
            || matches!(ctx.text(k), "and" | "at" | "of" | "for")
    };
    let language = ctx.is(k, Kind::Demonym) || ctx.is(k, Kind::Group);
    if k < ctx.len() && language && ctx.place_at(k).is_none() && closes(k + 1) {
        return 2;
    }
    let mut e = k;
    while e < ctx.len() && e - k < 3 && is_modifier(ctx, e) && head_at(ctx, e).is_none() {
        e += 1;
    }
    if e > k && closes(e) {
        e - k + 1
    } else {
        0
    }
}

/// Whether a lower-case role phrase `first..end` is given to someone: by its position
/// ([`given_by_position`]), after a copula or "as" ("was a volunteer", "stepped down as health
/// secretary"), or as a plural over a list ("photographers …, such as A, B and C").
fn given_to_someone(ctx: &Ctx, first: usize, end: usize, in_org: &dyn Fn(usize) -> bool) -> bool {
    // "was a volunteer", "is both an artist and a businessperson", "as chief executive",
    // "became the youngest Acme member" (the holder's organisation and a superlative or
    // descriptive word between).
    // "was an award-winning architect", "an Iraqi-British architect": a compound describes
    // the holder.
    // "a French-born American engineer": compounds and capitalised words in turn.
    let mut k = first;
    for _ in 0..2 {
        k = compound_before(ctx, k).unwrap_or(k);
        let from = k;
        while k > 0 && from - k < 4 && ctx.is_cap(k - 1) && !ctx.is_function_word(k - 1) {
            k -= 1;
        }
    }
    let describes = |j: usize| {
        ctx.is_word(j)
            && !ctx.is_cap(j)
            && (ctx.text(j).ends_with("est") || words::is_descriptive(ctx.text(j)))
    };
    // "was a Swiss mathematician", "is an Acme driver": a demonym or an anchor between.
    if k > 0 && describes(k - 1) {
        k -= 1;
    }
    let lead = k;
    while k > 0
        && [
            "a",
            "an",
            "the",
            "both",
            "also",
            "now",
            "once",
            "still",
            "previously",
            "formerly",
            // "who is our editor", "was his lawyer".
            "our",
            "his",
            "her",
            "their",
            "its",
            "my",
            "your",
        ]
        .contains(&ctx.text(k - 1))
        && lead - k < 3
    {
        k -= 1;
    }
    // "was appointed chief executive", "has been named coach": the office a passive
    // appointment gives.
    let appointed = k >= 2
        && words::is(ctx.text(k - 1), Class::Appointed)
        && matches!(ctx.text(k - 2), "was" | "is" | "were" | "are" | "been" | "be");
    let predicate = appointed
        || k > 0
            && ctx.same_sentence(k - 1, first)
            && [
                "is", "was", "are", "were", "been", "became", "becomes", "remains", "remained", "as", "and",
            ]
            .contains(&ctx.text(k - 1))
            && (ctx.text(k - 1) != "and" || k < lead)
            // "have been battling separatists": a verb, no predicate noun.
            && !(ctx.text(k - 1) == "been" && k == first && ctx.text(first).ends_with("ing"));
    // "photographers who used the camera, such as A, B and C", "the candidates elected were A
    // and B", "activists from the camp, A and B": a plural role over a list.
    let over_list = end > first
        && ctx.text(end - 1).ends_with('s')
        && (end..(end + 12).min(ctx.len()))
            .take_while(|&k| ctx.same_sentence(first, k) && !matches!(ctx.text(k), ";" | ":" | "(" | ")"))
            .any(|k| {
                matches!(ctx.text(k), "including" | "namely")
                    || (ctx.text(k) == "such" && k + 1 < ctx.len() && ctx.text(k + 1) == "as")
                    || (matches!(ctx.text(k), "were" | "are")
                        && (end..k).all(|j| {
                            !words::is(ctx.text(j), Class::Closed)
                                || matches!(ctx.text(j), "in" | "the" | "this" | "that" | "of" | "at" | "for")
                        })
                        && names_follow(ctx, k + 1))
                    || (ctx.text(k) == ","
                        && k > end
                        && matches!(ctx.text(end), "from" | "in" | "at")
                        && (end..k).all(|j| ctx.is_word(j) && !ctx.is_cap(j))
                        && names_follow(ctx, k + 1))
            });
    // "X defeated another reform camp candidate": the contest gives the role to both sides.
    let contest = (first.saturating_sub(4)..first)
        .rev()
        .find(|&k| ctx.text(k) == "another")
        .is_some_and(|k| {
            k > 0
                && (k + 1..first).all(|j| ctx.is_word(j) && !ctx.is_cap(j))
                && words::is(ctx.text(k - 1), Class::Contest)
        });
    predicate || over_list || contest || given_by_position(ctx, first, end, false, in_org)
}

/// Whether a name, or a role noun that may head a list of its own, comes from token `k` on,
/// behind at most a few words that only describe, hyphens and possessives ("localist camp's
/// Ann Lee", "young and relatively new activists from …"); a verb ("were killed by …") or a
/// function word ends the search.
fn names_follow(ctx: &Ctx, k: usize) -> bool {
    for j in k..(k + 6).min(ctx.len()) {
        if !ctx.same_sentence(k, j) {
            return false;
        }
        let w = ctx.text(j);
        if ctx.is_cap(j) {
            return !ctx.is_function_word(j) && ctx.place_at(j).is_none();
        }
        if head_at(ctx, j).is_some() {
            return true;
        }
        let describes = matches!(w, "-" | "'s" | "’s" | "and")
            || (ctx.is_word(j) && !words::is(w, Class::Closed) && !w.ends_with("ed") && !w.ends_with("ing"));
        if !describes {
            return false;
        }
    }
    false
}

/// Whether the role phrase `first..end` stands where only a person's title stands: before a
/// name ("photographer Ann Lee", "art major at Acme University Ann Lee"), in apposition after
/// one ("Ben Wallace, defence minister", "Maria Gonzalez, the company's chief executive"), or
/// before a comma and a name ("a Harbour Trust attorney, Tom Vale").
fn given_by_position(
    ctx: &Ctx,
    first: usize,
    end: usize,
    weak: bool,
    in_org: &dyn Fn(usize) -> bool,
) -> bool {
    let name_at = |k: usize| {
        ctx.is_cap(k)
            && ctx.same_sentence(first, k)
            && !ctx.is_function_word(k)
            && ctx.place_at(k).is_none()
            && !ctx.is(k, Kind::Demonym)
    };
    // "… at [the] <organisation> Ann Lee": the organisation completes the title.
    let org_then_name = || {
        let mut k = end + 1;
        if !(end < ctx.len() && matches!(ctx.text(end), "at" | "of" | "for")) {
            return false;
        }
        k += usize::from(k < ctx.len() && ctx.text(k) == "the");
        let org = k;
        while k < ctx.len() && in_org(k) {
            k += 1;
        }
        k > org && name_at(k) && !in_org(k)
    };
    // A comma after a name, then at most five words of determiner, possessor or description
    // ("Jane Roe, the company's chief executive", "Tom Vale, a 76-year-old owner", "Ann Lee,
    // a second year Acme art major").
    let after_name = (first.saturating_sub(8)..first)
        .rev()
        .find(|&p| ctx.text(p) == ",")
        .is_some_and(|p| {
            p >= 1
                && (p + 1..first).all(|k| {
                    ctx.is_cap(k)
                        || !ctx.is_word(k)
                        || words::is_descriptive(ctx.text(k))
                        // "X, an award-winning architect".
                        || in_compound(ctx, k)
                        // "X, the former Acme chairman": a qualifier before the anchor.
                        || is_qualifier(ctx, k)
                        || matches!(
                            ctx.text(k),
                            "a" | "an"
                                | "the"
                                | "also"
                                | "now"
                                | "formerly"
                                | "once"
                                | "its"
                                | "his"
                                | "her"
                                | "their"
                                | "year"
                                | "old"
                                | "first"
                                | "second"
                                | "third"
                                | "fourth"
                                | "final"
                        )
                        || is_possessive(ctx, k)
                        || is_possessive(ctx, k + 1)
                })
                && {
                    // "Mark Dunn, 54, chief executive": the age stands between.
                    let age =
                        p >= 3 && ctx.doc.tokens[p - 1].kind == TokenKind::Number && ctx.text(p - 2) == ",";
                    let name = if age { p - 3 } else { p - 1 };
                    // "Acme Foods, the Leeds-based maker of …" describes a firm.
                    ctx.is_cap(name)
                        && !in_org(name)
                        && ctx.place_at(name).is_none()
                        && !crate::dates::is_calendar_word(ctx.text(name))
                }
        });
    // "a Harbour Trust attorney, Tom Vale", "Co-founder of Acme, Ann Lee", "the secretary
    // general of the ACR (Acme Council of Rights), Ann Lee": the phrase, perhaps its
    // organisation and that one's expansion in brackets, then a comma and a name.
    let comma_name = (end..(end + 12).min(ctx.len()))
        .take_while(|&k| ctx.same_sentence(first, k))
        .find(|&k| ctx.text(k) == ",")
        .is_some_and(|c| {
            (end..c).all(|k| {
                ctx.is_cap(k) || matches!(ctx.text(k), "of" | "at" | "for" | "the" | "-" | "&" | "(" | ")")
            }) && (c - end <= 6 || ctx.text(c - 1) == ")")
                && c + 1 < ctx.len()
                && ctx.same_sentence(first, c + 1)
                && ctx.is_cap(c + 1)
                && !ctx.is_function_word(c + 1)
                && ctx.place_at(c + 1).is_none()
        });
    // A weak head before capitalised words is mostly an adjective: "a major Acme donor
    // program", "the independent Labour candidates".
    let weak_adjective = || {
        let mut k = end;
        while k < ctx.len() && ctx.is_cap(k) {
            k += 1;
        }
        (first > 0 && matches!(ctx.text(first - 1), "a" | "an"))
            || k < ctx.len() && is_modifier(ctx, k) && !ctx.text(k).ends_with('s')
    };
    (name_at(end) && !(weak && weak_adjective())) || org_then_name() || after_name || comma_name
}

/// "1st", "2nd", "3rd", "4th" … or "First" … "Fourth": a class's ordinal.
fn is_ordinal(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    (!digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th"))
        || matches!(word, "First" | "Second" | "Third" | "Fourth")
}

/// Whether the phrase from `first` is listed after other nouns in a predicate: "is an American
/// YouTube personality, vlogger, comedian and actress" (items of a few words set off by
/// commas, back to the "a" or "an" after a copula), where an item before it is no title.
fn listed_in_predicate(ctx: &Ctx, first: usize) -> bool {
    if first < 2 || !matches!(ctx.text(first - 1), "," | "and") {
        return false;
    }
    let mut commas = 0;
    for k in (first.saturating_sub(12)..first).rev() {
        if !ctx.same_sentence(k, first) {
            return false;
        }
        match ctx.text(k) {
            "a" | "an" => {
                return commas > 0
                    && k > 0
                    && matches!(
                        ctx.text(k - 1),
                        "is" | "was" | "became" | "remains" | "remained" | "been"
                    );
            }
            "," => commas += 1,
            "and" => {}
            w if ctx.is_word(k) && !words::is(w, Class::Closed) => {}
            _ => return false,
        }
    }
    false
}

/// Whether the phrase ending at `end` is the first of two joined by "and" whose second is
/// given to someone: "academic and professor Ann Lee", "painter and sculptor Tom Vale".
fn coordinated_with_given(ctx: &Ctx, end: usize, in_org: &dyn Fn(usize) -> bool) -> bool {
    let next = end + 1;
    if !(next < ctx.len() && ctx.text(end) == "and" && ctx.same_sentence(end, next)) || ctx.is_cap(next) {
        return false;
    }
    let Some(mut e) = head_at(ctx, next).or_else(|| {
        (is_qualifier(ctx, next) || is_modifier(ctx, next))
            .then(|| head_at(ctx, next + 1))
            .flatten()
    }) else {
        return false;
    };
    while let Some(more) = next_head(ctx, e, in_org) {
        e = more;
    }
    let weak = !strong_head(ctx, e);
    let e = complement(ctx, e, in_org);
    given_by_position(ctx, next, e, weak, in_org)
}
