//! What the panels ask the app to do; applied at the end of the frame.

use std::path::PathBuf;

use crate::corpus::ArticleId;
use crate::export::Format;
use crate::gui::prefs::ThemeChoice;
use crate::quotes::QuoteId;
use crate::session::{Edit, Target};

/// What the centre of the window shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// The open article.
    #[default]
    Reader,
    /// Who said what: the quotes table.
    Quotes,
}

/// A side panel the analyst can hide to give the reader or the table the width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The article list.
    Articles,
    /// The search panel and the notes, beside the reader.
    Search,
}

/// A user request from a panel.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Open this article in the reader.
    OpenArticle(ArticleId),
    /// Open the article of a bookmark or note, scrolled to its passage or quotation.
    OpenTarget(Target),
    /// Change the reader's font size by this many points.
    ChangeFontSize(f32),
    /// Use this theme.
    SetTheme(ThemeChoice),
    /// Show the interface in this language (kept in the preferences).
    SetLanguage(crate::gui::i18n::Language),
    /// Put the keyboard focus in the search box.
    FocusSearch,
    /// Search for this query (a saved search clicked).
    RunSearch(String),
    /// Open search hit `n` (its article, scrolled to it, every hit highlighted).
    OpenHit(usize),
    /// Open the next (`true`) or previous search hit.
    StepHit(bool),
    /// Show the reader or the quotes table in the centre.
    ShowView(View),
    /// Open the article of this quotation in the reader, with the quote and its speaker marked.
    OpenQuote(QuoteId),
    /// Select this quotation in the table (to correct it).
    SelectQuote(QuoteId),
    /// Change the session (an undoable step).
    Edit(Edit),
    /// Add the reader's selected text as a quotation (the analyst then names the speaker).
    QuoteSelection,
    /// Bookmark the reader's selection, or the open article when nothing is selected.
    BookmarkSelection,
    /// Write a note on the reader's selection, or on the open article.
    NoteOnSelection,
    /// Write a note on a target (opens the note editor).
    WriteNote(Target),
    /// Edit the open article's title, outlet, date and author (opens the editor).
    EditDetails(ArticleId),
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Start a new session on the bundled articles.
    NewSession,
    /// Open a session file (`None` asks with a file dialog).
    OpenSession(Option<PathBuf>),
    /// Save the session to its file (asks for one the first time).
    Save,
    /// Save the session to a new file (`None` asks with a file dialog).
    SaveAs(Option<PathBuf>),
    /// Import article files or folders (`None` asks with a file dialog; `true` for folders).
    Import(Option<Vec<PathBuf>>, bool),
    /// Stop the running import.
    CancelImport,
    /// Export the quote table as filtered now, asking where with a file dialog.
    ExportAs(Format),
    /// Export the quote table as filtered now to this file.
    ExportTo(PathBuf, Format),
    /// Delete the processed corpora cached on disk (see [`crate::workspace::cache`]).
    ClearCache,
    /// Move the selection by this many rows: the open article in the list beside the reader,
    /// the selected quotation in the quotes table.
    Step(i32),
    /// Open the quotation selected in the quotes table in the reader.
    OpenSelected,
    /// Scroll the reader by this many pages (negative: up).
    PageReader(f32),
    /// Show or hide a side panel.
    TogglePanel(Side),
    /// Show the list of keyboard shortcuts.
    ShowKeyboard,
    /// Close the window (asks first when there are unsaved changes).
    Quit,
}
