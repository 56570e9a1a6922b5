//! The evaluation and training corpora of `../shared/data` (GMB and GUM; README there) as raw
//! text with gold entity spans in bytes, so every system is scored on the text a reader pastes.
//!
//! GMB has only tokens: the text is rebuilt with ordinary English spacing (no space before
//! `,` `.` `'s` `n't`, none inside brackets or quotes), one sentence per example because the
//! extract lost its document boundaries. GUM comes with its own raw text and code-point offsets
//! (`gum/gum_standoff.jsonl`), one document per example.

use std::path::{Path, PathBuf};

use crate::types::{Label, Span};

/// One text with its gold entities (byte spans, sorted, non-overlapping).
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub id: String,
    pub text: String,
    pub gold: Vec<(Span, Label)>,
}

/// GUM genres whose texts and annotations are CC BY (bio and voyage are CC BY-SA: left out).
pub const GUM_GENRES: &[&str] = &["news", "interview", "academic", "court"];

/// The corpus directory, or a message saying where it was expected and how to get it.
pub fn data_dir(path: &Path) -> Result<PathBuf, String> {
    let probe = path.join("gmb/dev.tsv");
    if probe.is_file() && path.join("gum/gum_standoff.jsonl").is_file() {
        Ok(path.to_path_buf())
    } else {
        Err(format!(
            "corpora not found under {} (expected gmb/dev.tsv and gum/gum_standoff.jsonl): \
             the GMB/GUM conversion lives in ../shared/data beside the clone; pass --data DIR",
            path.display()
        ))
    }
}

/// Reads a GMB token file (`token<TAB>pos<TAB>BIO`), one example per sentence.
pub fn read_gmb(path: &Path) -> Result<Vec<Example>, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut out = Vec::new();
    let mut sentence: Vec<(&str, &str)> = Vec::new();
    for line in data.lines().chain(std::iter::once("")) {
        if line.is_empty() {
            if !sentence.is_empty() {
                let id = format!("{}#{}", path.display(), out.len() + 1);
                out.push(from_tokens(id, &sentence));
                sentence.clear();
            }
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(token), Some(_pos), Some(tag)) = (cols.next(), cols.next(), cols.next()) else {
            return Err(format!("{}: malformed line {line:?}", path.display()));
        };
        sentence.push((token, tag));
    }
    Ok(out)
}

/// Rebuilds a sentence's text from `(token, BIO tag)` pairs; gold spans follow the tokens.
pub fn from_tokens(id: String, tokens: &[(&str, &str)]) -> Example {
    let mut text = String::new();
    let mut gold = Vec::new();
    let mut open: Option<(usize, Label, usize)> = None; // (start, label, end so far)
    let mut quote_open = false;
    let mut glue_next = false;
    for &(token, tag) in tokens {
        let closes_quote = token == "\"" && quote_open;
        let glue = glue_next
            || closes_quote
            || matches!(
                token,
                "," | "." | ";" | ":" | "!" | "?" | ")" | "%" | "'s" | "’s" | "n't" | "'" | "..."
            );
        if !text.is_empty() && !glue {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(token);
        let end = text.len();
        if token == "\"" {
            quote_open = !quote_open;
        }
        glue_next = matches!(token, "(" | "$") || (token == "\"" && quote_open);
        let (prefix, label) = match tag.split_once('-') {
            Some((p, l)) => (p, Label::parse(l)),
            None => ("O", None),
        };
        match (prefix, label, open.as_mut()) {
            ("I", Some(l), Some(o)) if o.1 == l => o.2 = end,
            (_, label, _) => {
                if let Some((s, l, e)) = open.take() {
                    gold.push((Span::new(s, e), l));
                }
                open = label.map(|l| (start, l, end));
            }
        }
    }
    if let Some((s, l, e)) = open {
        gold.push((Span::new(s, e), l));
    }
    Example { id, text, gold }
}

/// Reads the GUM documents of `genres` in `split` ("train", "dev", "test") from the standoff
/// file, converting its code-point offsets to bytes.
pub fn read_gum(path: &Path, genres: &[&str], split: &str) -> Result<Vec<Example>, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in data.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let bad = |what: &str| format!("{} line {}: {what}", path.display(), n + 1);
        let doc: serde_json::Value = serde_json::from_str(line).map_err(|e| bad(&e.to_string()))?;
        let field = |k: &str| doc.get(k).and_then(|v| v.as_str()).unwrap_or_default();
        if field("split") != split || !genres.contains(&field("genre")) {
            continue;
        }
        let text = field("text").to_string();
        // Byte offset of every code point, plus the end.
        let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
        let mut gold = Vec::new();
        for e in doc
            .get("entities")
            .and_then(|v| v.as_array())
            .ok_or_else(|| bad("no entities"))?
        {
            let num = |k: &str| e.get(k).and_then(|v| v.as_u64()).map(|v| v as usize);
            let (Some(s), Some(t)) = (num("start"), num("end")) else {
                return Err(bad("entity without start/end"));
            };
            let label = e.get("label").and_then(|v| v.as_str()).unwrap_or_default();
            let label = Label::parse(label).ok_or_else(|| bad(&format!("unknown label {label:?}")))?;
            let (Some(&s), Some(&t)) = (bytes.get(s), bytes.get(t)) else {
                return Err(bad("entity outside the text"));
            };
            gold.push((Span::new(s, t), label));
        }
        gold.sort_by_key(|g| g.0);
        out.push(Example {
            id: field("id").to_string(),
            text,
            gold,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rebuilds_text_and_spans_from_tokens() {
        let toks = [
            ("\"", "O"),
            ("Mr.", "O"),
            ("Ban", "B-PERSON"),
            ("Ki-moon", "I-PERSON"),
            ("'s", "O"),
            ("visit", "O"),
            ("(", "O"),
            ("New", "B-GPE"),
            ("York", "I-GPE"),
            (")", "O"),
            ("\"", "O"),
            ("ended", "O"),
            ("Tuesday", "B-DATE"),
            ("London", "B-GPE"),
            (".", "O"),
        ];
        let ex = from_tokens("t".into(), &toks);
        assert_eq!(
            ex.text,
            "\"Mr. Ban Ki-moon's visit (New York)\" ended Tuesday London."
        );
        let got: Vec<(&str, Label)> = ex.gold.iter().map(|(s, l)| (s.text(&ex.text), *l)).collect();
        assert_eq!(
            got,
            [
                ("Ban Ki-moon", Label::Person),
                ("New York", Label::Gpe),
                ("Tuesday", Label::Date),
                ("London", Label::Gpe)
            ]
        );
    }
}
