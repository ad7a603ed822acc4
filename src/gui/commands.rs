//! What the panels ask the app to do; applied at the end of the frame.

use crate::corpus::ArticleId;
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
}
