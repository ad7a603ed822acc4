//! Reporting verbs that are spelled like other words or report only with a content clause:
//! بيّن ("showed") and بين ("between"), أظهر for a study's findings, توقع for a forecast. Each
//! sentence is our own, written in the shape the rule covers.

use super::check;
use super::speakers::reports_nothing;

#[test]
fn bayyana_opens_its_clause_and_reaches_its_statement() {
    check("وبين [[S:مدير الدفاع المدني]] أن [[R:الحريق أخمد خلال ساعة]].");
    check(
        "وقال الدكتور [[S:سامي الجهني]] إن [[R:الحالة مستقرة]].\nوبين \"[[S:الجهني]]\" أن [[R@سامي الجهني:المريض سيغادر المستشفى غدا]].",
    );
    check("وبينت [[S:الهيئة]] أن [[R:المخالفات تراجعت هذا العام]].");
}

#[test]
fn bayna_between_reports_nothing() {
    assert!(reports_nothing(
        "ووزعت المساعدات بين الأسر المحتاجة، وبينهم أطفال ونساء."
    ));
    assert!(reports_nothing(
        "وبين الطرفين خلاف قديم على أن الحدود لم ترسم."
    ));
}

#[test]
fn a_study_shows_only_with_a_content_clause() {
    check("وأظهرت [[S:دراسة أجرتها الجامعة]] أن [[R:نصف الطلاب لا يمارسون الرياضة]].");
    assert!(reports_nothing(
        "وأظهرت الصور الدمار الكبير في الحي القديم."
    ));
}

#[test]
fn a_forecast_in_the_past_with_a_content_clause() {
    check("وتوقع الخبير الاقتصادي [[S:ماجد الشهري]] أن [[R:ترتفع أسعار العقار العام المقبل]].");
    // يُتوقّع أن …: "it is expected", nobody's forecast.
    assert!(reports_nothing(
        "ويتوقع أن تشمل الأمطار مناطق واسعة من المملكة."
    ));
}

#[test]
fn this_is_what_he_said_after_a_quotation() {
    check("\"[[D:سنعيد للمنظمة سمعتها خلال عام]]\"، هذا ما قاله [[S:هانز موللر]] في مؤتمر صحفي.");
    // وهو ما أكده: agreeing with another's statement is no statement of one's own.
    check("وقال [[S:وزير المالية]] إن [[R:العجز سينخفض]]، وهو ما أكده محافظ البنك المركزي أيضا.");
}

#[test]
fn the_press_told_is_no_part_of_the_speaker() {
    check(
        "وقال [[S:المسؤول]] لوكالة الأنباء الألمانية طالبا عدم ذكر اسمه إن [[R:المفاوضات ستستأنف الأحد]].",
    );
    // مراسل لوكالة …: an office of the press holds the press's name.
    check("وقال [[S:مراسل لوكالة رويترز]] إن [[R:الطريق أغلق منذ الصباح]].");
}

#[test]
fn a_source_phrase_between_the_verb_and_its_statement() {
    check("وأكد [[S:المصدر]] وفقا لموقع الخبر أن [[R:الاجتماع أجل إلى الشهر المقبل]].");
}

#[test]
fn a_relative_pronoun_speaks_for_the_office_or_body_before_it() {
    check("وأحيلت الجثة إلى [[S:الطبيب الشرعي]] الذي أكد أن [[R:الوفاة نتجت عن نزيف]].");
    check(
        "واستند الموقع إلى [[S:مصادر مقربة من العائلة]]، والتي قالت إن [[R:الزفاف أجل إلى الخريف]].",
    );
    // القاعة التي وصفها …: the antecedent is the object of the verb.
    assert!(reports_nothing_by(
        "وافتتح الوزير القاعة الجديدة التي وصفها بالمميزة.",
        "القاعة الجديدة"
    ));
}

#[test]
fn the_writer_s_inference_is_no_report() {
    assert!(reports_nothing(
        "وارتفعت الأسعار عشرة في المئة، الأمر الذي يشير إلى تعافي السوق."
    ));
}

/// True when no item of `text` is credited to `speaker`.
fn reports_nothing_by(text: &str, speaker: &str) -> bool {
    let (article, _) = super::parse("t", text);
    crate::quotes::extract_article(&article)
        .iter()
        .all(|q| q.speaker.as_ref().is_none_or(|s| &*s.name != speaker))
}

#[test]
fn what_came_in_a_statement_is_its_issuer_s_word() {
    check(
        "وأصدرت [[S:وزارة الصحة]] بيانا حول الحملة.\nوجاء في البيان أن [[R@وزارة الصحة:الحملة ستستمر شهرا]].",
    );
    assert!(reports_nothing("وجاء في المرتبة الثانية فريق النصر."));
}

#[test]
fn what_happens_and_what_catches_the_eye_are_no_reports() {
    assert!(reports_nothing(
        "المشكلة تحدث عندما يهمل المريض مواعيد الدواء."
    ));
    assert!(reports_nothing(
        "ولفتت الأنظار الفرقة الشعبية بأزيائها الملونة."
    ));
    check("ولفت [[S:الوزير]] الأنظار إلى أن [[R:المشروع تأخر عامين]].");
}

#[test]
fn a_quotation_right_after_the_colon_is_the_whole_statement() {
    // What follows the quotation is the reporter's narration, not more of the statement.
    let text = "وقال سامي الجهني مودعا: «سنلتقي قريبا في مكان أفضل»، بعد أن صافح زملاءه في الفرع.";
    check(
        "وقال [[S:سامي الجهني]] مودعا: «[[D:سنلتقي قريبا في مكان أفضل]]»، بعد أن صافح زملاءه في الفرع.",
    );
    let (article, _) = super::parse("t", text);
    let reported: Vec<_> = crate::quotes::extract_article(&article)
        .into_iter()
        .filter(|q| q.kind == crate::quotes::QuoteKind::Reported)
        .map(|q| q.text(&article).to_owned())
        .collect();
    assert!(
        reported.is_empty(),
        "the narration read as reported: {reported:?}"
    );
}

#[test]
fn awrada_reports_what_a_paper_carried() {
    check("وأوردت [[S:صحيفة الشرق]] أن [[R:المفاوضات ستستأنف الأسبوع المقبل]].");
}

#[test]
fn a_feminine_participle_reports_the_abstract_noun_it_governs() {
    // مؤكدة with a direct object (أهمية …), no complementizer: the object is the statement.
    check("ونظمت [[S:هيئة الطرق]] ورشة عمل أمس، مؤكدة [[R:أهمية هذه المشاريع لتخفيف الزحام]].");
    // An adjective in ة after a comma, before an indefinite noun, reports nothing.
    let found = super::speakers("وتابعت الفرق الميدانية العمل، ومتابعة مستمرة من الإدارة.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_verb_that_opens_the_statement_is_no_speaker() {
    // وأضاف جرى …: the subject was dropped and the statement starts at once.
    check(
        "وقال مدير الدفاع المدني [[S:نايف الشريف]] إن [[R:الحريق اندلع فجرا]]. وأضاف [[R:جرى \
         اقتحام المبنى من قبل فرق الإنقاذ]].",
    );
}

#[test]
fn the_prophet_named_with_his_blessing_before_the_verb_speaks_the_hadith() {
    check(
        "وقالت الداعية [[S:سارة الحربي]] إن [[R:العيد فرحة]]. وبينت أن رسول الله -صلى الله عليه وسلم- قال: \"[[D@النبي محمد:للصائم فرحتان]]\"، موضحة أن [[R@سارة الحربي:الفرح سنة]].",
    );
}

#[test]
fn a_hadith_quoted_is_the_prophets_words() {
    check(
        "وقال الشيخ [[S:سعد الغامدي]] إن [[R:الدماء حرام]]، وقد جاء في الحديث: ([[D@النبي محمد:نهيت عن قتل المصلين]]).",
    );
    // في الحديث after a verb of beginning is speaking, not a hadith.
    check("وقال [[S:حسين حبري]] عندما بدأ المحامي في الحديث: «[[D:من هذا الشخص الذي يتحدث]]».");
}

#[test]
fn tabaa_reports_only_with_speech_after_its_subject() {
    // "Went on": a colon, a complementizer or a quotation after the subject, a comma between.
    check(
        "وقال مدير المستشفى [[S:فهد العنزي]] إن [[R:الحالات مستقرة]]. وتابع [[S@فهد العنزي:العنزي]]، أن [[R@فهد العنزي:الفريق الطبي يعمل على مدار الساعة]].",
    );
    // "Followed": with an object and no speech, تابع reports nothing.
    let found = super::speakers(
        "وقال القنصل سعد المطيري إن القنصلية تابعت الحادثة ووقفت على التطورات، مضيفا أن \
         المصابين غادروا المستشفى.",
    );
    assert_eq!(found, ["سعد المطيري", "سعد المطيري"], "{found:?}");
}

#[test]
fn the_press_told_with_the_article_is_the_addressee() {
    // لـ and the article (للإذاعة، للصحيفة): the press told, not more of the speaker's office.
    check("وقال [[S:مصدر عسكري]] للإذاعة العامة إن [[R:العملية انتهت]].");
    check("وقال [[S:المصدر]] للصحيفة إن [[R:الاتفاق يتعلق بقاعدة واحدة]].");
}

#[test]
fn urging_and_appealing_report_what_is_urged() {
    check(
        "وحث [[S:ستيفن أوبراين]] الحكومة في مؤتمر صحافي على «[[P:رفع القيود عن القوافل دون تأخير]]».",
    );
    check("وناشد مدير الدفاع المدني [[S:خالد الحربي]] [[R:المواطنين الابتعاد عن مجاري السيول]].");
}
