//! A person's name recognized as a whole, and the speaker found inside the words between a
//! reporting verb and its statement.
//!
//! Arabic news names an official as a chain of titles and offices followed by the name, or the
//! name followed by the office: وأوضح أمين المنطقة الشرقية بالإنابة المهندس جمال بن ناصر الملحم
//! أن …؛ وأوضح عبد الله الزيد مساعد الرئيس التنفيذي للإعلام أن …. The words between the verb and
//! the complementizer (أن، إن) or colon are the subject, whole: so the name is found there by
//! what names are made of, not by where a left-to-right reading of the title happens to stop.
//!
//! Steps, each a function below: [`given_at`] (a given name: a word of the lexicon, or a compound
//! of عبد / أبو / … الدين), [`person_at`] (the name that runs on from it: بن / ابن chains, a
//! father's name, family names with ال or آل, the words of a foreign name), and [`split_subject`]
//! (the name inside a subject: a person's name, a name the article gave before, or else the bare
//! words that follow a definite office, which cannot take them as its genitive).

use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use super::family_names::{bare_family_at_boundary, family_at_boundary, nisba_family};
use super::lexicon::{
    cue_stem, is_complementizer, is_group, is_institution, is_name_stop, is_naming,
    is_place_adjective, is_prefixed_complement, is_title, is_unnamed_source, strip_article,
    word_list,
};
use super::phrase_words::after_eponym;
use super::tokens::{ABBREVIATION_DOT, Tok, TokKind};

/// Arabic given names that open a full name (the lexicon file lists them).
static GIVEN: LazyLock<HashSet<String>> =
    LazyLock::new(|| word_list(include_str!("words/given_names.txt")));

/// Foreign given names as the Arabic press writes them.
static FOREIGN_GIVEN: LazyLock<HashSet<String>> =
    LazyLock::new(|| word_list(include_str!("words/foreign_given_names.txt")));

/// The longest name a speaker has, in words (محمد بن عبد الله بن سعد آل سعود).
const NAME_WORDS_MAX: usize = 7;

/// Words that link a given name to a father's or family name.
pub(crate) fn is_lineage(norm: &str) -> bool {
    matches!(norm, "بن" | "ابن" | "بنت" | "ولد")
}

/// True when the word is a given name of the lexicon.
pub(crate) fn is_given_name(norm: &str) -> bool {
    GIVEN.contains(norm) || FOREIGN_GIVEN.contains(norm)
}

/// True when the word is an Arabic given name of the lexicon (not a foreign one).
pub(crate) fn is_arabic_given_name(norm: &str) -> bool {
    GIVEN.contains(norm)
}

/// True for a particle inside a foreign name (ڤان as [`super::tokens`] reads it, فون، در،
/// دير، دن).
pub(crate) fn is_name_particle(norm: &str) -> bool {
    norm == VAN || norm == "فون" || is_name_infix(norm)
}

/// True for the short infix of a Dutch or German name after its particle (فان در، فون دير).
pub(crate) fn is_name_infix(norm: &str) -> bool {
    matches!(norm, "در" | "دير" | "دن")
}

/// فان read as the particle of a Dutch name, not فإن: ڤان, the letter of "v".
pub(crate) const VAN: &str = "\u{06A4}ان";

/// True for a listed foreign given name (لويس، يوهانس).
pub(crate) fn is_foreign_given_name(norm: &str) -> bool {
    FOREIGN_GIVEN.contains(norm)
}

pub(crate) fn word(toks: &[Tok], i: usize) -> Option<&str> {
    toks.get(i).filter(|t| t.is_word()).map(|t| t.norm.as_str())
}

/// How many words the given name at `i` takes: عبدالله (1), عبد الله (2), أبو بكر (2), صلاح الدين
/// (2), محمد (1); `None` when the word opens no name.
pub(crate) fn given_at(toks: &[Tok], i: usize, limit: usize) -> Option<usize> {
    let w = word(toks, i)?;
    let next = (i + 1 < limit).then(|| word(toks, i + 1)).flatten();
    // أم is more often "or" than the start of a name (أم كلثوم).
    if matches!(w, "عبد" | "ابو" | "ابي") {
        return next
            .filter(|n| n.chars().count() >= 2 && !is_name_stop(n))
            .map(|_| 2);
    }
    if w.starts_with("عبد") && w.chars().count() >= 6 {
        return Some(1); // عبدالله، عبدالعزيز، عبدالرحمن
    }
    if !is_given_name(w) {
        // الوليد بن طلال، الحسن بن علي: a given name may take the article, and then a lineage
        // word follows it.
        let definite_given = w.strip_prefix("ال").is_some_and(|b| GIVEN.contains(b));
        return (definite_given && next.is_some_and(is_lineage)).then_some(1);
    }
    // عيد الفطر، رمضان المبارك: a feast or a month, not a person.
    if next.is_some_and(|n| FEASTS.contains(n)) {
        return None;
    }
    if next.is_some_and(|n| matches!(n, "الدين" | "الاسلام")) {
        return Some(2); // صلاح الدين، سيف الإسلام
    }
    // مساعد، أمين: a name that is also an office names a person only where a name follows.
    if is_title(w) && !next.is_some_and(is_lineage) {
        return None;
    }
    Some(1)
}

/// A word that may stand inside a name after its first word: not a particle, an office, a
/// reporting verb, a number or a prepositional complement.
pub(crate) fn name_word(t: &Tok) -> bool {
    let w = t.norm.as_str();
    t.is_word()
        // Two letters at least: أ.د.، م. are letters of an abbreviated title.
        && w.chars().nth(1).is_some()
        && !is_name_stop(w)
        && !is_title(w)
        && !is_complementizer(w)
        && cue_stem(w).is_none()
        && !w.chars().next().is_some_and(char::is_numeric)
        && !is_prefixed_complement(w)
        && !t.prefixed_ifal
        && !t.tanween
        && !is_naming(w)
        // ووزير المالية، وأبرز: an office after و opens a second person; an elative after a name
        // opens the verb's object (كشف فلان أبرز ملامح …).
        && !w.strip_prefix('و').is_some_and(is_title)
        && !super::lexicon::is_object_elative(w)
        // لفرانس برس، لرويترز: the press told, never the name.
        && !super::word_classes::is_told_to_press(w)
}

/// True for a long word that ends in an attached pronoun (سعيهم، بإمكانه، أعمالنا), which no
/// word of a name does.
pub(crate) fn ends_in_pronoun(w: &str) -> bool {
    w.chars().count() >= 5 && ["ه", "ها", "هم", "نا"].iter().any(|x| w.ends_with(x))
}

/// A family name with the article (الملحم، الصباح، العتيبي): a definite word that is not an
/// office, a body, a feminine noun or a word with a pronoun.
fn family_word(t: &Tok) -> bool {
    let w = t.norm.as_str();
    let (body, definite) = strip_article(w);
    definite
        && !w.starts_with('و')
        && name_word(t)
        && !is_group(w)
        && !is_institution(w)
        && !is_place_adjective(w)
        && !body.ends_with('ة')
        && !["ها", "هم", "هما"].iter().any(|s| body.ends_with(s))
}

/// The end (one past the last token) of the person's name that starts at `i` with a given
/// name, not beyond `limit`.
pub(crate) fn person_at(toks: &[Tok], i: usize, limit: usize) -> Option<usize> {
    person_with_families(toks, i, limit, 2)
}

/// [`person_at`] with at most `families` family names after the given and father's names: two
/// in a subject that ends at its statement (المبارك الصباح), one where the name may run on into
/// the object of its verb (ووصف حسن الزين الاتفاق).
pub(crate) fn person_with_families(
    toks: &[Tok],
    i: usize,
    limit: usize,
    families: usize,
) -> Option<usize> {
    let given_len = given_at(toks, i, limit)?;
    let mut j = i + given_len;
    let mut family = 0;
    let mut bare = 0;
    // ماجد عبدالكريم: a father's name after the given one, so a nisba after both is the
    // family name (ماجد عبدالكريم الإفريقي), not an adjective of an office.
    let mut father = false;
    // A بن / آل link was read: the name is an Arabic one.
    let mut linked = false;
    // ريتشارد توتاه: the words of a foreign name may end in اه, which is no pronoun.
    let foreign = word(toks, i).is_some_and(|w| FOREIGN_GIVEN.contains(w));
    while j < limit && j - i < NAME_WORDS_MAX {
        let Some(t) = toks.get(j).filter(|t| t.is_word()) else {
            break;
        };
        let w = t.norm.as_str();
        if is_lineage(w) || w == "ال" {
            // بن ناصر، آل سعود: the linked word is a name whatever it looks like.
            let link = given_at(toks, j + 1, limit).unwrap_or(1);
            if j + 1 + link > limit || !toks.get(j + 1).is_some_and(Tok::is_word) {
                break;
            }
            j += 1 + link;
            linked = true;
        } else if family == 0 && linked && hejazi_family(toks, j, limit) {
            // مازن بن محمد بترجي: a family name in ي that starts with ب, after the chain.
            family += 1;
            j += 1;
        } else if family == 0
            && let Some(len) = given_at(toks, j, limit)
        {
            j += len; // محمد عبد الله المبارك: a father's name without بن
            father = true;
        } else if family < families
            && (family_word(t)
                || (family == 0 && family_at_boundary(toks, i, j, limit))
                || (family == 0 && father && nisba_family(t)))
        {
            family += 1;
            j += 1;
        } else if family == 0
            && bare < 2
            && name_word(t)
            && !and_given_name(toks, j, limit)
            && !strip_article(w).1
            && !(j >= i + 2 && w.ends_with('ة'))
            && !(!(foreign && w.ends_with("اه")) && ends_in_pronoun(w))
        {
            // After two words a bare word in ة that is no listed name is a noun (وسام حمدان
            // جدارة …: the object of the verb); a word with a pronoun is one too (أوناي ايمري
            // سعيهم).
            // هيلاري كلينتون، خوسيه أنطونيو ريس: the words of a foreign name.
            // فان در، فون دير: the particles of a foreign name count as none of its words.
            if !is_name_particle(w) {
                bare += 1;
            }
            j += 1;
        } else if family == 0
            && bare == 0
            && j == i + given_len
            && bare_family_at_boundary(toks, i, j, limit)
        {
            family += 1;
            j += 1;
        } else {
            break;
        }
    }
    Some(j)
}

/// True for a family name that starts with ب and ends in ي at `j` (بترجي، بخاري، بغدادي): no
/// verbal noun with ب (بتوفير، بإبرام) ends so, and no definite noun follows it as its genitive.
fn hejazi_family(toks: &[Tok], j: usize, limit: usize) -> bool {
    toks.get(j).is_some_and(|t| {
        let w = t.norm.as_str();
        t.is_word()
            && w.starts_with('ب')
            && !w.starts_with("بال")
            && w.ends_with('ي')
            && w.chars().count() >= 5
            && !t.tanween
    }) && !toks
        .get(j + 1)
        .filter(|_| j + 1 < limit)
        .is_some_and(|n| n.is_word() && strip_article(&n.norm).1)
}

/// The speaker found in the subject words `seg` of a reporting verb: the name's tokens, and the
/// tokens of the office given with it (before or after it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SubjectName {
    /// The name.
    pub name: Range<usize>,
    /// The office or title, when the subject gives one.
    pub role: Option<Range<usize>>,
}

/// Finds the name in the subject `seg`. `known` tells whether a word is part of a name the
/// article gave before (a surname said alone: ولفت الشريع).
pub(crate) fn split_subject(
    toks: &[Tok],
    seg: Range<usize>,
    known: impl Fn(&str) -> bool,
) -> Option<SubjectName> {
    // The subject follows its verb: a name right at the start wins over one further on, which
    // may be the object's (وأشاد ايمري بالمدير الفني لويس إنريكي).
    let at_start = seg.start..seg.end.min(seg.start + 1);
    let mut name = person_in(toks, &at_start, &seg)
        .or_else(|| known_in(toks, &at_start, &known))
        .or_else(|| person_in(toks, &seg, &seg))
        .or_else(|| known_in(toks, &seg, &known))
        .or_else(|| after_office(toks, &seg))?;
    // خالد الفالح وعادل الجبير: two people speak together.
    if let Some(end) = coordinated_person(toks, name.end, seg.end) {
        name.end = end;
    }
    let role = role_around(toks, &seg, &name);
    Some(SubjectName { name, role })
}

/// True when the word at `j` is و and a given name (وأحمد), not a name that starts with و
/// (وليد): a second person, coordinated.
fn and_given_name(toks: &[Tok], j: usize, limit: usize) -> bool {
    toks.get(j)
        .and_then(|t| t.norm.strip_prefix('و'))
        .is_some_and(|rest| is_given_name(rest) && given_at(toks, j, limit).is_none())
}

/// The end of a second person's whole name, coordinated at `j` (… وعادل الجبير), not beyond
/// `limit`.
pub(crate) fn coordinated_person(toks: &[Tok], j: usize, limit: usize) -> Option<usize> {
    if !and_given_name(toks, j, limit) {
        return None;
    }
    let mut local: Vec<Tok> = toks.get(j..limit)?.to_vec();
    let first = local.first_mut()?;
    first.norm = first.norm.strip_prefix('و')?.to_owned();
    person_at(&local, 0, local.len())
        .filter(|&e| e >= 2)
        .map(|e| j + e)
}

/// True when the token at `k` is inside a phrase told to (لـ«الاقتصادية»، لوكالة الأنباء) or
/// follows a lineage word: no name starts there.
fn name_may_start(toks: &[Tok], seg: &Range<usize>, k: usize) -> bool {
    k == seg.start
        || (!follows_link(toks, k)
            && !adjective_of_unnamed(toks, k)
            && !eponym(toks, seg, k)
            && !genitive_of_institution(toks, k))
}

/// True when the word before `k` is an institution in the construct state (بمجلس حقوق
/// الإنسان، مؤسسة محمد بن راشد): what follows is its complement or the one it is named after,
/// not the speaker.
fn genitive_of_institution(toks: &[Tok], k: usize) -> bool {
    k.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|p| {
        let word = ["وب", "ول", "ب", "ل", "و"]
            .iter()
            .find_map(|x| p.norm.strip_prefix(x).filter(|r| is_institution(r)))
            .unwrap_or(&p.norm);
        p.is_word() && !p.tanween && !strip_article(word).1 && is_institution(word)
    })
}

/// True when the name at `k` follows a ruler's title after a noun of a place or institution
/// (مديرة مكتبة الملك عبدالعزيز العامة، مدير جامعة الأمير سلطان): the person an institution is
/// named after, not the speaker.
fn eponym(toks: &[Tok], seg: &Range<usize>, k: usize) -> bool {
    k.checked_sub(1).is_some_and(|title| title > seg.start) && after_eponym(toks, k)
}

/// True when the word at `k` follows an indefinite unnamed source it can describe (مسؤول تركي،
/// مصدر عراقي): a given name that is also a nisba adjective is the adjective there.
fn adjective_of_unnamed(toks: &[Tok], k: usize) -> bool {
    let nisba = toks.get(k).is_some_and(|t| t.norm.ends_with('ي'));
    nisba
        && k.checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|p| p.is_word() && !strip_article(&p.norm).1 && is_unnamed_source(&p.norm))
}

/// True when the word before token `k` links it into a name already begun (بن ناصر، عبد الله،
/// أبو بكر، آل سعود): no name starts at `k`.
pub(crate) fn follows_link(toks: &[Tok], k: usize) -> bool {
    k.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|p| {
        p.is_word() && (is_lineage(&p.norm) || matches!(p.norm.as_str(), "عبد" | "ابو" | "ال"))
    })
}

/// The first person's name that opens with a given name in `within`, read on to the end of
/// the subject `seg`.
fn person_in(toks: &[Tok], within: &Range<usize>, seg: &Range<usize>) -> Option<Range<usize>> {
    within
        .clone()
        .filter(|&k| name_may_start(toks, seg, k))
        .find_map(|k| person_span(toks, k, seg))
}

/// The name at `k`: with two family names only where the subject ends after them or an office
/// follows (… المبارك الصباح إن); else with one, the next definite word being the verb's object
/// (ووصف حسن الزين الاتفاق بـ…).
fn person_span(toks: &[Tok], k: usize, seg: &Range<usize>) -> Option<Range<usize>> {
    let two = person_at(toks, k, seg.end)?;
    let bounded = two == seg.end
        || toks
            .get(two)
            .is_some_and(|t| !t.is_word() || is_title(&t.norm));
    if bounded {
        Some(k..two)
    } else {
        person_with_families(toks, k, seg.end, 1).map(|e| k..e)
    }
}

/// A word of a name the article gave before, said alone (الشريع، العياشي).
fn known_in(
    toks: &[Tok],
    seg: &Range<usize>,
    known: &impl Fn(&str) -> bool,
) -> Option<Range<usize>> {
    seg.clone().find_map(|k| {
        let t = toks.get(k).filter(|t| t.is_word() && name_word(t))?;
        let addressee = t.norm.starts_with('ل') && !known(&t.norm);
        (!addressee && known(&t.norm)).then_some(k..k + 1)
    })
}

/// The bare words right after a definite office (وزير الدفاع البريطاني مارك فالون، مسؤول فرع
/// الاتحاد في الموصل غياس سورجي): a definite noun takes no genitive, so a bare word after it
/// starts a new phrase, and in a subject that is the name. Only after an office that a title
/// opens.
fn after_office(toks: &[Tok], seg: &Range<usize>) -> Option<Range<usize>> {
    let first = toks.get(seg.start).filter(|t| t.is_word())?;
    // أحد الباحثين آنج كوي: "one of" a definite plural describes the one named after it.
    let one_of = super::lexicon::is_one_of(&first.norm)
        && toks
            .get(seg.start + 1)
            .is_some_and(|t| t.is_word() && strip_article(&t.norm).1);
    if !is_title(&first.norm) && !one_of {
        return None;
    }
    let mut k = seg.start + 1;
    while k < seg.end {
        let t = toks.get(k)?;
        let prev = toks.get(k - 1)?;
        // … في الموصل غياس سورجي: a place named after في / من is a proper noun, definite too.
        // … في مهرجان تمور بريدة: a naming noun or a body after في is no place.
        let after_place = k >= seg.start + 2
            && toks
                .get(k - 2)
                .is_some_and(|p| matches!(p.norm.as_str(), "في" | "من" | "ب"))
            && !is_naming(&prev.norm)
            && !is_institution(&prev.norm);
        // … في شركة "فاير آي" مانيش جوبتا: a body's quoted name closes the office too.
        let ends_office = prev.is_punct(ABBREVIATION_DOT)
            || (matches!(prev.kind, TokKind::Mark(_)) && closes_quoted(toks, seg.start, k - 1))
            || prev.is_word()
                && (strip_article(&prev.norm).1
                    || after_place
                    || (prev.norm.starts_with('ب') && !is_title(&prev.norm)));
        // وليد، وسام: a listed given name may start with و; another word with it is a
        // coordinated noun. A bare word in ة that is no given name is the verb's object
        // (أكد الوزير ضرورة …), not a name.
        let w = t.norm.as_str();
        let listed = is_given_name(w);
        // نائب الرئيس الأول لقسم المنتجات: ل or ب with a definite genitive after it is more
        // of the office, not a name.
        // لوبا السمري: a family name in ي after it keeps it a name. بجازان: a city is the
        // office's place.
        let genitive = (w.starts_with('ل') || w.starts_with('ب'))
            && toks
                .get(k + 1)
                .is_some_and(|n| n.is_word() && strip_article(&n.norm).1 && !n.norm.ends_with('ي'));
        let city = w.strip_prefix('ب').is_some_and(super::lexicon::is_city);
        let bare_name = !strip_article(w).1
            && (listed || (!w.starts_with('و') && !w.ends_with('ة') && !genitive && !city));
        if ends_office
            && name_word(t)
            && bare_name
            && !genitive_of_institution(toks, k)
            && !eponym(toks, seg, k)
        {
            let mut end = k + 1;
            while end < seg.end
                && end - k < 4
                && toks
                    .get(end)
                    .is_some_and(|n| name_word(n) && (!strip_article(&n.norm).1 || family_word(n)))
            {
                end += 1;
            }
            return Some(k..end);
        }
        if !t.is_word() && !matches!(t.kind, TokKind::Mark(_)) && !t.is_punct(ABBREVIATION_DOT) {
            return None;
        }
        k += 1;
    }
    None
}

/// True when the quote mark at `at` closes one opened after `from`: an even count of marks
/// from there up to it.
fn closes_quoted(toks: &[Tok], from: usize, at: usize) -> bool {
    let marks = (from..=at)
        .filter(|&m| {
            toks.get(m)
                .is_some_and(|t| matches!(t.kind, TokKind::Mark(_)))
        })
        .count();
    marks >= 2 && marks % 2 == 0
}

/// The office given with the name: the words before it (from a title), or an apposition after
/// it that opens with a title.
fn role_around(toks: &[Tok], seg: &Range<usize>, name: &Range<usize>) -> Option<Range<usize>> {
    let first_title = (seg.start..name.start).find(|&k| {
        toks.get(k)
            .is_some_and(|t| t.is_word() && is_title(&t.norm))
    });
    if let Some(start) = first_title {
        let mut end = name.start;
        while end > start && toks.get(end - 1).is_some_and(|t| !t.is_word()) {
            end -= 1;
        }
        return (end > start).then_some(start..end);
    }
    let mut start = name.end;
    while start < seg.end && toks.get(start).is_some_and(|t| !t.is_word()) {
        start += 1;
    }
    let opens = toks
        .get(start)
        .is_some_and(|t| t.is_word() && is_title(&t.norm));
    let mut end = seg.end;
    while end > start && toks.get(end - 1).is_some_and(|t| !t.is_word()) {
        end -= 1;
    }
    (opens && end > start).then_some(start..end)
}

static FEASTS: LazyLock<HashSet<String>> =
    LazyLock::new(|| word_list(include_str!("words/feasts.txt")));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::tokens::tokenize;

    fn name_in(text: &str) -> (String, String) {
        let toks = tokenize(text, 0);
        let found = split_subject(&toks, 0..toks.len(), |_| false).expect("a name");
        let words = |r: &Range<usize>| text[toks[r.start].start..toks[r.end - 1].end].to_owned();
        (
            words(&found.name),
            found.role.as_ref().map(words).unwrap_or_default(),
        )
    }

    #[test]
    fn a_long_office_then_the_full_name() {
        assert_eq!(
            name_in("المشرف على برنامج التحويل بوزارة الصحة سليمان بن أحمد الشريع"),
            ("سليمان بن أحمد الشريع".into(), String::new())
        );
        assert_eq!(
            name_in("أمين المحافظة بالإنابة المهندس فهد بن سعد الحربي"),
            (
                "فهد بن سعد الحربي".into(),
                "أمين المحافظة بالإنابة المهندس".into()
            )
        );
        assert_eq!(
            name_in("وزير الدولة لشؤون الإسكان الشيخ محمد عبد الله المبارك الصباح"),
            (
                "محمد عبد الله المبارك الصباح".into(),
                "وزير الدولة لشؤون الإسكان الشيخ".into()
            )
        );
    }

    #[test]
    fn the_name_then_its_office() {
        assert_eq!(
            name_in("عبدالله الشمري مدير العلاقات العامة في المهرجان"),
            (
                "عبدالله الشمري".into(),
                "مدير العلاقات العامة في المهرجان".into()
            )
        );
    }

    #[test]
    fn an_unlisted_name_after_a_definite_office() {
        assert_eq!(
            name_in("وزير الزراعة الفرنسي ستيفان لوفول").0,
            "ستيفان لوفول"
        );
        assert_eq!(
            name_in("رئيس فرع الحزب في كركوك شوان داوودي").0,
            "شوان داوودي"
        );
        assert_eq!(
            name_in("قائد شرطة المحافظة اللواء الركن ثائر الدليمي").0,
            "ثائر الدليمي"
        );
    }

    #[test]
    fn a_construct_office_holds_no_name() {
        let toks = tokenize("مدير مهرجان صيف أبها", 0);
        assert_eq!(split_subject(&toks, 0..toks.len(), |_| false), None);
    }

    #[test]
    fn a_surname_the_article_gave_before() {
        let toks = tokenize("المطيري", 0);
        let found = split_subject(&toks, 0..1, |w| w == "المطيري").expect("known");
        assert_eq!(found.name, 0..1);
    }
}
