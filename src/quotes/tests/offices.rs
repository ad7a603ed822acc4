//! Offices named again in short: news names an official in full once and then by the office
//! cut short, with its nationality added, or with the honorific letters left out; the office
//! resolves to the person it was given with. Each sentence is our own, written in the shape the
//! rule covers.

use super::{check, parse, speakers};
use crate::quotes::{Attribution, QuoteKind, extract_article};

#[test]
fn an_office_cut_short_refers_to_the_one_named_with_it() {
    check(
        "وقال وزير المالية المغربي [[S:محمد بوسعيد]] إن [[R:الصندوق سيستفيد من ثقة البنوك]]. \
         وأشار الوزير إلى أن [[R:الحاجات السنوية تقدر بمئة مليار دولار]]. وأكد وزير المالية أن \
         [[R:الحكومة ستدعم الصندوق]].",
    );
}

#[test]
fn an_office_given_its_nationality_refers_to_the_one_named_with_it() {
    check(
        "وقال وزير الخارجية [[S:سامح شكري]] إن [[R:المشاورات مستمرة]]. وأكد وزير الخارجية \
         المصري أن [[R:الموقف من الأزمة واضح]].",
    );
}

#[test]
fn an_office_two_people_hold_in_part_stays_unresolved() {
    let found = speakers(
        "وقال وزير المالية أحمد العلي إن العجز تراجع. وقال وزير الصحة خالد السعد إن المستشفيات \
         جاهزة. وأكد الوزير أن العمل مستمر.",
    );
    assert_eq!(found, ["أحمد العلي", "خالد السعد", "الوزير"], "{found:?}");
}

#[test]
fn an_office_in_apposition_after_the_name_is_learned_for_it() {
    check(
        "وقال [[S:محمد بوسعيد]]، وزير المالية المغربي، إن [[R:الاكتتابات فاقت التوقعات]]. \
         وأضاف الوزير أن [[R:الصندوق سيفتح مكتبا في الرباط]].",
    );
}

#[test]
fn an_office_named_outside_a_report_ends_its_name_where_the_name_ends() {
    // … المبطي حادث التفجير: the verb's object is no part of the name the office is given with.
    check(
        "من جانبه، أدان رئيس غرفة أبها المهندس [[S:عبدالله بن سعيد المبطي]] حادث التفجير. \
         وأضاف رئيس غرفة أبها أن [[R:الشباب هم المقصودون]].",
    );
}

#[test]
fn an_office_with_abbreviated_honorific_letters_is_named_again_without_them() {
    check(
        "استنكر مدير جامعة الملك خالد أ.د. [[S:عبدالرحمن بن حمد الداود]] الاعتداء. وأكد مدير \
         جامعة الملك خالد أن [[R:الجامعة تقف مع رجال الأمن]].",
    );
}

#[test]
fn the_ruler_a_university_is_named_after_is_part_of_the_office() {
    check("وقال [[S:مدير جامعة الملك خالد]] إن [[R:الدراسة تبدأ الأحد]].");
}

#[test]
fn a_given_name_with_the_article_opens_a_name_before_bin() {
    check("وقال الأمير [[S:الوليد بن طلال]] إن [[R:الشركة ستواصل الاستثمار في المنطقة]].");
}

#[test]
fn a_family_name_in_ta_ends_before_a_reporting_participle() {
    check(
        "وأوضح مدير الهيئة بمنطقة عسير المهندس [[S:محمد العمرة]] قائلاً: إن [[R:السباق يمتد \
         ستين كيلومترا]].",
    );
}

#[test]
fn a_verb_restated_by_a_participle_lists_the_statement_once() {
    let text = "وأوضح مدير الهيئة المهندس محمد العمرة قائلاً: إن السباق يمتد ستين كيلومترا.";
    let (article, _) = parse("t", text);
    let reported: Vec<String> = extract_article(&article)
        .iter()
        .filter(|q| q.kind == QuoteKind::Reported)
        .map(|q| q.text(&article).to_owned())
        .collect();
    assert_eq!(reported.len(), 1, "{reported:?}");
}

#[test]
fn a_genitive_with_l_is_more_of_the_office_and_a_quoted_body_closes_it() {
    // لقسم المنتجات: "of the products division", no name; the name follows the company's.
    check(
        "وقال نائب الرئيس الأول لقسم المنتجات في شركة \"نوفا\" [[S:ديفيد كلارك]] إن [[R:الطلب على الخدمة تضاعف]].",
    );
    // لوبا السمري: a name that starts with ل, its family name in ي.
    check("وقالت المتحدثة باسم الشرطة [[S:لوبا السمري]] إن [[R:الشرطة اعتقلت ثلاثة]].");
}

#[test]
fn the_official_with_the_article_is_the_official_named_last() {
    // Any office, then "the official" with or without a nationality: the one named last.
    check(
        "أعلن مدير عام الجمارك السعودية [[S:عبدالمجيد بن صالح العتيبي]] أن [[R:المنفذ سيعمل طوال اليوم]]. \
         وأوضح [[S@عبدالمجيد بن صالح العتيبي:المسؤول السعودي]] أن [[R@عبدالمجيد بن صالح العتيبي:الشاحنات ستعبر دون انتظار]].",
    );
    // Another nationality is another official.
    let found = speakers(
        "وقال وزير النقل اليمني سالم الحربي إن الطريق اكتمل. وقال المسؤول الإماراتي إن الدعم \
         مستمر.",
    );
    assert_eq!(found, ["سالم الحربي", "المسؤول الإماراتي"], "{found:?}");
    // A description added to it introduces someone else.
    let found = speakers(
        "وقال وزير النقل سالم الحربي إن الطريق اكتمل. وقال المسؤول في شركة المقاولات إن \
         العمال أنهوا عملهم.",
    );
    assert_eq!(
        found,
        ["سالم الحربي", "المسؤول في شركة المقاولات"],
        "{found:?}"
    );
}

#[test]
fn the_official_introduced_unnamed_stays_unnamed() {
    // مسؤول أمريكي كبير: a rank after the nationality describes the source; it names no one.
    let article = parse(
        "t",
        "وقال الرئيس الأمريكي باراك أوباما إن الاتفاق قريب. وذكر مسؤول أمريكي كبير أن \
         المحادثات ستستأنف. وقال المسؤول الأمريكي إن الوفد سيصل غدا.",
    )
    .0;
    let quotes = extract_article(&article);
    let who: Vec<(&str, Attribution)> = quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref())
        .map(|s| (&*s.name, s.attribution))
        .collect();
    assert_eq!(
        who,
        [
            ("باراك أوباما", Attribution::Named),
            ("مسؤول أمريكي كبير", Attribution::Unnamed),
            ("المسؤول الأمريكي", Attribution::Unnamed),
        ],
        "{who:?}"
    );
}

#[test]
fn a_whole_name_after_an_office_and_its_comma_is_the_holder() {
    // The object of the verb after the name (مغادرة …) does not undo the apposition.
    check(
        "أكد القنصل السعودي في مدينة مشهد، [[S:عبدالله الحمراني]] [[R:مغادرة جميع المصابين المستشفى]].",
    );
}

#[test]
fn an_office_after_a_titled_name_is_learned_for_it() {
    // السفير فلان المتحدث الرسمي …: the office after the name is his as well.
    check(
        "وصرح السفير [[S:علاء يوسف]] المتحدث الرسمي باسم الرئاسة بأن [[R:الاجتماع بحث المشروع]]. \
         وأضاف [[S@علاء يوسف:المتحدث الرسمي]] أن [[R@علاء يوسف:العمل يبدأ الشهر المقبل]].",
    );
}
