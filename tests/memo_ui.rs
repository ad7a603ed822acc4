//! The note editor as an analyst uses it for a memo in Arabic: two paragraphs typed with Enter
//! between them, the caret moved up a line, words typed there and undone inside the field, the
//! note saved with Ctrl+Enter and shown with its line break. No display needed.
#![cfg(feature = "gui")]

mod window;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use isnad::corpus;
use isnad::gui::IsnadApp;
use isnad::gui::text::edit::Caret;
use isnad::gui::text::editor::ArabicEditor;

const FIELD: &str = "Note text";

/// The text of the note editor, as the accessibility tree gives it.
fn field_value(h: &Harness<'static, IsnadApp>) -> String {
    h.get_by_role_and_label(egui::Role::MultilineTextInput, FIELD)
        .value()
        .unwrap_or_default()
}

/// The window with the note editor open on the first article, the editor focused by its name.
fn note_editor() -> Harness<'static, IsnadApp> {
    let mut h = window::harness(corpus::bundled());
    h.get_by_role_and_label(egui::Role::Button, "Note on article…")
        .click();
    h.run();
    h.get_by_role_and_label(egui::Role::MultilineTextInput, FIELD)
        .click();
    h.run();
    h
}

fn caret(h: &Harness<'static, IsnadApp>) -> Caret {
    ArabicEditor::caret(&h.ctx, FIELD).expect("the editor keeps its caret")
}

fn press(h: &mut Harness<'static, IsnadApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

#[test]
fn a_two_paragraph_arabic_memo_is_typed_edited_on_its_first_line_undone_and_saved() {
    let mut h = note_editor();
    let first = "قال الرئيس إن الاتفاق يفتح صفحة جديدة في العلاقات بين البلدين";
    let second = "ورد المتحدث باختصار";
    h.get_by_role_and_label(egui::Role::MultilineTextInput, FIELD)
        .type_text(first);
    h.run();
    h.key_press(Key::Enter);
    h.run();
    h.get_by_role_and_label(egui::Role::MultilineTextInput, FIELD)
        .type_text(second);
    h.run();
    let memo = format!("{first}\n{second}");
    assert_eq!(
        field_value(&h),
        memo,
        "Enter starts a paragraph, not a save"
    );
    assert!(h.state().session().notes.is_empty());

    // The caret is at the end of the short second paragraph (its left end): Up takes it to
    // the first line at the same x, inside the first paragraph.
    assert_eq!(caret(&h).focus, memo.len());
    h.key_press(Key::ArrowUp);
    h.run();
    let caret = caret(&h);
    assert!(
        0 < caret.focus && caret.focus < first.len(),
        "Up left the caret at {} of a first line of {} bytes",
        caret.focus,
        first.len()
    );
    assert!(first.is_char_boundary(caret.focus));

    let typed = "وأكد ";
    h.get_by_role_and_label(egui::Role::MultilineTextInput, FIELD)
        .type_text(typed);
    h.run();
    let edited = format!("{}{typed}{}", &memo[..caret.focus], &memo[caret.focus..]);
    assert_eq!(field_value(&h), edited, "typed where the caret went");

    // Ctrl+Z undoes the typed run inside the field, and only it.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(field_value(&h), memo);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(field_value(&h), edited, "redone");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();

    // A drag from the first line's start (its right end) to the middle of the box selects from
    // the start, in logical order.
    let field = h
        .get_by_role_and_label(egui::Role::MultilineTextInput, FIELD)
        .rect();
    let from = egui::pos2(field.right() - 9.0, field.top() + 14.0);
    window::drag(&mut h, from, field.center());
    let caret = self::caret(&h);
    assert_eq!(caret.anchor, 0, "the drag started at the text's start");
    assert!(caret.focus > 0, "the drag selected: {caret:?}");

    // Ctrl+Enter saves the note with its line break; the reader shows both paragraphs.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    let notes = &h.state().session().notes;
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].text, memo);
    // The reader's title bar shows the note under its heading, both paragraphs in one label.
    h.get_by_label("Note:");
    h.get_by_label(&memo);
}

#[test]
fn input_methods_paste_cut_and_word_steps_work_in_the_note_editor() {
    let mut h = note_editor();
    // What an input method composes is shown at the caret, not yet in the text; its commit is.
    h.event(egui::Event::Ime(egui::ImeEvent::Preedit {
        text: "مر".to_owned(),
        active_range_chars: None,
    }));
    h.run();
    assert_eq!(field_value(&h), "");
    h.event(egui::Event::Ime(egui::ImeEvent::Commit("مرحبا".to_owned())));
    h.run();
    assert_eq!(field_value(&h), "مرحبا");
    // A paste keeps its line breaks (a Windows one made plain).
    h.event(egui::Event::Paste(" بكم\r\nفي المذكرة".to_owned()));
    h.run();
    assert_eq!(field_value(&h), "مرحبا بكم\nفي المذكرة");

    // In a right-to-left paragraph Ctrl+Left goes on by a word, Ctrl+Right back.
    press(&mut h, Modifiers::COMMAND, Key::Home);
    assert_eq!(caret(&h), Caret::at(0));
    press(&mut h, Modifiers::COMMAND, Key::ArrowLeft);
    assert_eq!(caret(&h), Caret::at("مرحبا".len()));
    press(
        &mut h,
        Modifiers::COMMAND | Modifiers::SHIFT,
        Key::ArrowLeft,
    );
    let selected = caret(&h);
    assert_eq!(selected.range(), "مرحبا".len().."مرحبا بكم".len());
    h.event(egui::Event::Cut);
    h.run();
    assert_eq!(field_value(&h), "مرحبا\nفي المذكرة");
    // Ctrl+Left from the end of a paragraph goes into the next one, a step at a time.
    press(&mut h, Modifiers::COMMAND, Key::ArrowLeft);
    assert_eq!(caret(&h), Caret::at("مرحبا\n".len()));
    press(&mut h, Modifiers::COMMAND, Key::ArrowRight);
    assert_eq!(caret(&h), Caret::at("مرحبا".len()));
    // End and Down: the end of the line, then the end of the text from the last line.
    press(&mut h, Modifiers::NONE, Key::ArrowDown);
    press(&mut h, Modifiers::NONE, Key::ArrowDown);
    assert_eq!(caret(&h), Caret::at(field_value(&h).len()));
    // A page up from two lines in a box of four goes to the text's start, a page down back.
    press(&mut h, Modifiers::NONE, Key::PageUp);
    assert_eq!(caret(&h), Caret::at(0));
    press(&mut h, Modifiers::SHIFT, Key::PageDown);
    assert_eq!(caret(&h).range(), 0..field_value(&h).len());
    // The cut and the paste are undone each in one step, then the committed word.
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(field_value(&h), "مرحبا بكم\nفي المذكرة");
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(field_value(&h), "مرحبا");
}
