//! Property tests of every input parser (plain text, web pages, JSON Lines, CSV, sessions) with
//! generated hostile input: nesting, quote marks of every kind, unterminated quotes, control,
//! bidi and joiner characters, NUL bytes and formula characters. Each input is read in bounded
//! time, without panic, and gives articles no larger than the input, free of invisible format
//! characters, with quotations that fit their text.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use isnad::corpus::{Article, is_invisible_format};
use isnad::export::{self, Format};
use isnad::import::import_corpus;
use isnad::session::{self, Session};
use proptest::prelude::*;

/// Pieces hostile input is made of.
const PIECES: &[&str] = &[
    "قال",
    " وأضاف ",
    "الوزير",
    " محمد العلي",
    "«",
    "»",
    "“",
    "”",
    "\"",
    "'",
    "„",
    "‘",
    "’",
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<b>",
    "<",
    ">",
    "&amp;",
    "{",
    "}",
    "[",
    "]",
    "(",
    ")",
    ",",
    ";",
    ":",
    ".",
    "\n",
    "\r\n",
    "\t",
    "\u{0}",
    "\u{1}",
    "\u{7f}",
    "\u{202E}",
    "\u{2066}",
    "\u{200C}",
    "\u{200D}",
    "\u{FEFF}",
    "\u{FFFD}",
    "=",
    "+",
    "-",
    "@",
    "\\",
    "\\\"",
    "ـ",
    " ",
    "  ",
];

fn hostile() -> impl Strategy<Value = String> {
    prop::collection::vec((0..PIECES.len(), 1..40usize), 0..120).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(i, n)| PIECES[i].repeat(n))
            .collect()
    })
}

/// Generous: a debug build on a busy machine; every input here is a few kilobytes.
const BOUND: Duration = Duration::from_secs(10);

fn check_articles(articles: &[Arc<Article>], input_bytes: usize) -> Result<(), TestCaseError> {
    let total: usize = articles.iter().map(|a| a.text.len()).sum();
    prop_assert!(
        total <= input_bytes * 2 + 64,
        "{total} bytes from {input_bytes}"
    );
    for a in articles {
        prop_assert!(!a.text.chars().any(is_invisible_format));
        prop_assert!(!a.id.as_str().chars().any(is_invisible_format));
        prop_assert!(!a.display_title().chars().any(is_invisible_format));
    }
    let (rows, _) = export::corpus_rows(articles, &Session::default(), true);
    let mut csv = Vec::new();
    export::write_to(&rows, Format::Csv, &mut csv).expect("csv");
    let mut reader = csv::Reader::from_reader(csv.get(3..).unwrap_or_default());
    for record in reader.records() {
        let record = record.expect("the export reads back");
        for cell in &record {
            prop_assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?}"
            );
        }
    }
    Ok(())
}

fn import_file(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), TestCaseError> {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    let started = Instant::now();
    let (corpus, _) = import_corpus(&[path]);
    prop_assert!(started.elapsed() < BOUND, "{:?}", started.elapsed());
    check_articles(corpus.articles(), bytes.len())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn hostile_text_files_import_in_bounded_time(text in hostile()) {
        let dir = tempfile::tempdir().expect("dir");
        import_file(dir.path(), "a.txt", text.as_bytes())?;
    }

    #[test]
    fn hostile_web_pages_import_in_bounded_time(text in hostile(), depth in 0..3000usize) {
        let dir = tempfile::tempdir().expect("dir");
        let page = format!("<html><body>{}{text}</body></html>", "<div>".repeat(depth));
        import_file(dir.path(), "a.html", page.as_bytes())?;
    }

    #[test]
    fn hostile_json_lines_import_in_bounded_time(
        lines in prop::collection::vec((hostile(), hostile(), any::<bool>()), 0..8),
    ) {
        let dir = tempfile::tempdir().expect("dir");
        let text: String = lines
            .iter()
            .map(|(title, body, raw)| {
                if *raw {
                    format!("{body}\n")
                } else {
                    format!("{}\n", serde_json::json!({"id": title, "title": title, "body": body}))
                }
            })
            .collect();
        import_file(dir.path(), "a.jsonl", text.as_bytes())?;
    }

    #[test]
    fn hostile_tables_import_in_bounded_time(body in hostile(), title in hostile()) {
        let dir = tempfile::tempdir().expect("dir");
        let text = format!("id,title,body\n{title},{title},{body}\n2,\"{title}\",\"{body}\n");
        import_file(dir.path(), "a.csv", text.as_bytes())?;
    }

    #[test]
    fn hostile_sessions_are_read_or_refused_in_bounded_time(
        text in hostile(),
        depth in 0..5000usize,
    ) {
        let doc = format!("(version: 1, {}{text}{})", "[".repeat(depth), "]".repeat(depth));
        let started = Instant::now();
        let result = session::from_bytes(doc.as_bytes());
        prop_assert!(started.elapsed() < BOUND);
        if let Err(e) = result {
            prop_assert!(!e.to_string().contains("recursion_limit"), "{e}");
        }
    }
}
