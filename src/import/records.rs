//! Files of many articles: JSON Lines (one record a line) and CSV/TSV tables (one record a
//! row), with id, title, body, date, outlet and url fields. A record's `id` is its article id;
//! a record without one is named after its file and line. A bad record is reported and skipped.

use std::path::{Path, PathBuf};

use crate::corpus::{ArticleId, Date, LoadError, Metadata};

/// The longest article text taken, in bytes: far beyond any news article (the longest of the
/// 12,000 in the shared corpus is under 100 KB), short enough that cleaning, indexing and
/// showing one article stays quick. A longer file or record is reported, not imported.
pub const MAX_ARTICLE_BYTES: usize = 4 << 20;

/// Article text before cleaning, with what its source says about it.
#[derive(Debug, Clone)]
pub struct RawArticle {
    /// The id: the record's, or the file stem.
    pub id: ArticleId,
    /// The file it came from.
    pub path: Option<PathBuf>,
    /// The raw text, blocks a line.
    pub text: String,
    /// Metadata the source gives.
    pub meta: Metadata,
    /// The record's line or row in its file; `None` for a file that is one article.
    pub line: Option<usize>,
}

/// What was wrong with one record.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordProblem {
    /// The line is not a JSON object of the expected shape.
    #[error("not a JSON article record: {0}")]
    Json(String),
    /// The row could not be read as a table row.
    #[error("not a table row: {0}")]
    Table(String),
    /// The record has no body text.
    #[error("the body is empty")]
    EmptyBody,
    /// Nothing was left of the body once page debris was removed.
    #[error("no article text in the body")]
    NoArticleText,
    /// A quoted field of a table is never closed: the csv reader would take the rest of the
    /// file, later rows included, for that one field. The row is not imported.
    #[error(
        "the quote mark that opens a field on line {line} of the file is never closed, so the rest of the file would be read as that one field; close it (a quote mark inside a quoted field is written twice)"
    )]
    UnclosedQuote {
        /// The file line the row starts on, from 1.
        line: u64,
    },
    /// The body is longer than any article.
    #[error("{size_bytes} bytes is too large for one article (limit {limit_bytes} bytes)")]
    TooLarge {
        /// The body's size.
        size_bytes: usize,
        /// The limit.
        limit_bytes: usize,
    },
}

/// A record that was skipped, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}:{line}: {problem}")]
pub struct RecordError {
    /// The file.
    pub path: PathBuf,
    /// The line (JSON Lines) or row (tables, the header being row 1), from 1.
    pub line: usize,
    /// What was wrong.
    pub problem: RecordProblem,
}

/// One record read: how far into the file it ends, and the article or why it was skipped.
pub type RecordResult = (usize, Result<RawArticle, RecordError>);

/// A JSON Lines record; unknown fields are ignored. Synonyms are separate fields so a record
/// holding both `outlet` and `source` (as the shared corpus does) is not a duplicate-key error.
#[derive(Debug, serde::Deserialize)]
struct JsonRecord {
    id: Option<serde_json::Value>,
    body: Option<String>,
    text: Option<String>,
    content: Option<String>,
    title: Option<String>,
    outlet: Option<String>,
    source: Option<String>,
    site: Option<String>,
    date: Option<String>,
    author: Option<String>,
    url: Option<String>,
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map_or_else(|| path.to_string_lossy(), |s| s.to_string_lossy())
        .into_owned()
}

fn non_empty(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty())
}

/// Builds the article of a record, or says why it is skipped.
fn record_article(
    path: &Path,
    line: usize,
    id: Option<String>,
    body: Option<String>,
    meta: Metadata,
) -> Result<RawArticle, RecordError> {
    let error = |problem| RecordError {
        path: path.to_owned(),
        line,
        problem,
    };
    let body = body.filter(|b| !b.trim().is_empty());
    let Some(text) = body else {
        return Err(error(RecordProblem::EmptyBody));
    };
    if text.len() > MAX_ARTICLE_BYTES {
        return Err(error(RecordProblem::TooLarge {
            size_bytes: text.len(),
            limit_bytes: MAX_ARTICLE_BYTES,
        }));
    }
    let id = non_empty(id).unwrap_or_else(|| format!("{}-{line}", file_stem(path)));
    Ok(RawArticle {
        id: ArticleId::new(id),
        path: Some(path.to_owned()),
        text,
        meta,
        line: Some(line),
    })
}

/// The records of a JSON Lines text, in order; blank lines are passed over.
pub fn json_lines<'a>(path: &'a Path, text: &'a str) -> impl Iterator<Item = RecordResult> + 'a {
    let mut end = 0;
    text.split_inclusive('\n')
        .enumerate()
        .filter_map(move |(i, raw_line)| {
            end += raw_line.len();
            json_record(path, i + 1, raw_line).map(|result| (end, result))
        })
}

/// The record on line `line` (from 1) of a JSON Lines file; `None` for a blank line.
pub fn json_record(
    path: &Path,
    line: usize,
    raw_line: &str,
) -> Option<Result<RawArticle, RecordError>> {
    let text = raw_line.trim();
    if text.is_empty() {
        return None;
    }
    Some(match serde_json::from_str::<JsonRecord>(text) {
        Ok(r) => {
            let id = r.id.map(|v| match v {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            });
            let meta = Metadata {
                title: non_empty(r.title),
                outlet: non_empty(r.outlet)
                    .or_else(|| non_empty(r.site))
                    .or_else(|| non_empty(r.source)),
                date: r.date.as_deref().and_then(Date::parse_iso),
                author: non_empty(r.author),
                url: non_empty(r.url),
            };
            let body = r.body.or(r.text).or(r.content);
            record_article(path, line, id, body, meta)
        }
        Err(e) => Err(RecordError {
            path: path.to_owned(),
            line,
            problem: RecordProblem::Json(e.to_string()),
        }),
    })
}

/// Which column holds each field of a table.
#[derive(Debug, Default)]
struct Columns {
    id: Option<usize>,
    body: usize,
    title: Option<usize>,
    date: Option<usize>,
    outlet: Option<usize>,
    author: Option<usize>,
    url: Option<usize>,
}

impl Columns {
    fn find(path: &Path, header: &csv::StringRecord) -> Result<Self, LoadError> {
        let names: Vec<String> = header
            .iter()
            .map(|h| h.trim().trim_start_matches('\u{FEFF}').to_lowercase())
            .collect();
        let col = |synonyms: &[&str]| {
            synonyms
                .iter()
                .find_map(|s| names.iter().position(|n| n == s))
        };
        let Some(body) = col(&["body", "text", "content"]) else {
            return Err(LoadError::MissingColumn {
                path: path.to_owned(),
                column: "body",
                found: names.join(", "),
            });
        };
        Ok(Self {
            id: col(&["id"]),
            body,
            title: col(&["title", "headline"]),
            date: col(&["date", "published"]),
            outlet: col(&["outlet", "source", "site"]),
            author: col(&["author", "byline"]),
            url: col(&["url", "link"]),
        })
    }
}

/// The records of a CSV or TSV text with a header row, in order. A table without a body
/// column is an error for the whole file.
pub fn table_rows<'a>(
    path: &'a Path,
    text: &'a str,
    delimiter: u8,
) -> Result<impl Iterator<Item = RecordResult> + 'a, LoadError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let header = reader.headers().map_err(|e| LoadError::NotText {
        path: path.to_owned(),
        detail: format!("the table header cannot be read: {e}"),
    })?;
    let columns = Columns::find(path, header)?;
    let mut records = reader.into_records().enumerate().peekable();
    Ok(std::iter::from_fn(move || {
        let (i, row) = records.next()?;
        let last = records.peek().is_none();
        Some(table_record(path, text, &columns, i + 2, row, last))
    }))
}

/// The file line of the last row of a table when it opened a quoted field that is never closed:
/// a field of it spans lines and the row runs to the end of the file holding an odd number of
/// quote marks.
fn unclosed_quote(text: &str, row: &csv::StringRecord) -> Option<u64> {
    if !row.iter().any(|f| f.contains('\n')) {
        return None;
    }
    let position = row.position()?;
    let raw = text.get(usize::try_from(position.byte()).ok()?..)?;
    let quotes = raw.bytes().filter(|&b| b == b'"').count();
    (quotes % 2 == 1).then_some(position.line())
}

fn table_record(
    path: &Path,
    text: &str,
    columns: &Columns,
    line: usize,
    row: Result<csv::StringRecord, csv::Error>,
    last: bool,
) -> RecordResult {
    let row = match row {
        Ok(row) => row,
        Err(e) => {
            let end = e
                .position()
                .map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
            return (
                end.min(text.len()),
                Err(RecordError {
                    path: path.to_owned(),
                    line,
                    problem: RecordProblem::Table(e.to_string()),
                }),
            );
        }
    };
    let end = row
        .position()
        .map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX))
        + row.as_slice().len();
    if let Some(file_line) = last.then(|| unclosed_quote(text, &row)).flatten() {
        return (
            text.len(),
            Err(RecordError {
                path: path.to_owned(),
                line,
                problem: RecordProblem::UnclosedQuote { line: file_line },
            }),
        );
    }
    let field = |c: Option<usize>| c.and_then(|c| row.get(c)).map(str::to_owned);
    let meta = Metadata {
        title: non_empty(field(columns.title)),
        outlet: non_empty(field(columns.outlet)),
        date: field(columns.date).as_deref().and_then(Date::parse_iso),
        author: non_empty(field(columns.author)),
        url: non_empty(field(columns.url)),
    };
    let result = record_article(
        path,
        line,
        field(columns.id),
        field(Some(columns.body)),
        meta,
    );
    (end.min(text.len()), result)
}
