//! Undo benchmark: a session with 10,000 notes (and 1,000 bookmarks and 1,000 tags on passages of
//! the bundled articles), 500 mixed edits through the `Document` (notes added, rewritten and
//! removed, bookmarks added and removed, quotations tagged), then every edit undone and redone.
//! Prints the time per edit, undo and redo (median of several runs) and the heap the history
//! keeps, counted by a counting global allocator: the bytes the 500 edits leave allocated through
//! the `Document`, less those the same edits leave applied straight to a session.
//!
//! Run: `cargo bench --no-default-features --bench undo`.

mod common;

use std::alloc::System;
use std::time::{Duration, Instant};

use isnad::quotes::QuoteAnchor;
use isnad::session::{Anchor, Bookmark, Document, Edit, Note, QuoteTag, Session, Target};
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

const NOTES: usize = 10_000;
const BOOKMARKS: usize = 1_000;
const TAGS: usize = 1_000;
const EDITS: usize = 500;
const RUNS: usize = 5;

fn quote(p: &Anchor) -> QuoteAnchor {
    QuoteAnchor {
        article: p.article.clone(),
        bytes: p.bytes.clone(),
        text: p.text.clone(),
    }
}

fn big_session(passages: &[Anchor]) -> Session {
    let mut s = Session::default();
    for i in 0..NOTES {
        let p = &passages[i % passages.len()];
        let target = if i % 3 == 0 {
            Target::Quote(quote(p))
        } else {
            Target::Passage(p.clone())
        };
        let text = format!("ملاحظة رقم {i}: يحتاج هذا التصريح إلى مصدر ثانٍ قبل النشر");
        s.notes.push(Note::new(target, text));
    }
    for i in 0..BOOKMARKS {
        let mut p = passages[i % passages.len()].clone();
        // Distinct targets: a bookmark is kept once per target.
        p.bytes = p.bytes.start + i..p.bytes.end + i;
        s.bookmarks
            .push(Bookmark::new(Target::Passage(p), format!("للمراجعة {i}")));
    }
    for i in 0..TAGS {
        s.tags.push(QuoteTag {
            quote: quote(&passages[i % passages.len()]),
            tag: ["اقتصاد", "سياسة خارجية", "تصريح رسمي"][i % 3].to_owned(),
        });
    }
    s.assign_ids();
    s
}

/// A small fixed-seed generator, so that every run (and every build measured) makes the same
/// edits.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// The next edit an analyst might make on `s`.
fn next_edit(rng: &mut Rng, s: &Session, passages: &[Anchor], n: usize) -> Edit {
    let p = &passages[rng.below(passages.len())];
    match rng.below(6) {
        0 => Edit::AddNote(Note::new(
            Target::Passage(p.clone()),
            format!("ملاحظة جديدة {n}: تصريح يناقض ما قاله الوزير أمس"),
        )),
        1 => Edit::SetNoteText {
            id: s.notes[rng.below(s.notes.len())].id,
            text: format!("نص معدل {n}"),
        },
        2 => Edit::RemoveNote(s.notes[rng.below(s.notes.len())].id),
        3 => {
            let mut p = p.clone();
            p.bytes = p.bytes.start + BOOKMARKS + n..p.bytes.end + BOOKMARKS + n;
            Edit::AddBookmark(Bookmark::new(Target::Passage(p), format!("مهم {n}")))
        }
        4 => Edit::RemoveBookmark(s.bookmarks[rng.below(s.bookmarks.len())].id),
        _ => Edit::SetQuoteTags {
            quote: quote(p),
            tags: vec!["قمة".to_owned(), format!("وسم {}", n % 7)],
        },
    }
}

/// The edits of one run, made against the session they will meet.
fn plan(start: &Session, passages: &[Anchor]) -> Vec<Edit> {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut s = start.clone();
    (0..EDITS)
        .map(|n| {
            let edit = next_edit(&mut rng, &s, passages, n);
            edit.clone().apply(&mut s).expect("fits the session");
            edit
        })
        .collect()
}

/// Bytes allocated and not freed since `region` began.
fn retained(region: &Region<'_, System>) -> i64 {
    let c = region.change();
    c.bytes_allocated as i64 - c.bytes_deallocated as i64 + c.bytes_reallocated as i64
}

struct Run {
    edit: Duration,
    undo: Duration,
    redo: Duration,
    undone: usize,
    history_bytes: i64,
}

fn run(start: &Session, edits: &[Edit]) -> Run {
    let mut bare = start.clone();
    let region = Region::new(GLOBAL);
    for e in edits {
        e.clone().apply(&mut bare).expect("applies");
    }
    let bare_bytes = retained(&region);

    let mut doc = Document::new(start.clone());
    let region = Region::new(GLOBAL);
    let t = Instant::now();
    for e in edits {
        doc.edit(e.clone()).expect("applies");
    }
    let edit = t.elapsed();
    let history_bytes = retained(&region) - bare_bytes;
    assert_eq!(doc.session(), &bare, "the edits through the document");

    let t = Instant::now();
    let mut undone = 0;
    while undone < EDITS && doc.undo().expect("undoes").is_some() {
        undone += 1;
    }
    let undo = t.elapsed();
    if undone == EDITS {
        assert_eq!(doc.session(), start, "all undone");
    }
    let t = Instant::now();
    let mut redone = 0;
    while doc.redo().expect("redoes").is_some() {
        redone += 1;
    }
    let redo = t.elapsed();
    assert_eq!(redone, undone);
    assert_eq!(doc.session(), &bare, "all redone");
    Run {
        edit: edit / EDITS as u32,
        undo: undo / undone.max(1) as u32,
        redo: redo / undone.max(1) as u32,
        undone,
        history_bytes,
    }
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn us(d: Duration) -> String {
    format!("{:.1} µs", d.as_secs_f64() * 1e6)
}

fn main() {
    let passages = common::sentence_anchors();
    let start = big_session(&passages);
    let edits = plan(&start, &passages);
    let runs: Vec<Run> = (0..RUNS).map(|_| run(&start, &edits)).collect();
    let history = runs[0].history_bytes;
    println!(
        "session: {} notes, {} bookmarks, {} tags; {EDITS} mixed edits, {} of them undone and redone",
        start.notes.len(),
        start.bookmarks.len(),
        start.tags.len(),
        runs[0].undone
    );
    println!("median of {RUNS} runs:");
    println!(
        "  edit {} · undo {} · redo {} (each)",
        us(median(runs.iter().map(|r| r.edit).collect())),
        us(median(runs.iter().map(|r| r.undo).collect())),
        us(median(runs.iter().map(|r| r.redo).collect())),
    );
    println!(
        "  history after the edits: {:.2} MiB of heap ({:.1} KiB a step; counted by the allocator)",
        history as f64 / f64::from(1 << 20),
        history as f64 / 1024.0 / runs[0].undone.max(1) as f64
    );
}
