//! The closed word classes the title grammar reads: which lower-case words may stand in a role
//! phrase in front of its head noun, and which end it.

use std::sync::OnceLock;

use crate::lexicon::shapes::{Shapes, WordTable};

/// Words before a head that belong to the role (sorted): "former minister", "acting chief", "deputy
/// leader", "non-executive director". Kept in the title (the guidelines' role-defining words).
pub const QUALIFIERS: &[&str] = &[
    "acting",
    "assistant",
    "associate",
    "caretaker",
    "chief",
    "co",
    "deputy",
    "designate",
    "elect",
    "ex",
    "executive",
    "former",
    "founding",
    "honorary",
    "incoming",
    "interim",
    "joint",
    "junior",
    "lead",
    "managing",
    "non",
    "outgoing",
    "presidential",
    "previous",
    "principal",
    "senior",
    "shadow",
    "vice",
    "visiting",
];

/// Words (sorted) that describe a person without defining the role ("new Prime Minister", "veteran
/// politician", "a practising homeopath"): left out of the title.
pub const DESCRIPTIVE: &[&str] = &[
    "acclaimed",
    "accomplished",
    "award",
    "beloved",
    "brilliant",
    "celebrated",
    "controversial",
    "current",
    "distinguished",
    "elderly",
    "eminent",
    "esteemed",
    "famed",
    "famous",
    "fellow",
    "gifted",
    "great",
    "iconic",
    "influential",
    "late",
    "leading",
    "legendary",
    "long",
    "longtime",
    "new",
    "newly",
    "notable",
    "noted",
    "notorious",
    "old",
    "outgoing",
    "outspoken",
    "popular",
    "powerful",
    "practicing",
    "practising",
    "prolific",
    "prominent",
    "renowned",
    "respected",
    "retired",
    "star",
    "successful",
    "talented",
    "top",
    "veteran",
    "wealthy",
    "well",
    "young",
];

/// Nouns (sorted) for a political side, which end a role phrase's modifiers: "reform camp
/// candidate", "opposition bloc leader" → the role is "candidate", "leader".
pub const GROUPINGS: &[&str] = &["bloc", "camp", "faction"];

/// Verbs (sorted) of a contest between holders of one role: "X defeated another candidate"
/// makes X one too.
pub const CONTESTS: &[&str] = &[
    "beat",
    "challenged",
    "defeated",
    "edged",
    "faced",
    "ousted",
    "unseated",
];

/// Nouns (sorted) that name a person's place in a body only with its "of" complement: "the head
/// of NATO", "chair of the committee", "a Fellow of the Royal Society" (WordNet lists their role
/// senses after others).
pub const BODY_HEADS: &[&str] = &["chair", "fellow", "head"];

/// Participles (sorted) of a passive appointment, after which a role phrase is the office given:
/// "was appointed chief executive", "has been named coach".
pub const APPOINTED: &[&str] = &[
    "appointed",
    "chosen",
    "elected",
    "named",
    "promoted",
    "re-elected",
    "reelected",
];

/// Prefixes (sorted) of a stance, never of a role: "pro-reform", "anti-war".
pub const STANCES: &[&str] = &["anti", "pro"];

/// Kinds of place (sorted) that an office's holder is named after: before the head they stand
/// for the place ("city mayor" is the mayor of the city the article names), so they stay out
/// of the title as a place name would ("Tokyo governor").
pub const PLACE_KINDS: &[&str] = &["city", "town", "village"];

/// Lower-case words that are never inside a role phrase: determiners, pronouns, prepositions,
/// conjunctions, auxiliaries and the commonest verbs and adverbs of news copy. A word in none of
/// the lists above or here may modify a head ("finance minister", "disco club owner").
pub const CLOSED: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "across",
    "after",
    "again",
    "against",
    "ago",
    "all",
    "almost",
    "along",
    "already",
    "also",
    "although",
    "always",
    "am",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "around",
    "as",
    "asked",
    "at",
    "be",
    "became",
    "become",
    "becomes",
    "been",
    "before",
    "behind",
    "being",
    "below",
    "beside",
    "besides",
    "between",
    "both",
    "but",
    "by",
    "called",
    "came",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "each",
    "either",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "gave",
    "get",
    "got",
    "had",
    "has",
    "have",
    "he",
    "her",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "including",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "last",
    "later",
    "least",
    "led",
    "less",
    "like",
    "made",
    "make",
    "many",
    "may",
    "me",
    "meet",
    "meets",
    "met",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "named",
    "near",
    "neither",
    "never",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "onto",
    "or",
    "other",
    "our",
    "out",
    "over",
    "own",
    "per",
    "rather",
    "said",
    "saw",
    "say",
    "says",
    "see",
    "sees",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "thank",
    "thanked",
    "thanks",
    "that",
    "the",
    "their",
    "them",
    "themselves",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "thus",
    "to",
    "told",
    "too",
    "took",
    "toward",
    "towards",
    "two",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "via",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
];

/// The infinitive's "to" and the modals: the word after them is a verb, no modifier of a role.
pub const BEFORE_VERBS: &[&str] = &[
    "can", "could", "may", "might", "must", "shall", "should", "to", "will", "would",
];

/// The word classes above, for [`is`].
#[derive(Debug, Clone, Copy)]
pub enum Class {
    Qualifier,
    Descriptive,
    Grouping,
    Contest,
    BodyHead,
    Appointed,
    Stance,
    PlaceKind,
    Closed,
    BeforeVerb,
}

impl Class {
    const ALL: [Class; 10] = [
        Class::Qualifier,
        Class::Descriptive,
        Class::Grouping,
        Class::Contest,
        Class::BodyHead,
        Class::Appointed,
        Class::Stance,
        Class::PlaceKind,
        Class::Closed,
        Class::BeforeVerb,
    ];

    const fn words(self) -> &'static [&'static str] {
        match self {
            Class::Qualifier => QUALIFIERS,
            Class::Descriptive => DESCRIPTIVE,
            Class::Grouping => GROUPINGS,
            Class::Contest => CONTESTS,
            Class::BodyHead => BODY_HEADS,
            Class::Appointed => APPOINTED,
            Class::Stance => STANCES,
            Class::PlaceKind => PLACE_KINDS,
            Class::Closed => CLOSED,
            Class::BeforeVerb => BEFORE_VERBS,
        }
    }
}

/// Whether `word`, in any case, is of `class`: one hash lookup of the word's classes, as the
/// title grammar asks this of every word beside a role noun (a binary search of a list
/// compared the word with eight of its words). Inlined, so that the words refused by their
/// shape, most of those asked about, cost no call.
#[inline(always)]
pub fn is(word: &str, class: Class) -> bool {
    // Each class's first letters and lengths: most words asked about have none of them, and are
    // refused before they are lower-cased and hashed.
    static SHAPES: [Shapes; Class::ALL.len()] = {
        let mut shapes = [const { Shapes::new(&[]) }; Class::ALL.len()];
        let mut i = 0;
        while i < Class::ALL.len() {
            shapes[Class::ALL[i] as usize] = Shapes::new(Class::ALL[i].words());
            i += 1;
        }
        shapes
    };
    SHAPES[class as usize].may_be_lower_case(word) && is_listed(word, class)
}

/// [`is`] of a word shaped like one of `class`'s.
fn is_listed(word: &str, class: Class) -> bool {
    static CLASSES: OnceLock<WordTable<u16>> = OnceLock::new();
    let classes = CLASSES.get_or_init(|| {
        let words = Class::ALL
            .into_iter()
            .flat_map(|class| class.words().iter().map(move |&w| (w, 1 << class as u16)));
        WordTable::new(words, true, |a, b| a | b)
    });
    // Lower-cased in the table's reads of the word, not copied.
    classes
        .get(word)
        .is_some_and(|bits| bits & 1 << class as u16 != 0)
}

/// Whether `word` only describes the holder of a role ([`DESCRIPTIVE`]), in any case.
pub fn is_descriptive(word: &str) -> bool {
    is(word, Class::Descriptive)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_are_sorted_lower_case_lists_found_in_any_case() {
        for class in Class::ALL {
            let list = class.words();
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            assert!(list
                .iter()
                .all(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')));
            for w in list {
                assert!(is(w, class) && is(&w.to_uppercase(), class));
            }
        }
        assert!(!is("minister", Class::Closed) && !is("Šakalienė", Class::Closed) && !is("", Class::Closed));
        assert!(
            !is("Minister", Class::Qualifier) && !is("A-VERY-LONG-WORD-BEYOND-THE-BUFFER", Class::Closed)
        );
    }
}
