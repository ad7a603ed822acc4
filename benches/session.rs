//! Session file benchmark: a session with 10,000 annotations (notes, bookmarks, tags and
//! corrections on passages of the bundled articles) saved and loaded; the median of several runs
//! against the 50 ms goal for each.
//!
//! Run: `cargo bench --no-default-features --bench session`.

mod common;

use std::time::{Duration, Instant};

use isnad::corpus;
use isnad::quotes::{Correction, QuoteAnchor, QuoteKind};
use isnad::session::{self, Anchor, Bookmark, Note, QuoteTag, Session, Target};

const ANNOTATIONS: usize = 10_000;
const RUNS: usize = 15;
const GOAL: Duration = Duration::from_millis(50);

/// Passages of the bundled articles: (article, byte range, text), one per sentence, as an
/// analyst marks them.
fn passages() -> Vec<(corpus::ArticleId, std::ops::Range<usize>, String)> {
    common::sentence_anchors()
        .into_iter()
        .map(|a| (a.article, a.bytes, a.text))
        .collect()
}

fn big_session() -> Session {
    let passages = passages();
    let mut s = Session::default();
    for i in 0..ANNOTATIONS {
        let (article, bytes, text) = passages[i % passages.len()].clone();
        let quote = QuoteAnchor {
            article: article.clone(),
            bytes: bytes.clone(),
            text: text.clone(),
        };
        let passage = Anchor {
            article: article.clone(),
            bytes,
            text,
        };
        match i % 10 {
            0..=3 => s.notes.push(Note::new(
                if i % 3 == 0 {
                    Target::Quote(quote)
                } else {
                    Target::Passage(passage)
                },
                format!("ملاحظة رقم {i}: يحتاج هذا التصريح إلى مصدر ثانٍ قبل النشر"),
            )),
            4 | 5 => s.bookmarks.push(Bookmark::new(
                Target::Passage(passage),
                format!("للمراجعة {i}"),
            )),
            6 | 7 => s.tags.push(QuoteTag {
                quote,
                tag: ["اقتصاد", "سياسة خارجية", "تصريح رسمي"][i % 3].to_owned(),
            }),
            8 => s.corrections.push(Correction::SetSpeaker {
                quote,
                speaker: "وزير الخارجية".to_owned(),
            }),
            _ => s.corrections.push(Correction::AddQuote {
                quote,
                kind: QuoteKind::Reported,
                speaker: Some("المتحدث باسم الوزارة".to_owned()),
            }),
        }
    }
    s
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn verdict(d: Duration) -> &'static str {
    if d < GOAL { "within" } else { "OVER" }
}

fn main() {
    let s = big_session();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bench.ron");
    let saves = median(
        (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                session::save(&path, &s).expect("save");
                t.elapsed()
            })
            .collect(),
    );
    let size = std::fs::metadata(&path).map_or(0, |m| m.len());
    let loads = median(
        (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                let back = session::load(&path).expect("load");
                let d = t.elapsed();
                assert_eq!(back.notes.len(), s.notes.len());
                d
            })
            .collect(),
    );
    let text = session::to_ron(&s);
    let avg = passages().iter().map(|p| p.2.len()).sum::<usize>() / passages().len();
    println!(
        "passages: {} sentences of the bundled articles, {avg} bytes on average",
        passages().len()
    );
    let serialize = median(
        (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(session::to_ron(&s));
                t.elapsed()
            })
            .collect(),
    );
    let parse = median(
        (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(session::from_ron(&text).expect("parse"));
                t.elapsed()
            })
            .collect(),
    );
    println!(
        "session with {ANNOTATIONS} annotations ({} notes, {} bookmarks, {} tags, {} corrections), file {:.1} MB",
        s.notes.len(),
        s.bookmarks.len(),
        s.tags.len(),
        s.corrections.edits.len(),
        size as f64 / 1e6
    );
    println!("median of {RUNS} runs, goal < {}:", ms(GOAL));
    println!(
        "  save (serialize, write, fsync, .bak, rename): {} — {} the goal",
        ms(saves),
        verdict(saves)
    );
    println!(
        "  load (read, version check, parse):           {} — {} the goal",
        ms(loads),
        verdict(loads)
    );
    println!("  of which serialize to RON: {}", ms(serialize));
    println!("  of which parse RON:        {}", ms(parse));
}
