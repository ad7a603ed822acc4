//! Frame times of the window on the 12,000 real articles of `../shared/corpora/`, driven without
//! a display: the list scrolled, articles opened, the search box typed into, the quotes table
//! scrolled. The goal is a frame under 16 ms (60 per second) at that size.
//!
//! Run: `cargo bench --bench frames`. Skips with a message when the corpus is absent.

mod common;

use common::corpus_path;

use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::{self, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{Queryable, by};
use isnad::gui::{IsnadApp, SearchPanel};

type H = Harness<'static, IsnadApp>;

/// Times `frames` frames, calling `before` ahead of each; returns the times.
fn time_frames(h: &mut H, frames: usize, mut before: impl FnMut(&mut H, usize)) -> Vec<Duration> {
    let mut times = Vec::with_capacity(frames);
    for i in 0..frames {
        before(h, i);
        let t = Instant::now();
        h.step();
        times.push(t.elapsed());
    }
    times
}

fn report(name: &str, mut times: Vec<Duration>) {
    if times.is_empty() {
        println!("{name:<40} no frames measured");
        return;
    }
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize].as_secs_f64() * 1e3;
    println!(
        "{name:<40} frames {:>4}  median {:>6.2} ms  p95 {:>6.2} ms  max {:>6.2} ms  (goal 16 ms)",
        times.len(),
        at(0.5),
        at(0.95),
        at(1.0)
    );
}

fn wheel(h: &mut H, at: egui::Pos2, dy: f32) {
    h.hover_at(at);
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, dy),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: Modifiers::NONE,
    });
}

fn wait(h: &mut H, what: &str, mut ready: impl FnMut(&IsnadApp) -> bool) {
    let t = Instant::now();
    while !ready(h.state()) {
        h.step();
        std::thread::sleep(Duration::from_millis(20));
        if t.elapsed() > Duration::from_mins(5) {
            println!("{what}: not ready after 300 s");
            std::process::exit(1);
        }
    }
    println!("{what} ready after {:.1} s", t.elapsed().as_secs_f64());
}

fn main() {
    let Some(path) = corpus_path() else {
        println!("frames bench: corpus not found; skipped");
        return;
    };
    let t = Instant::now();
    let corpus = isnad::cli::load_corpus(&[path]).corpus;
    let n = corpus.articles().len();
    println!("loaded {n} articles in {:.1} s", t.elapsed().as_secs_f64());
    let app =
        IsnadApp::new(None, Arc::new(corpus)).with_default_language(isnad::gui::Language::English);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1560.0, 960.0))
        .build_ui_state(|ui, app: &mut IsnadApp| app.ui(ui), app);
    h.step();
    wait(&mut h, "quotes", |a| {
        a.quotes().is_some_and(|q| !q.loading())
    });

    report("reader open, idle", time_frames(&mut h, 60, |_, _| {}));

    let list = h.get_by_label("Filter articles").rect();
    let over_list = egui::pos2(list.center().x, list.bottom() + 200.0);
    report(
        "article list scrolled by the wheel",
        time_frames(&mut h, 200, |h, _| wheel(h, over_list, -240.0)),
    );

    // Opening articles: click the rows in view, one a frame (as a screen reader clicks them:
    // the pointer events of a test land before the list has laid out its rows).
    let mut open_times = Vec::new();
    for opened in 0..30 {
        let clicked = {
            let rows: Vec<_> = h
                .query_all(by().role(egui::Role::Button))
                .filter(|n| {
                    let r = n.rect();
                    r.left() > list.left() - 10.0
                        && r.right() < list.right() + 10.0
                        && r.top() > list.bottom()
                        && r.height() > 30.0
                })
                .collect();
            let count = rows.len().max(1);
            rows.into_iter()
                .nth(opened % count)
                .map(|row| row.click())
                .is_some()
        };
        if !clicked {
            break;
        }
        let t = Instant::now();
        h.step();
        h.step();
        open_times.push(t.elapsed() / 2);
    }
    report("article opened from the list", open_times);

    // Typing in the search box: a frame per key, the search itself runs on its own thread.
    h.get_by_role_and_label(egui::Role::TextInput, "Search")
        .focus();
    h.step();
    let query: Vec<char> = "بوتين كيم جونغ اون".chars().collect();
    report(
        "typing a search, a key a frame",
        time_frames(&mut h, query.len(), |h, i| {
            h.event(egui::Event::Text(query[i].to_string()));
        }),
    );
    wait(&mut h, "search", |a| {
        a.search()
            .is_some_and(|s: &SearchPanel| s.results().total_hits > 0 || !s.query().is_empty())
    });
    report(
        "search results listed, idle",
        time_frames(&mut h, 60, |_, _| {}),
    );

    h.get(by().role(egui::Role::Button).label_contains("Quotes ("))
        .click();
    h.step();
    h.step();
    let table = h.get_by_label("Filter quotes").rect();
    let over_table = egui::pos2(table.center().x, table.bottom() + 300.0);
    report(
        "quotes table scrolled by the wheel",
        time_frames(&mut h, 200, |h, _| wheel(h, over_table, -300.0)),
    );
    report("quotes table, idle", time_frames(&mut h, 60, |_, _| {}));
}
