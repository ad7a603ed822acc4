//! Selections that end at word ends, as a reader selects: a drag takes whole words, a
//! double-click the word under the pointer.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// The word (letters, digits and their marks) that `at` falls inside, or `None` between words.
pub fn word_at(text: &str, at: usize) -> Option<Range<usize>> {
    text.split_word_bound_indices()
        .map(|(i, w)| i..i + w.len())
        .find(|r| r.start <= at && at < r.end)
        .filter(|r| text[r.clone()].chars().any(char::is_alphanumeric))
}

/// `at` moved to the start of the word it falls inside (a selection's start), or kept.
pub fn word_start(text: &str, at: usize) -> usize {
    word_at(text, at).map_or(at, |r| r.start)
}

/// `at` moved to the end of the word it falls inside (a selection's end), or kept. An offset
/// right after a word's last letter is already its end.
pub fn word_end(text: &str, at: usize) -> usize {
    match word_at(text, at) {
        Some(r) if r.start < at => r.end,
        _ => at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "وحظي بوتين باستقبال حافل لدى وصوله إلى كوريا.";

    fn at(word: &str) -> usize {
        TEXT.find(word).expect("word in text")
    }

    #[test]
    fn a_drag_that_starts_and_ends_inside_words_takes_them_whole() {
        // From inside بوتين to inside وصوله: «بوتين باستقبال حافل لدى وصوله».
        let start = word_start(TEXT, at("بوتين") + "بو".len());
        let end = word_end(TEXT, at("وصوله") + "وص".len());
        assert_eq!(&TEXT[start..end], "بوتين باستقبال حافل لدى وصوله");
    }

    #[test]
    fn ends_at_word_edges_and_between_words_stay() {
        assert_eq!(word_start(TEXT, at("بوتين")), at("بوتين"));
        let after = at("بوتين") + "بوتين".len();
        assert_eq!(word_end(TEXT, after), after);
        // The space between two words is no word.
        assert_eq!(word_at(TEXT, after), None);
        // The full stop neither.
        assert_eq!(word_at(TEXT, TEXT.len() - 1), None);
    }

    #[test]
    fn a_word_keeps_its_marks_and_a_double_click_takes_it() {
        let text = "قالَ الوزيرُ إنّ";
        let r = word_at(text, text.find("الوزير").unwrap() + 2).unwrap();
        assert_eq!(&text[r], "الوزيرُ");
    }
}
