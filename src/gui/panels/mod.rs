//! The panels of the window, one file each. A panel reads the model through [`AppContext`] and
//! pushes [`Command`]s; it never changes the model itself.

mod articles;
mod menu;
mod notes;
mod outlet_filter;
mod quote_columns;
mod quote_detail;
mod quote_edit;
mod quote_index;
mod quotes;
mod reader;
mod search;
mod speaker_list;
mod speaker_matrix;

use std::fmt::Write as _;

pub use articles::ArticleList;
use egui::Ui;
pub use menu::{MenuState, menu_ui};
pub use notes::{describe, notes_ui};
pub use quotes::QuotesView;
pub use reader::{Marks, Reader};
pub use search::SearchPanel;

use super::commands::{Command, View};
use super::fonts;
use super::i18n::{Language, tr};
use super::prefs::{Prefs, ThemeChoice};
use super::text::{self, Dir, Face, widget_text};
use super::theme::Theme;
use crate::corpus::{ArticleId, Corpus};
use crate::session::Session;

/// What every panel may read.
pub struct AppContext<'a> {
    /// The loaded articles.
    pub corpus: &'a Corpus,
    /// Changes whenever another corpus is shown (an import, edited article details).
    pub corpus_generation: u64,
    /// The article in the reader.
    pub selected: Option<&'a ArticleId>,
    /// Interface preferences.
    pub prefs: &'a Prefs,
    /// Colours.
    pub theme: Theme,
    /// What the centre shows.
    pub view: View,
    /// Quotations found so far (`None` while extraction runs).
    pub quote_count: Option<usize>,
    /// Copies of one story among the articles.
    pub stories: &'a crate::stories::Stories,
    /// The research session (notes, bookmarks, tags, corrections).
    pub session: &'a Session,
    /// The last message for the status line, and whether it is an error.
    pub message: Option<&'a (String, bool)>,
}

impl AppContext<'_> {
    /// Interface text face.
    pub fn ui_face(&self, size: f32) -> Face {
        Face {
            family: fonts::UI,
            size,
            color: self.theme.text,
            dir: Dir::Auto,
        }
    }

    /// Heading face of the interface (panel titles).
    pub fn heading_face(&self, size: f32) -> Face {
        Face {
            family: fonts::UI_BOLD,
            size,
            color: self.theme.heading,
            dir: Dir::Auto,
        }
    }

    /// Secondary interface text face.
    pub fn weak_face(&self, size: f32) -> Face {
        Face {
            family: fonts::UI,
            size,
            color: self.theme.weak_text,
            dir: Dir::Auto,
        }
    }
}

/// The row `step` rows from `at` among `len` (a keyboard step), kept inside the list; from no
/// row, the first (stepping down) or the last (stepping up). `None` without a step or rows.
/// Shared by the article list and the quotes table.
fn stepped_row(at: Option<usize>, len: usize, step: i32) -> Option<usize> {
    let last = len.checked_sub(1)?;
    if step == 0 {
        return None;
    }
    let Some(at) = at else {
        return Some(if step > 0 { 0 } else { last });
    };
    let by = usize::try_from(step.unsigned_abs()).unwrap_or(usize::MAX);
    Some(if step > 0 {
        at.saturating_add(by).min(last)
    } else {
        at.saturating_sub(by)
    })
}

/// The top bar: the view, and the preferences (text size, theme, language).
pub fn toolbar_ui(app: &AppContext<'_>, ui: &mut Ui, commands: &mut Vec<Command>) {
    // A narrow window wraps the preferences onto a second line rather than cut them.
    ui.horizontal_wrapped(|ui| {
        text::line(ui, "إسناد", &app.heading_face(20.0));
        ui.separator();
        views_ui(app, ui, commands);
        ui.separator();
        preferences_ui(app, ui, commands);
    });
}

/// The centre's two views, as tabs.
fn views_ui(app: &AppContext<'_>, ui: &mut Ui, commands: &mut Vec<Command>) {
    let reader = widget_text(ui, tr!("toolbar-reader"));
    if ui
        .selectable_label(app.view == View::Reader, reader)
        .clicked()
    {
        commands.push(Command::ShowView(View::Reader));
    }
    let quotes = app.quote_count.map_or_else(
        || tr!("toolbar-quotes-counting"),
        |n| tr!("toolbar-quotes", count = n),
    );
    let quotes = widget_text(ui, quotes);
    if ui
        .selectable_label(app.view == View::Quotes, quotes)
        .clicked()
    {
        commands.push(Command::ShowView(View::Quotes));
    }
}

/// Text size, theme and interface language.
fn preferences_ui(app: &AppContext<'_>, ui: &mut Ui, commands: &mut Vec<Command>) {
    ui.label(widget_text(ui, tr!("toolbar-text-size")));
    let smaller = widget_text(ui, tr!("toolbar-smaller-text"));
    if ui.button("A−").on_hover_text(smaller).clicked() {
        commands.push(Command::ChangeFontSize(-2.0));
    }
    ui.label(format!("{:.0}", app.prefs.font_size));
    let larger = widget_text(ui, tr!("toolbar-larger-text"));
    if ui.button("A+").on_hover_text(larger).clicked() {
        commands.push(Command::ChangeFontSize(2.0));
    }
    ui.separator();
    ui.label(widget_text(ui, tr!("toolbar-theme")));
    for (choice, name) in [
        (ThemeChoice::System, tr!("toolbar-theme-system")),
        (ThemeChoice::Light, tr!("toolbar-theme-light")),
        (ThemeChoice::Dark, tr!("toolbar-theme-dark")),
    ] {
        let name = widget_text(ui, name);
        if ui
            .selectable_label(app.prefs.theme == choice, name)
            .clicked()
        {
            commands.push(Command::SetTheme(choice));
        }
    }
    ui.separator();
    ui.label(widget_text(ui, tr!("toolbar-language")));
    for language in Language::ALL {
        let shown = crate::gui::i18n::current() == language;
        let name = widget_text(ui, language.name());
        if ui.selectable_label(shown, name).clicked() && !shown {
            commands.push(Command::SetLanguage(language));
        }
    }
}

/// The status line: what is loaded, what failed, what is selected.
pub fn status_ui(
    app: &AppContext<'_>,
    ui: &mut Ui,
    selected_chars: usize,
    commands: &mut Vec<Command>,
) {
    {
        ui.horizontal(|ui| {
            let quote = widget_text(ui, tr!("status-make-quote"));
            if selected_chars > 0 && ui.button(quote).clicked() {
                commands.push(Command::QuoteSelection);
            }
            if app.selected.is_some() && app.view == View::Reader {
                let on_selection = selected_chars > 0;
                let (bookmark_hover, note_hover) = if on_selection {
                    (
                        tr!("status-bookmark-selection"),
                        tr!("status-note-selection"),
                    )
                } else {
                    (tr!("status-bookmark-article"), tr!("status-note-article"))
                };
                let bookmark = widget_text(ui, tr!("status-bookmark"));
                let bookmark_hover = widget_text(ui, bookmark_hover);
                if ui.button(bookmark).on_hover_text(bookmark_hover).clicked() {
                    commands.push(Command::BookmarkSelection);
                }
                let note = widget_text(ui, tr!("status-note"));
                let note_hover = widget_text(ui, note_hover);
                if ui.button(note).on_hover_text(note_hover).clicked() {
                    commands.push(Command::NoteOnSelection);
                }
            }
            if let Some((message, error)) = app.message {
                let face = if *error {
                    Face {
                        color: app.theme.error,
                        ..app.ui_face(14.0)
                    }
                } else {
                    app.ui_face(14.0)
                };
                text::line(ui, message, &face);
                ui.separator();
            }
            let mut status = tr!("status-articles", count = app.corpus.articles().len());
            if let Some(a) = app.selected.and_then(|id| app.corpus.article(id)) {
                let _ = write!(
                    status,
                    " · {} · {}",
                    a.id,
                    text::isolate(&a.display_title())
                );
            }
            if selected_chars > 0 {
                let _ = write!(
                    status,
                    " · {}",
                    tr!("status-selected-chars", count = selected_chars)
                );
            }
            text::line(ui, &status, &app.weak_face(14.0));
            let failed = app.corpus.failures().len();
            if failed > 0 {
                ui.separator();
                let first = app
                    .corpus
                    .failures()
                    .first()
                    .map(ToString::to_string)
                    .unwrap_or_default();
                let msg = tr!("status-files-not-loaded", count = failed, first = first);
                text::line(
                    ui,
                    &msg,
                    &Face {
                        color: app.theme.error,
                        ..app.ui_face(14.0)
                    },
                );
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::stepped_row;

    #[test]
    fn a_keyboard_step_stays_inside_the_rows() {
        assert_eq!(stepped_row(Some(2), 5, 1), Some(3));
        assert_eq!(stepped_row(Some(4), 5, 3), Some(4));
        assert_eq!(stepped_row(Some(1), 5, -4), Some(0));
        // From no row: the first going down, the last going up.
        assert_eq!(stepped_row(None, 5, 1), Some(0));
        assert_eq!(stepped_row(None, 5, -1), Some(4));
        assert_eq!(stepped_row(Some(1), 0, 1), None);
        assert_eq!(stepped_row(Some(1), 5, 0), None);
    }
}
