//! The rules that tie reporting cues, quotations and statements together in one article.
//!
//! Per paragraph: find the cues and the quoted spans, split into sentences (a full stop inside a
//! quotation does not end the reporter's sentence), then for each cue find its speaker (named
//! after it, before it, or carried over from the previous clause) and its statement; each quoted
//! span is governed by the nearest cue before it in its sentence, or by one right after it.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::Arc;

use super::aliases::merge_speakers;
use super::cue_words::{came_in_at, feminine_hal_at, holds_here, showed_at, thanks_at};
use super::cues::Scope;
use super::items::{mark_recurring_in_article, mark_recurring_names};
use super::lexicon::{CueForm, cue_stem, is_title, light_norm, strip_article};
use super::marks::{MarkSpan, find_spans, opening_in};
use super::speakers::is_sacred_name;
use super::tokens::{Tok, TokKind, tokenize};
use super::tracking::verb_then_subject;
use super::{Attribution, Quote};
use crate::corpus::{Article, BlockKind};

/// Extracts quotations and reported statements from every article and merges their speakers
/// into canonical names across the corpus.
pub fn extract_corpus(articles: &[Arc<Article>]) -> Vec<Quote> {
    let mut shared = SharedText::default();
    let mut quotes: Vec<Quote> = Vec::new();
    for article in articles {
        let start = quotes.len();
        quotes.extend(extract_article(article));
        for q in quotes.get_mut(start..).unwrap_or_default() {
            shared.share_quote(q);
        }
    }
    drop(shared);
    let by_id = crate::corpus::by_id(articles);
    let text_of = |q: &Quote| by_id.get(&q.article).map_or("", |a| q.text(a));
    mark_recurring_names(&mut quotes, text_of, 3);
    merge_speakers(&mut quotes);
    quotes.shrink_to_fit();
    quotes
}

/// One copy of each name, mention, role, cue and reason of an extraction, shared by every
/// quotation that carries it (a corpus names the same few thousand people tens of thousands of
/// times).
#[derive(Default)]
struct SharedText(HashSet<Arc<str>>);

impl SharedText {
    fn share(&mut self, text: &mut Arc<str>) {
        if let Some(kept) = self.0.get(&**text) {
            *text = Arc::clone(kept);
        } else {
            self.0.insert(Arc::clone(text));
        }
    }

    fn share_quote(&mut self, q: &mut Quote) {
        if let Some(s) = q.speaker.as_mut() {
            self.share(&mut s.name);
            self.share(&mut s.canonical);
            self.share(&mut s.mention);
            if let Some(role) = s.role.as_mut() {
                self.share(role);
            }
        }
        for text in [q.cue.as_mut(), q.not_speech_reason.as_mut()]
            .into_iter()
            .flatten()
        {
            self.share(text);
        }
    }
}

/// Extracts the quotations, reported statements and not-speech quote marks of one article, in
/// text order. Speakers carry their in-article name as canonical name until [`merge_speakers`].
pub fn extract_article(article: &Article) -> Vec<Quote> {
    let blocks: Vec<(BlockKind, Vec<Tok>)> = article
        .blocks
        .iter()
        .map(|b| {
            let toks = tokenize(article.block_text(b), b.range.start);
            (b.kind, super::phrase_words::without_name_dashes(toks))
        })
        .collect();
    let mut ctx = Ctx::new(article, &blocks);
    for (_, toks) in blocks.iter().filter(|(k, _)| *k == BlockKind::Paragraph) {
        ctx.learn_names(toks);
    }
    for (kind, toks) in &blocks {
        ctx.block(*kind, toks);
    }
    let mut out = ctx.out;
    name_the_office_named_next(&mut out);
    mark_recurring_in_article(&mut out, article);
    out
}

/// قال وزير كويتي إن … وقال وزير الدولة … الشيخ فلان إن …: wire copy opens with an office
/// left indefinite and names the person in the next sentences. An item credited to an
/// indefinite office and its nisba (وزير كويتي، مسؤول أمريكي) takes the person that one of the
/// next few items names with the same office.
fn name_the_office_named_next(out: &mut [Quote]) {
    const AHEAD: usize = 4;
    for i in 0..out.len() {
        let Some(office) = out
            .get(i)
            .and_then(|q| q.speaker.as_ref())
            .and_then(indefinite_office)
        else {
            continue;
        };
        let named = out.iter().skip(i + 1).take(AHEAD).find_map(|q| {
            let s = q.speaker.as_ref()?;
            let role = s.role.as_deref()?;
            let head = light_norm(role.split_whitespace().next()?);
            // والوزير: a و before the office, not the و of وزير.
            let head = head
                .strip_prefix('و')
                .filter(|h| is_title(h))
                .unwrap_or(&head);
            (strip_article(head).0 == office && !s.name.contains(&*office)).then(|| s.clone())
        });
        if let (Some(named), Some(q)) = (named, out.get_mut(i))
            && let Some(s) = q.speaker.as_mut()
        {
            s.role = Some(s.name.clone());
            s.name = named.name;
            s.canonical = named.canonical;
            s.attribution = Attribution::TitleResolved;
        }
    }
}

/// The office of a speaker named only as an indefinite office with its nisba (وزير كويتي).
fn indefinite_office(s: &super::Speaker) -> Option<String> {
    if s.role.is_some() {
        return None;
    }
    let mut words = s.name.split_whitespace();
    let (office, nisba) = (light_norm(words.next()?), light_norm(words.next()?));
    let fits = words.next().is_none()
        && is_title(&office)
        && !strip_article(&office).1
        && !strip_article(&nisba).1
        && (nisba.ends_with('ي') || nisba.ends_with("ية"));
    fits.then_some(office)
}

/// A speaker as resolved inside one article.
#[derive(Debug, Clone)]
pub(super) struct Resolved {
    pub(super) name: Arc<str>,
    pub(super) mention: Arc<str>,
    pub(super) mention_bytes: Option<Range<usize>>,
    pub(super) role: Option<Arc<str>>,
    pub(super) attribution: Attribution,
}

impl Resolved {
    /// The same speaker referred back to by a later cue that does not name them: no mention at
    /// that cue, attributed as carried over (an unnamed source stays unnamed in the sentences
    /// that go on with it).
    pub(super) fn carried(mut self) -> Self {
        if self.attribution != Attribution::Unnamed {
            self.attribution = Attribution::CarriedOver;
        }
        self.mention = "".into();
        self.mention_bytes = None;
        self
    }
}

/// What one cue says.
#[derive(Debug, Clone)]
pub(super) struct Cue {
    pub(super) tok: usize,
    pub(super) form: CueForm,
    /// The statement comes before the cue (… ، كما يقول فلان).
    pub(super) after: bool,
    pub(super) speaker: Option<Resolved>,
    /// Token range of the speaker phrase, when named.
    pub(super) np: Option<Range<usize>>,
    /// Where the statement starts (token index), and whether a colon or quote mark opens it.
    pub(super) comp: Option<usize>,
    pub(super) colon: bool,
    /// Inscription (كتب عليها “…”): what follows is banner text, not speech.
    pub(super) inscription: bool,
    /// How far the speaker's reading reaches.
    pub(super) reach: Reach,
}

/// How far the speaker of a cue reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reach {
    /// The speaker is the subject that later verbs without one refer to.
    Paragraph,
    /// The speaker was read only from its place after the verb, inside a sentence (… حيث
    /// أظهرت الإحصاءات أن): it is this cue's alone.
    Clause,
}

pub(super) struct Ctx<'a> {
    pub(super) article: &'a Article,
    /// The offices the article names its people with.
    pub(super) titles: super::titles::Titles,
    /// Multi-word names seen in the article.
    pub(super) names: Vec<String>,
    /// How often each name was seen.
    pub(super) name_counts: Vec<usize>,
    /// Folded words of those names → the most often seen name holding them.
    pub(super) name_words: HashMap<String, usize>,
    /// The article's blocks, tokenized.
    pub(super) blocks: &'a [(BlockKind, Vec<Tok>)],
    /// Head noun of a body or document (folded) → the first full phrase the article gives it
    /// (وزارة الصحة، تقرير «وول ستريت جورنال»), for later mentions by the noun alone. Read off
    /// the paragraphs the first time a noun alone needs it: most articles never do.
    pub(super) bodies: OnceCell<HashMap<String, String>>,
    /// Document noun (folded, without the article) → who issued the last one the article
    /// introduced (وقال الائتلاف في بيان …): a later البيان alone is their word.
    pub(super) documents: HashMap<String, Resolved>,
    /// Character offsets of the article text, for the items' spans.
    pub(super) chars: OnceCell<super::CharIndex<'a>>,
    pub(super) last_subject: Option<Resolved>,
    /// The subject of the sentence's first verb when that verb reports nothing and its
    /// subject was read only as a description or an unknown name: the subject of the
    /// participles and joined verbs of that sentence alone ([`super::main_subject`]).
    pub(super) main_subject: Option<Resolved>,
    /// The main subject of the sentence before when that sentence reported nothing: the
    /// subject of a verb without one that opens this sentence (استعرض الباحث … . وقال إنه …).
    pub(super) prev_main: Option<Resolved>,
    /// The subjects named so far, newest last: a verb without one takes the newest it agrees
    /// with.
    pub(super) subjects: Vec<Resolved>,
    /// Speaker of the last quotation, for a quotation that continues it.
    pub(super) last_quote: Option<Resolved>,
    pub(super) out: Vec<Quote>,
}

pub(super) fn text_of(text: &str, toks: &[Tok], r: &Range<usize>) -> String {
    let (Some(a), Some(b)) = (
        toks.get(r.start),
        r.end.checked_sub(1).and_then(|e| toks.get(e)),
    ) else {
        return String::new();
    };
    text.get(a.start..b.end).unwrap_or_default().to_owned()
}

pub(super) fn bytes_of(toks: &[Tok], r: &Range<usize>) -> Option<Range<usize>> {
    let a = toks.get(r.start)?;
    let b = toks.get(r.end.checked_sub(1)?)?;
    (a.start < b.end).then_some(a.start..b.end)
}

pub(super) fn is_clause_break(t: &Tok) -> bool {
    matches!(
        t.kind,
        TokKind::Punct('،' | ',' | '-' | '–' | '—' | '(' | ')' | ':' | '؛' | ';')
    )
}

/// Connectors that start a new clause after a comma (… ، حيث …).
pub(super) fn is_connector(norm: &str) -> bool {
    matches!(
        norm,
        "حيث"
            | "فيما"
            | "بينما"
            | "في"
            | "اذ"
            | "وذلك"
            | "مما"
            | "كما"
            | "غير"
            | "الا"
            | "وقد"
            | "وهو"
            | "وهي"
            | "التي"
            | "الذي"
            | "ثم"
            | "وكان"
            | "وكانت"
            | "فقد"
            | "وفي"
            | "بدوره"
            | "بدورها"
            | "وبحسب"
            | "وعلى"
            | "ومن"
            | "الامر"
            | "وسط"
            | "يذكر"
            | "يشار"
            | "وتابع"
            | "واضاف"
    )
}

impl<'a> Ctx<'a> {
    fn new(article: &'a Article, blocks: &'a [(BlockKind, Vec<Tok>)]) -> Self {
        Self {
            article,
            blocks,
            titles: super::titles::Titles::default(),
            names: Vec::new(),
            name_counts: Vec::new(),
            name_words: HashMap::default(),
            bodies: OnceCell::new(),
            documents: HashMap::default(),
            chars: OnceCell::new(),
            last_subject: None,
            main_subject: None,
            prev_main: None,
            subjects: Vec::new(),
            last_quote: None,
            out: Vec::new(),
        }
    }

    pub(super) fn text(&self) -> &'a str {
        &self.article.text
    }

    fn block(&mut self, kind: BlockKind, toks: &[Tok]) {
        let cue_of: Vec<Option<(String, CueForm)>> = toks
            .iter()
            .enumerate()
            .map(|(i, t)| {
                if t.is_word() {
                    cue_stem(&t.norm)
                        .filter(|(stem, _)| holds_here(toks, i, stem))
                        .or_else(|| feminine_hal_at(toks, i))
                        .or_else(|| thanks_at(toks, i))
                        .or_else(|| showed_at(toks, i))
                        .or_else(|| came_in_at(toks, i))
                } else {
                    None
                }
            })
            .collect();
        let is_cue: Vec<bool> = cue_of.iter().map(Option::is_some).collect();
        let spans = find_spans(toks, &is_cue);
        if kind != BlockKind::Paragraph {
            for s in &spans {
                let reason = if kind == BlockKind::Headline {
                    "headline"
                } else {
                    "heading"
                };
                self.push_not_speech(toks, s, 0..toks.len(), reason);
            }
            return;
        }
        let mut in_quote = vec![false; toks.len()];
        for s in &spans {
            for f in in_quote.iter_mut().take(s.outer_end()).skip(s.open) {
                *f = true;
            }
        }
        let mut start = 0;
        for (i, t) in toks.iter().enumerate() {
            let last = i + 1 == toks.len();
            let ends = t.is_sentence_end()
                && !in_quote.get(i).copied().unwrap_or(false)
                && !semicolon_continues(toks, i);
            if ends || last {
                self.sentence(toks, &cue_of, &in_quote, &spans, start..i + 1);
                start = i + 1;
            }
        }
    }

    fn sentence(
        &mut self,
        toks: &[Tok],
        cue_of: &[Option<(String, CueForm)>],
        in_quote: &[bool],
        spans: &[MarkSpan],
        sent: Range<usize>,
    ) {
        let mut cues: Vec<Cue> = Vec::new();
        self.prev_main = self.main_subject.take();
        let scope = Scope {
            toks,
            cue_of,
            spans,
            sent: &sent,
        };
        for k in sent.clone() {
            if in_quote.get(k).copied().unwrap_or(false) {
                continue;
            }
            let clause_start = k == sent.start
                || k.checked_sub(1)
                    .and_then(|p| toks.get(p))
                    .is_some_and(is_clause_break);
            let not_cue = cue_of.get(k).is_none_or(Option::is_none);
            // يكشف الكاتب فلان، عضو جمعية …، إن: an apposition inside the speaker's phrase is
            // not a new subject.
            let in_subject = cues
                .last()
                .is_some_and(|c| !c.after && k > c.tok && c.comp.is_some_and(|comp| k < comp));
            // قال فلان إن طريق الملك سعود هو …، وبين أن: the nouns of a statement are what
            // was said, not a subject a later verb refers to.
            let in_statement = cues.last().is_some_and(|c| {
                !c.after && c.speaker.is_some() && c.comp.is_some_and(|comp| k > comp)
            });
            if not_cue
                && !in_subject
                && !in_statement
                && (clause_start || verb_then_subject(toks, cue_of, k))
            {
                self.track_subject(toks, k, sent.end);
            }
            if not_cue && k == sent.start {
                self.track_verb_subject(toks, k, sent.end);
            }
            if let Some((stem, form)) = cue_of.get(k).cloned().flatten()
                && let Some(cue) = self.cue(&scope, k, &stem, form, &cues)
            {
                // قال القاضي إن المحاكمة تكشف مدى الافتقار …: a verb inside another's
                // statement whose subject names no one is part of what was said.
                let said_inside = in_statement
                    && cue.speaker.as_ref().is_some_and(|s| {
                        s.attribution == Attribution::Named && !self.names_a_speaker(&s.name)
                    });
                if said_inside {
                    continue;
                }
                // The source of a بحسب / وفقا لـ phrase is not the subject that a later verb
                // without one refers to: that is the paragraph's speaker.
                if let Some(s) = cue.speaker.as_ref().filter(|s| {
                    s.attribution != Attribution::CarriedOver
                        && !is_sacred_name(&s.name)
                        && cue.form != CueForm::Source
                        && cue.reach == Reach::Paragraph
                }) {
                    self.learn_office_of(s);
                    self.set_subject(s.clone());
                    // وطبق المدرب الخطط … من جهته أكد فلان أن … وقال: a verb joined after a
                    // speaker of its own refers to that speaker, not to the sentence's first.
                    self.main_subject = None;
                }
                // ولم تعلن أي جهة مسؤوليتها، لن يعلق على التحقيقات: a reporting verb negated in
                // the past or the future says that nothing was said; its subject is still the one
                // a later verb refers to (ولم ينتقد مورينيو لاعبيه، وقال إن …).
                let negated = k.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|t| {
                    matches!(t.norm.as_str(), "لم" | "ولم" | "فلم" | "لن" | "ولن" | "فلن")
                });
                if !negated {
                    cues.push(cue);
                }
            }
        }
        if cues.iter().any(|c| c.speaker.is_some()) {
            self.main_subject = None;
        }
        self.learn_issued(toks, &sent);
        for cue in &cues {
            self.learn_documents(toks, cue);
        }
        let sentence_bytes = bytes_of(toks, &sent).unwrap_or_default();
        for s in opening_in(spans, sent.clone()) {
            self.quote_span(toks, s, &cues, &sent, sentence_bytes.clone());
        }
        for cue in &cues {
            // وأوضح فلان قائلاً: إن …: the participle after the subject says the statement;
            // the verb before it has no statement of its own.
            let restated = !cue.after
                && cue.comp.is_some_and(|comp| {
                    cues.iter()
                        .any(|o| o.tok == comp && !o.after && o.form == CueForm::Hal)
                });
            if !restated {
                self.reported(toks, spans, cue, &sent, sentence_bytes.clone());
            }
        }
    }
}

/// True for a semicolon the clause runs on after: no sentence starts with a complementizer or
/// a preposition's complement, so in وطالب الوزير فلان؛ بتهيئة الفرص the words after it are the
/// verb's statement, not a sentence of their own.
fn semicolon_continues(toks: &[Tok], i: usize) -> bool {
    toks.get(i)
        .is_some_and(|t| matches!(t.kind, TokKind::Punct('؛' | ';')))
        && toks.get(i + 1).is_some_and(|n| {
            n.is_word()
                && (super::lexicon::is_complementizer(&n.norm)
                    || super::lexicon::is_prefixed_complement(&n.norm))
        })
}

impl Ctx<'_> {
    /// True when a speaker phrase names someone who can speak: a person (a given name or a name
    /// the article gave), an office, a body, a group, people, a document, a country or an
    /// unnamed source; not a noun of what was said (مدى الافتقار، سقوط ملائكة).
    fn names_a_speaker(&self, name: &str) -> bool {
        use super::lexicon::{
            is_body, is_country, is_document, is_group, is_institution, is_unnamed_source,
        };
        let words: Vec<String> = name.split_whitespace().map(light_norm).collect();
        let Some(first) = words.first() else {
            return false;
        };
        let (body, definite) = strip_article(first);
        is_title(first)
            || is_group(first)
            || is_institution(first)
            || is_body(body)
            || is_document(body)
            || is_country(first)
            || is_unnamed_source(first)
            || super::word_classes::is_people_plural(body)
            || super::kinship::is_kin_word(first)
            || (definite && super::lexicon::can_speak(first))
            // السلطات، الإحصاءات، الدراسات: a definite feminine plural is a body or a record.
            || (definite && body.ends_with("ات"))
            || name.contains(['«', '"', '“'])
            || words
                .iter()
                .any(|w| super::person::is_given_name(w) || self.is_known_name_word(w))
    }
}
