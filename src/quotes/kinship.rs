//! Relatives and a few name shapes that open a speaker phrase without a given name: a noun of
//! kinship with its pronoun or in the construct (والدتها، شقيق الضحية), and a Dutch or Flemish
//! name after its verb (فان غال). Also the nouns of men that end in ة (خليفة، عمدة), which the
//! agreement of verb and subject needs.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use super::lexicon::{OBJECT_PRONOUNS, is_name_stop, strip_article, word_list};
use super::person::{is_lineage, person_with_families};
use super::speakers::Np;
use super::tokens::Tok;

static KINSHIP: LazyLock<HashSet<String>> =
    LazyLock::new(|| word_list(include_str!("words/kinship.txt")));

static KIN_NOT_BEFORE_NAMES: LazyLock<HashSet<String>> =
    LazyLock::new(|| word_list(include_str!("words/kin_not_before_names.txt")));

static MASCULINE_IN_TA: LazyLock<HashSet<String>> =
    LazyLock::new(|| word_list(include_str!("words/masculine_in_ta.txt")));

/// True for a noun of kinship as written bare (والد، أسرة، شقيقة).
pub(crate) fn is_kin_word(norm: &str) -> bool {
    KINSHIP.contains(norm)
}

/// True for a noun of a man that ends in ة (عمدة، خليفة), with or without ال.
pub(crate) fn is_masculine_in_ta(norm: &str) -> bool {
    MASCULINE_IN_TA.contains(strip_article(norm).0)
}

/// True for a noun of kinship with an attached pronoun (والدتها، شقيقه، زوجته، أبوه).
pub(crate) fn is_kin_with_pronoun(norm: &str) -> bool {
    // The dual "their" (والداهما) before the lexicon's attached pronouns, longest first.
    let Some(stem) = std::iter::once("هما")
        .chain(OBJECT_PRONOUNS)
        .find_map(|p| norm.strip_suffix(p))
    else {
        return false;
    };
    // والدته: the ta marbuta is written ت before a pronoun.
    let kin = |s: &str| {
        KINSHIP.contains(s)
            || s.strip_suffix('ت')
                .is_some_and(|b| KINSHIP.contains(&format!("{b}ة")))
    };
    kin(stem) || stem.strip_prefix('و').is_some_and(kin)
}

/// A Dutch or Flemish name right after a verb (وأشار فان غال، وكشف فان بيرسي): فان there
/// cannot be the particle فإن, which opens a clause and never follows its verb. The name is
/// فان, a short infix if there is one (دير), and a bare word.
pub(crate) fn van_name(toks: &[Tok], i: usize, limit: usize) -> Option<Np> {
    toks.get(i).filter(|t| t.norm == "فان")?;
    // After فان a word may start with ب or ل (فان بوميل): no preposition stands there.
    let bare = |m: usize| {
        m < limit
            && toks.get(m).is_some_and(|t| {
                super::phrase_words::bare_name_word(t)
                    || (t.is_word()
                        && !t.tanween
                        && !strip_article(&t.norm).1
                        && !is_name_stop(&t.norm)
                        && t.norm.chars().count() >= 4)
            })
    };
    if !bare(i + 1) {
        return None;
    }
    // فان دير سار: a short infix and then the name.
    let infix = toks.get(i + 1).is_some_and(|t| t.norm.chars().count() <= 3);
    let end = if infix && bare(i + 2) { i + 3 } else { i + 2 };
    Some(Np {
        start: i,
        end,
        name: i..end,
        role: None,
        title_only: false,
    })
}

/// True for a noun of kinship in the construct state, before the one it relates to (والدة
/// الطفلة، شقيق الضحية).
pub(crate) fn is_kin_construct(toks: &[Tok], i: usize) -> bool {
    let kin = is_kin_noun(toks, i);
    let genitive = toks.get(i + 1).is_some_and(|t| {
        t.is_word() && strip_article(&t.norm).1 && !is_name_stop(&t.norm) && !t.tanween
    });
    kin && genitive
}

/// True for a bare noun of kinship at `i` that can stand before the one it relates to (والد،
/// شقيقة، زوجة). Not ابن، بنت nor the two-letter أب، أم، أخ: they open names too (ابن القيم، أم
/// كلثوم).
pub(crate) fn is_kin_noun(toks: &[Tok], i: usize) -> bool {
    toks.get(i).is_some_and(|t| {
        t.is_word()
            && !t.tanween
            && KINSHIP.contains(t.norm.as_str())
            && t.norm.chars().count() >= 3
            && !is_lineage(&t.norm)
            && !KIN_NOT_BEFORE_NAMES.contains(t.norm.as_str())
    })
}

/// The speaker phrase of a relative at `i` (وقالت والدتها سارة الحربي …، وأكد شقيقه أن …،
/// وقالت والدة الطفلة إن …): the kinship word (with the one it relates to) is the role and the
/// name after it, when one follows, the name.
pub(crate) fn kin_subject(toks: &[Tok], i: usize, limit: usize) -> Option<Np> {
    let construct = is_kin_construct(toks, i);
    if construct {
        let end = (i + 2).min(limit);
        return Some(Np {
            start: i,
            end,
            name: i..end,
            role: None,
            title_only: false,
        });
    }
    toks.get(i)
        .filter(|t| t.is_word() && is_kin_with_pronoun(&t.norm))?;
    let name_end = person_with_families(toks, i + 1, limit, 2).filter(|&e| e > i + 1);
    Some(match name_end {
        Some(end) => Np {
            start: i,
            end,
            name: i + 1..end,
            role: Some(i..i + 1),
            title_only: false,
        },
        None => Np {
            start: i,
            end: i + 1,
            name: i..i + 1,
            role: None,
            title_only: false,
        },
    })
}
