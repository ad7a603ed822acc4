//! The headless commands: the same core as the window, printing to stdout for scripts.

mod codes;
mod export;
mod quotes;
mod search;

use std::path::PathBuf;
use std::sync::Arc;

use clap::{Parser, Subcommand};

pub use export::{ExportArgs, ExportFormat};
pub use quotes::QuotesFormat;
pub use search::{SearchArgs, SortArg, hit_json};

use crate::corpus::{self, BlockKind, Corpus};
use crate::import::{self, ImportReport};
use crate::workspace::{self, Snapshot, Workspace, cache::Cache};

/// Command line of the `isnad` binary.
#[derive(Debug, Parser)]
#[command(
    name = "isnad",
    version,
    about = "Isnad: a research workbench for Arabic news"
)]
pub struct Cli {
    /// Article files or folders to open (default: the bundled sample articles).
    pub paths: Vec<PathBuf>,
    /// A headless command; without one the window opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Read the sources again instead of the processed corpus cached from an earlier run (and
    /// write no cache).
    #[arg(long, global = true)]
    pub no_cache: bool,
}

/// The headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the articles with their inferred metadata, one JSON object per line.
    Articles {
        /// Article files or folders (default: the bundled sample articles).
        paths: Vec<PathBuf>,
    },
    /// Print one article's cleaned text, a block per line (`# ` before headlines, `## ` before headings).
    Show {
        /// The article id (file stem or record id), or a unique prefix of it.
        id: String,
        /// Article files or folders (default: the bundled sample articles).
        paths: Vec<PathBuf>,
    },
    /// Search articles: words, "phrases", -exclusions; Arabic spellings, clitics and typos match.
    Search(SearchArgs),
    /// List who said what: quotations and reported statements with their speakers.
    Quotes {
        /// Article files, folders, or `.jsonl` corpora (default: the bundled sample articles).
        paths: Vec<PathBuf>,
        /// Print JSON Lines (the default).
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print the CSV table of `isnad export` (without its byte order mark).
        #[arg(long)]
        csv: bool,
        /// Also list quote marks that are not speech (names, terms, headlines).
        #[arg(long)]
        all: bool,
    },
    /// Write the quote table to a file (CSV, XLSX, Markdown, JSON or HTML), or the project as
    /// REFI-QDA QDPX, or its codebook as QDC.
    Export(ExportArgs),
    /// List a session's codes with how many codings each has (and with the codes under it).
    Codes {
        /// The session file.
        #[arg(long, value_name = "FILE")]
        session: PathBuf,
        /// Print JSON Lines.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print a CSV table.
        #[arg(long)]
        csv: bool,
    },
    /// The cache of processed corpora (`$ISNAD_CACHE_DIR`, else the user's cache folder).
    Cache {
        /// What to do with it.
        #[command(subcommand)]
        action: CacheAction,
    },
}

/// What `isnad cache` does.
#[derive(Debug, Clone, Copy, Subcommand)]
pub enum CacheAction {
    /// Delete every cached corpus.
    Clear,
    /// Print the cache folder and the size of its entries.
    Info,
}

/// The exit code when every input was read.
pub const EXIT_ALL_READ: i32 = 0;
/// The exit code when some inputs (files, records, a session's sources) were skipped after the
/// rest was done; the skipped ones are listed on stderr. A command that cannot run at all exits
/// with 1 and says why.
pub const EXIT_SKIPPED: i32 = 2;

/// [`EXIT_SKIPPED`] when some input was skipped, else [`EXIT_ALL_READ`].
fn exit_code_of(skipped: bool) -> i32 {
    if skipped { EXIT_SKIPPED } else { EXIT_ALL_READ }
}

/// A corpus loaded for a command, and whether some input was skipped.
#[derive(Debug)]
pub struct Loaded {
    /// The articles read.
    pub corpus: Corpus,
    /// True when a file, a folder or a record was not read (see [`EXIT_SKIPPED`]).
    pub skipped: bool,
}

impl Loaded {
    /// [`EXIT_SKIPPED`] when some input was skipped, else [`EXIT_ALL_READ`].
    pub fn exit_code(&self) -> i32 {
        exit_code_of(self.skipped)
    }
}

/// Loads the given paths through the import (text, Markdown and HTML files, folders of them,
/// JSON Lines and CSV/TSV record files, in any supported encoding), or the bundled articles
/// when there are none. The import's problems go to stderr, one a line, except failures, which
/// [`report_failures`] prints with the corpus.
pub fn load_corpus(paths: &[PathBuf]) -> Loaded {
    if paths.is_empty() {
        return Loaded {
            corpus: corpus::bundled(),
            skipped: false,
        };
    }
    let (corpus, report) = import::import_corpus(paths);
    report_problems(&report);
    Loaded {
        skipped: report.has_problems(),
        corpus,
    }
}

/// A workspace opened for a command, and whether some input was skipped.
#[derive(Debug)]
pub struct Opened {
    /// What was computed from the articles read.
    pub snapshot: Arc<Snapshot>,
    /// True when a file, a folder or a record was not read (see [`EXIT_SKIPPED`]).
    pub skipped: bool,
}

impl Opened {
    /// [`EXIT_SKIPPED`] when some input was skipped, else [`EXIT_ALL_READ`].
    pub fn exit_code(&self) -> i32 {
        exit_code_of(self.skipped)
    }
}

/// Opens the given paths (or the bundled articles when there are none) into a workspace, from
/// the cache of processed corpora when they were opened before and `use_cache` holds; what
/// could not be read and what the cache says go to stderr, one a line.
pub fn open_workspace(paths: &[PathBuf], use_cache: bool) -> Opened {
    if paths.is_empty() {
        let workspace = Workspace::lazy(corpus::bundled());
        return Opened {
            snapshot: workspace.snapshot(),
            skipped: false,
        };
    }
    let cache = if use_cache { Cache::from_env() } else { None };
    let opened = workspace::open(paths, cache.as_ref());
    for line in opened.cache_notes.iter().chain(&opened.problems) {
        eprintln!("isnad: {line}");
    }
    Opened {
        snapshot: opened.workspace.snapshot(),
        skipped: opened.skipped,
    }
}

/// Adds `paths` to the record of paths this machine opened (see [`crate::session::trust`]),
/// which the command line does only when told to read a session's files outside its folder; a
/// record that cannot be written is
/// said on stderr and changes nothing else.
pub fn remember_opened(paths: &[PathBuf]) {
    if let Err(e) = crate::session::OpenedPaths::load().remember(paths) {
        eprintln!("isnad: cannot keep the record of opened files: {e}");
    }
}

/// Prints what an import could not take to stderr, one line each: files not imported (their
/// failures are printed by [`report_failures`] with the corpus), files of other formats,
/// skipped records, renamed ids, and a cancelled import.
pub fn report_problems(report: &ImportReport) {
    for line in report.problem_lines() {
        eprintln!("isnad: {line}");
    }
}

/// Runs a headless command; returns the process exit code.
pub fn run(command: &Command, use_cache: bool) -> anyhow::Result<i32> {
    match command {
        Command::Articles { paths } => {
            let loaded = open_workspace(paths, use_cache);
            let corpus = loaded.snapshot.corpus();
            for a in corpus.articles() {
                let line = serde_json::json!({
                    "id": a.id.as_str(),
                    "title": a.meta.title,
                    "display_title": a.display_title(),
                    "outlet": a.meta.outlet,
                    "date": a.meta.date.map(|d| d.to_string()),
                    "author": a.meta.author,
                    "blocks": a.blocks.len(),
                    "chars": a.text.chars().count(),
                });
                println!("{line}");
            }
            Ok(loaded.exit_code())
        }
        Command::Show { id, paths } => {
            let loaded = open_workspace(paths, use_cache);
            let corpus = loaded.snapshot.corpus();
            // An exact id wins over prefixes (`x` beside `x~2`).
            let matches: Vec<_> = match corpus.article(&corpus::ArticleId::new(id.clone())) {
                Some(exact) => vec![exact],
                None => corpus
                    .articles()
                    .iter()
                    .filter(|a| a.id.as_str().starts_with(id.as_str()))
                    .collect(),
            };
            let [article] = matches.as_slice() else {
                anyhow::bail!(
                    "{} articles match `{id}`; give the id or a unique prefix (see `isnad articles`)",
                    matches.len()
                );
            };
            for block in &article.blocks {
                let prefix = match block.kind {
                    BlockKind::Headline => "# ",
                    BlockKind::Heading => "## ",
                    BlockKind::Paragraph => "",
                };
                println!("{prefix}{}", article.block_text(block));
            }
            Ok(loaded.exit_code())
        }
        Command::Search(args) => Ok(search::run(args, use_cache)),
        Command::Quotes {
            paths,
            json: _,
            csv,
            all,
        } => quotes::run(
            &open_workspace(paths, use_cache),
            if *csv {
                QuotesFormat::Csv
            } else {
                QuotesFormat::Json
            },
            *all,
        ),
        Command::Export(args) => export::run(args),
        Command::Codes { session, json, csv } => codes::run(
            session,
            match (json, csv) {
                (true, _) => codes::CodesFormat::Json,
                (_, true) => codes::CodesFormat::Csv,
                _ => codes::CodesFormat::Text,
            },
        ),
        Command::Cache { action } => cache_command(*action),
    }
}

fn cache_command(action: CacheAction) -> anyhow::Result<i32> {
    let cache = Cache::from_env()
        .ok_or_else(|| anyhow::anyhow!("this system has no cache folder; set ISNAD_CACHE_DIR"))?;
    match action {
        CacheAction::Clear => {
            let n = cache.clear()?;
            eprintln!(
                "isnad: {n} cached corpora deleted from {}",
                cache.dir().display()
            );
        }
        CacheAction::Info => {
            println!("{}\t{} bytes", cache.dir().display(), cache.size_bytes()?);
        }
    }
    Ok(EXIT_ALL_READ)
}

/// Prints load failures to stderr, one per line.
pub fn report_failures(corpus: &Corpus) {
    for f in corpus.failures() {
        eprintln!("isnad: {f}");
    }
}
