//! A source phrase read in its sentence (بحسب فلان، وفقا للوزارة، نقلا عن مصادر): the source
//! after it, with the preposition ل taken off its name, and the body that issued a document it
//! names.

use std::ops::Range;

use super::Attribution;
use super::cue_words::{is_elative, is_not_source};
use super::cues::Scope;
use super::extract::{Ctx, Cue};
use super::lexicon::{
    is_complementizer, is_group, is_institution, is_title, light_norm, strip_article,
};
use super::marks::opening_at;
use super::speakers::{Np, parse_np};
use super::subject::is_subject;
use super::tokens::{Tok, TokKind};

impl Ctx<'_> {
    /// A source phrase (بحسب فلان، وفقا للوزارة): the source follows it.
    pub(super) fn source_cue(&self, s: &Scope, mut cue: Cue) -> Option<Cue> {
        let (toks, spans, sent, k) = (s.toks, s.spans, s.sent, cue.tok);
        let mut at = k + 1;
        while toks
            .get(at)
            .is_some_and(|t| matches!(t.norm.as_str(), "ل" | "لـ" | "عن" | "في"))
        {
            at += 1;
        }
        if toks
            .get(at)
            .is_some_and(|t| matches!(t.norm.as_str(), "ما" | "لما"))
        {
            return None; // بحسب ما قال فلان: the verb is the cue.
        }
        // وفق أعلى المعايير: an elative before the noun says which rule, it names no source.
        let head = if toks.get(at).is_some_and(|t| is_elative(&t.norm)) {
            at + 1
        } else {
            at
        };
        if toks.get(head).is_some_and(|t| is_not_source(&t.norm)) {
            return None; // حسب رغبة الزبون، وفقا للجدول: a rule or a need, not a source.
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
            // وفقا لستيفين إنجلاندر: after وفقا / طبقا / استنادا the ل is always the
            // preposition, whatever name follows it.
            let cue_word = toks.get(k).map_or("", |t| t.norm.as_str());
            let takes_li = [cue_word, cue_word.strip_prefix('و').unwrap_or_default()]
                .iter()
                .any(|w| matches!(*w, "وفقا" | "طبقا" | "استنادا"));
            speaker.name = if takes_li {
                strip_li(&speaker.name)
            } else {
                without_preposition(&speaker.name)
            }
            .into();
        }
        // وفقا لمسح حديث شمل 474 شركة صادر عن مؤسسة «كوين»: a document's issuer speaks.
        if let Some(issuer) = issuer_after(toks, &np, sent.end) {
            let by = self.resolve(toks, &issuer, Attribution::Named);
            speaker.role = Some(speaker.name.clone());
            speaker.name = by.name;
        }
        cue.speaker = Some(speaker);
        cue.np = Some(np.start..np.end);
        // وبحسب البيان أيضا: «…»: an adverb after the source.
        let mut after_np = np.end;
        while toks
            .get(after_np)
            .is_some_and(|t| matches!(t.norm.as_str(), "ايضا" | "كذلك"))
        {
            after_np += 1;
        }
        let next = toks.get(after_np);
        // وبحسب المصدر فإن …: the statement follows فإن.
        let fa_inna =
            next.is_some_and(|t| t.norm.starts_with("فان") && t.norm.chars().count() <= 5);
        if fa_inna {
            cue.comp = Some(after_np);
        } else if next.is_some_and(|t| t.is_word() && is_complementizer(&t.norm)) {
            // وجاء في البيان أن …
            cue.comp = Some(after_np);
        } else if next.is_some_and(|t| t.is_punct(':')) {
            // حسب قول فلان: «…»
            cue.colon = true;
            cue.comp = Some(after_np + 1);
        } else if opening_at(spans, after_np).is_some() {
            cue.comp = Some(after_np);
        } else if next.is_some_and(Tok::is_comma) && after_np + 1 < sent.end {
            cue.comp = Some(after_np + 1);
        } else if let Some(at) = fa_inna_after_description(toks, after_np, sent.end) {
            // وبحسب بيان تلقت الصحيفة نسخة منه، فإن …: words that describe the source, then
            // the statement after فإن.
            cue.comp = Some(at);
        } else {
            cue.after = true;
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
            let np = parse_np(&local, 0, local.len()).filter(|np| is_subject(&local, np))?;
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
            .filter(|np| is_subject(toks, np))
            .map(|np| (np, false))
    }
}

/// A name read after a word that always takes ل (وفقا لستيفين): the ل is the preposition; a
/// second ل is the article's (للوزارة → الوزارة).
fn strip_li(name: &str) -> String {
    if let Some(rest) = name.strip_prefix("لل") {
        return format!("ال{rest}");
    }
    name.strip_prefix('ل')
        .map(|r| r.trim_start_matches('\u{0640}'))
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(name)
        .to_owned()
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
        || super::lexicon::is_document(&first)
    {
        rest.trim_start_matches('\u{0640}').to_owned()
    } else {
        name.to_owned()
    }
}

/// The body that issued the document a source phrase names, said further on in the sentence
/// (… لمسح حديث شمل 474 شركة صادر عن مؤسسة «كوين»).
fn issuer_after(toks: &[Tok], np: &Np, limit: usize) -> Option<Np> {
    let head = toks.get(np.start)?;
    let bare = light_norm(head.norm.trim_start_matches('ل'));
    let (bare, _) = strip_article(&bare);
    if !super::lexicon::is_document(bare) {
        return None;
    }
    let at = (np.end..limit.min(np.end + 10)).find(|&m| {
        toks.get(m).is_some_and(|t| t.norm == "عن")
            && m.checked_sub(1)
                .and_then(|p| toks.get(p))
                .is_some_and(|p| matches!(strip_article(&p.norm).0, "صادر" | "صادرة"))
    })?;
    let mut np = parse_np(toks, at + 1, limit).filter(|np| np.end > np.start)?;
    // مؤسسة «كوين»: the body's name in quote marks belongs to it.
    if toks
        .get(np.end)
        .is_some_and(|t| matches!(t.kind, TokKind::Mark(_)))
        && let Some(close) = (np.end + 2..limit.min(np.end + 7)).find(|&m| {
            toks.get(m)
                .is_some_and(|t| matches!(t.kind, TokKind::Mark(_)))
        })
    {
        np.end = close + 1;
        np.name = np.start..np.end;
    }
    Some(np)
}

/// Where فإن opens the statement after a comma within a few words of a source phrase ending at
/// `from` (… بيان تلقت الصحيفة نسخة منه، فإن): the words between describe the source.
fn fa_inna_after_description(toks: &[Tok], from: usize, limit: usize) -> Option<usize> {
    const DESCRIPTION_WORDS_MAX: usize = 10;
    let fa_inna = |t: &Tok| t.norm.starts_with("فان") && t.norm.chars().count() <= 5;
    (from..limit.min(from + DESCRIPTION_WORDS_MAX))
        .take_while(|&m| toks.get(m).is_some_and(|t| t.is_word() || t.is_comma()))
        .find(|&m| toks.get(m).is_some_and(Tok::is_comma) && toks.get(m + 1).is_some_and(fa_inna))
        .map(|m| m + 1)
}
