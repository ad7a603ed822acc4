//! What the window test files share: the app on a corpus in a harness, and a drag of the
//! pointer. Each file uses the part it needs.
#![allow(dead_code)]

use std::sync::Arc;

use egui_kittest::Harness;
use isnad::corpus::Corpus;
use isnad::gui::{IsnadApp, Language};

/// The search and workspace threads ask for a repaint when they answer, so a run may take a
/// few more frames than the harness's default of 4 to settle.
pub const UI_STEPS: u64 = 16;

/// The window at the default size, on `corpus`, run until it settles.
pub fn harness(corpus: Corpus) -> Harness<'static, IsnadApp> {
    harness_sized(corpus, egui::vec2(1280.0, 860.0))
}

/// The window of `size`, on `corpus`, run until it settles; in English, whatever the machine's
/// language (the tests find widgets by their English names).
pub fn harness_sized(corpus: Corpus, size: egui::Vec2) -> Harness<'static, IsnadApp> {
    harness_in(corpus, size, Language::English)
}

/// The window of `size`, on `corpus`, in `language`, run until it settles.
pub fn harness_in(
    corpus: Corpus,
    size: egui::Vec2,
    language: Language,
) -> Harness<'static, IsnadApp> {
    let app = IsnadApp::new(None, Arc::new(corpus)).with_default_language(language);
    let mut h = Harness::builder()
        .with_size(size)
        .with_max_steps(UI_STEPS)
        .build_ui_state(|ui, app: &mut IsnadApp| app.ui(ui), app);
    h.run();
    h
}

/// Presses the primary button at `from`, moves to `to` and releases it there.
pub fn drag(h: &mut Harness<'static, IsnadApp>, from: egui::Pos2, to: egui::Pos2) {
    h.drag_at(from);
    h.run();
    h.hover_at(to);
    h.run();
    h.drop_at(to);
    h.run();
}
