//! Search quality on the 12,000 real articles of `../shared/corpora/` (skipped with a message
//! when the file is absent): for each name query of `benches/data/search-names.tsv`, the truth
//! is every sentence (headlines included) where a regular expression over all spellings of the
//! name finds it; the bench prints the precision of the hits (share of hit sentences that hold
//! the name) and their article recall (share of the articles holding the name that have a hit).
//!
//! Run: `cargo bench --no-default-features --bench search_quality`; with `SHOW=query` it also
//! prints the wrong hits and the missed sentences of that query.

mod common;

use std::collections::HashSet;
use std::time::Instant;

use isnad::arabic::normalize_str;
use isnad::search::{SearchIndex, SearchOptions, sentence_ranges};
use regex::Regex;

/// Clitic prefixes a name may carry in the text (the same list a reader would write).
const PREFIXES: &str =
    "(?:و|ف|ب|ل|ك|ال|وال|فال|بال|كال|لل|ولل|فلل|وب|فب|ول|فل|وك|فك|وبال|فبال|وكال|فكال)?";

/// Figures the issue asks for, per query.
const GOAL: f64 = 0.95;

struct Case {
    kind: String,
    query: String,
    truth: Regex,
}

fn cases() -> Vec<Case> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/data/search-names.tsv");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            let (Some(kind), Some(query), Some(truth)) = (cols.next(), cols.next(), cols.next())
            else {
                panic!("{path}: a line without three columns: {l}");
            };
            let pattern = format!(r"(?:^|[^\w]){PREFIXES}(?:{truth})(?:[^\w]|$)");
            Case {
                kind: kind.to_owned(),
                query: query.to_owned(),
                truth: Regex::new(&pattern).unwrap_or_else(|e| panic!("{truth}: {e}")),
            }
        })
        .collect()
}

/// Each article's headline and sentences, normalized.
fn sentences(corpus: &isnad::corpus::Corpus) -> Vec<Vec<String>> {
    corpus
        .articles()
        .iter()
        .map(|a| {
            let mut out: Vec<String> = a.meta.title.iter().map(|t| normalize_str(t)).collect();
            out.extend(
                sentence_ranges(&a.text)
                    .into_iter()
                    .filter_map(|r| a.text.get(r).map(normalize_str)),
            );
            out
        })
        .collect()
}

fn main() {
    let Some(path) = common::corpus_path() else {
        println!("search quality bench skipped: the 12k corpus is absent");
        return;
    };
    let (corpus, _) = isnad::import::import_corpus(std::slice::from_ref(&path));
    let index = SearchIndex::build(&corpus);
    let normalized = sentences(&corpus);
    let articles = corpus.articles();
    let article_index: std::collections::HashMap<&str, usize> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    println!(
        "{:<8} {:<16} {:>5} {:>6} {:>9} {:>8} {:>8}  missed articles (first 3)",
        "kind", "query", "hits", "truth", "precision", "recall", "ms"
    );
    let (mut met, mut total) = (0, 0);
    for case in cases() {
        let truth_articles: HashSet<usize> = normalized
            .iter()
            .enumerate()
            .filter(|(_, s)| s.iter().any(|x| case.truth.is_match(x)))
            .map(|(i, _)| i)
            .collect();
        let t = Instant::now();
        let results = index.search_text(&case.query, &SearchOptions::default());
        let ms = t.elapsed().as_secs_f64() * 1e3;
        let mut right = 0usize;
        let mut hit_articles = HashSet::new();
        let show = std::env::var("SHOW").is_ok_and(|q| q == case.query);
        for hit in &results.hits {
            let sentence = normalize_str(hit.sentence());
            if case.truth.is_match(&sentence) {
                right += 1;
            } else if show {
                let spans: Vec<&str> = hit.spans.iter().map(|s| hit.span_text(s)).collect();
                println!("  wrong: {spans:?} in {}", hit.sentence());
            }
            if let Some(&i) = article_index.get(hit.article.id.as_str()) {
                hit_articles.insert(i);
            }
        }
        let precision = if results.hits.is_empty() {
            f64::from(u8::from(truth_articles.is_empty()))
        } else {
            right as f64 / results.hits.len() as f64
        };
        let found = truth_articles.intersection(&hit_articles).count();
        let recall = if truth_articles.is_empty() {
            1.0
        } else {
            found as f64 / truth_articles.len() as f64
        };
        if show {
            for &i in truth_articles.difference(&hit_articles) {
                let Some(s) = normalized.get(i) else { continue };
                for x in s.iter().filter(|x| case.truth.is_match(x)) {
                    println!("  missed: {x}");
                }
            }
        }
        let missed: Vec<&str> = truth_articles
            .difference(&hit_articles)
            .take(3)
            .filter_map(|&i| articles.get(i).map(|a| a.id.as_str()))
            .collect();
        total += 1;
        if precision >= GOAL && recall >= GOAL {
            met += 1;
        }
        println!(
            "{:<8} {:<16} {:>5} {:>6} {:>9.3} {:>8.3} {:>8.1}  {}",
            case.kind,
            case.query,
            results.hits.len(),
            truth_articles.len(),
            precision,
            recall,
            ms,
            missed.join(" ")
        );
    }
    println!("\n{met} of {total} queries at precision and article recall ≥ {GOAL}");
}
