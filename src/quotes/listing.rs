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

/// The column of articles that give no outlet in [`SpeakerOutlets`].
pub const NO_OUTLET: &str = "بلا مصدر";

/// Who was quoted by which outlet: the speaker-list entries (most quoted first) against the
/// outlets (most quoting first), articles without an outlet under [`NO_OUTLET`], with the number
/// of items in each cell.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SpeakerOutlets {
    /// Speaker-list entries with their items over every outlet.
    pub speakers: Vec<(String, usize)>,
    /// Outlets with their items over every speaker.
    pub outlets: Vec<(String, usize)>,
    cells: HashMap<(String, String), usize>,
}

impl SpeakerOutlets {
    /// Counts `quotes`, the outlet of each read by `outlet_of` (`None` for an article without
    /// one). Items without a speaker are left out.
    pub fn count<'q>(
        quotes: impl IntoIterator<Item = &'q Quote>,
        outlet_of: impl Fn(&ArticleId) -> Option<String>,
    ) -> Self {
        let mut cells: HashMap<(String, String), usize> = HashMap::new();
        let mut speakers: HashMap<String, usize> = HashMap::new();
        let mut outlets: HashMap<String, usize> = HashMap::new();
        let mut outlet_cache: HashMap<&ArticleId, String> = HashMap::new();
        for q in quotes {
            let speaker = listed_as(q);
            if speaker.is_empty() {
                continue;
            }
            let outlet = outlet_cache
                .entry(&q.article)
                .or_insert_with(|| {
                    outlet_of(&q.article)
                        .filter(|o| !o.trim().is_empty())
                        .unwrap_or_else(|| NO_OUTLET.to_owned())
                })
                .clone();
            *speakers.entry(speaker.to_owned()).or_default() += 1;
            *outlets.entry(outlet.clone()).or_default() += 1;
            *cells.entry((speaker.to_owned(), outlet)).or_default() += 1;
        }
        let sorted = |m: HashMap<String, usize>| {
            let mut v: Vec<(String, usize)> = m.into_iter().collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            v
        };
        Self {
            speakers: sorted(speakers),
            outlets: sorted(outlets),
            cells,
        }
    }

    /// The items of `speaker` in `outlet`.
    pub fn cell(&self, speaker: &str, outlet: &str) -> usize {
        self.cells
            .get(&(speaker.to_owned(), outlet.to_owned()))
            .copied()
            .unwrap_or(0)
    }
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

    #[test]
    fn outlets_are_columns_and_articles_without_one_share_one() {
        let articles = crate::quotes::tests::articles_of(&[
            ("a", "وقال الوزير فهد الخالدي إن العمل بدأ."),
            (
                "b",
                "وأكد الوزير فهد الخالدي أن الطريق فتح. وقالت مصادر مطلعة إن الاجتماع تأجل.",
            ),
            ("c", "وقال الوزير فهد الخالدي إن المشروع اكتمل."),
        ]);
        let quotes = extract_corpus(&articles);
        let outlet = |id: &ArticleId| (id.as_str() == "a").then(|| "الرياض".to_owned());
        let table = SpeakerOutlets::count(&quotes, outlet);
        let outlets: Vec<&str> = table.outlets.iter().map(|(o, _)| o.as_str()).collect();
        assert_eq!(
            outlets,
            vec![NO_OUTLET, "الرياض"],
            "no headline as a column"
        );
        assert_eq!(table.cell("فهد الخالدي", NO_OUTLET), 2);
        assert_eq!(table.cell("فهد الخالدي", "الرياض"), 1);
        assert_eq!(table.cell(UNNAMED_SOURCES, NO_OUTLET), 1);
        assert_eq!(
            table.speakers.first().map(|(s, n)| (s.as_str(), *n)),
            Some(("فهد الخالدي", 3))
        );
    }
}
