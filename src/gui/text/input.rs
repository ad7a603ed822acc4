//! A one-line text field that edits Arabic correctly: the text is kept in logical order, shown
//! through the bidi layout, and the caret sits where a browser puts it. (egui's own `TextEdit`
//! places the caret and inserted text wrongly in right-to-left text.)

use egui::{self, Event, Key, Rect, Response, Sense, Ui, Vec2};

use super::edit::{self, EditState};
pub use super::edit::{Caret, typing};
use super::{Dir, Face, ParagraphLayout, Placed, paint_paragraph, paragraph_layout};
use crate::gui::theme::Theme;

/// What happened to the field this frame.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct InputChange {
    /// The text was edited.
    pub changed: bool,
    /// Enter was pressed.
    pub submitted: bool,
}

/// A one-line Arabic-capable text field.
pub struct ArabicInput<'a> {
    text: &'a mut String,
    id_salt: &'a str,
    hint: &'a str,
    label: Option<&'a str>,
    face: Face,
    width: f32,
}

impl<'a> ArabicInput<'a> {
    /// A field editing `text`, named `id_salt` (also its accessible name).
    pub fn new(text: &'a mut String, id_salt: &'a str, face: Face) -> Self {
        Self {
            text,
            id_salt,
            hint: "",
            label: None,
            face,
            width: 240.0,
        }
    }

    /// Greyed text shown while the field is empty.
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

    /// Width of the field.
    #[must_use]
    pub fn width(mut self, width: f32) -> Self {
        self.width = width;
        self
    }

    /// The field's widget id (to give it focus from a shortcut).
    pub fn id_for(ui: &Ui, id_salt: &str) -> egui::Id {
        ui.make_persistent_id(("arabic-input", id_salt))
    }

    /// Shows the field and applies this frame's typing.
    pub fn show(self, ui: &mut Ui) -> (Response, InputChange) {
        let id = Self::id_for(ui, self.id_salt);
        let line_height = self.face.line_height(ui.ctx());
        let padding = Vec2::new(6.0, 3.0);
        let (outer, response) = ui.allocate_exact_size(
            Vec2::new(self.width, line_height + 2.0 * padding.y),
            Sense::hover(),
        );
        let response = ui
            .interact(outer, id, Sense::click_and_drag())
            .union(response);
        let inner = outer.shrink2(padding);
        let mut state = EditState::take(ui.ctx(), id);
        state.clamp(self.text);

        if response.clicked() || response.drag_started() {
            ui.memory_mut(|m| m.request_focus(id));
        }
        let focused = ui.memory(|m| m.has_focus(id));
        let before = self.text.clone();
        let mut change = InputChange::default();
        if focused {
            edit::take_keys(ui, id, false);
            for event in &ui.input(|i| i.events.clone()) {
                let text = (self.face.dir, &mut *self.text);
                apply_event(ui, event, text, &mut state, &mut change, id);
            }
        } else {
            state.preedit.clear();
        }
        change.changed = *self.text != before;

        let plain = paragraph_layout(ui.ctx(), self.text, &[], &self.face, f32::INFINITY);
        let placed_draw = scrolled(
            ui,
            id,
            (self.text, &plain),
            self.face.dir,
            state.caret.focus,
            Placed {
                rect: inner,
                line_height,
            },
        );
        pointer(ui, &response, self.text, &mut state, |pos| {
            placed_draw.offset_at(&plain, self.text, pos)
        });

        let (shown, caret_at, highlights) = state.display(self.text, focused);
        let layout = paragraph_layout(ui.ctx(), &shown, &highlights, &self.face, f32::INFINITY);
        let field = Field {
            outer,
            inner,
            line_height,
            focused,
        };
        let hint = (self.text.is_empty() && !self.hint.is_empty()).then_some(self.hint);
        field.paint(
            ui,
            &response,
            &self.face,
            hint,
            (&layout, &shown, &placed_draw, caret_at),
        );
        let name = self.label.unwrap_or(self.id_salt);
        let info = edit::widget_info(
            ui,
            egui::Role::TextInput,
            (name, name),
            (&before, self.text),
            state.caret,
        );
        state.store(ui.ctx(), id);
        response.widget_info(|| info.clone());
        (response, change)
    }
}

/// A click puts the caret under the pointer (Shift extends the selection to it), a drag selects,
/// a double click selects the word. `offset_at` maps a screen position to a byte offset.
pub(super) fn pointer(
    ui: &Ui,
    response: &Response,
    text: &str,
    state: &mut EditState,
    offset_at: impl Fn(egui::Pos2) -> usize,
) {
    if !(response.clicked() || response.dragged() || response.double_clicked()) {
        return;
    }
    let Some(pos) = response.interact_pointer_pos() else {
        return;
    };
    let at = offset_at(pos).min(text.len());
    let (shift, origin) = ui.input(|i| (i.modifiers.shift, i.pointer.press_origin()));
    if response.double_clicked() {
        let word = edit::word_at(text, at);
        state.caret = Caret {
            anchor: word.start,
            focus: word.end,
        };
    } else if response.drag_started() {
        // The selection starts where the button went down, a few points before the drag began.
        if !shift {
            state.caret.anchor = origin.map_or(at, |o| offset_at(o).min(text.len()));
        }
        state.caret.focus = at;
    } else {
        state.caret.move_to(at, shift || response.dragged());
    }
    state.desired_x = None;
    state.moved();
}

/// Where a field sits, for painting.
struct Field {
    outer: Rect,
    inner: Rect,
    line_height: f32,
    focused: bool,
}

impl Field {
    /// Paints the frame, the hint or the text, and the caret; tells the platform where the
    /// caret is for input methods.
    fn paint(
        &self,
        ui: &mut Ui,
        response: &Response,
        face: &Face,
        hint: Option<&str>,
        (layout, text, placed_draw, caret_at): (&ParagraphLayout, &str, &Placed, usize),
    ) {
        let Self {
            outer,
            inner,
            line_height,
            focused,
        } = *self;
        let theme = Theme::of(ui.ctx());
        edit::paint_frame(ui, response, outer, focused);
        let mut clip_ui = ui.new_child(egui::UiBuilder::new().max_rect(outer));
        clip_ui.set_clip_rect(inner.expand(1.0).intersect(ui.clip_rect()));
        if let Some(hint) = hint {
            paint_hint(&clip_ui, hint, face, inner, line_height);
        }
        paint_paragraph(&clip_ui, layout, face, placed_draw, &theme);
        if focused {
            let top = placed_draw.caret_pos(layout, text, caret_at);
            let caret_rect = Rect::from_min_size(top, Vec2::new(1.5, line_height));
            edit::paint_caret(&clip_ui, caret_rect, outer);
        }
    }
}

/// Paints the greyed hint of an empty field in its first line.
pub(super) fn paint_hint(ui: &Ui, hint: &str, face: &Face, inner: Rect, line_height: f32) {
    let theme = Theme::of(ui.ctx());
    let hint_face = Face {
        color: theme.weak_text,
        ..*face
    };
    let hint_layout = paragraph_layout(ui.ctx(), hint, &[], &hint_face, f32::INFINITY);
    let placed = Placed {
        rect: inner,
        line_height,
    };
    paint_paragraph(ui, &hint_layout, &hint_face, &placed, &theme);
}

/// Where the text of a field is drawn: shifted, when it is wider than the field, so that the
/// caret stays in view (the shift is kept for the next frame).
fn scrolled(
    ui: &Ui,
    id: egui::Id,
    (text, plain): (&str, &ParagraphLayout),
    dir: Dir,
    caret: usize,
    field: Placed,
) -> Placed {
    let rtl = dir.is_rtl(text);
    let text_width = plain.lines.first().map_or(0.0, |l| l.width);
    let (_, caret_x) = plain.caret_x(text, caret);
    let shift: f32 = ui.data(|d| d.get_temp(id.with("shift"))).unwrap_or(0.0);
    let shift = scroll_shift(rtl, text_width, caret_x, field.rect.width(), shift);
    ui.data_mut(|d| d.insert_temp(id.with("shift"), shift));
    Placed {
        rect: field
            .rect
            .translate(Vec2::new(if rtl { shift } else { -shift }, 0.0)),
        ..field
    }
}

/// How far the text is scrolled so that the caret stays visible in a field narrower than it.
fn scroll_shift(rtl: bool, text_width: f32, caret_x: f32, field_width: f32, shift: f32) -> f32 {
    let overflow = (text_width - field_width).max(0.0);
    let from_align = if rtl { text_width - caret_x } else { caret_x };
    let shift = if from_align - shift > field_width {
        from_align - field_width
    } else if from_align < shift {
        from_align
    } else {
        shift
    };
    shift.clamp(0.0, overflow)
}

/// Applies one input event to the text and caret; arrows move in the direction the field shows.
fn apply_event(
    ui: &Ui,
    event: &Event,
    (dir, text): (Dir, &mut String),
    state: &mut EditState,
    change: &mut InputChange,
    id: egui::Id,
) {
    let Some((key, modifiers)) = edit::apply_common(ui, event, text, state, false) else {
        return;
    };
    match key {
        // In right-to-left text, the left arrow moves forward through the text.
        Key::ArrowLeft | Key::ArrowRight => {
            let forward = (key == Key::ArrowLeft) == dir.is_rtl(text);
            edit::move_horizontal(text, state, forward, modifiers);
        }
        Key::Home | Key::End => {
            let to = if key == Key::Home { 0 } else { text.len() };
            state.caret.move_to(to, modifiers.shift);
            state.moved();
        }
        Key::Enter => change.submitted = true,
        Key::Escape => ui.memory_mut(|m| m.surrender_focus(id)),
        _ => {}
    }
}
