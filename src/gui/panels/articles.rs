//! The article list: title, outlet and date of each article, a filter box, and the files that
//! failed to load. Rows have one height, so only the visible ones are laid out: a corpus of tens
//! of thousands of articles scrolls as fast as five.

use std::sync::Arc;

use eframe::egui::{self, Align, Layout, ScrollArea, Sense, Ui};

use super::{AppContext, Command};
use crate::arabic::fold_for_compare;
use crate::corpus::Article;
use crate::gui::fonts;
use crate::gui::text::{self, Dir, Face, input::ArabicInput};

const TITLE_SIZE: f32 = 16.0;
const META_SIZE: f32 = 13.0;
const ROW_MARGIN: f32 = 6.0;

/// The list panel's own state.
#[derive(Default)]
pub struct ArticleList {
    filter: String,
    /// Rows shown for (filter, number of articles): indices into the corpus.
    rows: Option<(String, usize, Arc<Vec<usize>>)>,
}

impl ArticleList {
    /// The filter text.
    pub fn filter(&self) -> &str {
        &self.filter
    }

    /// Sets the filter text (from a reopened session).
    pub fn set_filter(&mut self, filter: String) {
        self.filter = filter;
    }

    /// Indices of the articles that pass the filter, computed again only when the filter or the
    /// corpus changed.
    fn rows(&mut self, articles: &[Arc<Article>]) -> Arc<Vec<usize>> {
        let key = fold_for_compare(&self.filter);
        if let Some((k, n, rows)) = &self.rows
            && *k == key
            && *n == articles.len()
        {
            return Arc::clone(rows);
        }
        let rows: Vec<usize> = articles
            .iter()
            .enumerate()
            .filter(|(_, a)| {
                key.is_empty() || {
                    let outlet = a.meta.outlet.as_deref().unwrap_or_default();
                    fold_for_compare(&format!("{} {outlet}", a.display_title())).contains(&key)
                }
            })
            .map(|(i, _)| i)
            .collect();
        let rows = Arc::new(rows);
        self.rows = Some((key, articles.len(), Arc::clone(&rows)));
        rows
    }

    /// Shows the list.
    pub fn ui(&mut self, app: &AppContext<'_>, ui: &mut Ui, commands: &mut Vec<Command>) {
        ui.with_layout(Layout::top_down(Align::Max), |ui| {
            ui.add_space(6.0);
            let articles = app.corpus.articles();
            text::line(
                ui,
                &format!("المقالات ({})", articles.len()),
                &Face {
                    family: fonts::UI_BOLD,
                    size: 17.0,
                    color: app.theme.heading,
                    dir: Dir::Auto,
                },
            );
            let width = ui.available_width();
            ArabicInput::new(&mut self.filter, "Filter articles", app.ui_face(16.0))
                .hint("تصفية العناوين…")
                .width(width)
                .show(ui);
            ui.add_space(4.0);
            let rows = self.rows(articles);
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
            ScrollArea::vertical()
                .id_salt("article-list")
                .auto_shrink([false, false])
                .show_rows(ui, row_height, rows.len(), |ui, range| {
                    ui.spacing_mut().item_spacing.y = 0.0;
                    ui.with_layout(Layout::top_down_justified(Align::Max), |ui| {
                        for &i in rows.get(range).unwrap_or_default() {
                            if let Some(article) = articles.get(i) {
                                let selected = app.selected == Some(&article.id);
                                row_ui(app, ui, article, row_height, selected, commands);
                            }
                        }
                    });
                });
        });
    }
}

fn row_ui(
    app: &AppContext<'_>,
    ui: &mut Ui,
    article: &Article,
    row_height: f32,
    selected: bool,
    commands: &mut Vec<Command>,
) {
    let (rect, response) =
        ui.allocate_exact_size(egui::vec2(ui.available_width(), row_height), Sense::click());
    if !ui.is_rect_visible(rect) {
        return;
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
    let inner = rect.shrink2(egui::vec2(8.0, ROW_MARGIN));
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
    text::line(&mut row, &title, &face);
    text::line(&mut row, &meta.join(" · "), &app.weak_face(META_SIZE));
    let response = response.on_hover_cursor(egui::CursorIcon::PointingHand);
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &title));
    if response.clicked() {
        commands.push(Command::OpenArticle(article.id.clone()));
    }
}
