//! Qualitative data analysis: the coded segments of a session's codebook, and exchange with
//! other QDA tools through the REFI-QDA standard (QDPX projects, QDC codebooks).
//!
//! - [`segments`]: every segment of a code with its article, outlet, date, the sentence around
//!   it and the speaker of a quotation; counts per code.
//! - [`import`]: a QDPX project of another tool read as articles and a session; a QDC codebook
//!   joined to a session.
//! - [`refi`]: a session and its articles written as a QDPX project or its codebook as QDC.
//!
//! REFI-QDA counts positions in Unicode code points; the session keeps byte offsets, so every
//! position is converted where it is written.

pub mod import;
pub mod refi;
pub mod segments;

pub use refi::{QdpxSummary, write_qdc, write_qdpx};
pub use segments::{CodeCount, Segment, code_counts, segments};

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use crate::corpus::{Article, ArticleId};
use crate::session::{Coding, Session, Target};

/// Where a coding's target is in its article now (byte range), placed again like a note's
/// anchor; `None` when its article is not loaded or its text is gone.
pub fn place_target<'a, S: std::hash::BuildHasher>(
    target: &Target,
    by_id: &HashMap<&ArticleId, &'a Article, S>,
) -> Option<(&'a Article, Range<usize>)> {
    let article = *by_id.get(target.article())?;
    let range = match target {
        Target::Article(_) => 0..article.text.len(),
        Target::Passage(a) => a.place(article)?,
        Target::Quote(q) => crate::session::place_quote(q, article)?,
    };
    Some((article, range))
}

/// The character (code point) offset of byte offset `byte` in `text`.
pub fn char_offset(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |t| t.chars().count())
}

/// A coding placed in its article now.
pub(crate) type PlacedCoding<'s, 'a> = (&'s Coding, &'a Article, Range<usize>);

/// The session's codings, placed; those whose passage could not be placed are counted apart.
pub(crate) fn placed_codings<'s, 'a>(
    session: &'s Session,
    articles: &'a [Arc<Article>],
) -> (Vec<PlacedCoding<'s, 'a>>, usize) {
    let by_id = crate::corpus::by_id(articles);
    let mut placed = Vec::with_capacity(session.codings.len());
    let mut unplaced = 0;
    for coding in &session.codings {
        match place_target(&coding.target, &by_id) {
            Some((article, range)) => placed.push((coding, article, range)),
            None => unplaced += 1,
        }
    }
    (placed, unplaced)
}
