//! A multi-line text editor for Arabic notes, code descriptions and memos: the text wraps to the
//! box through the paragraph layout (a paragraph per line break, each with its own base
//! direction), Enter starts a new paragraph, the caret moves by visual line (Up and Down keep
//! its x across wrapped lines and paragraphs), by word and by character in the direction the
//! paragraph shows, with Home and End on the visual line; selection by Shift, click, drag and
//! double click; clipboard, input methods and undo inside the field, from the editing shared with
//! the one-line field ([`super::edit`]). Taller text scrolls inside the box.
//!
//! ```ignore
//! // `label` is the translated accessible name; the id stays the same in every language.
//! let (response, change) = ArabicEditor::new(&mut memo, "Project memo", face)
//!     .label(&label)
//!     .rows(4, 12)
//!     .show(ui);
//! if change.submitted { /* Ctrl+Enter */ }
//! ```

use egui::{self, Event, Key, Modifiers, Rect, Response, ScrollArea, Sense, Ui, Vec2};

use super::edit::{self, Caret, EditKind, EditState};
use super::input::{InputChange, paint_hint, pointer};
use super::{Face, TextLayout, paint_text, text_layout};
use crate::gui::theme::Theme;

/// Room kept at the box's side for the scroll bar, so that it never covers the text.
const SCROLL_BAR: f32 = 10.0;
/// Space between the box's border and the text.
const PADDING: Vec2 = Vec2::new(6.0, 4.0);

/// A multi-line Arabic-capable text editor.
pub struct ArabicEditor<'a> {
    text: &'a mut String,
    id_salt: &'a str,
    hint: &'a str,
    label: Option<&'a str>,
    face: Face,
    width: Option<f32>,
    rows: (usize, usize),
}

impl<'a> ArabicEditor<'a> {
    /// An editor of `text`, named `id_salt` (also its accessible name unless [`Self::label`]
    /// gives one). The name identifies the editor's caret and history: two editors shown at once
    /// need two names (a code's description can use the code's id).
    pub fn new(text: &'a mut String, id_salt: &'a str, face: Face) -> Self {
        Self {
            text,
            id_salt,
            hint: "",
            label: None,
            face,
            width: None,
            rows: (3, 12),
        }
    }

    /// Greyed text shown while the editor is empty.
    #[must_use]
    pub fn hint(mut self, hint: &'a str) -> Self {
        self.hint = hint;
        self
    }

    /// The accessible name, when it is not the id (a translated name).
    #[must_use]
    pub fn label(mut self, label: &'a str) -> Self {
        self.label = Some(label);
        self
    }

    /// Width of the box (the available width by default).
    #[must_use]
    pub fn width(mut self, width: f32) -> Self {
        self.width = Some(width);
        self
    }

    /// The box grows with the text from `min` to `max` lines, then scrolls.
    #[must_use]
    pub fn rows(mut self, min: usize, max: usize) -> Self {
        self.rows = (min.max(1), max.max(min.max(1)));
        self
    }

    /// The widget id of the editor named `id_salt` (to give it the keyboard).
    pub fn id_for(id_salt: &str) -> egui::Id {
        egui::Id::unique(("arabic-editor", id_salt))
    }

    /// Caret and selection of the editor named `id_salt`, as last shown.
    pub fn caret(ctx: &egui::Context, id_salt: &str) -> Option<Caret> {
        EditState::peek(ctx, Self::id_for(id_salt)).map(|s| s.caret)
    }

    /// Shows the editor and applies this frame's typing; Ctrl+Enter submits.
    pub fn show(self, ui: &mut Ui) -> (Response, InputChange) {
        let id = Self::id_for(self.id_salt);
        let ctx = ui.ctx().clone();
        let line_height = self.face.line_height(&ctx);
        let width = self.width.unwrap_or_else(|| ui.available_width()).max(60.0);
        let wrap = width - 2.0 * PADDING.x - SCROLL_BAR;
        let mut state = EditState::take(&ctx, id);
        state.clamp(self.text);
        let focused = ui.memory(|m| m.has_focus(id));
        let before = self.text.clone();
        let mut change = InputChange::default();
        let caret_before = state.caret;
        if focused {
            edit::take_keys(ui, id, true);
            let keys = Keys {
                face: &self.face,
                wrap,
                id,
                page: ui.data(|d| d.get_temp(id.with("page"))).unwrap_or(1),
            };
            for event in &ui.input(|i| i.events.clone()) {
                keys.apply(ui, event, self.text, &mut state, &mut change);
            }
        } else {
            state.preedit.clear();
        }
        change.changed = *self.text != before;
        let keyboard_moved = state.caret != caret_before || change.changed;

        let plain = text_layout(&ctx, self.text, &[], &self.face, wrap);
        let (min, max) = self.rows;
        let lines = plain.line_count().clamp(min, max);
        // Page Up and Down move by the lines the box shows, less one kept in view.
        ui.data_mut(|d| d.insert_temp(id.with("page"), lines.saturating_sub(1).max(1)));
        let size = Vec2::new(width, lines as f32 * line_height + 2.0 * PADDING.y);
        let (outer, response) = ui.allocate_exact_size(size, Sense::hover());
        let response = ui
            .interact(outer, id, Sense::click_and_drag())
            .union(response);
        if response.clicked() || response.drag_started() {
            ui.memory_mut(|m| m.request_focus(id));
        }
        let focused = focused || ui.memory(|m| m.has_focus(id));
        edit::paint_frame(ui, &response, outer, focused);
        let inner = outer.shrink2(PADDING);
        let view = View {
            face: &self.face,
            hint: (self.text.is_empty() && !self.hint.is_empty()).then_some(self.hint),
            inner,
            outer,
            focused,
            // The caret stays in view as the keys move it, and as a drag goes past the box's edge.
            follow_caret: focused && (keyboard_moved || response.dragged()),
        };
        view.scroll_ui(ui, (id, &response), self.text, &plain, &mut state);
        let name = self.label.unwrap_or(self.id_salt);
        let hint = if self.hint.is_empty() {
            name
        } else {
            self.hint
        };
        let info = edit::widget_info(
            ui,
            egui::Role::MultilineTextInput,
            (name, hint),
            (&before, self.text),
            state.caret,
        );
        state.store(&ctx, id);
        response.widget_info(|| info.clone());
        (response, change)
    }
}

/// What the keyboard needs to move the caret by line: the face and wrap width of the layout.
struct Keys<'f> {
    face: &'f Face,
    wrap: f32,
    id: egui::Id,
    /// Lines a Page Up or Page Down moves.
    page: usize,
}

impl Keys<'_> {
    fn layout(&self, ui: &Ui, text: &str) -> TextLayout {
        text_layout(ui.ctx(), text, &[], self.face, self.wrap)
    }

    /// Applies one event: edits through the shared editing, then the editor's own keys.
    fn apply(
        &self,
        ui: &Ui,
        event: &Event,
        text: &mut String,
        state: &mut EditState,
        change: &mut InputChange,
    ) {
        let Some((key, modifiers)) = edit::apply_common(ui, event, text, state, true) else {
            return;
        };
        match key {
            Key::Enter if modifiers.command || modifiers.ctrl => change.submitted = true,
            Key::Enter => state.edit(text, "\n", EditKind::Single),
            // As in the one-line field: in a right-to-left paragraph the left arrow moves on.
            Key::ArrowLeft | Key::ArrowRight => {
                let rtl = self.layout(ui, text).rtl_at(state.caret.focus);
                edit::move_horizontal(text, state, (key == Key::ArrowLeft) == rtl, modifiers);
            }
            Key::ArrowUp | Key::ArrowDown => {
                self.vertical(ui, text, state, (key == Key::ArrowDown, 1), modifiers);
            }
            Key::PageUp | Key::PageDown => {
                let lines = (key == Key::PageDown, self.page);
                self.vertical(ui, text, state, lines, modifiers);
            }
            Key::Home | Key::End => self.home_end(ui, text, state, key == Key::End, modifiers),
            Key::Escape => ui.memory_mut(|m| m.surrender_focus(self.id)),
            _ => {}
        }
    }

    /// Up and Down (`lines` at a time, for the pages): the same x on the line above or below,
    /// the text's start or end past the first or last line.
    fn vertical(
        &self,
        ui: &Ui,
        text: &str,
        state: &mut EditState,
        (down, lines): (bool, usize),
        m: Modifiers,
    ) {
        let layout = self.layout(ui, text);
        let mut at = state.caret.focus;
        let x = *state
            .desired_x
            .get_or_insert_with(|| layout.caret(text, at).1);
        for _ in 0..lines {
            if let Some(to) = layout.vertical(text, at, x, down) {
                at = to;
            } else {
                at = if down { text.len() } else { 0 };
                break;
            }
        }
        state.caret.move_to(at, m.shift);
        state.moved();
    }

    /// Home and End of the visual line; with Ctrl, of the whole text.
    fn home_end(&self, ui: &Ui, text: &str, state: &mut EditState, end: bool, m: Modifiers) {
        let to = if m.command || m.ctrl {
            if end { text.len() } else { 0 }
        } else {
            let line = self.layout(ui, text).line_bounds(text, state.caret.focus);
            if end { line.end } else { line.start }
        };
        state.caret.move_to(to, m.shift);
        state.desired_x = None;
        state.moved();
    }
}

/// Where the editor's text is shown and how.
struct View<'f> {
    face: &'f Face,
    hint: Option<&'f str>,
    inner: Rect,
    outer: Rect,
    focused: bool,
    follow_caret: bool,
}

impl View<'_> {
    /// The box's inside: a scroll area (scrolled by its bar and the wheel; a drag selects).
    fn scroll_ui(
        &self,
        ui: &mut Ui,
        (id, response): (egui::Id, &Response),
        text: &str,
        plain: &TextLayout,
        state: &mut EditState,
    ) {
        let mut child = ui.new_child(egui::UiBuilder::new().max_rect(self.inner));
        // A thin bar that stays visible, so that a note taller than its box shows it goes on.
        child.spacing_mut().scroll = egui::style::ScrollStyle::thin();
        ScrollArea::vertical()
            .id_salt(id.with("scroll"))
            .max_height(self.inner.height())
            .auto_shrink([false, false])
            .scroll_source(egui::scroll_area::ScrollSource {
                drag: egui::scroll_area::DragScroll::Never,
                ..Default::default()
            })
            .show(&mut child, |ui| {
                self.content_ui(ui, response, text, plain, state);
            });
    }

    /// Inside the scroll area: the pointer, the text with its selection, the caret.
    fn content_ui(
        &self,
        ui: &mut Ui,
        response: &Response,
        text: &str,
        plain: &TextLayout,
        state: &mut EditState,
    ) {
        let height = plain.height().max(self.inner.height());
        let (rect, _) = ui.allocate_exact_size(Vec2::new(plain.width, height), Sense::hover());
        let origin = rect.min;
        if response.triple_clicked()
            && let Some(p) = plain.paragraph_at(state.caret.focus)
        {
            state.caret = Caret {
                anchor: p.range.start,
                focus: p.range.end,
            };
        } else {
            pointer(ui, response, text, state, |pos| {
                plain.offset_at_point(text, pos - origin)
            });
        }
        let (shown, caret_at, highlights) = state.display(text, self.focused);
        let layout = if highlights.is_empty() && shown.len() == text.len() {
            plain.clone()
        } else {
            text_layout(ui.ctx(), &shown, &highlights, self.face, plain.width)
        };
        let theme = Theme::of(ui.ctx());
        if let Some(hint) = self.hint {
            paint_hint(
                ui,
                hint,
                self.face,
                Rect::from_min_size(origin, rect.size()),
                plain.line_height,
            );
        }
        paint_text(ui, &layout, self.face, origin, &theme);
        if self.focused {
            let caret_rect = layout.caret_rect(&shown, caret_at, origin);
            edit::paint_caret(ui, caret_rect, self.outer);
            if self.follow_caret {
                ui.scroll_to_rect(caret_rect.expand(2.0), None);
            }
        }
    }
}
