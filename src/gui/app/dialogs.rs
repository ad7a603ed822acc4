//! File dialogs (on their own thread, so the window keeps drawing while one is open) and the
//! app's modal windows: note and details editors, the unsaved-changes prompt, the recovery offer,
//! and reports.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver};

use crate::corpus::ArticleId;
use crate::export::Format;
use crate::gui::commands::Command;
use crate::gui::i18n::{self, tr};
use crate::session::{NoteId, Recovered, Target};

/// Which file dialog to show.
#[derive(Debug, Clone)]
pub enum Ask {
    /// A session file to open.
    OpenSession,
    /// Where to save the session.
    SaveSession(String),
    /// Article files to import.
    ImportFiles,
    /// A folder of articles to import.
    ImportFolder,
    /// Where to export the quote table.
    Export(Format),
}

/// The file dialog, run on a named thread; its answer arrives as a command.
#[derive(Default)]
pub struct FileDialogs {
    pending: Option<Receiver<Option<Command>>>,
}

impl FileDialogs {
    /// Shows a dialog (unless one is open already).
    pub fn ask(&mut self, ask: Ask, ctx: &egui::Context) {
        if self.pending.is_some() {
            return;
        }
        let (tx, rx) = mpsc::channel();
        let ctx = ctx.clone();
        let language = i18n::current();
        let spawned = std::thread::Builder::new()
            .name("isnad-dialog".into())
            .spawn(move || {
                i18n::set(language);
                let _ = tx.send(run(ask));
                ctx.request_repaint();
            });
        if spawned.is_ok() {
            self.pending = Some(rx);
        }
    }

    /// The dialog's answer, once it has one.
    pub fn poll(&mut self) -> Option<Command> {
        let rx = self.pending.as_ref()?;
        match rx.try_recv() {
            Ok(answer) => {
                self.pending = None;
                answer
            }
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => {
                self.pending = None;
                None
            }
        }
    }
}

fn run(ask: Ask) -> Option<Command> {
    let sessions =
        |d: rfd::FileDialog| d.add_filter(tr!("dialog-filter-session"), &["isnad", "ron"]);
    match ask {
        Ask::OpenSession => sessions(rfd::FileDialog::new().set_title(tr!("dialog-open-session")))
            .pick_file()
            .map(|p| Command::OpenSession(Some(p))),
        Ask::SaveSession(name) => {
            sessions(rfd::FileDialog::new().set_title(tr!("dialog-save-session")))
                .set_file_name(name)
                .save_file()
                .map(|p| Command::SaveAs(Some(with_extension(p, "isnad"))))
        }
        Ask::ImportFiles => rfd::FileDialog::new()
            .set_title(tr!("dialog-import-articles"))
            .add_filter(
                tr!("dialog-filter-articles"),
                &[
                    "txt", "md", "markdown", "html", "htm", "xhtml", "jsonl", "ndjson", "csv",
                ],
            )
            .add_filter(tr!("dialog-filter-all-files"), &["*"])
            .pick_files()
            .map(|p| Command::Import(Some(p), false)),
        Ask::ImportFolder => rfd::FileDialog::new()
            .set_title(tr!("dialog-import-folder"))
            .pick_folder()
            .map(|p| Command::Import(Some(vec![p]), true)),
        Ask::Export(format) => rfd::FileDialog::new()
            .set_title(tr!("dialog-export-quotes"))
            .add_filter(i18n::format_label(format), &[format.extension()])
            .set_file_name(format!("quotes.{}", format.extension()))
            .save_file()
            .map(|p| Command::ExportTo(with_extension(p, format.extension()), format)),
    }
}

/// Adds the extension when the name typed has none.
fn with_extension(path: PathBuf, ext: &str) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(ext)
    }
}

/// What to do once unsaved changes are dealt with.
#[derive(Debug, Clone, PartialEq)]
pub enum Then {
    /// Close the window.
    Quit,
    /// Open a session (asking for the file when `None`).
    Open(Option<PathBuf>),
    /// Start a new session.
    New,
}

/// A modal window.
pub enum Modal {
    /// Writing a note on a target; `id` when editing an existing note.
    Note {
        /// What the note is on.
        target: Target,
        /// The text so far.
        text: String,
        /// The note being edited.
        id: Option<NoteId>,
    },
    /// Editing an article's metadata.
    Details {
        /// The article.
        article: ArticleId,
        /// Title, outlet, date, author as typed.
        fields: [String; 4],
    },
    /// Unsaved changes: save, discard, or cancel.
    Unsaved(Then),
    /// Work from a session that did not close cleanly.
    Recovery(Box<Recovered>),
    /// A session names files outside its folder that this machine has not opened: read them,
    /// or do not open the session.
    Outside {
        /// The session, opened but not yet installed.
        doc: Box<crate::session::Document>,
        /// Its file.
        path: PathBuf,
        /// The files it would read.
        files: Vec<PathBuf>,
    },
    /// A report to read (import, session problems).
    Report {
        /// Title.
        title: String,
        /// Lines of the report.
        lines: Vec<String>,
    },
}
