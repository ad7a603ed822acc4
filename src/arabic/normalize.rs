//! Normalization for search with an offset map back to the original text, and tokenization into
//! words that keep their original byte ranges, so a hit found in normalized text highlights the
//! exact original characters (diacritics and tatweel included).

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

use super::is_arabic_mark;

/// Text normalized for search, with the original byte offset of every normalized byte.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// For each byte of `text`, the byte offset in the original of the character that produced
    /// it; one extra entry at the end holds the original's length.
    source_offsets: Vec<u32>,
}

/// One word of a text: its normalized form and where it is in the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The word normalized (see [`normalize`]).
    pub normalized: String,
    /// Byte range of the word in the original text; on char boundaries.
    pub original: Range<usize>,
}

/// What one original character becomes in normalized text.
enum Fold {
    /// Dropped (diacritic, tatweel, invisible format character).
    Drop,
    /// Replaced by one character.
    One(char),
    /// Replaced by several characters (compatibility decomposition, lowercasing).
    Many(String),
}

/// Folds one character for search.
fn fold_char(c: char) -> Fold {
    fold_basic(c).unwrap_or_else(|| fold_rare(c))
}

/// The folds that need no compatibility composition; `None` for characters that may need it.
fn fold_basic(c: char) -> Option<Fold> {
    if is_arabic_mark(c) {
        return Some(Fold::Drop);
    }
    Some(match c {
        // Tatweel, zero-width and directional controls, byte-order mark, soft hyphen.
        '\u{0640}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{061C}'
        | '\u{FEFF}'
        | '\u{00AD}' => Fold::Drop,
        'أ' | 'إ' | 'آ' | 'ٱ' => Fold::One('ا'),
        'ى' => Fold::One('ي'),
        'ة' => Fold::One('ه'),
        '\u{0660}'..='\u{0669}' => Fold::One(digit(c as u32 - 0x0660)),
        '\u{06F0}'..='\u{06F9}' => Fold::One(digit(c as u32 - 0x06F0)),
        'A'..='Z' => Fold::One(c.to_ascii_lowercase()),
        c if c.is_ascii() => Fold::One(c),
        c if c.is_whitespace() => Fold::One(' '),
        '\u{0600}'..='\u{06FF}' => Fold::One(c),
        _ => return None,
    })
}

fn digit(value: u32) -> char {
    char::from_digit(value, 10).unwrap_or('0')
}

/// Folds a character outside the common Arabic and ASCII ranges: compatibility composition
/// (presentation forms, ligatures, full-width forms), then the Arabic folds and lowercasing.
fn fold_rare(c: char) -> Fold {
    let mut out = String::new();
    for d in std::iter::once(c).nfkc() {
        match fold_basic(d) {
            Some(Fold::Drop) => {}
            Some(Fold::One(f)) => out.push(f),
            Some(Fold::Many(s)) => out.push_str(&s),
            None => out.extend(d.to_lowercase()),
        }
    }
    let mut chars = out.chars();
    match (chars.next(), chars.next()) {
        (None, _) => Fold::Drop,
        (Some(one), None) => Fold::One(one),
        _ => Fold::Many(out),
    }
}

/// Normalizes text for search: drops diacritics (U+064B–U+0652, U+0670 and the other Arabic
/// marks), tatweel and invisible format characters; folds أ إ آ ٱ to ا, ى to ي, ة to ه;
/// Arabic-Indic and Persian digits to 0–9; presentation forms and ligatures to base letters
/// (NFKC); every kind of space to a plain space; Latin to lowercase. Keeps an offset map.
pub fn normalize(original: &str) -> Normalized {
    let mut text = String::with_capacity(original.len());
    let mut source_offsets = Vec::with_capacity(original.len() + 1);
    for (offset, c) in original.char_indices() {
        match fold_char(c) {
            Fold::Drop => continue,
            Fold::One(f) => text.push(f),
            Fold::Many(s) => text.push_str(&s),
        }
        source_offsets.resize(text.len(), offset as u32);
    }
    source_offsets.push(original.len() as u32);
    Normalized {
        text,
        source_offsets,
    }
}

/// Normalizes one word or short string without keeping the offset map.
pub fn normalize_str(text: &str) -> String {
    normalize(text).text
}

impl Normalized {
    /// The byte range in the original text of a byte range of the normalized text. The range
    /// runs from the first character that produced it to just before the next character kept,
    /// so diacritics on the last letter belong to the word.
    pub fn original_range(&self, original: &str, normalized: Range<usize>) -> Range<usize> {
        let at = |i: usize| {
            self.source_offsets
                .get(i)
                .copied()
                .unwrap_or(original.len() as u32) as usize
        };
        let start = at(normalized.start);
        let mut end = at(normalized.end);
        if end <= start {
            // The range lies inside the expansion of one original character (a ligature).
            end = start
                + original
                    .get(start..)
                    .and_then(|s| s.chars().next())
                    .map_or(0, char::len_utf8);
        }
        start..end.min(original.len())
    }
}

/// The words of a text, normalized, with their original byte ranges. Word boundaries follow
/// Unicode word segmentation (UAX #29) on the normalized text.
pub fn words(original: &str) -> Vec<Word> {
    let norm = normalize(original);
    norm.text
        .unicode_word_indices()
        .map(|(i, w)| Word {
            normalized: w.to_owned(),
            original: norm.original_range(original, i..i + w.len()),
        })
        .collect()
}

/// The normalized words of a text, without offsets (for queries and names).
pub fn normalized_words(text: &str) -> Vec<String> {
    normalize(text)
        .text
        .unicode_words()
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_letters_marks_and_digits() {
        assert_eq!(normalize_str("أَيْضاً"), "ايضا");
        assert_eq!(normalize_str("إلى الأعلى"), "الي الاعلي");
        assert_eq!(normalize_str("مدرسة"), "مدرسه");
        assert_eq!(normalize_str("آمن ٱلله"), "امن الله");
        assert_eq!(normalize_str("عام ٢٠٢٤ و۱۴۰۳"), "عام 2024 و1403");
        assert_eq!(normalize_str("كـــوريا"), "كوريا");
        assert_eq!(normalize_str("Kim\u{00A0}JONG"), "kim jong");
        assert_eq!(normalize_str("ب\u{200C}ت\u{200F}"), "بت");
    }

    #[test]
    fn presentation_forms_become_base_letters() {
        // ﻻ (lam-alef ligature), ﺑﻮﺗﻴﻦ written in presentation forms, ﷲ.
        assert_eq!(normalize_str("\u{FEFB}"), "لا");
        assert_eq!(
            normalize_str("\u{FE91}\u{FEEE}\u{FE97}\u{FEF4}\u{FEE6}"),
            "بوتين"
        );
        assert_eq!(normalize_str("\u{FDF2}"), "الله");
        assert_eq!(normalize_str("\u{FB01}rst"), "first");
    }

    #[test]
    fn offsets_cover_the_original_word_with_its_marks() {
        let original = "قالَ بُوتِينُ، أيضاً";
        let ws = words(original);
        let texts: Vec<&str> = ws.iter().map(|w| &original[w.original.clone()]).collect();
        assert_eq!(texts, ["قالَ", "بُوتِينُ", "أيضاً"]);
        assert_eq!(ws[1].normalized, "بوتين");
    }

    #[test]
    fn offsets_inside_a_ligature_cover_the_ligature() {
        let original = "x \u{FEFB} y";
        let ws = words(original);
        assert_eq!(ws[1].normalized, "لا");
        assert_eq!(&original[ws[1].original.clone()], "\u{FEFB}");
    }
}

#[cfg(test)]
mod props {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// Every word's original range lies on char boundaries and normalizes to exactly the word.
        #[test]
        fn word_ranges_give_back_the_word(
            text in proptest::collection::vec(prop::sample::select(vec![
                "ب", "و", "ت", "ي", "ن", "أ", "ة", "ى", "\u{064E}", "\u{0651}", "\u{0640}", " ", "\u{00A0}",
                "،", ".", "\u{FEFB}", "\u{FDF2}", "٣", "A", "\u{200C}", "\n", "«",
            ]), 0..40).prop_map(|v| v.concat())
        ) {
            for w in words(&text) {
                let piece = text.get(w.original.clone());
                prop_assert!(piece.is_some());
                let again = normalize_str(piece.unwrap_or_default());
                prop_assert_eq!(again, w.normalized.clone(), "{:?}", text);
            }
        }
    }
}
