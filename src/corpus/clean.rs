//! Cleaning raw web text into article blocks: character clean-up, page-debris removal, and the
//! headline / heading / paragraph split.
//!
//! The rules describe *kinds* of debris, not particular strings: lines without Arabic script in
//! an Arabic page (theme notices, "Search"), short lines made of web-interface vocabulary
//! ("subscribe", "comment", "read also", "latest", "back to top"), second-person form text
//! ("your e-mail"), lines that are a bare timestamp, captions repeated under an image, and the
//! footer that follows the first such line after the body.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use super::{Block, BlockKind};
use crate::arabic::{fold_for_compare, has_arabic_letter, is_sentence_end};

/// Why a line of the raw text was left out of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DropReason {
    /// A line with no Arabic letter in an Arabic page: theme notices, menu words.
    NoArabic,
    /// Words of the web page's interface: subscribe, comments, related links, navigation.
    PageChrome,
    /// A line that only gives a date or time (kept for metadata).
    Timestamp,
    /// A short line that the page repeats, such as an image caption or a duplicated title.
    Repeated,
    /// A short line in the footer after the article body ended.
    Footer,
}

/// A raw line that is not part of the article body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DroppedLine {
    /// The line, after character clean-up.
    pub text: String,
    /// Why it was dropped.
    pub reason: DropReason,
}

/// The result of cleaning one raw text.
#[derive(Debug, Clone, Default)]
pub struct CleanedText {
    /// Cleaned text, blocks separated by `\n`.
    pub text: String,
    /// Blocks of `text`.
    pub blocks: Vec<Block>,
    /// Lines left out, with the reason (metadata inference reads them).
    pub dropped: Vec<DroppedLine>,
    /// A short line between the headline and the first paragraph that reads as a byline.
    pub byline: Option<String>,
}

/// Words of a web page's interface (folded forms). A short line made of them is page chrome.
const CHROME_WORDS: &[&str] = &[
    "اشترك",
    "اشترك الان",
    "تعليق",
    "تعليقا",
    "تعليقات",
    "التعليقات",
    "اترك",
    "اقرا ايضا",
    "اقرا",
    "ايضا",
    "ربما يعجبك",
    "يعجبك",
    "احدث",
    "المقالات",
    "المزيد",
    "اكتشاف",
    "موقع",
    "زر",
    "الذهاب",
    "الاعلي",
    "شارك",
    "مشاركه",
    "تابعنا",
    "تابع",
    "الرئيسيه",
    "القائمه",
    "بحث",
    "اخبار",
    "ذات صله",
    "مقالات",
    "اخر",
    "الاخبار",
    "طباعه",
    "واتساب",
    "فيسبوك",
    "تويتر",
    "البريد",
    "للاستمرار",
    "القراءه",
    "الارشيف",
    "التدوينات",
    "اعلان",
    "اعلانات",
    "مواضيع",
    "متعلقه",
    "الصفحه",
];

/// Phrases that address the reader of a web form; a line holding one is chrome even when long.
const FORM_PHRASES: &[&str] = &[
    "بريدك الالكتروني",
    "الحقول الالزاميه",
    "اشترك للحصول",
    "اشترك الان",
    "تسجيل الدخول",
    "سجل الدخول",
    "تعليقك",
    "اضف تعليق",
];

/// Cleans a raw text: characters first, then lines, then debris rules.
pub fn clean_text(raw: &str) -> CleanedText {
    let lines: Vec<String> = normalize_chars(raw)
        .lines()
        .map(collapse_spaces)
        .filter(|l| !l.is_empty())
        .collect();
    let arabic_page = lines.iter().any(|l| has_arabic_letter(l));
    let repeats = count_repeats(&lines);

    let mut out = CleanedText::default();
    let mut seen_body = false;
    let mut in_footer = false;
    let mut kept: Vec<(BlockKind, String)> = Vec::new();
    let mut kept_keys: Vec<String> = Vec::new();

    for line in &lines {
        let key = fold_for_compare(line);
        let words = line.split_whitespace().count();
        let reason = if arabic_page && !has_arabic_letter(line) {
            Some(DropReason::NoArabic)
        } else if is_timestamp(line) {
            Some(DropReason::Timestamp)
        } else if is_chrome(&key, words) {
            Some(DropReason::PageChrome)
        } else if in_footer && words <= 6 {
            Some(DropReason::Footer)
        } else if kept_keys.contains(&key)
            || (seen_body && words <= 6 && repeats.get(&key).copied().unwrap_or(0) > 1)
        {
            // The same line again (a title shown twice), or a short line the body repeats
            // (a caption under an image): the caption's first showing goes too.
            Some(DropReason::Repeated)
        } else {
            None
        };
        if let Some(reason) = reason {
            if seen_body && matches!(reason, DropReason::PageChrome | DropReason::Footer) {
                in_footer = true;
            }
            out.dropped.push(DroppedLine {
                text: line.clone(),
                reason,
            });
            continue;
        }
        let kind = classify(line, words, kept.is_empty());
        if kind == BlockKind::Paragraph {
            seen_body = true;
            in_footer = false;
        }
        kept.push((kind, line.clone()));
        kept_keys.push(key);
    }

    extract_byline(&mut kept, &mut out);
    // Sized exactly: a corpus holds tens of thousands of these for the whole session.
    let mut text = String::with_capacity(kept.iter().map(|(_, l)| l.len() + 1).sum());
    out.blocks.reserve_exact(kept.len());
    for (kind, line) in kept {
        if !text.is_empty() {
            text.push('\n');
        }
        let start = text.len();
        text.push_str(&line);
        out.blocks.push(Block {
            kind,
            range: Range {
                start,
                end: text.len(),
            },
        });
    }
    out.text = text;
    out
}

/// Headline for a short first line, heading for a short line without sentence punctuation,
/// paragraph otherwise.
fn classify(line: &str, words: usize, first: bool) -> BlockKind {
    let ends_sentence = line.chars().last().is_some_and(is_sentence_end);
    if first && words <= 20 && !ends_sentence {
        BlockKind::Headline
    } else if words <= 8 && !ends_sentence {
        BlockKind::Heading
    } else {
        BlockKind::Paragraph
    }
}

/// A 2–4 word heading standing right before the first paragraph, after a headline, reads as
/// a byline (a person's name), not as a section heading.
fn extract_byline(kept: &mut Vec<(BlockKind, String)>, out: &mut CleanedText) {
    let Some(first_para) = kept.iter().position(|(k, _)| *k == BlockKind::Paragraph) else {
        return;
    };
    if first_para < 2 || kept[0].0 != BlockKind::Headline {
        return;
    }
    let (kind, line) = &kept[first_para - 1];
    let words = line.split_whitespace().count();
    let plain = line
        .chars()
        .all(|c| c.is_alphabetic() || c == ' ' || is_mark(c));
    if *kind == BlockKind::Heading && (2..=4).contains(&words) && plain {
        out.byline = Some(line.clone());
        kept.remove(first_para - 1);
    }
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}')
}

fn count_repeats(lines: &[String]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for l in lines {
        *counts.entry(fold_for_compare(l)).or_insert(0) += 1;
    }
    counts
}

/// Page chrome: a short line made mostly of interface words, or a form phrase in a line of
/// moderate length.
fn is_chrome(key: &str, words: usize) -> bool {
    if words <= 25 && FORM_PHRASES.iter().any(|p| key.contains(p)) {
        return true;
    }
    if words == 0 || words > 6 || key.ends_with('.') {
        return false;
    }
    let tokens: Vec<&str> = key.split_whitespace().collect();
    let chrome = tokens
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            CHROME_WORDS.contains(t)
                || tokens
                    .get(i + 1)
                    .is_some_and(|n| CHROME_WORDS.contains(&format!("{t} {n}").as_str()))
        })
        .count();
    // Most of the line is interface vocabulary, and always its first word.
    tokens.first().is_some_and(|f| {
        CHROME_WORDS.contains(f) || CHROME_WORDS.iter().any(|w| w.starts_with(&format!("{f} ")))
    }) && chrome * 2 >= tokens.len()
}

/// A line that is only a date and/or a time ("23 نوفمبر، 2024 11:13 ص", "19:23 ت م").
fn is_timestamp(line: &str) -> bool {
    let mut digits = 0;
    let mut words = 0;
    for w in line.split(|c: char| c.is_whitespace() || c == '،' || c == ',') {
        if w.is_empty() {
            continue;
        }
        words += 1;
        let is_num = w
            .chars()
            .all(|c| c.is_numeric() || matches!(c, ':' | '/' | '-' | '.'));
        if is_num {
            digits += 1;
        } else if !super::meta::is_month_name(w)
            && !matches!(w, "ص" | "م" | "ت" | "AM" | "PM" | "am" | "pm")
        {
            return false;
        }
    }
    words > 0 && digits > 0 && words <= 7
}

/// Invisible format characters, never part of what a text says: bidi marks, embeddings,
/// overrides and isolates (which can make text show in another order than it is stored), the
/// zero-width space, non-joiner, joiner and word joiner (which could split a name into what
/// looks like two words), invisible operators, the Mongolian vowel separator, the byte-order
/// mark and the soft hyphen.
pub fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{AD}'
    )
}

/// A field shown or exported (a title, an outlet, an id, a tag, a note) without invisible
/// format characters ([`is_invisible_format`]) and control characters; line breaks and tabs
/// are kept.
pub fn clean_field(text: &str) -> Cow<'_, str> {
    let drop = |c: char| is_invisible_format(c) || (c.is_control() && !matches!(c, '\n' | '\t'));
    if text.chars().any(drop) {
        Cow::Owned(text.chars().filter(|&c| !drop(c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// Character clean-up: line endings, no-break and other spaces, control characters and
/// invisible format characters ([`is_invisible_format`]); U+001A and spaced no-break runs (paragraph joins in some feeds) become breaks.
fn normalize_chars(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    let mut last_non_space = '\n';
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' | '\u{1A}' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.push('\n'),
            '\u{A0}' => {
                // " \u{a0} " after the end of a sentence separates two paragraphs.
                let spaced = out.ends_with(' ') && chars.peek() == Some(&' ');
                if spaced && is_sentence_end(last_non_space) {
                    out.push('\n');
                } else {
                    out.push(' ');
                }
            }
            '\t' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => out.push(' '),
            c if is_invisible_format(c) || c.is_control() => {}
            c => out.push(c),
        }
        if let Some(l) = out.chars().next_back()
            && !l.is_whitespace()
        {
            last_non_space = l;
        }
    }
    out
}

fn collapse_spaces(line: &str) -> String {
    line.split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
