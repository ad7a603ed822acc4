//! Turning cues and quoted spans into items: direct and partial quotations, reported
//! statements and quote marks that are not speech; and the rule that a short text quoted again
//! and again is a name or a term.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;
use std::sync::{Arc, LazyLock};

use super::aliases::speaker_key;
use super::cue_words::feminine_hal_at;
use super::extract::{Ctx, Cue, Resolved, bytes_of, is_connector};
use super::lexicon::{
    AFTER_MARKERS, CueForm, cue_stem, is_colour, is_complementizer, is_name_stop, is_naming,
    is_title, light_norm_phrase, strip_article, word_list,
};
use super::marks::{MarkSpan, opening_at};
use super::person::person_at;
use super::tokens::{ABBREVIATION_DOT, Tok, TokKind};
use super::{Attribution, CharIndex, Quote, QuoteKind, Speaker};
use crate::corpus::{Article, ArticleId};

/// Words in quote marks short enough to be a name or a term (داعش، الشرق الأوسط).
const NAME_WORDS_MAX: usize = 3;

/// Why a quotation of a short text quoted again and again is not speech.
const RECURRING: &str = "recurring name or term";

/// The key of a quoted text short enough to be a name, given the quotation's text.
fn short_key(q: &Quote, text: &str) -> Option<String> {
    let in_marks = matches!(
        q.kind,
        QuoteKind::Direct | QuoteKind::Partial | QuoteKind::NotSpeech
    );
    (in_marks && text.split_whitespace().count() <= NAME_WORDS_MAX).then(|| speaker_key(text))
}

/// A short text put in quote marks again and again is a name or a term, not someone's words:
/// twice in one article, or in `min_articles` articles of the corpus.
/// `text_of` reads a quotation's text from its article.
pub(super) fn mark_recurring_names<'a>(
    quotes: &mut [Quote],
    text_of: impl Fn(&Quote) -> &'a str,
    min_articles: usize,
) {
    let mut seen: HashMap<String, (usize, Option<ArticleId>, usize)> = HashMap::default();
    for q in quotes.iter() {
        if let Some(key) = short_key(q, text_of(q)) {
            let e = seen.entry(key).or_insert((0, None, 0));
            e.0 += 1;
            if e.1.as_ref() != Some(&q.article) {
                e.1 = Some(q.article.clone());
                e.2 += 1;
            }
        }
    }
    for q in quotes
        .iter_mut()
        .filter(|q| matches!(q.kind, QuoteKind::Direct | QuoteKind::Partial))
    {
        let Some((_, _, articles)) = short_key(q, text_of(q)).and_then(|k| seen.get(&k).cloned())
        else {
            continue;
        };
        if articles >= min_articles {
            q.kind = QuoteKind::NotSpeech;
            q.not_speech_reason = Some(RECURRING.into());
            q.speaker = None;
        }
    }
}

/// A short quoted text that the article puts in quote marks twice or more is a name or a term.
pub(super) fn mark_recurring_in_article(quotes: &mut [Quote], article: &Article) {
    let mut counts: HashMap<String, usize> = HashMap::default();
    for key in quotes.iter().filter_map(|q| short_key(q, q.text(article))) {
        *counts.entry(key).or_default() += 1;
    }
    for q in quotes
        .iter_mut()
        .filter(|q| matches!(q.kind, QuoteKind::Direct | QuoteKind::Partial))
    {
        if short_key(q, q.text(article))
            .and_then(|k| counts.get(&k))
            .is_some_and(|&n| n >= 2)
        {
            q.kind = QuoteKind::NotSpeech;
            q.not_speech_reason = Some(RECURRING.into());
            q.speaker = None;
        }
    }
}

impl Ctx<'_> {
    // Every field of an item, in the order the item lists them.
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        kind: QuoteKind,
        bytes: Range<usize>,
        speaker: Option<&Resolved>,
        cue: Option<Arc<str>>,
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
        if text.get(bytes.clone()).is_none_or(str::is_empty) {
            return;
        }
        let chars = self.chars.get_or_init(|| CharIndex::new(text));
        let (Some(span), Some(sentence_span)) = (chars.span(bytes), chars.span(sentence)) else {
            return;
        };
        let speaker = speaker.map(|r| Speaker {
            canonical: Arc::clone(&r.name),
            name: Arc::clone(&r.name),
            mention: Arc::clone(&r.mention),
            mention_span: r.mention_bytes.clone().and_then(|b| chars.span(b)),
            role: r.role.clone(),
            attribution: r.attribution,
        });
        self.out.push(Quote {
            article: self.article.id.clone(),
            kind,
            span,
            speaker,
            cue,
            not_speech_reason: reason.map(Arc::from),
            sentence_span,
            confidence,
        });
    }

    pub(super) fn push_not_speech(
        &mut self,
        toks: &[Tok],
        s: &MarkSpan,
        sent: Range<usize>,
        reason: &str,
    ) {
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

    // The rules for one quoted span, read top to bottom: not-speech tests, governing cue, kind.
    #[allow(clippy::too_many_lines)]
    pub(super) fn quote_span(
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
        // Cues are in token order: only those just before the span can hold it in their
        // speaker's phrase, and only the first after it can govern it from behind.
        let first_after = cues.partition_point(|c| c.tok <= s.open);
        let near = cues.partition_point(|c| c.tok + 40 < s.open);
        let (cues_before, cues_after) = cues.split_at(first_after);
        if cues_before
            .get(near.min(first_after)..)
            .unwrap_or_default()
            .iter()
            // فإن «جاغوار» تعتقد: a subject before its verb holds it too.
            .chain(cues_after.first())
            .any(|c| c.np.as_ref().is_some_and(|r| r.contains(&s.open)))
        {
            return self.push_not_speech(toks, s, sent.clone(), "name of the speaker");
        }
        let content = self.text().get(bytes.clone()).unwrap_or_default();
        if !crate::arabic::has_arabic_letter(content) && content.split_whitespace().count() <= 5 {
            return self.push_not_speech(toks, s, sent.clone(), "foreign name");
        }
        if is_formula(content) {
            return self.push_not_speech(toks, s, sent.clone(), "formula");
        }
        if is_name_in_marks(toks, s) || is_acronym(content) || is_genitive_name(toks, s) {
            return self.push_not_speech(toks, s, sent.clone(), "name or term");
        }
        let sentence_initial = (sent.start..s.open).all(|m| {
            toks.get(m)
                .is_some_and(|t| matches!(t.norm.as_str(), "و" | "ف") || !t.is_word())
        });
        let after_cue = cues_after.first().filter(|c| {
            c.tok > s.open
                && (c.after || c.form == CueForm::Verb)
                && (s.outer_end()..c.tok).all(|m| {
                    toks.get(m).is_some_and(|t| {
                        t.is_comma()
                            || AFTER_MARKERS.contains(&t.norm.as_str())
                            || t.norm == "و"
                            || super::cue_words::is_demonstrative(&t.norm)
                    })
                })
        });
        let before_cue = cues_before
            .iter()
            .rev()
            .find(|c| c.tok < s.open && !c.after);
        let governing = match (before_cue, after_cue) {
            (Some(b), Some(a)) => Some(if sentence_initial { a } else { b }),
            (b, a) => b.or(a),
        };
        // وفي الحديث: (…)، جاء في الحديث الشريف «…»: a hadith quoted is the Prophet's words,
        // a hadith qudsi God's, whoever quotes it.
        if let Some((who, at)) = hadith_before(toks, s.open) {
            let mention = toks
                .get(at)
                .and_then(|t| self.text().get(t.start..t.end))
                .unwrap_or_default();
            let speaker = Resolved {
                name: Arc::from(who),
                mention: Arc::from(mention),
                mention_bytes: bytes_of(toks, &(at..at + 1)),
                role: None,
                attribution: Attribution::Named,
            };
            let confidence = confidence(Some(&speaker), s.close.is_some());
            self.push(
                QuoteKind::Direct,
                bytes,
                Some(&speaker),
                None,
                sentence,
                confidence,
                None,
            );
            return;
        }
        let Some(cue) = governing else {
            // A quotation standing as a whole sentence right after another one continues it.
            let whole = sentence_initial && s.close.is_none_or(|c| c + 2 >= sent.end);
            if whole && let Some(prev) = self.last_quote.clone() {
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
            self.last_quote = None;
            return self.push_not_speech(toks, s, sent.clone(), "no reporting cue");
        };
        if cue.inscription {
            return self.push_not_speech(toks, s, sent.clone(), "inscription");
        }
        // وقال الوزير فلان «…»: the quotation right after the verb's subject is its statement.
        let after_subject =
            cue.form == CueForm::Verb && cue.np.as_ref().is_some_and(|np| np.end == s.open);
        // وقال لـ«عكاظ»: نعد …»: a quotation the colon itself opened (its mark left out).
        let colon_before = before.is_some_and(|t| t.is_punct(':'))
            || toks.get(s.open).is_some_and(|t| t.is_punct(':'));
        let opens_statement = colon_before
            || after_subject
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
                || after_subject
                || cue.tok > s.open
                || colon_before
                || before.is_some_and(|t| is_bare_complementizer(&t.norm))
                || s.open.checked_sub(1) == Some(cue.tok))
        {
            QuoteKind::Direct
        } else {
            QuoteKind::Partial
        };
        let cue_word = toks
            .get(cue.tok)
            .and_then(|t| self.text().get(t.start..t.end))
            .map(Arc::from);
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

    pub(super) fn reported(
        &mut self,
        toks: &[Tok],
        spans: &[MarkSpan],
        cue: &Cue,
        sent: &Range<usize>,
        sentence: Range<usize>,
    ) {
        // Speech after a colon without quote marks (وأضاف: نريد …) is reported; a quotation
        // after the colon is listed as itself below.
        if cue.inscription {
            return;
        }
        let (mut start, end) = if cue.after {
            let mut end = cue.tok;
            while end > sent.start
                && toks.get(end - 1).is_some_and(|t| {
                    t.is_comma()
                        || AFTER_MARKERS.contains(&t.norm.as_str())
                        || matches!(t.norm.as_str(), "ل" | "لـ" | "ما" | "لما")
                        || super::cue_words::is_demonstrative(&t.norm)
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
        // قال إن …، أضاف أنه «…»: the complementizer is not part of the statement; with a
        // pronoun it is, unless a quotation follows it.
        let quote_next = opening_at(spans, start + 1).is_some();
        if toks.get(start).is_some_and(|t| {
            t.is_word()
                && (matches!(t.norm.as_str(), "ان" | "بان" | "وان" | "فان")
                    || (quote_next && is_complementizer(&t.norm)))
        }) {
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
        // A statement that is one quotation is that quotation, already listed; so is one that
        // opens with a quotation right after the colon (قائلا: «…»، بعد أن …): what follows the
        // quotation is the reporter's.
        let quote_after_colon = cue.colon && opening_at(spans, start).is_some();
        if quote_after_colon
            || spans
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
            .map(Arc::from);
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

/// A quoted text that is a person's name, titles before it allowed (“الدكتور أسامة فيدة”): a
/// name, not words someone said.
fn is_name_in_marks(toks: &[Tok], s: &MarkSpan) -> bool {
    let inner = s.inner();
    let words = toks.get(inner.clone()).unwrap_or_default();
    if words.len() > 5
        || words
            .iter()
            .any(|t| !t.is_word() && !t.is_punct('.') && !t.is_punct(ABBREVIATION_DOT))
    {
        return false;
    }
    let mut start = inner.start;
    while toks.get(start).is_some_and(|t| is_title(&t.norm)) {
        start += 1;
    }
    start < inner.end && person_at(toks, start, inner.end) == Some(inner.end)
}

/// Letters with full stops (سي. آي. إيه، أ. ف. ب): an abbreviated name.
fn is_acronym(content: &str) -> bool {
    let words: Vec<&str> = content.split_whitespace().collect();
    words.len() >= 2
        && words.iter().any(|w| w.ends_with('.'))
        && words
            .iter()
            .all(|w| w.trim_end_matches('.').chars().count() <= 3)
}

/// One quoted word without the article that is the genitive of a bare noun before it (من
/// صفوف «داعش»، موظفي «أرامكو»): a proper name, and so is a nickname with it (جدارة
/// "الأخضر"). An adjective (خلاف “فني”) or a definite noun (من أجل «الجنس») is a word someone
/// used.
fn is_genitive_name(toks: &[Tok], s: &MarkSpan) -> bool {
    let inner = s.inner();
    let one = inner.len() == 1;
    let word = toks.get(inner.start).filter(|t| t.is_word());
    let before = s.open.checked_sub(1).and_then(|p| toks.get(p));
    let construct = before.is_some_and(|p| {
        p.is_word()
            && !strip_article(&p.norm).1
            && !is_name_stop(&p.norm)
            && !is_complementizer(&p.norm)
            && cue_stem(&p.norm).is_none()
    });
    one && construct
        && word.is_some_and(|w| {
            let (body, definite) = strip_article(&w.norm);
            let plain_noun = !definite && !body.ends_with('ي') && !body.ends_with("ية");
            // جدارة "الأخضر"، مهاجم برشلونة "البرازيلي": a colour or a nisba with the article
            // is a team's or a player's nickname.
            let nickname = definite && (body.ends_with('ي') || is_colour(body));
            (plain_noun || nickname) && cue_stem(&w.norm).is_none()
        })
}

/// A religious or courtesy formula (بإذن الله، رضي الله عنه).
fn is_formula(content: &str) -> bool {
    static FORMULAS: LazyLock<HashSet<String>> =
        LazyLock::new(|| word_list(include_str!("words/formulas.txt")));
    FORMULAS.contains(&light_norm_phrase(content))
}

fn is_bare_complementizer(norm: &str) -> bool {
    matches!(norm, "ان" | "بان" | "وان")
}

/// The most tokens a reported statement runs to: a sentence without a full stop (a page of
/// reporting verbs with no punctuation) ends it there, so that reading every statement stays
/// linear in the text.
const STATEMENT_TOKENS_MAX: usize = 200;

/// Where a reported statement that starts at `start` ends: the sentence end, or a comma before
/// a new clause (… ، حيث …) or before a new report (… ، ووصفت …).
fn statement_end(toks: &[Tok], start: usize, limit: usize) -> usize {
    let limit = limit.min(start + STATEMENT_TOKENS_MAX);
    let mut m = start + 1;
    while m < limit {
        let Some(t) = toks.get(m) else { break };
        if t.is_sentence_end() {
            return m;
        }
        if t.is_word() && m > start + 2 {
            let cue = cue_stem(&t.norm).or_else(|| feminine_hal_at(toks, m));
            let coordinated =
                t.norm.starts_with('و') && cue.as_ref().is_some_and(|(_, f)| *f != CueForm::Source);
            let after_comma = toks.get(m - 1).is_some_and(Tok::is_comma);
            // …، كما أننا خاطبنا الجهات: "as well as that" goes on with the same statement;
            // كما and a verb may be the reporter's next sentence (…، كما تطرق إلى).
            let goes_on = t.norm == "كما"
                && toks
                    .get(m + 1)
                    .is_some_and(|n| n.is_word() && n.norm.starts_with("ان"));
            if coordinated
                || (after_comma && (cue.is_some() || (is_connector(&t.norm) && !goes_on)))
            {
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
        Some(Attribution::Unnamed) => 0.75,
        None => 0.3,
    };
    if closed { base } else { base * 0.9 }
}

/// Who speaks a quotation that opens at `open` right after the word for a hadith (في الحديث:،
/// الحديث الشريف، الحديث القدسي), and where that word is.
fn hadith_before(toks: &[Tok], open: usize) -> Option<(&'static str, usize)> {
    let mut at = open.checked_sub(1)?;
    if toks.get(at).is_some_and(|t| t.is_punct(':')) {
        at = at.checked_sub(1)?;
    }
    let word = |m: usize| toks.get(m).filter(|t| t.is_word()).map(|t| t.norm.as_str());
    let qualifier = word(at).filter(|w| matches!(*w, "الشريف" | "الصحيح" | "النبوي" | "القدسي"));
    let head = if qualifier.is_some() {
        at.checked_sub(1)?
    } else {
        at
    };
    // حديث alone is any talk (في حديث لصحيفة، بدأ في الحديث: «…»): only وفي الحديث, جاء
    // في الحديث, or الحديث with its qualifier.
    let fi = head.checked_sub(1).and_then(word);
    let opener = head.checked_sub(2).and_then(word);
    let after_fi = matches!(fi, Some("وفي" | "ففي"))
        || (fi == Some("في")
            && opener.is_none_or(|w| matches!(w, "جاء" | "ورد" | "وجاء" | "وورد" | "كما")));
    let hadith = word(head).is_some_and(|w| w == "الحديث") && (qualifier.is_some() || after_fi);
    let who = if qualifier == Some("القدسي") {
        super::phrase_words::GOD
    } else {
        super::phrase_words::PROPHET
    };
    hadith.then_some((who, head))
}
