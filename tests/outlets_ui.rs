//! A corpus from many outlets: the search panel's outlet filter is a list with a box to find an
//! outlet by part of its name (no display needed).
#![cfg(feature = "gui")]

mod window;

use egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{Queryable, by};
use isnad::gui::IsnadApp;

const OUTLETS: [&str; 8] = [
    "alriyadh",
    "aljazirah",
    "alyaum",
    "aawsat",
    "okaz",
    "alwatan",
    "sabq",
    "almadina",
];

fn wait_for(h: &mut Harness<'static, IsnadApp>, label: &str) {
    for _ in 0..300 {
        h.run_steps(1);
        if h.query_by_label_contains(label).is_some()
            && h.query_by_label_contains("searching").is_none()
        {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("never shown: {label}");
}

#[test]
fn many_outlets_are_chosen_from_a_list_found_by_typing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("records.jsonl");
    let lines: Vec<String> = OUTLETS
        .iter()
        .enumerate()
        .map(|(i, o)| {
            serde_json::json!({
                "id": format!("rec-{i}"), "title": format!("خبر رقم {i}"), "outlet": o,
                "body": "وقال المتحدث إن بوتين وصل إلى المدينة صباح اليوم."
            })
            .to_string()
        })
        .collect();
    std::fs::write(&path, lines.join("\n")).expect("write");
    let corpus = isnad::cli::load_corpus(&[path]).corpus;
    let mut h = window::harness(corpus);
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.get_by_role_and_label(egui::Role::TextInput, "Search")
        .type_text("بوتين");
    wait_for(&mut h, "hits in 8 articles");
    // Eight outlets: no row of chips, one button that opens the list.
    assert!(
        h.query_by_role_and_label(egui::Role::Button, "okaz")
            .is_none()
    );
    h.get(
        by().role(egui::Role::Button)
            .label_contains("Outlet: All (8)"),
    )
    .click();
    h.run();
    h.get_by_role_and_label(egui::Role::Button, "okaz");
    h.get_by_role_and_label(egui::Role::TextInput, "Find outlet")
        .type_text("jaz");
    h.run();
    assert!(
        h.query_by_role_and_label(egui::Role::Button, "okaz")
            .is_none(),
        "the list keeps outlets that do not match what was typed"
    );
    h.get_by_role_and_label(egui::Role::Button, "aljazirah")
        .click();
    wait_for(&mut h, " in 1 article");
    h.get(
        by().role(egui::Role::Button)
            .label_contains("Outlet: aljazirah"),
    );
}
