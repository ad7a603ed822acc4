//! Codes, codings and REFI-QDA exchange: a session with nested Arabic codes, codings on passages
//! of several articles and on quotations, and a two-paragraph Arabic memo survives the session
//! file and exports to a QDPX project that other tools' readers take with the same codes,
//! segments and text. The readers are Python packages `.ci/run` installs in a virtual
//! environment named by `ISNAD_QDA_PYTHON`; the tests that need them are ignored without it.

use std::io::Cursor;
use std::path::PathBuf;
use std::process::Command;

use isnad::corpus::bundled;
use isnad::export::corpus_rows;
use isnad::qda::{self, code_counts};
use isnad::quotes::QuoteAnchor;
use isnad::session::{self, Anchor, Code, CodeId, Coding, Edit, Session, Target};

const MEMO: &str = "تغطية القمة في الصحف العربية.\n\nالفقرة الثانية: من نقل التصريحات ومن أغفلها.";

/// The bundled articles and a session coding them: «سياسة ▸ دبلوماسية», «سياسة ▸ عسكرية» and
/// «اقتصاد», the first words of three articles, two quotations, and the memo.
fn coded() -> (
    isnad::corpus::Corpus,
    Session,
    Vec<isnad::export::ExportRow>,
) {
    let corpus = bundled();
    let mut s = Session::default();
    let add = |s: &mut Session, name: &str, parent: Option<u64>| {
        let code = Code {
            parent: parent.map(CodeId),
            description: if parent.is_none() {
                MEMO.to_owned()
            } else {
                String::new()
            },
            ..Code::new(name)
        };
        Edit::AddCode(code).apply(s).expect("adds");
        s.codes.last().expect("added").id.0
    };
    let politics = add(&mut s, "سياسة", None);
    let diplomacy = add(&mut s, "دبلوماسية", Some(politics));
    let military = add(&mut s, "عسكرية", Some(politics));
    let economy = add(&mut s, "اقتصاد", None);
    for (article, code) in corpus
        .articles()
        .iter()
        .take(3)
        .zip([diplomacy, military, economy])
    {
        let end = article
            .text
            .char_indices()
            .nth(40)
            .map_or(article.text.len(), |(i, _)| i);
        let anchor = Anchor {
            article: article.id.clone(),
            bytes: 0..end,
            text: article.text[..end].to_owned(),
        };
        let coding = Coding::new(CodeId(code), Target::Passage(anchor));
        Edit::AddCoding(coding).apply(&mut s).expect("codes");
    }
    let (quotes, _) = corpus_rows(corpus.articles(), &s, false);
    for q in quotes.iter().take(2) {
        let article = corpus
            .articles()
            .iter()
            .find(|a| a.id.as_str() == q.article_id)
            .expect("article");
        let anchor = QuoteAnchor {
            article: article.id.clone(),
            bytes: q.start_byte..q.end_byte,
            text: article.text[q.start_byte..q.end_byte].to_owned(),
        };
        Edit::AddCoding(Coding::new(CodeId(diplomacy), Target::Quote(anchor)))
            .apply(&mut s)
            .expect("codes");
    }
    Edit::SetProjectMemo(MEMO.to_owned())
        .apply(&mut s)
        .expect("memo");
    (corpus, s, quotes)
}

fn export(dir: &std::path::Path) -> PathBuf {
    let (corpus, s, quotes) = coded();
    let mut bytes = Cursor::new(Vec::new());
    let summary =
        qda::write_qdpx(&s, corpus.articles(), &quotes, "analyst", &mut bytes).expect("writes");
    assert_eq!(summary.unplaced, 0);
    let path = dir.join("coded.qdpx");
    std::fs::write(&path, bytes.into_inner()).expect("write");
    path
}

#[test]
fn the_codebook_codings_and_memo_survive_the_session_file() {
    let (_, s, _) = coded();
    let back = session::from_ron(&session::to_ron(&s)).expect("reads");
    assert_eq!(back, s);
    assert_eq!(back.code_path(CodeId(2)), "سياسة ▸ دبلوماسية");
    assert!(back.project_memo.contains("\n\n"), "two paragraphs");
}

#[test]
fn counts_and_segments_follow_the_codings() {
    let (corpus, s, quotes) = coded();
    let counts = code_counts(&s);
    let paths: Vec<&str> = counts.iter().map(|c| c.path.as_str()).collect();
    assert_eq!(
        paths,
        ["سياسة", "سياسة ▸ دبلوماسية", "سياسة ▸ عسكرية", "اقتصاد"]
    );
    assert_eq!((counts[0].codings, counts[0].with_children), (0, 4));
    assert_eq!(counts[1].codings, 3);
    let segments = qda::segments(&s, corpus.articles(), &quotes);
    assert_eq!(segments.len(), 5);
    let of_quotes: Vec<&qda::Segment> = segments.iter().filter(|g| !g.speaker.is_empty()).collect();
    assert_eq!(
        of_quotes.len(),
        2,
        "the two coded quotations name their speakers"
    );
    for g in &segments {
        assert!(
            g.context.contains(g.text.trim()),
            "{} in {}",
            g.text,
            g.context
        );
    }
}

#[test]
fn positions_in_the_qdpx_count_characters_of_the_source_files() {
    let dir = tempfile::tempdir().expect("dir");
    let path = export(dir.path());
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).expect("open")).expect("zip");
    let qde = std::io::read_to_string(zip.by_name("project.qde").expect("qde")).expect("text");
    assert!(qde.contains("name=\"دبلوماسية\"") && qde.contains("color=\"#4A7BB7\""));
    assert!(qde.contains("name=\"Quotations\""));
    let sources = (0..zip.len())
        .filter(|&i| {
            zip.by_index(i)
                .is_ok_and(|f| f.name().is_ok_and(|n| n.starts_with("sources/")))
        })
        .count();
    assert_eq!(sources, bundled().articles().len());
}

fn python() -> PathBuf {
    PathBuf::from(std::env::var_os("ISNAD_QDA_PYTHON").expect("ISNAD_QDA_PYTHON (.ci/run sets it)"))
}

fn read(args: &[&str]) -> serde_json::Value {
    let out = Command::new(python())
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/qda/read_qdpx.py"
        ))
        .args(args)
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

#[test]
#[ignore = "needs ISNAD_QDA_PYTHON (.ci/run sets it)"]
fn the_qdpx_validates_against_the_refi_qda_schema() {
    let dir = tempfile::tempdir().expect("dir");
    let path = export(dir.path());
    let seen = read(&["validate", path.to_str().expect("utf-8")]);
    assert_eq!(seen["valid"], true);
}

#[test]
#[ignore = "needs ISNAD_QDA_PYTHON (.ci/run sets it)"]
fn pyrefiqda_reads_the_same_codes_segments_and_text() {
    let dir = tempfile::tempdir().expect("dir");
    let path = export(dir.path());
    let (corpus, s, quotes) = coded();
    let seen = read(&["pyrefiqda", path.to_str().expect("utf-8")]);
    let codes: Vec<String> = seen["codes"]
        .as_array()
        .expect("codes")
        .iter()
        .map(|p| {
            p.as_array()
                .expect("path")
                .iter()
                .map(|n| n.as_str().unwrap_or(""))
                .collect::<Vec<_>>()
                .join(" ▸ ")
        })
        .collect();
    for id in [2, 3, 4] {
        assert!(codes.contains(&s.code_path(CodeId(id))), "{codes:?}");
    }
    for article in corpus.articles() {
        assert_eq!(
            seen["sources"][article.id.as_str()],
            article.text.as_str(),
            "same text"
        );
    }
    let ours = qda::segments(&s, corpus.articles(), &quotes);
    let theirs = seen["segments"].as_array().expect("segments");
    for g in &ours {
        let found = theirs.iter().any(|t| {
            t["source"] == g.article.as_str()
                && t["text"] == g.text.as_str()
                && t["code"].as_array().map(|p| {
                    p.iter()
                        .map(|n| n.as_str().unwrap_or(""))
                        .collect::<Vec<_>>()
                        .join(" ▸ ")
                }) == Some(g.code_path.clone())
        });
        assert!(
            found,
            "segment «{}» of {} as {}",
            g.text, g.article, g.code_path
        );
    }
    let under_quotations = theirs
        .iter()
        .filter(|t| t["code"][0] == "Quotations")
        .count();
    assert_eq!(
        under_quotations,
        quotes.len(),
        "every quotation under Quotations ▸ speaker"
    );
    assert!(
        seen["notes"]
            .as_array()
            .expect("notes")
            .iter()
            .any(|n| n == MEMO)
    );
}

#[test]
#[ignore = "needs ISNAD_QDA_PYTHON (.ci/run sets it)"]
fn qualitative_coding_imports_the_project() {
    let dir = tempfile::tempdir().expect("dir");
    let path = export(dir.path());
    let into = tempfile::tempdir().expect("dir");
    let seen = read(&[
        "qc",
        path.to_str().expect("utf-8"),
        into.path().to_str().expect("utf-8"),
    ]);
    let codebook = seen["codebook"].to_string();
    for name in ["سياسة", "دبلوماسية", "عسكرية", "اقتصاد", "Quotations"] {
        assert!(codebook.contains(name), "{name} in {codebook}");
    }
    let texts: Vec<&str> = seen["corpus"]
        .as_object()
        .expect("corpus")
        .values()
        .filter_map(|v| v.as_str())
        .collect();
    for article in bundled().articles() {
        assert!(
            texts.contains(&article.text.as_str()),
            "{} imported whole",
            article.id.as_str()
        );
    }
}

#[test]
fn the_command_line_exports_qdpx_and_qdc_and_lists_the_codes() {
    let (_, s, _) = coded();
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("coded.isnad");
    session::save(&file, &s).expect("saves");
    let bin = env!("CARGO_BIN_EXE_isnad");
    for (name, format) in [("project.qdpx", None), ("book.xml", Some("qdc"))] {
        let out = dir.path().join(name);
        let mut cmd = Command::new(bin);
        cmd.args(["export", "--session"])
            .arg(&file)
            .arg("-o")
            .arg(&out);
        if let Some(f) = format {
            cmd.args(["--format", f]);
        }
        let run = cmd.output().expect("runs");
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        assert!(std::fs::metadata(&out).expect("written").len() > 100);
    }
    let qdc = std::fs::read_to_string(dir.path().join("book.xml")).expect("qdc");
    assert!(qdc.contains("urn:QDA-XML:codebook:1.0") && qdc.contains("name=\"عسكرية\""));
    let run = Command::new(bin)
        .args(["codes", "--csv", "--session"])
        .arg(&file)
        .output()
        .expect("runs");
    let csv = String::from_utf8(run.stdout).expect("utf-8");
    assert!(csv.contains("سياسة ▸ دبلوماسية,#4A7BB7,3,3"), "{csv}");
}

fn archive(entries: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write as _;
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (name, bytes) in entries {
        zip.start_file(*name, options).expect("entry");
        zip.write_all(bytes).expect("bytes");
    }
    zip.finish().expect("zip").into_inner()
}

#[test]
fn an_exported_project_imports_with_its_codebook_and_codings() {
    let (corpus, s, quotes) = coded();
    let mut bytes = Cursor::new(Vec::new());
    qda::write_qdpx(&s, corpus.articles(), &quotes, "analyst", &mut bytes).expect("writes");
    let back = qda::import::import_qdpx_bytes(bytes.into_inner()).expect("reads");
    assert_eq!(back.articles.len(), corpus.articles().len());
    assert!(back.skipped.is_empty(), "{:?}", back.skipped);
    let paths: Vec<String> = back
        .session
        .codes
        .iter()
        .map(|c| back.session.code_path(c.id))
        .collect();
    assert!(paths.contains(&"سياسة ▸ دبلوماسية".to_owned()), "{paths:?}");
    assert_eq!(back.session.codings.len(), 5 + quotes.len());
    let segments = qda::segments(&back.session, &back.articles, &[]);
    // Articles are cleaned again when imported; a passage the cleaning moves by more than
    // spacing is not placed (about one in ten of the bundled set's quotations today).
    assert!(
        segments.len() * 10 >= back.session.codings.len() * 8,
        "{} of {} codings placed again",
        segments.len(),
        back.session.codings.len()
    );
    let first = corpus.articles()[0]
        .text
        .chars()
        .take(40)
        .collect::<String>();
    assert!(
        segments.iter().any(|g| g.text == first.trim()),
        "the same text"
    );
}

#[test]
fn hostile_archives_are_clear_errors_never_panics() {
    let big = vec![b'a'; (qda::import::MAX_ENTRY_BYTES + 1) as usize];
    let bomb = archive(&[("project.qde", &big)]);
    let err = qda::import::import_qdpx_bytes(bomb).expect_err("too large");
    assert!(err.to_string().contains("larger than"), "{err}");
    let broken = archive(&[("project.qde", b"<Project><CodeBook><Codes><Code name='x'")]);
    assert!(qda::import::import_qdpx_bytes(broken).is_err());
    let latin = archive(&[("project.qde", b"<Project name='\xe9'/>")]);
    let err = qda::import::import_qdpx_bytes(latin).expect_err("not utf-8");
    assert!(err.to_string().contains("UTF-8"), "{err}");
    assert!(qda::import::import_qdpx_bytes(b"not a zip".to_vec()).is_err());
    let escape = archive(&[
        ("project.qde", b"<Project name='p'><Sources><TextSource guid='1' name='s' plainTextPath='internal://../../etc/passwd'/><PDFSource guid='2' name='scan'/></Sources></Project>"),
    ]);
    let read = qda::import::import_qdpx_bytes(escape).expect("reads the rest");
    assert!(read.articles.is_empty());
    assert_eq!(read.skipped.len(), 2, "{:?}", read.skipped);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.contains("outside the archive"))
    );
}

#[test]
fn a_qdc_codebook_joins_the_sessions_codebook_once() {
    let (_, mut s, _) = coded();
    let mut qdc = Vec::new();
    qda::write_qdc(&s, &mut qdc).expect("writes");
    let before = s.codes.len();
    let xml = String::from_utf8(qdc).expect("utf-8");
    assert_eq!(
        qda::import::join_qdc(&mut s, &xml).expect("joins"),
        0,
        "all there already"
    );
    let other = xml.replace("عسكرية", "أمنية");
    assert_eq!(qda::import::join_qdc(&mut s, &other).expect("joins"), 1);
    assert_eq!(s.codes.len(), before + 1);
    assert!(s.codes.iter().any(|c| s.code_path(c.id) == "سياسة ▸ أمنية"));
}

/// The sample projects the qualitative-coding package ships.
fn sample(name: &str) -> PathBuf {
    let out = Command::new(python())
        .args([
            "-c",
            "import importlib.resources as r, sys; print(r.files('qualitative_coding').joinpath(sys.argv[1]))",
            name,
        ])
        .output()
        .expect("python runs");
    let path = String::from_utf8(out.stdout).expect("utf-8");
    PathBuf::from(path.trim())
}

#[test]
#[ignore = "needs ISNAD_QDA_PYTHON (.ci/run sets it)"]
fn the_demo_and_nvivo_projects_open_with_their_sources_and_codings() {
    let demo = qda::import::import_qdpx(&sample("demo.qdpx")).expect("demo opens");
    assert_eq!(demo.articles.len(), 2, "{:?}", demo.skipped);
    assert!(!demo.session.codes.is_empty() && !demo.session.codings.is_empty());
    let placed = qda::segments(&demo.session, &demo.articles, &[]).len();
    assert!(
        placed * 10 >= demo.session.codings.len() * 9,
        "{placed} of {} placed",
        demo.session.codings.len()
    );
    let nvivo = qda::import::import_qdpx(&sample("refi_qda/nvivo_project.qdpx")).expect("opens");
    assert!(!nvivo.session.codes.is_empty());
    assert_eq!(
        nvivo.articles.len() + nvivo.skipped.len(),
        2,
        "{:?}",
        nvivo.skipped
    );
}
