//! Colours, in one place, for the light and dark themes.

use egui::{self, Color32, TextFormat};

use super::text::{CURRENT, FLASH, HIT, NOTE, QUOTE, SELECTION, SPEAKER, StyleMask};

/// The colours the views use.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    /// Main text.
    pub text: Color32,
    /// Secondary text (metadata, hints).
    pub weak_text: Color32,
    /// Headings.
    pub heading: Color32,
    /// Accents: focus rings, selected rows.
    pub accent: Color32,
    /// The caret.
    pub caret: Color32,
    /// Input field background.
    pub field_bg: Color32,
    /// Errors.
    pub error: Color32,
    selection: Color32,
    hit: Color32,
    current: Color32,
    quote: Color32,
    speaker: Color32,
    note: Color32,
}

impl Theme {
    /// The theme for the context's current light or dark mode.
    pub fn of(ctx: &egui::Context) -> Self {
        if ctx.global_style().visuals.dark_mode {
            Self::dark()
        } else {
            Self::light()
        }
    }

    fn light() -> Self {
        Self {
            text: Color32::from_rgb(0x1d, 0x1d, 0x1f),
            weak_text: Color32::from_rgb(0x6b, 0x6b, 0x70),
            heading: Color32::from_rgb(0x0b, 0x3d, 0x5c),
            accent: Color32::from_rgb(0x1f, 0x6f, 0xb2),
            caret: Color32::from_rgb(0x10, 0x10, 0x10),
            field_bg: Color32::WHITE,
            error: Color32::from_rgb(0xb0, 0x20, 0x20),
            selection: Color32::from_rgb(0xb4, 0xd5, 0xfe),
            hit: Color32::from_rgb(0xff, 0xe5, 0x8f),
            current: Color32::from_rgb(0xff, 0xb3, 0x47),
            quote: Color32::from_rgb(0xd8, 0xf0, 0xd8),
            speaker: Color32::from_rgb(0xe8, 0xd8, 0xf4),
            note: Color32::from_rgb(0xc2, 0x6a, 0x00),
        }
    }

    fn dark() -> Self {
        Self {
            text: Color32::from_rgb(0xe6, 0xe6, 0xe6),
            weak_text: Color32::from_rgb(0x9a, 0x9a, 0xa0),
            heading: Color32::from_rgb(0x9c, 0xcf, 0xf2),
            accent: Color32::from_rgb(0x5a, 0xa7, 0xe8),
            caret: Color32::from_rgb(0xf0, 0xf0, 0xf0),
            field_bg: Color32::from_rgb(0x1e, 0x1e, 0x22),
            error: Color32::from_rgb(0xff, 0x7a, 0x7a),
            selection: Color32::from_rgb(0x26, 0x4f, 0x78),
            hit: Color32::from_rgb(0x6b, 0x5a, 0x10),
            current: Color32::from_rgb(0x9a, 0x5a, 0x00),
            quote: Color32::from_rgb(0x1f, 0x4a, 0x2a),
            speaker: Color32::from_rgb(0x4a, 0x2f, 0x5e),
            note: Color32::from_rgb(0xf2, 0xa6, 0x3a),
        }
    }

    /// Sets the background of a piece from its highlights (the strongest wins).
    pub fn style_format(&self, style: StyleMask, format: &mut TextFormat) {
        let bg = if style & SELECTION != 0 {
            Some(self.selection)
        } else if style & (CURRENT | FLASH) != 0 {
            Some(self.current)
        } else if style & HIT != 0 {
            Some(self.hit)
        } else if style & SPEAKER != 0 {
            Some(self.speaker)
        } else if style & QUOTE != 0 {
            Some(self.quote)
        } else {
            None
        };
        if let Some(bg) = bg {
            format.background = bg;
        }
        // A note or bookmark underlines its passage, over whatever background it has.
        if style & NOTE != 0 {
            format.underline = egui::Stroke::new(2.0, self.note);
        }
    }
}
