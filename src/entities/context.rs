//! Per-token facts every recogniser asks about: capitalisation, headline lines, sentence
//! starts and which lexicon entries begin at a token. Built once per document.

use crate::lexicon::{Kind, LexMatch};
use crate::types::{Doc, Span, TokenKind};

pub struct Ctx<'d, 'a> {
    pub doc: &'d Doc<'a>,
    pub lex: &'d [LexMatch],
    /// Indices into `lex` of the entries starting at each token, longest first.
    by_start: Vec<Vec<usize>>,
    /// Token lies on a line written in capitals (a headline or a dateline).
    caps_line: Vec<bool>,
    /// Token is inside (not the first word of) a multi-word place: "Angeles" in "Los Angeles".
    place_inner: Vec<bool>,
}

/// Function words that start sentences in capitals without being part of a name.
const FUNCTION_WORDS: &[&str] = &[
    "A",
    "An",
    "The",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "In",
    "On",
    "At",
    "By",
    "For",
    "From",
    "With",
    "Without",
    "During",
    "After",
    "Before",
    "Since",
    "Until",
    "As",
    "Of",
    "To",
    "And",
    "But",
    "Or",
    "If",
    "When",
    "While",
    "Where",
    "Why",
    "How",
    "What",
    "Who",
    "Which",
    "There",
    "Here",
    "Then",
    "Now",
    "Also",
    "Yet",
    "So",
    "Although",
    "Though",
    "Because",
    "Despite",
    "Under",
    "Over",
    "About",
    "Among",
    "Between",
    "Both",
    "Each",
    "Every",
    "Some",
    "Many",
    "Most",
    "All",
    "No",
    "Not",
    "One",
    "Other",
    "Another",
    "Such",
    "Speaking",
    "According",
    "Meanwhile",
    "However",
    "Earlier",
    "Later",
    "Last",
    "Next",
    "Today",
    "Yesterday",
    "Tomorrow",
];

impl<'d, 'a> Ctx<'d, 'a> {
    pub fn new(doc: &'d Doc<'a>, lex: &'d [LexMatch]) -> Self {
        let n = doc.tokens.len();
        let mut by_start = vec![Vec::new(); n];
        for (k, m) in lex.iter().enumerate() {
            if m.first_token < n {
                by_start[m.first_token].push(k);
            }
        }
        for list in &mut by_start {
            list.sort_by_key(|&k| std::cmp::Reverse(lex[k].end_token));
        }
        let mut place_inner = vec![false; n];
        for m in lex.iter().filter(|m| is_place(m.entry.kind)) {
            for x in place_inner
                .iter_mut()
                .take(m.end_token.min(n))
                .skip(m.first_token + 1)
            {
                *x = true;
            }
        }
        Ctx {
            place_inner,
            doc,
            lex,
            by_start,
            caps_line: caps_lines(doc),
        }
    }

    pub fn len(&self) -> usize {
        self.doc.tokens.len()
    }

    pub fn text(&self, i: usize) -> &'a str {
        self.doc.token_text(i)
    }

    pub fn start(&self, i: usize) -> usize {
        self.doc.tokens[i].span.start
    }

    pub fn end(&self, i: usize) -> usize {
        self.doc.tokens[i].span.end
    }

    pub fn is_word(&self, i: usize) -> bool {
        i < self.len() && self.doc.tokens[i].kind == TokenKind::Word
    }

    /// Starts with a capital letter ("Lithuania", "BAKU", "McDonald").
    pub fn is_cap(&self, i: usize) -> bool {
        self.is_word(i) && self.text(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Two or more letters, all capitals ("ATLA", "BAKU"; caseless scripts are not capitals).
    /// One pass that stops at the first lower-case letter: asked of every token.
    pub fn is_all_caps(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let (mut letters, mut upper) = (0, false);
        for c in self.text(i).chars() {
            if c.is_lowercase() {
                return false;
            }
            letters += usize::from(c.is_alphabetic());
            upper |= c.is_uppercase();
        }
        letters >= 2 && upper
    }

    pub fn on_caps_line(&self, i: usize) -> bool {
        self.caps_line.get(i).copied().unwrap_or(false)
    }

    /// Inside a multi-word place name, after its first word.
    pub fn in_place(&self, i: usize) -> bool {
        self.place_inner.get(i).copied().unwrap_or(false)
    }

    /// A capitalised function word: "The", "During", "He".
    pub fn is_function_word(&self, i: usize) -> bool {
        i < self.len() && FUNCTION_WORDS.contains(&self.text(i))
    }

    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        b < self.len() && self.doc.tokens[a].sentence == self.doc.tokens[b].sentence
    }

    /// No whitespace between tokens `i` and `i + 1`.
    pub fn joined(&self, i: usize) -> bool {
        i + 1 < self.len() && self.end(i) == self.start(i + 1)
    }

    /// The longest entry of `kind` starting at token `i`.
    pub fn entry_at(&self, i: usize, kind: Kind) -> Option<&'d LexMatch> {
        let lex = self.lex;
        self.by_start
            .get(i)?
            .iter()
            .map(|&k| &lex[k])
            .find(|m| m.entry.kind == kind)
    }

    /// Every entry starting at token `i`, longest first.
    pub fn entries_at(&self, i: usize) -> impl Iterator<Item = &'d LexMatch> + '_ {
        let lex = self.lex;
        self.by_start.get(i).into_iter().flatten().map(move |&k| &lex[k])
    }

    /// Token `i` is, on its own, an entry of `kind`.
    pub fn is(&self, i: usize, kind: Kind) -> bool {
        self.entry_at(i, kind).is_some_and(|m| m.end_token == i + 1)
            || self
                .entries_at(i)
                .any(|m| m.entry.kind == kind && m.end_token == i + 1)
    }

    /// Per token: lies wholly inside one of `spans`. Linear in the tokens the spans cover,
    /// where asking every span about every token would be quadratic on long articles.
    pub fn inside(&self, spans: impl IntoIterator<Item = Span>) -> Vec<bool> {
        let mut mask = vec![false; self.len()];
        for s in spans {
            let first = self.doc.tokens.partition_point(|t| t.span.start < s.start);
            for covered in (first..self.len()).take_while(|&i| self.end(i) <= s.end) {
                mask[covered] = true;
            }
        }
        mask
    }

    /// A place of any kind starts at `i` (country, city, region).
    pub fn place_at(&self, i: usize) -> Option<&'d LexMatch> {
        self.entries_at(i).find(|m| is_place(m.entry.kind))
    }
}

fn is_place(kind: Kind) -> bool {
    matches!(kind, Kind::Country | Kind::City | Kind::State | Kind::Region)
}

/// Lines with at least two words, none of which has a lower-case letter (headlines, datelines).
fn caps_lines(doc: &Doc) -> Vec<bool> {
    let mut out = vec![false; doc.tokens.len()];
    let mut i = 0;
    while i < doc.tokens.len() {
        let mut j = i + 1;
        while j < doc.tokens.len()
            && !doc.text[doc.tokens[j - 1].span.end..doc.tokens[j].span.start].contains('\n')
        {
            j += 1;
        }
        let words: Vec<&str> = (i..j)
            .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
            .map(|k| doc.token_text(k))
            .collect();
        let caps = words.len() >= 2
            && words
                .iter()
                .all(|w| !w.chars().any(char::is_lowercase) || w.starts_with(['\'', '’']));
        out[i..j].iter_mut().for_each(|x| *x = caps);
        i = j;
    }
    out
}
