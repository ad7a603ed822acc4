//! Who said what: quotations and reported statements found in articles, their speakers, speakers
//! merged across articles, and the analyst's corrections laid over the extraction.
//!
//! - [`extract_article`] finds the items of one article; [`extract_corpus`] runs it over many
//!   articles and merges speakers into canonical people ([`merge_speakers`]).
//! - [`Corrections`] holds the analyst's edits; [`Corrections::apply`] lays them over a fresh
//!   extraction.
//! - [`speaker_key`] is the one folding used to compare speaker names.
//!
//! Layout: `lexicon` (reporting verbs, titles and other word lists; the long lists in `words/`),
//! `tokens`, `marks` (pairing quote marks), `speakers` (the speaker's noun phrase), `person` and
//! `subject` (a person's name inside a verb's whole subject), `names` (names an article gives,
//! titles, surnames, bodies and documents resolved to them), `extract` (an article read
//! sentence by sentence), `cues` and `cue_words` (one reporting cue: whether it reports, who
//! speaks, where the statement starts), `agreement` (a dropped subject agrees with its verb),
//! `items` (quotations and statements built from them), `aliases` (merging speakers), `listing`
//! (the speaker list, unnamed sources as one entry), `corrections`.

mod agreement;
mod aliases;
mod corrections;
mod cue_lexicon;
mod cue_words;
mod cues;
mod extract;
mod family_names;
mod items;
mod kinship;
mod lexicon;
mod listing;
mod main_subject;
mod marks;
mod names;
mod no_subject;
mod person;
mod phrase_words;
mod source_cues;
mod speakers;
mod subject;
mod svo;
mod titles;
mod tokens;
mod tracking;
mod word_classes;

#[cfg(test)]
mod tests;

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::corpus::{Article, ArticleId};

pub use aliases::{merge_speakers, speaker_key};
pub use corrections::{ApplyReport, Correction, CorrectionError, Corrections, QuoteAnchor};
pub use extract::{extract_article, extract_corpus};
pub use listing::{
    NO_OUTLET, SpeakerOutlets, UNNAMED_SOURCES, listed_as, per_article, speaker_list,
};

/// The corpus-wide steps of [`extract_corpus`] over items that [`extract_article`] found one
/// article at a time, in corpus order: a short quoted text that recurs in three articles or more
/// is a name or a term, not speech, and speakers merge into canonical people. `text_of` gives an
/// item's quoted text. Extraction splits per article; only this step needs every article, and it
/// reads the items alone, so a corpus that grows by a few articles need not be read again.
pub fn finish_corpus<'a>(quotes: &mut [Quote], text_of: impl Fn(&Quote) -> &'a str) {
    items::mark_recurring_names(quotes, text_of, 3);
    merge_speakers(quotes);
}

/// Stable identifier of a quotation: the article id and the byte range of its text, written
/// `article@start-end`. Not stored in a [`Quote`] but made from it ([`Quote::id`]): making one
/// allocates nothing, the article id being shared.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QuoteId {
    article: ArticleId,
    start: usize,
    end: usize,
}

impl QuoteId {
    /// The id of the item of `article` whose text spans `bytes`.
    pub fn new(article: &ArticleId, bytes: &Range<usize>) -> Self {
        Self {
            article: article.clone(),
            start: bytes.start,
            end: bytes.end,
        }
    }

    /// The article the item is in.
    pub fn article(&self) -> &ArticleId {
        &self.article
    }
}

impl fmt::Display for QuoteId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}@{}-{}", self.article, self.start, self.end)
    }
}

/// What kind of item a quotation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// A whole sentence or clause in quote marks, introduced by a reporting cue.
    Direct,
    /// A phrase in quote marks inside the reporter's own sentence.
    Partial,
    /// A statement reported without quote marks (قال إن …).
    Reported,
    /// Quote marks around something nobody said: a name, a term, a headline, a banner. Never
    /// speech; kept so the reader can show it and the analyst can promote it.
    NotSpeech,
}

impl QuoteKind {
    /// The name used in JSON and tables.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Direct => "direct",
            Self::Partial => "partial",
            Self::Reported => "reported",
            Self::NotSpeech => "not_speech",
        }
    }

    /// True for the kinds that are someone's words.
    pub fn is_speech(self) -> bool {
        self != Self::NotSpeech
    }
}

/// A range of article text, in bytes and in characters (both into [`crate::corpus::Article::text`]).
///
/// Kept as four `u32` (16 bytes instead of 32: a corpus has a quarter of a million of them; an
/// article is at most a few MiB). Serialized as `{"bytes": {start, end}, "chars": {start, end}}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "SpanParts", try_from = "SpanParts")]
pub struct TextSpan {
    bytes: [u32; 2],
    chars: [u32; 2],
}

impl TextSpan {
    /// A span of these byte and character ranges; `None` past `u32::MAX`.
    pub fn new(bytes: Range<usize>, chars: Range<usize>) -> Option<Self> {
        let n = |v: usize| u32::try_from(v).ok();
        Some(Self {
            bytes: [n(bytes.start)?, n(bytes.end)?],
            chars: [n(chars.start)?, n(chars.end)?],
        })
    }

    /// Byte range.
    pub fn bytes(&self) -> Range<usize> {
        self.bytes[0] as usize..self.bytes[1] as usize
    }

    /// Character range.
    pub fn chars(&self) -> Range<usize> {
        self.chars[0] as usize..self.chars[1] as usize
    }
}

/// How a [`TextSpan`] is written.
#[derive(Serialize, Deserialize)]
struct SpanParts {
    bytes: Range<usize>,
    chars: Range<usize>,
}

impl From<TextSpan> for SpanParts {
    fn from(span: TextSpan) -> Self {
        Self {
            bytes: span.bytes(),
            chars: span.chars(),
        }
    }
}

impl TryFrom<SpanParts> for TextSpan {
    type Error = &'static str;

    fn try_from(parts: SpanParts) -> Result<Self, Self::Error> {
        Self::new(parts.bytes, parts.chars).ok_or("offset too large for a text span")
    }
}

/// How the speaker of an item was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attribution {
    /// Named right at the cue (وقال فلان).
    Named,
    /// Named after the statement (… ، كما يقول فلان).
    NamedAfter,
    /// Named only by a title, resolved to the person the article named with it earlier.
    TitleResolved,
    /// The cue has no subject; carried over from the previous clause.
    CarriedOver,
    /// A source the report leaves unnamed (مصادر مطلعة، مصدر أمني، شهود عيان): its phrase is kept
    /// as the mention and name, and never merged with another article's.
    Unnamed,
    /// Set by the analyst.
    Corrected,
}

/// Who said it. The names are shared text: the speakers of one extraction hold one copy of each
/// name however many quotations carry it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// The canonical name, shared by every mention of the same person or group in the corpus.
    pub canonical: Arc<str>,
    /// The name as this article gives it, with titles resolved (فلاديمير بوتين).
    pub name: Arc<str>,
    /// The mention as written at the cue (الرئيس الروسي), empty when the subject was dropped.
    pub mention: Arc<str>,
    /// Where the mention is, when it is in the text.
    pub mention_span: Option<TextSpan>,
    /// The role or title given with the name (مستشار الأمن القومي).
    pub role: Option<Arc<str>>,
    /// How the speaker was found.
    pub attribution: Attribution,
}

/// One quotation or reported statement. Its text and sentence are not copied into it: they are
/// read from the article ([`Quote::text`], [`Quote::sentence`]), so the 78,000 quotations of a
/// 12,000-article corpus do not hold a second copy of much of its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The article it is in.
    pub article: ArticleId,
    /// Direct, partial, reported or not speech.
    pub kind: QuoteKind,
    /// Where the quoted or reported text is, without quote marks.
    pub span: TextSpan,
    /// The speaker, when one was found.
    pub speaker: Option<Speaker>,
    /// The reporting word as written (وقال، مضيفا، بحسب).
    pub cue: Option<Arc<str>>,
    /// Why quote marks are not speech, for [`QuoteKind::NotSpeech`].
    pub not_speech_reason: Option<Arc<str>>,
    /// Where the sentence around the item is.
    pub sentence_span: TextSpan,
    /// How sure the rules are, 0 to 1.
    pub confidence: f32,
}

impl Quote {
    /// Its stable id.
    pub fn id(&self) -> QuoteId {
        QuoteId::new(&self.article, &self.span.bytes())
    }

    /// True when `id` names this quotation (compared without making its id).
    pub fn has_id(&self, id: &QuoteId) -> bool {
        self.span.bytes() == (id.start..id.end) && self.article == id.article
    }

    /// The speaker's canonical name, or an empty string.
    pub fn speaker_name(&self) -> &str {
        self.speaker.as_ref().map_or("", |s| &s.canonical)
    }

    /// The quoted or reported text, read from the article it was found in (an empty string for
    /// another article).
    pub fn text<'a>(&self, article: &'a Article) -> &'a str {
        self.read(article, &self.span)
    }

    /// The sentence around the item, for context, read from the article it was found in (an
    /// empty string for another article).
    pub fn sentence<'a>(&self, article: &'a Article) -> &'a str {
        self.read(article, &self.sentence_span)
    }

    fn read<'a>(&self, article: &'a Article, span: &TextSpan) -> &'a str {
        if article.id != self.article {
            return "";
        }
        article.text.get(span.bytes()).unwrap_or_default()
    }
}

/// Character offsets of one text at every [`CharIndex::STEP_BYTES`] bytes, so that turning a
/// byte offset into a character offset counts at most that many bytes, however many items an
/// article holds (counting from the start of the text each time grew with the square of it).
pub(crate) struct CharIndex<'a> {
    text: &'a str,
    /// Characters before byte `i * STEP_BYTES`, or before the character boundary just after it.
    marks: Vec<(usize, usize)>,
}

impl<'a> CharIndex<'a> {
    const STEP_BYTES: usize = 4096;

    pub(crate) fn new(text: &'a str) -> Self {
        let mut marks = vec![(0, 0)];
        let (mut byte, mut chars) = (0, 0);
        while byte + Self::STEP_BYTES < text.len() {
            let mut next = byte + Self::STEP_BYTES;
            while !text.is_char_boundary(next) {
                next += 1;
            }
            chars += text.get(byte..next).map_or(0, |s| s.chars().count());
            byte = next;
            marks.push((byte, chars));
        }
        Self { text, marks }
    }

    fn chars_before(&self, byte: usize) -> usize {
        let i = self
            .marks
            .partition_point(|&(b, _)| b <= byte)
            .saturating_sub(1);
        let (at, chars) = self.marks.get(i).copied().unwrap_or((0, 0));
        chars + self.text.get(at..byte).map_or(0, |s| s.chars().count())
    }

    /// As [`char_span`].
    pub(crate) fn span(&self, bytes: Range<usize>) -> Option<TextSpan> {
        let chars = self.chars_before(bytes.start)..self.chars_before(bytes.end);
        TextSpan::new(bytes, chars)
    }
}

/// Turns byte offsets into character offsets within one text; `None` for offsets past
/// `u32::MAX` (an article is cut into much smaller texts long before).
pub(crate) fn char_span(text: &str, bytes: Range<usize>) -> Option<TextSpan> {
    let start = text.get(..bytes.start).map_or(0, |s| s.chars().count());
    let len = text.get(bytes.clone()).map_or(0, |s| s.chars().count());
    TextSpan::new(bytes, start..start + len)
}
