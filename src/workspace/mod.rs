//! The workspace: everything computed from a corpus (the search index, the quotations with the
//! analyst's corrections laid over them, the stories and quotation groups), held as immutable
//! snapshots that the window and the commands read.
//!
//! One [`Workspace`] owns the articles as loaded, each article's quotations as extraction found
//! them, and the analyst's metadata edits and corrections. Every change (an import, a metadata
//! edit, a correction) goes through it and yields a new [`Snapshot`] with a higher generation: a
//! reader keeps the `Arc<Snapshot>` it was given and is never changed under its feet.
//!
//! The work splits per article wherever it can and runs on every core (`pipeline`):
//! extraction is per article, so importing N articles extracts N; the corpus-wide steps (recurring
//! names, speaker merging, corrections) read only the items and are redone in a fraction of
//! extraction's time; the index is built beside extraction, and an import extends it by the new
//! articles (their words alone are split, the rest laid out again). A metadata edit changes no text: the index takes the edited articles without indexing again.
//! [`cache`] keeps a processed corpus on disk, so a corpus seen before opens without any of it.

pub mod cache;
mod open;
mod pipeline;

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use crate::corpus::{Article, ArticleId, Corpus, RenamedId};
use crate::quotes::{ApplyReport, Corrections, Quote};
use crate::search::SearchIndex;
use crate::session::{MetadataEdit, MetadataProblem, Session, apply_metadata_edits};
use crate::stories::{QuoteGroups, Stories, same_quotations};

pub use open::{Opened, lookup, open, problem_lines, store};
pub use pipeline::Timings;

/// The stories of a snapshot's corpus and the same quotations found in several articles.
#[derive(Debug, Default)]
pub struct StoryGroups {
    /// Copies of one text grouped as stories.
    pub stories: Arc<Stories>,
    /// Quotations found in several articles.
    pub groups: Arc<QuoteGroups>,
}

/// Reads each article's items from where they were kept (the cache); `None` when they cannot be
/// had, and the articles are extracted again.
pub type ItemsReader = Box<dyn Fn() -> Option<Vec<Vec<Quote>>> + Send + Sync>;

/// The items of one extraction: each article's as found, and all of them after the
/// corpus-wide steps, done on first use and shared by every snapshot of the same articles.
struct Items {
    /// The articles as loaded, whose text the items point into.
    loaded: Arc<Corpus>,
    /// Each article's items as extraction found them, in corpus order; read or extracted on
    /// first use when the workspace came from the cache.
    extracted: OnceLock<Vec<Arc<[Quote]>>>,
    /// Where the items are kept when they are not extracted yet.
    reader: Option<ItemsReader>,
    /// The items after the corpus-wide steps, before corrections.
    merged: OnceLock<Arc<Vec<Quote>>>,
}

impl std::fmt::Debug for Items {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Items")
            .field("articles", &self.loaded.len())
            .field("extracted", &self.extracted.get().map(Vec::len))
            .field("merged", &self.merged.get().map(|m| m.len()))
            .finish_non_exhaustive()
    }
}

impl Items {
    fn new(loaded: Arc<Corpus>, extracted: Vec<Arc<[Quote]>>) -> Self {
        Self {
            loaded,
            extracted: OnceLock::from(extracted),
            reader: None,
            merged: OnceLock::new(),
        }
    }

    /// Each article's items: kept, read, or (when what was read does not fit the articles)
    /// extracted again.
    fn extracted(&self) -> &[Arc<[Quote]>] {
        self.extracted.get_or_init(|| {
            let articles = self.loaded.articles();
            let read = self
                .reader
                .as_ref()
                .and_then(|read| read())
                .filter(|items| {
                    items.len() == articles.len()
                        && articles
                            .iter()
                            .zip(items)
                            .all(|(a, its)| its.iter().all(|q| q.article == a.id))
                });
            match read {
                Some(items) => items.into_iter().map(Arc::from).collect(),
                None => pipeline::extract(articles),
            }
        })
    }

    fn merged(&self) -> &Arc<Vec<Quote>> {
        self.merged
            .get_or_init(|| Arc::new(pipeline::merge(self.extracted(), &self.loaded)))
    }
}

/// One immutable state of a workspace. Cheap to clone (every part is an `Arc`). The corpus and
/// the index are there when the snapshot is made; the quotations are finished, and the stories
/// grouped, the first time they are asked for, on the asking thread, and then kept.
#[derive(Debug, Clone)]
pub struct Snapshot {
    /// Grows by one with each change of the workspace; two snapshots of one workspace with the
    /// same generation hold the same data.
    pub generation: u64,
    corpus: Arc<Corpus>,
    index: Arc<SearchIndex>,
    items: Arc<Items>,
    corrections: Arc<Corrections>,
    corrected: Arc<OnceLock<(Arc<Vec<Quote>>, ApplyReport)>>,
    stories: Arc<OnceLock<StoryGroups>>,
}

impl Snapshot {
    /// The articles with the analyst's metadata edits.
    pub fn corpus(&self) -> &Arc<Corpus> {
        &self.corpus
    }

    /// The search index over the corpus, its articles carrying the edited metadata.
    pub fn index(&self) -> &Arc<SearchIndex> {
        &self.index
    }

    /// Every item extraction found (not-speech quote marks included), in corpus order, with the
    /// analyst's corrections laid over them.
    pub fn quotes(&self) -> &Arc<Vec<Quote>> {
        &self.corrected().0
    }

    /// What laying the corrections over the quotations did.
    pub fn corrections_report(&self) -> &ApplyReport {
        &self.corrected().1
    }

    fn corrected(&self) -> &(Arc<Vec<Quote>>, ApplyReport) {
        self.corrected.get_or_init(|| {
            let merged = self.items.merged();
            if self.corrections.edits.is_empty() {
                return (Arc::clone(merged), ApplyReport::default());
            }
            let mut quotes = Vec::clone(merged);
            let report = self.corrections.apply(&mut quotes, self.corpus.articles());
            (Arc::new(quotes), report)
        })
    }

    /// The stories and quotation groups, grouped on first use.
    pub fn stories(&self) -> &StoryGroups {
        self.stories.get_or_init(|| {
            let articles = self.corpus.articles();
            let stories = Stories::group(articles);
            let groups = same_quotations(self.quotes(), articles, &stories);
            StoryGroups {
                stories: Arc::new(stories),
                groups: Arc::new(groups),
            }
        })
    }

    /// Finishes everything that is done on first use (quotations, stories), as a window does
    /// on a background thread before it shows them.
    pub fn finish(&self) -> &Self {
        self.stories();
        self
    }
}

/// The articles of a corpus and everything computed from them, changed only through its
/// methods, each of which returns after the new [`Snapshot`] is in place.
#[derive(Debug)]
pub struct Workspace {
    /// The articles as loaded and their items.
    items: Arc<Items>,
    /// The analyst's metadata edits.
    metadata: BTreeMap<ArticleId, MetadataEdit>,
    /// The analyst's corrections.
    corrections: Arc<Corrections>,
    snapshot: Arc<Snapshot>,
    timings: Timings,
}

impl Default for Workspace {
    fn default() -> Self {
        Self::new(Corpus::new())
    }
}

impl Workspace {
    /// Computes the index and the extraction of `corpus`, on every core.
    pub fn new(corpus: Corpus) -> Self {
        Self::new_with(corpus, |_| {})
    }

    /// As [`Workspace::new`], giving `on_index` the search index as soon as it is built (a
    /// window can search while extraction goes on).
    pub fn new_with(corpus: Corpus, on_index: impl FnOnce(&Arc<SearchIndex>) + Send) -> Self {
        let (index, extracted, timings) =
            pipeline::index_and_extract(&corpus, None, corpus.articles(), on_index, |e| e);
        let corpus = Arc::new(corpus);
        let items = Arc::new(Items::new(Arc::clone(&corpus), extracted));
        Self::assemble(corpus, items, index, timings)
    }

    /// Builds the index of `corpus` now and extracts its quotations, on every core, only when
    /// they are first asked for (a search never waits for them).
    pub fn lazy(corpus: Corpus) -> Self {
        let t = std::time::Instant::now();
        let index = Arc::new(SearchIndex::build(&corpus));
        let timings = Timings {
            index: t.elapsed(),
            index_and_extract: t.elapsed(),
            ..Timings::default()
        };
        let corpus = Arc::new(corpus);
        let items = Items {
            extracted: OnceLock::new(),
            ..Items::new(Arc::clone(&corpus), Vec::new())
        };
        Self::assemble(corpus, Arc::new(items), index, timings)
    }

    /// A workspace from parts computed before (see [`cache`]): the articles, the index of those
    /// articles, and a reader of each article's items, read when quotations are first asked for.
    /// `None` when the index is not of these articles.
    pub fn from_parts(corpus: Corpus, index: SearchIndex, items: ItemsReader) -> Option<Self> {
        let same = index.articles().len() == corpus.len()
            && index
                .articles()
                .iter()
                .zip(corpus.articles())
                .all(|(a, b)| a.id == b.id);
        if !same {
            return None;
        }
        let corpus = Arc::new(corpus);
        let items = Items {
            reader: Some(items),
            extracted: OnceLock::new(),
            ..Items::new(Arc::clone(&corpus), Vec::new())
        };
        Some(Self::assemble(
            corpus,
            Arc::new(items),
            Arc::new(index),
            Timings::default(),
        ))
    }

    fn assemble(
        corpus: Arc<Corpus>,
        items: Arc<Items>,
        index: Arc<SearchIndex>,
        timings: Timings,
    ) -> Self {
        let corrections = Arc::new(Corrections::default());
        let snapshot = Snapshot {
            generation: 1,
            corpus,
            index,
            items: Arc::clone(&items),
            corrections: Arc::clone(&corrections),
            corrected: Arc::default(),
            stories: Arc::default(),
        };
        Self {
            items,
            metadata: BTreeMap::new(),
            corrections,
            snapshot: Arc::new(snapshot),
            timings,
        }
    }

    /// The newest snapshot.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        Arc::clone(&self.snapshot)
    }

    /// The articles as loaded (without metadata edits), for the cache.
    pub fn loaded(&self) -> &Corpus {
        &self.items.loaded
    }

    /// Each loaded article's items as extraction found them, for the cache (read or extracted
    /// now if they were not yet).
    pub fn extracted(&self) -> &[Arc<[Quote]>] {
        self.items.extracted()
    }

    /// True when metadata edits are laid over the loaded articles.
    pub fn has_metadata_edits(&self) -> bool {
        !self.metadata.is_empty()
    }

    /// How long the last import took, step by step.
    pub fn timings(&self) -> Timings {
        self.timings
    }

    /// Adds articles at the end: only they are extracted, then the corpus-wide steps are redone
    /// over the items, while the index is extended by them on the cores extraction leaves. Returns the ids
    /// that had to be renamed.
    pub fn import(&mut self, articles: Vec<Arc<Article>>) -> Vec<RenamedId> {
        self.import_with(articles, |_| {})
    }

    /// As [`Workspace::import`], giving `on_index` the new search index as soon as it is built.
    pub fn import_with(
        &mut self,
        articles: Vec<Arc<Article>>,
        on_index: impl FnOnce(&Arc<SearchIndex>) + Send,
    ) -> Vec<RenamedId> {
        let mut loaded = Corpus::clone(&self.items.loaded);
        let start = loaded.len();
        let renamed = loaded.extend(articles);
        let loaded = Arc::new(loaded);
        // The index covers the shown articles, which carry the metadata edits.
        let shown = Arc::new(shown_corpus(&loaded, &self.metadata).0);
        let fresh = loaded.articles().get(start..).unwrap_or_default();
        let previous = Some(self.snapshot.index.as_ref());
        let before = self.items.extracted();
        let corpus = Arc::clone(&loaded);
        // The corpus-wide steps follow extraction while the index is extended.
        let (index, items, timings) =
            pipeline::index_and_extract(&shown, previous, fresh, on_index, |fresh_items| {
                let mut extracted = before.to_vec();
                extracted.extend(fresh_items);
                let items = Items::new(corpus, extracted);
                items.merged();
                items
            });
        self.items = Arc::new(items);
        self.timings = timings;
        self.publish(shown, index);
        renamed
    }

    /// Sets the analyst's metadata edits: the corpus, the index's articles (what hits show and
    /// the outlet filter compares with) and the stories take them; nothing is extracted or
    /// indexed again. Returns the edits that could not be applied.
    pub fn set_metadata_edits(
        &mut self,
        edits: &BTreeMap<ArticleId, MetadataEdit>,
    ) -> Vec<MetadataProblem> {
        edits.clone_into(&mut self.metadata);
        let (shown, problems) = shown_corpus(&self.items.loaded, &self.metadata);
        let mut index = Arc::clone(&self.snapshot.index);
        Arc::make_mut(&mut index).refresh_metadata(&shown);
        self.publish(Arc::new(shown), index);
        problems
    }

    /// Sets the analyst's corrections; the next snapshot lays them over the extraction.
    pub fn set_corrections(&mut self, corrections: &Corrections) {
        self.corrections = Arc::new(corrections.clone());
        let corpus = Arc::clone(&self.snapshot.corpus);
        let index = Arc::clone(&self.snapshot.index);
        self.publish(corpus, index);
    }

    /// Sets both the metadata edits and the corrections of `session`.
    pub fn apply_session(&mut self, session: &Session) -> Vec<MetadataProblem> {
        let problems = self.set_metadata_edits(&session.metadata_edits);
        self.set_corrections(&session.corrections);
        problems
    }

    /// Puts a new snapshot in place.
    fn publish(&mut self, corpus: Arc<Corpus>, index: Arc<SearchIndex>) {
        self.snapshot = Arc::new(Snapshot {
            generation: self.snapshot.generation + 1,
            corpus,
            index,
            items: Arc::clone(&self.items),
            corrections: Arc::clone(&self.corrections),
            corrected: Arc::default(),
            stories: Arc::default(),
        });
    }
}

/// The loaded articles with the metadata edits laid over them.
fn shown_corpus(
    loaded: &Corpus,
    edits: &BTreeMap<ArticleId, MetadataEdit>,
) -> (Corpus, Vec<MetadataProblem>) {
    if edits.is_empty() {
        return (loaded.clone(), Vec::new());
    }
    let session = Session {
        metadata_edits: edits.clone(),
        ..Session::default()
    };
    let mut articles = loaded.articles().to_vec();
    let problems = apply_metadata_edits(&session, &mut articles);
    let mut corpus: Corpus = articles.into_iter().collect();
    for f in loaded.failures() {
        corpus.push_failure(f.clone());
    }
    (corpus, problems)
}
