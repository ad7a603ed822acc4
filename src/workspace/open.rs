//! Opening sources into a workspace through the cache: a hit reads one file; a miss imports,
//! computes and writes the entry for next time.

use std::path::PathBuf;
use std::sync::Arc;

use super::Workspace;
use super::cache::{self, Cache, Entry, Lookup, Parts};
use crate::corpus::Corpus;
use crate::import::{self, ImportReport};

/// A workspace opened from sources, with what the import said.
#[derive(Debug)]
pub struct Opened {
    /// The workspace.
    pub workspace: Workspace,
    /// What could not be read, a line each (skipped files and records, renamed ids, failures),
    /// the same whether the corpus came from the cache or not.
    pub problems: Vec<String>,
    /// True when some input was skipped.
    pub skipped: bool,
    /// What the cache said: an entry discarded, an entry that could not be written.
    pub cache_notes: Vec<String>,
    /// True when the corpus came from the cache.
    pub from_cache: bool,
}

/// Opens `paths` (never empty: the bundled articles need no cache), through `cache` when given;
/// without one (or when the sources cannot be hashed) the quotations are extracted only when
/// asked for.
pub fn open(paths: &[PathBuf], cache: Option<&Cache>) -> Opened {
    let mut notes = Vec::new();
    let key = cache.and_then(|_| cache::key(paths).ok());
    if let (Some(cache), Some(key)) = (cache, &key) {
        match cache.load(key) {
            Lookup::Hit(entry) => match from_entry(*entry) {
                Ok(opened) => return opened,
                Err(why) => notes.push(why),
            },
            Lookup::Miss => {}
            Lookup::Discarded(why) => notes.push(why),
        }
    }
    let (corpus, report) = import::import_corpus(paths);
    let problems = problem_lines(&report, &corpus);
    let skipped = report.has_problems();
    // Without a cache to fill, the quotations wait until they are asked for.
    let workspace = if key.is_some() {
        Workspace::new(corpus)
    } else {
        Workspace::lazy(corpus)
    };
    if let (Some(cache), Some(key)) = (cache, &key)
        && !report.cancelled
    {
        let snapshot = workspace.snapshot();
        let parts = Parts {
            articles: workspace.loaded().articles(),
            index: snapshot.index(),
            extracted: workspace.extracted(),
            problems: &problems,
            skipped,
        };
        if let Err(e) = cache.store(key, &parts) {
            notes.push(format!(
                "the processed corpus could not be cached in {}: {e}",
                cache.dir().display()
            ));
        }
    }
    Opened {
        workspace,
        problems,
        skipped,
        cache_notes: notes,
        from_cache: false,
    }
}

fn from_entry(entry: Entry) -> Result<Opened, String> {
    let reader = Box::new(entry.items_reader());
    let articles: Vec<Arc<_>> = entry.articles.into_iter().map(Arc::new).collect();
    let index = entry.index.with_articles(articles.clone());
    let corpus: Corpus = articles.into_iter().collect();
    let workspace = index
        .and_then(|index| Workspace::from_parts(corpus, index, reader))
        .ok_or("the cached corpus was discarded (its parts do not fit together); the sources are read again")?;
    Ok(Opened {
        workspace,
        problems: entry.problems,
        skipped: entry.skipped,
        cache_notes: Vec::new(),
        from_cache: true,
    })
}

/// What an import could not take, a line each: files not imported and their failures, files of
/// other formats, skipped records, renamed ids, a cancelled import.
pub fn problem_lines(report: &ImportReport, corpus: &Corpus) -> Vec<String> {
    let mut lines = report.problem_lines();
    lines.extend(corpus.failures().iter().map(ToString::to_string));
    lines
}
