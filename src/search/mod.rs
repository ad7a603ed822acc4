//! Arabic-aware search: query parsing, an index of sentences and words, word matching with
//! clitics, spelling variants and typos, and hits in keyword-in-context form.
//!
//! Build a [`SearchIndex`] once per corpus (on a background thread for big corpora), share it as
//! `Arc<SearchIndex>`, and call [`SearchIndex::search_text`] for each keystroke: it parses the
//! query, matches its words against the vocabulary (never letters scattered over a sentence) and
//! returns ranked [`Hit`]s with byte and char ranges into the article text.

mod engine;
mod extend;
mod index;
mod matching;
mod packed;
mod query;
mod reading;
mod refresh;
mod titles;

use std::ops::Range;
use std::sync::Arc;

pub use index::{SearchIndex, sentence_ranges};
pub use matching::MatchKind;
pub use query::{Query, Term};

use crate::corpus::{Article, ArticleId};

/// How hits are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SortOrder {
    /// Best score first; ties in article order.
    #[default]
    Relevance,
    /// Article order (the order articles were indexed), then position in the article.
    ArticleOrder,
}

/// What to search and how to present results.
#[derive(Debug, Clone, Default)]
pub struct SearchOptions {
    /// Hit order.
    pub sort: SortOrder,
    /// Only these articles (all when empty).
    pub articles: Vec<ArticleId>,
    /// Only articles from these outlets (all when empty); compared without case or diacritics.
    pub outlets: Vec<String>,
    /// Build at most this many hits (counts still cover every hit); `None` for all.
    pub limit: Option<usize>,
    /// Also list the sentences where the words of a query of several words stand apart (more
    /// than a few words between them), after all those that hold them together.
    pub words_apart: bool,
    /// Corpus words (as the results' [`WordReport`]s list them) not to count as matches: a
    /// spelling the analyst switched off.
    pub skip_words: Vec<String>,
}

/// One highlighted stretch of a hit: a matched word or phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// Byte range in [`Hit::source`] (the article's text, or its title).
    pub bytes: Range<usize>,
    /// Char range in [`Hit::source`].
    pub chars: Range<usize>,
    /// How the word matched the query (the weakest word of a phrase).
    pub kind: MatchKind,
}

/// One sentence (or an article's title) that matches the query.
#[derive(Debug, Clone)]
pub struct Hit {
    /// The article holding the sentence.
    pub article: Arc<Article>,
    /// Byte range of the sentence in [`Hit::source`] (the text, or the title).
    pub sentence_bytes: Range<usize>,
    /// Char range of the sentence in [`Hit::source`].
    pub sentence_chars: Range<usize>,
    /// The matched words and phrases in the sentence, in text order; never empty.
    pub spans: Vec<Span>,
    /// Relevance, higher is better: about 1 for exact matches of every term, less for clitic
    /// forms, variants and typos, a little more when the article's title matches too or when
    /// the words of an unquoted query stand together in query order.
    pub score: f32,
    /// The words of the query stand apart in the sentence: a weaker hit than one that holds
    /// them together as a name or phrase (listed only when [`SearchOptions::words_apart`]).
    pub apart: bool,
    /// The hit is in the article's title: its ranges are in the title, not in the text.
    pub in_title: bool,
}

/// A hit in keyword-in-context form: the words before the first highlighted span, the span,
/// and the words after, all within the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kwic<'a> {
    /// Words before the hit (at most the number asked for).
    pub before: &'a str,
    /// The first highlighted span.
    pub hit: &'a str,
    /// Words after the hit (at most the number asked for).
    pub after: &'a str,
}

impl Hit {
    /// What the hit's ranges point into: the article's text, or its title for a title hit.
    pub fn source(&self) -> &str {
        if self.in_title {
            self.article.meta.title.as_deref().unwrap_or_default()
        } else {
            &self.article.text
        }
    }

    /// The sentence text.
    pub fn sentence(&self) -> &str {
        self.source()
            .get(self.sentence_bytes.clone())
            .unwrap_or_default()
    }

    /// The text of a span.
    pub fn span_text(&self, span: &Span) -> &str {
        self.source().get(span.bytes.clone()).unwrap_or_default()
    }

    /// Keyword-in-context pieces around the first span, with up to `words` words each side.
    pub fn kwic(&self, words: usize) -> Kwic<'_> {
        let text = self.source();
        let Some(first) = self.spans.first() else {
            return Kwic {
                before: "",
                hit: self.sentence(),
                after: "",
            };
        };
        let before_all = text
            .get(self.sentence_bytes.start..first.bytes.start)
            .unwrap_or_default();
        let after_all = text
            .get(first.bytes.end..self.sentence_bytes.end)
            .unwrap_or_default();
        let Some(nth) = words.checked_sub(1) else {
            return Kwic {
                before: "",
                hit: text.get(first.bytes.clone()).unwrap_or_default(),
                after: "",
            };
        };
        let trimmed = before_all.trim_end();
        let before_start = trimmed
            .char_indices()
            .rev()
            .filter(|&(_, c)| c.is_whitespace())
            .nth(nth)
            .map_or(0, |(i, c)| i + c.len_utf8());
        let after_end = after_all
            .char_indices()
            .filter(|&(i, c)| c.is_whitespace() && i > 0)
            .nth(nth)
            .map_or(after_all.len(), |(i, _)| i);
        Kwic {
            before: before_all.get(before_start..).unwrap_or_default(),
            hit: text.get(first.bytes.clone()).unwrap_or_default(),
            after: after_all.get(..after_end).unwrap_or_default(),
        }
    }
}

/// How one query word was understood: the corpus words it matched.
#[derive(Debug, Clone, PartialEq)]
pub struct WordReport {
    /// The query word, normalized.
    pub query_word: String,
    /// Corpus words it matched, best first (at most 50), with how they matched.
    pub matched: Vec<(String, MatchKind)>,
}

/// The outcome of one search.
#[derive(Debug, Clone, Default)]
pub struct SearchResults {
    /// The hits built, in the order asked for (at most [`SearchOptions::limit`]).
    pub hits: Vec<Hit>,
    /// Number of sentences holding the query's words together, including those beyond the
    /// limit.
    pub total_hits: usize,
    /// Number of articles with at least one sentence holding the words together.
    pub article_count: usize,
    /// Number of sentences holding the query's words only apart (see [`Hit::apart`]).
    pub apart_hits: usize,
    /// How each required query word was matched, in query order, with the joined and split
    /// forms the corpus holds (جينبينغ for جين بينغ) after the word they start at.
    pub words: Vec<WordReport>,
}
