//! The steps that compute a workspace, on every core: the index and the extraction side by side,
//! extraction split per article, then the corpus-wide steps over the items alone.

use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::corpus::{Article, Corpus};
use crate::quotes::{Quote, extract_article, finish_corpus};
use crate::search::SearchIndex;

/// How long each step of the last change of a workspace took (zero for a step it did not run).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Timings {
    /// Building the search index (beside extraction, on the cores it leaves).
    pub index: Duration,
    /// Extracting the items of the new articles, on every core.
    pub extract: Duration,
    /// The corpus-wide steps over the items, after extraction (zero when they are left for
    /// first use).
    pub merge: Duration,
    /// Index and extraction together, as the clock on the wall saw them.
    pub index_and_extract: Duration,
}

/// Indexes `corpus` while extracting the items of `fresh`, one article a task; `on_index` is
/// given the index as soon as it is built, before extraction ends. `previous`, an index of the
/// corpus's first articles, is extended by the others instead of indexing all again.
/// `then` is given the extracted items on extraction's side (to finish them while the index is
/// built).
pub(super) fn index_and_extract<T: Send>(
    corpus: &Corpus,
    previous: Option<&SearchIndex>,
    fresh: &[Arc<Article>],
    on_index: impl FnOnce(&Arc<SearchIndex>) + Send,
    then: impl FnOnce(Vec<Arc<[Quote]>>) -> T + Send,
) -> (Arc<SearchIndex>, T, Timings) {
    let start = Instant::now();
    let ((index, index_time), ((extracted, extract_time), then_time)) = rayon::join(
        || {
            let t = Instant::now();
            let index = Arc::new(index_of(corpus, previous));
            let built = t.elapsed();
            on_index(&index);
            (index, built)
        },
        || {
            let t = Instant::now();
            let extracted = extract(fresh);
            let extract_time = t.elapsed();
            let t = Instant::now();
            ((then(extracted), extract_time), t.elapsed())
        },
    );
    let timings = Timings {
        index: index_time,
        extract: extract_time,
        merge: then_time,
        index_and_extract: start.elapsed(),
    };
    (index, extracted, timings)
}

/// The index of `corpus`: `previous` extended by the articles after its own when it indexes the
/// corpus's first articles (their metadata refreshed), else built anew.
fn index_of(corpus: &Corpus, previous: Option<&SearchIndex>) -> SearchIndex {
    let Some(previous) = previous else {
        return SearchIndex::build(corpus);
    };
    let indexed = previous.articles();
    let prefix = corpus.articles().get(..indexed.len());
    let same = prefix.is_some_and(|shown| {
        shown
            .iter()
            .zip(indexed)
            .all(|(a, b)| Arc::ptr_eq(a, b) || (a.id == b.id && a.text == b.text))
    });
    if !same {
        return SearchIndex::build(corpus);
    }
    let more = corpus.articles().get(indexed.len()..).unwrap_or_default();
    let mut index = previous.extended(more.iter().cloned());
    index.refresh_metadata(corpus);
    index
}

/// The items of each article, one article a task.
pub(super) fn extract(articles: &[Arc<Article>]) -> Vec<Arc<[Quote]>> {
    articles
        .par_iter()
        .map(|a| Arc::from(extract_article(a)))
        .collect()
}

/// The items of every article, in corpus order, after the corpus-wide steps.
pub(super) fn merge(extracted: &[Arc<[Quote]>], corpus: &Corpus) -> Vec<Quote> {
    let mut quotes: Vec<Quote> = Vec::with_capacity(extracted.iter().map(|e| e.len()).sum());
    for items in extracted {
        quotes.extend(items.iter().cloned());
    }
    let text_of = |q: &Quote| corpus.article(&q.article).map_or("", |a| q.text(a));
    finish_corpus(&mut quotes, text_of);
    quotes
}
