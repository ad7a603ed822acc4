//! The open session as a document: its file, undo and redo of every edit, and whether it has
//! changes not yet saved.
//!
//! An undo step keeps only the parts of the session the edit changed (the notes, the tags, …),
//! so a long history over a large session stays small. Changes of the view (selected article,
//! filters, scroll) are not edits: they are neither undone nor make the document dirty, and are
//! written with the next save.

use std::collections::{BTreeMap, VecDeque};
use std::mem;
use std::path::{Path, PathBuf};

use super::error::SessionError;
use super::file;
use super::{Bookmark, MetadataEdit, Note, QuoteTag, SavedSearch, Session, Source, ViewState};
use crate::corpus::ArticleId;
use crate::quotes::Corrections;

/// How many edits can be undone.
pub const HISTORY_LIMIT: usize = 200;

/// One part of a session, as it was before an edit.
#[derive(Debug, Clone)]
enum Part {
    Sources(Vec<Source>),
    MetadataEdits(BTreeMap<ArticleId, MetadataEdit>),
    Corrections(Corrections),
    Bookmarks(Vec<Bookmark>),
    Notes(Vec<Note>),
    Tags(Vec<QuoteTag>),
    SavedSearches(Vec<SavedSearch>),
}

impl Part {
    /// Puts this part into `session` and returns what was there.
    fn swap_into(self, s: &mut Session) -> Self {
        match self {
            Self::Sources(v) => Self::Sources(mem::replace(&mut s.sources, v)),
            Self::MetadataEdits(v) => Self::MetadataEdits(mem::replace(&mut s.metadata_edits, v)),
            Self::Corrections(v) => Self::Corrections(mem::replace(&mut s.corrections, v)),
            Self::Bookmarks(v) => Self::Bookmarks(mem::replace(&mut s.bookmarks, v)),
            Self::Notes(v) => Self::Notes(mem::replace(&mut s.notes, v)),
            Self::Tags(v) => Self::Tags(mem::replace(&mut s.tags, v)),
            Self::SavedSearches(v) => Self::SavedSearches(mem::replace(&mut s.saved_searches, v)),
        }
    }
}

/// The parts of `before` that differ in `after`.
fn changed_parts(before: Session, after: &Session) -> Vec<Part> {
    let mut parts = Vec::new();
    if before.sources != after.sources {
        parts.push(Part::Sources(before.sources));
    }
    if before.metadata_edits != after.metadata_edits {
        parts.push(Part::MetadataEdits(before.metadata_edits));
    }
    if before.corrections != after.corrections {
        parts.push(Part::Corrections(before.corrections));
    }
    if before.bookmarks != after.bookmarks {
        parts.push(Part::Bookmarks(before.bookmarks));
    }
    if before.notes != after.notes {
        parts.push(Part::Notes(before.notes));
    }
    if before.tags != after.tags {
        parts.push(Part::Tags(before.tags));
    }
    if before.saved_searches != after.saved_searches {
        parts.push(Part::SavedSearches(before.saved_searches));
    }
    parts
}

/// An edit that can be undone (or redone): its label, the parts it changed as they were, and
/// the revision they belong to.
#[derive(Debug, Clone)]
struct Step {
    label: String,
    parts: Vec<Part>,
    revision: u64,
}

impl Step {
    /// Restores the step's parts in `session`; returns the step that goes back.
    fn apply(self, session: &mut Session, revision_now: u64) -> Self {
        let parts = self
            .parts
            .into_iter()
            .map(|p| p.swap_into(session))
            .collect();
        Self {
            label: self.label,
            parts,
            revision: revision_now,
        }
    }
}

/// An open research session: the session, its file and its edit history.
#[derive(Debug, Clone)]
pub struct Document {
    session: Session,
    path: Option<PathBuf>,
    undo: VecDeque<Step>,
    redo: Vec<Step>,
    /// Identifies the current content: each edit makes a new revision; undo and redo go back to
    /// earlier ones.
    revision: u64,
    next_revision: u64,
    /// The revision last saved or opened; `None` when the content was never saved.
    saved: Option<u64>,
}

impl Default for Document {
    fn default() -> Self {
        Self::new(Session::default())
    }
}

impl Document {
    /// A document for a session not saved anywhere yet; clean until its first edit.
    pub fn new(session: Session) -> Self {
        Self {
            session,
            path: None,
            undo: VecDeque::new(),
            redo: Vec::new(),
            revision: 0,
            next_revision: 1,
            saved: Some(0),
        }
    }

    /// Opens a session file.
    pub fn open(path: &Path) -> Result<Self, SessionError> {
        let session = file::load(path)?;
        let mut doc = Self::new(session);
        doc.path = Some(path.to_owned());
        Ok(doc)
    }

    /// A recovered session: it belongs to `origin` (if it had a file) but its content is not
    /// saved there, so it starts dirty.
    pub fn recovered(session: Session, origin: Option<PathBuf>) -> Self {
        let mut doc = Self::new(session);
        doc.path = origin;
        doc.saved = None;
        doc
    }

    /// The session.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The session's file, once it has one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Makes an edit as one undo step named `label` ("Add note", "Merge speakers"). An edit that
    /// changes nothing but the view is not a step. Redo history is dropped.
    pub fn edit(&mut self, label: &str, f: impl FnOnce(&mut Session)) {
        let before = self.session.clone();
        f(&mut self.session);
        let parts = changed_parts(before, &self.session);
        if parts.is_empty() {
            return;
        }
        self.undo.push_back(Step {
            label: label.to_owned(),
            parts,
            revision: self.revision,
        });
        if self.undo.len() > HISTORY_LIMIT {
            self.undo.pop_front();
        }
        self.redo.clear();
        self.revision = self.next_revision;
        self.next_revision += 1;
    }

    /// Changes the session without an undo step: articles an import added (undo could not unload
    /// them). The document becomes dirty, and stays so through undo and redo of earlier edits,
    /// since none of them brings back the content that was saved.
    pub fn change_without_undo(&mut self, f: impl FnOnce(&mut Session)) {
        let before = self.session.clone();
        f(&mut self.session);
        if changed_parts(before, &self.session).is_empty() {
            return;
        }
        for step in self.undo.iter_mut().chain(self.redo.iter_mut()) {
            step.revision = self.next_revision;
            self.next_revision += 1;
        }
        self.revision = self.next_revision;
        self.next_revision += 1;
    }

    /// Sets what the window was opened with (the files named on the command line): like
    /// [`Self::change_without_undo`], but a document clean before stays clean, since nothing the
    /// analyst did is unsaved.
    pub fn change_as_opened(&mut self, f: impl FnOnce(&mut Session)) {
        let clean = !self.is_dirty();
        self.change_without_undo(f);
        if clean {
            self.saved = Some(self.revision);
        }
    }

    /// Sets the view; not an edit (no undo step, not dirty).
    pub fn set_view(&mut self, view: ViewState) {
        self.session.view = view;
    }

    /// Undoes the last edit; returns its label.
    pub fn undo(&mut self) -> Option<String> {
        let step = self.undo.pop_back()?;
        let label = step.label.clone();
        let target = step.revision;
        let back = step.apply(&mut self.session, self.revision);
        self.revision = target;
        self.redo.push(back);
        Some(label)
    }

    /// Redoes the last undone edit; returns its label.
    pub fn redo(&mut self) -> Option<String> {
        let step = self.redo.pop()?;
        let label = step.label.clone();
        let target = step.revision;
        let back = step.apply(&mut self.session, self.revision);
        self.revision = target;
        self.undo.push_back(back);
        Some(label)
    }

    /// True when there is an edit to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// True when there is an undone edit to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The label of the edit [`Self::undo`] would undo.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.back().map(|s| s.label.as_str())
    }

    /// The label of the edit [`Self::redo`] would redo.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    /// True when the content differs from what was last saved or opened (undoing back to it
    /// makes the document clean again).
    pub fn is_dirty(&self) -> bool {
        self.saved != Some(self.revision)
    }

    /// Records that the current content is what `path` now holds.
    pub fn mark_saved(&mut self, path: &Path) {
        self.path = Some(path.to_owned());
        self.saved = Some(self.revision);
    }

    /// Saves to the document's file.
    pub fn save(&mut self) -> Result<(), SessionError> {
        let path = self.path.clone().ok_or(SessionError::NoPath)?;
        self.save_as(&path)
    }

    /// Saves to `path`, which becomes the document's file.
    pub fn save_as(&mut self, path: &Path) -> Result<(), SessionError> {
        file::save(path, &self.session)?;
        self.mark_saved(path);
        Ok(())
    }
}
