//! Matching one query word against the vocabulary: the word itself, its forms with clitics,
//! its spelling variants, and, when none of these is in the corpus, near words (typos) scored
//! with fuzzy-matcher. Matching works on short strings (words), never on whole sentences.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::index::{PREFIXES, SearchIndex, Vocabulary, key_hash};
use crate::arabic::{LatinWord, word_key, words_are_variants};

/// How a corpus word matched a query word; exact matches rank above the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum MatchKind {
    /// The word as typed (after normalization).
    Exact,
    /// The word with clitic prefixes or suffixes (وكوريا، لكوريا، كوريا).
    Clitic,
    /// A spelling variant of a transliterated name (بيونج for بيونغ), possibly with clitics.
    Variant,
    /// An Arabic spelling of a name typed in Latin letters (بوتين for Putin).
    Transliteration,
    /// A near word, for a query word the corpus does not hold (بوتين for بوتن).
    Typo,
}

impl MatchKind {
    /// Score of a match of this kind, 0–1.
    fn base_score(self) -> f32 {
        match self {
            Self::Exact => 1.0,
            Self::Clitic => 0.9,
            Self::Variant => 0.75,
            Self::Transliteration => 0.7,
            Self::Typo => 0.5,
        }
    }
}

/// Suffixes (pronouns, plural and dual endings, accusative alef) a word can carry.
const SUFFIXES: &[&str] = &[
    "", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ي", "ني", "ان", "ين", "ون",
    "ات", "ا", "يه", "يين", "يون",
];

/// Prefixes that can come before a word that already has the article ال.
const PREFIXES_BEFORE_AL: &[&str] = &["", "و", "ف", "ب", "ك", "وب", "فب", "وك", "فك"];

/// Most typo candidates kept for one query word.
const MAX_TYPO_WORDS: usize = 24;

/// The corpus words matching one query word: vocabulary id → (score 0–1, kind). Looked up for
/// every word of every candidate sentence, so with a fast hash.
pub(crate) type WordMatches = rustc_hash::FxHashMap<u32, (f32, MatchKind)>;

fn add(matches: &mut WordMatches, id: u32, kind: MatchKind, score: f32) {
    let e = matches.entry(id).or_insert((score, kind));
    if score > e.0 {
        *e = (score, kind);
    }
}

impl SearchIndex {
    /// Matches one normalized query word against the vocabulary. `allow_typos` lets a word the
    /// corpus does not hold match near words.
    pub(crate) fn match_word(&self, q: &str, allow_typos: bool) -> WordMatches {
        let mut matches = WordMatches::default();
        let q_chars = q.chars().count();
        if let Some(id) = self.vocab.find(q) {
            add(&mut matches, id, MatchKind::Exact, 1.0);
        }
        // A clitic alone (ال، وال، بال …, as when the article of a word is typed) is no stem:
        // ال with a suffix is not a form of it (الي is إلى, الا is إلا, الان is الآن).
        if q_chars >= 2 && !PREFIXES.contains(&q) {
            self.add_clitic_forms(q, &mut matches);
        }
        if q_chars >= 3 {
            self.add_variants(q, &mut matches);
        }
        if matches.is_empty() && allow_typos && q_chars >= 4 {
            self.add_typos(q, q_chars, &mut matches);
        }
        matches
    }

    /// Matches one word of a query: [`Self::match_word`], the Arabic spellings of a word typed
    /// in Latin letters, and, in a query of several words (`in_name`, a name as a rule), the
    /// variants of short words and of the ch sound written تش or ش (تشي / شي جين بينغ). Near words
    /// only when nothing else matched.
    pub(crate) fn match_query_word(
        &self,
        q: &str,
        allow_typos: bool,
        in_name: bool,
    ) -> WordMatches {
        let mut matches = self.match_word(q, false);
        if let Some(latin) = LatinWord::parse(q) {
            self.add_latin(&latin, false, &mut matches);
        }
        if in_name {
            if q.chars().count() == 2 {
                self.add_variants(q, &mut matches);
            }
            let other = match q.strip_prefix("تش") {
                Some(rest) => format!("ش{rest}"),
                None if q.starts_with('ش') => format!("ت{q}"),
                None => String::new(),
            };
            if !other.is_empty() {
                self.add_variants(&other, &mut matches);
            }
        }
        let q_chars = q.chars().count();
        if matches.is_empty() && allow_typos && q_chars >= 4 {
            self.add_typos(q, q_chars, &mut matches);
        }
        matches
    }

    /// Matches one part of a query word written as two words (فيس and بوك of فيسبوك): the part
    /// itself or a spelling variant; a clitic prefix only before the first part.
    pub(crate) fn match_part(&self, q: &str, second: bool) -> WordMatches {
        let mut matches = WordMatches::default();
        if let Some(id) = self.vocab.find(q) {
            add(&mut matches, id, MatchKind::Exact, 1.0);
        }
        if let Some(latin) = LatinWord::parse(q) {
            self.add_latin(&latin, second, &mut matches);
            return matches;
        }
        for (id, prefix_len) in
            self.cores_by_key(&word_key(q), second, |core| words_are_variants(q, core))
        {
            let kind = if prefix_len > 0 {
                MatchKind::Clitic
            } else {
                MatchKind::Variant
            };
            add(&mut matches, id, kind, kind.base_score());
        }
        matches
    }

    /// The words of the corpus that write a Latin word in Arabic, bare or behind a clitic prefix
    /// (none when `bare`).
    fn add_latin(&self, latin: &LatinWord, bare: bool, matches: &mut WordMatches) {
        for key in latin.keys() {
            for (id, prefix_len) in self.cores_by_key(&key, bare, |core| latin.matches(core)) {
                let score = MatchKind::Transliteration.base_score()
                    - if prefix_len > 0 { 0.05 } else { 0.0 };
                add(matches, id, MatchKind::Transliteration, score);
            }
        }
    }

    /// Words made of a clitic prefix, the query word and a suffix.
    fn add_clitic_forms(&self, q: &str, matches: &mut WordMatches) {
        let mut stems: Vec<(String, bool)> = vec![(q.to_owned(), false)];
        // Ta marbuta (folded to ه) is written ت before a suffix: قمه → قمتها.
        if let Some(base) = q.strip_suffix('ه') {
            stems.push((format!("{base}ت"), true));
        }
        let rest_after_al = q.strip_prefix("ال").filter(|r| r.chars().count() >= 2);
        let mut targets: Vec<(String, bool)> = Vec::new();
        for (stem, needs_suffix) in stems {
            if let Some(bare) = stem.strip_prefix("ال").filter(|_| rest_after_al.is_some()) {
                targets.extend(
                    PREFIXES_BEFORE_AL
                        .iter()
                        .map(|p| (format!("{p}{stem}"), needs_suffix)),
                );
                // ل + ال is written لل: للامريكيه.
                targets.extend(
                    ["لل", "ولل", "فلل"]
                        .iter()
                        .map(|p| (format!("{p}{bare}"), needs_suffix)),
                );
            } else {
                targets.extend(
                    PREFIXES
                        .iter()
                        .map(|p| (format!("{p}{stem}"), needs_suffix)),
                );
            }
        }
        for (target, needs_suffix) in &targets {
            for id in self.vocab.prefix_range(target) {
                let rest = self.vocab.word(id).get(target.len()..).unwrap_or_default();
                // After a final ي, a ه is the feminine ending (ta marbuta, folded to ه) of another
                // word far more often than a pronoun: روحاني / الروحانية, كوري / الكورية.
                let feminine = rest == "ه" && target.ends_with('ي');
                if SUFFIXES.contains(&rest) && !(*needs_suffix && rest.is_empty()) && !feminine {
                    let kind = if target == q && rest.is_empty() {
                        MatchKind::Exact
                    } else {
                        MatchKind::Clitic
                    };
                    add(matches, id, kind, kind.base_score());
                }
            }
        }
        // Without its article, the word also matches its indefinite forms (الامريكيه → امريكيه).
        if let Some(rest) = rest_after_al.filter(|r| r.chars().count() >= 3) {
            let mut inner = WordMatches::default();
            self.add_clitic_forms(rest, &mut inner);
            for (id, (score, _)) in inner {
                add(matches, id, MatchKind::Clitic, score - 0.05);
            }
        }
    }

    /// The vocabulary words whose core (the word, or the word without a clitic prefix; only the
    /// word itself when `bare`) has variant key `key` and passes `fits`: (word id, prefix byte
    /// length).
    fn cores_by_key<'a>(
        &'a self,
        key: &str,
        bare: bool,
        fits: impl Fn(&str) -> bool + 'a,
    ) -> impl Iterator<Item = (u32, u8)> + 'a {
        self.variant_keys
            .lookup(&self.vocab, key_hash(key))
            .filter(move |&(id, prefix_len)| {
                !(bare && prefix_len > 0)
                    && self
                        .vocab
                        .word(id)
                        .get(prefix_len as usize..)
                        .is_some_and(&fits)
            })
    }

    /// Spelling variants of the query word, bare or behind a clitic prefix.
    fn add_variants(&self, q: &str, matches: &mut WordMatches) {
        for (id, prefix_len) in
            self.cores_by_key(&word_key(q), false, |core| words_are_variants(q, core))
        {
            let score = MatchKind::Variant.base_score() - if prefix_len > 0 { 0.05 } else { 0.0 };
            add(matches, id, MatchKind::Variant, score);
        }
    }

    /// Near words: same first letter, one or two letters more or one less, and either the query
    /// as a subsequence (a letter left out, scored by fuzzy-matcher) or one letter changed or
    /// swapped (for words of five letters or more).
    fn add_typos(&self, q: &str, q_chars: usize, matches: &mut WordMatches) {
        let Some(first) = q.chars().next() else {
            return;
        };
        let q_vec: Vec<char> = q.chars().collect();
        let skim = SkimMatcherV2::default();
        let best = skim.fuzzy_match(q, q).unwrap_or(1).max(1) as f32;
        let mut found: Vec<(f32, u32)> = Vec::new();
        for p in ["", "و", "ب", "ل", "ال", "وال", "بال", "لل", "ف", "ك"] {
            let target = format!("{p}{first}");
            for id in self.vocab.prefix_range(&target) {
                let word = self.vocab.word(id);
                let Some(core) = word.get(p.len()..) else {
                    continue;
                };
                // Cheap length filter in bytes before counting chars.
                if core.len() + 2 < q.len() || core.len() > q.len() + 6 {
                    continue;
                }
                let c_vec: Vec<char> = core.chars().collect();
                if c_vec.len() + 1 < q_chars || c_vec.len() > q_chars + 2 {
                    continue;
                }
                let score = if c_vec.len() > q_chars && is_subsequence(&q_vec, &c_vec) {
                    skim.fuzzy_match(core, q)
                        .map(|s| 0.3 + 0.2 * (s as f32 / best).min(1.0))
                } else if q_chars >= 5 && within_one_edit(&q_vec, &c_vec) {
                    Some(0.35)
                } else {
                    None
                };
                if let Some(mut score) = score {
                    if !p.is_empty() {
                        score -= 0.05;
                    }
                    found.push((score, id));
                }
            }
        }
        found.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        for (score, id) in found.into_iter().take(MAX_TYPO_WORDS) {
            add(matches, id, MatchKind::Typo, score);
        }
    }
}

/// The first of `0..len` for which `before` is false (`before` is true up to some point, then false).
fn partition_point(len: usize, before: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, len);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if before(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// The cores of vocabulary words (a word, or the word without a clitic prefix, of three letters
/// or more) sorted by the hash of their variant key, then word id, then prefix length. The hash
/// is not stored (it would take 8 of the 13 bytes an entry needs): a lookup computes it again
/// for the twenty or so entries its binary search visits.
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct VariantKeys {
    /// Word id of each entry.
    ids: Vec<u32>,
    /// Byte length of the clitic prefix stripped from the word to get the entry's core.
    #[serde(with = "super::packed::bytes")]
    prefix_lens: Vec<u8>,
}

impl VariantKeys {
    /// The variant keys of every word of a vocabulary.
    pub fn build(vocab: &Vocabulary) -> Self {
        let keys = Self::entries(vocab, 0..vocab.len() as u32);
        Self {
            ids: keys.iter().map(|k| k.1).collect(),
            prefix_lens: keys.iter().map(|k| k.2).collect(),
        }
    }

    /// (hash, id, prefix length) of the cores of the words `ids` of `vocab`, sorted.
    fn entries(vocab: &Vocabulary, ids: impl Iterator<Item = u32>) -> Vec<(u64, u32, u8)> {
        let mut keys = Vec::new();
        for id in ids {
            let word = vocab.word(id);
            for prefix in PREFIXES {
                let Some(core) = word.strip_prefix(prefix) else {
                    continue;
                };
                if core.chars().count() >= 3 {
                    keys.push((key_hash(&word_key(core)), id, prefix.len() as u8));
                }
            }
        }
        keys.sort_unstable();
        keys
    }

    /// These keys for `vocab`, a vocabulary laid out again with words added: `new_of` gives each
    /// old word's id in it (in the same order), `added` the ids of the words it gained. Only the
    /// added words' keys are computed; each finds its place among the others by binary search.
    pub fn extended(&self, vocab: &Vocabulary, new_of: &[u32], added: &[u32]) -> Self {
        let old = Self {
            ids: self
                .ids
                .iter()
                .map(|&id| new_of.get(id as usize).copied().unwrap_or(id))
                .collect(),
            prefix_lens: self.prefix_lens.clone(),
        };
        let fresh = Self::entries(vocab, added.iter().copied());
        let entry = |i: usize| {
            Some((
                old.hash(vocab, i)?,
                *old.ids.get(i)?,
                *old.prefix_lens.get(i)?,
            ))
        };
        let mut out = Self {
            ids: Vec::with_capacity(old.ids.len() + fresh.len()),
            prefix_lens: Vec::with_capacity(old.ids.len() + fresh.len()),
        };
        let mut copied = 0;
        for key in fresh {
            let at =
                copied + partition_point(old.ids.len() - copied, |i| entry(copied + i) < Some(key));
            out.ids
                .extend_from_slice(old.ids.get(copied..at).unwrap_or_default());
            out.prefix_lens
                .extend_from_slice(old.prefix_lens.get(copied..at).unwrap_or_default());
            out.ids.push(key.1);
            out.prefix_lens.push(key.2);
            copied = at;
        }
        out.ids
            .extend_from_slice(old.ids.get(copied..).unwrap_or_default());
        out.prefix_lens
            .extend_from_slice(old.prefix_lens.get(copied..).unwrap_or_default());
        out
    }

    /// Hash of the variant key of entry `i`'s core.
    fn hash(&self, vocab: &Vocabulary, i: usize) -> Option<u64> {
        let word = vocab.word(*self.ids.get(i)?);
        let core = word.get(usize::from(*self.prefix_lens.get(i)?)..)?;
        Some(key_hash(&word_key(core)))
    }

    /// The entries whose core has variant key hash `h`: (word id, prefix byte length), in
    /// (id, prefix) order.
    pub fn lookup<'a>(
        &'a self,
        vocab: &'a Vocabulary,
        h: u64,
    ) -> impl Iterator<Item = (u32, u8)> + 'a {
        let (mut lo, mut hi) = (0, self.ids.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.hash(vocab, mid).is_some_and(|m| m < h) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        (lo..self.ids.len())
            .take_while(move |&i| self.hash(vocab, i) == Some(h))
            .filter_map(|i| Some((*self.ids.get(i)?, *self.prefix_lens.get(i)?)))
    }

    /// Heap bytes held.
    pub fn heap_bytes(&self) -> usize {
        self.ids.capacity() * size_of::<u32>() + self.prefix_lens.capacity()
    }
}

fn is_subsequence(short: &[char], long: &[char]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|c| rest.any(|d| d == c))
}

/// True when `a` becomes `b` with one substitution or one swap of neighbours, or one deletion.
fn within_one_edit(a: &[char], b: &[char]) -> bool {
    if a.len() == b.len() {
        let diffs: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
        return match diffs.as_slice() {
            [_] => true,
            [i, j] => *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i],
            _ => false,
        };
    }
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    long.len() == short.len() + 1 && is_subsequence(short, long)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_covers_substitution_swap_and_deletion() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert!(within_one_edit(&c("بوتين"), &c("بوتبن")));
        assert!(within_one_edit(&c("بوتين"), &c("بويتن")));
        assert!(within_one_edit(&c("بوتين"), &c("بوتن")));
        assert!(!within_one_edit(&c("بوتين"), &c("بتيو")));
    }
}
