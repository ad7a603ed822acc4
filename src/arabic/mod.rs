//! Arabic text: character classes and folding used to compare Arabic words as readers do
//! (ignoring diacritics, tatweel, hamza seats on alef, final ya and ta marbuta), normalization
//! for search with an offset map back to the original text, spelling variants of
//! transliterated foreign names, and names typed in Latin letters read as Arabic.

mod latin;
mod normalize;
pub mod select;
mod variant;

pub use latin::LatinWord;

pub use normalize::{Normalized, Word, normalize, normalize_str, normalized_words, words};
pub use variant::{is_spelling_variant, variant_key, word_variant_key};
pub(crate) use variant::{word_key, words_are_variants};

/// True for letters of the Arabic script (base letters, not marks or digits).
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}'..='\u{06EF}' | '\u{06FA}'..='\u{06FC}'
        | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08C9}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

/// True for Arabic combining marks: harakat, tanween, shadda, sukun, superscript alef.
pub fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

/// True when the text holds at least one Arabic letter.
pub fn has_arabic_letter(text: &str) -> bool {
    text.chars().any(is_arabic_letter)
}

/// True for punctuation that ends a sentence in Arabic or Latin text.
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…' | '۔')
}

/// Folds text for equality tests between lines and words: drops diacritics and tatweel, unifies
/// alef forms, final ya and ta marbuta, lowercases Latin, and squeezes spaces.
pub fn fold_for_compare(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_arabic_mark(c) || c == '\u{0640}' {
            continue;
        }
        let c = match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.extend(c.to_lowercase());
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_hamza_seats_marks_and_ta_marbuta() {
        assert_eq!(fold_for_compare("إقرأ أيضاً"), "اقرا ايضا");
        assert_eq!(fold_for_compare("الأعلى"), "الاعلي");
        assert_eq!(fold_for_compare("العلاقة  الودية"), "العلاقه الوديه");
        assert_eq!(fold_for_compare("Close This"), "close this");
    }

    #[test]
    fn letters_and_marks_are_told_apart() {
        assert!(is_arabic_letter('ب'));
        assert!(!is_arabic_letter('\u{064E}'));
        assert!(is_arabic_mark('\u{064E}'));
        assert!(!has_arabic_letter("Continue reading 2024"));
    }
}
