//! Stories: wire copies and republications of one text by several outlets, grouped as one story
//! with its copies, and the same quotation found in several copies marked as one.
//!
//! - [`Stories::group`] compares every article with every other through word shingles, a
//!   `MinHash` signature and LSH bands (candidate pairs), then the exact shingle overlap (copies),
//!   and joins copies into stories.
//! - [`same_quotations`] groups the quotations that are the same words in several articles.
//!
//! Layout: `shingles` (shingles, signatures, bands, overlap), `quotations` (quotation groups).

mod quotations;
mod shingles;

use std::collections::HashMap;
use std::sync::Arc;

use crate::corpus::{Article, ArticleId, Date};

pub use quotations::{QuoteGroupId, QuoteGroups, same_quotations};

use shingles::{Overlap, band_keys, overlap, shingles, signature};

/// How articles are compared. [`StoryOptions::default`] holds the thresholds tuned on real
/// wire copies (see the field docs).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StoryOptions {
    /// Words per shingle. Five: long enough that shared formulas ("وكالة الأنباء السعودية")
    /// rarely make two different texts overlap, short enough that an edited word breaks only
    /// five shingles.
    pub shingle_words: usize,
    /// Share of the shorter article's shingles that must be in the longer one for the two to be
    /// copies. Containment rather than Jaccard, so a short wire copy inside a longer article
    /// counts.
    pub min_containment: f32,
    /// Shingles the two must share at least, so two short items sharing one sentence are not
    /// copies.
    pub min_shared: usize,
}

impl Default for StoryOptions {
    fn default() -> Self {
        Self {
            shingle_words: 5,
            min_containment: 0.5,
            min_shared: 15,
        }
    }
}

/// Identifier of a story: its position in [`Stories::stories`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StoryId(pub u32);

/// One article of a story and how close it is to the story's representative.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryCopy {
    /// The article.
    pub article: ArticleId,
    /// Its date, when known.
    pub date: Option<Date>,
    /// Share of the shorter text's shingles found in the other one (this copy against the
    /// representative); 1 for the representative itself.
    pub containment: f32,
    /// Jaccard similarity of the shingle sets of this copy and the representative.
    pub jaccard: f32,
}

/// One text published several times: the articles that are copies of each other.
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    /// Its id.
    pub id: StoryId,
    /// The fullest copy (most shingles; the earliest, then the first loaded, on a tie), to show
    /// for the story.
    pub representative: ArticleId,
    /// Every copy, the representative included, by date (undated last), then load order.
    pub copies: Vec<StoryCopy>,
}

impl Story {
    /// Number of copies, the representative included.
    pub fn len(&self) -> usize {
        self.copies.len()
    }

    /// Never true: a story has two copies at least.
    pub fn is_empty(&self) -> bool {
        self.copies.is_empty()
    }

    /// True when the article is one of the copies.
    pub fn contains(&self, article: &ArticleId) -> bool {
        self.copies.iter().any(|c| &c.article == article)
    }
}

/// What grouping found, for an import report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StoriesSummary {
    /// Articles compared.
    pub articles: usize,
    /// Stories (texts published twice or more).
    pub stories: usize,
    /// Articles that belong to a story.
    pub articles_in_stories: usize,
    /// Copies beyond the first of each story: the duplicates.
    pub duplicates: usize,
    /// Copies in the largest story.
    pub largest: usize,
}

/// The stories of a set of articles. Articles that have no copy belong to no story.
#[derive(Debug, Clone, Default)]
pub struct Stories {
    stories: Vec<Story>,
    by_article: HashMap<ArticleId, StoryId>,
    articles: usize,
}

impl Stories {
    /// Groups articles into stories with the default thresholds.
    pub fn group(articles: &[Arc<Article>]) -> Self {
        Self::group_with(articles, &StoryOptions::default())
    }

    /// Groups articles into stories. Deterministic: the same articles in the same order give the
    /// same stories, ids included (stories are numbered by their first article in load order).
    pub fn group_with(articles: &[Arc<Article>], options: &StoryOptions) -> Self {
        let sets: Vec<Vec<u64>> = articles
            .iter()
            .map(|a| shingles(a, options.shingle_words))
            .collect();
        let mut groups = UnionFind::new(articles.len());
        for (a, b) in candidate_pairs(&sets) {
            let (Some(x), Some(y)) = (sets.get(a), sets.get(b)) else {
                continue;
            };
            if is_copy(&overlap(x, y), options) {
                groups.union(a, b);
            }
        }
        let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
        for i in 0..articles.len() {
            members.entry(groups.find(i)).or_default().push(i);
        }
        let mut found: Vec<Vec<usize>> = members.into_values().filter(|m| m.len() > 1).collect();
        found.sort_unstable_by_key(|m| m.first().copied());
        let mut stories = Self {
            articles: articles.len(),
            ..Self::default()
        };
        for m in found {
            let id = StoryId(stories.stories.len() as u32);
            let story = build_story(id, &m, articles, &sets);
            for c in &story.copies {
                stories.by_article.insert(c.article.clone(), id);
            }
            stories.stories.push(story);
        }
        stories
    }

    /// The stories (each with two copies or more), in order of their first article.
    pub fn stories(&self) -> &[Story] {
        &self.stories
    }

    /// The story an article belongs to, if it has copies.
    pub fn story_of(&self, article: &ArticleId) -> Option<&Story> {
        self.by_article
            .get(article)
            .and_then(|id| self.story(*id))
    }

    /// The story with this id.
    pub fn story(&self, id: StoryId) -> Option<&Story> {
        self.stories.get(id.0 as usize)
    }

    /// Number of stories.
    pub fn len(&self) -> usize {
        self.stories.len()
    }

    /// True when no article has a copy.
    pub fn is_empty(&self) -> bool {
        self.stories.is_empty()
    }

    /// The figures of an import report.
    pub fn summary(&self) -> StoriesSummary {
        let in_stories: usize = self.stories.iter().map(Story::len).sum();
        StoriesSummary {
            articles: self.articles,
            stories: self.stories.len(),
            articles_in_stories: in_stories,
            duplicates: in_stories - self.stories.len(),
            largest: self.stories.iter().map(Story::len).max().unwrap_or(0),
        }
    }
}

/// True when an overlap makes two articles copies of one text.
fn is_copy(o: &Overlap, options: &StoryOptions) -> bool {
    o.shared >= options.min_shared && o.containment >= options.min_containment
}

/// Pairs of article indices (smaller first, sorted, distinct) that share a whole LSH band.
fn candidate_pairs(sets: &[Vec<u64>]) -> Vec<(usize, usize)> {
    let mut keyed: Vec<(u64, u32)> = Vec::new();
    for (i, set) in sets.iter().enumerate() {
        if let Some(sig) = signature(set) {
            keyed.extend(band_keys(&sig).map(|k| (k, i as u32)));
        }
    }
    keyed.sort_unstable();
    let mut pairs = Vec::new();
    for bucket in keyed.chunk_by(|x, y| x.0 == y.0).filter(|b| b.len() > 1) {
        for (n, &(_, a)) in bucket.iter().enumerate() {
            for &(_, b) in bucket.iter().skip(n + 1) {
                pairs.push((a.min(b) as usize, a.max(b) as usize));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Builds one story from the indices of its articles (in load order).
fn build_story(
    id: StoryId,
    members: &[usize],
    articles: &[Arc<Article>],
    sets: &[Vec<u64>],
) -> Story {
    let len = |i: usize| sets.get(i).map_or(0, Vec::len);
    let date = |i: usize| articles.get(i).and_then(|a| a.meta.date);
    // Dated before undated, earlier before later, then load order.
    let order_key = |i: usize| (date(i).is_none(), date(i), i);
    let rep = members
        .iter()
        .copied()
        .max_by(|&x, &y| len(x).cmp(&len(y)).then(order_key(y).cmp(&order_key(x))))
        .unwrap_or_default();
    let empty = Vec::new();
    let rep_set = sets.get(rep).unwrap_or(&empty);
    let mut order = members.to_vec();
    order.sort_unstable_by_key(|&i| order_key(i));
    let copies = order
        .into_iter()
        .filter_map(|i| {
            let article = articles.get(i)?;
            let o = overlap(sets.get(i)?, rep_set);
            Some(StoryCopy {
                article: article.id.clone(),
                date: article.meta.date,
                containment: if i == rep { 1.0 } else { o.containment },
                jaccard: if i == rep { 1.0 } else { o.jaccard },
            })
        })
        .collect();
    Story {
        id,
        representative: articles
            .get(rep)
            .map(|a| a.id.clone())
            .unwrap_or_else(|| ArticleId(String::new())),
        copies,
    }
}

/// Disjoint sets over `0..n`, with path halving and union by size.
struct UnionFind {
    parent: Vec<usize>,
    size: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        Self {
            parent: (0..n).collect(),
            size: vec![1; n],
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while let Some(&p) = self.parent.get(x) {
            if p == x {
                break;
            }
            let grand = self.parent.get(p).copied().unwrap_or(p);
            if let Some(slot) = self.parent.get_mut(x) {
                *slot = grand;
            }
            x = grand;
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return;
        }
        let size = |r: usize| self.size.get(r).copied().unwrap_or(1);
        let (big, small) = if size(ra) >= size(rb) {
            (ra, rb)
        } else {
            (rb, ra)
        };
        let total = size(big) + size(small);
        if let Some(p) = self.parent.get_mut(small) {
            *p = big;
        }
        if let Some(s) = self.size.get_mut(big) {
            *s = total;
        }
    }
}
