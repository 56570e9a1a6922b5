//! What a resolved PERSON is not: where the article around a name says it is a place, a body or
//! a piece of a longer name, it stops being a person. Read after overlaps are resolved, so it
//! covers every recogniser's people (cue rules, surname echoes, the tagger) and sees the
//! entities beside them.

use std::cell::Cell;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::context::Ctx;
use crate::lexicon::Kind;
use crate::types::{Candidate, Label, Span, TokenKind};

/// Prepositions after which a capitalised word is a place ("shelling in X", "near X").
const LOCATIVE: &[&str] = &[
    "in", "near", "outside", "around", "across", "into", "towards", "toward",
];

/// Last words of bodies' and programmes' names that no lexicon of organisation heads holds,
/// because elsewhere they are common nouns ("school district", "the program").
const BODY_ENDS: &[&str] = &[
    "District",
    "Program",
    "Programme",
    "Forces",
    "Project",
    "Initiative",
];

/// Lower-case nouns that make the name before them a place's or a group's ("the X area",
/// "members of the X tribe").
const PLACE_NOUNS: &[&str] = &[
    "area",
    "region",
    "district",
    "province",
    "governorate",
    "village",
    "town",
    "valley",
    "tribe",
    "clan",
    "neighbourhood",
    "neighborhood",
    "countryside",
    "outskirts",
];

/// The tagger scores below this; rules and lists at or above it.
const RULE_SCORE: f32 = 0.8;

/// Joiners of a list of names.
const JOINERS: &[&str] = &[",", "and", "or"];

/// What the context makes of one person.
#[derive(Clone, Copy, PartialEq)]
enum Reading {
    Person,
    Place,
    Org,
    Work,
    Nothing,
}

/// Relabels or drops the people in `kept` (non-overlapping, sorted by start) whose context
/// says otherwise.
pub fn check(ctx: &Ctx, kept: &mut Vec<Candidate>) {
    let mut readings = vec![Reading::Person; kept.len()];
    let runs = Runs::new(ctx, kept);
    // The two sets below get room for every person at once, not one rehash per doubling.
    let people = kept.iter().filter(|c| c.label == Label::Person).count();
    // The first and last words of the names of two words or more that are no office alone: a
    // lone office word among them is someone's name ("Tom Baker" … "Baker").
    let mut name_words: FxHashSet<&str> = FxHashSet::with_capacity_and_hasher(2 * people, Default::default());
    name_words.extend(
        kept.iter()
            .enumerate()
            .filter(|(_, c)| c.label == Label::Person)
            .filter_map(|(i, _)| runs.get(i))
            .filter(|&(f, e)| e - f >= 2 && !office_only(ctx, f, e))
            .flat_map(|(f, e)| [ctx.text(f), ctx.text(e - 1)]),
    );
    // Surname → (mentions, mentions bound to "the"), over the people that stay people.
    let mut bound: FxHashMap<&str, (usize, usize)> =
        FxHashMap::with_capacity_and_hasher(people, Default::default());
    for i in 0..kept.len() {
        if kept[i].label != Label::Person {
            continue;
        }
        let Some((mut first, mut end)) = runs.get(i) else {
            continue;
        };
        // "Booker Prize-winner": an agent noun hyphened to a name makes a compound; the name is
        // what comes before it.
        let agent = |w: &str| w.len() > 4 && (w.ends_with("er") || w.ends_with("or") || w.ends_with("ist"));
        if end - first >= 3
            && ctx.text(end - 2) == "-"
            && !ctx.is_cap(end - 1)
            && (ctx.is(end - 1, Kind::RoleNoun) || agent(ctx.text(end - 1)))
        {
            end -= 2;
            kept[i].span = Span::new(kept[i].span.start, ctx.end(end - 1));
        }
        // "Near X, one strike …": a capitalised preposition opening the sentence is no name.
        if end - first >= 2 && LOCATIVE.iter().any(|w| w.eq_ignore_ascii_case(ctx.text(first))) {
            first += 1;
            kept[i].span = Span::new(ctx.start(first), kept[i].span.end);
        }
        // "Scientologist Tom Cruise", "Marxist Ann Lee": an adherent's noun before a full name
        // describes the person; the name starts after it.
        if end - first >= 3 && is_adherent_noun(ctx, first) {
            first += 1;
            kept[i].span = Span::new(ctx.start(first), kept[i].span.end);
        }
        // The trimmed span still covers tokens `first..end` exactly.
        runs.set(i, run(ctx, kept[i].span, first, end));
        readings[i] = reading(ctx, kept, &runs, &name_words, i, first, end);
        if readings[i] == Reading::Person {
            let entry = bound.entry(ctx.text(end - 1)).or_default();
            entry.0 += 1;
            entry.1 += usize::from(the_bound(ctx, first, end));
        }
    }
    // "the X said", "the X's office", "the Y X programme": a name the article only ever writes
    // after "the" (across the capitalised words before it) is a body's or a thing's, unless it
    // opens with a known given name ("the Jane Roe video").
    for (i, c) in kept.iter().enumerate() {
        let only_the = |(first, end): (usize, usize)| {
            bound
                .get(ctx.text(end - 1))
                .is_some_and(|&(n, the)| n == the && !ctx.is(first, Kind::GivenName))
        };
        // Only people: every other entity's reading is also the default.
        if c.label == Label::Person && readings[i] == Reading::Person && runs.get(i).is_some_and(only_the) {
            readings[i] = Reading::Nothing;
        }
    }
    let mut readings = readings.into_iter();
    kept.retain_mut(|c| match readings.next() {
        Some(Reading::Place) => {
            c.label = Label::Gpe;
            true
        }
        Some(Reading::Org) => {
            c.label = Label::Org;
            true
        }
        Some(Reading::Work) => {
            c.label = Label::WorkOfArt;
            true
        }
        Some(Reading::Nothing) => false,
        _ => true,
    });
}

/// Words that make the name after "as" a part an actor plays ("his performance as X", "cast as
/// X", "the role of …").
const PART_CUES: &[&str] = &[
    "acting",
    "cast",
    "performance",
    "played",
    "playing",
    "plays",
    "portrayal",
    "role",
    "roles",
    "starred",
    "starring",
    "stars",
];

/// The name at `first` is a part an actor plays: right after "played" or "portrayed", or after
/// "as" (and a title: "as Professor X") in a clause about acting.
fn plays_a_part(ctx: &Ctx, first: usize) -> bool {
    let before = |k: usize| first.checked_sub(k).filter(|&p| ctx.same_sentence(p, first));
    if before(1).is_some_and(|p| matches!(ctx.text(p), "played" | "plays" | "portrayed" | "portrays")) {
        return true;
    }
    let Some(as_) = (1..=4).filter_map(before).find(|&p| ctx.text(p) == "as") else {
        return false;
    };
    // Only a title between: "as music journalist X", "as Professor X".
    (as_ + 1..first)
        .all(|k| ctx.is_word(k) && (!ctx.is_cap(k) || ctx.is(k, Kind::Title) || ctx.is(k, Kind::RoleNoun)))
        && (as_.saturating_sub(8)..as_)
            .any(|k| ctx.same_sentence(k, first) && PART_CUES.contains(&ctx.text(k)))
}

/// The reading of person `kept[i]`, tokens `first..end`, from its own words and neighbours.
fn reading(
    ctx: &Ctx,
    kept: &[Candidate],
    runs: &Runs,
    name_words: &FxHashSet<&str>,
    i: usize,
    first: usize,
    end: usize,
) -> Reading {
    let given = ctx.is(first, Kind::GivenName);
    let last = ctx.text(end - 1);
    // "… School District", "… Legacy Program", "… Democratic Forces", "the Neo Democrats": a
    // body's head word, or a plural role noun (a party or a group) after a word that is no given
    // name or after "the" ("Peter Sellers" is a person).
    let plural_role = || ctx.role_noun(end - 1).is_some_and(|e| e.canonical != e.surface);
    let group = end - first >= 2 && plural_role() && (!given || the_bound(ctx, first, end));
    if BODY_ENDS.contains(&last) || ctx.is(end - 1, Kind::OrgHead) || group {
        return Reading::Org;
    }
    // "the Dana Space Center": a piece of a longer name that a head word closes.
    if part_of_name(ctx, end) {
        return Reading::Nothing;
    }
    // "President", "the LA Sheriff's office": an office or role with no name, perhaps after its
    // place or an acronym, is nobody's name,
    // unless a person in the article has it as a name ("Tom Baker" … "Baker").
    if office_only(ctx, first, end) && !name_words.contains(last) {
        return Reading::Nothing;
    }
    let next = (end < ctx.len() && ctx.same_sentence(first, end)).then(|| ctx.text(end));
    if next.is_some_and(|w| PLACE_NOUNS.contains(&w)) {
        return Reading::Nothing;
    }
    // Before the given-name test: gods, brands and awards bear given names ("Athena", "the
    // Booker Prize").
    let award =
        end - first >= 2 && matches!(last, "Prize" | "Prizes" | "Award" | "Awards" | "Medal" | "Trophy");
    if award || examples_of_a_thing(ctx, runs, i) {
        return Reading::Nothing;
    }
    // "Stoker (2013), Belle (2013) and …": a title with its year in brackets, listed, is a work.
    if end + 2 < ctx.len()
        && ctx.text(end) == "("
        && ctx.text(end + 2) == ")"
        && crate::dates::is_year(ctx.text(end + 1))
        && (end + 3 >= ctx.len() || matches!(ctx.text(end + 3), "," | "and" | "." | ";"))
        && !(end - first >= 2 && ctx.is(first, Kind::GivenName))
    {
        return Reading::Work;
    }
    if plays_a_part(ctx, first) {
        return Reading::Nothing;
    }
    // "near Tal Afar", "in Ayn Isa": after a locative a name is a place, even one opening with a
    // given name, unless it owns something ("in Mark Dunn's office").
    let before = first.checked_sub(1).filter(|&p| ctx.same_sentence(p, first));
    let locative = before.is_some_and(|p| LOCATIVE.iter().any(|w| w.eq_ignore_ascii_case(ctx.text(p))))
        && !(end < ctx.len() && matches!(ctx.text(end), "'s" | "’s"));
    if locative {
        return Reading::Place;
    }
    if given {
        return Reading::Person;
    }
    if owns_a_post(ctx, kept, name_words, i, first, end) {
        return Reading::Org;
    }
    // "VBIEDs", "MPs": an acronym's plural; "Thanksgiving Day": a holiday.
    let plural_acronym = end == first + 1 && {
        let w = ctx.text(first);
        w.len() >= 3 && w.ends_with('s') && w[..w.len() - 1].bytes().all(|b| b.is_ascii_uppercase())
    };
    if plural_acronym || (end - first >= 2 && last == "Day") {
        return Reading::Nothing;
    }
    if in_place_list(ctx, kept, runs, i) {
        return Reading::Place;
    }

    Reading::Person
}

/// "Halden's chief financial officer": a lone word the tagger guessed, owning a post, that no
/// full name in the article ends with (as "Putin's spokesman" after "Vladimir Putin" does), is
/// the body the post belongs to.
fn owns_a_post(
    ctx: &Ctx,
    kept: &[Candidate],
    name_words: &FxHashSet<&str>,
    i: usize,
    first: usize,
    end: usize,
) -> bool {
    end == first + 1
        && kept[i].score < RULE_SCORE
        && end + 1 < ctx.len()
        && matches!(ctx.text(end), "'s" | "’s")
        && kept.get(i + 1).is_some_and(|t| {
            // Words that only describe may stand between: "Halden's top negotiator".
            let mut k = end + 1;
            while k < ctx.len()
                && ctx.start(k) < t.span.start
                && crate::entities::titles::words::is_descriptive(ctx.text(k))
            {
                k += 1;
            }
            t.label == Label::Title && k < ctx.len() && t.span.start == ctx.start(k)
        })
        && !name_words.contains(ctx.text(first))
}

/// Tokens `first..end` are an office and perhaps its place or an acronym ("LA Sheriff"). Not a
/// role noun that is also a common surname ("Collier died"): that alone can be a person.
fn office_only(ctx: &Ctx, first: usize, end: usize) -> bool {
    let anchor = |k: usize| ctx.place_at(k).is_some() || ctx.is_all_caps(k);
    is_office_word(ctx, end - 1)
        && !is_role_surname(ctx.text(end - 1))
        && (first..end).all(|k| is_office_word(ctx, k) || anchor(k))
}

/// A role noun among the commonest US surnames ("Baker", "Collier"; `role_surnames.tsv`).
fn is_role_surname(word: &str) -> bool {
    static WORDS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| crate::lexicon::word_set(include_str!("../../data/lexicons/role_surnames.tsv")))
        .contains(word)
}

/// A title or role noun ("Sheriff", "President", "Poet"), in any case.
fn is_office_word(ctx: &Ctx, k: usize) -> bool {
    ctx.is(k, Kind::Title) || ctx.is(k, Kind::RoleNoun)
}

/// A capitalised noun for a follower of a creed or school ("Scientologist", "Marxist",
/// "Lutheran") that is no given name: "-ist", "-ian", "-ite" on a word of six letters or more.
fn is_adherent_noun(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.text(k);
    w.len() >= 6
        && ctx.is_cap(k)
        && !ctx.is(k, Kind::GivenName)
        && (w.ends_with("ist") || w.ends_with("ian") || w.ends_with("ite"))
}

/// The list of entities joined by commas, "and" and "or" that `kept[i]` belongs to: its first
/// and last members, and whether "and"/"or" closes it.
fn list_around(ctx: &Ctx, runs: &Runs, i: usize) -> (usize, usize, bool) {
    let joiner = |a: usize, b: usize| {
        let (Some((_, a_end)), Some((b_first, _))) = (runs.get(a), runs.get(b)) else {
            return None;
        };
        match b_first.checked_sub(a_end)? {
            1 => Some(ctx.text(a_end)).filter(|j| JOINERS.contains(j)),
            2 => Some(ctx.text(a_end + 1))
                .filter(|j| ctx.text(a_end) == "," && *j != "," && JOINERS.contains(j)),
            _ => None,
        }
    };
    let (mut lo, mut hi) = (i, i);
    let mut closed = false;
    while let Some(j) = lo.checked_sub(1).and_then(|p| joiner(p, lo)) {
        closed |= j != ",";
        lo -= 1;
    }
    while let Some(j) = (hi + 1 < runs.len()).then(|| joiner(hi, hi + 1)).flatten() {
        closed |= j != ",";
        hi += 1;
    }
    (lo, hi, closed)
}

/// "the ancient gods, such as X, Y and Z", "brands including X", "such bands as X": the list
/// `kept[i]` belongs to gives examples of a plural noun that names no kind of person (WordNet's
/// role nouns do: "artists such as X" are people).
fn examples_of_a_thing(ctx: &Ctx, runs: &Runs, i: usize) -> bool {
    // Most people follow no list word: the list is looked for only after one, or after a
    // lower-case plural.
    let after_list_word = runs.get(i).is_some_and(|(first, _)| {
        first > 0 && {
            let w = ctx.text(first - 1);
            matches!(
                w,
                "as" | "including" | "like" | "the" | "The" | "," | "and" | "or"
            ) || (w.ends_with('s') && w.starts_with(|c: char| c.is_ascii_lowercase()))
        }
    });
    if !after_list_word {
        return false;
    }
    let (lo, _, _) = list_around(ctx, runs, i);
    let Some((first, _)) = runs.get(lo) else {
        return false;
    };
    let word = |k: usize| (k < first && ctx.same_sentence(k, first)).then(|| ctx.text(k));
    let class = |k: usize| {
        word(k).is_some_and(|w| {
            w.len() > 3
                && w.ends_with('s')
                && w.starts_with(|c: char| c.is_ascii_lowercase())
                && !super::titles::words::is(w, super::titles::words::Class::Closed)
                && !ctx.is(k, Kind::RoleNoun)
                && !ctx.is(k, Kind::RoleSense)
        })
    };
    // The class noun, perhaps with a comma, before "such as", "including" or "like"; or
    // between "such" and "as".
    let noun_before = |k: usize| class(k) || (k > 0 && word(k) == Some(",") && class(k - 1));
    // "such bands as The Velvet X": an article before the first example.
    let first = first - usize::from(first > 0 && ctx.text(first - 1).eq_ignore_ascii_case("the"));
    let Some(intro) = first.checked_sub(1) else {
        return false;
    };
    match word(intro) {
        Some("as") if intro >= 2 && word(intro - 1) == Some("such") => noun_before(intro - 2),
        Some("as") => intro >= 2 && class(intro - 1) && word(intro - 2) == Some("such"),
        Some("including" | "like") => intro >= 1 && noun_before(intro - 1),
        // "the religious schools X and Y": the class noun itself, after "the" and at most two
        // modifiers (a verb in "-s" before a name has no article: "visits X").
        Some(_) => {
            class(intro)
                && (1..=3).any(|back| {
                    intro >= back
                        && word(intro - back).is_some_and(|w| w.eq_ignore_ascii_case("the"))
                        && (intro - back + 1..intro)
                            .all(|k| word(k).is_some_and(|w| w.starts_with(char::is_lowercase)))
                })
        }
        None => false,
    }
}

/// Token `end` continues the capitalised name before it with an organisation's or a
/// facility's head word ("Dana Space Center", "Roe Memorial").
pub(super) fn part_of_name(ctx: &Ctx, end: usize) -> bool {
    let doc = ctx.doc;
    end < doc.tokens.len()
        && doc.tokens[end].sentence == doc.tokens[end - 1].sentence
        && Some(doc.token_text(end)).is_some_and(|w| {
            w.starts_with(char::is_uppercase)
                && (ctx.is_exactly(end, Kind::OrgHead) || super::orgs::is_facility_head(w))
        })
}

/// Whether "the" stands before the name at tokens `first..end`, across the capitalised words
/// before it that are no title, honorific or role ("the Northern X Area", but not "the Prime
/// Minister X"). Not where the name directly after "the" modifies a lower-case noun: people's
/// names do ("the Roe government").
fn the_bound(ctx: &Ctx, first: usize, end: usize) -> bool {
    // A lower-case word that can be a noun: no closed-class word ("the X that"), no verb form
    // ("the X failed", "the X says").
    let noun = |w: &str| {
        w.starts_with(char::is_lowercase)
            && !super::titles::words::is(w, super::titles::words::Class::Closed)
            && !w.ends_with("ed")
            && !crate::lexicon::speech::is_verb(w)
    };
    let modifier = end < ctx.len()
        && ctx.same_sentence(first, end)
        && ctx.doc.tokens[end].kind == TokenKind::Word
        && noun(ctx.text(end));
    let mut k = first;
    while k > 0 && ctx.same_sentence(k - 1, first) {
        let w = k - 1;
        if ctx.text(w).eq_ignore_ascii_case("the") {
            return !(modifier && w + 1 == first);
        }
        let plain = ctx.is_cap(w)
            && !ctx.is(w, Kind::Title)
            && !ctx.is(w, Kind::Honorific)
            && !ctx.is(w, Kind::RoleNoun)
            && !ctx.is(w, Kind::GivenName);
        if !plain {
            return false;
        }
        k = w;
    }
    false
}

/// Person `kept[i]` is a member of a list of names with a place in it, joined by commas and
/// closed by "and" or "or": "attacks on Karvia and Dun Vale", "in Karvia, Dun Vale and Orm".
/// A list behind a sentence's opening phrase ("In Karvia, Roe and Doe said") is not one list.
fn in_place_list(ctx: &Ctx, kept: &[Candidate], runs: &Runs, i: usize) -> bool {
    // A place the rules or lists found, not the tagger's guess ("the decision in X and Y"),
    // and not one that modifies what follows it ("X and U.S. Ambassador Y").
    let place = |k: usize| {
        matches!(kept[k].label, Label::Gpe | Label::Loc)
            && kept[k].score >= RULE_SCORE
            && runs.get(k).is_some_and(|(_, end)| {
                end >= ctx.len() || !ctx.is_word(end) || JOINERS.contains(&ctx.text(end))
            })
    };
    let (lo, hi, mut closed) = list_around(ctx, runs, i);
    // "in X, Y and Z" where Z is no entity: the list still closes.
    closed = closed
        || runs.get(hi).is_some_and(|(_, end)| {
            end + 1 < ctx.len() && matches!(ctx.text(end), "and" | "or") && ctx.is_cap(end + 1)
        });
    let opener = runs.get(lo).is_some_and(|(first, _)| {
        first > 0 && ctx.is_function_word(first - 1) && !ctx.same_sentence(first.saturating_sub(2), first)
    });
    let members = if opener { lo + 1..=hi } else { lo..=hi };
    closed && hi > lo && members.clone().any(|k| k != i && place(k)) && members.contains(&i)
}

/// The tokens `first..end` a candidate covers exactly, if it lies on token boundaries and opens
/// with a word.
type Run = Option<(usize, usize)>;

/// The [`Run`] of `span`, given the first token starting at or after its start and the first
/// token ending after its end.
fn run(ctx: &Ctx, span: Span, first: usize, end: usize) -> Run {
    let tokens = &ctx.doc.tokens;
    (first < end && tokens[first].span.start == span.start && tokens[first].kind == TokenKind::Word)
        .then_some((first, end))
}

/// The [`Run`] of every candidate of `kept` (sorted by start, non-overlapping), each found the
/// first time a rule asks for it: the rules ask about people and their neighbours in lists, a
/// third of the candidates, and a walk over every token to find them all read a long text's
/// tokens, which missed the cache, only to pass them over.
struct Runs<'c, 'd, 'a> {
    ctx: &'c Ctx<'d, 'a>,
    /// The candidates' spans as they were proposed (a run set since is in `found`).
    spans: Vec<Span>,
    found: Vec<Cell<Option<Run>>>,
}

impl<'c, 'd, 'a> Runs<'c, 'd, 'a> {
    fn new(ctx: &'c Ctx<'d, 'a>, kept: &[Candidate]) -> Self {
        Runs {
            ctx,
            spans: kept.iter().map(|c| c.span).collect(),
            found: vec![Cell::new(None); kept.len()],
        }
    }

    /// The run of candidate `i`. Inlined: most asks are of a run found already.
    #[inline(always)]
    fn get(&self, i: usize) -> Run {
        self.found[i].get().unwrap_or_else(|| self.find(i))
    }

    /// [`Runs::get`] of a candidate asked about for the first time.
    fn find(&self, i: usize) -> Run {
        let span = self.spans[i];
        let tokens = &self.ctx.doc.tokens;
        // The first token starting at or after the span's start, searched over every token (its
        // first steps read the same tokens every time, which stay in the cache); then the first
        // ending after its end, a few tokens on (tokens start and end in order). Where a token
        // before `first` ended after the span, the run is none either way: the one at `first`
        // ends after it too.
        let first = tokens.partition_point(|t| t.span.start < span.start);
        let end = first
            + tokens[first..]
                .iter()
                .take_while(|t| t.span.end <= span.end)
                .count();
        let found = run(self.ctx, span, first, end);
        self.found[i].set(Some(found));
        found
    }

    fn len(&self) -> usize {
        self.found.len()
    }

    /// Candidate `i` now covers `run`.
    fn set(&self, i: usize, run: Run) {
        self.found[i].set(Some(run));
    }
}

#[cfg(test)]
mod tests {
    use crate::entities::recognize;
    use crate::text::analyse;

    /// `(label, text)` of the entities of `text` that are or were people.
    fn named(text: &str) -> Vec<(&'static str, String)> {
        let doc = analyse(text);
        recognize(&doc)
            .into_iter()
            .filter(|e| matches!(e.label.as_str(), "PERSON" | "GPE" | "ORG"))
            .map(|e| (e.label.as_str(), e.text))
            .collect()
    }

    #[test]
    fn context_says_what_a_name_is() {
        // (text, a name that must not be a person, a person that must stay one)
        let cases: &[(&str, &str, Option<&str>)] = &[
            // A capitalised preposition opening the sentence, and a locative before a name.
            (
                "Near Dun Vale, one strike hit a truck. Mark Dunn said so.",
                "Vale",
                Some("Mark Dunn"),
            ),
            (
                "Shelling near Qarvat Ulm went on, Helen Park said.",
                "Qarvat Ulm",
                Some("Helen Park"),
            ),
            // A list of names with a place in it.
            (
                "The attacks on Paris and Qarvat Ulm show it, Helen Park said.",
                "Qarvat Ulm",
                Some("Helen Park"),
            ),
            // A body's head word or a plural role noun at the end.
            (
                "Both the Harlan Ridge Independent School District and Mark Dunn agreed.",
                "School District",
                Some("Mark Dunn"),
            ),
            (
                "Helen Park of the Neo Socialists failed to win a seat.",
                "Socialists",
                Some("Helen Park"),
            ),
            (
                "The Northern Liberation Forces announced an advance, Mark Dunn said.",
                "Forces",
                Some("Mark Dunn"),
            ),
            // A piece of a longer name closed by a head word.
            (
                "The rocket left the Dunmore Space Center at noon, Helen Park said.",
                "Dunmore",
                Some("Helen Park"),
            ),
            // An office alone, and an adherent's noun before a given name.
            (
                "The President said it. A detective for the Dallas Sheriff's office agreed with Mark Dunn.",
                "Sheriff",
                Some("Mark Dunn"),
            ),
            (
                "A video featuring Calvinist Mark Dunn spread.",
                "Calvinist Mark Dunn",
                Some("Mark Dunn"),
            ),
            ("Tom Baker said so. Baker left.", "", Some("Baker")),
            ("The 28-year-old Collier died on Saturday.", "", Some("Collier")),
            // After a locative even a name opening with a given name is a place, but not one
            // that owns something there.
            (
                "Shelling near Helen Ridge went on, Mark Dunn said.",
                "Helen Ridge",
                Some("Mark Dunn"),
            ),
            ("They met in Mark Dunn's office.", "", Some("Mark Dunn")),
            // An acronym's plural and a holiday are nobody.
            (
                "Two VBIEDs exploded on Veterans Day, Mark Dunn said.",
                "VBIEDs",
                Some("Mark Dunn"),
            ),
            (
                "Parades marked Harvest Day, Mark Dunn said.",
                "Harvest Day",
                Some("Mark Dunn"),
            ),
            // A plural class noun after "the" before the names; a verb in "-s" is no class.
            (
                "It funds the religious schools Varlo Santi and Corvella, and visits Mark Dunn.",
                "Varlo Santi",
                Some("Mark Dunn"),
            ),
            // A title with its year in brackets in a list is a work; a part an actor plays is
            // nobody (played, or "as" in a clause about acting).
            (
                "He starred in Sarvel (2011), Marie (2013) and Kettle (2014), Mark Dunn said.",
                "Marie",
                Some("Mark Dunn"),
            ),
            (
                "He won praise for his performance as Charles Varn in Mark Dunn's film.",
                "Charles Varn",
                Some("Mark Dunn"),
            ),
            // An award, and a compound of a name and an agent noun.
            (
                "Mark Dunn, a Booker Prize-winner, won the Hale Prize too.",
                "Prize",
                Some("Mark Dunn"),
            ),
            // A lone word owning a post is the body, unless a full name ends with it.
            (
                "Mark Dunn, Halden's chief financial officer, said so.",
                "Halden",
                Some("Mark Dunn"),
            ),
            (
                "Vladimir Karsk spoke. Karsk's spokesman Mark Dunn agreed.",
                "",
                Some("Karsk"),
            ),
            // Examples of a kind of thing are no people; examples of a kind of person are.
            (
                "Villagers worship the old gods, such as Varun, Tesh and Ollam. Mark Dunn said so.",
                "Varun",
                Some("Mark Dunn"),
            ),
            (
                "Music came from such bands as The Tom Lane. Painters such as Helen Park came.",
                "Tom Lane",
                Some("Helen Park"),
            ),
            // A place's or a group's noun after the name.
            (
                "Fighting around the Qarvat Ulm area went on, Mark Dunn said.",
                "Qarvat Ulm",
                Some("Mark Dunn"),
            ),
            // Only ever after "the": a body or a thing, unless the name modifies a noun.
            (
                "It is asserted by the Regent that both knew. Mark Dunn denied it.",
                "Regent",
                Some("Mark Dunn"),
            ),
            (
                "Reforms by the Varlotti government stalled.",
                "",
                Some("Varlotti"),
            ),
        ];
        for &(text, not_person, person) in cases {
            let found = named(text);
            let people: Vec<&str> = found
                .iter()
                .filter(|(l, _)| *l == "PERSON")
                .map(|(_, t)| t.as_str())
                .collect();
            if !not_person.is_empty() {
                assert!(
                    !people.iter().any(|p| p.contains(not_person)),
                    "{text:?}: {found:?}"
                );
            }
            if let Some(person) = person {
                assert!(people.contains(&person), "{text:?}: {found:?}");
            }
        }
    }
}
