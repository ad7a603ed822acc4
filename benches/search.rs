//! Search benchmark on the 12,000 real articles of `../shared/corpora/` (skipped with a message
//! when the file is absent): index build time and memory, then latency per keystroke for
//! typical queries typed one character at a time, and `fzf --filter` over the same sentences
//! for comparison.
//!
//! Run: `cargo bench --no-default-features --bench search`.

mod common;

use common::rss_kib;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use isnad::search::{SearchIndex, SearchOptions};

const CORPUS: &str = "../shared/corpora/arabic-news-saudinewsnet-12k.jsonl";

/// Hits built per keystroke, as a result list on screen would ask for.
const SCREEN_HITS: usize = 200;

/// (what it is, query).
const QUERIES: &[(&str, &str)] = &[
    ("one name", "بوتين"),
    ("two words", "وزير الخارجية"),
    ("a phrase", "\"خادم الحرمين الشريفين\""),
    ("a typo", "الحوتيين"),
    ("a variant spelling", "الأميركية"),
];

/// Names as analysts type them: several words, other spellings, Latin letters.
const NAME_QUERIES: &[(&str, &str)] = &[
    ("a place, two words", "بيونغ يانغ"),
    ("a name, three words", "شي جين بينغ"),
    ("a name in Latin", "Pyongyang"),
    ("a name in Latin", "Kim Jong Un"),
];

fn main() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(CORPUS);
    if !path.exists() {
        println!("search bench skipped: {} is absent", path.display());
        return;
    }
    let rss_start = rss_kib();
    let t = Instant::now();
    let (corpus, report) = isnad::import::import_corpus(std::slice::from_ref(&path));
    let load = t.elapsed();
    let rss_loaded = rss_kib();
    let t = Instant::now();
    let index = SearchIndex::build(&corpus);
    let build = t.elapsed();
    let rss_indexed = rss_kib();
    println!(
        "corpus: {} articles ({} lines skipped), loaded and cleaned in {}",
        corpus.len(),
        report.record_errors.len(),
        ms(load)
    );
    println!(
        "index: built in {}; {} sentences, {} distinct words; index heap ≈ {:.1} MB; process RSS {:.0} MB → {:.0} MB (+{:.0} MB) after loading → {:.0} MB (+{:.0} MB) after indexing; peak {:.0} MB",
        ms(build),
        index.sentence_count(),
        index.vocabulary_len(),
        index.heap_bytes() as f64 / 1e6,
        rss_start.0 / 1024.0,
        rss_loaded.0 / 1024.0,
        (rss_loaded.0 - rss_start.0) / 1024.0,
        rss_indexed.0 / 1024.0,
        (rss_indexed.0 - rss_loaded.0) / 1024.0,
        rss_indexed.1 / 1024.0,
    );

    println!(
        "\nper keystroke (each query typed one character at a time, {SCREEN_HITS} hits built):"
    );
    keystrokes(&index);
    fzf_comparison(&index);
    // The same articles eight times over (96,000 articles at 12k), as a big project would be.
    let copies: Vec<std::sync::Arc<isnad::corpus::Article>> = (0..SCALE)
        .flat_map(|k| {
            corpus.articles().iter().map(move |a| {
                let mut copy = (**a).clone();
                copy.id = isnad::corpus::ArticleId::new(format!("{}-{k}", a.id.as_str()));
                std::sync::Arc::new(copy)
            })
        })
        .collect();
    let n = copies.len();
    let t = Instant::now();
    let big = SearchIndex::from_articles(copies);
    println!(
        "\n{SCALE}× the corpus ({n} articles): index built in {}; per keystroke:",
        ms(t.elapsed())
    );
    keystrokes(&big);
}

/// How many times the corpus is repeated for the big-corpus figures.
const SCALE: usize = 8;

/// Times every keystroke of [`QUERIES`] and [`NAME_QUERIES`] typed one character at a time and
/// prints the figures per query and over all of them.
fn keystrokes(index: &SearchIndex) {
    let screen = SearchOptions {
        limit: Some(SCREEN_HITS),
        ..SearchOptions::default()
    };
    let mut all = Vec::new();
    for (what, query) in QUERIES.iter().chain(NAME_QUERIES) {
        let mut times = Vec::new();
        let mut slowest = (Duration::ZERO, "");
        for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
            let typed = &query[..end];
            // Three runs per keystroke; the median counts.
            let mut runs: Vec<Duration> = (0..3)
                .map(|_| {
                    let t = Instant::now();
                    std::hint::black_box(index.search_text(typed, &screen));
                    t.elapsed()
                })
                .collect();
            runs.sort();
            times.push(runs[1]);
            if runs[1] >= slowest.0 {
                slowest = (runs[1], typed);
            }
        }
        let full = index.search_text(query, &SearchOptions::default());
        println!(
            "  {what:<20} {query:<28} {:>2} keystrokes  median {}  p95 {}  max {} («{}»)  → {} hits in {} articles",
            times.len(),
            ms(percentile(&times, 50)),
            ms(percentile(&times, 95)),
            ms(percentile(&times, 100)),
            slowest.1,
            full.total_hits,
            full.article_count,
        );
        all.extend(times);
    }
    let p95 = percentile(&all, 95);
    println!(
        "  all {} keystrokes: median {}  p95 {}  (goal: p95 ≤ 16 ms) {}",
        all.len(),
        ms(percentile(&all, 50)),
        ms(p95),
        if p95 <= Duration::from_millis(16) {
            "met"
        } else {
            "NOT met"
        }
    );
}

/// Times `fzf --filter` over the same sentences (one per line) for each full query, and our
/// engine building every hit for the same query.
fn fzf_comparison(index: &SearchIndex) {
    let sentences: Vec<String> = index
        .sentences()
        .map(|(a, r)| a.text[r].replace(['\n', '\r'], " "))
        .collect();
    let input = sentences.join("\n");
    println!(
        "\nfzf --filter over the same {} sentences (reading them each time), vs this engine building all hits:",
        sentences.len()
    );
    let mut ratios = Vec::new();
    for (what, query) in QUERIES {
        let t = Instant::now();
        let Some(lines) = run_fzf(query, &input) else {
            println!("  fzf not available (/usr/bin/fzf); comparison skipped");
            return;
        };
        let fzf = t.elapsed();
        let t = Instant::now();
        let ours = index.search_text(query, &SearchOptions::default());
        let engine = t.elapsed();
        let ratio = fzf.as_secs_f64() / engine.as_secs_f64().max(1e-9);
        ratios.push(ratio);
        println!(
            "  {what:<20} fzf {} ({lines} lines)   isnad {} ({} hits)   fzf/isnad ×{ratio:.0}",
            ms(fzf),
            ms(engine),
            ours.total_hits
        );
    }
    ratios.sort_by(f64::total_cmp);
    println!(
        "  median ratio: isnad is ×{:.0} faster than fzf --filter",
        ratios[ratios.len() / 2]
    );
}

fn run_fzf(query: &str, input: &str) -> Option<usize> {
    let mut child = Command::new("fzf")
        .args(["--filter", query])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let input = input.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().ok()?;
    let _ = writer.join();
    Some(
        out.stdout
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .count(),
    )
}

fn percentile(times: &[Duration], p: usize) -> Duration {
    let mut sorted = times.to_vec();
    sorted.sort();
    let i = ((sorted.len().saturating_sub(1)) * p).div_ceil(100);
    sorted.get(i).copied().unwrap_or_default()
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}
