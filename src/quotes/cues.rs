//! One reporting cue read in its sentence: whether the word reports at all, who speaks (after
//! it, before it, in a relative clause, or carried over), and where its statement starts. The
//! three forms of a cue (a verb, a circumstantial participle, a source phrase) each have their
//! own reading.

use std::ops::Range;

use super::Attribution;
use super::agreement::{self, Agreement};
use super::cue_words::{after_occasion, also_said, name_withheld_at, reports_nothing};
use super::extract::{Ctx, Cue, Reach, Resolved, bytes_of, text_of};
use super::kinship::{kin_subject, van_name};
use super::lexicon::{
    AFTER_MARKERS, CueForm, cue_stem, is_complementizer, is_first_person_opinion,
    is_impersonal_form, is_passive_mention, is_prep_pronoun, is_title, is_told_to_press,
    may_have_thing_subject, object_pronoun, strip_article,
};
use super::marks::{MarkSpan, opening_at};
use super::no_subject::{ba_complement_after, is_bare_accusative, is_prepositional_complement};
use super::speakers::{Np, parse_np, sacred_speaker};
use super::subject::{
    definite_subject, extend_name, is_subject, lone_description, past_time_adverbial,
    people_before_relative, quoted_name_last,
};
use super::svo::{summed_up_before, svo_subject, thing_before_verb};
use super::tokens::{Tok, TokKind};
use super::tracking::person_after_verb;

/// The sentence a cue is read in: its tokens, the cue of each token, the quoted spans.
pub(super) struct Scope<'t> {
    pub(super) toks: &'t [Tok],
    pub(super) cue_of: &'t [Option<(String, CueForm)>],
    pub(super) spans: &'t [MarkSpan],
    pub(super) sent: &'t Range<usize>,
}

impl Ctx<'_> {
    /// Reads the cue at token `k` (`stem` of `form`); `earlier` are the cues before it in the
    /// sentence. `None` when the word reports nothing here.
    pub(super) fn cue(
        &self,
        s: &Scope,
        k: usize,
        stem: &str,
        form: CueForm,
        earlier: &[Cue],
    ) -> Option<Cue> {
        let (toks, sent) = (s.toks, s.sent);
        if self.noun_use(toks, k, stem, form) {
            return None;
        }
        let prev = k
            .checked_sub(1)
            .and_then(|p| toks.get(p))
            .map_or("", |t| t.norm.as_str());
        let prev2 = k
            .checked_sub(2)
            .and_then(|p| s.cue_of.get(p))
            .cloned()
            .flatten();
        // «…»، هذا ما قاله فلان: the quotation (or the clause) before is what he said; after
        // another's statement (قال الوزير إن …، وهو ما أكده السفير) he only agrees with it.
        let this_is_what = prev == "ما"
            && k.checked_sub(2)
                .and_then(|p| toks.get(p))
                .is_some_and(|t| super::cue_words::is_demonstrative(&t.norm));
        if this_is_what && !earlier.is_empty() {
            return None;
        }
        let after = form == CueForm::Verb
            && (AFTER_MARKERS.contains(&prev)
                && (!matches!(prev, "ما" | "لما")
                    || this_is_what
                    || prev2.is_some_and(|(_, f)| f == CueForm::Source)))
            && !(matches!(prev, "كما" | "وكما") && also_said(toks, sent, k));
        let cue = Cue {
            tok: k,
            form,
            after,
            speaker: None,
            np: None,
            comp: None,
            colon: false,
            inscription: false,
            reach: Reach::Paragraph,
        };
        let this = toks.get(k).map_or("", |t| t.norm.as_str());
        let agreement = agreement::of_cue(this, stem, form);
        // وأكد المصدر وفقا لموقع …، أن …: a source phrase between a verb and its statement
        // tells where the words were read, not another statement.
        let inside_report = earlier
            .iter()
            .any(|c| c.form == CueForm::Verb && !c.after && c.comp.is_some_and(|comp| comp > k));
        match form {
            CueForm::Source if inside_report => None,
            CueForm::Source => self.source_cue(s, cue),
            CueForm::Hal => self.hal_cue(s, cue, stem, agreement, earlier),
            CueForm::Verb => self.verb_cue(s, cue, stem, agreement),
        }
    }

    /// True when the cue word at `k` is used as a noun or reports nothing: after a
    /// preposition, with a pronoun as an object, the writer's aside, a passive verb.
    fn noun_use(&self, toks: &[Tok], k: usize, stem: &str, form: CueForm) -> bool {
        let prev = k
            .checked_sub(1)
            .and_then(|p| toks.get(p))
            .map_or("", |t| t.norm.as_str());
        // عن شكره، في رده: after a preposition the word is a noun, not a reporting verb; مع
        // مضيفه: nor a participle (the host). The noun "saying" stays a cue (في تصريحه).
        let after_preposition = matches!(
            prev,
            "عن" | "على" | "في" | "من" | "الى" | "ب" | "بعد" | "قبل" | "عدم"
        );
        if (form == CueForm::Verb && after_preposition)
            || (form == CueForm::Hal
                && stem != "قول"
                && (after_preposition
                    || matches!(prev, "مع" | "بين" | "لدى" | "ضد" | "بحق" | "امام")))
        {
            return true;
        }
        // رفع شكره وتقديره: a pronoun-suffixed form coordinated with a like noun is a noun.
        let this = toks.get(k).map_or("", |t| t.norm.as_str());
        let suffix = object_pronoun(this);
        if let Some(x) = suffix
            && toks
                .get(k + 1)
                .is_some_and(|t| t.norm.starts_with('و') && t.norm.ends_with(x))
        {
            return true;
        }
        // شكره وشكر أبناء الجالية: the same word again after و, coordinated with a noun, is a
        // noun too.
        if this.starts_with('و')
            && suffix.is_none()
            && object_pronoun(prev).is_some()
            && cue_stem(prev).is_some_and(|(p, _)| p == stem)
        {
            return true;
        }
        // وقدم السفير علي العياشي شكره: a form with a pronoun right after a name or a definite
        // noun is the object of the verb before, a noun (his thanks), not a reporting verb.
        // … "الدكتور أسامة فيدة" شكره: after a name in quote marks too.
        let after_quoted = k
            .checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|p| matches!(p.kind, TokKind::Mark(_)));
        if suffix.is_some() && form == CueForm::Verb && after_quoted {
            return true;
        }
        if let Some(p) = k.checked_sub(1).and_then(|p| toks.get(p))
            && suffix.is_some()
            && form == CueForm::Verb
            && p.is_word()
            && !is_complementizer(&p.norm)
            && !super::lexicon::is_name_stop(&p.norm)
            && (strip_article(&p.norm).1
                || super::person::is_given_name(&p.norm)
                || self.is_known_name_word(&p.norm))
        {
            return true;
        }
        // يذكر أن، ومما يذكر أن: the writer's own aside ("it is worth noting"), no report.
        if matches!(this, "يذكر" | "ويذكر")
            && toks
                .get(k + 1)
                .is_some_and(|t| t.is_word() && is_complementizer(&t.norm))
        {
            return true;
        }
        // لم يقدم شيئا يذكر: after an indefinite accusative noun, يُذكر is the passive
        // "worth mentioning", closing its phrase.
        if matches!(this, "يذكر" | "تذكر")
            && k.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|p| {
                p.is_word() && p.norm.ends_with('ا') && cue_stem(&p.norm).is_none()
            })
            && toks
                .get(k + 1)
                .is_none_or(|t| !t.is_word() || t.norm.starts_with('و'))
        {
            return true;
        }
        // فضل عدم ذكر اسمه: "mention his name" reports nothing.
        if stem == "ذكر"
            && toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "اسمه" | "اسمها" | "اسمهم" | "هويته"))
        {
            return true;
        }
        if form == CueForm::Verb && reports_nothing(toks, k, stem, prev) {
            return true;
        }
        if form == CueForm::Verb {
            // يُزعم، يُذكر: a passive verb names no speaker and reports nothing.
            let raw = toks
                .get(k)
                .and_then(|t| self.text().get(t.start..t.end))
                .unwrap_or_default();
            if raw.trim_start_matches(['و', 'ف']).chars().nth(1) == Some('\u{064F}') {
                return true;
            }
        }
        false
    }

    /// A circumstantial participle (قائلا، مضيفة): its speaker is the main clause's subject.
    fn hal_cue(
        &self,
        s: &Scope,
        mut cue: Cue,
        stem: &str,
        agreement: Agreement,
        earlier: &[Cue],
    ) -> Option<Cue> {
        let (toks, sent, k) = (s.toks, s.sent, cue.tok);
        // في قوله تعالى: «…»: scripture quoted, God's words (or the Prophet's).
        if stem == "قول"
            && let Some((len, _)) = super::phrase_words::sacred_at(toks, k + 1, sent.end)
        {
            let np = Np {
                start: k + 1,
                end: k + 1 + len,
                name: k + 1..k + 1 + len,
                role: None,
                title_only: false,
            };
            cue.speaker = Some(self.resolve(toks, &np, Attribution::Named));
            cue.np = Some(np.start..np.end);
            return statement_start(s, cue, np.end);
        }
        // نقلت الوكالة عن الوزير قوله: the one quoted is the object of عن, with his office
        // between commas (عن فلان، المسؤول بالمقاطعة، قوله) or right after his name.
        let apposed = |end: usize| {
            toks.get(end)
                .is_some_and(|t| t.is_comma() || is_title(&t.norm))
                && (end..k).all(|m| toks.get(m).is_some_and(|t| t.is_word() || t.is_comma()))
        };
        let from = k.saturating_sub(16).max(sent.start);
        let quoted = (from..k)
            .rev()
            .find(|&m| toks.get(m).is_some_and(|t| t.norm == "عن"))
            .and_then(|m| parse_np(toks, m + 1, k).filter(|np| np.end == k || apposed(np.end)));
        if stem == "قول"
            && let Some(np) = quoted
        {
            cue.speaker = Some(self.resolve(toks, &np, Attribution::Named));
            cue.np = Some(np.start..np.end);
            return statement_start(s, cue, k + 1);
        }
        // The subject of the main clause, past a verb whose subject was read inside the
        // sentence (… وكشف الناصر …، حيث أظهرت الإحصائيات أن …، مشيرا: الناصر).
        let main = earlier
            .iter()
            .rev()
            .filter(|c| c.reach == Reach::Paragraph)
            .find_map(|c| c.speaker.clone())
            // وبينت أن رسول الله ﷺ قال: «…»، موضحة: scripture quoted is not the main clause.
            .filter(|r| !super::phrase_words::is_sacred_name(&r.name))
            .filter(|r| agreement::agrees(agreement, agreement::of_subject(r)));
        cue.speaker = main
            .or_else(|| self.main_subject_for(agreement))
            .map(Resolved::carried);
        cue.speaker = cue.speaker.or_else(|| self.carried_for(agreement));
        if cue.after {
            return Some(cue);
        }
        statement_start(s, cue, k + 1)
    }

    /// A finite verb: the subject after it (past the one told), or before it, or dropped.
    fn verb_cue(&self, s: &Scope, mut cue: Cue, stem: &str, agreement: Agreement) -> Option<Cue> {
        let (toks, spans, sent, k) = (s.toks, s.spans, s.sent, cue.tok);
        cue.inscription =
            stem == "كتب" && toks.get(k + 1).is_some_and(|t| t.norm.starts_with("علي"));
        // تحدث عنها الرئيس: a preposition with a pronoun may come before the subject.
        // قال لـ«الشرق الأوسط» فلان: the one told, in quote marks, may come first.
        // كشف ذلك لـ«اليوم» فلان: the object "that" may come before the one told.
        // قال أمس لـ«الرياض» فلان: a time adverbial may come before all of them.
        let v = past_time_adverbial(toks, k + 1);
        let after_verb = if toks.get(v).is_some_and(|t| t.norm == "ذلك")
            && toks
                .get(v + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "ل" | "لـ"))
        {
            v + 1
        } else {
            v
        };
        let told = toks
            .get(after_verb)
            .is_some_and(|t| matches!(t.norm.as_str(), "ل" | "لـ"));
        let told_span = opening_at(spans, after_verb + 1).filter(|_| told);
        let mut subject_at = if let Some(s) = told_span {
            s.outer_end()
        } else if toks.get(v).is_some_and(|t| is_prep_pronoun(&t.norm)) {
            v + 1
        } else {
            v
        };
        // أوضح ذلك رئيس اللجنة فلان: "that" is the object; the subject follows it.
        if toks.get(subject_at).is_some_and(|t| t.norm == "ذلك")
            && toks.get(subject_at + 1).is_some_and(Tok::is_word)
        {
            subject_at += 1;
        }
        subject_at = past_time_adverbial(toks, subject_at);
        // وأكدت هذه التسريبات، بحسب ما أكدت تلك المصادر: the demonstrative points back to the
        // body named before.
        if toks
            .get(subject_at)
            .is_some_and(|t| matches!(t.norm.as_str(), "هذه" | "هذا" | "هؤلاء" | "تلك"))
            && let Some(noun) = toks
                .get(subject_at + 1)
                .filter(|t| strip_article(&t.norm).1)
        {
            if let Some(mut before) = self.named_before(noun) {
                let np = subject_at..subject_at + 2;
                before.mention = text_of(self.text(), toks, &np).into();
                before.mention_bytes = bytes_of(toks, &np);
                before.role = Some(before.mention.clone());
                cue.speaker = Some(before);
                cue.np = Some(np.clone());
                return statement_start(s, cue, np.end);
            }
            subject_at += 1;
        }
        // والمؤشرات تؤكد أن: a thing, not someone, is the subject; the writer narrates.
        // لكن الأطراف أكدوا: a verb in the plural of people has people for subject.
        if agreement != Agreement::Plural
            && may_have_thing_subject(stem)
            && thing_before_verb(toks, sent, k, |w| self.is_known_name_word(w))
        {
            return None;
        }
        // وهذا يشير إلى أن، مما يؤكد أن: what was told is the subject; the writer concludes.
        if may_have_thing_subject(stem) && summed_up_before(toks, sent, k) {
            return None;
        }
        if let Some(np) = van_name(toks, subject_at, sent.end) {
            cue.speaker = Some(self.resolve(toks, &np, Attribution::Named));
            cue.np = Some(np.start..np.end);
            return statement_start(s, cue, np.end);
        }
        // … علي العياشي الذي أوضح أن: a relative pronoun's verb speaks for the name before.
        if let Some(np) = self.antecedent(toks, sent, k) {
            cue.speaker = Some(self.resolve(toks, &np, Attribution::Named));
            return statement_start(s, cue, k + 1);
        }
        if agreement == Agreement::Plural
            && let Some(np) = people_before_relative(toks, sent, k)
        {
            let mut group = self.resolve(toks, &np, Attribution::Named);
            group.attribution = Attribution::Unnamed;
            cue.speaker = Some(group);
            return statement_start(s, cue, k + 1);
        }
        let scan_from = self.verb_speaker(s, &mut cue, subject_at, agreement);
        // وتبين أن …: "it turned out", when no subject of its own stands by it.
        let own_subject = cue
            .speaker
            .as_ref()
            .is_some_and(|r| r.attribution != Attribution::CarriedOver);
        if !own_subject && toks.get(k).is_some_and(|t| is_impersonal_form(&t.norm)) {
            return None;
        }
        let next = toks
            .get(k + 1)
            .filter(|t| t.is_word())
            .map(|t| t.norm.as_str());
        if toks
            .get(k)
            .is_some_and(|t| is_passive_mention(&t.norm, next))
        {
            return None;
        }
        // أعتقد أن …: the writer's own view.
        let written = toks.get(k).and_then(|t| self.text().get(t.start..t.end));
        if !own_subject && written.is_some_and(is_first_person_opinion) {
            return None;
        }
        if cue.after {
            return Some(cue);
        }
        statement_start(s, cue, scan_from)
    }

    /// Finds the speaker of a verb whose subject starts at `subject_at`, trying each reading in
    /// turn; returns where the statement may start.
    fn verb_speaker(
        &self,
        s: &Scope,
        cue: &mut Cue,
        subject_at: usize,
        agreement: Agreement,
    ) -> usize {
        let (toks, sent, k) = (s.toks, s.sent, cue.tok);
        let mut scan_from = k + 1;
        // تحدثنا إليها سريعًا، ودعا الشبابَ: right after its verb an accusative word (fathatan,
        // or a fatha on its last letter) is an adverb or the object, never the subject (which
        // is nominative).
        // قال أمس لصحيفة «واشنطن بوست»: the paper told is no subject either, nor the verb's
        // complement (وطالب بفتح قنوات) or an accusative written bare (وقال باكيا).
        let known = |w: &str| self.is_known_name_word(w);
        let accusative = toks.get(subject_at).is_some_and(|t| {
            is_told_to_press(&t.norm)
                || self.text().get(t.start..t.end).is_some_and(|w| {
                    (t.tanween && w.contains('\u{064B}')) || w.ends_with('\u{064E}')
                })
                || is_bare_accusative(&t.norm, known)
                || s.cue_of
                    .get(k)
                    .and_then(Option::as_ref)
                    .is_some_and(|(stem, _)| {
                        is_prepositional_complement(toks, (stem, subject_at), known)
                    })
        });
        let svo = if cue.after {
            None
        } else {
            svo_subject(toks, s.spans, sent, k)
        };
        // وأكد سموه، وقال معاليه: an honorific pronoun refers to the subject before.
        let honorific = toks
            .get(subject_at)
            .is_some_and(|t| super::word_classes::is_honorific_pronoun(&t.norm));
        if honorific {
            cue.speaker = self.carried_person(agreement);
            scan_from = subject_at + 1;
        } else if let Some(np) = svo {
            cue.speaker = Some(self.resolve(toks, &np, Attribution::Named));
            cue.np = Some(np.start..np.end);
        } else if let Some((np, attribution)) =
            self.subject_after_verb(s, (cue.tok, cue.after), subject_at, accusative)
        {
            cue.speaker = Some(self.resolve(toks, &np, attribution));
            cue.np = Some(np.start..np.end);
            scan_from = np.end;
        } else if !cue.after {
            let carried = self.carried_for(agreement);
            // وقال المصمم: a bare description of someone named before is that person.
            let bare = definite_subject(toks, s.spans, k, subject_at, sent.end)
                .filter(|np| !(accusative || (carried.is_some() && lone_description(toks, np))));
            if let Some(np) = bare {
                cue.speaker = Some(self.resolve(toks, &np, Attribution::Named));
                cue.np = Some(np.start..np.end);
                // … حيث أظهرت الإحصائيات أن: read inside a sentence, such a subject is this
                // verb's alone, not the one a later verb without a subject refers to.
                if k != sent.start {
                    cue.reach = Reach::Clause;
                }
                scan_from = np.end;
            } else if k != sent.start
                && let Some(main) = self.main_subject_for(agreement)
            {
                // أثار فلان الشكوك … وقال إن: a verb joined to the sentence's first one.
                cue.speaker = Some(main.carried());
            } else if k == sent.start
                && let Some(main) = self.prev_main_for(agreement)
            {
                // استعرض الباحث الفرنسي فلان النظام. وقال إنه …: the verb opening a sentence
                // refers to the subject of the one before, which reported nothing.
                cue.speaker = Some(main.carried());
            } else {
                cue.speaker = carried;
            }
        }
        scan_from
    }

    /// The subject after the verb, each reading tried in turn: a person's name in the words up
    /// to the statement, scripture after قال, a relative, the phrase at `subject_at`, an office no
    /// list holds and then the name. `cue_tok` is the verb; `after` when the statement came
    /// first (… كما يقول فلان);
    /// `accusative` when the word at `subject_at` is one (no subject starts there).
    fn subject_after_verb(
        &self,
        s: &Scope,
        (cue_tok, after): (usize, bool),
        subject_at: usize,
        accusative: bool,
    ) -> Option<(Np, Attribution)> {
        let (toks, spans, sent) = (s.toks, s.spans, s.sent);
        // وأشاد أمير منطقة عسير بالاهتمام: the subject of a verb that takes ب ends at its
        // complement, which is the statement.
        let end = s
            .cue_of
            .get(cue_tok)
            .and_then(Option::as_ref)
            .and_then(|(stem, _)| ba_complement_after(toks, stem, subject_at, sent.end))
            .unwrap_or(sent.end);
        // Readings that only a subject before its statement can have.
        let before_statement = |read: &dyn Fn() -> Option<Np>| (!after).then(read).flatten();
        // The phrase at `subject_at`, parsed once for the two readings that look at it.
        let parsed = std::cell::OnceCell::new();
        let phrase = || {
            parsed
                .get_or_init(|| parse_np(toks, subject_at, end))
                .clone()
        };
        // وأشاد الضاهر بالدور: a name the article gave, alone before the complement.
        let known_before_complement = || {
            let words = toks.get(subject_at..end).unwrap_or_default();
            (end < sent.end
                && !words.is_empty()
                && words
                    .iter()
                    .all(|t| t.is_word() && self.is_known_name_word(&t.norm)))
            .then_some(Np {
                start: subject_at,
                end,
                name: subject_at..end,
                role: None,
                title_only: false,
            })
        };
        before_statement(&known_before_complement)
            .or_else(|| before_statement(&|| self.named_subject(toks, spans, subject_at, end)))
            // قال الله تعالى: scripture quoted; after دعا or شكر, God is the one addressed.
            .or_else(|| {
                phrase().filter(|np| says(s, cue_tok) && sacred_speaker(toks, np).is_some())
            })
            .or_else(|| before_statement(&|| kin_subject(toks, subject_at, end)))
            .map(|np| (np, Attribution::Named))
            .or_else(|| {
                after
                    .then(|| quoted_name_last(toks, spans, subject_at, end))
                    .flatten()
                    .map(|np| (np, Attribution::NamedAfter))
            })
            .or_else(|| {
                let attribution = if after {
                    Attribution::NamedAfter
                } else {
                    Attribution::Named
                };
                phrase()
                    .filter(|np| !accusative && is_subject(toks, np))
                    .map(|np| (extend_name(toks, np, end), attribution))
            })
            // أبدى الحكم السعودي مرعي العواجي عدم اكتراثه: an office no list holds, then the
            // name.
            .or_else(|| {
                before_statement(&|| person_after_verb(toks, subject_at, end))
                    .map(|np| (np, Attribution::Named))
            })
    }
}

/// Finds where the statement of a cue starts, scanning from `scan_from`: a quotation, a
/// colon, a complementizer, or else the words right after the speaker.
#[allow(clippy::unnecessary_wraps)]
pub(super) fn statement_start(s: &Scope, mut cue: Cue, scan_from: usize) -> Option<Cue> {
    let (toks, cue_of, spans, sent) = (s.toks, s.cue_of, s.spans, s.sent);
    // An apposition after the name (فلان، عضو جمعية …، لـ«…»، إن) puts the statement further.
    let reach = if toks.get(scan_from).is_some_and(Tok::is_comma) {
        24
    } else {
        16
    };
    // … طالبا عدم كشف اسمه، إن: the name kept back is no report of its own.
    let mut withheld_until = 0;
    for m in scan_from..sent.end.min(scan_from + reach) {
        let Some(t) = toks.get(m) else { break };
        if let Some(w) = name_withheld_at(toks, m) {
            withheld_until = w;
        }
        if m <= withheld_until {
            continue;
        }
        // … ، لـ«الشرق الأوسط»، إن: the one told, in quote marks, is not the statement.
        let told = m
            .checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|p| matches!(p.norm.as_str(), "ل" | "لـ") || is_told_to_press(&p.norm));
        if !told && opening_at(spans, m).is_some() {
            cue.comp = Some(m);
            break;
        }
        if t.is_punct(':') {
            cue.colon = true;
            cue.comp = Some(m + 1);
            break;
        }
        if t.is_word() && is_complementizer(&t.norm) {
            cue.comp = Some(m);
            break;
        }
        // وأكد المصدر وفقا لموقع …، أن: a source phrase before the statement is passed over.
        let source = cue_of
            .get(m)
            .is_some_and(|c| c.as_ref().is_some_and(|(_, f)| *f == CueForm::Source));
        if (cue_of.get(m).is_some_and(Option::is_some) && !source) || t.is_sentence_end() {
            break;
        }
        // …، وطالبت بتسجيل الكاميرات، وأفادوني بأنه …: a clause joined after a comma is
        // another's; its complementizer is not this verb's.
        let joined_clause = t.is_comma()
            && m > scan_from
            && toks.get(m + 1).is_some_and(|n| {
                n.is_word()
                    && n.norm.starts_with('و')
                    && !strip_article(&n.norm).1
                    && !super::person::is_given_name(&n.norm)
                    && !is_title(&n.norm)
                    && !is_complementizer(&n.norm)
            });
        if joined_clause {
            break;
        }
    }
    if cue.comp.is_none() && scan_from < sent.end {
        let start = super::cue_words::after_apposition(
            toks,
            after_occasion(toks, scan_from, sent.end),
            sent.end,
        );
        // كشف ذلك فلان، وقال: …: what follows the speaker is the next report, not a statement
        // of this one (its words came before, as "that").
        let next_report = toks.get(start).is_some_and(Tok::is_comma)
            && cue_of.get(start + 1).is_some_and(Option::is_some);
        if !next_report {
            cue.comp = Some(start);
        }
    }
    Some(cue)
}

/// True when the cue at `k` is a form of قال, the verb scripture is quoted with.
fn says(s: &Scope, k: usize) -> bool {
    s.cue_of
        .get(k)
        .and_then(Option::as_ref)
        .is_some_and(|(stem, _)| matches!(stem.as_str(), "قال" | "يقول" | "قول"))
}
