//! Moving through what the window shows from the keyboard, and the panels shown beside it: in
//! a window too narrow for both beside the reader, showing one hides the other.

use super::{IsnadApp, LeftTab};
use crate::gui::commands::{Command, Side, View};
use crate::gui::i18n::{reading_ui, tr};
use crate::gui::panels::{AppContext, ArticleList, SearchPanel, notes_ui};
use crate::gui::text::widget_text;

/// The narrowest the reader and the quotes table get; the side panels give way first.
const CENTRE_MIN: f32 = 300.0;
/// The narrowest the quotes table with its speaker list gets: narrower, the article list gives
/// way to it (the speaker list is the table's own navigator).
const QUOTES_MIN: f32 = 600.0;
/// The narrowest the article list gets.
const LIST_MIN: f32 = 220.0;
/// The narrowest the search and notes panel gets.
const SEARCH_MIN: f32 = 260.0;

/// The window's panes beyond the panels' own state.
#[derive(Debug, Default)]
pub(super) struct Panes {
    /// Help ▸ Keyboard is open.
    pub keyboard_open: bool,
    /// The window is too narrow for both side panels beside the reader: showing one hides the
    /// other.
    narrow: bool,
}

/// The article list and, beside the reader, the search and notes panel, each as wide as the
/// window allows with the reader or the table kept at [`CENTRE_MIN`].
pub(super) fn side_panels(
    panes: &mut Panes,
    (list, left, search): (&mut ArticleList, &mut LeftTab, Option<&mut SearchPanel>),
    app: &AppContext<'_>,
    ui: &mut egui::Ui,
    commands: &mut Vec<Command>,
) {
    let total = ui.available_width();
    let search_shown = app.view == View::Reader && app.prefs.show_search;
    panes.narrow = total < LIST_MIN + SEARCH_MIN + CENTRE_MIN;
    let mut list_width = 0.0;
    let quotes_squeezed = app.view == View::Quotes && total - LIST_MIN < QUOTES_MIN;
    if app.prefs.show_articles && !quotes_squeezed {
        let beside = if search_shown { SEARCH_MIN } else { 0.0 };
        let shown = side_panel("articles", true)
            .resizable(true)
            .default_size(360.0)
            .min_size(LIST_MIN)
            .max_size((total - CENTRE_MIN - beside).max(LIST_MIN))
            .show(ui, |ui| reading_ui(ui, |ui| list.ui(app, ui, commands)));
        list_width = shown.response.rect.width();
    }
    let room = total - list_width - CENTRE_MIN;
    if search_shown && room >= SEARCH_MIN {
        left_panel_ui(left, (search, room), app, ui, commands);
    }
}

/// A side panel at the side where reading starts (the right in Arabic, the left in English),
/// or at the other side.
fn side_panel(id: &'static str, at_start: bool) -> egui::Panel {
    if at_start == crate::gui::i18n::rtl() {
        egui::Panel::right(id)
    } else {
        egui::Panel::left(id)
    }
}

/// Beside the reader: the search panel or the notes, in tabs. (The quotes table takes the width
/// the search panel has beside the reader.)
fn left_panel_ui(
    left: &mut LeftTab,
    (search, room): (Option<&mut SearchPanel>, f32),
    app: &AppContext<'_>,
    ui: &mut egui::Ui,
    commands: &mut Vec<Command>,
) {
    side_panel("search", false)
        .resizable(true)
        .default_size(430.0)
        .min_size(SEARCH_MIN)
        .max_size(room)
        .show(ui, |ui| {
            reading_ui(ui, |ui| tabs_ui(left, search, app, ui, commands));
        });
}

/// The search and notes tabs, and the one chosen.
fn tabs_ui(
    left: &mut LeftTab,
    search: Option<&mut SearchPanel>,
    app: &AppContext<'_>,
    ui: &mut egui::Ui,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        // Short tab names: the panel keeps them on one line at its narrowest.
        ui.selectable_value(left, LeftTab::Search, widget_text(ui, tr!("tab-search")));
        let notes = app.session.notes.len() + app.session.bookmarks.len();
        let label = widget_text(ui, tr!("tab-notes", count = notes));
        let hover = widget_text(ui, tr!("tab-notes-hover"));
        ui.selectable_value(left, LeftTab::Notes, label)
            .on_hover_text(hover);
    });
    match (*left, search) {
        (LeftTab::Search, Some(search)) => search.ui(app, ui, commands),
        _ => notes_ui(app, ui, commands),
    }
}

impl IsnadApp {
    /// Applies a command of the keyboard or the View menu. A step or a page is taken by the
    /// panel on the next frame, which is asked for at once.
    pub(super) fn navigate(&mut self, ctx: &egui::Context, command: &Command) {
        ctx.request_repaint();
        match *command {
            Command::Step(n) => match (self.view, self.quotes.as_mut()) {
                (View::Quotes, Some(q)) => q.step(n),
                _ => self.list.step(n),
            },
            Command::OpenSelected => {
                if self.view == View::Quotes
                    && let Some((article, at)) = self.quotes.as_mut().and_then(|q| {
                        let id = q.selected()?.id();
                        q.select(&id)
                    })
                {
                    self.open_article(article, Some(at));
                    self.view = View::Reader;
                }
            }
            Command::PageReader(pages) if self.view == View::Reader => self.reader.page(pages),
            Command::TogglePanel(Side::Articles) => {
                self.prefs.show_articles = !self.prefs.show_articles;
                if self.prefs.show_articles && self.panes.narrow && self.view == View::Reader {
                    self.prefs.show_search = false;
                }
            }
            Command::TogglePanel(Side::Search) => {
                self.prefs.show_search = !self.prefs.show_search;
                if self.prefs.show_search && self.panes.narrow {
                    self.prefs.show_articles = false;
                    self.view = View::Reader;
                }
            }
            Command::ShowKeyboard => self.panes.keyboard_open = true,
            _ => {}
        }
    }

    /// Ctrl+F shows the search panel when it was hidden.
    pub(super) fn show_search_panel(&mut self) {
        self.prefs.show_search = true;
        if self.panes.narrow {
            self.prefs.show_articles = false;
        }
        self.left = LeftTab::Search;
        self.view = View::Reader;
    }
}
