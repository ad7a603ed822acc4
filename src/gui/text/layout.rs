//! Bidirectional paragraph layout, free of any painting: line breaking at UAX #14 opportunities
//! in logical order, then each line reordered into visual pieces with the Unicode bidi algorithm.
//!
//! Every piece is shaped on its own by the font engine (which joins Arabic letters and draws a
//! right-to-left run's letters right to left), so a piece is either one run of Arabic letters,
//! one run of left-to-right letters and digits, or one other character. Pieces of a
//! right-to-left run are placed in reverse order, with mirrored brackets and guillemets.

use std::ops::Range;

use unicode_bidi::{Level, ParagraphBidiInfo};
use unicode_linebreak::{BreakOpportunity, linebreaks};

use crate::arabic::{is_arabic_letter, is_arabic_mark};

/// Zero width joiner: keeps letters joined across a cut made by a highlight.
const ZWJ: char = '\u{200D}';

/// Bit set of highlight kinds active on a piece (what they look like is the painter's choice).
pub type StyleMask = u8;

/// A highlighted byte range of the paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Highlight {
    /// Byte range into the paragraph text.
    pub range: Range<usize>,
    /// The highlight's bit in [`StyleMask`].
    pub style: StyleMask,
}

/// One shaped unit of a line, in visual position.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// What to shape: the logical text, mirrored in right-to-left runs, with joiners at cuts.
    pub display: String,
    /// The bytes of the paragraph this piece shows.
    pub logical: Range<usize>,
    /// True when the piece lies in a right-to-left run.
    pub rtl: bool,
    /// Highlights over the whole piece.
    pub style: StyleMask,
    /// Left edge, from the line's left edge.
    pub x: f32,
    /// Advance width.
    pub width: f32,
}

/// One visual line.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The bytes of the paragraph on this line, trailing spaces included.
    pub logical: Range<usize>,
    /// Pieces from left to right.
    pub pieces: Vec<Piece>,
    /// Width of the pieces together.
    pub width: f32,
}

/// A laid-out paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct ParagraphLayout {
    /// Lines from top to bottom.
    pub lines: Vec<Line>,
    /// True when the paragraph's base direction is right to left (lines align right).
    pub rtl: bool,
}

/// The base direction of a paragraph, as HTML's `dir` attribute gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Dir {
    /// Right to left (`dir="rtl"`): the text of an Arabic article.
    Rtl,
    /// Left to right (`dir="ltr"`).
    Ltr,
    /// The first strong character decides (`dir="auto"`); right to left when there is none.
    #[default]
    Auto,
}

impl Dir {
    /// Is a paragraph with this direction laid out right to left?
    pub fn is_rtl(self, text: &str) -> bool {
        match self {
            Self::Rtl => true,
            Self::Ltr => false,
            Self::Auto => base_is_rtl(text, true),
        }
    }
}

/// Is this the base direction of the text right to left? The first strong character decides;
/// text without one (digits, punctuation) follows `default_rtl`.
pub fn base_is_rtl(text: &str, default_rtl: bool) -> bool {
    let info = ParagraphBidiInfo::new(text, None);
    if text.chars().any(char::is_alphabetic) {
        info.paragraph_level.is_rtl()
    } else {
        default_rtl
    }
}

/// Lays out one paragraph (no `\n` inside) for `max_width`, measuring pieces with `measure`.
pub fn layout_paragraph(
    text: &str,
    highlights: &[Highlight],
    max_width: f32,
    dir: Dir,
    measure: &mut dyn FnMut(&str) -> f32,
) -> ParagraphLayout {
    let rtl = dir.is_rtl(text);
    let level = if rtl { Level::rtl() } else { Level::ltr() };
    let bidi = ParagraphBidiInfo::new(text, Some(level));
    let lines = break_lines(text, max_width, measure)
        .into_iter()
        .map(|range| build_line(text, &bidi, range, highlights, measure))
        .collect();
    ParagraphLayout { lines, rtl }
}

/// Greedy line breaking in logical order. Returns byte ranges of lines; a line may end in spaces.
fn break_lines(
    text: &str,
    max_width: f32,
    measure: &mut dyn FnMut(&str) -> f32,
) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut line_start = 0;
    let mut width = 0.0_f32; // of the line so far, trailing spaces included
    let mut seg_start = 0;
    for (at, kind) in break_opportunities(text) {
        let Some(segment) = text.get(seg_start..at) else {
            continue;
        };
        let seg_width: f32 = tokens(segment).map(&mut *measure).sum();
        let seg_visible: f32 = tokens(segment.trim_end()).map(&mut *measure).sum();
        if width + seg_visible > max_width && seg_start > line_start {
            lines.push(line_start..seg_start);
            line_start = seg_start;
            width = 0.0;
        }
        width += seg_width;
        seg_start = at;
        if kind == BreakOpportunity::Mandatory && at < text.len() {
            lines.push(line_start..at);
            line_start = at;
            width = 0.0;
        }
    }
    if line_start < text.len() || lines.is_empty() {
        lines.push(line_start..text.len());
    }
    lines
}

/// Line break opportunities: UAX #14, tailored as browsers do for Arabic text. A space before
/// an Arabic comma or semicolon may end a line ("المدينة ، ولوحات" breaks before "،"), and a
/// slash inside a word (a link) does not.
fn break_opportunities(text: &str) -> impl Iterator<Item = (usize, BreakOpportunity)> + '_ {
    let extra = text.char_indices().filter_map(move |(i, c)| {
        let after_space = text
            .get(..i)
            .and_then(|b| b.chars().next_back())
            .is_some_and(char::is_whitespace);
        (after_space && matches!(c, '\u{060C}' | '\u{061B}'))
            .then_some((i, BreakOpportunity::Allowed))
    });
    let mut all: Vec<(usize, BreakOpportunity)> = linebreaks(text)
        .filter(|&(at, _)| {
            let before = text.get(..at).and_then(|b| b.chars().next_back());
            let after = text.get(at..).and_then(|a| a.chars().next());
            !(before == Some('/') && after.is_some_and(char::is_alphanumeric))
        })
        .chain(extra)
        .collect();
    all.sort_by_key(|&(at, _)| at);
    all.dedup_by_key(|&mut (at, _)| at);
    all.into_iter()
}

/// Splits text into shaping tokens: runs of Arabic letters (with marks and joiners), runs of
/// other letters and digits, and single other characters.
fn tokens(text: &str) -> impl Iterator<Item = &str> {
    token_ranges(text).filter_map(move |r| text.get(r))
}

fn token_class(c: char) -> u8 {
    if is_arabic_letter(c) || is_arabic_mark(c) || matches!(c, '\u{0640}' | ZWJ | '\u{200C}') {
        1
    } else if c.is_alphanumeric() {
        2
    } else {
        0
    }
}

fn token_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, c) = chars.next()?;
        let class = token_class(c);
        let mut end = start + c.len_utf8();
        if class != 0 {
            while let Some(&(i, n)) = chars.peek() {
                if token_class(n) != class {
                    break;
                }
                end = i + n.len_utf8();
                chars.next();
            }
        }
        Some(start..end)
    })
}

/// Reorders one line into pieces and places them from the left.
fn build_line(
    text: &str,
    bidi: &ParagraphBidiInfo<'_>,
    range: Range<usize>,
    highlights: &[Highlight],
    measure: &mut dyn FnMut(&str) -> f32,
) -> Line {
    // Trailing spaces hang past the line's end, as in a browser.
    let visible_end = range.start + text.get(range.clone()).map_or(0, |s| s.trim_end().len());
    let mut pieces = Vec::new();
    if visible_end > range.start {
        let (levels, runs) = bidi.visual_runs(range.start..visible_end);
        for run in runs {
            let run_rtl = levels.get(run.start).is_some_and(Level::is_rtl);
            let mut run_pieces: Vec<Piece> = Vec::new();
            for tok in token_ranges(text.get(run.clone()).unwrap_or_default()) {
                let tok = tok.start + run.start..tok.end + run.start;
                for part in split_at_highlights(tok, highlights) {
                    run_pieces.push(make_piece(text, part, run_rtl, highlights));
                }
            }
            if run_rtl {
                run_pieces.reverse();
            }
            pieces.extend(run_pieces);
        }
    }
    let mut x = 0.0;
    for p in &mut pieces {
        p.width = measure(&p.display);
        p.x = x;
        x += p.width;
    }
    Line {
        logical: range,
        pieces,
        width: x,
    }
}

/// Cuts a token where a highlight starts or ends inside it.
fn split_at_highlights(tok: Range<usize>, highlights: &[Highlight]) -> Vec<Range<usize>> {
    let mut cuts: Vec<usize> = highlights
        .iter()
        .flat_map(|h| [h.range.start, h.range.end])
        .filter(|&c| c > tok.start && c < tok.end)
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut parts = Vec::with_capacity(cuts.len() + 1);
    let mut start = tok.start;
    for c in cuts {
        parts.push(start..c);
        start = c;
    }
    parts.push(start..tok.end);
    parts
}

fn make_piece(text: &str, logical: Range<usize>, rtl: bool, highlights: &[Highlight]) -> Piece {
    let s = text.get(logical.clone()).unwrap_or_default();
    let mut display = String::with_capacity(s.len() + 6);
    let before = text
        .get(..logical.start)
        .and_then(|b| b.chars().rev().find(|c| !is_arabic_mark(*c)));
    let first = s.chars().next();
    if before.is_some_and(joins_forward) && first.is_some_and(is_arabic_letter) {
        display.push(ZWJ);
    }
    if s.chars().all(is_bidi_control) {
        // Isolates and marks steer the order; they have no glyph.
    } else if rtl && s.chars().count() == 1 {
        let c = first.unwrap_or(' ');
        display.push(unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c));
    } else {
        display.push_str(s);
    }
    let last = s.chars().rev().find(|c| !is_arabic_mark(*c));
    let after = text.get(logical.end..).and_then(|a| a.chars().next());
    if last.is_some_and(joins_forward) && after.is_some_and(is_arabic_letter) {
        display.push(ZWJ);
    }
    let style = highlights
        .iter()
        .filter(|h| {
            h.range.start <= logical.start
                && logical.end <= h.range.end
                && h.range.start < h.range.end
        })
        .fold(0, |m, h| m | h.style);
    Piece {
        display,
        logical,
        rtl,
        style,
        x: 0.0,
        width: 0.0,
    }
}

/// Bidi formatting characters (marks, embeddings, isolates): they order text but are not drawn.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// True for Arabic letters that connect to the letter after them (dual-joining letters).
fn joins_forward(c: char) -> bool {
    is_arabic_letter(c)
        && !matches!(
            c,
            'ا' | 'أ'
                | 'إ'
                | 'آ'
                | 'ٱ'
                | 'د'
                | 'ذ'
                | 'ر'
                | 'ز'
                | 'و'
                | 'ؤ'
                | 'ة'
                | 'ء'
                | 'ژ'
                | 'ڈ'
                | 'ڑ'
                | 'ۀ'
                | 'ە'
        )
}

impl ParagraphLayout {
    /// The byte offset of `text` nearest to `x` on line `line` (x from the line's left edge).
    pub fn offset_at(&self, text: &str, line: usize, x: f32) -> usize {
        let Some(l) = self.lines.get(line) else {
            return 0;
        };
        let visible_end = l
            .pieces
            .iter()
            .map(|p| p.logical.end)
            .max()
            .unwrap_or(l.logical.start);
        let (left_end, right_end) = if self.rtl {
            (visible_end, l.logical.start)
        } else {
            (l.logical.start, visible_end)
        };
        if x <= 0.0 {
            return left_end;
        }
        let Some(p) = l.pieces.iter().find(|p| x < p.x + p.width) else {
            return right_end;
        };
        let stops: Vec<usize> = text
            .get(p.logical.clone())
            .unwrap_or_default()
            .char_indices()
            .map(|(i, _)| p.logical.start + i)
            .chain(std::iter::once(p.logical.end))
            .collect();
        let frac = if p.width > 0.0 {
            ((x - p.x) / p.width).clamp(0.0, 1.0)
        } else {
            0.0
        };
        let frac = if p.rtl { 1.0 - frac } else { frac };
        let idx = (frac * (stops.len() - 1) as f32).round() as usize;
        stops.get(idx).copied().unwrap_or(p.logical.end)
    }

    /// The line holding byte `offset` of `text`, and the x of a caret there.
    pub fn caret_x(&self, text: &str, offset: usize) -> (usize, f32) {
        for (i, l) in self.lines.iter().enumerate() {
            if offset >= l.logical.end && i + 1 < self.lines.len() {
                continue;
            }
            for p in &l.pieces {
                if p.logical.start <= offset && offset <= p.logical.end && !p.logical.is_empty() {
                    let piece = text.get(p.logical.clone()).unwrap_or_default();
                    let before = text
                        .get(p.logical.start..offset)
                        .map_or(0, |b| b.chars().count());
                    let frac = before as f32 / piece.chars().count().max(1) as f32;
                    let frac = if p.rtl { 1.0 - frac } else { frac };
                    return (i, p.x + frac * p.width);
                }
            }
            // Past the visible text (trailing space, empty line): the line's end.
            return (i, if self.rtl { 0.0 } else { l.width });
        }
        (0, 0.0)
    }
}
