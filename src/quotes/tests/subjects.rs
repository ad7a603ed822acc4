//! Subjects in the shapes news writing gives them besides a name right after the verb: the one
//! told in the first person, a demonstrative, a relative in the construct state, a Dutch name,
//! "one of" a group, the subject of the sentence before; and verbs that report nothing because
//! nobody is their subject. Each sentence is our own, written in the shape the rule covers.

use super::{check, parse, speakers};
use crate::quotes::{Attribution, QuoteKind, extract_article};

/// The attribution of the one statement whose text holds `words`.
fn attribution_of(text: &str, words: &str) -> Option<Attribution> {
    let (article, _) = parse("t", text);
    extract_article(&article)
        .into_iter()
        .find(|q| q.kind == QuoteKind::Reported && q.text(&article).contains(words))
        .and_then(|q| q.speaker.map(|s| s.attribution))
}

#[test]
fn the_reporter_told_in_the_first_person_stands_between_verb_and_subject() {
    check("وقال لي [[S:مدير المستشفى]] إن [[R:الأجهزة الجديدة وصلت أمس]].");
}

#[test]
fn a_demonstrative_points_back_to_the_sources_named_before() {
    let found = speakers(
        "وأفادت مصادر مطلعة بأن المفاوضات توقفت، وأن الوفد غادر العاصمة بحسب ما أكدت تلك \
         المصادر.",
    );
    assert!(
        !found.is_empty() && found.iter().all(|s| s == "مصادر مطلعة"),
        "{found:?}"
    );
}

#[test]
fn a_relative_named_by_the_one_they_relate_to_is_an_unnamed_source() {
    check("وقالت [[S:والدة الطالب]] إن [[R:المدرسة لم تبلغها بالحادث]].");
    assert_eq!(
        attribution_of("وقال شقيق السائق إن الحافلة كانت مسرعة.", "الحافلة"),
        Some(Attribution::Unnamed)
    );
    // ابن and بنت open names as well: ابن خلدون is a man, not "the son of خلدون".
    check("وقال [[S:ابن خلدون]] إن [[R:الظلم مؤذن بخراب العمران]].");
}

#[test]
fn van_after_a_verb_opens_a_dutch_name() {
    check("وأشار [[S:فان بوميل]] إلى أن [[R:الفريق يحتاج إلى مدافع]].");
    check("وقال [[S:فان دير فيلدن]] إن [[R:الموسم سيكون صعبا]].");
}

#[test]
fn the_complement_of_an_institution_is_no_name() {
    let found = speakers("وقال مدير الإعلام بهيئة شؤون الأسرة إن البرنامج يبدأ الشهر المقبل.");
    assert!(
        found.iter().all(|s| s != "شؤون الأسرة"),
        "the genitive read as a name: {found:?}"
    );
}

#[test]
fn one_of_a_group_is_the_name_after_it_or_an_unnamed_source() {
    check("وقال أحد الباحثين [[S:يوهان كريستنسن]] إن [[R:العينة كانت صغيرة]].");
    assert_eq!(
        attribution_of("وقال أحد السكان إن المياه انقطعت منذ يومين.", "المياه"),
        Some(Attribution::Unnamed)
    );
}

#[test]
fn a_verb_opening_a_sentence_takes_the_subject_of_the_sentence_before() {
    // The sentence before reported nothing; its subject is a description no list names.
    check(
        "استقبل [[S:المتحدث الإعلامي]] للجامعة الوفد الزائر في مقرها أمس.\nوقال إن \
         [[R:الزيارة تعزز التعاون]].",
    );
    // A surname the article gave, alone after a verb that reports nothing, is that person,
    // newer than the one who spoke between.
    check(
        "قال الباحث الكوري [[S:آنج كوي]] إن الثغرة خطيرة.\nوقال المتحدث باسم الشركة خالد \
         العمري إن الشركة أصلحت الثغرة.\nواستعرض كوي النظام أمام الصحفيين.\nوقال إنه \
         [[R:سينشر البرنامج بعد الكلمة]].",
    );
}

#[test]
fn verbs_with_no_one_for_subject_report_nothing() {
    let text = "قال الوزير خالد الفالح إن الإنتاج سيرتفع.\nوتبين أن الحقل الجديد أكبر من \
                المتوقع.\nوالمؤشرات الأولية تؤكد أن الطلب سيزيد.";
    let (article, _) = parse("t", text);
    let found: Vec<String> = extract_article(&article)
        .iter()
        .filter(|q| q.kind.is_speech())
        .map(|q| q.text(&article).to_string())
        .collect();
    assert_eq!(found, ["الإنتاج سيرتفع"], "narration read as speech");
    // تُبيّن with a subject of its own reports what the study says.
    check("وتبين [[S:الدراسة]] أن [[R:النوم المبكر يحسن الذاكرة]].");
}

#[test]
fn a_plural_verb_never_leaves_out_one_person() {
    // وأفادوني: "they told me", not the man quoted before.
    let text = "وقال المواطن سامر الدوسري إنه تعرض للضرب.\nوأضاف: طالبت بتسجيل كاميرات المركز، \
                وأفادوني بأنه تم القبض على أحدهم.";
    let (article, _) = parse("t", text);
    let quotes = extract_article(&article);
    let told = quotes
        .iter()
        .find(|q| q.text(&article).contains("القبض"))
        .expect("the statement of وأفادوني");
    assert_eq!(told.speaker, None, "one person took a plural verb");
    // Each statement stops where a clause joined after a comma begins.
    assert!(
        quotes
            .iter()
            .any(|q| q.text(&article) == "بتسجيل كاميرات المركز"),
        "{:?}",
        quotes.iter().map(|q| q.text(&article)).collect::<Vec<_>>()
    );
    // Two people coordinated take it.
    check("وقال [[S:حسن وعلي الزريق]] إن الألعاب ممتعة.\nوأضافوا أن [[R:الأسعار مناسبة للعائلات]].");
}

#[test]
fn a_plural_verb_of_people_is_no_thing_that_shows() {
    // الأطراف is no noun of people in the lexicon, but أكدوا says people spoke: the statement
    // stays listed (its speaker the lexicon cannot tell).
    let text = "وتأجل الاجتماع، لكن الأطراف أكدوا أن الحوار سيستمر الأسبوع المقبل.";
    let (article, _) = parse("t", text);
    assert!(
        extract_article(&article)
            .iter()
            .any(|q| q.kind == QuoteKind::Reported && q.text(&article).contains("الحوار")),
        "the statement was taken for narration"
    );
}

/// The texts of the speech items of `text`.
fn speech_texts(text: &str) -> Vec<String> {
    let (article, _) = parse("t", text);
    extract_article(&article)
        .iter()
        .filter(|q| q.kind.is_speech())
        .map(|q| q.text(&article).to_string())
        .collect()
}

#[test]
fn a_word_that_sums_up_what_was_told_reports_nothing() {
    let text = "قال الوزير خالد الفالح إن الإنتاج سيرتفع.\nوهذا يشير إلى أن السوق تتعافى. \
                وارتفع الطلب، مما يؤكد أن الأزمة انتهت.";
    assert_eq!(
        speech_texts(text),
        ["الإنتاج سيرتفع"],
        "a conclusion read as speech"
    );
    // A personal pronoun is someone: وهو يؤكد reports the man named before.
    check("وقال المدرب [[S:سامي الجابر]] إن الفريق جاهز، وهو يؤكد أن [[R:اللاعبين في أفضل حال]].");
}

#[test]
fn people_before_a_plural_relative_are_its_verbs_unnamed_speakers() {
    let text = "وأثار القرار غضب رواد شبكات التواصل الذين طالبوا بإلغائه فورا.";
    assert_eq!(
        attribution_of(text, "بإلغائه"),
        Some(Attribution::Unnamed),
        "a group of people is an unnamed source"
    );
    check("وحضر الحفل عدد من [[S:المواطنين]] الذين أكدوا أن [[R:المهرجان ناجح]].");
}

#[test]
fn a_joined_verb_refers_to_the_speaker_named_before_it_in_its_sentence() {
    check(
        "وطبق المدرب الخطط قبل البطولة من جهته أكد رئيس البعثة [[S:بتال العتيبي]] ان المعسكر \
         يسير حسب الخطة وقال: \"[[D:نتمنى ان يحالفنا التوفيق في البطولة]]\".",
    );
}

#[test]
fn a_family_name_in_ta_marbuta_resolves_to_the_full_name() {
    check(
        "وقال المدير [[S:تركي شبانة]] إن [[R:المشروع بدأ]].\nوأضاف شبانة أن [[R:الأفلام \
         المرممة كثيرة]].",
    );
}

#[test]
fn the_subject_after_kana_comes_before_its_verb() {
    check(
        "وقال المتحدث إن القائد بخير. وكانت [[S:وسائل الإعلام]] ذكرت أمس أن [[R:القائد \
         توفي قبل عام]].",
    );
    // A thing after كان is no speaker: nothing is reported.
    assert!(
        speech_texts("وكانت عقارب الساعة تشير إلى منتصف الليل.").len() <= 1,
        "never a speaker of its own"
    );
}

#[test]
fn a_plural_of_people_heading_its_clause_speaks_without_its_conjunction() {
    check("و[[S:الخبراء]] يرون أن [[R:الأسعار ستنخفض]].");
    // والد opens a kinship noun, not و and a definite word.
    check("وأعرب [[S:والد الشهيد]] عن [[R:شكره للأمير]].");
}

#[test]
fn a_name_shaped_like_a_present_verb_in_the_feminine_plural_is_a_name() {
    check("قال [[S:يروين ديسلبلوم]] رئيس مجموعة اليورو إن [[R:المحادثات ستستأنف قريبا]].");
}

#[test]
fn the_nouns_of_a_statement_are_no_subject_a_later_verb_refers_to() {
    check(
        "إلى ذلك، أوضح مدير الطرق بالمنطقة [[S:سعد الحربي]] أمس أن طريق الملك فهد هو ضمن \
         المشاريع المقترح تنفيذها، وأضاف أن [[R:الأولويات تحددها اللجنة]].",
    );
    check(
        "وأوضح المفتي [[S:عبدالعزيز آل الشيخ]] أن الإسلام يريد مجتمعا فاضلا يحافظ على \
         المصالح، داعيا إلى [[R:الابتعاد عن الشرك]].",
    );
}

#[test]
fn a_surname_resolves_to_the_name_it_ends_not_one_run_on_into_the_sentence() {
    // «دونالد ترامب تقديم» is a name run on into its verb's object: ترامب ends the name.
    check(
        "ورفض دونالد ترامب تقديم اعتذارات للمهاجرين. وقال المرشح الجمهوري دونالد ترامب إن \
         الهجرة مشكلة. وأضاف ترامب أن [[R@دونالد ترامب:الجدار ضروري]].",
    );
}

#[test]
fn a_quotation_right_after_the_verbs_subject_is_its_statement() {
    check("وقال المواطن [[S:حمد سعد]] \"[[D:منذ سنين ونحن نطالب بتعديل هذا الطريق]]\".");
    check("وأضاف الوزير [[S:خالد الفالح]] «[[D:الإنتاج سيرتفع في العام المقبل بنسبة كبيرة]]».");
    // A short quoted description after the name is no statement: the words after it are.
    check(
        "وقال [[S:محمد الحربي]] \"[[N:والد الطفلة]]\": إن [[R:ابنته بصحة جيدة بعد \
         العملية]].",
    );
}

#[test]
fn a_dual_in_the_construct_state_names_its_body_in_quote_marks() {
    check("وذكرت [[S:صحيفتا \"ذي تايمز\"]] ان [[R:الفريق يسعى الى حسم الصفقة]].");
}

#[test]
fn the_writers_own_view_and_the_passive_mention_report_nothing() {
    let text = "وقال المدرب سامي الجابر إن الفريق جاهز.\nوأعتقد أن المدرب وصل إلى الحل المناسب.\n\
                يذكر أن الحقل اكتشف قبل عشر سنوات. ولم يطرأ تغير يذكر على الأسعار.";
    assert_eq!(
        speech_texts(text),
        ["الفريق جاهز"],
        "narration read as speech"
    );
    // With a subject of its own يذكر reports; اعتقد without its hamza is "he believed".
    check("ويذكر [[S:المؤلف]] أن [[R:الكنائس كانت قائمة قبل ذلك]].");
    check("وقال الوزير [[S:خالد الفالح]] إنه اعتقد أن [[R:الأسعار سترتفع]].");
}

#[test]
fn the_subject_after_a_conjunction_of_time_is_carried() {
    // وعندما سئل فلان …، أجاب: the one asked is the one who answers.
    check(
        "واستقبل الرئيس حسن روحاني الوزير بيتر ماير. وعندما سئل ماير، أمس، عن الاتفاق، أجاب قائلا: «[[D@بيتر ماير:الأمر ليس واضحا بعد]]».",
    );
}

#[test]
fn the_topic_that_amma_sets_out_is_the_subject_after_it() {
    // أما X فـ…: X speaks, even an office the article named no one with.
    check(
        "وقال الرئيس [[S:حسن روحاني]] إن [[R:بلاده مستعدة للتعاون]]. أما وزير الخارجية فقد أعرب عن أمله بأن [[R@وزير الخارجية:تتحسن العلاقات قريبا]].",
    );
}
