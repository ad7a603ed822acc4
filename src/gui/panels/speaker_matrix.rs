//! Who was quoted by which outlet: speakers against outlets, with counts (counted by
//! [`SpeakerOutlets`] in the core; this view only shows the table).

use crate::gui::i18n::tr;
use egui::{Align, Layout, Ui};
use egui_extras::{Column, TableBuilder};

use super::AppContext;
use super::quotes::whole_on_hover;
use crate::gui::text;
use crate::quotes::{Quote, SpeakerOutlets};

/// Shows a row per speaker-list entry (most quoted first), a column per outlet (articles without
/// one under «بلا مصدر»), the number of quotations in each cell.
pub fn matrix_ui(app: &AppContext<'_>, ui: &mut Ui, rows: &[&Quote]) {
    let table_data = SpeakerOutlets::count(rows.iter().copied(), |id| {
        app.corpus.article(id).and_then(|a| a.meta.outlet.clone())
    });
    let face = app.ui_face(14.0);
    let weak = app.weak_face(13.0);
    let row_height = face.line_height(ui.ctx()) + 4.0;
    // The outlet columns share what the speaker column leaves; many outlets scroll sideways.
    let outlets = table_data.outlets.len().max(1) as f32;
    let outlet_width = ((ui.available_width() - 220.0) / outlets).clamp(56.0, 110.0);
    // The speaker column at the reading side: the last one, at the right, in Arabic; the first
    // in English.
    let rtl = crate::gui::i18n::rtl();
    let mut outlets: Vec<&String> = table_data.outlets.iter().map(|(o, _)| o).collect();
    if rtl {
        outlets.reverse();
    }
    let mut table = TableBuilder::new(ui)
        .id_salt("speaker-matrix")
        .striped(true)
        .resizable(true)
        .cell_layout(Layout::right_to_left(Align::Center));
    let speaker_column = Column::remainder().at_least(160.0).clip(true);
    if !rtl {
        table = table.column(speaker_column);
    }
    for _ in &outlets {
        table = table.column(Column::initial(outlet_width).at_least(40.0).clip(true));
    }
    if rtl {
        table = table.column(speaker_column);
    }
    table
        .header(row_height, |mut header| {
            let speaker_header = |header: &mut egui_extras::TableRow<'_, '_>| {
                header.col(|ui| {
                    text::line(ui, &tr!("matrix-speaker"), &weak);
                });
            };
            if !rtl {
                speaker_header(&mut header);
            }
            for outlet in &outlets {
                header.col(|ui| {
                    // The column of articles without an outlet, named in the interface language.
                    let outlet = if *outlet == crate::quotes::NO_OUTLET {
                        tr!("matrix-no-outlet")
                    } else {
                        (*outlet).clone()
                    };
                    let cell = text::line(ui, &outlet, &weak);
                    whole_on_hover(&cell, &outlet, &weak);
                });
            }
            if rtl {
                speaker_header(&mut header);
            }
        })
        .body(|body| {
            body.rows(row_height, table_data.speakers.len(), |mut row| {
                let Some((speaker, total)) = table_data.speakers.get(row.index()) else {
                    return;
                };
                let speaker_cell = |row: &mut egui_extras::TableRow<'_, '_>| {
                    row.col(|ui| {
                        let cell = text::line(ui, &format!("{speaker} ({total})"), &face);
                        whole_on_hover(&cell, speaker, &face);
                    });
                };
                if !rtl {
                    speaker_cell(&mut row);
                }
                for outlet in &outlets {
                    let n = table_data.cell(speaker, outlet);
                    row.col(|ui| {
                        let shown = if n > 0 {
                            n.to_string()
                        } else {
                            "·".to_owned()
                        };
                        text::line(ui, &shown, if n > 0 { &face } else { &weak });
                    });
                }
                if rtl {
                    speaker_cell(&mut row);
                }
            });
        });
}
