//! The subject written before its reporting verb: inside a reported clause (… إن كوريا
//! الجنوبية حذرت موسكو), after لكنّ and its sisters, or an office and a name at the head of the
//! clause with all their complements (لكن كبير مفوضي مكتب السلامة في أستراليا مارتن دولان قال).

use std::ops::Range;

use super::cue_lexicon::is_verb_preposition;
use super::cue_words::is_summing_up;
use super::extract::is_clause_break;
use super::lexicon::{
    cue_stem, is_body, is_complementizer, is_country, is_document, is_group, is_institution,
    is_title, is_unnamed_source, strip_article,
};
use super::marks::{MarkSpan, opening_at};
use super::person::is_given_name;
use super::person::{SubjectName, follows_link, person_with_families, split_subject};
use super::phrase_words::has_pronoun_suffix;
use super::phrase_words::{bare_name_word, is_bare_prep, is_chief};
use super::speakers::{Np, parse_np};
use super::subject::{is_subject, short_quoted_words};
use super::tokens::{Tok, TokKind};
use super::word_classes::is_people_plural;

/// Subject before the verb inside a reported clause (… إن كوريا الجنوبية حذرت موسكو).
pub(super) fn svo_subject(
    toks: &[Tok],
    spans: &[MarkSpan],
    sent: &Range<usize>,
    k: usize,
) -> Option<Np> {
    if let Some(np) = prophet_before(toks, sent, k) {
        return Some(np);
    }
    // A name in quote marks right before the verb lengthens the subject by its words.
    let quoted_before = k
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|t| matches!(t.kind, TokKind::Mark(_)));
    let from = k
        .saturating_sub(if quoted_before { 11 } else { 7 })
        .max(sent.start);
    for p in from..k {
        // وكانت صحيفة «…» قد أكدت: the subject after كان, the verb after قد.
        if !opens_subject(toks, sent, p, true) {
            continue;
        }
        let after_complementizer = p.checked_sub(1).and_then(|q| toks.get(q)).is_some_and(|t| {
            t.is_word()
                && (is_complementizer(&t.norm)
                    || matches!(t.norm.as_str(), "فان" | "لان" | "لكن" | "ولكن"))
        });
        // فإن «جاغوار» تعتقد: a name in quote marks right before the verb, after a
        // complementizer or لكنّ, is its subject.
        if after_complementizer
            && let Some(name) = opening_at(spans, p)
                .filter(|s| s.outer_end() == k)
                .and_then(|s| short_quoted_words(toks, s))
        {
            return Some(Np {
                start: p,
                end: k,
                name,
                role: None,
                title_only: false,
            });
        }
        // منظمة الدول المصدرة للبترول «أوبك» تؤكد: its name in quote marks closes it.
        let quoted_name = |np: &Np| {
            toks.get(np.start)
                .is_some_and(|t| is_institution(&t.norm) || is_title(&t.norm))
                && k >= np.end + 3
                && k <= np.end + 6
                && [np.end, k - 1].iter().all(|&m| {
                    toks.get(m)
                        .is_some_and(|t| matches!(t.kind, TokKind::Mark(_)))
                })
                && (np.end + 1..k - 1).all(|m| toks.get(m).is_some_and(Tok::is_word))
        };
        let ends_at_verb = |np: &Np| {
            quoted_name(np)
                || np.end == k
                || (np.end + 1 == k && toks.get(np.end).is_some_and(|t| t.norm == "قد"))
                || (np.end + 1 == k
                    && toks.get(np.end).is_some_and(Tok::is_comma)
                    && np.role.is_some())
        };
        if let Some(np) = parse_np(toks, p, k).filter(|np| ends_at_verb(np) && is_subject(toks, np))
        {
            let first = toks.get(p)?;
            // Outside a reported clause only a title, group or known name can stand before
            // its verb; a sentence-initial word is more often a verb or a connector.
            // … يوهان فورنر، المدير العام للوكالة، يقول: a name with its role, then the verb.
            // وكانت وسائل إعلام باكستانية ذكرت: after كان the subject always comes before the
            // verb. والخبراء يرون: a plural of people heading its clause is its verb's subject.
            let after_kana = p
                .checked_sub(1)
                .and_then(|q| toks.get(q))
                .is_some_and(|t| is_kana(&t.norm));
            let strong = is_title(&first.norm)
                || is_group(&first.norm)
                || is_institution(&first.norm)
                || is_people_plural(first.norm.strip_prefix('و').unwrap_or(&first.norm))
                || (after_kana && may_name_a_speaker(first, |_| false))
                || np.role.is_some();
            if cue_stem(&first.norm).is_none() && (after_complementizer || strong) {
                return Some(np);
            }
        }
    }
    titled_before_verb(toks, sent, k)
}

/// The most words an office, its complements and a name take before their verb.
const TITLED_WORDS_MAX: usize = 14;

/// The most words of a name that ends an office right before its verb.
const NAME_WORDS_LAST: usize = 5;

/// An office at the head of its clause with all its complements and the person's name, then
/// the verb (لكن كبير مفوضي مكتب سلامة النقل في أستراليا مارتن دولان قال، إلا أن الكابتن
/// كندال بورتيسر المسؤول بمكافحة الحرائق قال): in subject–verb order nothing but the subject
/// stands between the particle and the verb, however long it is. The words hold no verb of
/// saying, no complementizer and no punctuation, and must give a person's name.
fn titled_before_verb(toks: &[Tok], sent: &Range<usize>, k: usize) -> Option<Np> {
    let from = k.saturating_sub(TITLED_WORDS_MAX).max(sent.start);
    let plain = |t: &Tok| {
        t.is_word()
            && !is_complementizer(&t.norm)
            && !is_contrast(&t.norm)
            && cue_stem(&t.norm).is_none()
    };
    let p = (from..k)
        .rev()
        .take_while(|&m| toks.get(m).is_some_and(plain))
        .last()?;
    let opened = p == sent.start
        || toks.get(p - 1).is_some_and(|t| {
            is_clause_break(t)
                || (t.is_word() && (is_complementizer(&t.norm) || is_contrast(&t.norm)))
        });
    let office = toks.get(p).is_some_and(|t| is_title(&t.norm)) || is_chief(toks, p);
    if !opened || !office {
        return None;
    }
    // The name the office ends with, right before the verb, or else the first in the words.
    let last = (p + 1..k)
        .rev()
        .take(NAME_WORDS_LAST)
        .filter(|&j| !follows_link(toks, j))
        .find(|&j| person_with_families(toks, j, k, 2) == Some(k));
    let found = match last.or_else(|| bare_name_before(toks, p, k)) {
        Some(j) => SubjectName {
            name: j..k,
            role: Some(p..j),
        },
        // الكابتن كندال بورتيسر المسؤول …: the name right after an office, its apposition after.
        None => split_subject(toks, p..k, |_| false).filter(|f| {
            f.name
                .start
                .checked_sub(1)
                .and_then(|b| toks.get(b))
                .is_some_and(|t| is_title(&t.norm))
        })?,
    };
    Some(Np {
        start: p,
        end: k,
        role: found.role,
        name: found.name,
        title_only: false,
    })
}

/// The start of a name no list knows that ends the office right before the verb: two or three
/// bare words after a definite one or an office (… في أستراليا مارتن دولان قال), never the
/// complement of a preposition (في أستراليا) nor the genitive of an institution (مكتب سلامة).
fn bare_name_before(toks: &[Tok], p: usize, k: usize) -> Option<usize> {
    const WORDS: std::ops::RangeInclusive<usize> = 2..=3;
    let mut j = k;
    while j > p + 1
        && k - j < *WORDS.end()
        && toks.get(j - 1).is_some_and(bare_name_word)
        && !toks
            .get(j - 2)
            .is_some_and(|t| is_bare_prep(&t.norm) || is_institution(&t.norm))
    {
        j -= 1;
    }
    WORDS.contains(&(k - j)).then_some(j)
}

/// True when a subject written before its verb can start at `p`: the sentence's or clause's
/// first word, or the word after a complementizer, لكنّ and its sisters, فإنّ or لأنّ, and with
/// `after_kana` after كان too (وكانت صحيفة «…» قد أكدت).
fn opens_subject(toks: &[Tok], sent: &Range<usize>, p: usize, after_kana: bool) -> bool {
    p == sent.start
        || p.checked_sub(1).and_then(|q| toks.get(q)).is_some_and(|t| {
            is_clause_break(t)
                || (t.is_word()
                    && (is_complementizer(&t.norm)
                        || is_contrast(&t.norm)
                        || matches!(t.norm.as_str(), "فان" | "لان")
                        || (after_kana && is_kana(&t.norm))))
        })
}

/// كان in the past, with or without و, which puts the subject before its verb in the pluperfect
/// (وكانت الوزارة أعلنت، وكان الوزير قد أكد).
fn is_kana(norm: &str) -> bool {
    matches!(norm, "كان" | "كانت" | "وكان" | "وكانت")
}

/// لكنّ and the particles that, like it, put the subject before its verb.
fn is_contrast(norm: &str) -> bool {
    matches!(norm, "لكن" | "ولكن" | "بينما" | "وبينما")
}

/// True when the verb at `k` has for subject a word that sums up what was told and its
/// complement follows it at once (وهذا يشير إلى، مما يؤكد أن، وذلك يكشف عن): the writer
/// draws a conclusion; nobody speaks. A personal pronoun (وهو يؤكد) is someone, and a verb
/// with its subject after it (وهو ما أكده الوزير) names them.
pub(super) fn summed_up_before(toks: &[Tok], sent: &Range<usize>, k: usize) -> bool {
    let before = k
        .checked_sub(1)
        .filter(|&b| b >= sent.start)
        .and_then(|b| toks.get(b))
        .is_some_and(|t| is_summing_up(&t.norm));
    let complement = toks.get(k + 1).is_some_and(|t| {
        t.is_word() && (is_complementizer(&t.norm) || is_verb_preposition(&t.norm))
    });
    before && complement
}

/// The most adjectives between a thing and its verb (التوقعات الأولية تشير).
const THING_ADJECTIVES_MAX: usize = 2;

/// True when a thing is named right before the verb at `k`, at the head of its clause
/// (والمؤشرات تؤكد أن، التوقعات الأولية تشير إلى، فإن الأرقام تكشف): a definite noun that names
/// no one who speaks (no office, body, group, people, document, country nor a name `known` to
/// the article) is the verb's subject, and the verb reports nothing: it is the writer's own
/// narration. A noun that may be a person (a nisba, a plural in ون / ين) is never such a thing.
pub(super) fn thing_before_verb(
    toks: &[Tok],
    sent: &Range<usize>,
    k: usize,
    known: impl Fn(&str) -> bool,
) -> bool {
    let definite = |m: usize| {
        toks.get(m)
            .is_some_and(|t| t.is_word() && !t.tanween && strip_article(&t.norm).1)
    };
    let Some(head) = (k.saturating_sub(THING_ADJECTIVES_MAX + 1).max(sent.start)..k)
        .find(|&n| (n..k).all(definite))
    else {
        return false;
    };
    let opens_clause = opens_subject(toks, sent, head, false);
    let speaks = |m: usize| toks.get(m).is_none_or(|t| may_name_a_speaker(t, &known));
    opens_clause && !(head..k).any(speaks)
}

/// True when the word may name someone who speaks, or be part of such a name: an office, a
/// body, a group, people, a document, a source, a country, a given name or one `known` to the
/// article, a nisba, a plural in ون / ين, a word with a pronoun.
fn may_name_a_speaker(t: &Tok, known: impl Fn(&str) -> bool) -> bool {
    let (body, _) = strip_article(&t.norm);
    is_title(&t.norm)
        || is_institution(body)
        || is_group(body)
        || is_people_plural(body)
        || is_body(body)
        || is_document(body)
        || is_unnamed_source(body)
        || is_country(&t.norm)
        || is_country(body)
        || is_given_name(body)
        || known(&t.norm)
        || body.ends_with('ي')
        || body.ends_with("ون")
        || body.ends_with("ين")
        || has_pronoun_suffix(&t.norm)
}

/// The Prophet named before the verb with the blessing after his name (أن رسول الله -صلى الله
/// عليه وسلم- قال: «…»، النبي صلى الله عليه وسلم يقول): the blessing, which names him, as the
/// subject.
fn prophet_before(toks: &[Tok], sent: &Range<usize>, k: usize) -> Option<Np> {
    let aside = |t: &Tok| matches!(t.kind, TokKind::Punct('-' | '–' | '(' | ')'));
    let mut end = k;
    while end > sent.start && toks.get(end - 1).is_some_and(aside) {
        end -= 1;
    }
    let start = end.checked_sub(4).filter(|&s| s >= sent.start)?;
    let (len, _) = super::phrase_words::sacred_at(toks, start, end)
        .filter(|(len, who)| start + len == end && *who == super::phrase_words::PROPHET)?;
    let mut before = start;
    while before > sent.start && toks.get(before - 1).is_some_and(aside) {
        before -= 1;
    }
    let named = toks.get(before.checked_sub(1)?).is_some_and(|t| {
        t.is_word()
            && (matches!(t.norm.as_str(), "النبي" | "الرسول" | "المصطفى")
                || (t.norm == "الله"
                    && before >= 2
                    && toks.get(before - 2).is_some_and(|r| r.norm == "رسول")))
    });
    named.then_some(Np {
        start,
        end: start + len,
        name: start..start + len,
        role: None,
        title_only: false,
    })
}
