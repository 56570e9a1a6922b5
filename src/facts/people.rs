//! One record per person: "Loreta Maskaliovienė", "Maskaliovienė" and "Mr Maskaliovienė" are
//! one person named by the fullest form. Names join through a surname index; a surname shared
//! by two people goes to the one mentioned most so far, and on a tie to the one mentioned most
//! recently ([`salient`]). A capitalised
//! word that is a known person's surname counts as a mention even where the recogniser did not
//! mark it (never at the start of a sentence, where any word is capitalised).
//!
//! A name given as another name of the person just named ("X, also known as Y", "X (born Y;
//! …)", "X, better known as Y") is that person's, and so are its surname's later mentions.
//!
//! A lone word that is nobody's surname but one known person's first given name is that
//! person: "Doug" after "Doug Smith", and the family name of a name written family name first
//! ("Xi" after "Xi Jinping", "Dr Li" after "Li Wei"). A given name two people share names
//! neither of them, and no one new.

use rustc_hash::FxHashMap;

use super::{Input, Rule};
use crate::types::{Entity, Facts, Label, MentionSpan, Person, RecordId};

pub struct People;

/// Courtesy words before a name; dropped from the displayed name.
const COURTESY: &[&str] = &[
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Dr", "Dr.", "Prof", "Prof.",
];
/// Styles that are part of how a person is named ("Lord Browne"); kept in the name, not the key.
const STYLES: &[&str] = &["Sir", "Dame", "Lord", "Lady", "Baroness", "Baron"];
const SUFFIXES: &[&str] = &["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"];

/// A name split into its parts: the first given name, the surname, and the words to display.
struct Name<'w, 'a> {
    /// Every word as written.
    words: &'w [&'a str],
    /// The first word displayed (after courtesy words).
    shown: usize,
    /// The words between the styles and the surname, where the given names are
    /// ([`Name::givens`]).
    before_surname: std::ops::Range<usize>,
    surname: &'a str,
    /// Whether the name is one word after courtesy titles and styles ("Doug", "Mr Xi").
    lone: bool,
}

impl<'a> Name<'_, 'a> {
    /// The given names, first one first: the first decides whether two names can be one
    /// person, unless it is among the other name's given names ("Otto X", "Jens Otto Harry X").
    /// Read from the words when asked rather than collected per name.
    fn givens(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.words[self.before_surname.clone()]
            .iter()
            .copied()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
    }

    fn given(&self) -> Option<&'a str> {
        self.givens().next()
    }
}

/// Parses a name's words, which may come from more than one piece ("Lord" before a name).
fn parse_words<'w, 'a>(words: &'w [&'a str]) -> Option<Name<'w, 'a>> {
    let mut first = 0;
    while first < words.len() && COURTESY.contains(&words[first]) {
        first += 1;
    }
    let shown = first;
    while first < words.len() && STYLES.contains(&words[first]) {
        first += 1;
    }
    let mut last = words.len();
    while last > first + 1 && SUFFIXES.contains(&words[last - 1].trim_end_matches(',')) {
        last -= 1;
    }
    let surname = surname_key(words[first..last].last()?);
    // Particles belong to the surname ("Ursula von der Leyen" and "von der Leyen" are one):
    // the given names are the capitalised words before it.
    let lone = last == first + 1;
    Some(Name {
        words,
        shown,
        before_surname: first..last - 1,
        surname,
        lone,
    })
}

/// The surname as indexed: without an Arabic article joined by a hyphen, which news copy
/// drops as often as it keeps ("Karim al-Hadi" … "Hadi").
fn surname_key(word: &str) -> &str {
    // The article's prefixes, not a split at the first hyphen: every capitalised word is asked.
    match ["al-", "Al-", "el-", "El-"]
        .iter()
        .find_map(|a| word.strip_prefix(a))
    {
        Some(rest) if rest.chars().next().is_some_and(char::is_uppercase) => rest,
        _ => word,
    }
}

/// Whether two first given names can name one person: "George" and "George", "G." and
/// "George"; no given name at all fits anything.
fn compatible(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (None, _) | (_, None) => true,
        (Some(x), Some(y)) => {
            let x0 = x.chars().next();
            let initial = |s: &str| s.trim_end_matches('.').chars().count() == 1;
            x == y || ((initial(x) || initial(y)) && x0 == y.chars().next()) || misspelt(x, y)
        }
    }
}

/// Whether two different spellings are one name mistyped ("Kristin" and "Kristen", "Waters"
/// and "Water", "Buchtmann" and "Bauchtman"): the same first letter, five letters or more
/// (seven for a changed letter), and one edit apart (two from eight letters). News copy misspells names; two people in one
/// article rarely have names that close.
fn misspelt(a: &str, b: &str) -> bool {
    // Cheap byte tests first: every new surname is compared with every known one.
    if a.len().abs_diff(b.len()) > 4 || a.as_bytes().first() != b.as_bytes().first() {
        return false;
    }
    // Romanised names with hyphenated parts differ by a letter or two between people ("Kwok-kin",
    // "Kwok-hing").
    if a.contains('-') || b.contains('-') {
        return false;
    }
    // Lengths in letters and the first letters before the letters are collected: most pairs
    // fail these.
    let (a_len, b_len) = (a.chars().count(), b.chars().count());
    let shorter = a_len.min(b_len);
    // A letter swapped in a short name is another name ("Zhang", "Zhong"); a letter dropped or
    // doubled is a typo ("Water" for "Waters").
    let min = if a_len == b_len { 7 } else { 5 };
    if a == b || shorter < min || a.chars().next() != b.chars().next() {
        return false;
    }
    let allowed = if shorter >= 8 { 2 } else { 1 };
    if a_len.abs_diff(b_len) > allowed {
        return false;
    }
    // Most names are ASCII: their bytes are their letters, compared without collecting them.
    if a.is_ascii() && b.is_ascii() {
        return edit_distance(a.as_bytes(), b.as_bytes()) <= allowed;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    edit_distance(&a, &b) <= allowed
}

/// Levenshtein distance between two words' letters: insertions, deletions and substitutions.
fn edit_distance<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

/// The surname already indexed that `name`'s new surname misspells, when exactly one person
/// named in full has it and a compatible first name ("Ms Bauchtman" after "Lydia Buchtmann").
fn misspelling_of<'a>(
    by_surname: &FxHashMap<&'a str, Indexed>,
    records: &[Record],
    name: &Name,
) -> Option<&'a str> {
    let mut near = by_surname.iter().filter(|(known, people)| {
        misspelt(known, name.surname)
            && people
                .iter()
                .any(|&p| records[p].given().is_some() && compatible(records[p].given(), name.given()))
    });
    match (near.next(), near.next()) {
        (Some((&known, _)), None) => Some(known),
        _ => None,
    }
}

/// The people under one key of an index, in the order indexed. Most keys name one person,
/// held without a list: a list per surname and per given name was an allocation per name.
#[derive(Default)]
enum Indexed {
    #[default]
    Empty,
    One(usize),
    Many(Vec<usize>),
}

impl std::ops::Deref for Indexed {
    type Target = [usize];

    fn deref(&self) -> &[usize] {
        match self {
            Indexed::Empty => &[],
            Indexed::One(p) => std::slice::from_ref(p),
            Indexed::Many(people) => people,
        }
    }
}

impl Indexed {
    fn push(&mut self, p: usize) {
        *self = match std::mem::take(self) {
            Indexed::Empty => Indexed::One(p),
            Indexed::One(q) => Indexed::Many(vec![q, p]),
            Indexed::Many(mut people) => {
                people.push(p);
                Indexed::Many(people)
            }
        };
    }

    /// Drops person `p`.
    fn remove(&mut self, p: usize) {
        match self {
            Indexed::One(q) if *q == p => *self = Indexed::Empty,
            Indexed::Many(people) => people.retain(|&q| q != p),
            _ => {}
        }
    }
}

/// A person as the names joined so far show them; the names are the article's text, as are
/// the keys of the indexes by surname and given name.
struct Record<'a> {
    /// The first given name of the fullest name seen.
    given: Option<&'a str>,
    /// Its other given names, in order: none for most names, which then need no list.
    other_givens: Vec<&'a str>,
    words: usize,
}

impl<'a> Record<'a> {
    fn given(&self) -> Option<&'a str> {
        self.given
    }

    /// Whether `name` can be this person: compatible first given names, or one's first given
    /// name among the other's ("Otto X" for "Jens Otto Harry X").
    fn fits(&self, name: &Name) -> bool {
        compatible(self.given(), name.given())
            || name
                .given()
                .is_some_and(|g| self.given == Some(g) || self.other_givens.contains(&g))
            || self.given().is_some_and(|g| name.givens().any(|n| n == g))
    }
}

impl Rule for People {
    fn id(&self) -> &'static str {
        "people"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, entities: &mut [Entity]) {
        // The pieces that are name entities, in order.
        let marked = || {
            input
                .entity_pieces
                .iter()
                .filter(|&&(_, label)| label == Label::Person)
                .map(|&(i, _)| i)
        };
        // Every name entity's words, one name after another in one buffer rather than a Vec
        // each, and the piece of each name with where its words end; sized once, the words
        // for the most the texts can hold.
        let (count, most_words) = marked().fold((0, 0), |(count, words), i| {
            (count + 1, words + input.text(i).len().div_ceil(2))
        });
        let mut words = Vec::with_capacity(most_words);
        let mut ends = Vec::with_capacity(count);
        ends.extend(marked().map(|i| {
            words.extend(input.text(i).split_whitespace());
            (i, words.len())
        }));
        // Every name entity parsed once, for the other names' pass and for this one.
        let mut start = 0;
        let names: Vec<(usize, Name)> = ends
            .into_iter()
            .filter_map(|(i, end)| {
                let name = parse_words(&words[start..end]);
                start = end;
                Some((i, name?))
            })
            .collect();
        // A person per name at most: the people and their records sized once, not reallocated
        // and copied as they grow.
        let mut records: Vec<Record> = Vec::with_capacity(names.len());
        facts.people.reserve(names.len());
        // The indexes have a key per name at most: sized once, not rehashed as they grow.
        // surname → people with it, most recently mentioned last.
        let mut by_surname: FxHashMap<&str, Indexed> =
            FxHashMap::with_capacity_and_hasher(names.len(), Default::default());
        // first given name → people who had it when it was indexed (a fuller name may change
        // it: lookups check the record).
        let mut by_given: FxHashMap<&str, Indexed> =
            FxHashMap::with_capacity_and_hasher(names.len(), Default::default());
        let others = other_names(input, &names);
        let mut names = names.into_iter().peekable();
        // The last person's name piece and record.
        let mut last: Option<(usize, usize)> = None;
        // Every piece naming a person, with the person ([`Input::named`]).
        let mut named = Vec::with_capacity(names.len());
        // The pieces that may name someone, in order: the names marked, and the capitalised
        // words a known surname may be.
        for i in crate::ascending::union(marked(), input.capitalised().iter().copied()) {
            let piece = &input.pieces[i];
            let (found, kind) = match piece.entity {
                Some(e) if piece.label == Some(Label::Person) => {
                    let parsed = names.next_if(|&(at, _)| at == i).map(|(_, name)| name);
                    // "Lord" left outside the entity still belongs to the name.
                    let styled: Vec<&str>;
                    let name = if i > 0 && input.word_in(i - 1, STYLES) && input.same_sentence(i - 1, i) {
                        let words = input.text(i - 1).split_whitespace();
                        styled = words.chain(input.text(i).split_whitespace()).collect();
                        parse_words(&styled)
                    } else {
                        parsed
                    };
                    let Some(mut name) = name else { continue };
                    // Another name of someone: theirs whatever its given name.
                    let other = others.surnames.get(name.surname).and_then(|&s| {
                        name.surname = s;
                        by_surname.get(s).and_then(|v| v.last()).copied()
                    });
                    let alias = last
                        .filter(|&(j, _)| others.pieces.get(&i) == Some(&j))
                        .map(|(_, idx)| idx);
                    let given_only = name.lone && !by_surname.contains_key(name.surname);
                    let (idx, kind) = match alias.or(other) {
                        Some(idx) => (idx, "name"),
                        None => match given_only.then(|| given_holder(&records, &by_given, name.surname)) {
                            Some(Holder::One(idx)) => {
                                last = Some((i, idx));
                                (idx, "given")
                            }
                            // "Ed" when Ed Miliband and Ed Balls are both named: neither, nor new.
                            Some(Holder::Many) => continue,
                            Some(Holder::None) | None => {
                                let idx = join(facts, &mut records, &mut by_surname, &name);
                                let initial = |g: &str| g.trim_end_matches('.').chars().count() < 2;
                                if let Some(g) = records[idx].given().filter(|g| !initial(g)) {
                                    let known = by_given.entry(g).or_default();
                                    if !known.contains(&idx) {
                                        known.push(idx);
                                    }
                                }
                                last = Some((i, idx));
                                (idx, if name.given().is_none() { "surname" } else { "name" })
                            }
                        },
                    };
                    entities[e as usize].reference = Some(facts.people[idx].id);
                    (idx, kind)
                }
                None if is_bare_surname(input, i) => {
                    let word = surname_key(input.text(i));
                    let word = others.surnames.get(word).copied().unwrap_or(word);
                    match by_surname
                        .get(word)
                        .and_then(|v| salient(facts, v.iter().copied()))
                    {
                        Some(idx) if records[idx].given().is_some() => (idx, "surname"),
                        Some(_) => continue,
                        // Unmarked, a first name must be one: a false person "Zinc Study"
                        // gives no first name "Zinc".
                        None => match given_holder(&records, &by_given, word) {
                            Holder::One(idx) if is_given_name(word) => (idx, "given"),
                            _ => continue,
                        },
                    }
                }
                _ => continue,
            };
            facts.people[found].mentions.push(MentionSpan {
                start: piece.span.start,
                end: piece.span.end,
                kind: Some(kind),
            });
            named.push((i, found));
        }
        input.set_named(named);
    }
}

/// The other names given for people ([`is_alias`]), found in one pass before the names are
/// joined.
struct OtherNames<'a> {
    /// The piece of each other name → the piece of the name it is given for.
    pieces: FxHashMap<usize, usize>,
    /// The surname of each other name → the surname of the name it is given for, where they
    /// differ.
    surnames: FxHashMap<&'a str, &'a str>,
}

/// `names`: every name entity's piece and its name, in order.
fn other_names<'a>(input: &Input, names: &[(usize, Name<'_, 'a>)]) -> OtherNames<'a> {
    let mut others = OtherNames {
        pieces: FxHashMap::default(),
        surnames: FxHashMap::default(),
    };
    let mut prev: Option<(usize, &str)> = None;
    for &(i, ref name) in names {
        match prev {
            Some((j, surname)) if is_alias(input, j, i) => {
                others.pieces.insert(i, j);
                if name.surname != surname {
                    others.surnames.entry(name.surname).or_insert(surname);
                }
            }
            _ => prev = Some((i, name.surname)),
        }
    }
    others
}

/// Whether the name at piece `i` is another name of the person named at piece `j` before it:
/// "X, also known as Y", "X (1986 – ), better known by her pseudonym Y", "X, aka Y", "X (born
/// Y; …)", "X (née Y)", "X (Latin: Y; …)", "X, self-identified as Y".
fn is_alias(input: &Input, j: usize, i: usize) -> bool {
    if !input.same_sentence(j, i) || i - j > 40 {
        return false;
    }
    let between = input.texts(j + 1..i);
    // In brackets opened right after the name and not closed before the alias: a
    // pronunciation and the name in another script may come first.
    if between.first() == Some(&"(") && !between.contains(&")") {
        // "X (Latin: Y; …)": the name in another language.
        let in_language = between.ends_with(&[":"]) && input.is(i - 2, Label::Language);
        return in_language || matches!(between[..], [.., "born" | "née"] | [.., "known", "as"]);
    }
    // After a comma, perhaps past an aside in brackets ("X (born 1986), better known as Y").
    let rest = match between.iter().position(|w| *w == ")") {
        Some(close) if between.first() == Some(&"(") => &between[close + 1..],
        _ => between,
    };
    rest.len() <= 8
        && matches!(
            rest,
            [",", .., "known", "as"]
                | [",", "self", "-", "identified" | "styled" | "described", "as"]
                | [",", .., "aka" | "née"]
                | [
                    ",",
                    ..,
                    "known",
                    "by",
                    "her" | "his" | "their" | "the",
                    "pseudonym" | "nickname" | "name"
                ]
        )
}

/// Whether the lexicon knows `word` as a given name.
fn is_given_name(word: &str) -> bool {
    crate::lexicon::Lexicon::get()
        .lookup(word, crate::lexicon::Kind::GivenName)
        .is_some()
}

/// Who a lone given name can be.
enum Holder {
    None,
    One(usize),
    Many,
}

/// The one person whose first given name is `word` (not an initial), if only one has it.
fn given_holder(records: &[Record], by_given: &FxHashMap<&str, Indexed>, word: &str) -> Holder {
    let Some(known) = by_given.get(word) else {
        return Holder::None;
    };
    let mut have = known
        .iter()
        .copied()
        .filter(|&p| records[p].given() == Some(word));
    match (have.next(), have.next()) {
        (None, _) => Holder::None,
        (Some(p), None) => Holder::One(p),
        (Some(_), Some(_)) => Holder::Many,
    }
}

/// Whether `word` is a courtesy title or style written before a name ("Mr", "Lord").
pub fn is_honorific(word: &str) -> bool {
    COURTESY.contains(&word) || STYLES.contains(&word)
}

/// Whether the capitalised word at piece `i` ([`Input::capitalised`]) may be a surname: it
/// does not open its sentence, where any word is capitalised.
fn is_bare_surname(input: &Input, i: usize) -> bool {
    i > 0 && input.same_sentence(i - 1, i)
}

/// Of the people a surname alone may name (most recently mentioned last), the one mentioned
/// most so far, the latest on a tie: a biography's subject keeps the surname after the parents
/// who share it are named, and "Ed Miliband and David Miliband met. Miliband said" is David.
fn salient(facts: &Facts, people: impl DoubleEndedIterator<Item = usize>) -> Option<usize> {
    let count = |p: usize| facts.people[p].mentions.len();
    people.rev().fold(None, |best, p| match best {
        Some(b) if count(b) >= count(p) => Some(b),
        _ => Some(p),
    })
}

/// The person `name` belongs to, created if new; keeps the fullest name.
fn join<'a>(
    facts: &mut Facts,
    records: &mut Vec<Record<'a>>,
    by_surname: &mut FxHashMap<&'a str, Indexed>,
    name: &Name<'_, 'a>,
) -> usize {
    let misspelling = if by_surname.contains_key(name.surname) {
        None
    } else {
        misspelling_of(by_surname, records, name)
    };
    let same = by_surname.entry(misspelling.unwrap_or(name.surname)).or_default();
    let found = if name.given().is_none() {
        salient(facts, same.iter().copied().filter(|&p| records[p].fits(name)))
    } else {
        same.iter().rev().copied().find(|&p| records[p].fits(name))
    };
    let idx = match found {
        Some(p) => {
            same.remove(p);
            p
        }
        None => {
            facts.people.push(Person {
                id: RecordId::new(b'p', facts.people.len() + 1),
                name: String::new(),
                roles: Vec::new(),
                mentions: Vec::new(),
                quotes: Vec::new(),
            });
            records.push(Record {
                given: None,
                other_givens: Vec::new(),
                words: 0,
            });
            facts.people.len() - 1
        }
    };
    same.push(idx);
    let shown = &name.words[name.shown..];
    if shown.len() > records[idx].words {
        records[idx].words = shown.len();
        let mut givens = name.givens();
        records[idx].given = givens.next();
        records[idx].other_givens = givens.collect();
        facts.people[idx].name = shown.join(" ");
    }
    idx
}

/// "he"/"she" for a person named with a courtesy title or style ("Mr Howard", "Lady Thatcher").
pub fn gender(input: &Input, person: &Person) -> Option<&'static str> {
    person.mentions.iter().find_map(|m| {
        // Most mentions have no courtesy word in or before them, which the bytes around show
        // without a binary search for the piece (cache misses all the way on a long text).
        if !courtesy_near(input.doc.text, m.start) {
            return None;
        }
        let at = input.piece_at(m.start)?;
        let first = input.text(at).split_whitespace().next().unwrap_or("");
        let before = if at > 0 { input.text(at - 1) } else { "" };
        [first, before]
            .into_iter()
            .find_map(|w| courtesy_pronoun(w.trim_end_matches('.')))
    })
}

/// Courtesy titles and styles, and the pronoun each one implies.
const GENDERED_COURTESY: &[(&str, &str)] = &[
    ("Mr", "he"),
    ("Sir", "he"),
    ("Lord", "he"),
    ("Baron", "he"),
    ("Mrs", "she"),
    ("Ms", "she"),
    ("Miss", "she"),
    ("Dame", "she"),
    ("Lady", "she"),
    ("Baroness", "she"),
];

fn courtesy_pronoun(word: &str) -> Option<&'static str> {
    GENDERED_COURTESY
        .iter()
        .find(|&&(w, _)| w == word)
        .map(|&(_, pronoun)| pronoun)
}

/// Whether a courtesy word may be the first word at byte `at` or the piece before it: the text
/// there starts with one, or, before `at`, ends with one (past the spaces and dots between).
/// Never false where [`gender`] would find one; a character other than an ASCII one before
/// `at` (a gap [`crate::text`] skips that is no space) leaves the answer to the pieces.
fn courtesy_near(text: &str, at: usize) -> bool {
    let (Some(before), Some(after)) = (text.get(..at), text.get(at..)) else {
        return true;
    };
    let before = before.trim_end().trim_end_matches('.');
    !before.chars().next_back().is_none_or(|c| c.is_ascii())
        || GENDERED_COURTESY
            .iter()
            .any(|&(w, _)| after.starts_with(w) || before.ends_with(w))
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::facts;
    use crate::types::Label::*;

    fn names(f: &crate::types::Facts) -> Vec<(&str, usize)> {
        f.people
            .iter()
            .map(|p| (p.name.as_str(), p.mentions.len()))
            .collect()
    }

    #[test]
    fn courtesy_words_are_looked_for_in_and_before_a_mention() {
        let near = |text: &str, mention: &str| super::courtesy_near(text, text.find(mention).unwrap());
        assert!(near("Yesterday Mr. Vale left.", "Vale"));
        assert!(near("Yesterday Lady Ann Roe left.", "Lady"));
        assert!(near("Then Baroness\nRoe left.", "Roe"));
        assert!(!near("Yesterday Tom Vale left.", "Tom"));
        assert!(!near("The minister, Tom Vale, left.", "Tom"));
        // A character the ASCII test cannot vouch for leaves the answer to the pieces.
        assert!(near("“Tom Vale left.", "Tom"));
    }

    #[test]
    fn surname_and_courtesy_forms_join_the_full_name() {
        let text = "Loreta Maskaliovienė spoke. Later, Maskaliovienė left. Mr Maskaliovienė too.";
        let (f, ents) = facts(
            text,
            &[
                ("Loreta Maskaliovienė", Person),
                ("Maskaliovienė", Person),
                ("Mr Maskaliovienė", Person),
            ],
        );
        assert_eq!(names(&f), [("Loreta Maskaliovienė", 3)]);
        assert!(ents.iter().all(|e| e.reference.as_deref() == Some("p1")));
    }

    #[test]
    fn another_name_given_for_a_person_is_theirs() {
        let text = "Jenna Varn. Jenna Nicole Lee (born 1986), better known by her pseudonym Jenna Varn, \
                    sings. Varn left. Tom Vale, also known as Jack Dunn, was held. Dunn denied it. Ann \
                    Roe (née Ann Moss) spoke. Tom Vale or Ann Lee will go.";
        let (f, _) = facts(
            text,
            &[
                ("Jenna Varn", Person),
                ("Jenna Nicole Lee", Person),
                ("1986", Date),
                ("Jenna Varn", Person),
                ("Varn", Person),
                ("Tom Vale", Person),
                ("Jack Dunn", Person),
                ("Dunn", Person),
                ("Ann Roe", Person),
                ("Ann Moss", Person),
                ("Tom Vale", Person),
                ("Ann Lee", Person),
            ],
        );
        // Two names joined by "or" are two people.
        assert_eq!(
            names(&f),
            [
                ("Jenna Nicole Lee", 4),
                ("Tom Vale", 4),
                ("Ann Roe", 2),
                ("Ann Lee", 1)
            ]
        );
    }

    #[test]
    fn a_name_by_a_middle_given_name_is_the_person_named_in_full() {
        let text = "Jens Otto Harry Vale spoke. Otto Vale left. Ann Vale stayed.";
        let (f, _) = facts(
            text,
            &[
                ("Jens Otto Harry Vale", Person),
                ("Otto Vale", Person),
                ("Ann Vale", Person),
            ],
        );
        assert_eq!(names(&f), [("Jens Otto Harry Vale", 2), ("Ann Vale", 1)]);
    }

    #[test]
    fn a_misspelt_name_is_the_person_named_in_full() {
        let text = "Kathryn Walters spoke. Ms Lydia Buchtmann agreed. Walter said so, Ms Bauchtman said. \
                    Kathrin Walters left.";
        let (f, _) = facts(
            text,
            &[
                ("Kathryn Walters", Person),
                ("Lydia Buchtmann", Person),
                ("Walter", Person),
                ("Bauchtman", Person),
                ("Kathrin Walters", Person),
            ],
        );
        assert_eq!(names(&f), [("Kathryn Walters", 3), ("Lydia Buchtmann", 2)]);
        // A letter changed in a short name, or in a hyphenated part, is another person.
        let text = "Zhang Wei spoke. Zhong Wei left. Wong Kwok-kin and Wong Kwok-hing met.";
        let (f, _) = facts(
            text,
            &[
                ("Zhang Wei", Person),
                ("Zhong Wei", Person),
                ("Wong Kwok-kin", Person),
                ("Wong Kwok-hing", Person),
            ],
        );
        assert_eq!(f.people.len(), 4);
    }

    #[test]
    fn surname_before_full_name_takes_the_fuller_name() {
        let (f, _) = facts(
            "Mr Howard spoke. Michael Howard left.",
            &[("Howard", Person), ("Michael Howard", Person)],
        );
        assert_eq!(names(&f), [("Michael Howard", 2)]);
    }

    #[test]
    fn unmarked_surname_is_a_mention_but_not_at_sentence_start() {
        let text = "Gordon Brown spoke. Then Brown left. Brown rice is cheap.";
        let (f, _) = facts(text, &[("Gordon Brown", Person)]);
        assert_eq!(names(&f), [("Gordon Brown", 2)]);
    }

    #[test]
    fn particles_are_part_of_the_surname() {
        let (f, _) = facts(
            "Ursula von der Leyen spoke; von der Leyen left.",
            &[("Ursula von der Leyen", Person), ("von der Leyen", Person)],
        );
        assert_eq!(names(&f), [("Ursula von der Leyen", 2)]);
    }

    #[test]
    fn different_given_names_are_different_people() {
        let text = "Ed Miliband and David Miliband met. Miliband said no.";
        let (f, _) = facts(
            text,
            &[
                ("Ed Miliband", Person),
                ("David Miliband", Person),
                ("Miliband", Person),
            ],
        );
        assert_eq!(
            names(&f),
            [("Ed Miliband", 1), ("David Miliband", 2)],
            "surname goes to the latest"
        );
    }

    #[test]
    fn a_shared_surname_names_the_person_mentioned_most() {
        // A biography's subject, then the parents who share the surname: "Vale" is the subject.
        let text = "Tom Vale was a composer. Tom Vale was born to Mark Vale and Ann Vale. Vale left.";
        let (f, _) = facts(
            text,
            &[
                ("Tom Vale", Person),
                ("composer", Title),
                ("Tom Vale", Person),
                ("Mark Vale", Person),
                ("Ann Vale", Person),
                ("Vale", Person),
            ],
        );
        assert_eq!(names(&f), [("Tom Vale", 3), ("Mark Vale", 1), ("Ann Vale", 1)]);
    }

    #[test]
    fn a_name_in_another_language_is_another_name() {
        let text = "Tom Varn (Latin: Tomas Varnus; 347 – 420) was a priest.";
        let (f, _) = facts(
            text,
            &[
                ("Tom Varn", Person),
                ("Latin", Language),
                ("Tomas Varnus", Person),
            ],
        );
        assert_eq!(names(&f), [("Tom Varn", 2)]);
    }

    #[test]
    fn a_self_styled_name_is_another_name() {
        let text = "Tom Vale, self-identified as Thomas Vail while in Halden, left.";
        let (f, _) = facts(
            text,
            &[("Tom Vale", Person), ("Thomas Vail", Person), ("Halden", Gpe)],
        );
        assert_eq!(names(&f), [("Tom Vale", 2)]);
    }

    #[test]
    fn styles_stay_in_the_name_and_initials_match() {
        let (f, _) = facts(
            "Lord Browne spoke. George W. Bush and George Bush agreed.",
            &[
                ("Lord Browne", Person),
                ("George W. Bush", Person),
                ("George Bush", Person),
            ],
        );
        assert_eq!(names(&f), [("Lord Browne", 1), ("George W. Bush", 2)]);
    }

    #[test]
    fn a_lone_first_name_is_the_person_named_in_full() {
        let text = "Doug Smith spoke first. Doug then left, and Smith followed.";
        let (f, ents) = facts(
            text,
            &[("Doug Smith", Person), ("Doug", Person), ("Smith", Person)],
        );
        assert_eq!(names(&f), [("Doug Smith", 3)]);
        assert_eq!(f.people[0].mentions[1].kind, Some("given"));
        assert!(ents.iter().all(|e| e.reference.as_deref() == Some("p1")));
        // Unmarked, not opening its sentence.
        let (f, _) = facts("Doug Smith spoke. Later Doug left.", &[("Doug Smith", Person)]);
        assert_eq!(names(&f), [("Doug Smith", 2)]);
    }

    #[test]
    fn family_name_first_joins_by_its_first_part() {
        let text = "Wang Lin met reporters. Mr Wang said, and Dr Wang agreed; Wang left.";
        let (f, _) = facts(
            text,
            &[
                ("Wang Lin", Person),
                ("Mr Wang", Person),
                ("Dr Wang", Person),
                ("Wang", Person),
            ],
        );
        assert_eq!(names(&f), [("Wang Lin", 4)]);
    }

    #[test]
    fn a_surname_wins_over_a_first_name() {
        // "Howard" is Michael Howard's surname before it is Howard Dean's first name.
        let text = "Howard Dean met Michael Howard. Howard said no.";
        let (f, _) = facts(
            text,
            &[
                ("Howard Dean", Person),
                ("Michael Howard", Person),
                ("Howard", Person),
            ],
        );
        assert_eq!(names(&f), [("Howard Dean", 1), ("Michael Howard", 2)]);
    }

    #[test]
    fn a_shared_first_name_joins_nobody() {
        let text = "Ed Miliband met Ed Balls. Ed said no.";
        let (f, ents) = facts(
            text,
            &[("Ed Miliband", Person), ("Ed Balls", Person), ("Ed", Person)],
        );
        assert_eq!(names(&f), [("Ed Miliband", 1), ("Ed Balls", 1)]);
        assert_eq!(ents[2].reference, None);
        // An initial is no first name: "J." does not join "J. Smith".
        let (f, _) = facts(
            "J. Smith spoke. Then J. left.",
            &[("J. Smith", Person), ("J.", Person)],
        );
        assert_eq!(f.people.len(), 2);
    }

    #[test]
    fn a_hyphened_arabic_article_is_not_part_of_the_key() {
        let text = "Karim al-Hadi spoke. Later Hadi left, and al-Hadi returned.";
        let (f, _) = facts(
            text,
            &[("Karim al-Hadi", Person), ("Hadi", Person), ("al-Hadi", Person)],
        );
        assert_eq!(names(&f), [("Karim al-Hadi", 3)]);
    }
}
