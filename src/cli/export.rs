//! `isnad export`: the quote table written to a file as CSV, XLSX, Markdown, JSON or HTML, or
//! the whole project as a REFI-QDA QDPX project, or its codebook as QDC.

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
    /// Table format, or `qdpx` (the project for other QDA tools) or `qdc` (the codebook);
    /// default: from the extension of OUT.
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    /// The coder's name written into a QDPX project.
    #[arg(long, default_value = "Isnad")]
    pub user: String,
    /// Also export quote marks that are not speech (names, terms, headlines).
    #[arg(long)]
    pub all: bool,
}

/// What `isnad export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// The quote table as CSV.
    Csv,
    /// The quote table as an Excel workbook.
    Xlsx,
    /// The quote table as Markdown.
    #[value(name = "md", alias = "markdown")]
    Markdown,
    /// The quote table as JSON.
    Json,
    /// The quote table as an HTML page.
    Html,
    /// The project (articles, codebook, codings, quotations, notes) as REFI-QDA QDPX.
    Qdpx,
    /// The codebook as REFI-QDA QDC.
    Qdc,
}

impl ExportFormat {
    fn of_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "qdpx" => Some(Self::Qdpx),
            "qdc" => Some(Self::Qdc),
            _ => Format::from_extension(path).map(Self::from),
        }
    }

    fn table(self) -> Option<Format> {
        Some(match self {
            Self::Csv => Format::Csv,
            Self::Xlsx => Format::Xlsx,
            Self::Markdown => Format::Markdown,
            Self::Json => Format::Json,
            Self::Html => Format::Html,
            Self::Qdpx | Self::Qdc => return None,
        })
    }
}

impl From<Format> for ExportFormat {
    fn from(f: Format) -> Self {
        match f {
            Format::Csv => Self::Csv,
            Format::Xlsx => Self::Xlsx,
            Format::Markdown => Self::Markdown,
            Format::Json => Self::Json,
            Format::Html => Self::Html,
        }
    }
}

/// Runs `isnad export`; returns the exit code: 2 when some input was skipped (listed on
/// stderr), 0 when every input was read.
pub fn run(args: &ExportArgs) -> anyhow::Result<i32> {
    let format = match args.format {
        Some(f) => f,
        None => ExportFormat::of_path(&args.output).with_context(|| {
            format!(
                "{}: cannot tell the format from the file name; give --format csv|xlsx|md|json|html|qdpx|qdc",
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
    let out = args.output.display();
    match format.table() {
        Some(table) => {
            export::write(&rows, table, &args.output)?;
            eprintln!("isnad: wrote {} quotations to {out}", rows.len());
        }
        None if format == ExportFormat::Qdc => {
            export::write_file(&args.output, |w| Ok(crate::qda::write_qdc(&session, w)?))?;
            eprintln!("isnad: wrote {} codes to {out}", session.codes.len());
        }
        None => {
            let mut summary = crate::qda::QdpxSummary::default();
            export::write_file(&args.output, |w| {
                summary =
                    crate::qda::write_qdpx(&session, corpus.articles(), &rows, &args.user, w)?;
                Ok(())
            })?;
            eprintln!(
                "isnad: wrote {} articles, {} codes and {} coded segments to {out}",
                summary.sources, summary.codes, summary.selections
            );
            if summary.unplaced > 0 {
                eprintln!(
                    "isnad: {} codings could not be placed and were left out",
                    summary.unplaced
                );
            }
        }
    }
    Ok(loaded.exit_code())
}

/// A session's articles, its problems on stderr. Refuses a session naming files outside its
/// folder that this machine has not opened, unless `allow_outside`.
pub(super) fn load_session(
    path: &Path,
    allow_outside: bool,
) -> anyhow::Result<(super::Loaded, Session)> {
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
