//! The subject of a reporting verb read as a whole: the words between the verb and the start of
//! its statement, and the speaker's name found in them ([`super::person`]).

use std::ops::Range;

use super::extract::Ctx;
use super::kinship::is_kin_noun;
use super::lexicon::{
    CueForm, can_speak, cue_stem, is_complementizer, is_document, is_group, is_institution,
    is_name_stop, is_naming, is_occasion, is_people_plural, is_prefixed_complement, is_relative,
    is_time_word, is_title, is_told_to_press, object_pronoun, strip_article, takes_object_first,
};
use super::marks::{MarkSpan, opening_at};
use super::names::word_key;
use super::person::{SubjectName, given_at, person_with_families, split_subject};
use super::phrase_words::{
    bare_name_word, has_pronoun_suffix, inflected, is_complement_word, possessive_or_future,
    sacred_at,
};
use super::speakers::{Np, parse_np};
use super::tokens::{Tok, TokKind};

/// The most words a subject has before its statement (titles, offices, name, the one told).
const SUBJECT_WORDS_MAX: usize = 22;

/// Words of a quoted name that may stand in a subject (قال «صالح السرحاني» لـ«سبق»).
const QUOTED_NAME_WORDS_MAX: usize = 4;

/// Where the subject that starts at `from` ends: at the complementizer (أن، إن) or colon that
/// opens the statement, or at a quotation that is the statement. `None` when the sentence ends,
/// another cue comes first, or no statement opens within reach.
pub(super) fn subject_end(
    toks: &[Tok],
    spans: &[MarkSpan],
    from: usize,
    limit: usize,
) -> Option<usize> {
    // ما وصفه بـ«…»: a verb followed by a preposition has its object there, not a subject.
    let first = toks.get(from)?;
    if first.is_word()
        && (is_name_stop(&first.norm) || is_prefixed_complement(&first.norm) || first.prefixed_ifal)
    {
        return None;
    }
    let mut m = from;
    while m < limit.min(from + SUBJECT_WORDS_MAX) {
        let t = toks.get(m)?;
        match t.kind {
            TokKind::Mark(_) => {
                let Some(span) = opening_at(spans, m) else {
                    m += 1;
                    continue;
                };
                // Only a name stands in quote marks inside a subject: the subject itself, the
                // one told (لـ«الاقتصادية») or a body's name, after a naming noun or as the
                // genitive of a bare noun (المدير التنفيذي لفرع «واعي» بالرياض).
                let named = m == from
                    || quoted_person(toks, span)
                    || toks.get(m - 1).is_some_and(|p| {
                        matches!(p.norm.as_str(), "ل" | "لـ")
                            || is_naming(&p.norm)
                            || (m > from + 1
                                && p.is_word()
                                && !strip_article(&p.norm).1
                                && !is_name_stop(&p.norm)
                                && cue_stem(&p.norm).is_none())
                    });
                if is_quoted_statement(toks, span) || !named {
                    return (m > from).then_some(m);
                }
                m = span.outer_end();
                continue;
            }
            TokKind::Punct(':') => return (m > from).then_some(m),
            _ if t.is_sentence_end() => return None,
            TokKind::Word if is_complementizer(&t.norm) => return (m > from).then_some(m),
            // قدم فلان شكره: a saying word with a pronoun is the object; the subject ended.
            TokKind::Word
                if m > from && cue_stem(&t.norm).is_some() && object_pronoun(&t.norm).is_some() =>
            {
                return Some(m);
            }
            TokKind::Word if m > from && cue_stem(&t.norm).is_some() => return None,
            // كشفت تسريبات إعلامية عن إصدار …، دعا الوزير إلى …: عن and إلى open the object.
            TokKind::Word if m > from && matches!(t.norm.as_str(), "عن" | "الى") => {
                return Some(m);
            }
            // … في تصريح صحفي إن: the occasion after the speaker is not part of them.
            TokKind::Word
                if m > from
                    && matches!(t.norm.as_str(), "في" | "خلال")
                    && toks.get(m + 1).is_some_and(|n| is_occasion(&n.norm)) =>
            {
                let rest = subject_end(toks, spans, m + 1, limit);
                return rest.map(|_| m);
            }
            // أعلن قائد العمليات اللواء قاسم المحمدي، مقتل أربعة: after a comma (or a
            // semicolon: طالب الشيخ فلان؛ بتهيئة الفرص), a word that is no office and no name
            // is the object: the subject ended.
            TokKind::Punct('،' | ',' | '؛' | ';')
                if m > from
                    && toks.get(m + 1).is_some_and(|n| {
                        n.is_word()
                            && !is_title(&n.norm)
                            && given_at(toks, m + 1, limit).is_none()
                            && !is_complementizer(&n.norm)
                    }) =>
            {
                return Some(m);
            }
            _ => {}
        }
        m += 1;
    }
    None
}

impl Ctx<'_> {
    /// True when the word is part of a person's name the article gave.
    pub(super) fn is_known_name_word(&self, norm: &str) -> bool {
        norm.chars().count() >= 3 && self.name_words.contains_key(&word_key(norm))
    }

    /// The name a relative pronoun before the verb at `k` stands for (… السفير علي العياشي الذي
    /// أوضح أن): a person's name, or a name the article gave, ending right before it.
    pub(super) fn antecedent(&self, toks: &[Tok], sent: &Range<usize>, k: usize) -> Option<Np> {
        let rel = k.checked_sub(1).filter(|&r| r > sent.start)?;
        let is_relative = toks.get(rel).is_some_and(|t| is_relative(&t.norm));
        // القاعة التي وصفها بالمميزة: a pronoun on the verb is the antecedent, its object.
        let object = toks
            .get(k)
            .is_some_and(|t| object_pronoun(&t.norm).is_some());
        if !is_relative || object {
            return None;
        }
        let from = rel.saturating_sub(7).max(sent.start);
        let start = (from..rel)
            .find(|&p| person_with_families(toks, p, rel, 1) == Some(rel))
            .or_else(|| {
                let last = rel - 1;
                toks.get(last)
                    .is_some_and(|t| t.is_word() && self.is_known_name_word(&t.norm))
                    .then_some(last)
            });
        match start {
            Some(start) => Some(Np {
                start,
                end: rel,
                name: start..rel,
                role: None,
                title_only: false,
            }),
            None => speaking_antecedent(toks, from, rel)
                .or_else(|| described_name_before(toks, sent.start, rel)),
        }
    }

    /// The speaker phrase of a verb whose subject runs from `from` to a statement it opens, when
    /// a person's name stands in it.
    pub(super) fn named_subject(
        &self,
        toks: &[Tok],
        spans: &[MarkSpan],
        from: usize,
        limit: usize,
    ) -> Option<Np> {
        let end = subject_end(toks, spans, from, limit)?;
        let found = split_subject(toks, from..end, |w| self.is_known_name_word(w))
            .or_else(|| quoted_name(toks, spans, from, end))?;
        // A name inside quote marks (قال «صالح السرحاني») ends after its closing mark, and a
        // short quoted description goes with the name (فلان "والد الطفلة": إن، فلان "الوطن"
        // بأن); a quotation that opens there (وقال الوزير فلان «…») is the statement.
        let mut np_end = found.name.end;
        let statement_opens =
            opening_at(spans, np_end).is_some_and(|span| is_quoted_statement(toks, span));
        if toks
            .get(np_end)
            .is_some_and(|t| matches!(t.kind, TokKind::Mark(_)))
            && !statement_opens
        {
            np_end += 1;
        }
        if let Some(role) = &found.role {
            np_end = np_end.max(role.end);
        }
        // وقال والد مايكل براون: the name is the genitive of the kinship noun before it, and the
        // one who speaks is the relative, not the person named.
        // وأكدت أم فهد: أم or أبو before a given name makes a kunya, which is a name.
        let kin = found.name.start.checked_sub(1).filter(|&k| {
            k >= from
                && (is_kin_noun(toks, k)
                    || toks
                        .get(k)
                        .is_some_and(|t| matches!(t.norm.as_str(), "ام" | "ابو" | "ابي" | "ابا")))
        });
        if let Some(k) = kin {
            return Some(Np {
                start: from,
                end: np_end,
                name: k..found.name.end,
                role: None,
                title_only: false,
            });
        }
        Some(Np {
            start: from,
            end: np_end,
            name: found.name,
            role: found.role,
            title_only: false,
        })
    }
}

/// The phrase that ends right before the relative pronoun at `rel` (a comma between allowed)
/// and can speak: an office, a body, a group, a document (الطبيب الشرعي الذي أكد، البيان الذي
/// أوضح، مصادر مقربة من الفنان والتي قالت). The fullest such phrase from `from` on.
fn speaking_antecedent(toks: &[Tok], from: usize, rel: usize) -> Option<Np> {
    let end = if toks.get(rel - 1).is_some_and(Tok::is_comma) {
        rel - 1
    } else {
        rel
    };
    (from..end)
        .filter(|&p| {
            // The phrase opens after a preposition, a comma or a verb, never inside a word group.
            p == from
                || toks.get(p - 1).is_some_and(|t| {
                    !t.is_word() || is_name_stop(&t.norm) || cue_stem(&t.norm).is_some()
                })
        })
        .find_map(|p| {
            let np = parse_np(toks, p, end).filter(|np| np.end == end)?;
            let head = toks.get(p)?;
            let speaks = is_title(&head.norm)
                || is_group(&head.norm)
                || is_institution(&head.norm)
                || is_people_plural(&head.norm)
                || is_document(strip_article(&head.norm).0);
            (speaks && is_subject(toks, &np)).then_some(np)
        })
}

/// The most words of a group of people before الذين (رواد شبكات التواصل الاجتماعي).
const GROUP_WORDS_MAX: usize = 4;

/// The people a plural relative pronoun's verb speaks for, when no one is named (غضب المعلمين
/// الذين طالبوا، عدد من المواطنين الذين أكدوا، الآلاف من رواد شبكات التواصل الذين طالبوا): الذين
/// says they are people, and the phrase before it, opened by a plural, says who. They are left
/// unnamed, as a source is: a group, never one speaker across articles.
pub(super) fn people_before_relative(toks: &[Tok], sent: &Range<usize>, k: usize) -> Option<Np> {
    let rel = k.checked_sub(1).filter(|&r| r > sent.start)?;
    let plural_relative = toks
        .get(rel)
        .is_some_and(|t| matches!(t.norm.strip_prefix('و').unwrap_or(&t.norm), "الذين"));
    if !plural_relative {
        return None;
    }
    let plural = |t: &Tok| {
        let (body, _) = strip_article(&t.norm);
        is_people_plural(&t.norm)
            || (body.chars().count() >= 4 && (body.ends_with("ين") || body.ends_with("ون")))
    };
    (rel.saturating_sub(GROUP_WORDS_MAX).max(sent.start)..rel).find_map(|p| {
        toks.get(p).filter(|t| t.is_word() && plural(t))?;
        parse_np(toks, p, rel)
            .filter(|np| np.end == rel)
            .or_else(|| {
                // A chain of nouns in the construct state (رواد شبكات التواصل).
                let chain = (p..rel).all(|m| {
                    toks.get(m)
                        .is_some_and(|t| t.is_word() && !is_name_stop(&t.norm) && !t.tanween)
                });
                chain.then_some(Np {
                    start: p,
                    end: rel,
                    name: p..rel,
                    role: None,
                    title_only: false,
                })
            })
    })
}

/// A name no list knows, right before the relative pronoun at `rel`, after the definite words
/// that describe the person (الملياردير الروسي يوري ميلنر الذي أعلن): one to three bare words,
/// the description one or two definite words opening the phrase.
fn described_name_before(toks: &[Tok], start: usize, rel: usize) -> Option<Np> {
    const NAME_WORDS_MAX: usize = 3;
    const DESCRIPTION_WORDS_MAX: usize = 2;
    let bare = |m: usize| toks.get(m).is_some_and(bare_name_word);
    let definite = |m: usize| {
        toks.get(m).is_some_and(|t| {
            t.is_word() && strip_article(&t.norm).1 && !is_name_stop(&t.norm) && !t.tanween
        })
    };
    let name_start =
        (rel.saturating_sub(NAME_WORDS_MAX).max(start + 1)..rel).find(|&q| (q..rel).all(bare))?;
    let mut role_start = name_start;
    while role_start > start
        && name_start - role_start < DESCRIPTION_WORDS_MAX
        && definite(role_start - 1)
    {
        role_start -= 1;
    }
    let head = toks.get(role_start)?;
    (role_start < name_start && !is_institution(&head.norm)).then_some(Np {
        start: role_start,
        end: rel,
        name: name_start..rel,
        role: Some(role_start..name_start),
        title_only: false,
    })
}

/// True when the quoted words are a person's name, titles before it allowed (مساعد المدير
/// "الدكتور أسامة فيدة").
fn quoted_person(toks: &[Tok], span: &MarkSpan) -> bool {
    let inner = span.inner();
    let mut start = inner.start;
    while toks.get(start).is_some_and(|t| is_title(&t.norm)) {
        start += 1;
    }
    start < inner.end && super::person::person_at(toks, start, inner.end) == Some(inner.end)
}

/// A subject that is a name in quote marks and nothing else (وأوضحت «وول ستريت جورنال» أن).
/// Definite adjectives may follow the marks (صرح «مركز فلب فلاب فن» الترفيهي بأنه).
fn quoted_name(toks: &[Tok], spans: &[MarkSpan], from: usize, end: usize) -> Option<SubjectName> {
    let span = opening_at(spans, from).filter(|s| s.close.is_some())?;
    let adjectives = (span.outer_end()..end).all(|k| {
        toks.get(k)
            .is_some_and(|t| t.is_word() && strip_article(&t.norm).1)
    });
    if !adjectives {
        return None;
    }
    let inner = span.inner();
    (!inner.is_empty()).then_some(SubjectName {
        name: inner,
        role: None,
    })
}

/// A name in quote marks that closes a sentence after its verb, alone or with نفسه (… بحسب ما
/// أعلنت «ناسا» نفسها، كما ذكرت «رويترز»): the speaker of a statement that came first.
pub(super) fn quoted_name_last(
    toks: &[Tok],
    spans: &[MarkSpan],
    at: usize,
    limit: usize,
) -> Option<Np> {
    let span = opening_at(spans, at).filter(|s| s.close.is_some())?;
    let mut end = span.outer_end();
    if toks
        .get(end)
        .is_some_and(|t| matches!(t.norm.as_str(), "نفسه" | "نفسها" | "ذاته" | "ذاتها"))
    {
        end += 1;
    }
    let closes = end >= limit
        || toks
            .get(end)
            .is_some_and(|t| t.is_sentence_end() || t.is_comma());
    let name = short_quoted_words(toks, span).filter(|_| closes)?;
    Some(Np {
        start: at,
        end,
        name,
        role: None,
        title_only: false,
    })
}

/// True when the quoted span can be no part of a subject, only the statement after it: longer
/// than a name ([`QUOTED_NAME_WORDS_MAX`] words), never closed, or not followed by more of the
/// subject (a word, a colon or a comma).
fn is_quoted_statement(toks: &[Tok], span: &MarkSpan) -> bool {
    let continues = toks
        .get(span.outer_end())
        .is_some_and(|n| n.is_word() || n.is_punct(':') || n.is_comma());
    span.inner().len() > QUOTED_NAME_WORDS_MAX || span.close.is_none() || !continues
}

/// The words inside a quoted span short enough to be a name (one to
/// [`QUOTED_NAME_WORDS_MAX`], all words), as token indices.
pub(super) fn short_quoted_words(toks: &[Tok], span: &MarkSpan) -> Option<Range<usize>> {
    let inner = span.inner();
    ((1..=QUOTED_NAME_WORDS_MAX).contains(&inner.len())
        && inner.clone().all(|k| toks.get(k).is_some_and(Tok::is_word)))
    .then_some(inner)
}

/// A phrase whose name opens with a given name runs on to the whole name (الدكتور عزام بن محمد
/// الدخيل, where the title reading stopped before the family name).
pub(super) fn extend_name(toks: &[Tok], mut np: Np, limit: usize) -> Np {
    if np.title_only {
        return np;
    }
    if let Some(end) =
        person_with_families(toks, np.name.start, limit, 1).filter(|&e| e > np.name.end)
    {
        np.name = np.name.start..end;
        np.end = np.end.max(end);
    }
    np
}

/// Where a time adverbial that starts at `at` ends (قال أمس (الخميس) الوزير، أكد مساء
/// اليوم المتحدث): the subject of a verb may stand after it. `at` itself when none starts there.
/// يوم counts only before a time word (يوم الخميس), and words in parentheses only when every one
/// is a time word or a number.
pub(super) fn past_time_adverbial(toks: &[Tok], at: usize) -> usize {
    let time = |i: usize| {
        toks.get(i)
            .is_some_and(|t| t.is_word() && is_time_word(&t.norm))
    };
    let mut i = at;
    loop {
        if time(i) {
            i += 1;
        } else if toks.get(i).is_some_and(|t| t.norm == "يوم") && time(i + 1) {
            i += 2;
        } else if toks.get(i).is_some_and(|t| t.is_punct('(')) {
            let close = (i + 1..toks.len().min(i + 5)).find(|&m| toks[m].is_punct(')'));
            match close {
                Some(c)
                    if c > i + 1
                        && (i + 1..c).all(|m| {
                            time(m) || toks[m].norm.chars().all(|ch| ch.is_ascii_digit())
                        }) =>
                {
                    i = c + 1;
                }
                _ => return i,
            }
        } else {
            return i;
        }
    }
}

/// True when a phrase can be the speaker: a definite noun must name something that speaks.
pub(super) fn is_subject(toks: &[Tok], np: &Np) -> bool {
    toks.get(np.start).is_some_and(|t| can_speak(&t.norm))
}

/// The bare definite phrase between a verb at the head of its clause and the statement it opens
/// (وأوضحت الأرصاد أن، قال الادعاء العام الليبي في بيان إنه، قال المعارض الصيني آي ويوي إن):
/// in verb–subject–object order the noun right after the verb is its subject, whether or not a
/// list knows it. Its words stop at a preposition, a comma or a relative; only an occasion, the
/// one told or a time may stand between it and the statement. A short bare tail after the
/// definite words is the name (آي ويوي), the words before it the office. Not after a verb whose
/// first noun may be its object (أبلغ الوزير أن، وصف القرار بأنه).
pub(super) fn definite_subject(
    toks: &[Tok],
    spans: &[MarkSpan],
    verb: usize,
    from: usize,
    limit: usize,
) -> Option<Np> {
    const WORDS_MAX: usize = 5;
    const NAME_WORDS_MAX: usize = 3;
    let (stem, form) = cue_stem(&toks.get(verb)?.norm)?;
    if form != CueForm::Verb || takes_object_first(&stem) {
        return None;
    }
    let end = subject_end(toks, spans, from, limit)?;
    // The statement opens at `end`, or an occasion there comes before it (في بيان، خلال مؤتمر).
    let opens = toks.get(end).is_some_and(|t| {
        t.is_punct(':')
            || (t.is_word() && is_complementizer(&t.norm))
            || (matches!(t.norm.as_str(), "في" | "خلال")
                && toks.get(end + 1).is_some_and(|n| is_occasion(&n.norm)))
    }) || opening_at(spans, end).is_some();
    let first = toks.get(from)?;
    if !opens
        || !first.is_word()
        || first.tanween
        || !strip_article(&first.norm).1
        || has_pronoun_suffix(&first.norm)
        || is_complement_word(&first.norm)
        || is_time_word(&first.norm)
        || sacred_at(toks, from, limit).is_some()
    {
        return None;
    }
    // … الخضر الزغلي عضو اللجنة: a bare office after the first word is an apposition (the
    // adjective العام is not).
    let stops = |m: usize| {
        let t = &toks[m];
        !t.is_word()
            || (m > from && is_title(&t.norm) && !strip_article(&t.norm).1)
            || t.norm.chars().any(char::is_numeric)
            || is_name_stop(&t.norm)
            || is_time_word(&t.norm)
            || is_relative(&t.norm)
            || is_told_to_press(&t.norm)
            || t.norm.starts_with("لـ")
            || t.norm.starts_with("لل")
            || cue_stem(&t.norm).is_some()
    };
    let cut = (from..end).find(|&m| stops(m)).unwrap_or(end);
    if cut == from || cut - from > WORDS_MAX {
        return None;
    }
    // What stands between the subject and its statement: an occasion (في بيان، خلال مؤتمر), the
    // one told (لـ«الرياض»), a time, or an apposition after a comma.
    let between = toks.get(cut).is_none_or(|t| {
        cut == end
            || t.is_comma()
            || matches!(t.norm.as_str(), "في" | "خلال" | "امام" | "لدى" | "عبر")
            || is_time_word(&t.norm)
            || is_told_to_press(&t.norm)
            || t.norm.starts_with("لـ")
            || t.norm.starts_with("لل")
            || matches!(t.kind, TokKind::Mark(_))
    });
    if !between {
        return None;
    }
    // A name word is bare: no article, no ل or ب with one (للسياحة), no ة, no tanween (ساخراً
    // is a state, دائما an adverb) and no pronoun (بأعمالنا).
    let bare = |m: usize| {
        let t = &toks[m];
        let w = t.norm.as_str();
        !strip_article(w).1
            && !["لل", "لـ", "بال", "بـ"].iter().any(|p| w.starts_with(p))
            && !w.ends_with('ة')
            && !t.tanween
            && !inflected(w)
            && !possessive_or_future(w)
    };
    let tail = (from + 1..cut)
        .find(|&q| (q..cut).all(bare))
        .filter(|&q| cut - q <= NAME_WORDS_MAX);
    Some(Np {
        start: from,
        end: cut,
        name: tail.unwrap_or(from)..cut,
        role: tail.map(|q| from..q),
        title_only: false,
    })
}

/// True for a subject that is one singular definite noun and no name, or such a noun and one
/// adjective (وقال المصمم، وأضافت المدعية، وأوضح المهاجم الدولي): a description of
/// someone the article named before, so the speaker carried over is the one meant.
pub(super) fn lone_description(toks: &[Tok], np: &Np) -> bool {
    let body = |i: usize| toks.get(i).map(|t| strip_article(&t.norm).0);
    let singular =
        body(np.start).is_some_and(|b| !["ات", "ون", "ين", "ان"].iter().any(|x| b.ends_with(x)));
    let adjective = np.end == np.start + 2
        && toks.get(np.start + 1).is_some_and(|t| {
            let (b, definite) = strip_article(&t.norm);
            definite && !["ات", "ون", "ين", "ان"].iter().any(|x| b.ends_with(x))
        });
    np.role.is_none() && singular && (np.end == np.start + 1 || adjective)
}
