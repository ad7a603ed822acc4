//! The subject of a sentence's first verb when that verb reports nothing (أثار، أهاب، هاجم،
//! أبرزت): a circumstantial participle later in the sentence (مؤكدا، مشددة) or a reporting verb
//! joined to it by و (… وقال إن) has no subject of its own, and Arabic gives it the main verb's.
//! The subject is read as a description (الناطق الإعلامي، الصحف الأردنية), a description and a
//! name no list knows (المهاجم الهولندي روبن فان بيرسي), or such a name and its office (بيب
//! جوارديولا مدرب بايرن). It serves the sentence it was read in only: a wrong reading reaches
//! no further.

use super::extract::is_connector;
use super::lexicon::{
    is_body, is_complementizer, is_group, is_institution, is_name_stop, is_people_plural,
    is_place_adjective, is_prefixed_complement, is_time_word, is_title, strip_article,
};
use super::phrase_words::{bare_name_word, has_pronoun_suffix, is_complement_word};
use super::speakers::Np;
use super::subject::past_time_adverbial;
use super::tokens::Tok;

/// The most adjectives after the head noun of a description (المهاجم الدولي الهولندي).
const ADJECTIVES_MAX: usize = 2;

/// The words of a name no list knows: two or three (روبن فان بيرسي).
const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=3;

/// The subject right after the sentence's first verb at `verb`, read as a description with
/// or without a name, or a name with its office; `None` when what follows reads as neither.
pub(super) fn main_clause_subject(toks: &[Tok], verb: usize, limit: usize) -> Option<Np> {
    // كما تلقى، ولا يزال، وعلى الجانب: a particle or a preposition first, the verb (if any)
    // after it.
    let first = toks.get(verb)?;
    if is_name_stop(&first.norm) || is_connector(&first.norm) || is_complementizer(&first.norm) {
        return None;
    }
    let from = past_time_adverbial(toks, verb + 1);
    described(toks, from, limit).or_else(|| named_with_office(toks, from, limit))
}

/// A definite head noun that can speak, its relative adjectives, and the name after them if
/// there is one: الناطق الإعلامي، المهاجم الهولندي روبن فان بيرسي.
fn described(toks: &[Tok], from: usize, limit: usize) -> Option<Np> {
    let head = toks.get(from).filter(|t| {
        t.is_word()
            && strip_article(&t.norm).1
            && !t.tanween
            && !has_pronoun_suffix(&t.norm)
            && !is_time_word(&t.norm)
            && !is_complement_word(&t.norm)
    })?;
    let mut end = from + 1;
    while end < limit && end - from <= ADJECTIVES_MAX && toks.get(end).is_some_and(adjective) {
        end += 1;
    }
    let run = bare_run(toks, end, limit);
    let named = NAME_WORDS.contains(&(run - end));
    // An office, a body or people: a bare definite noun may be anything (جدلا كبيرا، الفريق).
    let (body, _) = strip_article(&head.norm);
    if !(is_title(&head.norm)
        || is_institution(&head.norm)
        || is_group(body)
        || is_people_plural(body)
        || is_body(body))
    {
        return None;
    }
    Some(Np {
        start: from,
        end: if named { run } else { end },
        name: if named { end..run } else { from..end },
        role: named.then_some(from..end),
        title_only: !named,
    })
}

/// Two or three bare words and then an office in the construct state (بيب جوارديولا مدرب بايرن
/// ميونيخ): the office marks the words before it as a name, even one that starts with ب or ل
/// (بيب) where no preposition reads there.
fn named_with_office(toks: &[Tok], from: usize, limit: usize) -> Option<Np> {
    let first = toks.get(from)?;
    let prefixed = first.is_word()
        && first.norm.starts_with(['ب', 'ل'])
        && !is_prefixed_complement(&first.norm)
        && !first.tanween;
    let run = if prefixed {
        bare_run(toks, from + 1, limit)
    } else {
        bare_run(toks, from, limit)
    };
    toks.get(run)
        .filter(|t| t.is_word() && is_title(&t.norm) && !strip_article(&t.norm).1)?;
    let office_end = (run + 2).min(limit);
    NAME_WORDS.contains(&(run - from)).then_some(Np {
        start: from,
        end: office_end,
        name: from..run,
        role: Some(run..office_end),
        title_only: false,
    })
}

/// One past the bare words that may be a name from `from`, at most three, none of them a
/// plural in ات or ون (تدريبات، مسؤولون).
fn bare_run(toks: &[Tok], from: usize, limit: usize) -> usize {
    let mut end = from;
    while end < limit
        && end - from < *NAME_WORDS.end()
        && toks.get(end).is_some_and(|t| {
            bare_name_word(t) && !["ات", "ون", "ين"].iter().any(|x| t.norm.ends_with(x))
        })
    {
        end += 1;
    }
    end
}

/// A definite relative adjective (الإعلامي، الأردنية، الهولنديون), or one that is part of a
/// name (الولايات المتحدة، البيت الأبيض).
fn adjective(t: &Tok) -> bool {
    let (body, definite) = strip_article(&t.norm);
    t.is_word()
        && definite
        && !t.tanween
        && (is_place_adjective(&t.norm)
            || ["ي", "ية", "يون", "يين", "يان"]
                .iter()
                .any(|x| body.ends_with(x)))
}
