//! The lookups every role rule reads, built once per document.

use std::cell::OnceCell;
use std::num::NonZeroU32;

use rustc_hash::FxHashMap;

use super::super::{organizations, people, Input};
use super::subject;
use crate::types::Facts;

/// Lookups the role rules need, built once per document ([`Input::ctx`]) from the names of
/// people and organisations, to which no rule after [`super::people`] adds (a title-only
/// mention is no name).
#[derive(Debug, PartialEq)]
pub struct Ctx {
    /// Organisations by name ([`Self::orgs`]).
    orgs: OnceCell<FxHashMap<String, usize>>,
    /// Start byte of every organisation mention → index of the organisation.
    org_mentions: OnceCell<FxHashMap<usize, usize>>,
    /// Piece → the person it names, plus one: an array, not a map keyed by start byte, because
    /// rules ask about most pieces of the article; four bytes a piece, allocated zeroed.
    person_at: Vec<Option<NonZeroU32>>,
    /// [`Input::named`] and the "He"/"She" subject of a sentence, with the person each stands
    /// for.
    subjects: Vec<(usize, usize)>,
    /// Per piece, whether it opens its clause, known for [`Self::subjects`]
    /// ([`Self::opens_clause`]): a byte a piece, read without a search.
    opens: Vec<Option<bool>>,
    /// The person the article is an interview with, if it is one ([`interviewee`]).
    interviewee: Option<usize>,
}

/// Pieces at the top of an article where its interview is announced, at most ("Wikinews
/// interviews …", "An interview with …", "… interviewed by …").
const INTRO: usize = 80;

/// How far back a pronoun's antecedent is looked for, in pieces.
const ANTECEDENT_REACH: usize = 120;

impl Ctx {
    pub fn new(input: &Input, facts: &Facts) -> Ctx {
        // The pieces naming people, as the names were joined: the title mentions added since
        // are no names.
        let named = input.named();
        let mut person_at = vec![None; input.pieces.len()];
        for &(at, p) in named {
            person_at[at] = u32::try_from(p + 1).ok().and_then(NonZeroU32::new);
        }
        let subjects = pronoun_subjects(input, facts, named);
        let mut opens = vec![None; input.pieces.len()];
        for &(at, _) in &subjects {
            // A pronoun subject opens its clause, or it would be none; a name is asked.
            opens[at] = Some(person_at[at].is_none() || subject::opens_clause(input, at));
        }
        let interviewee = interviewee(input, &person_at);
        Ctx {
            orgs: OnceCell::new(),
            org_mentions: OnceCell::new(),
            person_at,
            subjects,
            opens,
            interviewee,
        }
    }

    /// Whether the name or pronoun at piece `i` opens its clause ([`subject::opens_clause`]):
    /// found once for the subjects, which several rules ask about, and for other pieces when
    /// asked.
    pub fn opens_clause(&self, input: &Input, i: usize) -> bool {
        match self.opens.get(i) {
            Some(&Some(opens)) => opens,
            _ => subject::opens_clause(input, i),
        }
    }

    /// Organisations by normalised name, acronym and initials ([`organizations::index`]):
    /// built by the first rule that looks an organisation up, since many articles look none
    /// up.
    pub fn orgs(&self, facts: &Facts) -> &FxHashMap<String, usize> {
        self.orgs.get_or_init(|| organizations::index(facts))
    }

    /// The organisation a mention starting at byte `start` names, if one does.
    pub fn org_at(&self, facts: &Facts, start: usize) -> Option<usize> {
        self.org_mentions(facts).get(&start).copied()
    }

    /// [`Self::org_mentions`], built by the first rule that asks, since many articles anchor
    /// no title on an organisation.
    fn org_mentions(&self, facts: &Facts) -> &FxHashMap<usize, usize> {
        self.org_mentions.get_or_init(|| {
            let mentions = facts.organizations.iter().map(|o| o.mentions.len()).sum();
            let mut index = FxHashMap::with_capacity_and_hasher(mentions, Default::default());
            for (i, o) in facts.organizations.iter().enumerate() {
                index.extend(o.mentions.iter().map(|m| (m.start, i)));
            }
            index
        })
    }

    /// Whether the lookups differ from those `input` and `facts` give now, as they would if a
    /// rule changed the records they are built from after they were: the indexes of
    /// organisations are compared once built.
    pub fn is_stale(&self, input: &Input, facts: &Facts) -> bool {
        let fresh = Ctx::new(input, facts);
        if self.orgs.get().is_some() {
            fresh.orgs(facts);
        }
        if self.org_mentions.get().is_some() {
            fresh.org_mentions(facts);
        }
        *self != fresh
    }

    /// Whom "I" at piece `k` outside quotes stands for: in an interview, the interviewee, where
    /// the paragraph asks nothing (the interviewer's questions end in "?").
    pub fn first_person(&self, input: &Input, k: usize) -> Option<usize> {
        let p = self.interviewee?;
        let paragraphs = input.paragraphs();
        let end = paragraphs
            .get(paragraphs.partition_point(|&s| s <= k))
            .copied()
            .unwrap_or(input.pieces.len());
        (input.text(end - 1) != "?").then_some(p)
    }

    /// Whether the article is an interview, whose "I" outside quotes [`Self::first_person`]
    /// may resolve.
    pub fn is_interview(&self) -> bool {
        self.interviewee.is_some()
    }

    /// The person piece `i` names, if it is a person mention (marked or a bare surname).
    pub fn person(&self, i: usize) -> Option<usize> {
        self.person_at.get(i).copied().and_then(person_index)
    }

    /// [`Input::named`] and every "He"/"She" that is a sentence's subject ([`super::subject::opens_clause`]), as
    /// the person it stands for, in text order: the subjects of the rules that read a predicate
    /// ("She was a composer", "In 1924 he served as treasurer").
    pub fn subjects(&self) -> &[(usize, usize)] {
        &self.subjects
    }
}

/// `named` and the pronoun subjects: a "he"/"she" that is its sentence's subject
/// ([`super::subject::opens_clause`]) stands for the first person of a compatible gender (where
/// the article says one) of the nearest sentence before it that names one or has such a
/// pronoun subject: so "he" goes on meaning the person the sentences before were about ("He
/// collaborated with Ann Lee … He left for the US") rather than the last name read.
fn pronoun_subjects(input: &Input, facts: &Facts, named: &[(usize, usize)]) -> Vec<(usize, usize)> {
    // The named pieces and the pronoun subjects found so far, in order.
    let mut known = named.to_vec();
    if named.is_empty() {
        return known;
    }
    let mut genders: Option<Vec<Option<&str>>> = None;
    let pronouns = input.personal_pronouns().iter().filter(|&&k| k > 0);
    for (k, pronoun) in pronouns.filter_map(|&k| Some((k, personal_pronoun(input.text(k))?))) {
        if input.pieces[k].entity.is_some() || !subject::opens_clause(input, k) {
            continue;
        }
        // None when `k`'s own sentence names someone before it.
        let named_before = named.partition_point(|&(at, _)| at < k);
        if named_before
            .checked_sub(1)
            .is_some_and(|b| input.same_sentence(named[b].0, k))
        {
            continue;
        }
        let genders =
            genders.get_or_insert_with(|| facts.people.iter().map(|p| people::gender(input, p)).collect());
        let before = known.partition_point(|&(at, _)| at < k);
        if let Some(p) = antecedent(
            input,
            &known[..before],
            genders,
            k,
            pronoun,
            ANTECEDENT_REACH,
            |_| false,
        ) {
            known.insert(before, (k, p));
        }
    }
    known
}

/// The person an entry of [`Ctx::person_at`] stands for.
fn person_index(entry: Option<NonZeroU32>) -> Option<usize> {
    entry.map(|p| p.get() as usize - 1)
}

/// The person an article is an interview with: the first named in the sentence that first says
/// "interview" near its top ("Wikinews interviews Tom Vale", "An interview with LibriVox founder
/// Ann Lee", "Tom Vale, Acme founder, interviewed by Wikinews"), after that word or else before
/// it. `person_at` is [`Ctx::person_at`].
fn interviewee(input: &Input, person_at: &[Option<NonZeroU32>]) -> Option<usize> {
    // Bytes, not a `str`: a text cut inside a character is no match either.
    let k = (0..input.pieces.len().min(INTRO)).find(|&k| {
        input
            .text(k)
            .as_bytes()
            .get(..9)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"interview"))
            && input.pieces[k].entity.is_none()
    })?;
    let person = |j: usize| person_index(person_at[j]);
    let sentence = |j: &usize| input.same_sentence(*j, k);
    (k + 1..input.pieces.len())
        .take_while(sentence)
        .find_map(person)
        .or_else(|| (0..k).rev().take_while(sentence).find_map(person))
}

/// The personal pronouns as [`personal_pronoun`] gives them; each is also written capitalised.
pub const PERSONAL_PRONOUNS: &[&str] = &["he", "she"];

/// "he" or "she" for the personal pronoun `word`, as a sentence or a quote's attribution
/// writes it: one of [`PERSONAL_PRONOUNS`], in lower case or capitalised.
pub fn personal_pronoun(word: &str) -> Option<&'static str> {
    let written_as = |p: &str| word.len() == p.len() && word.eq_ignore_ascii_case(p) && word[1..] == p[1..];
    PERSONAL_PRONOUNS.iter().copied().find(|&p| written_as(p))
}

/// The person the `pronoun` ("he"/"she") at piece `k` stands for: the first of a compatible
/// gender of the nearest sentence, within `reach` pieces back, that has one among `known`:
/// the pieces naming people and the pronoun subjects standing for them, in order, all before
/// `k`. A pronoun subject's gender is its own, a name's is `genders`' (None: compatible with
/// both). The quotes' attribution reads it too, passing over the names inside quotes (`skip`).
pub fn antecedent(
    input: &Input,
    known: &[(usize, usize)],
    genders: &[Option<&str>],
    k: usize,
    pronoun: &str,
    reach: usize,
    skip: impl Fn(usize) -> bool,
) -> Option<usize> {
    let (mut found, mut sentence) = (None, None);
    for &(at, p) in known.iter().rev().take_while(|&&(at, _)| at + reach >= k) {
        if skip(at) {
            continue;
        }
        if found.is_some() && sentence.is_some_and(|s| !input.same_sentence(s, at)) {
            break;
        }
        sentence = Some(at);
        let gender = personal_pronoun(input.text(at)).or(genders[p]);
        if gender.is_none_or(|g| g == pronoun) {
            found = Some(p);
        }
    }
    found
}
