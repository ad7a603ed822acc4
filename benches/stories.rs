//! Story grouping on the 12,000 real articles of `../shared/corpora/` (skipped with a message
//! when the file is absent): grouping time (wall and CPU of this thread) and memory, what was
//! found, and the same quotation across copies.
//!
//! Run: `cargo bench --no-default-features --bench stories`.

mod common;

use common::{corpus_path, rss_kib};

use std::time::Instant;

use isnad::quotes::extract_corpus;
use isnad::stories::{Stories, same_quotations};

fn main() {
    let Some(path) = corpus_path() else {
        println!(
            "stories bench skipped: ../shared/corpora/arabic-news-saudinewsnet-12k.jsonl is absent"
        );
        return;
    };
    let (corpus, report) = isnad::import::import_corpus(&[path]);
    let skipped = report.record_errors;
    if let Some(e) = corpus.failures().first() {
        println!("stories bench: {e}; skipped");
        return;
    }
    let articles = corpus.into_articles();
    println!(
        "corpus: {} articles ({} lines skipped)",
        articles.len(),
        skipped.len()
    );
    let rss_before = rss_kib();
    let mut best_wall = f64::INFINITY;
    let mut best_cpu = f64::INFINITY;
    let mut stories = Stories::default();
    for _ in 0..3 {
        let cpu = thread_cpu_ms();
        let t = Instant::now();
        stories = Stories::group(&articles);
        best_wall = best_wall.min(t.elapsed().as_secs_f64() * 1000.0);
        best_cpu = best_cpu.min(thread_cpu_ms() - cpu);
    }
    let rss_after = rss_kib();
    let s = stories.summary();
    println!(
        "grouping: best of 3 {best_wall:.0} ms wall, {best_cpu:.0} ms CPU (one thread); RSS {:.0} MB → {:.0} MB, peak {:.0} MB",
        rss_before.0 / 1024.0,
        rss_after.0 / 1024.0,
        rss_after.1 / 1024.0
    );
    println!(
        "stories: {} (texts published twice or more), {} articles in them, {} duplicates, largest {}",
        s.stories, s.articles_in_stories, s.duplicates, s.largest
    );
    let mut sizes = std::collections::BTreeMap::new();
    for story in stories.stories() {
        *sizes.entry(story.len()).or_insert(0usize) += 1;
    }
    println!("sizes (copies: stories): {sizes:?}");

    let t = Instant::now();
    let quotes = extract_corpus(&articles);
    let extract = t.elapsed();
    let t = Instant::now();
    let groups = same_quotations(&quotes, &articles, &stories);
    println!(
        "quotations: {} extracted in {:.2?}; {} groups of the same quotation in several articles, {} quotations in them, grouped in {:.2?}",
        quotes.len(),
        extract,
        groups.len(),
        groups.quotes_in_groups(),
        t.elapsed()
    );
}

/// CPU time of this thread in milliseconds, from /proc; 0 where unavailable.
fn thread_cpu_ms() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e6)
}
