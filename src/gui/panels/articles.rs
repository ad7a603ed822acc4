//! The article list: title, outlet and date of each article, a filter box, and the files that
//! failed to load. Rows have one height, so only the visible ones are laid out: a corpus of tens
//! of thousands of articles scrolls as fast as five.

use crate::gui::i18n::tr;
use crate::gui::text::widget_text;
use std::collections::HashSet;
use std::sync::Arc;

use egui::{self, Align, Layout, ScrollArea, Sense, Ui};

use super::{AppContext, Command};
use crate::arabic::fold_for_compare;
use crate::corpus::{Article, Corpus};
use crate::gui::fonts;
use crate::gui::text::{self, Face, input::ArabicInput};
use crate::stories::{Stories, StoryId};

const TITLE_SIZE: f32 = 16.0;
const META_SIZE: f32 = 13.0;
const ROW_MARGIN: f32 = 6.0;

/// How a row stands in its story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// Not a copy of anything.
    Alone,
    /// The fullest copy of a story with `copies` articles; `open` when its copies are listed.
    Story {
        id: StoryId,
        copies: usize,
        open: bool,
    },
    /// A copy listed under its story.
    Copy,
}

/// What the rows depend on: filter, corpus generation, number of stories, opened stories.
type RowsKey = (String, u64, usize, Vec<StoryId>);

/// Rows of the list: indices into the corpus with their place in a story.
type Rows = Arc<Vec<(usize, Place)>>;

/// The list panel's own state.
#[derive(Default)]
pub struct ArticleList {
    filter: String,
    /// Stories whose copies are listed.
    open: HashSet<StoryId>,
    /// Rows shown, as indices into the corpus with their place in a story.
    rows: Option<(RowsKey, Rows)>,
    /// Rows to move the open article by, from the keyboard (Up, Down), on the next frame.
    step: i32,
    /// How far the list is scrolled and how tall its view is, in points.
    scrolled: (f32, f32),
}

impl ArticleList {
    /// The filter text.
    pub fn filter(&self) -> &str {
        &self.filter
    }

    /// Opens the article this many rows below (above, when negative) the open one.
    pub fn step(&mut self, rows: i32) {
        self.step += rows;
    }

    /// The row the keyboard moves to from `at`, and the scroll offset that shows it.
    /// `at` finds the open row, only on a frame with a step (the rows are the whole corpus).
    fn stepped(
        &mut self,
        at: impl FnOnce() -> Option<usize>,
        len: usize,
        row_height: f32,
    ) -> Option<(usize, f32)> {
        let step = std::mem::take(&mut self.step);
        if step == 0 {
            return None;
        }
        let to = super::stepped_row(at(), len, step)?;
        let (offset, height) = self.scrolled;
        #[allow(clippy::cast_precision_loss)] // row indices stay far below 2^24
        let top = to as f32 * row_height;
        let offset = if top < offset {
            top
        } else if top + row_height > offset + height {
            top + row_height - height
        } else {
            offset
        };
        Some((to, offset))
    }

    /// Sets the filter text (from a reopened session).
    pub fn set_filter(&mut self, filter: String) {
        self.filter = filter;
    }

    /// The rows: articles that pass the filter, a story's copies under its fullest copy (listed
    /// when the story is opened). Computed again only when the filter, the corpus, the stories
    /// or the opened stories changed.
    fn rows(&mut self, corpus: &Corpus, generation: u64, stories: &Stories) -> Rows {
        let articles = corpus.articles();
        let filter = fold_for_compare(&self.filter);
        let mut open: Vec<StoryId> = self.open.iter().copied().collect();
        open.sort_unstable();
        let key = (filter, generation, stories.len(), open);
        if let Some((k, rows)) = &self.rows
            && *k == key
        {
            return Arc::clone(rows);
        }
        let filter = &key.0;
        let passes = |a: &Article| {
            filter.is_empty() || {
                let outlet = a.meta.outlet.as_deref().unwrap_or_default();
                fold_for_compare(&format!("{} {outlet}", a.display_title())).contains(filter)
            }
        };
        let mut rows = Vec::new();
        for (i, a) in articles.iter().enumerate() {
            let Some(story) = stories.story_of(&a.id) else {
                if passes(a) {
                    rows.push((i, Place::Alone));
                }
                continue;
            };
            // A story is listed once, at its fullest copy, when any of its copies passes.
            if story.representative != a.id {
                continue;
            }
            let copies: Vec<usize> = story
                .copies
                .iter()
                .filter_map(|c| corpus.position(&c.article))
                .collect();
            if !copies
                .iter()
                .any(|&c| articles.get(c).is_some_and(|a| passes(a)))
            {
                continue;
            }
            let open = self.open.contains(&story.id);
            rows.push((
                i,
                Place::Story {
                    id: story.id,
                    copies: copies.len(),
                    open,
                },
            ));
            if open {
                rows.extend(
                    copies
                        .into_iter()
                        .filter(|&c| c != i)
                        .map(|c| (c, Place::Copy)),
                );
            }
        }
        let rows = Arc::new(rows);
        self.rows = Some((key, Arc::clone(&rows)));
        rows
    }

    /// Shows the list.
    pub fn ui(&mut self, app: &AppContext<'_>, ui: &mut Ui, commands: &mut Vec<Command>) {
        ui.with_layout(Layout::top_down(Align::Max), |ui| {
            ui.add_space(6.0);
            let articles = app.corpus.articles();
            text::line(
                ui,
                &tr!("articles-heading", count = articles.len()),
                &app.heading_face(17.0),
            );
            let width = ui.available_width();
            let (label, hint) = (tr!("articles-filter"), tr!("articles-filter-hint"));
            ArabicInput::new(&mut self.filter, "Filter articles", app.ui_face(16.0))
                .label(&label)
                .hint(&hint)
                .width(width)
                .show(ui);
            ui.add_space(4.0);
            let rows = self.rows(app.corpus, app.corpus_generation, app.stories);
            for failure in app.corpus.failures().iter().take(3) {
                text::line(
                    ui,
                    &failure.to_string(),
                    &Face {
                        color: app.theme.error,
                        ..app.ui_face(14.0)
                    },
                );
            }
            let row_height = app.ui_face(TITLE_SIZE).line_height(ui.ctx())
                + app.ui_face(META_SIZE).line_height(ui.ctx())
                + 2.0 * ROW_MARGIN;
            let at = || {
                app.selected.and_then(|id| {
                    rows.iter()
                        .position(|&(i, _)| articles.get(i).is_some_and(|a| &a.id == id))
                })
            };
            let mut area = ScrollArea::vertical()
                .id_salt("article-list")
                .auto_shrink([false, false]);
            if let Some((to, offset)) = self.stepped(at, rows.len(), row_height) {
                if let Some(article) = rows.get(to).and_then(|&(i, _)| articles.get(i)) {
                    commands.push(Command::OpenArticle(article.id.clone()));
                }
                area = area.vertical_scroll_offset(offset);
            }
            let shown = area.show_rows(ui, row_height, rows.len(), |ui, range| {
                ui.spacing_mut().item_spacing.y = 0.0;
                ui.with_layout(Layout::top_down_justified(Align::Max), |ui| {
                    for &(i, place) in rows.get(range).unwrap_or_default() {
                        if let Some(article) = articles.get(i) {
                            let selected = app.selected == Some(&article.id);
                            let row = Row {
                                article,
                                place,
                                height: row_height,
                                selected,
                            };
                            if let Some(toggle) = row_ui(app, ui, &row, commands)
                                && !self.open.remove(&toggle)
                            {
                                self.open.insert(toggle);
                            }
                        }
                    }
                });
            });
            self.scrolled = (shown.state.clamped_offset().y, shown.inner_rect.height());
        });
    }
}

/// One row of the list.
struct Row<'a> {
    article: &'a Article,
    place: Place,
    height: f32,
    selected: bool,
}

/// Shows a row; returns the story to open or close when its copies button was clicked.
fn row_ui(
    app: &AppContext<'_>,
    ui: &mut Ui,
    row: &Row<'_>,
    commands: &mut Vec<Command>,
) -> Option<StoryId> {
    let Row {
        article,
        place,
        height: row_height,
        selected,
    } = *row;
    let (rect, response) =
        ui.allocate_exact_size(egui::vec2(ui.available_width(), row_height), Sense::click());
    if !ui.is_rect_visible(rect) {
        return None;
    }
    if selected {
        ui.painter().rect_filled(
            rect.shrink(1.0),
            4.0,
            ui.visuals().selection.bg_fill.gamma_multiply(0.35),
        );
    } else if response.hovered() {
        ui.painter()
            .rect_filled(rect.shrink(1.0), 4.0, ui.visuals().faint_bg_color);
    }
    let title = article.display_title();
    let mut meta: Vec<String> = Vec::new();
    if let Some(o) = &article.meta.outlet {
        meta.push(o.clone());
    }
    if let Some(d) = article.meta.date {
        meta.push(text::ltr_isolate(&d.to_string()));
    }
    meta.push(text::ltr_isolate(article.id.as_str()));
    // A copy is indented from the reading side, under its story.
    let indent = if place == Place::Copy { 24.0 } else { 0.0 };
    let mut inner = rect.shrink2(egui::vec2(8.0, ROW_MARGIN));
    inner.max.x -= indent;
    let mut toggle = None;
    if let Place::Story { id, copies, open } = place {
        let label = if open {
            tr!("articles-hide-copies")
        } else {
            tr!("articles-copies", count = copies)
        };
        let at = egui::Rect::from_min_size(
            egui::pos2(rect.left() + 4.0, rect.top() + ROW_MARGIN),
            egui::vec2(92.0, 22.0),
        );
        // A child ui: the button sits over the row without moving the rows below.
        let mut slot = ui.new_child(egui::UiBuilder::new().max_rect(at));
        let button = slot
            .add(egui::Button::new(widget_text(ui, label)).small())
            .on_hover_text(widget_text(ui, tr!("articles-copies-hover")));
        if button.clicked() {
            toggle = Some(id);
        }
        inner.min.x += 96.0;
    }
    // One line each, clipped at the row's edge: a long headline ends where the row does.
    let mut row = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(inner)
            .layout(Layout::top_down(Align::Max)),
    );
    row.set_clip_rect(inner.intersect(ui.clip_rect()));
    let face = Face {
        family: if selected { fonts::UI_BOLD } else { fonts::UI },
        ..app.ui_face(TITLE_SIZE)
    };
    // A headline longer than the row ends at a word with an ellipsis, whole on hover.
    let shown = text::elided(ui.ctx(), &title, &face, inner.width());
    text::line(&mut row, &shown, &face);
    let meta = meta.join(" · ");
    let meta_face = app.weak_face(META_SIZE);
    text::line(
        &mut row,
        &text::elided(ui.ctx(), &meta, &meta_face, inner.width()),
        &meta_face,
    );
    let response = response.on_hover_cursor(egui::CursorIcon::PointingHand);
    let response = if shown == title {
        response
    } else {
        let whole = format!("{title}\n{meta}");
        response.on_hover_ui(|ui| {
            ui.set_max_width(420.0);
            text::label(ui, &whole, &app.ui_face(15.0));
        })
    };
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &title));
    if response.clicked() && toggle.is_none() {
        commands.push(Command::OpenArticle(article.id.clone()));
    }
    toggle
}
