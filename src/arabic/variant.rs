//! Spelling variants of transliterated foreign names: one general rule, not a list of names.
//!
//! Arabic writers transliterate the same foreign name in several ways: the sound g is written
//! غ, ج or ق (بيونغ / بيونج), a final "ng" is sometimes written ن alone (جونغ / جون), the vowels
//! e and i are written ي or left out (الأميركية / الأمريكية), and long vowels written و or ا are
//! doubled or missing. Two words are variants when, after these folds, they have the same
//! consonants in the same order and, between each pair of consonants, the vowel letters of one
//! word are the same or one of them leaves out a single vowel letter the other writes (so a vowel
//! may be added or dropped, but ا is never read as ي: قال and قيل are not variants, قلا and قالا
//! are; and a pair like وي is never cut to one letter: تويتر and توتر are not). The vowel letters
//! at the end of a word must agree, since there they are Arabic grammar (كوري / كوريا).

use super::normalize::{normalize_str, normalized_words};

/// The letters that write the sound g in transliterations, folded to ج.
fn is_g_letter(c: char) -> bool {
    matches!(c, 'غ' | 'ج' | 'ق' | 'گ')
}

/// Letters that write vowels in transliterations (after the first letter of a word).
fn is_vowel_letter(c: char) -> bool {
    matches!(c, 'ا' | 'و' | 'ي')
}

/// The letters of one normalized word with the foreign-name folds applied: g letters to ج,
/// Persian kaf, yeh, pe and ve to Arabic, hamza seats to their letter, doubled letters collapsed
/// and a final ng written as n.
pub(super) fn folded_letters(word: &str) -> Vec<char> {
    folded_letters_ng(word).0
}

/// [`folded_letters`], and whether a final g after n was dropped.
fn folded_letters_ng(word: &str) -> (Vec<char>, bool) {
    let mut out: Vec<char> = Vec::with_capacity(word.len() / 2);
    for c in word.chars() {
        let c = match c {
            c if is_g_letter(c) => 'ج',
            // The Persian letters some writers use for p and v (پوتين، ڤلاديمير).
            'پ' => 'ب',
            'ڤ' => 'ف',
            'ک' => 'ك',
            'ی' | 'ئ' => 'ي',
            'ؤ' => 'و',
            'ء' => continue,
            c => c,
        };
        if out.last() != Some(&c) {
            out.push(c);
        }
    }
    let ng = out.len() >= 3 && out.ends_with(&['ن', 'ج']);
    if ng {
        out.pop();
    }
    (out, ng)
}

/// A word split into its consonant skeleton and the vowel letters after each consonant.
struct Skeleton {
    consonants: Vec<char>,
    gaps: Vec<Vec<char>>,
}

fn skeleton(letters: &[char]) -> Skeleton {
    let mut consonants = Vec::with_capacity(letters.len());
    let mut gaps: Vec<Vec<char>> = Vec::with_capacity(letters.len());
    for (i, &c) in letters.iter().enumerate() {
        if i > 0 && is_vowel_letter(c) {
            if let Some(gap) = gaps.last_mut() {
                gap.push(c);
            }
        } else {
            consonants.push(c);
            gaps.push(Vec::new());
        }
    }
    Skeleton { consonants, gaps }
}

/// The variant key of one already normalized word (no spaces): its folded consonant skeleton.
pub(crate) fn word_key(normalized_word: &str) -> String {
    skeleton(&folded_letters(normalized_word))
        .consonants
        .into_iter()
        .collect()
}

/// The variant key of a word or a name of several words: words that are spelling variants of
/// each other (see the module docs) have the same key. Words of a name keep their order and are
/// joined by a space. Use [`is_spelling_variant`] to confirm a match, since the key alone also
/// unites a few words whose vowels differ (قال and قيل).
///
/// ```
/// use isnad::arabic::variant_key;
/// assert_eq!(variant_key("بيونغ يانغ"), variant_key("بيونج يانج"));
/// assert_eq!(variant_key("الأميركية"), variant_key("الأمريكية"));
/// ```
pub fn variant_key(text: &str) -> String {
    normalized_words(text)
        .iter()
        .map(|w| word_key(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when two words (or names of several words, word by word) are spelling variants of each
/// other under the foreign-name rule in the module docs. Identical words are variants.
pub fn is_spelling_variant(a: &str, b: &str) -> bool {
    let (a, b) = (normalized_words(a), normalized_words(b));
    a.len() == b.len() && a.iter().zip(&b).all(|(x, y)| words_are_variants(x, y))
}

/// [`is_spelling_variant`] for two already normalized single words.
pub(crate) fn words_are_variants(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let ((la, nga), (lb, ngb)) = (folded_letters_ng(a), folded_letters_ng(b));
    let (sa, sb) = (skeleton(&la), skeleton(&lb));
    // The vowel letters after the last consonant are grammar in Arabic (كوري / كوريا), so they
    // must agree; inside the word one may be left out.
    if sa.consonants != sb.consonants || sa.gaps.last() != sb.gaps.last() {
        return false;
    }
    let mut added = usize::from(nga != ngb);
    for (x, y) in sa.gaps.iter().zip(&sb.gaps) {
        // A vowel written or left out: one letter against none. Two vowel letters together
        // (وي، يو، اي) write a syllable of their own and are never cut to one (تويتر / توتر).
        let one_left_out = (x.is_empty() && y.len() == 1) || (y.is_empty() && x.len() == 1);
        if x != y && !one_left_out {
            return false;
        }
        added += x.len().abs_diff(y.len());
    }
    // A letter added or dropped for every four letters at most: بيونج and بين are not variants.
    added <= (la.len().max(lb.len()) / 4).max(1)
}

/// Normalizes then keys a single word; convenience for callers holding raw text.
pub fn word_variant_key(word: &str) -> String {
    word_key(&normalize_str(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterations_of_the_same_name_are_variants() {
        for (a, b) in [
            ("بيونغ يانغ", "بيونج يانج"),
            ("كيم جونغ أون", "كيم جونج أون"),
            ("جونغ", "جون"),
            ("الأميركية", "الأمريكية"),
            ("ستولتنبرغ", "ستولتنبرج"),
            ("داوود", "داود"),
            ("غوتيريش", "جوتيريش"),
            ("ڤلاديمير", "فلاديمير"),
            ("پوتين", "بوتين"),
        ] {
            assert!(is_spelling_variant(a, b), "{a} / {b}");
            assert_eq!(variant_key(a), variant_key(b), "{a} / {b}");
        }
    }

    #[test]
    fn different_vowels_or_consonants_are_not_variants() {
        for (a, b) in [
            ("قال", "قيل"),
            ("بوتين", "بروتين"),
            ("كوريا", "سوريا"),
            ("بيونج", "بين"),
            ("كوريا", "كوري"),
            ("كيم", "كما"),
            ("كيم جونغ أون", "كيم جونغ"),
            ("تويتر", "توتر"),
        ] {
            assert!(!is_spelling_variant(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn key_keeps_word_order_and_first_letter() {
        assert_eq!(variant_key("كيم جونغ أون"), "كم جن ان");
        assert_eq!(word_variant_key("يانغ"), "ين");
    }
}
