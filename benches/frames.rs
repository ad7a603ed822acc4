//! Frame times of the window on the 12,000 real articles of `../shared/corpora/`, driven without
//! a display: the list scrolled, articles opened, the search box typed into, the quotes table
//! scrolled. The goal is a frame under 16 ms (60 per second) at that size.
//!
//! A frame is timed from its input to its triangles: the window's layout and the tessellation
//! of what it painted (the GPU's drawing is left out: there is no display). Each measured frame
//! takes one input event at most (the harness runs a frame per queued event), and each step
//! checks that the window did what was asked: a step that did nothing stops the bench with a
//! message instead of timing idle frames.
//!
//! Run: `cargo bench --bench frames`. Skips with a message when the corpus is absent.

mod common;

use common::corpus_path;

use std::collections::HashSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::{self, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};
use isnad::gui::{IsnadApp, View};

type H = Harness<'static, IsnadApp>;

/// Times `frames` frames, calling `before` ahead of each; returns the times.
fn time_frames(h: &mut H, frames: usize, mut before: impl FnMut(&mut H, usize)) -> Vec<Duration> {
    let mut times = Vec::with_capacity(frames);
    for i in 0..frames {
        before(h, i);
        times.push(timed_step(h));
    }
    times
}

/// One frame (the harness runs one for each queued event: queue at most one), timed with its
/// tessellation into triangles, as a window does before the GPU draws them (the copy of the
/// shapes the harness keeps is left out).
fn timed_step(h: &mut H) -> Duration {
    let t = Instant::now();
    h.step();
    let laid_out = t.elapsed();
    let output = h.output();
    let (shapes, ppp) = (output.shapes.clone(), output.pixels_per_point);
    let t = Instant::now();
    let primitives = h.ctx.tessellate(shapes, ppp);
    let tessellated = t.elapsed();
    drop(primitives);
    laid_out + tessellated
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

/// Stops the bench when a step did not do what it drives the window to do.
fn check(done: bool, what: &str) {
    if !done {
        println!("frames bench: {what}; stopped");
        std::process::exit(1);
    }
}

/// Runs frames until the window asks for no more (a list scrolled by the wheel glides on for a
/// few frames after the last turn: rows clicked before it stops are not where they were found).
fn settle(h: &mut H, what: &str) {
    let steps = h.try_run();
    check(
        steps.is_ok(),
        &format!("{what} did not come to rest: {steps:?}"),
    );
}

/// Puts the pointer at `at`, in a frame of its own.
fn hover(h: &mut H, at: egui::Pos2) {
    h.hover_at(at);
    h.step();
}

/// A turn of the wheel under the pointer.
fn wheel(h: &H, dy: f32) {
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, dy),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: Modifiers::NONE,
    });
}

fn wait(h: &mut H, what: &str, mut ready: impl FnMut(&H) -> bool) {
    let t = Instant::now();
    while !ready(h) {
        h.step();
        std::thread::sleep(Duration::from_millis(20));
        check(
            t.elapsed() < Duration::from_mins(5),
            &format!("{what}: not ready after 300 s"),
        );
    }
    println!("{what} ready after {:.1} s", t.elapsed().as_secs_f64());
}

/// The headlines of the articles, as the list's rows are named.
fn headlines(h: &H) -> HashSet<String> {
    h.state()
        .corpus()
        .articles()
        .iter()
        .map(|a| a.display_title())
        .collect()
}

/// The article rows in view, top to bottom, as (headline, rect): the buttons named by a
/// headline under the filter box. The last row may be cut by the status bar and is left out.
fn rows_in_view(h: &H, titles: &HashSet<String>, list: egui::Rect) -> Vec<(String, egui::Rect)> {
    let mut rows: Vec<(String, egui::Rect)> = h
        .query_all(by().role(egui::Role::Button))
        .filter_map(|n| Some((n.accesskit_node().label()?, n.rect())))
        .filter(|(label, r)| titles.contains(label) && r.top() > list.bottom())
        .collect();
    rows.sort_by(|a, b| a.1.top().total_cmp(&b.1.top()));
    rows.pop();
    rows
}

/// Opens `count` articles from the list, each once, as a reader going down it: the rows in view
/// clicked in turn, then the list scrolled on by what it shows. Returns the times of the frames
/// that took the clicks' releases, and of the frames after them, where the reader lays the new
/// article out.
fn open_articles(
    h: &mut H,
    (titles, list): (&HashSet<String>, egui::Rect),
    count: usize,
) -> (Vec<Duration>, Vec<Duration>) {
    let (mut clicks, mut opens) = (Vec::with_capacity(count), Vec::with_capacity(count));
    let mut opened = HashSet::new();
    while opened.len() < count {
        let rows = rows_in_view(h, titles, list);
        check(!rows.is_empty(), "no article rows in view");
        let span = rows.last().map_or(0.0, |r| r.1.bottom()) - rows[0].1.top();
        let fresh: Vec<_> = rows
            .into_iter()
            .filter(|r| !opened.contains(&r.0))
            .collect();
        check(!fresh.is_empty(), "scrolling the list showed no other rows");
        for (title, rect) in fresh.into_iter().take(count - opened.len()) {
            let [click, open] = click_row(h, &title, rect);
            clicks.push(click);
            opens.push(open);
            opened.insert(title);
        }
        if opened.len() == count {
            break;
        }
        wheel(h, -span);
        h.step();
        settle(h, "the article list");
    }
    (clicks, opens)
}

/// Clicks a row of the list (the pointer moved onto it, pressed and released in frames of their
/// own) and checks its article opened; returns the times of the release frame and the next.
fn click_row(h: &mut H, title: &str, rect: egui::Rect) -> [Duration; 2] {
    hover(h, rect.center());
    h.event(button(rect.center(), true));
    h.step();
    h.event(button(rect.center(), false));
    let times = [timed_step(h), timed_step(h)];
    let open = h
        .state()
        .selected()
        .and_then(|id| h.state().corpus().article(id));
    check(
        open.is_some_and(|a| a.display_title() == title),
        &format!("clicking the row “{title}” did not open it"),
    );
    times
}

fn button(pos: egui::Pos2, pressed: bool) -> egui::Event {
    egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    }
}

/// Types `query` into the search box a key a frame, then waits for its answer.
fn type_search(h: &mut H, query: &str) {
    h.get_by_role_and_label(egui::Role::TextInput, "Search")
        .focus();
    h.step();
    let keys: Vec<char> = query.chars().collect();
    report(
        "typing a search, a key a frame",
        time_frames(h, keys.len(), |h, i| {
            h.event(egui::Event::Text(keys[i].to_string()));
        }),
    );
    let typed = h.state().search().map(|s| s.query().to_owned());
    check(
        typed.as_deref() == Some(query),
        &format!("the search box holds {typed:?}, not the typed {query:?}"),
    );
    wait(h, "search", |h| {
        h.query_by_label_contains("searching").is_none()
    });
    let hits = h.state().search().map_or(0, |s| s.results().total_hits);
    println!("{hits} hits for {query}");
}

/// The quotes view with its first row selected (its detail pane under the table), scrolled.
fn quotes_table(h: &mut H) {
    h.get(by().role(egui::Role::Button).label_contains("Quotes ("))
        .click();
    h.run_steps(2);
    check(
        h.state().view() == View::Quotes,
        "the Quotes button did not show the table",
    );
    h.key_press(egui::Key::ArrowDown);
    h.run_steps(2);
    check(
        h.state().quotes().is_some_and(|q| q.selected().is_some()),
        "Down selected no quotation",
    );
    let table = h.get_by_label("Filter quotes").rect();
    hover(h, egui::pos2(table.center().x, table.bottom() + 300.0));
    report(
        "quotes table scrolled by the wheel",
        time_frames(h, 200, |h, _| wheel(h, -300.0)),
    );
    report("quotes table, idle", time_frames(h, 60, |_, _| {}));
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
        .with_max_steps(120)
        .build_ui_state(|ui, app: &mut IsnadApp| app.ui(ui), app);
    h.step();
    wait(&mut h, "quotes", |h| {
        h.state().quotes().is_some_and(|q| !q.stories_loading())
    });

    report("reader open, idle", time_frames(&mut h, 60, |_, _| {}));

    let list = h.get_by_label("Filter articles").rect();
    let titles = headlines(&h);
    let top_row = |h: &H| rows_in_view(h, &titles, list).into_iter().next();
    let first = top_row(&h);
    hover(&mut h, egui::pos2(list.center().x, list.bottom() + 200.0));
    report(
        "article list scrolled by the wheel",
        time_frames(&mut h, 200, |h, _| wheel(h, -240.0)),
    );
    settle(&mut h, "the article list");
    check(
        top_row(&h) != first,
        "the wheel did not scroll the article list",
    );
    let (clicks, opens) = open_articles(&mut h, (&titles, list), 30);
    report("row of the list clicked", clicks);
    report("article opened from the list", opens);

    type_search(&mut h, "الرئيس الروسي فلاديمير بوتين");
    report(
        "search results listed, idle",
        time_frames(&mut h, 60, |_, _| {}),
    );

    quotes_table(&mut h);
}
