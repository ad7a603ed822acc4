//! Metadata inferred from an article's text: headline, byline, outlet or cited source, and the
//! publication date (Arabic, Levantine and English month names; Arabic-Indic digits).
//! A field the text does not give stays empty rather than guessed.

use std::fmt;
use std::sync::LazyLock;

use regex::Regex;

use super::clean::{CleanedText, DropReason};
use super::{BlockKind, Metadata};
use crate::arabic::fold_for_compare;

/// A calendar date (Gregorian).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Date {
    /// Year, e.g. 2024.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
}

impl Date {
    /// A date, if the numbers make one.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let valid =
            (1..=12).contains(&month) && (1..=31).contains(&day) && (1800..=2200).contains(&year);
        valid.then_some(Self { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> Option<Self> {
        let mut parts = text.trim().get(..10)?.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        Self::new(year, month, day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Month names in folded form, with their number: Egyptian/Gulf names, Levantine names, English.
const MONTHS: &[(&str, u8)] = &[
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("ابريل", 4),
    ("ابريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("اغسطس", 8),
    ("سبتمبر", 9),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    ("كانون الثاني", 1),
    ("شباط", 2),
    ("اذار", 3),
    ("نيسان", 4),
    ("ايار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("اب", 8),
    ("ايلول", 9),
    ("تشرين الاول", 10),
    ("تشرين الثاني", 11),
    ("كانون الاول", 12),
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// True when the word (any spelling of hamza or case) names a month.
pub(crate) fn is_month_name(word: &str) -> bool {
    month_number(word).is_some()
}

fn month_number(word: &str) -> Option<u8> {
    let folded = fold_for_compare(word.trim_matches(|c: char| !c.is_alphanumeric()));
    MONTHS
        .iter()
        .find(|(name, _)| *name == folded)
        .map(|(_, n)| *n)
}

/// ASCII digits for Arabic-Indic and Persian ones, so dates parse either way.
fn ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
            c => c,
        })
        .collect()
}

static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d])(\d{1,2})\s+((?:كانون|تشرين)\s+\S+|[^\s\d،,]+)[،,]?\s+(\d{4})")
        .expect("static regex")
});
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b").expect("static regex")
});
static ISO_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})\b").expect("static regex"));

/// The first full date (day, month, year) the text gives.
pub fn find_date(text: &str) -> Option<Date> {
    let text = ascii_digits(text);
    let mut found: Vec<(usize, Date)> = Vec::new();
    for c in DAY_MONTH_YEAR.captures_iter(&text) {
        let date = (|| Date::new(c[3].parse().ok()?, month_number(&c[2])?, c[1].parse().ok()?))();
        if let Some(d) = date {
            found.push((c.get(0).map_or(0, |m| m.start()), d));
        }
    }
    for c in MONTH_DAY_YEAR.captures_iter(&text) {
        let date = (|| Date::new(c[3].parse().ok()?, month_number(&c[1])?, c[2].parse().ok()?))();
        if let Some(d) = date {
            found.push((c.get(0).map_or(0, |m| m.start()), d));
        }
    }
    for c in ISO_DATE.captures_iter(&text) {
        let date = (|| Date::new(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?))();
        if let Some(d) = date {
            found.push((c.get(0).map_or(0, |m| m.start()), d));
        }
    }
    found.into_iter().min_by_key(|(at, _)| *at).map(|(_, d)| d)
}

/// "According to what X published": the story's cited source. Generic sources ("media",
/// "sources", "reports") are not outlets.
static CITED_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:حسب|حسبما|وفق|وفقا|وفقًا|وفقاً|بحسب|نقلا عن|نقلًا عن|نقلاً عن)\s+(?:ما|لما)?\s*(?:نشرته|ذكرته|أوردته|اوردته|نقلته|أفادت به|قالته)\s+(?:صحيفة|وكالة|موقع|مجلة|قناة|شبكة)?\s*([^،,.:؛\n]{2,60})",
    )
    .expect("static regex")
});

/// A site naming itself in its own chrome: "… من موقع X".
static SITE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"موقع\s+([^\s،,.:؛]+(?:\s+[^\s،,.:؛]+)?)\s*$").expect("static regex")
});

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:بقلم|كتب|كتبت|إعداد|اعداد)\s*[:：\-–]?\s*(\S+(?:\s+\S+){1,2})$")
        .expect("static regex")
});

/// Infers metadata from the raw text and its cleaned form.
pub fn infer_metadata(_raw: &str, cleaned: &CleanedText) -> Metadata {
    let block_text = |i: usize| {
        cleaned
            .blocks
            .get(i)
            .and_then(|b| cleaned.text.get(b.range.clone()))
    };
    let title = cleaned
        .blocks
        .iter()
        .position(|b| b.kind == BlockKind::Headline)
        .and_then(block_text)
        .map(str::to_owned);

    let timestamp_date = cleaned
        .dropped
        .iter()
        .filter(|d| d.reason == DropReason::Timestamp)
        .find_map(|d| find_date(&d.text));
    let date = timestamp_date
        .or_else(|| find_date(&cleaned.text))
        .or_else(|| cleaned.dropped.iter().find_map(|d| find_date(&d.text)));

    let site = cleaned
        .dropped
        .iter()
        .filter(|d| d.reason == DropReason::PageChrome)
        .find_map(|d| SITE_NAME.captures(&d.text).map(|c| c[1].trim().to_owned()));
    let cited = CITED_SOURCE
        .captures_iter(&cleaned.text)
        .find_map(|c| outlet_name(&c[1]));
    let outlet = site.or(cited);

    let author = cleaned.byline.clone().or_else(|| {
        cleaned.blocks.iter().take(4).find_map(|b| {
            let line = cleaned.text.get(b.range.clone())?;
            BYLINE.captures(line).map(|c| c[1].to_owned())
        })
    });

    Metadata {
        title,
        outlet,
        date,
        author,
        url: None,
    }
}

/// Cleans a captured source name: strips quote marks and a trailing nationality adjective;
/// refuses generic sources.
fn outlet_name(captured: &str) -> Option<String> {
    let name = captured
        .trim()
        .trim_matches(|c: char| "\"“”«»'‘’ ".contains(c));
    let mut words: Vec<&str> = name.split_whitespace().take(5).collect();
    let first = fold_for_compare(words.first()?);
    let generic = [
        "وسائل",
        "مصادر",
        "تقارير",
        "مسؤولين",
        "مسؤولون",
        "بيان",
        "الاعلام",
        "اعلام",
    ];
    if generic.contains(&first.as_str()) {
        return None;
    }
    // "وول ستريت جورنال الأمريكية": a trailing nisba adjective with the article.
    if words.len() > 1
        && let Some(last) = words.last()
    {
        let folded = fold_for_compare(last);
        if folded.starts_with("ال") && (folded.ends_with("يه") || folded.ends_with('ي')) {
            words.pop();
        }
    }
    let name = words.join(" ");
    let name = name
        .trim_matches(|c: char| "\"“”«»'‘’ ".contains(c))
        .to_owned();
    (!name.is_empty()).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_arabic_english_and_arabic_indic_digits() {
        assert_eq!(find_date("اليوم 19 يونيو 2024."), Date::new(2024, 6, 19));
        assert_eq!(
            find_date("23 نوفمبر، 2024 11:13 ص"),
            Date::new(2024, 11, 23)
        );
        assert_eq!(
            find_date("(@AJArabicnet) June 18, 2024"),
            Date::new(2024, 6, 18)
        );
        assert_eq!(find_date("في ٥ أيار ٢٠١٥"), Date::new(2015, 5, 5));
        assert_eq!(find_date("في 3 تشرين الأول 2015"), Date::new(2015, 10, 3));
        assert_eq!(find_date("في سبتمبر 2023 وفي عام 2000"), None);
    }

    #[test]
    fn outlet_names_drop_quotes_and_nationality() {
        assert_eq!(
            outlet_name("وول ستريت جورنال الأمريكية").as_deref(),
            Some("وول ستريت جورنال")
        );
        assert_eq!(outlet_name("“The Hill“").as_deref(), Some("The Hill"));
        assert_eq!(outlet_name("وسائل إعلام روسية رسمية"), None);
    }
}
