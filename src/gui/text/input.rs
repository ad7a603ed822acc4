//! A one-line text field that edits Arabic correctly: the text is kept in logical order, shown
//! through the bidi layout, and the caret sits where a browser puts it. (egui's own `TextEdit`
//! places the caret and inserted text wrongly in right-to-left text.)

use std::ops::Range;

use egui::{self, Event, EventFilter, Key, Rect, Response, Sense, Stroke, Ui, Vec2};

use super::{
    Dir, Face, Highlight, ParagraphLayout, Placed, SELECTION, paint_paragraph, paragraph_layout,
};
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
    /// The selected byte range (may be empty).
    pub fn range(&self) -> Range<usize> {
        self.anchor.min(self.focus)..self.anchor.max(self.focus)
    }
}

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
        let mut caret: Caret = ui.data(|d| d.get_temp(id)).unwrap_or_default();
        let clamp = |c: usize, t: &str| {
            let mut c = c.min(t.len());
            while !t.is_char_boundary(c) {
                c -= 1;
            }
            c
        };
        caret.anchor = clamp(caret.anchor, self.text);
        caret.focus = clamp(caret.focus, self.text);

        if response.clicked() || response.drag_started() {
            ui.memory_mut(|m| m.request_focus(id));
        }
        let focused = ui.memory(|m| m.has_focus(id));
        if focused {
            ui.data_mut(|d| d.insert_temp(typing_key(), id));
        }
        let before = self.text.clone();
        let mut change = InputChange::default();
        if focused {
            take_keyboard(ui, id, self.face.dir, self.text, &mut caret, &mut change);
        }
        change.changed = *self.text != before;

        let rtl = self.face.dir.is_rtl(self.text);
        let mut highlights = Vec::new();
        if focused && !caret.range().is_empty() {
            highlights.push(Highlight {
                range: caret.range(),
                style: SELECTION,
            });
        }
        let layout = paragraph_layout(ui.ctx(), self.text, &highlights, &self.face, f32::INFINITY);
        let text_width = layout.lines.first().map_or(0.0, |l| l.width);
        // Scroll so the caret stays visible when the text is wider than the field.
        let (_, caret_x) = layout.caret_x(self.text, caret.focus);
        let shift: f32 = ui.data(|d| d.get_temp(id.with("shift"))).unwrap_or(0.0);
        let shift = scroll_shift(rtl, text_width, caret_x, inner.width(), shift);
        let draw_rect = if rtl {
            inner.translate(Vec2::new(shift, 0.0))
        } else {
            inner.translate(Vec2::new(-shift, 0.0))
        };
        let placed_draw = Placed {
            rect: draw_rect,
            line_height,
        };

        if (response.clicked() || response.dragged())
            && let Some(pos) = response.interact_pointer_pos()
        {
            let at = placed_draw.offset_at(&layout, self.text, pos);
            if response.drag_started() || response.clicked() && !ui.input(|i| i.modifiers.shift) {
                caret.anchor = at;
            }
            caret.focus = at;
        }

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
            (&layout, self.text, &placed_draw, caret.focus),
        );
        ui.data_mut(|d| {
            d.insert_temp(id, caret);
            d.insert_temp(id.with("shift"), shift);
        });
        let name = self.label.unwrap_or(self.id_salt).to_owned();
        let value = self.text.clone();
        let enabled = ui.is_enabled();
        response.widget_info(|| {
            let mut info = egui::WidgetInfo::text_edit(enabled, &before, &value, &name);
            info.label = Some(name.clone());
            info
        });
        (response, change)
    }
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
        let stroke = if focused {
            Stroke::new(1.5, theme.accent)
        } else {
            ui.style().interact(response).bg_stroke
        };
        ui.painter()
            .rect(outer, 4.0, theme.field_bg, stroke, egui::StrokeKind::Inside);
        let mut clip_ui = ui.new_child(egui::UiBuilder::new().max_rect(outer));
        clip_ui.set_clip_rect(inner.expand(1.0).intersect(ui.clip_rect()));
        if let Some(hint) = hint {
            let hint_face = Face {
                color: theme.weak_text,
                ..*face
            };
            let hint_layout = paragraph_layout(ui.ctx(), hint, &[], &hint_face, f32::INFINITY);
            paint_paragraph(
                &clip_ui,
                &hint_layout,
                &hint_face,
                &Placed {
                    rect: inner,
                    line_height,
                },
                &theme,
            );
        }
        paint_paragraph(&clip_ui, layout, face, placed_draw, &theme);
        if focused {
            let top = placed_draw.caret_pos(layout, text, caret_at);
            let caret_rect = Rect::from_min_size(top, Vec2::new(1.5, line_height));
            clip_ui.painter().rect_filled(caret_rect, 0.0, theme.caret);
            ui.ctx().output_mut(|o| {
                o.ime = Some(egui::output::IMEOutput {
                    purpose: egui::IMEPurpose::Normal,
                    rect: outer,
                    cursor_rect: caret_rect,
                    should_interrupt_composition: false,
                });
            });
        }
    }
}

fn typing_key() -> egui::Id {
    egui::Id::unique("isnad-typing-in")
}

/// True while a text field has the keyboard: the window's own keys (arrows, Space, Enter) are
/// then the field's.
pub fn typing(ctx: &egui::Context) -> bool {
    let field: Option<egui::Id> = ctx.data(|d| d.get_temp(typing_key()));
    field.is_some_and(|id| ctx.memory(|m| m.has_focus(id)))
}

/// While focused: keeps arrow keys for the field and applies this frame's events.
fn take_keyboard(
    ui: &Ui,
    id: egui::Id,
    dir: Dir,
    text: &mut String,
    caret: &mut Caret,
    change: &mut InputChange,
) {
    ui.memory_mut(|m| {
        let filter = EventFilter {
            horizontal_arrows: true,
            vertical_arrows: false,
            tab: false,
            escape: false,
        };
        m.set_focus_lock_filter(id, filter);
    });
    let events = ui.input(|i| i.events.clone());
    for event in &events {
        apply_event(ui, event, (dir, text), caret, change, id);
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
    caret: &mut Caret,
    change: &mut InputChange,
    id: egui::Id,
) {
    let rtl = dir.is_rtl(text);
    match event {
        Event::Text(t) | Event::Paste(t) | Event::Ime(egui::ImeEvent::Commit(t)) => {
            let t: String = t.chars().filter(|c| !c.is_control()).collect();
            if !t.is_empty() {
                replace_selection(text, caret, &t);
            }
        }
        Event::Copy => copy(ui, text, caret),
        Event::Cut => {
            copy(ui, text, caret);
            replace_selection(text, caret, "");
        }
        Event::Key {
            key,
            pressed: true,
            modifiers,
            ..
        } => {
            let extend = modifiers.shift;
            match key {
                Key::Backspace | Key::Delete => {
                    if caret.range().is_empty() {
                        let to = if *key == Key::Backspace {
                            prev_boundary(text, caret.focus)
                        } else {
                            next_boundary(text, caret.focus)
                        };
                        caret.anchor = to;
                    }
                    replace_selection(text, caret, "");
                }
                // In right-to-left text, the left arrow moves forward through the text.
                Key::ArrowLeft | Key::ArrowRight => {
                    let forward = (*key == Key::ArrowLeft) == rtl;
                    let to = if forward {
                        next_boundary(text, caret.focus)
                    } else {
                        prev_boundary(text, caret.focus)
                    };
                    move_to(caret, to, extend);
                }
                Key::Home => move_to(caret, 0, extend),
                Key::End => move_to(caret, text.len(), extend),
                Key::A if modifiers.command => {
                    *caret = Caret {
                        anchor: 0,
                        focus: text.len(),
                    }
                }
                Key::Enter => change.submitted = true,
                Key::Escape => ui.memory_mut(|m| m.surrender_focus(id)),
                _ => {}
            }
        }
        _ => {}
    }
}

fn move_to(caret: &mut Caret, to: usize, extend: bool) {
    caret.focus = to;
    if !extend {
        caret.anchor = to;
    }
}

fn replace_selection(text: &mut String, caret: &mut Caret, with: &str) {
    let r = caret.range();
    text.replace_range(r.clone(), with);
    let at = r.start + with.len();
    *caret = Caret {
        anchor: at,
        focus: at,
    };
}

fn copy(ui: &Ui, text: &str, caret: &Caret) {
    if let Some(s) = text.get(caret.range())
        && !s.is_empty()
    {
        ui.ctx().copy_text(s.to_owned());
    }
}

/// The previous character boundary, skipping combining marks with their letter.
fn prev_boundary(text: &str, at: usize) -> usize {
    let mut i = at;
    while let Some(c) = text.get(..i).and_then(|s| s.chars().next_back()) {
        i -= c.len_utf8();
        if !crate::arabic::is_arabic_mark(c) {
            break;
        }
    }
    i
}

/// The next character boundary, taking the letter's combining marks with it.
fn next_boundary(text: &str, at: usize) -> usize {
    let mut chars = text.get(at..).unwrap_or_default().chars().peekable();
    let mut i = at;
    if let Some(c) = chars.next() {
        i += c.len_utf8();
    }
    while let Some(&c) = chars.peek() {
        if !crate::arabic::is_arabic_mark(c) {
            break;
        }
        i += c.len_utf8();
        chars.next();
    }
    i
}
