//! Words right after a reporting verb that cannot open its subject, though no diacritic says so:
//! the verb's prepositional complement (وطالب بفتح قنوات الحوار، وأشاد بجهود) and an indefinite
//! accusative, an adverb or a circumstantial adjective (وقال باكيا، وأكد مرارا، وقال ضاحكا). After
//! either the subject is dropped, and the one who spoke is the one spoken of before.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use super::lexicon::{
    is_body, is_city, is_complementizer, is_country, is_group, is_institution, is_name_stop,
    is_prefixed_complement, is_title, strip_article, word_list,
};
use super::person::is_given_name;
use super::tokens::Tok;

static VERBS_WITH_BA: LazyLock<HashSet<String>> =
    LazyLock::new(|| word_list(include_str!("words/verbs_with_ba.txt")));

/// True when the word at `i` (right after the verb whose stem is `verb`) is a ب or ل with the
/// noun it governs: a ب after a verb that takes it (طالب بفتح), or a noun after the letter that is
/// a particle or a word the article writes elsewhere on its own or with the article (جهود،
/// الجهود). A name that starts with those letters (بوتين، لافروف، بندر) is written nowhere
/// without them. `known` tells a word of a name the article gave.
pub(crate) fn is_prepositional_complement(
    toks: &[Tok],
    (verb, i): (&str, usize),
    known: impl Fn(&str) -> bool,
) -> bool {
    let Some(t) = toks.get(i).filter(|t| t.is_word()) else {
        return false;
    };
    let norm = t.norm.as_str();
    let Some(rest) = norm.strip_prefix('ب').or_else(|| norm.strip_prefix('ل')) else {
        return false;
    };
    if strip_article(norm).1
        || is_title(norm)
        || is_group(norm)
        || is_institution(norm)
        || is_given_name(norm)
        || is_country(norm)
        || known(norm)
    {
        return false;
    }
    // بذلك، بكل، لجميع: a particle after the letter (not بوب: و there is no conjunction).
    let particle = !rest.starts_with('و') && is_name_stop(rest);
    if particle || (norm.starts_with('ب') && VERBS_WITH_BA.contains(verb)) {
        return true;
    }
    let with_article = format!("ال{rest}");
    rest.chars().count() >= 3
        && toks
            .iter()
            .any(|o| o.is_word() && (o.norm == rest || o.norm == with_article))
}

/// Where the ب complement of a verb that takes it (`verb`, its stem) opens after a subject that
/// starts at `from`: a word with ب and the article that names no place, body or office (وأشاد
/// أمير منطقة عسير بالاهتمام الكبير، ورحب الوزير بالقرار), or a verbal noun with ب (وطالب
/// رئيس الجمعية خالد بن سعد بتوفير الدعم). The place of an office stays in it
/// (مدير الشؤون الصحية بالمنطقة، رئيس الغرفة التجارية بالرياض).
pub(crate) fn ba_complement_after(
    toks: &[Tok],
    verb: &str,
    from: usize,
    end: usize,
) -> Option<usize> {
    if !VERBS_WITH_BA.contains(verb) {
        return None;
    }
    (from + 1..end.min(from + 16))
        .take_while(|&j| toks.get(j).is_some_and(|t| t.is_word() || t.is_comma()))
        .find(|&j| {
            toks.get(j).is_some_and(|t| {
                let w = t.norm.as_str();
                // بتوفير، بإبرام: a verbal noun with ب, not a family name in ي (بترجي).
                // (Not بأن, which opens a statement, nor باسم of an office: المتحدث باسم.)
                let verbal = (is_prefixed_complement(w) || t.prefixed_ifal)
                    && !w.ends_with('ي')
                    && !is_complementizer(w)
                    && w != "باسم";
                w.strip_prefix('ب').is_some_and(|rest| {
                    (rest.starts_with("ال") || verbal)
                        && !is_institution(w)
                        && !is_city(rest)
                        && !is_country(rest)
                        && !is_title(rest)
                        && !is_group(rest)
                        && !is_body(strip_article(rest).0)
                })
            })
        })
}

/// True for an indefinite accusative written without its tanween: a word in ا of the shape of a
/// participle, فاعلًا (باكيا، ضاحكا، دائما) or مُفعِلًا and the derived forms (مرارا، مسبقا،
/// مدافعا). Names of that shape (ماريا، شارما) are in the lexicon or known to the article.
pub(crate) fn is_bare_accusative(norm: &str, known: impl Fn(&str) -> bool) -> bool {
    let letters: Vec<char> = norm.chars().collect();
    let n = letters.len();
    if n < 5 || letters[n - 1] != 'ا' || letters[n - 2] == 'ا' {
        return false;
    }
    let fa_il = n == 5 && letters[1] == 'ا' && letters[3] != 'ا';
    let mufa_il = letters[0] == 'م' && !matches!(letters[1], 'ا' | 'و' | 'ي');
    (fa_il || mufa_il) && !is_given_name(norm) && !is_country(norm) && !known(norm)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn participles_in_alif_are_accusatives_and_names_are_not() {
        for w in [
            "باكيا",
            "ضاحكا",
            "دائما",
            "مرارا",
            "مسبقا",
            "مدافعا",
            "مشترطا",
        ] {
            assert!(is_bare_accusative(w, |_| false), "{w}");
        }
        for w in [
            "ماليزيا",
            "أوباما",
            "مارادونا",
            "موكاسا",
            "بلير",
            "رضا",
            "مصطفى",
        ] {
            assert!(!is_bare_accusative(w, |_| false), "{w}");
        }
        // A surname the article gave (راجيف شارما) is a name where it is said alone.
        assert!(!is_bare_accusative("شارما", |w| w == "شارما"));
    }
}
