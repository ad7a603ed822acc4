//! Who was quoted by which outlet: speakers against outlets, with counts.

use std::collections::HashMap;

use egui::{Align, Layout, Ui};
use egui_extras::{Column, TableBuilder};

use super::AppContext;
use crate::gui::text;
use crate::quotes::Quote;

/// Who was quoted by which outlet: a row per speaker (most quoted first), a column per outlet
/// (articles without a known outlet count under their own title), the number of quotations in
/// each cell.
pub fn matrix_ui(app: &AppContext<'_>, ui: &mut Ui, rows: &[&Quote]) {
    let source = |q: &Quote| -> String {
        app.corpus
            .article(&q.article)
            .map(|a| a.meta.outlet.clone().unwrap_or_else(|| a.display_title()))
            .unwrap_or_default()
    };
    let mut cells: HashMap<(&str, String), usize> = HashMap::new();
    let mut by_speaker: HashMap<&str, usize> = HashMap::new();
    let mut by_source: HashMap<String, usize> = HashMap::new();
    for q in rows.iter().filter(|q| !q.speaker_name().is_empty()) {
        let s = source(q);
        *cells.entry((q.speaker_name(), s.clone())).or_default() += 1;
        *by_speaker.entry(q.speaker_name()).or_default() += 1;
        *by_source.entry(s).or_default() += 1;
    }
    let mut speakers: Vec<(&str, usize)> = by_speaker.into_iter().collect();
    speakers.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut sources: Vec<(String, usize)> = by_source.into_iter().collect();
    sources.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let face = app.ui_face(14.0);
    let weak = app.weak_face(13.0);
    let row_height = face.line_height(ui.ctx()) + 4.0;
    // Right to left: the speaker column is the last one, at the right.
    let mut table = TableBuilder::new(ui)
        .id_salt("speaker-matrix")
        .striped(true)
        .resizable(true)
        .cell_layout(Layout::right_to_left(Align::Center));
    for _ in &sources {
        table = table.column(Column::initial(110.0).clip(true));
    }
    table
        .column(Column::remainder().at_least(180.0).clip(true))
        .header(row_height, |mut header| {
            for (s, _) in sources.iter().rev() {
                header.col(|ui| {
                    text::line(ui, s, &weak).on_hover_text(s);
                });
            }
            header.col(|ui| {
                text::line(ui, "المتحدث", &weak);
            });
        })
        .body(|body| {
            body.rows(row_height, speakers.len(), |mut row| {
                let Some((speaker, total)) = speakers.get(row.index()) else {
                    return;
                };
                for (s, _) in sources.iter().rev() {
                    let n = cells.get(&(*speaker, s.clone())).copied().unwrap_or(0);
                    row.col(|ui| {
                        text::line(
                            ui,
                            &if n > 0 {
                                n.to_string()
                            } else {
                                "·".to_owned()
                            },
                            if n > 0 { &face } else { &weak },
                        );
                    });
                }
                row.col(|ui| {
                    text::line(ui, &format!("{speaker} ({total})"), &face);
                });
            });
        });
}
