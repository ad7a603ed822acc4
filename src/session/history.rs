//! The open session as a document: its file, undo and redo of every edit, and whether it has
//! changes not yet saved.
//!
//! An undo step keeps what applying the edit returned, its inverse (a [`Restore`]), never a copy
//! of the session: undo applies it, which gives back what redoes the edit, and redo applies that,
//! which gives back the inverse again. So a step holds one of the pair at a time, and costs what
//! the edit changed (a removed note, the previous tags of one quotation), not the notes around it.
//! Changes of the view (selected article, filters, scroll) are not edits: they are neither undone
//! nor make the document dirty, and are written with the next save.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};

use super::error::SessionError;
use super::file;
use super::{Edit, EditError, Restore, Session, Source, ViewState};

/// How many edits can be undone.
pub const HISTORY_LIMIT: usize = 1000;

/// An edit that can be undone (or redone): its label, what applying undoes (or redoes) it, and
/// the revision that gives back.
#[derive(Debug, Clone)]
struct Step {
    label: String,
    restore: Restore,
    revision: u64,
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
    /// A document for a session not saved anywhere yet; clean until its first edit. Notes,
    /// bookmarks and kept searches without an id get one (see [`Session::assign_ids`]).
    pub fn new(mut session: Session) -> Self {
        session.assign_ids();
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

    /// Applies `edit` as one undo step, named by its label; returns whether it changed the
    /// session (an edit that changes nothing is no step). Redo history is dropped. On an error
    /// (the edit names a note that is gone) nothing changes.
    pub fn edit(&mut self, edit: Edit) -> Result<bool, EditError> {
        let label = edit.label();
        let Some(restore) = edit.apply_restorable(&mut self.session)? else {
            return Ok(false);
        };
        self.undo.push_back(Step {
            label,
            restore,
            revision: self.revision,
        });
        if self.undo.len() > HISTORY_LIMIT {
            self.undo.pop_front();
        }
        self.redo.clear();
        self.revision = self.next_revision;
        self.next_revision += 1;
        Ok(true)
    }

    /// Changes the session's sources without an undo step: articles an import added (undo could
    /// not unload them). The document becomes dirty, and stays so through undo and redo of
    /// earlier edits, since none of them brings back the content that was saved. Only the
    /// sources: the history's steps stay true of everything else.
    pub fn change_without_undo(&mut self, f: impl FnOnce(&mut Vec<Source>)) {
        let before = self.session.sources.clone();
        f(&mut self.session.sources);
        if self.session.sources == before {
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
    pub fn change_as_opened(&mut self, f: impl FnOnce(&mut Vec<Source>)) {
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

    /// Undoes the last edit; returns its label (`None` when there is nothing to undo).
    pub fn undo(&mut self) -> Result<Option<String>, EditError> {
        let Some(step) = self.undo.pop_back() else {
            return Ok(None);
        };
        let back = self.take_step(step)?;
        let label = back.label.clone();
        self.redo.push(back);
        Ok(Some(label))
    }

    /// Redoes the last undone edit; returns its label (`None` when there is nothing to redo).
    pub fn redo(&mut self) -> Result<Option<String>, EditError> {
        let Some(step) = self.redo.pop() else {
            return Ok(None);
        };
        let back = self.take_step(step)?;
        let label = back.label.clone();
        self.undo.push_back(back);
        Ok(Some(label))
    }

    /// Applies a step; returns the step that goes back. A step that no longer fits the session
    /// cannot happen through this type (nothing else changes what edits touch); should it all the
    /// same, the history is dropped, since the steps after it would not fit either, and the
    /// session is left as it was.
    fn take_step(&mut self, step: Step) -> Result<Step, EditError> {
        match step.restore.apply(&mut self.session) {
            Ok(restore) => {
                let back = Step {
                    label: step.label,
                    restore,
                    revision: self.revision,
                };
                self.revision = step.revision;
                Ok(back)
            }
            Err(e) => {
                self.undo.clear();
                self.redo.clear();
                Err(e)
            }
        }
    }

    /// What [`Self::undo`] would apply, to tell beforehand what it changes.
    pub fn next_undo(&self) -> Option<&Restore> {
        self.undo.back().map(|s| &s.restore)
    }

    /// What [`Self::redo`] would apply.
    pub fn next_redo(&self) -> Option<&Restore> {
        self.redo.last().map(|s| &s.restore)
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
