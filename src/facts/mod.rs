//! Stage 4: entities → the fact table (people and their roles, quotes, organisations, …).
//!
//! Each rule is a module with one job and its own tests, registered in [`RULES`]; every fact it
//! produces carries the rule's id, so the fact table can say why a row exists. Rules read the
//! article as [`Piece`]s: one piece per entity, one per token outside entities, so a pattern
//! such as `ORG TITLE PERSON` is three consecutive pieces whatever the entities' lengths.
//!
//! Nothing here is quadratic in the number of entities: rules walk the pieces once with a
//! bounded look-around, and join mentions through hash indexes (surname, title, org name).

mod acronyms;
mod appositive;
mod contest;
mod copula;
mod dates;
mod events;
mod first_person;
mod gazetteer;
mod named_as;
mod nationality;
mod office_noun;
mod organizations;
mod party;
mod people;
mod places;
mod plural_list;
mod quotes;
mod relative;
mod roles;
mod title_before;
mod title_only;
mod verb_role;
mod visits;

#[cfg(test)]
mod testing;

use std::cell::OnceCell;

use crate::lexicon::shapes::Shapes;
use crate::types::{Doc, DocumentInfo, Entity, Facts, Label, Span, Token, TokenKind};

/// One unit of the article as rules see it: an entity, or a token outside every entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    pub span: Span,
    /// Index into the entity list when the piece is an entity. Four bytes, so that a piece
    /// takes 32 bytes, not 40: rules read the pieces all over the article, and the pieces of
    /// a long one outgrow the data cache.
    pub entity: Option<u32>,
    pub label: Option<Label>,
    pub kind: TokenKind,
}

/// What rules read: the tokens, the resolved entities and the document metadata.
pub struct Input<'a> {
    pub doc: &'a Doc<'a>,
    /// The entities as found; rules write their references into the entities themselves.
    pub entities: Vec<Found<'a>>,
    pub document: &'a DocumentInfo,
    /// The article as pieces, in order.
    pub pieces: Vec<Piece>,
    /// The pieces that are entities, in order, with their labels: what rules that start from
    /// an entity walk instead of every piece, choosing the entities by label without reading
    /// each piece.
    pub entity_pieces: Vec<(usize, Label)>,
    /// Per piece, its text: sliced once here, since every rule asks for it many times.
    texts: Vec<&'a str>,
    /// Per piece, the index of its sentence ([`Input::same_sentence`]): apart from the pieces,
    /// since rules compare the sentences of the pieces around one far more than they read the
    /// rest of them, and in four bytes (an article has fewer sentences than that counts), so
    /// that more of them stay in the data cache.
    sentences: Vec<u32>,
    /// The role rules' lookups, shared by every rule instead of rebuilt by each.
    ctx: OnceCell<roles::Ctx>,
    /// The first piece of every paragraph ([`Input::paragraphs`]).
    paragraphs: OnceCell<Vec<usize>>,
    /// The pieces naming people ([`Input::named`]).
    named: OnceCell<Vec<(usize, usize)>>,
    /// The pieces rules start from, by their words ([`Starts`]).
    starts: Starts,
}

/// The pieces whose words rules start from, each list in order: found as the pieces are made
/// ([`Pieces::of`]), each piece's text read while it is at hand, where each rule's own walk read
/// every text again.
struct Starts {
    /// [`Input::capitalised`].
    capitalised: Vec<usize>,
    /// [`Input::personal_pronouns`].
    personal_pronouns: Vec<usize>,
    /// [`Input::articles`].
    articles: Vec<usize>,
    /// [`Input::first_person`].
    first_person: Vec<usize>,
    /// [`Input::visit_words`].
    visit_words: Vec<usize>,
    /// [`Input::quote_marks`].
    quote_marks: Vec<usize>,
}

/// What the rules read of an entity: where it is, its label and its text, a slice of the
/// article. Borrowing only the article, not the entities the rules write, it spares a copy of
/// every entity's text per article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found<'a> {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub text: &'a str,
}

impl<'a> Input<'a> {
    pub fn new(doc: &'a Doc<'a>, entities: &[Entity], document: &'a DocumentInfo) -> Self {
        let entities: Vec<Found> = entities
            .iter()
            .map(|e| Found {
                start: e.start,
                end: e.end,
                label: e.label,
                text: e.span().text(doc.text),
            })
            .collect();
        let Pieces {
            pieces,
            entity_pieces,
            texts,
            sentences,
            starts,
        } = Pieces::of(doc, &entities);
        Input {
            doc,
            entities,
            document,
            pieces,
            entity_pieces,
            texts,
            sentences,
            ctx: OnceCell::new(),
            paragraphs: OnceCell::new(),
            named: OnceCell::new(),
            starts,
        }
    }

    /// The role rules' lookups, built by the first rule that asks (after the people and
    /// organisation records exist) and shared by the rules after it, none of which changes
    /// what the lookups are built from.
    pub fn ctx(&self, facts: &Facts) -> &roles::Ctx {
        let ctx = self.ctx.get_or_init(|| roles::Ctx::new(self, facts));
        // Tests check that sharing is sound: a rule changing the records before a later
        // rule reads them would leave the lookups stale.
        debug_assert!(!ctx.is_stale(self, facts), "roles::Ctx is stale");
        ctx
    }

    /// The pieces naming people, in order, each with the person it names: where
    /// [`people::People`] joined a name to its person (a title standing for someone is no
    /// name), so that the lookups built after it need not search for the piece of every
    /// mention, and rules that start from a name walk them instead of every piece. None before
    /// it runs.
    pub fn named(&self) -> &[(usize, usize)] {
        self.named.get().map_or(&[], Vec::as_slice)
    }

    /// Records [`Input::named`], once: the rule joining the names is its one writer.
    fn set_named(&self, named: Vec<(usize, usize)>) {
        debug_assert!(self.named.get().is_none(), "the names are joined twice");
        self.named.get_or_init(|| named);
    }

    /// The first piece of every paragraph (the first piece, and every piece after a line
    /// break), in order; none without pieces. Found by the first rule that asks, from the line
    /// breaks in the text rather than the gap before every piece.
    pub fn paragraphs(&self) -> &[usize] {
        self.paragraphs.get_or_init(|| {
            if self.pieces.is_empty() {
                return Vec::new();
            }
            let breaks = || memchr::memchr_iter(b'\n', self.doc.text.as_bytes());
            // A paragraph at most after each break: sized once, the breaks counted by a scan
            // that costs less than growing the list.
            let mut starts = Vec::with_capacity(breaks().count() + 1);
            starts.push(0);
            // The first piece starting after the break looked at: breaks ascend.
            let mut next = 0;
            for at in breaks() {
                // A break in the gap the last one found (a blank line) finds the same piece.
                if self.pieces.get(next).is_some_and(|p| p.span.start > at) {
                    continue;
                }
                next += self.pieces[next..].partition_point(|p| p.span.start < at);
                if next < self.pieces.len()
                    && starts.last() != Some(&next)
                    && self.line_break_between(next - 1, next)
                {
                    starts.push(next);
                }
            }
            starts
        })
    }

    /// The word pieces outside entities that start with an upper-case letter, in order: where a
    /// name the recogniser left unmarked may be, which rules walk instead of every piece.
    pub fn capitalised(&self) -> &[usize] {
        &self.starts.capitalised
    }

    /// The pieces that are a personal pronoun ([`roles::personal_pronoun`]), in order.
    pub fn personal_pronouns(&self) -> &[usize] {
        &self.starts.personal_pronouns
    }

    /// The pieces outside entities that are "the" or "The", in order.
    pub fn articles(&self) -> &[usize] {
        &self.starts.articles
    }

    /// The pieces that are "I", in order.
    pub fn first_person(&self) -> &[usize] {
        &self.starts.first_person
    }

    /// The pieces outside entities that are a word of a visit ([`visits::is_visit_word`]), in
    /// order.
    pub fn visit_words(&self) -> &[usize] {
        &self.starts.visit_words
    }

    /// The pieces that may be quote marks, in order: those starting with `"` or `'`, or with
    /// the byte 0xE2 that starts “ ” ‘ ’ (and dashes and other signs, which the quotes rule
    /// turns away).
    pub fn quote_marks(&self) -> &[usize] {
        &self.starts.quote_marks
    }

    /// The text of piece `i`; empty past the end (look-around never needs bounds checks).
    pub fn text(&self, i: usize) -> &'a str {
        self.texts.get(i).copied().unwrap_or("")
    }

    /// The texts of pieces `range`, all of which exist.
    pub fn texts(&self, range: std::ops::Range<usize>) -> &[&'a str] {
        &self.texts[range]
    }

    pub fn label(&self, i: usize) -> Option<Label> {
        self.pieces.get(i).and_then(|p| p.label)
    }

    pub fn is(&self, i: usize, label: Label) -> bool {
        self.label(i) == Some(label)
    }

    /// Whether piece `i` is a plain token with one of `words` as its text. The text first: most
    /// pieces asked about have another, known without reading the piece itself.
    pub fn word_in(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.text(i)) && self.pieces.get(i).is_some_and(|p| p.entity.is_none())
    }

    /// Whether pieces `a` and `b` exist and lie in the same sentence.
    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        match (self.sentences.get(a), self.sentences.get(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        }
    }

    /// Whether piece `i`'s text starts with an upper-case letter; inlined, since the call cost
    /// as much as the test.
    #[inline]
    pub fn starts_upper(&self, i: usize) -> bool {
        starts_upper(self.text(i))
    }

    /// Index of the piece starting at byte `start`, if any.
    pub fn piece_at(&self, start: usize) -> Option<usize> {
        self.pieces.binary_search_by_key(&start, |p| p.span.start).ok()
    }

    /// Whether a line break lies between the end of piece `a` and the start of piece `b`.
    /// Bytes, not a `str`: slicing and searching a `str` per piece cost more than the gaps.
    pub fn line_break_between(&self, a: usize, b: usize) -> bool {
        match (self.pieces.get(a), self.pieces.get(b)) {
            (Some(x), Some(y)) if x.span.end <= y.span.start => self
                .doc
                .text
                .as_bytes()
                .get(x.span.end..y.span.start)
                .is_some_and(|gap| gap.contains(&b'\n')),
            _ => false,
        }
    }
}

/// Whether `text` starts with an upper-case letter. An ASCII first byte answers without
/// decoding a character: rules ask this of most words.
#[inline]
fn starts_upper(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => text.chars().next().is_some_and(char::is_uppercase),
        None => false,
    }
}

/// The lower-case words [`Starts::note`] looks for, as one test of a word's first byte and length.
static LOWER_CASE_STARTS: Shapes = Shapes::of_lists(&[
    &["the"],
    roles::PERSONAL_PRONOUNS,
    visits::NOUN_WORDS,
    visits::VERB_WORDS,
]);

impl Starts {
    /// Empty lists for an article of `n` pieces, the common ones allocated once rather than
    /// once per doubling: news has a capitalised word and an article in about sixteen pieces
    /// each, a quote mark in about fifty, and the others are rare (allocated if found).
    fn with_capacity(n: usize) -> Starts {
        Starts {
            capitalised: Vec::with_capacity(n / 8),
            personal_pronouns: Vec::new(),
            articles: Vec::with_capacity(n / 8),
            first_person: Vec::new(),
            visit_words: Vec::new(),
            quote_marks: Vec::with_capacity(n / 16),
        }
    }

    /// Lists piece `i`, whose text is `text`, where rules start from it. `outside` says it is
    /// no entity, `word` that it is a word token. The words looked for are ASCII, and but for
    /// the capitalised ones, short or lower-case: a text's first byte sorts out most. Always
    /// inlined: it is asked of every piece, and the call cost a third of it.
    #[inline(always)]
    fn note(&mut self, i: usize, text: &str, outside: bool, word: bool) {
        let Some(&first) = text.as_bytes().first() else {
            return;
        };
        match first {
            // Most lower-case words are none of those looked for, known from their shape.
            b'a'..=b'z' if !LOWER_CASE_STARTS.may_be_shaped(first, text.len()) => {}
            b'a'..=b'z' => match text {
                "the" if outside => self.articles.push(i),
                _ if roles::personal_pronoun(text).is_some() => self.personal_pronouns.push(i),
                _ if outside && visits::is_visit_word(text) => self.visit_words.push(i),
                _ => {}
            },
            b'A'..=b'Z' => {
                match text {
                    "The" if outside => self.articles.push(i),
                    "I" => self.first_person.push(i),
                    _ if roles::personal_pronoun(text).is_some() => self.personal_pronouns.push(i),
                    _ => {}
                }
                if outside && word {
                    self.capitalised.push(i);
                }
            }
            b'"' | b'\'' => self.quote_marks.push(i),
            // Past ASCII, 0xE2 starts “ ” ‘ ’, and a capital may start a name ("Šakalienė").
            0x80.. => {
                if first == 0xE2 {
                    self.quote_marks.push(i);
                }
                if outside && word && starts_upper(text) {
                    self.capitalised.push(i);
                }
            }
            _ => {}
        }
    }
}

/// The article split into pieces ([`Pieces::of`]), and what is read of each piece as it is
/// made: the fields of [`Input`] of the same names.
struct Pieces<'a> {
    pieces: Vec<Piece>,
    entity_pieces: Vec<(usize, Label)>,
    texts: Vec<&'a str>,
    sentences: Vec<u32>,
    starts: Starts,
}

impl<'a> Pieces<'a> {
    /// Splits the article into pieces: entities stay whole, other tokens stand alone. Walks
    /// the entities, copying the run of tokens before each: most tokens are outside entities,
    /// and a run asks nothing of them but where they end.
    fn of(doc: &Doc<'a>, entities: &[Found<'a>]) -> Pieces<'a> {
        let tokens = &doc.tokens;
        let mut out = Pieces {
            pieces: Vec::with_capacity(tokens.len()),
            entity_pieces: Vec::with_capacity(entities.len()),
            texts: Vec::with_capacity(tokens.len()),
            sentences: Vec::with_capacity(tokens.len()),
            starts: Starts::with_capacity(tokens.len()),
        };
        // The first token not yet read.
        let mut next = 0;
        for (n, e) in entities.iter().enumerate() {
            // The run is found first and then copied whole: a copy that checks nothing per token.
            let run = tokens[next..]
                .iter()
                .position(|t| t.span.end > e.start || t.span.start >= e.start)
                .map_or(tokens.len(), |len| next + len);
            out.push_run(doc, next, run);
            next = run;
            // The entity is one piece, in the sentence of its first token; one ending before the
            // next token (inside a token, or in another entity) is none.
            let Some(first) = tokens.get(next).filter(|t| t.span.start < e.end) else {
                continue;
            };
            out.push_entity(n, e, first.sentence);
            while tokens.get(next).is_some_and(|t| t.span.start < e.end) {
                next += 1;
            }
        }
        out.push_run(doc, next, tokens.len());
        out
    }

    /// Adds tokens `from..to`, which lie outside entities, as pieces, with their texts as the
    /// text stage sliced them; then lists them among the [`Starts`], while they are at hand.
    fn push_run(&mut self, doc: &Doc<'a>, from: usize, to: usize) {
        let first = self.pieces.len();
        let run = &doc.tokens[from..to];
        self.pieces.extend(run.iter().map(|t: &Token| Piece {
            span: t.span,
            entity: None,
            label: None,
            kind: t.kind,
        }));
        self.sentences.extend(run.iter().map(|t| t.sentence as u32));
        self.texts.extend_from_slice(&doc.token_texts[from..to]);
        for (k, (t, &text)) in run.iter().zip(&self.texts[first..]).enumerate() {
            self.starts.note(first + k, text, true, t.kind == TokenKind::Word);
        }
    }

    /// Adds entity `n`, `e`, in sentence `sentence`, as a piece.
    fn push_entity(&mut self, n: usize, e: &Found<'a>, sentence: usize) {
        let i = self.pieces.len();
        self.entity_pieces.push((i, e.label));
        self.starts.note(i, e.text, false, true);
        self.pieces.push(Piece {
            span: Span::new(e.start, e.end),
            entity: u32::try_from(n).ok(),
            label: Some(e.label),
            kind: TokenKind::Word,
        });
        self.texts.push(e.text);
        self.sentences.push(sentence as u32);
    }
}

/// A fact-extraction rule.
pub trait Rule {
    /// Stable id shown with every fact the rule produces.
    fn id(&self) -> &'static str;
    /// Adds what the rule finds to `facts`; rules run in registry order. `entities` is the
    /// same list as `input.entities`, writable so rules can set `ref`s.
    fn apply(&self, input: &Input, facts: &mut Facts, entities: &mut [Entity]);
}

/// Every rule, in the order they run: the records first (acronyms, organisations, places,
/// people), then roles (most explicit patterns first), then what refers back to people.
pub const RULES: &[&dyn Rule] = &[
    &acronyms::Acronyms,
    &organizations::Organizations,
    &places::Places,
    &people::People,
    &title_before::TitleBeforeName,
    &appositive::Appositive,
    &relative::RelativeClause,
    &verb_role::VerbRole,
    &office_noun::OfficeNoun,
    &copula::Copula,
    &contest::Contest,
    &plural_list::PluralList,
    &named_as::NamedAs,
    &party::PartyAffiliation,
    &nationality::ClauseNationality,
    &title_only::TitleOnlyMention,
    &quotes::Quotes,
    &first_person::FirstPerson,
    &dates::Dates,
    &events::Events,
    &visits::Visits,
];

/// Runs every rule over the input; entities gain `ref`s to the facts they mention.
pub fn extract(doc: &Doc, entities: &mut [Entity], document: &DocumentInfo) -> Facts {
    let mut facts = Facts::default();
    let input = Input::new(doc, entities, document);
    for rule in RULES {
        rule.apply(&input, &mut facts, entities);
    }
    // Rules add roles pattern by pattern; readers expect them in the order the text states them.
    for p in &mut facts.people {
        p.roles.sort_by_key(|r| r.start);
        roles::share_posts(p);
    }
    facts
}

/// Lower-cases and drops a leading article and typographic variants, for matching names.
/// Written by [`push_normalized`], the one copy of the code: rules call both for most articles.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_normalized(&mut out, s);
    out
}

/// Appends [`normalize`]`(s)` to `out`: keys built word by word reuse one buffer.
pub fn push_normalized(out: &mut String, s: &str) {
    let (s, plain) = if is_ascii_word(s) {
        (s, true)
    } else {
        let s = strip_article(s.trim());
        (s, is_plain_ascii(s))
    };
    // Most names are ASCII words one space apart: one lower-cased copy, a third of the cost of
    // building the string char by char.
    if plain {
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
    } else {
        push_lowered_words(out, s);
    }
}

/// Appends `s`'s words one space apart, lower-cased, with typographic quotes and dashes made
/// plain. Cold: nearly every text normalised is ASCII one space apart, which
/// [`push_normalized`] copies whole, and inlined, this code lay among its common path's.
#[cold]
fn push_lowered_words(out: &mut String, s: &str) {
    let start = out.len();
    for word in s.split_whitespace() {
        if out.len() > start {
            out.push(' ');
        }
        for c in word.chars() {
            match c {
                '’' | '‘' => out.push('\''),
                '–' | '—' => out.push('-'),
                c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
                c => out.extend(c.to_lowercase()),
            }
        }
    }
}

/// Whether `s` is one ASCII word, every byte above the space (no blank to trim, no article to
/// drop): what [`normalize`] only lower-cases. Most texts normalised are one token; every byte
/// is tested, without branching, in one pass.
fn is_ascii_word(s: &str) -> bool {
    !s.is_empty() && s.bytes().fold(true, |word, b| word & (b > b' ') & (b < 0x80))
}

/// Whether `s` is ASCII with its words one space apart (no other spacing, none at the ends):
/// what [`normalize`] leaves as it is but for case. Every byte and pair of bytes is tested,
/// without branching, as [`is_ascii_word`] does.
fn is_plain_ascii(s: &str) -> bool {
    let b = s.as_bytes();
    let plain = |ok: bool, &c: &u8| ok & c.is_ascii() & !matches!(c, b'\t'..=b'\r');
    let single = |ok: bool, (&x, &y): (&u8, &u8)| ok & !((x == b' ') & (y == b' '));
    b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && b.iter().fold(true, plain)
        && b.iter().zip(b.iter().skip(1)).fold(true, single)
}

/// `hay.find(needle)` for the short titles and names rules read: a plain scan, where
/// `str::find` first builds a two-way searcher that costs more than the scan.
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = needle.first() else {
        return Some(0);
    };
    hay.windows(needle.len())
        .position(|w| w[0] == first && w == needle)
}

/// Whether `word`, lower-cased, is one of `list` (lower-case words); ASCII words are
/// compared in place instead of lower-cased into a new string.
pub fn lower_in(word: &str, list: &[&str]) -> bool {
    if word.is_ascii() {
        list.iter().any(|w| w.eq_ignore_ascii_case(word))
    } else {
        list.contains(&word.to_lowercase().as_str())
    }
}

/// Drops a leading "the"/"The" from a name as written.
pub fn strip_article(s: &str) -> &str {
    ["the ", "The ", "THE "]
        .iter()
        .find_map(|a| s.strip_prefix(a))
        .unwrap_or(s)
        .trim()
}

#[cfg(test)]
mod tests {
    use super::testing::input;
    use crate::types::Label;

    #[test]
    fn entities_are_single_pieces() {
        let text = "Yukos spokesman Mike Lake said.";
        input(
            text,
            &[
                ("Yukos", Label::Org),
                ("spokesman", Label::Title),
                ("Mike Lake", Label::Person),
            ],
            |inp| {
                let texts: Vec<&str> = (0..inp.pieces.len()).map(|i| inp.text(i)).collect();
                assert_eq!(texts, ["Yukos", "spokesman", "Mike Lake", "said", "."]);
                assert!(inp.is(2, Label::Person) && inp.label(3).is_none());
            },
        );
    }

    #[test]
    fn a_piece_takes_32_bytes() {
        assert_eq!(std::mem::size_of::<super::Piece>(), 32);
    }

    #[test]
    fn entities_inside_tokens_are_pieces_where_a_token_starts_in_them() {
        let text = "Acme said hi.";
        let doc = crate::text::analyse(text);
        let entity = |start: usize, end: usize| crate::types::Entity {
            start,
            end,
            label: Label::Org,
            text: text[start..end].to_string(),
            reference: None,
            score: None,
        };
        // "cm" starts inside "Acme" and takes it; "me" ends before the next token and is no
        // piece; "said" is one.
        let ents = [entity(1, 3), entity(2, 4), entity(5, 9)];
        let document = crate::types::DocumentInfo::default();
        let inp = super::Input::new(&doc, &ents, &document);
        let texts: Vec<&str> = (0..inp.pieces.len()).map(|i| inp.text(i)).collect();
        assert_eq!(texts, ["cm", "said", "hi", "."]);
        let found: Vec<Option<u32>> = inp.pieces.iter().map(|p| p.entity).collect();
        assert_eq!(found, [Some(0), Some(2), None, None]);
        assert_eq!(inp.entity_pieces, [(0, Label::Org), (1, Label::Org)]);
    }

    #[test]
    fn starts_upper_reads_the_first_character() {
        input("Šakalienė met ministers and BP in Éire.", &[], |inp| {
            let got: Vec<bool> = (0..=inp.pieces.len()).map(|i| inp.starts_upper(i)).collect();
            let want: Vec<bool> = (0..=inp.pieces.len())
                .map(|i| inp.text(i).chars().next().is_some_and(char::is_uppercase))
                .collect();
            assert_eq!(got, want);
            assert_eq!(got.iter().filter(|&&u| u).count(), 3);
        });
    }

    #[test]
    fn capitalised_lists_the_upper_case_words_outside_entities() {
        let text = "Šakalienė met “ministers”, Éire's BP and Tom Vale in 2020.";
        input(text, &[("BP", Label::Org)], |inp| {
            let want: Vec<usize> = (0..inp.pieces.len())
                .filter(|&i| {
                    inp.pieces[i].entity.is_none()
                        && inp.pieces[i].kind == crate::types::TokenKind::Word
                        && inp.starts_upper(i)
                })
                .collect();
            assert_eq!(inp.capitalised(), want);
            let words: Vec<&str> = want.iter().map(|&i| inp.text(i)).collect();
            assert_eq!(words, ["Šakalienė", "Éire", "Tom", "Vale"]);
        });
    }

    #[test]
    fn starts_list_the_words_rules_start_from() {
        let text = "He said the Visit was a visit. The trip she toured, “he” visited THE Tour. I left.";
        input(
            text,
            &[("Visit", Label::Event), ("visited", Label::Event)],
            |inp| {
                let words = |list: &[usize]| -> Vec<&str> { list.iter().map(|&i| inp.text(i)).collect() };
                assert_eq!(words(inp.personal_pronouns()), ["He", "she", "he"]);
                assert_eq!(words(inp.articles()), ["the", "The"]);
                assert_eq!(words(inp.first_person()), ["I"]);
                assert_eq!(words(inp.quote_marks()), ["“", "”"]);
                // Outside entities and as written: "Visit" is capitalised, "visited" an entity.
                assert_eq!(words(inp.visit_words()), ["visit", "trip", "toured"]);
            },
        );
    }

    #[test]
    fn personal_pronouns_are_those_listed_for_the_starts() {
        use super::roles::{personal_pronoun, PERSONAL_PRONOUNS};
        for &p in PERSONAL_PRONOUNS {
            let capitalised = p[..1].to_uppercase() + &p[1..];
            assert_eq!(personal_pronoun(p), Some(p));
            assert_eq!(personal_pronoun(&capitalised), Some(p));
        }
        assert_eq!(personal_pronoun("HE"), None);
    }

    #[test]
    fn paragraphs_start_after_line_breaks() {
        let text = "A said.\n\nB “said”.\r\nC\n\n\nsaid. “D\nE”\n";
        input(text, &[("A", Label::Person), ("D\nE", Label::Person)], |inp| {
            let want: Vec<usize> = (0..inp.pieces.len())
                .filter(|&k| k == 0 || inp.line_break_between(k - 1, k))
                .collect();
            assert_eq!(inp.paragraphs(), want);
            assert_eq!(want.len(), 4);
        });
        input("", &[], |inp| assert!(inp.paragraphs().is_empty()));
    }

    #[test]
    fn find_and_lower_in_agree_with_std() {
        for hay in [
            "Minister of the Interior",
            "of",
            "",
            "Šakalienė of Šiauliai",
            "ofof the",
        ] {
            for needle in [" of ", "of", "", "Š", "the", "ofthe"] {
                assert_eq!(super::find(hay, needle), hay.find(needle), "{hay:?} {needle:?}");
            }
        }
        let list = ["former", "caretaker", "vice"];
        for word in ["Former", "VICE", "caretaKer", "care\u{212A}er", "formers", "İ"] {
            let want = list.contains(&word.to_lowercase().as_str());
            assert_eq!(super::lower_in(word, &list), want, "{word:?}");
        }
    }

    #[test]
    fn normalize_ascii_and_unicode_alike() {
        assert_eq!(
            super::normalize("  The  Vice\tMinister\u{b}OF X\r\n"),
            "vice minister of x"
        );
        assert_eq!(
            super::normalize("the Vice\u{a0}Minister – Šiauliai’s "),
            "vice minister - šiauliai's"
        );
        assert_eq!(super::normalize("THE \t X "), "x");
        // One-word texts, lower-cased on the short path; an article alone stays.
        for (word, want) in [
            ("NATO", "nato"),
            ("O'Neill", "o'neill"),
            ("\tNATO\n", "nato"),
            ("The", "the"),
        ] {
            assert_eq!(super::normalize(word), want, "{word:?}");
        }
        assert_eq!(super::normalize(" The Vice Minister of X"), "vice minister of x");
        for name in [
            "The Vice Minister",
            "the Vice\u{a0}Minister – Šiauliai’s ",
            "GM",
            "Šiauliai’s",
        ] {
            let mut key = String::from("x ");
            super::push_normalized(&mut key, name);
            assert_eq!(key, format!("x {}", super::normalize(name)));
        }
    }

    #[test]
    fn plain_ascii_is_words_one_space_apart() {
        for (s, want) in [
            ("", true),
            ("vice minister of x", true),
            (" vice", false),
            ("vice ", false),
            ("vice  minister", false),
            ("vice\tminister", false),
            ("vice\u{b}minister", false),
            ("šiauliai", false),
            ("a-b's c", true),
        ] {
            assert_eq!(super::is_plain_ascii(s), want, "{s:?}");
        }
    }

    #[test]
    fn registry_ids_are_unique() {
        let mut ids: Vec<&str> = super::RULES.iter().map(|r| r.id()).collect();
        ids.sort_unstable();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate rule id");
    }
}
