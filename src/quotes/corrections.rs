//! The analyst's corrections, a layer over the extraction: they are stored apart from it (in the
//! research session) and laid over a fresh extraction, so they survive re-running it.
//!
//! A correction names a quotation by [`QuoteAnchor`]: article, byte range and text. When the
//! extraction moves (an article re-cleaned, a rule changed), the anchor still finds its quotation
//! by its text.

use std::ops::Range;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::{Attribution, Quote, QuoteKind, Speaker, char_span, speaker_key};
use crate::corpus::{Article, ArticleId};

/// Where a quotation is: enough to find it again in a fresh extraction.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct QuoteAnchor {
    /// The article.
    pub article: ArticleId,
    /// Byte range of the text in the article when the correction was made.
    pub bytes: Range<usize>,
    /// The text itself.
    pub text: String,
}

impl QuoteAnchor {
    /// The anchor of an extracted quotation of `article`.
    pub fn of(quote: &Quote, article: &Article) -> Self {
        Self {
            article: quote.article.clone(),
            bytes: quote.span.bytes(),
            text: quote.text(article).to_owned(),
        }
    }
}

/// One correction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Correction {
    /// Give a quotation another speaker (an existing canonical name or a new one).
    SetSpeaker {
        /// The quotation.
        quote: QuoteAnchor,
        /// The speaker's name.
        speaker: String,
    },
    /// Make every quotation of one speaker a quotation of another.
    MergeSpeakers {
        /// The canonical name that goes away.
        from: String,
        /// The canonical name that stays.
        into: String,
    },
    /// Undo one part of a merge the rules made: the quotations whose speaker the article names
    /// `name` and the rules merged into `canonical` get `name` as their own speaker again.
    SplitSpeaker {
        /// The canonical name the rules gave.
        canonical: String,
        /// The name as the articles give it, which becomes a speaker of its own.
        name: String,
    },
    /// Drop a false quotation.
    DeleteQuote {
        /// The quotation.
        quote: QuoteAnchor,
    },
    /// Add a quotation the rules missed, from a range of article text.
    AddQuote {
        /// The text range.
        quote: QuoteAnchor,
        /// Direct, partial or reported.
        kind: QuoteKind,
        /// Who said it, if known.
        speaker: Option<String>,
    },
}

/// Why a correction could not be laid over the extraction.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CorrectionError {
    /// No quotation of the extraction matches the anchor any more.
    #[error("{article}: no quotation “{text}” to correct")]
    QuoteNotFound {
        /// The article.
        article: ArticleId,
        /// The quotation's text.
        text: String,
    },
    /// The article of an added quotation is not loaded.
    #[error("{article}: article not loaded")]
    ArticleNotFound {
        /// The article.
        article: ArticleId,
    },
    /// The text of an added quotation is no longer in its article.
    #[error("{article}: the text “{text}” is no longer in the article")]
    TextNotFound {
        /// The article.
        article: ArticleId,
        /// The text.
        text: String,
    },
}

/// What applying the corrections did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ApplyReport {
    /// Corrections that took effect.
    pub applied: usize,
    /// Corrections that did not, by index, with the reason.
    pub failed: Vec<(usize, CorrectionError)>,
}

/// The analyst's corrections, in the order they were made.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Corrections {
    /// The corrections.
    pub edits: Vec<Correction>,
}

impl Corrections {
    /// Records a correction.
    pub fn push(&mut self, correction: Correction) {
        self.edits.push(correction);
    }

    /// Lays the corrections over `quotes` (a fresh extraction of `articles`), in order.
    pub fn apply(&self, quotes: &mut Vec<Quote>, articles: &[Arc<Article>]) -> ApplyReport {
        let mut report = ApplyReport::default();
        for (i, edit) in self.edits.iter().enumerate() {
            match apply_one(edit, quotes, articles) {
                Ok(()) => report.applied += 1,
                Err(e) => report.failed.push((i, e)),
            }
        }
        report
    }
}

fn not_found(anchor: &QuoteAnchor) -> CorrectionError {
    CorrectionError::QuoteNotFound {
        article: anchor.article.clone(),
        text: anchor.text.clone(),
    }
}

/// The quotation an anchor points at: same range and text; else the same text nearest to it.
fn find(quotes: &[Quote], articles: &[Arc<Article>], anchor: &QuoteAnchor) -> Option<usize> {
    let article = articles.iter().find(|a| a.id == anchor.article)?;
    let same_article = || {
        quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| q.article == anchor.article)
    };
    same_article()
        .find(|(_, q)| q.span.bytes() == anchor.bytes && q.text(article) == anchor.text)
        .or_else(|| {
            same_article()
                .filter(|(_, q)| q.text(article) == anchor.text)
                .min_by_key(|(_, q)| q.span.bytes().start.abs_diff(anchor.bytes.start))
        })
        .map(|(i, _)| i)
}

fn corrected_speaker(name: &str) -> Speaker {
    Speaker {
        canonical: name.into(),
        name: name.into(),
        mention: "".into(),
        mention_span: None,
        role: None,
        attribution: Attribution::Corrected,
    }
}

fn apply_one(
    edit: &Correction,
    quotes: &mut Vec<Quote>,
    articles: &[Arc<Article>],
) -> Result<(), CorrectionError> {
    match edit {
        Correction::SetSpeaker { quote, speaker } => {
            let i = find(quotes, articles, quote).ok_or_else(|| not_found(quote))?;
            if let Some(q) = quotes.get_mut(i) {
                q.speaker = Some(corrected_speaker(speaker));
                q.confidence = 1.0;
            }
        }
        Correction::MergeSpeakers { from, into } => {
            let key = speaker_key(from);
            let into: Arc<str> = into.as_str().into();
            for s in quotes.iter_mut().filter_map(|q| q.speaker.as_mut()) {
                if speaker_key(&s.canonical) == key {
                    s.canonical = Arc::clone(&into);
                }
            }
        }
        Correction::SplitSpeaker { canonical, name } => {
            let (from, own) = (speaker_key(canonical), speaker_key(name));
            for s in quotes.iter_mut().filter_map(|q| q.speaker.as_mut()) {
                if speaker_key(&s.canonical) == from && speaker_key(&s.name) == own {
                    s.canonical = Arc::clone(&s.name);
                }
            }
        }
        Correction::DeleteQuote { quote } => {
            let i = find(quotes, articles, quote).ok_or_else(|| not_found(quote))?;
            quotes.remove(i);
        }
        Correction::AddQuote {
            quote,
            kind,
            speaker,
        } => {
            let article = articles
                .iter()
                .find(|a| a.id == quote.article)
                .ok_or_else(|| CorrectionError::ArticleNotFound {
                    article: quote.article.clone(),
                })?;
            let text_not_found = || CorrectionError::TextNotFound {
                article: quote.article.clone(),
                text: quote.text.clone(),
            };
            let bytes = locate(article, quote).ok_or_else(text_not_found)?;
            quotes.retain(|q| !(q.article == quote.article && q.span.bytes() == bytes));
            let sentence = article
                .blocks
                .iter()
                .find(|b| b.range.start <= bytes.start && bytes.end <= b.range.end)
                .map_or(bytes.clone(), |b| b.range.clone());
            let (Some(span), Some(sentence_span)) = (
                char_span(&article.text, bytes.clone()),
                char_span(&article.text, sentence),
            ) else {
                return Err(text_not_found());
            };
            let new = Quote {
                article: quote.article.clone(),
                kind: *kind,
                span,
                speaker: speaker.as_deref().map(corrected_speaker),
                cue: None,
                not_speech_reason: None,
                sentence_span,
                confidence: 1.0,
            };
            let at = quotes
                .iter()
                .position(|q| q.article == quote.article && q.span.bytes().start > bytes.start)
                .or_else(|| {
                    quotes
                        .iter()
                        .rposition(|q| q.article == quote.article)
                        .map(|i| i + 1)
                })
                .unwrap_or(quotes.len());
            quotes.insert(at, new);
        }
    }
    Ok(())
}

/// Where the anchored text is now: at its old range, else its occurrence nearest to it.
fn locate(article: &Article, anchor: &QuoteAnchor) -> Option<Range<usize>> {
    if article.text.get(anchor.bytes.clone()) == Some(anchor.text.as_str()) {
        return Some(anchor.bytes.clone());
    }
    if anchor.text.is_empty() {
        return None;
    }
    article
        .text
        .match_indices(anchor.text.as_str())
        .map(|(i, _)| i..i + anchor.text.len())
        .min_by_key(|r| r.start.abs_diff(anchor.bytes.start))
}
