//! The speaker's noun phrase after a reporting verb: titles, names, groups and appositions.
//!
//! Arabic news names a speaker as [title and its dependents] [name], e.g. الرئيس الروسي فلاديمير
//! بوتين, وزير الخارجية الأوكراني دميترو كوليبا; or as an institution or group (الكرملين، زعماء
//! مجموعة السبع، مسؤولون من الولايات المتحدة); and often adds a role between commas, before or
//! after the name (وقال تشانغ هو جين، مستشار الأمن القومي، …). The phrase ends at a preposition,
//! a complementizer (إن، أن), a time word, a verbal noun with ب/ل (بإبرام، لزيارة) or punctuation.

use std::ops::Range;

use super::lexicon::{
    CueForm, cue_stem, is_body_head, is_complementizer, is_group, is_institution, is_media_role,
    is_name_stop, is_naming, is_occasion, is_people_plural, is_place_adjective, is_prep_pronoun,
    is_title, is_told_to_press, strip_article,
};
use super::person::{given_at, is_arabic_given_name, is_name_particle};
use super::phrase_words::{
    after_eponym, arabic_name_before, coordinated_body, ends_feminine, foreign_name_ahead,
    has_pronoun_suffix, inflected, is_bare_prep, is_blessing, is_chief, is_complement_word,
    is_definite_honorific, is_inna_particle, is_name_linker, is_number, is_rank_adjective,
    is_verb_cue, next_is_genitive, possessive_or_future, purpose_in_name, sacred_at,
    verbal_noun_shape,
};
pub(crate) use super::phrase_words::{is_sacred_name, sacred_speaker};
use super::tokens::{ABBREVIATION_DOT, Tok, TokKind};

/// A parsed speaker phrase, by token index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Np {
    /// First token of the whole phrase.
    pub start: usize,
    /// One past the last token of the phrase, appositions included.
    pub end: usize,
    /// Tokens of the name (the whole phrase for a group or an institution).
    pub name: Range<usize>,
    /// Tokens of the role or title, when given.
    pub role: Option<Range<usize>>,
    /// A person's title with no name (الرئيس الروسي): to resolve against earlier mentions.
    pub title_only: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Head {
    /// A person's title or honorific.
    Title,
    /// A group, an institution or another definite noun.
    Group,
    /// A bare name.
    Name,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Inside the title or institution part; the last word is definite.
    Title,
    /// The last word is in the construct state: the next word is its genitive.
    Construct,
    /// Inside the name.
    Name,
}

/// A phrase without appositions.
#[derive(Debug, Clone)]
struct Phrase {
    start: usize,
    end: usize,
    name_start: Option<usize>,
    head: Head,
}

/// Parses one phrase starting at `i`, not beyond `limit`.
// One state machine over the words of the phrase; splitting it would scatter the grammar.
#[allow(clippy::too_many_lines)]
fn parse_phrase(toks: &[Tok], i: usize, limit: usize) -> Option<Phrase> {
    let first = toks.get(i).filter(|t| t.is_word() && i < limit)?;
    if let Some((len, _)) = sacred_at(toks, i, limit) {
        return Some(Phrase {
            start: i,
            end: i + len,
            name_start: Some(i),
            head: Head::Name,
        });
    }
    let w = first.norm.as_str();
    let t = first;
    if w.is_empty()
        || is_blessing(w)
        || is_name_stop(w)
        || is_verb_cue(w)
        || is_complementizer(w)
        || is_number(w)
        || (is_complement_word(w) || t.prefixed_ifal)
        || is_prep_pronoun(w)
        // سريعًا، تشريعاتٍ: a word with tanween is an adverb or an object, never a speaker,
        // except as the subject of إنّ and its sisters (لكن مصدراً في الحديدة قال …).
        || (t.tanween
            && !i
                .checked_sub(1)
                .and_then(|p| toks.get(p))
                .is_some_and(|p| is_inna_particle(&p.norm)))
    {
        return None;
    }
    let (_, definite) = strip_article(w);
    // كبير المفتشين opens a title like رئيس المفتشين: a name may follow it.
    let (head, mut state, mut name_start) = if is_title(w) || is_chief(toks, i) {
        (
            Head::Title,
            if definite {
                State::Title
            } else {
                State::Construct
            },
            None,
        )
    } else if is_group(w) || is_institution(w) || is_body_head(w) {
        (
            Head::Group,
            if definite {
                State::Title
            } else {
                State::Construct
            },
            None,
        )
    } else if definite {
        (Head::Group, State::Title, None)
    } else if given_at(toks, i, limit).is_some() {
        // حسن الزين: a given name opens a name, never a construct phrase.
        (Head::Name, State::Name, Some(i))
    } else if ends_feminine(w) || next_is_genitive(toks, i) {
        // وسائل الإعلام، جمهورية الصين: a common noun in the construct state.
        (Head::Group, State::Construct, None)
    } else if inflected(w) || (possessive_or_future(w) && !foreign_name_ahead(toks, i, limit)) {
        // ويقول رأيه سيكون …: a noun with a pronoun or a verb in the future opens no name.
        return None;
    } else {
        (Head::Name, State::Name, Some(i))
    };
    let mut j = i + 1;
    let mut name_len = usize::from(name_start.is_some());
    let mut preps = 0;
    // The last word was a bare genitive of a construct noun (مدير تعليم): it can itself be in
    // the construct state with a definite word after it (مدير تعليم المنطقة).
    let mut chain_genitive = false;
    while j < limit {
        let Some(t) = toks.get(j) else { break };
        let after_genitive = std::mem::take(&mut chain_genitive);
        match t.kind {
            TokKind::Punct('(') => {
                // A parenthesis after the phrase (البنتاغون) belongs to it and ends it.
                if let Some(k) = (j + 1..limit.min(j + 8))
                    .find(|&k| toks.get(k).is_some_and(|t| t.is_punct(')')))
                {
                    j = k + 1;
                }
                break;
            }
            TokKind::Mark(_) => {
                // صحيفة “نيويورك تايمز”: a quoted name after a naming noun is part of the phrase.
                let prev_naming = toks.get(j - 1).is_some_and(|p| is_naming(&p.norm));
                let close = (j + 2..limit.min(j + 10)).find(|&k| {
                    toks.get(k)
                        .is_some_and(|t| matches!(t.kind, TokKind::Mark(_)))
                });
                if let (true, Some(k)) = (prev_naming, close) {
                    j = k + 1;
                }
                break;
            }
            // د. محمد: the full stop of a one-letter abbreviation.
            TokKind::Punct(ABBREVIATION_DOT) => {
                j += 1;
                state = State::Title;
                // د. الفلاح: right after an abbreviated title a definite word is the family
                // name, not more of the title.
                if name_start.is_none()
                    && j < limit
                    && toks.get(j).is_some_and(|n| {
                        n.is_word()
                            && strip_article(&n.norm).1
                            && !is_title(&n.norm)
                            && !is_institution(&n.norm)
                            && !is_group(&n.norm)
                            && !is_name_stop(&n.norm)
                            && !has_pronoun_suffix(&n.norm)
                    })
                {
                    name_start = Some(j);
                    name_len = 1;
                    state = State::Name;
                    j += 1;
                }
                continue;
            }
            TokKind::Punct(_) => break,
            TokKind::Word => {}
        }
        let w = t.norm.as_str();
        // A run of tatweel (مورينيو ــ) is a dash, not a word of the name; a blessing after a
        // name (رحمه الله، صلى الله عليه وسلم) ends it.
        if w.is_empty() || is_blessing(w) {
            break;
        }
        let in_title = matches!(state, State::Title | State::Construct);
        // تقرير صادر عن الأمم المتحدة: a document issued by a body is that body's word.
        let issued_by = w == "عن"
            && toks
                .get(j - 1)
                .is_some_and(|p| matches!(strip_article(&p.norm).0, "صادر" | "صادرة"));
        if in_title && head != Head::Name && preps < 3 && (is_bare_prep(w) || issued_by) {
            // الباحث في مركز …، المتحدث باسم وزارة …، مسؤولون من الولايات المتحدة
            let next_ok = toks.get(j + 1).is_some_and(|n| {
                n.is_word()
                    && (strip_article(&n.norm).1
                        || is_institution(&n.norm)
                        || head == Head::Group
                        || is_title(&n.norm))
                    && !is_name_stop(&n.norm)
                    && !has_pronoun_suffix(&n.norm)
                    // … في بيان، في تصريح: the occasion of the words is not part of the name.
                    && !is_occasion(strip_article(&n.norm).0)
            });
            if next_ok && j + 1 < limit {
                preps += 1;
                j += 2;
                state = if toks.get(j - 1).is_some_and(|n| strip_article(&n.norm).1) {
                    State::Title
                } else {
                    State::Construct
                };
                continue;
            }
            break;
        }
        // المصدر وفقا لموقع …: a source phrase after the speaker is another source.
        let source_cue = cue_stem(w).is_some_and(|(_, f)| f == CueForm::Source);
        if is_name_stop(w) || is_verb_cue(w) || source_cue || is_complementizer(w) || is_number(w) {
            break;
        }
        // كشف فلان أبرز ملامح …: an elative opens the verb's object. … نوفاك ووزير المالية: after
        // a name an office with و is a second person (inside an office it is another office of
        // the same one: نائب رئيس مجلس الوزراء ووزير الدفاع).
        if super::lexicon::is_object_elative(w)
            || (state == State::Name && w.strip_prefix('و').is_some_and(is_title))
        {
            break;
        }
        let (_, definite) = strip_article(w);
        // والرئيس، وموسكو: a word with و is coordinated, unless it is a listed given name
        // (وليد، وسام).
        let coord =
            w.starts_with('و') && w.chars().count() > 3 && given_at(toks, j, limit).is_none();
        // وقال المسؤول لوكالة فرانس برس: the press he told, not more of his office (unless
        // the office is the press's: مراسل لوكالة رويترز).
        if is_told_to_press(w) && !toks.get(j - 1).is_some_and(|p| is_media_role(&p.norm)) {
            break;
        }
        // مدير التعليم بجدة: a city the office is of, closed like بالرياض.
        let at_city = w.strip_prefix('ب').is_some_and(super::lexicon::is_city);
        match state {
            State::Title | State::Construct => {
                if in_title
                    && head != Head::Name
                    && preps < 3
                    && (w.starts_with("لل")
                        || w.starts_with("بال")
                        || ((w.starts_with('ل') || w.starts_with('ب')) && is_institution(w))
                        || at_city
                        || (w.starts_with('ل')
                            && (!(t.prefixed_ifal || ends_feminine(w))
                                || purpose_in_name(toks, i, j))
                            && toks
                                .get(j + 1)
                                .is_some_and(|n| n.is_word() && strip_article(&n.norm).1)))
                {
                    // التابع لأكاديمية العلوم، الأمين العام لحلف شمال الأطلسي، المرصد السوري
                    // لحقوق الإنسان: a noun without the article takes the next word as its
                    // genitive.
                    preps += 1;
                    state = if w.starts_with("لل") || w.starts_with("بال") || at_city {
                        State::Title
                    } else {
                        State::Construct
                    };
                } else if definite
                    && name_start.is_none()
                    && toks
                        .get(j - 1)
                        .is_some_and(|p| is_definite_honorific(&p.norm))
                    && !is_title(w)
                    && !is_institution(w)
                    && !is_group(w)
                    && !is_name_stop(w)
                    && !is_place_adjective(w)
                    && !ends_feminine(w)
                    && !has_pronoun_suffix(w)
                {
                    // الدكتور العيسى: after an honorific a definite word is the family name.
                    state = State::Name;
                    name_start = Some(j);
                    name_len = 1;
                } else if definite {
                    // After a bare name inside a title (سيول وواشنطن) a definite word is a new
                    // phrase (الهدية), unless it is a place adjective or follows a construct noun.
                    let prev = toks.get(j - 1).map_or("", |p| p.norm.as_str());
                    // للطيران المدني: the article is inside the preposition ل.
                    let prev_bare = !strip_article(prev).1
                        && !prev.starts_with("لل")
                        && !is_title(prev)
                        && !is_institution(prev)
                        && !ends_feminine(prev)
                        && !is_group(prev);
                    if prev_bare
                        && state == State::Title
                        && !is_place_adjective(w)
                        && !after_genitive
                    {
                        break;
                    }
                    // واتهمت الدول الغربية الانفصاليين، ودعا الرئيس المواطنين: a masculine
                    // plural after a definite feminine word or a definite office in the singular
                    // agrees with nothing before it; it is the verb's object.
                    let (prev_body, prev_definite) = strip_article(prev);
                    let (body, _) = strip_article(w);
                    // (الشؤون is a broken plural, the genitive of many offices.)
                    let plural =
                        |b: &str| (b.ends_with("ين") || b.ends_with("ون")) && !b.ends_with("ؤون");
                    if prev_definite
                        && (prev_body.ends_with('ة') || (is_title(prev) && !plural(prev_body)))
                        && !is_people_plural(prev)
                        && plural(body)
                        && !is_title(w)
                        && !is_institution(w)
                    {
                        break;
                    }
                    state = if is_title(w) || is_institution(w) {
                        State::Title
                    } else {
                        state_after_definite(state)
                    };
                } else if is_title(w)
                    || is_institution(w)
                    || (state == State::Construct
                        && head != Head::Name
                        && !(is_complement_word(w) || t.prefixed_ifal))
                    // رئيس قسم شؤون الطلاب: a bare genitive in construct takes one more.
                    || (after_genitive
                        && head != Head::Name
                        && given_at(toks, j, limit).is_none()
                        && !(is_complement_word(w) || t.prefixed_ifal || t.tanween)
                        && !has_pronoun_suffix(w)
                        && next_is_genitive(toks, j))
                {
                    let genitive = (state == State::Construct || after_genitive)
                        && !is_title(w)
                        && !is_institution(w);
                    // تقرير اقتصادي، مسؤولان تركيان: a nisba adjective (singular, dual or
                    // plural) ends the chain; a genitive does not.
                    chain_genitive =
                        genitive && !["ي", "يان", "يين", "يون"].iter().any(|n| w.ends_with(n));
                    state = if genitive {
                        State::Title
                    } else {
                        State::Construct
                    };
                } else if coord
                    && state == State::Construct
                    && !definite
                    && toks.get(j - 1).is_some_and(|p| is_title(&p.norm))
                    && toks
                        .get(j + 1)
                        .is_some_and(|n| n.is_word() && strip_article(&n.norm).1)
                {
                    // إمام وخطيب المسجد الحرام، رئيس ومؤسس الشركة: two offices of one person
                    // share the genitive after them.
                } else if coord
                    && head != Head::Title
                    && !is_complement_word(&w[2..])
                    && (coordinated_body(&w[2..])
                        || toks
                            .get(j + 1)
                            .is_some_and(|n| n.is_word() && strip_article(&n.norm).1))
                {
                    state = State::Title;
                } else if (is_complement_word(w) || t.prefixed_ifal || t.tanween)
                    || coord
                    || has_pronoun_suffix(w)
                    // وأكد الوزير ضرورة …: after a definite office a bare noun in ة that is
                    // no listed name is the verb's object.
                    || (state == State::Title
                        && ends_feminine(w)
                        && given_at(toks, j, limit).is_none())
                    // وأعلنت الشركة تشكيل لجنة: a bare word after a definite body is its object;
                    // only an office (الرئيس أوباما) is followed by a name.
                    || (head == Head::Group
                        && state == State::Title
                        && given_at(toks, j, limit).is_none())
                    // وأعلن الوزير تشكيل لجنة: a verbal noun after an office is the object.
                    || (state == State::Title
                        && verbal_noun_shape(w)
                        && given_at(toks, j, limit).is_none())
                {
                    break;
                } else if name_start.is_none()
                    && state == State::Title
                    && is_rank_adjective(w)
                    && toks.get(j - 1).is_some_and(|p| !strip_article(&p.norm).1)
                {
                    // مسؤول أمريكي كبير: a rank after an unnamed office and its nationality.
                } else if head == Head::Title && after_eponym(toks, j) {
                    // مدير جامعة الملك خالد: the king an institution is named after belongs to
                    // the office.
                } else {
                    state = State::Name;
                    name_start = Some(j);
                    name_len = 1;
                }
            }
            State::Name => {
                // أم بدر إحدى عضوات الجمعية: "one of" opens an apposition after the name.
                if super::lexicon::is_one_of(w) {
                    break;
                }
                // لويس فان غال: the surname after the particle of a foreign name ends it.
                if j >= 2
                    && toks.get(j - 2).is_some_and(|p| is_name_particle(&p.norm))
                    && toks.get(j - 1).is_some_and(|p| !is_name_particle(&p.norm))
                {
                    break;
                }
                let after_linker = toks.get(j - 1).is_some_and(|p| is_name_linker(&p.norm));
                // خالد الفالح وعادل الجبير: a second person, coordinated, after a whole name.
                let second_person = name_len >= 2
                    && w.strip_prefix('و').is_some_and(|r| {
                        is_arabic_given_name(r) && given_at(toks, j, limit).is_none()
                    })
                    && strip_article(toks.get(j - 1).map_or("", |p| p.norm.as_str())).1;
                if second_person {
                    name_len = 1;
                } else if definite {
                    // كوريا الشمالية، عبد الفتاح السيسي، نوري المالكي
                    let nisba_surname = w.ends_with('ي') && !is_name_stop(w);
                    // الخبير عبدالله المغلوث: after a title and one given name, a definite word
                    // is the family name, unless it reads as a verbal noun or feminine object.
                    // عبد الله، أبو بكر: a compound given name counts as one.
                    let one_given_name = name_len == 1
                        || (name_len == 2
                            && name_start
                                .and_then(|ns| toks.get(ns))
                                .is_some_and(|t| is_name_linker(&t.norm)));
                    let family_name = head == Head::Title
                        && one_given_name
                        && !is_name_stop(w)
                        && !is_title(w)
                        && !w.starts_with("الا")
                        && !w.starts_with("الت")
                        && !ends_feminine(w)
                        && !has_pronoun_suffix(w);
                    // مدينة الملك عبدالله الطبية: the adjective of an institution named after
                    // a ruler.
                    let eponym_adjective =
                        w.ends_with("ية") && name_start.is_some_and(|ns| after_eponym(toks, ns));
                    if !(is_place_adjective(w)
                        || after_linker
                        || nisba_surname
                        || family_name
                        || eponym_adjective)
                        || name_len >= 6
                    {
                        break;
                    }
                    name_len += 1;
                } else if after_linker && name_len < 6 {
                    // الأمير عبدالله بن مساعد: the word after بن is a name, even a title-like one.
                    name_len += 1;
                } else if is_title(w)
                    || is_chief(toks, j)
                    // الدكتور العيسى التميز / بعض …: a name that is a family name alone ends there.
                    || (name_len == 1
                        && name_start
                            .and_then(|ns| toks.get(ns))
                            .is_some_and(|t| strip_article(&t.norm).1))
                    || (is_complement_word(w) || t.prefixed_ifal || t.tanween)
                    // الوزير محمد العبد الله زار …: an Arabic name ends at its family name, and
                    // no word of it carries a preposition and a pronoun.
                    || ((inflected(w) || strip_article(toks.get(j - 1).map_or("", |p| p.norm.as_str())).1)
                        && !is_name_linker(w)
                        && name_start.is_some_and(|ns| arabic_name_before(toks, ns, j, limit)))
                    || name_len >= 5
                    || (name_len >= 2 && ends_feminine(w))
                    || has_pronoun_suffix(w)
                    || (w.starts_with('ل')
                        && !w.starts_with("لا")
                        && !w.starts_with("لو")
                        && !w.starts_with("لي"))
                {
                    break;
                } else {
                    name_len += 1;
                }
            }
        }
        j += 1;
    }
    // A name never ends in the pronoun هو (كيم هو مضاعفة …: "Kim's answer was …").
    while j > i + 1
        && name_start.is_some_and(|ns| j > ns + 1)
        && toks.get(j - 1).is_some_and(|t| t.norm == "هو")
    {
        j -= 1;
    }
    Some(Phrase {
        start: i,
        end: j,
        name_start,
        head,
    })
}

fn state_after_definite(state: State) -> State {
    match state {
        State::Construct | State::Title => State::Title,
        State::Name => State::Name,
    }
}

/// True when token `k` may follow a speaker phrase: what comes after a name and its apposition.
fn closes_apposition(toks: &[Tok], k: usize) -> bool {
    let Some(t) = toks.get(k) else { return true };
    match t.kind {
        TokKind::Punct(c) => matches!(c, '،' | ',' | ':' | '.' | '؛') || t.is_sentence_end(),
        TokKind::Mark(_) => true,
        TokKind::Word => {
            is_complementizer(&t.norm) || t.norm.starts_with('ل') || is_name_stop(&t.norm)
        }
    }
}

/// Parses the speaker phrase that starts at token `i` (right after a reporting verb), with a
/// role in apposition before or after the name. `limit` is the end of the sentence.
pub(crate) fn parse_np(toks: &[Tok], i: usize, limit: usize) -> Option<Np> {
    let p1 = parse_phrase(toks, i, limit)?;
    let mut role_end = p1.end;
    // A title phrase with no name may run on a few words to the comma before the name.
    if p1.name_start.is_none()
        && p1.head == Head::Title
        && let Some(k) =
            (p1.end..limit.min(p1.end + 6)).find(|&k| toks.get(k).is_some_and(Tok::is_comma))
    {
        let clean = (p1.end..k).all(|m| {
            toks.get(m).is_some_and(|t| {
                t.is_word() && !is_verb_cue(&t.norm) && !is_complementizer(&t.norm)
            })
        });
        if clean {
            role_end = k;
        }
    }
    let mut np = np_of(&p1);
    if toks.get(role_end).is_some_and(Tok::is_comma)
        && let Some(p2) = parse_phrase(toks, role_end + 1, limit)
        && (closes_apposition(toks, p2.end)
            // القنصل في مشهد، عبدالله الحمراني مغادرة …: a whole name after an office and its
            // comma is the office's holder, whatever the verb's object after it.
            || (p1.name_start.is_none()
                && p1.head == Head::Title
                && p2.head == Head::Name
                && p2.end >= p2.start + 2
                && given_at(toks, p2.start, limit).is_some()))
    {
        if p1.name_start.is_none() && p2.name_start.is_some() && p1.head == Head::Title {
            // الباحث في مركز …، ألكسندر زيبين، إن …
            let n2 = np_of(&p2);
            return Some(Np {
                start: p1.start,
                end: p2.end,
                name: n2.name,
                role: Some(p1.start..role_end),
                title_only: false,
            });
        }
        if p1.name_start.is_some()
            && p1.head != Head::Group
            && p2.head == Head::Title
            && p2.name_start.is_none()
        {
            // تشانغ هو جين، مستشار الأمن القومي، …
            np.role = Some(p2.start..p2.end);
            np.end = p2.end;
        }
    }
    Some(np)
}

fn np_of(p: &Phrase) -> Np {
    match (p.head, p.name_start) {
        (Head::Title, Some(ns)) => Np {
            start: p.start,
            end: p.end,
            name: ns..trim_end_paren(p, ns),
            role: Some(p.start..ns),
            title_only: false,
        },
        (Head::Title, None) => Np {
            start: p.start,
            end: p.end,
            name: p.start..p.end,
            role: None,
            title_only: true,
        },
        _ => Np {
            start: p.start,
            end: p.end,
            name: p.start..p.end,
            role: None,
            title_only: false,
        },
    }
}

fn trim_end_paren(p: &Phrase, ns: usize) -> usize {
    p.end.max(ns + 1)
}

#[cfg(test)]
mod tests;
