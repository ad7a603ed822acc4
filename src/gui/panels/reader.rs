//! The reader: the open article's blocks right to left, wrapped to the panel, with text
//! selection by dragging and copying with Ctrl+C.

use crate::gui::i18n::{self, tr};
use crate::gui::text::widget_text;
use std::sync::Arc;

use egui::{self, Align, Layout, ScrollArea, Sense, Ui};

use super::{AppContext, Command};
use crate::arabic::{has_arabic_letter, select};
use crate::corpus::{Article, BlockKind};
use crate::gui::fonts;
use crate::gui::text::{
    self, Dir, FLASH, Face, Highlight, NOTE, ParagraphLayout, Placed, SELECTION,
};
use crate::session::{MarkedPassage, Target};

/// A position in the article: block index and byte offset inside the block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TextPos {
    /// Index into [`Article::blocks`].
    pub block: usize,
    /// Byte offset inside the block's text.
    pub offset: usize,
}

/// What other panels mark in the open article: highlights by byte range of the article text,
/// and a place to bring into view this frame.
#[derive(Debug, Clone, Default)]
pub struct Marks {
    /// Highlights over [`Article::text`].
    pub highlights: Vec<Highlight>,
    /// A byte offset of [`Article::text`] to scroll to.
    pub scroll_to: Option<usize>,
    /// The passages notes and bookmarks are on, each shown with its note under the pointer.
    pub notes: Vec<MarkedPassage>,
}

impl Marks {
    /// The highlights falling in a block (with the notes' underlines and the flash), as ranges
    /// of the block's own text.
    fn in_block(
        &self,
        block: &std::ops::Range<usize>,
        flash: Option<&Highlight>,
    ) -> Vec<Highlight> {
        let notes = self.notes.iter().map(|n| Highlight {
            range: n.bytes.clone(),
            style: NOTE,
        });
        self.highlights
            .iter()
            .cloned()
            .chain(notes)
            .chain(flash.cloned())
            .filter_map(|h| {
                let start = h.range.start.max(block.start);
                let end = h.range.end.min(block.end);
                (start < end).then(|| Highlight {
                    range: start - block.start..end - block.start,
                    style: h.style,
                })
            })
            .collect()
    }
}

/// The reader's own state.
#[derive(Default)]
pub struct Reader {
    anchor: Option<TextPos>,
    focus: Option<TextPos>,
    /// The selection from `anchor` to `focus` widened to whole words (a drag), or the word or
    /// paragraph double- or triple-clicked.
    snapped: Option<(TextPos, TextPos)>,
    dragging: bool,
    /// How far the article is scrolled, in points.
    scroll: f32,
    /// A scroll offset to restore (from a reopened session).
    restore_scroll: Option<f32>,
    /// Pages to scroll by on the next frame, from the keyboard (Page Down, Space …).
    pages: f32,
    /// The passage just opened from a note, bookmark or quotation, and when: it flashes.
    flash: Option<(std::ops::Range<usize>, std::time::Instant)>,
}

/// How long an opened passage stays lit.
const FLASH_FOR: std::time::Duration = std::time::Duration::from_millis(1500);

impl Reader {
    /// Forgets the selection (another article was opened).
    pub fn open_new_article(&mut self) {
        *self = Self::default();
    }

    /// Lights the passage `bytes` of [`Article::text`] for a moment (it was just opened).
    pub fn flash(&mut self, bytes: std::ops::Range<usize>) {
        self.flash = Some((bytes, std::time::Instant::now()));
    }

    /// The passage lit now, if one is.
    pub fn flashing(&self) -> Option<std::ops::Range<usize>> {
        self.flash
            .as_ref()
            .filter(|(_, since)| since.elapsed() < FLASH_FOR)
            .map(|(r, _)| r.clone())
    }

    /// The flash over the open article while it lasts, asking for the frame that ends it.
    fn flash_highlight(&mut self, ctx: &egui::Context) -> Option<Highlight> {
        let (range, since) = self.flash.clone()?;
        let left = FLASH_FOR.checked_sub(since.elapsed());
        if left.is_none() {
            self.flash = None;
        }
        ctx.request_repaint_after(left?);
        Some(Highlight {
            range,
            style: FLASH,
        })
    }

    /// Scrolls the article by this many pages (negative: up) on the next frame.
    pub fn page(&mut self, pages: f32) {
        self.pages += pages;
    }

    /// How far the open article is scrolled, in points (kept in the session).
    pub fn scroll(&self) -> f32 {
        self.scroll
    }

    /// Scrolls the open article to this offset on the next frame.
    pub fn restore_scroll(&mut self, offset: f32) {
        self.restore_scroll = Some(offset);
    }

    fn ordered(&self) -> Option<(TextPos, TextPos)> {
        self.snapped.filter(|(a, f)| a != f)
    }

    /// The selection from `anchor` to `focus`, its ends moved out to whole words.
    fn snap(article: &Article, a: TextPos, f: TextPos) -> (TextPos, TextPos) {
        let (start, end) = if a < f { (a, f) } else { (f, a) };
        let text = |p: TextPos| {
            article
                .blocks
                .get(p.block)
                .map_or("", |b| article.block_text(b))
        };
        let start = TextPos {
            offset: select::word_start(text(start), start.offset),
            ..start
        };
        let end = TextPos {
            offset: select::word_end(text(end), end.offset),
            ..end
        };
        (start, end)
    }

    /// A double-click takes the word under the pointer, a triple-click its paragraph.
    fn select_by_clicks(&mut self, article: &Article, at: TextPos, clicks: u8) {
        let Some(block) = article.blocks.get(at.block) else {
            return;
        };
        let text = article.block_text(block);
        let range = if clicks >= 3 {
            Some(0..text.len())
        } else {
            select::word_at(text, at.offset)
        };
        self.snapped = range.map(|r| {
            let pos = |offset| TextPos { offset, ..at };
            (pos(r.start), pos(r.end))
        });
        self.dragging = false;
    }

    /// The selected text, blocks joined by line breaks.
    pub fn selected_text(&self, article: &Article) -> Option<String> {
        let (start, end) = self.ordered()?;
        let mut parts = Vec::new();
        for (i, block) in article
            .blocks
            .iter()
            .enumerate()
            .take(end.block + 1)
            .skip(start.block)
        {
            let t = article.block_text(block);
            let from = if i == start.block { start.offset } else { 0 };
            let to = if i == end.block { end.offset } else { t.len() };
            parts.push(t.get(from..to).unwrap_or_default());
        }
        Some(parts.join("\n"))
    }

    /// The selection as a byte range of [`Article::text`].
    pub fn selection_range(&self, article: &Article) -> Option<std::ops::Range<usize>> {
        let (start, end) = self.ordered()?;
        let at = |p: TextPos| {
            article
                .blocks
                .get(p.block)
                .map(|b| b.range.start + p.offset)
        };
        Some(at(start)?..at(end)?)
    }

    /// Number of selected characters.
    pub fn selection_chars(&self, article: Option<&Article>) -> usize {
        article
            .and_then(|a| self.selected_text(a))
            .map_or(0, |s| s.chars().count())
    }

    fn block_highlights(&self, block: usize, len: usize) -> Vec<Highlight> {
        let Some((start, end)) = self.ordered() else {
            return Vec::new();
        };
        if block < start.block || block > end.block {
            return Vec::new();
        }
        let from = if block == start.block {
            start.offset
        } else {
            0
        };
        let to = if block == end.block { end.offset } else { len };
        if from >= to {
            return Vec::new();
        }
        vec![Highlight {
            range: from..to,
            style: SELECTION,
        }]
    }

    /// Shows the article.
    pub fn ui(
        &mut self,
        app: &AppContext<'_>,
        article: Option<&Article>,
        marks: &Marks,
        ui: &mut Ui,
        commands: &mut Vec<Command>,
    ) {
        let Some(article) = article else {
            ui.centered_and_justified(|ui| {
                text::label(ui, &tr!("reader-no-article"), &app.weak_face(18.0));
            });
            return;
        };
        let size = app.prefs.font_size;
        // An Arabic article reads right to left throughout, as a page with dir="rtl".
        let dir = if has_arabic_letter(&article.text) {
            Dir::Rtl
        } else {
            Dir::Auto
        };
        article_bar_ui(app, article, ui, commands);
        let flash = self.flash_highlight(ui.ctx());
        let mut placements: Vec<(usize, Arc<ParagraphLayout>, Placed)> = Vec::new();
        let mut area = ScrollArea::vertical()
            .id_salt(("reader", &article.id))
            .auto_shrink([false, false])
            .scroll_source(egui::scroll_area::ScrollSource {
                drag: egui::scroll_area::DragScroll::Never,
                ..Default::default()
            });
        if let Some(offset) = self.restore_scroll.take() {
            area = area.vertical_scroll_offset(offset);
        } else if self.pages != 0.0 {
            // A page keeps a line of the last one in view, as a browser's does.
            let page = (ui.available_height() - 2.0 * app.prefs.font_size).max(40.0);
            let offset = (self.scroll + std::mem::take(&mut self.pages) * page).max(0.0);
            area = area.vertical_scroll_offset(offset);
        }
        let shown = area.show(ui, |ui| {
            let margin = 24.0;
            let width = (ui.available_width() - 2.0 * margin).clamp(120.0, 980.0);
            ui.with_layout(Layout::top_down(Align::Max), |ui| {
                ui.add_space(12.0);
                // Records (JSON Lines) carry their headline apart from the text.
                let has_headline = article.blocks.iter().any(|b| b.kind == BlockKind::Headline);
                if let (false, Some(title)) = (has_headline, &article.meta.title) {
                    let face = block_face(app, BlockKind::Headline, dir);
                    margin_row(ui, margin, |ui| {
                        text::show_paragraph(ui, title, &[], &face, Sense::hover(), width);
                    });
                    meta_line(app, article, ui, margin);
                    ui.add_space(size * 0.6);
                }
                for (i, block) in article.blocks.iter().enumerate() {
                    let t = article.block_text(block);
                    let face = block_face(app, block.kind, dir);
                    let mut highlights = self.block_highlights(i, t.len());
                    highlights.extend(marks.in_block(&block.range, flash.as_ref()));
                    margin_row(ui, margin, |ui| {
                        let (response, layout, placed) =
                            text::show_paragraph(ui, t, &highlights, &face, Sense::hover(), width);
                        note_on_hover(app, &response, (&layout, &placed), (t, block), marks);
                        if marks.scroll_to.is_some_and(|at| block.range.contains(&at)) {
                            ui.scroll_to_rect(placed.rect, Some(Align::Center));
                        }
                        placements.push((i, layout, placed));
                    });
                    if block.kind == BlockKind::Headline {
                        meta_line(app, article, ui, margin);
                    }
                    ui.add_space(size * 0.6);
                }
                ui.add_space(40.0);
            });
        });
        self.scroll = shown.state.clamped_offset().y;
        self.handle_pointer(ui, article, &placements);
        self.handle_copy(ui, article);
    }

    fn handle_pointer(
        &mut self,
        ui: &Ui,
        article: &Article,
        placements: &[(usize, Arc<ParagraphLayout>, Placed)],
    ) {
        let (pressed, down, pos) = ui.input(|i| {
            (
                i.pointer.primary_pressed(),
                i.pointer.primary_down(),
                i.pointer.interact_pos(),
            )
        });
        let Some(pos) = pos else { return };
        let hit = |pos: egui::Pos2| -> Option<TextPos> {
            // The paragraph under the pointer, or the nearest one above or below it.
            let (i, layout, placed) = placements.iter().min_by(|a, b| {
                let da = dist_y(a.2.rect, pos.y);
                let db = dist_y(b.2.rect, pos.y);
                da.total_cmp(&db)
            })?;
            let text = article.blocks.get(*i).map(|b| article.block_text(b))?;
            let clamped = egui::pos2(
                pos.x,
                pos.y.clamp(placed.rect.top(), placed.rect.bottom() - 1.0),
            );
            Some(TextPos {
                block: *i,
                offset: placed.offset_at(layout, text, clamped),
            })
        };
        let over_text = placements
            .iter()
            .any(|(_, _, p)| p.rect.expand(4.0).contains(pos));
        let clicks = ui.input(|i| {
            if i.pointer
                .button_triple_clicked(egui::PointerButton::Primary)
            {
                3
            } else if i
                .pointer
                .button_double_clicked(egui::PointerButton::Primary)
            {
                2
            } else {
                0
            }
        });
        if clicks > 1 && over_text && ui.rect_contains_pointer(ui.max_rect()) {
            if let Some(at) = hit(pos) {
                self.select_by_clicks(article, at, clicks);
            }
        } else if pressed && ui.rect_contains_pointer(ui.max_rect()) {
            if over_text {
                let at = hit(pos);
                self.anchor = at;
                self.focus = at;
                self.dragging = true;
            } else {
                self.anchor = None;
                self.focus = None;
            }
            self.snapped = None;
        } else if down && self.dragging {
            let focus = hit(pos).or(self.focus);
            if focus != self.focus {
                self.focus = focus;
                self.snapped = self
                    .anchor
                    .zip(focus)
                    .map(|(a, f)| Self::snap(article, a, f));
                ui.ctx().request_repaint();
            }
        } else if !down {
            self.dragging = false;
        }
        if over_text {
            ui.ctx().set_cursor_icon(egui::CursorIcon::Text);
        }
    }

    fn handle_copy(&self, ui: &Ui, article: &Article) {
        let copy = ui.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::Copy)));
        if copy && let Some(s) = self.selected_text(article) {
            ui.ctx().copy_text(s);
        }
    }
}

fn dist_y(rect: egui::Rect, y: f32) -> f32 {
    if y < rect.top() {
        rect.top() - y
    } else if y > rect.bottom() {
        y - rect.bottom()
    } else {
        0.0
    }
}

/// Outlet, date and author under the headline.
fn meta_line(app: &AppContext<'_>, article: &Article, ui: &mut Ui, margin: f32) {
    let mut parts: Vec<String> = Vec::new();
    if let Some(a) = &article.meta.author {
        parts.push(a.clone());
    }
    if let Some(o) = &article.meta.outlet {
        parts.push(o.clone());
    }
    if let Some(d) = article.meta.date {
        parts.push(text::ltr_isolate(&d.to_string()));
    }
    if parts.is_empty() {
        return;
    }
    // Wrapped, so that a narrow reader shows the date on a line of its own rather than cut.
    margin_row(ui, margin, |ui| {
        let width = ui.available_width() - margin;
        let face = app.weak_face(app.prefs.font_size * 0.75);
        text::show_paragraph(ui, &parts.join(" · "), &[], &face, Sense::hover(), width);
    });
}

/// A row of the reader: content against the right edge, `margin` from it.
fn margin_row(ui: &mut Ui, margin: f32, add: impl FnOnce(&mut Ui)) {
    ui.horizontal(|ui| {
        ui.with_layout(Layout::right_to_left(Align::Min), |ui| {
            ui.add_space(margin);
            add(ui);
        });
    });
}

/// The face of a block: bold and larger for headlines and headings.
fn block_face(app: &AppContext<'_>, kind: BlockKind, dir: Dir) -> Face {
    let size = app.prefs.font_size;
    match kind {
        BlockKind::Headline => Face {
            family: fonts::READER_BOLD,
            size: size * 1.45,
            color: app.theme.heading,
            dir,
        },
        BlockKind::Heading => Face {
            family: fonts::READER_BOLD,
            size: size * 1.12,
            color: app.theme.heading,
            dir,
        },
        BlockKind::Paragraph => Face {
            family: fonts::READER,
            size,
            color: app.theme.text,
            dir,
        },
    }
}

/// Above the article: its details editor, a note on it, and the notes already written on it.
fn article_bar_ui(
    app: &AppContext<'_>,
    article: &Article,
    ui: &mut Ui,
    commands: &mut Vec<Command>,
) {
    let target = Target::Article(article.id.clone());
    ui.horizontal(|ui| {
        ui.with_layout(i18n::row_layout(Align::Center), |ui| {
            let edit = widget_text(ui, tr!("reader-edit-details"));
            let hover = widget_text(ui, tr!("reader-edit-details-hover"));
            if ui.button(edit).on_hover_text(hover).clicked() {
                commands.push(Command::EditDetails(article.id.clone()));
            }
            if ui
                .button(widget_text(ui, tr!("reader-note-on-article")))
                .clicked()
            {
                commands.push(Command::WriteNote(target.clone()));
            }
            let marked = app.session.bookmarks.iter().any(|b| b.target == target);
            if marked {
                ui.label(widget_text(ui, tr!("reader-bookmarked")));
            }
            if app.session.metadata_edits.contains_key(&article.id) {
                ui.label(widget_text(ui, tr!("reader-details-edited")));
            }
        });
    });
    if let Some(story) = app.stories.story_of(&article.id) {
        ui.horizontal_wrapped(|ui| {
            ui.with_layout(i18n::row_layout(Align::Center), |ui| {
                text::line(ui, &tr!("reader-same-story"), &app.weak_face(14.0));
                for copy in story.copies.iter().filter(|c| c.article != article.id) {
                    let Some(other) = app.corpus.article(&copy.article) else {
                        continue;
                    };
                    let name = other
                        .meta
                        .outlet
                        .clone()
                        .unwrap_or_else(|| other.id.to_string());
                    let label = format!("{name} ({:.0}%)", copy.containment * 100.0);
                    if ui
                        .button(label)
                        .on_hover_text(other.display_title())
                        .clicked()
                    {
                        commands.push(Command::OpenArticle(other.id.clone()));
                    }
                }
            });
        });
    }
    ui.with_layout(Layout::top_down(Align::Max), |ui| {
        for note in app.session.notes_on(&target) {
            super::notes::note_text_ui(ui, &note.text, &app.weak_face(15.0));
        }
    });
}

/// Under the pointer, a marked passage shows its notes and bookmarks, laid out by the Arabic
/// renderer.
fn note_on_hover(
    app: &AppContext<'_>,
    response: &egui::Response,
    (layout, placed): (&ParagraphLayout, &Placed),
    (text, block): (&str, &crate::corpus::Block),
    marks: &Marks,
) {
    if marks.notes.is_empty() || !response.hovered() {
        return;
    }
    let Some(pos) = response.hover_pos() else {
        return;
    };
    let at = block.range.start + placed.offset_at(layout, text, pos);
    let here: Vec<&str> = marks
        .notes
        .iter()
        .filter(|n| n.bytes.contains(&at))
        .map(|n| n.text.as_str())
        .collect();
    if here.is_empty() {
        return;
    }
    let face = app.ui_face(15.0);
    response.clone().on_hover_ui_at_pointer(|ui| {
        ui.set_max_width(420.0);
        for note in here {
            text::label(ui, note, &face);
        }
    });
}
