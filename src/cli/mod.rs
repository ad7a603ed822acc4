//! The headless commands: the same core as the window, printing to stdout for scripts.

mod search;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::corpus::{self, Corpus};
pub use search::{SearchArgs, SortArg, hit_json, load_any};

/// Command line of the `isnad` binary.
#[derive(Debug, Parser)]
#[command(name = "isnad", version, about = "Isnad: a research workbench for Arabic news")]
pub struct Cli {
    /// Article files or folders to open (default: the bundled sample articles).
    pub paths: Vec<PathBuf>,
    /// A headless command; without one the window opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the articles with their inferred metadata, one JSON object per line.
    Articles {
        /// Article files or folders (default: the bundled sample articles).
        paths: Vec<PathBuf>,
    },
    /// Search articles: words, "phrases", -exclusions; Arabic spellings, clitics and typos match.
    Search(SearchArgs),
}

/// Loads the given paths, or the bundled articles when there are none.
pub fn load_corpus(paths: &[PathBuf]) -> Corpus {
    if paths.is_empty() { corpus::bundled() } else { corpus::load_files(paths) }
}

/// Runs a headless command; returns the process exit code.
pub fn run(command: &Command) -> anyhow::Result<i32> {
    match command {
        Command::Articles { paths } => {
            let corpus = load_corpus(paths);
            for a in &corpus.articles {
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
            report_failures(&corpus);
            Ok(i32::from(!corpus.failures.is_empty()))
        }
        Command::Search(args) => Ok(search::run(args)),
    }
}

/// Prints load failures to stderr, one per line.
pub fn report_failures(corpus: &Corpus) {
    for f in &corpus.failures {
        eprintln!("isnad: {f}");
    }
}
