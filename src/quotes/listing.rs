//! The speaker list as an analyst reads it: people and bodies by how often they speak, and the
//! sources a report leaves unnamed (مصادر مطلعة، مصدر أمني، شهود عيان) as one group, which
//! analysts count (anonymous sourcing) but which is never one person.

use std::collections::HashMap;

use super::{Attribution, Quote};
use crate::corpus::ArticleId;

/// The name of the group of unnamed sources in the speaker list.
pub const UNNAMED_SOURCES: &str = "مصادر غير مسماة";

/// The entry of the speaker list an item is counted under: its canonical speaker, or
/// [`UNNAMED_SOURCES`] for a source left unnamed; empty when it has no speaker.
pub fn listed_as(q: &Quote) -> &str {
    match &q.speaker {
        Some(s) if s.attribution == Attribution::Unnamed => UNNAMED_SOURCES,
        Some(s) => &s.canonical,
        None => "",
    }
}

/// The speaker list: each entry with its number of items, most first (ties by name), unnamed
/// sources as one entry.
pub fn speaker_list(quotes: &[Quote]) -> Vec<(String, usize)> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for name in quotes.iter().map(listed_as).filter(|n| !n.is_empty()) {
        *counts.entry(name).or_default() += 1;
    }
    let mut list: Vec<(String, usize)> =
        counts.into_iter().map(|(n, c)| (n.to_owned(), c)).collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    list
}

/// The articles that carry items of one speaker-list entry, with how many each, most first
/// (for the unnamed sources: where the anonymous sourcing is).
pub fn per_article<'q>(quotes: &'q [Quote], entry: &str) -> Vec<(&'q ArticleId, usize)> {
    let mut counts: HashMap<&ArticleId, usize> = HashMap::new();
    for q in quotes.iter().filter(|q| listed_as(q) == entry) {
        *counts.entry(&q.article).or_default() += 1;
    }
    let mut list: Vec<(&ArticleId, usize)> = counts.into_iter().collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.as_str().cmp(b.0.as_str())));
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::extract_corpus;

    #[test]
    fn unnamed_sources_are_one_entry_of_the_list_and_counted_per_article() {
        let articles = crate::quotes::tests::articles_of(&[
            (
                "a",
                "وقالت مصادر مطلعة إن الاجتماع تأجل. وقال الوزير فهد الخالدي إن العمل بدأ.",
            ),
            (
                "b",
                "وأكد مصدر أمني أن الطريق أغلق. وذكر شهود عيان أن النيران اشتعلت.",
            ),
        ]);
        let quotes = extract_corpus(&articles);
        let list = speaker_list(&quotes);
        let unnamed = list.iter().find(|(n, _)| n == UNNAMED_SOURCES);
        assert_eq!(unnamed.map(|(_, c)| *c), Some(3), "{list:?}");
        assert!(
            list.iter().any(|(n, c)| n == "فهد الخالدي" && *c == 1),
            "{list:?}"
        );
        assert!(
            !list.iter().any(|(n, _)| n.contains("مصادر مطلعة")),
            "{list:?}"
        );
        let where_ = per_article(&quotes, UNNAMED_SOURCES);
        let ids: Vec<(&str, usize)> = where_.iter().map(|(a, c)| (a.as_str(), *c)).collect();
        assert_eq!(ids, vec![("b", 2), ("a", 1)]);
    }
}
