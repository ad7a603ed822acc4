//! The inverses of edits: each puts back exactly what an edit changed, and applying one returns
//! the inverse of that, so that undo and redo are both one application.

use std::mem;

use super::{EditError, codebook};
use crate::corpus::ArticleId;
use crate::quotes::{Correction, QuoteAnchor};
use crate::session::ids::{self, BookmarkId, CodeId, CodingId, Listed, NoteId, SearchId};
use crate::session::{Bookmark, Code, Coding, MetadataEdit, Note, QuoteTag, SavedSearch, Session};

/// What undoes an edit (or, once applied, redoes it). Made only by applying an edit, so it
/// always fits the session it was made on: the history keeps these, not copies of the session.
#[derive(Debug, Clone, PartialEq)]
pub struct Restore(pub(super) Undo);

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Undo {
    /// Put a correction back at its place.
    InsertCorrection {
        index: usize,
        correction: Correction,
    },
    /// Take out the correction at `index`.
    RemoveCorrection { index: usize },
    /// Put an item back at its place in its list.
    Insert { index: usize, item: Item },
    /// Take out an item an edit put in, and set the id counter back to `next_id`, what it was
    /// before.
    Remove { id: ItemId, next_id: u64 },
    /// A note's text as it was (even empty, as a file may have it).
    NoteText { id: NoteId, text: String },
    /// A quotation's tags as they were, each with its place in the session's list of tags.
    Tags {
        quote: QuoteAnchor,
        tags: Vec<(usize, String)>,
    },
    /// An article's metadata edit as it was (`None`: there was none).
    Metadata {
        article: ArticleId,
        edit: Option<MetadataEdit>,
    },
    /// A code as it was (name, colour, description, parent), found by its id.
    Code { code: Code },
    /// The codebook and the codings as they were.
    Lists {
        codes: Vec<Code>,
        codings: Vec<Coding>,
    },
    /// The project memo as it was.
    Memo(String),
}

/// A note, bookmark or kept search.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Item {
    Note(Note),
    Bookmark(Bookmark),
    Search(SavedSearch),
    Code(Code),
    Coding(Coding),
}

/// The id of a note, bookmark or kept search.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum ItemId {
    Note(NoteId),
    Bookmark(BookmarkId),
    Search(SearchId),
    Code(CodeId),
    Coding(CodingId),
}

impl Restore {
    /// Applies it; returns what goes back the other way. On an error (the session was changed
    /// apart from the edits this came from) the session is unchanged.
    pub fn apply(self, s: &mut Session) -> Result<Self, EditError> {
        match self.0 {
            Undo::InsertCorrection { index, correction } => {
                insert_correction(s, Some(index), correction)
            }
            Undo::RemoveCorrection { index } => {
                if index >= s.corrections.edits.len() {
                    return Err(no_place("corrections", index, s.corrections.edits.len()));
                }
                let correction = s.corrections.edits.remove(index);
                Ok(Self(Undo::InsertCorrection { index, correction }))
            }
            Undo::Insert { index, item } => insert(s, Some(index), item),
            Undo::Remove { id, next_id } => remove(s, id, Some(next_id)),
            Undo::NoteText { id, text } => {
                let note = note_mut(s, id)?;
                let text = mem::replace(&mut note.text, text);
                Ok(Self(Undo::NoteText { id, text }))
            }
            Undo::Tags { quote, tags } => place_tags(s, quote, tags),
            Undo::Metadata { article, edit } => Ok(put_metadata(s, article, edit)),
            Undo::Code { code } => codebook::restore_code(s, code),
            Undo::Lists { codes, codings } => Ok(codebook::put_lists(s, codes, codings)),
            Undo::Memo(memo) => Ok(codebook::put_memo(s, memo)),
        }
    }

    /// Whether applying it changes the quotations (corrections or article metadata).
    pub fn touches_quotes(&self) -> bool {
        matches!(
            self.0,
            Undo::InsertCorrection { .. } | Undo::RemoveCorrection { .. } | Undo::Metadata { .. }
        )
    }

    /// Whether applying it changes an article's metadata.
    pub fn touches_metadata(&self) -> bool {
        matches!(self.0, Undo::Metadata { .. })
    }
}

fn no_place(what: &'static str, index: usize, len: usize) -> EditError {
    EditError::NoSuchPlace { what, index, len }
}

/// Puts `correction` at `index` (the end for `None`).
pub(super) fn insert_correction(
    s: &mut Session,
    index: Option<usize>,
    correction: Correction,
) -> Result<Restore, EditError> {
    let len = s.corrections.edits.len();
    let index = index.unwrap_or(len);
    if index > len {
        return Err(no_place("corrections", index, len));
    }
    s.corrections.edits.insert(index, correction);
    Ok(Restore(Undo::RemoveCorrection { index }))
}

/// What each kind of item is called, in errors.
trait Named: Listed {
    const WHAT: &'static str;
    const PLURAL: &'static str;
}

impl Named for Note {
    const WHAT: &'static str = "note";
    const PLURAL: &'static str = "notes";
}

impl Named for Bookmark {
    const WHAT: &'static str = "bookmark";
    const PLURAL: &'static str = "bookmarks";
}

impl Named for SavedSearch {
    const WHAT: &'static str = "kept search";
    const PLURAL: &'static str = "kept searches";
}

impl Named for Code {
    const WHAT: &'static str = "code";
    const PLURAL: &'static str = "codes";
}

impl Named for Coding {
    const WHAT: &'static str = "coding";
    const PLURAL: &'static str = "codings";
}

/// Puts `item` at `index` in its list (the end for `None`), with a fresh id if it has none.
pub(super) fn insert(
    s: &mut Session,
    index: Option<usize>,
    item: Item,
) -> Result<Restore, EditError> {
    let next_id = s.next_id;
    let id = match item {
        Item::Note(n) => ItemId::Note(NoteId(insert_as(s, index, n)?)),
        Item::Bookmark(b) => ItemId::Bookmark(BookmarkId(insert_as(s, index, b)?)),
        Item::Search(x) => ItemId::Search(SearchId(insert_as(s, index, x)?)),
        Item::Code(c) => ItemId::Code(CodeId(insert_as(s, index, c)?)),
        Item::Coding(c) => ItemId::Coding(CodingId(insert_as(s, index, c)?)),
    };
    Ok(Restore(Undo::Remove { id, next_id }))
}

/// Puts `item` at `index` of its list; returns its id.
fn insert_as<T: Named>(
    s: &mut Session,
    index: Option<usize>,
    mut item: T,
) -> Result<u64, EditError> {
    let len = T::list(s).len();
    let index = index.unwrap_or(len);
    if index > len {
        return Err(no_place(T::PLURAL, index, len));
    }
    let id = match item.raw_id() {
        0 => ids::fresh_id::<T>(s).ok_or(EditError::NoIdLeft)?,
        id if id > ids::MAX_ID => return Err(EditError::NoIdLeft),
        id if ids::position::<T>(s, id).is_some() => {
            return Err(EditError::IdTaken { what: T::WHAT, id });
        }
        id => id,
    };
    item.set_raw_id(id);
    T::list_mut(s).insert(index, item);
    s.next_id = s.next_id.max(id + 1);
    Ok(id)
}

/// Takes out the item with id `id`; with `next_id`, sets the id counter back to it (undoing an
/// insertion).
pub(super) fn remove(
    s: &mut Session,
    id: ItemId,
    next_id: Option<u64>,
) -> Result<Restore, EditError> {
    let (index, item) = match id {
        ItemId::Note(id) => remove_as::<Note>(s, id.0).map(|(i, n)| (i, Item::Note(n)))?,
        ItemId::Bookmark(id) => {
            remove_as::<Bookmark>(s, id.0).map(|(i, b)| (i, Item::Bookmark(b)))?
        }
        ItemId::Search(id) => {
            remove_as::<SavedSearch>(s, id.0).map(|(i, x)| (i, Item::Search(x)))?
        }
        ItemId::Code(id) => remove_as::<Code>(s, id.0).map(|(i, c)| (i, Item::Code(c)))?,
        ItemId::Coding(id) => remove_as::<Coding>(s, id.0).map(|(i, c)| (i, Item::Coding(c)))?,
    };
    if let Some(next_id) = next_id {
        s.next_id = next_id;
    }
    Ok(Restore(Undo::Insert { index, item }))
}

fn remove_as<T: Named>(s: &mut Session, id: u64) -> Result<(usize, T), EditError> {
    let index = ids::position::<T>(s, id).ok_or(EditError::Gone { what: T::WHAT, id })?;
    Ok((index, T::list_mut(s).remove(index)))
}

fn note_mut(s: &mut Session, id: NoteId) -> Result<&mut Note, EditError> {
    s.notes
        .iter_mut()
        .find(|n| n.id == id)
        .ok_or(EditError::Gone {
            what: Note::WHAT,
            id: id.0,
        })
}

/// Gives a note a new text; a blank one removes the note. `None` when the text is the same.
pub(super) fn set_note_text(
    s: &mut Session,
    id: NoteId,
    text: String,
) -> Result<Option<Restore>, EditError> {
    if text.trim().is_empty() {
        return remove(s, ItemId::Note(id), None).map(Some);
    }
    let note = note_mut(s, id)?;
    if note.text == text {
        return Ok(None);
    }
    let text = mem::replace(&mut note.text, text);
    Ok(Some(Restore(Undo::NoteText { id, text })))
}

/// The places and texts of a quotation's tags in the session's list.
fn tags_at(s: &Session, quote: &QuoteAnchor) -> Vec<(usize, String)> {
    s.tags
        .iter()
        .enumerate()
        .filter(|(_, t)| &t.quote == quote)
        .map(|(i, t)| (i, t.tag.clone()))
        .collect()
}

/// Replaces a quotation's tags (trimmed, blanks and repeats dropped) with ones at the end of the
/// list. `None` when that is what the list holds already.
pub(super) fn set_tags(s: &mut Session, quote: QuoteAnchor, tags: Vec<String>) -> Option<Restore> {
    let mut new: Vec<String> = Vec::with_capacity(tags.len());
    for tag in tags {
        let tag = tag.trim();
        if !tag.is_empty() && !new.iter().any(|t| t == tag) {
            new.push(tag.to_owned());
        }
    }
    let old = tags_at(s, &quote);
    let tail = s.tags.len() - old.len();
    let unchanged = old.len() == new.len()
        && old
            .iter()
            .zip(&new)
            .enumerate()
            .all(|(k, ((i, was), tag))| *i == tail + k && was == tag);
    if unchanged {
        return None;
    }
    s.tags.retain(|t| t.quote != quote);
    s.tags.extend(new.into_iter().map(|tag| QuoteTag {
        quote: quote.clone(),
        tag,
    }));
    Some(Restore(Undo::Tags { quote, tags: old }))
}

/// Takes out a quotation's tags and puts `tags` at their places (in increasing order).
fn place_tags(
    s: &mut Session,
    quote: QuoteAnchor,
    tags: Vec<(usize, String)>,
) -> Result<Restore, EditError> {
    let current = tags_at(s, &quote);
    let rest = s.tags.len() - current.len();
    let mut previous = None;
    for (k, (index, _)) in tags.iter().enumerate() {
        if *index > rest + k || previous.is_some_and(|p| p >= *index) {
            return Err(no_place("tags", *index, rest + k));
        }
        previous = Some(*index);
    }
    s.tags.retain(|t| t.quote != quote);
    for (index, tag) in tags {
        let tag = QuoteTag {
            quote: quote.clone(),
            tag,
        };
        s.tags.insert(index, tag);
    }
    Ok(Restore(Undo::Tags {
        quote,
        tags: current,
    }))
}

/// Sets an article's metadata edit to `edit` exactly (`None` removes it).
pub(super) fn put_metadata(
    s: &mut Session,
    article: ArticleId,
    edit: Option<MetadataEdit>,
) -> Restore {
    let edit = match edit {
        Some(e) => s.metadata_edits.insert(article.clone(), e),
        None => s.metadata_edits.remove(&article),
    };
    Restore(Undo::Metadata { article, edit })
}
