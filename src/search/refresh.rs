//! An index's articles replaced without indexing again: the same articles with edited metadata,
//! or the articles of an index read back from the cache.

use std::sync::Arc;

use super::SearchIndex;
use super::titles::title_word_ids;
use crate::corpus::{Article, Corpus};

impl SearchIndex {
    /// An index read back without its articles (they are not serialized with it), given the
    /// articles it was built from, in order; `None` when their number is not the one indexed or a
    /// sentence names an article beyond them.
    pub fn with_articles(mut self, articles: Vec<Arc<Article>>) -> Option<Self> {
        let n = articles.len();
        let fits =
            self.title_words.len() == n && self.sentences.iter().all(|s| (s.article as usize) < n);
        self.articles = articles;
        fits.then_some(self)
    }

    /// Takes the metadata of `corpus`'s articles (an analyst's "Edit details") for the indexed
    /// articles of the same id, so that hits show, and the outlet filter compares with, what the
    /// corpus shows; their text must be the text indexed (an article whose text differs, or that
    /// the corpus lacks, keeps the copy indexed). Title words are looked up in the vocabulary: a
    /// word of a new title that no indexed text or title holds is never found. Returns how
    /// many articles changed.
    pub fn refresh_metadata(&mut self, corpus: &Corpus) -> usize {
        let mut changed = 0;
        let mut titles_changed = false;
        for (slot, title) in self.articles.iter_mut().zip(self.title_words.iter_mut()) {
            let Some(fresh) = corpus.article(&slot.id) else {
                continue;
            };
            if Arc::ptr_eq(slot, fresh) || fresh.meta == slot.meta || fresh.text != slot.text {
                continue;
            }
            if fresh.meta.title != slot.meta.title {
                *title = title_word_ids(fresh.meta.title.as_deref(), |w| self.vocab.find(w));
                titles_changed = true;
            }
            *slot = Arc::clone(fresh);
            changed += 1;
        }
        if titles_changed {
            self.index_titles();
        }
        changed
    }
}
