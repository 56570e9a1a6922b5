//! A title on its own refers back to the one person who holds it: "The Vice Minister’s visit"
//! is Maskaliovienė's when she is the only Vice Minister named so far, and "the prime
//! minister said" is the Prime Minister named before, whether or not the recogniser marked
//! the lower-case title. Titles held by two people ("the minister" with a Foreign Minister and
//! a Defence Minister named), titles naming someone ("the Vice Minister, John Smith"), and
//! titles going on into a complement no holder's title has ("the minister of health" after
//! "Defence Minister X") join nobody.
//!
//! A title that joins its holder is a mention of kind "title" (what quote speakers read) and
//! evidence of the role: a different surface title for the same post ("the secretary" for a
//! "Defense Secretary") is a role of its own, as the gold guidelines list them.

use rustc_hash::{FxHashMap, FxHashSet};

use super::roles::{self, Draft};
use super::{is_ascii_word, push_normalized, Input, Rule};
use crate::lexicon::shapes::Shapes;
use crate::types::{Entity, Facts, Label, MentionSpan, TokenKind};

pub struct TitleOnlyMention;

/// Words of a title looked at; bounds the runs indexed per role.
const MAX_WORDS: usize = 8;
/// Words that open a title's complement: a head ends before them.
const COMPLEMENT: &[&str] = &["of", "for", "to", "at"];
/// Words that may follow a title not marked as one, besides punctuation, a possessive and
/// verbs in -ed: what a noun phrase standing as a subject or object is followed by.
const FOLLOWERS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "wrote",
    "writes",
    "spoke",
    "speaks",
    "met",
    "meets",
    "made",
    "makes",
    "took",
    "takes",
    "gave",
    "gives",
    "went",
    "goes",
    "came",
    "comes",
    "left",
    "leaves",
    "saw",
    "sees",
    "thinks",
    "thought",
    "believes",
    "has",
    "had",
    "have",
    "is",
    "was",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "did",
    "does",
    "also",
    "then",
    "later",
    "again",
    "himself",
    "herself",
    "who",
    "whose",
    "and",
    "or",
    "but",
    "as",
    "in",
    "on",
    "with",
    "during",
    "after",
    "before",
    "when",
    "while",
    "today",
    "yesterday",
];

impl Rule for TitleOnlyMention {
    fn id(&self) -> &'static str {
        "title-only-mention"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, entities: &mut [Entity]) {
        // What a title standing alone may be → the role it stands for ([`Holder`]): a whole
        // title, or an ending of the words before its complement ("vice minister" and
        // "minister" of "vice minister of national defence"), so "the Minister" is ambiguous
        // between a Defence Minister and a Minister of Defense, and "the minister" is not the
        // Senior Adviser to the Minister. The keys are runs of the roles' normalised titles,
        // written one after another into one buffer first, so that the index borrows them
        // rather than copying each key; the buffer and the list of roles are sized once (a
        // title normalised is rarely longer than as written).
        let roles = facts.people.iter().flat_map(|person| &person.roles);
        let mut titles = String::with_capacity(roles.clone().map(|role| role.title.len()).sum());
        // Each role's person, its index and where its title ends in `titles`.
        let mut held = Vec::with_capacity(roles.count());
        for (p, person) in facts.people.iter().enumerate() {
            for (r, role) in person.roles.iter().enumerate() {
                push_normalized(&mut titles, &role.title);
                held.push((p, r, titles.len()));
            }
        }
        // A title and its endings: rarely more than three keys a role, so the index is sized
        // once rather than rehashed as it grows.
        let mut heads: FxHashMap<&str, Holder> =
            FxHashMap::with_capacity_and_hasher(3 * held.len(), Default::default());
        // The byte ranges of a title's first words, reused across roles: its words lie one
        // space apart.
        let mut words: Vec<(usize, usize)> = Vec::with_capacity(MAX_WORDS);
        let mut start = 0;
        for (p, r, end) in held {
            let title = &titles[start..end];
            start = end;
            words.clear();
            let mut at = 0;
            for word in title.split(' ').take(MAX_WORDS) {
                words.push((at, at + word.len()));
                at += word.len() + 1;
            }
            let head = words
                .iter()
                .position(|&(a, b)| COMPLEMENT.contains(&&title[a..b]))
                .unwrap_or(words.len());
            let keys = (0..head).map(|a| &title[words[a].0..words[head - 1].1]);
            for key in std::iter::once(title).chain(keys) {
                heads
                    .entry(key)
                    .and_modify(|holder| holder.add(p))
                    .or_insert(Holder::One(p, r));
            }
        }
        if heads.is_empty() {
            return;
        }
        // Every word-aligned beginning of a key: a run that begins no key ends the search at
        // its first word, and most words after "the" begin none. Keys share most beginnings:
        // sized for one a key.
        let mut beginnings: FxHashSet<&str> =
            FxHashSet::with_capacity_and_hasher(heads.len(), Default::default());
        for key in heads.keys() {
            let mut end = 0;
            for word in key.split(' ') {
                end += word.len();
                beginnings.insert(&key[..end]);
                end += 1;
            }
        }
        // The keys' first words by shape: most words after "the" begin none, known from their
        // first byte and length before they are normalised and hashed.
        let first_words = Shapes::of(heads.keys().filter_map(|key| key.split(' ').next()));
        // Built before any title mention is added: a title standing for a person is no name.
        let ctx = input.ctx(facts);
        let mut found: Vec<(usize, usize, usize, usize)> = Vec::new();
        let mut key = String::new();
        // The pieces after a "the" outside entities.
        let after_the = input.articles().iter().map(|&k| k + 1);
        for t in after_the.filter(|&t| t < input.pieces.len()) {
            let Some(last) = title_at(input, &heads, &beginnings, &first_words, t, &mut key) else {
                continue;
            };
            let names_someone = ctx.person(last + 1).is_some()
                || (input.word_in(last + 1, &[","]) && ctx.person(last + 2).is_some())
                || (t > 2 && input.word_in(t - 2, &[","]) && ctx.person(t - 3).is_some());
            if names_someone || input.word_in(last + 1, COMPLEMENT) {
                continue;
            }
            let Some(&Holder::One(p, r)) = heads.get(key.as_str()) else {
                continue;
            };
            let start = input.pieces[t].span.start;
            if facts.people[p].mentions.first().is_none_or(|m| m.start > start) {
                continue;
            }
            found.push((t, last, p, r));
        }
        for (t, last, p, r) in found {
            let span = roles::span(input, t, last);
            let role = &facts.people[p].roles[r];
            let draft = Draft {
                title: span.text(input.doc.text).to_string(),
                organization: role.organization.clone(),
                country: role.country,
                first: t,
                last,
                plural: false,
            };
            roles::add(facts, p, draft, span, self.id());
            let person = &mut facts.people[p];
            // In text order, after any mention starting there: the names' mentions are in text
            // order, and most people gain no title mention, so no list is sorted.
            let at = person.mentions.partition_point(|m| m.start <= span.start);
            let mention = MentionSpan {
                start: span.start,
                end: span.end,
                kind: Some("title"),
            };
            person.mentions.insert(at, mention);
            if let Some(e) = input.pieces[t].entity.filter(|_| t == last) {
                entities[e as usize].reference = Some(person.id);
            }
        }
    }
}

/// Who holds a title standing alone: one person, by their index and the index of their first
/// role with it, or more than one (the title joins nobody).
#[derive(Clone, Copy)]
enum Holder {
    One(usize, usize),
    Shared,
}

impl Holder {
    /// Counts person `p` as holding the title too.
    fn add(&mut self, p: usize) {
        if matches!(*self, Holder::One(q, _) if q != p) {
            *self = Holder::Shared;
        }
    }
}

/// The title starting at piece `t` that is one of `heads`: a title entity, or the longest run
/// of words not marked as anything, followed by what follows a noun phrase. Its last piece;
/// its key is left in `key`, a buffer the caller reuses from one piece to the next.
/// `first_words` are the shapes of the keys' first words.
fn title_at(
    input: &Input,
    heads: &FxHashMap<&str, Holder>,
    beginnings: &FxHashSet<&str>,
    first_words: &Shapes,
    t: usize,
    key: &mut String,
) -> Option<usize> {
    key.clear();
    // An ASCII word is normalised by lower-casing alone, which keeps its length: one that
    // begins no key is no title, whatever its piece, which is then not read.
    let first = input.text(t);
    if is_ascii_word(first) && !first_words.may_be_lower_case(first) {
        return None;
    }
    if input.is(t, Label::Title) {
        push_normalized(key, first);
        return heads.contains_key(key.as_str()).then_some(t);
    }
    // The last piece of the longest key, and that key's length.
    let mut best = None;
    for k in t..(t + MAX_WORDS).min(input.pieces.len()) {
        let piece = input.pieces[k];
        if piece.entity.is_some() || piece.kind != TokenKind::Word || !input.same_sentence(t, k) {
            break;
        }
        if k > t {
            key.push(' ');
        }
        push_normalized(key, input.text(k));
        if !beginnings.contains(key.as_str()) {
            break;
        }
        if heads.contains_key(key.as_str()) {
            best = Some((k, key.len()));
        }
    }
    let (last, len) = best?;
    key.truncate(len);
    let next = last + 1;
    let follows = match input.pieces.get(next) {
        None => true,
        Some(p) if p.entity.is_some() => p.label == Some(Label::Date),
        Some(p) if p.kind != TokenKind::Word => true,
        Some(_) => {
            let word = input.text(next);
            input.word_in(next, &["’s", "'s"])
                || (word.starts_with(char::is_lowercase)
                    && (word.ends_with("ed") || FOLLOWERS.contains(&word)))
        }
    };
    follows.then_some(last)
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::facts;
    use crate::types::Label::*;

    #[test]
    fn unambiguous_title_joins_its_holder() {
        let text = "Vice Minister Loreta Maskaliovienė spoke. The Vice Minister’s visit follows one by Minister Dovilė Šakalienė.";
        let (f, ents) = facts(
            text,
            &[
                ("Vice Minister", Title),
                ("Loreta Maskaliovienė", Person),
                ("Vice Minister", Title),
                ("Minister", Title),
                ("Dovilė Šakalienė", Person),
            ],
        );
        let kinds: Vec<_> = f.people[0].mentions.iter().map(|m| m.kind).collect();
        assert_eq!(kinds, [Some("name"), Some("title")]);
        assert_eq!(ents[2].reference.as_deref(), Some("p1"));
        assert_eq!(f.people[1].mentions.len(), 1);
    }

    #[test]
    fn shared_title_joins_nobody() {
        let text = "Minister Ann Lee and Minister Bo Chen met. The Minister left.";
        let (f, ents) = facts(
            text,
            &[
                ("Minister", Title),
                ("Ann Lee", Person),
                ("Minister", Title),
                ("Bo Chen", Person),
                ("Minister", Title),
            ],
        );
        assert!(f.people.iter().all(|p| p.mentions.len() == 1));
        assert_eq!(ents[4].reference, None);
    }

    #[test]
    fn a_title_inside_two_titles_is_ambiguous() {
        let text = "Defence Minister Richard Marles met Gen Nakatani, Minister of Defense. The Minister's visit ended.";
        let (f, _) = facts(
            text,
            &[
                ("Defence Minister", Title),
                ("Richard Marles", Person),
                ("Gen Nakatani", Person),
                ("Minister of Defense", Title),
                ("Minister", Title),
            ],
        );
        assert!(f.people.iter().all(|p| p.mentions.len() == 1), "{:?}", f.people);
    }

    #[test]
    fn title_before_its_holder_is_named_joins_nobody() {
        let (f, _) = facts(
            "The Commissioner arrived. Later Commissioner Takeshi Ishikawa spoke.",
            &[
                ("Commissioner", Title),
                ("Commissioner", Title),
                ("Takeshi Ishikawa", Person),
            ],
        );
        assert_eq!(f.people[0].mentions.len(), 1);
    }

    fn titled(f: &crate::types::Facts) -> Vec<(&str, usize)> {
        f.people
            .iter()
            .map(|p| {
                (
                    p.name.as_str(),
                    p.mentions.iter().filter(|m| m.kind == Some("title")).count(),
                )
            })
            .collect()
    }

    #[test]
    fn a_lower_case_title_joins_its_one_holder_and_is_evidence() {
        let text = "Prime Minister Ana Ruiz met Pedro Gil. The talks went well, the prime minister said. \
                    Later the commissioner added nothing.";
        let (f, _) = facts(
            text,
            &[
                ("Prime Minister", Title),
                ("Ana Ruiz", Person),
                ("Pedro Gil", Person),
            ],
        );
        assert_eq!(titled(&f), [("Ana Ruiz", 1), ("Pedro Gil", 0)]);
        let roles = &f.people[0].roles;
        assert_eq!(roles.len(), 1, "{roles:?}");
        assert_eq!(roles[0].evidence.len(), 2);
        assert_eq!(roles[0].evidence[1].rule, "title-only-mention");
    }

    #[test]
    fn another_surface_title_for_the_post_is_a_role_of_its_own() {
        let text = "Defense Secretary Al Brown flew in. “We stand together,” the secretary said.";
        let (f, _) = facts(text, &[("Defense Secretary", Title), ("Al Brown", Person)]);
        let titles: Vec<&str> = f.people[0].roles.iter().map(|r| r.title.as_str()).collect();
        assert_eq!(titles, ["Defense Secretary", "secretary"]);
        assert_eq!(titled(&f), [("Al Brown", 1)]);
    }

    #[test]
    fn a_lower_case_title_two_people_hold_joins_nobody() {
        let text = "Foreign Minister Ana Ruiz met Defence Minister Pedro Gil. Then the minister said no.";
        let (f, _) = facts(
            text,
            &[
                ("Foreign Minister", Title),
                ("Ana Ruiz", Person),
                ("Defence Minister", Title),
                ("Pedro Gil", Person),
            ],
        );
        assert_eq!(titled(&f), [("Ana Ruiz", 0), ("Pedro Gil", 0)]);
    }

    #[test]
    fn a_title_going_on_past_its_holders_joins_nobody() {
        // Another minister, another sort of noun, someone named: none is the Defence Minister.
        let text = "Defence Minister Pedro Gil spoke. The minister of health disagreed. \
                    The minister responsible was absent. The minister Ana Ruiz left. \
                    He met Ana Ruiz, the minister.";
        let (f, _) = facts(
            text,
            &[
                ("Defence Minister", Title),
                ("Pedro Gil", Person),
                ("Ana Ruiz", Person),
                ("Ana Ruiz", Person),
            ],
        );
        assert_eq!(titled(&f), [("Pedro Gil", 0), ("Ana Ruiz", 0)]);
    }

    #[test]
    fn the_adviser_to_a_minister_is_not_the_minister() {
        let text = "Senior Adviser to the Minister Ken Oda met Minister Ana Ruiz. The minister said yes.";
        let (f, _) = facts(
            text,
            &[
                ("Senior Adviser to the Minister", Title),
                ("Ken Oda", Person),
                ("Minister", Title),
                ("Ana Ruiz", Person),
            ],
        );
        assert_eq!(titled(&f), [("Ken Oda", 0), ("Ana Ruiz", 1)]);
    }
}
