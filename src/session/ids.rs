//! Stable ids of the session's notes, bookmarks, kept searches, codes and codings: edits name an item by its id,
//! which stays the same when the items before it come and go (an index would not).
//!
//! Ids come from one counter kept in the session ([`Session::next_id`]), so that an id is not
//! given twice while the item that had it may come back by undo. Items a session file brings
//! without an id (files of format 1), with a duplicate one, or with one past [`MAX_ID`] get a
//! fresh id when the file is read, see [`Session::assign_ids`].

use std::collections::HashSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::{Bookmark, Code, Coding, Note, SavedSearch, Session};

/// The largest id kept from a file; larger ones are given anew. Far beyond any session (one id
/// per note ever written), and small enough that counting on from it never overflows.
pub const MAX_ID: u64 = 1 << 53;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $what:literal) => {
        $(#[$doc])*
        ///
        /// `0` is "no id yet": an item made by hand gets its id when an edit adds it or the
        /// session is read or opened.
        #[derive(
            Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize,
            Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub u64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($what, " {}"), self.0)
            }
        }
    };
}

id_type!(
    /// The id of a note.
    NoteId,
    "note"
);
id_type!(
    /// The id of a bookmark.
    BookmarkId,
    "bookmark"
);
id_type!(
    /// The id of a kept search.
    SearchId,
    "kept search"
);
id_type!(
    /// The id of a code of the codebook.
    CodeId,
    "code"
);
id_type!(
    /// The id of a coding (a code applied to a passage or quotation).
    CodingId,
    "coding"
);

/// An item of one of the session's lists that edits name by id.
pub(crate) trait Listed: Clone {
    /// The raw id (`0` for none yet).
    fn raw_id(&self) -> u64;
    /// Sets the raw id.
    fn set_raw_id(&mut self, id: u64);
    /// The session's list of such items.
    fn list(s: &Session) -> &Vec<Self>;
    /// The session's list of such items, to change.
    fn list_mut(s: &mut Session) -> &mut Vec<Self>;
}

macro_rules! listed {
    ($item:ty, $id:ident, $field:ident) => {
        impl Listed for $item {
            fn raw_id(&self) -> u64 {
                self.id.0
            }
            fn set_raw_id(&mut self, id: u64) {
                self.id = $id(id);
            }
            fn list(s: &Session) -> &Vec<Self> {
                &s.$field
            }
            fn list_mut(s: &mut Session) -> &mut Vec<Self> {
                &mut s.$field
            }
        }
    };
}

listed!(Note, NoteId, notes);
listed!(Bookmark, BookmarkId, bookmarks);
listed!(SavedSearch, SearchId, saved_searches);
listed!(Code, CodeId, codes);
listed!(Coding, CodingId, codings);

/// The position of the item with id `id` in its list.
pub(crate) fn position<T: Listed>(s: &Session, id: u64) -> Option<usize> {
    T::list(s).iter().position(|x| x.raw_id() == id)
}

/// A new id for an item of `T`'s list: the counter, or past every id in the list if the counter
/// is behind it (a session whose items were given ids by hand). `None` when ids ran out.
pub(crate) fn fresh_id<T: Listed>(s: &Session) -> Option<u64> {
    let last = T::list(s).iter().map(Listed::raw_id).max().unwrap_or(0);
    let past_list = last.saturating_add(1);
    Some(s.next_id.max(past_list).max(1)).filter(|&id| id <= MAX_ID)
}

/// Gives ids to the items of one list that need one; returns the counter after.
fn assign_list<T: Listed>(items: &mut [T], mut next: u64) -> u64 {
    let mut seen = HashSet::with_capacity(items.len());
    let mut fresh = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let id = item.raw_id();
        if id == 0 || id > MAX_ID || !seen.insert(id) {
            fresh.push(i);
        } else {
            next = next.max(id + 1);
        }
    }
    for i in fresh {
        items[i].set_raw_id(next);
        next += 1;
    }
    next
}

impl Session {
    /// Gives an id to every note, bookmark and kept search that has none (or shares one with an
    /// item before it in its list, or has one past [`MAX_ID`]), in list order, and sets the
    /// counter past every id. A session whose ids are all in order is left as it is.
    pub fn assign_ids(&mut self) {
        let mut next = if (1..=MAX_ID).contains(&self.next_id) {
            self.next_id
        } else {
            1
        };
        next = assign_list(&mut self.notes, next);
        next = assign_list(&mut self.bookmarks, next);
        next = assign_list(&mut self.saved_searches, next);
        next = assign_list(&mut self.codes, next);
        next = assign_list(&mut self.codings, next);
        self.next_id = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ArticleId;
    use crate::session::Target;

    fn note(id: u64) -> Note {
        Note {
            id: NoteId(id),
            target: Target::Article(ArticleId::new("001")),
            text: format!("ملاحظة {id}"),
        }
    }

    #[test]
    fn missing_duplicate_and_huge_ids_are_given_anew_and_the_rest_kept() {
        let mut s = Session {
            notes: vec![note(0), note(7), note(7), note(u64::MAX), note(3)],
            next_id: 2,
            ..Session::default()
        };
        s.saved_searches.push(SavedSearch::new("بوتين", ""));
        s.assign_ids();
        let ids: Vec<u64> = s.notes.iter().map(|n| n.id.0).collect();
        assert_eq!(ids, [8, 7, 9, 10, 3]);
        assert_eq!(s.saved_searches[0].id, SearchId(11));
        assert_eq!(s.next_id, 12);
        let before = s.clone();
        s.assign_ids();
        assert_eq!(s, before, "ids in order are kept");
    }

    #[test]
    fn a_fresh_id_is_past_the_counter_and_the_list() {
        let mut s = Session {
            notes: vec![note(40)],
            next_id: 5,
            ..Session::default()
        };
        assert_eq!(fresh_id::<Note>(&s), Some(41));
        s.next_id = 90;
        assert_eq!(fresh_id::<Note>(&s), Some(90));
        s.next_id = MAX_ID + 1;
        assert_eq!(fresh_id::<Note>(&s), None, "ran out");
        s.next_id = 1;
        s.notes.push(note(u64::MAX));
        assert_eq!(fresh_id::<Note>(&s), None, "no overflow");
    }
}
