//! Opening sources into a workspace through the cache: a hit reads one file; a miss imports,
//! computes and writes the entry for next time.

use std::path::PathBuf;
use std::sync::Arc;

use super::Workspace;
use super::cache::{self, Cache, Entry, Key, Lookup, Parts};
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
        match lookup(cache, key) {
            Ok(Some(opened)) => return opened,
            Ok(None) => {}
            Err(why) => notes.push(why),
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
        && let Err(why) = store(cache, key, &workspace, &problems, skipped)
    {
        notes.push(why);
    }
    Opened {
        workspace,
        problems,
        skipped,
        cache_notes: notes,
        from_cache: false,
    }
}

/// The workspace kept under `key`: `Ok(None)` when there is none, `Err` saying why an entry
/// could not be used (it is deleted and the sources are to be read again).
pub fn lookup(cache: &Cache, key: &Key) -> Result<Option<Opened>, String> {
    match cache.load(key) {
        Lookup::Hit(entry) => from_entry(*entry).map(Some),
        Lookup::Miss => Ok(None),
        Lookup::Discarded(why) => Err(why),
    }
}

/// Keeps `workspace`, which has no metadata edits (its articles as loaded, its index and each article's items, extracted now
/// if they were not yet) under `key`, with what the import said; `Err` says why it could not.
pub fn store(
    cache: &Cache,
    key: &Key,
    workspace: &Workspace,
    problems: &[String],
    skipped: bool,
) -> Result<(), String> {
    if workspace.has_metadata_edits() {
        // The index would hold the edited titles; an entry holds the sources as they are.
        return Err("a corpus with edited details is not cached".to_owned());
    }
    let snapshot = workspace.snapshot();
    let parts = Parts {
        articles: workspace.loaded().articles(),
        index: snapshot.index(),
        extracted: workspace.extracted(),
        problems,
        skipped,
    };
    cache.store(key, &parts).map_err(|e| {
        format!(
            "the processed corpus could not be cached in {}: {e}",
            cache.dir().display()
        )
    })
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
