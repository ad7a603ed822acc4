//! What the one-line field ([`super::input`]) and the multi-line editor ([`super::editor`])
//! share: the caret and selection in logical order, the edits typed into them (text, input
//! methods, clipboard, deletion), character and word boundaries, the undo history with typed runs
//! grouped, and the painting of the frame and the caret.

use std::ops::Range;

use egui::{self, Event, EventFilter, ImeEvent, Key, Modifiers, Rect, Response, Stroke, Ui};

use super::{Highlight, NOTE, SELECTION};
use crate::arabic::is_arabic_mark;
use crate::gui::theme::Theme;

/// Caret and selection of a field, in bytes of its text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Caret {
    /// Where the selection started (equals `focus` when nothing is selected).
    pub anchor: usize,
    /// Where the caret is.
    pub focus: usize,
}

impl Caret {
    /// A caret at `at` with nothing selected.
    pub fn at(at: usize) -> Self {
        Self {
            anchor: at,
            focus: at,
        }
    }

    /// The selected byte range (may be empty).
    pub fn range(&self) -> Range<usize> {
        self.anchor.min(self.focus)..self.anchor.max(self.focus)
    }

    /// Moves the caret to `to`, keeping the anchor when the selection is extended.
    pub fn move_to(&mut self, to: usize, extend: bool) {
        self.focus = to;
        if !extend {
            self.anchor = to;
        }
    }
}

/// The text and caret before an edit, to go back to.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Snapshot {
    text: String,
    caret: Caret,
}

/// The run of edits the next one may join, with where the caret must be for it to join.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Run {
    Typing(usize),
    Deleting(usize),
}

/// What kind of edit is applied: typed text and deletions join the run before them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditKind {
    /// Typed or committed by an input method.
    Typing,
    /// Backspace or Delete.
    Deleting,
    /// A step of its own (a line break, a paste, a cut).
    Single,
}

/// Most undo steps a field keeps.
const UNDO_LIMIT: usize = 500;

/// Undo and redo inside a field: each step keeps the whole text (fields hold notes and memos,
/// not articles), a run of typing or of deleting is one step.
#[derive(Debug, Clone, Default)]
struct History {
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    run: Option<Run>,
}

/// The state a field keeps between frames.
#[derive(Debug, Clone, Default)]
pub struct EditState {
    /// Caret and selection.
    pub caret: Caret,
    /// What an input method is composing at the caret: shown, not yet in the text.
    pub preedit: String,
    /// The x a caret moving up and down keeps (from the box's left edge), while it moves so.
    pub desired_x: Option<f32>,
    history: History,
}

impl EditState {
    /// The state of the field `id`, taken out of egui's memory (put it back with [`Self::store`]).
    pub fn take(ctx: &egui::Context, id: egui::Id) -> Self {
        ctx.data_mut(|d| d.remove_temp::<Self>(id))
            .unwrap_or_default()
    }

    /// A copy of the state of the field `id` (for tests and for the widget's owner).
    pub fn peek(ctx: &egui::Context, id: egui::Id) -> Option<Self> {
        ctx.data(|d| d.get_temp::<Self>(id))
    }

    /// Keeps the state for the next frame.
    pub fn store(self, ctx: &egui::Context, id: egui::Id) {
        ctx.data_mut(|d| d.insert_temp(id, self));
    }

    /// Puts caret and selection back inside `text` (it may have changed outside the field).
    pub fn clamp(&mut self, text: &str) {
        let clamp = |c: usize| {
            let mut c = c.min(text.len());
            while !text.is_char_boundary(c) {
                c -= 1;
            }
            c
        };
        self.caret.anchor = clamp(self.caret.anchor);
        self.caret.focus = clamp(self.caret.focus);
    }

    /// The caret moved without an edit: the next edit is a step of its own.
    pub fn moved(&mut self) {
        self.history.run = None;
    }

    /// Can the last edit be undone?
    pub fn can_undo(&self) -> bool {
        !self.history.undo.is_empty()
    }

    /// Replaces the selection with `with`, as one undo step or joining the run before it.
    pub fn edit(&mut self, text: &mut String, with: &str, kind: EditKind) {
        let r = self.caret.range();
        if r.is_empty() && with.is_empty() {
            return;
        }
        let joins = match (kind, self.history.run) {
            (EditKind::Typing, Some(Run::Typing(at))) => at == self.caret.focus && r.is_empty(),
            (EditKind::Deleting, Some(Run::Deleting(at))) => at == self.caret.focus,
            _ => false,
        };
        if !joins {
            self.history.undo.push(Snapshot {
                text: text.clone(),
                caret: self.caret,
            });
            if self.history.undo.len() > UNDO_LIMIT {
                self.history.undo.remove(0);
            }
        }
        self.history.redo.clear();
        text.replace_range(r.clone(), with);
        self.caret = Caret::at(r.start + with.len());
        self.desired_x = None;
        self.history.run = match kind {
            EditKind::Typing => Some(Run::Typing(self.caret.focus)),
            EditKind::Deleting => Some(Run::Deleting(self.caret.focus)),
            EditKind::Single => None,
        };
    }

    /// Goes one step back (`redo` false) or forward in the history.
    pub fn undo(&mut self, text: &mut String, redo: bool) {
        let (from, to) = if redo {
            (&mut self.history.redo, &mut self.history.undo)
        } else {
            (&mut self.history.undo, &mut self.history.redo)
        };
        if let Some(s) = from.pop() {
            to.push(Snapshot {
                text: std::mem::replace(text, s.text),
                caret: self.caret,
            });
            self.caret = s.caret;
        }
        self.history.run = None;
        self.desired_x = None;
    }

    /// Deletes the selection, or the character or word before (`forward` false) or after it.
    fn delete(&mut self, text: &mut String, forward: bool, word: bool) {
        if self.caret.range().is_empty() {
            self.caret.anchor = step(text, self.caret.focus, forward, word);
        }
        self.edit(text, "", EditKind::Deleting);
    }

    /// The text as shown: the input method's composition put in at the caret, underlined, or
    /// while `focused` the selection highlighted. Returns the text, the caret's offset in it and
    /// the highlights.
    pub fn display<'t>(
        &self,
        text: &'t str,
        focused: bool,
    ) -> (std::borrow::Cow<'t, str>, usize, Vec<Highlight>) {
        if self.preedit.is_empty() {
            let r = self.caret.range();
            let selection = (focused && !r.is_empty()).then_some(Highlight {
                range: r,
                style: SELECTION,
            });
            return (
                text.into(),
                self.caret.focus,
                selection.into_iter().collect(),
            );
        }
        let at = self.caret.focus;
        let shown = format!(
            "{}{}{}",
            text.get(..at).unwrap_or(text),
            self.preedit,
            text.get(at..).unwrap_or_default()
        );
        let end = at + self.preedit.len();
        let mark = Highlight {
            range: at..end,
            style: NOTE,
        };
        (shown.into(), end, vec![mark])
    }
}

/// Does this key move or select by word (Ctrl, or Alt as on a Mac)?
pub fn by_word(modifiers: Modifiers) -> bool {
    modifiers.ctrl || modifiers.alt || modifiers.command && !modifiers.mac_cmd
}

/// Applies the edits every field understands: typed and pasted text, input methods, copy, cut,
/// deletion, select all, undo and redo. Returns the other keys, for the field to handle.
pub fn apply_common(
    ui: &Ui,
    event: &Event,
    text: &mut String,
    state: &mut EditState,
    multiline: bool,
) -> Option<(Key, Modifiers)> {
    let clean = |t: &str| -> String {
        t.replace("\r\n", "\n")
            .chars()
            .filter(|&c| !c.is_control() || multiline && c == '\n')
            .collect()
    };
    match event {
        Event::Text(t) => state.edit(text, &clean(t), EditKind::Typing),
        Event::Paste(t) => state.edit(text, &clean(t), EditKind::Single),
        Event::Ime(ime) => apply_ime(ime, text, state, &clean),
        Event::Copy => copy(ui, text, state.caret),
        Event::Cut => {
            copy(ui, text, state.caret);
            state.edit(text, "", EditKind::Single);
        }
        Event::Key {
            key,
            pressed: true,
            modifiers,
            ..
        } => match key {
            Key::Backspace | Key::Delete => {
                state.delete(text, *key == Key::Delete, by_word(*modifiers));
            }
            Key::A if modifiers.command => {
                state.caret = Caret {
                    anchor: 0,
                    focus: text.len(),
                };
                state.moved();
            }
            Key::Z if modifiers.command => state.undo(text, modifiers.shift),
            Key::Y if modifiers.command => state.undo(text, true),
            _ => return Some((*key, *modifiers)),
        },
        _ => {}
    }
    None
}

fn apply_ime(
    ime: &ImeEvent,
    text: &mut String,
    state: &mut EditState,
    clean: &dyn Fn(&str) -> String,
) {
    match ime {
        ImeEvent::Preedit {
            text: composing, ..
        } => state.preedit = clean(composing),
        ImeEvent::Commit(committed) => {
            state.preedit.clear();
            state.edit(text, &clean(committed), EditKind::Typing);
        }
        ImeEvent::DeleteSurrounding {
            before_chars,
            after_chars,
        } => {
            let at = state.caret.focus;
            let start = text.get(..at).map_or(at, |b| {
                b.char_indices()
                    .rev()
                    .nth(before_chars.saturating_sub(1))
                    .map_or(at, |(i, _)| i)
            });
            let end = text.get(at..).map_or(at, |a| {
                at + a
                    .char_indices()
                    .nth(*after_chars)
                    .map_or(a.len(), |(i, _)| i)
            });
            if *before_chars == 0 && *after_chars == 0 {
                return;
            }
            state.caret = Caret {
                anchor: if *before_chars == 0 { at } else { start },
                focus: end,
            };
            state.edit(text, "", EditKind::Deleting);
        }
        #[expect(deprecated)]
        ImeEvent::Enabled | ImeEvent::Disabled => state.preedit.clear(),
    }
}

/// Moves the caret one character or word forward or back; a selection collapses to its edge
/// first, as in a browser.
pub fn move_horizontal(text: &str, state: &mut EditState, forward: bool, modifiers: Modifiers) {
    let caret = &mut state.caret;
    let r = caret.range();
    let to = if !modifiers.shift && !r.is_empty() {
        if forward { r.end } else { r.start }
    } else {
        step(text, caret.focus, forward, by_word(modifiers))
    };
    caret.move_to(to, modifiers.shift);
    state.desired_x = None;
    state.moved();
}

/// The offset one character (with its marks) or one word after (`forward`) or before `at`.
pub fn step(text: &str, at: usize, forward: bool, word: bool) -> usize {
    match (forward, word) {
        (true, false) => next_boundary(text, at),
        (false, false) => prev_boundary(text, at),
        (true, true) => word_end_after(text, at),
        (false, true) => word_start_before(text, at),
    }
}

/// A letter, digit or mark of a word (Arabic joiners and tatweel included).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || is_arabic_mark(c)
        || matches!(c, '_' | '\u{0640}' | '\u{200C}' | '\u{200D}')
}

/// The end of the word at or after `at` (spaces and punctuation before it skipped).
pub fn word_end_after(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or_default();
    let mut seen_word = false;
    for (i, c) in rest.char_indices() {
        if is_word_char(c) {
            seen_word = true;
        } else if seen_word || c == '\n' && i > 0 {
            return at + i;
        } else if c == '\n' {
            return at + c.len_utf8();
        }
    }
    text.len()
}

/// The start of the word at or before `at`.
pub fn word_start_before(text: &str, at: usize) -> usize {
    let head = text.get(..at).unwrap_or_default();
    let mut seen_word = false;
    for (i, c) in head.char_indices().rev() {
        if is_word_char(c) {
            seen_word = true;
        } else if seen_word || c == '\n' && i + 1 < at {
            return i + c.len_utf8();
        } else if c == '\n' {
            return i;
        }
    }
    0
}

/// The word under `at` (for a double click); between words, the spaces or the mark there.
pub fn word_at(text: &str, at: usize) -> Range<usize> {
    let after = text.get(at..).and_then(|a| a.chars().next());
    let before = text.get(..at).and_then(|b| b.chars().next_back());
    let class = |c: char| {
        if is_word_char(c) {
            1
        } else if c == ' ' {
            2
        } else {
            0
        }
    };
    let Some(kind) = after.filter(|&c| c != '\n').or(before).map(class) else {
        return at..at;
    };
    if kind == 0 {
        let c = after.filter(|&c| c != '\n').or(before).unwrap_or(' ');
        return if after == Some(c) {
            at..at + c.len_utf8()
        } else {
            at - c.len_utf8()..at
        };
    }
    let start = text
        .get(..at)
        .unwrap_or_default()
        .char_indices()
        .rev()
        .take_while(|&(_, c)| class(c) == kind)
        .last()
        .map_or(at, |(i, _)| i);
    let end = text
        .get(at..)
        .unwrap_or_default()
        .char_indices()
        .find(|&(_, c)| class(c) != kind)
        .map_or(text.len(), |(i, _)| at + i);
    start..end
}

/// The previous character boundary, skipping combining marks with their letter.
pub fn prev_boundary(text: &str, at: usize) -> usize {
    let mut i = at;
    while let Some(c) = text.get(..i).and_then(|s| s.chars().next_back()) {
        i -= c.len_utf8();
        if !is_arabic_mark(c) {
            break;
        }
    }
    i
}

/// The next character boundary, taking the letter's combining marks with it.
pub fn next_boundary(text: &str, at: usize) -> usize {
    let mut chars = text.get(at..).unwrap_or_default().chars().peekable();
    let mut i = at;
    if let Some(c) = chars.next() {
        i += c.len_utf8();
    }
    while let Some(&c) = chars.peek() {
        if !is_arabic_mark(c) {
            break;
        }
        i += c.len_utf8();
        chars.next();
    }
    i
}

fn copy(ui: &Ui, text: &str, caret: Caret) {
    if let Some(s) = text.get(caret.range())
        && !s.is_empty()
    {
        ui.ctx().copy_text(s.to_owned());
    }
}

fn typing_key() -> egui::Id {
    egui::Id::unique("isnad-typing-in")
}

/// True while a text field has the keyboard: the window's own keys (arrows, Space, Enter, undo)
/// are then the field's.
pub fn typing(ctx: &egui::Context) -> bool {
    let field: Option<egui::Id> = ctx.data(|d| d.get_temp(typing_key()));
    field.is_some_and(|id| ctx.memory(|m| m.has_focus(id)))
}

/// Gives the focused field `id` the keyboard: the arrows (the vertical ones too when
/// `vertical`) stay with it, and the window knows a field is typed in.
pub fn take_keys(ui: &Ui, id: egui::Id, vertical: bool) {
    ui.data_mut(|d| d.insert_temp(typing_key(), id));
    ui.memory_mut(|m| {
        let filter = EventFilter {
            horizontal_arrows: true,
            vertical_arrows: vertical,
            tab: false,
            escape: false,
        };
        m.set_focus_lock_filter(id, filter);
    });
}

/// Paints a field's box: its background, and its border (the accent colour while focused); the
/// pointer over it is a text cursor.
pub fn paint_frame(ui: &Ui, response: &Response, outer: Rect, focused: bool) {
    if response.hovered() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::Text);
    }
    let theme = Theme::of(ui.ctx());
    let stroke = if focused {
        Stroke::new(1.5, theme.accent)
    } else {
        ui.style().interact(response).bg_stroke
    };
    ui.painter()
        .rect(outer, 4.0, theme.field_bg, stroke, egui::StrokeKind::Inside);
}

/// Paints the caret and tells the platform where it is, for input methods.
pub fn paint_caret(ui: &Ui, caret_rect: Rect, outer: Rect) {
    let theme = Theme::of(ui.ctx());
    ui.painter().rect_filled(caret_rect, 0.0, theme.caret);
    ui.ctx().output_mut(|o| {
        o.ime = Some(egui::output::IMEOutput {
            purpose: egui::IMEPurpose::Normal,
            rect: outer,
            cursor_rect: caret_rect,
            should_interrupt_composition: false,
        });
    });
}

/// The accessible description of a field: its role, name, value, placeholder and selection (in
/// characters).
pub fn widget_info(
    ui: &Ui,
    role: egui::Role,
    (name, hint): (&str, &str),
    (before, text): (&str, &str),
    caret: Caret,
) -> egui::WidgetInfo {
    let mut info = egui::WidgetInfo::text_edit(ui.is_enabled(), before, text, hint);
    info.role = role;
    info.label = Some(name.to_owned());
    let chars = |at: usize| egui::text::CharIndex(text.get(..at).map_or(0, |s| s.chars().count()));
    let r = caret.range();
    info.text_selection = Some(chars(r.start)..chars(r.end));
    info
}
