//! Importing the analyst's own collection: files and folders of plain text, Markdown, web pages,
//! JSON Lines and CSV/TSV tables, in UTF-8, UTF-16 or legacy encodings such as Windows-1256;
//! cleaned like the bundled articles, with a report of what was read, skipped and why.
//!
//! - [`walk`]: which files are imported; folders, links, hidden files.
//! - [`encoding`]: bytes to text, and telling text from binary data.
//! - [`html`]: the article body and metadata of a web page.
//! - [`nesting`]: a limit on how deeply a page's elements nest, before the parser.
//! - [`records`]: JSON Lines and tables, a record an article.
//! - [`report`]: the [`ImportReport`].
//! - [`job`]: the pipeline, and [`ImportJob`], which runs it on a background thread.
//!
//! The window starts an [`ImportJob`] and adds each [`ImportEvent::Articles`] batch to its
//! corpus as it arrives; the command line calls [`import_corpus`].

pub mod encoding;
pub mod html;
pub mod job;
pub mod nesting;
pub mod records;
pub mod report;
pub mod walk;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

pub use encoding::Detection;
pub use job::{ImportEvent, ImportJob, Progress, Waker, run_import};
pub use records::{MAX_ARTICLE_BYTES, RecordError, RecordProblem};
pub use report::{FileEncoding, ImportReport};
pub use walk::Format;

use crate::corpus::{Article, Corpus};

/// Imports files and folders on the calling thread (still cleaning on every core); calls
/// `progress` as it goes. Returns the articles in import order, ids unique, and the report.
pub fn import_paths(
    paths: &[PathBuf],
    cancel: &AtomicBool,
    progress: &mut dyn FnMut(&Progress),
) -> (Vec<Arc<Article>>, ImportReport) {
    let mut articles = Vec::new();
    let report = run_import(paths, cancel, &mut |event| match event {
        ImportEvent::Progress(p) => progress(&p),
        ImportEvent::Articles(batch) => articles.extend(batch),
        ImportEvent::Finished(_) => {}
    });
    (articles, report)
}

/// Imports files and folders into a new corpus whose failures are the report's.
pub fn import_corpus(paths: &[PathBuf]) -> (Corpus, ImportReport) {
    let (articles, report) = import_paths(paths, &AtomicBool::new(false), &mut |_| {});
    let mut corpus: Corpus = articles.into_iter().collect();
    for failure in report.failures() {
        corpus.push_failure(failure.clone());
    }
    (corpus, report)
}
