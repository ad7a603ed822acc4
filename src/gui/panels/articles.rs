//! The article list: title, outlet and date of each article, a filter box, and the files that
//! failed to load.

use eframe::egui::{self, Align, Layout, ScrollArea, Sense, Ui};

use super::{AppContext, Command};
use crate::arabic::fold_for_compare;
use crate::gui::fonts;
use crate::gui::text::{self, Dir, Face, input::ArabicInput};

/// The list panel's own state.
#[derive(Default)]
pub struct ArticleList {
    filter: String,
}

impl ArticleList {
    /// Shows the list.
    pub fn ui(&mut self, app: &AppContext<'_>, ui: &mut Ui, commands: &mut Vec<Command>) {
        ui.with_layout(Layout::top_down(Align::Max), |ui| {
            ui.add_space(6.0);
            text::line(
                ui,
                "المقالات",
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
            let key = fold_for_compare(&self.filter);
            ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.with_layout(Layout::top_down_justified(Align::Max), |ui| {
                        for article in app.corpus.articles() {
                            let title = article.display_title();
                            let outlet = article.meta.outlet.clone().unwrap_or_default();
                            if !key.is_empty()
                                && !fold_for_compare(&format!("{title} {outlet}")).contains(&key)
                            {
                                continue;
                            }
                            let selected = app.selected == Some(&article.id);
                            row_ui(app, ui, article, &title, selected, commands);
                        }
                        for failure in app.corpus.failures() {
                            ui.add_space(4.0);
                            text::label(
                                ui,
                                &failure.to_string(),
                                &Face {
                                    color: app.theme.error,
                                    ..app.ui_face(14.0)
                                },
                            );
                        }
                    });
                });
        });
    }
}

fn row_ui(
    app: &AppContext<'_>,
    ui: &mut Ui,
    article: &crate::corpus::Article,
    title: &str,
    selected: bool,
    commands: &mut Vec<Command>,
) {
    let frame = egui::Frame::new()
        .inner_margin(egui::Margin::symmetric(8, 6))
        .corner_radius(4.0)
        .fill(if selected {
            ui.visuals().selection.bg_fill.gamma_multiply(0.35)
        } else {
            egui::Color32::TRANSPARENT
        });
    let inner = frame.show(ui, |ui| {
        ui.with_layout(Layout::top_down_justified(Align::Max), |ui| {
            let face = Face {
                family: if selected { fonts::UI_BOLD } else { fonts::UI },
                ..app.ui_face(16.0)
            };
            text::label(ui, title, &face);
            let mut meta: Vec<String> = Vec::new();
            if let Some(o) = &article.meta.outlet {
                meta.push(o.clone());
            }
            if let Some(d) = article.meta.date {
                meta.push(text::ltr_isolate(&d.to_string()));
            }
            meta.push(text::ltr_isolate(article.id.as_str()));
            text::label(ui, &meta.join(" · "), &app.weak_face(13.0));
        });
    });
    let response = ui.interact(
        inner.response.rect,
        ui.scope_id().with(("article-row", &article.id)),
        Sense::click(),
    );
    let response = response.on_hover_cursor(egui::CursorIcon::PointingHand);
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, title));
    if response.clicked() {
        commands.push(Command::OpenArticle(article.id.clone()));
    }
}
