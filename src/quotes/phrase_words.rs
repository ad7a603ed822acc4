//! The word classes the speaker phrase is read with: reporting verbs, blessings and the sacred
//! phrases that stand for God or the Prophet, particles, prepositions, name linkers, nouns with a
//! pronoun or in the construct state, prepositional complements.

use super::lexicon::{
    CueForm, cue_stem, is_complementizer, is_eponym_noun, is_eponym_title, is_institution,
    is_name_stop, is_place_adjective, is_prefixed_complement, is_title, strip_article,
};
use super::speakers::Np;
use super::tokens::{Tok, TokKind};

static HONORIFICS: std::sync::LazyLock<rustc_hash::FxHashSet<String>> =
    std::sync::LazyLock::new(|| super::lexicon::word_list(include_str!("words/honorifics.txt")));

/// True for a definite honorific that stands right before a name (الدكتور، المهندس، الشيخ).
pub(super) fn is_definite_honorific(norm: &str) -> bool {
    let (body, definite) = strip_article(norm);
    definite && HONORIFICS.contains(body)
}

pub(super) fn is_verb_cue(norm: &str) -> bool {
    cue_stem(norm).is_some_and(|(_, f)| f != CueForm::Source)
}

/// The first word of a blessing said after a name (رحمه الله، حفظه الله، صلى الله عليه وسلم):
/// never part of the speaker's name.
pub(super) fn is_blessing(norm: &str) -> bool {
    matches!(norm, "رحمه" | "رحمها" | "يرحمه" | "حفظه" | "يحفظه" | "صلى")
}

/// The name God is credited with as a speaker.
pub(super) const GOD: &str = "الله تعالى";

/// The name the Prophet is credited with as a speaker.
pub(super) const PROPHET: &str = "النبي محمد";

/// The phrases that stand for God or the Prophet right after a reporting verb, as religious text
/// quotes scripture (قال تعالى، يقول صلى الله عليه وسلم), and who they name.
const SACRED: &[(&[&str], &str)] = &[
    (&["الله", "سبحانه", "وتعالى"], GOD),
    (&["الله", "تبارك", "وتعالى"], GOD),
    (&["الله", "عز", "وجل"], GOD),
    (&["الله", "تعالى"], GOD),
    (&["سبحانه", "وتعالى"], GOD),
    (&["تعالى"], GOD),
    (&["عز", "وجل"], GOD),
    (&["صلى", "الله", "عليه", "وسلم"], PROPHET),
];

/// The sacred phrase at token `i`: its length in tokens and who it names.
pub(super) fn sacred_at(toks: &[Tok], i: usize, limit: usize) -> Option<(usize, &'static str)> {
    SACRED.iter().find_map(|(words, who)| {
        let fits = i + words.len() <= limit
            && words
                .iter()
                .enumerate()
                .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.is_word() && t.norm == *w));
        fits.then_some((words.len(), *who))
    })
}

/// True for a name [`sacred_speaker`] gives: scripture quoted in an article, not the subject a
/// later cue without one refers to.
pub(crate) fn is_sacred_name(name: &str) -> bool {
    SACRED.iter().any(|(_, who)| *who == name)
}

/// Who a speaker phrase made of a sacred phrase names (الله تعالى، النبي محمد), if it is one.
pub(crate) fn sacred_speaker(toks: &[Tok], np: &Np) -> Option<&'static str> {
    sacred_at(toks, np.start, np.end)
        .filter(|(len, _)| np.start + len == np.end)
        .map(|(_, who)| who)
}

/// إنّ and its sisters, whose subject is accusative (إن مصدراً، لكن مسؤولاً).
pub(super) fn is_inna_particle(norm: &str) -> bool {
    matches!(
        norm,
        "ان" | "بان" | "وان" | "لان" | "لكن" | "ولكن" | "كان" | "لعل"
    )
}

pub(super) fn is_number(norm: &str) -> bool {
    norm.chars().next().is_some_and(char::is_numeric)
}

pub(super) fn is_bare_prep(norm: &str) -> bool {
    matches!(norm, "في" | "من" | "ب" | "ل" | "لـ" | "بـ" | "باسم" | "لدى")
}

/// Words inside Arabic names that take a definite word after them (عبد الله، أبو الغيط).
pub(super) fn is_name_linker(norm: &str) -> bool {
    matches!(
        norm,
        "عبد"
            | "العبد"
            | "ابو"
            | "بن"
            | "ابن"
            | "بنت"
            | "ال"
            | "ذو"
            | "ولد"
            | "صلاح"
            | "نور"
            | "سيف"
            | "عز"
            | "علاء"
            | "جمال"
            | "محيي"
            | "بدر"
            | "شمس"
            | "زين"
            | "تاج"
            | "حسام"
            | "عماد"
            | "فخر"
            | "نصر"
            | "ضياء"
            | "شرف"
            | "بهاء"
            | "خير"
            | "سعد"
            | "نجم"
            | "عصام"
            | "كمال"
            | "جلال"
            | "محب"
    )
}

/// A possessive or object pronoun at the end of a longer word (اهتمامها، بلادهم), or "his" on a
/// noun in ة, whose ة turns to ت before it (استقالته، زيارته، تحياته): no word of a name.
pub(super) fn has_pronoun_suffix(norm: &str) -> bool {
    norm.chars().count() >= 5
        && (norm.ends_with("ها")
            || norm.ends_with("هم")
            || norm.ends_with("هما")
            || norm.ends_with("ته"))
}

/// A word inflected as no name is: a preposition with a possessive (باهتمامه، لبلاده), or a
/// verb with "we" (أشعرنا، قررنا). After an Arabic given name such a word ends the name
/// (الملك سلمان أشعرنا باهتمامه).
pub(super) fn inflected(norm: &str) -> bool {
    let long = norm.chars().count() >= 5;
    let possessive = ["ه", "ها", "هم", "هما", "نا", "كم"]
        .iter()
        .any(|x| norm.ends_with(x));
    long && ((norm.starts_with(['ب', 'ل', 'ف', 'ك']) && possessive) || norm.ends_with("نا"))
}

/// A word with a possessive pronoun (رأيه، بلادنا) or a verb in the future (سيكون، ستعمل).
pub(super) fn possessive_or_future(norm: &str) -> bool {
    let n = norm.chars().count();
    (n >= 4
        && ["ه", "ها", "هم", "نا", "كم"]
            .iter()
            .any(|x| norm.ends_with(x)))
        || (n >= 5 && ["سي", "ست", "سن"].iter().any(|x| norm.starts_with(x)))
}

/// A bare first word followed by a definite noun that is not a place adjective nor a name stop:
/// a construct phrase (وسائل الإعلام), not a name followed by its object.
pub(super) fn next_is_genitive(toks: &[Tok], i: usize) -> bool {
    toks.get(i + 1).is_some_and(|n| {
        n.is_word()
            && strip_article(&n.norm).1
            && !is_place_adjective(&n.norm)
            && !is_name_stop(&n.norm)
            && !n.norm.ends_with('ي')
            && !is_title(&n.norm)
    }) && !is_name_linker(&toks.get(i).map_or(String::new(), |t| t.norm.clone()))
}

/// Word ends in ta marbuta: a feminine noun, often in the construct state (وزارة، مجموعة).
pub(super) fn ends_feminine(norm: &str) -> bool {
    norm.ends_with('ة')
}

/// A ب/ل-prefixed word that is a verbal noun complement (لشراكة، بجولة) or a pronoun (لها).
/// A word in ية that starts with the letter is a nisba adjective (بريطانية، بلجيكية، لبنانية),
/// not a preposition with a noun.
pub(super) fn is_complement_word(norm: &str) -> bool {
    is_prefixed_complement(norm)
        || (norm.starts_with(['ب', 'ل'])
            && ends_feminine(norm)
            && !norm.ends_with("ية")
            && !is_institution(norm))
}

/// True for كبير / كبيرة before a plural of those holding an office (كبير الاقتصاديين، كبيرة
/// المفاوضين، كبير مفوضي المكتب): "chief", an office that ends the name before it (كريستيان كوشن
/// كبير الاقتصاديين في البنك).
pub(super) fn is_chief(toks: &[Tok], j: usize) -> bool {
    toks.get(j)
        .is_some_and(|t| matches!(t.norm.as_str(), "كبير" | "كبيرة"))
        && toks.get(j + 1).is_some_and(|n| {
            let (body, definite) = strip_article(&n.norm);
            // مفوضي، مستشاري: the sound plural in the construct state, before its genitive.
            let construct = !definite && body.starts_with('م') && body.ends_with('ي');
            n.is_word()
                && (construct || (definite && ["ين", "ون", "يي"].iter().any(|p| body.ends_with(p))))
        })
}

/// True for a word that may be part of a name no list knows: no article, no ل or ب before it
/// (بالقرار، للتنظيم، باسم) unless it is a given name (باراك), no pronoun (هو) or pronoun
/// suffix, no ة, no tanween (ساخراً is a state), no number, no office, particle or reporting
/// verb.
pub(super) fn bare_name_word(t: &Tok) -> bool {
    let w = t.norm.as_str();
    t.is_word()
        && !strip_article(w).1
        && (!w.starts_with(['ل', 'ب']) || super::person::is_given_name(w))
        && !matches!(w, "هو" | "هي" | "هم" | "هما" | "هن")
        && !is_name_stop(w)
        && !is_title(w)
        && !w.ends_with('ة')
        && !w.chars().any(char::is_numeric)
        && cue_stem(w).is_none()
        && !inflected(w)
        && !possessive_or_future(w)
        && !t.tanween
}

/// True when the word at `j`, ل and a verbal noun, names the purpose of the institution that
/// opens the phrase at `i`, after its adjective (البنك الأوروبي لإعادة الإعمار، الهيئة الوطنية
/// لمكافحة الفساد): part of its name. Right after the body it is the purpose of the verb
/// (دعت الوزارة لمواجهة …).
pub(super) fn purpose_in_name(toks: &[Tok], i: usize, j: usize) -> bool {
    let adjective = j >= i + 2
        && toks.get(j - 1).is_some_and(|p| {
            let (body, definite) = strip_article(&p.norm);
            definite && (body.ends_with('ي') || body.ends_with('ة'))
        });
    adjective && toks.get(i).is_some_and(|t| is_institution(&t.norm))
}

/// True for a bare word in the shape of a verbal noun of the second form (تفعيل: تشكيل،
/// تقديم، تعزيز), which names an act, not a person. (The fourth form, إفعال, is the shape of
/// many given names too: إحسان، إيهاب.)
pub(super) fn verbal_noun_shape(w: &str) -> bool {
    let c: Vec<char> = w.chars().collect();
    c.len() == 5 && c[0] == 'ت' && c[3] == 'ي'
}

/// True when the bare word at `i` and the bare word after it end at an office, a comma, a colon
/// or a complementizer (ستانلي فيشر نائب رئيس المجلس، سيلفيا برنشتاين، صاحبة …): a foreign
/// name, though its first word reads like a verb in the future (ستقوم، سيكون).
pub(super) fn foreign_name_ahead(toks: &[Tok], i: usize, limit: usize) -> bool {
    let bare = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.is_word()
                && !strip_article(&t.norm).1
                && !is_name_stop(&t.norm)
                && cue_stem(&t.norm).is_none()
                && !is_title(&t.norm)
        })
    };
    let ends = |k: usize| {
        k >= limit
            || toks.get(k).is_some_and(|t| {
                t.is_comma()
                    || t.is_punct(':')
                    || (t.is_word() && (is_title(&t.norm) || is_complementizer(&t.norm)))
            })
    };
    bare(i + 1) && ends(i + 2)
}

/// True when the name at `ns` follows a ruler's title after a noun of a place or institution
/// (جامعة الملك سعود): the phrase is the institution.
pub(super) fn after_eponym(toks: &[Tok], ns: usize) -> bool {
    let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.norm.as_str());
    ns >= 2 && word(ns - 1).is_some_and(is_eponym_title) && word(ns - 2).is_some_and(is_eponym_noun)
}

/// The tokens without the dashes set between a reporting verb or an honorific and the name
/// after it (وقالت السيدة – دانيا من المدينة، وأشارت - السيدة رفه): typography, not a clause
/// break, so the name is read as the subject.
pub(super) fn without_name_dashes(toks: Vec<Tok>) -> Vec<Tok> {
    let dash = |t: &Tok| matches!(t.kind, TokKind::Punct('-' | '–' | '—'));
    let keep: Vec<bool> = (0..toks.len())
        .map(|i| {
            if !toks.get(i).is_some_and(dash) {
                return true;
            }
            // After a verb, only where a name's honorific or a given name follows: a dash
            // there may open an aside (قال – رضي الله عنه –).
            let prev = i
                .checked_sub(1)
                .and_then(|p| toks.get(p))
                .filter(|p| p.is_word());
            let next = toks.get(i + 1).filter(|n| n.is_word());
            let after_honorific = prev.is_some_and(|p| is_definite_honorific(&p.norm));
            let after_verb = prev.is_some_and(|p| is_verb_cue(&p.norm))
                && next.is_some_and(|n| {
                    is_definite_honorific(&n.norm) || super::person::is_given_name(&n.norm)
                });
            // A dash set apart by spaces on both sides (السيدة – دانيا), not one that opens an
            // aside against its word (الشيخ -استشاري غدد-).
            let spaced = match (prev, toks.get(i), next) {
                (Some(p), Some(t), Some(n)) => p.end < t.start && t.end < n.start,
                _ => false,
            };
            !((after_honorific || after_verb) && spaced)
        })
        .collect();
    toks.into_iter()
        .zip(keep)
        .filter_map(|(t, k)| k.then_some(t))
        .collect()
}

static RANKS: std::sync::LazyLock<rustc_hash::FxHashSet<String>> = std::sync::LazyLock::new(|| {
    super::lexicon::word_list(include_str!("words/rank_adjectives.txt"))
});

/// True for an adjective of rank or standing that describes an office held by someone left
/// unnamed (مسؤول أمريكي كبير، دبلوماسي غربي بارز): more of the description, never a name.
pub(super) fn is_rank_adjective(norm: &str) -> bool {
    RANKS.contains(norm)
}

/// True when the name from `ns` opens with an Arabic given name (محمد، عبدالله، عبد الله) whose
/// words all stand before `j`: its family name then ends it.
pub(super) fn arabic_name_before(toks: &[Tok], ns: usize, j: usize, limit: usize) -> bool {
    let Some(t) = toks.get(ns) else { return false };
    let compound = t.norm.starts_with("عبد") || matches!(t.norm.as_str(), "ابو" | "ابي");
    (super::person::is_arabic_given_name(&t.norm) || compound)
        && super::person::given_at(toks, ns, limit).is_some_and(|len| ns + len < j)
}

/// True when the word after و can be a second body joined to the first (الهيئة والوزارة،
/// الهيئة وشركة أرامكو، الولايات المتحدة وكوريا، علماء وسياسيين، مصادر أمنية وطبية): definite,
/// a body's noun, a country, a plural of people or a nisba adjective; not a word that merely
/// starts with و (الهيئة ورشة عمل: the object). A noun in the construct state (وحماية البيئة) is
/// told by the word after it, at the caller.
pub(super) fn coordinated_body(rest: &str) -> bool {
    strip_article(rest).1
        || is_institution(rest)
        || super::lexicon::is_group(rest)
        || is_title(rest)
        || super::lexicon::is_country(rest)
        || ["ين", "ون", "ي", "ية"].iter().any(|e| rest.ends_with(e))
}
