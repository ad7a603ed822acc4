//! Export of the quote table from the bundled articles: every format read back the way an analyst
//! opens it (a spreadsheet reader for XLSX, a CSV parser, a JSON parser, the page's markup), the
//! session's tags and notes in their rows, and targets that cannot be written.

use std::io::Read as _;
use std::path::Path;
use std::sync::Arc;

use calamine::{Data, DataType as _, Reader as _, Xlsx, open_workbook};
use isnad::corpus::{self, Article};
use isnad::export::{self, COLUMNS, ExportError, ExportRow, Format};
use isnad::quotes::{Quote, QuoteAnchor, extract_corpus};
use isnad::session::{MetadataEdit, Note, QuoteTag, Session, Target};

fn articles() -> Vec<Arc<Article>> {
    corpus::bundled().into_articles()
}

fn bundled_rows() -> Vec<ExportRow> {
    export::corpus_rows(&articles(), &Session::default(), false).0
}

fn speech(articles: &[Arc<Article>]) -> Vec<Quote> {
    extract_corpus(articles)
        .into_iter()
        .filter(|q| q.kind.is_speech())
        .collect()
}

/// The text of a quotation of one of `articles`.
fn text_of<'a>(articles: &'a [Arc<Article>], q: &Quote) -> &'a str {
    articles
        .iter()
        .find(|a| a.id == q.article)
        .map_or("", |a| q.text(a))
}

/// The anchor a session keeps for a quotation of one of `articles`.
fn anchor(articles: &[Arc<Article>], q: &Quote) -> QuoteAnchor {
    let article = articles
        .iter()
        .find(|a| a.id == q.article)
        .expect("the quotation's article");
    QuoteAnchor::of(q, article)
}

fn to_bytes(rows: &[ExportRow], format: Format) -> Vec<u8> {
    let mut out = Vec::new();
    export::write_to(rows, format, &mut out).expect("in-memory export");
    out
}

fn cell_texts(row: &ExportRow) -> Vec<String> {
    row.cells().iter().map(|c| c.text().into_owned()).collect()
}

/// A bundled row whose quote is replaced by a sentence of our own holding markup characters.
fn row_with_quote(quote: &str) -> ExportRow {
    let mut row = bundled_rows().swap_remove(0);
    quote.clone_into(&mut row.quote);
    row
}

fn zip_entry(path: &Path, name: &str) -> String {
    let file = std::fs::File::open(path).expect("xlsx file");
    let mut archive = zip::ZipArchive::new(file).expect("xlsx is a zip archive");
    let mut text = String::new();
    archive
        .by_name(name)
        .expect("entry in the workbook")
        .read_to_string(&mut text)
        .expect("utf-8 xml");
    text
}

#[test]
fn the_bundled_articles_give_rows_with_speakers_mentions_and_offsets_into_the_text() {
    let articles = articles();
    let rows = bundled_rows();
    assert_eq!(rows.len(), speech(&articles).len());
    assert!(rows.len() > 50, "{} rows", rows.len());
    assert!(rows.iter().any(|r| r.date.is_empty()) && rows.iter().any(|r| !r.date.is_empty()));
    let putin = rows
        .iter()
        .find(|r| {
            r.speaker == "فلاديمير بوتين" && r.speaker_as_written == "الرئيس الروسي فلاديمير بوتين"
        })
        .expect("Putin named with his title");
    assert_eq!(putin.kind, "reported statement");
    assert_eq!(putin.outlet, "وول ستريت جورنال");
    assert_eq!(putin.date, "2024-06-19");
    for row in &rows {
        let article = articles
            .iter()
            .find(|a| a.id.as_str() == row.article_id)
            .expect("row's article");
        assert_eq!(
            article.text.get(row.start_byte..row.end_byte),
            Some(row.quote.as_str())
        );
        let by_chars: String = article
            .text
            .chars()
            .skip(row.start_char)
            .take(row.end_char - row.start_char)
            .collect();
        assert_eq!(by_chars, row.quote);
        assert!(row.context.contains(&row.quote), "{}", row.quote);
    }
}

#[test]
fn xlsx_opens_right_to_left_with_arabic_intact_a_frozen_bold_header_and_an_autofilter() {
    let rows = bundled_rows();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("اقتباسات.xlsx");
    export::write(&rows, Format::Xlsx, &path).expect("xlsx written");

    let mut workbook: Xlsx<_> = open_workbook(&path).expect("a reader opens the workbook");
    let sheet = workbook.worksheet_range("Quotes").expect("sheet Quotes");
    let table: Vec<&[Data]> = sheet.rows().collect();
    assert_eq!(table.len(), rows.len() + 1);
    let header: Vec<String> = table[0].iter().map(ToString::to_string).collect();
    let titles: Vec<&str> = COLUMNS.iter().map(|c| c.title).collect();
    assert_eq!(header, titles);
    for (cells, row) in table[1..].iter().zip(&rows) {
        let text = |i: usize| cells[i].get_string().unwrap_or_default().to_owned();
        assert_eq!(text(0), row.speaker);
        assert_eq!(text(1), row.speaker_as_written);
        assert_eq!(text(3), row.quote);
        assert_eq!(text(4), row.article_title);
        assert_eq!(text(8), row.context);
        assert_eq!(text(11), row.article_id);
        assert_eq!(cells[12].get_float(), Some(row.start_char as f64));
        assert_eq!(cells[15].get_float(), Some(row.end_byte as f64));
        // A known date is a real date cell, so the filter offers years and months.
        if row.date.is_empty() {
            assert!(cells[6].is_empty());
        } else {
            let date = cells[6].get_datetime().expect("a date cell");
            let expected =
                rust_xlsxwriter::ExcelDateTime::parse_from_str(&row.date).expect("iso date");
            assert!(
                (date.as_f64() - expected.to_excel()).abs() < 1e-9,
                "{}",
                row.date
            );
        }
    }

    let sheet_xml = zip_entry(&path, "xl/worksheets/sheet1.xml");
    assert!(
        sheet_xml.contains(r#"rightToLeft="1""#),
        "sheet is not right to left"
    );
    assert!(
        sheet_xml.contains(r#"ySplit="1""#) && sheet_xml.contains(r#"state="frozen""#),
        "header row is not frozen"
    );
    let filter = format!(r#"<autoFilter ref="A1:P{}"/>"#, rows.len() + 1);
    assert!(sheet_xml.contains(&filter), "no autofilter over the table");
    assert!(
        sheet_xml.contains(r#"<col min="4" max="4" width="60.7109375""#),
        "quote column width"
    );
    let styles = zip_entry(&path, "xl/styles.xml");
    assert!(styles.contains("<b/>"), "bold header");
    assert!(styles.contains(r#"wrapText="1""#) && styles.contains(r#"readingOrder="2""#));
}

#[test]
fn csv_starts_with_the_byte_order_mark_and_reads_back_to_the_same_cells() {
    let rows = bundled_rows();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("quotes.csv");
    export::write(&rows, Format::Csv, &path).expect("csv written");
    let bytes = std::fs::read(&path).expect("csv file");
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "no UTF-8 byte order mark"
    );

    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(header, COLUMNS.iter().map(|c| c.title).collect::<Vec<_>>());
    let back: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.expect("record").iter().map(String::from).collect())
        .collect();
    assert_eq!(back, rows.iter().map(cell_texts).collect::<Vec<_>>());
}

#[test]
fn json_is_an_array_of_the_rows() {
    let rows = bundled_rows();
    let back: Vec<ExportRow> =
        serde_json::from_slice(&to_bytes(&rows, Format::Json)).expect("json array");
    assert_eq!(back, rows);
}

#[test]
fn html_is_a_right_to_left_page_with_arabic_fonts_and_escaped_cells() {
    let mut rows = bundled_rows();
    rows.push(row_with_quote(
        "إن <القرار> صدر بعد مشاورات بين وزارتي الخارجية & الدفاع",
    ));
    let html = String::from_utf8(to_bytes(&rows, Format::Html)).expect("utf-8 page");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(html.contains(r#"<meta charset="utf-8">"#));
    assert!(html.contains(r#"font-family: "Noto Naskh Arabic", "Amiri""#));
    assert!(html.contains("إن &lt;القرار&gt; صدر بعد مشاورات بين وزارتي الخارجية &amp; الدفاع"));
    assert!(!html.contains("<القرار>"));
    assert_eq!(html.matches("<tr>").count(), rows.len() + 1);
    assert!(html.contains("<th scope=\"col\">Speaker as written</th>"));
    assert!(html.contains(&rows[0].quote));
    assert!(html.trim_end().ends_with("</html>"));
}

#[test]
fn markdown_table_escapes_pipes_and_keeps_one_line_per_row() {
    let mut rows = bundled_rows();
    rows.push(row_with_quote(
        "الخيار بين الحوار | المواجهة\nلم يعد مطروحا",
    ));
    let md = String::from_utf8(to_bytes(&rows, Format::Markdown)).expect("utf-8 table");
    let lines: Vec<&str> = md.lines().collect();
    assert_eq!(lines.len(), rows.len() + 2);
    for line in &lines {
        let bytes = line.as_bytes();
        let separators = (0..bytes.len())
            .filter(|&i| bytes[i] == b'|' && (i == 0 || bytes[i - 1] != b'\\'))
            .count();
        assert_eq!(separators, COLUMNS.len() + 1, "{line}");
    }
    assert!(md.contains("الخيار بين الحوار \\| المواجهة<br>لم يعد مطروحا"));
    assert!(lines[0].starts_with("| Speaker | Speaker as written | Kind | Quote |"));
}

#[test]
fn session_tags_notes_and_metadata_edits_appear_in_their_rows_in_the_order_given() {
    let articles = articles();
    let quotes = speech(&articles);
    let tagged = &quotes[3];
    let other = &quotes[10];
    let mut moved = anchor(&articles, other);
    moved.bytes = moved.bytes.start + 7..moved.bytes.end + 7;

    let mut session = Session::default();
    for tag in ["موقف روسيا", "تعاون عسكري", "موقف روسيا"] {
        session.tags.push(QuoteTag {
            quote: anchor(&articles, tagged),
            tag: tag.to_owned(),
        });
    }
    session.notes.push(Note::new(
        Target::Quote(anchor(&articles, tagged)),
        "يقارن بتصريحه في القمة السابقة",
    ));
    session.notes.push(Note::new(
        Target::Quote(moved),
        "المصدر ينقل عن وكالة الأنباء الرسمية",
    ));
    session.notes.push(Note::new(
        Target::Article(tagged.article.clone()),
        "ملاحظة على المقال كله",
    ));
    session.metadata_edits.insert(
        tagged.article.clone(),
        MetadataEdit {
            outlet: Some("الشرق الأوسط".to_owned()),
            ..MetadataEdit::default()
        },
    );

    // The window passes its rows filtered and sorted: the order given is kept.
    let shown = [other, tagged, &quotes[0]];
    let rows = export::rows(&articles, shown, &session);
    assert_eq!(
        rows.iter().map(|r| r.quote.as_str()).collect::<Vec<_>>(),
        [
            text_of(&articles, other),
            text_of(&articles, tagged),
            text_of(&articles, &quotes[0])
        ]
    );
    assert_eq!(rows[1].tags, ["موقف روسيا", "تعاون عسكري"]);
    assert_eq!(rows[1].notes, ["يقارن بتصريحه في القمة السابقة"]);
    assert_eq!(rows[1].outlet, "الشرق الأوسط");
    assert_eq!(
        rows[0].notes,
        ["المصدر ينقل عن وكالة الأنباء الرسمية"],
        "moved anchor"
    );
    assert!(rows[0].tags.is_empty());
    assert!(
        rows.iter()
            .all(|r| !r.notes.iter().any(|n| n.contains("المقال كله")))
    );

    let csv = String::from_utf8(to_bytes(&rows, Format::Csv)).expect("utf-8");
    assert!(csv.contains("موقف روسيا, تعاون عسكري"));
    let json: serde_json::Value =
        serde_json::from_slice(&to_bytes(&rows, Format::Json)).expect("json");
    assert_eq!(json[1]["tags"][1], "تعاون عسكري");
}

#[test]
fn a_target_in_a_missing_folder_is_an_error_and_creates_nothing() {
    let rows = bundled_rows();
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("تقارير").join("quotes.xlsx");
    let err = export::write(&rows, Format::Xlsx, &target).expect_err("no folder");
    assert!(matches!(err, ExportError::NoFolder { ref path, .. } if *path == target));
    assert!(err.to_string().contains("does not exist"), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0);

    let err = export::write(&rows, Format::Csv, dir.path()).expect_err("a folder");
    assert!(matches!(err, ExportError::TargetIsFolder { .. }), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0);
}

#[test]
fn writing_again_replaces_the_file_and_leaves_no_temporary_files() {
    let rows = bundled_rows();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("quotes.out");
    export::write(&rows, Format::Csv, &path).expect("csv");
    export::write(&rows[..2], Format::Json, &path).expect("json over it");
    let back: Vec<ExportRow> =
        serde_json::from_slice(&std::fs::read(&path).expect("file")).expect("json");
    assert_eq!(back, rows[..2]);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, ["quotes.out"]);
}

#[test]
fn the_format_follows_the_file_extension() {
    let cases = [
        ("quotes.CSV", Some(Format::Csv)),
        ("quotes.xlsx", Some(Format::Xlsx)),
        ("quotes.md", Some(Format::Markdown)),
        ("quotes.markdown", Some(Format::Markdown)),
        ("quotes.json", Some(Format::Json)),
        ("quotes.htm", Some(Format::Html)),
        ("quotes.txt", None),
        ("quotes", None),
    ];
    for (name, format) in cases {
        assert_eq!(Format::from_extension(Path::new(name)), format, "{name}");
    }
}

#[test]
fn the_cli_exports_files_and_fails_clearly_on_a_bad_target() {
    let bin = env!("CARGO_BIN_EXE_isnad");
    let dir = tempfile::tempdir().expect("temp dir");
    let run = |args: &[&str]| {
        std::process::Command::new(bin)
            .env(
                "ISNAD_CACHE_DIR",
                concat!(env!("CARGO_TARGET_TMPDIR"), "/isnad-cache"),
            )
            .current_dir(dir.path())
            .env("RUST_BACKTRACE", "0")
            .args(args)
            .output()
            .expect("isnad runs")
    };

    let out = run(&["export", "-o", "quotes.xlsx"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut workbook: Xlsx<_> = open_workbook(dir.path().join("quotes.xlsx")).expect("workbook");
    let sheet = workbook.worksheet_range("Quotes").expect("sheet");
    assert_eq!(sheet.height(), bundled_rows().len() + 1);

    let out = run(&["export", "--format", "md", "-o", "quotes.txt"]);
    assert!(out.status.success());
    let md = std::fs::read_to_string(dir.path().join("quotes.txt")).expect("md");
    assert!(md.starts_with("| Speaker |"));

    let out = run(&["export", "-o", "missing/quotes.csv"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("missing/quotes.csv") && stderr.contains("does not exist"),
        "{stderr}"
    );
    assert!(!dir.path().join("missing").exists());

    let out = run(&["export", "-o", "quotes.txt2"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--format"));

    // `isnad quotes --csv` prints the same table, without the byte order mark.
    let out = run(&["quotes", "--csv"]);
    assert!(out.status.success());
    let mut expected = Vec::new();
    export::write_csv(&bundled_rows(), &mut expected, false).expect("csv");
    assert_eq!(out.stdout, expected);
}

#[test]
fn a_sentence_longer_than_a_spreadsheet_cell_is_cut_and_the_workbook_still_written() {
    let mut row = bundled_rows().swap_remove(0);
    let sentence = row.context.clone();
    row.context = std::iter::repeat_n(sentence.as_str(), 40_000 / sentence.chars().count() + 1)
        .collect::<Vec<_>>()
        .join(" ");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("long.xlsx");
    export::write(std::slice::from_ref(&row), Format::Xlsx, &path).expect("written");
    let mut workbook: Xlsx<_> = open_workbook(&path).expect("workbook");
    let sheet = workbook.worksheet_range("Quotes").expect("sheet");
    let context = sheet
        .get((1, 8))
        .and_then(|c| c.get_string())
        .expect("context cell");
    assert_eq!(context.chars().count(), 32_767);
    assert!(row.context.starts_with(context));
    // The other formats keep all of it.
    let back: Vec<ExportRow> =
        serde_json::from_slice(&to_bytes(std::slice::from_ref(&row), Format::Json)).expect("json");
    assert_eq!(back[0].context, row.context);
}

#[test]
fn the_cli_exports_a_saved_session_with_its_corrections_tags_and_notes() {
    use isnad::quotes::Correction;
    use isnad::session::save;

    let bin = env!("CARGO_BIN_EXE_isnad");
    let dir = tempfile::tempdir().expect("temp dir");
    let rows = bundled_rows();
    let first = rows.first().expect("a row");
    let corpus = corpus::bundled();
    let quotes = extract_corpus(corpus.articles());
    let quote = quotes
        .iter()
        .find(|q| {
            q.article.as_str() == first.article_id && text_of(corpus.articles(), q) == first.quote
        })
        .expect("the first row's quotation");
    let anchor = anchor(corpus.articles(), quote);
    let mut session = Session::default();
    session.corrections.push(Correction::SetSpeaker {
        quote: anchor.clone(),
        speaker: "وكالة يونهاب".into(),
    });
    session.tags.push(QuoteTag {
        quote: anchor.clone(),
        tag: "دفاع".into(),
    });
    session
        .notes
        .push(Note::new(Target::Quote(anchor), "يحتاج إلى مصدر ثان"));
    let path = dir.path().join("summit.isnad");
    save(&path, &session).expect("saved");

    let out = std::process::Command::new(bin)
        .env(
            "ISNAD_CACHE_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/isnad-cache"),
        )
        .current_dir(dir.path())
        .args(["export", "--session", "summit.isnad", "-o", "q.json"])
        .output()
        .expect("isnad runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("q.json")).expect("written"))
            .expect("json");
    let row = json
        .as_array()
        .and_then(|a| a.iter().find(|r| r["quote"] == first.quote.as_str()))
        .expect("the row");
    assert_eq!(row["speaker"], "وكالة يونهاب");
    assert_eq!(row["tags"][0], "دفاع");
    assert_eq!(row["notes"][0], "يحتاج إلى مصدر ثان");

    // A session file that is not one: a clear error naming it, nothing written.
    std::fs::write(dir.path().join("bad.isnad"), [0u8, 159, 146, 150]).expect("write");
    let out = std::process::Command::new(bin)
        .env(
            "ISNAD_CACHE_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/isnad-cache"),
        )
        .current_dir(dir.path())
        .args(["export", "--session", "bad.isnad", "-o", "bad.csv"])
        .output()
        .expect("isnad runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.isnad"));
    assert!(!dir.path().join("bad.csv").exists());
}

/// `isnad quotes` prints each item's sentence, read from its article now that a quotation no
/// longer carries its own copy: the text of the sentence span, holding the quoted text.
#[test]
fn the_cli_quotes_print_the_sentence_around_each_item() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_isnad"))
        .env(
            "ISNAD_CACHE_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/isnad-cache"),
        )
        .arg("quotes")
        .output()
        .expect("isnad runs");
    assert!(out.status.success());
    let articles = articles();
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    let mut lines = 0;
    for line in stdout.lines() {
        let item: serde_json::Value = serde_json::from_str(line).expect("json");
        let article = articles
            .iter()
            .find(|a| item["article"] == a.id.as_str())
            .expect("article of the item");
        let quote = extract_corpus(std::slice::from_ref(article))
            .into_iter()
            .find(|q| item["id"] == q.id().to_string())
            .expect("the same item extracted from its article");
        let sentence = item["sentence"].as_str().expect("sentence");
        assert_eq!(sentence, isnad::export::context(&quote, article), "{line}");
        assert!(
            article.text[quote.sentence_span.bytes()].contains(sentence.trim_matches(['…', ' ']))
                || sentence.starts_with('…')
                || sentence.ends_with('…'),
            "{line}"
        );
        assert!(
            sentence.contains(item["text"].as_str().expect("text")),
            "{line}"
        );
        lines += 1;
    }
    assert!(lines > 10, "{lines} items");
}
