//! The analyst's edits of a session, as values: what the window sends, what undo names, and
//! how each changes the session. Keeping them here (not in the window) lets the core test them.

use super::{Bookmark, MetadataEdit, Note, QuoteTag, SavedSearch, Session, Target};
use crate::corpus::ArticleId;
use crate::quotes::{Correction, QuoteAnchor};

/// One edit of a session.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// A correction of the quote extraction.
    Correct(Correction),
    /// Add a note.
    AddNote(Note),
    /// Change the text of note `index` (an empty text removes it).
    SetNoteText {
        /// Index into [`Session::notes`].
        index: usize,
        /// The new text.
        text: String,
    },
    /// Remove note `index`.
    RemoveNote(usize),
    /// Add a bookmark.
    AddBookmark(Bookmark),
    /// Remove bookmark `index`.
    RemoveBookmark(usize),
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
    /// Keep a search.
    SaveSearch(SavedSearch),
    /// Forget saved search `index`.
    RemoveSavedSearch(usize),
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
        }
    }

    /// Whether the edit changes the quotations (their corrections or their article metadata),
    /// so the quotes table must be laid out again.
    pub fn touches_quotes(&self) -> bool {
        matches!(self, Self::Correct(_) | Self::EditMetadata { .. })
    }

    /// Applies the edit. An index that no longer exists changes nothing.
    pub fn apply(self, session: &mut Session) {
        match self {
            Self::Correct(c) => session.corrections.push(c),
            Self::AddNote(n) => session.notes.push(n),
            Self::SetNoteText { index, text } => {
                if text.trim().is_empty() {
                    remove(&mut session.notes, index);
                } else if let Some(n) = session.notes.get_mut(index) {
                    n.text = text;
                }
            }
            Self::RemoveNote(i) => remove(&mut session.notes, i),
            Self::AddBookmark(b) => {
                if !session.bookmarks.iter().any(|x| x.target == b.target) {
                    session.bookmarks.push(b);
                }
            }
            Self::RemoveBookmark(i) => remove(&mut session.bookmarks, i),
            Self::SetQuoteTags { quote, tags } => {
                session.tags.retain(|t| t.quote != quote);
                let mut seen = Vec::new();
                for tag in tags {
                    let tag = tag.trim().to_owned();
                    if !tag.is_empty() && !seen.contains(&tag) {
                        seen.push(tag.clone());
                        session.tags.push(QuoteTag {
                            quote: quote.clone(),
                            tag,
                        });
                    }
                }
            }
            Self::EditMetadata { article, edit } => {
                if edit == MetadataEdit::default() {
                    session.metadata_edits.remove(&article);
                } else {
                    session.metadata_edits.insert(article, edit);
                }
            }
            Self::SaveSearch(s) => {
                if !session.saved_searches.iter().any(|x| x.query == s.query) {
                    session.saved_searches.push(s);
                }
            }
            Self::RemoveSavedSearch(i) => remove(&mut session.saved_searches, i),
        }
    }
}

fn remove<T>(items: &mut Vec<T>, index: usize) {
    if index < items.len() {
        items.remove(index);
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

    /// The notes on a target, with their indices.
    pub fn notes_on<'a>(&'a self, target: &'a Target) -> impl Iterator<Item = (usize, &'a Note)> {
        self.notes
            .iter()
            .enumerate()
            .filter(move |(_, n)| &n.target == target)
    }

    /// Every tag used, sorted, once each.
    pub fn all_tags(&self) -> Vec<&str> {
        let mut tags: Vec<&str> = self.tags.iter().map(|t| t.tag.as_str()).collect();
        tags.sort_unstable();
        tags.dedup();
        tags
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchor(text: &str) -> QuoteAnchor {
        QuoteAnchor {
            article: ArticleId::new("000"),
            bytes: 10..10 + text.len(),
            text: text.into(),
        }
    }

    #[test]
    fn tags_replace_and_drop_duplicates_and_blanks() {
        let mut s = Session::default();
        let q = anchor("نحن ندعم روسيا");
        Edit::SetQuoteTags {
            quote: q.clone(),
            tags: vec!["دعم".into(), " دعم ".into(), String::new(), "قمة".into()],
        }
        .apply(&mut s);
        assert_eq!(s.tags_of(&q), ["دعم", "قمة"]);
        Edit::SetQuoteTags {
            quote: q.clone(),
            tags: vec!["عقوبات".into()],
        }
        .apply(&mut s);
        assert_eq!(s.tags_of(&q), ["عقوبات"]);
        assert_eq!(s.all_tags(), ["عقوبات"]);
    }

    #[test]
    fn an_emptied_note_is_removed_and_a_stale_index_changes_nothing() {
        let mut s = Session::default();
        let target = Target::Article(ArticleId::new("001"));
        Edit::AddNote(Note::new(target.clone(), "مصدر روسي")).apply(&mut s);
        Edit::RemoveNote(5).apply(&mut s);
        assert_eq!(s.notes_on(&target).count(), 1);
        Edit::SetNoteText {
            index: 0,
            text: "  ".into(),
        }
        .apply(&mut s);
        assert!(s.notes.is_empty());
    }

    #[test]
    fn a_bookmark_is_kept_once_and_an_empty_metadata_edit_restores_the_inferred_values() {
        let mut s = Session::default();
        let b = Bookmark::new(Target::Article(ArticleId::new("002")), "");
        Edit::AddBookmark(b.clone()).apply(&mut s);
        Edit::AddBookmark(b).apply(&mut s);
        assert_eq!(s.bookmarks.len(), 1);
        let article = ArticleId::new("002");
        Edit::EditMetadata {
            article: article.clone(),
            edit: MetadataEdit {
                outlet: Some("الشرق الأوسط".into()),
                ..MetadataEdit::default()
            },
        }
        .apply(&mut s);
        assert!(s.metadata_edits.contains_key(&article));
        Edit::EditMetadata {
            article: article.clone(),
            edit: MetadataEdit::default(),
        }
        .apply(&mut s);
        assert!(!s.metadata_edits.contains_key(&article));
    }
}
