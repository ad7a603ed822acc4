//! The menu bar: File (sessions, import, export, the cache), Edit (undo, redo), View (the side
//! panels) and Help (the keyboard).

use std::path::PathBuf;

use egui::{self, Ui};

use super::Command;
use crate::export::Format;
use crate::gui::commands::Side;
use crate::gui::i18n::tr;
use crate::gui::text::widget_text;

/// What the menus need to know.
pub struct MenuState<'a> {
    /// The article list and the search panel are shown.
    pub shown: (bool, bool),
    /// What Undo would undo.
    pub undo: Option<String>,
    /// What Redo would redo.
    pub redo: Option<String>,
    /// Recently opened or saved sessions, newest first.
    pub recent: &'a [PathBuf],
    /// An import is running.
    pub importing: bool,
}

fn item(ui: &mut Ui, label: &str, shortcut: &str, enabled: bool) -> bool {
    let label = widget_text(ui, label);
    ui.add_enabled(enabled, egui::Button::new(label).shortcut_text(shortcut))
        .clicked()
}

/// A menu of the bar, its title and items in the interface's direction.
fn menu(ui: &mut Ui, title: &str, add_contents: impl FnOnce(&mut Ui)) {
    let title = widget_text(ui, title);
    ui.menu_button(title, |ui| {
        if crate::gui::i18n::rtl() {
            ui.with_layout(
                egui::Layout::top_down_justified(egui::Align::Max),
                add_contents,
            );
        } else {
            add_contents(ui);
        }
    });
}

/// The menu bar, from the right in Arabic.
pub fn menu_ui(state: &MenuState<'_>, ui: &mut Ui, commands: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        if crate::gui::i18n::rtl() {
            let rtl = egui::Layout::right_to_left(egui::Align::Center);
            ui.with_layout(rtl, |ui| menus_ui(state, ui, commands));
        } else {
            menus_ui(state, ui, commands);
        }
    });
}

/// The menus: File, Edit, View, Help.
fn menus_ui(state: &MenuState<'_>, ui: &mut Ui, commands: &mut Vec<Command>) {
    {
        menu(ui, &tr!("menu-file"), |ui| {
            if item(ui, &tr!("menu-new-session"), "", true) {
                commands.push(Command::NewSession);
            }
            if item(ui, &tr!("menu-open-session"), "Ctrl+O", true) {
                commands.push(Command::OpenSession(None));
            }
            menu(ui, &tr!("menu-open-recent"), |ui| {
                if state.recent.is_empty() {
                    ui.label(widget_text(ui, tr!("menu-no-recent")));
                }
                for path in state.recent {
                    if ui.button(path.display().to_string()).clicked() {
                        commands.push(Command::OpenSession(Some(path.clone())));
                    }
                }
            });
            if item(ui, &tr!("menu-save-session"), "Ctrl+S", true) {
                commands.push(Command::Save);
            }
            if item(ui, &tr!("menu-save-session-as"), "Ctrl+Shift+S", true) {
                commands.push(Command::SaveAs(None));
            }
            ui.separator();
            if item(ui, &tr!("menu-import-files"), "Ctrl+I", !state.importing) {
                commands.push(Command::Import(None, false));
            }
            if item(ui, &tr!("menu-import-folder"), "", !state.importing) {
                commands.push(Command::Import(None, true));
            }
            ui.separator();
            menu(ui, &tr!("menu-export-quotes"), |ui| {
                for format in Format::ALL {
                    let label = tr!(
                        "menu-export-as",
                        format = crate::gui::i18n::format_label(format)
                    );
                    if ui.button(widget_text(ui, label)).clicked() {
                        commands.push(Command::ExportAs(format));
                    }
                }
            });
            ui.separator();
            if item(ui, &tr!("menu-clear-cache"), "", true) {
                commands.push(Command::ClearCache);
            }
            ui.separator();
            if item(ui, &tr!("menu-quit"), "Ctrl+Q", true) {
                commands.push(Command::Quit);
            }
        });
        menu(ui, &tr!("menu-edit"), |ui| {
            let undo = state.undo.as_ref().map_or_else(
                || tr!("menu-undo"),
                |l| tr!("menu-undo-what", what = crate::gui::i18n::edit_label(l)),
            );
            if item(ui, &undo, "Ctrl+Z", state.undo.is_some()) {
                commands.push(Command::Undo);
            }
            let redo = state.redo.as_ref().map_or_else(
                || tr!("menu-redo"),
                |l| tr!("menu-redo-what", what = crate::gui::i18n::edit_label(l)),
            );
            if item(ui, &redo, "Ctrl+Shift+Z", state.redo.is_some()) {
                commands.push(Command::Redo);
            }
        });
        menu(ui, &tr!("menu-view"), |ui| {
            let panels = [
                (
                    state.shown.0,
                    tr!("menu-article-list"),
                    "Ctrl+1",
                    Side::Articles,
                ),
                (
                    state.shown.1,
                    tr!("menu-search-and-notes"),
                    "Ctrl+2",
                    Side::Search,
                ),
            ];
            for (shown, label, keys, side) in panels {
                let button = egui::Button::new(widget_text(ui, label))
                    .selected(shown)
                    .shortcut_text(keys);
                if ui.add(button).clicked() {
                    commands.push(Command::TogglePanel(side));
                }
            }
        });
        menu(ui, &tr!("menu-help"), |ui| {
            if item(ui, &tr!("menu-keyboard"), "F1", true) {
                commands.push(Command::ShowKeyboard);
            }
        });
    }
}
