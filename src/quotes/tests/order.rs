//! Word order around the reporting verb: a subject before its verb after لكنّ, a time
//! adverbial between the verb and its subject, a name in quote marks that closes the sentence.
//! Each sentence is our own, written in the shape the rule covers.

use super::speakers::reports_nothing;
use super::{check, speakers};

#[test]
fn after_lakinna_the_subject_comes_before_its_verb() {
    // لكنّ is a sister of إنّ: a noun after it is the subject of the verb that follows.
    check("وتراجعت الأسهم أمس، لكن [[S:الحكومة]] قالت إن [[R:الاقتصاد سيتعافى قريبا]].");
    check("وارتفعت أسعار القمح، ولكن [[S:خبراء]] يحذرون من أن [[R:الموسم المقبل سيكون أصعب]].");
}

#[test]
fn a_time_adverbial_may_stand_between_the_verb_and_its_subject() {
    check("وقال أمس [[S:المتحدث باسم الوزارة]] إن [[R:التحقيق ما زال جاريا]].");
    check("وأكد مساء يوم الخميس الماضي [[S:مدير الدفاع المدني]] أن [[R:الحريق أخمد]].");
    // أمس (الأربعاء): the day in parentheses belongs to the adverbial.
    check("وشدد أمس (الأربعاء) [[S:رئيس المجلس البلدي]] على أن [[R:المشروع سيكتمل في موعده]].");
    // The one told may come after the adverbial.
    check("وقال أمس لـ«الرياض» [[S:مدير المرور]] إن [[R:الطريق سيفتح غدا]].");
    // A paper told after the adverbial is no subject: the subject came before the verb.
    let found = speakers(
        "غير أن مسؤولا أميركيا، رفض ذكر اسمه، قال أمس لصحيفة «الحياة»، إن المحادثات توقفت.",
    );
    assert!(
        found.iter().all(|s| !s.contains("الحياة")),
        "the paper told read as the speaker: {found:?}"
    );
}

#[test]
fn a_name_in_quote_marks_closes_a_statement_given_first() {
    check("[[R:وارتفع عدد الضحايا إلى عشرين]]، بحسب ما أعلنت «[[S:ناسا]]» نفسها.");
    check("[[R:وأغلقت الحدود مساء الأحد]]، كما ذكرت «[[S:رويترز]]».");
}

#[test]
fn tabi_before_li_is_belonging_to() {
    assert!(reports_nothing(
        "وضبطت الفرق عبوات فاسدة داخل مستودع تابع لمحل تموينات."
    ));
    assert!(reports_nothing("وأغلقت جهة تابعة للوزارة ثلاثة محلات."));
    // وتابع: "went on", the verb, still reports.
    check("وتابع [[S:المدير]] أن [[R:العمل مستمر]].");
}

#[test]
fn a_word_after_abu_or_bin_is_a_name() {
    // طالب after أبو is the name, not the verb "demanded".
    assert!(reports_nothing(
        "ويرصد الكاتب حمود أبو طالب مجموعة من الوقائع في مقاله."
    ));
    assert!(reports_nothing(
        "وزار الوفد مسجد علي بن طالب بالمدينة القديمة."
    ));
}

#[test]
fn women_of_letters_and_the_arts_are_titles() {
    check("وتقول [[S:الروائية]]: «[[D:الكتابة عزلة جميلة]]».");
    check("وقالت [[S:المذيعة]] إن [[R:البرنامج سيعود في رمضان]].");
}

#[test]
fn a_name_in_quote_marks_before_its_verb_is_its_subject_not_a_quotation() {
    let text = "وتراجعت المبيعات، لكن «نوكيا» تقول إن الطلب سيعود.";
    check("وتراجعت المبيعات، لكن «[[S:نوكيا]]» تقول إن [[R:الطلب سيعود]].");
    let (article, _) = super::parse("t", text);
    let quotes = crate::quotes::extract_article(&article);
    assert!(
        quotes
            .iter()
            .filter(|q| q.text(&article) == "نوكيا")
            .all(|q| !q.kind.is_speech()),
        "the name read as a quotation"
    );
}

#[test]
fn the_one_quoted_after_an_is_named_with_his_office_between() {
    check("ونقلت الوكالة عن [[S:سامي الجهني]] مدير إدارة الطوارئ قوله إن [[R:الطريق أغلق]].");
    check("ونقلت الصحيفة عن [[S:ماجد الشهري]]، المسؤول في البلدية، قوله إن [[R:المشروع تأخر]].");
}

#[test]
fn a_participle_after_a_preposition_is_a_noun() {
    // مضيفه after مع or أمام is the host team, not "adding".
    assert!(reports_nothing("وخسر الفريق أمام مضيفه الاتحاد بهدفين."));
    assert!(reports_nothing("ويلتقي النصر مع مضيفه الفتح مساء الجمعة."));
    // لم يقدم شيئا يذكر: the passive "worth mentioning".
    assert!(reports_nothing(
        "ولم يقدم المهاجم شيئا يذكر، خصوصا في المباريات الكبيرة."
    ));
}

#[test]
fn a_noun_with_his_after_a_name_is_the_object_not_the_name() {
    // استقالته: the ة of استقالة turns to ت before "his"; no word of a name carries a pronoun,
    // so the subject carried to the next verb is the name alone.
    check("وقدم محمد طيب أغا استقالته أمس.\nوقال إن [[R@محمد طيب أغا:القرار نهائي]].");
}

#[test]
fn the_definite_noun_between_a_verb_and_its_statement_is_its_subject() {
    // No list knows الجمارك or السجلات: in verb–subject order the noun right after the verb,
    // before أن, is its subject.
    check("وأكدت [[S:الجمارك]] أن [[R:الشحنة صودرت بالكامل]].");
    check("وكشفت [[S:السجلات الرسمية]] أن [[R:عدد الزوار تضاعف]].");
    // An occasion may stand between the subject and its statement.
    check("وقال [[S:الادعاء العام السويسري]] في بيان إن [[R:التحقيق سيستمر]].");
    // A preposition closes the subject.
    check("واعترف [[S:الحارس]] أمام المحقق بأن [[R:الباب كان مفتوحا]].");
    // A short bare tail after the definite words is the name, the words before it the office.
    check("وقال المعارض البيلاروسي [[S:زيمو لافيتس]] إن [[R:الانتخابات زورت]].");
}

#[test]
fn after_a_verb_of_telling_the_noun_before_the_statement_is_the_one_told() {
    // وصف القرار بأنه: the decision is what was described, not who spoke.
    let found = speakers("ووصف القرار بأنه متسرع.");
    assert!(
        found.iter().all(|s| !s.contains("القرار")),
        "the object read as the speaker: {found:?}"
    );
}

#[test]
fn a_lone_description_after_the_verb_is_the_person_named_before() {
    // المصمم alone, after the designer was named: the same person, not a new speaker.
    check(
        "وقال [[S:زيمو لافيتس]]، مصمم الأزياء، إن [[R:المجموعة مستوحاة من الصحراء]].\nوأضاف المصمم أن [[R@زيمو لافيتس:الألوان ترابية]].",
    );
}

#[test]
fn a_subject_read_inside_a_sentence_is_not_the_main_clauses() {
    // الإحصاءات speaks only its own clause; the participle after it goes back to the main verb.
    check(
        "وأوضح [[S:خالد المطيري]] أن المبيعات ارتفعت، حيث أظهرت [[S:الإحصاءات]] أن [[R:الطلب تضاعف]]، مشيرا إلى أن [[R@خالد المطيري:الموسم كان جيدا]].",
    );
}

#[test]
fn an_office_given_after_a_speakers_name_names_them_later() {
    // The office after the name, then the office alone: the same person, by title.
    check(
        "وقال [[S:سامي العتيبي]] مدير إدارة الطرق في المنطقة إن [[R:الجسر سيفتح قريبا]].\nوفي سياق آخر أكد مدير إدارة الطرق أن [[R@سامي العتيبي:الصيانة مستمرة]].",
    );
}

#[test]
fn words_that_describe_a_source_may_stand_before_fa_inna() {
    // وبحسب X، الذي …، فإن: the description ends at the comma before فإن, which opens the
    // statement (not the sentence before the source phrase).
    check("وارتفعت الأسعار أمس. وبحسب [[S:مصادر مطلعة]] على الملف، فإن [[R:الحكومة ستتدخل قريبا]].");
    // وفقا لاتفاق: an agreement is the rule followed, not a source.
    assert!(reports_nothing(
        "وستسدد الديون وفقا لاتفاق الإنقاذ المبرم مع الدائنين، فإنه يمكن توقع الهدوء."
    ));
}

#[test]
fn a_reporting_verb_negated_reports_nothing() {
    // لم / لن before the verb: nothing was said.
    assert!(reports_nothing("ولم تعلن أي جهة مسؤوليتها عن الانفجار."));
    assert!(reports_nothing("والشركة لن تكشف عن قيمة الصفقة."));
    check("وقال [[S:سامي الجهني]] إن [[R:الفريق لن يعلق على القرار]].");
}

#[test]
fn a_name_ends_before_a_second_office_and_before_the_object() {
    // ووزير المالية opens a second person; أبرز opens what was revealed.
    check("وقال وزير الطاقة [[S:ألكسندر كوريتين]] ووزير المالية جورج تاكيس إن [[R:الاتفاق قريب]].");
    for (text, name) in [
        (
            "وكشف مدير المهرجان سامي الجهني أبرز ملامح الخطة الجديدة.",
            "سامي الجهني",
        ),
        // A name no list knows, after its office.
        (
            "وكشف مدير المهرجان زيمو لافيتس أبرز ملامح الخطة الجديدة.",
            "زيمو لافيتس",
        ),
    ] {
        let found = speakers(text);
        assert!(
            found.iter().all(|s| s == name),
            "the object read into the name: {found:?}"
        );
    }
}

#[test]
fn a_relative_pronoun_speaks_for_a_name_no_list_knows_after_its_description() {
    // الذي أكد: the one who said it is the man named before the pronoun, after the words that
    // describe him.
    check("والتقى الوفد الملياردير الروسي [[S:زيمو دوروف]] الذي أكد أن [[R:المشروع سيبدأ]].");
}
