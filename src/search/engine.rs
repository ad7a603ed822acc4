//! Running a query on the index: candidate sentences from postings, intersection of terms,
//! phrase checks on token positions, exclusions, filters, ranking, and hits with spans.

use std::collections::HashSet;

use super::index::SearchIndex;
use super::matching::{MatchKind, WordMatches};
use super::{Hit, Query, SearchOptions, SearchResults, SortOrder, Span, Term, WordReport};
use crate::arabic::normalize_str;

/// Bonus when the article's title holds a match of a term.
const TITLE_BONUS: f32 = 0.1;

/// Bonus when all words of an unquoted query stand next to each other in query order (a name
/// typed without quotes); scaled by the share of neighbouring pairs found.
const ADJACENCY_BONUS: f32 = 0.15;

/// Above this many candidate sentences the adjacency bonus is not computed, to keep each
/// keystroke fast; such queries are too common for word order to matter much.
const ADJACENCY_MAX_CANDIDATES: usize = 5000;

/// A term with the corpus words matching each of its words.
struct MatchedTerm {
    words: Vec<WordMatches>,
    phrase: bool,
}

impl SearchIndex {
    /// Parses `text` as a query and runs it; see [`Query::parse`] for the syntax.
    pub fn search_text(&self, text: &str, options: &SearchOptions) -> SearchResults {
        self.search(&Query::parse(text), options)
    }

    /// Runs a query. Every required term must match in a sentence (any order), no excluded term
    /// may. Fast enough to run at each keystroke on a corpus of 12,000 articles.
    pub fn search(&self, query: &Query, options: &SearchOptions) -> SearchResults {
        if query.is_empty() {
            return SearchResults::default();
        }
        let required: Vec<MatchedTerm> = query
            .required
            .iter()
            .map(|t| self.match_term(t, true))
            .collect();
        let words = required
            .iter()
            .zip(&query.required)
            .flat_map(|(m, t)| m.words.iter().zip(t.words()))
            .map(|(m, w)| self.report(w, m))
            .collect();
        let mut candidates: Option<Vec<(u32, f32)>> = None;
        for term in &required {
            let list = self.term_candidates(term);
            candidates = Some(match candidates {
                None => list,
                Some(prev) => intersect(&prev, &list),
            });
        }
        let mut candidates = candidates.unwrap_or_default();
        for term in &query.excluded {
            let excluded = self.term_candidates(&self.match_term(term, false));
            candidates = subtract(&candidates, &excluded);
        }
        self.apply_filters(&mut candidates, options);
        let n_terms = required.len() as f32;
        let adjacency = required.len() > 1 && candidates.len() <= ADJACENCY_MAX_CANDIDATES;
        let mut ids = Vec::new();
        for (s, score) in &mut candidates {
            let bonus = if adjacency {
                self.sentence_ids_into(*s, &mut ids);
                adjacency_bonus(&ids, &required)
            } else {
                0.0
            };
            *score = (*score + self.title_bonus(*s, &required)) / n_terms + bonus;
        }
        let article_count = candidates
            .iter()
            .filter_map(|&(s, _)| self.sentences.get(s as usize).map(|r| r.article))
            .collect::<HashSet<_>>()
            .len();
        if options.sort == SortOrder::Relevance {
            candidates.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        }
        let total_hits = candidates.len();
        let limit = options.limit.unwrap_or(usize::MAX);
        let hits = candidates
            .iter()
            .take(limit)
            .filter_map(|&(s, score)| self.hit(s, score, &required))
            .collect();
        SearchResults {
            hits,
            total_hits,
            article_count,
            words,
        }
    }

    fn match_term(&self, term: &Term, allow_typos: bool) -> MatchedTerm {
        let words = term
            .words()
            .iter()
            .map(|w| self.match_word(w, allow_typos))
            .collect();
        MatchedTerm {
            words,
            phrase: matches!(term, Term::Phrase(_)),
        }
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
        let mut list: Vec<(u32, f32)> = Vec::new();
        for (&id, &(score, _)) in matches {
            list.extend(self.postings(id).map(|s| (s, score)));
        }
        list.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
        list.dedup_by_key(|e| e.0);
        list
    }

    /// Sentences matching a term, sorted, with the term's score there (0–1).
    fn term_candidates(&self, term: &MatchedTerm) -> Vec<(u32, f32)> {
        let mut lists = term.words.iter().map(|m| self.word_candidates(m));
        let Some(first) = lists.next() else {
            return Vec::new();
        };
        if !term.phrase {
            return first;
        }
        let mut common = first;
        for list in lists {
            common = intersect(&common, &list);
        }
        let mut ids = Vec::new();
        common
            .into_iter()
            .filter_map(|(s, _)| {
                self.sentence_ids_into(s, &mut ids);
                Some((s, phrase_runs(&ids, &term.words).first()?.2))
            })
            .collect()
    }

    fn apply_filters(&self, candidates: &mut Vec<(u32, f32)>, options: &SearchOptions) {
        if options.articles.is_empty() && options.outlets.is_empty() {
            return;
        }
        let outlets: Vec<String> = options.outlets.iter().map(|o| normalize_str(o)).collect();
        let allowed: Vec<bool> = self
            .articles
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
            .collect();
        candidates.retain(|&(s, _)| {
            self.sentences
                .get(s as usize)
                .is_some_and(|r| allowed.get(r.article as usize).copied().unwrap_or(false))
        });
    }

    fn title_bonus(&self, s: u32, terms: &[MatchedTerm]) -> f32 {
        let Some(title) = self
            .sentences
            .get(s as usize)
            .and_then(|r| self.title_words.get(r.article as usize))
        else {
            return 0.0;
        };
        let hits = terms
            .iter()
            .filter(|t| {
                t.words
                    .iter()
                    .all(|m| title.iter().any(|w| m.contains_key(w)))
            })
            .count();
        hits as f32 * TITLE_BONUS
    }

    /// Builds the hit for one sentence: its spans, with byte and char ranges.
    fn hit(&self, s: u32, score: f32, terms: &[MatchedTerm]) -> Option<Hit> {
        let rec = *self.sentences.get(s as usize)?;
        let article = self.articles.get(rec.article as usize)?.clone();
        let ids = self.sentence_ids(s);
        // (first token, end token, kind), tokens counted from the sentence's first.
        let mut token_spans: Vec<(usize, usize, MatchKind)> = Vec::new();
        for term in terms {
            if term.phrase {
                for (first, end, _) in phrase_runs(&ids, &term.words) {
                    let kind = (first..end)
                        .zip(&term.words)
                        .filter_map(|(t, m)| m.get(ids.get(t)?).map(|e| e.1))
                        .max()
                        .unwrap_or(MatchKind::Exact);
                    token_spans.push((first, end, kind));
                }
            } else if let Some(m) = term.words.first() {
                for (t, id) in ids.iter().enumerate() {
                    if let Some(&(_, kind)) = m.get(id) {
                        token_spans.push((t, t + 1, kind));
                    }
                }
            }
        }
        token_spans.sort_by_key(|&(a, b, _)| (a, std::cmp::Reverse(b)));
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
            score,
        })
    }
}

/// [`ADJACENCY_BONUS`] times the share of consecutive query terms found side by side in a
/// sentence (its words' vocabulary ids).
fn adjacency_bonus(tokens: &[u32], terms: &[MatchedTerm]) -> f32 {
    let pairs = terms.len().saturating_sub(1);
    let found = terms
        .windows(2)
        .filter(|pair| {
            let (Some(left), Some(right)) = (pair[0].words.last(), pair[1].words.first()) else {
                return false;
            };
            tokens
                .windows(2)
                .any(|t| left.contains_key(&t[0]) && right.contains_key(&t[1]))
        })
        .count();
    if pairs == 0 {
        0.0
    } else {
        ADJACENCY_BONUS * found as f32 / pairs as f32
    }
}

/// Runs of tokens in a sentence (its words' vocabulary ids) matching a phrase: (first token,
/// end token, mean score), best run first.
fn phrase_runs(tokens: &[u32], words: &[WordMatches]) -> Vec<(usize, usize, f32)> {
    let mut runs = Vec::new();
    for start in 0..=tokens.len().saturating_sub(words.len()) {
        let mut total = 0.0;
        let all = words.iter().enumerate().all(|(k, m)| {
            tokens
                .get(start + k)
                .and_then(|t| m.get(t))
                .is_some_and(|&(score, _)| {
                    total += score;
                    true
                })
        });
        if all {
            runs.push((start, start + words.len(), total / words.len() as f32));
        }
    }
    runs.sort_by(|a, b| b.2.total_cmp(&a.2));
    runs
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

/// Sentences of sorted list `a` not in sorted list `b`.
fn subtract(a: &[(u32, f32)], b: &[(u32, f32)]) -> Vec<(u32, f32)> {
    a.iter()
        .filter(|x| b.binary_search_by_key(&x.0, |y| y.0).is_err())
        .copied()
        .collect()
}
