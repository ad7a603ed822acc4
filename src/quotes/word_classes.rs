//! Word classes that tell a name from its surroundings: the rulers institutions are named
//! after, the press a speaker speaks to, colours that name teams, broken plurals of people.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use super::lexicon::{set, strip_article, word_list};

/// Titles of rulers and princes that institutions are named after (جامعة الملك سعود، مستشفى
/// الأمير سلطان، جامع الشيخ زايد).
const EPONYM_TITLES: &[&str] = &["الملك", "الأمير", "الأميرة", "الشيخ", "الشيخة", "الإمام"];
static EPONYM_SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(EPONYM_TITLES));

/// Nouns of places and institutions named after a ruler (مكتبة الملك فهد، مدينة الأمير سلطان).
#[rustfmt::skip]
const EPONYM_NOUNS: &[&str] = &[
    "مكتبة", "دارة", "جامعة", "كلية", "معهد", "أكاديمية", "مدينة", "مستشفى", "مركز", "مجمع",
    "مسجد", "جامع", "مطار", "ميناء", "شارع", "طريق", "قاعة", "قاعدة", "كرسي", "جائزة", "مؤسسة",
    "صندوق", "برنامج", "مشروع", "حي", "ملعب", "استاد", "كأس", "وقف", "مدرسة", "مدارس", "منحة",
];
static EPONYM_NOUN_SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(EPONYM_NOUNS));

/// True for a title an institution's name may hold before a person's name.
pub(crate) fn is_eponym_title(norm: &str) -> bool {
    EPONYM_SET.contains(norm)
}

/// True for a noun of a place or institution named after a ruler, also with a ب/ل/و prefix
/// (بجامعة الملك خالد).
pub(crate) fn is_eponym_noun(norm: &str) -> bool {
    EPONYM_NOUN_SET.contains(norm)
        || ["ب", "ل", "و", "وب", "ول"].iter().any(|p| {
            norm.strip_prefix(p)
                .is_some_and(|r| EPONYM_NOUN_SET.contains(r))
        })
}

/// The press a speaker tells something to (قال لوكالة …، صرح لصحيفة …), and the offices that
/// belong to it (مراسل لوكالة …: a correspondent for the agency).
const MEDIA: &[&str] = &[
    "وكالة",
    "صحيفة",
    "جريدة",
    "قناة",
    "مجلة",
    "موقع",
    "شبكة",
    "تلفزيون",
    "إذاعة",
    "محطة",
    // Agencies told by their own name (قال لرويترز، صرح لفرانس برس، قال للأناضول).
    "فرانس",
    "رويترز",
    "أناضول",
    "أسوشيتد",
    "سبوتنيك",
    "إنترفاكس",
    "واس",
];
const MEDIA_ROLES: &[&str] = &[
    "مراسل",
    "مراسلة",
    "محرر",
    "محررة",
    "مصور",
    "مصورة",
    "مذيع",
    "مذيعة",
    "كاتب",
    "كاتبة",
];
static MEDIA_SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(MEDIA));
static MEDIA_ROLE_SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(MEDIA_ROLES));

/// True for ل before a noun of the press (لوكالة، لصحيفة): the one told, after a speaker.
pub(crate) fn is_told_to_press(norm: &str) -> bool {
    // للصحفيين: ل and the article, its alif dropped.
    norm.strip_prefix("لل")
        .is_some_and(|r| MEDIA_SET.contains(r))
        || norm
            .strip_prefix('ل')
            .is_some_and(|r| MEDIA_SET.contains(strip_article(r).0))
}

/// True for an office of the press (مراسل، محرر), which a noun of the press may follow.
pub(crate) fn is_media_role(norm: &str) -> bool {
    MEDIA_ROLE_SET.contains(strip_article(norm).0)
}

/// Colours, which name teams (الأخضر، الأزرق) and so stand in quote marks as nicknames.
const COLOURS: &[&str] = &[
    "أخضر",
    "أحمر",
    "أزرق",
    "أصفر",
    "أبيض",
    "أسود",
    "عنابي",
    "برتقالي",
    "بنفسجي",
    "ذهبي",
];
static COLOUR_SET: LazyLock<HashSet<String>> = LazyLock::new(|| set(COLOURS));

/// True for a colour, without its article.
pub(crate) fn is_colour(body: &str) -> bool {
    COLOUR_SET.contains(body)
}

static PEOPLE_PLURALS: LazyLock<HashSet<String>> =
    LazyLock::new(|| word_list(include_str!("words/people_plurals.txt")));

/// True for a broken plural of people (القادة، الشبان، العلماء), with or without the article.
pub(crate) fn is_people_plural(norm: &str) -> bool {
    PEOPLE_PLURALS.contains(strip_article(norm).0)
}

static OBJECT_FIRST_VERBS: LazyLock<HashSet<String>> =
    LazyLock::new(|| word_list(include_str!("words/object_first_verbs.txt")));

/// True for the stem of a reporting verb whose first noun may be its object (أبلغ، وصف، دعا).
pub(crate) fn takes_object_first(stem: &str) -> bool {
    OBJECT_FIRST_VERBS.contains(stem)
}

/// Honorific pronouns that stand for the subject named before (وأكد سموه، وقال معاليه).
pub(crate) fn is_honorific_pronoun(norm: &str) -> bool {
    static SET: LazyLock<HashSet<String>> =
        LazyLock::new(|| word_list(include_str!("words/honorific_pronouns.txt")));
    SET.contains(norm)
}

/// Office words that stand for any office (المسؤول، the official): said with the article they
/// refer to the official the article spoke of last, whatever office it gave him.
pub(crate) fn is_office_hypernym(norm: &str) -> bool {
    static SET: LazyLock<HashSet<String>> =
        LazyLock::new(|| word_list(include_str!("words/office_hypernyms.txt")));
    SET.contains(norm)
}

/// Conjunctions of time that may open a sentence before its verb (وعندما سئل فلان …، أجاب).
pub(crate) fn is_time_conjunction(norm: &str) -> bool {
    static SET: LazyLock<HashSet<String>> =
        LazyLock::new(|| word_list(include_str!("words/time_conjunctions.txt")));
    SET.contains(norm)
}
