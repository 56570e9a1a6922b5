//! The seed article's fact checks, natively: the `facts` part of
//! `tests/fixtures/seed-article.gold.json` checked as `check-gold.py` checks it (names compared
//! case-folded, without a leading "the", with typographic apostrophes and dashes folded), so
//! `cargo test` fails where the shared scorer would.

use factlens::{annotate_in, OffsetUnit};
use serde_json::Value;

fn norm(s: Option<&str>) -> String {
    let s = s
        .unwrap_or("")
        .trim()
        .to_lowercase()
        .replace('’', "'")
        .replace(['–', '—'], "-");
    let s = s.strip_prefix("the ").unwrap_or(&s);
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

fn list<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key).and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

#[test]
fn seed_article_fact_checks_pass() {
    let gold: Value =
        serde_json::from_str(&std::fs::read_to_string("tests/fixtures/seed-article.gold.json").unwrap())
            .unwrap();
    let text = std::fs::read_to_string("tests/fixtures/seed-article.txt").unwrap();
    let ann = serde_json::to_value(annotate_in(&text, OffsetUnit::Codepoints)).unwrap();
    let (gf, facts, doc) = (&gold["facts"], &ann["facts"], &ann["document"]);
    let mut fails: Vec<String> = Vec::new();
    let mut check = |ok: bool, msg: String| {
        if !ok {
            fails.push(msg);
        }
    };

    let gdoc = &gf["document"];
    check(
        doc["date"] == gdoc["date"],
        format!("document.date {} != {}", doc["date"], gdoc["date"]),
    );
    check(
        norm(str_of(&doc["dateline"], "place")) == norm(str_of(&gdoc["dateline"], "place")),
        format!("dateline.place {}", doc["dateline"]),
    );
    check(
        doc["dateline"]["date"] == gdoc["dateline"]["date"],
        format!("dateline.date {}", doc["dateline"]),
    );
    check(
        norm(str_of(doc, "source")) == norm(str_of(gdoc, "source")),
        format!("source {}", doc["source"]),
    );

    let quotes = list(facts, "quotes");
    let people = list(facts, "people");
    for gp in list(gf, "people") {
        let name = norm(str_of(gp, "name"));
        let Some(p) = people.iter().find(|p| norm(str_of(p, "name")) == name) else {
            check(false, format!("person {name:?} missing"));
            continue;
        };
        for gr in list(gp, "roles") {
            let title = norm(str_of(gr, "title"));
            let Some(r) = list(p, "roles")
                .iter()
                .find(|r| norm(str_of(r, "title")) == title)
            else {
                check(false, format!("{name}: role {title:?} missing: {}", p["roles"]));
                continue;
            };
            for key in ["country", "organization"] {
                if gr.get(key).is_some() {
                    check(
                        norm(str_of(r, key)) == norm(str_of(gr, key)),
                        format!("{name}: role {key} {} != {}", r[key], gr[key]),
                    );
                }
            }
        }
        if let Some(m) = gp.get("mentions").and_then(Value::as_array) {
            let got = list(p, "mentions").len();
            check(
                got >= m.len(),
                format!("{name}: {got} mentions, want at least {}", m.len()),
            );
        }
        if let Some(n) = gp.get("quotes").and_then(Value::as_u64) {
            let got = quotes
                .iter()
                .filter(|q| norm(str_of(q, "speaker")) == name)
                .count() as u64;
            check(got == n, format!("{name}: {got} quotes, want {n}"));
        }
    }
    let expected: Vec<String> = list(gf, "people")
        .iter()
        .map(|p| norm(str_of(p, "name")))
        .collect();
    for p in people {
        let name = norm(str_of(p, "name"));
        check(
            expected.contains(&name),
            format!("person {name:?} is not in the article's gold"),
        );
    }

    for ga in list(gf, "acronyms") {
        let found = list(facts, "acronyms").iter().any(|a| {
            norm(str_of(a, "short")) == norm(str_of(ga, "short"))
                && norm(str_of(a, "long")) == norm(str_of(ga, "long"))
        });
        check(found, format!("acronym {ga} missing"));
    }
    for gd in list(gf, "dates") {
        let Some(d) = list(facts, "dates").iter().find(|d| d["text"] == gd["text"]) else {
            check(false, format!("date {} missing", gd["text"]));
            continue;
        };
        for (g, s) in [("value", "value"), ("start", "from"), ("end", "to")] {
            if gd.get(g).is_some() {
                check(
                    d[s] == gd[g],
                    format!("date {}: {s} {} != {}", gd["text"], d[s], gd[g]),
                );
            }
        }
    }
    for ge in list(gf, "events") {
        let name = norm(str_of(ge, "name"));
        let found = list(facts, "events")
            .iter()
            .find(|e| norm(str_of(e, "name")) == name);
        check(
            found.is_some_and(|e| norm(str_of(e, "place")) == norm(str_of(ge, "place"))),
            format!("event {name:?} with place {}: {found:?}", ge["place"]),
        );
    }
    for gq in list(gf, "quotes") {
        let start = str_of(gq, "starts_with").unwrap();
        let found = quotes.iter().find(|q| {
            str_of(q, "text")
                .unwrap_or("")
                .trim_start_matches(['“', '"', '\'', ' '])
                .starts_with(start)
        });
        check(
            found.is_some_and(|q| norm(str_of(q, "speaker")) == norm(str_of(gq, "speaker"))),
            format!("quote {start:?} to {}: {found:?}", gq["speaker"]),
        );
    }
    for nq in list(gf, "not_quotes") {
        let nq = nq.as_str().unwrap();
        check(
            !quotes
                .iter()
                .any(|q| str_of(q, "text").unwrap_or("").contains(nq)),
            format!("{nq:?} is not speech"),
        );
    }
    assert!(
        fails.is_empty(),
        "seed article fact checks failing:\n{}",
        fails.join("\n")
    );
}
