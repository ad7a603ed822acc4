//! Family names that only their place tells from common words: a day or a noun in ة right
//! before the statement (عبدالرحمن الخميس، المهندس محمد العمرة), a nisba after the given and
//! father's names (ماجد عبدالكريم الإفريقي), and a word of no name's shape right after a given
//! name with the statement opening after it (حامد بالخير، عبدالقادر باعشن).

use super::lexicon::{
    cue_stem, is_complementizer, is_day, is_eponym_title, is_group, is_institution, is_name_stop,
    is_place_adjective, is_title, strip_article,
};
use super::person::{ends_in_pronoun, given_at, is_arabic_given_name, name_word, word};
use super::phrase_words::is_definite_honorific;
use super::tokens::{Tok, TokKind};

/// A family name that looks like a common word, read as a name where nothing else can follow
/// the given name: a day (عبدالرحمن الخميس) right after an Arabic given name, or a word in ة
/// that is no nisba adjective after an honorific (المهندس محمد العمرة), with the subject ending
/// right after it (a comma, أن / إن, a colon, a full stop, a reporting word). A foreign name is
/// dated by a day (أوباما الخميس).
pub(crate) fn family_at_boundary(toks: &[Tok], i: usize, j: usize, limit: usize) -> bool {
    let Some(t) = toks.get(j) else {
        return false;
    };
    let (body, definite) = strip_article(&t.norm);
    if !definite || t.norm.starts_with('و') {
        return false;
    }
    let day = is_day(&t.norm);
    let in_ta = body.ends_with('ة') && !body.ends_with("ية") && body.chars().count() >= 4;
    if !day && !in_ta {
        return false;
    }
    let ends = j + 1 >= limit
        || toks.get(j + 1).is_some_and(|n| match n.kind {
            TokKind::Punct(c) => matches!(c, '،' | ',' | ':' | '.' | '؛'),
            // … المهندس محمد العمرة قائلاً: a reporting word after the name ends it too.
            TokKind::Word => is_complementizer(&n.norm) || cue_stem(&n.norm).is_some(),
            TokKind::Mark(_) => false,
        });
    if !ends {
        return false;
    }
    if day {
        // عبدالرحمن الخميس، عبد الله الجمعة: the day right after an Arabic given name; مسؤول
        // تركي الإثنين: a given name that reads as an adjective of the noun before it.
        let arabic = word(toks, i).is_some_and(|w| is_arabic_given_name(w) || w.starts_with("عبد"));
        let after_noun = i > 0
            && toks.get(i - 1).is_some_and(|p| {
                p.is_word() && !strip_article(&p.norm).1 && cue_stem(&p.norm).is_none()
            });
        return arabic && !after_noun && given_at(toks, i, limit).is_some_and(|len| i + len == j);
    }
    // A word in ة after a name an honorific announces (المهندس محمد العمرة): after a king's
    // or a prince's name it is more of an institution's name (مكتبة الملك عبدالعزيز العامة).
    // An office with the article announces one too (الوزير توفيق الربيعة), a ruler's does not.
    let announced = i > 0
        && toks.get(i - 1).is_some_and(|h| {
            is_definite_honorific(&h.norm)
                || (strip_article(&h.norm).1 && is_title(&h.norm) && !is_eponym_title(&h.norm))
        });
    announced && !is_institution(&t.norm) && !is_group(&t.norm)
}

/// A nisba with the article (الإفريقي، المصري) as a family name: the adjective a place gives.
pub(crate) fn nisba_family(t: &Tok) -> bool {
    let w = t.norm.as_str();
    strip_article(w).1 && !w.starts_with('و') && name_word(t) && is_place_adjective(w)
}

/// A family name of no shape a name has (امين طالب، حامد بالخير), right after an Arabic given
/// name and with the statement opening right after it (a comma, أن / إن, a colon): nothing but
/// the family name stands there.
pub(crate) fn bare_family_at_boundary(toks: &[Tok], given: usize, at: usize, limit: usize) -> bool {
    let Some(tok) = toks.get(at).filter(|t| t.is_word()) else {
        return false;
    };
    let w = tok.norm.as_str();
    let arabic = word(toks, given).is_some_and(|g| is_arabic_given_name(g) || g.starts_with("عبد"));
    let plain = w.chars().count() >= 3
        && !tok.tanween
        && !w.starts_with('و')
        && !strip_article(w).1
        && !is_name_stop(w)
        && !is_title(w)
        && !is_complementizer(w)
        && !is_day(w)
        && !super::lexicon::is_time_word(w)
        // حسين قائلا، عبدالإله بالقول، رمضان بإمكانه، صالح للألغام: a reporting word, a word
        // with a pronoun or a preposition with the article is no name.
        && cue_stem(w).is_none()
        && !w.starts_with("لل")
        && !ends_in_pronoun(w);
    let opens = at + 1 < limit
        && toks.get(at + 1).is_some_and(|n| match n.kind {
            TokKind::Punct(c) => matches!(c, '،' | ',' | ':'),
            TokKind::Word => is_complementizer(&n.norm),
            TokKind::Mark(_) => false,
        });
    arabic && plain && opens
}
