//! Hostile files and export targets (issue 15): FIFOs, sockets, links and files far beyond any
//! limit in a temporary folder. Nothing hangs, nothing is read without limit, and nothing but a
//! regular file is ever replaced.
#![cfg(unix)]

use std::fs;
use std::os::unix::fs::{FileTypeExt as _, PermissionsExt as _, symlink};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::mpsc;
use std::time::Duration;

use isnad::corpus::{self, LoadError};
use isnad::export::{self, ExportError, Format};
use isnad::files::FileKind;
use isnad::import::{ImportReport, import_paths};
use isnad::session::{self, Session, SessionError, Source};

const ARTICLE: &str = "قال وزير الخارجية إن «المحادثات كانت مثمرة» في ختام الاجتماع.\n";

fn mkfifo(path: &Path) {
    rustix::fs::mknodat(
        rustix::fs::CWD,
        path,
        rustix::fs::FileType::Fifo,
        rustix::fs::Mode::from_raw_mode(0o600),
        0,
    )
    .expect("mkfifo");
}

/// Imports on another thread and fails the test if that takes more than 20 s (a hang).
fn import_within_time(paths: Vec<PathBuf>) -> (Vec<String>, ImportReport) {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let (articles, report) = import_paths(&paths, &AtomicBool::new(false), &mut |_| {});
        let ids = articles.iter().map(|a| a.id.as_str().to_owned()).collect();
        let _ = tx.send((ids, report));
    });
    rx.recv_timeout(Duration::from_secs(20))
        .expect("the import ended instead of hanging")
}

fn not_regular(report: &ImportReport, name: &str) -> Option<FileKind> {
    report.skipped.iter().find_map(|s| match s {
        LoadError::NotRegular { path, kind } if path.ends_with(name) => Some(*kind),
        _ => None,
    })
}

fn rows() -> Vec<export::ExportRow> {
    export::corpus_rows(
        &corpus::bundled().into_articles(),
        &Session::default(),
        false,
    )
    .0
}

#[test]
fn a_fifo_in_an_imported_folder_is_skipped_and_the_files_beside_it_import() {
    let dir = tempfile::tempdir().expect("dir");
    fs::write(dir.path().join("good.txt"), ARTICLE).expect("good");
    mkfifo(&dir.path().join("pipe.txt"));
    let (ids, report) = import_within_time(vec![dir.path().to_path_buf()]);
    assert_eq!(ids, ["good"]);
    assert_eq!(not_regular(&report, "pipe.txt"), Some(FileKind::Fifo));
    assert!(report.has_problems());
}

#[test]
fn a_fifo_given_by_name_and_a_link_to_one_are_skipped() {
    let dir = tempfile::tempdir().expect("dir");
    let fifo = dir.path().join("pipe.jsonl");
    mkfifo(&fifo);
    let link = dir.path().join("link.csv");
    symlink(&fifo, &link).expect("link");
    let (ids, report) = import_within_time(vec![fifo, link]);
    assert!(ids.is_empty());
    assert_eq!(not_regular(&report, "pipe.jsonl"), Some(FileKind::Fifo));
    assert_eq!(not_regular(&report, "link.csv"), Some(FileKind::Fifo));
}

#[test]
fn a_socket_in_an_imported_folder_is_skipped() {
    let dir = tempfile::tempdir().expect("dir");
    fs::write(dir.path().join("good.txt"), ARTICLE).expect("good");
    let _listener =
        std::os::unix::net::UnixListener::bind(dir.path().join("s.txt")).expect("socket");
    let (ids, report) = import_within_time(vec![dir.path().to_path_buf()]);
    assert_eq!(ids, ["good"]);
    assert_eq!(not_regular(&report, "s.txt"), Some(FileKind::Socket));
}

#[test]
fn a_link_named_txt_to_a_huge_file_is_refused_by_the_size_of_what_it_names() {
    // The link's own size is a few bytes; the file it names is 8 GiB (sparse: no disk used).
    let dir = tempfile::tempdir().expect("dir");
    let huge = dir.path().join("huge.bin");
    fs::File::create(&huge)
        .and_then(|f| f.set_len(8 << 30))
        .expect("sparse file");
    let link = dir.path().join("z.txt");
    symlink(&huge, &link).expect("link");
    let (ids, report) = import_within_time(vec![link]);
    assert!(ids.is_empty());
    assert!(
        report.skipped.iter().any(|s| matches!(
            s,
            LoadError::TooLarge { size_bytes, .. } if *size_bytes == 8 << 30
        )),
        "{:?}",
        report.skipped
    );
}

#[test]
fn a_table_of_nul_bytes_is_refused_by_its_first_bytes() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("zeros.csv");
    fs::write(&path, vec![0u8; 8 << 20]).expect("zeros");
    let (_, report) = import_within_time(vec![path]);
    assert!(
        report
            .skipped
            .iter()
            .any(|s| matches!(s, LoadError::NotText { .. })),
        "{:?}",
        report.skipped
    );
}

#[test]
fn a_session_source_is_hashed_a_block_at_a_time_and_a_fifo_source_is_reported() {
    let dir = tempfile::tempdir().expect("dir");
    let big = dir.path().join("big.txt");
    fs::File::create(&big)
        .and_then(|f| f.set_len(64 << 20))
        .expect("sparse file");
    let Source::File { sha256, .. } = Source::file(&big).expect("hashed") else {
        panic!("a file source");
    };
    assert_eq!(sha256.len(), 64);

    let fifo = dir.path().join("pipe.txt");
    mkfifo(&fifo);
    let s = Session {
        sources: vec![
            Source::File {
                path: fifo,
                sha256: sha256.clone(),
            },
            Source::Bundled,
        ],
        ..Session::default()
    };
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let (corpus, problems) = session::load_session_corpus(&s);
        let _ = tx.send((corpus.articles().len(), problems.len()));
    });
    let (articles, problems) = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("the session opened instead of hanging");
    assert_eq!(articles, corpus::BUNDLED.len());
    assert_eq!(problems, 1);
}

#[test]
fn export_to_a_symlink_writes_the_file_it_names_and_keeps_the_link() {
    let dir = tempfile::tempdir().expect("dir");
    let real = dir.path().join("real.csv");
    fs::write(&real, "old").expect("old");
    let link = dir.path().join("link.csv");
    symlink("real.csv", &link).expect("link");
    export::write(&rows(), Format::Csv, &link).expect("written");
    assert!(
        fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert!(fs::read_to_string(&real).expect("real").contains("Speaker"));
}

#[test]
fn export_to_a_fifo_is_refused_and_the_fifo_stays() {
    let dir = tempfile::tempdir().expect("dir");
    let fifo = dir.path().join("out.csv");
    mkfifo(&fifo);
    let err = export::write(&rows(), Format::Csv, &fifo).expect_err("refused");
    assert!(matches!(err, ExportError::Target { .. }), "{err}");
    assert!(err.to_string().contains("named pipe"), "{err}");
    assert!(
        fs::symlink_metadata(&fifo)
            .expect("fifo")
            .file_type()
            .is_fifo()
    );
}

#[test]
fn export_through_a_link_to_a_socket_is_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let socket = dir.path().join("s");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).expect("socket");
    let link = dir.path().join("out.json");
    symlink(&socket, &link).expect("link");
    let err = export::write(&rows(), Format::Json, &link).expect_err("refused");
    assert!(err.to_string().contains("socket"), "{err}");
}

#[test]
fn export_over_a_0600_file_keeps_it_0600() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("private.xlsx");
    fs::write(&path, "old").expect("old");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("chmod");
    export::write(&rows(), Format::Xlsx, &path).expect("written");
    let mode = fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn saving_a_session_over_a_fifo_is_refused_without_blocking() {
    let dir = tempfile::tempdir().expect("dir");
    let fifo = dir.path().join("work.isnad");
    mkfifo(&fifo);
    let err = session::save(&fifo, &Session::default()).expect_err("refused");
    assert!(matches!(err, SessionError::Target { .. }), "{err}");
    let err = session::load(&fifo).expect_err("not read");
    assert!(err.to_string().contains("named pipe"), "{err}");
}

#[test]
fn sources_inside_the_session_folder_are_saved_relative_to_it() {
    let dir = tempfile::tempdir().expect("dir");
    let article = dir.path().join("articles").join("a.txt");
    fs::create_dir(dir.path().join("articles")).expect("folder");
    fs::write(&article, ARTICLE).expect("article");
    let s = Session {
        sources: vec![Source::file(&article).expect("source")],
        ..Session::default()
    };
    let path = dir.path().join("work.isnad");
    session::save(&path, &s).expect("saved");
    let text = fs::read_to_string(&path).expect("text");
    assert!(text.contains("\"articles/a.txt\""), "{text}");
    assert!(!text.contains(&*dir.path().to_string_lossy()), "{text}");
    // The folder moves whole; the session still finds its article.
    let moved = tempfile::tempdir().expect("moved");
    let to = moved.path().join("work");
    fs::rename(dir.path(), &to).expect("move");
    let loaded = session::load(&to.join("work.isnad")).expect("loads");
    assert!(session::check_sources(&loaded).is_empty());
    fs::rename(&to, dir.path()).expect("move back");
}

/// Runs `isnad export --session` with its own record of opened paths.
fn export_session(data: &Path, session: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_isnad"))
        .env(
            "ISNAD_CACHE_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/isnad-cache"),
        )
        .env("ISNAD_DATA_DIR", data)
        .arg("export")
        .arg("--session")
        .arg(session)
        .arg("-o")
        .arg(out)
        .args(extra)
        .output()
        .expect("isnad runs")
}

#[test]
fn a_session_from_someone_else_does_not_decide_alone_which_local_files_are_read() {
    let home = tempfile::tempdir().expect("dir");
    let secret = home.path().join("secret.txt");
    fs::write(&secret, ARTICLE).expect("secret");
    let shared = home.path().join("received");
    fs::create_dir(&shared).expect("received");
    let s = Session {
        sources: vec![Source::file(&secret).expect("source")],
        ..Session::default()
    };
    let path = shared.join("work.isnad");
    session::save(&path, &s).expect("saved");
    let data = home.path().join("data");
    let out = home.path().join("out.csv");

    let refused = export_session(&data, &path, &out, &[]);
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("secret.txt") && stderr.contains("--allow-outside"),
        "{stderr}"
    );
    assert!(!out.exists());

    let allowed = export_session(&data, &path, &out, &["--allow-outside"]);
    assert!(
        allowed.status.success(),
        "{}",
        String::from_utf8_lossy(&allowed.stderr)
    );
    assert!(
        fs::read_to_string(&out)
            .expect("out")
            .contains("المحادثات كانت مثمرة")
    );
    // Opened once with consent, the file is known to this machine from then on.
    let again = export_session(&data, &path, &out, &[]);
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
}

#[test]
fn export_with_a_session_prints_its_import_problems_and_exits_2() {
    let dir = tempfile::tempdir().expect("dir");
    let folder = dir.path().join("articles");
    fs::create_dir(&folder).expect("folder");
    fs::write(folder.join("good.txt"), ARTICLE).expect("good");
    let table = folder.join("t.csv");
    fs::write(&table, "id,body\n1,\n").expect("table");
    let s = Session {
        sources: vec![
            Source::file(&folder.join("good.txt")).expect("good"),
            Source::file(&table).expect("table"),
        ],
        ..Session::default()
    };
    let path = dir.path().join("work.isnad");
    session::save(&path, &s).expect("saved");
    let out = export_session(
        &dir.path().join("data"),
        &path,
        &dir.path().join("o.csv"),
        &[],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("t.csv:2: the body is empty"), "{stderr}");
}

#[test]
fn skipped_inputs_exit_2_after_the_rest_is_done_and_are_listed() {
    let dir = tempfile::tempdir().expect("dir");
    fs::write(dir.path().join("good.txt"), ARTICLE).expect("good");
    mkfifo(&dir.path().join("pipe.txt"));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_isnad"))
        .env(
            "ISNAD_CACHE_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/isnad-cache"),
        )
        .env("ISNAD_DATA_DIR", dir.path().join("data"))
        .arg("articles")
        .arg(dir.path())
        .output()
        .expect("isnad runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("pipe.txt: a named pipe (FIFO)"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"id\":\"good\""));
    let clean = std::process::Command::new(env!("CARGO_BIN_EXE_isnad"))
        .env(
            "ISNAD_CACHE_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/isnad-cache"),
        )
        .env("ISNAD_DATA_DIR", dir.path().join("data"))
        .arg("articles")
        .arg(dir.path().join("good.txt"))
        .output()
        .expect("isnad runs");
    assert_eq!(clean.status.code(), Some(0));
}

#[test]
fn bidi_controls_in_a_sessions_notes_and_tags_are_removed_when_it_is_read() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("work.isnad");
    fs::write(
        &path,
        "(version: 1, notes: [(target: Article(\"a\"), text: \"ملاحظة\u{202E}txt\")], \
         saved_searches: [(query: \"\u{2066}بوتين\", label: \"\u{200F}\")])",
    )
    .expect("session");
    let s = session::load(&path).expect("loads");
    assert_eq!(s.notes[0].text, "ملاحظةtxt");
    assert_eq!(s.saved_searches[0].query, "بوتين");
}
