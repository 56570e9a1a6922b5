//! People: a run of name-like words with a cue — an honorific ("Mr Blair", "Sen. John Kerry"),
//! a title just before ("Vice Minister Maskaliovienė"), a known given name ("Kenji Wakamiya"),
//! a speech verb ("…, Ann Linde said"), an age ("Jane Roe, 45,") or a party tag ("(D-Mass.)").
//! Then every later use of a found surname ("Maskaliovienė during her address").

use super::context::{every_use, Ctx};
use crate::dates::WEEKDAYS;
use crate::lexicon::shapes::Words;
use crate::lexicon::{speech, Kind};
use crate::text::is_initials;
use crate::types::{Candidate, Label, Span, TokenKind};

/// Lower-case particles inside names: "Ursula von der Leyen", "Mohammed bin Salman".
pub(super) static PARTICLES: Words = Words::new(&[
    "van", "der", "den", "von", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "bin",
    "bint", "ibn", "al", "el", "ter", "zu",
]);

/// Labels of photo and video captions and their credits ("Image: Jane Roe."): a name does not
/// run into them, and they start none.
static CAPTION_LABELS: Words = Words::new(&[
    "Image",
    "Images",
    "Photo",
    "Photos",
    "Photograph",
    "Picture",
    "Video",
    "Credit",
    "Caption",
    "Illustration",
    "Graphic",
    "File",
    "Source",
]);

/// Token `i` is a caption label followed by a colon ("Image:"). The colon first: few words
/// have one after them.
pub(super) fn caption_label<'a>(text: impl Fn(usize) -> Option<&'a str>, i: usize) -> bool {
    text(i + 1) == Some(":") && text(i).is_some_and(|t| CAPTION_LABELS.contains(t))
}

/// Cues scoring below this only say "a name is near", not where it starts — nor that it is a
/// person's ("The White House said").
pub const WEAK_CUE: f32 = 0.87;

/// The source of names found from a cue.
pub const SOURCE: &str = "name-cue";

pub fn propose(ctx: &Ctx, out: &mut Vec<Candidate>) {
    // The titles proposed so far, read where they lie (twice), not copied out.
    let titles = || out.iter().filter(|c| c.label == Label::Title).map(|c| c.span);
    let in_title = ctx.inside(titles());
    let edges = TitleEdges::new(titles());
    let mut found: Vec<(usize, usize)> = Vec::new();
    // The capitalised words of each run, in one buffer: an allocation per run cost as much as
    // reading the run.
    let mut caps: Vec<usize> = Vec::with_capacity(8);
    // The first token after the last run read; names start with capitals.
    let mut next = 0;
    for i in ctx.capitalised() {
        if i < next || in_title[i] || !starts_name(ctx, i) {
            continue;
        }
        let end = run_end(ctx, i);
        caps.clear();
        caps.extend((i..end).filter(|&k| ctx.is_cap(k)));
        // "Directors Susan Marsh", "General Suleiman al-Amr": a word before a known given name
        // is a rank or a plural noun, not part of the name; the cue is read from the rank.
        let rank = caps.len() >= 3
            && !ctx.is(i, Kind::GivenName)
            && !initials(ctx, i)
            && ctx.is(caps[1], Kind::GivenName);
        let (cued, words) = if rank {
            (caps[1], caps.len() - 1)
        } else {
            (i, caps.len())
        };

        let score = cue(ctx, i, end, caps.len(), &edges)
            .or_else(|| rank.then(|| cue(ctx, cued, end, words, &edges)).flatten());
        // "Dana Space Center": the run is part of a name its head word closes, no person's.
        let score = score.filter(|_| !super::not_people::part_of_name(ctx, end));
        if let Some(score) = score {
            // A weak cue (a speech verb, an age, a party tag) on three or more words with no
            // known given name first: "Majority Leader Bill Frist, R-Tenn.," — the name is
            // the last two words; what comes before is most likely a title no list holds.
            let first = if rank {
                cued
            } else if score < WEAK_CUE && words >= 3 && !ctx.is(i, Kind::GivenName) {
                // With the initials before them: "Then L. Ron Vale said".
                let mut at = caps.len() - 2;
                while at > 0 && initials(ctx, caps[at - 1]) {
                    at -= 1;
                }
                caps[at]
            } else {
                i
            };
            // "Administrator Vale", "Photographer Tom Halden": a role noun before the name
            // is what the person is, not part of the name.
            let first = match caps.iter().position(|&k| k == first) {
                Some(at)
                    if at + 1 < caps.len()
                        && ctx.is(first, Kind::RoleNoun)
                        && !ctx.is(first, Kind::GivenName) =>
                {
                    caps[at + 1]
                }
                _ => first,
            };
            found.push((first, end));
            out.push(person(ctx, first, end, score, SOURCE));
        }
        next = end.max(i + 1);
    }
    surnames(ctx, &found, out);
}

fn person(ctx: &Ctx, first: usize, end: usize, score: f32, source: &'static str) -> Candidate {
    Candidate {
        span: Span::new(ctx.start(first), ctx.end(end - 1)),
        label: Label::Person,
        source,
        score,
    }
}

/// A capitalised word that can begin a name: not a function word, place, title, head word.
fn starts_name(ctx: &Ctx, i: usize) -> bool {
    ctx.is_cap(i)
        && !ctx.on_caps_line(i)
        && !ctx.is_function_word(i)
        && !is_other(ctx, i)
        && !ctx.in_place(i)
        && !is_caption_label(ctx, i)
}

fn is_caption_label(ctx: &Ctx, i: usize) -> bool {
    caption_label(|k| (k < ctx.len()).then(|| ctx.text(k)), i)
}

/// Words that belong to other kinds of names.
fn is_other(ctx: &Ctx, i: usize) -> bool {
    ctx.place_at(i)
        .is_some_and(|m| m.kind == Kind::Country || m.end_token > i + 1)
        || ctx.is(i, Kind::Title)
        || ctx.is(i, Kind::OrgHead)
        || ctx.is(i, Kind::Demonym)
        || ctx.is(i, Kind::Honorific)
        || ctx.is(i, Kind::Agency)
        || (ctx.is_all_caps(i) && !initials(ctx, i))
}

/// One past the last token of the name starting at `i`: capitalised words, particles
/// ("van der"), hyphenated parts ("Jean-Pierre") and initials ("George W. Bush"); at most
/// five words.
fn run_end(ctx: &Ctx, i: usize) -> usize {
    let mut end = i + 1;
    let mut words = 1;
    loop {
        if end >= ctx.len() || !ctx.same_sentence(i, end) || words >= 5 {
            return end;
        }
        let t = ctx.text(end);
        if t == "." && initials(ctx, end - 1) && ctx.joined(end - 1) && ctx.is_cap(end + 1) {
            end += 1;
        } else if matches!(t, "\"" | "“" | "'" | "‘")
            && end + 3 < ctx.len()
            && ctx.is_cap(end + 1)
            && matches!(ctx.text(end + 2), "\"" | "”" | "'" | "’")
            && ctx.is_cap(end + 3)
            && ctx.same_sentence(i, end + 3)
        {
            // A nickname in quote marks between the names: Richard "Tex" Coe.
            end += 3;
            words += 1;
        } else if matches!(t, "-" | "‑") && ctx.joined(end - 1) && ctx.joined(end) && ctx.is_word(end + 1) {
            // "Jean-Pierre", "Chan Tai-man", "Ho Ka-yan".
            end += 2;
            words += 1;
        } else if PARTICLES.contains(t) {
            let mut j = end;
            // "van der Leyen", "al-Amr".
            while j < ctx.len()
                && (PARTICLES.contains(ctx.text(j))
                    || (ctx.text(j) == "-" && ctx.joined(j - 1) && ctx.joined(j)))
            {
                j += 1;
            }
            if !ctx.is_cap(j) || is_other(ctx, j) {
                return end;
            }
            end = j + 1;
            words += 1;
        } else if (ctx.is_cap(end) || elided_particle(t))
            && !is_other(ctx, end)
            && (!ctx.is_function_word(end) || function_word_surname(ctx, end, words))
            && !is_caption_label(ctx, end)
            // A day name ends a name: "Mr. Chavez Thursday accused …".
            && !WEEKDAYS.contains(&ctx.text(end))
            // A given name after two or more other words starts a new name: "… National
            // Defence Loreta Maskaliovienė" (many surnames are given names somewhere, so one
            // word before it is not enough: "Karim Dawar").
            && (words < 2
                || !ctx.is(end, Kind::GivenName)
                || (i..end).any(|k| ctx.is(k, Kind::GivenName))
                // "L. Ron Vale": a given name after an initial goes on with it.
                || initials(ctx, end - 2) && ctx.text(end - 1) == ".")
        {
            end += 1;
            words += 1;
        } else {
            return end;
        }
    }
}

/// Letters after a name ("FRS", "QC", "OBE"): two to five capitals, not a Roman numeral
/// ("Keating IV"). No part of the name; the rules reading a clause step over them.
pub fn is_postnominal(word: &str) -> bool {
    (2..=5).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && !word.bytes().all(|b| b"IVXLCDM".contains(&b))
}

/// Token `i` is a person's initials ("L. Ron Vale", "K.C. Dunn"): before a period and a
/// capitalised word that is no role ("U.N. Secretary-General") and known to no list ("U.S").
fn initials(ctx: &Ctx, i: usize) -> bool {
    is_initials(ctx.text(i))
        && ctx.entries_at(i).next().is_none()
        && i + 2 < ctx.len()
        && ctx.text(i + 1) == "."
        && ctx.is_cap(i + 2)
        && !ctx.is(i + 2, Kind::Title)
        && !ctx.is(i + 2, Kind::RoleNoun)
}

/// "d'Ettorre", "dell'Utri": a lower-case particle elided onto a capitalised surname, one token.
fn elided_particle(word: &str) -> bool {
    // Most words asked about have no apostrophe: found by their bytes ("’" starts with 0xE2)
    // before the search for either character, which decodes every character.
    if !word.bytes().any(|b| b == b'\'' || b == 0xE2) {
        return false;
    }
    let Some((particle, rest)) = word.split_once(['\'', '’']) else {
        return false;
    };
    (1..=4).contains(&particle.len())
        && particle.bytes().all(|b| b.is_ascii_lowercase())
        && rest.starts_with(char::is_uppercase)
}

/// "councillor Ann On was elected": a surname spelt like a function word ("Or", "On", "So"),
/// capitalised mid-sentence right after a given name and before a lower-case word (a headline
/// in title case capitalises the next word too).
fn function_word_surname(ctx: &Ctx, i: usize, words: usize) -> bool {
    words == 1
        && ctx.is(i - 1, Kind::GivenName)
        && ctx.text(i).len() <= 3
        && i + 1 < ctx.len()
        && ctx.same_sentence(i, i + 1)
        && ctx.is_word(i + 1)
        && ctx.text(i + 1).starts_with(|c: char| c.is_lowercase())
}

/// Where the titles proposed so far start and end: one bit per byte offset of the text up to
/// the last title's end, each set where a title starts or ends (a cue asks a few times a name,
/// where a binary search of a long article's titles took a dozen steps).
struct TitleEdges {
    starts: Vec<u64>,
    ends: Vec<u64>,
}

impl TitleEdges {
    fn new(titles: impl Iterator<Item = Span> + Clone) -> Self {
        let words = titles.clone().map(|s| s.end / 64 + 1).max().unwrap_or(0);
        let (mut starts, mut ends) = (vec![0; words], vec![0; words]);
        for s in titles {
            starts[s.start / 64] |= 1 << (s.start % 64);
            ends[s.end / 64] |= 1 << (s.end % 64);
        }
        TitleEdges { starts, ends }
    }

    /// Whether a title starts at byte `b`.
    fn starts_at(&self, b: usize) -> bool {
        self.starts.get(b / 64).is_some_and(|w| w & 1 << (b % 64) != 0)
    }

    /// Whether a title ends at byte `b`.
    fn ends_at(&self, b: usize) -> bool {
        self.ends.get(b / 64).is_some_and(|w| w & 1 << (b % 64) != 0)
    }
}

/// How sure a cue makes us that tokens `first..end` name a person.
fn cue(ctx: &Ctx, first: usize, end: usize, words: usize, titles: &TitleEdges) -> Option<f32> {
    let title_ends = |b: usize| titles.ends_at(b);
    let title_starts = |b: usize| titles.starts_at(b);
    let prev = |k: usize| first.checked_sub(k).filter(|&p| ctx.same_sentence(p, first));
    // "Mr Blair", "Sen. John Kerry", "Dr. Roe".
    let honorific = match prev(1) {
        Some(p) if ctx.text(p) == "." => prev(2).is_some_and(|q| ctx.is(q, Kind::Honorific)),
        Some(p) => ctx.is(p, Kind::Honorific),
        None => false,
    };
    if honorific {
        return Some(0.95);
    }
    if title_ends(ctx.start(first)) || prev(1).is_some_and(|p| title_ends(ctx.end(p))) {
        return Some(0.9);
    }
    // "an analyst at Morgan Stanley": people are not where one is "at".
    let given = ctx.is(first, Kind::GivenName) && prev(1).is_none_or(|p| ctx.text(p) != "at");
    if given && words >= 2 {
        return Some(0.88);
    }
    if words < 2 || ctx.place_at(first).is_some() {
        return None;
    }
    let next = |k: usize| Some(end + k).filter(|&n| n < ctx.len() && ctx.same_sentence(first, n));
    let next_text = |k: usize| next(k).map_or("", |n| ctx.text(n));
    let speech_after =
        speech::is_finite_cue(next_text(0)) || (next_text(0) == "," && speech::is_finite_cue(next_text(1)));
    let speech_before = prev(1).is_some_and(|p| speech::is_finite_cue(ctx.text(p)));
    let age = next_text(0) == ","
        && next(1).is_some_and(|n| ctx.doc.tokens[n].kind == TokenKind::Number)
        && next_text(2) == ",";
    // "John Kerry (D-Mass.)", "Bill Frist, R-Tenn.,".
    let party =
        matches!(next_text(0), "(" | ",") && matches!(next_text(1), "D" | "R" | "I") && next_text(2) == "-";
    // "Mark Dunn ( Norway ) beat …": an athlete's country in brackets after a full name, as
    // results lists write it (a club's one-word name is left to the team rules).
    let nationality = next_text(0) == "("
        && next(1).is_some_and(|n| ctx.is(n, Kind::Country) || ctx.is(n, Kind::Demonym))
        && next_text(2) == ")";
    // "Kenji Wakamiya, Senior Adviser to …": a title in apposition.
    let appositive = next_text(0) == ","
        && next(1).is_some_and(|n| {
            let n = if matches!(ctx.text(n), "a" | "an" | "the") {
                n + 1
            } else {
                n
            };
            n < ctx.len() && title_starts(ctx.start(n))
        });
    if speech_after || speech_before || age || party || nationality || appositive {
        // "K.C. Dunn said": initials before a surname are a person's, more than a weak cue says
        // (the tagger read such a run as a club's, "A.C. Milan", and outranked it).
        return Some(if initials(ctx, first) { WEAK_CUE } else { 0.86 });
    }
    None
}

/// Every other mention of a found person's surname ("Maskaliovienė said", "von der Leyen
/// said", "OKELLO UPSETS …" in a headline in capitals), also where a gazetteer sees a place: the
/// article's own full name is better evidence.
fn surnames(ctx: &Ctx, found: &[(usize, usize)], out: &mut Vec<Candidate>) {
    let surnames: Vec<(usize, usize)> = found
        .iter()
        .map(|&(a, b)| {
            (
                (a + 1..b)
                    .find(|&k| PARTICLES.contains(ctx.text(k)))
                    .unwrap_or(b - 1),
                b,
            )
        })
        .filter(|&(first, b)| ctx.doc.text[ctx.start(first)..ctx.end(b - 1)].chars().count() > 1)
        .collect();
    let mut inside = found.iter().peekable();
    for (i, end) in every_use(ctx, &surnames) {
        while inside.peek().is_some_and(|&&(_, b)| b <= i) {
            inside.next();
        }
        if inside.peek().is_none_or(|&&(a, _)| a > i) {
            out.push(person(ctx, i, end, 0.87, "surname"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::analyse;

    fn people(text: &str) -> Vec<&str> {
        let doc = analyse(text);
        let mut out = Vec::new();
        propose(&Ctx::new(&doc), &mut out);
        out.iter().map(|c| c.span.text(text)).collect()
    }

    #[test]
    fn caption_labels_and_role_nouns_are_not_part_of_names() {
        assert_eq!(people("A tweet to Jane Roe Image: Agency."), ["Jane Roe"]);
        assert_eq!(people("Even Administrator Roe stated as much."), ["Roe"]);
        assert_eq!(people("Photographer Tom Halden said so."), ["Tom Halden"]);
        assert_eq!(people("Hunter Smith said so."), ["Hunter Smith"]);
    }

    #[test]
    fn a_surname_is_the_person_everywhere_even_shouted() {
        assert_eq!(
            people("TENNIS - OKELLO UPSETS SEED .\nDavid Okello won. Later Okello and Ursula von der Leyen met; von der Leyen said so."),
            ["David Okello", "Ursula von der Leyen", "OKELLO", "Okello", "von der Leyen"]
        );
    }

    #[test]
    fn surnames_spelt_like_particles_or_function_words_stay_in_the_name() {
        assert_eq!(
            people("It was run by Prof. Anna d'Varelli in Rome."),
            ["Anna d'Varelli"]
        );
        assert_eq!(people("The councillor Ann On was elected."), ["Ann On"]);
        // Before a capitalised word the function word is itself ("On Tuesday").
        let ann = crate::annotate("The councillor Ann On Tuesday was elected.");
        let names: Vec<&str> = ann
            .entities
            .iter()
            .filter(|e| e.label == Label::Person)
            .map(|e| e.text.as_str())
            .collect();
        assert_eq!(names, ["Ann"]);
    }

    #[test]
    fn honours_after_a_name_are_postnominal_letters_but_numerals_are_not() {
        assert!(super::is_postnominal("FRS") && super::is_postnominal("QC"));
        assert!(
            !super::is_postnominal("IV") && !super::is_postnominal("Vale") && !super::is_postnominal("A")
        );
    }

    #[test]
    fn initials_open_a_name_before_a_given_name() {
        assert_eq!(people("Then L. Ron Vale said so."), ["L. Ron Vale"]);
        assert_eq!(people("The payment, said K.C. Dunn, was late."), ["K.C. Dunn"]);
    }

    #[test]
    fn a_nickname_in_quote_marks_is_inside_the_name() {
        assert_eq!(
            people("Brig. Gen. Richard \"Tex\" Coe and Ann “Red” Lee met."),
            ["Richard \"Tex\" Coe", "Ann “Red” Lee"]
        );
    }

    #[test]
    fn a_full_name_with_its_country_in_brackets_is_an_athlete() {
        assert_eq!(
            people("1 - Mark Dunn ( Norway ) beat Tom Vale ( Sweden ) 6-3 6-4\nResults of the final"),
            ["Mark Dunn", "Tom Vale"]
        );
    }

    #[test]
    fn a_day_ends_a_name() {
        assert_eq!(people("Mr. Chavez Thursday accused them."), ["Chavez"]);
        assert_eq!(people("Mr. Hugo Chavez accused them."), ["Hugo Chavez"]);
    }
}
