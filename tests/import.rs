//! Importing an analyst's own collection: every format, every encoding, record ids, unique ids,
//! every kind of bad input, and the background job (batches, progress, cancel). Core only.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use encoding_rs::{UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1256};
use isnad::corpus::{BlockKind, Date, LoadError};
use isnad::import::{
    ImportEvent, ImportJob, ImportReport, RecordProblem, import_corpus, import_paths,
};

/// Arabic news prose: the opening of the bundled article on Putin's visit to North Korea,
/// under a headline.
const SEED: &str = "بوتين يصل إلى كوريا الشمالية في أول زيارة منذ 24 عاما
وصل الرئيس الروسي فلاديمير بوتين يوم الثلاثاء إلى كوريا الشمالية في أول زيارة له منذ 24 عاما، حيث تعهد بتعزيز العلاقات الأمنية والتجارية مع بيونغ يانغ.
وأظهرت لقطات بثها الكرملين وصول بوتين إلى مطار في بيونغ يانغ حيث كان في استقباله الزعيم الكوري الشمالي كيم جونغ أون.
وقالت كوريا الشمالية إن الزيارة تظهر أن العلاقات الثنائية “تزداد قوة يوما بعد آخر”، ووصفت الاتهامات الغربية بتزويد روسيا بالأسلحة بأنها “سخيفة”.
";

fn import(paths: &[PathBuf]) -> (Vec<Arc<isnad::corpus::Article>>, ImportReport) {
    import_paths(paths, &AtomicBool::new(false), &mut |_| {})
}

fn write(path: &Path, bytes: impl AsRef<[u8]>) {
    std::fs::write(path, bytes).expect("write test file");
}

/// Bytes that look like nothing: a fixed multiplicative-hash sequence.
fn random_bytes(n: usize) -> Vec<u8> {
    (0..n as u64)
        .map(|i| (i.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 51) as u8)
        .collect()
}

fn messages(report: &ImportReport) -> Vec<String> {
    report.skipped.iter().map(ToString::to_string).collect()
}

fn jsonl_line(id: &str, title: &str, body: &str) -> String {
    serde_json::json!({"id": id, "title": title, "body": body, "outlet": "aawsat", "date": "2015-07-21T02:51:32", "url": format!("https://example.org/{id}")}).to_string()
}

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
<title>بوتين في بيونغ يانغ | أخبار العالم</title>
<meta property="og:site_name" content="الجزيرة نت">
<meta property="article:published_time" content="2024-06-19T08:00:00Z">
<link rel="canonical" href="https://example.org/news/putin-pyongyang">
<script>var tracker = "تتبع الزوار";</script>
<style>.share { color: red }</style>
</head><body>
<header><nav><a href="/">الرئيسية</a> <a href="/world">العالم</a> <a href="/sport">رياضة</a></nav></header>
<main><article>
<h1>بوتين يصل إلى كوريا الشمالية في أول زيارة منذ 24 عاما</h1>
<div class="share-buttons"><a>شارك على فيسبوك</a><a>غرّد عبر تويتر</a></div>
<p>وصل الرئيس الروسي فلاديمير بوتين يوم الثلاثاء إلى كوريا الشمالية في أول زيارة له منذ 24 عاما، حيث تعهد بتعزيز العلاقات الأمنية والتجارية مع بيونغ يانغ.</p>
<h2>استقبال في المطار</h2>
<p>وأظهرت لقطات بثها الكرملين وصول بوتين إلى مطار في بيونغ يانغ حيث كان في استقباله <b>الزعيم الكوري الشمالي</b> كيم جونغ أون.</p>
<script>document.write("إعلان مدفوع داخل المقال");</script>
<div class="ad-slot">إعلان: اشترك في باقة الأخبار العاجلة بسعر مخفض</div>
<p>وقالت كوريا الشمالية إن الزيارة تظهر أن العلاقات الثنائية “تزداد قوة يوما بعد آخر”.</p>
</article>
<aside class="related"><h3>اقرأ أيضا</h3><p>زيارة سابقة لوزير الخارجية الروسي إلى الصين أثارت تساؤلات واسعة في واشنطن.</p></aside>
<section id="comments"><h3>التعليقات</h3><p>تعليق من قارئ يقول إن الزيارة تاريخية ومهمة للغاية.</p>
<form><textarea>اكتب تعليقك هنا</textarea><button>أرسل</button></form></section>
</main>
<footer><p>جميع الحقوق محفوظة لشبكة الجزيرة الإعلامية 2024.</p></footer>
</body></html>"#;

#[test]
fn each_format_imports_with_its_ids_and_metadata() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(&dir.path().join("visit.txt"), SEED);
    write(
        &dir.path().join("notes.md"),
        SEED.replace("بوتين يصل", "بوتين وصل"),
    );
    write(&dir.path().join("page.html"), PAGE);
    let body = SEED.split_once('\n').expect("headline").1;
    let lines = [
        jsonl_line("snn-0001", "زيارة بوتين إلى بيونغ يانغ", body),
        jsonl_line("snn-0002", "العلاقات الروسية الكورية", body),
    ];
    write(&dir.path().join("feed.jsonl"), lines.join("\n"));
    let mut table = csv::Writer::from_path(dir.path().join("table.csv")).expect("csv");
    table
        .write_record(["ID", "Title", "Text", "Date", "Source", "URL"])
        .expect("row");
    table
        .write_record([
            "row-7",
            "زيارة تاريخية",
            body,
            "2024-06-19",
            "الجزيرة نت",
            "https://example.org/7",
        ])
        .expect("row");
    table.flush().expect("flush");

    let (articles, report) = import(&[dir.path().to_owned()]);
    let ids: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
    // Folder contents in name order; records in file order.
    assert_eq!(
        ids,
        ["snn-0001", "snn-0002", "notes", "page", "row-7", "visit"]
    );
    assert_eq!(report.files_read, 5);
    assert_eq!(report.articles, 6);
    assert!(!report.has_problems(), "{report}");

    let by_id = |id: &str| {
        articles
            .iter()
            .find(|a| a.id.as_str() == id)
            .expect("article")
    };
    let visit = by_id("visit");
    assert_eq!(
        visit.meta.title.as_deref(),
        Some("بوتين يصل إلى كوريا الشمالية في أول زيارة منذ 24 عاما")
    );
    assert_eq!(visit.blocks.len(), 4);

    let record = by_id("snn-0001");
    assert_eq!(
        record.meta.title.as_deref(),
        Some("زيارة بوتين إلى بيونغ يانغ")
    );
    assert_eq!(record.meta.outlet.as_deref(), Some("aawsat"));
    assert_eq!(record.meta.date, Date::new(2015, 7, 21));
    assert!(record.text.contains("كيم جونغ أون"));

    let row = by_id("row-7");
    assert_eq!(row.meta.outlet.as_deref(), Some("الجزيرة نت"));
    assert_eq!(row.meta.url.as_deref(), Some("https://example.org/7"));
    assert_eq!(row.meta.date, Date::new(2024, 6, 19));
}

#[test]
fn html_keeps_the_article_and_its_headings_and_drops_the_page_around_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("putin.html");
    write(&path, PAGE);
    let (articles, report) = import(&[path]);
    assert!(!report.has_problems(), "{report}");
    let [page] = articles.as_slice() else {
        panic!("one article, got {}", articles.len());
    };
    let blocks: Vec<(BlockKind, &str)> = page
        .blocks
        .iter()
        .map(|b| (b.kind, page.block_text(b)))
        .collect();
    assert_eq!(
        blocks.first(),
        Some(&(
            BlockKind::Headline,
            "بوتين يصل إلى كوريا الشمالية في أول زيارة منذ 24 عاما"
        ))
    );
    assert!(blocks.contains(&(BlockKind::Heading, "استقبال في المطار")));
    assert!(
        page.text
            .contains("حيث كان في استقباله الزعيم الكوري الشمالي كيم جونغ أون.")
    );
    assert!(page.text.contains("“تزداد قوة يوما بعد آخر”"));
    for debris in [
        "الرئيسية",
        "تتبع الزوار",
        "شارك على فيسبوك",
        "إعلان مدفوع",
        "باقة الأخبار العاجلة",
        "وزير الخارجية الروسي",
        "تعليق من قارئ",
        "اكتب تعليقك",
        "جميع الحقوق",
        "color: red",
    ] {
        assert!(!page.text.contains(debris), "still holds {debris:?}");
    }
    assert_eq!(page.meta.outlet.as_deref(), Some("الجزيرة نت"));
    assert_eq!(page.meta.date, Date::new(2024, 6, 19));
    assert_eq!(
        page.meta.url.as_deref(),
        Some("https://example.org/news/putin-pyongyang")
    );
}

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let units = bom.then_some(0xFEFF).into_iter().chain(text.encode_utf16());
    for u in units {
        out.extend(if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

#[test]
fn every_encoding_gives_the_same_text_and_the_report_names_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (cp1256, _, unmappable) = WINDOWS_1256.encode(SEED);
    assert!(!unmappable, "the seed is Windows-1256 text");
    let files: Vec<(&str, Vec<u8>, &encoding_rs::Encoding)> = vec![
        ("utf8.txt", SEED.as_bytes().to_vec(), UTF_8),
        (
            "utf8-bom.txt",
            [b"\xEF\xBB\xBF".as_slice(), SEED.as_bytes()].concat(),
            UTF_8,
        ),
        ("utf16le.txt", utf16(SEED, false, true), UTF_16LE),
        ("utf16be.txt", utf16(SEED, true, true), UTF_16BE),
        ("utf16le-nobom.txt", utf16(SEED, false, false), UTF_16LE),
        ("utf16be-nobom.txt", utf16(SEED, true, false), UTF_16BE),
        ("cp1256.txt", cp1256.into_owned(), WINDOWS_1256),
    ];
    for (name, bytes, _) in &files {
        write(&dir.path().join(name), bytes);
    }
    let paths: Vec<PathBuf> = files.iter().map(|(n, _, _)| dir.path().join(n)).collect();
    let (articles, report) = import(&paths);
    assert_eq!(articles.len(), files.len(), "{report}");
    let reference = &articles[0];
    for ((name, _, encoding), article) in files.iter().zip(&articles) {
        assert_eq!(article.text, reference.text, "{name}");
        assert_eq!(article.meta, reference.meta, "{name}");
        let path = dir.path().join(name);
        assert_eq!(report.encoding_of(&path), Some(*encoding), "{name}");
    }
    let summary = report.to_string();
    assert!(summary.contains("cp1256.txt: windows-1256"), "{summary}");
    assert!(summary.contains("UTF-16LE: 2"), "{summary}");
}

#[test]
fn taken_ids_get_a_suffix_and_the_report_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("a")).expect("mkdir");
    std::fs::create_dir(dir.path().join("b")).expect("mkdir");
    write(&dir.path().join("a/visit.txt"), SEED);
    write(&dir.path().join("b/visit.txt"), SEED);
    write(&dir.path().join("b/visit.html"), PAGE);
    let (corpus, report) = import_corpus(&[dir.path().to_owned()]);
    let ids: Vec<&str> = corpus.articles().iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["visit", "visit~2", "visit~3"]);
    assert_eq!(report.renamed.len(), 2);
    assert_eq!(report.renamed[0].to.as_str(), "visit~2");
    assert!(report.to_string().contains("visit → visit~3 ("));
    // The id index finds each one.
    let third = corpus
        .article(&isnad::corpus::ArticleId::new("visit~3"))
        .expect("renamed article");
    assert!(
        third
            .path
            .as_ref()
            .is_some_and(|p| p.ends_with("visit.txt"))
    );
}

#[test]
fn the_cli_takes_the_same_paths_and_shows_record_ids() {
    let dir = tempfile::tempdir().expect("temp dir");
    let body = SEED.split_once('\n').expect("headline").1;
    let feed = dir.path().join("feed.ndjson");
    write(
        &feed,
        [
            jsonl_line("snn-2015-07-21-0000", "زيارة بوتين", body),
            "{not json".to_owned(),
            jsonl_line("snn-2015-07-21-0001", "بلا نص", "  "),
        ]
        .join("\n"),
    );
    let page = dir.path().join("page.htm");
    write(&page, PAGE);
    let bin = env!("CARGO_BIN_EXE_isnad");
    let out = std::process::Command::new(bin)
        .env(
            "ISNAD_CACHE_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/isnad-cache"),
        )
        .arg("articles")
        .args([&feed, &page])
        .output()
        .expect("run isnad");
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    let ids: Vec<String> = stdout
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("json");
            v["id"].as_str().expect("id").to_owned()
        })
        .collect();
    assert_eq!(ids, ["snn-2015-07-21-0000", "page"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("feed.ndjson:2: not a JSON article record"),
        "{stderr}"
    );
    assert!(
        stderr.contains("feed.ndjson:3: the body is empty"),
        "{stderr}"
    );

    let out = std::process::Command::new(bin)
        .env(
            "ISNAD_CACHE_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/isnad-cache"),
        )
        .args(["show", "snn-2015-07-21-0000"])
        .arg(&feed)
        .output()
        .expect("run isnad");
    let shown = String::from_utf8(out.stdout).expect("utf-8");
    assert!(shown.contains("كيم جونغ أون"), "{shown}");
}

#[test]
fn bad_input_is_reported_and_the_rest_imports() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    write(&root.join("good.txt"), SEED);
    write(&root.join("random.txt"), random_bytes(64 * 1024));
    // A 50 MB file on one line, as an article and as a record file.
    let huge_line = "كلمة ".repeat((50 << 20) / "كلمة ".len());
    write(&root.join("huge.txt"), &huge_line);
    write(
        &root.join("huge.jsonl"),
        serde_json::json!({"id": "huge", "body": huge_line}).to_string(),
    );
    // A table without a body column, and one with a row that has none.
    write(
        &root.join("no-body.csv"),
        "id,title,date\n1,عنوان,2024-06-19\n",
    );
    let mut table = csv::Writer::from_path(root.join("partial.csv")).expect("csv");
    table.write_record(["id", "title", "body"]).expect("row");
    table.write_record(["ok", "زيارة", SEED]).expect("row");
    table.write_record(["empty", "فارغ", ""]).expect("row");
    table.flush().expect("flush");
    // A symbolic link back to the folder that holds it.
    std::fs::create_dir(root.join("sub")).expect("mkdir");
    std::os::unix::fs::symlink(root, root.join("sub/loop")).expect("symlink");
    // An empty folder, and a file of another format.
    let empty = root.join("empty");
    std::fs::create_dir(&empty).expect("mkdir");
    write(&root.join("photo.jpg"), random_bytes(100));

    let started = std::time::Instant::now();
    let (articles, report) = import(&[root.to_owned(), empty.clone()]);
    assert!(started.elapsed() < Duration::from_secs(30));
    let ids: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["good", "ok"], "{report}");

    let all = messages(&report);
    let has = |needle: &str| all.iter().any(|m| m.contains(needle));
    assert!(has("random.txt: not text (binary data"), "{all:?}");
    assert!(
        has(&format!(
            "huge.txt: {} bytes is too large for one article",
            huge_line.len()
        )),
        "{all:?}"
    );
    assert!(
        has("no-body.csv: no `body` column (columns: id, title, date)"),
        "{all:?}"
    );
    assert!(has("loop: symbolic link loop back to"), "{all:?}");
    assert!(has("empty: no article files in this folder"), "{all:?}");
    assert!(
        report.skipped.iter().any(
            |s| matches!(s, LoadError::NotArticleFormat { path } if path.ends_with("photo.jpg"))
        )
    );
    let records: Vec<(&str, usize, &RecordProblem)> = report
        .record_errors
        .iter()
        .map(|r| {
            (
                r.path.file_name().and_then(|n| n.to_str()).unwrap_or(""),
                r.line,
                &r.problem,
            )
        })
        .collect();
    assert!(records.iter().any(|(f, line, p)| *f == "huge.jsonl"
        && *line == 1
        && matches!(p, RecordProblem::TooLarge { .. })));
    assert!(
        records.iter().any(|(f, line, p)| *f == "partial.csv"
            && *line == 3
            && **p == RecordProblem::EmptyBody)
    );
    let summary = report.to_string();
    assert!(summary.starts_with("Imported 2 articles from"), "{summary}");
}

#[test]
fn a_folder_without_permission_is_reported_and_the_rest_imports() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    write(&root.join("good.txt"), SEED);
    let locked = root.join("locked");
    std::fs::create_dir(&locked).expect("mkdir");
    write(&locked.join("secret.txt"), SEED);
    std::fs::set_permissions(root, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");

    // Root reads any folder, so as root the import runs in a child process that has dropped
    // to the `nobody` user (util-linux `setpriv`); otherwise permissions apply as they are.
    let bin = env!("CARGO_BIN_EXE_isnad");
    let is_root = std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0);
    let mut command = if is_root {
        let Some(setpriv) = which("setpriv") else {
            eprintln!("skipped: running as root and setpriv is not installed");
            return;
        };
        let mut c = std::process::Command::new(setpriv);
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(bin);
        c
    } else {
        std::process::Command::new(bin)
    };
    let out = command
        .env(
            "ISNAD_CACHE_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/isnad-cache"),
        )
        .arg("articles")
        .arg(root)
        .output()
        .expect("run isnad");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stderr.contains("locked: cannot read"), "{stderr}");
    assert!(stdout.contains("\"id\":\"good\""), "{stdout}");
    assert!(!stdout.contains("secret"), "{stdout}");
    assert_eq!(out.status.code(), Some(2));
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

fn record_file(dir: &Path, n: usize) -> PathBuf {
    let body = SEED.split_once('\n').expect("headline").1;
    let lines: Vec<String> = (0..n)
        .map(|i| jsonl_line(&format!("r{i:05}"), "زيارة بوتين", body))
        .collect();
    let path = dir.join("many.jsonl");
    write(&path, lines.join("\n"));
    path
}

#[test]
fn a_job_sends_articles_in_batches_with_progress_then_finishes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = record_file(dir.path(), 700);
    let wakes = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&wakes);
    let job = ImportJob::start_with_waker(
        vec![path],
        Some(Box::new(move || {
            counter.fetch_add(1, Ordering::Relaxed);
        })),
    )
    .expect("thread");
    let mut batches = Vec::new();
    let mut last_progress = None;
    let report = loop {
        match job.receiver().recv_timeout(Duration::from_mins(1)) {
            Ok(ImportEvent::Articles(batch)) => batches.push(batch.len()),
            Ok(ImportEvent::Progress(p)) => last_progress = Some(p),
            Ok(ImportEvent::Finished(report)) => break report,
            Err(e) => panic!("no event: {e}"),
        }
    };
    job.join();
    assert!(batches.len() >= 3, "{batches:?}");
    assert_eq!(batches.iter().sum::<usize>(), 700);
    assert_eq!(report.articles, 700);
    assert!(!report.cancelled);
    let p = last_progress.expect("progress");
    assert_eq!((p.files_done, p.files_total), (1, 1));
    assert_eq!(p.bytes_done, p.bytes_total);
    assert!(wakes.load(Ordering::Relaxed) > batches.len());
    assert!(job.try_events().is_empty());
}

#[test]
fn cancel_stops_a_job_and_the_report_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = record_file(dir.path(), 3000);
    let job = ImportJob::start(vec![path]).expect("thread");
    let (tx, rx) = mpsc::channel();
    let mut received = 0;
    let report = loop {
        match job.receiver().recv_timeout(Duration::from_mins(1)) {
            Ok(ImportEvent::Articles(batch)) => {
                received += batch.len();
                job.cancel();
                tx.send(()).expect("send");
            }
            Ok(ImportEvent::Progress(_)) => {}
            Ok(ImportEvent::Finished(report)) => break report,
            Err(e) => panic!("no event: {e}"),
        }
    };
    assert!(rx.try_recv().is_ok(), "a batch arrived before the cancel");
    assert!(report.cancelled);
    assert!(received < 3000, "{received}");
    assert_eq!(report.articles, received);
    assert!(report.to_string().starts_with("Cancelled after importing"));
}

/// A JSON Lines file of several megabytes (read line by line, never whole) with a byte-order
/// mark and a broken record in the middle: every other record imports, in order, the broken one
/// is reported at its line, and the report names the file's encoding.
#[test]
fn a_big_record_file_is_read_line_by_line_with_its_bad_record_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let body = SEED.split_once('\n').expect("headline").1;
    let n = 9000;
    let mut lines: Vec<String> = (0..n)
        .map(|i| jsonl_line(&format!("r{i:05}"), "زيارة بوتين", body))
        .collect();
    lines[4499] = r#"{"id": "r04499", "body": "وصل الرئيس"#.to_owned();
    let path = dir.path().join("big.jsonl");
    write(&path, format!("\u{FEFF}{}\n", lines.join("\n")));
    assert!(
        std::fs::metadata(&path).expect("size").len() > 5 << 20,
        "bigger than the files read whole"
    );

    let (articles, report) = import(std::slice::from_ref(&path));
    assert_eq!(articles.len(), n - 1);
    assert_eq!(articles[0].id.as_str(), "r00000");
    assert_eq!(articles[4499].id.as_str(), "r04500");
    assert_eq!(articles[0].meta.title.as_deref(), Some("زيارة بوتين"));
    assert!(articles[0].text.starts_with("وصل الرئيس الروسي"));
    assert_eq!(report.record_errors.len(), 1);
    assert_eq!(report.record_errors[0].line, 4500);
    assert!(matches!(
        report.record_errors[0].problem,
        RecordProblem::Json(_)
    ));
    assert_eq!(report.encodings.len(), 1);
    assert_eq!(report.encodings[0].encoding, UTF_8);
    assert_eq!(
        report.encodings[0].detection,
        isnad::import::Detection::ByteOrderMark
    );
}
