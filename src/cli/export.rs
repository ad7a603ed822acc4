//! `isnad export`: the quote table written to a file as CSV, XLSX, Markdown, JSON or HTML.

use std::path::{Path, PathBuf};

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
    /// Read the session's files that lie outside the session's folder and that this machine has
    /// not opened before (without it, such a session is refused and the files are listed).
    #[arg(long, requires = "session")]
    pub allow_outside: bool,
    /// The file to write; its folder must exist. An existing regular file is replaced (through
    /// a symbolic link, the file it names), keeping its permissions; anything else is refused.
    #[arg(short, long, value_name = "OUT")]
    pub output: PathBuf,
    /// Table format (default: from the extension of OUT).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Also export quote marks that are not speech (names, terms, headlines).
    #[arg(long)]
    pub all: bool,
}

/// Runs `isnad export`; returns the exit code: 2 when some input was skipped (listed on
/// stderr), 0 when every input was read.
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
    let (loaded, session) = match &args.session {
        Some(path) => load_session(path, args.allow_outside)?,
        None => (super::load_corpus(&args.paths), Session::default()),
    };
    let corpus = &loaded.corpus;
    super::report_failures(corpus);
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
    Ok(loaded.exit_code())
}

/// A session's articles, its problems on stderr. Refuses a session naming files outside its
/// folder that this machine has not opened, unless `allow_outside`.
fn load_session(path: &Path, allow_outside: bool) -> anyhow::Result<(super::Loaded, Session)> {
    let session = crate::session::load(path)?;
    let outside =
        crate::session::sources_to_confirm(&session, path, &crate::session::OpenedPaths::load());
    if !outside.is_empty() {
        if !allow_outside {
            let list: Vec<String> = outside
                .iter()
                .map(|p| format!("  {}", p.display()))
                .collect();
            anyhow::bail!(
                "{}: the session reads files outside its folder that were never opened here:\n{}\n\
                 give --allow-outside to read them",
                path.display(),
                list.join("\n")
            );
        }
        super::remember_opened(&outside);
    }
    let (corpus, problems, import) = crate::session::load_session_corpus_with_report(&session);
    super::report_problems(&import);
    for p in &problems {
        eprintln!("isnad: {p}");
    }
    let placement = session.place_anchors(corpus.articles());
    if let Some(summary) = placement.summary() {
        eprintln!("isnad: {summary}");
    }
    let skipped = import.has_problems()
        || problems
            .iter()
            .any(|p| !matches!(p, crate::session::SourceProblem::Changed { .. }));
    Ok((super::Loaded { corpus, skipped }, session))
}
