//! The word lists of Arabic news reporting: reporting verbs (cues) with their forms and clitics,
//! source phrases, titles, group nouns, naming nouns and the small words that end a name.
//!
//! Every list is written in plain Arabic and matched after [`light_norm`], which ignores
//! diacritics, tatweel and hamza seats on alef but keeps ى and ة apart from ي and ه (so that the
//! verb رأى is not the noun رأي).

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use crate::arabic::is_arabic_mark;

pub(crate) use super::cue_lexicon::{
    AFTER_MARKERS, CueForm, cue_stem, feminine_hal, is_first_person_opinion, is_impersonal_form,
    is_one_of, is_passive_mention, may_have_thing_subject,
};
pub(crate) use super::word_classes::{
    is_colour, is_eponym_noun, is_eponym_title, is_media_role, is_people_plural, is_told_to_press,
    takes_object_first,
};

/// Normalizes one word for lexicon look-ups: drops marks and tatweel, unifies alef seats, and
/// lowercases Latin letters.
pub(crate) fn light_norm(word: &str) -> String {
    // إمام (an imam) and أمام (in front of) are one word without their hamza: written with the
    // hamza below, the noun keeps it, so that it is read as an office and not a preposition.
    if matches!(word, "إمام" | "وإمام") {
        return word.to_owned();
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if is_arabic_mark(c) || c == '\u{0640}' {
            continue;
        }
        match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            c if c.is_ascii_uppercase() => out.push(c.to_ascii_lowercase()),
            c => out.push(c),
        }
    }
    out
}

/// A word or phrase for lexicon look-ups: each word [`light_norm`]ed, one space between words.
pub(crate) fn light_norm_phrase(text: &str) -> String {
    text.split_whitespace()
        .map(light_norm)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The entries of a lexicon file under `words/`, each a word or a phrase: one entry a line, `#`
/// comments, normalized by [`light_norm_phrase`].
pub(crate) fn word_list(file: &str) -> HashSet<String> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(light_norm_phrase)
        .collect()
}

pub(super) fn set(words: &[&str]) -> HashSet<String> {
    words.iter().map(|w| light_norm(w)).collect()
}

/// Complementizers that open a reported statement (قال إن …).
pub(crate) fn is_complementizer(norm: &str) -> bool {
    let body = norm
        .strip_prefix('ب')
        .or_else(|| norm.strip_prefix('و'))
        .unwrap_or(norm);
    matches!(
        body,
        "ان" | "انه" | "انها" | "انهم" | "انهما" | "اننا" | "انني" | "اني" | "انكم"
    )
}

/// Titles, honorifics and offices that head a speaker's description (الرئيس الروسي …).
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "رئيس", "رئيسة", "زعيم", "وزير", "وزيرة", "نائب", "مستشار", "مستشارة", "متحدث", "متحدثة",
    "ناطق", "ناطقة", "سفير", "سفيرة", "مدير", "مديرة", "أمين", "قائد", "ملك", "أمير", "ولي", "شيخ",
    "سيد", "سيدة", "دكتور", "دكتورة", "مبعوث", "مندوب", "عضو", "محلل", "باحث", "باحثة", "خبير",
    "خبيرة", "أستاذ", "أستاذة", "بروفيسور", "محافظ", "عمدة", "مفوض", "عاهل", "خادم", "لواء", "عميد",
    "عقيد", "فريق", "مقدم", "جنرال", "كاتب", "كاتبة", "صحفي", "محامي", "إمام", "مرشد", "بابا",
    "حاكم", "منسق", "مسؤول", "مسؤولة", "رئيسا", "وكيل", "مساعد", "مراسل", "مستر", "د", "م", "عام", "بروفسور", "بروفيسورة", "مفتي", "صاحب",
    "سمو", "معالي", "سعادة", "فضيلة", "وكيلة", "قاضي", "نقيب", "مدرب", "لاعب", "النجم", "أسقف",
    "بطريرك", "قائم", "نائبة", "قائدة", "عضوة", "مندوبة", "محامية", "محللة", "مبعوثة", "ممثل",
    "ممثلة", "رئيسه", "ملكة", "أميرة", "شيخة", "مفوضة", "منسقة", "صحفية", "إعلامي", "إعلامية",
    "ناشط", "ناشطة", "طبيب", "طبيبة", "مهندس", "مهندسة", "مؤرخ", "أكاديمي", "دبلوماسي", "نجم",
    "مخرج", "مطرب", "فنان", "فنانة", "رجل", "سيدة", "نظير", "نظيرة", "مرجع", "داعية", "واعظ",
    "آية", "حجة", "قاضية", "مشرفة", "محققة", "مدربة", "لاعبة", "مخرجة", "مطربة", "مفتشة",
    "شاعرة", "روائي", "روائية", "أديبة", "مذيع", "مذيعة", "مغني", "مغنية",
    "رسامة", "مؤرخة", "قنصل", "قنصلة", "مفتش", "موفد", "موفدة",
];

/// Nouns for groups and unnamed sources, which speak too (مسؤولون، خبراء، مصادر).
#[rustfmt::skip]
const GROUPS: &[&str] = &[
    "عدد", "بعض", "أحد", "إحدى", "معظم", "غالبية", "عشرات", "مئات", "آلاف", "جميع",
    "مسؤولون", "مسؤولين", "مسؤولو", "مسؤولي", "مصدر", "مصادر", "خبراء", "محللون", "محللين",
    "مراقبون", "مراقبين", "دبلوماسيون", "دبلوماسي", "شهود", "سكان", "ناشطون", "نشطاء", "زعماء",
    "قادة", "وزراء", "أعضاء", "مواطنون", "متظاهرون", "مسؤول", "مصدرا", "مصادرا", "خبير", "علماء",
    "باحثون", "محققون", "أطباء", "منظمو", "مسؤولا", "مسؤولان", "لاعبون", "لاعبو", "لاعبي",
    "لاعبين",
];

/// Institutions, in the construct state: the next word names which one (وزارة الخارجية).
#[rustfmt::skip]
const INSTITUTIONS: &[&str] = &[
    "مركز", "جامعة", "معهد", "أكاديمية", "وزارة", "مجلس", "منظمة", "هيئة", "حلف", "حزب", "حركة",
    "جمعية", "اتحاد", "لجنة", "مكتب", "جيش", "قوات", "حكومة", "مجموعة", "دائرة", "إدارة", "بنك",
    "صندوق", "شركة", "محكمة", "نادي", "رابطة", "غرفة", "سفارة", "قنصلية", "بلدية", "أمانة", "رئاسة",
    "مديرية", "شرطة", "وكالة", "صحيفة", "قناة", "مجلة", "موقع", "شبكة", "دولة", "جبهة", "تحالف",
    "ائتلاف", "كتلة", "منطقة", "محافظة", "مدينة", "ولاية", "إمارة", "كلية", "إدارات", "هيئات",
    "برلمان", "مؤسسة", "مصلحة", "سلطة", "مفوضية", "بعثة", "مجمع", "جهاز",
];

/// Nouns that put what follows in quote marks as a name or term, not speech (صحيفة “…”،
/// مصطلح “…”، لافتة “…”).
#[rustfmt::skip]
const NAMING: &[&str] = &[
    "صحيفة", "صحيفتي", "جريدة", "وكالة", "وكالتي", "قناة", "مجلة", "موقع", "شبكة", "تنظيم", "جماعة",
    "حزب", "حركة", "مصطلح", "مصطلحي", "مصطلحات", "عبارة", "عبارات", "كلمة", "كلمات", "شعار",
    "شعارات", "لافتة", "لافتات", "وسم", "هاشتاق", "هاشتاغ", "هاشتاج", "عنوان", "بعنوان", "اسم",
    "باسم", "تسمية", "مسمى", "المسمى", "المسماة", "يسمى", "تسمى", "يعرف", "تعرف", "المعروف",
    "المعروفة", "عملية", "برنامج", "مسلسل", "فيلم", "كتاب", "رواية", "قصيدة", "مبادرة", "حملة",
    "مشروع", "مؤتمر", "منتدى", "مهرجان", "فندق", "شركة", "ملتقى", "جائزة", "بطولة", "مسابقة",
    "نادي", "فريق", "مفهوم", "صفة", "لقب", "الملقب", "مفردة", "تطبيق", "منصة", "حساب", "صفحة",
    "مجموعة", "ائتلاف", "تحالف", "مصطلحا", "وصف", "أغنية", "ألبوم", "معرض", "مدرسة", "مستشفى",
    "مسجد", "مركز", "مجمع", "سوق", "مطعم", "ماركة", "علامة", "مقال", "مقالة", "تقرير", "دراسة",
    "بيان", "لائحة", "قائمة", "عمليتي", "سفينة", "صاروخ", "طائرة", "منظومة", "دورية", "حي", "مدينة",
    "صحف", "قنوات", "مواقع", "وكالات", "برامج", "عمليات", "ظاهرة", "نظرية", "مقولة", "منصات",
];

/// Small words that end a speaker's name: prepositions, complementizers, time words, particles.
#[rustfmt::skip]
const NAME_STOPS: &[&str] = &[
    "في", "من", "على", "عن", "إلى", "الى", "مع", "لدى", "خلال", "عبر", "حول", "بعد", "قبل", "أمام",
    "منذ", "حتى", "عند", "ان", "أن", "إن", "بأن", "انه", "أنه", "إنه", "أنها", "إنها", "أمس", "يوم",
    "اليوم", "كذلك", "أيضا", "مجددا", "قد", "لقد", "ما", "الذي", "التي", "الذين", "اللذين", "ثم",
    "لكن", "بل", "كما", "حيث", "إذ", "بينما", "فيما", "وهو", "وهي", "هذا", "هذه", "ذلك", "تلك",
    "لا", "لم", "لن", "ليس", "غير", "بشأن", "إزاء", "تجاه", "ضد", "بين", "أو", "أي", "أية", "كل", "عبر",
    "لـ", "بـ", "ل", "ب",
    "صباح", "مساء", "ليلة", "الأسبوع", "الشهر", "الماضي", "رسميا", "حاليا", "عدم", "تحديدا", "شخصيا", "علنا", "صراحة", "الجاري", "إثر", "عقب", "وسط",
    "أثناء", "لدى", "حين", "عندما", "بأنه", "بأنها", "وأن", "وإن", "أيضاً", "بدوره", "بدورها", "بالقول", "قبيل", "بعيد",
    "بدورهم", "كان", "كانت", "فإن", "لأن", "نحو", "ضمن", "رغم", "مثل", "إلا", "يا", "هل", "إذا",
    "البالغ", "البالغة", "والتي", "والذي", "والذين", "اللذان", "اللتان", "واللذان", "وهم", "حسبما",
    "مثلما", "وفقما", "بحسبما", "عنها", "عنه", "منها", "منه", "فيها", "فيه", "عليها", "عليه",
    "إليها", "إليه", "معها", "معه", "لها", "له", "لهم", "عنهم", "فيهم", "منهم", "عليهم", "مؤخرا",
    "سابقا", "لاحقا", "فقط", "ذاته", "نفسه", "هنا", "هناك", "حينما", "كلما", "طالما", "بعدما",
    "قبلما", "ريثما", "قرب", "بالقرب", "نقلا",
    // A number, never a name (الطبيب رقم ثلاثة).
    "رقم",
    // The clause that keeps a source unnamed (مسؤول فضل عدم ذكر اسمه، مصدر رفض الكشف عن هويته).
    "فضل", "رفض", "طلب",
    // The object of لفت (ولفت الوزير الأنظار إلى أن …).
    "الأنظار", "الانتباه",
    // Verbs that open a clause of the statement, never a name (وأضاف جرى اقتحام المبنى، وقال
    // تم إخلاء السكان، وأوضح أصبح الطريق سالكا).
    "تم", "تمت", "يتم", "سيتم", "جرى", "جرت", "يجري", "تجري", "سيجري", "أصبح", "أصبحت", "بات",
    "باتت", "ظل", "ظلت", "يوجد", "توجد",
];

/// The days of the week: they end a name (قال أوباما الخميس) and are family names too
/// (عبدالرحمن الخميس).
const DAYS: &[&str] = &[
    "الأحد",
    "الاثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
];

/// Words of a time adverbial that may stand between a verb and its subject (قال أمس الوزير،
/// أكد مساء الخميس الماضي المتحدث): the days of the week are time words too.
#[rustfmt::skip]
const TIME_WORDS: &[&str] = &[
    "أمس", "امس", "اليوم", "الليلة", "البارحة", "صباح", "مساء", "ظهر", "عصر", "فجر", "صباحا",
    "مساءا", "ظهرا", "عصرا", "فجرا", "ليلا", "نهارا", "الأول", "الماضي", "الفائت", "الآن",
];

/// Elatives that open the object of a verb right after its subject's name (كشف فلان أبرز
/// ملامح الخطة، أوضح فلان أهم الأسباب): no word of a name.
const OBJECT_ELATIVES: &[&str] = &["أبرز", "أهم", "أكثر", "أغلب"];

/// True for an elative that opens an object ([`OBJECT_ELATIVES`]).
pub(crate) fn is_object_elative(norm: &str) -> bool {
    static SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(OBJECT_ELATIVES));
    SET.contains(norm)
}

/// Adjectives that follow a place name as part of it (كوريا الشمالية، الولايات المتحدة).
#[rustfmt::skip]
const PLACE_ADJECTIVES: &[&str] = &[
    "الشمالية", "الجنوبية", "الشرقية", "الغربية", "المتحدة", "العربية", "الشعبية", "الديمقراطية",
    "الإسلامية", "الاتحادية", "الوسطى", "الجديدة", "الكبرى", "الشمالي", "الجنوبي", "الشرقي",
    "الغربي", "السعودية", "الأوروبي", "الأفريقي", "الإفريقي", "الدولي", "الدولية", "الأبيض",
    "الاستوائية", "المركزية", "الأطلسي", "الأحمر", "المتوسط", "العربي", "الإسلامي", "الخليجي",
    "العظمى", "الهاشمية", "الفلسطينية", "اللاتينية", "العليا",
];

static TITLE_SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(TITLES));
static GROUP_SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(GROUPS));
static INSTITUTION_SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(INSTITUTIONS));
static NAMING_SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(NAMING));
static STOP_SET: LazyLock<HashSet<String>> = LazyLock::new(|| {
    NAME_STOPS
        .iter()
        .chain(DAYS)
        .map(|w| light_norm(w))
        .collect()
});
static DAY_SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(DAYS));
static TIME_SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(TIME_WORDS));

/// True for a relative pronoun, with or without و (الذي، والتي، اللواتي).
pub(crate) fn is_relative(norm: &str) -> bool {
    let w = norm.strip_prefix('و').unwrap_or(norm);
    matches!(
        w,
        "الذي"
            | "التي"
            | "الذين"
            | "اللذين"
            | "اللتين"
            | "اللذان"
            | "اللتان"
            | "اللواتي"
            | "اللاتي"
    )
}

/// True for a word of a time adverbial: a day of the week, أمس، اليوم، مساء، الماضي ….
pub(crate) fn is_time_word(norm: &str) -> bool {
    DAY_SET.contains(norm) || TIME_SET.contains(norm)
}

/// True for a day of the week.
pub(crate) fn is_day(norm: &str) -> bool {
    DAY_SET.contains(norm)
}
static PLACE_ADJ_SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(PLACE_ADJECTIVES));

/// The word without a leading و, ال or both (والرئيس → رئيس), and whether it had ال.
pub(crate) fn strip_article(norm: &str) -> (&str, bool) {
    let body = norm
        .strip_prefix('و')
        .filter(|r| r.starts_with("ال"))
        .unwrap_or(norm);
    match body.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 2 => (rest, true),
        _ => (body, false),
    }
}

/// The attached pronouns "her / their / his" a word may end in (شكرها، شكرهم، شكره), longest
/// first.
pub(crate) const OBJECT_PRONOUNS: [&str; 3] = ["ها", "هم", "ه"];

/// The attached pronoun the word ends in, if any ([`OBJECT_PRONOUNS`]).
pub(crate) fn object_pronoun(norm: &str) -> Option<&'static str> {
    OBJECT_PRONOUNS.into_iter().find(|x| norm.ends_with(x))
}

/// True for a title or honorific, with or without ال (الرئيس، رئيس، السيد).
pub(crate) fn is_title(norm: &str) -> bool {
    let (body, _) = strip_article(norm);
    TITLE_SET.contains(body)
        || OBJECT_PRONOUNS
            .iter()
            .any(|s| body.strip_suffix(s).is_some_and(|b| TITLE_SET.contains(b)))
}

/// True for a preposition carrying a pronoun (عنها، فيه، لهم، خلاله، بعدها), which may stand
/// between a verb and its subject (تحدث عنها الرئيس، أكد خلاله الوزير، قال لي مسؤول).
pub(crate) fn is_prep_pronoun(norm: &str) -> bool {
    // "To me", "with me", "of me": the reporter told, in the first person.
    matches!(norm, "لي" | "معي" | "عني")
        || [
            "عن", "من", "في", "على", "الي", "مع", "ل", "ب", "خلال", "عبر", "بعد", "امام",
        ]
        .iter()
        .any(|p| {
            norm.strip_prefix(p).is_some_and(|r| {
                matches!(
                    r,
                    "ها" | "ه" | "هم" | "هما" | "هن" | "نا" | "يه" | "يها" | "يهم"
                )
            })
        })
}

/// True for a group noun (مسؤولون، خبراء، مصادر).
pub(crate) fn is_group(norm: &str) -> bool {
    let (body, _) = strip_article(norm);
    GROUP_SET.contains(body)
}

/// True for an institution noun (وزارة، مجلس، مركز), also with a ب/ل/في prefix.
pub(crate) fn is_institution(norm: &str) -> bool {
    let (body, _) = strip_article(norm);
    if INSTITUTION_SET.contains(body) {
        return true;
    }
    ["ب", "ل", "و"].iter().any(|p| {
        norm.strip_prefix(p)
            .is_some_and(|r| INSTITUTION_SET.contains(strip_article(r).0))
    })
}

/// True for a noun that makes the following quotation a name or a term (صحيفة، مصطلح).
pub(crate) fn is_naming(norm: &str) -> bool {
    if NAMING_SET.contains(norm) {
        return true;
    }
    // صحيفتا «…» و«…»: the dual in the construct state names two.
    if let Some(stem) = norm.strip_suffix("تا")
        && NAMING_SET.contains(format!("{stem}ة").as_str())
    {
        return true;
    }
    let (body, _) = strip_article(norm);
    if NAMING_SET.contains(body) {
        return true;
    }
    ["ب", "ل", "و", "وب", "ول"].iter().any(|p| {
        norm.strip_prefix(p)
            .is_some_and(|r| NAMING_SET.contains(r) || NAMING_SET.contains(strip_article(r).0))
    })
}

static OCCASIONS: LazyLock<HashSet<String>> =
    LazyLock::new(|| word_list(include_str!("words/occasions.txt")));

/// True for a noun of the occasion a statement was made on (تصريح، حوار، مؤتمر).
pub(crate) fn is_occasion(norm: &str) -> bool {
    OCCASIONS.contains(norm) || OCCASIONS.contains(strip_article(norm).0)
}

static UNNAMED: LazyLock<HashSet<String>> =
    LazyLock::new(|| word_list(include_str!("words/unnamed_sources.txt")));

/// True for a noun of a source left unnamed (مصدر، مصادر، شهود), with or without ال.
pub(crate) fn is_unnamed_source(norm: &str) -> bool {
    UNNAMED.contains(norm) || UNNAMED.contains(strip_article(norm).0)
}

/// Nouns of bodies and documents that a definite mention refers back to (الوزارة، التقرير),
/// besides the institutions.
const DOCUMENTS: &[&str] = &[
    "تقرير",
    "تقارير",
    "دراسات",
    "بيان",
    "دراسة",
    "مسح",
    "استطلاع",
    "شبكة",
    "وكالة",
    "وثائق",
    "وثيقة",
    "رسالة",
    // المادة (20) من اللائحة: an article of a law or regulation, which provides.
    "مادة",
];

/// Verbs for issuing a document (أصدرت الوزارة بيانا، نشرت الصحيفة تقريرا).
const ISSUING_VERBS: &[&str] = &["أصدر", "نشر", "أعد", "وزع", "بث", "أورد", "عمم"];

/// True for a past verb of issuing a document, with و / ف and the feminine ت.
pub(crate) fn is_issuing_verb(norm: &str) -> bool {
    static SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(ISSUING_VERBS));
    let body = norm
        .strip_prefix('و')
        .or_else(|| norm.strip_prefix('ف'))
        .unwrap_or(norm);
    SET.contains(body.strip_suffix('ت').unwrap_or(body)) || SET.contains(body)
}

/// True for a document a speaker issues (بيان، تقرير، دراسة), without the article.
pub(crate) fn is_document(body: &str) -> bool {
    DOCUMENTS.contains(&body)
}

/// True for the head noun of a body or document that the article names in full once and then
/// by the noun alone (وزارة الصحة … الوزارة).
pub(crate) fn is_body_head(norm: &str) -> bool {
    let (body, _) = strip_article(norm);
    is_institution(body) || DOCUMENTS.contains(&body) || is_unnamed_source(body)
}

/// True for a small word that ends a name.
pub(crate) fn is_name_stop(norm: &str) -> bool {
    STOP_SET.contains(norm)
        || norm.strip_prefix('و').is_some_and(|r| STOP_SET.contains(r))
        // فلم، فقد، فإن: ف and a particle.
        || norm
            .strip_prefix('ف')
            .is_some_and(|r| r.chars().count() >= 2 && STOP_SET.contains(r))
}

/// True for an adjective that belongs to the place name before it.
pub(crate) fn is_place_adjective(norm: &str) -> bool {
    PLACE_ADJ_SET.contains(norm)
        || norm
            .strip_prefix('و')
            .is_some_and(|r| PLACE_ADJ_SET.contains(r))
}

/// True when a word with a ب/ل/ك prefix reads as a prepositional complement (بإبرام، لزيارة،
/// بالمثل) rather than a name that starts with those letters (بوتين، لافروف).
pub(crate) fn is_prefixed_complement(norm: &str) -> bool {
    // لاعب، لواء: an office that starts with the letter is no preposition.
    if is_title(norm) || is_group(norm) {
        return false;
    }
    let Some(prefix) = norm.chars().next().filter(|c| matches!(c, 'ب' | 'ل' | 'ك')) else {
        return false;
    };
    let rest = norm.get(prefix.len_utf8()..).unwrap_or_default();
    rest.starts_with("ال")
        || (prefix == 'ل' && rest.starts_with('ل'))
        || rest.starts_with('ت')
        || rest.starts_with('م')
        || rest.starts_with("اس")
        || rest.starts_with("ان")
        || rest.starts_with("اع")
        || rest.starts_with("اد")
        || rest.starts_with("اخ")
        || rest.starts_with("ها")
        || rest.starts_with('ه')
        || rest == "ه"
        || matches!(rest, "ه" | "ي" | "ك" | "")
}

/// Definite nouns that name bodies which speak (الكرملين، الحكومة، الجيش) or countries.
#[rustfmt::skip]
const SPEAKING_BODIES: &[&str] = &[
    "كرملين", "بيت", "حكومة", "جيش", "شرطة", "رئاسة", "خارجية", "داخلية", "دفاع", "بنتاغون",
    "بنتاجون", "وزارة", "معارضة", "أمم", "ولايات", "مملكة", "إمارات", "جزائر", "سودان", "عراق",
    "يمن", "أردن", "كويت", "بحرين", "مغرب", "صين", "يابان", "هند", "فاتيكان", "كونغرس", "كونجرس",
    "اتحاد", "سلطات", "نظام", "حوثيون", "حوثيين", "تحالف", "بيان", "مصدر", "مصادر", "مجلس", "قيادة",
    "سفارة", "منظمة", "لجنة", "هيئة", "مكتب", "محكمة", "نيابة", "إدارة", "ديوان", "مرصد", "برلمان",
    "دولة", "جامعة", "وكالة", "صحيفة", "قناة", "تلفزيون", "تقرير", "دراسة", "وزير", "وزيرة", "بعثة",
    "مفوضية", "قوات", "متحدث", "مجموعة", "حركة", "حزب", "جماعة", "فصائل", "ائتلاف", "كتلة", "شركة",
    "بنك", "صندوق", "ناتو", "أطلسي", "غرب", "بلدان", "بلدين", "جانبان", "جانبين", "طرفان", "طرفين",
    "دولتان", "زعيمان", "فلسطينيون", "إسرائيليون", "استخبارات", "مخابرات", "جوازات", "صحافة",
    "مقاومة", "جمارك", "مرور", "أجهزة", "وكالات", "جانب", "دول", "حكومات", "وسائل", "مادة", "لائحة",
];

static BODY_SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(SPEAKING_BODIES));

/// True for a country or capital named without the article, which speaks for its government
/// (قالت إيران، حذرت موسكو) and is never a person's surname.
pub(crate) fn is_country(norm: &str) -> bool {
    static SET: LazyLock<rustc_hash::FxHashSet<String>> =
        LazyLock::new(|| word_list(include_str!("words/countries.txt")));
    SET.contains(norm)
}

/// True for a city or region named without the article after the office it qualifies (مدير
/// التعليم بجدة، إمام المسجد الحرام بمكة المكرمة).
pub(crate) fn is_city(norm: &str) -> bool {
    static SET: LazyLock<rustc_hash::FxHashSet<String>> =
        LazyLock::new(|| word_list(include_str!("words/cities.txt")));
    SET.contains(norm)
}

/// True for a body that speaks as a whole, named by its definite noun without the article
/// (الكرملين، الحكومة، الجيش).
pub(crate) fn is_body(body: &str) -> bool {
    BODY_SET.contains(body)
}

/// True when a definite noun can be a speaker: a title, a group, an institution, a body that
/// speaks (الكرملين، الحكومة), or a plural of people (المحتجون، الفلسطينيون، الشبان).
pub(crate) fn can_speak(norm: &str) -> bool {
    let (body, definite) = strip_article(norm);
    if !definite {
        return true;
    }
    is_title(norm)
        || is_group(norm)
        || is_institution(norm)
        || is_naming(norm)
        || BODY_SET.contains(body)
        || is_people_plural(body)
        || body.ends_with("ون")
        || body.ends_with("يين")
        || body.ends_with("ي")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue(word: &str) -> Option<CueForm> {
        cue_stem(&light_norm(word)).map(|(_, f)| f)
    }

    #[test]
    fn verb_forms_with_clitics_are_cues() {
        for w in [
            "قال",
            "تعهدت",
            "تعهدوا",
            "يقولان",
            "قالت",
            "وقال",
            "فقال",
            "يقول",
            "تقول",
            "يقولون",
            "وأضافت",
            "أسماه",
            "وصفه",
            "وصفتها",
            "وأكدوا",
            "ذكرته",
        ] {
            assert_eq!(cue(w), Some(CueForm::Verb), "{w}");
        }
        for w in ["قائلا", "مضيفاً", "مؤكدين", "مشيرا"] {
            assert_eq!(cue(w), Some(CueForm::Hal), "{w}");
        }
        assert_eq!(cue("وبحسب"), Some(CueForm::Source));
        assert_eq!(cue("وفقًا"), Some(CueForm::Source));
    }

    #[test]
    fn look_alike_nouns_are_not_cues() {
        for w in [
            "رأي",
            "يقرأ",
            "طالبان",
            "رأيه",
            "مؤكد",
            "لافت",
            "قائل",
            "الرئيس",
            "بين",
            "مؤكدة",
        ] {
            assert_eq!(cue(w), None, "{w}");
        }
    }

    #[test]
    fn complements_and_names_are_told_apart() {
        for w in ["لتعزيز", "بتعزيز", "بالمثل", "لها", "للأمم"] {
            assert!(is_prefixed_complement(&light_norm(w)), "{w}");
        }
        for w in ["بوتين", "بلينكن", "لافروف", "بايدن"] {
            assert!(!is_prefixed_complement(&light_norm(w)), "{w}");
        }
    }
}
