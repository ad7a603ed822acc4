//! Loading a corpus from JSON Lines records (one article a line: id, title, body, outlet,
//! date, author, url), as in the shared `SaudiNewsNet` sample. A bad line is reported and skipped.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Article, ArticleId, Corpus, Date, LoadError, Metadata};

/// One record of a JSON Lines corpus; unknown fields are ignored.
#[derive(Debug, serde::Deserialize)]
struct Record {
    id: String,
    body: String,
    title: Option<String>,
    outlet: Option<String>,
    date: Option<String>,
    author: Option<String>,
    url: Option<String>,
}

/// Why a line of a JSON Lines corpus was skipped.
#[derive(Debug, thiserror::Error)]
#[error("{path}:{line}: not an article record: {source}")]
pub struct RecordError {
    /// The file.
    pub path: PathBuf,
    /// The line number, from 1.
    pub line: usize,
    /// What was wrong.
    pub source: serde_json::Error,
}

/// Loads articles from a JSON Lines file; returns the corpus and the lines that were skipped.
/// A file that cannot be read at all is reported in [`Corpus::failures`].
pub fn load_jsonl(path: &Path) -> (Corpus, Vec<RecordError>) {
    let mut corpus = Corpus::default();
    let mut skipped = Vec::new();
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(source) => {
            corpus.failures.push(LoadError::Read {
                path: path.to_owned(),
                source,
            });
            return (corpus, skipped);
        }
    };
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        match serde_json::from_str::<Record>(line) {
            Ok(r) => {
                let meta = Metadata {
                    title: r.title,
                    outlet: r.outlet,
                    date: r.date.as_deref().and_then(Date::parse_iso),
                    author: r.author,
                    url: r.url,
                };
                corpus.articles.push(Arc::new(Article::from_raw(
                    ArticleId(r.id),
                    None,
                    &r.body,
                    meta,
                )));
            }
            Err(source) => skipped.push(RecordError {
                path: path.to_owned(),
                line: i + 1,
                source,
            }),
        }
    }
    (corpus, skipped)
}
