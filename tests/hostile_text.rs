//! Hostile text (issue 15): inputs whose size would make the work or the export grow with its
//! square, cells a spreadsheet would run, invisible characters that change who spoke or what a
//! title shows, an unterminated table quote, and a session nested without end.

use std::sync::Arc;

use calamine::Reader as _;
use std::time::{Duration, Instant};

use isnad::corpus::{Article, ArticleId, Metadata};
use isnad::export::{self, Format};
use isnad::import::{RecordProblem, import_corpus};
use isnad::quotes::extract_corpus;
use isnad::session::{self, Session};

fn article(id: &str, text: &str) -> Arc<Article> {
    Arc::new(Article::from_raw(
        ArticleId::new(id),
        None,
        text,
        Metadata::default(),
    ))
}

/// Generous bounds: a debug build on a busy machine; the quadratic cases took tens of seconds
/// in a release build.
const LINEAR_BOUND: Duration = Duration::from_secs(15);

#[test]
fn export_of_5000_quotations_in_one_paragraph_stays_linear_in_the_text() {
    let text = format!("قال {}\n", vec!["قال «أ»"; 5000].join(" "));
    let articles = [article("q5000", &text)];
    let (rows, _) = export::corpus_rows(&articles, &Session::default(), true);
    assert!(rows.len() >= 4000, "{} rows", rows.len());
    let mut csv = Vec::new();
    export::write_to(&rows, Format::Csv, &mut csv).expect("csv");
    // Each row holds at most 2,000 characters of its quotation and 600 of context around it.
    assert!(
        csv.len() < rows.len() * 12_000,
        "{} bytes for {} rows",
        csv.len(),
        rows.len()
    );
    assert!(rows.iter().all(|r| r.context.contains(&r.quote)));
    assert!(rows.iter().any(|r| r.context.starts_with("… ")));
}

#[test]
fn a_short_sentence_is_its_whole_context() {
    let text = "وقال الوزير إن «الاتفاق قريب» في مؤتمر صحفي.\n";
    let articles = [article("short", text)];
    let (rows, _) = export::corpus_rows(&articles, &Session::default(), false);
    assert_eq!(
        rows[0].context,
        "وقال الوزير إن «الاتفاق قريب» في مؤتمر صحفي."
    );
}

#[test]
fn csv_formula_injection_is_neutralized_in_every_text_cell_and_xlsx_keeps_text() {
    let dir = tempfile::tempdir().expect("dir");
    let records = dir.path().join("r.jsonl");
    let line = serde_json::json!({
        "id": "=1+1",
        "title": "=HYPERLINK(\"http://x\",\"y\")",
        "outlet": "@SUM(A1)",
        "body": "وقال الوزير إن «-2+3 هو الجواب» في مؤتمر صحفي.",
    });
    std::fs::write(&records, format!("{line}\n")).expect("records");
    let (corpus, _) = import_corpus(&[records]);
    let (rows, _) = export::corpus_rows(corpus.articles(), &Session::default(), false);
    let mut csv = Vec::new();
    export::write_to(&rows, Format::Csv, &mut csv).expect("csv");
    let mut reader = csv::Reader::from_reader(csv.get(3..).expect("after the mark"));
    let record = reader.records().next().expect("a row").expect("csv row");
    for cell in &record {
        assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "{cell:?} would run as a formula"
        );
    }
    assert!(
        record
            .iter()
            .any(|c| c == "'=HYPERLINK(\"http://x\",\"y\")")
    );
    assert!(record.iter().any(|c| c == "'-2+3 هو الجواب"));

    let xlsx = dir.path().join("q.xlsx");
    export::write(&rows, Format::Xlsx, &xlsx).expect("xlsx");
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).expect("open");
    let sheet = book.worksheet_range("Quotes").expect("sheet");
    let title = sheet.rows().nth(1).and_then(|r| {
        r.iter()
            .find(|c| c.to_string().contains("HYPERLINK"))
            .cloned()
    });
    assert!(
        matches!(title, Some(calamine::Data::String(_))),
        "{title:?}"
    );
    let formulas = book.worksheet_formula("Quotes");
    assert!(formulas.is_ok_and(|f| f.used_cells().all(|(_, _, f)| f.is_empty())));
}

#[test]
fn a_hundred_thousand_nested_divs_import_in_linear_time() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("deep.html");
    let page = format!(
        "<html><body>{}<p>قال الوزير إن «المحادثات كانت مثمرة» في ختام الاجتماع.</p>{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    std::fs::write(&path, page).expect("page");
    let started = Instant::now();
    let (corpus, _) = import_corpus(&[path]);
    assert!(started.elapsed() < LINEAR_BOUND, "{:?}", started.elapsed());
    assert!(corpus.articles()[0].text.contains("المحادثات كانت مثمرة"));
}

#[test]
fn a_hundred_thousand_mixed_quote_marks_extract_in_linear_time() {
    let marks = ['«', '»', '“', '”', '"', '„', '‘', '’'];
    let mut text = String::from("قال الوزير ");
    for i in 0..100_000usize {
        text.push(marks[(i * 7 + i / 3) % marks.len()]);
        text.push_str("ب ");
    }
    let articles = [article("marks", &text)];
    let started = Instant::now();
    let quotes = extract_corpus(&articles);
    assert!(started.elapsed() < LINEAR_BOUND, "{:?}", started.elapsed());
    let article = &articles[0];
    for q in &quotes {
        let chars = article.text[..q.span.bytes().start].chars().count();
        assert_eq!(q.span.chars().start, chars);
    }
}

#[test]
fn thirty_thousand_reporting_verbs_and_quote_marks_without_a_full_stop_extract_in_linear_time() {
    // Each قال opens a statement that would run to the end of the one sentence, and each mark
    // a quotation that looks for its cue: reading them stays linear.
    let marks = ['«', '»', '“', '”', '"'];
    let mut text = String::new();
    for i in 0..30_000usize {
        text.push(marks[(i * 7 + i / 3) % marks.len()]);
        text.push_str("قال ");
    }
    let articles = [article("verbs", &text)];
    let started = Instant::now();
    let quotes = extract_corpus(&articles);
    assert!(started.elapsed() < LINEAR_BOUND, "{:?}", started.elapsed());
    assert!(!quotes.is_empty());
}

#[test]
fn an_unterminated_csv_quote_is_reported_with_its_line_and_swallows_nothing_silently() {
    let dir = tempfile::tempdir().expect("dir");
    let table = dir.path().join("t.csv");
    std::fs::write(
        &table,
        "id,title,body\n\
         a,عنوان,قال الوزير إن «المحادثات كانت مثمرة» في ختام الاجتماع.\n\
         b,\"عنوان بلا نهاية,قال الرئيس إن «الاتفاق قريب».\n\
         c,ثالث,قال السفير إن «العلاقات متينة».\n",
    )
    .expect("table");
    let (corpus, report) = import_corpus(&[table]);
    assert_eq!(corpus.articles().len(), 1);
    let problem = &report.record_errors[0].problem;
    assert_eq!(*problem, RecordProblem::UnclosedQuote { line: 3 });
    assert!(problem.to_string().contains("line 3"), "{problem}");
    assert!(!problem.to_string().contains("body is empty"));
}

#[test]
fn a_zwnj_or_zwj_after_a_speakers_name_does_not_change_who_spoke() {
    for joiner in ['\u{200C}', '\u{200D}'] {
        let plain = "قال محمد العلي إن «الوضع مستقر». وقال خالد السعيد إن «الحل قريب».\n";
        let joined = plain.replace("خالد السعيد", &format!("خالد السعيد{joiner}"));
        let speakers = |text: &str| -> Vec<String> {
            extract_corpus(&[article("z", text)])
                .iter()
                .map(|q| q.speaker_name().to_owned())
                .collect()
        };
        assert_eq!(speakers(&joined), speakers(plain));
        assert!(speakers(plain).iter().any(|s| s.contains("خالد")));
    }
}

#[test]
fn bidi_controls_are_removed_from_titles_outlets_ids_and_exports() {
    let dir = tempfile::tempdir().expect("dir");
    let records = dir.path().join("r.jsonl");
    let line = serde_json::json!({
        "id": "abc\u{202E}fdp.exe",
        "title": "عنوان\u{202E}txet\u{2066}",
        "outlet": "\u{200F}وكالة\u{202D}",
        "body": "وقال الوزير إن «الاتفاق قريب» في مؤتمر صحفي.",
    });
    std::fs::write(&records, format!("{line}\n")).expect("records");
    let named = dir.path().join("ملف\u{202E}txt.md");
    std::fs::write(&named, "وقال السفير إن «العلاقات متينة» اليوم.\n").expect("named");
    let (corpus, _) = import_corpus(&[records, named]);
    let controls = |s: &str| s.chars().any(isnad::corpus::is_invisible_format);
    for a in corpus.articles() {
        assert!(!controls(a.id.as_str()), "{:?}", a.id);
        assert!(!controls(&a.display_title()));
        assert!(!a.meta.outlet.as_deref().is_some_and(controls));
    }
    let (rows, _) = export::corpus_rows(corpus.articles(), &Session::default(), false);
    for format in Format::ALL {
        let mut out = Vec::new();
        export::write_to(&rows, format, &mut out).expect("written");
        // CSV starts with a byte-order mark on purpose (Excel reads UTF-8 by it).
        let text = String::from_utf8_lossy(&out);
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
        if format != Format::Xlsx {
            assert!(!controls(text), "{format:?}");
        }
    }
}

#[test]
fn a_deeply_nested_session_is_refused_with_a_clear_message() {
    let text = format!(
        "(version: 1, extra: {}{})",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let err = session::from_ron(&text).expect_err("too deep");
    let message = err.to_string();
    assert!(message.contains("nested too deeply"), "{message}");
    assert!(!message.contains("recursion_limit"), "{message}");
}
