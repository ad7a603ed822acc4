//! What the search test files share.

use isnad::arabic::normalize_str;
use isnad::search::SearchResults;

/// The highlighted texts of all hits, normalized.
pub fn highlighted(results: &SearchResults) -> Vec<String> {
    results
        .hits
        .iter()
        .flat_map(|h| h.spans.iter().map(|s| normalize_str(h.span_text(s))))
        .collect()
}
