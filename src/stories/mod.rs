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
    /// A shingle found in more articles than this is a formula, not a copied text (royal titles,
    /// the agency's template for a cable of congratulations), and is left out of every
    /// comparison; otherwise such formulas chain unrelated short items into one story.
    pub max_shingle_articles: usize,
}

impl Default for StoryOptions {
    fn default() -> Self {
        Self {
            shingle_words: 5,
            min_containment: 0.5,
            min_shared: 15,
            max_shingle_articles: 60,
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
    list: Vec<Story>,
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
        let mut sets: Vec<Vec<u64>> = articles
            .iter()
            .map(|a| shingles(a, options.shingle_words))
            .collect();
        let counts = ArticleCounts::new(&sets);
        drop_formulas(&mut sets, &counts, options.max_shingle_articles);
        let mut copies_of: Vec<Vec<usize>> = vec![Vec::new(); articles.len()];
        for (a, b) in candidate_pairs(&sets) {
            let (Some(x), Some(y)) = (sets.get(a), sets.get(b)) else {
                continue;
            };
            if is_copy(&overlap(x, y), options) {
                if let Some(list) = copies_of.get_mut(a) {
                    list.push(b);
                }
                if let Some(list) = copies_of.get_mut(b) {
                    list.push(a);
                }
            }
        }
        let len = |i: usize| sets.get(i).map_or(0, Vec::len);
        let date = |i: usize| articles.get(i).and_then(|a| a.meta.date);
        // Fullest first; then dated before undated, earlier before later, then load order.
        let mut by_fullness: Vec<usize> = (0..articles.len()).collect();
        by_fullness
            .sort_unstable_by_key(|&i| (std::cmp::Reverse(len(i)), date(i).is_none(), date(i), i));
        let confirm = |center: usize, members: &[usize]| {
            confirm_copies(center, members, &sets, &counts, options)
        };
        let mut found = star_groups(&copies_of, &by_fullness, confirm);
        found.sort_unstable_by_key(|(_, m)| m.iter().min().copied());
        let mut stories = Self {
            articles: articles.len(),
            ..Self::default()
        };
        for (center, members) in found {
            let id = StoryId(stories.list.len() as u32);
            let story = build_story(id, center, &members, articles, &sets);
            for c in &story.copies {
                stories.by_article.insert(c.article.clone(), id);
            }
            stories.list.push(story);
        }
        stories
    }

    /// The stories (each with two copies or more), in order of their first article.
    pub fn stories(&self) -> &[Story] {
        &self.list
    }

    /// The story an article belongs to, if it has copies.
    pub fn story_of(&self, article: &ArticleId) -> Option<&Story> {
        self.by_article.get(article).and_then(|id| self.story(*id))
    }

    /// The story with this id.
    pub fn story(&self, id: StoryId) -> Option<&Story> {
        self.list.get(id.0 as usize)
    }

    /// Number of stories.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// True when no article has a copy.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The figures of an import report.
    pub fn summary(&self) -> StoriesSummary {
        let in_stories: usize = self.list.iter().map(Story::len).sum();
        StoriesSummary {
            articles: self.articles,
            stories: self.list.len(),
            articles_in_stories: in_stories,
            duplicates: in_stories - self.list.len(),
            largest: self.list.iter().map(Story::len).max().unwrap_or(0),
        }
    }
}

/// True when an overlap makes two articles copies of one text.
fn is_copy(o: &Overlap, options: &StoryOptions) -> bool {
    o.shared >= options.min_shared && o.containment >= options.min_containment
}

/// How many articles hold each shingle that is in two or more, sorted by shingle.
struct ArticleCounts(Vec<(u64, u32)>);

impl ArticleCounts {
    /// Counts the articles holding each shingle.
    fn new(sets: &[Vec<u64>]) -> Self {
        let mut all: Vec<u64> = sets.iter().flatten().copied().collect();
        all.sort_unstable();
        Self(
            all.chunk_by(|x, y| x == y)
                .filter(|run| run.len() > 1)
                .filter_map(|run| Some((*run.first()?, run.len() as u32)))
                .collect(),
        )
    }

    /// Articles holding the shingle.
    fn of(&self, shingle: u64) -> usize {
        self.0
            .binary_search_by_key(&shingle, |&(h, _)| h)
            .map_or(1, |i| self.0.get(i).map_or(1, |&(_, n)| n as usize))
    }
}

/// Removes from every set the shingles found in more than `max_articles` sets.
fn drop_formulas(sets: &mut [Vec<u64>], counts: &ArticleCounts, max_articles: usize) {
    let frequent: std::collections::HashSet<u64> = counts
        .0
        .iter()
        .filter(|&&(_, n)| n as usize > max_articles)
        .map(|&(h, _)| h)
        .collect();
    if frequent.is_empty() {
        return;
    }
    for set in sets {
        set.retain(|h| !frequent.contains(h));
    }
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

/// Star groups: in the order given (fullest first), an article not yet taken becomes the
/// centre of a story with every copy of it not yet taken. Every member is then a direct copy of
/// the centre: a chain of partial overlaps (A shares a template paragraph with B, B another with
/// C) does not make one story of A and C, as joining every overlapping pair would.
fn star_groups(
    copies_of: &[Vec<usize>],
    order: &[usize],
    confirm: impl Fn(usize, &[usize]) -> Vec<usize>,
) -> Vec<(usize, Vec<usize>)> {
    let mut taken = vec![false; copies_of.len()];
    let mut out = Vec::new();
    for &center in order {
        if taken.get(center).copied().unwrap_or(true) {
            continue;
        }
        let mut members: Vec<usize> = copies_of
            .get(center)
            .map(|c| {
                c.iter()
                    .copied()
                    .filter(|&i| !taken.get(i).copied().unwrap_or(true))
                    .collect()
            })
            .unwrap_or_default();
        members = confirm(center, &members);
        if members.is_empty() {
            continue;
        }
        members.push(center);
        members.sort_unstable();
        members.dedup();
        for &m in &members {
            if let Some(t) = taken.get_mut(m) {
                *t = true;
            }
        }
        out.push((center, members));
    }
    out
}

/// The members that stay copies of the centre when the shingles they share with it only
/// because of a template are left out: with `k` articles in the would-be story, a shingle found
/// in more than `k` articles of the corpus is also in articles outside it, so it is a formula
/// (the ministry's wording of an execution statement, a council's opening sentence) and says
/// nothing about this text being copied.
fn confirm_copies(
    center: usize,
    members: &[usize],
    sets: &[Vec<u64>],
    counts: &ArticleCounts,
    options: &StoryOptions,
) -> Vec<usize> {
    let story_size = members.len() + 1;
    let own = |i: usize| -> Vec<u64> {
        sets.get(i)
            .map(|s| {
                s.iter()
                    .copied()
                    .filter(|&h| counts.of(h) <= story_size)
                    .collect()
            })
            .unwrap_or_default()
    };
    let center_own = own(center);
    members
        .iter()
        .copied()
        .filter(|&m| is_copy(&overlap(&own(m), &center_own), options))
        .collect()
}

/// Builds one story from its centre (the representative) and members (indices, the centre
/// included).
fn build_story(
    id: StoryId,
    rep: usize,
    members: &[usize],
    articles: &[Arc<Article>],
    sets: &[Vec<u64>],
) -> Story {
    let date = |i: usize| articles.get(i).and_then(|a| a.meta.date);
    let empty = Vec::new();
    let rep_set = sets.get(rep).unwrap_or(&empty);
    let mut order = members.to_vec();
    order.sort_unstable_by_key(|&i| (date(i).is_none(), date(i), i));
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
            .map_or_else(|| ArticleId::new(""), |a| a.id.clone()),
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
