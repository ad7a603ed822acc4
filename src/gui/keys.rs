//! The window's keyboard: tables of keys that both the key handling and the Help ▸ Keyboard
//! window read, so the list shown is the list that works.

use egui::{Key, Modifiers};

use super::commands::{Command, Side};
use super::text::input::typing;

/// A shortcut that works wherever the focus is (text fields included).
struct Shortcut {
    mods: Modifiers,
    key: Key,
    command: fn() -> Command,
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers {
    alt: false,
    ctrl: false,
    shift: true,
    mac_cmd: false,
    command: true,
};

/// The shortcuts, in the order the keyboard window lists them.
const SHORTCUTS: &[(Shortcut, &str, &str)] = &[
    (
        Shortcut {
            mods: CTRL,
            key: Key::O,
            command: || Command::OpenSession(None),
        },
        "Ctrl+O",
        "Open a session",
    ),
    (
        Shortcut {
            mods: CTRL,
            key: Key::S,
            command: || Command::Save,
        },
        "Ctrl+S",
        "Save the session",
    ),
    (
        Shortcut {
            mods: CTRL_SHIFT,
            key: Key::S,
            command: || Command::SaveAs(None),
        },
        "Ctrl+Shift+S",
        "Save the session as a new file",
    ),
    (
        Shortcut {
            mods: CTRL,
            key: Key::I,
            command: || Command::Import(None, false),
        },
        "Ctrl+I",
        "Import article files",
    ),
    (
        Shortcut {
            mods: CTRL,
            key: Key::Z,
            command: || Command::Undo,
        },
        "Ctrl+Z",
        "Undo",
    ),
    (
        Shortcut {
            mods: CTRL_SHIFT,
            key: Key::Z,
            command: || Command::Redo,
        },
        "Ctrl+Shift+Z or Ctrl+Y",
        "Redo",
    ),
    (
        Shortcut {
            mods: CTRL,
            key: Key::Y,
            command: || Command::Redo,
        },
        "",
        "",
    ),
    (
        Shortcut {
            mods: CTRL,
            key: Key::F,
            command: || Command::FocusSearch,
        },
        "Ctrl+F",
        "Search the articles",
    ),
    (
        Shortcut {
            mods: Modifiers::NONE,
            key: Key::F3,
            command: || Command::StepHit(true),
        },
        "F3 / Shift+F3",
        "Next / previous search hit",
    ),
    (
        Shortcut {
            mods: Modifiers::SHIFT,
            key: Key::F3,
            command: || Command::StepHit(false),
        },
        "",
        "",
    ),
    (
        Shortcut {
            mods: CTRL,
            key: Key::Minus,
            command: || Command::ChangeFontSize(-2.0),
        },
        "Ctrl+- / Ctrl++",
        "Smaller / larger reader text",
    ),
    (
        Shortcut {
            mods: CTRL,
            key: Key::Num1,
            command: || Command::TogglePanel(Side::Articles),
        },
        "Ctrl+1",
        "Show or hide the article list",
    ),
    (
        Shortcut {
            mods: CTRL,
            key: Key::Num2,
            command: || Command::TogglePanel(Side::Search),
        },
        "Ctrl+2",
        "Show or hide the search and notes panel",
    ),
    (
        Shortcut {
            mods: Modifiers::NONE,
            key: Key::F1,
            command: || Command::ShowKeyboard,
        },
        "F1",
        "This list of keys",
    ),
    (
        Shortcut {
            mods: CTRL,
            key: Key::Q,
            command: || Command::Quit,
        },
        "Ctrl+Q",
        "Quit",
    ),
];

/// Keys that move through what is shown; they belong to a text field while one is typed in.
const NAVIGATION: &[(Shortcut, &str, &str)] = &[
    (
        Shortcut {
            mods: Modifiers::NONE,
            key: Key::ArrowUp,
            command: || Command::Step(-1),
        },
        "Up / Down",
        "Previous / next article in the list, or row of the quotes table",
    ),
    (
        Shortcut {
            mods: Modifiers::NONE,
            key: Key::ArrowDown,
            command: || Command::Step(1),
        },
        "",
        "",
    ),
    (
        Shortcut {
            mods: Modifiers::NONE,
            key: Key::Enter,
            command: || Command::OpenSelected,
        },
        "Enter",
        "Open the selected quotation in the reader",
    ),
    (
        Shortcut {
            mods: Modifiers::NONE,
            key: Key::PageDown,
            command: || Command::PageReader(1.0),
        },
        "Page Down / Space",
        "Next page of the article",
    ),
    (
        Shortcut {
            mods: Modifiers::NONE,
            key: Key::Space,
            command: || Command::PageReader(1.0),
        },
        "",
        "",
    ),
    (
        Shortcut {
            mods: Modifiers::NONE,
            key: Key::PageUp,
            command: || Command::PageReader(-1.0),
        },
        "Page Up / Shift+Space",
        "Previous page of the article",
    ),
    (
        Shortcut {
            mods: Modifiers::SHIFT,
            key: Key::Space,
            command: || Command::PageReader(-1.0),
        },
        "",
        "",
    ),
];

/// Keys the dialogs and the controls read themselves, listed with the others.
const ELSEWHERE: &[(&str, &str)] = &[
    ("Esc", "Close a dialog, or leave a text field"),
    ("Tab / Shift+Tab", "Next / previous control"),
];

/// Every shortcut with what it does, as the keyboard window lists them.
pub fn listed() -> impl Iterator<Item = (&'static str, &'static str)> {
    SHORTCUTS
        .iter()
        .chain(NAVIGATION)
        .filter(|(_, keys, _)| !keys.is_empty())
        .map(|(_, keys, what)| (*keys, *what))
        .chain(ELSEWHERE.iter().copied())
}

/// Takes the keys of `table` pressed this frame as commands. A key without Shift matches it
/// held too, so the Shift forms are taken first.
fn take(i: &mut egui::InputState, table: &[(Shortcut, &str, &str)], commands: &mut Vec<Command>) {
    for shifted in [true, false] {
        for (s, _, _) in table.iter().filter(|(s, _, _)| s.mods.shift == shifted) {
            if i.consume_key(s.mods, s.key) {
                commands.push((s.command)());
            }
        }
    }
}

/// Turns this frame's shortcut keys into commands; the navigation keys too unless a text field
/// has the keyboard.
pub fn commands(ctx: &egui::Context, commands: &mut Vec<Command>) {
    let typing = typing(ctx);
    ctx.input_mut(|i| {
        take(i, SHORTCUTS, commands);
        if i.consume_key(CTRL, Key::Plus)
            || i.consume_key(CTRL, Key::Equals)
            || i.consume_key(CTRL_SHIFT, Key::Equals)
        {
            commands.push(Command::ChangeFontSize(2.0));
        }
        if !typing {
            take(i, NAVIGATION, commands);
        }
    });
}

/// Help ▸ Keyboard: every key and what it does.
pub fn keyboard_window(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new("Keyboard")
        .open(open)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            egui::Grid::new("keyboard-keys")
                .striped(true)
                .num_columns(2)
                .show(ui, |ui| {
                    for (keys, what) in listed() {
                        ui.strong(keys);
                        ui.label(what);
                        ui.end_row();
                    }
                });
        });
    if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
        *open = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shortcut_is_listed_once_with_what_it_does() {
        let listed: Vec<_> = listed().collect();
        assert!(listed.iter().all(|(k, w)| !k.is_empty() && !w.is_empty()));
        let mut keys: Vec<_> = listed.iter().map(|(k, _)| *k).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), listed.len(), "a key listed twice");
        // Each key without a line of its own is the second key of the line before.
        for table in [SHORTCUTS, NAVIGATION] {
            for (i, (_, keys, _)) in table.iter().enumerate() {
                if !keys.is_empty() {
                    continue;
                }
                let before = table.get(i.wrapping_sub(1)).map_or("", |s| s.1);
                assert!(
                    before.contains(" or ") || before.contains(" / "),
                    "{before}"
                );
            }
        }
    }
}
