//! The modal windows' contents: note editor, details editor, unsaved-changes prompt, recovery
//! offer and reports. Each returns the modal while it stays open.

use egui::{self, Ui};

use super::IsnadApp;
use super::dialogs::{Modal, Then};
use crate::corpus::ArticleId;
use crate::gui::commands::Command;
use crate::gui::i18n::{key, tr};
use crate::gui::panels::describe;
use crate::gui::text::{self, Dir, Face, editor::ArabicEditor, input::ArabicInput};
use crate::gui::{fonts, theme::Theme};
use crate::session::{Document, Edit, Note, NoteId, Recovered, Target};

/// Accessible name of the note editor's field.
pub const NOTE_FIELD: &str = "Note text";

/// The faces of a modal: body text, heading, secondary text.
struct Faces {
    body: Face,
    heading: Face,
    weak: Face,
}

impl Faces {
    fn of(ctx: &egui::Context) -> Self {
        let theme = Theme::of(ctx);
        let body = Face {
            family: fonts::UI,
            size: 16.0,
            color: theme.text,
            dir: Dir::Auto,
        };
        Self {
            body,
            heading: Face {
                family: fonts::UI_BOLD,
                ..body
            },
            weak: Face {
                color: theme.weak_text,
                ..body
            },
        }
    }
}

impl IsnadApp {
    /// Shows `modal`; returns it while it stays open.
    pub(super) fn modal_ui(
        &mut self,
        ctx: &egui::Context,
        modal: Modal,
        commands: &mut Vec<Command>,
    ) -> Option<Modal> {
        let faces = Faces::of(ctx);
        // Esc cancels a dialog, as its Cancel button does; the offer of a recovered session
        // waits for an answer, so that one key cannot throw the kept work away.
        let closable = !matches!(modal, Modal::Recovery(_));
        let mut keep = None;
        egui::Modal::new(egui::Id::unique("isnad-modal")).show(ctx, |ui| {
            ui.set_width(560.0);
            ui.with_layout(crate::gui::i18n::column_layout(), |ui| {
                keep = match modal {
                    Modal::Note { target, text, id } => {
                        self.note_ui(ui, &faces, target, text, id, commands)
                    }
                    Modal::Details { article, fields } => {
                        self.details_ui(ui, &faces, article, fields, commands)
                    }
                    Modal::Unsaved(then) => self.unsaved_ui(ctx, ui, &faces, then),
                    Modal::Recovery(found) => self.recovery_ui(ctx, ui, &faces, found),
                    Modal::Outside { doc, path, files } => {
                        self.outside_ui(ctx, ui, &faces, doc, path, files)
                    }
                    Modal::Report { title, lines } => report_ui(ui, &faces, title, lines),
                };
            });
        });
        if closable && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
            keep = None;
        }
        keep
    }

    fn note_ui(
        &self,
        ui: &mut Ui,
        faces: &Faces,
        target: Target,
        mut text: String,
        id: Option<NoteId>,
        commands: &mut Vec<Command>,
    ) -> Option<Modal> {
        let (what, _) = describe(&self.context(ui.ctx()), &target);
        text::line(ui, &tr!("modal-note-title"), &faces.heading);
        text::label(ui, &what, &faces.weak);
        if ui.memory(|m| m.focused().is_none()) {
            ui.memory_mut(|m| m.request_focus(ArabicEditor::id_for(NOTE_FIELD)));
        }
        let (hint, label) = (tr!("modal-note-hint"), tr!("modal-note-field"));
        // The box grows with the note as far as the window leaves room for the dialog around it,
        // then scrolls.
        let room = ui.ctx().content_rect().height() - 300.0;
        let max_rows =
            ((room / faces.body.line_height(ui.ctx())).floor().max(0.0) as usize).clamp(4, 14);
        // Enter starts a new paragraph; Ctrl+Enter saves, as the button does.
        let (_, change) = ArabicEditor::new(&mut text, NOTE_FIELD, faces.body)
            .label(&label)
            .hint(&hint)
            .width(540.0)
            .rows(4, max_rows)
            .show(ui);
        text::label(ui, &tr!("modal-note-keys"), &faces.weak);
        let typed = text.trim().to_owned();
        let mut done = false;
        ui.horizontal(|ui| {
            if ui
                .button(text::widget_text(ui, tr!("modal-cancel")))
                .clicked()
            {
                done = true;
            }
            let save = ui.add_enabled(
                !typed.is_empty(),
                egui::Button::new(text::widget_text(ui, tr!("modal-save-note"))),
            );
            if save.clicked() || (change.submitted && !typed.is_empty()) {
                commands.push(Command::Edit(match id {
                    Some(id) => Edit::SetNoteText {
                        id,
                        text: typed.clone(),
                    },
                    None => Edit::AddNote(Note::new(target.clone(), typed.clone())),
                }));
                done = true;
            }
        });
        (!done).then_some(Modal::Note { target, text, id })
    }

    fn details_ui(
        &self,
        ui: &mut Ui,
        faces: &Faces,
        article: ArticleId,
        mut fields: [String; 4],
        commands: &mut Vec<Command>,
    ) -> Option<Modal> {
        text::line(ui, &tr!("modal-details-title"), &faces.heading);
        let names = [
            key!("modal-details-field-title"),
            key!("modal-details-field-outlet"),
            key!("modal-details-field-date"),
            key!("modal-details-field-author"),
        ];
        focus_if_unfocused(ui, names[0]);
        for (field, name) in fields.iter_mut().zip(names) {
            let label = crate::gui::i18n::text(name);
            text::line(ui, &label, &faces.body);
            ArabicInput::new(field, name, faces.body)
                .label(&label)
                .width(540.0)
                .show(ui);
        }
        let mut done = false;
        ui.horizontal(|ui| {
            if ui
                .button(text::widget_text(ui, tr!("modal-cancel")))
                .clicked()
            {
                done = true;
            }
            if ui
                .button(text::widget_text(ui, tr!("modal-save-details")))
                .clicked()
            {
                let edit = self.details_edit(&article, &fields);
                commands.push(Command::Edit(Edit::EditMetadata {
                    article: article.clone(),
                    edit,
                }));
                done = true;
            }
        });
        (!done).then_some(Modal::Details { article, fields })
    }

    fn unsaved_ui(
        &mut self,
        ctx: &egui::Context,
        ui: &mut Ui,
        faces: &Faces,
        then: Then,
    ) -> Option<Modal> {
        text::line(ui, &tr!("modal-unsaved-title"), &faces.heading);
        text::label(ui, &tr!("modal-unsaved-body"), &faces.body);
        let (mut save, mut discard, mut cancel) = (false, false, false);
        ui.horizontal(|ui| {
            save = ui
                .button(text::widget_text(ui, tr!("modal-save")))
                .clicked();
            discard = ui
                .button(text::widget_text(ui, tr!("modal-dont-save")))
                .clicked();
            cancel = ui
                .button(text::widget_text(ui, tr!("modal-cancel")))
                .clicked();
        });
        if save {
            self.save(ctx);
            // A session never saved asks for a file first; the prompt waits for it.
            if self.doc.is_dirty() {
                return Some(Modal::Unsaved(then));
            }
            self.then(ctx, then);
        } else if discard {
            self.then(ctx, then);
        } else if !cancel {
            return Some(Modal::Unsaved(then));
        }
        None
    }

    fn recovery_ui(
        &mut self,
        ctx: &egui::Context,
        ui: &mut Ui,
        faces: &Faces,
        found: Box<Recovered>,
    ) -> Option<Modal> {
        text::line(ui, &tr!("modal-recover-title"), &faces.heading);
        let from = found.origin.as_ref().map_or_else(
            || tr!("modal-recover-untitled"),
            |p| text::ltr_isolate(&p.display().to_string()),
        );
        text::label(
            ui,
            &tr!(
                "modal-recover-body",
                session = from,
                kept = session_summary(&found.session)
            ),
            &faces.body,
        );
        let (mut recover, mut discard) = (false, false);
        ui.horizontal(|ui| {
            recover = ui
                .button(text::widget_text(ui, tr!("modal-recover")))
                .clicked();
            discard = ui
                .button(text::widget_text(ui, tr!("modal-discard")))
                .clicked();
        });
        if recover {
            let Recovered {
                session, origin, ..
            } = *found;
            self.install(ctx, Document::recovered(session, origin));
            self.message = Some((tr!("message-recovered"), false));
            None
        } else if discard {
            if let Some(r) = &self.recovery {
                let _ = r.clear();
            }
            None
        } else {
            Some(Modal::Recovery(found))
        }
    }
}

impl IsnadApp {
    /// Lists the files outside a session's folder that it would read and asks before reading
    /// them; "Cancel" leaves the current session as it was.
    fn outside_ui(
        &mut self,
        ctx: &egui::Context,
        ui: &mut Ui,
        faces: &Faces,
        doc: Box<crate::session::Document>,
        path: std::path::PathBuf,
        files: Vec<std::path::PathBuf>,
    ) -> Option<Modal> {
        text::line(ui, &tr!("modal-outside-title"), &faces.heading);
        text::label(
            ui,
            &tr!(
                "modal-outside-body",
                session = text::ltr_isolate(&path.display().to_string())
            ),
            &faces.body,
        );
        egui::ScrollArea::vertical()
            .max_height(240.0)
            .show(ui, |ui| {
                for file in &files {
                    text::label(ui, &file.display().to_string(), &faces.body);
                }
            });
        let (mut read, mut cancel) = (false, false);
        ui.horizontal(|ui| {
            read = ui
                .button(text::widget_text(ui, tr!("modal-read-them")))
                .clicked();
            cancel = ui
                .button(text::widget_text(ui, tr!("modal-cancel")))
                .clicked();
        });
        if read {
            self.remember_opened(&files);
            self.opened_session(ctx, *doc, &path);
            None
        } else if cancel {
            self.message = Some((
                tr!("message-did-not-open", session = path.display().to_string()),
                false,
            ));
            None
        } else {
            Some(Modal::Outside { doc, path, files })
        }
    }
}

/// What a session holds, in words ("2 notes, 1 bookmark"), for the recovery prompt.
fn session_summary(session: &crate::session::Session) -> String {
    let files = session
        .sources
        .iter()
        .filter(|s| matches!(s, crate::session::Source::File { .. }))
        .count();
    let parts: Vec<String> = [
        (session.notes.len(), key!("summary-notes")),
        (session.bookmarks.len(), key!("summary-bookmarks")),
        (session.corrections.edits.len(), key!("summary-corrections")),
        (session.tags.len(), key!("summary-tags")),
        (session.metadata_edits.len(), key!("summary-details-edited")),
        (session.saved_searches.len(), key!("summary-kept-searches")),
        (files, key!("summary-imported-files")),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, key)| crate::gui::i18n::text_with(key, &[("count", n.into())]))
    .collect();
    if parts.is_empty() {
        tr!("summary-nothing")
    } else {
        parts.join(&tr!("summary-separator"))
    }
}

/// A modal's first field takes the keyboard when nothing else has it, so the analyst can type
/// at once.
fn focus_if_unfocused(ui: &Ui, field: &str) {
    if ui.memory(|m| m.focused().is_none()) {
        let id = ArabicInput::id_for(ui, field);
        ui.memory_mut(|m| m.request_focus(id));
    }
}

fn report_ui(ui: &mut Ui, faces: &Faces, title: String, lines: Vec<String>) -> Option<Modal> {
    text::line(ui, &title, &faces.heading);
    egui::ScrollArea::vertical()
        .max_height(360.0)
        .show(ui, |ui| {
            for line in &lines {
                text::label(ui, line, &faces.body);
            }
        });
    (!ui.button(text::widget_text(ui, tr!("modal-close")))
        .clicked())
    .then_some(Modal::Report { title, lines })
}
