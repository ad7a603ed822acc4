//! Arabic text on screen. Every place of the interface that shows text goes through this
//! module: it lays paragraphs out with the Unicode bidi algorithm (see [`layout`]), caches the
//! layouts, paints them right-aligned, maps pointer positions back to logical offsets, lays out
//! texts of several paragraphs ([`paragraphs`]), and provides the one-line Arabic input field
//! ([`input`]) and the multi-line editor of notes and memos ([`editor`]), which share their
//! editing ([`edit`]).

pub mod edit;
pub mod editor;
pub mod input;
pub mod layout;
pub mod paragraphs;
mod widget;

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};

use egui::{self, Color32, FontId, Pos2, Rect, Response, Sense, Ui, Vec2, text::LayoutJob};
pub use layout::{Dir, Highlight, ParagraphLayout, StyleMask, base_is_rtl};
pub use paragraphs::TextLayout;
pub use widget::{widget_text, wrapped_widget_text};

use crate::gui::fonts;
use crate::gui::theme::Theme;

/// Highlight bit: selected text.
pub const SELECTION: StyleMask = 1;
/// Highlight bit: a search hit.
pub const HIT: StyleMask = 2;
/// Highlight bit: the current search hit.
pub const CURRENT: StyleMask = 4;
/// Highlight bit: a quotation.
pub const QUOTE: StyleMask = 8;
/// Highlight bit: a speaker mention.
pub const SPEAKER: StyleMask = 16;
/// Highlight bit: a passage with a note or a bookmark (underlined).
pub const NOTE: StyleMask = 32;
/// Highlight bit: the passage just opened from a note, bookmark or quotation, for a moment.
pub const FLASH: StyleMask = 64;

/// A font family name from [`fonts`], a size and a colour.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Face {
    /// Family name ([`fonts::READER`], [`fonts::UI`], …).
    pub family: &'static str,
    /// Size in points.
    pub size: f32,
    /// Text colour.
    pub color: Color32,
    /// Base direction of paragraphs.
    pub dir: Dir,
}

impl Face {
    /// The egui font id.
    pub fn font_id(&self) -> FontId {
        FontId::new(self.size, fonts::family(self.family))
    }

    /// Height of one line of this face; reading text gets extra room for Arabic marks.
    pub fn line_height(&self, ctx: &egui::Context) -> f32 {
        let leading = if self.family.starts_with(fonts::READER) {
            1.15
        } else {
            0.95
        };
        ctx.fonts_mut(|f| f.row_height(&self.font_id())) * leading
    }
}

#[derive(Default)]
struct Cache {
    /// Widths of pieces by face (family, size), then by text: a piece is looked up without
    /// making a key of its own (thousands a frame when an article opens).
    widths: HashMap<(&'static str, u32), HashMap<String, f32>>,
    /// Number of widths kept.
    width_count: usize,
    layouts: HashMap<u64, Arc<ParagraphLayout>>,
}

type SharedCache = Arc<Mutex<Cache>>;

fn cache(ctx: &egui::Context) -> SharedCache {
    ctx.data_mut(|d| {
        d.get_temp_mut_or_default::<SharedCache>(egui::Id::unique("isnad-text-cache"))
            .clone()
    })
}

/// Lays out a paragraph for a width, from the cache when the same text, highlights, face and
/// width were laid out before.
pub fn paragraph_layout(
    ctx: &egui::Context,
    text: &str,
    highlights: &[Highlight],
    face: &Face,
    max_width: f32,
) -> Arc<ParagraphLayout> {
    let key = {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (
            text,
            highlights,
            face.family,
            face.size.to_bits(),
            face.dir,
            max_width.round() as i32,
        )
            .hash(&mut h);
        h.finish()
    };
    let shared = cache(ctx);
    if let Some(l) = shared
        .lock()
        .ok()
        .and_then(|c| c.layouts.get(&key).cloned())
    {
        return l;
    }
    let font_id = face.font_id();
    let face_key = (face.family, face.size.to_bits());
    let mut measure = |s: &str| -> f32 {
        if let Some(w) = shared
            .lock()
            .ok()
            .and_then(|c| c.widths.get(&face_key)?.get(s).copied())
        {
            return w;
        }
        let mut job = LayoutJob::simple_singleline(s.to_owned(), font_id.clone(), Color32::WHITE);
        // Unrounded advances, so that line breaks fall where a browser's do.
        job.round_output_to_gui = false;
        let w = ctx.fonts_mut(|f| f.layout_job(job)).size().x;
        if let Ok(mut c) = shared.lock() {
            c.widths
                .entry(face_key)
                .or_default()
                .insert(s.to_owned(), w);
            c.width_count += 1;
        }
        w
    };
    let laid = Arc::new(layout::layout_paragraph(
        text,
        highlights,
        max_width,
        face.dir,
        &mut measure,
    ));
    if let Ok(mut c) = shared.lock() {
        if c.layouts.len() > 20_000 {
            c.layouts.clear();
        }
        if c.width_count > 200_000 {
            c.widths.clear();
            c.width_count = 0;
        }
        c.layouts.insert(key, laid.clone());
    }
    laid
}

/// Wraps left-to-right data (a date, an id) in a bidi isolate, as `<bdi dir="ltr">` does on a web
/// page. Without it, "2024-06-19" after Arabic words shows as 19-06-2024: the bidi algorithm
/// reads its digits as Arabic numbers and the hyphens do not join them.
pub fn ltr_isolate(s: &str) -> String {
    format!("\u{2066}{s}\u{2069}")
}

/// Wraps text of either direction (a title inside an English sentence) in a first-strong
/// isolate, as `<bdi>` does, so numbers after it are not pulled into it.
pub fn isolate(s: &str) -> String {
    format!("\u{2068}{s}\u{2069}")
}

/// Where a laid-out paragraph sits on screen.
#[derive(Debug, Clone, Copy)]
pub struct Placed {
    /// The box the paragraph was given (its width is the wrap width).
    pub rect: Rect,
    /// Height of one line.
    pub line_height: f32,
}

impl Placed {
    /// Left edge of line `i` of `layout`.
    pub fn line_left(&self, layout: &ParagraphLayout, i: usize) -> f32 {
        let w = layout.lines.get(i).map_or(0.0, |l| l.width);
        if layout.rtl {
            self.rect.right() - w
        } else {
            self.rect.left()
        }
    }

    /// The logical byte offset under a screen position.
    pub fn offset_at(&self, layout: &ParagraphLayout, text: &str, pos: Pos2) -> usize {
        let line = (((pos.y - self.rect.top()) / self.line_height)
            .floor()
            .max(0.0) as usize)
            .min(layout.lines.len().saturating_sub(1));
        layout.offset_at(text, line, pos.x - self.line_left(layout, line))
    }

    /// Screen position (top of the line) of a caret at a byte offset.
    pub fn caret_pos(&self, layout: &ParagraphLayout, text: &str, offset: usize) -> Pos2 {
        let (line, x) = layout.caret_x(text, offset);
        Pos2::new(
            self.line_left(layout, line) + x,
            self.rect.top() + line as f32 * self.line_height,
        )
    }
}

/// Paints a laid-out paragraph in `rect` (lines from its top, aligned by direction).
pub fn paint_paragraph(
    ui: &Ui,
    layout: &ParagraphLayout,
    face: &Face,
    placed: &Placed,
    theme: &Theme,
) {
    let font_id = face.font_id();
    let clip = ui.clip_rect();
    for (i, line) in layout.lines.iter().enumerate() {
        let top = placed.rect.top() + i as f32 * placed.line_height;
        if top > clip.bottom() || top + placed.line_height < clip.top() {
            continue;
        }
        let mut job = LayoutJob::default();
        // A space between words is the next piece's leading space, not a section of its own:
        // each section is shaped apart, and half the pieces of a line are spaces. A highlighted
        // space stays a section (its background covers it).
        let mut space = 0.0;
        for p in &line.pieces {
            if p.style == 0 && p.display.chars().all(|c| c == ' ') {
                space += p.width;
                continue;
            }
            let start = job.text.len();
            job.text.push_str(&p.display);
            let mut format = egui::TextFormat::simple(font_id.clone(), face.color);
            theme.style_format(p.style, &mut format);
            job.sections.push(egui::text::LayoutSection {
                leading_space: std::mem::take(&mut space),
                byte_range: egui::text::ByteIndex(start)..egui::text::ByteIndex(job.text.len()),
                format,
            });
        }
        job.wrap.max_width = f32::INFINITY;
        let galley = ui.fonts_mut(|f| f.layout_job(job));
        let left = if layout.rtl {
            placed.rect.right() - galley.size().x
        } else {
            placed.rect.left()
        };
        let y = top + (placed.line_height - galley.size().y) / 2.0;
        ui.painter().galley(Pos2::new(left, y), galley, face.color);
    }
}

/// Shows text (wrapped to the available width) as a label, with an accessible name. Text of
/// several paragraphs (a note with line breaks) shows them one under the other.
pub fn label(ui: &mut Ui, text: &str, face: &Face) -> Response {
    if text.contains('\n') {
        return show_text(ui, text, face, ui.available_width());
    }
    show_paragraph(ui, text, &[], face, Sense::hover(), ui.available_width()).0
}

/// Lays out a text of paragraphs (separated by line breaks) for a box of `width`, each paragraph
/// through the cache of [`paragraph_layout`].
pub fn text_layout(
    ctx: &egui::Context,
    text: &str,
    highlights: &[Highlight],
    face: &Face,
    width: f32,
) -> TextLayout {
    let line_height = face.line_height(ctx);
    let mut lay = |para: &str, own: &[Highlight], dir: Dir| {
        paragraph_layout(ctx, para, own, &Face { dir, ..*face }, width)
    };
    TextLayout::new(text, highlights, (face.dir, width, line_height), &mut lay)
}

/// Paints a text of paragraphs with its box's top left corner at `origin`.
pub fn paint_text(ui: &Ui, layout: &TextLayout, face: &Face, origin: Pos2, theme: &Theme) {
    for p in &layout.paragraphs {
        let top = origin.y + p.first_line as f32 * layout.line_height;
        let placed = Placed {
            rect: Rect::from_min_size(
                Pos2::new(origin.x, top),
                Vec2::new(layout.width, layout.height()),
            ),
            line_height: layout.line_height,
        };
        paint_paragraph(ui, &p.layout, face, &placed, theme);
    }
}

/// Shows a text of paragraphs wrapped to `width`, as one label named by the whole text.
pub fn show_text(ui: &mut Ui, text: &str, face: &Face, width: f32) -> Response {
    let width = width.max(10.0);
    let layout = text_layout(ui.ctx(), text, &[], face, width);
    let (rect, response) =
        ui.allocate_exact_size(Vec2::new(width, layout.height()), Sense::hover());
    if ui.is_rect_visible(rect) {
        paint_text(ui, &layout, face, rect.min, &Theme::of(ui.ctx()));
    }
    let enabled = ui.is_enabled();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, enabled, text));
    response
}

/// Shows one paragraph in a box of `width`; returns the response, the layout and where it was placed.
pub fn show_paragraph(
    ui: &mut Ui,
    text: &str,
    highlights: &[Highlight],
    face: &Face,
    sense: Sense,
    width: f32,
) -> (Response, Arc<ParagraphLayout>, Placed) {
    let width = width.max(10.0);
    let layout = paragraph_layout(ui.ctx(), text, highlights, face, width);
    let line_height = face.line_height(ui.ctx());
    let used = layout
        .lines
        .iter()
        .map(|l| l.width)
        .fold(0.0, f32::max)
        .min(width);
    let size = Vec2::new(
        // A justified layout gets the full wrap width; an unwrapped line only what it uses.
        if ui.layout().horizontal_justify() && width.is_finite() {
            width
        } else {
            used
        },
        line_height * layout.lines.len() as f32,
    );
    let (rect, response) = ui.allocate_exact_size(size, sense);
    let placed = Placed { rect, line_height };
    if ui.is_rect_visible(rect) {
        let theme = Theme::of(ui.ctx());
        paint_paragraph(ui, &layout, face, &placed, &theme);
    }
    let label = text.to_owned();
    let enabled = ui.is_enabled();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, enabled, &label));
    (response, layout, placed)
}

/// `text` cut at a word to fit one line of `width`, with an ellipsis when cut (a list row's
/// headline); the whole text when it fits.
pub fn elided(ctx: &egui::Context, text: &str, face: &Face, width: f32) -> String {
    let layout = paragraph_layout(ctx, text, &[], face, width.max(10.0));
    let Some(first) = layout.lines.first().filter(|_| layout.lines.len() > 1) else {
        return text.to_owned();
    };
    // Leave room for the ellipsis: the first line without its last word.
    let line = text
        .get(first.logical.clone())
        .unwrap_or_default()
        .trim_end();
    let kept = line.rsplit_once(' ').map_or(line, |(head, _)| head);
    format!("{}…", kept.trim_end_matches(['،', ',', ' ']))
}

/// The width of `text` on one line.
pub fn line_width(ctx: &egui::Context, text: &str, face: &Face) -> f32 {
    paragraph_layout(ctx, text, &[], face, f32::INFINITY)
        .lines
        .iter()
        .map(|l| l.width)
        .fold(0.0, f32::max)
}

/// Shows a single line, never wrapped (list rows, status line, window chrome).
pub fn line(ui: &mut Ui, text: &str, face: &Face) -> Response {
    show_paragraph(ui, text, &[], face, Sense::hover(), f32::INFINITY).0
}
