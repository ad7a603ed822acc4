//! The speaker list beside the quotes table: who speaks, most first, with the unnamed sources as
//! one entry («مصادر غير مسماة») that, once chosen, shows where the anonymous sourcing is.

use crate::gui::i18n::tr;
use std::collections::HashMap;
use std::sync::Arc;

use egui::{self, Align, Layout, ScrollArea, Sense, Ui};

use super::AppContext;
use super::quotes::QuotesView;
use crate::gui::fonts;
use crate::gui::text::{self, Face};
use crate::quotes::{Quote, UNNAMED_SOURCES, per_article};

/// The most articles listed under the chosen unnamed sources.
const ARTICLES_SHOWN: usize = 8;

impl QuotesView {
    pub(super) fn speakers_ui(&mut self, app: &AppContext<'_>, ui: &mut Ui) {
        let listed = Arc::clone(&self.listed);
        ui.with_layout(Layout::top_down_justified(Align::Max), |ui| {
            let heading = app.heading_face(16.0);
            text::line(ui, &tr!("speakers-heading", count = listed.len()), &heading);
            if self.speaker.as_deref() == Some(UNNAMED_SOURCES) {
                self.unnamed_by_article_ui(app, ui);
            }
            ScrollArea::vertical()
                .id_salt("speaker-list")
                .auto_shrink([false, false])
                // One line a speaker: only the visible rows are laid out (a corpus has thousands).
                .show_rows(
                    ui,
                    app.ui_face(14.5).line_height(ui.ctx()),
                    listed.len(),
                    |ui, range| {
                        for (name, n) in listed.get(range).unwrap_or_default() {
                            self.speaker_row_ui(app, ui, name, *n);
                        }
                    },
                );
        });
    }

    fn speaker_row_ui(&mut self, app: &AppContext<'_>, ui: &mut Ui, name: &str, n: usize) {
        let selected = self.speaker.as_deref() == Some(name);
        let label = format!("{name} ({n})");
        let face = Face {
            family: if selected { fonts::UI_BOLD } else { fonts::UI },
            ..app.ui_face(14.5)
        };
        // A name too long for the list ends at a word with an ellipsis, its count kept, and
        // shows whole under the pointer.
        let count = format!(" ({n})");
        let room = ui.available_width() - text::line_width(ui.ctx(), &count, &face);
        let shown = text::elided(ui.ctx(), name, &face, room);
        let r = text::line(ui, &format!("{shown}{count}"), &face).interact(Sense::click());
        r.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &label));
        if shown != name {
            super::quotes::whole_on_hover(&r, &label, &face);
        }
        if r.clicked() {
            self.speaker = if selected {
                None
            } else {
                Some(name.to_owned())
            };
        }
    }

    /// Under the chosen unnamed sources: the articles that use them, with how many each.
    fn unnamed_by_article_ui(&self, app: &AppContext<'_>, ui: &mut Ui) {
        let per = per_article(self.all(), UNNAMED_SOURCES);
        let weak = app.weak_face(13.5);
        text::line(ui, &tr!("speakers-in-articles", count = per.len()), &weak);
        for (id, n) in per.iter().take(ARTICLES_SHOWN) {
            let title = app
                .corpus
                .article(id)
                .map_or_else(|| id.as_str().to_owned(), |a| a.display_title());
            // The count first, so that a long title cut at the list's edge keeps it.
            text::line(ui, &format!("{n} · {title}"), &weak);
        }
        if per.len() > ARTICLES_SHOWN {
            text::line(
                ui,
                &tr!("speakers-more-articles", count = per.len() - ARTICLES_SHOWN),
                &weak,
            );
        }
        ui.separator();
    }
}

/// Speakers with their number of quotations, most quoted first (computed once per extraction or
/// correction, not per frame).
pub(super) fn speaker_counts(quotes: &[Quote]) -> Arc<Vec<(String, usize)>> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for name in quotes
        .iter()
        .map(Quote::speaker_name)
        .filter(|n| !n.is_empty())
    {
        *counts.entry(name).or_default() += 1;
    }
    let mut counts: Vec<(String, usize)> =
        counts.into_iter().map(|(n, c)| (n.to_owned(), c)).collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    Arc::new(counts)
}
