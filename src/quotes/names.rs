//! The people an article names and how later mentions resolve to them: names learned with
//! their titles, surnames and bare titles resolved, and the subject a clause without one refers to.

use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;
use std::sync::Arc;

use super::Attribution;
use super::aliases::speaker_key;
use super::extract::{Ctx, Cue, Resolved, bytes_of, text_of};
use super::kinship::{is_kin_construct, is_kin_with_pronoun};
use super::lexicon::{
    is_body_head, is_document, is_issuing_verb, is_name_stop, is_title, is_unnamed_source,
    light_norm, strip_article,
};
use super::person::{
    coordinated_person, follows_link, given_at, is_arabic_given_name, is_given_name,
    person_with_families,
};
use super::phrase_words::after_eponym;
use super::speakers::{Np, parse_np, sacred_speaker};
use super::tokens::Tok;
use crate::corpus::BlockKind;

/// Key of a title phrase: folded, without a leading و (والزعيم الكوري = الزعيم الكوري).
pub(super) fn title_key(title: &str) -> String {
    let key = speaker_key(title);
    match key.strip_prefix('و') {
        Some(rest) if rest.starts_with("ال") => rest.to_owned(),
        _ => key,
    }
}

/// Key of one already light-normalized word for the article's name table: final ya and ta
/// marbuta folded as [`speaker_key`] folds them, without its full Unicode lowercasing.
pub(super) fn word_key(norm: &str) -> String {
    norm.chars()
        .map(|c| match c {
            'ى' => 'ي',
            'ة' => 'ه',
            c => c,
        })
        .collect()
}

/// The office in apposition after a name, between commas (محمد بوسعيد، وزير المالية المغربي،):
/// from a title to the next comma or the end of the sentence, a few words at most.
fn office_after(toks: &[Tok], end: usize) -> Option<Range<usize>> {
    const OFFICE_WORDS_MAX: usize = 8;
    let start = end + 1;
    let opens = toks.get(end).is_some_and(Tok::is_comma)
        && toks
            .get(start)
            .is_some_and(|t| t.is_word() && is_title(&t.norm));
    if !opens {
        return None;
    }
    let stop = (start..toks.len().min(start + OFFICE_WORDS_MAX + 1))
        .find(|&k| toks.get(k).is_some_and(|t| !t.is_word()))?;
    let closed = toks
        .get(stop)
        .is_some_and(|t| t.is_comma() || t.is_sentence_end());
    (closed && stop >= start + 2).then_some(start..stop)
}

impl Ctx<'_> {
    /// First pass: names given with a title anywhere in the article (الرئيس الروسي فلاديمير
    /// بوتين), so later bare titles and surnames resolve to them.
    pub(super) fn learn_names(&mut self, toks: &[Tok]) {
        // The name learned last and where it ended: an office right there is its apposition.
        let mut last: Option<(usize, String)> = None;
        let mut i = 0;
        while i < toks.len() {
            let starts = toks
                .get(i)
                .is_some_and(|t| t.is_word() && is_title(&t.norm));
            if starts {
                let limit = (i..toks.len())
                    .find(|&k| toks.get(k).is_some_and(Tok::is_sentence_end))
                    .unwrap_or(toks.len());
                if let Some((end, name)) = last.take().filter(|(end, _)| *end == i) {
                    // راشد بن عبدالله آل خليفة وزير الداخلية البحريني خالص التعازي، السفير علاء
                    // يوسف المتحدث الرسمي باسم الرئاسة: the office after a name is the named
                    // one's; what follows it is no other name.
                    if let Some(office) = self.office_after_name(toks, end, limit, &name) {
                        i = office;
                        continue;
                    }
                }
                if let Some(np) =
                    parse_np(toks, i, limit).map(|np| super::subject::extend_name(toks, np, limit))
                {
                    if let (Some(role), false) = (&np.role, np.title_only) {
                        // … عبدالله بن سعيد المبطي حادث التفجير: outside a report the name may run
                        // on into the verb's object; a name that opens with a given name ends
                        // where the name's own words end.
                        let mut range = np.name.clone();
                        if let Some(end) = person_with_families(toks, range.start, range.end, 2)
                            .filter(|&e| e >= range.start + 2 && e < range.end)
                        {
                            range.end = end;
                        }
                        let name = text_of(self.text(), toks, &range);
                        let title = text_of(self.text(), toks, role);
                        self.titles.learn_office(&title, &name);
                        self.add_name(&name);
                        // An office right after the name is read next, as its apposition.
                        let office_next = toks
                            .get(range.end)
                            .is_some_and(|t| t.is_word() && is_title(&t.norm));
                        i = if office_next { range.end } else { np.end }.max(i + 1);
                        last = Some((range.end, name));
                        continue;
                    }
                    i = np.end.max(i + 1);
                    continue;
                }
            }
            i += 1;
        }
        // Names that open with a given name, with or without a title (سليمان بن أحمد الشريع).
        let mut i = 0;
        while i < toks.len() {
            match person_with_families(toks, i, toks.len(), 1)
                .filter(|&e| e >= i + 2 && !follows_link(toks, i) && !after_eponym(toks, i))
            {
                Some(end) => {
                    let name = text_of(self.text(), toks, &(i..end));
                    self.add_name(&name);
                    if let Some(office) = office_after(toks, end) {
                        let office = text_of(self.text(), toks, &office);
                        self.titles.learn(&office, &name);
                    }
                    i = end;
                }
                // … وعادل الجبير: the second of two people named together.
                None if let Some(end) = coordinated_person(toks, i, toks.len()) => {
                    let name = text_of(self.text(), toks, &(i..end));
                    self.add_name(name.strip_prefix('و').unwrap_or(&name));
                    i = end;
                }
                None => i += 1,
            }
        }
    }

    /// Learns the office that opens at `at`, right after `name`, as that person's; returns where
    /// the office ends. `None` when no office of two words or more is there, or the name is a
    /// lone title word (الدكتور سعيد الشيخ، المهندس عدنان السيد end in a family name that is one).
    fn office_after_name(
        &mut self,
        toks: &[Tok],
        at: usize,
        limit: usize,
        name: &str,
    ) -> Option<usize> {
        // … الملك سلمان بن عبدالعزيز ولسمو ولي العهد: after a word with و the office is
        // another's.
        let joined = at
            .checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|t| t.norm.starts_with('و') && !super::person::is_given_name(&t.norm));
        let np = parse_np(toks, at, limit).filter(|_| !joined)?;
        // وزير الداخلية البحريني خالص التعازي: what follows the office is a construct phrase,
        // the verb's object, not a name of its own (رئيس الحكومة تمام سلام is that person's
        // office).
        let construct = given_at(toks, np.name.start, limit).is_none()
            && super::phrase_words::next_is_genitive(toks, np.name.start);
        let office = if np.title_only {
            np.start..np.end
        } else if construct {
            np.role.clone()?
        } else {
            return None;
        };
        if office.end < office.start + 2 || !name.contains(' ') {
            return None;
        }
        let text = text_of(self.text(), toks, &office);
        self.titles.learn(&text, name);
        Some(office.end)
    }

    /// The office a speaker was named with, mostly after their name (وأوضح عبد الله الزيد مساعد
    /// الرئيس التنفيذي للإعلام أن): learned as a title of that person, so that the office named
    /// alone later (وأكد مساعد الرئيس التنفيذي للإعلام) is resolved to them. An office before a
    /// name is learned from the whole article ([`Self::learn_names`]) and comes first.
    pub(super) fn learn_office_of(&mut self, speaker: &Resolved) {
        let Some(role) = speaker.role.as_deref() else {
            return;
        };
        // Before the name too, where the whole-article pass could not read the office (رئيس
        // غرفة أبها م. فلان: an abbreviated honorific between them).
        let around_name = speaker.attribution == Attribution::Named
            && (speaker.mention.starts_with(&*speaker.name)
                || speaker.mention.ends_with(&*speaker.name))
            && speaker.mention.len() > speaker.name.len();
        let office = role.split_whitespace().count() >= 2
            && role
                .split_whitespace()
                .next()
                .is_some_and(|w| is_title(&light_norm(w)));
        if around_name && office {
            // … مساعد الرئيس التنفيذي للإعلام في مهرجان تمور بريدة: named again, the office
            // may stop before its place.
            let words: Vec<&str> = role.split_whitespace().collect();
            let short = words
                .iter()
                .position(|w| is_name_stop(&light_norm(w)))
                .map(|n| words[..n].join(" "));
            for office in [Some(role.to_owned()), short].into_iter().flatten() {
                self.titles.learn_office(&office, &speaker.name);
            }
        }
    }

    /// Bodies and documents named in full (أمانة المنطقة الشرقية، مجلس السلامة الهولندي، تقرير
    /// «وول ستريت جورنال») in the article's paragraphs, the first full phrase of each head noun.
    fn bodies(&self) -> &HashMap<String, String> {
        self.bodies.get_or_init(|| {
            let mut bodies = HashMap::default();
            let paragraphs = self
                .blocks
                .iter()
                .filter(|(k, _)| *k == BlockKind::Paragraph);
            for (_, toks) in paragraphs {
                self.learn_bodies(toks, &mut bodies);
            }
            bodies
        })
    }

    fn learn_bodies(&self, toks: &[Tok], bodies: &mut HashMap<String, String>) {
        let mut i = 0;
        while i < toks.len() {
            let head = toks.get(i).filter(|t| t.is_word() && is_body_head(&t.norm));
            let Some(head) = head else {
                i += 1;
                continue;
            };
            let limit = (i..toks.len())
                .find(|&k| toks.get(k).is_some_and(Tok::is_sentence_end))
                .unwrap_or(toks.len());
            let key = word_key(strip_article(&head.norm).0);
            match parse_np(toks, i, limit).filter(|np| np.role.is_none() && np.end >= i + 2) {
                Some(np) => {
                    // مسؤولون في مجلس السلامة الهولندي: a body named inside another phrase is
                    // learned too.
                    // … المنظمة لهجوم إلكتروني من جانب المتسللين: after the noun with its
                    // article, a preposition shows the sentence run on past the body's name
                    // (مصدر في المعارضة is a source and where it stands).
                    let run_on = strip_article(&head.norm).1
                        && (np.start + 1..np.end).any(|m| {
                            toks.get(m)
                                .is_some_and(|t| t.is_word() && is_name_stop(&t.norm))
                        });
                    if !run_on {
                        let text = text_of(self.text(), toks, &(np.start..np.end));
                        bodies.entry(key).or_insert(text);
                    }
                    i += 1;
                }
                None => i += 1,
            }
        }
    }

    /// The phrase a demonstrative points back to (كشفت تسريبات إعلامية … وأكدت هذه
    /// التسريبات): the first mention of the noun without the article, with the words that
    /// describe it.
    pub(super) fn named_before(&self, noun: &Tok) -> Option<Resolved> {
        let (bare, definite) = strip_article(&noun.norm);
        if !definite {
            return None;
        }
        let key = word_key(bare);
        let paragraphs = self
            .blocks
            .iter()
            .filter(|(k, _)| *k == BlockKind::Paragraph);
        for (_, toks) in paragraphs {
            let Some(i) = toks
                .iter()
                .position(|t| t.is_word() && t.end <= noun.start && word_key(&t.norm) == key)
            else {
                continue;
            };
            let limit = (i..toks.len())
                .find(|&k| toks.get(k).is_some_and(Tok::is_sentence_end))
                .unwrap_or(toks.len());
            let np = parse_np(toks, i, limit).filter(|np| np.role.is_none() && np.end >= i + 2)?;
            let range = np.start..np.end;
            let name = text_of(self.text(), toks, &range);
            let first = light_norm(name.split_whitespace().next().unwrap_or_default());
            let attribution = if is_unnamed_source(&first) {
                Attribution::Unnamed
            } else {
                Attribution::TitleResolved
            };
            return Some(Resolved {
                name: name.into(),
                mention: "".into(),
                mention_bytes: None,
                role: None,
                attribution,
            });
        }
        None
    }

    /// Records the documents a cue's speaker issues in its subject (وقال الائتلاف في بيان إن،
    /// وأوضح مصدر في بيان صحفي أن), so that a later البيان alone resolves to them.
    pub(super) fn learn_documents(&mut self, toks: &[Tok], cue: &Cue) {
        let Some(speaker) = cue.speaker.as_ref().filter(|s| {
            s.attribution != Attribution::CarriedOver && !is_body_head(&light_norm(&s.name))
        }) else {
            return;
        };
        let end = cue.comp.unwrap_or(cue.tok + 1);
        for t in toks.get(cue.tok + 1..end).unwrap_or_default() {
            let (bare, definite) = strip_article(&t.norm);
            let bare = bare.strip_suffix('ا').unwrap_or(bare);
            if t.is_word() && !definite && is_document(bare) {
                self.documents.insert(word_key(bare), speaker.clone());
            }
        }
    }

    /// Records who issues a document in a clause that is no report (وأصدرت الوزارة بيانا،
    /// نشرت صحيفة «…» الإيطالية تقريرا): the subject after the verb.
    pub(super) fn learn_issued(&mut self, toks: &[Tok], sent: &Range<usize>) {
        for k in sent.clone() {
            let verb = toks
                .get(k)
                .is_some_and(|t| t.is_word() && is_issuing_verb(&t.norm));
            let Some(np) = verb.then(|| parse_np(toks, k + 1, sent.end)).flatten() else {
                continue;
            };
            let document = (np.end..sent.end.min(np.end + 4)).find_map(|m| {
                let t = toks.get(m).filter(|t| t.is_word())?;
                let (bare, definite) = strip_article(&t.norm);
                let bare = bare.strip_suffix('ا').unwrap_or(bare);
                (!definite && is_document(bare)).then(|| word_key(bare))
            });
            if let Some(key) = document {
                let issuer = self.resolve(toks, &np, Attribution::Named);
                if !is_body_head(&light_norm(&issuer.name)) || issuer.name.contains(' ') {
                    self.documents.insert(key, issuer);
                }
            }
        }
    }

    /// Who issued a document mentioned by its noun alone (البيان، التقرير), when the article
    /// said it.
    fn document_issuer(&self, name: &str) -> Option<&Resolved> {
        let norm = light_norm(name);
        let (bare, definite) = strip_article(&norm);
        (definite && !name.contains(' ') && is_document(bare))
            .then(|| self.documents.get(&word_key(bare)))
            .flatten()
    }

    /// The full phrase of a body or document mentioned by its noun alone (الوزارة، التقرير), or
    /// with the adjective of its country (الصحيفة البريطانية after صحيفة «ديلي ميل»).
    /// The adjective must be the named body's own: in its phrase or right after it where the
    /// article names it (not الحكومة البريطانية for الحكومة المحلية في الأنبار).
    fn body_named(&self, name: &str) -> Option<&String> {
        let mut words = name.split_whitespace();
        let head = light_norm(words.next()?);
        let adjective = match (words.next(), words.next()) {
            (None, _) => None,
            // البريطانية: the feminine of a nationality agrees with a feminine body.
            (Some(adjective), None)
                if super::titles::is_nationality(adjective)
                    || adjective
                        .strip_suffix('ة')
                        .is_some_and(super::titles::is_nationality) =>
            {
                Some(adjective)
            }
            _ => return None,
        };
        let (body, definite) = strip_article(&head);
        if !definite || !is_body_head(&head) {
            return None;
        }
        let full = self.bodies().get(&word_key(body))?;
        // … and a phrase of the body alone: no preposition, و or person's name joining more to
        // it (المفوضية الأوروبية في بروكسل، والبنك المركزي …), which the mention says better.
        let plain = || {
            full.split_whitespace().skip(1).all(|w| {
                let n = light_norm(w);
                !is_name_stop(&n) && !n.starts_with('و') && !is_given_name(&n)
            })
        };
        let own = |adjective: &str| {
            (full.split_whitespace().any(|w| w == adjective) && plain())
                || self.text().contains(&format!("{full} {adjective}"))
        };
        adjective.is_none_or(own).then_some(full)
    }

    fn add_name(&mut self, name: &str) {
        // خالد الفالح وعادل الجبير: each person of a pair is learned on their own, so that
        // الجبير alone later is the one man.
        let words: Vec<&str> = name.split_whitespace().collect();
        if let Some(at) = (2..words.len()).find(|&i| {
            words.get(i).is_some_and(|w| {
                light_norm(w)
                    .strip_prefix('و')
                    .is_some_and(is_arabic_given_name)
            })
        }) {
            let second = words.get(at..).unwrap_or_default().join(" ");
            let second = second.strip_prefix('و').unwrap_or(&second).to_owned();
            self.add_name(&words.get(..at).unwrap_or_default().join(" "));
            self.add_name(&second);
            return;
        }
        // A person's name: two words or more, none a particle, a number, a word with a
        // preposition prefix (لأحدث) or a feminine noun after the first (دراسة) but for a
        // family name without the article at its end (تركي شبانة، علي جمعة).
        let words: Vec<&str> = name.split_whitespace().collect();
        let plausible = words.iter().enumerate().all(|(i, w)| {
            let n = light_norm(w);
            let bare_last = i + 1 == words.len() && !strip_article(&n).1;
            // يوهانس فان در كلاوو: inside a name فان is the particle, not فإن.
            (!is_name_stop(&n) || (i > 0 && n == "فان"))
                && !n.chars().next().is_some_and(char::is_numeric)
                && (!n.starts_with('ل') || ["لا", "لو", "لي"].iter().any(|p| n.starts_with(p)))
                && (i == 0 || !n.ends_with('ة') || bare_last)
        });
        if words.len() < 2 || !plausible {
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
        // A word no given name is a surname where it ends the name (أليكسيس تسيبراس): such a
        // name is the better reading of it than one where words follow it (تسيبراس عقد مؤتمر,
        // a name run on into the sentence).
        let ends_with = |i: usize, key: &str| {
            self.names.get(i).is_some_and(|n| {
                n.split_whitespace()
                    .last()
                    .is_some_and(|w| word_key(&light_norm(w)) == key)
            })
        };
        for w in name.split_whitespace() {
            let key = word_key(&light_norm(w));
            if key.chars().count() < 3 {
                continue;
            }
            // A given name (محمد، سعود) opens names more often than it ends them.
            let given = is_given_name(&light_norm(w));
            let better = self.name_words.get(&key).is_none_or(|&old| {
                let (last, old_last) = if given {
                    (false, false)
                } else {
                    (ends_with(idx, &key), ends_with(old, &key))
                };
                (last && !old_last)
                    || (last == old_last
                        && (count(idx) > count(old)
                            || (count(idx) == count(old)
                                && name.len() > self.names.get(old).map_or(0, String::len))))
            });
            if better {
                self.name_words.insert(key, idx);
            }
        }
    }

    /// Resolves a speaker phrase: titles to names, surnames to full names.
    pub(super) fn resolve(&self, toks: &[Tok], np: &Np, attribution: Attribution) -> Resolved {
        let text = self.text();
        let mut name = text_of(text, toks, &np.name);
        // ومهدي كروبي: the و that coordinates a second person is no part of the name.
        if let Some(rest) = name.strip_prefix('و')
            && rest
                .split_whitespace()
                .next()
                .is_some_and(|w| is_arabic_given_name(&light_norm(w)))
            && !is_given_name(&light_norm(
                name.split_whitespace().next().unwrap_or_default(),
            ))
        {
            name.drain(..'و'.len_utf8());
        }
        // والخبراء يرون: the و that joins the clause is no part of a definite subject.
        let first_word = light_norm(name.split_whitespace().next().unwrap_or_default());
        if let Some(rest) = first_word.strip_prefix('و')
            && let (body, true) = strip_article(rest)
            && body.chars().count() >= 3
            && !is_kin_with_pronoun(&first_word)
            && !first_word.starts_with("والد")
        {
            name.drain(..'و'.len_utf8());
        }
        let mut attribution = attribution;
        let mention_range = np.start..np.end;
        let mut role = np.role.as_ref().map(|r| {
            text_of(text, toks, r)
                .trim_end_matches([',', '،'])
                .trim()
                .to_owned()
        });
        if let Some(who) = sacred_speaker(toks, np) {
            who.clone_into(&mut name);
        } else if np.title_only {
            let at = toks.get(np.start).map_or(0, |t| t.start);
            if self.introduced_unnamed(&name, at) {
                // وأضاف المسؤول after قال مسؤول إسرائيلي: the source left unnamed.
            } else if let Some(n) = self.titles.holder(&name) {
                role = Some(name.clone());
                name.clone_from(n);
                attribution = Attribution::TitleResolved;
            } else if let Some(person) = self.hypernym_referent(&name) {
                role = Some(name.clone());
                name = person.name.to_string();
                attribution = Attribution::TitleResolved;
            }
        } else if np.role.is_none()
            && name.split_whitespace().count() >= 2
            && is_title(&first_word)
            && let Some(n) = self.titles.holder(&name)
        {
            // مدير جامعة الملك خالد: an office whose last words read as a name, the one it was
            // given with before.
            role = Some(name.clone());
            name.clone_from(n);
            attribution = Attribution::TitleResolved;
        } else if name.split_whitespace().count() == 1
            // وأضاف شبانة: a bare word in ة may be a family name; الوزارة never is.
            && !(name.ends_with('ة') && strip_article(&light_norm(&name)).1)
            && let Some(full) = self
                .name_words
                .get(&word_key(&light_norm(&name)))
                .and_then(|&i| self.names.get(i))
        {
            name.clone_from(full);
        } else if let Some(full) = self.full_foreign_name(&name) {
            // وقال فان در كلاوو: a surname with its particle, of the name given in full.
            name = full;
        } else if let Some(full) = self.body_named(&name) {
            role = Some(name.clone());
            name.clone_from(full);
            attribution = Attribution::TitleResolved;
        } else if let Some(issuer) = self.document_issuer(&name) {
            role = Some(name.clone());
            name = issuer.name.to_string();
            attribution = if issuer.attribution == Attribution::Unnamed {
                Attribution::Unnamed
            } else {
                Attribution::TitleResolved
            };
        }
        // مصادر مطلعة، مصدر رفض الكشف عن اسمه: a source left unnamed, whatever it was resolved to.
        // ذكر تقرير أن … وأضاف التقرير: a document whose issuer the article never names is
        // anonymous sourcing too.
        let first = light_norm(name.split_whitespace().next().unwrap_or_default());
        let lone_document = !name.contains(' ') && is_document(strip_article(&first).0);
        // وأكد شقيقه: a relative the article does not name is one article's, like a source.
        let lone_relative = (!name.contains(' ') && is_kin_with_pronoun(&first))
            || (name.split_whitespace().count() == 2 && is_kin_construct(toks, np.name.start));
        // أحد السكان، إحدى الموظفات: "one of" a group, named no further.
        let one_of = super::lexicon::is_one_of(&first);
        if (is_unnamed_source(&first) && !is_given_name(&first))
            || lone_document
            || lone_relative
            || one_of
        {
            attribution = Attribution::Unnamed;
        }
        Resolved {
            name: name.into(),
            mention: text_of(text, toks, &mention_range).into(),
            mention_bytes: bytes_of(toks, &mention_range),
            role: role.filter(|r| !r.is_empty()).map(Arc::from),
            attribution,
        }
    }

    /// The one longer name of the article that ends in `name` when `name` opens with the
    /// particle of a foreign surname (فان در كلاوو → يوهانس فان در كلاوو).
    fn full_foreign_name(&self, name: &str) -> Option<String> {
        let first = light_norm(name.split_whitespace().next()?);
        if !matches!(first.as_str(), "فان" | "فون") || !name.contains(' ') {
            return None;
        }
        let tail = format!(" {name}");
        let mut fits = self.names.iter().filter(|n| n.ends_with(&tail));
        let full = fits.next()?;
        fits.all(|n| n == full).then(|| full.clone())
    }
}
