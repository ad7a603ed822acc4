//! Text for egui's own widgets (buttons, menus, tabs, tooltips). egui shapes each run of one
//! font as a whole and has no bidi, so a right-to-left string is given to it as a layout job of
//! pieces already in visual order, one section a piece, as [`super::paint_paragraph`] draws
//! them. Text without right-to-left letters goes through as it is.
//!
//! The galley is laid out from the visual pieces, then given the logical text back (same bytes,
//! reordered), so that the accessible name of the widget reads in reading order.

use egui::text::{LayoutJob, LayoutSection};
use egui::{Color32, TextFormat, TextStyle, Ui, WidgetText};

use super::{Dir, Face, paragraph_layout};
use crate::gui::fonts;

/// Does the text hold a right-to-left letter?
fn has_rtl(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
    })
}

/// `text` for a widget in the interface's body style, on one line per paragraph.
pub fn widget_text(ui: &Ui, text: impl Into<String>) -> WidgetText {
    wrapped_widget_text(ui, text, f32::INFINITY)
}

/// `text` for a widget, each paragraph broken into lines no wider than `width` (a tooltip).
pub fn wrapped_widget_text(ui: &Ui, text: impl Into<String>, width: f32) -> WidgetText {
    let text = text.into();
    if !has_rtl(&text) {
        return text.into();
    }
    let font_id = TextStyle::Body.resolve(ui.style());
    // Interface words mixed with Arabic («بوتين» within «فلاديمير بوتين», +1) read in the
    // interface's direction; Arabic alone (a name, a title) in its own.
    let dir = if text.chars().any(|c| c.is_ascii_alphabetic()) {
        if crate::gui::i18n::rtl() {
            Dir::Rtl
        } else {
            Dir::Ltr
        }
    } else {
        Dir::Auto
    };
    let face = Face {
        family: fonts::UI,
        size: font_id.size,
        color: Color32::PLACEHOLDER,
        dir,
    };
    let format = TextFormat::simple(font_id, Color32::PLACEHOLDER);
    let mut job = LayoutJob::default();
    let push = |job: &mut LayoutJob, s: &str| {
        let start = job.text.len();
        job.text.push_str(s);
        job.sections.push(LayoutSection {
            leading_space: 0.0,
            byte_range: egui::text::ByteIndex(start)..egui::text::ByteIndex(job.text.len()),
            format: format.clone(),
        });
    };
    for (n, paragraph) in text.split('\n').enumerate() {
        let layout = paragraph_layout(ui.ctx(), paragraph, &[], &face, width);
        for (i, line) in layout.lines.iter().enumerate() {
            if n + i > 0 {
                push(&mut job, "\n");
            }
            for piece in &line.pieces {
                push(&mut job, &piece.display);
            }
        }
    }
    job.wrap.max_width = f32::INFINITY;
    let visual_len = job.text.len();
    let galley = ui.fonts_mut(|f| f.layout_job(job));
    if visual_len != text.len() {
        // Lines broken for a tooltip: the logical text has no line breaks to give back.
        return galley.into();
    }
    let mut galley = (*galley).clone();
    let mut job = (*galley.job).clone();
    let len = egui::text::ByteIndex(text.len());
    // The sections only carried the formats to the layout; they must stay ordered and fall on
    // character boundaries of the new text.
    for (i, s) in job.sections.iter_mut().enumerate() {
        s.byte_range = if i == 0 {
            egui::text::ByteIndex(0)..len
        } else {
            len..len
        };
    }
    job.text = text;
    galley.job = std::sync::Arc::new(job);
    std::sync::Arc::new(galley).into()
}
