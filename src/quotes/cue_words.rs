//! Reporting words read by what stands around them: a feminine participle or a verb of thanks
//! that reports speech only in its clause, كما that means "also", and words that look like
//! reporting verbs but report nothing where they stand.

use std::ops::Range;
use std::sync::LazyLock;

use rustc_hash::FxHashSet as HashSet;

use super::lexicon::{
    CueForm, can_speak, cue_stem, feminine_hal, is_complementizer, is_document, is_group,
    is_institution, is_name_stop, is_occasion, is_title, object_pronoun, strip_article, word_list,
};
use super::tokens::{Tok, TokKind};

/// A feminine participle that reports speech in its clause (… ، مشيرة إلى أن …، مؤكدة أن …).
pub(super) fn feminine_hal_at(toks: &[Tok], i: usize) -> Option<(String, CueForm)> {
    let t = toks.get(i)?;
    let stem = feminine_hal(&t.norm)?;
    let after_comma = i
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|p| p.is_comma() || t.norm.starts_with('و'));
    let leads = toks.get(i + 1).is_some_and(|n| {
        n.is_punct(':')
            || matches!(n.kind, TokKind::Mark(_))
            || (n.is_word()
                && (is_complementizer(&n.norm)
                    || matches!(n.norm.as_str(), "الى" | "على")
                    || abstract_object(toks, i + 1)))
    });
    (after_comma && leads).then_some((stem, CueForm::Hal))
}

/// True for an abstract noun in the construct state at `i`, the object of a participle that
/// reports (مؤكدة أهمية المشروع، مشددة ضرورة هذا الالتزام): bare, ending in ة, and followed by
/// the definite noun it governs.
fn abstract_object(toks: &[Tok], i: usize) -> bool {
    let noun = toks.get(i).is_some_and(|t| {
        t.is_word() && !t.tanween && !strip_article(&t.norm).1 && t.norm.ends_with('ة')
    });
    noun && toks
        .get(i + 1)
        .is_some_and(|t| t.is_word() && (strip_article(&t.norm).1 || is_demonstrative(&t.norm)))
}

/// Words that read as a reporting verb but report nothing where they stand: a verbal noun
/// after تم (يتم ذكرهم), the writer's inference (مما يشير إلى), "happens" (أنها تحدث), اختتم
/// that closes events rather than a speech (اختتمت فعاليات الملتقى), كتب as "books" (كتب
/// الأطفال).
pub(super) fn reports_nothing(toks: &[Tok], k: usize, stem: &str, prev: &str) -> bool {
    // مما يشير إلى أن، بما يؤكد أن، الأمر الذي يعني: "which shows that", the writer's
    // inference.
    if matches!(prev, "تم" | "يتم" | "سيتم" | "وتم" | "ويتم" | "مما" | "بما")
    {
        return true;
    }
    let prev2 = k
        .checked_sub(2)
        .and_then(|p| toks.get(p))
        .map_or("", |t| t.norm.as_str());
    // (الأمر الذي اعتبره الجانب الفلسطيني …: with a pronoun for الأمر, someone's words.)
    let this = toks.get(k).map_or("", |t| t.norm.as_str());
    if prev == "الذي"
        && matches!(prev2, "الامر" | "والامر" | "الشيء")
        && object_pronoun(this).is_none()
    {
        return true;
    }
    // أنها تحدث، قد تحدث، تحدث عندما: the verb "happens" (حدث), written as "spoke" (تحدّث) is.
    let next = toks.get(k + 1).map_or("", |t| t.norm.as_str());
    if stem == "تحدث"
        && (is_complementizer(prev)
            || matches!(prev, "قد" | "لا" | "التي" | "الذي" | "ما" | "لم" | "لن")
            || matches!(next, "عندما" | "حين" | "حينما" | "نتيجة" | "بسبب"))
    {
        return true;
    }
    // لفتت الأنظار: "caught the eye"; لفت الأنظار إلى أن … still reports.
    if stem == "لفت"
        && matches!(next, "الانظار" | "انظار")
        && !(k + 2..k + 6)
            .map_while(|m| toks.get(m))
            .any(|t| t.is_word() && is_complementizer(&t.norm))
    {
        return true;
    }
    // مستودع تابع لمحل، جهة تابعة للوزارة: after a noun and before ل, تابع is the adjective
    // "belonging to", not the verb "went on" (وتابع: …).
    if stem == "تابع"
        && matches!(this, "تابع" | "تابعة")
        && toks.get(k.wrapping_sub(1)).is_some_and(|p| {
            p.is_word() && !p.norm.starts_with('و') && strip_article(&p.norm).0.chars().count() > 2
        })
        && next.starts_with('ل')
    {
        return true;
    }
    // أبو طالب، عبدالله بن طالب: after أبو, بن or بنت the word is a name.
    if matches!(prev, "ابو" | "ابي" | "ابا" | "بن" | "ابن" | "بنت" | "وابو") {
        return true;
    }
    // هل تعتقد أن …؟: a question put to someone, not a report.
    if matches!(prev, "هل" | "وهل" | "فهل") {
        return true;
    }
    // يعلقون الأكياس: علّق reports only a comment on something (علق على، علق قائلا: …), not
    // what is hung.
    if matches!(stem, "علق" | "يعلق") {
        // The comment's object or words follow the subject, however long: وعلق الوزير على …
        let comments = (k + 1..k + 16).filter_map(|m| toks.get(m)).any(|n| {
            n.is_punct(':')
                || matches!(n.kind, TokKind::Mark(_))
                || (n.is_word()
                    && (matches!(n.norm.as_str(), "على" | "عليه" | "عليها" | "بالقول")
                        || is_complementizer(&n.norm)
                        || cue_stem(&n.norm).is_some()))
        });
        return !comments;
    }
    if matches!(stem, "اختتم" | "يختتم" | "ختم" | "يختم") {
        let speech_follows = (k + 1..k + 7).filter_map(|m| toks.get(m)).any(|t| {
            t.is_punct(':')
                || matches!(t.kind, TokKind::Mark(_))
                || (t.is_word()
                    && (is_complementizer(&t.norm)
                        || cue_stem(&t.norm).is_some()
                        || ["حديث", "كلمت", "تصريح", "بالقول"]
                            .iter()
                            .any(|w| t.norm.starts_with(w))))
        });
        return !speech_follows;
    }
    if stem == "كتب" {
        let after_complementizer = is_complementizer(prev);
        let books = toks.get(k + 1).is_some_and(|n| {
            n.is_word()
                && strip_article(&n.norm).1
                && !is_title(&n.norm)
                && !is_institution(&n.norm)
                && !is_group(&n.norm)
                && !can_speak(&n.norm)
        });
        return after_complementizer || books;
    }
    false
}

/// True when a reporting verb spelled like another word reads as one where it stands: أظهر and
/// توقع (a finding or a forecast: only with a content
/// clause after them; with an object and no أن they report nothing: أظهرت الصور الدمار). The
/// present يتوقع is as often the passive يُتوقّع ("it is expected"): only the past reports.
/// Any other cue holds.
pub(super) fn holds_here(toks: &[Tok], k: usize, stem: &str) -> bool {
    match stem {
        "اظهر" => reaches_complementizer(toks, k, 12),
        "توقع" => {
            let body = toks
                .get(k)
                .map_or("", |t| t.norm.trim_start_matches(['و', 'ف']));
            matches!(body, "توقع" | "توقعت" | "توقعوا") && reaches_complementizer(toks, k, 12)
        }
        // طالبا عدم كشف اسمه: asking not to be named, no demand reported.
        "طالب" => name_withheld_at(toks, k + 1).is_none(),
        // تابع is "went on (speaking)" only with the speech after its subject (وتابع الوزير:
        // …، وتابع قائلا، وتابع أن); with an object it is "followed" (تابعت الجهات الحادثة).
        "تابع" | "يتابع" => speech_follows_subject(toks, k),
        _ => true,
    }
}

/// True when the words after the verb at `k` lead, before a comma or the sentence's end, to
/// speech: a colon, a quote mark, a complementizer or قائلا / بالقول.
fn speech_follows_subject(toks: &[Tok], k: usize) -> bool {
    let leads = |n: &Tok| {
        n.is_punct(':')
            || matches!(n.kind, TokKind::Mark(_))
            || (n.is_word()
                && (is_complementizer(&n.norm)
                    || matches!(n.norm.as_str(), "قائلا" | "قائلة" | "بالقول")))
    };
    // A subject may run long (وتابع لوبيز الذي استمر في شغل مركز … : «…»).
    for m in k + 1..k + 40 {
        let Some(n) = toks.get(m) else { return false };
        if leads(n) {
            return true;
        }
        // وتابع، أن …، وتابع عاشور، أن …: a comma before the speech still leads to it.
        if n.is_comma() && toks.get(m + 1).is_some_and(leads) {
            continue;
        }
        if (n.is_comma() && m > k + 1) || n.is_sentence_end() {
            return false;
        }
    }
    false
}

/// The token of the name or identity kept back when عدم at `at` opens the phrase that keeps it
/// (عدم ذكر اسمه، عدم الكشف عن هويته).
pub(super) fn name_withheld_at(toks: &[Tok], at: usize) -> Option<usize> {
    toks.get(at).filter(|t| t.norm == "عدم")?;
    (at + 1..at + 5).find(|&w| toks.get(w).is_some_and(|n| is_withheld_name(&n.norm)))
}

/// The name or identity a source asks to keep back (اسمه، هويته).
fn is_withheld_name(norm: &str) -> bool {
    ["اسم", "هويت"].iter().any(|stem| {
        norm.strip_prefix(stem)
            .is_some_and(|r| matches!(r, "ه" | "ها" | "هم" | "هما"))
    })
}

/// True when a complementizer (أن، إن) follows token `k` within `words` tokens of its clause.
fn reaches_complementizer(toks: &[Tok], k: usize, words: usize) -> bool {
    (k + 1..k + 1 + words)
        .map_while(|m| toks.get(m))
        .take_while(|n| n.is_word() || matches!(n.kind, TokKind::Mark(_)) || n.is_comma())
        .any(|n| n.is_word() && is_complementizer(&n.norm))
}

/// وجاء في البيان أن …، جاء في تقرير الهيئة أن …: what a document says, its issuer's word. The
/// cue is جاء, read as a source phrase whose source follows في; only before a document or a
/// speech and a content clause.
pub(super) fn came_in_at(toks: &[Tok], i: usize) -> Option<(String, CueForm)> {
    let t = toks.get(i).filter(|t| t.is_word())?;
    let body = t.norm.strip_prefix('و').unwrap_or(&t.norm);
    if body != "جاء" || toks.get(i + 1).is_none_or(|n| n.norm != "في") {
        return None;
    }
    let noun = toks.get(i + 2).filter(|n| n.is_word())?;
    let (head, _) = strip_article(&noun.norm);
    let said = is_document(head) || matches!(head, "كلمة" | "خطاب" | "تصريح" | "نص" | "حديث");
    (said && reaches_complementizer(toks, i + 2, 10)).then(|| ("جاء".to_owned(), CueForm::Source))
}

/// بيّن ("showed", "made clear") and بين ("between") are one word unvoweled: the verb opens its
/// clause and reaches its statement within a few words (وبين الوزير أن …، وبين "فقيه" أن …);
/// a form with a pronoun (بينهم، بينها) is the preposition. Read here, in context, and not in
/// the lexicon, where every بين would be a verb.
pub(super) fn showed_at(toks: &[Tok], i: usize) -> Option<(String, CueForm)> {
    showed_that(toks, i).then(|| ("بين".to_owned(), CueForm::Verb))
}

fn showed_that(toks: &[Tok], k: usize) -> bool {
    let Some(t) = toks.get(k).filter(|t| t.is_word()) else {
        return false;
    };
    let body = t.norm.trim_start_matches(['و', 'ف']);
    if matches!(body, "بينت" | "بينوا") {
        return reaches_complementizer(toks, k, 12);
    }
    if body != "بين" {
        return false;
    }
    let opens = k.checked_sub(1).and_then(|p| toks.get(p)).is_none_or(|p| {
        p.is_sentence_end()
            || super::extract::is_clause_break(p)
            || matches!(p.norm.as_str(), "كما" | "وكما")
    });
    // وبين الطرفين خلاف على أن …: a preposition or a particle before أن is no subject's.
    let subject_then_that = (k + 1..k + 11)
        .map_while(|m| toks.get(m))
        .take_while(|n| n.is_word() || matches!(n.kind, TokKind::Mark(_)) || n.is_comma())
        .find(|n| n.is_word() && (is_complementizer(&n.norm) || is_name_stop(&n.norm)))
        .is_some_and(|n| is_complementizer(&n.norm));
    // وبين الإفاقة والإغماء …: a noun that cannot speak right after it is "between".
    let speaker_first = toks.get(k + 1).is_some_and(|n| {
        matches!(n.kind, TokKind::Mark(_))
            || (n.is_word() && (is_complementizer(&n.norm) || can_speak(&n.norm)))
    });
    opens && speaker_first && subject_then_that
}

/// قدّم فلان شكره …، رفع فلان تهنئته …: giving one's thanks, congratulations or condolences
/// reports what one said; the verb is the cue and its object the statement.
pub(super) fn thanks_at(toks: &[Tok], i: usize) -> Option<(String, CueForm)> {
    let t = toks.get(i)?;
    let body = t.norm.strip_prefix('و').unwrap_or(&t.norm);
    let verb = body.strip_suffix('ت').unwrap_or(body);
    if !matches!(verb, "قدم" | "رفع" | "نقل" | "وجه") {
        return None;
    }
    let thanks = (i + 1..i + 12)
        .map_while(|m| toks.get(m))
        .take_while(|t| !t.is_sentence_end() && !t.is_comma())
        .any(|t| {
            let w = t.norm.as_str();
            ["شكر", "تهنئ", "تعازي", "تقدير"]
                .iter()
                .any(|x| w.starts_with(x))
                && object_pronoun(w).is_some()
        });
    thanks.then(|| (verb.to_owned(), CueForm::Verb))
}

/// كما before a verb that opens its clause and leads to its own statement means "also"
/// (كما أكد الوزير أن …), not "as" (… ، كما قال الوزير): the statement follows.
pub(super) fn also_said(toks: &[Tok], sent: &Range<usize>, k: usize) -> bool {
    let opens = k == sent.start + 1
        || k.checked_sub(2)
            .and_then(|p| toks.get(p))
            .is_some_and(Tok::is_sentence_end);
    let statement_follows = (k + 1..sent.end.min(k + 16))
        .map_while(|m| toks.get(m))
        .take_while(|t| !t.is_sentence_end())
        .any(|t| t.is_punct(':') || (t.is_word() && is_complementizer(&t.norm)));
    // كما دعوا إلى …: the call follows its verb.
    let call = toks.get(k + 1).is_some_and(|t| t.norm == "الى");
    opens || statement_follows || call
}

/// Where a statement given without أن starts when the speaker is followed by the occasion of
/// the words (كشف الجهاز في تقرير أمس، ارتفاع …): after the comma that closes the occasion,
/// else at `from`.
pub(super) fn after_occasion(toks: &[Tok], from: usize, end: usize) -> usize {
    let occasion = toks
        .get(from)
        .is_some_and(|t| matches!(t.norm.as_str(), "في" | "خلال" | "عبر"))
        && toks.get(from + 1).is_some_and(|t| is_occasion(&t.norm));
    if !occasion {
        return from;
    }
    (from + 2..end.min(from + 10))
        .find(|&m| toks.get(m).is_some_and(Tok::is_comma))
        .map_or(from, |m| m + 1)
}

/// True for a word of the elative shape أفعل (أعلى، أفضل، أحدث، أهم), with ل before it
/// (لأحدث): alef, then two or three letters.
pub(super) fn is_elative(norm: &str) -> bool {
    let word = norm.strip_prefix('ل').unwrap_or(norm);
    word.strip_prefix('ا')
        .is_some_and(|rest| (2..=3).contains(&rest.chars().count()) && !rest.starts_with('ل'))
}

static NOT_SOURCES: LazyLock<HashSet<String>> =
    LazyLock::new(|| word_list(include_str!("words/not_sources.txt")));

/// True for a noun after حسب / وفق that names a rule, a need or a plan (حسب رغبة الزبون، وفق
/// الجدول): the phrase names no source of words.
pub(super) fn is_not_source(norm: &str) -> bool {
    NOT_SOURCES.contains(norm)
        || NOT_SOURCES.contains(strip_article(norm).0)
        || norm
            .strip_prefix('ل')
            .is_some_and(|r| NOT_SOURCES.contains(r) || NOT_SOURCES.contains(&format!("ا{r}")))
}

/// وأثنى فلان رئيس اللجنة الكشفية العالمية على الكشافة: an office after the name, up to the
/// preposition the verb takes (على، عن، إلى، بـ), is the speaker's apposition, not the words
/// reported. `start` when no office opens the words or no such preposition follows.
pub(super) fn after_apposition(toks: &[Tok], start: usize, limit: usize) -> usize {
    if !toks
        .get(start)
        .is_some_and(|t| t.is_word() && is_title(&t.norm))
    {
        return start;
    }
    (start + 1..limit.min(start + 12))
        .take_while(|&m| {
            toks.get(m)
                .is_some_and(|t| !t.is_sentence_end() && !t.is_comma())
        })
        .find(|&m| {
            toks.get(m).is_some_and(|t| {
                t.is_word() && matches!(t.norm.as_str(), "على" | "عن" | "الى" | "ب" | "بـ")
            })
        })
        .unwrap_or(start)
}

/// A demonstrative that sums up what came before (هذا ما قاله، وهو ما أكده).
pub(super) fn is_demonstrative(norm: &str) -> bool {
    matches!(
        norm,
        "هذا" | "وهذا" | "هذه" | "وهذه" | "ذلك" | "وذلك" | "هو" | "وهو"
    )
}

/// A word that sums up what was told as a verb's subject (وهذا يشير، مما يؤكد، وذلك يكشف):
/// a demonstrative or the relative ما, never a personal pronoun.
pub(super) fn is_summing_up(norm: &str) -> bool {
    (is_demonstrative(norm) && !matches!(norm, "هو" | "وهو"))
        || matches!(norm, "ما" | "مما" | "وما")
}
