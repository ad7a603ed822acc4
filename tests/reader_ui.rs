//! Selecting in the reader as a reader does: a drag takes whole words, a double-click the word
//! under the pointer, a triple-click the paragraph (no display needed).
#![cfg(feature = "gui")]

mod window;

use std::sync::Arc;

use egui::{self, Modifiers, PointerButton};
use egui_kittest::Harness;
use egui_kittest::kittest::{Queryable, by};
use isnad::corpus;
use isnad::gui::IsnadApp;

const HEADING: &str = "بوتين يحدد شراكة طويلة مع كوريا الشمالية";

fn harness() -> Harness<'static, IsnadApp> {
    let app = IsnadApp::new(None, Arc::new(corpus::bundled()))
        .with_default_language(isnad::gui::Language::English);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 860.0))
        .with_max_steps(16)
        // Frames a sixtieth of a second apart, as a screen draws them: two clicks a frame or
        // two apart are a double-click.
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(|ui, app: &mut IsnadApp| app.ui(ui), app);
    h.run();
    h
}

/// Presses and releases the primary button `n` times at `pos`, a frame apart.
fn click_times(h: &mut Harness<'static, IsnadApp>, pos: egui::Pos2, n: usize) {
    h.hover_at(pos);
    h.run_steps(1);
    for _ in 0..n {
        for pressed in [true, false] {
            h.event(egui::Event::PointerButton {
                pos,
                button: PointerButton::Primary,
                pressed,
                modifiers: Modifiers::NONE,
            });
            h.run_steps(1);
        }
    }
    h.run();
}

/// Where the first word of the heading, «بوتين», is: a few points in from the line's start.
fn first_word(h: &Harness<'static, IsnadApp>) -> (egui::Rect, egui::Pos2) {
    let heading = h.get_by_label(HEADING).rect();
    (
        heading,
        egui::pos2(heading.right() - 8.0, heading.center().y),
    )
}

/// Double-clicks the heading's first word and writes `text` as a note on it.
fn note_on_first_word(h: &mut Harness<'static, IsnadApp>, text: &str) {
    let (_, first) = first_word(h);
    click_times(h, first, 2);
    assert_eq!(h.state().selected_text().as_deref(), Some("بوتين"));
    h.get_by_role_and_label(egui::Role::Button, "Note…").click();
    h.run();
    h.get_by_role_and_label(egui::Role::MultilineTextInput, "Note text")
        .type_text(text);
    h.run_steps(1);
    h.get_by_role_and_label(egui::Role::Button, "Save note")
        .click();
    h.run();
}

#[test]
fn a_drag_from_inside_a_word_to_inside_another_takes_both_whole() {
    let mut h = harness();
    let heading = h.get_by_label(HEADING).rect();
    // A few points in from the line's start (its right edge) is inside «بوتين».
    let from = egui::pos2(heading.right() - 8.0, heading.center().y);
    let to = egui::pos2(heading.center().x + 3.0, heading.center().y);
    window::drag(&mut h, from, to);
    let selected = h.state().selected_text().expect("a selection");
    assert!(selected.starts_with("بوتين "), "{selected:?}");
    let rest = &HEADING[selected.len()..];
    assert!(
        HEADING.starts_with(&selected) && rest.starts_with(' '),
        "the selection ends inside a word: {selected:?}"
    );
}

#[test]
fn a_double_click_selects_a_word_and_a_triple_click_its_paragraph() {
    let mut h = harness();
    let (_, first) = first_word(&h);
    click_times(&mut h, first, 2);
    assert_eq!(h.state().selected_text().as_deref(), Some("بوتين"));
    click_times(&mut h, first, 3);
    assert_eq!(h.state().selected_text().as_deref(), Some(HEADING));
}

#[test]
fn a_note_on_a_passage_underlines_it_and_shows_under_the_pointer() {
    let mut h = harness();
    let (heading, first) = first_word(&h);
    note_on_first_word(&mut h, "الفاعل الأول");
    assert_eq!(h.state().session().notes.len(), 1);
    // Away from the passage no note shows; over it, the note does.
    h.hover_at(egui::pos2(heading.left() + 4.0, heading.center().y));
    h.run_steps(60);
    assert!(h.query_by_label("الفاعل الأول").is_none());
    // A tooltip waits half a second.
    h.hover_at(first);
    h.run_steps(60);
    h.get_by_label("الفاعل الأول");
}

#[test]
fn opening_a_note_brings_its_passage_back_into_view_and_lights_it() {
    let mut h = harness();
    note_on_first_word(&mut h, "نقطة البداية");
    assert_eq!(h.state().flashing(), None);
    // Page away, then open the note from the notes tab.
    h.key_press(egui::Key::PageDown);
    h.key_press(egui::Key::PageDown);
    h.run();
    let scrolled = h.state().reader_scroll();
    assert!(scrolled > 100.0);
    h.get(by().role(egui::Role::Button).label_contains("Notes (1)"))
        .click();
    h.run();
    h.get_by_label("نقطة البداية").click();
    h.run();
    let lit = h.state().flashing().expect("the passage is lit");
    let article = h
        .state()
        .corpus()
        .article(h.state().selected().expect("open"))
        .cloned();
    assert_eq!(
        article.map(|a| a.text[lit].to_owned()).as_deref(),
        Some("بوتين")
    );
    assert!(
        h.state().reader_scroll() < scrolled,
        "the reader stayed where it was paged to"
    );
}
