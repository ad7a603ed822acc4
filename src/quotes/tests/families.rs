//! Family names that look like common words: the days of the week and nouns in ة, read as names
//! where the name can only end there. Each sentence is our own, written in the shape the rule
//! covers.

use super::check;

#[test]
fn a_day_right_after_a_given_name_is_the_family_name() {
    check("وقال رئيس الجمعية الشيخ [[S:صالح الخميس]] إن [[R:الجمعية وزعت ألف سلة غذائية]].");
    check("وأكد [[S:عبدالرحمن الجمعة]] أن [[R:النادي سيعلن مدربه الجديد قريبا]].");
}

#[test]
fn a_day_after_a_full_or_foreign_name_dates_the_statement() {
    check("وقال [[S:فهد بن سعد الحربي]] الخميس إن [[R:المشروع سيكتمل في موعده]].");
    check("وقال [[S:أوباما]] الخميس إن [[R:المفاوضات تسير بشكل جيد]].");
    // مسؤول تركي: تركي is the adjective of the noun before it, not a given name.
    check("وقال [[S:مسؤول تركي]] الإثنين إن [[R:أنقرة لن تتراجع عن موقفها]].");
}

#[test]
fn a_family_name_in_ta_after_an_honorific() {
    check(
        "وأوضح مدير فرع الهيئة المهندس [[S:ماجد الربيعة]]، أن [[R:الفرع أنجز ثلاثين جولة رقابية]].",
    );
}

#[test]
fn a_word_in_ta_after_a_name_with_no_honorific_is_no_family_name() {
    // مكتبة الملك عبدالعزيز العامة: the library's name, not a man called العامة.
    check(
        "وأوضحت مديرة مكتبة الملك عبدالعزيز العامة، [[S:نورة السبيعي]]، أن [[R:المكتبة استقبلت ألفي زائر]].",
    );
}

#[test]
fn a_ruler_an_institution_is_named_after_is_not_its_spokesman() {
    check(
        "وقال مدير مستشفى الملك خالد بالخرج الدكتور [[S:سعد العتيبي]] إن [[R:المستشفى استقبل مئتي حالة]].",
    );
    check("وأعلنت [[S:جامعة الأمير سطام]] عن [[R:فتح باب القبول لطلاب الدراسات العليا]].");
    check("وأعلنت [[S:مدينة الملك فيصل الطبية]]، [[R:افتتاح عيادة جديدة للأطفال]].");
}

#[test]
fn a_given_name_after_an_unnamed_source_is_its_adjective() {
    check("وقال [[S:دبلوماسي تركي]] إن [[R:الاجتماع سيعقد الأسبوع المقبل]].");
}

#[test]
fn a_broken_plural_of_people_is_left_out_by_a_plural_verb() {
    check(
        "وأعرب [[S:القادة]] عن قلقهم من تأخر الانتخابات.\nوأكدوا أن [[R@القادة:الحوار هو الطريق الوحيد]].",
    );
    check("ويؤكد [[S:الشبان]] أن [[R:الحفلات البسيطة أقرب إلى قلوبهم]].");
}

#[test]
fn two_offices_of_one_person_share_their_genitive() {
    check("وقال إمام وخطيب المسجد النبوي الشيخ [[S:صالح البدير]] إن [[R:الأمن نعمة عظيمة]].");
    check("وأوضح رئيس ومؤسس الشركة [[S:ماجد العتيبي]] أن [[R:الأرباح تضاعفت هذا العام]].");
}

#[test]
fn an_accusative_word_after_the_verb_is_its_object() {
    check(
        "وقال رئيس الجمعية [[S:خالد الحربي]] إن [[R:العمل مستمر]]، ودعا الشبابَ إلى [[R@خالد الحربي:التطوع في برامج الجمعية]].",
    );
}

#[test]
fn the_purpose_in_an_institution_s_name_is_part_of_it() {
    check("وقالت [[S:الهيئة الوطنية لمكافحة الفساد]] إن [[R:التحقيق في القضية مستمر]].");
    check("وأعلن [[S:البنك الأوروبي لإعادة الإعمار]] أن [[R:القرض سيصرف الشهر المقبل]].");
}

#[test]
fn a_masculine_plural_after_a_feminine_subject_is_the_object() {
    check("واتهمت [[S:الدول الغربية]] [[R:الانفصاليين بإسقاط الطائرة المدنية]].");
}

#[test]
fn a_foreign_name_that_reads_like_a_verb_in_the_future() {
    // ستراتفورد: س and ت open a future verb too (ستقوم), but an office follows the name.
    check("وقال [[S:ستراتفورد كليمنت]] نائب رئيس البنك إن [[R:الأسعار سترتفع]].");
}

#[test]
fn a_woman_judge_is_an_office_and_the_paper_she_told_is_not_her_words() {
    check("وأوضحت القاضية [[S:كارين يونغ]] لصحيفة «بيلد» أنها [[R:استاءت من سلوك المتهمين]].");
}

#[test]
fn an_office_announces_a_family_name_in_ta() {
    check("وقال الوزير [[S:توفيق الربيعة]] إن [[R:الدواء متوفر في كل المستشفيات]].");
}

#[test]
fn a_verbal_noun_after_an_office_is_its_object() {
    check("وأعلن [[S:وزير الداخلية]] [[R:تشكيل لجنة للتحقيق في الحادث]].");
}

#[test]
fn the_office_after_the_name_is_not_the_words_reported() {
    let text =
        "وأثنى جواو أرماندو رئيس اللجنة الكشفية العالمية على الكشافة السعودية وحضورها المميز.";
    let (article, _) = super::parse("t", text);
    let quotes = crate::quotes::extract_article(&article);
    let report = quotes.first().expect("the praise is reported");
    assert_eq!(
        report.speaker.as_ref().map(|s| &*s.name),
        Some("جواو أرماندو")
    );
    assert_eq!(report.text(&article), "على الكشافة السعودية وحضورها المميز");
}

#[test]
fn a_family_name_of_no_known_shape_ends_the_name_before_the_statement() {
    // باعشن، بالخير: Hadrami family names read like a preposition and a noun.
    check("قال قائد الكتيبة العقيد [[S:حامد بالخير]]، إن [[R:الجيش يحتاج إلى الدعم]].");
    check("وأوضح رئيس اللجنة [[S:عبدالقادر باعشن]] أن [[R:المهرجان يبدأ غدا]].");
    // A reporting word after the given name is no family name.
    check("وعلق [[S:حسين]] قائلا إن [[R:الأطباء يعرفون المزيد اليوم]].");
}

#[test]
fn a_nisba_after_the_given_and_fathers_names_is_the_family_name() {
    check("وأكد [[S:ماجد عبدالكريم الإفريقي]] من الرياض أن [[R:الاحتفالات شهدت فعاليات كثيرة]].");
}

#[test]
fn a_foreign_name_may_end_in_alif_ha() {
    check("وحذر [[S:ريتشارد توتاه]] الخبير في شؤون الأمن، من أن [[R:الهجمات ممكنة]].");
}

#[test]
fn an_arabic_name_ends_at_its_family_name_before_the_verbs_object() {
    // A bare noun after the family name is the object of the verb, not more of the name; the
    // words of a compound given name (صلاح الدين) and a lineage (بن) go on.
    check(
        "من جهة أخرى توقع المدير [[S:عبدالله الحربي]] صدور قرارات اللجنة في نهاية الشهر، رافضا \
         تحديد موعد، لافتا إلى أن [[R@عبدالله الحربي:الإدارة تتابع القضية]].",
    );
    check("وأعلن [[S:صلاح الدين دميرتاش]] أن [[R:الحزب سيشارك في الانتخابات]].");
    check("وقال الأمير [[S:متعب بن عبد الله بن عبد العزيز]] إن [[R:الفقيد كان مخلصا]].");
}

#[test]
fn the_particle_of_a_dutch_name_is_part_of_it() {
    // فان before در or after a foreign given name is "van", not فإن; the surname alone later
    // is the same person.
    check(
        "وقال [[S:بيتر فان در برغ]] إن [[R:المساعدات وصلت]]. وأضاف [[S@بيتر فان در برغ:فان در برغ]] أن [[R@بيتر فان در برغ:الطرق مفتوحة]].",
    );
    check("وقال المدرب [[S:لويس فان غال]] إن [[R:الفريق جاهز]].");
    // فإن with its hamza stays the particle of the sentence.
    check("وقال [[S:لويس]] إن [[R:الفريق جاهز]]، فإن الموسم طويل.");
}

#[test]
fn one_of_after_a_name_opens_its_apposition() {
    check("وقال [[S:سايمن تيمبلر]] أحد سكان القرية إن [[R:المسلحين هاجموا فجرا]].");
}

#[test]
fn a_family_name_in_ya_that_starts_with_ba_ends_the_chain() {
    // Not ب and a verbal noun (بتوفير): a nisba-shaped word after بن and a father's name.
    check("وشدد عضو المجلس [[S:عمر بن صالح بغدادي]] على [[R:أهمية دعم المنشآت الصغيرة]].");
    check("وطالب رئيس الجمعية [[S:خالد بن سعد]] [[R:بتوفير الدعم للأسر المنتجة]].");
}
