//! The panels of the window, one file each. A panel reads the model through [`AppContext`] and
//! pushes [`Command`]s; it never changes the model itself.

mod articles;
mod menu;
mod notes;
mod outlet_filter;
mod quote_columns;
mod quote_detail;
mod quote_edit;
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
use super::prefs::{Prefs, ThemeChoice};
use super::text::{self, Dir, Face};
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

/// The top bar: font size and theme.
pub fn toolbar_ui(app: &AppContext<'_>, ui: &mut Ui, commands: &mut Vec<Command>) {
    {
        ui.horizontal(|ui| {
            text::line(ui, "إسناد", &app.heading_face(20.0));
            ui.separator();
            if ui
                .selectable_label(app.view == View::Reader, "Reader")
                .clicked()
            {
                commands.push(Command::ShowView(View::Reader));
            }
            let quotes = app
                .quote_count
                .map_or_else(|| "Quotes (…)".to_owned(), |n| format!("Quotes ({n})"));
            if ui
                .selectable_label(app.view == View::Quotes, quotes)
                .clicked()
            {
                commands.push(Command::ShowView(View::Quotes));
            }
            ui.separator();
            ui.label("Text size");
            if ui
                .button("A−")
                .on_hover_text("Smaller text (Ctrl −)")
                .clicked()
            {
                commands.push(Command::ChangeFontSize(-2.0));
            }
            ui.label(format!("{:.0}", app.prefs.font_size));
            if ui
                .button("A+")
                .on_hover_text("Larger text (Ctrl +)")
                .clicked()
            {
                commands.push(Command::ChangeFontSize(2.0));
            }
            ui.separator();
            ui.label("Theme");
            for (choice, name) in [
                (ThemeChoice::System, "System"),
                (ThemeChoice::Light, "Light"),
                (ThemeChoice::Dark, "Dark"),
            ] {
                if ui
                    .selectable_label(app.prefs.theme == choice, name)
                    .clicked()
                {
                    commands.push(Command::SetTheme(choice));
                }
            }
        });
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
            if selected_chars > 0 && ui.button("Make a quote of the selection").clicked() {
                commands.push(Command::QuoteSelection);
            }
            if app.selected.is_some() && app.view == View::Reader {
                let what = if selected_chars > 0 {
                    "selection"
                } else {
                    "article"
                };
                if ui
                    .button("Bookmark")
                    .on_hover_text(format!("Bookmark the {what}"))
                    .clicked()
                {
                    commands.push(Command::BookmarkSelection);
                }
                if ui
                    .button("Note…")
                    .on_hover_text(format!("Write a note on the {what}"))
                    .clicked()
                {
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
            let mut status = format!("{} articles", app.corpus.articles().len());
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
                    " · {selected_chars} characters selected (Ctrl+C copies)"
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
                let msg = if failed == 1 {
                    format!("1 file not loaded: {first}")
                } else {
                    format!("{failed} files not loaded; first: {first}")
                };
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
