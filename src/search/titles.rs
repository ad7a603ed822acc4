//! Headlines in the index: each article's title words in order, and the titles holding each
//! word, so that a query finds a name in a headline as in a sentence.

use super::SearchIndex;
use super::index::{UNKNOWN_WORD, sentence_words};

impl SearchIndex {
    /// Builds [`Self::title_postings`] from the title words.
    pub(crate) fn index_titles(&mut self) {
        self.title_postings = self
            .title_words
            .iter()
            .enumerate()
            .flat_map(|(a, words)| words.iter().map(move |&w| (w, a as u32)))
            .filter(|&(w, _)| w != UNKNOWN_WORD)
            .collect();
        self.title_postings.sort_unstable();
        self.title_postings.dedup();
    }

    /// The articles (indexes) whose title holds word `id`, ascending.
    pub(crate) fn title_articles(&self, id: u32) -> impl Iterator<Item = u32> + '_ {
        let start = self.title_postings.partition_point(|&(w, _)| w < id);
        self.title_postings
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(move |&&(w, _)| w == id)
            .map(|&(_, a)| a)
    }
}

/// The ids of a title's words in order, as the index splits them; `id` gives a word's id
/// (`None` for a word the vocabulary lacks, kept as [`UNKNOWN_WORD`]).
pub(super) fn title_word_ids(
    title: Option<&str>,
    mut id: impl FnMut(&str) -> Option<u32>,
) -> Vec<u32> {
    let mut ids = Vec::new();
    if let Some(title) = title {
        sentence_words(title, 0..title.len(), |w, _| {
            ids.push(id(w).unwrap_or(UNKNOWN_WORD));
        });
    }
    ids
}
