//! Throughput of quote extraction over the 12,000 real articles of `../shared/corpora/`.
//!
//! Run: `cargo bench --no-default-features --bench quotes`. Skips with a message when the corpus
//! is absent. Prints MB/s of article text per core and what was found, by kind.

mod common;

use common::corpus_path;

use std::collections::BTreeMap;
use std::time::Instant;

use isnad::quotes::{extract_article, extract_corpus, merge_speakers};

fn main() {
    let Some(path) = corpus_path() else {
        println!(
            "quotes bench: corpus not found (../shared/corpora/arabic-news-saudinewsnet-12k.jsonl); skipped"
        );
        return;
    };
    let load = Instant::now();
    let (corpus, report) = isnad::import::import_corpus(&[path]);
    if let Some(e) = corpus.failures().first() {
        println!("quotes bench: {e}; skipped");
        return;
    }
    if !report.record_errors.is_empty() {
        println!("{} records skipped", report.record_errors.len());
    }
    let articles = corpus.into_articles();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    println!(
        "loaded {} articles, {:.1} MB of cleaned text, in {:.2?}",
        articles.len(),
        bytes as f64 / 1e6,
        load.elapsed()
    );
    let mut best = f64::INFINITY;
    let mut quotes = Vec::new();
    for _ in 0..3 {
        let t = Instant::now();
        quotes = articles
            .iter()
            .flat_map(|a| extract_article(a))
            .collect::<Vec<_>>();
        best = best.min(t.elapsed().as_secs_f64());
    }
    let t = Instant::now();
    merge_speakers(&mut quotes);
    let merge = t.elapsed();
    println!(
        "extraction (one thread, best of 3): {best:.3} s = {:.1} MB/s per core",
        bytes as f64 / 1e6 / best
    );
    println!("speaker merge: {merge:.2?}");
    let t = Instant::now();
    let all = extract_corpus(&articles);
    let full = t.elapsed().as_secs_f64();
    println!(
        "extract_corpus (extraction, recurring names, merge): {full:.3} s = {:.1} MB/s; {} items",
        bytes as f64 / 1e6 / full,
        all.len()
    );
    let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for q in &quotes {
        *by_kind.entry(q.kind.as_str()).or_default() += 1;
    }
    let with_speaker = quotes
        .iter()
        .filter(|q| q.kind.is_speech() && q.speaker.is_some())
        .count();
    let speakers: std::collections::HashSet<&str> = quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref())
        .map(|s| &*s.canonical)
        .collect();
    println!(
        "found {} items: {by_kind:?}; {with_speaker} speech items with a speaker; {} distinct speakers",
        quotes.len(),
        speakers.len()
    );
}
