//! Placing anchors again when a session is opened: a passage is found at its stored offsets, or
//! else its text nearest to them (also when only the spacing changed). What cannot be placed is
//! listed with the reason, so the session still opens and says so.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use super::{Anchor, Session, Target};
use crate::corpus::{Article, ArticleId};
use crate::quotes::{Correction, QuoteAnchor};

impl Anchor {
    /// Where the passage is in `article` now: at its stored range when the text there is the
    /// same, else the occurrence of its text nearest to that range (spacing may differ).
    /// `None` when the article is another one or the text is no longer in it.
    pub fn place(&self, article: &Article) -> Option<Range<usize>> {
        if article.id != self.article {
            return None;
        }
        locate(&article.text, &self.bytes, &self.text)
    }
}

/// Where a quotation's text is in `article` now, by the same rules as [`Anchor::place`].
pub fn place_quote(anchor: &QuoteAnchor, article: &Article) -> Option<Range<usize>> {
    if article.id != anchor.article {
        return None;
    }
    locate(&article.text, &anchor.bytes, &anchor.text)
}

/// Finds `needle` in `text`: at `old` exactly, else the exact occurrence nearest to `old`, else
/// the occurrence nearest to `old` when runs of whitespace count as one space.
fn locate(text: &str, old: &Range<usize>, needle: &str) -> Option<Range<usize>> {
    if text.get(old.clone()) == Some(needle) {
        return Some(old.clone());
    }
    if needle.trim().is_empty() {
        return None;
    }
    if let Some(r) = text
        .match_indices(needle)
        .map(|(i, _)| i..i + needle.len())
        .min_by_key(|r| r.start.abs_diff(old.start))
    {
        return Some(r);
    }
    locate_loose(text, old.start, needle)
}

/// Text with each whitespace run as one space, and the byte offset in the original of each byte.
fn squeeze(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut at = Vec::with_capacity(text.len() + 1);
    let mut in_space = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
                at.push(i);
            }
            in_space = true;
        } else {
            in_space = false;
            out.push(c);
            at.extend(i..i + c.len_utf8());
        }
    }
    at.push(text.len());
    (out, at)
}

fn locate_loose(text: &str, old_start: usize, needle: &str) -> Option<Range<usize>> {
    let (needle, _) = squeeze(needle.trim());
    let (hay, at) = squeeze(text);
    hay.match_indices(needle.as_str())
        .filter_map(|(i, _)| {
            let start = *at.get(i)?;
            // Each byte maps to its own byte in the original: the end follows the last one.
            let end = *at.get(i + needle.len() - 1)? + 1;
            Some(start..end)
        })
        .min_by_key(|r| r.start.abs_diff(old_start))
}

/// Which annotation of the session an entry concerns, by its index in its list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AnnotationRef {
    /// `Session::notes[i]`.
    Note(usize),
    /// `Session::bookmarks[i]`.
    Bookmark(usize),
    /// `Session::tags[i]`.
    Tag(usize),
    /// `Session::corrections.edits[i]`.
    Correction(usize),
}

impl AnnotationRef {
    fn kind(self) -> (&'static str, &'static str) {
        match self {
            Self::Note(_) => ("note", "notes"),
            Self::Bookmark(_) => ("bookmark", "bookmarks"),
            Self::Tag(_) => ("tag", "tags"),
            Self::Correction(_) => ("correction", "corrections"),
        }
    }
}

/// Why an annotation could not be placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unplaceable {
    /// Its article is not among the loaded articles (file gone or not opened).
    ArticleNotLoaded,
    /// The article is loaded but the anchored text is no longer in it.
    TextGone,
}

impl fmt::Display for Unplaceable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::ArticleNotLoaded => "article not loaded",
            Self::TextGone => "text no longer in the article",
        })
    }
}

/// An annotation that could not be placed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unplaced {
    /// Which annotation.
    pub item: AnnotationRef,
    /// Its article.
    pub article: ArticleId,
    /// The anchored text (empty for a whole article).
    pub text: String,
    /// Why.
    pub reason: Unplaceable,
}

impl fmt::Display for Unplaced {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} on {}", self.item.kind().0, self.article)?;
        if !self.text.is_empty() {
            let short: String = self.text.chars().take(40).collect();
            let more = if short.len() < self.text.len() {
                "…"
            } else {
                ""
            };
            write!(f, " “{short}{more}”")?;
        }
        write!(f, " ({})", self.reason)
    }
}

/// An annotation placed in its article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    /// Which annotation.
    pub item: AnnotationRef,
    /// Its article.
    pub article: ArticleId,
    /// Where its text is now; `None` for an annotation on the whole article.
    pub bytes: Option<Range<usize>>,
}

/// Where the session's anchored annotations are in the loaded articles.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Placement {
    /// The annotations that were placed, with their current range.
    pub placed: Vec<Placed>,
    /// The annotations that could not be placed, with the reason.
    pub unplaced: Vec<Unplaced>,
}

impl Placement {
    /// A line for the analyst when something could not be placed, e.g. "3 notes and 1 tag could
    /// not be placed: …"; `None` when everything was placed.
    pub fn summary(&self) -> Option<String> {
        if self.unplaced.is_empty() {
            return None;
        }
        let mut counts: Vec<((&str, &str), usize)> = Vec::new();
        for u in &self.unplaced {
            let kind = u.item.kind();
            match counts.iter_mut().find(|(k, _)| *k == kind) {
                Some((_, n)) => *n += 1,
                None => counts.push((kind, 1)),
            }
        }
        let parts: Vec<String> = counts
            .iter()
            .map(|((one, many), n)| format!("{n} {}", if *n == 1 { one } else { many }))
            .collect();
        let what = match parts.as_slice() {
            [one] => one.clone(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
            [] => String::new(),
        };
        let details: Vec<String> = self.unplaced.iter().map(ToString::to_string).collect();
        Some(format!(
            "{what} could not be placed: {}",
            details.join("; ")
        ))
    }
}

impl Session {
    /// Places every note, bookmark, tag and anchored correction in `articles`, listing what
    /// could not be placed and why. Speaker merges name no passage and are not listed.
    pub fn place_anchors(&self, articles: &[Arc<Article>]) -> Placement {
        let by_id = crate::corpus::by_id(articles);
        let mut placement = Placement::default();
        let mut place =
            |item: AnnotationRef, article: &ArticleId, bytes: &Range<usize>, text: Option<&str>| {
                let result = match by_id.get(article) {
                    None => Err(Unplaceable::ArticleNotLoaded),
                    Some(a) => match text {
                        None => Ok(None),
                        Some(t) => locate(&a.text, bytes, t)
                            .map(Some)
                            .ok_or(Unplaceable::TextGone),
                    },
                };
                match result {
                    Ok(bytes) => placement.placed.push(Placed {
                        item,
                        article: article.clone(),
                        bytes,
                    }),
                    Err(reason) => placement.unplaced.push(Unplaced {
                        item,
                        article: article.clone(),
                        text: text.unwrap_or_default().to_owned(),
                        reason,
                    }),
                }
            };
        let mut target = |item: AnnotationRef, t: &Target| match t {
            Target::Article(id) => place(item, id, &(0..0), None),
            Target::Passage(a) => place(item, &a.article, &a.bytes, Some(&a.text)),
            Target::Quote(q) => place(item, &q.article, &q.bytes, Some(&q.text)),
        };
        for (i, n) in self.notes.iter().enumerate() {
            target(AnnotationRef::Note(i), &n.target);
        }
        for (i, b) in self.bookmarks.iter().enumerate() {
            target(AnnotationRef::Bookmark(i), &b.target);
        }
        for (i, t) in self.tags.iter().enumerate() {
            target(AnnotationRef::Tag(i), &Target::Quote(t.quote.clone()));
        }
        for (i, c) in self.corrections.edits.iter().enumerate() {
            let quote = match c {
                Correction::SetSpeaker { quote, .. }
                | Correction::DeleteQuote { quote }
                | Correction::AddQuote { quote, .. } => quote,
                Correction::MergeSpeakers { .. } | Correction::SplitSpeaker { .. } => continue,
            };
            place(
                AnnotationRef::Correction(i),
                &quote.article,
                &quote.bytes,
                Some(&quote.text),
            );
        }
        placement
    }
}

/// A passage the analyst noted or bookmarked, as the reader marks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkedPassage {
    /// Where it is in the article's text now.
    pub bytes: Range<usize>,
    /// The note's text, or the bookmark's label ("Bookmark" when it has none).
    pub text: String,
}

impl Session {
    /// The passages and quotations of `article` that notes and bookmarks are on, placed in its
    /// text as it is now; those that cannot be placed are left out (the import report lists
    /// them).
    pub fn marked_in(&self, article: &Article) -> Vec<MarkedPassage> {
        let place = |t: &Target| match t {
            Target::Article(_) => None,
            Target::Passage(a) => a.place(article),
            Target::Quote(q) => place_quote(q, article),
        };
        let notes = self.notes.iter().map(|n| (&n.target, n.text.as_str()));
        let bookmarks = self.bookmarks.iter().map(|b| {
            let label = if b.label.is_empty() {
                "Bookmark"
            } else {
                b.label.as_str()
            };
            (&b.target, label)
        });
        notes
            .chain(bookmarks)
            .filter(|(t, _)| t.article() == &article.id)
            .filter_map(|(t, text)| {
                place(t).map(|bytes| MarkedPassage {
                    bytes,
                    text: text.to_owned(),
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "قال وزير الخارجية إن  المحادثات\nكانت بناءة ومثمرة.";

    #[test]
    fn spacing_changes_do_not_lose_a_passage() {
        let old = 0..10;
        let r = locate(TEXT, &old, "إن المحادثات كانت بناءة").expect("placed");
        assert_eq!(&TEXT[r], "إن  المحادثات\nكانت بناءة");
    }

    #[test]
    fn the_occurrence_nearest_the_old_offset_wins() {
        let text = "قال الوزير. ثم قال الوزير.";
        let second = text.rfind("قال").expect("present");
        let r = locate(text, &(second + 3..second + 20), "قال الوزير").expect("placed");
        assert_eq!(r.start, second);
    }

    #[test]
    fn the_reader_marks_the_passages_of_the_open_article_that_notes_and_bookmarks_are_on() {
        use crate::session::{Bookmark, Note};
        let corpus = crate::corpus::bundled();
        let (first, second) = (&corpus.articles()[0], &corpus.articles()[1]);
        let passage = |a: &Article, word: &str| {
            let start = a.text.find(word).expect("word in the article");
            Target::Passage(Anchor {
                article: a.id.clone(),
                bytes: start..start + word.len(),
                text: word.to_owned(),
            })
        };
        let mut session = Session::default();
        session
            .notes
            .push(Note::new(passage(first, "بوتين"), "أول ذكر"));
        session.notes.push(Note::new(
            Target::Article(first.id.clone()),
            "on the whole article",
        ));
        session
            .bookmarks
            .push(Bookmark::new(passage(first, "كوريا"), ""));
        session
            .bookmarks
            .push(Bookmark::new(passage(second, "بوتين"), "elsewhere"));
        let marked = session.marked_in(first);
        let texts: Vec<_> = marked.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["أول ذكر", "Bookmark"]);
        assert_eq!(&first.text[marked[0].bytes.clone()], "بوتين");
        assert_eq!(&first.text[marked[1].bytes.clone()], "كوريا");
    }
}
