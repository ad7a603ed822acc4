//! Pairing quote marks into quoted spans, whichever way round a writer typed them.
//!
//! Arabic text uses “ ” « » " „ ‘ ’ with no fixed direction: a mark opens when it touches the
//! word after it and closes when it touches the word before it; when it touches both or neither,
//! the marks already open decide. A quote that is never closed ends where a new reporting cue
//! starts a new sentence or a new quotation, or at the end of the paragraph.

use super::tokens::{MarkFamily, Tok, TokKind, adjacent};

/// A quoted span inside one block, by token index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MarkSpan {
    /// Index of the opening mark.
    pub open: usize,
    /// Index of the closing mark, when there is one.
    pub close: Option<usize>,
    /// One past the last token of the content.
    pub end: usize,
}

impl MarkSpan {
    /// Index range of the content tokens.
    pub fn inner(&self) -> std::ops::Range<usize> {
        self.open + 1..self.end
    }

    /// One past the last token of the span, closing mark included.
    pub fn outer_end(&self) -> usize {
        self.close.map_or(self.end, |c| c + 1)
    }
}

/// The span that opens at token `m`, if one does (`spans` sorted by where they open).
pub(crate) fn opening_at(spans: &[MarkSpan], m: usize) -> Option<&MarkSpan> {
    spans
        .binary_search_by_key(&m, |s| s.open)
        .ok()
        .and_then(|i| spans.get(i))
}

/// The spans that open inside `range` (`spans` sorted by where they open).
pub(crate) fn opening_in(spans: &[MarkSpan], range: std::ops::Range<usize>) -> &[MarkSpan] {
    let from = spans.partition_point(|s| s.open < range.start);
    let to = spans.partition_point(|s| s.open < range.end);
    spans.get(from..to).unwrap_or_default()
}

fn family(t: &Tok) -> Option<MarkFamily> {
    match t.kind {
        TokKind::Mark(f) => Some(f),
        _ => None,
    }
}

/// The most tokens between two stray closing marks read as one pair.
const STRAY_PAIR_WORDS: usize = 12;

/// Finds the top-level quoted spans among `toks` (nested quotes stay inside their outer span).
/// `is_cue[i]` tells whether token `i` is a reporting cue.
pub(crate) fn find_spans(toks: &[Tok], is_cue: &[bool]) -> Vec<MarkSpan> {
    // Each open mark with its family and whether it touched neither neighbour (" واعي "): a
    // writer who spaces a mark on both sides tells nothing by spacing, and the next mark of the
    // family closes it.
    let mut stack: Vec<(usize, MarkFamily, bool)> = Vec::new();
    let mut spans: Vec<MarkSpan> = Vec::new();
    let mut stray: Option<(usize, MarkFamily)> = None;
    for (i, t) in toks.iter().enumerate() {
        let Some(fam) = family(t) else { continue };
        let prev = i.checked_sub(1).and_then(|p| toks.get(p));
        let next = toks.get(i + 1);
        let can_close = prev.is_some_and(|p| adjacent(p, t) && family(p).is_none());
        let can_open = next.is_some_and(|n| adjacent(t, n) && (n.is_word() || n.is_punct('(')));
        let open_at = stack.iter().rposition(|(_, f, _)| *f == fam);
        let loose = open_at.and_then(|p| stack.get(p)).is_some_and(|e| e.2);
        match open_at {
            Some(pos) if can_close || !can_open || loose => {
                // The lowest drained entry is this family's opener; any above it ran unclosed.
                for (k, (o, _, _)) in stack.drain(pos..).enumerate() {
                    spans.push(MarkSpan {
                        open: o,
                        close: (k == 0).then_some(i),
                        end: i,
                    });
                }
            }
            Some(pos) => {
                // Same family opened again before the first closed: the first one was never
                // closed and ends where the new quotation (or its reporting cue) begins.
                for (o, _, _) in stack.drain(pos..) {
                    let end = cut_before_cue(toks, is_cue, o, i);
                    spans.push(MarkSpan {
                        open: o,
                        close: None,
                        end,
                    });
                }
                stack.push((i, fam, false));
            }
            None if can_open || !can_close => stack.push((i, fam, !can_open && !can_close)),
            // يصل إلى» الشباب الطماع» …: two closing marks with nothing open, a few words
            // apart in one sentence, are a pair typed the wrong way round.
            None => match stray.take() {
                // (Not the reporter's words between two quotations: "…"، وأضاف: "…".)
                Some((o, f))
                    if f == fam
                        && i - o <= STRAY_PAIR_WORDS
                        && toks.get(o + 1).is_some_and(Tok::is_word)
                        && !toks.get(i - 1).is_some_and(|p| p.is_punct(':'))
                        && !toks[o + 1..i].iter().any(Tok::is_sentence_end) =>
                {
                    spans.push(MarkSpan {
                        open: o,
                        close: Some(i),
                        end: i,
                    });
                }
                _ => stray = Some((i, fam)),
            },
        }
    }
    for (o, _, _) in stack.drain(..) {
        spans.push(MarkSpan {
            open: o,
            close: None,
            end: toks.len(),
        });
    }
    for s in &mut spans {
        if s.close.is_none() {
            s.end = cut_at_new_cue(toks, is_cue, s.open, s.end);
        }
    }
    let lone = closed_after_colon(toks, &spans);
    spans.extend(lone);
    spans.extend(parenthesized_after_colon(toks));
    spans.retain(|s| s.end > s.open + 1);
    spans.sort_by_key(|s| s.open);
    let mut top: Vec<MarkSpan> = Vec::with_capacity(spans.len());
    for s in spans {
        if top.last().is_some_and(|t| s.open < t.outer_end()) {
            continue;
        }
        top.push(s);
    }
    top
}

/// The most tokens between a colon and the closing mark of a quotation whose opening mark the
/// writer left out.
const COLON_QUOTE_WORDS: usize = 80;

/// وقال لـ«عكاظ»: نعد برنامجا …»: a closing mark that no span uses, after a colon in the same
/// sentence with no other mark between, closes a quotation the colon opened (its opening mark
/// left out).
fn closed_after_colon(toks: &[Tok], spans: &[MarkSpan]) -> Vec<MarkSpan> {
    let used = |i: usize| spans.iter().any(|s| s.open == i || s.close == Some(i));
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let closes = family(t).is_some()
            && i.checked_sub(1)
                .and_then(|p| toks.get(p))
                .is_some_and(|p| adjacent(p, t) && p.is_word());
        if !closes || used(i) {
            continue;
        }
        let colon = (i.saturating_sub(COLON_QUOTE_WORDS)..i)
            .rev()
            .find_map(|m| {
                let c = toks.get(m)?;
                if c.is_punct(':') {
                    Some(Ok(m))
                } else if family(c).is_some() || c.is_sentence_end() {
                    Some(Err(()))
                } else {
                    None
                }
            });
        if let Some(Ok(m)) = colon
            && i > m + 2
        {
            out.push(MarkSpan {
                open: m,
                close: Some(i),
                end: i,
            });
        }
    }
    out
}

/// Words in parentheses right after a colon (قائلا: (أنا أخذت القناة)): many writers quote
/// so. The parenthesis must close, with no other inside it.
fn parenthesized_after_colon(toks: &[Tok]) -> Vec<MarkSpan> {
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let after_colon = i
            .checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|p| p.is_punct(':'));
        if !(t.is_punct('(') && after_colon) {
            continue;
        }
        let close = toks
            .iter()
            .enumerate()
            .skip(i + 1)
            .take(400)
            .find(|(_, t)| t.is_punct(')') || t.is_punct('('))
            .filter(|(_, c)| c.is_punct(')'));
        if let Some((j, _)) = close {
            out.push(MarkSpan {
                open: i,
                close: Some(j),
                end: j,
            });
        }
    }
    out
}

/// End of an unclosed quotation that a new opening mark at `new_open` interrupts: before the
/// reporting cue that introduces the new quotation (… للغاية. مضيفا “…), else before the mark.
fn cut_before_cue(toks: &[Tok], is_cue: &[bool], open: usize, new_open: usize) -> usize {
    let from = new_open.saturating_sub(4).max(open + 1);
    let mut end = (from..new_open)
        .find(|&k| is_cue.get(k).copied().unwrap_or(false))
        .unwrap_or(new_open);
    while end > open + 1
        && toks
            .get(end - 1)
            .is_some_and(|t| t.is_comma() || t.is_punct(':'))
    {
        end -= 1;
    }
    end
}

/// End of an unclosed quotation: the first sentence end inside it that a reporting cue follows
/// (… للغاية. مضيفا أن …), else `end`.
fn cut_at_new_cue(toks: &[Tok], is_cue: &[bool], open: usize, end: usize) -> usize {
    for k in open + 1..end {
        let ends = toks.get(k).is_some_and(Tok::is_sentence_end);
        if ends && is_cue.get(k + 1).copied().unwrap_or(false) {
            return k + 1;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::tokens::tokenize;

    fn spans(text: &str) -> Vec<String> {
        let toks = tokenize(text, 0);
        let is_cue: Vec<bool> = toks
            .iter()
            .map(|t| crate::quotes::lexicon::cue_stem(&t.norm).is_some())
            .collect();
        find_spans(&toks, &is_cue)
            .iter()
            .map(|s| {
                let a = toks[s.open + 1].start;
                let b = toks[s.end - 1].end;
                text[a..b].to_owned()
            })
            .collect()
    }

    #[test]
    fn marks_pair_in_either_direction() {
        assert_eq!(
            spans("قال “نعم” ثم «لا» و»ربما« و”كلا“"),
            ["نعم", "لا", "ربما", "كلا"]
        );
        assert_eq!(spans("صحيفة “The Hill“."), ["The Hill"]);
        assert_eq!(spans("دعم ” الشركاء ” اليوم"), ["الشركاء"]);
        assert_eq!(spans("بـ”العلاقة الودية” بين"), ["العلاقة الودية"]);
    }

    #[test]
    fn nested_quotes_stay_inside() {
        assert_eq!(
            spans("قال: «نرفض ما يسمى “صفقة القرن” كليا»."),
            ["نرفض ما يسمى “صفقة القرن” كليا"]
        );
    }

    #[test]
    fn unclosed_quote_ends_where_a_new_cue_starts() {
        assert_eq!(
            spans("قال إن “الأمر صعب جدا. مضيفا “أن الحل قريب”."),
            ["الأمر صعب جدا.", "أن الحل قريب"]
        );
        assert_eq!(
            spans("قال إن “الأمر صعب جدا. وأضاف أن الحل قريب."),
            ["الأمر صعب جدا."]
        );
        assert_eq!(spans("قال “الأمر صعب جدا"), ["الأمر صعب جدا"]);
    }
}
