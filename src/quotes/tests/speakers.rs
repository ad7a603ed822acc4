//! Rules for who the speaker is in the long subjects of Gulf and Arab press writing: offices
//! before the name, names before the office, names told in quote marks, surnames said alone.
//! Each sentence is our own, written in the shape the rule covers.

use super::check;

#[test]
fn a_chain_of_offices_then_the_full_name() {
    check(
        "وأوضح مدير عام الشؤون الصحية بمنطقة الجوف الدكتور [[S:فهد بن سعد الحربي]] أن [[R:المستشفى الجديد سيفتتح مطلع العام المقبل]].",
    );
    check(
        "وأكد المشرف على مشروع النقل بأمانة المحافظة [[S:سليمان بن ناصر الدوسري]] أن [[R:العمل يسير وفق الجدول المعتمد]].",
    );
}

#[test]
fn the_name_then_its_office() {
    check(
        "وقال لـ«الرياض» [[S:عبد الرحمن القحطاني]] مدير العلاقات العامة في المهرجان إن [[R:عدد الزوار تجاوز مئة ألف زائر]].",
    );
}

#[test]
fn an_unlisted_foreign_name_after_a_definite_office() {
    check(
        "وقال وزير الزراعة الفرنسي [[S:ستيفان لوفول]] إن [[R:الحكومة ستدعم مربي الماشية بمبلغ إضافي]].",
    );
    check("وأعلن مسؤول فرع الحزب في كركوك [[S:شوان داوودي]] أن [[R:الانتخابات ستجري في موعدها]].");
}

#[test]
fn a_surname_said_alone_is_the_person_named_before() {
    check(
        "وقال رئيس الجمعية [[S:خالد بن محمد المطيري]] إن [[R:الجمعية خدمت ألف أسرة]].\nولفت المطيري إلى أن [[R@خالد بن محمد المطيري:التبرعات زادت هذا العام]].",
    );
}

#[test]
fn a_name_in_quote_marks_is_the_speaker_not_a_quotation() {
    check("وأوضح “الدكتور [[S:ماهر العلي]]” أن [[R:حالة المريض مستقرة بعد العملية]].");
}

#[test]
fn speech_after_a_colon_without_quote_marks_is_reported() {
    check(
        "وقال مدير المشروع [[S:ماجد القرني]] إن [[R:الأعمال بدأت]].\nوأضاف: [[R@ماجد القرني:سننتهي من المرحلة الأولى قبل نهاية العام]].",
    );
}

#[test]
fn a_source_phrase_is_not_the_subject_a_later_verb_refers_to() {
    check(
        "وأوضح رئيس البلدية [[S:ناصر الغامدي]] أن [[R:الطرق الجديدة ستفتح]]، وبلغت الكلفة مليون ريال بحسب [[S:الإحصاءات الرسمية]].\nوأكد أن [[R@ناصر الغامدي:العمل مستمر ليلا ونهارا]].",
    );
}

#[test]
fn the_subject_of_a_verb_that_is_not_a_cue_speaks_next() {
    check(
        "وقد عبر مدرب الفريق [[S:هشام الزهراني]] عن رضاه بالنتيجة وقال: “[[D:اللاعبون قدموا كل ما لديهم]]”.",
    );
}

#[test]
fn a_body_named_in_full_then_by_its_noun() {
    check(
        "أعلنت [[S:هيئة الطيران المدني]] أن [[R:الرحلات ستعود الأسبوع المقبل]].\nوأكدت [[S@هيئة الطيران المدني:الهيئة]] أن [[R@هيئة الطيران المدني:المطارات جاهزة لاستقبال المسافرين]].",
    );
}

#[test]
fn unnamed_sources_are_marked_and_kept_apart() {
    use crate::quotes::{Attribution, extract_article};
    let (article, _) = super::parse(
        "u",
        "وقال مصدر أمني إن الحدود أغلقت. وأضافت مصادر مطلعة أن المفاوضات متوقفة.",
    );
    let quotes = extract_article(&article);
    let unnamed: Vec<&str> = quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref())
        .filter(|s| s.attribution == Attribution::Unnamed)
        .map(|s| &*s.name)
        .collect();
    assert_eq!(unnamed, ["مصدر أمني", "مصادر مطلعة"]);
}

#[test]
fn a_relative_pronoun_speaks_for_the_name_before_it() {
    check(
        "والتقت الصحيفة بالقنصل العام [[S:سالم الهاجري]] الذي أوضح أن [[R:المكتب سيعمل يوم السبت]].",
    );
}

#[test]
fn a_demonstrative_points_back_to_the_body_named_before() {
    check(
        "كشفت [[S:وثائق مسربة]] أن [[R:الصفقة ألغيت]].\nوأكدت هذه [[S@وثائق مسربة:الوثائق]] أن [[R@وثائق مسربة:التعويضات لم تدفع]].",
    );
}

#[test]
fn the_subject_right_after_the_verb_wins_over_a_name_in_its_object() {
    check(
        "أكد مدرب الفريق [[S:يوسف الحربي]] أن [[R:المباراة صعبة]].\nوأشاد الحربي بالمدير الفني للمنافس كارلوس أنطونيو، مؤكدا أن [[R@يوسف الحربي:الفريقين يستحقان الفوز]].",
    );
}

#[test]
fn a_bare_word_after_a_definite_body_is_its_object() {
    check(
        "وأعلنت [[S:الشركة الوطنية للنقل]] أن [[R:الأسعار ثابتة]].\nوأعلنت [[S@الشركة الوطنية للنقل:الشركة]] تشكيل [[R@الشركة الوطنية للنقل:لجنة لمراجعة العقود]].",
    );
}

#[test]
fn formulas_and_names_in_quote_marks_are_not_quotations() {
    check(
        "وقال المدير [[S:طارق السبيعي]] إن [[R:المشروع سيكتمل]] «[[N:إن شاء الله]]» قبل الصيف.\nوشكر نائب المدير “[[N:الدكتور وليد الحمدان]]” على جهوده.",
    );
}

#[test]
fn a_body_named_in_quote_marks_with_its_adjective_speaks() {
    check("وصرح “[[S:مجمع الريان]]” التجاري بأنه [[R:سيفتح أبوابه مساء الجمعة]].");
}

#[test]
fn a_document_issued_by_a_body_names_the_body() {
    check("وأكد [[S:تقرير صادر عن منظمة العمل الدولية]] أن [[R:البطالة تراجعت]].");
}

#[test]
fn arabic_names_a_letter_apart_are_different_people() {
    use crate::quotes::extract_corpus;
    let docs = [
        ("a", "وقال الوزير خالد بن سلمان إن “الاتفاق قريب”."),
        ("b", "وقال الباحث خالد بن سليمان إن “الاتفاق بعيد”."),
        ("c", "وقال محمد إن “السوق مزدحم”."),
        ("d", "وقال الوزير محمد جواد ظريف إن “المحادثات مثمرة”."),
    ];
    let articles = super::articles_of(&docs);
    let quotes = extract_corpus(&articles);
    let speaker_in = |id: &str| {
        quotes
            .iter()
            .find(|q| q.article.as_str() == id && q.kind.is_speech())
            .map(|q| q.speaker_name().to_owned())
    };
    assert_eq!(speaker_in("a").as_deref(), Some("خالد بن سلمان"));
    assert_eq!(speaker_in("b").as_deref(), Some("خالد بن سليمان"));
    assert_eq!(speaker_in("c").as_deref(), Some("محمد"));
}

#[test]
fn a_surname_two_people_share_equally_merges_the_same_way_every_run() {
    use crate::quotes::extract_corpus;
    let docs = [
        ("a", "وقال دميترو كوليبا إن “الوضع صعب”."),
        ("b", "وقال أندري كوليبا إن “الحل قريب”."),
        ("c", "وقال كوليبا إن “الحوار مستمر”."),
    ];
    let articles = super::articles_of(&docs);
    let merged_c = || {
        extract_corpus(&articles)
            .iter()
            .find(|q| q.article.as_str() == "c" && q.kind.is_speech())
            .map(|q| q.speaker_name().to_owned())
    };
    let first = merged_c();
    assert!(first.is_some());
    // Each extraction builds its maps afresh, with their own hash order.
    for _ in 0..20 {
        assert_eq!(merged_c(), first);
    }
}

#[test]
fn kama_before_a_verb_that_opens_its_clause_means_also() {
    check(
        "كما أكد مدير فرع الهيئة في جدة [[S:سامي الحارثي]] أن [[R:الفرق الميدانية زارت مئتي منشأة]].",
    );
    check(
        "وقال رئيس النادي [[S:فيصل العتيبي]] إن [[R:الفريق جاهز]]، كما أكد أن [[R:الجماهير ستحضر بكثافة]].",
    );
}

#[test]
fn a_given_name_that_starts_with_waw_after_an_office() {
    check("أكد لاعب المنتخب [[S:وليد الشهري]] أن [[R:الفريق قادر على الفوز]].");
    check("وأكد مدرب الفريق [[S:وسام عيسى]] جاهزية اللاعبين وقال: [[R:سنلعب للفوز]].");
}

#[test]
fn a_noun_in_ta_marbuta_after_the_office_is_the_object_not_a_name() {
    check(
        "وأكد الوزير [[S:فهد الخالدي]] أن [[R:العمل مستمر]].\nوأكد الوزير ضرورة [[R@فهد الخالدي:الالتزام بالمواعيد]].",
    );
}

#[test]
fn a_verb_or_a_preposition_with_a_pronoun_ends_an_arabic_name() {
    check(
        "وقال الأمير [[S:فيصل بن خالد]] إن [[R:الملك فهد أشعرنا باهتمامه بالمنطقة]].\nوأضاف أن [[R@فيصل بن خالد:المشاريع ستكتمل]].",
    );
}

#[test]
fn a_saying_word_with_a_pronoun_after_the_name_is_a_noun() {
    // قدم … شكره: "gave his thanks"; the one thanked is not the speaker.
    check(
        "وقدم المحافظ [[S:سعد الدوسري]] شكره لأمير المنطقة الأمير مشعل بن ماجد على دعمه، وقال إن [[R:المشروع سيخدم الأهالي]].",
    );
}

#[test]
fn letters_with_full_stops_and_a_proper_name_after_a_noun_are_names() {
    check(
        "وقال المتحدث [[S:جون كيربي]] إن [[R:الوكالة رصدت تحركات]] لأشخاص تعدهم «[[N:سي. آي. إيه]]» خطرين.",
    );
    check("وأكد العقيد [[S:تركي المالكي]] أن [[R:المقاتلين فروا من صفوف]] «[[N:داعش]]».");
}

#[test]
fn straight_quotes_spaced_on_both_sides_pair_with_the_next() {
    check(
        "وأوضح المدير التنفيذي لجمعية \" بر \"بجدة [[S:عبدالرحمن بن سعيد الغامدي]] أن [[R:برنامج \"أسرتي\" حقق أهدافه]].",
    );
}

#[test]
fn a_word_with_tanween_is_never_part_of_a_name() {
    check(
        "من جانبه، أبدى المدافع [[S:ماركو سيلفا]] لاعب بنفيكا تفاؤلاً كبيراً، وقال: «[[D:سنقاتل حتى النهاية]]».",
    );
}

#[test]
fn the_full_stop_of_an_abbreviated_title_ends_no_sentence() {
    check("وقال الباحث المقيم بلندن د.[[S:سامر الحسيني]] إن [[R:المخطوطة تعود إلى القرن الرابع]].");
}

#[test]
fn an_apposition_after_the_speaker_names_no_new_subject() {
    check(
        "ويوضح الخبير الاقتصادي [[S:ناصر القحطاني]]، عضو جمعية الاقتصاد وجمعية أصدقاء هنري فورد، لـ«اليوم»، إن [[R:الأسعار سترتفع]]. ويؤكد أن [[R@ناصر القحطاني:الطلب سيبقى قويا]].",
    );
}

#[test]
fn an_office_named_again_without_the_honorific_is_the_person() {
    check(
        "وقال رئيس البلدية المكلف المهندس [[S:سعود بن فهد العنزي]] إن [[R:الطرق ستفتح]].\nوأضاف رئيس البلدية المكلف أن [[R@سعود بن فهد العنزي:الأعمال تجري ليلا]].",
    );
}

#[test]
fn a_demonstrative_points_back_to_the_first_mention_of_its_noun() {
    check(
        "وذكرت [[S:رسائل مسربة]] أن [[R:الاجتماع تأجل]].\nوأكدت هذه الرسائل أن [[R@رسائل مسربة:الموعد الجديد لم يحدد]].",
    );
}

#[test]
fn a_feminine_participle_after_a_comma_reports_speech() {
    check(
        "وقالت المتحدثة باسم الوزارة [[S:هند الشمري]]: «[[D:الحالات انخفضت]]»، مشيرة إلى أن [[R:اللقاحات متوفرة في كل المراكز]].",
    );
}

#[test]
fn a_past_verb_ending_in_a_long_vowel_drops_it_before_its_endings() {
    // دعا → دعت، نفى → نفت، دعوا
    check("ودعت [[S:وزارة البيئة]] إلى [[R:ترشيد استهلاك المياه في الصيف]].");
    check("ونفت [[S:هيئة الطيران المدني]] أن [[R:تكون الرحلات ألغيت]].");
    check("ودعا [[S:السكان]] إلى [[R:فتح الطريق]]، كما دعوا إلى [[R:إنارة الشوارع]].");
}

#[test]
fn believing_reports_a_view() {
    check("ويعتقد [[S:خبراء]] أن [[R:الأسعار ستعود إلى الارتفاع]].");
}

#[test]
fn the_statement_alone_is_the_word_of_whoever_issued_it() {
    check(
        "وقال [[S:الاتحاد السعودي للسباحة]] في بيان إن [[R:المباراة ستقام في موعدها]].\nوأضاف البيان أن [[R@الاتحاد السعودي للسباحة:التذاكر نفدت]].",
    );
    check(
        "وأصدرت [[S:نقابة المحامين]] بيانا شديد اللهجة.\nوأكد البيان أن [[R@نقابة المحامين:القانون الجديد يمس الحريات]].",
    );
}

#[test]
fn a_report_whose_issuer_is_never_named_is_an_unnamed_source() {
    use crate::quotes::{Attribution, extract_corpus};
    let articles = super::articles_of(&[(
        "a",
        "ذكر تقرير أن الصادرات تراجعت.\nوأضاف التقرير أن الواردات زادت.",
    )]);
    let quotes = extract_corpus(&articles);
    assert_eq!(quotes.len(), 2, "{quotes:#?}");
    assert!(
        quotes.iter().all(|q| q
            .speaker
            .as_ref()
            .is_some_and(|s| s.attribution == Attribution::Unnamed)),
        "{quotes:#?}"
    );
}

#[test]
fn a_nisba_adjective_that_starts_with_ba_belongs_to_the_phrase() {
    check("وكشفت [[S:دراسة بريطانية]] عن أن [[R:النوم المبكر يحسن الذاكرة]].");
}

#[test]
fn it_is_worth_noting_is_the_writer_aside_not_a_report() {
    let (article, _) = super::parse(
        "t",
        "وقال المدير إن العمل بدأ.\nيذكر أن المشروع بدأ قبل عامين.\nويذكر أن الكلفة بلغت مليونا.",
    );
    let quotes = crate::quotes::extract_article(&article);
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
}

#[test]
fn the_subject_after_that_and_after_kana_qad() {
    check(
        "أوضح ذلك مدير الدفاع المدني [[S:سالم المطرفي]]، مشيرا إلى أن [[R:الفرق سيطرت على الحريق]].",
    );
    check("وكانت [[S:صحيفة «الأيام»]] قد ذكرت الأسبوع الماضي أن [[R:الحكومة تدرس رفع الدعم]].");
}

#[test]
fn expressed_at_the_start_of_a_clause_is_a_verb_whose_subject_speaks_next() {
    check(
        "وعبر رئيس الوفد [[S:سعيد العمري]] عن سعادته بالفوز، وقال إن [[R:الفريق قدم مستوى كبيرا]].",
    );
}

#[test]
fn bodies_named_in_the_plural_speak() {
    check("وأوضحت [[S:الجوازات]] أن [[R:المراجعين زادوا هذا الشهر]].");
    check("وذكرت [[S:الصحافة البريطانية]] أن [[R:الصفقة اكتملت]].");
}

#[test]
fn a_full_name_after_an_unlisted_office_is_the_subject() {
    check(
        "أبدى الحكم الدولي [[S:مرعي العواجي]] عدم اكتراثه بالانتقادات، مشيرًا إلى أن [[R:اللجان تعرف عمله]].",
    );
}

#[test]
fn a_sentence_that_opens_with_a_verb_and_a_name_sets_the_subject() {
    check(
        "عبرت الرسامة [[S:سوزان اسكندر]] لـ«اليوم» عن سعادتها بالحضور. وقالت: إن [[R:المعرض لم يكن عاديا]].",
    );
}

#[test]
fn a_noun_with_a_pronoun_or_a_future_verb_opens_no_name() {
    let (article, _) = super::parse(
        "t",
        "هم يريدون أن يرهبوا الناس ويقولون إن أي واحد يقول رأيه سيكون مصيره السجن.",
    );
    let quotes = crate::quotes::extract_article(&article);
    assert!(
        quotes
            .iter()
            .all(|q| q.speaker.as_ref().is_none_or(|s| !s.name.contains("رأيه"))),
        "{quotes:#?}"
    );
}

#[test]
fn a_verb_without_subject_takes_the_newest_subject_it_agrees_with() {
    // وأضافت (feminine) goes back past the officials to the network; وقالوا (plural) finds no
    // single person to take.
    check(
        "وذكرت [[S:شبكة «الخليج»]] أن [[R:الاجتماع تأجل]]. وقال مسؤولو الوزارة إن [[R@مسؤولو الوزارة:الموعد لم يحدد]].\nوأضافت أن [[R@شبكة «الخليج»:الوفود غادرت]].",
    );
    let (article, _) = super::parse(
        "t",
        "وقال الوزير فهد الخالدي إن العمل بدأ.\nوعبر عدد من الأهالي عن سعادتهم وقالوا إن الطريق تأخر.",
    );
    let quotes = crate::quotes::extract_article(&article);
    let plural = quotes
        .iter()
        .find(|q| q.text(&article).contains("الطريق"))
        .expect("the statement is found");
    assert!(
        plural
            .speaker
            .as_ref()
            .is_none_or(|s| !s.name.contains("الخالدي")),
        "{plural:#?}"
    );
}

#[test]
fn words_that_read_as_reporting_verbs_but_report_nothing() {
    for text in [
        "واختتمت مساء أمس فعاليات الملتقى الثقافي في المدينة.",
        "وتضم المكتبة كتب الأطفال الكلاسيكية في قاعة خاصة.",
        "ويتم ذكرهم في التقارير السنوية للجمعية.",
        "وارتفعت الأسعار للشهر الثالث، مما يشير إلى أن الطلب ما زال قويا.",
        "ويخشى السكان من السيول التي تحدث كل عام في الوادي.",
    ] {
        let (article, _) = super::parse("t", text);
        let quotes = crate::quotes::extract_article(&article);
        assert!(quotes.is_empty(), "{text}\n{quotes:#?}");
    }
    check("واختتم رئيس النادي [[S:سعد العتيبي]] حديثه بالقول إن [[R:الموسم المقبل سيكون أفضل]].");
}

#[test]
fn a_source_phrase_then_fa_inna_or_an_adverb_opens_the_statement() {
    check("وبحسب [[S:المتحدث باسم الشرطة]] فإن [[R:الحادث وقع فجرا]].");
    check("وبحسب [[S:البيان]] أيضا: «[[D:ستبدأ الأعمال الشهر المقبل]]».");
}

#[test]
fn words_in_parentheses_after_a_colon_are_a_quotation() {
    check("وختم [[S:سامي النمر]] حديثه قائلا: ([[D:الوطن أولا وأخيرا]]).");
}

#[test]
fn narrating_and_ruling_out_report_speech() {
    check("ويروي [[S:سعيد الغامدي]]: «[[D:كنا نسافر على الجمال أسابيع]]».");
    check(
        "وأكد المحلل [[S:فهد الحارثي]] أن [[R:الأسعار ستنخفض]]، مستبعدا [[R:عودة الارتفاع قريبا]]، داعيا [[R:المستثمرين إلى الحذر]].",
    );
}

#[test]
fn a_body_named_inside_another_phrase_resolves_its_noun_alone() {
    check(
        "وقال [[S:مسؤولون في هيئة النقل البحري]] إن [[R:السفينة غادرت الميناء]].\nوأضافت الهيئة أن [[R@هيئة النقل البحري:الطاقم بخير]].",
    );
}

#[test]
fn a_quotation_after_a_complementizer_with_a_pronoun_is_listed_once() {
    let (article, _) = super::parse(
        "t",
        "وأضاف الوزير سعد الحربي أنه «لن نتراجع عن القرار مهما كانت الضغوط».",
    );
    let quotes = crate::quotes::extract_article(&article);
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
}

#[test]
fn a_festival_after_fi_is_no_place_before_a_name() {
    let (article, _) = super::parse(
        "t",
        "وأكد مساعد المدير للإعلام في مهرجان تمور القصيم، أن الزوار تجاوزوا مئة ألف.",
    );
    let quotes = crate::quotes::extract_article(&article);
    let name = quotes
        .first()
        .and_then(|q| q.speaker.as_ref())
        .map(|s| s.name.to_string());
    assert!(name.is_none_or(|n| n != "تمور القصيم"), "{quotes:#?}");
}

#[test]
fn but_continues_the_statement() {
    check("وقالت [[S:سارة العلي]] إن [[R:الحملة لا تستهدف فئة بعينها، لكنها موجهة إلى الجميع]].");
}

#[test]
fn giving_ones_thanks_reports_it_and_the_same_noun_again_is_no_verb() {
    check("وقدم مدير الجمعية \"الأستاذ [[S:ناصر الدوسري]]\" [[R:شكره للمتطوعين على جهودهم]].");
    check(
        "وقدّم السفير [[S:علي القحطاني]] [[R:شكره وشكر أبناء الجالية للملك سلمان على رعايته]]، وقال إن [[R:الملك سلمان أشعرنا باهتمامه]].",
    );
}

#[test]
fn an_indefinite_office_in_the_lede_is_the_person_named_next_with_it() {
    check(
        "قال [[S@خالد بن سعد الزامل:مسؤول سعودي]] إن [[R@خالد بن سعد الزامل:الميناء سيفتح الشهر المقبل]].\nوقال المسؤول في هيئة الموانئ المهندس [[S:خالد بن سعد الزامل]] في تصريح إن [[R:الأعمال اكتملت]].",
    );
}

#[test]
fn the_full_stops_of_a_dotted_acronym_end_no_sentence() {
    check("ويعتقد [[S:مسؤولو الاستخبارات الأميركية (سي. آي. إيه)]] أن [[R:الخلية ما زالت تعمل]].");
}

#[test]
fn a_decimal_point_ends_no_sentence() {
    check("وارتفع [[R:التضخم إلى 3.5 في المائة في يونيو]]، بحسب [[S:الهيئة العامة للإحصاء]].");
}

#[test]
fn a_document_issued_by_a_body_further_on_is_the_bodys_word() {
    check(
        "وتراجعت [[R:الصادرات بنسبة كبيرة]]، وفقا لمسح حديث شمل مئة شركة صادر عن [[S:مؤسسة «ريادة»]].",
    );
}

#[test]
fn an_arabic_name_ends_at_its_family_name() {
    check(
        "كان الوزير [[S:محمد العبد الله]] زار الرياض الشهر الماضي.\nوأوضح الوزير أن [[R@محمد العبد الله:المحادثات مستمرة]].",
    );
}

#[test]
fn a_chain_of_construct_nouns_runs_to_its_definite_end() {
    // مدير تعليم المنطقة: تعليم is the genitive of مدير and in construct with المنطقة.
    check("فيما نوه [[S:مدير تعليم المنطقة الشمالية]] على أن [[R:المدارس جاهزة للعام الجديد]].");
    check("وأوضح [[S:رئيس قسم شؤون الطلاب]] أن [[R:التسجيل يبدأ الأحد]].");
    // A nisba adjective ends the chain: what follows is the verb's object.
    check("وتوقع [[S:تقرير اقتصادي]] ارتفاع الأسعار، وأضاف أن [[R:الطلب سيزيد]].");
}

#[test]
fn a_coordinated_adverb_ends_the_speaker() {
    // وبشدة is "strongly", not a second body coordinated with the first.
    check("وقالت [[S:الأمانة العامة لهيئة كبار العلماء]] وبشدة إن [[R:الهجوم عمل إجرامي]].");
}

#[test]
fn the_secretary_general_is_one_man_not_a_plural() {
    // الأمين ends in ين like a plural noun; it is an office, and مضيفا agrees with it.
    check(
        "وقال الأمين العام للمجلس [[S:سالم بن علي الكعبي]] إن [[R:الاجتماع ناجح]]، واصفا الاتفاق [[R@سالم بن علي الكعبي:بأنه خطوة مهمة]].",
    );
}

#[test]
fn a_body_reveals_figures_after_the_occasion() {
    // No أن: what was revealed starts after the report it was revealed in.
    check(
        "كشف [[S:الجهاز المركزي للإحصاء]] في تقرير أمس، [[R:ارتفاع معدل البطالة إلى عشرة في المئة]].",
    );
}

#[test]
fn a_given_name_and_family_name_are_whole_before_the_object() {
    // استقبل فلان الوفد: the verb's object follows the family name at once.
    check(
        "استقبل الدكتور [[S:نبيل الحمدان]] الوفد الزائر، مؤكدا [[R@نبيل الحمدان:أهمية التعاون بين البلدين]].",
    );
}

#[test]
fn a_body_with_its_name_in_quote_marks_before_its_verb() {
    // The subject stands before the verb after إلا أن, its short name in quote marks.
    check(
        "ورغم الصعوبات، إلا أن [[S:منظمة الدول المصدرة للبترول]] \"أوبك\" تؤكد أن [[R:الطلب سيرتفع]].",
    );
}

#[test]
fn scripture_is_gods_word_after_qala_and_not_after_da_a() {
    check("وقال الشيخ في خطبته: قال [[S:الله تعالى]]: «[[D:إن الله مع الصابرين]]».");
    check("ودعا الشيخ [[S:سعد الغامدي]] الله تعالى أن [[R:يحفظ البلاد]].");
}

#[test]
fn a_mayor_is_a_man_though_his_office_ends_in_ta_marbuta() {
    check(
        "وقال [[S:عمدة المدينة]] إن [[R:الطرق ستفتح غدا]]، وأضاف أن [[R@عمدة المدينة:الأمطار انحسرت]].",
    );
}

#[test]
fn a_side_in_talks_is_a_speaker() {
    check("الأمر الذي اعتبره [[S:الجانب الفلسطيني]] [[R:سابقة خطيرة]].");
}

#[test]
fn two_people_coordinated_speak_together_and_each_is_learned() {
    check(
        "وقال الوزيران [[S:خالد الفالح وعادل الجبير]] إن [[R:الاتفاق مهم]].\nوأضاف الجبير أن [[R@عادل الجبير:المحادثات مستمرة]].",
    );
    check("وقال اللاعبان [[S:ثامر الزهراني وبلال عبدالكريم]]: [[R:لم تقنعنا المستويات السابقة]].");
}

#[test]
fn a_word_with_tanween_opens_no_speaker() {
    // سريعًا is an adverb after a first-person verb: nobody is named.
    let (article, _) = super::parse("t", "حيث تحدّثنا إليها سريعًا حول هذا المشروع.");
    let quotes = crate::quotes::extract_article(&article);
    assert!(!quotes.is_empty(), "the verb is read as a report");
    assert!(
        quotes.iter().all(|q| q.speaker.is_none()),
        "{:?}",
        quotes.iter().map(|q| &q.speaker).collect::<Vec<_>>()
    );
}

#[test]
fn fa_and_a_particle_ends_a_name() {
    check(
        "وقال الناقد الرياضي [[S:خالد المشيطي]] إن [[R:الاستقرار مطلوب]]، فلم يعد المدرب كبش فداء.",
    );
}

#[test]
fn an_accusative_subject_after_lakin_is_an_unnamed_source() {
    // لكن takes its subject in the accusative, tanween and all.
    check("لكن [[S:مصدراً في الميناء]] قال إن [[R:السفن ستدخل غدا]].");
}

#[test]
fn revealed_that_to_a_paper_then_the_speaker_then_his_words() {
    // كشف ذلك: the words came before; what follows the speaker is the next report.
    check(
        "كشف ذلك لـ«اليوم» مدير الفرع الدكتور [[S:ماجد الحربي]]، وقال: «[[D@ماجد الحربي:الوزارة تعالج الاعتراضات]]».",
    );
}

/// True when the rules find no report at all in `text`.
pub(super) fn reports_nothing(text: &str) -> bool {
    let (article, _) = super::parse("t", text);
    crate::quotes::extract_article(&article)
        .iter()
        .all(|q| !q.kind.is_speech())
}

#[test]
fn a_question_put_to_someone_is_no_report() {
    assert!(reports_nothing("هل تعتقد أن اللجنة قادرة على أداء دورها؟"));
    check("وقال [[S:رئيس اللجنة]] إن [[R:العمل مستمر]]، وهل تعتقد أن الأمر سهل؟");
}

#[test]
fn to_hang_something_is_no_comment() {
    assert!(reports_nothing(
        "صار الأهالي يعلقون أكياسا مملوءة بالخبز لمن يحتاجها."
    ));
    check(
        "وعلق [[S:المتحدث باسم الوزارة]] على القرار قائلا إن [[R@المتحدث باسم الوزارة:القرار نهائي]].",
    );
}

#[test]
fn according_to_a_wish_or_a_plan_names_no_source() {
    assert!(reports_nothing(
        "ويصنع الخوص حسب رغبة الزبون، ويباع وفق الجدول المعتاد."
    ));
    check("وارتفعت الأسعار، بحسب [[S:وزارة التجارة]]، [[R:عشرة في المئة]].");
}

#[test]
fn according_to_a_system_a_programme_or_the_best_standards_names_no_source() {
    assert!(reports_nothing(
        "وتعمل المصانع وفق أعلى المعايير، وتوزع الحصص حسب النظام المعمول به ووفق البرنامج المعد."
    ));
    // A study or a statistic after an elative is still a source.
    check("وتضاعف العدد، بحسب [[S:أحدث دراسة]]، [[R:خلال عامين]].");
}

#[test]
fn a_feast_or_a_month_is_no_person_though_its_first_word_is_a_name() {
    // عيد and رمضان are given names; عيد الفطر and رمضان المبارك are not people.
    check(
        "وقال [[S:مدير المهرجان]] إن [[R:الزوار كثر]].\nومع حلول عيد الفطر المبارك ازدحمت الأسواق.\nوأضاف أن [[R@مدير المهرجان:البرامج متنوعة]].",
    );
}

#[test]
fn an_adjective_after_a_genitive_with_li_belongs_to_the_body() {
    // للطيران carries the article: المدني agrees with it, part of the body's name.
    check("وأكدت [[S:الهيئة العامة للطيران المدني]] أن [[R:التحقيق بدأ]].");
}

#[test]
fn an_honorific_pronoun_refers_to_the_last_person_not_to_a_thing() {
    // سموه is His Highness: the prince, not the council that spoke since.
    check(
        "وقال الأمير [[S:فيصل بن خالد]] إن [[R:الملتقى ناجح]]. وأكد [[S:المجلس]] أن [[R:البرامج جاهزة]]. وقال سموه: «[[D@فيصل بن خالد:إن الملتقى يأتي دعما للشباب]]».",
    );
}

#[test]
fn after_an_honorific_a_definite_word_is_the_family_name() {
    // الدكتور اللويم: the family name alone, and what follows is the verb's object.
    check(
        "وقال مدير المركز الدكتور [[S:صالح بن علي اللويم]] إن [[R:الحملة بدأت]].\nبدوره استعرض الدكتور اللويم بعض إحصائيات العنف، وأشار إلى أن [[R@صالح بن علي اللويم:السكوت عن العنف جريمة]].",
    );
}

#[test]
fn chief_before_a_definite_plural_is_an_office_not_part_of_the_name() {
    // كبير الاقتصاديين: "chief economist"; مسؤول كبير stays "a senior official".
    check("وقال [[S:كريس وليامسون]] كبير الاقتصاديين في المؤسسة إن [[R:النمو تباطأ]].");
    check("وقال [[S:مسؤول كبير في الوزارة]] إن [[R:الاجتماع تأجل]].");
    // Before the name, the office opens the phrase as رئيس does, and the name is the speaker.
    check("غير أن كبير المحققين [[S:توماس ريد]] قال إن [[R:الأدلة غير كافية]].");
}

#[test]
fn a_nickname_in_quote_marks_is_a_name() {
    check(
        "وأكد [[S:لاعب المنتخب]] جدارة \"[[N:الأخضر]]\" بالصدارة، مشيرا إلى أن غياب مهاجم برشلونة \"[[N:البرازيلي]]\" مؤثر.",
    );
}

#[test]
fn two_closing_marks_a_few_words_apart_are_a_pair() {
    check("وتضيف [[S:نورة العلي]]: إن الكلام يصل إلى» [[P:الشباب الطامعين]]» بسرعة.");
}

#[test]
fn a_spaced_dash_between_an_honorific_and_the_name_is_typography() {
    check("وقالت السيدة – [[S:سارة]] من المدينة: [[R:العيد كان جميلا هذا العام]].");
    check("وأشارت - السيدة [[S:منى]] إلى أن [[R:الفعاليات جمعت بين الثقافة والترفيه]].");
}
