//! The research session: the analyst's work on a corpus — which articles, metadata edits, quote
//! corrections, bookmarks, notes, tags, saved searches and the view — saved to a RON file that
//! can be reopened, shared and trusted.
//!
//! The session never holds article text itself, only where the articles came from (with a
//! content hash) and anchors into them; see [`Anchor`].
//!
//! - [`file`]: the RON format, versions and upgrades, atomic save with a `.bak`.
//! - [`anchor`]: placing notes, bookmarks, tags and corrections again in the loaded articles.
//! - [`sources`]: article sources with content hashes, loading them, metadata edits.
//! - [`history`]: the open [`Document`] with undo, redo and unsaved-changes tracking.
//! - [`codes`]: the codebook (codes in a hierarchy, with colours and memos) and codings.
//! - [`ids`]: the stable ids edits name notes, bookmarks and kept searches by.
//! - [`trust`]: which files outside the session's folder may be read for it.
//! - [`recovery`]: the autosaved recovery file offered after a crash.
//! - [`error`]: what can go wrong, in words the analyst understands.

pub mod anchor;
pub mod codes;
pub mod error;
pub mod file;
pub mod history;
pub mod ids;
pub mod recovery;
pub mod sources;
pub mod trust;

pub use anchor::{
    AnnotationRef, MarkedPassage, Placed, Placement, Unplaceable, Unplaced, place_quote,
};
pub use codes::{Code, Coding, PATH_SEPARATOR, parse_colour};
pub use error::{FormatError, SessionError, WriteStep};
pub use file::{backup_path, from_bytes, from_ron, load, save, to_ron};
pub use history::{Document, HISTORY_LIMIT};
pub use ids::{BookmarkId, CodeId, CodingId, NoteId, SearchId};
pub use recovery::{RECOVERY_FILE, Recovered, Recovery};
pub use sources::{
    MetadataProblem, SourceProblem, apply_metadata_edits, check_sources, load_session_corpus,
    load_session_corpus_with_report,
};
pub use trust::{OpenedPaths, sources_to_confirm};

mod edit;

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::corpus::ArticleId;
use crate::quotes::{Corrections, QuoteAnchor};

pub use edit::{Edit, EditError, Restore};

/// The format version this build writes. Files of older versions are migrated on load; files of
/// newer versions are refused (and never overwritten).
///
/// Format 2 gave notes, bookmarks and kept searches an `id`, and the session the `next_id`
/// counter; format 1 files get ids when read. Format 3 added the codebook (`codes`), the
/// `codings` and the `project_memo`; a format 2 file has none of them.
pub const SESSION_VERSION: u32 = 3;

/// A research session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Session {
    /// Format version of the file; [`SESSION_VERSION`] when written by this build.
    pub version: u32,
    /// Where the articles came from, in load order.
    pub sources: Vec<Source>,
    /// The analyst's edits of article metadata, by article.
    pub metadata_edits: BTreeMap<ArticleId, MetadataEdit>,
    /// Quote corrections and speaker merges, in the order they were made.
    pub corrections: Corrections,
    /// Bookmarks on articles and passages.
    pub bookmarks: Vec<Bookmark>,
    /// Notes on articles, passages and quotations.
    pub notes: Vec<Note>,
    /// Tags on quotations.
    pub tags: Vec<QuoteTag>,
    /// Searches the analyst kept.
    pub saved_searches: Vec<SavedSearch>,
    /// The codebook: codes in a hierarchy, parents listed anywhere in it.
    pub codes: Vec<Code>,
    /// Codes applied to passages, articles and quotations, in the order they were made.
    pub codings: Vec<Coding>,
    /// The project memo: what the research is about, any number of paragraphs.
    pub project_memo: String,
    /// The id the next note, bookmark, kept search, code or coding gets (see [`ids`]).
    pub next_id: u64,
    /// What the window showed.
    pub view: ViewState,
}

impl Default for Session {
    fn default() -> Self {
        Self {
            version: SESSION_VERSION,
            sources: vec![Source::Bundled],
            metadata_edits: BTreeMap::new(),
            corrections: Corrections::default(),
            bookmarks: Vec::new(),
            notes: Vec::new(),
            tags: Vec::new(),
            saved_searches: Vec::new(),
            codes: Vec::new(),
            codings: Vec::new(),
            project_memo: String::new(),
            next_id: 1,
            view: ViewState::default(),
        }
    }
}

impl Session {
    /// What the session holds, in words, for a prompt ("2 notes, 1 bookmark, 1 imported file");
    /// kinds with nothing in them are left out, and "no annotations" when all are empty (the view
    /// alone changed).
    pub fn summary(&self) -> String {
        let files = self
            .sources
            .iter()
            .filter(|s| matches!(s, Source::File { .. }))
            .count();
        let counts = [
            (self.notes.len(), "note", "notes"),
            (self.bookmarks.len(), "bookmark", "bookmarks"),
            (self.corrections.edits.len(), "correction", "corrections"),
            (self.tags.len(), "tag", "tags"),
            (
                self.metadata_edits.len(),
                "article's details edited",
                "articles' details edited",
            ),
            (self.saved_searches.len(), "kept search", "kept searches"),
            (self.codes.len(), "code", "codes"),
            (self.codings.len(), "coding", "codings"),
            (files, "imported file", "imported files"),
        ];
        let parts: Vec<String> = counts
            .iter()
            .filter(|(n, ..)| *n > 0)
            .map(|&(n, one, many)| format!("{n} {}", if n == 1 { one } else { many }))
            .collect();
        if parts.is_empty() {
            "no annotations".to_owned()
        } else {
            parts.join(", ")
        }
    }
}

/// Where articles came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Source {
    /// The sample articles that ship with Isnad.
    Bundled,
    /// A file the analyst imported (a text, HTML, JSON Lines or CSV file).
    File {
        /// Its path, as given when it was imported.
        path: PathBuf,
        /// Hex SHA-256 of its bytes when the session was saved.
        sha256: String,
    },
}

/// The analyst's values for an article's metadata; a `None` field keeps the inferred value.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MetadataEdit {
    /// Headline.
    pub title: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Date as `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Byline.
    pub author: Option<String>,
}

/// A passage of an article: its id, byte range and a copy of the text, so that it can be found
/// again when the article's text has moved.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Anchor {
    /// The article.
    pub article: ArticleId,
    /// Byte range in the article's cleaned text when the anchor was made.
    pub bytes: Range<usize>,
    /// The passage's text.
    pub text: String,
}

/// What a note or bookmark is attached to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Target {
    /// A whole article.
    Article(ArticleId),
    /// A passage of an article.
    Passage(Anchor),
    /// A quotation (as the quotes table lists it).
    Quote(QuoteAnchor),
}

impl Target {
    /// The article the target is in.
    pub fn article(&self) -> &ArticleId {
        match self {
            Self::Article(id) => id,
            Self::Passage(a) => &a.article,
            Self::Quote(q) => &q.article,
        }
    }
}

/// A bookmark.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmark {
    /// Its id (`0` until an edit adds it or the session is read).
    #[serde(default)]
    pub id: BookmarkId,
    /// What is bookmarked.
    pub target: Target,
    /// The analyst's label (may be empty).
    pub label: String,
}

/// A note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// Its id (`0` until an edit adds it or the session is read).
    #[serde(default)]
    pub id: NoteId,
    /// What the note is about.
    pub target: Target,
    /// The note's text.
    pub text: String,
}

impl Bookmark {
    /// A bookmark without an id yet.
    pub fn new(target: Target, label: impl Into<String>) -> Self {
        Self {
            id: BookmarkId::default(),
            target,
            label: label.into(),
        }
    }
}

impl Note {
    /// A note without an id yet.
    pub fn new(target: Target, text: impl Into<String>) -> Self {
        Self {
            id: NoteId::default(),
            target,
            text: text.into(),
        }
    }
}

impl SavedSearch {
    /// A kept search without an id yet.
    pub fn new(query: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            id: SearchId::default(),
            query: query.into(),
            label: label.into(),
        }
    }
}

/// A tag on a quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteTag {
    /// The quotation.
    pub quote: QuoteAnchor,
    /// The tag.
    pub tag: String,
}

/// A search the analyst kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedSearch {
    /// Its id (`0` until an edit adds it or the session is read).
    #[serde(default)]
    pub id: SearchId,
    /// The query as typed.
    pub query: String,
    /// The analyst's name for it (may be empty).
    pub label: String,
}

/// What the centre of the window shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum CentreView {
    /// The reader.
    #[default]
    Reader,
    /// The quotes table.
    Quotes,
}

/// What the window showed when the session was saved (window size and theme are preferences,
/// kept by the window, not here).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewState {
    /// The article open in the reader.
    pub selected: Option<ArticleId>,
    /// Reader or quotes table.
    pub centre: CentreView,
    /// The reader's scroll offset in points.
    pub reader_scroll: f32,
    /// The article list's filter text.
    pub article_filter: String,
    /// The search box's query.
    pub search_query: String,
    /// The quotes table's filters.
    pub quote_filter: QuoteFilterState,
}

/// The quotes table's filters, as the analyst left them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuoteFilterState {
    /// Text filter over quote, speaker and article.
    pub text: String,
    /// Only this speaker (canonical name).
    pub speaker: Option<String>,
    /// Only the open article.
    pub open_article_only: bool,
    /// Kinds shown, by name (`direct`, `partial`, `reported`, `not_speech`); empty shows the
    /// default kinds.
    pub kinds: Vec<String>,
    /// Sort column and direction, by name.
    pub sort: Option<(String, bool)>,
}
