//! `isnad quotes`: who said what, as JSON Lines or a CSV table.

use std::io::Write;
use std::path::PathBuf;

use crate::quotes::{Quote, extract_corpus};

/// Output format of `isnad quotes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuotesFormat {
    /// One JSON object per line.
    Json,
    /// A CSV table with a header row.
    Csv,
}

fn json_line(q: &Quote) -> serde_json::Value {
    let s = q.speaker.as_ref();
    serde_json::json!({
        "article": q.article.as_str(),
        "speaker": q.speaker_name(),
        "kind": q.kind.as_str(),
        "text": q.text,
        "id": q.id.0,
        "speaker_name": s.map(|s| s.name.as_str()),
        "speaker_mention": s.map(|s| s.mention.as_str()),
        "speaker_role": s.and_then(|s| s.role.as_deref()),
        "attribution": s.map(|s| s.attribution),
        "speaker_span": s.and_then(|s| s.mention_span.as_ref()),
        "cue": q.cue,
        "span": q.span,
        "sentence": q.sentence,
        "confidence": q.confidence,
        "not_speech_reason": q.not_speech_reason,
    })
}

/// Runs `isnad quotes`; `all` keeps not-speech quote marks too.
pub fn run(paths: &[PathBuf], format: QuotesFormat, all: bool) -> anyhow::Result<i32> {
    let corpus = super::load_corpus(paths);
    super::report_failures(&corpus);
    let quotes: Vec<Quote> = extract_corpus(corpus.articles())
        .into_iter()
        .filter(|q| all || q.kind.is_speech())
        .collect();
    if let Err(e) = write_quotes(&quotes, format) {
        // A reader that stops early (`| head`) is not an error.
        if !is_broken_pipe(&e) {
            return Err(e);
        }
    }
    super::report_failures(&corpus);
    Ok(i32::from(!corpus.failures().is_empty()))
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    let io = e
        .downcast_ref::<std::io::Error>()
        .map(std::io::Error::kind)
        .or_else(|| {
            e.downcast_ref::<csv::Error>().and_then(|c| match c.kind() {
                csv::ErrorKind::Io(io) => Some(io.kind()),
                _ => None,
            })
        });
    io == Some(std::io::ErrorKind::BrokenPipe)
}

fn write_quotes(quotes: &[Quote], format: QuotesFormat) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        QuotesFormat::Json => {
            for q in quotes {
                writeln!(out, "{}", json_line(q))?;
            }
        }
        QuotesFormat::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record([
                "id",
                "article",
                "kind",
                "speaker",
                "speaker_mention",
                "speaker_role",
                "cue",
                "text",
                "start_char",
                "end_char",
                "confidence",
                "sentence",
            ])?;
            for q in quotes {
                let s = q.speaker.as_ref();
                w.write_record([
                    q.id.0.as_str(),
                    q.article.as_str(),
                    q.kind.as_str(),
                    q.speaker_name(),
                    s.map_or("", |s| s.mention.as_str()),
                    s.and_then(|s| s.role.as_deref()).unwrap_or_default(),
                    q.cue.as_deref().unwrap_or_default(),
                    q.text.as_str(),
                    &q.span.chars.start.to_string(),
                    &q.span.chars.end.to_string(),
                    &format!("{:.2}", q.confidence),
                    q.sentence.as_str(),
                ])?;
            }
            w.flush()?;
        }
    }
    Ok(())
}
