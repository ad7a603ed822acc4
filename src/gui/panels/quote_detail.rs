//! The detail pane under the quotes table: the selected quotation in full, its sentence with the
//! quotation and the speaker's mention marked, who said it (the merged name, the name as the
//! article writes it, the office), how the rules found the speaker, and where it was published.

use egui::{self, Align, Layout, Sense, Ui};

use super::AppContext;
use crate::corpus::Article;
use crate::gui::text::{self, Highlight, QUOTE, SPEAKER};
use crate::quotes::{Attribution, Quote};

/// Accessible name of the pane's heading.
pub const DETAIL_HEADING: &str = "Selected quotation";

/// How the rules found the speaker, as the pane says it.
fn how_found(a: Attribution) -> &'static str {
    match a {
        Attribution::Named => "named at the reporting word",
        Attribution::NamedAfter => "named after the statement",
        Attribution::TitleResolved => "a title or body, resolved to the name the article gives",
        Attribution::CarriedOver => "not named here: carried over from an earlier sentence",
        Attribution::Unnamed => "an unnamed source",
        Attribution::Corrected => "set by you",
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
        ui.with_layout(Layout::right_to_left(Align::Min), |ui| {
            text::line(ui, label, &app.weak_face(14.0));
            text::label(ui, value, &app.ui_face(15.0));
        });
    });
}

/// Shows the pane for `q` (in `article`), or a hint when no row is selected.
pub fn detail_ui(app: &AppContext<'_>, ui: &mut Ui, q: Option<&Quote>, article: Option<&Article>) {
    let (Some(q), Some(article)) = (q, article) else {
        ui.with_layout(Layout::top_down(Align::Max), |ui| {
            text::label(
                ui,
                "Select a row to read the quotation in full, with its sentence and speaker.",
                &app.weak_face(14.0),
            );
        });
        return;
    };
    ui.horizontal(|ui| {
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            text::line(ui, DETAIL_HEADING, &app.heading_face(15.0));
            let confidence = format!(
                "{} · confidence {:.0}%",
                q.kind.as_str(),
                q.confidence * 100.0
            );
            text::line(ui, &confidence, &app.weak_face(14.0));
        });
    });
    egui::ScrollArea::vertical()
        .id_salt("quote_detail")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.with_layout(Layout::top_down(Align::Max), |ui| {
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
                field_ui(app, ui, "كلمة الإسناد:", cue);
                let meta = &article.meta;
                let date = meta.date.map(|d| d.to_string()).unwrap_or_default();
                let outlet = meta.outlet.as_deref().unwrap_or("بلا مصدر");
                let source = format!("{} — {outlet} {date}", article.display_title());
                field_ui(app, ui, "المقالة:", source.trim());
            });
        });
}

/// The speaker lines: the merged name, the name as written and the office, and how it was found.
fn speaker_fields_ui(app: &AppContext<'_>, ui: &mut Ui, q: &Quote) {
    let Some(s) = q.speaker.as_ref() else {
        field_ui(app, ui, "المتحدث:", "— (no speaker found)");
        return;
    };
    field_ui(app, ui, "المتحدث:", &s.canonical);
    if !s.mention.is_empty() && *s.mention != *s.canonical {
        field_ui(app, ui, "كما ورد:", &s.mention);
    }
    if let Some(role) = s.role.as_deref().filter(|r| !r.is_empty()) {
        field_ui(app, ui, "الصفة:", role);
    }
    field_ui(app, ui, "كيف عُرف:", how_found(s.attribution));
}
