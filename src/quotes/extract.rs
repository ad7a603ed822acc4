//! The rules that tie reporting cues, quotations and statements together in one article.
//!
//! Per paragraph: find the cues and the quoted spans, split into sentences (a full stop inside a
//! quotation does not end the reporter's sentence), then for each cue find its speaker (named
//! after it, before it, or carried over from the previous clause) and its statement; each quoted
//! span is governed by the nearest cue before it in its sentence, or by one right after it.

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

use super::aliases::merge_speakers;
use super::items::{mark_recurring_in_article, mark_recurring_names};
use super::lexicon::{
    AFTER_MARKERS, CueForm, can_speak, cue_stem, is_complementizer, is_group, is_institution,
    is_prep_pronoun, is_title, light_norm, strip_article,
};
use super::marks::{MarkSpan, find_spans};
use super::names::verb_then_subject;
use super::speakers::{Np, is_sacred_name, parse_np};
use super::subject::extend_name;
use super::tokens::{Tok, TokKind, tokenize};
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
        .map(|b| (b.kind, tokenize(article.block_text(b), b.range.start)))
        .collect();
    let mut ctx = Ctx::new(article, &blocks);
    for (_, toks) in blocks.iter().filter(|(k, _)| *k == BlockKind::Paragraph) {
        ctx.learn_names(toks);
    }
    for (kind, toks) in &blocks {
        ctx.block(*kind, toks);
    }
    let mut out = ctx.out;
    mark_recurring_in_article(&mut out, article);
    out
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
}

pub(super) struct Ctx<'a> {
    pub(super) article: &'a Article,
    /// Title phrase (folded) → the name it was given with.
    pub(super) titles: HashMap<String, String>,
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
    /// Character offsets of the article text, for the items' spans.
    pub(super) chars: OnceCell<super::CharIndex<'a>>,
    pub(super) last_subject: Option<Resolved>,
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

/// A name read after the preposition ل without it: لـمصادر طبية → مصادر طبية، للوزارة → الوزارة.
/// A name that only starts with the letter (ليلى مراد) keeps it.
fn without_preposition(name: &str) -> String {
    if let Some(rest) = name.strip_prefix("لل") {
        return format!("ال{rest}");
    }
    let Some(rest) = name.strip_prefix('ل') else {
        return name.to_owned();
    };
    let first = light_norm(rest.split_whitespace().next().unwrap_or_default());
    if rest.starts_with('\u{0640}')
        || is_group(&first)
        || is_institution(&first)
        || is_title(&first)
    {
        rest.trim_start_matches('\u{0640}').to_owned()
    } else {
        name.to_owned()
    }
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
            | "لكن"
            | "ولكن"
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
            titles: HashMap::new(),
            names: Vec::new(),
            name_counts: Vec::new(),
            name_words: HashMap::new(),
            bodies: OnceCell::new(),
            chars: OnceCell::new(),
            last_subject: None,
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
            .map(|t| if t.is_word() { cue_stem(&t.norm) } else { None })
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
            let abbreviation = t.is_punct('.')
                && i.checked_sub(1)
                    .and_then(|p| toks.get(p))
                    .is_some_and(|p| p.is_word() && p.norm.chars().count() == 1);
            if (t.is_sentence_end() && !abbreviation && !in_quote.get(i).copied().unwrap_or(false))
                || last
            {
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
        for k in sent.clone() {
            if in_quote.get(k).copied().unwrap_or(false) {
                continue;
            }
            let clause_start = k == sent.start
                || k.checked_sub(1)
                    .and_then(|p| toks.get(p))
                    .is_some_and(is_clause_break);
            let not_cue = cue_of.get(k).is_none_or(Option::is_none);
            if not_cue && (clause_start || verb_then_subject(toks, cue_of, k)) {
                self.track_subject(toks, k, sent.end);
            }
            if let Some((stem, form)) = cue_of.get(k).cloned().flatten()
                && let Some(cue) = self.cue(toks, cue_of, spans, &sent, k, &stem, form, &cues)
            {
                // The source of a بحسب / وفقا لـ phrase is not the subject that a later verb
                // without one refers to: that is the paragraph's speaker.
                if let Some(s) = cue.speaker.as_ref().filter(|s| {
                    s.attribution != Attribution::CarriedOver
                        && !is_sacred_name(&s.name)
                        && cue.form != CueForm::Source
                }) {
                    self.last_subject = Some(s.clone());
                }
                cues.push(cue);
            }
        }
        let sentence_bytes = bytes_of(toks, &sent).unwrap_or_default();
        for s in spans.iter().filter(|s| sent.contains(&s.open)) {
            self.quote_span(toks, s, &cues, &sent, sentence_bytes.clone());
        }
        for cue in &cues {
            self.reported(toks, spans, cue, &sent, sentence_bytes.clone());
        }
    }

    // One cue's three forms (verb, participle, source phrase) share the scan for the statement.
    #[allow(clippy::too_many_arguments, clippy::too_many_lines)]
    fn cue(
        &self,
        toks: &[Tok],
        cue_of: &[Option<(String, CueForm)>],
        spans: &[MarkSpan],
        sent: &Range<usize>,
        k: usize,
        stem: &str,
        form: CueForm,
        earlier: &[Cue],
    ) -> Option<Cue> {
        let prev = k
            .checked_sub(1)
            .and_then(|p| toks.get(p))
            .map_or("", |t| t.norm.as_str());
        let prev2 = k
            .checked_sub(2)
            .and_then(|p| cue_of.get(p))
            .cloned()
            .flatten();
        // عن شكره، في رده: after a preposition the word is a noun, not a reporting verb.
        if form == CueForm::Verb
            && matches!(
                prev,
                "عن" | "على" | "في" | "من" | "الى" | "ب" | "بعد" | "قبل" | "عدم"
            )
        {
            return None;
        }
        // رفع شكره وتقديره: a pronoun-suffixed form coordinated with a like noun is a noun.
        let this = toks.get(k).map_or("", |t| t.norm.as_str());
        let suffix = ["ها", "هم", "ه"].into_iter().find(|x| this.ends_with(x));
        if let Some(x) = suffix
            && toks
                .get(k + 1)
                .is_some_and(|t| t.norm.starts_with('و') && t.norm.ends_with(x))
        {
            return None;
        }
        // فضل عدم ذكر اسمه: "mention his name" reports nothing.
        if stem == "ذكر"
            && toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "اسمه" | "اسمها" | "اسمهم" | "هويته"))
        {
            return None;
        }
        let after = form == CueForm::Verb
            && (AFTER_MARKERS.contains(&prev)
                && (!matches!(prev, "ما" | "لما")
                    || prev2.is_some_and(|(_, f)| f == CueForm::Source)));
        let mut cue = Cue {
            tok: k,
            form,
            after,
            speaker: None,
            np: None,
            comp: None,
            colon: false,
            inscription: false,
        };
        let mut scan_from = k + 1;
        match form {
            CueForm::Source => {
                let mut at = k + 1;
                while toks
                    .get(at)
                    .is_some_and(|t| matches!(t.norm.as_str(), "ل" | "لـ" | "عن"))
                {
                    at += 1;
                }
                if toks
                    .get(at)
                    .is_some_and(|t| matches!(t.norm.as_str(), "ما" | "لما"))
                {
                    return None; // بحسب ما قال فلان: the verb is the cue.
                }
                // وفق كلام فلان، بحسب تصريحات فلان: the speaker follows the word for speech.
                if toks.get(at).is_some_and(|t| {
                    matches!(
                        t.norm.as_str(),
                        "كلام" | "تصريحات" | "تصريح" | "قول" | "رواية" | "حديث"
                    )
                }) {
                    at += 1;
                }
                let (np, stripped) = Self::source_np(toks, at, sent.end)?;
                let mut speaker = self.resolve(toks, &np, Attribution::Named);
                if stripped {
                    speaker.name = without_preposition(&speaker.name).into();
                }
                cue.speaker = Some(speaker);
                cue.np = Some(np.start..np.end);
                let after_np = np.end;
                let next = toks.get(after_np);
                if next.is_some_and(|t| t.is_punct(':')) {
                    // حسب قول فلان: «…»
                    cue.colon = true;
                    cue.comp = Some(after_np + 1);
                } else if spans.iter().any(|s| s.open == after_np) {
                    cue.comp = Some(after_np);
                } else if next.is_some_and(Tok::is_comma) && after_np + 1 < sent.end {
                    cue.comp = Some(after_np + 1);
                } else {
                    cue.after = true;
                }
                return Some(cue);
            }
            CueForm::Hal => {
                // نقلت الوكالة عن الوزير قوله: the one quoted is the object of عن.
                let from = k.saturating_sub(8).max(sent.start);
                let quoted = (from..k)
                    .rev()
                    .find(|&m| toks.get(m).is_some_and(|t| t.norm == "عن"))
                    .and_then(|m| parse_np(toks, m + 1, k).filter(|np| np.end == k));
                if stem == "قول"
                    && let Some(np) = quoted
                {
                    cue.speaker = Some(self.resolve(toks, &np, Attribution::Named));
                    cue.np = Some(np.start..np.end);
                    return self.statement_start(toks, cue_of, spans, sent, cue, k + 1);
                }
                let main = earlier.iter().rev().find_map(|c| c.speaker.clone());
                cue.speaker = main.map(|mut r| {
                    r.attribution = Attribution::CarriedOver;
                    r.mention = "".into();
                    r.mention_bytes = None;
                    r
                });
                cue.speaker = cue.speaker.or_else(|| self.carried());
            }
            CueForm::Verb => {
                // يُزعم، يُذكر: a passive verb names no speaker and reports nothing.
                let raw = toks
                    .get(k)
                    .and_then(|t| self.text().get(t.start..t.end))
                    .unwrap_or_default();
                if raw.trim_start_matches(['و', 'ف']).chars().nth(1) == Some('\u{064F}') {
                    return None;
                }
                cue.inscription =
                    stem == "كتب" && toks.get(k + 1).is_some_and(|t| t.norm.starts_with("علي"));
                // تحدث عنها الرئيس: a preposition with a pronoun may come before the subject.
                // قال لـ«الشرق الأوسط» فلان: the one told, in quote marks, may come first.
                let told = toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.norm.as_str(), "ل" | "لـ"));
                let told_span = spans.iter().find(|s| told && s.open == k + 2);
                let mut subject_at = if let Some(s) = told_span {
                    s.outer_end()
                } else if toks.get(k + 1).is_some_and(|t| is_prep_pronoun(&t.norm)) {
                    k + 2
                } else {
                    k + 1
                };
                // وأكدت هذه التسريبات: the demonstrative points back to the body named before.
                if toks
                    .get(subject_at)
                    .is_some_and(|t| matches!(t.norm.as_str(), "هذه" | "هذا" | "هؤلاء"))
                    && toks
                        .get(subject_at + 1)
                        .is_some_and(|t| strip_article(&t.norm).1)
                {
                    subject_at += 1;
                }
                // … علي العياشي الذي أوضح أن: a relative pronoun's verb speaks for the name before.
                if let Some(np) = self.antecedent(toks, sent, k) {
                    cue.speaker = Some(self.resolve(toks, &np, Attribution::Named));
                    return self.statement_start(toks, cue_of, spans, sent, cue, k + 1);
                }
                let svo = if after {
                    None
                } else {
                    Self::svo_subject(toks, sent, k)
                };
                // وأكد سموه، وقال معاليه: an honorific pronoun refers to the subject before.
                let honorific = toks.get(subject_at).is_some_and(|t| {
                    matches!(
                        t.norm.as_str(),
                        "سموه"
                            | "معاليه"
                            | "فضيلته"
                            | "سعادته"
                            | "سيادته"
                            | "جلالته"
                            | "سموها"
                            | "معاليها"
                    )
                });
                if honorific {
                    cue.speaker = self.carried();
                    scan_from = subject_at + 1;
                } else if let Some(np) = svo {
                    cue.speaker = Some(self.resolve(toks, &np, Attribution::Named));
                    cue.np = Some(np.start..np.end);
                } else if let Some(np) = (!after)
                    .then(|| self.named_subject(toks, spans, subject_at, sent.end))
                    .flatten()
                {
                    cue.speaker = Some(self.resolve(toks, &np, Attribution::Named));
                    cue.np = Some(np.start..np.end);
                    scan_from = np.end;
                } else if let Some(np) = parse_np(toks, subject_at, sent.end)
                    .filter(|np| Self::is_subject(toks, np))
                    .map(|np| extend_name(toks, np, sent.end))
                {
                    let attribution = if after {
                        Attribution::NamedAfter
                    } else {
                        Attribution::Named
                    };
                    cue.speaker = Some(self.resolve(toks, &np, attribution));
                    cue.np = Some(np.start..np.end);
                    scan_from = np.end;
                } else if !after {
                    cue.speaker = self.carried();
                }
            }
        }
        if cue.after {
            return Some(cue);
        }
        self.statement_start(toks, cue_of, spans, sent, cue, scan_from)
    }

    /// Finds where the statement of a cue starts, scanning from `scan_from`: a quotation, a
    /// colon, a complementizer, or else the words right after the speaker.
    #[allow(clippy::unused_self, clippy::unnecessary_wraps)]
    fn statement_start(
        &self,
        toks: &[Tok],
        cue_of: &[Option<(String, CueForm)>],
        spans: &[MarkSpan],
        sent: &Range<usize>,
        mut cue: Cue,
        scan_from: usize,
    ) -> Option<Cue> {
        for m in scan_from..sent.end.min(scan_from + 16) {
            let Some(t) = toks.get(m) else { break };
            if spans.iter().any(|s| s.open == m) {
                cue.comp = Some(m);
                break;
            }
            if t.is_punct(':') {
                cue.colon = true;
                cue.comp = Some(m + 1);
                break;
            }
            if t.is_word() && is_complementizer(&t.norm) {
                cue.comp = Some(m);
                break;
            }
            if cue_of.get(m).is_some_and(Option::is_some) || t.is_sentence_end() {
                break;
            }
        }
        if cue.comp.is_none() && scan_from < sent.end {
            cue.comp = Some(scan_from);
        }
        Some(cue)
    }

    /// The speaker of a source phrase (بحسب فلان، وفقا للوزارة), a leading ل stripped.
    /// The flag tells that the phrase's first word carried the preposition ل.
    fn source_np(toks: &[Tok], at: usize, limit: usize) -> Option<(Np, bool)> {
        let t = toks.get(at)?;
        if let Some(rest) = t
            .norm
            .strip_prefix('ل')
            .filter(|r| r.chars().count() >= 2 && !t.norm.starts_with("لـ"))
        {
            let mut local: Vec<Tok> = toks.get(at..limit)?.to_vec();
            if let Some(first) = local.first_mut() {
                first.norm = if rest.starts_with('ل') {
                    format!("ا{rest}")
                } else {
                    rest.to_owned()
                };
                first.start += 'ل'.len_utf8();
            }
            let np = parse_np(&local, 0, local.len()).filter(|np| Self::is_subject(&local, np))?;
            let shift = |r: Range<usize>| r.start + at..r.end + at;
            let np = Np {
                start: np.start + at,
                end: np.end + at,
                name: shift(np.name),
                role: np.role.map(shift),
                title_only: np.title_only,
            };
            return Some((np, true));
        }
        parse_np(toks, at, limit)
            .filter(|np| Self::is_subject(toks, np))
            .map(|np| (np, false))
    }

    /// True when a phrase can be the speaker: a definite noun must name something that speaks.
    fn is_subject(toks: &[Tok], np: &Np) -> bool {
        toks.get(np.start).is_some_and(|t| can_speak(&t.norm))
    }

    /// Subject before the verb inside a reported clause (… إن كوريا الجنوبية حذرت موسكو).
    fn svo_subject(toks: &[Tok], sent: &Range<usize>, k: usize) -> Option<Np> {
        let from = k.saturating_sub(7).max(sent.start);
        for p in from..k {
            let opener = p == sent.start
                || p.checked_sub(1).and_then(|q| toks.get(q)).is_some_and(|t| {
                    is_clause_break(t)
                        || (t.is_word()
                            && (is_complementizer(&t.norm)
                                || matches!(t.norm.as_str(), "فان" | "لان")))
                });
            if !opener {
                continue;
            }
            let ends_at_verb = |np: &Np| {
                np.end == k
                    || (np.end + 1 == k
                        && toks.get(np.end).is_some_and(Tok::is_comma)
                        && np.role.is_some())
            };
            if let Some(np) =
                parse_np(toks, p, k).filter(|np| ends_at_verb(np) && Self::is_subject(toks, np))
            {
                let first = toks.get(p)?;
                let after_complementizer =
                    p.checked_sub(1).and_then(|q| toks.get(q)).is_some_and(|t| {
                        t.is_word()
                            && (is_complementizer(&t.norm)
                                || matches!(t.norm.as_str(), "فان" | "لان"))
                    });
                // Outside a reported clause only a title, group or known name can stand before
                // its verb; a sentence-initial word is more often a verb or a connector.
                // … يوهان فورنر، المدير العام للوكالة، يقول: a name with its role, then the verb.
                let strong = is_title(&first.norm)
                    || is_group(&first.norm)
                    || is_institution(&first.norm)
                    || np.role.is_some();
                if cue_stem(&first.norm).is_none() && (after_complementizer || strong) {
                    return Some(np);
                }
            }
        }
        None
    }
}
