//! The window from the keyboard: arrows through the lists, Enter to open, pages in the reader,
//! the side panels hidden and shown, and the list of keys (no display needed).
#![cfg(feature = "gui")]

mod window;

use egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};
use isnad::corpus;
use isnad::gui::{IsnadApp, View};

fn harness() -> Harness<'static, IsnadApp> {
    window::harness(corpus::bundled())
}

fn open_id(h: &Harness<'static, IsnadApp>) -> Option<String> {
    h.state().selected().map(|id| id.as_str().to_owned())
}

fn ids() -> Vec<String> {
    corpus::bundled()
        .articles()
        .iter()
        .map(|a| a.id.as_str().to_owned())
        .collect()
}

#[test]
fn down_and_up_open_the_next_and_previous_article_of_the_list() {
    let mut h = harness();
    let first = open_id(&h);
    h.key_press(Key::ArrowDown);
    h.run();
    let second = open_id(&h);
    assert_ne!(second, first, "Down opened nothing");
    assert!(second.as_ref().is_some_and(|id| ids().contains(id)));
    h.key_press(Key::ArrowDown);
    h.run();
    assert_ne!(open_id(&h), second);
    h.key_press(Key::ArrowUp);
    h.run();
    assert_eq!(open_id(&h), second);
}

#[test]
fn arrows_typed_in_a_text_field_stay_in_the_field() {
    let mut h = harness();
    let first = open_id(&h);
    h.get_by_role_and_label(egui::Role::TextInput, "Filter articles")
        .click();
    h.run();
    h.key_press(Key::ArrowDown);
    h.key_press(Key::Space);
    h.run();
    assert_eq!(open_id(&h), first, "an arrow in the filter moved the list");
}

#[test]
fn page_down_and_space_page_the_reader_and_page_up_returns() {
    let mut h = harness();
    assert!(h.state().reader_scroll() < 1.0);
    h.key_press(Key::PageDown);
    h.run();
    let one = h.state().reader_scroll();
    assert!(one > 100.0, "Page Down scrolled {one}");
    h.key_press(Key::Space);
    h.run();
    let two = h.state().reader_scroll();
    assert!(two > one, "Space scrolled from {one} to {two}");
    h.key_press(Key::PageUp);
    h.run();
    assert!((h.state().reader_scroll() - one).abs() < 1.0);
}

#[test]
fn in_the_quotes_table_down_selects_rows_and_enter_opens_one_in_the_reader() {
    let mut h = harness();
    for _ in 0..400 {
        h.run_steps(1);
        if h.state().quotes().is_some_and(|q| !q.stories_loading()) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    h.get(by().role(egui::Role::Button).label_contains("Quotes ("))
        .click();
    h.run();
    h.key_press(Key::ArrowDown);
    h.run();
    let first = h
        .state()
        .quotes()
        .and_then(|q| q.selected())
        .map(isnad::quotes::Quote::id);
    assert!(first.is_some(), "Down selected no row");
    h.key_press(Key::ArrowDown);
    h.run();
    let second = h
        .state()
        .quotes()
        .and_then(|q| q.selected())
        .map(isnad::quotes::Quote::id);
    assert!(second.is_some() && second != first);
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().view(), View::Reader);
    let quote = h.state().quotes().and_then(|q| q.selected()).cloned();
    assert_eq!(
        open_id(&h),
        quote.map(|q| q.article.as_str().to_owned()),
        "Enter opened another article than the selected quotation's"
    );
}

#[test]
fn ctrl_1_and_ctrl_2_hide_and_show_the_side_panels() {
    let mut h = harness();
    assert!(h.query_by_label_contains("Articles (").is_some());
    assert!(
        h.query_by_role_and_label(egui::Role::Button, "Search")
            .is_some()
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    h.run();
    assert!(h.query_by_label_contains("Articles (").is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    h.run();
    assert!(
        h.query_by_role_and_label(egui::Role::Button, "Search")
            .is_none()
    );
    // Ctrl+F brings the search panel back, with the focus in its box.
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    assert!(
        h.query_by_role_and_label(egui::Role::Button, "Search")
            .is_some()
    );
    // The View menu shows the list again.
    h.get_by_role_and_label(egui::Role::Button, "View").click();
    h.run();
    h.get(by().role(egui::Role::Button).label_contains("Article list"))
        .click();
    h.run();
    assert!(h.query_by_label_contains("Articles (").is_some());
}

#[test]
fn f1_lists_every_key_and_esc_closes_the_list() {
    let mut h = harness();
    h.key_press(Key::F1);
    h.run();
    h.get_by_label("Keyboard");
    h.get_by_label("Ctrl+1");
    h.get_by_label("Page Down / Space");
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label("Page Down / Space").is_none());
}

#[test]
fn esc_cancels_the_note_dialog_and_writes_no_note() {
    let mut h = harness();
    h.get_by_role_and_label(egui::Role::Button, "Note on article…")
        .click();
    h.run_steps(4);
    h.get_by_role_and_label(egui::Role::MultilineTextInput, "Note text")
        .type_text("ملاحظة لن تحفظ");
    h.run_steps(1);
    h.key_press(Key::Escape);
    h.run();
    assert!(
        h.query_by_role_and_label(egui::Role::MultilineTextInput, "Note text")
            .is_none(),
        "the note dialog is still open"
    );
    assert!(h.state().session().notes.is_empty());
    // The window's keys work again once the dialog is gone.
    let before = open_id(&h);
    h.key_press(Key::ArrowDown);
    h.run();
    assert_ne!(open_id(&h), before);
}

fn harness_sized(size: egui::Vec2) -> Harness<'static, IsnadApp> {
    window::harness_sized(corpus::bundled(), size)
}

#[test]
fn the_reader_keeps_its_width_and_the_side_panels_give_way_in_a_narrow_window() {
    for width in [800.0, 640.0] {
        let h = harness_sized(egui::vec2(width, 600.0));
        // The reader's bar is in view and its text has room.
        let bar = h
            .get_by_role_and_label(egui::Role::Button, "Note on article…")
            .rect();
        // In English the list is at the left and the reader after it.
        let list = h.get_by_label_contains("Articles (").rect();
        assert!(
            width - list.right() >= 300.0 && bar.left() >= list.right() - 1.0,
            "at {width} px the reader is squeezed: bar {bar:?}, list {list:?}"
        );
        let search = h
            .query_by_role_and_label(egui::Role::Button, "Search")
            .is_some();
        assert_eq!(
            search,
            width >= 800.0,
            "search panel shown at {width} px: {search}"
        );
        // Beside the search panel, the reader ends where the panel starts.
        if let Some(tab) = h.query_by_role_and_label(egui::Role::Button, "Search") {
            let edge = tab.rect().left();
            assert!(
                edge - list.right() >= 280.0 && bar.right() <= edge,
                "at {width} px the reader is {} px wide",
                edge - list.right()
            );
        }
    }
    // Too narrow for both: Ctrl+F shows the search panel in the list's place.
    let mut h = harness_sized(egui::vec2(640.0, 600.0));
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    assert!(
        h.query_by_role_and_label(egui::Role::Button, "Search")
            .is_some()
    );
    assert!(h.query_by_label_contains("Articles (").is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    h.run();
    assert!(h.query_by_label_contains("Articles (").is_some());
    assert!(
        h.query_by_role_and_label(egui::Role::Button, "Search")
            .is_none()
    );
}

/// The role and label of the control that has the keyboard focus, if one has.
fn focused(h: &Harness<'_, IsnadApp>) -> Option<(egui::accesskit::Role, String)> {
    h.query_all_by(|_| true)
        .map(|n| n.accesskit_node())
        .find(egui_kittest::kittest::AccessKitNode::is_focused)
        .map(|n| (n.role(), n.label().unwrap_or_default()))
}

#[test]
fn tab_walks_the_controls_in_reading_order_and_shift_tab_walks_back() {
    use egui::accesskit::Role;
    let mut h = window::harness(corpus::bundled());
    let mut walked: Vec<(Role, String)> = Vec::new();
    for _ in 0..80 {
        h.key_press(Key::Tab);
        h.run();
        if let Some(control) = focused(&h) {
            walked.push(control);
        }
    }
    let at = |role: Role, name: &str| {
        walked
            .iter()
            .position(|(r, l)| *r == role && l == name)
            .unwrap_or_else(|| panic!("Tab never reached “{name}”: {walked:?}"))
    };
    // The menus and the toolbar, then the article list at the left, then the search panel.
    let file = at(Role::Button, "File");
    let filter = at(Role::TextInput, "Filter articles");
    let search = at(Role::TextInput, "Search");
    assert!(file < filter && filter < search, "{walked:?}");
    // Back from the search box, Shift+Tab comes to the control before it.
    let mut h = window::harness(corpus::bundled());
    h.get_by_role_and_label(Role::TextInput, "Search").focus();
    h.run();
    h.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    h.run();
    let back = focused(&h).expect("a control has the focus");
    assert_eq!(
        Some(&back),
        search.checked_sub(1).and_then(|i| walked.get(i)),
        "Shift+Tab from the search box: {walked:?}"
    );
}
