//! The window's first import of the 12,000 real articles of `../shared/corpora/`, driven without
//! a display, until everything is ready: the list, the search (a query answered), the quotes and
//! the stories; then the same corpus opened again in a new window. Skips with a message when the
//! corpus is absent.
//!
//! Run: `cargo bench --bench window`.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use isnad::corpus::Corpus;
use isnad::gui::IsnadApp;

type H = Harness<'static, IsnadApp>;

/// Steps the window until `ready`, at most five minutes; the time since `start`.
fn wait(h: &mut H, start: Instant, mut ready: impl FnMut(&IsnadApp) -> bool) -> Option<Duration> {
    while !ready(h.state()) {
        h.step();
        std::thread::sleep(Duration::from_millis(10));
        if start.elapsed() > Duration::from_mins(5) {
            return None;
        }
    }
    Some(start.elapsed())
}

/// Opens a window importing `path`; prints when the list, search and quotes were ready.
fn open(label: &str, path: &std::path::Path) {
    let start = Instant::now();
    let app = IsnadApp::new(None, Arc::new(Corpus::new())).importing(vec![path.to_owned()]);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1560.0, 960.0))
        .build_ui_state(|ui, app: &mut IsnadApp| app.ui(ui), app);
    h.step();
    let list = wait(&mut h, start, |a| {
        !a.corpus().is_empty() && !a.import_running()
    });
    // A query, sent as the search box does: ready when it is answered.
    let ctx = h.ctx.clone();
    h.state_mut()
        .request(&ctx, isnad::gui::Command::RunSearch("بوتين".into()));
    let search = wait(&mut h, start, |a| {
        a.search().is_some_and(|s| s.results().total_hits > 0)
    });
    let quotes = wait(&mut h, start, |a| a.quotes().is_some_and(|q| !q.loading()));
    let ms = |d: Option<Duration>| {
        d.map_or("not ready after 300 s".to_owned(), |d| {
            format!("{:.2} s", d.as_secs_f64())
        })
    };
    println!(
        "{label}: list {}, search answered {}, quotes and stories {} ({} articles, {} quotations)",
        ms(list),
        ms(search),
        ms(quotes),
        h.state().corpus().len(),
        h.state().quotes().map_or(0, isnad::gui::QuotesView::count),
    );
}

fn main() {
    let Some(path) = common::corpus_path() else {
        println!("window bench: corpus not found; skipped");
        return;
    };
    open("first import", &path);
    open("opened again (new window)", &path);
}
