//! The rules that tie reporting cues, quotations and statements together in one article.
//!
//! Per paragraph: find the cues and the quoted spans, split into sentences (a full stop inside a
//! quotation does not end the reporter's sentence), then for each cue find its speaker (named
//! after it, before it, or carried over from the previous clause) and its statement; each quoted
//! span is governed by the nearest cue before it in its sentence, or by one right after it.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use super::aliases::{merge_speakers, speaker_key};
use super::lexicon::{
    AFTER_MARKERS, CueForm, can_speak, cue_stem, is_complementizer, is_group, is_institution,
    is_naming, is_prep_pronoun, is_title,
};
use super::marks::{MarkSpan, find_spans};
use super::speakers::{Np, parse_np};
use super::tokens::{Tok, TokKind, tokenize};
use super::{Attribution, Quote, QuoteId, QuoteKind, Speaker, char_span};
use crate::corpus::{Article, BlockKind};

/// Extracts quotations and reported statements from every article and merges their speakers
/// into canonical names across the corpus.
pub fn extract_corpus(articles: &[Arc<Article>]) -> Vec<Quote> {
    let mut quotes: Vec<Quote> = articles.iter().flat_map(|a| extract_article(a)).collect();
    mark_recurring_names(&mut quotes, 3);
    merge_speakers(&mut quotes);
    quotes
}

/// Words in quote marks short enough to be a name or a term (داعش، الشرق الأوسط).
const NAME_WORDS_MAX: usize = 3;

fn short_key(q: &Quote) -> Option<String> {
    let in_marks = matches!(
        q.kind,
        QuoteKind::Direct | QuoteKind::Partial | QuoteKind::NotSpeech
    );
    (in_marks && q.text.split_whitespace().count() <= NAME_WORDS_MAX).then(|| speaker_key(&q.text))
}

/// A short text put in quote marks again and again is a name or a term, not someone's words:
/// twice in one article, or in `min_articles` articles of the corpus.
fn mark_recurring_names(quotes: &mut [Quote], min_articles: usize) {
    let mut seen: HashMap<String, (usize, Option<String>, usize)> = HashMap::new();
    for q in quotes.iter() {
        if let Some(key) = short_key(q) {
            let e = seen.entry(key).or_insert((0, None, 0));
            e.0 += 1;
            if e.1.as_deref() != Some(q.article.as_str()) {
                e.1 = Some(q.article.0.clone());
                e.2 += 1;
            }
        }
    }
    for q in quotes
        .iter_mut()
        .filter(|q| matches!(q.kind, QuoteKind::Direct | QuoteKind::Partial))
    {
        let Some((_, _, articles)) = short_key(q).and_then(|k| seen.get(&k).cloned()) else {
            continue;
        };
        if articles >= min_articles {
            q.kind = QuoteKind::NotSpeech;
            q.not_speech_reason = Some("recurring name or term".to_owned());
            q.speaker = None;
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
    let mut ctx = Ctx::new(article);
    for (_, toks) in blocks.iter().filter(|(k, _)| *k == BlockKind::Paragraph) {
        ctx.learn_names(toks);
    }
    for (kind, toks) in &blocks {
        ctx.block(*kind, toks);
    }
    let mut out = ctx.out;
    mark_recurring_in_article(&mut out);
    out
}

/// A short quoted text that the article puts in quote marks twice or more is a name or a term.
fn mark_recurring_in_article(quotes: &mut [Quote]) {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for key in quotes.iter().filter_map(short_key) {
        *counts.entry(key).or_default() += 1;
    }
    for q in quotes
        .iter_mut()
        .filter(|q| matches!(q.kind, QuoteKind::Direct | QuoteKind::Partial))
    {
        if short_key(q)
            .and_then(|k| counts.get(&k))
            .is_some_and(|&n| n >= 2)
        {
            q.kind = QuoteKind::NotSpeech;
            q.not_speech_reason = Some("recurring name or term".to_owned());
            q.speaker = None;
        }
    }
}

/// A speaker as resolved inside one article.
#[derive(Debug, Clone)]
struct Resolved {
    name: String,
    mention: String,
    mention_bytes: Option<Range<usize>>,
    role: Option<String>,
    attribution: Attribution,
}

/// What one cue says.
#[derive(Debug, Clone)]
struct Cue {
    tok: usize,
    form: CueForm,
    /// The statement comes before the cue (… ، كما يقول فلان).
    after: bool,
    speaker: Option<Resolved>,
    /// Token range of the speaker phrase, when named.
    np: Option<Range<usize>>,
    /// Where the statement starts (token index), and whether a colon or quote mark opens it.
    comp: Option<usize>,
    colon: bool,
    /// Inscription (كتب عليها “…”): what follows is banner text, not speech.
    inscription: bool,
}

struct Ctx<'a> {
    article: &'a Article,
    /// Title phrase (folded) → the name it was given with.
    titles: HashMap<String, String>,
    /// Multi-word names seen in the article.
    names: Vec<String>,
    /// How often each name was seen.
    name_counts: Vec<usize>,
    /// Folded words of those names → the most often seen name holding them.
    name_words: HashMap<String, usize>,
    last_subject: Option<Resolved>,
    /// Speaker of the last quotation, for a quotation that continues it.
    last_quote: Option<Resolved>,
    out: Vec<Quote>,
}

fn text_of(text: &str, toks: &[Tok], r: &Range<usize>) -> String {
    let (Some(a), Some(b)) = (
        toks.get(r.start),
        r.end.checked_sub(1).and_then(|e| toks.get(e)),
    ) else {
        return String::new();
    };
    text.get(a.start..b.end).unwrap_or_default().to_owned()
}

fn bytes_of(toks: &[Tok], r: &Range<usize>) -> Option<Range<usize>> {
    let a = toks.get(r.start)?;
    let b = toks.get(r.end.checked_sub(1)?)?;
    (a.start < b.end).then_some(a.start..b.end)
}

fn is_clause_break(t: &Tok) -> bool {
    matches!(
        t.kind,
        TokKind::Punct('،' | ',' | '-' | '–' | '—' | '(' | ')' | ':' | '؛' | ';')
    )
}

/// Connectors that start a new clause after a comma (… ، حيث …).
fn is_connector(norm: &str) -> bool {
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
    fn new(article: &'a Article) -> Self {
        Self {
            article,
            titles: HashMap::new(),
            names: Vec::new(),
            name_counts: Vec::new(),
            name_words: HashMap::new(),
            last_subject: None,
            last_quote: None,
            out: Vec::new(),
        }
    }

    fn text(&self) -> &'a str {
        &self.article.text
    }

    /// First pass: names given with a title anywhere in the article (الرئيس الروسي فلاديمير
    /// بوتين), so later bare titles and surnames resolve to them.
    fn learn_names(&mut self, toks: &[Tok]) {
        let mut i = 0;
        while i < toks.len() {
            let starts = toks
                .get(i)
                .is_some_and(|t| t.is_word() && is_title(&t.norm));
            if starts {
                let limit = (i..toks.len())
                    .find(|&k| toks.get(k).is_some_and(Tok::is_sentence_end))
                    .unwrap_or(toks.len());
                if let Some(np) = parse_np(toks, i, limit) {
                    if let (Some(role), false) = (&np.role, np.title_only) {
                        let name = text_of(self.text(), toks, &np.name);
                        let title = text_of(self.text(), toks, role);
                        self.titles
                            .entry(title_key(&title))
                            .or_insert_with(|| name.clone());
                        self.add_name(&name);
                    }
                    i = np.end.max(i + 1);
                    continue;
                }
            }
            i += 1;
        }
    }

    fn add_name(&mut self, name: &str) {
        if name.split_whitespace().count() < 2 {
            return;
        }
        let idx = if let Some(i) = self.names.iter().position(|n| n == name) {
            if let Some(c) = self.name_counts.get_mut(i) {
                *c += 1;
            }
            i
        } else {
            self.names.push(name.to_owned());
            self.name_counts.push(1);
            self.names.len() - 1
        };
        let count = |i: usize| self.name_counts.get(i).copied().unwrap_or(0);
        for w in name.split_whitespace() {
            let key = speaker_key(w);
            if key.chars().count() < 3 {
                continue;
            }
            let better = self.name_words.get(&key).is_none_or(|&old| {
                count(idx) > count(old)
                    || (count(idx) == count(old)
                        && name.len() > self.names.get(old).map_or(0, String::len))
            });
            if better {
                self.name_words.insert(key, idx);
            }
        }
    }

    /// Resolves a speaker phrase: titles to names, surnames to full names.
    fn resolve(&self, toks: &[Tok], np: &Np, attribution: Attribution) -> Resolved {
        let text = self.text();
        let mut name = text_of(text, toks, &np.name);
        let mut attribution = attribution;
        let mention_range = np.start..np.end;
        let mut role = np.role.as_ref().map(|r| {
            text_of(text, toks, r)
                .trim_end_matches([',', '،'])
                .trim()
                .to_owned()
        });
        if np.title_only {
            if let Some(n) = self.titles.get(&title_key(&name)) {
                role = Some(name.clone());
                name.clone_from(n);
                attribution = Attribution::TitleResolved;
            }
        } else if name.split_whitespace().count() == 1 {
            if let Some(full) = self
                .name_words
                .get(&speaker_key(&name))
                .and_then(|&i| self.names.get(i))
            {
                name.clone_from(full);
            }
        }
        Resolved {
            name,
            mention: text_of(text, toks, &mention_range),
            mention_bytes: bytes_of(toks, &mention_range),
            role: role.filter(|r| !r.is_empty()),
            attribution,
        }
    }

    fn carried(&self) -> Option<Resolved> {
        self.last_subject.clone().map(|mut r| {
            r.attribution = Attribution::CarriedOver;
            r.mention = String::new();
            r.mention_bytes = None;
            r
        })
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
            if (t.is_sentence_end() && !in_quote.get(i).copied().unwrap_or(false)) || last {
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
            if clause_start && cue_of.get(k).is_none_or(Option::is_none) {
                self.track_subject(toks, k, sent.end);
            }
            if let Some((stem, form)) = cue_of.get(k).cloned().flatten() {
                if let Some(cue) = self.cue(toks, cue_of, spans, &sent, k, &stem, form, &cues) {
                    if let Some(s) = cue
                        .speaker
                        .as_ref()
                        .filter(|s| s.attribution != Attribution::CarriedOver)
                    {
                        self.last_subject = Some(s.clone());
                    }
                    cues.push(cue);
                }
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

    /// A clause that opens with a verb and a titled or known name (وقام السيد كيم …) sets the
    /// subject that a later cue without one refers to.
    fn track_subject(&mut self, toks: &[Tok], k: usize, limit: usize) {
        let known = |t: &Tok| {
            t.is_word()
                && (is_title(&t.norm) || self.name_words.contains_key(&speaker_key(&t.norm)))
        };
        let Some(first) = toks.get(k) else { return };
        let at = if known(first) {
            k
        } else if first.is_word()
            && toks.get(k + 1).is_some_and(known)
            && !super::lexicon::is_name_stop(&first.norm)
        {
            k + 1
        } else {
            return;
        };
        if let Some(np) = parse_np(toks, at, limit) {
            let r = self.resolve(toks, &np, Attribution::Named);
            if !np.title_only || r.attribution == Attribution::TitleResolved {
                self.last_subject = Some(r);
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
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
                let (np, local_from) = self.source_np(toks, at, sent.end)?;
                let _ = local_from;
                cue.speaker = Some(self.resolve(toks, &np, Attribution::Named));
                cue.np = Some(np.start..np.end);
                let after_np = np.end;
                if toks.get(after_np).is_some_and(Tok::is_comma) && after_np + 1 < sent.end {
                    cue.comp = Some(after_np + 1);
                } else {
                    cue.after = true;
                }
                return Some(cue);
            }
            CueForm::Hal => {
                let main = earlier.iter().rev().find_map(|c| c.speaker.clone());
                cue.speaker = main.map(|mut r| {
                    r.attribution = Attribution::CarriedOver;
                    r.mention = String::new();
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
                let subject_at = if toks.get(k + 1).is_some_and(|t| is_prep_pronoun(&t.norm)) {
                    k + 2
                } else {
                    k + 1
                };
                let svo = if after {
                    None
                } else {
                    self.svo_subject(toks, sent, k)
                };
                if let Some(np) = svo {
                    cue.speaker = Some(self.resolve(toks, &np, Attribution::Named));
                    cue.np = Some(np.start..np.end);
                } else if let Some(np) =
                    parse_np(toks, subject_at, sent.end).filter(|np| self.is_subject(toks, np))
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
    fn source_np(&self, toks: &[Tok], at: usize, limit: usize) -> Option<(Np, usize)> {
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
            let np = parse_np(&local, 0, local.len()).filter(|np| self.is_subject(&local, np))?;
            let shift = |r: Range<usize>| r.start + at..r.end + at;
            let np = Np {
                start: np.start + at,
                end: np.end + at,
                name: shift(np.name),
                role: np.role.map(shift),
                title_only: np.title_only,
            };
            return Some((np, at));
        }
        parse_np(toks, at, limit)
            .filter(|np| self.is_subject(toks, np))
            .map(|np| (np, at))
    }

    /// True when a phrase can be the speaker: a definite noun must name something that speaks.
    fn is_subject(&self, toks: &[Tok], np: &Np) -> bool {
        toks.get(np.start).is_some_and(|t| can_speak(&t.norm))
    }

    /// Subject before the verb inside a reported clause (… إن كوريا الجنوبية حذرت موسكو).
    fn svo_subject(&self, toks: &[Tok], sent: &Range<usize>, k: usize) -> Option<Np> {
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
                parse_np(toks, p, k).filter(|np| ends_at_verb(np) && self.is_subject(toks, np))
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

    fn push(
        &mut self,
        kind: QuoteKind,
        bytes: Range<usize>,
        speaker: Option<&Resolved>,
        cue: Option<String>,
        sentence: Range<usize>,
        confidence: f32,
        reason: Option<&str>,
    ) {
        let text = self.text();
        let Some(body) = text.get(bytes.clone()) else {
            return;
        };
        let trimmed_start = bytes.start + (body.len() - body.trim_start().len());
        let trimmed_end = bytes.end - (body.len() - body.trim_end().len());
        let bytes = trimmed_start..trimmed_end;
        let Some(quote_text) = text.get(bytes.clone()).filter(|t| !t.is_empty()) else {
            return;
        };
        let speaker = speaker.map(|r| Speaker {
            canonical: r.name.clone(),
            name: r.name.clone(),
            mention: r.mention.clone(),
            mention_span: r.mention_bytes.clone().map(|b| char_span(text, b)),
            role: r.role.clone(),
            attribution: r.attribution,
        });
        self.out.push(Quote {
            id: QuoteId::new(&self.article.id, &bytes),
            article: self.article.id.clone(),
            kind,
            text: quote_text.to_owned(),
            span: char_span(text, bytes),
            speaker,
            cue,
            not_speech_reason: reason.map(str::to_owned),
            sentence: text.get(sentence.clone()).unwrap_or_default().to_owned(),
            sentence_span: char_span(text, sentence),
            confidence,
        });
    }

    fn push_not_speech(&mut self, toks: &[Tok], s: &MarkSpan, sent: Range<usize>, reason: &str) {
        let Some(bytes) = bytes_of(toks, &s.inner()) else {
            return;
        };
        let sentence = bytes_of(toks, &sent).unwrap_or_default();
        self.push(
            QuoteKind::NotSpeech,
            bytes,
            None,
            None,
            sentence,
            0.8,
            Some(reason),
        );
    }

    fn quote_span(
        &mut self,
        toks: &[Tok],
        s: &MarkSpan,
        cues: &[Cue],
        sent: &Range<usize>,
        sentence: Range<usize>,
    ) {
        let Some(bytes) = bytes_of(toks, &s.inner()) else {
            return;
        };
        let before = s.open.checked_sub(1).and_then(|p| toks.get(p));
        let before2 = s.open.checked_sub(2).and_then(|p| toks.get(p));
        let naming = before.is_some_and(|t| is_naming(&t.norm))
            || (before.is_some_and(|t| matches!(t.norm.as_str(), "ب" | "ل" | "بـ" | "لـ" | "و"))
                && before2.is_some_and(|t| is_naming(&t.norm)));
        if naming {
            return self.push_not_speech(toks, s, sent.clone(), "name or term");
        }
        // قال لـ«الشرق الأوسط»: the one told, a name.
        let short = self
            .text()
            .get(bytes.clone())
            .is_some_and(|c| c.split_whitespace().count() <= 4);
        if short && before.is_some_and(|t| matches!(t.norm.as_str(), "ل" | "لـ")) {
            return self.push_not_speech(toks, s, sent.clone(), "addressee");
        }
        if cues
            .iter()
            .any(|c| c.np.as_ref().is_some_and(|r| r.contains(&s.open)))
        {
            return self.push_not_speech(toks, s, sent.clone(), "name of the speaker");
        }
        let content = self.text().get(bytes.clone()).unwrap_or_default();
        if !crate::arabic::has_arabic_letter(content) && content.split_whitespace().count() <= 5 {
            return self.push_not_speech(toks, s, sent.clone(), "foreign name");
        }
        let sentence_initial = (sent.start..s.open).all(|m| {
            toks.get(m)
                .is_some_and(|t| matches!(t.norm.as_str(), "و" | "ف") || !t.is_word())
        });
        let after_cue = cues.iter().find(|c| {
            c.tok > s.open
                && (c.after || c.form == CueForm::Verb)
                && (s.outer_end()..c.tok).all(|m| {
                    toks.get(m).is_some_and(|t| {
                        t.is_comma() || AFTER_MARKERS.contains(&t.norm.as_str()) || t.norm == "و"
                    })
                })
        });
        let before_cue = cues.iter().rev().find(|c| c.tok < s.open && !c.after);
        let governing = match (before_cue, after_cue) {
            (Some(b), Some(a)) => Some(if sentence_initial { a } else { b }),
            (b, a) => b.or(a),
        };
        let Some(cue) = governing else {
            // A quotation standing as a whole sentence right after another one continues it.
            let whole = sentence_initial && s.close.is_none_or(|c| c + 2 >= sent.end);
            if whole && s.open > 0 || whole && self.last_quote.is_some() {
                if let Some(prev) = self.last_quote.clone() {
                    self.push(
                        QuoteKind::Direct,
                        bytes,
                        Some(&prev),
                        None,
                        sentence,
                        0.5,
                        None,
                    );
                    return;
                }
            }
            self.last_quote = None;
            return self.push_not_speech(toks, s, sent.clone(), "no reporting cue");
        };
        if cue.inscription {
            return self.push_not_speech(toks, s, sent.clone(), "inscription");
        }
        let opens_statement = before.is_some_and(|t| t.is_punct(':'))
            || s.open.checked_sub(1) == Some(cue.tok)
            || (cue.comp.is_some_and(|c| c + 1 == s.open)
                && before.is_some_and(|t| is_bare_complementizer(&t.norm)))
            || cue.comp == Some(s.open)
            || (cue.tok > s.open && sentence_initial);
        // A direct quotation runs to the end of its clause; words after it make it partial.
        let ends_clause = s.close.is_none_or(|c| {
            toks.get(c + 1).is_none_or(|t| {
                t.is_sentence_end()
                    || t.is_comma()
                    || matches!(t.kind, TokKind::Punct(_))
                    || cue_stem(&t.norm).is_some()
            })
        });
        let kind = if opens_statement
            && ends_clause
            && (cue.colon
                || cue.tok > s.open
                || before.is_some_and(|t| t.is_punct(':') || is_bare_complementizer(&t.norm))
                || s.open.checked_sub(1) == Some(cue.tok))
        {
            QuoteKind::Direct
        } else {
            QuoteKind::Partial
        };
        let cue_word = toks
            .get(cue.tok)
            .and_then(|t| self.text().get(t.start..t.end))
            .map(str::to_owned);
        let confidence = confidence(cue.speaker.as_ref(), s.close.is_some());
        self.push(
            kind,
            bytes,
            cue.speaker.as_ref(),
            cue_word,
            sentence,
            confidence,
            None,
        );
        self.last_quote.clone_from(&cue.speaker);
    }

    fn reported(
        &mut self,
        toks: &[Tok],
        spans: &[MarkSpan],
        cue: &Cue,
        sent: &Range<usize>,
        sentence: Range<usize>,
    ) {
        if cue.inscription || (cue.colon && cue.form != CueForm::Source) {
            return;
        }
        let (mut start, end) = if cue.after {
            let mut end = cue.tok;
            while end > sent.start
                && toks.get(end - 1).is_some_and(|t| {
                    t.is_comma()
                        || AFTER_MARKERS.contains(&t.norm.as_str())
                        || matches!(t.norm.as_str(), "ل" | "لـ" | "ما" | "لما")
                })
            {
                end -= 1;
            }
            if cue.form == CueForm::Source {
                end = cue.tok;
                while end > sent.start && toks.get(end - 1).is_some_and(Tok::is_comma) {
                    end -= 1;
                }
            }
            (sent.start, end)
        } else {
            let Some(start) = cue.comp else { return };
            (start, statement_end(toks, start, sent.end))
        };
        if toks
            .get(start)
            .is_some_and(|t| t.is_word() && matches!(t.norm.as_str(), "ان" | "بان" | "وان"))
        {
            start += 1;
        }
        while start < end
            && toks
                .get(start)
                .is_some_and(|t| !t.is_word() && !matches!(t.kind, TokKind::Mark(_)))
        {
            start += 1;
        }
        if end <= start + 1 {
            return;
        }
        // A statement that is one quotation is that quotation, already listed.
        if spans
            .iter()
            .any(|s| s.open <= start && s.outer_end() + 1 >= end)
        {
            return;
        }
        let Some(bytes) = bytes_of(toks, &(start..end)) else {
            return;
        };
        let cue_word = toks
            .get(cue.tok)
            .and_then(|t| self.text().get(t.start..t.end))
            .map(str::to_owned);
        let confidence = confidence(cue.speaker.as_ref(), true) * 0.85;
        self.push(
            QuoteKind::Reported,
            bytes,
            cue.speaker.as_ref(),
            cue_word,
            sentence,
            confidence,
            None,
        );
    }
}

/// Key of a title phrase: folded, without a leading و (والزعيم الكوري = الزعيم الكوري).
fn title_key(title: &str) -> String {
    let key = speaker_key(title);
    match key.strip_prefix('و') {
        Some(rest) if rest.starts_with("ال") => rest.to_owned(),
        _ => key,
    }
}

fn is_bare_complementizer(norm: &str) -> bool {
    matches!(norm, "ان" | "بان" | "وان")
}

/// Where a reported statement that starts at `start` ends: the sentence end, or a comma before
/// a new clause (… ، حيث …) or before a new report (… ، ووصفت …).
fn statement_end(toks: &[Tok], start: usize, limit: usize) -> usize {
    let mut m = start + 1;
    while m < limit {
        let Some(t) = toks.get(m) else { break };
        if t.is_sentence_end() {
            return m;
        }
        if t.is_word() && m > start + 2 {
            let cue = cue_stem(&t.norm);
            let coordinated =
                t.norm.starts_with('و') && cue.as_ref().is_some_and(|(_, f)| *f != CueForm::Source);
            let after_comma = toks.get(m - 1).is_some_and(Tok::is_comma);
            if coordinated || (after_comma && (cue.is_some() || is_connector(&t.norm))) {
                let mut end = m;
                while end > start && toks.get(end - 1).is_some_and(Tok::is_comma) {
                    end -= 1;
                }
                return end;
            }
        }
        m += 1;
    }
    limit.min(toks.len())
}

fn confidence(speaker: Option<&Resolved>, closed: bool) -> f32 {
    let base = match speaker.map(|s| s.attribution) {
        Some(Attribution::Named | Attribution::Corrected) => 0.9,
        Some(Attribution::NamedAfter) => 0.85,
        Some(Attribution::TitleResolved) => 0.8,
        Some(Attribution::CarriedOver) => 0.65,
        None => 0.3,
    };
    if closed { base } else { base * 0.9 }
}
