//! The article corpus: what an article is, how it is loaded from disk, cleaned of page debris,
//! and what metadata is inferred from its text.

mod clean;
mod load;
mod meta;

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

pub use clean::{
    CleanedText, DropReason, DroppedLine, clean_field, clean_text, is_invisible_format,
};
pub use load::{BUNDLED, LoadError, bundled};
pub use meta::{Date, infer_metadata};

/// Stable identifier of an article: the file stem for files, the record id for records.
/// Serialized as its bare string (`"004_fd56def298acf30f"`), in session files as in JSON. Cheap to
/// clone: every quotation and index entry of an article shares its one copy of the text.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct ArticleId(Arc<str>);

impl ArticleId {
    /// An id with this text.
    pub fn new(id: impl Into<Arc<str>>) -> Self {
        Self(id.into())
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<&str> for ArticleId {
    fn from(id: &str) -> Self {
        Self::new(id)
    }
}

impl From<String> for ArticleId {
    fn from(id: String) -> Self {
        Self::new(id)
    }
}

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The articles of a slice by id, to find the article of each of many quotations or annotations
/// (a [`Corpus`] has [`Corpus::article`]).
pub fn by_id(articles: &[Arc<Article>]) -> HashMap<&ArticleId, &Article> {
    articles.iter().map(|a| (&a.id, a.as_ref())).collect()
}

/// What role a block of article text plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum BlockKind {
    /// The article's headline (its first line when that reads as a title).
    Headline,
    /// A short section heading inside the body ("دعم ثابت").
    Heading,
    /// A body paragraph.
    Paragraph,
}

/// One block of cleaned article text, addressed by byte range into [`Article::text`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Byte range of the block inside [`Article::text`]; always on char boundaries.
    pub range: Range<usize>,
}

/// Metadata of an article, as given by its source or inferred from its text. A field the text
/// does not give stays `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Metadata {
    /// The headline.
    pub title: Option<String>,
    /// The outlet that published it, or the source it cites for the story.
    pub outlet: Option<String>,
    /// The publication date.
    pub date: Option<Date>,
    /// The byline.
    pub author: Option<String>,
    /// Where the article was published, when known.
    pub url: Option<String>,
}

/// One cleaned article. Serialized whole for the cache of processed corpora.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Article {
    /// Its id (file stem or record id).
    pub id: ArticleId,
    /// The file it was read from, if any.
    pub path: Option<PathBuf>,
    /// Metadata given or inferred.
    pub meta: Metadata,
    /// The cleaned text: blocks separated by a single `\n`.
    pub text: String,
    /// The blocks of `text`, in order.
    pub blocks: Vec<Block>,
}

impl Article {
    /// Builds an article from raw text: cleans it and infers metadata. Metadata given in `known`
    /// wins over what is inferred.
    pub fn from_raw(id: ArticleId, path: Option<PathBuf>, raw: &str, known: Metadata) -> Self {
        let cleaned = clean_text(raw);
        let inferred = infer_metadata(raw, &cleaned);
        // Fields from record columns, markup and file names are cleaned like the text: no
        // invisible bidi or joiner characters in what the table shows or the export writes.
        let field = |v: Option<String>| v.map(|v| clean_field(&v).into_owned());
        let meta = Metadata {
            title: field(known.title.or(inferred.title)),
            outlet: field(known.outlet.or(inferred.outlet)),
            date: known.date.or(inferred.date),
            author: field(known.author.or(inferred.author)),
            url: field(known.url.or(inferred.url)),
        };
        let id = match clean_field(id.as_str()) {
            Cow::Borrowed(_) => id,
            Cow::Owned(clean) => ArticleId::new(clean),
        };
        Self {
            id,
            path,
            meta,
            text: cleaned.text,
            blocks: cleaned.blocks,
        }
    }

    /// The text of one block.
    pub fn block_text(&self, block: &Block) -> &str {
        self.text.get(block.range.clone()).unwrap_or_default()
    }

    /// A title to show: the headline, or the start of the text when there is none.
    pub fn display_title(&self) -> String {
        const WORDS: usize = 8;
        if let Some(t) = &self.meta.title {
            return t.clone();
        }
        let first = self
            .blocks
            .first()
            .map(|b| self.block_text(b))
            .unwrap_or_default();
        let mut words = first
            .split_whitespace()
            .take(WORDS)
            .collect::<Vec<_>>()
            .join(" ");
        // The start of a sentence, not a headline: the ellipsis says so.
        if first.split_whitespace().nth(WORDS).is_some() {
            words.push('…');
        }
        if words.is_empty() {
            self.id.as_str().clone_into(&mut words);
        }
        words
    }
}

/// An article whose id was already taken, given a suffix (`id~2`, `id~3`, …) to keep ids unique.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenamedId {
    /// The id the article came with.
    pub from: ArticleId,
    /// The id it was given.
    pub to: ArticleId,
    /// The file it came from, if any.
    pub path: Option<PathBuf>,
}

/// The first of `id`, `id~2`, `id~3`, … that `taken` says is free.
pub fn unique_id(id: &ArticleId, taken: impl Fn(&ArticleId) -> bool) -> ArticleId {
    if !taken(id) {
        return id.clone();
    }
    (2..=usize::MAX)
        .map(|n| ArticleId::new(format!("{id}~{n}")))
        .find(|candidate| !taken(candidate))
        .unwrap_or_else(|| id.clone())
}

/// A set of loaded articles, shared read-only, with unique ids, plus what failed to load.
///
/// Built only through [`Corpus::push`] / [`Corpus::extend`] (or `collect`), which keep an id
/// index so [`Corpus::article`] is a hash lookup and rename an article whose id is taken.
#[derive(Debug, Default, Clone)]
pub struct Corpus {
    articles: Vec<Arc<Article>>,
    by_id: HashMap<ArticleId, usize>,
    failures: Vec<LoadError>,
}

impl Corpus {
    /// An empty corpus.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an article at the end. When its id is taken it gets the first free `id~N` and the
    /// rename is returned.
    pub fn push(&mut self, article: Arc<Article>) -> Option<RenamedId> {
        let (article, renamed) = if self.by_id.contains_key(&article.id) {
            let to = unique_id(&article.id, |id| self.by_id.contains_key(id));
            let mut owned = Arc::unwrap_or_clone(article);
            let from = std::mem::replace(&mut owned.id, to.clone());
            let renamed = RenamedId {
                from,
                to,
                path: owned.path.clone(),
            };
            (Arc::new(owned), Some(renamed))
        } else {
            (article, None)
        };
        self.by_id.insert(article.id.clone(), self.articles.len());
        self.articles.push(article);
        renamed
    }

    /// Adds articles at the end, in order; returns the ids that had to be renamed.
    pub fn extend(&mut self, articles: impl IntoIterator<Item = Arc<Article>>) -> Vec<RenamedId> {
        articles.into_iter().filter_map(|a| self.push(a)).collect()
    }

    /// Records a file that could not be loaded.
    pub fn push_failure(&mut self, failure: LoadError) {
        self.failures.push(failure);
    }

    /// The articles, in load order.
    pub fn articles(&self) -> &[Arc<Article>] {
        &self.articles
    }

    /// Files that could not be loaded, with the reason.
    pub fn failures(&self) -> &[LoadError] {
        &self.failures
    }

    /// The article with this id.
    pub fn article(&self, id: &ArticleId) -> Option<&Arc<Article>> {
        self.by_id.get(id).and_then(|&i| self.articles.get(i))
    }

    /// Where the article with this id stands in load order.
    pub fn position(&self, id: &ArticleId) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The number of articles.
    pub fn len(&self) -> usize {
        self.articles.len()
    }

    /// True when there is no article.
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// The articles, giving up the corpus.
    pub fn into_articles(self) -> Vec<Arc<Article>> {
        self.articles
    }
}

impl FromIterator<Arc<Article>> for Corpus {
    fn from_iter<I: IntoIterator<Item = Arc<Article>>>(articles: I) -> Self {
        let mut corpus = Self::new();
        corpus.extend(articles);
        corpus
    }
}
