//! The bar above the quotes table for the selected quotation: its speaker (set, or merged into
//! another name), deletion, tags and a note; every change is a session edit that can be undone.

use crate::gui::i18n::{self, tr};
use crate::gui::text::widget_text;
use egui::{self, Align, Sense, Ui};

use super::{AppContext, Command, QuotesView};
use crate::arabic::fold_for_compare;
use crate::gui::text::{self, Face, input::ArabicInput};
use crate::quotes::{Attribution, Correction, Quote, QuoteAnchor, speaker_key};
use crate::session::{Edit, Target};

/// Accessible name of the speaker field of a correction.
pub const SPEAKER_EDIT: &str = "Speaker name";
/// Accessible name of the tags field.
pub const TAGS_EDIT: &str = "Tags";

/// Tags as typed: separated by Arabic or Latin commas.
fn split_tags(typed: &str) -> Vec<String> {
    typed
        .split([',', '،', '؛', ';'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Corrections, tags and notes of the selected quotation.
/// The name the article gives a speaker whom the rules merged under another canonical name
/// (بوتين alone in one article, merged into فلاديمير بوتين), if they did.
fn merged_name(q: &Quote) -> Option<String> {
    let s = q.speaker.as_ref()?;
    (s.attribution != Attribution::Corrected
        && !s.name.is_empty()
        && speaker_key(&s.name) != speaker_key(&s.canonical))
    .then(|| s.name.to_string())
}

/// The speaker row of the correction bar: the name field, Set speaker, Merge speaker into
/// name, and Split when the rules merged this article's name into another speaker.
fn speaker_row_ui(
    view: &mut QuotesView,
    app: &AppContext<'_>,
    ui: &mut Ui,
    commands: &mut Vec<Command>,
    q: &Quote,
    anchor: &QuoteAnchor,
) {
    let current = q.speaker_name().to_owned();
    ui.horizontal_wrapped(|ui| {
        ui.with_layout(i18n::row_layout(Align::Center).with_main_wrap(true), |ui| {
            text::line(ui, &tr!("edit-speaker"), &app.ui_face(15.0));
            let (label, hint) = (tr!("edit-speaker-field"), tr!("edit-speaker-hint"));
            ArabicInput::new(&mut view.speaker_edit, SPEAKER_EDIT, app.ui_face(15.0))
                .label(&label)
                .hint(&hint)
                .width(240.0)
                .show(ui);
            let typed = view.speaker_edit.trim().to_owned();
            let changed = !typed.is_empty() && typed != current;
            if ui
                .add_enabled(
                    changed,
                    egui::Button::new(widget_text(ui, tr!("edit-set-speaker-button"))),
                )
                .clicked()
            {
                commands.push(Command::Edit(Edit::Correct(Correction::SetSpeaker {
                    quote: anchor.clone(),
                    speaker: typed.clone(),
                })));
            }
            if ui
                .add_enabled(
                    changed && !current.is_empty(),
                    egui::Button::new(widget_text(ui, tr!("edit-merge-button"))),
                )
                .on_hover_text(widget_text(ui, tr!("edit-merge-hover")))
                .clicked()
            {
                commands.push(Command::Edit(Edit::Correct(Correction::MergeSpeakers {
                    from: current.clone(),
                    into: typed,
                })));
            }
        });
    });
    // The rules merged this article's name into another speaker: undo that part, on a row of
    // its own (the speaker row is full).
    if let Some(name) = merged_name(q) {
        ui.horizontal_wrapped(|ui| {
            ui.with_layout(i18n::row_layout(Align::Center).with_main_wrap(true), |ui| {
                // The names in Isnad's Arabic text beside the button (egui's cannot shape them).
                text::line(
                    ui,
                    &tr!(
                        "edit-merged-name",
                        name = name.as_str(),
                        into = current.as_str()
                    ),
                    &app.weak_face(13.5),
                );
                if ui
                    .button(widget_text(ui, tr!("edit-split-button")))
                    .on_hover_text(widget_text(ui, tr!("edit-split-hover")))
                    .clicked()
                {
                    commands.push(Command::Edit(Edit::Correct(Correction::SplitSpeaker {
                        canonical: current.clone(),
                        name,
                    })));
                }
            });
        });
    }
}

pub fn correction_ui(
    view: &mut QuotesView,
    app: &AppContext<'_>,
    ui: &mut Ui,
    commands: &mut Vec<Command>,
) {
    let Some(q) = view.selected().cloned() else {
        text::label(ui, &tr!("edit-empty"), &app.weak_face(13.5));
        failed_ui(view, app, ui);
        return;
    };
    let Some(article) = app.corpus.article(&q.article) else {
        return;
    };
    let anchor = QuoteAnchor::of(&q, article);
    if view.tags_for.as_ref().is_none_or(|id| !q.has_id(id)) {
        view.tags_edit = app.session.tags_of(&anchor).join("، ");
        view.tags_for = Some(q.id());
    }
    let current = q.speaker_name().to_owned();
    speaker_row_ui(view, app, ui, commands, &q, &anchor);
    speaker_suggestions_ui(view, app, ui, &current);
    ui.horizontal_wrapped(|ui| {
        ui.with_layout(i18n::row_layout(Align::Center).with_main_wrap(true), |ui| {
            text::line(ui, &tr!("edit-tags"), &app.ui_face(15.0));
            let (label, hint) = (tr!("edit-tags-field"), tr!("edit-tags-hint"));
            let (_, change) = ArabicInput::new(&mut view.tags_edit, TAGS_EDIT, app.ui_face(15.0))
                .label(&label)
                .hint(&hint)
                .width(240.0)
                .show(ui);
            let typed = split_tags(&view.tags_edit);
            let saved: Vec<String> = app
                .session
                .tags_of(&anchor)
                .into_iter()
                .map(str::to_owned)
                .collect();
            let clicked = ui
                .add_enabled(
                    typed != saved,
                    egui::Button::new(widget_text(ui, tr!("edit-set-tags"))),
                )
                .clicked();
            if clicked || (change.submitted && typed != saved) {
                commands.push(Command::Edit(Edit::SetQuoteTags {
                    quote: anchor.clone(),
                    tags: typed,
                }));
            }
            let target = Target::Quote(anchor.clone());
            let notes = app.session.notes_on(&target).count();
            let label = if notes == 0 {
                tr!("edit-note")
            } else {
                tr!("edit-notes", count = notes)
            };
            if ui.button(widget_text(ui, label)).clicked() {
                commands.push(Command::WriteNote(target));
            }
            if ui
                .button(widget_text(ui, tr!("edit-delete-quote")))
                .clicked()
            {
                commands.push(Command::Edit(Edit::Correct(Correction::DeleteQuote {
                    quote: anchor.clone(),
                })));
            }
            if ui
                .button(widget_text(ui, tr!("edit-open-in-reader")))
                .clicked()
            {
                commands.push(Command::OpenQuote(q.id()));
            }
        });
    });
    for note in app.session.notes_on(&Target::Quote(anchor)) {
        super::notes::note_text_ui(ui, &note.text, &app.weak_face(14.0));
    }
    failed_ui(view, app, ui);
}

/// Existing speakers that match what is typed, to pick from.
fn speaker_suggestions_ui(view: &mut QuotesView, app: &AppContext<'_>, ui: &mut Ui, current: &str) {
    let key = fold_for_compare(&view.speaker_edit);
    if key.is_empty() || view.speaker_edit == current {
        return;
    }
    // The speaker list already holds each name once; the quotations are not scanned each frame.
    let mut names: Vec<&str> = view
        .speaker_counts
        .iter()
        .map(|(name, _)| name.as_str())
        .filter(|n| fold_for_compare(n).contains(&key))
        .collect();
    names.sort_unstable();
    let mut picked = None;
    ui.horizontal_wrapped(|ui| {
        for name in names.into_iter().take(8) {
            let r = text::line(ui, name, &app.ui_face(14.0)).interact(Sense::click());
            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
            if r.clicked() {
                picked = Some(name.to_owned());
            }
        }
    });
    if let Some(name) = picked {
        view.speaker_edit = name;
    }
}

fn failed_ui(view: &QuotesView, app: &AppContext<'_>, ui: &mut Ui) {
    let failed = view.failed_corrections();
    if failed > 0 {
        let msg = tr!("edit-failed-corrections", count = failed);
        text::line(
            ui,
            &msg,
            &Face {
                color: app.theme.error,
                ..app.ui_face(13.5)
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::split_tags;

    #[test]
    fn tags_split_on_arabic_and_latin_commas() {
        assert_eq!(split_tags("دعم، قمة ,عقوبات؛ "), ["دعم", "قمة", "عقوبات"]);
    }
}
