//! Names no list contains, from the trained tagger ([`crate::tagger`]): it proposes PERSON, ORG,
//! GPE, LOC, NORP, FAC and EVENT spans below the rules' scores, so high-precision patterns and
//! lexicons win wherever they overlap. Where it is confident ([`CONFIDENT`]) it relabels a weak
//! person guess and takes a leading name out of a title; where it is unsure and nothing supports
//! it (a lone sentence opener, an ORG no rule proposes) its span is dropped. Then document-level
//! consistency: a string the tagger labelled once is that label at its other occurrences
//! (majority label when it disagreed with itself), a known given name that opens a person's full
//! name is that person alone too, and a person's surname alone is that person — unless a rule
//! claims the spot.

use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::Cell;

use super::context::{self, Ctx};
use super::names;
use super::not_people;
use crate::lexicon::shapes::{first_bytes, Shapes, WordTable};
use crate::lexicon::Kind;
use crate::tagger::{self, features, Tagged};
use crate::types::{Candidate, Doc, Label, Span, TokenKind};

/// Below every rule (0.8 and up), above nothing: the tagger fills gaps, it does not override.
const SCORE: f32 = 0.6;
/// Repeats of a tagged string elsewhere in the article.
const ECHO_SCORE: f32 = 0.55;

/// Rule scores at or above this are patterns the tagger never overrides (acronym definitions,
/// datelines, dates).
const SURE: f32 = 0.95;

/// A tagged span whose margin ([`Tagged::margin`]) reaches this is confident. Chosen on GMB dev
/// and GUM dev: below it the tagger's names are right about half the time, above it 0.8–0.9
/// (`factlens-eval --margins`; recheck after retraining, margins move with the weights).
const CONFIDENT: i32 = 200;
/// A confident tagged span's score where it outranks a rule guess: above the guesses (0.85–0.93),
/// below the sure patterns.
const TRUSTED: f32 = 0.94;

thread_local! {
    static ENABLED: Cell<bool> = const { Cell::new(true) };
}

/// Switches the tagger off or on for the calling thread (`factlens-eval` measures rules alone).
pub fn set_enabled(on: bool) {
    ENABLED.with(|e| e.set(on));
}

/// Adds the tagger's candidates, and its echoes, to the rules' proposals in `out` (whose
/// titles it may shorten, [`trim_titles`]). Never inlined: one call per document, and profiles
/// show the tagger's share of `annotate` as this function.
#[inline(never)]
pub fn propose(ctx: &Ctx, out: &mut Vec<Candidate>) {
    let (doc, lex) = (ctx.doc, ctx.lex());
    if !ENABLED.with(Cell::get) {
        return;
    }
    let Some(model) = tagger::embedded() else {
        return;
    };
    let mut tagged = model.tag(doc, lex);
    trim_openers(doc, &mut tagged);
    trim_people(ctx, &mut tagged);
    people_by_context(ctx, &mut tagged);
    trim_titles(doc, &tagged, out);
    let rules = RuleIndex::new(out);
    // Only the words of unsure openers are looked for elsewhere: hashing every capitalised
    // word of the article cost more than the rest of this function.
    let openers: FxHashSet<&str> = tagged
        .iter()
        .filter_map(|t| unsure_opener(doc, t, &rules))
        .collect();
    let mid = capitals_mid_sentence(ctx, &openers);
    tagged.retain(|t| {
        !lone_opener(doc, t, &rules, &mid) && !headless_org(ctx, t, &rules) && !unsure_org(doc, t, &rules)
    });
    let labels = article_labels(ctx, &tagged);
    // Made while the index borrows the rules' proposals, then added after them.
    let found: Vec<Candidate> = tagged
        .iter()
        .enumerate()
        .map(|(k, t)| {
            let span = t.span(doc);
            let text = span.text(doc.text);
            // Shouted words defeat the tagger's case cues: there its span of several words never
            // outranks the names the rules found inside it ("BRAZIL BEAT CHILE" is two countries).
            let shouted = !text.chars().any(char::is_lowercase) && text.contains(' ');
            let score = if shouted { SCORE } else { score(t, span, &rules) };
            candidate(span, labels.of_span(k), score)
        })
        .collect();
    out.extend(found);
    echoes(ctx, &tagged, &labels, out);
}

/// Repeats of what the tagger found, at spots no tagged span covers: each tagged string with its
/// article label, and the surname of each person. One pass over the tokens, each checked against
/// the few strings that start with it.
fn echoes(ctx: &Ctx, tagged: &[Tagged], labels: &ArticleLabels, out: &mut Vec<Candidate>) {
    let doc = ctx.doc;
    // Keyed by their first token: full names, and surnames of people.
    let mut wanted = Echoes::with_room(2 * tagged.len());
    let mut all_capitalised = true;
    for (k, t) in tagged.iter().enumerate() {
        let surface = t.span(doc).text(doc.text);
        let label = labels.of_span(k);
        all_capitalised &= ctx.is_cap(t.tokens.0);
        wanted.push(
            doc.token_text(t.tokens.0),
            t.tokens.1 - t.tokens.0,
            surface,
            label,
        );
        let last = t.tokens.1 - 1;
        if label == Label::Person && t.tokens.1 - t.tokens.0 >= 2 && is_name_word(doc, last) {
            let surname = doc.token_text(last);
            if labels.of(surname).is_none_or(|l| l == Label::Person) {
                wanted.push(surname, 1, surname, Label::Person);
            }
        }
    }
    let shapes = Shapes::of(wanted.firsts.iter().copied());
    // A string whose first word is capitalised is found only at capitalised words (the same
    // text): when every wanted string is such, as nearly all are, only those are walked.
    let (mut capitalised, mut every);
    let tokens: &mut dyn Iterator<Item = usize> = if all_capitalised {
        capitalised = ctx.capitalised();
        &mut capitalised
    } else {
        every = 0..ctx.len();
        &mut every
    };
    // The first token after the last echo found.
    let mut next = 0;
    // The first tagged span (they are in order and apart) that does not end before token `i`:
    // `i` only grows, so it is moved on, not searched for.
    let mut next_tagged = 0;
    // Most tokens have no wanted string's first byte and length: passed over without hashing.
    for i in tokens {
        if i < next || !shapes.may_be_shaped(ctx.initial(i), doc.token_text(i).len()) {
            continue;
        }
        while tagged.get(next_tagged).is_some_and(|t| t.tokens.1 <= i) {
            next_tagged += 1;
        }
        // Inside a tagged span every string is covered: not looked up (the tagged strings' own
        // first words are most of the words that pass the shapes).
        if tagged.get(next_tagged).is_some_and(|t| t.tokens.0 <= i) {
            continue;
        }
        let covered = |n: usize| tagged.get(next_tagged).is_some_and(|t| t.tokens.0 < i + n);
        let found = wanted.get(doc.token_text(i)).and_then(|strings| {
            strings.iter().find(|&&(n, surface, _)| {
                i + n <= doc.tokens.len() && !covered(n) && span(doc, i, i + n).text(doc.text) == surface
            })
        });
        if let Some(&(n, _, label)) = found {
            out.push(candidate(span(doc, i, i + n), label, ECHO_SCORE));
            next = i + n;
        }
    }
}

/// The label each string the tagger found takes at all its occurrences: its majority label
/// (ties go to the first seen), except that a known given name which opens a person's full name
/// in the article is that person when it stands alone ("Isabel Ruiz" … "work with Isabel").
fn article_labels<'a>(ctx: &Ctx<'_, 'a>, tagged: &[Tagged]) -> ArticleLabels<'a> {
    let doc = ctx.doc;
    let mut strings = FxHashMap::with_capacity_and_hasher(tagged.len(), Default::default());
    let mut votes: Vec<Votes> = Vec::with_capacity(tagged.len());
    let mut of_span = Vec::with_capacity(tagged.len());
    let mut given = Vec::new();
    for t in tagged {
        let k = *strings.entry(t.span(doc).text(doc.text)).or_insert_with(|| {
            votes.push(Votes {
                first: (t.label, 0),
                others: Vec::new(),
            });
            votes.len() - 1
        });
        votes[k].add(t.label);
        of_span.push(k);
        let first = doc.token_text(t.tokens.0);
        if t.label == Label::Person
            && t.tokens.1 - t.tokens.0 >= 2
            && ctx.is_exactly(t.tokens.0, Kind::GivenName)
        {
            given.push(first);
        }
    }
    let mut labels: Vec<Label> = votes.iter().map(Votes::majority).collect();
    for name in given {
        if let Some(&k) = strings.get(name) {
            labels[k] = Label::Person;
        }
    }
    ArticleLabels {
        strings,
        labels,
        of_span,
    }
}

/// What [`article_labels`] found: each string's label, numbered in the order first tagged, and
/// each tagged span's string, so a span's label is read without hashing its string again.
struct ArticleLabels<'a> {
    strings: FxHashMap<&'a str, usize>,
    labels: Vec<Label>,
    of_span: Vec<usize>,
}

impl ArticleLabels<'_> {
    /// The article label of `s`, if the tagger found it.
    fn of(&self, s: &str) -> Option<Label> {
        self.strings.get(s).map(|&k| self.labels[k])
    }

    /// The article label of the string of tagged span `k`.
    fn of_span(&self, k: usize) -> Label {
        self.labels[self.of_span[k]]
    }
}

/// One string's votes by label, in the order first seen: the first without allocating, as
/// nearly every string has only one.
struct Votes {
    first: (Label, usize),
    others: Vec<(Label, usize)>,
}

impl Votes {
    fn add(&mut self, label: Label) {
        match std::iter::once(&mut self.first)
            .chain(&mut self.others)
            .find(|(l, _)| *l == label)
        {
            Some((_, n)) => *n += 1,
            None => self.others.push((label, 1)),
        }
    }

    /// The label with the most votes; ties go to the first seen.
    fn majority(&self) -> Label {
        let votes = std::iter::once(&self.first).chain(&self.others);
        votes
            .rev()
            .max_by_key(|(_, n)| *n)
            .map_or(Label::Person, |(l, _)| *l)
    }
}

/// The tagger's span outranks rule proposals it strictly contains when they are names too: it
/// read the whole name ("Bank of Lithuania" over "Lithuania", "U.S." over "U.S"), and a weak
/// person guess on the same words when it is confident ([`relabels_weak_cue`]). Otherwise it
/// stays below every rule.
fn score(t: &Tagged, span: Span, rules: &RuleIndex) -> f32 {
    if relabels_weak_cue(t, span, rules) {
        return TRUSTED;
    }
    let mut score = SCORE;
    for r in rules.overlapping(span) {
        let inner = span.contains(&r.span)
            && r.span != span
            && r.score < SURE
            && crate::tagger::LABELS.contains(&r.label);
        if !inner {
            return SCORE;
        }
        score = score.max(r.score);
    }
    score
}

/// A confident tagged span, not a person, over exactly the words of a person the rules found
/// from a weak cue (a speech verb, an age, a party tag): the cue says a name is near, not that
/// it is a person's ("The White House says …", "The United Nations says …"). On GMB dev this
/// fixed about 20 names and broke none. Not where a sure pattern overlaps.
fn relabels_weak_cue(t: &Tagged, span: Span, rules: &RuleIndex) -> bool {
    let weak = |r: &Candidate| r.span == span && r.source == names::SOURCE && r.score < names::WEAK_CUE;
    t.margin >= CONFIDENT
        && t.label != Label::Person
        && rules.overlapping(span).any(weak)
        && rules.overlapping(span).all(|r| r.score < SURE)
}

/// The rules' proposals in order of start: overlap and exact-span questions in O(log n), so long
/// articles stay linear.
struct RuleIndex<'a> {
    rules: &'a [Candidate],
    /// Each proposal's start and index in `rules`, sorted: pairs sort quicker than proposals.
    by_start: Vec<(usize, usize)>,
    longest: usize,
    /// The last two searches of `by_start`, `(from, at)`: a tagged span is asked about by
    /// several rules in turn, each from its start (an exact span) or before it (an overlap).
    searched: Cell<[(usize, usize); 2]>,
}

impl<'a> RuleIndex<'a> {
    fn new(rules: &'a [Candidate]) -> Self {
        let mut by_start: Vec<_> = rules.iter().enumerate().map(|(k, c)| (c.span.start, k)).collect();
        // Unstable: every question asked of the rules at a spot is about all of them, in any order.
        by_start.sort_unstable_by_key(|&(start, _)| start);
        RuleIndex {
            rules,
            by_start,
            longest: rules.iter().map(|c| c.span.len()).max().unwrap_or(0),
            searched: Cell::new([(usize::MAX, 0); 2]),
        }
    }

    /// The proposals starting at byte `from` or after it, in order of start.
    fn starting_from(&self, from: usize) -> impl Iterator<Item = &'a Candidate> + '_ {
        let [last, before] = self.searched.get();
        let at = if last.0 == from {
            last.1
        } else if before.0 == from {
            before.1
        } else {
            let at = self.by_start.partition_point(|&(start, _)| start < from);
            self.searched.set([(from, at), last]);
            at
        };
        self.by_start[at..].iter().map(|&(_, k)| &self.rules[k])
    }

    fn overlapping(&self, span: Span) -> impl Iterator<Item = &'a Candidate> + '_ {
        self.starting_from(span.start.saturating_sub(self.longest))
            .take_while(move |c| c.span.start < span.end)
            .filter(move |c| c.span.overlaps(&span))
    }

    /// Whether a rule proposes exactly `span`: among the few starting where it does (asked of
    /// a few tagged spans, where hashing every rule's span cost more).
    fn has(&self, span: Span) -> bool {
        let mut same_start = self
            .starting_from(span.start)
            .take_while(|c| c.span.start == span.start);
        same_start.any(|c| c.span == span)
    }
}

/// "NASA spokeswoman", "Yukos spokesman", "BP chief executive": a title the rules grew over an
/// organisation, place or group the tagger confidently reads at its start keeps only the words
/// after it, so the name is an entity of its own (titles stop before organisations and places;
/// a lexicon cannot list every company).
fn trim_titles(doc: &Doc, tagged: &[Tagged], out: &mut [Candidate]) {
    // Tagged spans are in order and apart: the one starting where a title does is searched for.
    let start = |t: &Tagged| doc.tokens[t.tokens.0].span.start;
    let confident_name =
        |t: &Tagged| t.margin >= CONFIDENT && matches!(t.label, Label::Org | Label::Gpe | Label::Norp);
    for c in out.iter_mut().filter(|c| c.label == Label::Title) {
        let at = tagged.partition_point(|t| start(t) <= c.span.start);
        let name = at.checked_sub(1).map(|k| &tagged[k]);
        let name = name.filter(|t| start(t) == c.span.start && confident_name(t));
        let after = name.and_then(|t| doc.tokens.get(t.tokens.1));
        if let Some(next) = after.filter(|next| next.span.start < c.span.end) {
            c.span.start = next.span.start;
        }
    }
}

/// A function word opening a sentence is no part of the name the tagger reads after it
/// ("Including Tom Vale, …", "Despite Acme Bank's losses"); articles stay ("The Hague").
fn trim_openers(doc: &Doc, tagged: &mut [Tagged]) {
    for t in tagged {
        let (first, end) = t.tokens;
        let opens = first == 0 || doc.tokens[first - 1].sentence != doc.tokens[first].sentence;
        let word = doc.token_text(first);
        if opens && end - first >= 2 && !matches!(word, "A" | "An" | "The") && context::is_function_word(word)
        {
            t.tokens.0 += 1;
        }
    }
}

/// What the tagger reads as a person keeps only the name: it ends before a lower-case word that
/// is not a name particle ("X of the Green Party", "X of Italy"; the organisation or country is
/// a separate entity), it starts after a capitalised role noun that is not a given name
/// ("Administrator X"), and a caption label ("X Image: Agency.") is not part of it. A lone
/// word in a caption's credit ("Video: jsmith & Jdoe") is a user name, not a person's name.
fn trim_people(ctx: &Ctx, tagged: &mut Vec<Tagged>) {
    let doc = ctx.doc;
    // Looked up only for the first word of a person, so per person, never per lexicon match,
    // and only where the context's walk found such an entry at the word.
    let given = |k: usize| ctx.is_exactly(k, Kind::GivenName);
    let role_noun = |k: usize| ctx.is(k, Kind::RoleNoun) && !given(k) && ctx.role_noun(k).is_some();
    let nationality =
        |k: usize| (ctx.is_exactly(k, Kind::Demonym) || ctx.is_exactly(k, Kind::Group)) && !given(k);
    let text = |k: usize| (k < doc.tokens.len()).then(|| doc.token_text(k));
    let caption = |k: usize| names::caption_label(text, k);
    tagged.retain_mut(|t| {
        if t.label != Label::Person {
            return true;
        }
        let (first, end) = t.tokens;
        let cut = (first + 1..end).find(|&k| {
            let w = doc.token_text(k);
            // "Chan Tai-man": a lower-case part of a hyphenated word stays.
            let hyphened =
                doc.token_text(k - 1) == "-" && doc.tokens[k - 1].span.end == doc.tokens[k].span.start;
            let lower = doc.tokens[k].kind == TokenKind::Word
                && w.chars().next().is_some_and(char::is_lowercase)
                && !names::PARTICLES.contains(w)
                && !hyphened;
            lower || caption(k)
        });
        // One word before "of the …" is part of a phrase ("Player of the Year"), not a name.
        let lone = cut.is_some_and(|k| k == first + 1 && !caption(k));
        let mut end = cut.unwrap_or(end);
        // Punctuation left at the end ("X of" cut to "X,"), if any.
        while end > first + 1 && doc.tokens[end - 1].kind != TokenKind::Word {
            end -= 1;
        }
        // "Tom Vale FRS", "Ann Lee QC": honours after a name are no part of it.
        if end - first >= 3 && postnominal(doc, end - 1) {
            end -= 1;
        }
        let mut first = first;
        if end - first >= 2 && role_noun(first) {
            first += 1;
        }
        // "Kenyan Tom Vale" is Tom Vale; "Asian Studies" is no one (a nationality or a people).
        if nationality(first) {
            if end - first >= 2 && given(first + 1) {
                first += 1;
            } else {
                return false;
            }
        }
        t.tokens = (first, end);
        let credit = end == first + 1
            && (first.saturating_sub(6)..first).any(|k| {
                caption(k) && !doc.text[doc.tokens[k].span.end..doc.tokens[first].span.start].contains('\n')
            });
        !lone && is_name_word(doc, first) && !caption(first) && !credit
    });
}

/// Token `k` is letters after a name ([`names::is_postnominal`]) and not part of a shouted name.
fn postnominal(doc: &Doc, k: usize) -> bool {
    names::is_postnominal(doc.token_text(k)) && !doc.token_text(k - 1).bytes().all(|b| b.is_ascii_uppercase())
}

/// What the tagger reads as a person, where its context says otherwise: before an
/// organisation's head word ("Dana Space Center") it is part of that name (taken out before
/// overlaps are resolved, so the organisation can win the words); after "@" it is a handle; a
/// lone capital letter, a function word ("Professor Who") and a compound ending in a role noun
/// ("Trust-founder") are no name. Places and bodies read as people are [`not_people`]'s.
fn people_by_context(ctx: &Ctx, tagged: &mut Vec<Tagged>) {
    let doc = ctx.doc;
    tagged.retain(|t| {
        if t.label != Label::Person {
            return true;
        }
        let (first, end) = t.tokens;
        let before = first.checked_sub(1).map(|k| doc.token_text(k));
        if before == Some("@") && doc.tokens[first - 1].span.end == doc.tokens[first].span.start {
            return false;
        }
        let last = doc.token_text(end - 1);
        let lone = end == first + 1;
        if lone
            && (last.chars().count() == 1
                || super::titles::words::is(last, super::titles::words::Class::Closed))
        {
            return false;
        }
        let hyphened = end - first >= 3 && doc.token_text(end - 2) == "-";
        if hyphened && last.starts_with(char::is_lowercase) && ctx.is_exactly(end - 1, Kind::RoleNoun) {
            return false;
        }
        !not_people::part_of_name(ctx, end)
    });
}

/// Which of `words` the article capitalises away from a sentence's start.
fn capitals_mid_sentence<'a>(ctx: &Ctx<'_, 'a>, words: &FxHashSet<&str>) -> FxHashSet<&'a str> {
    if words.is_empty() {
        return FxHashSet::default();
    }
    let doc = ctx.doc;
    let starts = first_bytes(words.iter().copied());
    // Name words are the capitalised words ([`Ctx::is_cap`]).
    ctx.capitalised()
        .filter(|&k| starts[usize::from(ctx.initial(k))])
        .filter(|&k| !opens(doc, k))
        .map(|k| doc.token_text(k))
        .filter(|w| words.contains(w))
        .collect()
}

/// The strings [`echoes`] looks for, by their first token's text.
struct Echoes<'a> {
    /// Each first token's place in `wanted` and `firsts`.
    index: WordTable<'a, u32>,
    wanted: Vec<Wanted<'a>>,
    firsts: Vec<&'a str>,
}

impl<'a> Echoes<'a> {
    fn with_room(strings: usize) -> Self {
        Echoes {
            index: WordTable::with_room(strings, false),
            wanted: Vec::with_capacity(strings),
            firsts: Vec::with_capacity(strings),
        }
    }

    /// Adds the string `surface` of `n` tokens, the first of which is `first`.
    fn push(&mut self, first: &'a str, n: usize, surface: &'a str, label: Label) {
        let string = (n, surface, label);
        match self.index.value_mut(first, self.wanted.len() as u32) {
            Some(&mut k) => self.wanted[k as usize].add(string),
            None => {
                self.wanted.push(Wanted {
                    first: string,
                    others: Vec::new(),
                });
                self.firsts.push(first);
            }
        }
    }

    /// The strings starting with a token whose text is `first`.
    fn get(&self, first: &str) -> Option<&Wanted<'a>> {
        self.index.get(first).map(|k| &self.wanted[k as usize])
    }
}

/// The strings [`echoes`] looks for at one first token, each with its token count and label:
/// longest first, so "Loreta Maskaliovienė" is found before "Loreta", then in the order added.
/// The first without allocating, as nearly every first token starts only one.
struct Wanted<'a> {
    first: (usize, &'a str, Label),
    others: Vec<(usize, &'a str, Label)>,
}

impl<'a> Wanted<'a> {
    fn iter(&self) -> impl Iterator<Item = &(usize, &'a str, Label)> {
        std::iter::once(&self.first).chain(&self.others)
    }

    /// Adds a string unless it is there already.
    fn add(&mut self, string: (usize, &'a str, Label)) {
        let (n, surface, _) = string;
        if self.iter().any(|&(_, s, _)| s == surface) {
            return;
        }
        if n > self.first.0 {
            let longest = std::mem::replace(&mut self.first, string);
            self.others.insert(0, longest);
        } else {
            let at = self.others.partition_point(|&(m, _, _)| m >= n);
            self.others.insert(at, string);
        }
    }
}

/// A single capitalised word opening a sentence ("Emphasis was placed on …") that no rule
/// proposes, the article never capitalises elsewhere and the tagger is not confident about:
/// capitals there prove nothing, and the tagger never saw the word's lower-case uses. A
/// confident opener is mostly a name ("Sarkozy is scheduled to …": on GMB dev three in four).
fn lone_opener(doc: &Doc, t: &Tagged, rules: &RuleIndex, mid: &FxHashSet<&str>) -> bool {
    unsure_opener(doc, t, rules).is_some_and(|word| !mid.contains(word))
}

/// The word of a [`lone_opener`] before asking whether the article capitalises it elsewhere.
/// Inlined: asked twice of every tagged span, nearly all refused by their length or margin.
#[inline(always)]
fn unsure_opener<'a>(doc: &Doc<'a>, t: &Tagged, rules: &RuleIndex) -> Option<&'a str> {
    let i = t.tokens.0;
    // Most tagged spans are longer or confident: their word is not read.
    if t.tokens.1 != i + 1 || t.margin >= CONFIDENT || !opens(doc, i) {
        return None;
    }
    let word = doc.token_text(i);
    let unsure = word.chars().skip(1).any(char::is_lowercase) && !rules.has(t.span(doc));
    unsure.then_some(word)
}

/// Whether token `k` opens its sentence, directly or after an opening quote or bracket.
fn opens(doc: &Doc, k: usize) -> bool {
    opens_at(doc, k) || (doc.tokens[k - 1].kind == TokenKind::Punct && opens_at(doc, k - 1))
}

/// "X for Y" that the tagger calls ORG with no organisation head word in it and no rule
/// proposing it: a programme or document ("Strategy for Security and Defence Engagement"),
/// where organisations name their head ("Centre for …", "Agency for …"). The head-word and
/// agency entries are looked for only inside the few such spans.
fn headless_org(ctx: &Ctx, t: &Tagged, rules: &RuleIndex) -> bool {
    let doc = ctx.doc;
    let (first, end) = t.tokens;
    let head_at = |k: usize| {
        ctx.entries_at(k)
            .any(|m| matches!(m.kind, Kind::OrgHead | Kind::Agency) && m.end_token <= end)
    };
    t.label == Label::Org
        && end - first >= 3
        && (first..end).any(|i| doc.token_text(i) == "for")
        && !(first..end).any(head_at)
        && !rules.has(t.span(doc))
}

/// An organisation only the tagger proposes, and without confidence. ORG is the label it gets
/// most wrong away from its training news: on GUM dev nine in ten such spans were programmes,
/// laws, storms or fields of study ("Digital Scholarship Training Programme", "HEROES Act",
/// "DH"). An acronym being defined is kept ("United Auto Workers (UAW)").
fn unsure_org(doc: &Doc, t: &Tagged, rules: &RuleIndex) -> bool {
    t.label == Label::Org && t.margin < CONFIDENT && !rules.has(t.span(doc)) && !defined_acronym(doc, t)
}

/// A single word in capitals, in brackets straight after a capitalised word: "… Workers (UAW)".
fn defined_acronym(doc: &Doc, t: &Tagged) -> bool {
    let (first, end) = t.tokens;
    end == first + 1
        && first >= 2
        && end < doc.tokens.len()
        && doc.token_text(first - 1) == "("
        && doc.token_text(end) == ")"
        && is_name_word(doc, first - 2)
        && doc.token_text(first).chars().all(|c| c.is_uppercase())
}

/// Whether token `k` is the first of its sentence.
fn opens_at(doc: &Doc, k: usize) -> bool {
    k == 0 || doc.tokens[k - 1].sentence != doc.tokens[k].sentence
}

fn is_name_word(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word
        && features::first_char(doc.token_text(i)).is_some_and(char::is_uppercase)
}

fn span(doc: &Doc, first: usize, end: usize) -> Span {
    Span::new(doc.tokens[first].span.start, doc.tokens[end - 1].span.end)
}

fn candidate(span: Span, label: Label, score: f32) -> Candidate {
    Candidate {
        span,
        label,
        source: "model",
        score,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::analyse;

    #[test]
    fn wanted_strings_longest_first_then_in_order_added_once_each() {
        let mut wanted = Echoes::with_room(1);
        for (n, surface) in [
            (1, "Ann"),
            (2, "Ann Lee"),
            (1, "Ann"),
            (3, "Ann Lee Vale"),
            (2, "Ann Ray"),
        ] {
            wanted.push("Ann", n, surface, Label::Person);
        }
        let surfaces: Vec<&str> = wanted
            .get("Ann")
            .expect("Ann")
            .iter()
            .map(|&(_, s, _)| s)
            .collect();
        assert_eq!(surfaces, ["Ann Lee Vale", "Ann Lee", "Ann Ray", "Ann"]);
    }

    fn proposals(text: &str, rules: Vec<Candidate>) -> Vec<(&str, Label, f32)> {
        let doc = analyse(text);
        let mut out = rules;
        let n = out.len();
        propose(&Ctx::new(&doc), &mut out);
        out[n..]
            .iter()
            .map(|c| (c.span.text(text), c.label, c.score))
            .collect()
    }

    #[test]
    fn context_overrules_a_tagged_person() {
        let text = "Shelling in Karvia Dun hit homes, Z said, as @JRoe and Mark Vale in Paris wrote. \
                    Fans of Professor Who met a Harbour Trust-founder at the Dana Space Center.";
        let doc = analyse(text);
        let mut tagged = tagged_people(
            &doc,
            &[
                "Karvia Dun",
                "Z",
                "JRoe",
                "Mark Vale",
                "Who",
                "Harbour Trust-founder",
                "Dana Space",
            ],
        );
        people_by_context(&Ctx::new(&doc), &mut tagged);
        let got: Vec<(&str, Label)> = tagged
            .iter()
            .map(|t| (t.span(&doc).text(text), t.label))
            .collect();
        // Places read as people are left to `not_people`, after overlaps are resolved.
        assert_eq!(got, [("Karvia Dun", Label::Person), ("Mark Vale", Label::Person)]);
    }

    /// The tagger's people at the first occurrence of each of `names` in the text.
    fn tagged_people(doc: &Doc, names: &[&str]) -> Vec<Tagged> {
        let token = |at: usize, end: bool| {
            doc.tokens
                .iter()
                .position(|t| if end { t.span.end == at } else { t.span.start == at })
                .expect("token")
        };
        names
            .iter()
            .map(|s| {
                let at = doc.text.find(s).expect("in text");
                Tagged {
                    tokens: (token(at, false), token(at + s.len(), true) + 1),
                    label: Label::Person,
                    margin: 0,
                }
            })
            .collect()
    }

    #[test]
    fn a_nationality_opens_no_name() {
        let text = "The runner, Kenyan Tom Vale, won. Ann Lee teaches East Asian Studies.";
        let doc = analyse(text);
        let mut tagged = tagged_people(&doc, &["Kenyan Tom Vale", "Asian Studies"]);
        trim_people(&Ctx::new(&doc), &mut tagged);
        let got: Vec<&str> = tagged.iter().map(|t| t.span(&doc).text(text)).collect();
        assert_eq!(got, ["Tom Vale"]);
    }

    #[test]
    fn tags_names_no_list_contains() {
        let got = proposals("Loreta Maskaliovienė met Kęstutis Budrys in Vilnius.", Vec::new());
        let names: Vec<(&str, Label)> = got.iter().map(|&(t, l, _)| (t, l)).collect();
        assert_eq!(
            names,
            [
                ("Loreta Maskaliovienė", Label::Person),
                ("Kęstutis Budrys", Label::Person),
                ("Vilnius", Label::Gpe)
            ]
        );
        assert!(got.iter().all(|&(_, _, s)| s < 0.8), "below the rules: {got:?}");
    }

    #[test]
    fn repeats_and_surnames_follow_the_first_mention() {
        let text = "Officials said Ugnė Žemaitytė met Tomas Dainauskas. \
                    Dainauskas thanked her, and Ugnė Žemaitytė left.";
        let got = proposals(text, Vec::new());
        let people: Vec<&str> = got.iter().filter(|c| c.1 == Label::Person).map(|c| c.0).collect();
        assert_eq!(
            people.iter().filter(|&&p| p == "Ugnė Žemaitytė").count(),
            2,
            "{got:?}"
        );
        assert!(people.contains(&"Dainauskas"), "{got:?}");
    }

    #[test]
    fn outranks_only_rule_names_it_contains() {
        let text = "The Bank of Lithuania raised rates.";
        let inner = |label, score| Candidate {
            span: Span::new(12, 21),
            label,
            source: "test",
            score,
        };
        let bank =
            |got: Vec<(&str, Label, f32)>| got.into_iter().find(|c| c.0 == "Bank of Lithuania").map(|c| c.2);
        assert_eq!(bank(proposals(text, vec![inner(Label::Gpe, 0.85)])), Some(0.85));
        assert_eq!(
            bank(proposals(text, vec![inner(Label::Title, 0.85)])),
            Some(SCORE)
        );
        assert_eq!(bank(proposals(text, vec![inner(Label::Gpe, SURE)])), Some(SCORE));
    }

    #[test]
    fn shouted_words_never_outrank_the_names_inside() {
        let text = "SOCCER - JAPAN HOLD SYRIA , BRAZIL BEAT CHILE .";
        let place = |word: &str| {
            let start = text.find(word).expect("word in text");
            Candidate {
                span: Span::new(start, start + word.len()),
                label: Label::Gpe,
                source: "test",
                score: 0.85,
            }
        };
        let got = proposals(text, vec![place("BRAZIL"), place("CHILE")]);
        let shouted: Vec<_> = got
            .iter()
            .filter(|c| c.0.contains("BRAZIL") && c.0.contains(' '))
            .collect();
        assert!(
            !shouted.is_empty(),
            "the tagger reads one span over both: {got:?}"
        );
        assert!(shouted.iter().all(|c| c.2 == SCORE), "{shouted:?}");
    }

    /// The score of the tagged `words` of `text` (label ORG, `margin`) against `rules`.
    fn org_score(text: &str, words: &str, margin: i32, rules: &[Candidate]) -> f32 {
        let doc = analyse(text);
        let start = text.find(words).expect("words in text");
        let span = Span::new(start, start + words.len());
        let first = doc.tokens.iter().position(|t| t.span.start == span.start);
        let last = doc.tokens.iter().position(|t| t.span.end == span.end);
        let t = Tagged {
            tokens: (first.expect("token start"), last.expect("token end") + 1),
            label: Label::Org,
            margin,
        };
        score(&t, span, &RuleIndex::new(rules))
    }

    /// A rule candidate over `words` of `text`.
    fn rule(text: &str, words: &str, label: Label, source: &'static str, score: f32) -> Candidate {
        let start = text.find(words).expect("words in text");
        Candidate {
            span: Span::new(start, start + words.len()),
            label,
            source,
            score,
        }
    }

    #[test]
    fn the_rule_index_knows_exact_spans_only() {
        let c = |start, end| Candidate {
            span: Span::new(start, end),
            label: Label::Org,
            source: "test",
            score: 0.9,
        };
        let candidates = [c(5, 9), c(0, 4), c(5, 7), c(12, 20)];
        let rules = RuleIndex::new(&candidates);
        for (start, end) in [(5, 7), (5, 9), (0, 4), (12, 20)] {
            assert!(rules.has(Span::new(start, end)), "{start}..{end}");
        }
        for (start, end) in [(5, 8), (0, 5), (4, 9), (12, 19), (21, 22)] {
            assert!(!rules.has(Span::new(start, end)), "{start}..{end}");
        }
    }

    #[test]
    fn a_confident_span_relabels_a_weak_person_guess() {
        let text = "The White House says Mr. Bush will attend on Friday.";
        let said = |score| [rule(text, "White House", Label::Person, names::SOURCE, score)];
        let speech = said(0.86);
        assert_eq!(org_score(text, "White House", CONFIDENT, &speech), TRUSTED);
        // Not when unsure, not over a stronger cue, not over other words.
        assert_eq!(org_score(text, "White House", CONFIDENT - 1, &speech), SCORE);
        assert_eq!(org_score(text, "White House", CONFIDENT, &said(0.88)), SCORE);
        assert_eq!(org_score(text, "The White House", CONFIDENT, &speech), 0.86);
        // Not where a sure pattern overlaps.
        let mut date = speech.to_vec();
        date.push(rule(text, "House says", Label::Date, "pattern", SURE));
        assert_eq!(org_score(text, "White House", CONFIDENT, &date), SCORE);
    }

    #[test]
    fn an_unsure_organisation_only_the_tagger_sees_is_dropped() {
        let text = "She teaches DH to the United Auto Workers (UAW) and the Bank.";
        let doc = analyse(text);
        let org = |words: &str, margin| {
            let start = text.find(words).expect("words in text");
            let first = doc.tokens.iter().position(|t| t.span.start == start);
            let n = analyse(words).tokens.len();
            let first = first.expect("token start");
            Tagged {
                tokens: (first, first + n),
                label: Label::Org,
                margin,
            }
        };
        let none = RuleIndex::new(&[]);
        assert!(unsure_org(&doc, &org("DH", CONFIDENT - 1), &none));
        assert!(!unsure_org(&doc, &org("DH", CONFIDENT), &none));
        // A rule proposes it, or it is an acronym being defined.
        let bank = [rule(text, "Bank", Label::Org, "lexicon", 0.85)];
        assert!(!unsure_org(&doc, &org("Bank", 0), &RuleIndex::new(&bank)));
        assert!(!unsure_org(&doc, &org("UAW", 0), &none));
    }

    #[test]
    fn a_given_name_alone_follows_the_full_name() {
        let text = "Isabel Ruiz and Halden Foods met. Isabel thanked Halden, and Ruiz left.";
        let doc = analyse(text);
        let tag = |words: &str, nth: usize, label| {
            let start = text.match_indices(words).nth(nth).expect("words in text").0;
            let first = doc.tokens.iter().position(|t| t.span.start == start);
            let first = first.expect("token start");
            let n = analyse(words).tokens.len();
            Tagged {
                tokens: (first, first + n),
                label,
                margin: 0,
            }
        };
        let tagged = [
            tag("Isabel Ruiz", 0, Label::Person),
            tag("Halden Foods", 0, Label::Person),
            tag("Isabel", 1, Label::Org),
            tag("Halden", 1, Label::Org),
            tag("Ruiz", 1, Label::Gpe),
        ];
        let labels = article_labels(&Ctx::new(&doc), &tagged);
        assert_eq!(labels.of("Isabel"), Some(Label::Person));
        // Not a given name; not the first word of the name.
        assert_eq!(labels.of("Halden"), Some(Label::Org));
        assert_eq!(labels.of("Ruiz"), Some(Label::Gpe));
        assert_eq!(labels.of_span(0), Label::Person);
    }

    #[test]
    fn a_title_starting_with_a_confident_name_keeps_the_rest() {
        let text = "Yukos spokesman Ivan Ivanov said.";
        let doc = analyse(text);
        let title = || vec![rule(text, "Yukos spokesman", Label::Title, "title", 0.93)];
        let yukos = |label, margin| Tagged {
            tokens: (0, 1),
            label,
            margin,
        };
        let trimmed = |t: Tagged| {
            let mut out = title();
            trim_titles(&doc, &[t], &mut out);
            out[0].span.text(text)
        };
        assert_eq!(trimmed(yukos(Label::Org, CONFIDENT)), "spokesman");
        // Not when unsure, not over a person, not over the whole title.
        assert_eq!(trimmed(yukos(Label::Org, CONFIDENT - 1)), "Yukos spokesman");
        assert_eq!(trimmed(yukos(Label::Person, CONFIDENT)), "Yukos spokesman");
        let whole = Tagged {
            tokens: (0, 2),
            label: Label::Org,
            margin: CONFIDENT,
        };
        assert_eq!(trimmed(whole), "Yukos spokesman");
    }

    #[test]
    fn a_function_word_opening_a_sentence_is_no_part_of_a_name() {
        let text = "Including Tom Vale, nine played. The Hague agreed. Near Halden, Despite Ann Lee won.";
        let doc = analyse(text);
        let span = |a: &str| {
            let at = text.find(a).unwrap();
            let first = doc.tokens.iter().position(|t| t.span.start == at).unwrap();
            let end = doc
                .tokens
                .iter()
                .position(|t| t.span.end == at + a.len())
                .unwrap()
                + 1;
            Tagged {
                tokens: (first, end),
                label: Label::Org,
                margin: 0,
            }
        };
        let mut tagged = [
            span("Including Tom Vale"),
            span("The Hague"),
            span("Despite Ann Lee"),
        ];
        trim_openers(&doc, &mut tagged);
        // An article stays; a function word inside a sentence is not where one opens.
        let texts: Vec<&str> = tagged.iter().map(|t| t.span(&doc).text(text)).collect();
        assert_eq!(texts, ["Tom Vale", "The Hague", "Despite Ann Lee"]);
    }

    #[test]
    fn a_capitalised_opener_alone_is_not_a_name() {
        let got = proposals("Emphasis was placed on exports.", Vec::new());
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_confident_opener_is_kept() {
        let text = "Sarkozy is scheduled to travel.";
        let doc = analyse(text);
        let rules = RuleIndex::new(&[]);
        let mid = capitals_mid_sentence(&Ctx::new(&doc), &["Sarkozy"].into_iter().collect());
        let opener = |margin| Tagged {
            tokens: (0, 1),
            label: Label::Person,
            margin,
        };
        assert!(!lone_opener(&doc, &opener(CONFIDENT), &rules, &mid));
        assert!(lone_opener(&doc, &opener(CONFIDENT - 1), &rules, &mid));
    }

    #[test]
    fn capitals_mid_sentence_are_looked_for_among_the_asked_words() {
        let doc = analyse("Sarkozy left. Then Sarkozy and Merkel met. \"Fillon stayed,\" he said.");
        let asked = ["Sarkozy", "Fillon", "left"].into_iter().collect();
        // Not "Merkel" (not asked), "Fillon" (opens its sentence after a quote), "left" (lower case).
        let want: FxHashSet<&str> = ["Sarkozy"].into_iter().collect();
        let ctx = Ctx::new(&doc);
        assert_eq!(capitals_mid_sentence(&ctx, &asked), want);
        assert!(capitals_mid_sentence(&ctx, &FxHashSet::default()).is_empty());
    }

    #[test]
    fn switches_off() {
        // Per thread: tests running beside this one keep the tagger.
        set_enabled(false);
        let off = proposals("Loreta Maskaliovienė met Kęstutis Budrys in Vilnius.", Vec::new());
        set_enabled(true);
        assert!(off.is_empty());
    }
}
