//! The analyst's edits of a session, as values: what the window sends, what undo names, and
//! how each changes the session. Keeping them here (not in the window) lets the core test them.
//!
//! Applying an edit returns its inverse: the edit that puts back exactly what it changed (a
//! removed note at its place in the list, a quotation's tags at their places, an article's
//! metadata edit as it was). Applying the inverse returns the edit again, so undo and redo
//! are each one application. Edits name notes, bookmarks and kept searches by id (see
//! [`super::ids`]); an edit whose item is gone is an [`EditError`] and changes nothing.

mod codebook;
mod restore;
#[cfg(test)]
mod tests;

use super::ids::{BookmarkId, CodeId, CodingId, NoteId, SearchId};
use super::{Bookmark, Code, Coding, MetadataEdit, Note, SavedSearch, Session, Target};
use crate::corpus::ArticleId;
use crate::quotes::{Correction, QuoteAnchor};

pub use restore::Restore;

/// One edit of a session.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// A correction of the quote extraction.
    Correct(Correction),
    /// Add a note (given an id if it has none).
    AddNote(Note),
    /// Change the text of a note (an empty text removes it).
    SetNoteText {
        /// The note.
        id: NoteId,
        /// The new text.
        text: String,
    },
    /// Remove a note.
    RemoveNote(NoteId),
    /// Add a bookmark (given an id if it has none); a target already bookmarked is kept once.
    AddBookmark(Bookmark),
    /// Remove a bookmark.
    RemoveBookmark(BookmarkId),
    /// Replace the tags of a quotation.
    SetQuoteTags {
        /// The quotation.
        quote: QuoteAnchor,
        /// Its tags, in order; duplicates and empty ones are dropped.
        tags: Vec<String>,
    },
    /// Replace an article's metadata edit (all `None` removes it).
    EditMetadata {
        /// The article.
        article: ArticleId,
        /// The analyst's values.
        edit: MetadataEdit,
    },
    /// Keep a search (given an id if it has none); a query already kept is kept once.
    SaveSearch(SavedSearch),
    /// Forget a kept search.
    RemoveSavedSearch(SearchId),
    /// Add a code to the codebook (given an id if it has none), under an existing parent.
    AddCode(Code),
    /// Rename a code.
    RenameCode {
        /// The code.
        id: CodeId,
        /// Its new name (trimmed; never empty).
        name: String,
    },
    /// Give a code another colour.
    RecolourCode {
        /// The code.
        id: CodeId,
        /// Red, green, blue.
        colour: [u8; 3],
    },
    /// Replace a code's description memo.
    DescribeCode {
        /// The code.
        id: CodeId,
        /// The memo (may be empty).
        description: String,
    },
    /// Put a code under another (`None`: at the top); never under itself or a code below it.
    MoveCode {
        /// The code.
        id: CodeId,
        /// Its new parent.
        parent: Option<CodeId>,
    },
    /// Merge a code into another: its codings and children go to `into`, and it is removed.
    MergeCodes {
        /// The code that goes.
        from: CodeId,
        /// The code that stays.
        into: CodeId,
    },
    /// Delete a code with its codings; the codes under it move up to its parent.
    DeleteCode(CodeId),
    /// Code a passage, article or quotation (given an id if it has none); a target that
    /// already has the code keeps it once.
    AddCoding(Coding),
    /// Remove a coding.
    RemoveCoding(CodingId),
    /// Replace the project memo.
    SetProjectMemo(String),
    /// Put back what another edit changed: the inverse [`Edit::apply`] returns.
    Restore(Restore),
}

/// Why an edit could not be applied; the session is left as it was.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The note, bookmark or kept search the edit names is not in the session.
    #[error("{what} {id} is no longer in the session")]
    Gone {
        /// "note", "bookmark" or "kept search".
        what: &'static str,
        /// Its id.
        id: u64,
    },
    /// An item to add has the id of one the session already has.
    #[error("the session already has a {what} with id {id}")]
    IdTaken {
        /// "note", "bookmark" or "kept search".
        what: &'static str,
        /// The id.
        id: u64,
    },
    /// A place to put an item back is past the end of its list.
    #[error("the session's {what} have no place {index} (there are {len})")]
    NoSuchPlace {
        /// "notes", "corrections", "tags", …
        what: &'static str,
        /// The place.
        index: usize,
        /// How many there are.
        len: usize,
    },
    /// Every id was given.
    #[error("the session has no id left to give")]
    NoIdLeft,
    /// The edit would make the codebook wrong (a code without a name, a code under itself).
    #[error("{0}")]
    Refused(&'static str),
}

impl Edit {
    /// What the edit does, for the Undo and Redo menu items.
    pub fn label(&self) -> String {
        match self {
            Self::Correct(Correction::SetSpeaker { speaker, .. }) => {
                format!("set speaker “{speaker}”")
            }
            Self::Correct(Correction::MergeSpeakers { from, into }) => {
                format!("merge “{from}” into “{into}”")
            }
            Self::Correct(Correction::SplitSpeaker { canonical, name }) => {
                format!("split “{name}” from “{canonical}”")
            }
            Self::Correct(Correction::DeleteQuote { .. }) => "delete quotation".to_owned(),
            Self::Correct(Correction::AddQuote { .. }) => "add quotation".to_owned(),
            Self::AddNote(_) => "add note".to_owned(),
            Self::SetNoteText { .. } => "edit note".to_owned(),
            Self::RemoveNote(_) => "remove note".to_owned(),
            Self::AddBookmark(_) => "add bookmark".to_owned(),
            Self::RemoveBookmark(_) => "remove bookmark".to_owned(),
            Self::SetQuoteTags { .. } => "tag quotation".to_owned(),
            Self::EditMetadata { .. } => "edit article details".to_owned(),
            Self::SaveSearch(_) => "save search".to_owned(),
            Self::RemoveSavedSearch(_) => "forget saved search".to_owned(),
            Self::AddCode(_) => "add code".to_owned(),
            Self::RenameCode { .. } => "rename code".to_owned(),
            Self::RecolourCode { .. } => "recolour code".to_owned(),
            Self::DescribeCode { .. } => "describe code".to_owned(),
            Self::MoveCode { .. } => "move code".to_owned(),
            Self::MergeCodes { .. } => "merge codes".to_owned(),
            Self::DeleteCode(_) => "delete code".to_owned(),
            Self::AddCoding(_) => "code passage".to_owned(),
            Self::RemoveCoding(_) => "remove coding".to_owned(),
            Self::SetProjectMemo(_) => "edit project memo".to_owned(),
            Self::Restore(_) => "restore".to_owned(),
        }
    }

    /// Whether the edit changes the quotations (their corrections or their article metadata),
    /// so the quotes table must be laid out again.
    pub fn touches_quotes(&self) -> bool {
        match self {
            Self::Correct(_) | Self::EditMetadata { .. } => true,
            Self::Restore(r) => r.touches_quotes(),
            _ => false,
        }
    }

    /// Whether the edit changes an article's metadata, so the articles must show it again.
    pub fn touches_metadata(&self) -> bool {
        match self {
            Self::EditMetadata { .. } => true,
            Self::Restore(r) => r.touches_metadata(),
            _ => false,
        }
    }

    /// Applies the edit; returns its inverse, or `None` when the edit changes nothing (a target
    /// already bookmarked, a note given the text it has). On an error the session is unchanged.
    pub fn apply(self, session: &mut Session) -> Result<Option<Edit>, EditError> {
        Ok(self.apply_restorable(session)?.map(Edit::Restore))
    }

    /// [`Self::apply`], with the inverse as the [`Restore`] the history keeps.
    pub(crate) fn apply_restorable(self, s: &mut Session) -> Result<Option<Restore>, EditError> {
        use restore::{Item, ItemId};
        let changed = match self {
            Self::Correct(c) => Some(restore::insert_correction(s, None, c)?),
            Self::AddNote(n) => Some(restore::insert(s, None, Item::Note(n))?),
            Self::SetNoteText { id, text } => restore::set_note_text(s, id, text)?,
            Self::RemoveNote(id) => Some(restore::remove(s, ItemId::Note(id), None)?),
            Self::AddBookmark(b) => {
                if s.bookmarks.iter().any(|x| x.target == b.target) {
                    None
                } else {
                    Some(restore::insert(s, None, Item::Bookmark(b))?)
                }
            }
            Self::RemoveBookmark(id) => Some(restore::remove(s, ItemId::Bookmark(id), None)?),
            Self::SetQuoteTags { quote, tags } => restore::set_tags(s, quote, tags),
            Self::EditMetadata { article, edit } => {
                let wanted = (edit != MetadataEdit::default()).then_some(edit);
                if s.metadata_edits.get(&article) == wanted.as_ref() {
                    None
                } else {
                    Some(restore::put_metadata(s, article, wanted))
                }
            }
            Self::SaveSearch(search) => {
                if s.saved_searches.iter().any(|x| x.query == search.query) {
                    None
                } else {
                    Some(restore::insert(s, None, Item::Search(search))?)
                }
            }
            Self::RemoveSavedSearch(id) => Some(restore::remove(s, ItemId::Search(id), None)?),
            Self::Restore(r) => Some(r.apply(s)?),
            code_edit => code_edit.apply_to_codebook(s)?,
        };
        Ok(changed)
    }
}

impl Edit {
    /// Applies an edit of the codebook, codings or project memo.
    fn apply_to_codebook(self, s: &mut Session) -> Result<Option<Restore>, EditError> {
        Ok(match self {
            Self::AddCode(code) => Some(codebook::add_code(s, code)?),
            Self::RenameCode { id, name } => codebook::change_code(s, id, |c| c.name = name)?,
            Self::RecolourCode { id, colour } => {
                codebook::change_code(s, id, |c| c.colour = colour)?
            }
            Self::DescribeCode { id, description } => {
                codebook::change_code(s, id, |c| c.description = description)?
            }
            Self::MoveCode { id, parent } => codebook::change_code(s, id, |c| c.parent = parent)?,
            Self::MergeCodes { from, into } => Some(codebook::merge(s, from, into)?),
            Self::DeleteCode(id) => Some(codebook::delete(s, id)?),
            Self::AddCoding(coding) => codebook::add_coding(s, coding)?,
            Self::RemoveCoding(id) => Some(codebook::remove_coding(s, id)?),
            Self::SetProjectMemo(memo) => codebook::set_memo(s, memo),
            _ => None,
        })
    }
}

impl Session {
    /// The tags of a quotation, in the order they were given.
    pub fn tags_of(&self, quote: &QuoteAnchor) -> Vec<&str> {
        self.tags
            .iter()
            .filter(|t| &t.quote == quote)
            .map(|t| t.tag.as_str())
            .collect()
    }

    /// The notes on a target.
    pub fn notes_on<'a>(&'a self, target: &'a Target) -> impl Iterator<Item = &'a Note> {
        self.notes.iter().filter(move |n| &n.target == target)
    }

    /// The note with id `id`.
    pub fn note(&self, id: NoteId) -> Option<&Note> {
        self.notes.iter().find(|n| n.id == id)
    }

    /// Every tag used, sorted, once each.
    pub fn all_tags(&self) -> Vec<&str> {
        let mut tags: Vec<&str> = self.tags.iter().map(|t| t.tag.as_str()).collect();
        tags.sort_unstable();
        tags.dedup();
        tags
    }
}
