//! The notes panel: the session's bookmarks and notes, each opening its article at its passage,
//! with the ones whose article is not loaded marked.

use crate::gui::i18n::{self, tr};
use crate::gui::text::widget_text;
use egui::{self, ScrollArea, Sense, Ui};

use super::{AppContext, Command};
use crate::gui::text::{self, Face};
use crate::session::{Edit, Target};

const EXCERPT_CHARS: usize = 60;

/// A short description of what a note or bookmark is on.
pub fn describe(app: &AppContext<'_>, target: &Target) -> (String, bool) {
    let article = app.corpus.article(target.article());
    let title = article.map_or_else(|| target.article().to_string(), |a| a.display_title());
    let what = match target {
        Target::Article(_) => title,
        Target::Passage(a) => tr!(
            "notes-on-passage",
            passage = excerpt(&a.text),
            title = title
        ),
        Target::Quote(q) => tr!("notes-on-quote", quote = excerpt(&q.text), title = title),
    };
    (what, article.is_some())
}

fn excerpt(text: &str) -> String {
    let mut out: String = text.chars().take(EXCERPT_CHARS).collect();
    if text.chars().count() > EXCERPT_CHARS {
        out.push('…');
    }
    out
}

/// Shows a note under what it is on (the reader's title bar, a quotation's detail): "Note: …" on
/// one line, or for a note of several paragraphs a heading and the paragraphs under it, each in
/// its own direction (an English prefix would turn an Arabic first paragraph left to right).
pub fn note_text_ui(ui: &mut Ui, note: &str, face: &Face) {
    if note.contains('\n') {
        text::line(ui, &tr!("reader-note-heading"), face);
        text::label(ui, note, face);
    } else {
        text::label(ui, &tr!("reader-note", text = note), face);
    }
}

/// Shows the bookmarks and notes.
pub fn notes_ui(app: &AppContext<'_>, ui: &mut Ui, commands: &mut Vec<Command>) {
    ui.with_layout(i18n::column_layout(), |ui| {
        ui.add_space(6.0);
        let heading = app.heading_face(16.0);
        text::line(ui, &tr!("notes-heading"), &heading);
        let s = app.session;
        text::line(
            ui,
            &tr!(
                "notes-counts",
                bookmarks = s.bookmarks.len(),
                notes = s.notes.len()
            ),
            &app.weak_face(13.5),
        );
        if s.bookmarks.is_empty() && s.notes.is_empty() {
            text::label(ui, &tr!("notes-empty"), &app.weak_face(14.0));
            return;
        }
        // Rows are as tall as their text (a note of several paragraphs shows them all, wrapped);
        // only the rows in view are laid out and drawn, their heights kept from frame to frame.
        let unnamed = tr!("notes-bookmark");
        let rows: Vec<Row<'_>> = s
            .bookmarks
            .iter()
            .map(|b| Row {
                target: &b.target,
                first: if b.label.is_empty() {
                    &unnamed
                } else {
                    &b.label
                },
                remove: Edit::RemoveBookmark(b.id),
            })
            .chain(s.notes.iter().map(|n| Row {
                target: &n.target,
                first: &n.text,
                remove: Edit::RemoveNote(n.id),
            }))
            .collect();
        ScrollArea::vertical()
            .id_salt("notes-list")
            .auto_shrink([false, false])
            .show_viewport(ui, |ui, viewport| {
                ui.spacing_mut().item_spacing.y = 0.0;
                let width = ui.available_width();
                let heights: Vec<f32> = rows
                    .iter()
                    .map(|r| row_height(app, ui, r.first, width))
                    .collect();
                let top = ui.min_rect().top();
                ui.set_min_height(heights.iter().sum());
                let mut y = 0.0;
                for (row, h) in rows.into_iter().zip(heights) {
                    if y + h >= viewport.min.y && y <= viewport.max.y {
                        let rect = egui::Rect::from_min_size(
                            egui::pos2(ui.min_rect().left(), top + y),
                            egui::vec2(width, h),
                        );
                        let mut slot = ui.new_child(egui::UiBuilder::new().max_rect(rect));
                        row_ui(app, &mut slot, &row, commands);
                    }
                    y += h;
                }
            });
    });
}

/// A bookmark or a note in the list: what it is on, its first line (the bookmark's label or the
/// note's text) and the edit that removes it.
struct Row<'a> {
    target: &'a Target,
    first: &'a str,
    remove: Edit,
}

/// Keeps the heights of rows by their text and width: a session of thousands of notes is not
/// laid out again every frame.
type Heights = std::sync::Arc<std::sync::Mutex<std::collections::HashMap<u64, f32>>>;

/// The height of a row whose first line is `first`, in a list `width` wide.
fn row_height(app: &AppContext<'_>, ui: &Ui, first: &str, width: f32) -> f32 {
    let key = xxhash_rust::xxh3::xxh3_64(first.as_bytes()) ^ u64::from(width.to_bits());
    let heights: Heights = ui.data_mut(|d| {
        d.get_temp_mut_or_default::<Heights>(egui::Id::unique("isnad-note-rows"))
            .clone()
    });
    if let Some(h) = heights.lock().ok().and_then(|m| m.get(&key).copied()) {
        return h;
    }
    let text_width = (width - 12.0 - BUTTON).max(40.0);
    let first_height =
        text::text_layout(ui.ctx(), first, &[], &app.ui_face(15.0), text_width).height();
    let h = first_height + app.ui_face(13.5).line_height(ui.ctx()) + 10.0;
    if let Ok(mut m) = heights.lock() {
        if m.len() > 50_000 {
            m.clear();
        }
        m.insert(key, h);
    }
    h
}

/// The room a row leaves for its remove button.
const BUTTON: f32 = 26.0;

fn row_ui(app: &AppContext<'_>, ui: &mut Ui, row: &Row<'_>, commands: &mut Vec<Command>) {
    let Row {
        target,
        first,
        remove,
    } = row;
    let width = ui.available_width();
    let text_width = (width - 12.0 - BUTTON).max(40.0);
    let first_face = app.ui_face(15.0);
    let row_height = ui.max_rect().height();
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, row_height), Sense::click());
    if !ui.is_rect_visible(rect) {
        return;
    }
    if response.hovered() {
        ui.painter()
            .rect_filled(rect.shrink(1.0), 4.0, ui.visuals().faint_bg_color);
    }
    let (what, loaded) = describe(app, target);
    // The remove button sits at the row's end, away from the text's start (the left end in
    // Arabic, the right end in English), in room the text leaves it.
    let rtl = i18n::rtl();
    let mut inner = rect.shrink2(egui::vec2(6.0, 5.0));
    if rtl {
        inner.min.x += BUTTON;
    } else {
        inner.max.x -= BUTTON;
    }
    let mut row = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(inner)
            .layout(i18n::column_layout()),
    );
    row.set_clip_rect(inner.intersect(ui.clip_rect()));
    text::show_text(&mut row, first, &first_face, text_width);
    let second = if loaded {
        app.weak_face(13.5)
    } else {
        Face {
            color: app.theme.error,
            ..app.weak_face(13.5)
        }
    };
    let what = if loaded {
        what
    } else {
        tr!("notes-article-not-loaded", what = what)
    };
    text::line(&mut row, &what, &second);
    let left = if rtl {
        rect.left() + 2.0
    } else {
        rect.right() - BUTTON + 2.0
    };
    let x = egui::Rect::from_min_size(egui::pos2(left, rect.top() + 4.0), egui::vec2(22.0, 22.0));
    let mut slot = ui.new_child(egui::UiBuilder::new().max_rect(x));
    let close = slot.add(egui::Button::new("×").small());
    let close = close.on_hover_text(widget_text(ui, tr!("notes-remove")));
    if close.clicked() {
        commands.push(Command::Edit(remove.clone()));
    } else if response.clicked() && loaded {
        commands.push(Command::OpenTarget((*target).clone()));
    }
    let label = format!("{first} — {what}");
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
}
