//! The reporting words of Arabic news: verbs of saying with every form they take, the
//! circumstantial participles (قائلا، مضيفا), the source phrases (بحسب، وفقا لـ), the noun
//! "saying", and the verbs that report nothing in some of their uses (تبيّن أن، يُذكر أن،
//! أعتقد أن). Matched after [`light_norm`], like the rest of the lexicon.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

use super::lexicon::{is_complementizer, light_norm, set};
/// Reporting verbs, past (3rd masculine singular) and present (3rd masculine singular).
/// Feminine, dual, plural and object-pronoun forms are reached by [`cue_stem`].
// Not يبلغ: in news it nearly always means "amounts to" (يبلغ عددها 32), not "informs".
#[rustfmt::skip]
const VERBS: &[&str] = &[
    "قال", "يقول", "أضاف", "يضيف", "أكد", "يؤكد", "أشار", "يشير", "أوضح", "يوضح", "ذكر", "يذكر",
    "صرح", "يصرح", "أعلن", "يعلن", "تعهد", "يتعهد", "وصف", "يصف", "أثنى", "يثني", "أشاد", "يشيد",
    "شكر", "يشكر", "حذر", "يحذر", "دعا", "يدعو", "طالب", "يطالب", "نفى", "ينفي", "أعرب", "يعرب",
    "كتب", "يكتب", "رأى", "يرى", "شدد", "يشدد", "اتهم", "يتهم", "أدان", "يدين", "أسمى", "يسمي",
    "اعتبر", "لفت", "يلفت", "نوه", "ينوه", "يبين", "أفاد", "تابع", "زعم", "يزعم", "ادعى", "يدعي",
    "أقر", "يقر", "اعترف", "يعترف", "كشف", "يكشف", "تساءل", "يتساءل", "أردف", "يردف", "استطرد",
    "يستطرد", "أبدى", "يبدي", "هدد", "انتقد", "ينتقد", "رحب", "يرحب", "أبلغ", "أخبر",
    "يخبر", "وعد", "استنكر", "يستنكر", "ندد", "يندد", "شجب", "يشجب", "تحدث",
    "أوصى", "يوصي", "علق", "يعلق", "اختتم", "يختتم", "أفصح", "يفصح", "قالا", "يقولان", "أسماه", "يتابع", "أجاب", "يجيب", "سأل", "يسأل", "استدرك", "يستدرك", "ختم", "يختم", "غرد", "يغرد",
    "اعتقد", "يعتقد", "روى", "يروي", "أظهر", "توقع", "أورد", "يورد", "حث", "يحث", "ناشد", "يناشد",
];

/// Reporting verbs that also say what a thing shows (المؤشرات تؤكد، الأرقام تكشف، النتائج
/// تشير): with a thing for subject they report nothing.
#[rustfmt::skip]
const THING_VERBS: &[&str] = &[
    "أشار", "يشير", "أكد", "يؤكد", "كشف", "يكشف", "يبين", "أوضح", "يوضح", "أظهر",
];

static THING_VERB_SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(THING_VERBS));

/// True for a reporting verb's stem (as [`cue_stem`] gives it) whose subject may be a thing
/// ([`THING_VERBS`]).
pub(crate) fn may_have_thing_subject(stem: &str) -> bool {
    THING_VERB_SET.contains(stem)
}

/// Circumstantial participles that report speech (قائلا، مضيفا …), without their final alef.
#[rustfmt::skip]
const HAL_STEMS: &[&str] = &[
    "قائل", "مضيف", "مؤكد", "مشير", "موضح", "محذر", "معرب", "مشدد", "متهم", "معتبر", "لافت", "منوه",
    "مطالب", "مبين", "معلن", "متعهد", "واصف", "ناف", "مستدرك", "مردف", "متسائل", "مختتم", "معلق",
    "مشيد", "مثني", "شاكر", "متابع", "منتقد", "مرحب", "مهدد", "داع", "مستنكر", "مندد", "كاشف",
    "مفيد", "موصي", "داعي", "مستبعد", "مناشد",
];

/// Suffixes a reporting verb may carry: subject agreement and object pronouns.
#[rustfmt::skip]
const VERB_SUFFIXES: &[&str] = &[
    "", "ت", "ا", "وا", "ون", "ان", "تا", "ه", "ها", "هم", "هما", "ته", "تها", "تهم", "وه", "وها",
    "ن", "نا", "تنا", "ني", "وني", "تني",
];

static VERB_SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(VERBS));
static HAL_SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(HAL_STEMS));

/// How a reporting word relates to the statement it reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueForm {
    /// A finite verb: the speaker follows it (or was named before), then the statement.
    Verb,
    /// A circumstantial participle (قائلا، مضيفا): the speaker is the main clause's subject.
    Hal,
    /// A source phrase (بحسب، وفقا لـ، نقلا عن): the source follows it.
    Source,
}

/// Every surface form of every cue (with its clitics), generated once: one hash look-up per
/// word instead of stripping prefixes and suffixes on every word of the corpus.
static CUE_FORMS: LazyLock<HashMap<String, (String, CueForm)>> = LazyLock::new(|| {
    let mut bases: Vec<String> = Vec::new();
    for v in VERBS.iter().map(|v| light_norm(v)) {
        if let Some(root) = v.strip_suffix(['ا', 'ى']) {
            for suffix in ["ت", "تا", "وا", "ته", "تها", "تهم"] {
                bases.push(format!("{root}{suffix}"));
            }
        }
        if v.starts_with('ي')
            && let Some(root) = v.strip_suffix('ى')
        {
            bases.push(format!("{root}ون"));
        }
        for suffix in VERB_SUFFIXES {
            bases.push(format!("{v}{suffix}"));
            if let Some(rest) = v.strip_prefix('ي') {
                bases.push(format!("ت{rest}{suffix}"));
            }
        }
    }
    for h in HAL_STEMS.iter().map(|h| light_norm(h)) {
        for suffix in ["ا", "ين", "ه"] {
            bases.push(format!("{h}{suffix}"));
        }
    }
    bases.extend(SOURCE_WORDS.iter().map(|w| light_norm(w)));
    bases.extend(SAYING_NOUNS.iter().map(|w| light_norm(w)));
    let mut forms = HashMap::default();
    for base in bases {
        for prefix in ["", "و", "ف"] {
            let form = format!("{prefix}{base}");
            if let Some(found) = cue_stem_by_rules(&form) {
                forms.insert(form, found);
            }
        }
    }
    forms
});

/// The noun "saying" with a pronoun (قوله، بقولها، القول), which introduces a quotation.
const SAYING_NOUNS: &[&str] = &[
    "قوله",
    "قولها",
    "قولهم",
    "بقوله",
    "بقولها",
    "بقولهم",
    "القول",
    "تصريحه",
    "تصريحها",
];

/// The stem of a feminine circumstantial participle (مشيرة، مؤكدة، مضيفة), which reports
/// speech only where its clause shows it (after a comma, before إلى or أن): alone it is as
/// often an adjective (معلومات مؤكدة).
pub(crate) fn feminine_hal(norm: &str) -> Option<String> {
    let body = norm.strip_prefix('و').unwrap_or(norm);
    body.strip_suffix('ة')
        .filter(|stem| HAL_SET.contains(*stem))
        .map(str::to_owned)
}

/// If the normalized word is a reporting cue, its stem (light-normalized) and form.
pub(crate) fn cue_stem(norm: &str) -> Option<(String, CueForm)> {
    CUE_FORMS.get(norm).cloned()
}

/// The rules behind [`cue_stem`]: strip و/ف, then subject and object endings, and look the stem
/// up in the lexicon.
fn cue_stem_by_rules(norm: &str) -> Option<(String, CueForm)> {
    let mut bodies = vec![norm];
    for prefix in ["و", "ف"] {
        if let Some(rest) = norm.strip_prefix(prefix)
            && rest.chars().count() >= 2
        {
            bodies.push(rest);
        }
    }
    for body in bodies {
        // قوله، بقولها، القول: the noun "saying" before a colon or a quotation.
        if SAYING_NOUNS.contains(&body) {
            return Some(("قول".to_owned(), CueForm::Hal));
        }
        if SOURCE_WORDS.contains(&body) {
            return Some((body.to_owned(), CueForm::Source));
        }
        for suffix in ["ا", "ين", "ون", "ه", "ة"] {
            if let Some(stem) = body.strip_suffix(suffix) {
                // A bare participle (مؤكد "certain", لافت "remarkable") is an adjective; only
                // the accusative, plural, or object-pronoun forms report speech.
                if (suffix != "ة" && suffix != "ون") && HAL_SET.contains(stem) {
                    return Some((stem.to_owned(), CueForm::Hal));
                }
            }
        }
        for suffix in VERB_SUFFIXES {
            let Some(stem) = body.strip_suffix(suffix) else {
                continue;
            };
            // Past-tense endings never follow a present stem (يقرأ is not يقر + ا), and the
            // dual ان only follows one (طالبان is a name, not طالب + ان). A present verb
            // whose stem ends in ي in the feminine plural (يروين) is rarer in news than a
            // name of that shape; يدعون and يطالبن stay verbs.
            let present =
                stem.starts_with('ي') || (stem.starts_with('ت') && !VERB_SET.contains(stem));
            if (present && matches!(*suffix, "ا" | "وا" | "تا" | "ت" | "ته" | "تها" | "تهم"))
                || (present && *suffix == "ن" && stem.ends_with('ي'))
                || (!present && matches!(*suffix, "ان" | "ون"))
            {
                continue;
            }
            if stem.chars().count() < 2 {
                continue;
            }
            if VERB_SET.contains(stem) {
                return Some((stem.to_owned(), CueForm::Verb));
            }
            // دعت، نفت، رأت، دعوا: a past verb whose last letter is a long vowel drops it
            // before ت and وا.
            if !present && matches!(*suffix, "ت" | "تا" | "وا" | "ته" | "تها" | "تهم")
            {
                for vowel in ['ا', 'ى'] {
                    let full = format!("{stem}{vowel}");
                    if VERB_SET.contains(&full) {
                        return Some((full, CueForm::Verb));
                    }
                }
            }
            // يرون، ترون: a present verb whose last letter is ى drops it before ون.
            if present && *suffix == "ون" {
                let full = format!("{stem}ى");
                if VERB_SET.contains(&full) {
                    return Some((full, CueForm::Verb));
                }
            }
            // Present tense with the feminine prefix ت (تقول) reads as the masculine يقول.
            if let Some(rest) = stem.strip_prefix('ت') {
                let masc = format!("ي{rest}");
                if VERB_SET.contains(&masc) {
                    return Some((masc, CueForm::Verb));
                }
            }
        }
    }
    None
}

/// Source phrases that introduce who a statement comes from (بحسب فلان، وفقا لفلان).
#[rustfmt::skip]
const SOURCE_WORDS: &[&str] = &[
    "بحسب", "حسب", "وفقا", "وفق", "طبقا", "نقلا", "قول", "لسان",
];

/// Words that, right before a reporting verb, mean the statement came before it
/// (… ، كما يقول فلان).
#[rustfmt::skip]
pub(crate) const AFTER_MARKERS: &[&str] = &[
    "كما", "حسبما", "مثلما", "وفقما", "بحسبما", "وكما", "ما", "لما",
];

/// True for أحد / إحدى, "one of": the phrase it opens names one of a group (أحد السكان).
pub(crate) fn is_one_of(norm: &str) -> bool {
    matches!(norm, "احد" | "احدي" | "احدى")
}

/// True for a reporting verb that is also an impersonal one (تبيّن أن: "it turned out that",
/// beside تُبيّن الدراسة أن: "the study shows"): without a subject of its own it reports
/// nothing.
pub(crate) fn is_impersonal_form(norm: &str) -> bool {
    let body = norm
        .strip_prefix('و')
        .or_else(|| norm.strip_prefix('ف'))
        .unwrap_or(norm);
    matches!(body, "تبين" | "يتبين")
}

/// يُذكر "it is mentioned", with or without و: impersonal where its complement follows at once
/// (يذكر أن …), an adjective after a noun (تغير يذكر على …); with a subject after it (يذكر
/// المؤلف أن) it reports.
pub(crate) fn is_passive_mention(norm: &str, next: Option<&str>) -> bool {
    let body = norm.strip_prefix('و').unwrap_or(norm);
    body == "يذكر"
        && next.is_none_or(|n| is_complementizer(n) || is_verb_preposition(n) || n == "في")
}

/// The writer's own opinion in the first person, as written (أعتقد، وأظن): outside quote marks
/// it is the column's voice, not a statement reported. Matched on the written word, since
/// without its hamza أعتقد reads as the past اعتقد ("he believed").
pub(crate) fn is_first_person_opinion(written: &str) -> bool {
    let body = written
        .strip_prefix('و')
        .or_else(|| written.strip_prefix('ف'))
        .unwrap_or(written);
    matches!(body, "أعتقد" | "أظن" | "أرى" | "أجزم")
}

/// The prepositions a reporting verb takes before what it reports (أشار إلى، شدد على، كشف
/// عن، نوه بـ).
pub(crate) fn is_verb_preposition(norm: &str) -> bool {
    matches!(norm, "الى" | "على" | "عن" | "ب" | "بـ")
}
