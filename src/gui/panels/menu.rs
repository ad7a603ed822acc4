//! The menu bar: File (sessions, import, export, the cache), Edit (undo, redo), View (the side
//! panels) and Help (the keyboard).

use std::path::PathBuf;

use egui::{self, Ui};

use super::Command;
use crate::export::Format;
use crate::gui::commands::Side;

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
    ui.add_enabled(enabled, egui::Button::new(label).shortcut_text(shortcut))
        .clicked()
}

/// The menus.
pub fn menu_ui(state: &MenuState<'_>, ui: &mut Ui, commands: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            if item(ui, "New session", "", true) {
                commands.push(Command::NewSession);
            }
            if item(ui, "Open session…", "Ctrl+O", true) {
                commands.push(Command::OpenSession(None));
            }
            ui.menu_button("Open recent", |ui| {
                if state.recent.is_empty() {
                    ui.label("No sessions yet");
                }
                for path in state.recent {
                    if ui.button(path.display().to_string()).clicked() {
                        commands.push(Command::OpenSession(Some(path.clone())));
                    }
                }
            });
            if item(ui, "Save session", "Ctrl+S", true) {
                commands.push(Command::Save);
            }
            if item(ui, "Save session as…", "Ctrl+Shift+S", true) {
                commands.push(Command::SaveAs(None));
            }
            ui.separator();
            if item(ui, "Import files…", "Ctrl+I", !state.importing) {
                commands.push(Command::Import(None, false));
            }
            if item(ui, "Import folder…", "", !state.importing) {
                commands.push(Command::Import(None, true));
            }
            ui.separator();
            ui.menu_button("Export quotes", |ui| {
                for format in Format::ALL {
                    if ui.button(format!("{}…", format.label())).clicked() {
                        commands.push(Command::ExportAs(format));
                    }
                }
            });
            ui.separator();
            if item(ui, "Clear cache", "", true) {
                commands.push(Command::ClearCache);
            }
            ui.separator();
            if item(ui, "Quit", "Ctrl+Q", true) {
                commands.push(Command::Quit);
            }
        });
        ui.menu_button("Edit", |ui| {
            let undo = state
                .undo
                .as_ref()
                .map_or_else(|| "Undo".to_owned(), |l| format!("Undo {l}"));
            if item(ui, &undo, "Ctrl+Z", state.undo.is_some()) {
                commands.push(Command::Undo);
            }
            let redo = state
                .redo
                .as_ref()
                .map_or_else(|| "Redo".to_owned(), |l| format!("Redo {l}"));
            if item(ui, &redo, "Ctrl+Shift+Z", state.redo.is_some()) {
                commands.push(Command::Redo);
            }
        });
        ui.menu_button("View", |ui| {
            let panels = [
                (state.shown.0, "Article list", "Ctrl+1", Side::Articles),
                (state.shown.1, "Search and notes", "Ctrl+2", Side::Search),
            ];
            for (shown, label, keys, side) in panels {
                let button = egui::Button::new(label).selected(shown).shortcut_text(keys);
                if ui.add(button).clicked() {
                    commands.push(Command::TogglePanel(side));
                }
            }
        });
        ui.menu_button("Help", |ui| {
            if item(ui, "Keyboard", "F1", true) {
                commands.push(Command::ShowKeyboard);
            }
        });
    });
}
