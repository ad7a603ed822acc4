//! The yardstick for importing an analyst's collection: the 12,000 real articles of
//! `../shared/corpora/` (43 MB of JSON Lines) imported and cleaned, indexed for search, and
//! mined for quotations, against 20 s in all and a peak memory under 3× the file size.
//!
//! Run: `cargo bench --no-default-features --bench import`. Skips with a message when the
//! corpus is absent. Peak memory is the process's high-water mark (`VmHWM`), baseline included.

mod common;

use common::{corpus_path, memory_mb};

use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use isnad::import::import_paths;
use isnad::quotes::extract_corpus;
use isnad::search::SearchIndex;

const TIME_BUDGET: Duration = Duration::from_secs(20);

fn main() {
    let Some(path) = corpus_path() else {
        println!(
            "import bench: corpus not found (../shared/corpora/arabic-news-saudinewsnet-12k.jsonl); skipped"
        );
        return;
    };
    let file_mb = std::fs::metadata(&path).map_or(0.0, |m| m.len() as f64 / 1_048_576.0);
    let (base, _) = memory_mb();
    println!(
        "import bench: {} ({file_mb:.1} MB); baseline RSS {base:.0} MB",
        path.display()
    );

    let t = Instant::now();
    let mut batches = 0usize;
    let (articles, report) = import_paths(&[path], &AtomicBool::new(false), &mut |_| {
        batches += 1;
    });
    let import = t.elapsed();
    let text_mb = articles.iter().map(|a| a.text.len()).sum::<usize>() as f64 / 1_048_576.0;
    let (rss, peak) = memory_mb();
    println!(
        "  import + clean   {:>7.2} s  {} articles, {text_mb:.1} MB cleaned text, {} record errors; RSS {rss:.0} MB, peak {peak:.0} MB",
        import.as_secs_f64(),
        articles.len(),
        report.record_errors.len(),
    );

    let t = Instant::now();
    let index = SearchIndex::from_articles(articles.iter().cloned());
    let indexing = t.elapsed();
    let (rss, peak) = memory_mb();
    println!(
        "  search index     {:>7.2} s  {} sentences, index heap ≈ {:.0} MB; RSS {rss:.0} MB, peak {peak:.0} MB",
        indexing.as_secs_f64(),
        index.sentence_count(),
        index.heap_bytes() as f64 / 1_048_576.0,
    );

    let t = Instant::now();
    let quotes = extract_corpus(&articles);
    let extraction = t.elapsed();
    let (rss, peak) = memory_mb();
    println!(
        "  quote extraction {:>7.2} s  {} items; RSS {rss:.0} MB, peak {peak:.0} MB",
        extraction.as_secs_f64(),
        quotes.len(),
    );

    // Where the memory is: heap held by the articles and by the quotations (capacities).
    let articles_heap = articles_heap(&articles);
    let (quotes_heap, shared_heap) = quotes_heap(&quotes);
    println!(
        "  heap: articles ≈ {:.0} MB (text {text_mb:.0} MB), quotations ≈ {:.0} MB ({} bytes each, {:.1} MB of shared names and cues)",
        articles_heap as f64 / 1_048_576.0,
        quotes_heap as f64 / 1_048_576.0,
        size_of::<isnad::quotes::Quote>(),
        shared_heap as f64 / 1_048_576.0,
    );

    let total = import + indexing + extraction;
    let budget_mb = 3.0 * file_mb;
    println!(
        "  total            {:>7.2} s  (budget {} s: {})",
        total.as_secs_f64(),
        TIME_BUDGET.as_secs(),
        if total <= TIME_BUDGET {
            "within"
        } else {
            "OVER"
        }
    );
    println!(
        "  peak memory      {peak:>7.0} MB (budget 3 × {file_mb:.1} MB = {budget_mb:.0} MB: {}); {:.0} MB above the baseline",
        if peak <= budget_mb { "within" } else { "OVER" },
        peak - base
    );
    drop((index, quotes, articles));
}

/// Heap held by the articles: text, blocks, ids and metadata (capacities).
fn articles_heap(articles: &[std::sync::Arc<isnad::corpus::Article>]) -> usize {
    articles
        .iter()
        .map(|a| {
            size_of::<isnad::corpus::Article>()
                + a.text.capacity()
                + a.blocks.capacity() * size_of::<isnad::corpus::Block>()
                + a.id.as_str().len()
                + [&a.meta.title, &a.meta.outlet, &a.meta.author, &a.meta.url]
                    .iter()
                    .map(|f| f.as_ref().map_or(0, String::capacity))
                    .sum::<usize>()
        })
        .sum()
}

/// Heap held by the quotations: the items themselves, plus each distinct shared string (names,
/// cues) once; and that shared part alone.
fn quotes_heap(quotes: &Vec<isnad::quotes::Quote>) -> (usize, usize) {
    let mut shared = std::collections::HashSet::new();
    let mut shared_heap = 0usize;
    for q in quotes {
        let speaker = q.speaker.as_ref();
        let strings = [
            speaker.map(|s| &s.canonical),
            speaker.map(|s| &s.name),
            speaker.map(|s| &s.mention),
            speaker.and_then(|s| s.role.as_ref()),
            q.cue.as_ref(),
            q.not_speech_reason.as_ref(),
        ];
        for s in strings.into_iter().flatten() {
            if shared.insert(std::sync::Arc::as_ptr(s)) {
                shared_heap += s.len() + 16;
            }
        }
    }
    (
        quotes.capacity() * size_of::<isnad::quotes::Quote>() + shared_heap,
        shared_heap,
    )
}
