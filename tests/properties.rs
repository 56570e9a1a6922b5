//! Property tests: on arbitrary Unicode mixed with news-like text (so entities and facts do
//! appear), every span is exact in bytes, code points and UTF-16, entities are sorted and
//! disjoint, a neutral prefix shifts every span by exactly its length, and annotate is
//! deterministic. The checks themselves live in tests/invariants (shared with fuzz/).

mod invariants;

use factlens::{annotate, annotate_in, OffsetUnit};
use invariants::{check_annotation, check_tokens, spans};
use proptest::prelude::*;

/// Pieces a hostile or unlucky paste is made of.
fn awkward() -> impl Strategy<Value = String> {
    let fixed = pieces(&[
        // Emoji: ZWJ family, skin tone, flag, keycap, variation selector.
        "👩‍👩‍👧‍👦",
        "👍🏽",
        "🇱🇹🇯🇵",
        "1️⃣",
        "❤\u{FE0F}",
        // Combining marks, decomposed accents, zalgo.
        "Sakalien\u{0117}\u{0301}",
        "e\u{301}\u{302}\u{303}",
        "Z\u{337}\u{322}\u{353}a\u{336}",
        // Right-to-left scripts and bidi controls.
        "القاهرة",
        "ירושלים",
        "\u{202E}Tokyo\u{202C}",
        "\u{200F}",
        // CJK without spaces.
        "東京都で会談した。",
        "서울",
        // NUL, controls, odd line ends, invisible characters.
        "\0",
        "\u{7}\u{1b}[31m",
        "\r",
        "\r\n",
        "\u{2028}",
        "\u{FEFF}",
        "\u{AD}",
        "\u{200B}",
        "ﬁﬂ",
        "\u{FFFD}",
        // Astral letters (two UTF-16 units each) and a very long word.
        "𝒯𝓸𝓀𝓎𝓸",
    ]);
    prop_oneof![
        3 => fixed,
        1 => "[a-zA-Z]{200,2000}",
        1 => any::<char>().prop_map(String::from),
        1 => ".{1,8}",
    ]
}

/// News-like pieces, so recognisers and fact rules actually fire.
fn news() -> impl Strategy<Value = String> {
    prop_oneof![
        5 => pieces(&[
        "Tokyo",
        "Lithuania",
        "Lithuania’s",
        "Japan",
        "BAKU, Azerbaijan, June 12.",
        "Reuters",
        "Trend reports",
        "Vice Minister of National Defence Loreta Maskaliovienė",
        "Ministry of National Defence of the Republic of Lithuania",
        "the North Atlantic Treaty Organization (NATO)",
        "Dr. Kenji",
        "Mr. Smith",
        "said",
        "the",
        "“We won,” she said.",
        "\"Cooperation matters\"",
        "From June 8 to 10,",
        "2025-06-12",
        "date 2025-06-12",
        "around 20",
        "1,200",
        "3.5%",
        "Lithuanian",
        "Indo-Pacific",
        "U.S.",
        ]),
        1 => "[A-Z][a-z]{1,9}",
    ]
}

fn separator() -> impl Strategy<Value = String> {
    pieces(&[
        " ", " ", " ", " ", "", ", ", ". ", "\n", "\n\n", "\r\n", "\t", " — ",
    ])
}

/// One of `items`, literally (a `&str` strategy would be a regex).
fn pieces(items: &[&'static str]) -> impl Strategy<Value = String> {
    prop::sample::select(items.to_vec()).prop_map(String::from)
}

/// An article: news pieces and awkward pieces joined by separators.
fn article() -> impl Strategy<Value = String> {
    let piece = prop_oneof![3 => news(), 2 => awkward()];
    prop::collection::vec((piece, separator()), 0..48)
        .prop_map(|parts| parts.into_iter().map(|(p, s)| p + &s).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn spans_are_exact_in_every_unit(text in article()) {
        check_annotation(&text);
    }

    #[test]
    fn tokens_are_ordered_disjoint_and_exact(text in article()) {
        check_tokens(&text);
    }

    #[test]
    fn annotate_is_deterministic(text in article()) {
        prop_assert_eq!(annotate(&text), annotate(&text));
    }

    /// The article itself against the article after a paragraph: its entities move by exactly
    /// the prefix and are otherwise the same.
    #[test]
    fn entities_after_a_paragraph_break_shift_by_the_prefix(text in article()) {
        let prefix = "x\n\n";
        let plain = annotate(&text);
        let prefixed = annotate(&format!("{prefix}{text}"));
        let moved: Vec<_> = plain.entities.iter().map(|e| (e.start + prefix.len(), e.end + prefix.len(), e.label)).collect();
        let got: Vec<_> = prefixed.entities.iter().map(|e| (e.start, e.end, e.label)).collect();
        prop_assert_eq!(moved, got);
    }
}

proptest! {
    // Three or six annotations per case: fewer cases keep `cargo test` quick.
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn lossy_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..1024)) {
        check_annotation(&String::from_utf8_lossy(&bytes));
    }

    /// Two prefixes the analysis cannot tell apart (one lowercase word on its own paragraph:
    /// not a dateline, not a date line, not an entity) but of different lengths in every unit:
    /// every span of the article moves by exactly the difference.
    #[test]
    fn a_neutral_prefix_shifts_every_span_by_its_length(text in article()) {
        let short = "x\n\n";
        let long = "𝓍é\n\n"; // 6 bytes, 2 code points, 3 UTF-16 units before the break
        for unit in [OffsetUnit::Bytes, OffsetUnit::Codepoints, OffsetUnit::Utf16] {
            let len = |s: &str| match unit {
                OffsetUnit::Bytes => s.len(),
                OffsetUnit::Codepoints => s.chars().count(),
                OffsetUnit::Utf16 => s.encode_utf16().count(),
            };
            let shift = len(long) - len(short);
            let a = annotate_in(&format!("{short}{text}"), unit);
            let b = annotate_in(&format!("{long}{text}"), unit);
            let shifted: Vec<_> = spans(&a).into_iter().map(|(p, s, e)| (p, s + shift, e + shift)).collect();
            prop_assert_eq!(shifted, spans(&b), "{:?}", unit);
            let texts = |ann: &factlens::Annotation| ann.entities.iter().map(|e| (e.label, e.text.clone())).collect::<Vec<_>>();
            prop_assert_eq!(texts(&a), texts(&b));
        }
    }
}

proptest! {
    // Each case is 100 KB; a few are enough to find quadratic or recursive behaviour.
    #![proptest_config(ProptestConfig::with_cases(3))]

    #[test]
    fn a_hundred_kilobytes_without_spaces(unit in prop_oneof![
        pieces(&["Tokyo", "a", "😀", "東京", "e\u{301}", "A.", "“", "1,"]), awkward(),
    ], mix in news()) {
        let mut text = String::with_capacity(100_000 + unit.len());
        while text.len() < 100_000 {
            text.push_str(&unit);
            if text.len() % 7 == 0 {
                text.push_str(&mix.replace(' ', ""));
            }
        }
        check_annotation(&text);
        check_tokens(&text);
    }
}

/// Inputs the fuzzer found panicking, kept as cases. Each ends inside a phrase a rule reads
/// on past the text's end.
#[test]
fn fuzz_regressions_annotate_cleanly() {
    for text in [
        // A title's complement running into a capitalised word at the very end (titles::body_noun).
        "Kenji Wakamiya, Senior Adviser to the Minis",
        // A full name with a bracket at the very end (teams' athlete check).
        "Results: Halden beat Mark Dunn (",
    ] {
        check_annotation(text);
        check_tokens(text);
    }
}
