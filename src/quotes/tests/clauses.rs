//! The subject a clause gives its reporting verb when it is not right after the verb: an office
//! with all its complements before the verb, and the subject of a sentence's first verb taken by
//! a participle or a joined verb. Each sentence is our own, written in the shape the rule covers.

use super::{check, speakers};

#[test]
fn a_long_office_and_its_name_stand_before_the_verb() {
    // The name the office ends with, a foreign one no list holds.
    check(
        "وتوقفت الرحلات أمس، إلا أن كبير مفتشي هيئة الطيران في كندا [[S:ماركو تيلي]] قال إن \
         [[R:المطار سيفتح غدا]].",
    );
    // The name right after the office, with an apposition of its own before the verb.
    check(
        "وتأخر الإعلان، لكن العقيد [[S:رامي الشهري]] المتحدث باسم الدفاع المدني في المنطقة \
         قال إن [[R:الحريق أخمد بالكامل]].",
    );
}

#[test]
fn an_office_with_no_name_before_the_verb_names_nobody_new() {
    // Only words of the office: no name is made of the genitive of an institution (مكتب سلامة).
    let found = speakers("لكن رئيس مكتب سلامة الغذاء في المدينة قال إن العينات سليمة.");
    assert!(
        found.iter().all(|s| s != "سلامة الغذاء"),
        "a genitive read as a name: {found:?}"
    );
}

#[test]
fn a_participle_takes_the_subject_of_a_verb_that_reports_nothing() {
    // وأهاب reports nothing; مؤكدا agrees with its subject, an office.
    check(
        "وأهاب [[S:المتحدث الرسمي]] بالسكان الابتعاد عن الأودية، مؤكدا أن [[R:الفرق جاهزة \
         على مدار الساعة]].",
    );
    // A body and its relative adjective, feminine like the participle.
    check(
        "ونظمت [[S:الحكومة الأردنية]] مؤتمرا للمانحين أمس، مشددة على أن [[R:الحل السياسي هو \
         الطريق الوحيد]].",
    );
}

#[test]
fn a_verb_joined_by_wa_takes_the_subject_of_the_first() {
    // A foreign name no list holds, known as a name by the office after it.
    check(
        "قاد [[S:يورغن ماير]] مدرب الفريق الألماني التدريبات أمس وقال إن [[R:الهدف الثاني \
         غير صحيح]].",
    );
}

#[test]
fn a_sentence_that_opens_with_a_particle_gives_no_main_subject() {
    // كما تلقى: the word after the particle is the verb, not a name before an office.
    let found = speakers("كما تلقى رئيس النادي اتصالا من الوزير، مؤكدا أن الدعم مستمر.");
    assert!(
        found.iter().all(|s| s != "تلقى"),
        "the verb read as a name: {found:?}"
    );
}

#[test]
fn a_verbs_complement_or_an_accusative_after_it_leaves_the_subject_dropped() {
    // وطالب بفتح: ب opens what is demanded; the one who demands is the one named before.
    check(
        "وقال الشيخ [[S:سعد الغامدي]] إن [[R:الشباب أمانة]]. وطالب [[R:بفتح قنوات الحوار مع الشباب]].",
    );
    // وقال باكيا: a circumstantial adjective written without its tanween.
    check("ومثل [[S:جون سميث]] أمام المحكمة. وقال باكيا: [[R:كنت مضطرا لذلك]].");
    // بوتين starts with ب and is the subject all the same.
    check("وقال [[S:بوتين]] إن [[R:المحادثات كانت مثمرة]].");
}

#[test]
fn a_semicolon_before_the_statement_does_not_end_the_sentence() {
    check("طالب وزير الصحة الدكتور [[S:خالد بن سعد الحربي]]؛ [[R:بتهيئة الفرص الوظيفية للشباب]].");
}

#[test]
fn a_city_after_an_office_is_more_of_the_office() {
    check("وطالب مدير التعليم بجدة [[S:سعد الغامدي]] [[R:بتهيئة الفصول قبل بدء الدراسة]].");
}

#[test]
fn kama_anna_goes_on_with_the_statement() {
    // …، كما أننا: "as well as that" is more of what he said; …، كما تطرق: the reporter's.
    check(
        "وقال [[S:سعد الغامدي]] إن [[R:لدينا خطا ساخنا مع الدول، كما أننا خاطبنا الجهات المسؤولة]].",
    );
}

#[test]
fn a_verb_inside_a_statement_with_no_one_for_subject_is_part_of_it() {
    // تكشف مدى الافتقار: the trial reveals, nobody speaks; منتقدا is the judge's.
    check(
        "وقال القاضي [[S:جون سميث]] إن [[R:المحاكمة تكشف مدى الافتقار إلى النزاهة]]، منتقدا [[R:الدور الذي لعبه المتهم]].",
    );
}

#[test]
fn an_agency_told_by_its_own_name_is_the_addressee() {
    check("وقال [[S:المدير العام للطيران المدني]] لفرانس برس إن [[R:القطعة جاءت من سلم منزلي]].");
    check("وقال [[S:سعد الحربي]] لرويترز إن [[R:المحادثات كانت مثمرة]].");
}

#[test]
fn a_closing_mark_after_a_colon_closes_a_quotation_left_unopened() {
    // The writer left out the opening mark: the colon opens the quotation the mark closes.
    check(
        "وقال [[S:سالم الحربي]] لـ«الرياض»: [[D:نعمل على خطة شاملة لكل المحافظات، وسنبدأ الشهر المقبل]]»، مشيرا إلى أن [[R@سالم الحربي:التمويل متوفر]].",
    );
}

#[test]
fn his_saying_the_exalted_quotes_scripture() {
    // في قوله تعالى: the noun "his saying" with God's epithet after it, not the speaker named
    // before.
    check(
        "وقال الشيخ [[S:سعد العتيبي]] إن [[R:الصبر مفتاح الفرج]]. والصبر من أعظم العبادات، كما \
         في قوله تعالى: «[[D@الله تعالى:إنما يوفى الصابرون أجرهم بغير حساب]]».",
    );
}
