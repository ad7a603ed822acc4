//! `isnad export`: the quote table written to a file as CSV, XLSX, Markdown, JSON or HTML.

use std::path::PathBuf;

use anyhow::Context as _;

use crate::export::{self, Format};
use crate::session::Session;

/// Arguments of `isnad export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Article files, folders, or `.jsonl` corpora (default: the bundled sample articles).
    #[arg(conflicts_with = "session")]
    pub paths: Vec<PathBuf>,
    /// A saved research session: its articles, with its corrections, tags, notes and
    /// metadata edits.
    #[arg(long, value_name = "FILE")]
    pub session: Option<PathBuf>,
    /// The file to write; its folder must exist. An existing file is replaced.
    #[arg(short, long, value_name = "OUT")]
    pub output: PathBuf,
    /// Table format (default: from the extension of OUT).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Also export quote marks that are not speech (names, terms, headlines).
    #[arg(long)]
    pub all: bool,
}

/// Runs `isnad export`; returns the exit code (1 when some articles failed to load).
pub fn run(args: &ExportArgs) -> anyhow::Result<i32> {
    let format = match args.format {
        Some(f) => f,
        None => Format::from_extension(&args.output).with_context(|| {
            format!(
                "{}: cannot tell the format from the file name; give --format csv|xlsx|md|json|html",
                args.output.display()
            )
        })?,
    };
    let (corpus, session) = match &args.session {
        Some(path) => {
            let session = crate::session::load(path)?;
            let (corpus, problems) = crate::session::load_session_corpus(&session);
            for p in &problems {
                eprintln!("isnad: {p}");
            }
            let placement = session.place_anchors(corpus.articles());
            if let Some(summary) = placement.summary() {
                eprintln!("isnad: {summary}");
            }
            (corpus, session)
        }
        None => (super::load_corpus(&args.paths), Session::default()),
    };
    super::report_failures(&corpus);
    let (rows, report) = export::corpus_rows(corpus.articles(), &session, args.all);
    for (index, error) in &report.failed {
        eprintln!("isnad: correction {}: {error}", index + 1);
    }
    export::write(&rows, format, &args.output)?;
    eprintln!(
        "isnad: wrote {} quotations to {}",
        rows.len(),
        args.output.display()
    );
    Ok(i32::from(!corpus.failures().is_empty()))
}
