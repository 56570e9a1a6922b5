//! The WebAssembly boundary in headless Chromium: what JavaScript receives from `annotate`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).expect("property exists")
}

/// JavaScript's own `text.slice(start, end)` of each entity, next to its `text` field.
fn js_slices(text: &str, ann: &JsValue) -> Vec<(String, String, String)> {
    let js_text = js_sys::JsString::from(text);
    Array::from(&get(ann, "entities"))
        .iter()
        .map(|e| {
            let start = get(&e, "start").as_f64().expect("numeric start") as u32;
            let end = get(&e, "end").as_f64().expect("numeric end") as u32;
            let sliced: String = js_text.slice(start, end).into();
            (
                sliced,
                get(&e, "text").as_string().unwrap(),
                get(&e, "label").as_string().unwrap(),
            )
        })
        .collect()
}

#[wasm_bindgen_test]
fn utf16_offsets_slice_the_entity_text_after_emoji_and_diacritics() {
    let text = "😀😀 Lithuania’s Minister of National Defence, Dovilė Šakalienė, visited Japan 😀.";
    let ann = factlens::wasm_annotate(text.into(), JsValue::UNDEFINED).expect("annotate succeeds");
    assert_eq!(get(&ann, "offsets").as_string().as_deref(), Some("utf16"));
    let slices = js_slices(text, &ann);
    assert!(
        slices
            .iter()
            .any(|(s, _, l)| s == "Dovilė Šakalienė" && l == "PERSON"),
        "{slices:?}"
    );
    assert!(
        slices.iter().any(|(s, _, l)| s == "Japan" && l == "GPE"),
        "{slices:?}"
    );
    for (sliced, text, _) in &slices {
        assert_eq!(sliced, text);
    }
}

/// The objects JavaScript receives are the JSON the other surfaces write (`annotateAs`, serde_json),
/// including the fixed names serialised as unit variants (types.rs `fixed_name`).
#[wasm_bindgen_test]
fn javascript_objects_equal_the_json_export() {
    let seed = include_str!("fixtures/seed-article.txt");
    let ann = factlens::wasm_annotate(seed.into(), JsValue::UNDEFINED).expect("annotate succeeds");
    let objects: String = js_sys::JSON::stringify(&ann).expect("stringifies").into();
    let objects: serde_json::Value = serde_json::from_str(&objects).expect("JSON");
    let exported =
        factlens::annotate_as(JsValue::from_str(seed), "json", JsValue::UNDEFINED).expect("renders");
    let exported: serde_json::Value = serde_json::from_str(&exported).expect("JSON");
    assert_eq!(objects, exported);
    assert!(exported["facts"]["people"][0]["roles"][0]["evidence"][0]["rule"].is_string());
}

/// The objects `annotate` builds from its tape (src/wasm/tape.rs, tape.js) are serde-wasm-bindgen's
/// JSON-compatible ones: the same keys in the same order, the same values and types, on real
/// articles and on awkward text.
#[wasm_bindgen_test]
fn objects_from_the_tape_equal_serde_wasm_bindgen_s() {
    use serde::Serialize;
    let stringify = |v: &JsValue| -> String { js_sys::JSON::stringify(v).expect("stringifies").into() };
    let articles = include_str!("fixtures/real-news/docs.jsonl")
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|doc| doc["text"].as_str().map(str::to_owned));
    let awkward = [
        "",
        "😀 Dovilė Šakalienė, Lithuania’s minister, met النائب العام in Vilnius on 3 May.\r\n\"Yes,\" she said.",
        "<script>alert(1)</script> Barack Obama visited <b>Paris</b> on -0.5% growth, 1e309 times.",
    ];
    let mut compared = 0;
    for text in articles.chain(awkward.map(str::to_owned)) {
        let from_tape = factlens::wasm_annotate(text.as_str().into(), JsValue::UNDEFINED).expect("annotates");
        let reference = factlens::annotate_in(&text, factlens::OffsetUnit::Utf16)
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .expect("serializes");
        assert_eq!(stringify(&from_tape), stringify(&reference), "{:.80}", text);
        compared += 1;
    }
    assert!(compared > 20, "the real articles were read: {compared}");
}

#[wasm_bindgen_test]
fn empty_text_gives_an_empty_annotation() {
    let ann = factlens::wasm_annotate("".into(), JsValue::UNDEFINED).expect("annotate succeeds");
    assert_eq!(Array::from(&get(&ann, "entities")).length(), 0);
    assert_eq!(get(&ann, "schema").as_string().as_deref(), Some("factlens/1"));
}

#[wasm_bindgen_test]
fn anything_but_a_string_is_a_js_error_naming_its_type() {
    for (value, kind) in [
        (JsValue::UNDEFINED, "undefined"),
        (JsValue::NULL, "object"),
        (42.into(), "number"),
    ] {
        let err =
            JsValue::from(factlens::wasm_annotate(value, JsValue::UNDEFINED).expect_err("not a string"));
        assert!(err.is_instance_of::<js_sys::Error>());
        let message: String = js_sys::Error::from(err).message().into();
        assert!(message.ends_with(&format!("got {kind}")), "{message}");
    }
}

#[wasm_bindgen_test]
fn displacy_export_counts_code_points_as_python_does() {
    let text = "😀 Tokyo";
    let out =
        factlens::annotate_as(JsValue::from_str(text), "displacy", JsValue::UNDEFINED).expect("renders");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["ents"][0]["start"], 2, "{out}");
}

/// The optional article date resolves a yearless date; a bad one is a JS error, an empty one
/// (a cleared date field) is none.
#[wasm_bindgen_test]
fn the_article_date_argument_resolves_yearless_dates() {
    let text = "They met in Vilnius on June 8.";
    let value = |ann: &JsValue| {
        let dates = Array::from(&get(&get(ann, "facts"), "dates"));
        get(&dates.get(0), "value").as_string()
    };
    let ann = factlens::wasm_annotate(text.into(), "2023-06-15".into()).expect("annotate succeeds");
    assert_eq!(value(&ann).as_deref(), Some("2023-06-08"));
    for none in [JsValue::UNDEFINED, JsValue::NULL, "".into()] {
        let ann = factlens::wasm_annotate(text.into(), none).expect("annotate succeeds");
        assert_eq!(value(&ann), None);
    }
    for bad in [JsValue::from("15/06/2023"), 2023.into()] {
        let err = JsValue::from(factlens::wasm_annotate(text.into(), bad).expect_err("a bad date"));
        assert!(err.is_instance_of::<js_sys::Error>());
    }
    let jsonld = factlens::annotate_as(text.into(), "jsonld", "2023-06-15".into()).expect("renders");
    assert!(jsonld.contains("@graph"), "{jsonld}");
}

/// An export of the article just annotated renders the held annotation, identical to
/// annotating afresh in the format's unit, without annotating again; another article (or the
/// same one with another date) is annotated.
#[wasm_bindgen_test]
fn exports_of_the_article_just_annotated_do_not_annotate_it_again() {
    let text = "😀 BAKU, Azerbaijan, June 12 (Trend) - Lithuania’s Vice Minister of National Defence \
                Loreta Maskaliovienė said: “We are ready.”";
    factlens::wasm_annotate(text.into(), JsValue::UNDEFINED).expect("annotate succeeds");
    let runs = factlens::annotations_run();
    for format in factlens::export::FORMATS {
        let held = factlens::annotate_as(text.into(), format, JsValue::UNDEFINED).expect("renders");
        let unit = factlens::export::unit_for(format, factlens::OffsetUnit::Utf16);
        let fresh = factlens::export::render(&factlens::annotate_in(text, unit), text, format, true)
            .expect("renders");
        assert_eq!(held, fresh, "{format}");
    }
    assert_eq!(factlens::annotations_run(), runs, "an export annotated again");
    factlens::annotate_as(text.into(), "csv", "2025-06-12".into()).expect("renders");
    factlens::annotate_as("Another article.".into(), "csv", JsValue::UNDEFINED).expect("renders");
    assert_eq!(factlens::annotations_run(), runs + 2);
}
