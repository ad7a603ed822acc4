//! Coded segments: every passage, article or quotation a code was applied to, with what a
//! coder reads it by (article, title, outlet, date, the sentence around it, the speaker of a
//! quotation, the notes on it), and counts per code.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;

use crate::corpus::Article;
use crate::export::ExportRow;
use crate::export::NOTE_SEPARATOR;
use crate::session::{CodeId, Session, Target};

/// One coded segment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    /// The code's id.
    #[serde(skip)]
    pub code: CodeId,
    /// The code's path from the top of the codebook: «أ ▸ ب».
    pub code_path: String,
    /// The coded text.
    pub text: String,
    /// The article's id.
    pub article: String,
    /// Its title.
    pub title: String,
    /// Its outlet; empty when unknown.
    pub outlet: String,
    /// Its date as `YYYY-MM-DD`; empty when unknown.
    pub date: String,
    /// The speaker when the segment is a quotation; empty otherwise.
    pub speaker: String,
    /// The sentence (or sentences) the segment is in: keyword in context.
    pub context: String,
    /// The notes on the coded target, one after another.
    pub memo: String,
    /// Start in characters of the article's cleaned text.
    pub start_char: usize,
    /// End (exclusive) in characters.
    pub end_char: usize,
}

/// How far the context reaches either side of a segment at most, in characters.
pub const CONTEXT_REACH: usize = 200;

/// What ends a sentence for the context.
const SENTENCE_ENDS: &[char] = &['.', '؟', '?', '!', '\n', '؛'];

/// The sentence around `range` of `text`: from after the sentence end before it to the one after
/// it, at most [`CONTEXT_REACH`] characters either side.
pub fn sentence_around(text: &str, range: std::ops::Range<usize>) -> String {
    let before = text.get(..range.start).unwrap_or_default();
    let start = before
        .char_indices()
        .rev()
        .take(CONTEXT_REACH)
        .find(|(_, c)| SENTENCE_ENDS.contains(c))
        .map_or_else(
            || {
                before
                    .char_indices()
                    .rev()
                    .nth(CONTEXT_REACH)
                    .map_or(0, |(i, _)| i)
            },
            |(i, c)| i + c.len_utf8(),
        );
    let after = text.get(range.end..).unwrap_or_default();
    let end = after
        .char_indices()
        .take(CONTEXT_REACH)
        .find(|(_, c)| SENTENCE_ENDS.contains(c))
        .map_or_else(
            || {
                after
                    .char_indices()
                    .nth(CONTEXT_REACH)
                    .map_or(after.len(), |(i, _)| i)
            },
            |(i, c)| i + c.len_utf8(),
        );
    text.get(start..range.end + end)
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// Every coded segment of the session, in coding order; `quotes` (the quote table of the same
/// articles) gives the speakers of coded quotations. Codings that cannot be placed in the
/// loaded articles are left out.
pub fn segments(
    session: &Session,
    articles: &[Arc<Article>],
    quotes: &[ExportRow],
) -> Vec<Segment> {
    let (placed, _) = super::placed_codings(session, articles);
    placed
        .into_iter()
        .map(|(coding, article, range)| {
            let edit = session.metadata_edits.get(&article.id);
            let title = edit
                .and_then(|e| e.title.clone())
                .unwrap_or_else(|| article.display_title());
            let outlet = edit
                .and_then(|e| e.outlet.clone())
                .or_else(|| article.meta.outlet.clone())
                .unwrap_or_default();
            let date = edit
                .and_then(|e| e.date.clone())
                .or_else(|| article.meta.date.map(|d| d.to_string()))
                .unwrap_or_default();
            let start_char = super::char_offset(&article.text, range.start);
            let end_char = start_char
                + article
                    .text
                    .get(range.clone())
                    .map_or(0, |t| t.chars().count());
            let speaker = match &coding.target {
                Target::Quote(_) => speaker_at(quotes, article, start_char, end_char),
                _ => String::new(),
            };
            let memo: Vec<&str> = session
                .notes_on(&coding.target)
                .map(|n| n.text.as_str())
                .collect();
            Segment {
                code: coding.code,
                code_path: session.code_path(coding.code),
                text: article
                    .text
                    .get(range.clone())
                    .unwrap_or_default()
                    .to_owned(),
                article: article.id.as_str().to_owned(),
                title,
                outlet,
                date,
                speaker,
                context: sentence_around(&article.text, range),
                memo: memo.join(NOTE_SEPARATOR),
                start_char,
                end_char,
            }
        })
        .collect()
}

/// The speaker of the quotation of `article` that covers `start..end` (in characters).
fn speaker_at(quotes: &[ExportRow], article: &Article, start: usize, end: usize) -> String {
    quotes
        .iter()
        .filter(|q| q.article_id == article.id.as_str())
        .find(|q| q.start_char <= start && end <= q.end_char.max(start + 1))
        .or_else(|| {
            quotes
                .iter()
                .filter(|q| q.article_id == article.id.as_str())
                .find(|q| q.start_char < end && start < q.end_char)
        })
        .map(|q| q.speaker.clone())
        .unwrap_or_default()
}

/// A code with how many segments it has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodeCount {
    /// The code's id.
    pub id: u64,
    /// Its path from the top of the codebook.
    pub path: String,
    /// Its colour as `#RRGGBB`.
    pub colour: String,
    /// Its codings in the session (placed or not).
    pub codings: usize,
    /// Its codings and those of every code below it.
    pub with_children: usize,
}

/// Every code of the codebook in depth-first order (parents before their children), with its
/// counts.
pub fn code_counts(session: &Session) -> Vec<CodeCount> {
    let mut direct: BTreeMap<CodeId, usize> = BTreeMap::new();
    for c in &session.codings {
        *direct.entry(c.code).or_default() += 1;
    }
    let mut out = Vec::with_capacity(session.codes.len());
    let mut stack: Vec<CodeId> = session.code_children(None).map(|c| c.id).collect();
    stack.reverse();
    let mut seen = std::collections::HashSet::new();
    while let Some(id) = stack.pop() {
        let Some(code) = session.code(id).filter(|_| seen.insert(id)) else {
            continue;
        };
        let with_children = session
            .codings
            .iter()
            .filter(|c| session.code_is_within(c.code, id))
            .count();
        out.push(CodeCount {
            id: id.0,
            path: session.code_path(id),
            colour: code.colour_hex(),
            codings: direct.get(&id).copied().unwrap_or(0),
            with_children,
        });
        let mut children: Vec<CodeId> = session.code_children(Some(id)).map(|c| c.id).collect();
        children.reverse();
        stack.extend(children);
    }
    out
}
