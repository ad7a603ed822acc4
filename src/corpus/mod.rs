//! The article corpus: what an article is, how it is loaded from disk, cleaned of page debris,
//! and what metadata is inferred from its text.

mod clean;
mod jsonl;
mod load;
mod meta;

use std::fmt;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

pub use clean::{CleanedText, DropReason, DroppedLine, clean_text};
pub use jsonl::{RecordError, load_jsonl};
pub use load::{BUNDLED, LoadError, bundled, load_files, load_text};
pub use meta::{Date, infer_metadata};

/// Stable identifier of an article: the file stem for files, the record id for records.
/// Serialized as its bare string (`"004_fd56def298acf30f"`), in session files as in JSON.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct ArticleId(pub String);

impl ArticleId {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
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
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// One cleaned article.
#[derive(Debug, Clone)]
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
        let meta = Metadata {
            title: known.title.or(inferred.title),
            outlet: known.outlet.or(inferred.outlet),
            date: known.date.or(inferred.date),
            author: known.author.or(inferred.author),
            url: known.url.or(inferred.url),
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
            .take(8)
            .collect::<Vec<_>>()
            .join(" ");
        if words.is_empty() {
            words.clone_from(&self.id.0);
        }
        words
    }
}

/// A set of loaded articles, shared read-only, plus what failed to load.
#[derive(Debug, Default)]
pub struct Corpus {
    /// The articles, in load order.
    pub articles: Vec<Arc<Article>>,
    /// Files that could not be loaded, with the reason.
    pub failures: Vec<LoadError>,
}

impl Corpus {
    /// The article with this id.
    pub fn article(&self, id: &ArticleId) -> Option<&Arc<Article>> {
        self.articles.iter().find(|a| &a.id == id)
    }
}
