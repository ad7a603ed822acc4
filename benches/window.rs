//! The window's first import of the 12,000 real articles of `../shared/corpora/`, driven without
//! a display, until everything is ready: the list, the search (a query answered), the quotes and
//! the stories, with an empty cache; then the same corpus opened again in a new window, from the
//! cache the first one filled, and without a cache. Skips with a message when the corpus is
//! absent.
//!
//! Run: `cargo bench --bench window`.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use isnad::corpus::Corpus;
use isnad::gui::IsnadApp;
use isnad::workspace::cache::Cache;

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

/// Opens a window importing `path` (through `cache` when given); prints when the list, search
/// and quotes were ready.
fn open(label: &str, path: &std::path::Path, cache: Option<&Cache>) {
    let start = Instant::now();
    let app = IsnadApp::new(None, Arc::new(Corpus::new()))
        .importing(vec![path.to_owned()])
        .with_cache(cache.cloned());
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
    let stories = wait(&mut h, start, |a| {
        a.quotes().is_some_and(|q| !q.stories_loading())
    });
    let ms = |d: Option<Duration>| {
        d.map_or("not ready after 300 s".to_owned(), |d| {
            format!("{:.2} s", d.as_secs_f64())
        })
    };
    println!(
        "{label}: list {}, search answered {}, quotes {}, stories {} ({} articles, {} quotations)",
        ms(list),
        ms(search),
        ms(quotes),
        ms(stories),
        h.state().corpus().len(),
        h.state().quotes().map_or(0, isnad::gui::QuotesView::count),
    );
}

fn main() {
    let Some(path) = common::corpus_path() else {
        println!("window bench: corpus not found; skipped");
        return;
    };
    let Ok(dir) = tempfile::tempdir() else {
        println!("window bench: no temporary folder for the cache; skipped");
        return;
    };
    let cache = Cache::at(dir.path(), isnad::workspace::cache::DEFAULT_CAP_BYTES);
    open("first import, cache empty", &path, Some(&cache));
    // The first window keeps its workspace once it is shown; wait until the entry is written.
    let key = isnad::workspace::cache::key(std::slice::from_ref(&path));
    let written = Instant::now();
    while key.as_ref().is_ok_and(|k| !cache.contains(k)) && written.elapsed().as_secs() < 120 {
        std::thread::sleep(Duration::from_millis(50));
    }
    println!(
        "  (entry written {:.2} s after the stories were shown)",
        written.elapsed().as_secs_f64()
    );
    open(
        "opened again in a new window, from the cache",
        &path,
        Some(&cache),
    );
    open("opened again in a new window, without a cache", &path, None);
    add_hundred(&path, dir.path());
}

/// Opens all but the last 100 articles, waits until everything is ready, then adds the 100 as
/// a user's File ▸ Import does; prints when the list, the quotes and the stories had them.
fn add_hundred(path: &std::path::Path, dir: &std::path::Path) {
    let Ok(text) = std::fs::read_to_string(path) else {
        println!("window bench: the corpus could not be read; import of 100 skipped");
        return;
    };
    let lines: Vec<&str> = text.lines().collect();
    let split = lines.len().saturating_sub(100);
    let (most, last) = (dir.join("most.jsonl"), dir.join("last-100.jsonl"));
    let written = std::fs::write(&most, lines[..split].join("\n"))
        .and_then(|()| std::fs::write(&last, lines[split..].join("\n")));
    if written.is_err() {
        println!("window bench: no room for the split corpus; import of 100 skipped");
        return;
    }
    let app = IsnadApp::new(None, Arc::new(Corpus::new())).importing(vec![most]);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1560.0, 960.0))
        .build_ui_state(|ui, app: &mut IsnadApp| app.ui(ui), app);
    h.step();
    let start = Instant::now();
    let opened = wait(&mut h, start, |a| {
        !a.import_running() && a.quotes().is_some_and(|q| !q.stories_loading())
    });
    if opened.is_none() {
        println!("window bench: {split} articles not ready after 300 s");
        return;
    }
    // The workspace thread hands its workspace back just after the stories.
    for _ in 0..20 {
        h.step();
        std::thread::sleep(Duration::from_millis(10));
    }
    let ctx = h.ctx.clone();
    let start = Instant::now();
    h.state_mut()
        .request(&ctx, isnad::gui::Command::Import(Some(vec![last]), false));
    let total = lines.len();
    let listed = wait(&mut h, start, |a| {
        a.corpus().len() == total && !a.import_running()
    });
    // The quotations of the new articles are shown: the last one is of an article added.
    let quotes = wait(&mut h, start, |a| {
        a.quotes()
            .and_then(|q| q.all().last())
            .and_then(|q| a.corpus().position(&q.article))
            .is_some_and(|p| p >= split)
    });
    let stories = wait(&mut h, start, |a| {
        a.quotes().is_some_and(|q| !q.stories_loading())
    });
    let ms = |d: Option<Duration>| {
        d.map_or("not ready".to_owned(), |d| {
            format!("{:.2} s", d.as_secs_f64())
        })
    };
    println!(
        "100 articles imported into {split}: listed {}, quotes {}, stories {}",
        ms(listed),
        ms(quotes),
        ms(stories)
    );
}
