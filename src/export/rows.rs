//! The export table: one [`ExportRow`] per quotation, built from the quotations as the analyst
//! sees them, the articles they are in and the session's notes, tags and metadata edits.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::corpus::{Article, ArticleId};
use crate::quotes::{ApplyReport, Quote, QuoteAnchor, QuoteKind, extract_corpus};
use crate::session::{Session, Target};

/// Between several tags of one quotation in a single cell.
pub const TAG_SEPARATOR: &str = ", ";
/// Between several notes on one quotation in a single cell.
pub const NOTE_SEPARATOR: &str = "\n\n";

/// One quotation as a row of the exported table. Offsets are into the article's cleaned text
/// ([`Article::text`]): `*_char` count Unicode scalar values (what an editor or Python's `str`
/// counts), `*_byte` count UTF-8 bytes (what Rust and most byte-level tools count).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportRow {
    /// The speaker's canonical name, shared across articles; empty when nobody was found.
    pub speaker: String,
    /// The mention as written at the cue (الرئيس الروسي); empty when the text drops the subject
    /// or the analyst set the speaker.
    pub speaker_as_written: String,
    /// The kind in words: direct quotation, partial quotation, reported statement, not speech.
    pub kind: String,
    /// The quoted or reported text, without quote marks; cut after [`QUOTE_CHARS`] characters
    /// (see [`quote_cell`]).
    pub quote: String,
    /// The article's headline (the analyst's edit when there is one).
    pub article_title: String,
    /// The outlet (the analyst's edit when there is one); empty when unknown.
    pub outlet: String,
    /// The publication date as `YYYY-MM-DD`; empty when unknown.
    pub date: String,
    /// The reporting word as written (وقال، مضيفا، بحسب); empty when none.
    pub cue: String,
    /// The sentence the quotation is in; a long sentence is cut to [`CONTEXT_CHARS`] characters
    /// either side of the quotation, with `…` where it was cut (see [`context`]).
    pub context: String,
    /// The session's tags on this quotation, in the order they were given, without repeats.
    pub tags: Vec<String>,
    /// The session's notes on this quotation, in the order they were written.
    pub notes: Vec<String>,
    /// The article's id.
    pub article_id: String,
    /// Start of the quotation, in characters.
    pub start_char: usize,
    /// End of the quotation (exclusive), in characters.
    pub end_char: usize,
    /// Start of the quotation, in bytes.
    pub start_byte: usize,
    /// End of the quotation (exclusive), in bytes.
    pub end_byte: usize,
}

/// What the cells of a column hold; decides width, wrapping and direction in the writers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    /// A short Arabic text (a name, a title), right to left.
    Text,
    /// Long Arabic prose (the quotation, its sentence, notes), right to left and wrapped.
    Prose,
    /// A left-to-right token (an id, the kind).
    Code,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// A whole number.
    Number,
}

/// One column of the export table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column {
    /// The header, in English (column names an analyst's formulas and scripts can use).
    pub title: &'static str,
    /// What the cells hold.
    pub content: Content,
    /// Width in a spreadsheet, in characters of the default font.
    pub width: f64,
}

/// The columns, in order; [`ExportRow::cells`] gives the cells in the same order.
pub const COLUMNS: [Column; 16] = [
    column("Speaker", Content::Text, 24.0),
    column("Speaker as written", Content::Text, 24.0),
    column("Kind", Content::Code, 18.0),
    column("Quote", Content::Prose, 60.0),
    column("Article title", Content::Text, 40.0),
    column("Outlet", Content::Text, 18.0),
    column("Date", Content::Date, 12.0),
    column("Cue", Content::Text, 12.0),
    column("Context sentence", Content::Prose, 70.0),
    column("Tags", Content::Text, 20.0),
    column("Note", Content::Prose, 36.0),
    column("Article id", Content::Code, 24.0),
    column("Start (chars)", Content::Number, 12.0),
    column("End (chars)", Content::Number, 12.0),
    column("Start (bytes)", Content::Number, 12.0),
    column("End (bytes)", Content::Number, 12.0),
];

const fn column(title: &'static str, content: Content, width: f64) -> Column {
    Column {
        title,
        content,
        width,
    }
}

/// One cell of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell<'a> {
    /// Text.
    Text(Cow<'a, str>),
    /// A whole number.
    Number(usize),
}

impl Cell<'_> {
    /// The cell as text, as CSV, Markdown and HTML write it.
    pub fn text(&self) -> Cow<'_, str> {
        match self {
            Self::Text(t) => Cow::Borrowed(t.as_ref()),
            Self::Number(n) => Cow::Owned(n.to_string()),
        }
    }
}

impl ExportRow {
    /// The cells, in the order of [`COLUMNS`]; tags joined with [`TAG_SEPARATOR`], notes with
    /// [`NOTE_SEPARATOR`].
    pub fn cells(&self) -> [Cell<'_>; COLUMNS.len()] {
        fn text(s: &str) -> Cell<'_> {
            Cell::Text(Cow::Borrowed(s))
        }
        [
            text(&self.speaker),
            text(&self.speaker_as_written),
            text(&self.kind),
            text(&self.quote),
            text(&self.article_title),
            text(&self.outlet),
            text(&self.date),
            text(&self.cue),
            text(&self.context),
            Cell::Text(Cow::Owned(self.tags.join(TAG_SEPARATOR))),
            Cell::Text(Cow::Owned(self.notes.join(NOTE_SEPARATOR))),
            text(&self.article_id),
            Cell::Number(self.start_char),
            Cell::Number(self.end_char),
            Cell::Number(self.start_byte),
            Cell::Number(self.end_byte),
        ]
    }
}

/// The kind of a quotation in words, as the table shows it.
pub fn kind_words(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct quotation",
        QuoteKind::Partial => "partial quotation",
        QuoteKind::Reported => "reported statement",
        QuoteKind::NotSpeech => "not speech",
    }
}

/// The rows of `quotes`, in the order given (the GUI passes its filtered, sorted rows).
///
/// `articles` supply title, outlet and date (overridden by the session's metadata edits); a
/// quotation whose article is not among them keeps those cells empty. The session's notes on a
/// quotation ([`Target::Quote`]) and its tags go to the row of the quotation their anchor names:
/// same article and text, at the same range, else the nearest one among `quotes`.
pub fn rows<'q>(
    articles: &[Arc<Article>],
    quotes: impl IntoIterator<Item = &'q Quote>,
    session: &Session,
) -> Vec<ExportRow> {
    let quotes: Vec<&Quote> = quotes.into_iter().collect();
    let by_id = crate::corpus::by_id(articles);
    let mut rows: Vec<ExportRow> = quotes
        .iter()
        .map(|q| row(q, by_id.get(&q.article).copied(), session))
        .collect();

    let owners = AnchorIndex::new(&quotes, &by_id);
    for tag in &session.tags {
        if let Some(row) = owners.find(&tag.quote).and_then(|i| rows.get_mut(i))
            && !row.tags.contains(&tag.tag)
        {
            row.tags.push(tag.tag.clone());
        }
    }
    for note in &session.notes {
        if let Target::Quote(anchor) = &note.target
            && let Some(row) = owners.find(anchor).and_then(|i| rows.get_mut(i))
        {
            row.notes.push(note.text.clone());
        }
    }
    for row in &mut rows {
        row.clean_fields();
    }
    rows
}

impl ExportRow {
    /// Removes invisible bidi and joiner characters and control characters from every text
    /// cell ([`crate::corpus::clean_field`]): a title, tag or id from a record, a file name or a
    /// session cannot reorder what a spreadsheet or page shows.
    fn clean_fields(&mut self) {
        let clean = |s: &mut String| {
            if let Cow::Owned(c) = crate::corpus::clean_field(s) {
                *s = c;
            }
        };
        for field in [
            &mut self.speaker,
            &mut self.speaker_as_written,
            &mut self.quote,
            &mut self.article_title,
            &mut self.outlet,
            &mut self.date,
            &mut self.cue,
            &mut self.context,
            &mut self.article_id,
        ] {
            clean(field);
        }
        self.tags
            .iter_mut()
            .chain(self.notes.iter_mut())
            .for_each(clean);
    }
}

/// The rows of every quotation of `articles`: a fresh extraction with the session's corrections
/// laid over it, in article order; not-speech quote marks only when `include_not_speech`. The
/// report says which corrections no longer apply.
pub fn corpus_rows(
    articles: &[Arc<Article>],
    session: &Session,
    include_not_speech: bool,
) -> (Vec<ExportRow>, ApplyReport) {
    let mut quotes = extract_corpus(articles);
    let report = session.corrections.apply(&mut quotes, articles);
    let shown = quotes
        .iter()
        .filter(|q| include_not_speech || q.kind.is_speech());
    (rows(articles, shown, session), report)
}

fn row(q: &Quote, article: Option<&Article>, session: &Session) -> ExportRow {
    let edit = session.metadata_edits.get(&q.article);
    let edited =
        |f: fn(&crate::session::MetadataEdit) -> &Option<String>| edit.and_then(|e| f(e).clone());
    let article_title = edited(|e| &e.title)
        .or_else(|| article.map(Article::display_title))
        .unwrap_or_default();
    let outlet = edited(|e| &e.outlet)
        .or_else(|| article.and_then(|a| a.meta.outlet.clone()))
        .unwrap_or_default();
    let date = edited(|e| &e.date)
        .or_else(|| article.and_then(|a| a.meta.date).map(|d| d.to_string()))
        .unwrap_or_default();
    let speaker = q.speaker.as_ref();
    ExportRow {
        speaker: q.speaker_name().to_owned(),
        speaker_as_written: speaker.map(|s| s.mention.to_string()).unwrap_or_default(),
        kind: kind_words(q.kind).to_owned(),
        quote: article
            .map(|a| quote_cell(q.text(a)).into_owned())
            .unwrap_or_default(),
        article_title,
        outlet,
        date,
        cue: q.cue.as_deref().unwrap_or_default().to_owned(),
        context: article
            .map(|a| context(q, a).into_owned())
            .unwrap_or_default(),
        tags: Vec::new(),
        notes: Vec::new(),
        article_id: q.article.as_str().to_owned(),
        start_char: q.span.chars().start,
        end_char: q.span.chars().end,
        start_byte: q.span.bytes().start,
        end_byte: q.span.bytes().end,
    }
}

/// The longest quotation a cell holds, in characters. A reported statement can run to the end of
/// its paragraph, and a paragraph of thousands of reporting verbs would otherwise give thousands
/// of rows each holding most of it; the offsets columns still give the whole span.
pub const QUOTE_CHARS: usize = 2000;

/// A quotation as its cell holds it: whole up to [`QUOTE_CHARS`] characters, else its start
/// (cut at a space when one is near) and ` …`.
pub fn quote_cell(text: &str) -> Cow<'_, str> {
    let kept = head(text, QUOTE_CHARS);
    if kept.len() == text.len() {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(format!("{kept} …"))
    }
}

/// How much of a long sentence the context column keeps on each side of the quotation, in
/// characters. A paragraph of thousands of quotations would otherwise repeat itself whole in
/// every row, and the table would grow with the square of the text.
pub const CONTEXT_CHARS: usize = 300;

/// The sentence around a quotation, as the table shows it: whole when it is short, else the
/// quotation (as [`quote_cell`] holds it) with [`CONTEXT_CHARS`] characters either side, cut at a space when there is one
/// near, and `…` where text was left out. Empty for a quotation of another article.
pub fn context<'a>(q: &Quote, article: &'a Article) -> Cow<'a, str> {
    let sentence = q.sentence(article);
    let start = q.sentence_span.bytes().start;
    let quote = q.span.bytes();
    let (Some(from), Some(to)) = (quote.start.checked_sub(start), quote.end.checked_sub(start))
    else {
        return Cow::Borrowed(sentence);
    };
    let (Some(before), Some(after)) = (sentence.get(..from), sentence.get(to..)) else {
        return Cow::Borrowed(sentence);
    };
    let keep_before = tail(before, CONTEXT_CHARS);
    let keep_after = head(after, CONTEXT_CHARS);
    let quote = quote_cell(sentence.get(from..to).unwrap_or_default());
    if keep_before.len() == before.len()
        && keep_after.len() == after.len()
        && matches!(quote, Cow::Borrowed(_))
    {
        return Cow::Borrowed(sentence);
    }
    let mut out = String::with_capacity(keep_before.len() + quote.len() + keep_after.len() + 8);
    if keep_before.len() < before.len() {
        out.push_str("… ");
    }
    out.push_str(keep_before);
    out.push_str(&quote);
    out.push_str(keep_after);
    if keep_after.len() < after.len() {
        out.push_str(" …");
    }
    Cow::Owned(out)
}

/// The last `chars` characters of `text` (all of it when shorter), starting after a space when
/// one is among the first tenth of them.
fn tail(text: &str, chars: usize) -> &str {
    let Some((cut, _)) = text.char_indices().rev().nth(chars) else {
        return text;
    };
    let kept = text.get(cut..).unwrap_or(text);
    let near = kept.len() / 10;
    match kept.get(..near).and_then(|h| h.find(' ')) {
        Some(space) => kept.get(space + 1..).unwrap_or(kept),
        None => kept,
    }
}

/// The first `chars` characters of `text` (all of it when shorter), ending before a space when
/// one is among the last tenth of them.
fn head(text: &str, chars: usize) -> &str {
    let Some((cut, _)) = text.char_indices().nth(chars) else {
        return text;
    };
    let kept = text.get(..cut).unwrap_or(text);
    let near = kept.len() - kept.len() / 10;
    match kept.get(near..).and_then(|t| t.rfind(' ')) {
        Some(space) => kept.get(..near + space).unwrap_or(kept),
        None => kept,
    }
}

/// Finds the quotation a session anchor names among the exported ones.
struct AnchorIndex<'q> {
    quotes: &'q [&'q Quote],
    by_text: HashMap<(&'q ArticleId, &'q str), Vec<usize>>,
}

impl<'q> AnchorIndex<'q> {
    fn new(quotes: &'q [&'q Quote], articles: &HashMap<&ArticleId, &'q Article>) -> Self {
        let mut by_text: HashMap<(&ArticleId, &str), Vec<usize>> = HashMap::new();
        for (i, q) in quotes.iter().enumerate() {
            let text = articles.get(&q.article).map_or("", |a| q.text(a));
            by_text.entry((&q.article, text)).or_default().push(i);
        }
        Self { quotes, by_text }
    }

    /// Same article and text: the one at the anchor's range, else the nearest.
    fn find(&self, anchor: &QuoteAnchor) -> Option<usize> {
        let candidates = self.by_text.get(&(&anchor.article, anchor.text.as_str()))?;
        candidates.iter().copied().min_by_key(|&i| {
            self.quotes.get(i).map_or((true, usize::MAX), |q| {
                (
                    q.span.bytes() != anchor.bytes,
                    q.span.bytes().start.abs_diff(anchor.bytes.start),
                )
            })
        })
    }
}
