//! Verbs of saying: the one list every stage reads. The recogniser takes a capitalised run
//! before or after one as a name cue ("…, Ann Linde said"), the appositive rule ends a title
//! phrase at one ("Mike Lake, the Yukos spokesman, said"), and the quote rule finds a quote's
//! speaker as the subject of one ("“…,” X told reporters").
//!
//! Each verb is listed with every inflection (base, third person, past, -ing), so the rules
//! never guess at endings, and with what its grammar allows: whether its object is a listener
//! ("told reporters", so "told X" never names the speaker) and whether it also names things
//! ("a robot called “Hope”", so a quote right after it is a name, not speech).

use std::sync::OnceLock;

use super::shapes::WordTable;

/// What a verb of saying allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// "said", "added", "explained": the speaker may follow it ("…,” said X).
    Say,
    /// "told", "asked", "urged": what follows is the listener ("X told reporters").
    Tell,
    /// "called", "described": the object is what is spoken of, and a quote right after the
    /// verb is a name ("a group called “Y”"), so the verb is no cue for a name either.
    Name,
}

/// base, third person, past, -ing; the verb's kind; and whether it is common enough after a
/// name in news copy to cue one ("Ann Linde said", not "the Evening Courier observed").
const VERBS: &[([&str; 4], Kind, bool)] = &[
    (["say", "says", "said", "saying"], Kind::Say, true),
    (["add", "adds", "added", "adding"], Kind::Say, true),
    (["state", "states", "stated", "stating"], Kind::Say, true),
    (["declare", "declares", "declared", "declaring"], Kind::Say, false),
    (
        ["explain", "explains", "explained", "explaining"],
        Kind::Say,
        true,
    ),
    (["note", "notes", "noted", "noting"], Kind::Say, true),
    (["insist", "insists", "insisted", "insisting"], Kind::Say, true),
    (["argue", "argues", "argued", "arguing"], Kind::Say, true),
    (["reply", "replies", "replied", "replying"], Kind::Say, true),
    (
        ["respond", "responds", "responded", "responding"],
        Kind::Say,
        false,
    ),
    (["answer", "answers", "answered", "answering"], Kind::Say, false),
    (["write", "writes", "wrote", "writing"], Kind::Say, true),
    (
        ["continue", "continues", "continued", "continuing"],
        Kind::Say,
        false,
    ),
    (
        ["announce", "announces", "announced", "announcing"],
        Kind::Say,
        true,
    ),
    (
        ["emphasise", "emphasises", "emphasised", "emphasising"],
        Kind::Say,
        false,
    ),
    (
        ["emphasize", "emphasizes", "emphasized", "emphasizing"],
        Kind::Say,
        false,
    ),
    (["stress", "stresses", "stressed", "stressing"], Kind::Say, true),
    (
        ["comment", "comments", "commented", "commenting"],
        Kind::Say,
        false,
    ),
    (["recall", "recalls", "recalled", "recalling"], Kind::Say, false),
    (["admit", "admits", "admitted", "admitting"], Kind::Say, false),
    (
        ["acknowledge", "acknowledges", "acknowledged", "acknowledging"],
        Kind::Say,
        false,
    ),
    (["concede", "concedes", "conceded", "conceding"], Kind::Say, false),
    (["claim", "claims", "claimed", "claiming"], Kind::Say, false),
    (
        ["conclude", "concludes", "concluded", "concluding"],
        Kind::Say,
        false,
    ),
    (
        ["confirm", "confirms", "confirmed", "confirming"],
        Kind::Say,
        true,
    ),
    (["tweet", "tweets", "tweeted", "tweeting"], Kind::Say, true),
    (["assert", "asserts", "asserted", "asserting"], Kind::Say, false),
    (["observe", "observes", "observed", "observing"], Kind::Say, false),
    (["remark", "remarks", "remarked", "remarking"], Kind::Say, false),
    (["report", "reports", "reported", "reporting"], Kind::Say, false),
    (["reason", "reasons", "reasoned", "reasoning"], Kind::Say, false),
    (
        ["suggest", "suggests", "suggested", "suggesting"],
        Kind::Say,
        false,
    ),
    (
        ["predict", "predicts", "predicted", "predicting"],
        Kind::Say,
        false,
    ),
    (
        ["complain", "complains", "complained", "complaining"],
        Kind::Say,
        false,
    ),
    (
        ["mention", "mentions", "mentioned", "mentioning"],
        Kind::Say,
        false,
    ),
    (["deny", "denies", "denied", "denying"], Kind::Say, false),
    (["joke", "jokes", "joked", "joking"], Kind::Say, false),
    (["quip", "quips", "quipped", "quipping"], Kind::Say, false),
    (["boast", "boasts", "boasted", "boasting"], Kind::Say, false),
    (["vow", "vows", "vowed", "vowing"], Kind::Say, false),
    (["pledge", "pledges", "pledged", "pledging"], Kind::Say, false),
    (["promise", "promises", "promised", "promising"], Kind::Say, false),
    (
        ["contend", "contends", "contended", "contending"],
        Kind::Say,
        false,
    ),
    (
        ["counter", "counters", "countered", "countering"],
        Kind::Say,
        false,
    ),
    (["retort", "retorts", "retorted", "retorting"], Kind::Say, false),
    (
        ["exclaim", "exclaims", "exclaimed", "exclaiming"],
        Kind::Say,
        false,
    ),
    (
        ["testify", "testifies", "testified", "testifying"],
        Kind::Say,
        false,
    ),
    (["read", "reads", "read", "reading"], Kind::Say, false),
    (["tell", "tells", "told", "telling"], Kind::Tell, true),
    (["ask", "asks", "asked", "asking"], Kind::Tell, true),
    (["urge", "urges", "urged", "urging"], Kind::Tell, false),
    (["warn", "warns", "warned", "warning"], Kind::Tell, true),
    (["assure", "assures", "assured", "assuring"], Kind::Tell, false),
    (["remind", "reminds", "reminded", "reminding"], Kind::Tell, false),
    (["call", "calls", "called", "calling"], Kind::Name, false),
    (
        ["describe", "describes", "described", "describing"],
        Kind::Name,
        false,
    ),
    (
        ["characterise", "characterises", "characterised", "characterising"],
        Kind::Name,
        false,
    ),
    (
        ["characterize", "characterizes", "characterized", "characterizing"],
        Kind::Name,
        false,
    ),
];

/// Nouns that stand for an act of saying in "issued a statement", "in remarks to".
pub const NOUNS: &[&str] = &["statement", "remarks", "comments"];

/// What names the source of reported speech in front of it: "according to X", "in the words
/// of X"; "quoting X" after one of them names the source the first one relied on.
pub const SOURCE_BEFORE: &[&[&str]] = &[
    &["according", "to"],
    &["in", "the", "words", "of"],
    &["attributed", "to"],
];

/// The longest form listed ("characterising").
const MAX_LEN: usize = 14;

/// The verb `word` is a form of, if it is one (lower case as written; a capitalised first word
/// of a sentence is matched too).
pub fn kind(word: &str) -> Option<Kind> {
    // "Said" opening a sentence: only the first letter may be a capital (the table folds case,
    // so the rest are checked here).
    let bytes = word.as_bytes();
    if !(3..=MAX_LEN).contains(&bytes.len()) || !bytes[1..].iter().all(u8::is_ascii_lowercase) {
        return None;
    }
    forms().get(word).flatten()
}

/// Every form of [`VERBS`] with its verb's kind, indexed on first use: the quote rule asks about
/// most lower-case words near a quote, and a scan compared each with every form listed.
fn forms() -> &'static WordTable<'static, Option<Kind>> {
    static FORMS: OnceLock<WordTable<'static, Option<Kind>>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let forms = VERBS
            .iter()
            .flat_map(|&(forms, kind, _)| forms.map(|form| (form, Some(kind))));
        // A form of two verbs keeps the last one's kind, as a map collected from them did.
        WordTable::new(forms, true, |_, later| later)
    })
}

/// Whether `word` is any form of a verb of saying.
pub fn is_verb(word: &str) -> bool {
    kind(word).is_some()
}

/// Whether `word` is a finite form of a common verb of saying ("says", "said", "told"): the
/// recogniser's cue for a name, and where an appositive ends. Not the base form ("say" goes
/// with plurals: "Officials say"), not the -ing form, and not the verbs that name things.
///
/// Asked of the words around every capitalised run: one hash lookup of the cue forms, where a
/// scan compared the word with two forms of every verb listed.
pub fn is_finite_cue(word: &str) -> bool {
    static CUES: OnceLock<WordTable<'static, bool>> = OnceLock::new();
    (3..=MAX_LEN).contains(&word.len())
        && CUES
            .get_or_init(|| {
                let cues = VERBS
                    .iter()
                    .filter(|(_, k, common)| *common && *k != Kind::Name)
                    .flat_map(|(forms, ..)| [(forms[1], true), (forms[2], true)]);
                WordTable::new(cues, false, |a, b| a || b)
            })
            .get(word)
            .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_inflection_is_a_verb() {
        for (word, want) in [
            ("say", Some(Kind::Say)),
            ("says", Some(Kind::Say)),
            ("said", Some(Kind::Say)),
            ("saying", Some(Kind::Say)),
            ("Said", Some(Kind::Say)),
            ("told", Some(Kind::Tell)),
            ("added", Some(Kind::Say)),
            ("called", Some(Kind::Name)),
            ("sad", None),
            ("SAID", None),
            ("", None),
            ("Šaid", None),
        ] {
            assert_eq!(kind(word), want, "{word:?}");
        }
        assert!(is_finite_cue("said") && is_finite_cue("tells") && is_finite_cue("added"));
        assert!(!is_finite_cue("observed"), "too rare after a name to cue one");
        assert!(!is_finite_cue("say") && !is_finite_cue("saying") && !is_finite_cue("called"));
    }

    #[test]
    fn forms_are_lower_case_and_listed_once() {
        let mut seen = std::collections::HashSet::new();
        for (forms, _, _) in VERBS {
            for f in forms.iter().collect::<std::collections::HashSet<_>>() {
                assert!(f.bytes().all(|b| b.is_ascii_lowercase()), "{f}");
                assert!((3..=MAX_LEN).contains(&f.len()), "{f}");
                assert!(seen.insert(*f), "{f} listed twice");
            }
        }
    }
}
