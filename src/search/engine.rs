//! Running a query on the index: candidate sentences from postings for each reading of the
//! query, where its words stand in each sentence, exclusions, filters, ranking, and hits with
//! spans.

use rayon::prelude::*;

use super::index::{SearchIndex, sentence_words};
use super::matching::{MatchKind, WordMatches};
use super::reading::{Compiled, NEAR_WINDOW, Placement, QueryWord, Source};
use super::{Hit, Query, SearchOptions, SearchResults, SortOrder, Span, Term, WordReport};
use crate::arabic::normalize_str;

/// Bonus when the article's title holds the query's words.
const TITLE_BONUS: f32 = 0.1;

/// Bonus when the words of a query of several words stand side by side in the query's order (a
/// name typed without quotes); less as they stand further apart or out of order.
const ADJACENCY_BONUS: f32 = 0.15;

/// Above about one sentence in this many holding a matched word, the sentences of several
/// matched words are gathered in an array over all sentences rather than sorted together.
const DENSE_SHARE: usize = 16;

/// From this many candidate sentences on, they are read on every core.
const PARALLEL_FROM: usize = 4096;

/// Candidate sentences read by one task.
const PARALLEL_CHUNK: usize = 2048;

/// A sentence (or a title) that holds the query.
struct Found {
    /// Its number (0 for a title).
    sentence: u32,
    /// Its article's index.
    article: u32,
    /// It is the article's title.
    title: bool,
    score: f32,
    /// The query's words stand apart in it.
    apart: bool,
}

/// [`ADJACENCY_BONUS`] for a placement of several words: all of it when they stand side by side
/// in the query's order, less as they stand further apart or out of order.
fn closeness(p: &Placement) -> f32 {
    let units: usize = p.blocks.iter().map(|b| b.1 - b.0).sum();
    if units < 2 {
        return 0.0;
    }
    let order = if p.in_order { 1.0 } else { 0.5 };
    // Side by side is worth much more than a word or two between (الرئيس بوتين before
    // الرئيس الروسي بوتين), so that a clitic form side by side still ranks first.
    let near = if p.spread == 0 {
        1.0
    } else {
        0.3 * (1.0 - p.spread.min(NEAR_WINDOW + 1) as f32 / (NEAR_WINDOW + 1) as f32)
    };
    ADJACENCY_BONUS * order * near
}

/// The words of the required terms in query order, those of a quoted phrase glued together.
fn query_words(terms: &[Term]) -> Vec<QueryWord> {
    terms
        .iter()
        .flat_map(|t| {
            let phrase = matches!(t, Term::Phrase(_));
            t.words().iter().enumerate().map(move |(i, w)| QueryWord {
                text: w.clone(),
                glued: phrase && i > 0,
            })
        })
        .collect()
}

impl SearchIndex {
    /// Parses `text` as a query and runs it; see [`Query::parse`] for the syntax.
    pub fn search_text(&self, text: &str, options: &SearchOptions) -> SearchResults {
        self.search(&Query::parse(text), options)
    }

    /// Runs a query. Each query word is matched by a different word of a sentence (or of an
    /// article's title); the words of a quoted phrase follow each other; the other words stand
    /// together (within [`NEAR_WINDOW`] words), or, counted apart and listed only when
    /// [`SearchOptions::words_apart`] asks, anywhere in the sentence. No excluded term may
    /// match. Fast enough to run at each keystroke on a corpus of 12,000 articles.
    pub fn search(&self, query: &Query, options: &SearchOptions) -> SearchResults {
        if query.is_empty() {
            return SearchResults::default();
        }
        let skip: Vec<u32> = options
            .skip_words
            .iter()
            .filter_map(|w| self.vocab.find(&normalize_str(w)))
            .collect();
        let words = query_words(&query.required);
        let compiled = Compiled::new(self, &words, true, &skip);
        // An excluded term's words are excluded together, as a phrase.
        let excluded: Vec<Compiled> = query
            .excluded
            .iter()
            .map(|term| {
                let glued: Vec<QueryWord> = query_words(std::slice::from_ref(term))
                    .into_iter()
                    .enumerate()
                    .map(|(i, w)| QueryWord { glued: i > 0, ..w })
                    .collect();
                Compiled::new(self, &glued, false, &[])
            })
            .collect();
        let allowed = self.allowed_articles(options);
        // The articles whose title holds each reading: the hits in titles, and the title bonus
        // of the plain reading for the hits in the text.
        let titled = compiled.per_reading(|m| self.title_holders(m), intersect_ids);
        let with_title = titled.first().map_or(&[][..], Vec::as_slice);
        let mut found = self.found_in_text(&compiled, &excluded, allowed.as_deref(), with_title);
        found.extend(self.found_in_titles(&compiled, &excluded, allowed.as_deref(), &titled));
        let apart_hits = found.iter().filter(|f| f.apart).count();
        if !options.words_apart {
            found.retain(|f| !f.apart);
        }
        // Counted with a mark per article: a common word holds hundreds of thousands of sentences.
        let mut has_hit = vec![false; self.articles.len()];
        for f in found.iter().filter(|f| !f.apart) {
            if let Some(seen) = has_hit.get_mut(f.article as usize) {
                *seen = true;
            }
        }
        let article_count = has_hit.iter().filter(|&&seen| seen).count();
        // Sentences whose words stand apart come after every one that holds them together; a
        // title comes before its article's sentences.
        let place = |f: &Found| (f.article, !f.title, f.sentence);
        let total_hits = found.len() - if options.words_apart { apart_hits } else { 0 };
        let limit = options.limit.unwrap_or(usize::MAX);
        let order = |a: &Found, b: &Found| match options.sort {
            SortOrder::Relevance => a
                .apart
                .cmp(&b.apart)
                .then(b.score.total_cmp(&a.score))
                .then(place(a).cmp(&place(b))),
            SortOrder::ArticleOrder => (a.apart, place(a)).cmp(&(b.apart, place(b))),
        };
        // Only the hits listed need sorting: the first `limit` are picked out first.
        if limit < found.len() {
            found.select_nth_unstable_by(limit, order);
            found.truncate(limit);
        }
        found.sort_by(order);
        let hits = found
            .iter()
            .take(limit)
            .filter_map(|f| self.hit(f, &compiled))
            .collect();
        SearchResults {
            hits,
            total_hits,
            article_count,
            apart_hits,
            words: self.reports(&compiled, &words),
        }
    }

    /// The sentences of the articles' text that hold the query and no excluded term.
    /// `with_title`: the articles whose title holds the query, for [`TITLE_BONUS`].
    fn found_in_text(
        &self,
        compiled: &Compiled,
        excluded: &[Compiled],
        allowed: Option<&[bool]>,
        with_title: &[u32],
    ) -> Vec<Found> {
        let mut titled = vec![false; self.articles.len()];
        for &a in with_title {
            if let Some(t) = titled.get_mut(a as usize) {
                *t = true;
            }
        }
        let title_bonus = |article: u32| {
            if titled.get(article as usize).copied().unwrap_or(false) {
                TITLE_BONUS
            } else {
                0.0
            }
        };
        let mut candidates = self.candidates(compiled);
        let mut ids = Vec::new();
        for ex in excluded {
            let found: Vec<(u32, f32)> = self
                .candidates(ex)
                .into_iter()
                .filter(|&(s, _)| {
                    self.sentence_ids_into(s, &mut ids);
                    ex.place(&ids).is_some()
                })
                .collect();
            candidates = subtract(&candidates, &found);
        }
        // A query of one word: a sentence holding a matched word holds the query, no need to
        // read its words (the score is the best word's, from the postings).
        let one_word = compiled.readings.iter().all(|r| r.units.len() == 1);
        let evaluate = |chunk: &[(u32, f32)]| -> Vec<Found> {
            let mut ids = Vec::new();
            chunk
                .iter()
                .filter_map(|&(s, word_score)| {
                    let article = self.sentences.get(s as usize)?.article;
                    if allowed.is_some_and(|a| !a.get(article as usize).copied().unwrap_or(false)) {
                        return None;
                    }
                    if one_word {
                        return Some(Found {
                            sentence: s,
                            article,
                            title: false,
                            score: word_score + title_bonus(article),
                            apart: false,
                        });
                    }
                    self.sentence_ids_into(s, &mut ids);
                    let p = compiled.place(&ids)?;
                    Some(Found {
                        sentence: s,
                        article,
                        title: false,
                        score: p.score() + title_bonus(article) + closeness(&p),
                        apart: !p.is_near(),
                    })
                })
                .collect()
        };
        // Many candidates are read on every core.
        if candidates.len() < PARALLEL_FROM {
            evaluate(&candidates)
        } else {
            candidates
                .par_chunks(PARALLEL_CHUNK)
                .flat_map_iter(evaluate)
                .collect()
        }
    }

    /// The titles that hold the query and no excluded term; `titled`: for each reading, the
    /// articles whose title holds its units.
    fn found_in_titles(
        &self,
        compiled: &Compiled,
        excluded: &[Compiled],
        allowed: Option<&[bool]>,
        titled: &[Vec<u32>],
    ) -> Vec<Found> {
        let mut articles: Vec<u32> = titled.concat();
        articles.sort_unstable();
        articles.dedup();
        articles
            .into_iter()
            .filter(|&a| allowed.is_none_or(|ok| ok.get(a as usize).copied().unwrap_or(false)))
            .filter_map(|a| {
                let tokens = self.title_words.get(a as usize)?;
                if excluded.iter().any(|ex| ex.place(tokens).is_some()) {
                    return None;
                }
                let p = compiled.place(tokens)?;
                Some(Found {
                    sentence: 0,
                    article: a,
                    title: true,
                    score: p.score() + TITLE_BONUS + closeness(&p),
                    apart: !p.is_near(),
                })
            })
            .collect()
    }

    /// How each query word (and each joined or split form the corpus holds) was matched.
    fn reports(&self, compiled: &Compiled, words: &[QueryWord]) -> Vec<WordReport> {
        let mut sources: Vec<Source> = compiled
            .readings
            .iter()
            .flat_map(|r| r.units.iter().map(|u| u.source))
            .collect();
        // Every query word is reported, found or not.
        sources.extend((0..words.len()).map(Source::Word));
        sources.sort_by_key(|s| match *s {
            Source::Word(i) => (i, 0, 0),
            Source::Joined(i) => (i, 1, 0),
            Source::Part(i, at, second) => (i, 2, at * 2 + usize::from(second)),
        });
        sources.dedup();
        sources
            .into_iter()
            .filter_map(|source| {
                let label = match source {
                    Source::Word(i) => words.get(i)?.text.clone(),
                    Source::Joined(i) => {
                        format!("{}{}", words.get(i)?.text, words.get(i + 1)?.text)
                    }
                    Source::Part(i, at, second) => {
                        let w = &words.get(i)?.text;
                        let (a, b) = w.split_at(at);
                        (if second { b } else { a }).to_owned()
                    }
                };
                let empty = WordMatches::default();
                let matches = compiled.matches.get(&source).unwrap_or(&empty);
                Some(self.report(&label, matches))
            })
            .collect()
    }

    fn report(&self, query_word: &str, matches: &WordMatches) -> WordReport {
        let mut found: Vec<(f32, String, MatchKind)> = matches
            .iter()
            .map(|(&id, &(score, kind))| (score, self.vocab.word(id).to_owned(), kind))
            .collect();
        found.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        found.truncate(50);
        WordReport {
            query_word: query_word.to_owned(),
            matched: found.into_iter().map(|(_, w, k)| (w, k)).collect(),
        }
    }

    /// Sentences holding any matched word, sorted, with the best word score.
    fn word_candidates(&self, matches: &WordMatches) -> Vec<(u32, f32)> {
        let n = self.sentences.len();
        let bound: usize = matches.keys().map(|&id| self.postings_len_bound(id)).sum();
        if matches.len() > 1 && bound > n / DENSE_SHARE {
            // The forms of a short word (ال: إلا، إلى …) are in most sentences: marking them in
            // one array over all sentences costs less than sorting their postings together.
            let mut best = vec![0.0f32; n];
            for (&id, &(score, _)) in matches {
                for s in self.postings(id) {
                    if let Some(b) = best.get_mut(s as usize) {
                        *b = b.max(score);
                    }
                }
            }
            return best
                .into_iter()
                .enumerate()
                .filter(|&(_, score)| score > 0.0)
                .map(|(s, score)| (s as u32, score))
                .collect();
        }
        let mut list: Vec<(u32, f32)> = Vec::with_capacity(bound);
        for (&id, &(score, _)) in matches {
            list.extend(self.postings(id).map(|s| (s, score)));
        }
        // One word's postings are sorted already, each sentence once.
        if matches.len() > 1 {
            list.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
            list.dedup_by_key(|e| e.0);
        }
        list
    }

    /// Sentences holding every unit of some reading (not yet checked for where), sorted.
    fn candidates(&self, compiled: &Compiled) -> Vec<(u32, f32)> {
        compiled
            .per_reading(|m| self.word_candidates(m), intersect)
            .iter()
            .fold(Vec::new(), |all, list| union(&all, list))
    }

    /// The articles whose title holds one of the matched words, sorted.
    fn title_holders(&self, matches: &WordMatches) -> Vec<u32> {
        let mut list: Vec<u32> = matches
            .keys()
            .flat_map(|&id| self.title_articles(id))
            .collect();
        list.sort_unstable();
        list.dedup();
        list
    }

    /// Which articles the options let through, by index; `None` when all.
    fn allowed_articles(&self, options: &SearchOptions) -> Option<Vec<bool>> {
        if options.articles.is_empty() && options.outlets.is_empty() {
            return None;
        }
        let outlets: Vec<String> = options.outlets.iter().map(|o| normalize_str(o)).collect();
        Some(
            self.articles
                .iter()
                .map(|a| {
                    let by_id = options.articles.is_empty() || options.articles.contains(&a.id);
                    let by_outlet = outlets.is_empty()
                        || a.meta
                            .outlet
                            .as_deref()
                            .is_some_and(|o| outlets.contains(&normalize_str(o)));
                    by_id && by_outlet
                })
                .collect(),
        )
    }

    /// Builds the hit for one sentence: its spans, with byte and char ranges.
    fn hit(&self, found: &Found, compiled: &Compiled) -> Option<Hit> {
        if found.title {
            return self.title_hit(found, compiled);
        }
        let s = found.sentence;
        let rec = *self.sentences.get(s as usize)?;
        let article = self.articles.get(rec.article as usize)?.clone();
        let ids = self.sentence_ids(s);
        let token_spans = token_spans(compiled, &ids)?;
        let text = article.text.as_str();
        // Where the sentence's words up to the last one highlighted are: the index keeps their
        // starts, their ends are found again from the text.
        let needed = token_spans.iter().map(|&(_, end, _)| end).max()?;
        let mut places = self.word_places(s, needed);
        let mut spans: Vec<Span> = Vec::new();
        let mut covered_to = 0usize;
        let (mut char_at, mut byte_at) = (rec.start_char as usize, rec.start as usize);
        for (first, end, kind) in token_spans {
            if first < covered_to {
                continue;
            }
            covered_to = end;
            let start_byte = self.word_range(text, &mut places, first)?.start;
            let end_byte = self.word_range(text, &mut places, end - 1)?.end;
            char_at += text.get(byte_at..start_byte)?.chars().count();
            byte_at = start_byte;
            let span_chars = text.get(start_byte..end_byte)?.chars().count();
            // Words of the query next to each other (كيم جونغ أون) show as one highlight.
            if let Some(last) = spans.last_mut()
                && text
                    .get(last.bytes.end..start_byte)
                    .is_some_and(|gap| gap.chars().all(char::is_whitespace))
            {
                last.bytes.end = end_byte;
                last.chars.end = char_at + span_chars;
                last.kind = last.kind.max(kind);
                continue;
            }
            spans.push(Span {
                bytes: start_byte..end_byte,
                chars: char_at..char_at + span_chars,
                kind,
            });
        }
        if spans.is_empty() {
            return None;
        }
        let sentence_chars = text
            .get(rec.start as usize..rec.end as usize)?
            .chars()
            .count();
        Some(Hit {
            article,
            sentence_bytes: rec.start as usize..rec.end as usize,
            sentence_chars: rec.start_char as usize..rec.start_char as usize + sentence_chars,
            spans,
            score: found.score,
            apart: found.apart,
            in_title: false,
        })
    }

    /// The hit for an article's title.
    fn title_hit(&self, found: &Found, compiled: &Compiled) -> Option<Hit> {
        let article = self.articles.get(found.article as usize)?.clone();
        let title = article.meta.title.as_deref()?;
        let tokens = self.title_words.get(found.article as usize)?;
        let mut ranges = Vec::with_capacity(tokens.len());
        sentence_words(title, 0..title.len(), |_, r| ranges.push(r));
        let chars = |b: usize| title.get(..b).map_or(0, |t| t.chars().count());
        let mut spans: Vec<Span> = Vec::new();
        for (first, end, kind) in token_spans(compiled, tokens)? {
            let (Some(a), Some(b)) = (ranges.get(first), ranges.get(end - 1)) else {
                continue;
            };
            match spans.last_mut() {
                Some(last) if last.bytes.end >= a.start => {
                    last.bytes.end = last.bytes.end.max(b.end);
                    last.chars.end = chars(last.bytes.end);
                    last.kind = last.kind.max(kind);
                }
                _ => spans.push(Span {
                    bytes: a.start..b.end,
                    chars: chars(a.start)..chars(b.end),
                    kind,
                }),
            }
        }
        if spans.is_empty() {
            return None;
        }
        Some(Hit {
            sentence_bytes: 0..title.len(),
            sentence_chars: 0..title.chars().count(),
            article,
            spans,
            score: found.score,
            apart: found.apart,
            in_title: true,
        })
    }
}

/// (first token, end token, kind) of what a hit highlights: for a query of one block (a word,
/// a phrase) every place it stands, for others the places chosen.
fn token_spans(compiled: &Compiled, ids: &[u32]) -> Option<Vec<(usize, usize, MatchKind)>> {
    let all = compiled.all_single_blocks(ids);
    if !all.is_empty() {
        return Some(all);
    }
    Some(
        compiled
            .place(ids)?
            .blocks
            .iter()
            .map(|b| (b.0, b.1, b.2))
            .collect(),
    )
}

/// Sentences in either sorted list, the better score kept.
fn union(first: &[(u32, f32)], second: &[(u32, f32)]) -> Vec<(u32, f32)> {
    if first.is_empty() {
        return second.to_vec();
    }
    let mut all: Vec<(u32, f32)> = first.iter().chain(second).copied().collect();
    all.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(y.1.total_cmp(&x.1)));
    all.dedup_by_key(|e| e.0);
    all
}

/// Sentences in both sorted lists, scores added.
fn intersect(a: &[(u32, f32)], b: &[(u32, f32)]) -> Vec<(u32, f32)> {
    let mut out = Vec::with_capacity(a.len().min(b.len()));
    let (mut i, mut j) = (0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.0.cmp(&y.0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push((x.0, x.1 + y.1));
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// Ids in both sorted lists.
fn intersect_ids(a: &[u32], b: &[u32]) -> Vec<u32> {
    a.iter()
        .filter(|x| b.binary_search(x).is_ok())
        .copied()
        .collect()
}

/// Sentences of sorted list `a` not in sorted list `b`.
fn subtract(a: &[(u32, f32)], b: &[(u32, f32)]) -> Vec<(u32, f32)> {
    a.iter()
        .filter(|x| b.binary_search_by_key(&x.0, |y| y.0).is_err())
        .copied()
        .collect()
}
