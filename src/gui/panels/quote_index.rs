//! The quotations of each article, for what the window looks up in one article each frame (the
//! reader's highlights, the selected row) without going through the corpus's tens of thousands.

use std::collections::HashMap;

use crate::corpus::ArticleId;
use crate::quotes::Quote;

/// Indices into a list of quotations, by article.
#[derive(Debug, Default)]
pub(super) struct ByArticle(HashMap<ArticleId, Vec<usize>>);

impl ByArticle {
    /// The index of `quotes`.
    pub(super) fn new(quotes: &[Quote]) -> Self {
        let mut by = HashMap::<ArticleId, Vec<usize>>::new();
        for (i, q) in quotes.iter().enumerate() {
            by.entry(q.article.clone()).or_default().push(i);
        }
        Self(by)
    }

    /// The quotations of `quotes` (the list indexed) in `article`, in list order.
    pub(super) fn of<'a>(
        &'a self,
        quotes: &'a [Quote],
        article: &ArticleId,
    ) -> impl Iterator<Item = &'a Quote> {
        self.0
            .get(article)
            .into_iter()
            .flatten()
            .filter_map(|&i| quotes.get(i))
    }
}

#[cfg(test)]
mod tests {
    use super::ByArticle;
    use crate::corpus;
    use crate::quotes::extract_corpus;

    #[test]
    fn each_article_gets_its_own_quotations_in_list_order_and_no_others() {
        let corpus = corpus::bundled();
        let quotes = extract_corpus(corpus.articles());
        assert!(quotes.len() > 10, "{} quotations", quotes.len());
        let index = ByArticle::new(&quotes);
        let mut seen = 0;
        for article in corpus.articles() {
            let listed: Vec<_> = quotes.iter().filter(|q| q.article == article.id).collect();
            let indexed: Vec<_> = index.of(&quotes, &article.id).collect();
            assert_eq!(indexed.len(), listed.len(), "{}", article.id);
            assert!(
                indexed
                    .iter()
                    .zip(&listed)
                    .all(|(a, b)| std::ptr::eq(*a, *b))
            );
            seen += indexed.len();
        }
        assert_eq!(seen, quotes.len());
        let absent = corpus::ArticleId::new("no-such-article");
        assert_eq!(index.of(&quotes, &absent).count(), 0);
    }
}
