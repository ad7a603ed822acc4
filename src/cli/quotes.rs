//! `isnad quotes`: who said what, as JSON Lines or the CSV table of `isnad export`.

use std::io::Write;
use std::sync::Arc;

use crate::corpus::Article;
use crate::export::{self, FormatError};
use crate::quotes::Quote;
use crate::session::Session;

/// Output format of `isnad quotes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuotesFormat {
    /// One JSON object per line.
    Json,
    /// The export's CSV table (see [`crate::export::COLUMNS`]), without a byte order mark.
    Csv,
}

/// One item as a JSON object; `article` (the item's own) gives the sentence around it.
fn json_line(q: &Quote, article: Option<&Article>) -> serde_json::Value {
    let s = q.speaker.as_ref();
    serde_json::json!({
        "article": q.article.as_str(),
        "speaker": q.speaker_name(),
        "kind": q.kind.as_str(),
        "text": article.map(|a| export::quote_cell(q.text(a))),
        "id": q.id().to_string(),
        "speaker_name": s.map(|s| &*s.name),
        "speaker_mention": s.map(|s| &*s.mention),
        "speaker_role": s.and_then(|s| s.role.as_deref()),
        "attribution": s.map(|s| s.attribution),
        "speaker_span": s.and_then(|s| s.mention_span.as_ref()),
        "cue": q.cue,
        "span": q.span,
        "sentence": article.map(|a| export::context(q, a)),
        "confidence": q.confidence,
        "not_speech_reason": q.not_speech_reason,
    })
}

/// Runs `isnad quotes` on an opened workspace; `all` keeps not-speech quote marks too.
pub fn run(opened: &super::Opened, format: QuotesFormat, all: bool) -> anyhow::Result<i32> {
    let corpus = opened.snapshot.corpus();
    let quotes: Vec<Quote> = opened
        .snapshot
        .quotes()
        .iter()
        .filter(|q| all || q.kind.is_speech())
        .cloned()
        .collect();
    if let Err(e) = write_quotes(&quotes, corpus.articles(), format) {
        // A reader that stops early (`| head`) is not an error.
        if !e.is_broken_pipe() {
            return Err(e.into());
        }
    }
    Ok(opened.exit_code())
}

fn write_quotes(
    quotes: &[Quote],
    articles: &[Arc<Article>],
    format: QuotesFormat,
) -> Result<(), FormatError> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        QuotesFormat::Json => {
            let by_id = crate::corpus::by_id(articles);
            for q in quotes {
                let article = by_id.get(&q.article).copied();
                writeln!(out, "{}", json_line(q, article))?;
            }
            out.flush()?;
        }
        // The export's table; no byte order mark on a pipe.
        QuotesFormat::Csv => {
            let rows = export::rows(articles, quotes, &Session::default());
            export::write_csv(&rows, out, false)?;
        }
    }
    Ok(())
}
