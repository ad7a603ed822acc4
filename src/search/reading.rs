//! How the words of a query can stand in a sentence ("readings"), and where a reading is found
//! in a sentence's words.
//!
//! A query's words are matched by different words of the text, one each: a spelling variant
//! never covers two query words at once. Two neighbouring query words may also be written as one
//! word (بيونغ يانغ / بيونغيانغ, جين بينغ / جينبينغ) and one query word as two (فيسبوك / فيس بوك),
//! so a query has several readings, each a list of units that match one text word each. Units
//! glued to the one before them (the words of a quoted phrase, the two halves of a split word)
//! must follow it directly; the others may stand anywhere in the sentence, and how far apart
//! they stand decides whether the sentence shows the name or only its words scattered.

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use super::index::SearchIndex;
use super::matching::{MatchKind, WordMatches};

/// Most words between the units of a reading for a sentence to hold them together, as a name
/// or a phrase («بوتين والزعيم الكوري الشمالي كيم» holds بوتين … كيم); further apart, the
/// words are only scattered over the sentence.
pub(crate) const NEAR_WINDOW: usize = 3;

/// Most readings kept for one query (the plain reading is always first).
const MAX_READINGS: usize = 16;

/// Shortest part of a word split in two (فيس بوك); shorter parts are particles and clitics.
const MIN_SPLIT_PART: usize = 3;

/// Most placements a block is tried at in one sentence.
const MAX_PLACES: usize = 24;

/// What a unit stands for, so that readings share the corpus words matched for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Source {
    /// Query word `i`.
    Word(usize),
    /// Query words `i` and `i + 1` written as one word.
    Joined(usize),
    /// The first (`false`) or second (`true`) part of query word `i`, split after `at` bytes.
    Part(usize, usize, bool),
}

/// One text word a reading asks for.
#[derive(Debug, Clone)]
pub(crate) struct Unit {
    pub source: Source,
    /// Must be the word right after the previous unit's.
    pub glued: bool,
}

/// One way the query's words can be written in a text.
#[derive(Debug, Clone, Default)]
pub(crate) struct Reading {
    pub units: Vec<Unit>,
}

/// A query word with whether it must follow the previous one directly (inside quotes).
#[derive(Debug, Clone)]
pub(crate) struct QueryWord {
    pub text: String,
    pub glued: bool,
}

/// The readings of a query and the corpus words matching each of their units.
#[derive(Debug, Default)]
pub(crate) struct Compiled {
    pub readings: Vec<Reading>,
    pub matches: FxHashMap<Source, WordMatches>,
    /// For each corpus word some unit matches, the units it matches, one bit per source (see
    /// `bits`): a sentence's words are looked up once, not once per unit.
    word_units: FxHashMap<u32, u64>,
    /// The bit of each source in `word_units` (0 past the 64th source: looked up instead).
    bits: FxHashMap<Source, u64>,
}

/// A unit's matches and its bit in [`Compiled`]'s `word_units`.
type Member<'a> = (&'a WordMatches, u64);

/// Where a reading stands in one sentence.
#[derive(Debug, Clone)]
pub(crate) struct Placement {
    /// (first token, end token, weakest match kind, mean score) of each block, in text order.
    pub blocks: Vec<(usize, usize, MatchKind, f32)>,
    /// Words of the text between and around the blocks, inside the span they cover.
    pub spread: usize,
    /// The blocks stand in the query's order.
    pub in_order: bool,
}

impl Placement {
    /// Mean score of the units placed, 0–1.
    pub fn score(&self) -> f32 {
        let (sum, n) = self.blocks.iter().fold((0.0, 0usize), |(s, n), b| {
            (s + b.3 * (b.1 - b.0) as f32, n + b.1 - b.0)
        });
        if n == 0 { 0.0 } else { sum / n as f32 }
    }

    /// The units stand together as a name or phrase (see [`NEAR_WINDOW`]).
    pub fn is_near(&self) -> bool {
        self.spread <= NEAR_WINDOW
    }
}

impl Compiled {
    /// The readings of `words`: the plain one, then with one or more neighbours joined or words
    /// split, when the corpus holds such words. `in_name` tells that the words are several
    /// words of one query (a name), where short words and the foreign sounds get their variants.
    pub fn new(index: &SearchIndex, words: &[QueryWord], allow_typos: bool, skip: &[u32]) -> Self {
        let mut compiled = Self::default();
        let in_name = words.len() > 1;
        let matched = |source: Source, text: &str, compiled: &mut Self| -> bool {
            if let Some(m) = compiled.matches.get(&source) {
                return !m.is_empty();
            }
            let mut m = match source {
                Source::Word(_) => index.match_query_word(text, allow_typos, in_name),
                Source::Joined(_) => index.match_query_word(text, false, in_name),
                Source::Part(_, _, second) => index.match_part(text, second),
            };
            m.retain(|id, _| !skip.contains(id));
            let found = !m.is_empty();
            compiled.matches.insert(source, m);
            found
        };
        // Readings built word by word: each partial reading with the next word index to read.
        let mut partial: Vec<(Reading, usize)> = vec![(Reading::default(), 0)];
        let mut done: Vec<Reading> = Vec::new();
        while let Some((reading, i)) = partial.pop() {
            let Some(word) = words.get(i) else {
                done.push(reading);
                continue;
            };
            let mut next = Vec::new();
            let plain = Source::Word(i);
            // The plain word is always kept, so that a query always has its plain reading.
            matched(plain, &word.text, &mut compiled);
            next.push((vec![unit(plain, word.glued)], i + 1));
            let room = done.len() + partial.len() + 1 < MAX_READINGS;
            // Latin words are joined only before a consonant: a second word that starts with a
            // vowel (Jong Un) would lose the alef Arabic writes it with.
            let joinable = |after: &&QueryWord| {
                !(word.text.is_ascii() && after.text.starts_with(['a', 'e', 'i', 'o', 'u']))
            };
            if let Some(after) = words.get(i + 1).filter(|_| room).filter(joinable) {
                let joined = format!("{}{}", word.text, after.text);
                if matched(Source::Joined(i), &joined, &mut compiled) {
                    next.push((vec![unit(Source::Joined(i), word.glued)], i + 2));
                }
            }
            for at in split_points(&word.text).into_iter().filter(|_| room) {
                let (a, b) = word.text.split_at(at);
                let (first, second) = (Source::Part(i, at, false), Source::Part(i, at, true));
                if matched(first, a, &mut compiled) && matched(second, b, &mut compiled) {
                    next.push((vec![unit(first, word.glued), unit(second, true)], i + 1));
                }
            }
            // Pushed in reverse so the plain reading comes out first.
            for (units, to) in next.into_iter().rev() {
                let mut r = reading.clone();
                r.units.extend(units);
                partial.push((r, to));
            }
        }
        // A reading with a unit the corpus does not hold can never be found.
        done.retain(|r| {
            r.units.iter().all(|u| {
                compiled
                    .matches
                    .get(&u.source)
                    .is_some_and(|m| !m.is_empty())
            })
        });
        compiled.readings = done;
        compiled.mark_units();
        compiled
    }

    /// Fills `word_units` and `bits` from the readings' units.
    fn mark_units(&mut self) {
        let mut sources: Vec<Source> = self
            .readings
            .iter()
            .flat_map(|r| r.units.iter().map(|u| u.source))
            .collect();
        sources.sort_unstable();
        sources.dedup();
        for (i, source) in sources.into_iter().enumerate().take(64) {
            let bit = 1u64 << i;
            self.bits.insert(source, bit);
            for &id in self.matches.get(&source).into_iter().flat_map(|m| m.keys()) {
                *self.word_units.entry(id).or_default() |= bit;
            }
        }
    }

    /// The units each word of a sentence matches (see `word_units`).
    fn unit_masks(&self, tokens: &[u32]) -> Vec<u64> {
        tokens
            .iter()
            .map(|t| self.word_units.get(t).copied().unwrap_or(0))
            .collect()
    }

    /// For each reading, in order, the sorted items (sentences, articles) that hold every one of
    /// its units: `items` gives a unit's items from its matches (once per unit, the readings
    /// share them) and `both` keeps what two sorted lists share.
    pub fn per_reading<T: Clone>(
        &self,
        mut items: impl FnMut(&WordMatches) -> Vec<T>,
        both: impl Fn(&[T], &[T]) -> Vec<T>,
    ) -> Vec<Vec<T>> {
        let mut lists: HashMap<Source, Vec<T>> = HashMap::new();
        self.readings
            .iter()
            .map(|reading| {
                let mut common: Option<Vec<T>> = None;
                for u in &reading.units {
                    let list = lists.entry(u.source).or_insert_with(|| {
                        self.unit_matches(u).map(&mut items).unwrap_or_default()
                    });
                    common = Some(match common {
                        None => list.clone(),
                        Some(prev) => both(&prev, list),
                    });
                }
                common.unwrap_or_default()
            })
            .collect()
    }

    /// The corpus words matching a unit.
    pub fn unit_matches(&self, unit: &Unit) -> Option<&WordMatches> {
        self.matches.get(&unit.source)
    }

    /// The best placement of any reading in a sentence (its words' vocabulary ids): near ones
    /// before scattered ones, then the least spread, then the best score.
    pub fn place(&self, tokens: &[u32]) -> Option<Placement> {
        let masks = self.unit_masks(tokens);
        self.readings
            .iter()
            .filter_map(|r| self.place_reading(r, tokens, &masks))
            .min_by(|a, b| {
                (!a.is_near(), a.spread, !a.in_order)
                    .cmp(&(!b.is_near(), b.spread, !b.in_order))
                    .then(b.score().total_cmp(&a.score()))
            })
    }

    /// Every place in a sentence where a one-block reading stands (all occurrences of a word
    /// query), best reading first; empty for readings of several blocks.
    pub fn all_single_blocks(&self, tokens: &[u32]) -> Vec<(usize, usize, MatchKind)> {
        let masks = self.unit_masks(tokens);
        let mut out = Vec::new();
        for r in &self.readings {
            let blocks = self.blocks(r);
            if let [block] = blocks.as_slice() {
                out.extend(Self::block_places(block, tokens, &masks).map(|p| (p.0, p.1, p.2)));
            }
        }
        out.sort_by_key(|&(a, b, _)| (a, std::cmp::Reverse(b)));
        out.dedup_by_key(|e| e.0);
        out
    }

    /// The units of a reading grouped into blocks of glued units.
    fn blocks<'a>(&'a self, reading: &'a Reading) -> Vec<Vec<Member<'a>>> {
        let mut blocks: Vec<Vec<Member<'_>>> = Vec::new();
        for u in &reading.units {
            let Some(m) = self.unit_matches(u) else {
                return Vec::new();
            };
            let member = (m, self.bits.get(&u.source).copied().unwrap_or(0));
            match blocks.last_mut() {
                Some(b) if u.glued => b.push(member),
                _ => blocks.push(vec![member]),
            }
        }
        blocks
    }

    /// (weakest kind, mean score) of a block placed at token `start`, if its words are there.
    fn block_fit(
        block: &[Member<'_>],
        tokens: &[u32],
        masks: &[u64],
        start: usize,
    ) -> Option<(MatchKind, f32)> {
        // The unit bits rule out most places without looking the words up.
        let all_there = block.iter().enumerate().all(|(k, &(_, bit))| {
            bit == 0 || masks.get(start + k).is_some_and(|&mask| mask & bit != 0)
        });
        if !all_there {
            return None;
        }
        let mut kind = MatchKind::Exact;
        let mut total = 0.0;
        for (k, (m, _)) in block.iter().enumerate() {
            let &(score, k_kind) = m.get(tokens.get(start + k)?)?;
            kind = kind.max(k_kind);
            total += score;
        }
        Some((kind, total / block.len().max(1) as f32))
    }

    /// Where a block stands in a sentence: (first token, end token, kind, score) of its first
    /// [`MAX_PLACES`] places.
    fn block_places<'a>(
        block: &'a [Member<'a>],
        tokens: &'a [u32],
        masks: &'a [u64],
    ) -> impl Iterator<Item = (usize, usize, MatchKind, f32)> + 'a {
        (0..=tokens.len().saturating_sub(block.len()))
            .filter_map(move |t| {
                let (kind, score) = Self::block_fit(block, tokens, masks, t)?;
                Some((t, t + block.len(), kind, score))
            })
            .take(MAX_PLACES)
    }

    /// The placement of one reading with the least spread: each block at one of its places,
    /// no two blocks on the same word.
    fn place_reading(&self, reading: &Reading, tokens: &[u32], masks: &[u64]) -> Option<Placement> {
        let blocks = self.blocks(reading);
        if let [block] = blocks.as_slice() {
            // One block: its first place, nothing to choose between.
            let first = Self::block_places(block, tokens, masks).next()?;
            return Some(Placement {
                blocks: vec![first],
                spread: 0,
                in_order: true,
            });
        }
        let places: Vec<Vec<(usize, usize, MatchKind, f32)>> = blocks
            .iter()
            .map(|b| Self::block_places(b, tokens, masks).collect())
            .collect();
        if places.is_empty() || places.iter().any(Vec::is_empty) {
            return None;
        }
        let mut search = Choice {
            places: &places,
            chosen: Vec::with_capacity(places.len()),
            picked: Vec::with_capacity(places.len()),
            best: None,
        };
        search.choose();
        let (spread, in_order, picks) = search.best?;
        let mut in_text: Vec<(usize, usize, MatchKind, f32)> = picks
            .iter()
            .zip(&places)
            .filter_map(|(&p, list)| list.get(p).copied())
            .collect();
        in_text.sort_by_key(|b| b.0);
        Some(Placement {
            blocks: in_text,
            spread,
            in_order,
        })
    }
}

/// A depth-first choice of one place per block (no overlaps) keeping the least spread,
/// preferring the query's order on ties.
struct Choice<'a> {
    places: &'a [Vec<(usize, usize, MatchKind, f32)>],
    /// The index picked in each block's places so far.
    chosen: Vec<usize>,
    /// The token ranges picked so far.
    picked: Vec<(usize, usize)>,
    /// (spread, in order, indexes) of the best choice found.
    best: Option<(usize, bool, Vec<usize>)>,
}

impl Choice<'_> {
    fn choose(&mut self) {
        let spread = spread_of(&self.picked);
        if self.best.as_ref().is_some_and(|b| spread > b.0) {
            return;
        }
        let Some(list) = self.places.get(self.chosen.len()) else {
            let in_order = self.picked.windows(2).all(|w| w[0].0 < w[1].0);
            let better = self
                .best
                .as_ref()
                .is_none_or(|b| (spread, !in_order) < (b.0, !b.1));
            if better {
                self.best = Some((spread, in_order, self.chosen.clone()));
            }
            return;
        };
        for (i, p) in list.iter().enumerate() {
            if self.picked.iter().any(|q| p.0 < q.1 && q.0 < p.1) {
                continue;
            }
            self.chosen.push(i);
            self.picked.push((p.0, p.1));
            self.choose();
            self.chosen.pop();
            self.picked.pop();
        }
    }
}

/// Words inside the span of the picked blocks that no block covers.
fn spread_of(picked: &[(usize, usize)]) -> usize {
    let (Some(start), Some(end)) = (
        picked.iter().map(|p| p.0).min(),
        picked.iter().map(|p| p.1).max(),
    ) else {
        return 0;
    };
    let covered: usize = picked.iter().map(|p| p.1 - p.0).sum();
    (end - start).saturating_sub(covered)
}

fn unit(source: Source, glued: bool) -> Unit {
    Unit { source, glued }
}

/// Byte offsets where a word may be split in two parts of [`MIN_SPLIT_PART`] letters or more.
fn split_points(word: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    if chars.len() < 2 * MIN_SPLIT_PART || word.starts_with("ال") {
        return Vec::new();
    }
    (MIN_SPLIT_PART..=chars.len() - MIN_SPLIT_PART)
        .filter_map(|k| chars.get(k).map(|&(i, _)| i))
        .collect()
}
