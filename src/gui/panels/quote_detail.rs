//! The detail pane under the quotes table: the selected quotation in full, its sentence with the
//! quotation and the speaker's mention marked, who said it (the merged name, the name as the
//! article writes it, the office), how the rules found the speaker, and where it was published.

use crate::gui::i18n::{self, tr};
use egui::{self, Align, Sense, Ui};

use super::AppContext;
use crate::corpus::Article;
use crate::gui::text::{self, Highlight, QUOTE, SPEAKER};
use crate::quotes::{Attribution, Quote};

/// How the rules found the speaker, as the pane says it.
fn how_found(a: Attribution) -> String {
    match a {
        Attribution::Named => tr!("detail-how-named"),
        Attribution::NamedAfter => tr!("detail-how-named-after"),
        Attribution::TitleResolved => tr!("detail-how-title-resolved"),
        Attribution::CarriedOver => tr!("detail-how-carried-over"),
        Attribution::Unnamed => tr!("detail-how-unnamed"),
        Attribution::Corrected => tr!("detail-how-corrected"),
    }
}

/// The highlights of the quotation and of the speaker's mention, relative to the sentence.
fn sentence_marks(q: &Quote) -> Vec<Highlight> {
    let start = q.sentence_span.bytes().start;
    let end = q.sentence_span.bytes().end;
    let inside = |r: std::ops::Range<usize>| {
        (r.start >= start && r.end <= end && r.start < r.end)
            .then(|| r.start - start..r.end - start)
    };
    let mut marks = Vec::new();
    if let Some(range) = inside(q.span.bytes()) {
        marks.push(Highlight {
            range,
            style: QUOTE,
        });
    }
    let mention = q
        .speaker
        .as_ref()
        .and_then(|s| s.mention_span.as_ref())
        .and_then(|m| inside(m.bytes()));
    if let Some(range) = mention {
        marks.push(Highlight {
            range,
            style: SPEAKER,
        });
    }
    marks
}

/// One labelled line of the pane: the label on the reading side, the value after it.
fn field_ui(app: &AppContext<'_>, ui: &mut Ui, label: &str, value: &str) {
    ui.horizontal_wrapped(|ui| {
        ui.with_layout(i18n::row_layout(Align::Min), |ui| {
            text::line(ui, label, &app.weak_face(14.0));
            text::label(ui, value, &app.ui_face(15.0));
        });
    });
}

/// Shows the pane for `q` (in `article`), or a hint when no row is selected.
pub fn detail_ui(app: &AppContext<'_>, ui: &mut Ui, q: Option<&Quote>, article: Option<&Article>) {
    let (Some(q), Some(article)) = (q, article) else {
        ui.with_layout(i18n::column_layout(), |ui| {
            text::label(ui, &tr!("detail-empty"), &app.weak_face(14.0));
        });
        return;
    };
    ui.horizontal(|ui| {
        ui.with_layout(i18n::row_layout(Align::Center), |ui| {
            text::line(ui, &tr!("detail-heading"), &app.heading_face(15.0));
            let confidence = tr!(
                "detail-confidence",
                kind = i18n::kind_label(q.kind),
                percent = format!("{:.0}", q.confidence * 100.0)
            );
            text::line(ui, &confidence, &app.weak_face(14.0));
        });
    });
    egui::ScrollArea::vertical()
        .id_salt("quote_detail")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.with_layout(i18n::column_layout(), |ui| {
                // The sentence first, the quotation and the speaker's mention marked in it.
                let sentence = q.sentence(article);
                let width = ui.available_width();
                text::show_paragraph(
                    ui,
                    sentence,
                    &sentence_marks(q),
                    &app.ui_face(16.0),
                    Sense::hover(),
                    width,
                );
                ui.add_space(4.0);
                speaker_fields_ui(app, ui, q);
                let cue = q.cue.as_deref().unwrap_or("—");
                field_ui(app, ui, &tr!("detail-cue"), cue);
                let meta = &article.meta;
                let date = meta.date.map(|d| d.to_string()).unwrap_or_default();
                let none = tr!("detail-no-outlet");
                let outlet = meta.outlet.as_deref().unwrap_or(&none);
                let source = format!("{} — {outlet} {date}", article.display_title());
                field_ui(app, ui, &tr!("detail-article"), source.trim());
            });
        });
}

/// The speaker lines: the merged name, the name as written and the office, and how it was found.
fn speaker_fields_ui(app: &AppContext<'_>, ui: &mut Ui, q: &Quote) {
    let Some(s) = q.speaker.as_ref() else {
        field_ui(app, ui, &tr!("detail-speaker"), &tr!("detail-no-speaker"));
        return;
    };
    field_ui(app, ui, &tr!("detail-speaker"), &s.canonical);
    if !s.mention.is_empty() && *s.mention != *s.canonical {
        field_ui(app, ui, &tr!("detail-mention"), &s.mention);
    }
    if let Some(role) = s.role.as_deref().filter(|r| !r.is_empty()) {
        field_ui(app, ui, &tr!("detail-role"), role);
    }
    field_ui(app, ui, &tr!("detail-how-found"), &how_found(s.attribution));
}
