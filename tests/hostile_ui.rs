//! A session from someone else in the window (issue 15): before reading files outside the
//! session's folder that this machine never opened, the window lists them and asks.
#![cfg(feature = "gui")]

use std::sync::Arc;
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use isnad::corpus;
use isnad::gui::{Command, IsnadApp};
use isnad::session::{self, Session, Source};

/// The search and workspace threads ask for a repaint when they answer, so a run may take a
/// few more frames than the harness's default of 4 to settle.
const UI_STEPS: u64 = 16;

type H = Harness<'static, IsnadApp>;

fn harness() -> H {
    let app = IsnadApp::new(None, Arc::new(corpus::bundled()))
        .with_default_language(isnad::gui::Language::English);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(UI_STEPS)
        .build_ui_state(|ui, app: &mut IsnadApp| app.ui(ui), app);
    h.run_steps(4);
    h
}

fn request(h: &mut H, command: Command) {
    let ctx = h.ctx.clone();
    h.state_mut().request(&ctx, command);
    h.run_steps(4);
}

fn has_article(h: &H, id: &str) -> bool {
    h.state()
        .corpus()
        .articles()
        .iter()
        .any(|a| a.id.as_str() == id)
}

/// A session in `received/` naming `secret.txt` beside that folder; returns its path.
fn received_session(home: &std::path::Path) -> std::path::PathBuf {
    let secret = home.join("secret.txt");
    std::fs::write(&secret, "قال الوزير إن «الأسرار محفوظة» في ختام الاجتماع.\n").expect("secret");
    std::fs::create_dir(home.join("received")).expect("folder");
    let s = Session {
        sources: vec![Source::file(&secret).expect("source")],
        ..Session::default()
    };
    let path = home.join("received").join("work.isnad");
    session::save(&path, &s).expect("saved");
    path
}

#[test]
fn a_session_from_someone_else_lists_its_outside_files_and_reads_them_only_when_agreed() {
    let home = tempfile::tempdir().expect("dir");
    let path = received_session(home.path());

    let mut h = harness();
    request(&mut h, Command::OpenSession(Some(path.clone())));
    h.get_by_label("Read files outside the session's folder?");
    h.get_by_label(&home.path().join("secret.txt").display().to_string());
    h.get_by_role_and_label(egui::Role::Button, "Cancel")
        .click();
    h.run_steps(4);
    assert!(!has_article(&h, "secret"));
    assert!(
        h.state().document().path().is_none(),
        "the session was not opened"
    );

    request(&mut h, Command::OpenSession(Some(path)));
    h.get_by_role_and_label(egui::Role::Button, "Read them")
        .click();
    for _ in 0..600 {
        h.run_steps(1);
        if has_article(&h, "secret") {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("the agreed files were not read");
}
