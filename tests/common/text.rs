//! What the text test files share: a headless frame with the bundled fonts, the reading face,
//! and the characters of a line in visual order.
#![allow(dead_code)]

use isnad::gui::fonts;
use isnad::gui::text::{Dir, Face, ParagraphLayout};

/// Runs `f` inside a frame of a headless context with the bundled fonts installed.
pub fn with_ctx<R>(f: impl FnOnce(&egui::Context) -> R) -> R {
    let ctx = egui::Context::default();
    fonts::install(&ctx);
    ctx.run_ui(egui::RawInput::default(), |_| {})
        .textures_delta
        .clear();
    let mut f = Some(f);
    let mut out = None;
    ctx.run_ui(egui::RawInput::default(), |ui| {
        if let Some(f) = f.take() {
            out = Some(f(ui.ctx()));
        }
    })
    .textures_delta
    .clear();
    out.expect("frame ran")
}

/// The face of article text at `size`, right to left.
pub fn reader_face(size: f32) -> Face {
    Face {
        family: fonts::READER,
        size,
        color: egui::Color32::BLACK,
        dir: Dir::Rtl,
    }
}

/// The characters of a line from left to right, as the widget places them.
pub fn visual_chars(text: &str, layout: &ParagraphLayout, line: usize) -> String {
    let mut out = String::new();
    for p in &layout.lines[line].pieces {
        let s = &text[p.logical.clone()];
        if p.rtl {
            out.extend(s.chars().rev());
        } else {
            out.push_str(s);
        }
    }
    out
}

/// The trimmed text of each line of a paragraph.
pub fn line_texts<'a>(text: &'a str, layout: &ParagraphLayout) -> Vec<&'a str> {
    layout
        .lines
        .iter()
        .map(|l| text.get(l.logical.clone()).unwrap_or_default().trim())
        .collect()
}

/// Lines that Chromium drew for a paragraph of a bundled article at a width.
#[derive(serde::Deserialize)]
pub struct ChromiumLines {
    /// The article's id.
    pub article: String,
    /// The block (paragraph) of the article.
    pub block: usize,
    /// The width of the box, in points.
    pub width: f32,
    /// The text of each line.
    pub lines: Vec<String>,
}

/// The Chromium fixture.
pub fn chromium_lines() -> Vec<ChromiumLines> {
    serde_json::from_str(include_str!("../chromium/lines.json")).expect("fixture parses")
}
