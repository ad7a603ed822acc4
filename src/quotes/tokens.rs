//! Tokens of one block of article text: words, punctuation and quote marks, each with its byte
//! range into [`crate::corpus::Article::text`].

use super::lexicon::light_norm;
use crate::arabic::is_arabic_mark;

/// The family of a quote mark: marks pair only within their family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MarkFamily {
    /// « » (and ‹ ›), used in either direction.
    Guillemet,
    /// “ ” „ ‟ and ASCII ", used in either direction.
    Double,
    /// ‘ ’ ‚ ‛.
    Single,
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// A run of letters, digits and marks.
    Word,
    /// A quote mark of some family.
    Mark(MarkFamily),
    /// Any other non-space character.
    Punct(char),
}

/// One token.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    /// Byte offset of the first byte, into the article text.
    pub start: usize,
    /// Byte offset just past the token.
    pub end: usize,
    /// What it is.
    pub kind: TokKind,
    /// The word after [`light_norm`]; empty for punctuation.
    pub norm: String,
    /// A ب or ل prefix on a word that starts with إ (بإبرام، لإجراء): a verbal noun, which
    /// [`light_norm`] would make look like a name (بايدن).
    pub prefixed_ifal: bool,
    /// Written with tanween (تفاؤلاً، جديدٌ): an indefinite common noun or adjective, which a
    /// name never is.
    pub tanween: bool,
}

impl Tok {
    /// True for a word token.
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    /// True for this punctuation character.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct(c)
    }

    /// True for a comma (Arabic or Latin).
    pub fn is_comma(&self) -> bool {
        matches!(self.kind, TokKind::Punct('،' | ','))
    }

    /// True for punctuation that ends a sentence.
    pub fn is_sentence_end(&self) -> bool {
        matches!(self.kind, TokKind::Punct(c) if crate::arabic::is_sentence_end(c) || c == '؛' || c == ';')
    }
}

fn mark_family(c: char) -> Option<MarkFamily> {
    match c {
        '«' | '»' | '‹' | '›' => Some(MarkFamily::Guillemet),
        '“' | '”' | '„' | '‟' | '"' | '″' => Some(MarkFamily::Double),
        '‘' | '’' | '‚' | '‛' => Some(MarkFamily::Single),
        _ => None,
    }
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_' || c == '%';
    }
    // The Arabic block, checked first: it is most of the text, and the general Unicode
    // look-up is slow for it. Its punctuation (، ؛ ؟ ٪ ٫ ٬ ۔ ۞) is not part of words.
    if ('\u{0600}'..='\u{06FF}').contains(&c) {
        return !matches!(
            c,
            '\u{0600}'..='\u{060F}'
                | '\u{061B}'..='\u{061F}'
                | '\u{066A}'..='\u{066D}'
                | '\u{06D4}'
                | '\u{06DD}'
                | '\u{06DE}'
                | '\u{06E9}'
        );
    }
    c.is_alphanumeric() || is_arabic_mark(c) || c == '\u{200C}'
}

/// Splits `text` (which starts at byte `base` of the article) into tokens.
/// The punctuation a full stop after a one-letter abbreviation (د.، م.) is read as: a dot
/// that ends no sentence.
pub(crate) const ABBREVIATION_DOT: char = '\u{2024}';

pub(crate) fn tokenize(text: &str, base: usize) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 5);
    let mut word_start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if word_start.is_none() {
                word_start = Some(i);
            }
            continue;
        }
        if let Some(s) = word_start.take() {
            push_word(&mut toks, text, s, i, base);
        }
        if c.is_whitespace() {
            continue;
        }
        // د. محمد، أ.د. خالد: the full stop of a one-letter abbreviation ends no sentence.
        let abbreviation = c == '.'
            && toks.last().is_some_and(|p: &Tok| {
                p.is_word() && p.end == base + i && p.norm.chars().count() == 1
            });
        // 12.6 في المائة: a decimal point ends no sentence either.
        let decimal = c == '.'
            && toks.last().is_some_and(|p: &Tok| {
                p.is_word()
                    && p.end == base + i
                    && p.norm.chars().last().is_some_and(char::is_numeric)
            })
            && text
                .get(i + 1..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_numeric);
        // The token keeps the written character's bytes: the dot read as another is still one
        // byte of the text.
        let written = c.len_utf8();
        let c = if abbreviation || decimal {
            ABBREVIATION_DOT
        } else {
            c
        };
        let kind = mark_family(c).map_or(TokKind::Punct(c), TokKind::Mark);
        toks.push(Tok {
            start: base + i,
            end: base + i + written,
            kind,
            norm: String::new(),
            prefixed_ifal: false,
            tanween: false,
        });
    }
    if let Some(s) = word_start {
        push_word(&mut toks, text, s, text.len(), base);
    }
    mark_dotted_acronyms(&mut toks);
    mark_name_particles(&mut toks, text, base);
    toks
}

/// The Dutch particle of a name (يوهانس فان در كلاوو، لويس فان غال) is written like فإن
/// ("for indeed"). Before در / دير / دن, or between a foreign given name, an office or a
/// nationality and a bare word, it is the particle, and it is read as ڤان so that it ends no
/// name.
fn mark_name_particles(toks: &mut [Tok], text: &str, base: usize) {
    for i in 0..toks.len() {
        // Written فان, without the hamza فإن and فأن have.
        let written = toks
            .get(i)
            .and_then(|t| text.get(t.start - base..t.end - base));
        if written != Some("فان") {
            continue;
        }
        let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.norm.as_str());
        let next = word(i + 1).unwrap_or_default();
        let before_particle = super::person::is_name_infix(next);
        let prev = i.checked_sub(1).and_then(word).unwrap_or_default();
        let (prev_body, prev_definite) = super::lexicon::strip_article(prev);
        let after_name = super::person::is_foreign_given_name(prev)
            || super::lexicon::is_title(prev)
            || (prev_definite && prev_body.ends_with('ي'));
        let bare_next = !next.is_empty()
            && !next.starts_with("ال")
            && !super::lexicon::is_name_stop(next)
            && super::cue_lexicon::cue_stem(next).is_none();
        if (before_particle || (after_name && bare_next))
            && let Some(t) = toks.get_mut(i)
        {
            super::person::VAN.clone_into(&mut t.norm);
        }
    }
}

/// سي. أي. آيه، إف. بي. آي: the full stops inside a run of short words each closed by one
/// are an acronym's, not sentence ends.
fn mark_dotted_acronyms(toks: &mut [Tok]) {
    let short = |t: &Tok| t.is_word() && t.norm.chars().count() <= 3;
    let dot = |t: &Tok| t.is_punct('.') || t.is_punct(ABBREVIATION_DOT);
    let mut i = 0;
    while i + 3 < toks.len() {
        let run = toks.get(i..i + 4).is_some_and(|w| match w {
            [a, b, c, _] => short(a) && dot(b) && short(c),
            _ => false,
        }) && toks
            .get(i + 3)
            .is_some_and(|d| dot(d) || d.is_punct(')') || d.is_punct('»'));
        if run {
            for t in toks.iter_mut().skip(i + 1).take(3) {
                if t.is_punct('.') {
                    t.kind = TokKind::Punct(ABBREVIATION_DOT);
                }
            }
            i += 2;
        } else {
            i += 1;
        }
    }
}

fn push_word(toks: &mut Vec<Tok>, text: &str, start: usize, end: usize, base: usize) {
    let word = text.get(start..end).unwrap_or_default();
    let mut chars = word.chars().filter(|c| *c != '\u{0640}');
    let prefixed_ifal = matches!(chars.next(), Some('ب' | 'ل')) && chars.next() == Some('إ');
    toks.push(Tok {
        start: base + start,
        end: base + end,
        kind: TokKind::Word,
        norm: light_norm(word),
        prefixed_ifal,
        tanween: word.contains(['\u{064B}', '\u{064C}', '\u{064D}']),
    });
}

/// True when nothing (no space) separates token `a` from the token right after it.
pub(crate) fn adjacent(a: &Tok, b: &Tok) -> bool {
    a.end == b.start
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_marks_and_punctuation_split_with_offsets() {
        let text = "قال: «نعم»، بـ”العلاقة”.";
        let toks = tokenize(text, 10);
        let kinds: Vec<_> = toks.iter().map(|t| t.kind).collect();
        assert_eq!(kinds.len(), 11);
        assert_eq!(toks[0].norm, "قال");
        assert_eq!(toks[0].start, 10);
        assert_eq!(kinds[2], TokKind::Mark(MarkFamily::Guillemet));
        assert_eq!(toks[6].norm, "بـ".replace('\u{0640}', ""));
        assert_eq!(kinds[7], TokKind::Mark(MarkFamily::Double));
        assert!(adjacent(&toks[6], &toks[7]));
    }
}
