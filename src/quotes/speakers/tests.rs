//! The speaker phrase parser on phrases of our own.

use super::*;
use crate::quotes::tokens::tokenize;

fn np(text: &str) -> (String, String) {
    let toks = tokenize(text, 0);
    let np = parse_np(&toks, 0, toks.len()).expect("a phrase");
    let words = |r: &Range<usize>| text[toks[r.start].start..toks[r.end - 1].end].to_owned();
    (
        words(&np.name),
        np.role.as_ref().map(words).unwrap_or_default(),
    )
}

#[test]
fn title_then_name() {
    assert_eq!(
        np("الرئيس الروسي فلاديمير بوتين بإبرام اتفاق"),
        ("فلاديمير بوتين".into(), "الرئيس الروسي".into())
    );
    assert_eq!(
        np("وزير الخارجية الأوكراني دميترو كوليبا المجتمع"),
        ("دميترو كوليبا".into(), "وزير الخارجية الأوكراني".into())
    );
    assert_eq!(
        np("الزعيم الكوري الشمالي كيم جونج أون لشراكة طويلة"),
        ("كيم جونج أون".into(), "الزعيم الكوري الشمالي".into())
    );
    assert_eq!(np("السيد تشانغ إن"), ("تشانغ".into(), "السيد".into()));
    assert_eq!(
        np("الأمير عبدالله بن مساعد في"),
        ("عبدالله بن مساعد".into(), "الأمير".into())
    );
    assert_eq!(
        np("الخبير الاقتصادي عبدالله المغلوث أن"),
        ("عبدالله المغلوث".into(), "الخبير الاقتصادي".into())
    );
    assert_eq!(
        np("الرئيس أوباما الاتفاق بأنه"),
        ("أوباما".into(), "الرئيس".into())
    );
}

#[test]
fn appositions_on_either_side() {
    assert_eq!(
        np("تشانغ هو جين، مستشار الأمن القومي الكوري الجنوبي، لقناة يونهاب"),
        (
            "تشانغ هو جين".into(),
            "مستشار الأمن القومي الكوري الجنوبي".into()
        )
    );
    assert_eq!(
        np("الباحث في مركز الدراسات التابع لأكاديمية العلوم، سامي نادر، إن"),
        (
            "سامي نادر".into(),
            "الباحث في مركز الدراسات التابع لأكاديمية العلوم".into()
        )
    );
}

#[test]
fn groups_and_institutions_are_whole() {
    // A word that only starts with و is the verb's object; a nisba after و is the same body's.
    assert_eq!(np("الهيئة ورشة عمل أمس").0, "الهيئة");
    assert_eq!(np("مصادر أمنية وطبية إن").0, "مصادر أمنية وطبية");
    assert_eq!(
        np("هيئة الاتصالات وتقنية المعلومات إن").0,
        "هيئة الاتصالات وتقنية المعلومات"
    );
    assert_eq!(np("كوريا الشمالية إن").0, "كوريا الشمالية");
    assert_eq!(np("زعماء مجموعة السبع “بأشد").0, "زعماء مجموعة السبع");
    assert_eq!(
        np("مسؤولون من الولايات المتحدة وكوريا الجنوبية.").0,
        "مسؤولون من الولايات المتحدة وكوريا الجنوبية"
    );
    assert_eq!(
        np("وزارة الدفاع الأميركية (البنتاغون) موسكو").0,
        "وزارة الدفاع الأميركية (البنتاغون)"
    );
    assert_eq!(np("البيت الأبيض إن").0, "البيت الأبيض");
    assert_eq!(np("كيم البالغ من العمر").0, "كيم");
}
