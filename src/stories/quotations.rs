//! The same quotation in several articles: within a story, a quotation whose words equal or lie
//! inside another copy's quotation; across the corpus, long quotations word for word the same.

use std::collections::HashMap;
use std::sync::Arc;

use unicode_segmentation::UnicodeSegmentation;
use xxhash_rust::xxh3::xxh3_64;

use crate::arabic::normalize_str;
use crate::corpus::{Article, ArticleId};
use crate::quotes::{Quote, QuoteId};

use super::{Stories, StoryId};

/// Words a quotation must have for one lying inside another copy's quotation to count as the
/// same (a partial quotation taken from a longer one); shorter ones must be equal.
const MIN_CONTAINED_WORDS: usize = 4;
/// Words a quotation must have to be the same quotation as an identical one in an article of
/// another story. Shorter ones ("لن نسمح بذلك") recur in unrelated stories.
const MIN_CROSS_STORY_WORDS: usize = 8;

/// Identifier of a group of copies of one quotation: its position in [`QuoteGroups::groups`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QuoteGroupId(pub u32);

/// Quotations found in several articles, grouped: each group holds the copies of one quotation,
/// from two articles or more.
#[derive(Debug, Clone, Default)]
pub struct QuoteGroups {
    groups: Vec<Vec<QuoteId>>,
    by_quote: HashMap<QuoteId, QuoteGroupId>,
}

impl QuoteGroups {
    /// The group a quotation belongs to, if it was found in another article too.
    pub fn group_of(&self, quote: &QuoteId) -> Option<QuoteGroupId> {
        self.by_quote.get(quote).copied()
    }

    /// The copies of a quotation (in the order the quotations were given); empty for an unknown
    /// id.
    pub fn copies(&self, group: &QuoteGroupId) -> &[QuoteId] {
        self.groups.get(group.0 as usize).map_or(&[], Vec::as_slice)
    }

    /// Every group, in order of its first quotation.
    pub fn groups(&self) -> impl Iterator<Item = (QuoteGroupId, &[QuoteId])> + '_ {
        self.groups
            .iter()
            .enumerate()
            .map(|(i, g)| (QuoteGroupId(i as u32), g.as_slice()))
    }

    /// Number of groups.
    pub fn len(&self) -> usize {
        self.groups.len()
    }

    /// True when no quotation was found in two articles.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// Number of quotations that belong to a group.
    pub fn quotes_in_groups(&self) -> usize {
        self.by_quote.len()
    }
}

/// The words of a quotation, normalized and hashed.
fn word_hashes(text: &str) -> Vec<u64> {
    normalize_str(text)
        .unicode_words()
        .map(|w| xxh3_64(w.as_bytes()))
        .collect()
}

/// True when `inner` occurs in `outer` as a run of consecutive words.
fn contains_run(outer: &[u64], inner: &[u64]) -> bool {
    !inner.is_empty() && outer.windows(inner.len()).any(|w| w == inner)
}

/// True when two quotations of copies of one story are the same: equal words, or the shorter
/// (of [`MIN_CONTAINED_WORDS`] words at least) a run inside the longer.
fn same_in_story(a: &[u64], b: &[u64]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.len() >= MIN_CONTAINED_WORDS && contains_run(long, short)
}

/// Groups the quotations (not-speech quote marks left out) that are the same quotation in
/// several articles:
/// - within a story, the same words, or a partial quotation of four words or more lying inside
///   another copy's quotation (copies often cut a quotation short);
/// - across stories and articles with no copy, the same words when there are eight or more.
///
/// A group holds quotations of two articles at least. Deterministic: groups are numbered by
/// their first quotation in `quotes`.
pub fn same_quotations(
    quotes: &[Quote],
    articles: &[Arc<Article>],
    stories: &Stories,
) -> QuoteGroups {
    let by_id = crate::corpus::by_id(articles);
    let words: Vec<Vec<u64>> = quotes
        .iter()
        .map(|q| {
            if q.kind.is_speech() {
                word_hashes(by_id.get(&q.article).map_or("", |a| q.text(a)))
            } else {
                Vec::new()
            }
        })
        .collect();
    let mut sets = super::UnionFind::new(quotes.len());

    let mut by_story: HashMap<StoryId, Vec<usize>> = HashMap::new();
    for (i, q) in quotes.iter().enumerate() {
        if let Some(story) = stories.story_of(&q.article) {
            by_story.entry(story.id).or_default().push(i);
        }
    }
    let mut story_ids: Vec<&StoryId> = by_story.keys().collect();
    story_ids.sort_unstable();
    for members in story_ids.into_iter().filter_map(|id| by_story.get(id)) {
        for (n, &a) in members.iter().enumerate() {
            for &b in members.iter().skip(n + 1) {
                let (Some(qa), Some(qb)) = (quotes.get(a), quotes.get(b)) else {
                    continue;
                };
                if qa.article == qb.article {
                    continue;
                }
                if let (Some(wa), Some(wb)) = (words.get(a), words.get(b))
                    && same_in_story(wa, wb)
                {
                    sets.union(a, b);
                }
            }
        }
    }

    let mut by_text: HashMap<&[u64], usize> = HashMap::new();
    for (i, w) in words.iter().enumerate() {
        if w.len() < MIN_CROSS_STORY_WORDS {
            continue;
        }
        match by_text.get(w.as_slice()) {
            Some(&first) => sets.union(first, i),
            None => {
                by_text.insert(w.as_slice(), i);
            }
        }
    }

    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..quotes.len() {
        members.entry(sets.find(i)).or_default().push(i);
    }
    let mut found: Vec<Vec<usize>> = members
        .into_values()
        .filter(|m| spans_articles(m, quotes))
        .collect();
    found.sort_unstable_by_key(|m| m.first().copied());
    let mut out = QuoteGroups::default();
    for m in found {
        let id = QuoteGroupId(out.groups.len() as u32);
        let ids: Vec<QuoteId> = m
            .iter()
            .filter_map(|&i| quotes.get(i).map(Quote::id))
            .collect();
        for q in &ids {
            out.by_quote.insert(q.clone(), id);
        }
        out.groups.push(ids);
    }
    out
}

/// True when the quotations (indices into `quotes`) lie in two articles or more.
fn spans_articles(members: &[usize], quotes: &[Quote]) -> bool {
    let mut first: Option<&ArticleId> = None;
    members.iter().filter_map(|&i| quotes.get(i)).any(|q| {
        let seen = *first.get_or_insert(&q.article);
        seen != &q.article
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partial_quotation_inside_a_longer_one_is_the_same_but_a_short_one_must_be_equal() {
        let full = word_hashes(
            "إن روسيا وكوريا الشمالية ستعملان معا لمواجهة محاولات الغرب لخنقهما بالعقوبات",
        );
        let part = word_hashes("ستعملان معا لمواجهة محاولات الغرب");
        let short = word_hashes("محاولات الغرب");
        assert!(same_in_story(&full, &part));
        assert!(same_in_story(&part, &full));
        assert!(!same_in_story(&full, &short));
        assert!(same_in_story(&short, &word_hashes("محاولاتُ الغربِ")));
        assert!(!same_in_story(&[], &[]));
    }
}
