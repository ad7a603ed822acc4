//! What the panels ask the app to do; applied at the end of the frame.

use crate::corpus::ArticleId;
use crate::quotes::{Correction, QuoteId};

/// What the centre of the window shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// The open article.
    #[default]
    Reader,
    /// Who said what: the quotes table.
    Quotes,
}
use crate::gui::prefs::ThemeChoice;

/// A user request from a panel.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Open this article in the reader.
    OpenArticle(ArticleId),
    /// Change the reader's font size by this many points.
    ChangeFontSize(f32),
    /// Use this theme.
    SetTheme(ThemeChoice),
    /// Put the keyboard focus in the search box.
    FocusSearch,
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
    /// Record a correction of the extraction.
    Correct(Correction),
    /// Add the reader's selected text as a quotation (the analyst then names the speaker).
    QuoteSelection,
}
