//! The date, time, number and metadata patterns as regex source, one named set per search pass.
//!
//! `build.rs` compiles every set ahead of time into a pair of DFAs (forward to find where a
//! match ends, reverse to find where it starts) that `mod.rs` loads without a regex
//! compiler. Only the build script reads this file, so it uses only `std`.
//! What a date means is [`crate::dates::normalise`]'s job; these only find where it is.

const NUM: &str = r"[0-9]+(?:[,.][0-9]+)*";
const WORD_NUM: &str = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|dozens|hundreds|thousands|millions)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?";
const SCALE: &str = r"(?:[^\S\n]?(?:bn|m|mn|k|tn|million|billion|trillion|thousand|hundred)(?-u:\b))?";
const APPROX: &str = r"(?:(?:around|about|approximately|roughly|nearly|almost|some|over|under|more[^\S\n]+than|less[^\S\n]+than|fewer[^\S\n]+than|up[^\S\n]+to|at[^\S\n]+least|at[^\S\n]+most|as[^\S\n]+many[^\S\n]+as)[^\S\n]+)?";

const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)";
const MONTH_ALONE: &str =
    r"(?:January|February|March|April|June|July|August|September|October|November|December)";
const DAY: &str = r"(?:[12]?[0-9]|3[01])(?:st|nd|rd|th)?";
const YEAR: &str = r"(?:1[5-9][0-9][0-9]|20[0-9][0-9])";
const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const TO: &str = r"[^\S\n]*(?:-|–|—|to|through|until|and)[^\S\n]*";
const COUNT: &str = r"(?:[0-9]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|many|fifteen|twenty|thirty|forty|fifty|a hundred)";

/// `(name, patterns)` of every search pass. A set with several patterns is one leftmost-first
/// search that reports which pattern matched (earlier patterns win at the same start).
pub fn sources() -> Vec<(&'static str, Vec<String>)> {
    let currency = r"(?:US\$|A\$|C\$|HK\$|\$|€|£|¥|₹|₽|USD[^\S\n]?|EUR[^\S\n]?|GBP[^\S\n]?)";
    let units = r"(?:dollars|euros|pounds(?:[^\S\n]+sterling)?|yen|yuan|rupees|roubles|rubles|manats?|francs|won|pesos|lira)";
    let measures = r"(?:km|kilometres|kilometers|miles|metres|meters|cm|mm|kg|kilograms|grams|tonnes|tons|pounds|litres|liters|gallons|barrels|hectares|acres|feet|ft|inches|square[^\S\n]+(?:kilometres|kilometers|metres|meters|miles|feet)|km/h|mph|MW|GW|kWh|megawatts|gigawatts|degrees(?:[^\S\n]+(?:Celsius|Fahrenheit))?)";
    let n = format!(r"(?:{NUM}|{WORD_NUM}){SCALE}");
    // Dates: "June 8 to 10", "8–10 June 2025", "2025-06-12", "Monday", "last week", "three
    // years ago", "the 1990s".
    let dates = [
        // 2025-06-12
        r"[0-9]{4}-[0-9]{2}-[0-9]{2}".to_string(),
        // Monday, June 8 to 10, 2025 / June 8–July 2 / June 2025
        format!(r"(?:{WEEKDAY},?[^\S\n]+)?{MONTH}[^\S\n]+{DAY}(?:{TO}(?:{MONTH}[^\S\n]+)?{DAY})?(?:,?[^\S\n]+{YEAR})?"),
        // 8–10 June 2025 / Monday 8 June
        format!(r"(?:{WEEKDAY},?[^\S\n]+)?{DAY}(?:{TO}{DAY})?[^\S\n]+{MONTH}(?:,?[^\S\n]+{YEAR})?"),
        format!(r"(?:between|from)[^\S\n]+{MONTH}(?:[^\S\n]+{YEAR})?[^\S\n]+(?:and|to)[^\S\n]+{MONTH}(?:[^\S\n]+{YEAR})?"),
        format!(r"{MONTH}(?:[^\S\n]*(?:-|–)[^\S\n]*{MONTH})?,?[^\S\n]+{YEAR}"),
        format!(r"{YEAR}[^\S\n]*(?:-|–|to)[^\S\n]*{YEAR}"),
        format!(r"(?:early|late|mid-?)[^\S\n]*{YEAR}"),
        r"the[^\S\n]+(?:1[5-9]|20)[0-9]0s".to_string(),
        format!(r"(?:the[^\S\n]+)?(?:first|second|third|fourth|final|last)[^\S\n]+(?:quarter|half)(?:[^\S\n]+of[^\S\n]+{YEAR})?|Q[1-4][^\S\n]+{YEAR}"),
        r"(?i:(?:last|next|this|past|coming|previous|recent|the[^\S\n]+past|earlier[^\S\n]+this|later[^\S\n]+this)[^\S\n]+(?:week|weekend|month|year|decade|century|spring|summer|autumn|fall|winter|few[^\S\n]+(?:days|weeks|months|years)|[0-9]+[^\S\n]+(?:days|weeks|months|years)|(?:two|three|four|five|six|seven|eight|nine|ten)[^\S\n]+(?:days|weeks|months|years))|recent[^\S\n]+(?:days|weeks|months|years)|(?:today|yesterday|tomorrow))".to_string(),
        format!(r"(?:last|next|this)[^\S\n]+{WEEKDAY}|{WEEKDAY}"),
        format!(r"(?i:{COUNT}[^\S\n]+(?:days?|weeks?|months?|years?|decades?)[^\S\n]+(?:ago|earlier|later))"),
        r"(?i:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+)[^\S\n]+(?:decades?|years?|months?|weeks?|days?))".to_string(),
    ];
    vec![
        ("money_symbol", vec![format!(r"{APPROX}{currency}{NUM}{SCALE}")]),
        ("money_units", vec![format!(r"(?-u:\b){APPROX}{n}[^\S\n]+{units}(?-u:\b)")]),
        (
            "percent",
            vec![format!(
                r"(?-u:\b){APPROX}{n}[^\S\n]?(?:%|per[^\S\n]?cent(?-u:\b)|percent(?-u:\b)|percentage[^\S\n]+points?(?-u:\b))"
            )],
        ),
        ("quantity", vec![format!(r"(?-u:\b){APPROX}{n}[^\S\n]?{measures}(?-u:\b)")]),
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
                    r"(?-u:\b)(?i:in|since|by|until|from|of|during|before|after|the|early|late|mid|year|end[^\S\n]+of|fiscal|last|next|this)[^\S\n]+(?:{YEAR}|{MONTH_ALONE})(?-u:\b)"
                ),
                format!(
                    r"(?-u:\b){YEAR}(?:[,.;:)]|[^\S\n]+(?:election|budget|season|census|Olympics|World Cup|summit)(?-u:\b)|$)"
                ),
            ],
        ),
        (
            "times",
            vec![concat!(
                r"(?-u:\b)(?:(?:[01]?[0-9]|2[0-3])(?::[0-5][0-9])?[^\S\n]*(?:a\.m\.|p\.m\.|am(?-u:\b)|pm(?-u:\b)|GMT(?-u:\b)|UTC(?-u:\b)|local time(?-u:\b))",
                r"|(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?-u:\b)",
                r"|(?i:this|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)[^\S\n]+(?:morning|afternoon|evening|night)(?-u:\b)",
                r"|(?:tonight|midnight|noon|last night)(?-u:\b))"
            )
            .to_string()],
        ),
        // The "date 2025-06-12" line of an article's header (crate::document).
        (
            "metadata_date",
            vec![r"(?mi)^[^\S\n]*date[^\S\n]*:?[^\S\n]+[0-9]{4}-[0-9]{2}-[0-9]{2}(?-u:\b)".to_string()],
        ),
    ]
}
