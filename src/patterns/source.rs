//! The date, time, number and metadata patterns as regex source, one named set per search pass.
//!
//! `build.rs` compiles every set ahead of time into a pair of DFAs (forward to find where a
//! match ends, reverse to find where it starts) that `mod.rs` loads without a regex
//! compiler. Only the build script reads this file, so it uses only `std`.
//! What a date means is [`crate::dates::normalise`]'s job; these only find where it is.

const NUM: &str = r"[0-9]+(?:[,.][0-9]+)*";
const WORD_NUM: &str = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|dozens|hundreds|thousands|millions)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?";
const SCALE: &str = r"(?:\s?(?:bn|m|mn|k|tn|million|billion|trillion|thousand|hundred)(?-u:\b))?";
const APPROX: &str = r"(?:(?:around|about|approximately|roughly|nearly|almost|some|over|under|more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least|at\s+most|as\s+many\s+as)\s+)?";

const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)";
const MONTH_ALONE: &str =
    r"(?:January|February|March|April|June|July|August|September|October|November|December)";
const DAY: &str = r"(?:[12]?[0-9]|3[01])(?:st|nd|rd|th)?";
const YEAR: &str = r"(?:1[5-9][0-9][0-9]|20[0-9][0-9])";
const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const TO: &str = r"\s*(?:-|–|—|to|through|until|and)\s*";
const COUNT: &str = r"(?:[0-9]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|many|fifteen|twenty|thirty|forty|fifty|a hundred)";

/// `(name, patterns)` of every search pass. A set with several patterns is one leftmost-first
/// search that reports which pattern matched (earlier patterns win at the same start).
pub fn sources() -> Vec<(&'static str, Vec<String>)> {
    let currency = r"(?:US\$|A\$|C\$|HK\$|\$|€|£|¥|₹|₽|USD\s?|EUR\s?|GBP\s?)";
    let units = r"(?:dollars|euros|pounds(?:\s+sterling)?|yen|yuan|rupees|roubles|rubles|manats?|francs|won|pesos|lira)";
    let measures = r"(?:km|kilometres|kilometers|miles|metres|meters|cm|mm|kg|kilograms|grams|tonnes|tons|pounds|litres|liters|gallons|barrels|hectares|acres|feet|ft|inches|square\s+(?:kilometres|kilometers|metres|meters|miles|feet)|km/h|mph|MW|GW|kWh|megawatts|gigawatts|degrees(?:\s+(?:Celsius|Fahrenheit))?)";
    let n = format!(r"(?:{NUM}|{WORD_NUM}){SCALE}");
    // Dates: "June 8 to 10", "8–10 June 2025", "2025-06-12", "Monday", "last week", "three
    // years ago", "the 1990s".
    let dates = [
        // 2025-06-12
        r"[0-9]{4}-[0-9]{2}-[0-9]{2}".to_string(),
        // Monday, June 8 to 10, 2025 / June 8–July 2 / June 2025
        format!(r"(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY}(?:{TO}(?:{MONTH}\s+)?{DAY})?(?:,?\s+{YEAR})?"),
        // 8–10 June 2025 / Monday 8 June
        format!(r"(?:{WEEKDAY},?\s+)?{DAY}(?:{TO}{DAY})?\s+{MONTH}(?:,?\s+{YEAR})?"),
        format!(r"(?:between|from)\s+{MONTH}(?:\s+{YEAR})?\s+(?:and|to)\s+{MONTH}(?:\s+{YEAR})?"),
        format!(r"{MONTH}(?:\s*(?:-|–)\s*{MONTH})?,?\s+{YEAR}"),
        format!(r"{YEAR}\s*(?:-|–|to)\s*{YEAR}"),
        format!(r"(?:early|late|mid-?)\s*{YEAR}"),
        r"the\s+(?:1[5-9]|20)[0-9]0s".to_string(),
        format!(r"(?:the\s+)?(?:first|second|third|fourth|final|last)\s+(?:quarter|half)(?:\s+of\s+{YEAR})?|Q[1-4]\s+{YEAR}"),
        r"(?i:(?:last|next|this|past|coming|previous|recent|the\s+past|earlier\s+this|later\s+this)\s+(?:week|weekend|month|year|decade|century|spring|summer|autumn|fall|winter|few\s+(?:days|weeks|months|years)|[0-9]+\s+(?:days|weeks|months|years)|(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:days|weeks|months|years))|recent\s+(?:days|weeks|months|years)|(?:today|yesterday|tomorrow))".to_string(),
        format!(r"(?:last|next|this)\s+{WEEKDAY}|{WEEKDAY}"),
        format!(r"(?i:{COUNT}\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:ago|earlier|later))"),
        r"(?i:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+)\s+(?:decades?|years?|months?|weeks?|days?))".to_string(),
    ];
    vec![
        ("money_symbol", vec![format!(r"{APPROX}{currency}{NUM}{SCALE}")]),
        ("money_units", vec![format!(r"(?-u:\b){APPROX}{n}\s+{units}(?-u:\b)")]),
        (
            "percent",
            vec![format!(
                r"(?-u:\b){APPROX}{n}\s?(?:%|per\s?cent(?-u:\b)|percent(?-u:\b)|percentage\s+points?(?-u:\b))"
            )],
        ),
        ("quantity", vec![format!(r"(?-u:\b){APPROX}{n}\s?{measures}(?-u:\b)")]),
        (
            "ordinal",
            vec![r"(?-u:\b)(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|hundredth|[0-9]*(?:1st|2nd|3rd|[04-9]th|1[123]th))(?-u:\b)".to_string()],
        ),
        ("cardinal", vec![format!(r"(?-u:\b){APPROX}(?:{NUM}|(?i:{WORD_NUM})){SCALE}(?-u:\b)")]),
        ("dates", vec![format!(r"(?-u:\b)(?:{})(?-u:\b)", dates.join("|"))]),
        // A year or month alone is a date after a word that dates things ("in 2014", "since
        // June"), or a year before punctuation or an event noun ("the 2024 election").
        (
            "years",
            vec![
                format!(
                    r"(?-u:\b)(?i:in|since|by|until|from|of|during|before|after|the|early|late|mid|year|end\s+of|fiscal|last|next|this)\s+(?:{YEAR}|{MONTH_ALONE})(?-u:\b)"
                ),
                format!(
                    r"(?-u:\b){YEAR}(?:[,.;:)]|\s+(?:election|budget|season|census|Olympics|World Cup|summit)(?-u:\b)|$)"
                ),
            ],
        ),
        (
            "times",
            vec![concat!(
                r"(?-u:\b)(?:(?:[01]?[0-9]|2[0-3])(?::[0-5][0-9])?\s*(?:a\.m\.|p\.m\.|am(?-u:\b)|pm(?-u:\b)|GMT(?-u:\b)|UTC(?-u:\b)|local time(?-u:\b))",
                r"|(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?-u:\b)",
                r"|(?i:this|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:morning|afternoon|evening|night)(?-u:\b)",
                r"|(?:tonight|midnight|noon|last night)(?-u:\b))"
            )
            .to_string()],
        ),
        // The "date 2025-06-12" line of an article's header (crate::document).
        (
            "metadata_date",
            vec![r"(?mi)^\s*date\s*:?\s+[0-9]{4}-[0-9]{2}-[0-9]{2}(?-u:\b)".to_string()],
        ),
    ]
}
