//! Where the subject after a reporting verb ends and the verb's own complement or object
//! begins: the ب complement of the verbs that take it, the object after a title. Each sentence
//! is our own, written in the shape the rule covers.

use super::{check, parse};
use crate::quotes::{Attribution, extract_article};

#[test]
fn the_ba_complement_of_a_verb_that_takes_it_ends_its_subject() {
    check(
        "ونوّه [[S:محافظ المدينة]] [[R:بالدور الكبير الذي قامت به الفرق التطوعية]] خلال \
         الموسم.",
    );
    // The place of an office is part of it, and so is its city.
    check("وأشاد [[S:مدير التعليم بالمنطقة]] [[R:بالنتائج التي حققها الطلاب هذا العام]].");
    check("وطالب [[S:رئيس اللجنة الزراعية بالرياض]] [[R:بتوفير الأعلاف بأسعار مناسبة]].");
    // A family name the article gave stands alone before the complement: it is the subject,
    // and the statement starts at the complement.
    let text = "وقال الشاعر سالم المطيري إن الأمسية نجحت. ورحب المطيري بالحضور الكبير من أبناء \
                المحافظة.";
    let (article, _) = parse("t", text);
    let found = extract_article(&article);
    let welcome = found
        .iter()
        .find(|q| q.text(&article).contains("بالحضور"))
        .expect("the welcome is reported");
    assert!(
        welcome.text(&article).starts_with("بالحضور"),
        "{}",
        welcome.text(&article)
    );
    let speaker = welcome.speaker.as_ref().expect("a speaker");
    assert_eq!(
        (&*speaker.name, speaker.attribution),
        ("سالم المطيري", Attribution::Named)
    );
}

#[test]
fn a_plural_after_a_singular_office_is_the_verbs_object() {
    check("ودعا [[S:المحافظ]] المزارعين إلى «[[P:الالتزام بمواعيد الري]]»، محذرا من الهدر.");
    // الشؤون is a broken plural: the office goes on.
    check("وأكد [[S:مساعد المدير العام الشؤون الاجتماعية]] أن [[R:الزيارات مستمرة]].");
}

#[test]
fn an_office_right_after_a_name_is_that_persons_and_what_follows_it_is_no_name() {
    // The office after the name is learned for him, and the construct phrase after it (the
    // verb's object) is not taken for another person holding it.
    check(
        "وقدم [[S:الشيخ حمد بن سالم آل ثاني]] وزير الداخلية القطري خالص العزاء لأسر الضحايا. \
         وقال وزير الداخلية القطري إن [[R@حمد بن سالم آل ثاني:التحقيقات مستمرة]].",
    );
}

#[test]
fn a_phone_call_or_tweets_the_speaker_spoke_in_are_the_occasion_not_the_speaker() {
    check("وأشار [[S:المتحدث الأمني]] في اتصال هاتفي إلى أن [[R:التحقيقات جارية]].");
    check("وقال الناشط [[S:سعد الهاجري]] في تغريدات له إن [[R:الحملة نجحت]].");
}

#[test]
fn the_ba_after_abla_with_its_object_is_what_was_told() {
    // أبلغهم بـ: the verb's object pronoun, then what it told; the subject is dropped.
    check("وزار الأمير [[S:سعود بن فهد]] المصابين، وأبلغهم [[R:بوقوف الدولة إلى جانبهم]].");
}

#[test]
fn a_source_close_to_a_body_is_unnamed() {
    // مقرب "close to" describes the unnamed source; it is no given name.
    check("وقال [[S:مصدر مقرب من الحكومة]] إن [[R:الاتفاق بات قريبا]].");
}
