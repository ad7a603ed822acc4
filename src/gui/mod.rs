//! The desktop window: an article list, a reader and a status line over the core. Panels read
//! the model and push [`commands::Command`]s that the app applies at the end of the frame.

mod app;
mod commands;
pub mod fonts;
pub mod i18n;
mod keys;
mod panels;
mod prefs;
mod search_worker;
pub mod text;
pub mod theme;
mod workspace_job;

use std::path::PathBuf;
use std::sync::Arc;

pub use app::IsnadApp;
pub use commands::{Command, Side, View};
pub use i18n::Language;
pub use panels::{QuotesView, SearchPanel};

/// Opens the window on the given paths (the bundled articles when empty). A session file
/// (`.isnad`) among them is opened as the session; article paths are imported in the background
/// once the window is up, with a progress bar.
pub fn run(paths: &[PathBuf]) -> anyhow::Result<()> {
    let (sessions, paths): (Vec<PathBuf>, Vec<PathBuf>) = paths
        .iter()
        .cloned()
        .partition(|p| p.extension().is_some_and(|e| e == "isnad"));
    if sessions.len() > 1 {
        anyhow::bail!("give one session file to open, not {}", sessions.len());
    }
    let session = sessions.into_iter().next();
    let corpus = Arc::new(if paths.is_empty() {
        crate::corpus::bundled()
    } else {
        crate::corpus::Corpus::new()
    });
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Isnad — إسناد")
            .with_app_id("isnad")
            .with_inner_size([1280.0, 860.0])
            .with_min_inner_size([640.0, 420.0]),
        ..Default::default()
    };
    eframe::run_native(
        "isnad",
        options,
        Box::new(move |cc| {
            let mut app = IsnadApp::new(cc.storage, corpus)
                .importing(paths)
                .with_opened_paths(crate::session::OpenedPaths::load())
                .with_cache(crate::workspace::cache::Cache::from_env());
            if let Some(session) = session {
                app = app.opening(session);
            }
            if let Some(dir) = eframe::storage_dir("isnad") {
                app = app.with_recovery_dir(&dir.join("recovery"));
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("the window could not open: {e}"))
}
