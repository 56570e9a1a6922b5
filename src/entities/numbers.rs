//! Numeric entities by pattern: MONEY ("$1.2bn", "€3 million", "20 million euros"), PERCENT
//! ("15%", "3.5 per cent"), QUANTITY ("20 km", "5,000 tonnes"), ORDINAL ("first", "21st") and
//! CARDINAL ("around 20", "three", "1,200", "two million").

use std::sync::OnceLock;

use regex_automata::meta::Regex;

use super::pattern::compile;
use crate::types::{Candidate, Doc, Label, Span};

const NUM: &str = r"[0-9]+(?:[,.][0-9]+)*";
const WORD_NUM: &str = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|dozens|hundreds|thousands|millions)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?";
const SCALE: &str = r"(?:\s?(?:bn|m|mn|k|tn|million|billion|trillion|thousand|hundred)(?-u:\b))?";
const APPROX: &str = r"(?:(?:around|about|approximately|roughly|nearly|almost|some|over|under|more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least|at\s+most|as\s+many\s+as)\s+)?";

fn patterns() -> &'static [(Label, Regex, f32)] {
    static RE: OnceLock<Vec<(Label, Regex, f32)>> = OnceLock::new();
    RE.get_or_init(|| {
        let currency = r"(?:US\$|A\$|C\$|HK\$|\$|€|£|¥|₹|₽|USD\s?|EUR\s?|GBP\s?)";
        let units = r"(?:dollars|euros|pounds(?:\s+sterling)?|yen|yuan|rupees|roubles|rubles|manats?|francs|won|pesos|lira)";
        let measures = r"(?:km|kilometres|kilometers|miles|metres|meters|cm|mm|kg|kilograms|grams|tonnes|tons|pounds|litres|liters|gallons|barrels|hectares|acres|feet|ft|inches|square\s+(?:kilometres|kilometers|metres|meters|miles|feet)|km/h|mph|MW|GW|kWh|megawatts|gigawatts|degrees(?:\s+(?:Celsius|Fahrenheit))?)";
        let n = format!(r"(?:{NUM}|{WORD_NUM}){SCALE}");
        let make = |p: String| compile(&p);
        vec![
            (Label::Money, make(format!(r"{APPROX}{currency}{NUM}{SCALE}")), 0.96),
            (Label::Money, make(format!(r"(?-u:\b){APPROX}{n}\s+{units}(?-u:\b)")), 0.96),
            (Label::Percent, make(format!(r"(?-u:\b){APPROX}{n}\s?(?:%|per\s?cent(?-u:\b)|percent(?-u:\b)|percentage\s+points?(?-u:\b))")), 0.96),
            (Label::Quantity, make(format!(r"(?-u:\b){APPROX}{n}\s?{measures}(?-u:\b)")), 0.94),
            (
                Label::Ordinal,
                make(r"(?-u:\b)(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|hundredth|[0-9]*(?:1st|2nd|3rd|[04-9]th|1[123]th))(?-u:\b)".to_string()),
                0.6,
            ),
            (Label::Cardinal, make(format!(r"(?-u:\b){APPROX}(?:{NUM}|(?i:{WORD_NUM})){SCALE}(?-u:\b)")), 0.6),
        ]
    })
}

pub fn propose(doc: &Doc, out: &mut Vec<Candidate>) {
    for (label, re, score) in patterns() {
        for m in re.find_iter(doc.text) {
            let s = &doc.text[m.range()];
            // "FIRST Global", "ONE Campaign": words in capitals are names, not numbers.
            if s.chars().filter(|c| c.is_alphabetic()).count() > 1 && !s.chars().any(char::is_lowercase) {
                continue;
            }
            // "one" as a pronoun and vague plurals are too often no number.
            if *label == Label::Cardinal && matches!(s.to_lowercase().as_str(), "one" | "hundreds" | "dozens")
            {
                continue;
            }
            out.push(Candidate {
                span: Span::new(m.start(), m.end()),
                label: *label,
                source: "pattern",
                score: *score,
            });
        }
    }
}
