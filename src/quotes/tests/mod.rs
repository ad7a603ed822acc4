//! Rule tests written in a small markup, one sentence of our own per rule of Arabic news writing.
//!
//! Markup: `[[S:…]]` a speaker mention; `[[D:…]]` a direct quotation, `[[P:…]]` a partial one,
//! `[[R:…]]` (a core phrase of) a reported statement, `[[N:…]]` quote marks that are not speech.
//! `[[D@name:…]]` gives the expected speaker; otherwise it is the nearest `S` before the item (or
//! the first after it). A line starting with `# ` is a headline. Every direct or partial
//! quotation the rules find must be marked, and every marked item found, with its speaker.

mod bodies;
mod clauses;
mod complements;
mod cues;
mod families;
mod merges;
mod offices;
mod order;
mod relatives;
mod speakers;
mod subjects;

use std::ops::Range;
use std::sync::Arc;

use super::*;
use crate::arabic::fold_for_compare;
use crate::corpus::{Article, ArticleId, Block, BlockKind, Metadata};

#[derive(Debug)]
pub(super) struct Tag {
    kind: char,
    speaker: Option<String>,
    bytes: Range<usize>,
}

/// Parses the markup into an article and its tags.
pub(super) fn parse(id: &str, marked: &str) -> (Article, Vec<Tag>) {
    let mut text = String::new();
    let mut tags = Vec::new();
    let mut blocks = Vec::new();
    for (n, line) in marked.lines().enumerate() {
        if n > 0 {
            text.push('\n');
        }
        let (kind, line) = match line.strip_prefix("# ") {
            Some(rest) => (BlockKind::Headline, rest),
            None => (BlockKind::Paragraph, line),
        };
        let block_start = text.len();
        let mut rest = line;
        while let Some(open) = rest.find("[[") {
            text.push_str(&rest[..open]);
            let after = &rest[open + 2..];
            let colon = after.find(':').expect("tag has a colon");
            let close = after.find("]]").expect("tag is closed");
            let head = &after[..colon];
            let body = &after[colon + 1..close];
            let (k, speaker) = match head.split_once('@') {
                Some((k, s)) => (k, Some(s.to_owned())),
                None => (head, None),
            };
            let start = text.len();
            text.push_str(body);
            tags.push(Tag {
                kind: k.chars().next().expect("tag kind"),
                speaker,
                bytes: start..text.len(),
            });
            rest = &after[close + 2..];
        }
        text.push_str(rest);
        blocks.push(Block {
            kind,
            range: block_start..text.len(),
        });
    }
    let article = Article {
        id: ArticleId::new(id.to_owned()),
        path: None,
        meta: Metadata::default(),
        text,
        blocks,
    };
    (article, tags)
}

/// Articles of our own, one per `(id, text)`, without their tags.
pub(super) fn articles_of(docs: &[(&str, &str)]) -> Vec<Arc<Article>> {
    docs.iter()
        .map(|(id, t)| Arc::new(parse(id, t).0))
        .collect()
}

fn expected_speaker(tags: &[Tag], tag: &Tag, text: &str) -> Option<String> {
    if let Some(s) = &tag.speaker {
        return Some(s.clone());
    }
    let speakers = tags.iter().filter(|t| t.kind == 'S');
    let before = speakers.clone().rfind(|s| s.bytes.start < tag.bytes.start);
    let after = speakers.clone().find(|s| s.bytes.start > tag.bytes.start);
    before.or(after).map(|s| text[s.bytes.clone()].to_owned())
}

fn same_speaker(expected: &str, found: &Quote) -> bool {
    let Some(s) = &found.speaker else {
        return false;
    };
    let (e, n, c) = (
        fold_for_compare(expected),
        fold_for_compare(&s.name),
        fold_for_compare(&s.canonical),
    );
    !n.is_empty() && (e == n || e == c)
}

/// Runs the rules on the marked-up text and checks every expectation.
fn check(marked: &str) {
    let (article, tags) = parse("t", marked);
    let quotes = extract_article(&article);
    let text = &article.text;
    let shown = || {
        quotes
            .iter()
            .map(|q| {
                format!(
                    "{:?} [{}] {}",
                    q.kind,
                    q.speaker.as_ref().map_or("", |s| &s.name),
                    q.text(&article)
                )
            })
            .collect::<Vec<_>>()
    };
    for tag in &tags {
        let want = &text[tag.bytes.clone()];
        let found = match tag.kind {
            'D' | 'P' => quotes.iter().find(|q| {
                q.span.bytes() == tag.bytes && q.kind.is_speech() && q.kind != QuoteKind::Reported
            }),
            'R' => quotes.iter().find(|q| {
                q.kind == QuoteKind::Reported
                    && q.span.bytes().start <= tag.bytes.start
                    && tag.bytes.end <= q.span.bytes().end
            }),
            'N' => quotes
                .iter()
                .find(|q| q.span.bytes() == tag.bytes && q.kind == QuoteKind::NotSpeech),
            _ => continue,
        };
        let Some(found) = found else {
            panic!(
                "{marked}\nnot found: {} “{want}”\nfound: {:#?}",
                tag.kind,
                shown()
            )
        };
        match tag.kind {
            'D' => assert_eq!(
                found.kind,
                QuoteKind::Direct,
                "{marked}\n“{want}” should be direct"
            ),
            'P' => assert_eq!(
                found.kind,
                QuoteKind::Partial,
                "{marked}\n“{want}” should be partial"
            ),
            _ => {}
        }
        if tag.kind != 'N' {
            let exp = expected_speaker(&tags, tag, text).expect("test names a speaker");
            assert!(
                same_speaker(&exp, found),
                "{marked}\n“{want}”: speaker {:?}, expected {exp}",
                found.speaker
            );
        }
    }
    let marked_quotes = tags.iter().filter(|t| matches!(t.kind, 'D' | 'P')).count();
    let found_quotes = quotes
        .iter()
        .filter(|q| matches!(q.kind, QuoteKind::Direct | QuoteKind::Partial))
        .count();
    assert_eq!(
        found_quotes,
        marked_quotes,
        "{marked}\nfound: {:#?}",
        shown()
    );
}

#[test]
fn verb_subject_with_apposition_and_colon() {
    check(
        "وقال [[S:سامي الخطيب]]، مدير مركز الدراسات الإقليمية، للصحفيين: “[[D:الوضع لا يحتمل مزيدا من التأجيل]]”.",
    );
}

#[test]
fn role_before_name_between_commas() {
    check(
        "قال الباحث في معهد الدراسات الاستراتيجية، [[S:عمر الحسيني]]، إن “[[D:الخطة تحتاج إلى تمويل]]”.",
    );
}

#[test]
fn title_then_name_with_partial_quote_and_statement() {
    check(
        "أكد وزير الخارجية الأردني [[S:أيمن الصفدي]] أن [[R:بلاده]] “[[P:لن تقبل أي تهجير]]” للسكان.",
    );
}

#[test]
fn marks_typed_the_other_way_round() {
    check("وقالت [[S:وزارة المالية]] إن ”[[D:الأسعار ستنخفض قريبا]]“.");
    check("وقال [[S:المتحدث باسم الجيش]] إن »[[D:العملية انتهت]]«.");
    check("ووصف [[S:حسن الزين]] الاتفاق بـ”[[P:الخطوة الناقصة]]” أمس.");
}

#[test]
fn unclosed_quote_ends_where_a_new_cue_starts() {
    check("قال [[S:نادر سليم]] إن “[[D:الطريق طويل جدا.]] مضيفا “[[D:لكننا سنصل]]”.");
}

#[test]
fn nested_quotes_belong_to_the_outer_one() {
    check("وقال [[S:خالد العمري]]: «[[D:نرفض ما يسمى ‘الحل المؤقت’ جملة وتفصيلا]]».");
}

#[test]
fn reported_statement_without_marks() {
    check("وقال [[S:الناطق باسم الحكومة]] إن [[R:المفاوضات ستستأنف الأسبوع المقبل]].");
    check("وأعرب [[S:وزير الصحة]] عن [[R:قلقه من انتشار المرض]]، فيما دعا السكان إلى الحذر.");
}

#[test]
fn speaker_named_after_the_statement() {
    check("[[R:ارتفعت الصادرات بنسبة عشرة في المئة]]، كما يقول [[S:فادي حداد]]، الخبير الاقتصادي.");
    check("وعادت [[R:الحركة إلى الأسواق]]، حسبما يقول [[S:سكان في المدينة]].");
}

#[test]
fn dropped_subject_is_carried_over() {
    check(
        "وزار الرئيس التونسي [[S:قيس سعيد]] المدينة أمس. وقال إن “[[P:الدولة ستعيد البناء]]” قريبا. كذلك أشاد بالسكان “[[P:لصبرهم الطويل]]”.",
    );
}

#[test]
fn title_resolves_to_the_person_named_earlier() {
    check(
        "التقى رئيس الوزراء الإيطالي ماريو دراغي نظيره الفرنسي. وقال رئيس الوزراء الإيطالي إن “[[P@ماريو دراغي:الاتفاق تاريخي]]” بكل المقاييس.",
    );
}

#[test]
fn surname_resolves_to_the_full_name() {
    check(
        "وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت. وقال السيد ماكرون إن “[[P@إيمانويل ماكرون:لبنان ليس وحده]]” في أزمته.",
    );
}

#[test]
fn groups_and_countries_speak() {
    check("وقال [[S:مسؤولون في وزارة الصحة]] إن [[R:عدد الإصابات تراجع]].");
    check("وقالت [[S:كوريا الجنوبية]] إنها [[R:تراقب الوضع]].");
    check("وأدان [[S:زعماء مجموعة العشرين]] “[[P:بأشد العبارات]]” الهجوم.");
}

#[test]
fn source_phrases() {
    check("وبحسب [[S:وزارة الداخلية]]، [[R:أوقفت الشرطة عشرين شخصا]].");
    check("[[R:ارتفع عدد القتلى إلى عشرة]]، وفقا لـ[[S:مصادر طبية]].");
    check("ووفق كلام [[S:هشام النوري]]، فإن [[R:الحوار متوقف]].");
    check("وقال [[S:المرصد السوري لحقوق الإنسان]] إن [[R:القصف استمر]].");
    check("وقال [[S:عبد الله بن سعيد]]، رئيس اللجنة: «[[D:الموسم صعب]]».");
}

#[test]
fn the_noun_saying_introduces_a_quotation() {
    check("وأنهى حديثه حسب قول [[S:ليلى مراد]]: «[[D:الفن حياتي كلها]]».");
    check("ونقلت الوكالة عن [[S:الوزير]] قوله: «[[D:لن نتراجع]]».");
}

#[test]
fn circumstantial_participle_takes_the_main_subject() {
    check("وحذر [[S:يوسف العلي]] من التصعيد، قائلا إن “[[D:المنطقة على حافة الانفجار]]”.");
}

#[test]
fn the_outlet_told_comes_before_the_speaker() {
    check("وقال لـ«[[N:الحياة]]» [[S:سعيد الأحمد]] إن «[[D:المشروع اكتمل]]».");
}

#[test]
fn honorific_pronoun_refers_to_the_subject_before() {
    check("واستقبل الأمير [[S:فيصل بن سلمان]] الوفد. وأكد سموه أن [[R:المنطقة تشهد نموا]].");
}

#[test]
fn abbreviated_title_does_not_end_the_sentence() {
    check("وقال د. [[S:سامر الحلبي]] إن «[[D:العلاج متاح]]».");
}

#[test]
fn a_family_name_with_the_article_after_an_abbreviated_title() {
    check("وأكد د. [[S:الفلاح]] أن [[R:المدينة الطبية تحرص على راحة المرضى]].");
}

#[test]
fn scripture_quoted_after_a_reporting_verb_names_god_or_the_prophet() {
    let (article, _) = parse(
        "s",
        "وقال تعالى: «وتعاونوا على البر والتقوى». وقال صلى الله عليه وسلم: «الدين النصيحة».",
    );
    let speakers: Vec<String> = extract_article(&article)
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .map(|q| {
            q.speaker
                .as_ref()
                .map(|s| s.name.to_string())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(speakers, ["الله تعالى", "النبي محمد"]);
    // The preacher who quoted the verse goes on speaking; the verse's speaker is not carried over.
    let names = speaker_names(
        "وتحدث الشيخ عبدالعزيز بن باز عن الصبر. وقال تعالى: «واصبر وما صبرك إلا بالله». وأضاف أن الصبر نصف الإيمان.",
    );
    assert_eq!(
        names.last().map(String::as_str),
        Some("عبدالعزيز بن باز"),
        "{names:?}"
    );
}

#[test]
fn a_blessing_or_a_dash_is_not_a_speaker_nor_part_of_a_name() {
    // يقول رحمه الله: "he says, may God have mercy on him": the speaker is the man named before.
    assert_eq!(
        speaker_names(
            "وتحدث الشيخ عبدالعزيز بن باز عن الصبر. يقول رحمه الله: «الصبر مفتاح الفرج».",
        )
        .last()
        .map(String::as_str),
        Some("عبدالعزيز بن باز")
    );
    // A tatweel dash opens an aside; it is not a word of the name.
    let found = speaker_names(
        "ولم ينتقد مورينيو ــ الذي وقع عقدا جديدا ــ لاعبيه، وقال إن «الفريق قدم مباراة جيدة».",
    );
    assert!(
        !found.is_empty() && found.iter().all(|n| n == "مورينيو"),
        "{found:?}"
    );
}

/// The speaker names of the speech items of one article, in text order.
/// The names of the speakers the rules give for the text, items without one left out.
pub(super) fn speakers(text: &str) -> Vec<String> {
    let (article, _) = parse("t", text);
    extract_article(&article)
        .iter()
        .filter_map(|q| q.speaker.as_ref().map(|s| s.name.to_string()))
        .collect()
}

fn speaker_names(text: &str) -> Vec<String> {
    let (article, _) = parse("n", text);
    extract_article(&article)
        .iter()
        .filter(|q| q.kind.is_speech())
        .map(|q| {
            q.speaker
                .as_ref()
                .map(|s| s.name.to_string())
                .unwrap_or_default()
        })
        .collect()
}

#[test]
fn whole_names_of_people_and_bodies() {
    assert_eq!(
        speaker_names("وقال الدكتور عبد الله العثيمين إن الدراسة اكتملت."),
        ["عبد الله العثيمين"]
    );
    assert_eq!(
        speaker_names("واعتبر المرصد السوري لحقوق الإنسان أن القرار يهدف إلى التعتيم."),
        ["المرصد السوري لحقوق الإنسان"]
    );
    // أكد خلاله: "during which he stressed": a preposition with its pronoun, not a speaker.
    check("وترأس الوزير [[S:سعد الحربي]] الاجتماع الذي أكد خلاله أن [[R:العمل مستمر]].");
}

#[test]
fn amounts_to_is_not_a_reporting_verb() {
    let (article, _) = parse(
        "a",
        "وتم فتح المسارات كاملة في الجسر، والتي يبلغ عددها 32 مسارا.",
    );
    assert!(extract_article(&article).is_empty());
}

#[test]
fn nouns_that_look_like_verbs_are_not_cues() {
    check("وأعرب [[S:المدير]] عن شكره وتقديره للفريق.");
    check("ورفع المجلس شكره وتقديره للأمير.");
    check("وأكد مدير عام الصحة [[S:سعد الحربي]] أن [[R:الخدمات متوفرة]].");
    check("وقال [[S:مسؤول]] فضل عدم ذكر اسمه إن [[R:المحادثات مستمرة]].");
}

#[test]
fn verb_with_object_pronoun() {
    check("ووصفها الوزير [[S:سعيد النمر]] بأنها “[[P:خطوة شجاعة]]”.");
}

#[test]
fn subject_before_the_verb_inside_a_reported_clause() {
    check("وقال [[S:ماهر]] إن [[S:الأردن]] حذر دمشق من أنها “[[P@الأردن:تلعب بالنار]]”.");
}

#[test]
fn names_terms_banners_and_headlines_are_not_speech() {
    check("ونشرت صحيفة “[[N:الغد]]” تقريرا بعنوان “[[N:زمن التحولات]]”.");
    check("ورفض الكاتب مصطلح “[[N:التطبيع]]” في مقاله.");
    check("ورفع المحتجون لافتات كتب عليها “[[N:لا للحرب]]”.");
    check("# «[[N:صيف ساخن]]» في العاصمة\nوقال [[S:المحافظ]] إن “[[D:الكهرباء ستعود]]”.");
    check("وأشارت وكالة “[[N:رويترز]]” إلى أن [[R@وكالة “رويترز”:الاجتماع تأجل]].");
}

#[test]
fn speakers_merge_across_articles() {
    let docs = [
        ("a", "قال الرئيس الروسي فلاديمير بوتين إن “الغرب يخطئ”."),
        ("b", "وقال بوتين إن “العلاقات جيدة”."),
        ("c", "وقال الرئيس الروسي إن “الحوار ممكن”."),
        ("d", "وقال السيد بوتين إن “الوقت مناسب”."),
    ];
    let articles = articles_of(&docs);
    let quotes = extract_corpus(&articles);
    assert_eq!(
        quotes
            .iter()
            .filter(|q| q.kind.is_speech() && q.kind != QuoteKind::Reported)
            .count(),
        4
    );
    for q in quotes.iter().filter(|q| q.kind != QuoteKind::Reported) {
        assert_eq!(q.speaker_name(), "فلاديمير بوتين", "{q:?}");
    }
}

#[test]
fn a_title_many_people_hold_is_not_merged_into_one_of_them() {
    let docs = [
        ("a", "وقال الناطق الإعلامي سعد الحربي إن “الحملة مستمرة”."),
        ("b", "وقال الناطق الإعلامي خالد العتيبي إن “الطريق مغلق”."),
        ("c", "وقال الناطق الإعلامي ماجد الشهري إن “المستشفى جاهز”."),
        ("d", "وقال الناطق الإعلامي سعد الحربي إن “العمل انتهى”."),
        ("e", "وقال الناطق الإعلامي إن “الموعد تأجل”."),
    ];
    let articles = articles_of(&docs);
    let quotes = extract_corpus(&articles);
    let alone = quotes
        .iter()
        .find(|q| q.article.as_str() == "e" && q.kind == QuoteKind::Direct)
        .expect("the quotation of e");
    // Three spokesmen hold the title; the one named twice is not taken for the fifth article's.
    assert_eq!(alone.speaker_name(), "الناطق الإعلامي");
}

#[test]
fn a_compound_given_name_said_alone_joins_nobody_of_another_article() {
    let docs = [
        (
            "a",
            "وقال الملك سلمان بن عبدالعزيز إن “المملكة ماضية في الإصلاح”.",
        ),
        ("b", "وقال الملك سلمان بن عبدالعزيز إن “الأمن أولا”."),
        ("c", "وقال مدير المدرسة عبدالعزيز إن “الدراسة تبدأ الأحد”."),
    ];
    let quotes = extract_corpus(&articles_of(&docs));
    let c = quotes
        .iter()
        .find(|q| q.article.as_str() == "c" && q.kind == QuoteKind::Direct)
        .expect("the quotation of c");
    // عبدالعزيز alone is a given name, like محمد: the head teacher, not the king's father's name.
    assert_eq!(c.speaker_name(), "عبدالعزيز");
}

#[test]
fn a_word_said_alone_joins_only_a_name_written_with_it() {
    let docs = [
        ("a", "وقال المحلل آرون ديفيد ميلر إن “الاتفاق صعب”."),
        ("b", "وقال المحلل آرون ديفيد ميلر إن “الطريق طويل”."),
        ("c", "وقالت إيران إن “الحوار ممكن”."),
        ("d", "وقال المدرب جوزيه مورينيو إن “الفريق جاهز”."),
        ("e", "وقال مارينو إن “المباراة صعبة”."),
    ];
    let quotes = extract_corpus(&articles_of(&docs));
    let of = |id: &str| {
        quotes
            .iter()
            .find(|q| q.article.as_str() == id && q.kind == QuoteKind::Direct)
            .map(|q| q.speaker_name().to_owned())
    };
    // The loose key of transliterations would make إيران آرون and مارينو مورينيو.
    assert_eq!(of("c").as_deref(), Some("إيران"));
    assert_eq!(of("e").as_deref(), Some("مارينو"));
}

#[test]
fn spellings_of_one_foreign_name_are_one_speaker() {
    let docs = [
        (
            "a",
            "وقال الزعيم الكوري الشمالي كيم جونغ أون إن “الصداقة متينة”.",
        ),
        (
            "b",
            "وقال الزعيم الكوري الشمالي كيم جونج أون إن “الزيارة تاريخية”.",
        ),
    ];
    let articles = articles_of(&docs);
    let quotes = extract_corpus(&articles);
    let names: Vec<&str> = quotes
        .iter()
        .filter(|q| q.kind.is_speech())
        .map(Quote::speaker_name)
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert_eq!(names[0], names[1], "جونغ and جونج are one person");
}

#[test]
fn offsets_are_into_the_article_text() {
    let (article, _) = parse("o", "مقدمة.\nوقال [[S:سمير]] إن “نعم”.");
    let quotes = extract_article(&article);
    let q = quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .expect("a quote");
    assert_eq!(&article.text[q.span.bytes()], "نعم");
    let chars: String = article
        .text
        .chars()
        .skip(q.span.chars().start)
        .take(q.span.chars().len())
        .collect();
    assert_eq!(chars, "نعم");
    let m = q
        .speaker
        .as_ref()
        .and_then(|s| s.mention_span)
        .expect("mention span");
    assert_eq!(&article.text[m.bytes()], "سمير");
}

#[test]
fn corrections_survive_a_fresh_extraction() {
    let marked =
        "وقال أحمد سالم إن “الخطة جاهزة”. ونشرت صحيفة “الأمل” الخبر. وقال مروان إن “التنفيذ قريب”.";
    let (article, _) = parse("c", marked);
    let articles = vec![Arc::new(article)];
    let first = extract_corpus(&articles);
    let article = &articles[0];
    let find = |qs: &[Quote], t: &str| qs.iter().find(|q| q.text(article) == t).cloned().expect(t);
    let plan = find(&first, "الخطة جاهزة");
    let soon = find(&first, "التنفيذ قريب");
    let text = &articles[0].text;
    let start = text.find("الخبر").expect("text");
    let mut corrections = Corrections::default();
    corrections.push(Correction::SetSpeaker {
        quote: QuoteAnchor::of(&plan, article),
        speaker: "وزير التخطيط".into(),
    });
    corrections.push(Correction::DeleteQuote {
        quote: QuoteAnchor::of(&soon, article),
    });
    corrections.push(Correction::AddQuote {
        quote: QuoteAnchor {
            article: ArticleId::new("c"),
            bytes: start..start + "الخبر".len(),
            text: "الخبر".into(),
        },
        kind: QuoteKind::Partial,
        speaker: Some("صحيفة الأمل".into()),
    });
    corrections.push(Correction::MergeSpeakers {
        from: "صحيفة الأمل".into(),
        into: "جريدة الأمل".into(),
    });
    // Saved with the session and read back…
    let saved = ron::to_string(&corrections).expect("serialize");
    let loaded: Corrections = ron::from_str(&saved).expect("deserialize");
    assert_eq!(loaded, corrections);
    // …then laid over a fresh run of the extraction.
    let mut fresh = extract_corpus(&articles);
    let report = loaded.apply(&mut fresh, &articles);
    assert_eq!(report.applied, 4, "{:?}", report.failed);
    assert_eq!(find(&fresh, "الخطة جاهزة").speaker_name(), "وزير التخطيط");
    assert!(fresh.iter().all(|q| q.text(article) != "التنفيذ قريب"));
    assert_eq!(find(&fresh, "الخبر").speaker_name(), "جريدة الأمل");
    // A correction whose quotation is gone is reported, not fatal.
    let mut gone = Corrections::default();
    gone.push(Correction::DeleteQuote {
        quote: QuoteAnchor {
            article: ArticleId::new("c"),
            bytes: 0..3,
            text: "لا يوجد".into(),
        },
    });
    let report = gone.apply(&mut fresh, &articles);
    assert_eq!(report.failed.len(), 1);
}

#[test]
fn quotes_serialize_to_json() {
    let (article, _) = parse("j", "وقال سمير إن “نعم”.");
    let quotes = extract_article(&article);
    let json = serde_json::to_string(&quotes).expect("json");
    let back: Vec<Quote> = serde_json::from_str(&json).expect("back");
    assert_eq!(back, quotes);
    // Spans are written as byte and character ranges, whatever they are kept as.
    let q = quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .expect("a quote");
    let (bytes, chars) = (q.span.bytes(), q.span.chars());
    assert!(json.contains(&format!(
        r#""span":{{"bytes":{{"start":{},"end":{}}},"chars":{{"start":{},"end":{}}}}}"#,
        bytes.start, bytes.end, chars.start, chars.end
    )));
    // An offset no span can hold is refused, not wrapped around.
    let too_far = json.replacen(
        &format!(r#""start":{}"#, bytes.start),
        r#""start":99999999999"#,
        1,
    );
    assert!(serde_json::from_str::<Vec<Quote>>(&too_far).is_err());
}

#[test]
fn bundled_articles_regression() {
    // 000: the unclosed quotation before مضيفا, and the one opened with ” instead of “.
    let corpus = crate::corpus::bundled();
    let quotes = extract_corpus(corpus.articles());
    let text = |q: &Quote| corpus.article(&q.article).map_or("", |a| q.text(a));
    let q = quotes
        .iter()
        .find(|q| text(q).starts_with("الوضع في العالم"))
        .expect("000 quote");
    assert!(text(q).ends_with("للغاية."), "{}", text(q));
    assert!(q.speaker_name().contains("زيبين"));
    let q = quotes
        .iter()
        .find(|q| text(q) == "العلاقة الودية الوحيدة")
        .expect("000 partial");
    assert!(q.speaker_name().contains("كوليبا"));
    assert!(
        quotes
            .iter()
            .filter(|q| text(q) == "صداقة أبدية")
            .all(|q| q.kind == QuoteKind::NotSpeech)
    );
}

#[test]
fn the_analyst_splits_one_name_out_of_a_merge_the_rules_made() {
    let docs = [
        ("a", "قال الرئيس الروسي فلاديمير بوتين إن “الغرب يخطئ”."),
        ("b", "وقال بوتين إن “العلاقات جيدة”."),
    ];
    let articles = articles_of(&docs);
    let mut quotes = extract_corpus(&articles);
    let of = |quotes: &[Quote], article: &str| {
        quotes
            .iter()
            .find(|q| q.article.as_str() == article && q.kind == QuoteKind::Direct)
            .map(|q| q.speaker_name().to_owned())
    };
    assert_eq!(of(&quotes, "b").as_deref(), Some("فلاديمير بوتين"));
    let mut corrections = Corrections::default();
    corrections.push(Correction::SplitSpeaker {
        canonical: "فلاديمير بوتين".to_owned(),
        name: "بوتين".to_owned(),
    });
    let report = corrections.apply(&mut quotes, &articles);
    assert!(report.failed.is_empty());
    assert_eq!(of(&quotes, "b").as_deref(), Some("بوتين"));
    assert_eq!(of(&quotes, "a").as_deref(), Some("فلاديمير بوتين"));
}
