//! What the bench binaries share: where the test corpus is, and how much memory the process uses.
// Each bench uses some of these, not all.
#![allow(dead_code)]

use std::path::PathBuf;

/// The 12,000-article test corpus: `$ISNAD_CORPUS`, else `../shared/corpora/` beside the checkout.
pub fn corpus_path() -> Option<PathBuf> {
    [
        std::env::var_os("ISNAD_CORPUS").map(PathBuf::from),
        Some(
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../shared/corpora/arabic-news-saudinewsnet-12k.jsonl"),
        ),
    ]
    .into_iter()
    .flatten()
    .find(|p| p.exists())
}

/// (current RSS, peak RSS) in KiB from /proc/self/status; zeros where unavailable.
pub fn rss_kib() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// (current, peak) resident memory in MB.
pub fn memory_mb() -> (f64, f64) {
    let (rss, peak) = rss_kib();
    (rss / 1024.0, peak / 1024.0)
}

/// Passages of the bundled articles, one per sentence, as an analyst marks them.
pub fn sentence_anchors() -> Vec<isnad::session::Anchor> {
    let mut out = Vec::new();
    for a in isnad::corpus::bundled().articles() {
        for b in &a.blocks {
            let mut start = b.range.start;
            for (i, c) in a.block_text(b).char_indices() {
                let end = b.range.start + i + c.len_utf8();
                if matches!(c, '.' | '؟' | '!') || end == b.range.end {
                    let text = a.text[start..end].trim();
                    if text.chars().count() > 3 {
                        let lead = a.text[start..end].len() - a.text[start..end].trim_start().len();
                        out.push(isnad::session::Anchor {
                            article: a.id.clone(),
                            bytes: start + lead..start + lead + text.len(),
                            text: text.to_owned(),
                        });
                    }
                    start = end;
                }
            }
        }
    }
    out
}
