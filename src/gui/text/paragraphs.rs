//! Text of several paragraphs (a note, a memo) laid out in a box: each paragraph, separated by a
//! line break, is laid out by the paragraph layout with its own base direction, as a browser does
//! with `dir="auto"` on each paragraph, and stacked under the one before. The visual lines of all
//! paragraphs are numbered from the top, and carets and pointer positions map between byte
//! offsets of the whole text and (visual line, x from the box's left edge).

use std::ops::Range;
use std::sync::Arc;

use egui::{Pos2, Rect, Vec2};

use super::{Dir, Highlight, ParagraphLayout, base_is_rtl};

/// One paragraph of the text and its layout.
#[derive(Debug, Clone)]
pub struct Paragraph {
    /// Bytes of the whole text this paragraph holds (its line break not included).
    pub range: Range<usize>,
    /// Its layout, with offsets relative to `range.start`.
    pub layout: Arc<ParagraphLayout>,
    /// The number of visual lines above it.
    pub first_line: usize,
}

/// A text of paragraphs laid out in a box of `width`.
#[derive(Debug, Clone)]
pub struct TextLayout {
    /// The paragraphs from top to bottom.
    pub paragraphs: Vec<Paragraph>,
    /// The wrap width, also the box's width (lines of right-to-left paragraphs end at its
    /// right edge).
    pub width: f32,
    /// Height of one visual line.
    pub line_height: f32,
}

/// Lays out one paragraph: its text, the highlights on it and the base direction to use.
pub type LayParagraph<'a> = dyn FnMut(&str, &[Highlight], Dir) -> Arc<ParagraphLayout> + 'a;

impl TextLayout {
    /// Lays out `text` for `width`. `dir` is the base direction of every paragraph, or `Auto`:
    /// then each paragraph's first strong character decides, and a paragraph without one (an
    /// empty line) takes the direction of the paragraph before it.
    pub fn new(
        text: &str,
        highlights: &[Highlight],
        (dir, width, line_height): (Dir, f32, f32),
        lay: &mut LayParagraph<'_>,
    ) -> Self {
        let mut paragraphs = Vec::new();
        let mut start = 0;
        let mut lines = 0;
        let mut previous_rtl = true;
        for part in text.split('\n') {
            let range = start..start + part.len();
            let own: Vec<Highlight> = highlights
                .iter()
                .filter(|h| h.range.start < range.end && range.start < h.range.end)
                .map(|h| Highlight {
                    range: h.range.start.max(range.start) - range.start
                        ..h.range.end.min(range.end) - range.start,
                    style: h.style,
                })
                .collect();
            let para_dir = match dir {
                Dir::Auto if !part.chars().any(char::is_alphabetic) => {
                    if previous_rtl {
                        Dir::Rtl
                    } else {
                        Dir::Ltr
                    }
                }
                Dir::Auto => {
                    if base_is_rtl(part, previous_rtl) {
                        Dir::Rtl
                    } else {
                        Dir::Ltr
                    }
                }
                fixed => fixed,
            };
            let layout = lay(part, &own, para_dir);
            previous_rtl = layout.rtl;
            let count = layout.lines.len().max(1);
            paragraphs.push(Paragraph {
                range,
                layout,
                first_line: lines,
            });
            lines += count;
            start += part.len() + 1;
        }
        Self {
            paragraphs,
            width,
            line_height,
        }
    }

    /// The number of visual lines.
    pub fn line_count(&self) -> usize {
        self.paragraphs
            .last()
            .map_or(0, |p| p.first_line + p.layout.lines.len().max(1))
    }

    /// Height of all lines.
    pub fn height(&self) -> f32 {
        self.line_count() as f32 * self.line_height
    }

    /// The paragraph holding visual line `line`, and the line's index inside it.
    pub fn paragraph_of_line(&self, line: usize) -> Option<(&Paragraph, usize)> {
        let i = self
            .paragraphs
            .partition_point(|p| p.first_line <= line)
            .checked_sub(1)?;
        let p = self.paragraphs.get(i)?;
        let local = line - p.first_line;
        (local < p.layout.lines.len().max(1)).then_some((p, local))
    }

    /// The paragraph holding byte `offset` (an offset on a line break ends the paragraph before).
    pub fn paragraph_at(&self, offset: usize) -> Option<&Paragraph> {
        self.paragraphs
            .iter()
            .find(|p| offset <= p.range.end)
            .or(self.paragraphs.last())
    }

    /// Is the paragraph holding `offset` right to left?
    pub fn rtl_at(&self, offset: usize) -> bool {
        self.paragraph_at(offset).is_none_or(|p| p.layout.rtl)
    }

    /// Left edge of visual line `line`, from the box's left edge.
    pub fn line_left(&self, line: usize) -> f32 {
        let Some((p, local)) = self.paragraph_of_line(line) else {
            return 0.0;
        };
        let w = p.layout.lines.get(local).map_or(0.0, |l| l.width);
        if p.layout.rtl { self.width - w } else { 0.0 }
    }

    /// The visual line of a caret at byte `offset` of `text`, and its x from the box's left edge.
    pub fn caret(&self, text: &str, offset: usize) -> (usize, f32) {
        let Some(p) = self.paragraph_at(offset) else {
            return (0, 0.0);
        };
        let local = offset.clamp(p.range.start, p.range.end) - p.range.start;
        let para = text.get(p.range.clone()).unwrap_or_default();
        let (line, x) = p.layout.caret_x(para, local);
        let line = p.first_line + line;
        (line, self.line_left(line) + x)
    }

    /// The byte offset of `text` nearest to `x` (from the box's left edge) on visual line `line`.
    pub fn offset_at(&self, text: &str, line: usize, x: f32) -> usize {
        let Some((p, local)) = self.paragraph_of_line(line) else {
            return text.len();
        };
        let para = text.get(p.range.clone()).unwrap_or_default();
        p.range.start + p.layout.offset_at(para, local, x - self.line_left(line))
    }

    /// The byte offset under a point given from the box's top left corner.
    pub fn offset_at_point(&self, text: &str, at: Vec2) -> usize {
        let line = ((at.y / self.line_height).floor().max(0.0) as usize)
            .min(self.line_count().saturating_sub(1));
        self.offset_at(text, line, at.x)
    }

    /// The offset a line up (`down` false) or down from a caret at `offset` keeping `x`; `None`
    /// from the first line up or the last line down.
    pub fn vertical(&self, text: &str, offset: usize, x: f32, down: bool) -> Option<usize> {
        let (line, _) = self.caret(text, offset);
        let to = if down {
            Some(line + 1).filter(|&l| l < self.line_count())
        } else {
            line.checked_sub(1)
        }?;
        Some(self.offset_at(text, to, x))
    }

    /// The logical start and end of the visual line holding `offset` (Home and End): the end
    /// stops before the spaces a wrapped line ends in, so that the caret stays on that line.
    pub fn line_bounds(&self, text: &str, offset: usize) -> Range<usize> {
        let (line, _) = self.caret(text, offset);
        let Some((p, local)) = self.paragraph_of_line(line) else {
            return offset..offset;
        };
        let Some(l) = p.layout.lines.get(local) else {
            return p.range.clone();
        };
        let last = local + 1 == p.layout.lines.len();
        let end = if last {
            l.logical.end
        } else {
            let shown = text
                .get(p.range.start + l.logical.start..p.range.start + l.logical.end)
                .unwrap_or_default();
            l.logical.start + shown.trim_end().len()
        };
        p.range.start + l.logical.start..p.range.start + end
    }

    /// The caret's rectangle for byte `offset`, in a box whose top left corner is at `origin`.
    pub fn caret_rect(&self, text: &str, offset: usize, origin: Pos2) -> Rect {
        let (line, x) = self.caret(text, offset);
        let x = x.min(self.width - 1.5).max(0.0);
        let top = origin + Vec2::new(x, line as f32 * self.line_height);
        Rect::from_min_size(top, Vec2::new(1.5, self.line_height))
    }
}
