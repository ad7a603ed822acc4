//! The window's keyboard: tables of keys that both the key handling and the Help ▸ Keyboard
//! window read, so the list shown is the list that works.

use egui::{Key, Modifiers};

use super::commands::{Command, Side};
use super::i18n::{self, key, tr};
use super::text::edit::typing;

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
        key!("keys-ctrl-o"),
        key!("keys-does-open-a-session"),
    ),
    (
        Shortcut {
            mods: CTRL,
            key: Key::S,
            command: || Command::Save,
        },
        key!("keys-ctrl-s"),
        key!("keys-does-save-the-session"),
    ),
    (
        Shortcut {
            mods: CTRL_SHIFT,
            key: Key::S,
            command: || Command::SaveAs(None),
        },
        key!("keys-ctrl-shift-s"),
        key!("keys-does-save-the-session-as-a-new"),
    ),
    (
        Shortcut {
            mods: CTRL,
            key: Key::I,
            command: || Command::Import(None, false),
        },
        key!("keys-ctrl-i"),
        key!("keys-does-import-article-files"),
    ),
    (
        Shortcut {
            mods: CTRL,
            key: Key::Z,
            command: || Command::Undo,
        },
        key!("keys-ctrl-z"),
        key!("keys-does-undo"),
    ),
    (
        Shortcut {
            mods: CTRL_SHIFT,
            key: Key::Z,
            command: || Command::Redo,
        },
        key!("keys-ctrl-shift-z-or-ctrl-y"),
        key!("keys-does-redo"),
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
        key!("keys-ctrl-f"),
        key!("keys-does-search-the-articles"),
    ),
    (
        Shortcut {
            mods: Modifiers::NONE,
            key: Key::F3,
            command: || Command::StepHit(true),
        },
        key!("keys-f3-shift-f3"),
        key!("keys-does-next-previous-search-hit"),
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
        key!("keys-ctrl-plus-ctrl-plus-plus"),
        key!("keys-does-smaller-larger-reader-text"),
    ),
    (
        Shortcut {
            mods: CTRL,
            key: Key::Num1,
            command: || Command::TogglePanel(Side::Articles),
        },
        key!("keys-ctrl-1"),
        key!("keys-does-show-or-hide-the-article-list"),
    ),
    (
        Shortcut {
            mods: CTRL,
            key: Key::Num2,
            command: || Command::TogglePanel(Side::Search),
        },
        key!("keys-ctrl-2"),
        key!("keys-does-show-or-hide-the-search-and"),
    ),
    (
        Shortcut {
            mods: Modifiers::NONE,
            key: Key::F1,
            command: || Command::ShowKeyboard,
        },
        key!("keys-f1"),
        key!("keys-does-this-list-of-keys"),
    ),
    (
        Shortcut {
            mods: CTRL,
            key: Key::Q,
            command: || Command::Quit,
        },
        key!("keys-ctrl-q"),
        key!("keys-does-quit"),
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
        key!("keys-up-down"),
        key!("keys-does-previous-next-article-in-the-list"),
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
        key!("keys-enter"),
        key!("keys-does-open-the-selected-quotation-in-the"),
    ),
    (
        Shortcut {
            mods: Modifiers::NONE,
            key: Key::PageDown,
            command: || Command::PageReader(1.0),
        },
        key!("keys-page-down-space"),
        key!("keys-does-next-page-of-the-article"),
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
        key!("keys-page-up-shift-space"),
        key!("keys-does-previous-page-of-the-article"),
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
    (
        key!("keys-esc"),
        key!("keys-does-close-a-dialog-or-leave-a"),
    ),
    (
        key!("keys-tab-shift-tab"),
        key!("keys-does-next-previous-control"),
    ),
];

/// Every shortcut with what it does, as the keyboard window lists them (translation keys).
fn listed_keys() -> impl Iterator<Item = (&'static str, &'static str)> {
    SHORTCUTS
        .iter()
        .chain(NAVIGATION)
        .filter(|(_, keys, _)| !keys.is_empty())
        .map(|(_, keys, what)| (*keys, *what))
        .chain(ELSEWHERE.iter().copied())
}

/// Every shortcut with what it does, in the interface language.
pub fn listed() -> impl Iterator<Item = (String, String)> {
    listed_keys().map(|(keys, what)| (i18n::text(keys), i18n::text(what)))
}

/// Takes the keys of `table` pressed this frame as commands. A key without Shift matches it
/// held too, so the Shift forms are taken first. While a text field has the keyboard, undo and
/// redo are left to it (it undoes its own typing, as a browser's fields do).
fn take(
    i: &mut egui::InputState,
    table: &[(Shortcut, &str, &str)],
    commands: &mut Vec<Command>,
    typing: bool,
) {
    for shifted in [true, false] {
        for (s, _, _) in table.iter().filter(|(s, _, _)| {
            s.mods.shift == shifted && !(typing && matches!(s.key, Key::Z | Key::Y))
        }) {
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
        take(i, SHORTCUTS, commands, typing);
        if i.consume_key(CTRL, Key::Plus)
            || i.consume_key(CTRL, Key::Equals)
            || i.consume_key(CTRL_SHIFT, Key::Equals)
        {
            commands.push(Command::ChangeFontSize(2.0));
        }
        if !typing {
            take(i, NAVIGATION, commands, false);
        }
    });
}

/// Help ▸ Keyboard: every key and what it does.
pub fn keyboard_window(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new(tr!("keys-title"))
        .open(open)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            egui::Grid::new("keyboard-keys")
                .striped(true)
                .num_columns(2)
                .show(ui, |ui| {
                    // A grid fills from the left: in Arabic the keys come last, on the right.
                    let rtl = i18n::rtl();
                    for (keys, what) in listed() {
                        let what = crate::gui::text::widget_text(ui, what);
                        let keys = crate::gui::text::widget_text(ui, keys);
                        let (first, second) = if rtl { (what, keys) } else { (keys, what) };
                        ui.label(first);
                        ui.label(second);
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
        let mut keys: Vec<_> = listed.iter().map(|(k, _)| k.clone()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), listed.len(), "a key listed twice");
        // Each key without a line of its own is the second key of the line before.
        for table in [SHORTCUTS, NAVIGATION] {
            for (i, (_, keys, _)) in table.iter().enumerate() {
                if !keys.is_empty() {
                    continue;
                }
                let before = i18n::text(table.get(i.wrapping_sub(1)).map_or("", |s| s.1));
                assert!(
                    before.contains(" or ") || before.contains(" / "),
                    "{before}"
                );
            }
        }
    }
}
