//! Cleaning and metadata of the bundled articles, the cleaning rules on text of our own, and
//! loading bad files. Core only: runs without the `gui` feature.

use isnad::corpus::{self, BlockKind, Date, DropReason, clean_text};

fn article(prefix: &str) -> std::sync::Arc<corpus::Article> {
    corpus::bundled()
        .into_articles()
        .into_iter()
        .find(|a| a.id.as_str().starts_with(prefix))
        .expect("bundled article")
}

const DEBRIS: &[&str] = &[
    "Jannah Theme License is not validated",
    "ربما يعجبك أيضا",
    "أحدث المقالات",
    "زر الذهاب إلى الأعلى",
    "اكتشاف المزيد من موقع علم",
    "اشترك",
    "اترك تعليقاً",
    "Search",
    "Close this search box.",
    "Continue reading",
    "إقرأ أيضاً",
    "بريدك الإلكتروني",
];

#[test]
fn page_debris_is_gone_from_every_bundled_article() {
    for a in corpus::bundled().into_articles() {
        for d in DEBRIS {
            assert!(!a.text.contains(d), "{}: still holds {d:?}", a.id);
        }
        for b in &a.blocks {
            let t = a.block_text(b);
            assert!(
                t != "أخبار" && t != "اخبار" && t != "تعليق",
                "{}: label line {t:?}",
                a.id
            );
            assert!(
                !t.contains('\u{a0}') && !t.contains("  "),
                "{}: unnormalized spaces in {t:?}",
                a.id
            );
        }
    }
}

#[test]
fn repeated_captions_go_and_a_repeated_title_stays_once() {
    let a = article("000");
    assert!(
        !a.text.contains("بوتين وكيم\n"),
        "the caption shown twice under a photo is dropped"
    );
    let b = article("002");
    assert_eq!(
        b.text
            .matches("لقاء بوتين وكيم جون و الإخفاقات المستمرة للإدارة الأمريكية")
            .count(),
        1
    );
}

#[test]
fn short_section_headings_stay_as_headings() {
    let a = article("000");
    let headings: Vec<&str> = a
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| a.block_text(b))
        .collect();
    for h in [
        "دعم ثابت",
        "معارضة الغرب",
        "التكنولوجيا العسكرية",
        "العلاقة الودية الوحيدة",
    ] {
        assert!(headings.contains(&h), "{h} missing from {headings:?}");
    }
    // Body paragraphs are kept whole, quote marks and all.
    assert!(
        a.text
            .contains("قال الباحث الرئيسي في مركز الدراسات الكورية")
    );
    assert!(a.text.contains("“الصداقة الأبدية”"));
}

#[test]
fn metadata_is_inferred_where_the_text_gives_it_and_empty_where_not() {
    let a0 = article("000");
    assert_eq!(
        a0.meta.title.as_deref(),
        Some("«صداقة أبدية».. شراكة بوتين وكيم تتحدى «عقوبات الغرب»")
    );
    assert_eq!(a0.meta.author.as_deref(), Some("شروق صبري"));
    assert_eq!(a0.meta.outlet.as_deref(), Some("وول ستريت جورنال"));
    assert_eq!(a0.meta.date, Date::new(2024, 6, 19));

    let a1 = article("001");
    assert_eq!(a1.meta.title, None, "001 starts with its first paragraph");
    assert_eq!(
        a1.display_title(),
        "وصل الرئيس الروسي فلاديمير بوتين يوم الثلاثاء إلى…",
        "the start of its lede, marked as cut"
    );
    assert_eq!(a1.meta.date, Date::new(2024, 6, 18));

    let a2 = article("002");
    assert_eq!(
        a2.meta.date,
        Date::new(2024, 11, 23),
        "from the page's timestamp line"
    );
    assert_eq!(
        a2.meta.outlet, None,
        "a newspaper quoted in the body is not the outlet"
    );

    let a3 = article("003");
    assert_eq!(
        a3.meta.title.as_deref(),
        Some("في حاجة إلى الذخائر، بوتين يزور كوريا الشمالية")
    );
    assert_eq!(
        a3.meta.outlet.as_deref(),
        Some("علم"),
        "the site names itself in its footer"
    );
    assert_eq!(a3.meta.date, None);

    let a4 = article("004");
    assert_eq!(a4.meta.outlet.as_deref(), Some("The Hill"));
    assert_eq!(a4.meta.author, None);
}

#[test]
fn cleaning_rules_work_on_text_of_our_own() {
    let raw = "Home | Login\n\u{feff}تابعنا\nالرياض تستضيف مؤتمرا للطاقة\nبقلم: سارة أحمد\n\nأعلنت\u{a0}الوزارة أن المؤتمر يعقد الأسبوع المقبل بمشاركة خمسين دولة.\u{a0} \u{a0} وقال المتحدث إن التحضيرات اكتملت.\nصورة الوزير\nنص آخر طويل بما يكفي ليكون فقرة من فقرات الخبر وفيه تفاصيل إضافية عن المؤتمر.\nصورة الوزير\nشارك\nأضف تعليق\nآخر الأخبار\n";
    let c = clean_text(raw);
    let kinds: Vec<(BlockKind, &str)> = c
        .blocks
        .iter()
        .map(|b| (b.kind, &c.text[b.range.clone()]))
        .collect();
    assert_eq!(
        kinds[0],
        (BlockKind::Headline, "الرياض تستضيف مؤتمرا للطاقة")
    );
    assert_eq!(kinds[1], (BlockKind::Heading, "بقلم: سارة أحمد"));
    // A no-break space run after a full stop separates two paragraphs (as some feeds write them).
    assert_eq!(
        kinds[2],
        (
            BlockKind::Paragraph,
            "أعلنت الوزارة أن المؤتمر يعقد الأسبوع المقبل بمشاركة خمسين دولة."
        )
    );
    assert_eq!(
        kinds[3],
        (BlockKind::Paragraph, "وقال المتحدث إن التحضيرات اكتملت.")
    );
    assert_eq!(kinds.len(), 5, "{kinds:?}");
    let reasons: Vec<DropReason> = c.dropped.iter().map(|d| d.reason).collect();
    assert!(reasons.contains(&DropReason::NoArabic));
    assert!(reasons.contains(&DropReason::PageChrome));
    assert!(reasons.contains(&DropReason::Repeated));
    let meta = corpus::infer_metadata(raw, &c);
    assert_eq!(meta.author.as_deref(), Some("سارة أحمد"));
}

#[test]
fn bad_files_are_reported_and_the_rest_load() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("a.txt"),
        "\u{feff}خبر قصير عن الاجتماع الذي عقد أمس في العاصمة بحضور الوزراء.",
    )
    .expect("write");
    std::fs::write(dir.path().join("b.txt"), "").expect("write");
    // Binary data under a text name: no encoding turns it into text.
    let binary: Vec<u8> = (0u32..256)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(dir.path().join("c.txt"), binary).expect("write");
    std::fs::write(dir.path().join("notes.bin"), [0u8; 4]).expect("write");
    let empty_dir = dir.path().join("nothing");
    std::fs::create_dir(&empty_dir).expect("mkdir");
    let (corpus, report) = isnad::import::import_corpus(&[
        dir.path().to_owned(),
        empty_dir,
        dir.path().join("gone.txt"),
    ]);
    let ids: Vec<&str> = corpus.articles().iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a"]);
    let messages: Vec<String> = corpus.failures().iter().map(ToString::to_string).collect();
    // The file of another format is skipped and named, but is no failure.
    assert!(
        report
            .skipped
            .iter()
            .any(|s| !s.is_failure() && s.path().ends_with("notes.bin"))
    );
    assert_eq!(messages.len(), 4, "{messages:?}");
    assert!(
        messages
            .iter()
            .any(|m| m.ends_with("b.txt: the file is empty"))
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("c.txt: not text (binary data"))
    );
    assert!(
        messages
            .iter()
            .any(|m| m.ends_with("nothing: no article files in this folder"))
    );
    assert!(messages.iter().any(|m| m.contains("gone.txt: cannot read")));
}

#[test]
fn the_cli_lists_articles_and_exits_nonzero_when_a_file_failed() {
    let bin = env!("CARGO_BIN_EXE_isnad");
    let out = std::process::Command::new(bin)
        .env(
            "ISNAD_CACHE_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/isnad-cache"),
        )
        .arg("articles")
        .output()
        .expect("run isnad");
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    assert_eq!(stdout.lines().count(), 5);
    let first: serde_json::Value =
        serde_json::from_str(stdout.lines().next().expect("line")).expect("json");
    assert_eq!(first["id"], "000_feadbcb8254112b2");
    assert_eq!(first["date"], "2024-06-19");

    let out = std::process::Command::new(bin)
        .env(
            "ISNAD_CACHE_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/isnad-cache"),
        )
        .args(["articles", "/nonexistent/file.txt"])
        .output()
        .expect("run isnad");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/file.txt: cannot read"));

    let out = std::process::Command::new(bin)
        .env(
            "ISNAD_CACHE_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/isnad-cache"),
        )
        .args(["show", "003"])
        .output()
        .expect("run isnad");
    let shown = String::from_utf8(out.stdout).expect("utf-8");
    assert!(shown.starts_with("# في حاجة إلى الذخائر، بوتين يزور كوريا الشمالية\n"));
    assert!(!shown.contains("Jannah"));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    /// Any text, however broken, cleans without panicking into blocks that lie in the text, and
    /// quotation extraction and search indexing take it without panicking either.
    #[test]
    fn any_text_is_cleaned_extracted_and_indexed_without_panics(raw in "(\\PC|[\u{a0}\u{1a}\r\n“”«»\"])*") {
        let article = corpus::Article::from_raw(corpus::ArticleId::new("p"), None, &raw, corpus::Metadata::default());
        for b in &article.blocks {
            proptest::prop_assert!(article.text.get(b.range.clone()).is_some());
        }
        let quotes = isnad::quotes::extract_article(&article);
        for q in &quotes {
            // The quoted text lies in the article, on char boundaries, trimmed and not empty.
            let text = article.text.get(q.span.bytes());
            proptest::prop_assert!(text.is_some_and(|t| !t.is_empty() && t == t.trim()), "{:?}", q);
            proptest::prop_assert_eq!(text, Some(q.text(&article)));
        }
        let shared = std::sync::Arc::new(article);
        let index = isnad::search::SearchIndex::from_articles([shared]);
        let _ = index.search_text(&raw.chars().take(12).collect::<String>(), &isnad::search::SearchOptions::default());
    }
}
