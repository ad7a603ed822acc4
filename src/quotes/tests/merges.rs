//! Speakers merged across articles: a surname said alone joins the full name it ends, and no
//! country or report joins a person's name.

use crate::quotes::{Attribution, extract_corpus};

/// The speaker name every speech item of article `id` was merged to.
fn merged_in(docs: &[(&str, &str)], id: &str) -> Vec<String> {
    let articles = super::articles_of(docs);
    extract_corpus(&articles)
        .iter()
        .filter(|q| q.article.as_str() == id && q.kind.is_speech())
        .map(|q| q.speaker_name().to_owned())
        .collect()
}

#[test]
fn a_surname_alone_joins_the_name_it_ends_not_one_it_opens() {
    let docs = [
        ("a", "وقال جون جاكسون إن “المشروع تأخر”."),
        ("b", "وقال جاكسون بيرس إن “الفريق جاهز”."),
        ("c", "وأكد جاكسون بيرس أن “الموسم صعب”."),
        ("d", "وقال جاكسون إن “المبنى سيفتح قريبا”."),
    ];
    assert_eq!(merged_in(&docs, "d"), ["جون جاكسون"]);
}

#[test]
fn a_country_alone_joins_no_persons_name() {
    let docs = [
        ("a", "وقال الباحث أوديد إران إن “الاتفاق هش”."),
        ("b", "وقالت إيران إن “العقوبات ظالمة”."),
    ];
    assert_eq!(merged_in(&docs, "b"), ["إيران"]);
}

#[test]
fn reports_the_article_does_not_name_are_unnamed_sources() {
    let articles = super::articles_of(&[("a", "وذكرت تقارير أن المفاوضات توقفت.")]);
    let found = extract_corpus(&articles);
    let item = found
        .iter()
        .find(|q| q.kind.is_speech())
        .expect("a statement");
    assert_eq!(
        item.speaker.as_ref().map(|s| s.attribution),
        Some(Attribution::Unnamed)
    );
}

#[test]
fn a_name_that_runs_on_into_its_sentence_is_the_name_seen_alone() {
    // The object of أعلن read into the name in one article; the name alone in three others.
    let docs = [
        (
            "a",
            "وأعلن وزير الخارجية التركي مولود جاوش أوغلو بدء وصول الطائرات، مضيفا: «سنبدأ قريبا».",
        ),
        ("b", "وقال وزير الخارجية مولود جاوش أوغلو إن “الحدود آمنة”."),
        ("c", "وأكد مولود جاوش أوغلو أن “الحوار مستمر”."),
        ("d", "وقال مولود جاوش أوغلو إن “الاتفاق قريب”."),
        ("e", "وأوضح مولود جاوش أوغلو أن “الزيارة ناجحة”."),
    ];
    assert!(
        merged_in(&docs, "a")
            .iter()
            .all(|s| s == "مولود جاوش أوغلو"),
        "{:?}",
        merged_in(&docs, "a")
    );
    // A family name after بن فلان is no run-on, however often the shorter form is seen.
    let family = [
        ("a", "وقال محمد بن عبدالله المرعول إن “الموسم ناجح”."),
        ("b", "وقال محمد بن عبدالله إن “العمل مستمر”."),
        ("c", "وأكد محمد بن عبدالله أن “الخطة جاهزة”."),
    ];
    assert_eq!(merged_in(&family, "a"), ["محمد بن عبدالله المرعول"]);
}

#[test]
fn after_wafqan_the_li_is_the_preposition_whatever_name_follows() {
    let docs = [(
        "a",
        "وارتفعت الأسعار هذا الشهر، وذلك وفقا لستيفين إنجلاندر، رئيس استراتيجية العملات في البنك.",
    )];
    assert_eq!(merged_in(&docs, "a"), ["ستيفين إنجلاندر"]);
}

#[test]
fn a_surname_two_people_share_joins_neither() {
    let docs = [
        (
            "a",
            "وقال حاكم الولاية جيري براون إن “الحرائق خطيرة”. وأكد جيري براون أن “الإطفاء مستمر”.",
        ),
        (
            "b",
            "وقالت الباحثة كيم براون إن “الدراسة اكتملت”. وأكدت كيم براون أن “النتائج واضحة”.",
        ),
        ("c", "وقال براون إن “الجفاف سيستمر”."),
        // Spellings of one given name are one person: the surname joins him.
        ("d", "وقال يروين ديسلبلوم إن “المحادثات صعبة”."),
        ("e", "وقال جيروين ديسلبلوم إن “الاتفاق قريب”."),
        ("f", "وقال ديسلبلوم إن “الخطوات ضرورية”."),
    ];
    assert_eq!(merged_in(&docs, "c"), ["براون"]);
    assert_ne!(merged_in(&docs, "f"), ["ديسلبلوم"]);
}
