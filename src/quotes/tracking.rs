//! The subject a later verb without one refers to: the subjects of the verbs an article's
//! sentences open with, the newest speaker, the main subject of a sentence, and the person an
//! honorific pronoun stands for.

use super::Attribution;
use super::agreement::{Agreement, agrees, of_subject};
use super::extract::{Ctx, Resolved};
use super::lexicon::{is_body_head, is_name_stop, is_title, light_norm, strip_article};
use super::names::word_key;
use super::person::{follows_link, is_arabic_given_name, is_given_name, person_with_families};
use super::phrase_words::bare_name_word;
use super::speakers::{Np, parse_np};
use super::tokens::Tok;

impl Ctx<'_> {
    /// A sentence that opens with a verb that is no cue and a person's name after it (عدّ إمام
    /// المسجد الشيخ فلان …، عبرت الفنانة فلانة عن سعادتها): that person is the subject a later
    /// verb without one refers to.
    pub(super) fn track_verb_subject(&mut self, toks: &[Tok], k: usize, limit: usize) {
        // وعندما سئل فابيوس …، أجاب: the verb after a conjunction of time.
        let k = if toks
            .get(k)
            .is_some_and(|t| super::word_classes::is_time_conjunction(&t.norm))
        {
            k + 1
        } else {
            k
        };
        // لم تبد المنظمة …: the verb after a particle of negation or قد.
        let k = if toks
            .get(k)
            .is_some_and(|t| matches!(t.norm.as_str(), "لم" | "ولم" | "لن" | "ولن" | "قد" | "وقد"))
        {
            k + 1
        } else {
            k
        };
        let verb_like = toks.get(k).is_some_and(|t| {
            t.is_word()
                && !strip_article(&t.norm).1
                && !is_title(&t.norm)
                && !is_given_name(&t.norm)
                && t.norm.chars().count() >= 3
        });
        if !verb_like {
            return;
        }
        // واستعرض كوي النظام: a word of a name the article gave, said alone, is that person.
        let known = toks
            .get(k + 1)
            .filter(|t| k + 1 < limit && bare_name_word(t) && self.is_known_name_word(&t.norm))
            .map(|_| Np {
                start: k + 1,
                end: k + 2,
                name: k + 1..k + 2,
                role: None,
                title_only: false,
            });
        if let Some(np) = person_after_verb(toks, k + 1, limit).or(known) {
            let r = self.resolve(toks, &np, Attribution::Named);
            self.set_subject(r);
        } else if let Some(np) = parse_np(toks, k + 1, limit).filter(|np| {
            // لم تبد المنظمة أي تخوف … وأكدت: a body named right after the verb.
            toks.get(np.start).is_some_and(|t| {
                let (body, definite) = strip_article(&t.norm);
                (is_body_head(&t.norm) && (definite || np.end > np.start + 1))
                    || super::lexicon::is_group(body)
            })
        }) {
            let r = self.resolve(toks, &np, Attribution::Named);
            self.set_subject(r);
        } else if let Some(np) = super::main_subject::main_clause_subject(toks, k, limit) {
            self.main_subject = Some(self.resolve(toks, &np, Attribution::Named));
        }
    }

    /// Sets the subject a later verb without one may refer to.
    pub(super) fn set_subject(&mut self, r: Resolved) {
        const KEPT: usize = 6;
        self.subjects.retain(|s| s.name != r.name);
        if self.subjects.len() >= KEPT {
            self.subjects.remove(0);
        }
        self.subjects.push(r.clone());
        self.last_subject = Some(r);
    }

    /// The subject of the sentence's first verb ([`super::main_subject`]) when `verb` agrees
    /// with it.
    pub(super) fn main_subject_for(&self, verb: Agreement) -> Option<Resolved> {
        self.main_subject
            .clone()
            .filter(|r| agrees(verb, of_subject(r)))
    }

    /// The main subject of the sentence before ([`Ctx::prev_main`]) when `verb` agrees with it.
    pub(super) fn prev_main_for(&self, verb: Agreement) -> Option<Resolved> {
        self.prev_main
            .clone()
            .filter(|r| agrees(verb, of_subject(r)))
    }

    /// The subject a verb without one refers to: the newest named one it agrees with
    /// ([`agreement`]), none when none does.
    pub(super) fn carried_for(&self, verb: Agreement) -> Option<Resolved> {
        let newest = self.last_subject.as_ref()?;
        let found = if agrees(verb, of_subject(newest)) {
            newest
        } else {
            self.subjects.iter().rev().find(|s| {
                agrees(verb, of_subject(s))
                    && !matches!(of_subject(s), Agreement::Unknown | Agreement::Person)
            })?
        };
        Some(found.clone().carried())
    }

    /// The subject an honorific pronoun refers to (وقال سموه، وأكد معاليه): the newest person,
    /// named with an office or a given name, never a body or a thing named since.
    pub(super) fn carried_person(&self, verb: Agreement) -> Option<Resolved> {
        let person = |r: &Resolved| {
            let first = |t: &str| light_norm(t.split_whitespace().next().unwrap_or_default());
            r.role.as_deref().is_some_and(|role| is_title(&first(role)))
                || is_given_name(&first(&r.name))
                || (first(&r.name).starts_with("عبد") && r.name.contains(' '))
                || is_title(&first(&r.name))
        };
        self.subjects
            .iter()
            .rev()
            .find(|s| person(s) && agrees(verb, of_subject(s)))
            .cloned()
            .map(Resolved::carried)
    }

    /// A clause that opens with a verb and a titled or known name (وقام السيد كيم …) sets the
    /// subject that a later cue without one refers to.
    pub(super) fn track_subject(&mut self, toks: &[Tok], k: usize, limit: usize) {
        let known = |t: &Tok| {
            t.is_word()
                && (is_title(&t.norm)
                    || is_given_name(&t.norm)
                    || self.name_words.contains_key(&word_key(&t.norm)))
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
        // أما وزير الخارجية فقد أعرب …: the topic أما sets out is the subject of what follows,
        // an office the article named no one with included.
        let topic = at > k && matches!(first.norm.as_str(), "اما" | "واما");
        if let Some(np) = parse_np(toks, at, limit) {
            let r = self.resolve(toks, &np, Attribution::Named);
            if !np.title_only || r.attribution == Attribution::TitleResolved || topic {
                self.set_subject(r);
            }
        }
    }
}

/// The words after a verb at `from` (not beyond `limit`) when a person's full name stands in
/// them before any preposition, comma or new clause (أبدى الحكم السعودي مرعي العواجي عدم …،
/// عبرت الفوتوغرافية سوزان اسكندر عن …): the subject phrase, its name, and its office.
pub(super) fn person_after_verb(toks: &[Tok], from: usize, limit: usize) -> Option<Np> {
    let reach = limit.min(from + 7);
    for j in from..reach {
        let t = toks.get(j)?;
        if matches!(t.kind, super::tokens::TokKind::Mark(_)) {
            continue;
        }
        if !t.is_word()
            || is_name_stop(&t.norm)
            || super::lexicon::is_complementizer(&t.norm)
            || super::lexicon::cue_stem(&t.norm).is_some()
        {
            return None;
        }
        if follows_link(toks, j) {
            continue;
        }
        if let Some(name_end) = person_with_families(toks, j, limit, 1)
            .and_then(|e| ends_at_family_name(toks, j, e).or_else(|| bounded_name(toks, j, e)))
        {
            // «عبدالله الحكيم»: a name in quote marks ends after its closing mark.
            let closing = toks
                .get(name_end)
                .is_some_and(|t| matches!(t.kind, super::tokens::TokKind::Mark(_)));
            let end = name_end + usize::from(closing);
            return Some(Np {
                start: from,
                end,
                name: j..name_end,
                role: (j > from).then_some(from..j),
                title_only: false,
            });
        }
    }
    None
}

/// `end` when the name from `j` to it is a given name and a family name with ال (هنأ نبيل
/// العربي الشعب …): an Arabic name is whole at its family name, whatever object follows.
fn ends_at_family_name(toks: &[Tok], j: usize, end: usize) -> Option<usize> {
    let given = toks.get(j).is_some_and(|t| is_arabic_given_name(&t.norm));
    let family = end
        .checked_sub(1)
        .filter(|&l| l > j)
        .and_then(|l| toks.get(l))
        .is_some_and(|t| strip_article(&t.norm).1);
    (given && family).then_some(end)
}

/// The end of the name at `j` read up to `end`, dropping words until what follows it ends a
/// name (a particle, a preposition or its complement, punctuation, a statement): after a verb
/// a name runs into the verb's object (دونالد ترامب تقديم …) unless something bounds it.
fn bounded_name(toks: &[Tok], j: usize, mut end: usize) -> Option<usize> {
    let bounds = |e: usize| {
        toks.get(e).is_none_or(|t| {
            !t.is_word()
                || is_name_stop(&t.norm)
                || super::lexicon::is_complementizer(&t.norm)
                || super::lexicon::is_prefixed_complement(&t.norm)
                || super::lexicon::cue_stem(&t.norm).is_some()
                || is_title(&t.norm)
        })
    };
    while end >= j + 2 {
        if bounds(end) {
            return Some(end);
        }
        end -= 1;
    }
    None
}

/// True when token `k` opens the subject of the word before it, a verb that is not a cue
/// (وقد عبر مدير المنتخب خالد مطر عن سعادته، وقدم السفير علي العياشي شكره): a title or
/// a given name right after a bare word that is not a particle, a noun with a preposition,
/// a feminine or plural noun, an office or a body.
pub(super) fn verb_then_subject(
    toks: &[Tok],
    cue_of: &[Option<(String, super::lexicon::CueForm)>],
    k: usize,
) -> bool {
    let Some(p) = k.checked_sub(1) else {
        return false;
    };
    let verb_like = toks.get(p).is_some_and(|t| {
        let w = t.norm.as_str();
        t.is_word()
            && cue_of.get(p).is_none_or(Option::is_none)
            && !strip_article(w).1
            && !is_name_stop(w)
            && !w.starts_with(['ل', 'ب'])
            && !w.ends_with('ة')
            && !w.ends_with("ات")
            && !["ها", "هم", "هما"].iter().any(|x| w.ends_with(x))
            && !is_title(w)
            && !super::lexicon::is_institution(w)
            && !super::lexicon::is_group(w)
            && !w.chars().next().is_some_and(char::is_numeric)
    });
    // وقد عبر: after قد a word is a verb, even one that reads as a particle elsewhere.
    let after_qad = p
        .checked_sub(1)
        .and_then(|q| toks.get(q))
        .is_some_and(|t| matches!(t.norm.as_str(), "قد" | "وقد" | "لقد" | "فقد"));
    // وعبر نائب الرئيس فلان عن سعادته: at the start of its clause عبر is the verb "expressed",
    // not the preposition "through".
    let expressed = toks
        .get(p)
        .is_some_and(|t| matches!(t.norm.as_str(), "عبر" | "وعبر" | "عبرت" | "وعبرت"))
        && p.checked_sub(1)
            .and_then(|q| toks.get(q))
            .is_none_or(|t| t.is_sentence_end() || super::extract::is_clause_break(t));
    (verb_like || after_qad || expressed)
        && toks.get(k).is_some_and(|t| {
            // A given name alone may be a word like it (أغمي عليّ): the whole name must follow.
            t.is_word()
                && (is_title(&t.norm)
                    || person_with_families(toks, k, toks.len(), 1).is_some_and(|e| e >= k + 2))
        })
}

impl Ctx<'_> {
    /// The person a definite office word of any office refers to (وكشف المسؤول اليمني أن …،
    /// وأضافت المسؤولة): the newest person the article spoke of, when the mention is such a
    /// word alone or with nationality adjectives. The article marks it as one it already
    /// introduced; a description added to it (المسؤول في الوزارة) introduces someone new.
    pub(super) fn hypernym_referent(&self, mention: &str) -> Option<Resolved> {
        let body = office_hypernym(mention)?;
        let adjectives: Vec<&str> = mention.split_whitespace().skip(1).collect();
        if !adjectives.iter().all(|w| super::titles::is_nationality(w)) {
            return None;
        }
        let verb = if body.ends_with('ة') {
            Agreement::Feminine
        } else {
            Agreement::Masculine
        };
        // The subject spoken of last, never one further back past a source or a body.
        let person = self.carried_person(verb)?;
        if self
            .last_subject
            .as_ref()
            .is_none_or(|l| l.name != person.name)
        {
            return None;
        }
        // A person's name of two words or more, never a description left of an unnamed
        // source (مسؤول كبير).
        if person.attribution == Attribution::Unnamed || !person.name.contains(' ') {
            return None;
        }
        // An official the article gave an office, and the nationality it gave him (المسؤول
        // اليمني for … في الحكومة اليمنية).
        let offices: Vec<&str> = self.titles.offices_of(&person.name).collect();
        let fits = !offices.is_empty()
            && adjectives.iter().all(|w| {
                let stem = nationality_stem(w);
                offices.iter().any(|o| o.contains(stem.as_str()))
            });
        fits.then_some(person)
    }

    /// True when `mention` opens with an office word of any office (المسؤول) that the text
    /// before byte `at` introduced without the article and outside a construct (قال مسؤول
    /// إسرائيلي …): the definite word is that source, whom the article leaves unnamed.
    pub(super) fn introduced_unnamed(&self, mention: &str, at: usize) -> bool {
        let Some(body) = office_hypernym(mention) else {
            return false;
        };
        // مسؤول الشرطة فلان: in the construct state the word is an office given with a name.
        let words: Vec<String> = self
            .text()
            .get(..at)
            .unwrap_or_default()
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(light_norm)
            .collect();
        words
            .iter()
            .enumerate()
            .any(|(i, w)| *w == body && words.get(i + 1).is_none_or(|n| !strip_article(n).1))
    }
}

/// A nationality adjective without its article and ending (اليمنية، اليمني → يمن).
fn nationality_stem(word: &str) -> String {
    let norm = light_norm(word);
    let (body, _) = strip_article(&norm);
    let body = body.strip_suffix('ة').unwrap_or(body);
    body.strip_suffix('ي').unwrap_or(body).to_owned()
}

/// The office word of any office a mention opens with, with the article (المسؤول، المسؤولة),
/// without it and light-normalized.
fn office_hypernym(mention: &str) -> Option<String> {
    let head = light_norm(mention.split_whitespace().next()?);
    let (body, definite) = strip_article(&head);
    (definite && super::word_classes::is_office_hypernym(body)).then(|| body.to_owned())
}
