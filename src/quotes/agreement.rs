//! Agreement between a reporting verb and the subject it leaves out. A verb without a subject
//! refers back to a subject named before, and Arabic marks on the verb whom it can be: قالت
//! a feminine singular (الوزارة، المتحدثة), قالوا / يقولون a plural of people, قال a masculine
//! singular. The dropped subject is the most recent one the verb agrees with, never one it
//! cannot (وذكرت أن … is not the مسؤولو الاستخبارات of the sentence before).

use super::extract::Resolved;
use super::kinship::is_masculine_in_ta;
use super::lexicon::{CueForm, is_group, is_people_plural, is_title, light_norm, strip_article};
use super::person::is_given_name;

/// What a verb or a subject shows of gender and number; `Unknown` agrees with anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Agreement {
    Masculine,
    Feminine,
    Plural,
    /// A broken plural of people (القادة): a plural or a feminine verb leaves it out.
    People,
    /// A person named without an office: one person, of a gender the name does not tell.
    Person,
    Unknown,
}

/// What the reporting word `norm`, read as `stem` of `form`, says of its subject.
pub(super) fn of_cue(norm: &str, stem: &str, form: CueForm) -> Agreement {
    let body = norm
        .strip_prefix('و')
        .or_else(|| norm.strip_prefix('ف'))
        .filter(|b| b.chars().count() >= 3)
        .unwrap_or(norm);
    match form {
        CueForm::Source => Agreement::Unknown,
        CueForm::Hal => {
            if body.ends_with('ة') {
                Agreement::Feminine
            } else if body.ends_with("ين") {
                Agreement::Plural
            } else {
                Agreement::Masculine
            }
        }
        CueForm::Verb => {
            let present = stem.starts_with('ي');
            if (present && body.ends_with("ون")) || (!present && body.ends_with("وا")) {
                Agreement::Plural
            } else if present && body.starts_with('ت') {
                Agreement::Feminine
            } else if !present && let Some(rest) = past_ending(body, stem) {
                match rest {
                    "" | "ه" | "ها" | "هم" => Agreement::Masculine,
                    s if s.starts_with('ت') && !s.starts_with("تا") => Agreement::Feminine,
                    // أفادوني، قالوه: the plural و before an object pronoun.
                    s if s.starts_with('و') => Agreement::Plural,
                    _ => Agreement::Unknown,
                }
            } else if present && body.starts_with('ي') && !body.ends_with("ان") {
                Agreement::Masculine
            } else {
                Agreement::Unknown
            }
        }
    }
}

/// The ending of a past verb after its stem (قالت → ت); a stem that ends in a long vowel
/// drops it (دعا → دعت).
fn past_ending<'a>(body: &'a str, stem: &str) -> Option<&'a str> {
    body.strip_prefix(stem).or_else(|| {
        let short = stem.strip_suffix(['ا', 'ى'])?;
        body.strip_prefix(short)
            .filter(|r| r.starts_with('ت') || r.starts_with('و'))
    })
}

/// What a resolved subject shows: the head of its office or of its phrase. A person named
/// without an office shows only that it is one person (a given name says little of gender
/// here: أسامة، حمزة).
pub(super) fn of_subject(r: &Resolved) -> Agreement {
    let phrase = r.role.as_deref().unwrap_or(&r.name);
    let Some(first) = phrase.split_whitespace().next() else {
        return Agreement::Unknown;
    };
    let norm = light_norm(first);
    let (head, _) = strip_article(&norm);
    if r.role.is_none() && is_given_name(head) {
        // حسن وعلي الزريق: two people, coordinated.
        let two = r
            .name
            .split_whitespace()
            .skip(1)
            .any(|w| light_norm(w).strip_prefix('و').is_some_and(is_given_name));
        return if two {
            Agreement::Plural
        } else {
            Agreement::Person
        };
    }
    // المحتجون، مسؤولون: a plural of people; a bare word in ون is as often a name (كلينتون).
    let definite = norm != head;
    // الأمين، الحسين: a singular office that ends in ين like a plural.
    let singular_office = is_title(&norm) && !is_group(head) && !head.ends_with('ة');
    if singular_office {
        Agreement::Masculine
    } else if is_people_plural(head) {
        Agreement::People
    } else if is_group(head)
        && (head.ends_with("ون") || head.ends_with("ين") || head.ends_with('و'))
        || (definite && (head.ends_with("ون") || head.ends_with("ين")))
    {
        Agreement::Plural
    } else if head.ends_with('ة') && !is_masculine_in_ta(head) {
        Agreement::Feminine
    } else if is_masculine_in_ta(head) {
        // الداعية مريم الهواوي: a noun in ة said of men is said of women too; with a name the
        // office tells only that it is one person.
        if r.role.is_some() && r.name.split_whitespace().count() >= 2 {
            Agreement::Person
        } else {
            Agreement::Masculine
        }
    } else {
        Agreement::Unknown
    }
}

/// True when a verb showing `verb` can have `subject` as its dropped subject.
pub(super) fn agrees(verb: Agreement, subject: Agreement) -> bool {
    let people = |a: Agreement, b: Agreement| {
        a == Agreement::People && matches!(b, Agreement::Plural | Agreement::Feminine)
    };
    // وأفادوني: a plural verb never leaves out one person.
    if subject == Agreement::Person {
        return verb != Agreement::Plural;
    }
    verb == Agreement::Unknown
        || subject == Agreement::Unknown
        || verb == subject
        || people(subject, verb)
        || people(verb, subject)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::lexicon::cue_stem;

    fn verb(word: &str) -> Agreement {
        let norm = light_norm(word);
        let (stem, form) = cue_stem(&norm).expect("a cue");
        of_cue(&norm, &stem, form)
    }

    #[test]
    fn the_verb_shows_gender_and_number() {
        assert_eq!(verb("قال"), Agreement::Masculine);
        assert_eq!(verb("وقالت"), Agreement::Feminine);
        assert_eq!(verb("وأضافوا"), Agreement::Plural);
        assert_eq!(verb("تقول"), Agreement::Feminine);
        assert_eq!(verb("ويقولون"), Agreement::Plural);
        assert_eq!(verb("يؤكد"), Agreement::Masculine);
        assert_eq!(verb("مشيرين"), Agreement::Plural);
        assert_eq!(verb("مضيفا"), Agreement::Masculine);
        assert_eq!(verb("لفت"), Agreement::Masculine);
        assert_eq!(verb("ودعت"), Agreement::Feminine);
    }
}
