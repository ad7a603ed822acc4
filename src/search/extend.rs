//! An index extended by articles added after its own (an import into an opened corpus): only
//! the new articles are split into sentences and words; the vocabulary gains their new words,
//! each word's postings are copied with the new sentences appended, the token stream is copied
//! (its words keep their ranks, new words rank after them) and only the new words get variant
//! keys. On a 12k-article corpus, adding 100 articles costs a small part of indexing again.

use std::collections::HashMap;
use std::iter::Peekable;
use std::sync::Arc;

use super::SearchIndex;
use super::index::{Build, UNKNOWN_WORD, Vocabulary};
use super::packed::NEW_WORD;
use super::titles::title_word_ids;
use crate::corpus::Article;

impl SearchIndex {
    /// This index with `more` after its articles: it finds what [`SearchIndex::from_articles`]
    /// over both finds, built by splitting only `more`. (A word of an edited title that the
    /// vocabulary lacked stays unknown until the title changes again.)
    #[must_use]
    pub fn extended(&self, more: impl IntoIterator<Item = Arc<Article>>) -> Self {
        let mut index = Self {
            articles: self.articles.clone(),
            title_words: self.title_words.clone(),
            sentences: self.sentences.clone(),
            ..Self::default()
        };
        let first = self.sentences.len();
        let (build, fresh) = self.split_added(&mut index, more);
        // The vocabulary laid out again: `renumber` gives the new id of each id used while
        // splitting (the old ids, then the fresh words' ids after them).
        let known = self.vocab.len();
        let count = known + fresh.len();
        let words = Merged {
            a: (0..known as u32)
                .map(|id| (self.vocab.word(id), id))
                .peekable(),
            b: fresh.iter().map(|(w, id)| (w.as_str(), *id)).peekable(),
        };
        let (vocab, renumber) = Vocabulary::laid_out(words, count);
        index.vocab = vocab;
        let new_of = renumber.get(..known).unwrap_or_default();
        let mut old_of = vec![NEW_WORD; count];
        for (old, &new) in new_of.iter().enumerate() {
            if let Some(slot) = old_of.get_mut(new as usize) {
                *slot = old as u32;
            }
        }
        let added: Vec<u32> = (0..count as u32)
            .filter(|&w| old_of.get(w as usize) == Some(&NEW_WORD))
            .collect();
        let renumbered = |w: u32| renumber.get(w as usize).copied().unwrap_or(w);
        let mut build = build;
        for t in &mut build.tokens {
            *t = renumbered(*t);
        }
        for w in index.title_words.iter_mut().flatten() {
            if *w != UNKNOWN_WORD {
                *w = renumbered(*w);
            }
        }
        index.index_titles();
        let firsts: Vec<u32> = index
            .sentences
            .get(first..)
            .unwrap_or_default()
            .iter()
            .map(|r| r.first_token)
            .collect();
        let sentence_tokens = |s: usize| {
            let start = firsts.get(s).map_or(0, |&f| f as usize);
            let end = firsts
                .get(s + 1)
                .map_or(build.tokens.len(), |&e| e as usize);
            build.tokens.get(start..end).unwrap_or_default()
        };
        index.postings = self.postings.extended(
            &old_of,
            first as u32,
            (0..firsts.len()).map(sentence_tokens),
        );
        let (tokens, starts) =
            self.tokens
                .extended(new_of, count, (&build.tokens, &build.gaps, &firsts));
        index.tokens = tokens;
        let added_recs = index.sentences.get_mut(first..).unwrap_or_default();
        for (rec, start) in added_recs.iter_mut().zip(starts) {
            rec.first_token = start;
        }
        index.variant_keys = self.variant_keys.extended(&index.vocab, new_of, &added);
        index
    }

    /// Splits the articles `more` into `index` (which holds this index's articles and
    /// sentences): their sentences, titles and tokens, a token's id its id in this vocabulary,
    /// or, for a word it lacks, an id after them. Returns the tokens and the fresh words, sorted.
    fn split_added(
        &self,
        index: &mut Self,
        more: impl IntoIterator<Item = Arc<Article>>,
    ) -> (Build, Vec<(String, u32)>) {
        let known = self.vocab.len() as u32;
        let mut build = Build::default();
        let mut fresh: HashMap<String, u32> = HashMap::new();
        let mut intern = |w: &str| -> u32 {
            if let Some(id) = self.vocab.find(w).or_else(|| fresh.get(w).copied()) {
                return id;
            }
            let id = known + fresh.len() as u32;
            fresh.insert(w.to_owned(), id);
            id
        };
        for article in more {
            let a = index.articles.len() as u32;
            index.add_article(a, &article, &mut build, &mut intern);
            let title = title_word_ids(article.meta.title.as_deref(), |w| Some(intern(w)));
            index.title_words.push(title);
            index.articles.push(article);
        }
        let mut fresh: Vec<(String, u32)> = fresh.into_iter().collect();
        fresh.sort_unstable();
        (build, fresh)
    }
}

/// Two sorted runs of (word, id) as one sorted run.
struct Merged<'w, A: Iterator<Item = (&'w str, u32)>, B: Iterator<Item = (&'w str, u32)>> {
    a: Peekable<A>,
    b: Peekable<B>,
}

impl<'w, A, B> Iterator for Merged<'w, A, B>
where
    A: Iterator<Item = (&'w str, u32)>,
    B: Iterator<Item = (&'w str, u32)>,
{
    type Item = (&'w str, u32);

    fn next(&mut self) -> Option<Self::Item> {
        match (self.a.peek(), self.b.peek()) {
            (Some(x), Some(y)) if y.0 < x.0 => self.b.next(),
            (Some(_), _) => self.a.next(),
            (None, _) => self.b.next(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{ArticleId, Metadata};
    use crate::search::SearchOptions;

    fn article(id: &str, title: &str, text: &str) -> Arc<Article> {
        let meta = Metadata {
            title: Some(title.into()),
            outlet: Some(format!("منفذ {id}")),
            ..Metadata::default()
        };
        Arc::new(Article::from_raw(ArticleId::new(id), None, text, meta))
    }

    /// What a search shows: each hit's article, sentence and highlighted words, and the counts.
    fn shown(index: &SearchIndex, query: &str) -> (Vec<(String, String, Vec<String>)>, usize) {
        let results = index.search_text(query, &SearchOptions::default());
        let hits = results
            .hits
            .iter()
            .map(|h| {
                let spans = h.spans.iter().map(|s| h.span_text(s).to_owned()).collect();
                (h.article.id.to_string(), h.sentence().to_owned(), spans)
            })
            .collect();
        (hits, results.article_count)
    }

    /// Articles imported into an opened corpus are found as if everything had been indexed at
    /// once: new words (كيم), words both hold (بوتين), words in a new headline, typos and
    /// clitic forms over old and new words alike.
    #[test]
    fn an_extended_index_answers_as_the_index_of_all_articles() {
        let old = [
            article(
                "a",
                "قمة في موسكو",
                "قال الرئيس بوتين إن الزيارة مهمة. وأضاف أن الحوار مستمر.",
            ),
            article("b", "زيارة رسمية", "وصل الوفد إلى بيونغ يانغ مساء الثلاثاء."),
        ];
        let new = [
            article(
                "c",
                "كيم يستقبل بوتين",
                "استقبل الزعيم كيم جونغ أون الرئيس بوتين في المطار.",
            ),
            article(
                "d",
                "معاهدة جديدة",
                "ووقع الزعيمان معاهدة للشراكة الشاملة، وقال كيم: «نحن حلفاء».",
            ),
        ];
        let whole = SearchIndex::from_articles(old.iter().chain(&new).cloned());
        let extended =
            SearchIndex::from_articles(old.iter().cloned()).extended(new.iter().cloned());
        assert_eq!(extended.articles().len(), 4);
        assert_eq!(extended.sentence_count(), whole.sentence_count());
        assert_eq!(extended.vocabulary_len(), whole.vocabulary_len());
        for query in [
            "كيم",
            "بوتين",
            "الشراكه",
            "بوتبن",
            "معاهدة",
            "يستقبل",
            "\"الرئيس بوتين\"",
        ] {
            let found = shown(&extended, query);
            assert!(!found.0.is_empty(), "{query}: no hit");
            assert_eq!(found, shown(&whole, query), "{query}");
        }
        let before = SearchIndex::from_articles(old.iter().cloned());
        assert!(shown(&before, "كيم").0.is_empty());
    }

    /// Extending the index of the first bundled articles by the others gives, table for table,
    /// the index of all of them: vocabulary, postings, every sentence's words, title postings
    /// and variant keys.
    #[test]
    fn an_extended_index_holds_what_indexing_all_at_once_holds() {
        let articles = crate::corpus::bundled().into_articles();
        let whole = SearchIndex::from_articles(articles.iter().cloned());
        for split in [0, 1, 3, articles.len()] {
            let (head, tail) = articles.split_at(split);
            let extended =
                SearchIndex::from_articles(head.iter().cloned()).extended(tail.iter().cloned());
            assert_eq!(extended.vocabulary_len(), whole.vocabulary_len());
            for w in 0..whole.vocabulary_len() as u32 {
                assert_eq!(extended.vocab.word(w), whole.vocab.word(w));
                let lists: [Vec<u32>; 2] =
                    [extended.postings(w).collect(), whole.postings(w).collect()];
                assert_eq!(lists[0], lists[1], "postings of {}", whole.vocab.word(w));
            }
            assert_eq!(extended.sentence_count(), whole.sentence_count());
            for s in 0..whole.sentence_count() as u32 {
                assert_eq!(
                    extended.sentence_ids(s),
                    whole.sentence_ids(s),
                    "sentence {s}"
                );
            }
            assert_eq!(extended.title_postings, whole.title_postings);
            let keys = |i: &SearchIndex| format!("{:?}", i.variant_keys);
            assert_eq!(
                keys(&extended),
                keys(&whole),
                "variant keys, split at {split}"
            );
        }
    }

    #[test]
    fn merged_runs_stay_sorted() {
        let a = [("أ", 0), ("ج", 1)];
        let b = [("ب", 2), ("د", 3)];
        let merged: Vec<_> = Merged {
            a: a.into_iter().peekable(),
            b: b.into_iter().peekable(),
        }
        .collect();
        assert_eq!(merged, [("أ", 0), ("ب", 2), ("ج", 1), ("د", 3)]);
    }
}
