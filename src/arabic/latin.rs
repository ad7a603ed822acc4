//! Names typed in Latin letters (Putin, Pyongyang, Stoltenberg) read as the Arabic spellings a
//! writer would give them: one general table of how Latin letters are written in Arabic, not a
//! list of names.
//!
//! Consonants map to the Arabic letters that write their sound (t → ت or ط, s → س ص or ز,
//! ch → تش ش or ك, g → the g letters غ ج ق); vowels map to the vowel letters ا و ي or to nothing,
//! since Arabic leaves short vowels unwritten; a word that starts with a vowel starts with ا or
//! ع. An Arabic word is a spelling of the Latin word when its letters can be read off the Latin
//! letters in order that way, with no letter left over on either side. The comparison works on
//! the letters the variant rule folds (see [`super::variant`]), so it meets the Arabic spellings
//! the same way a typed Arabic name does.

use super::variant::{folded_letters, word_key};

/// Most variant keys a Latin word is looked up under.
const MAX_KEYS: usize = 96;

/// One piece of a Latin word: the Arabic letter strings it may be written as.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    /// A consonant (or a cluster read as one sound).
    Consonant(Vec<&'static str>),
    /// A run of vowel letters (a e i o u, and w y inside a word).
    Vowels(Vec<String>),
}

/// A Latin word read as Arabic letters; see the module docs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LatinWord {
    pieces: Vec<Piece>,
}

/// Arabic letters (folded) that write a consonant, or a digraph read first, by its Latin
/// spelling; the empty string marks a letter that may be silent.
fn consonant(rest: &str, before_vowel_e_i: bool) -> Option<(usize, Vec<&'static str>)> {
    const DIGRAPHS: &[(&str, &[&str])] = &[
        ("sch", &["ش"]),
        ("sh", &["ش"]),
        ("ch", &["تش", "ش", "ك"]),
        ("kh", &["خ"]),
        ("gh", &["ج", ""]),
        ("th", &["ث", "ت", "ذ", "ط"]),
        ("ph", &["ف"]),
        ("ts", &["تس"]),
        ("tz", &["تس"]),
        ("ck", &["ك"]),
        ("dj", &["ج"]),
        ("zh", &["ج", "ز", "ش"]),
    ];
    if let Some((latin, arabic)) = DIGRAPHS.iter().find(|(l, _)| rest.starts_with(l)) {
        return Some((latin.len(), arabic.to_vec()));
    }
    let letters: &[&str] = match rest.chars().next()? {
        'b' | 'p' => &["ب"],
        'c' if before_vowel_e_i => &["س"],
        'c' => &["ك"],
        'd' => &["د", "ض"],
        'f' | 'v' => &["ف"],
        'g' | 'j' => &["ج"],
        'h' => &["ه", "ح"],
        'k' => &["ك", "ق"],
        'l' => &["ل"],
        'm' => &["م"],
        'n' => &["ن"],
        'q' => &["ق", "ك"],
        'r' => &["ر"],
        's' => &["س", "ص", "ز"],
        't' => &["ت", "ط"],
        'x' => &["كس", "س", "ش"],
        'z' => &["ز", "تس", "س"],
        _ => return None,
    };
    Some((1, letters.to_vec()))
}

/// The vowel letters a Latin vowel may be written with (the empty string: left unwritten).
fn vowel_options(c: char) -> &'static [&'static str] {
    match c {
        'a' => &["ا", "اي", ""],
        'e' => &["ي", "ا", ""],
        'i' => &["ي", "اي", ""],
        'o' => &["و", ""],
        // u is written و (Putin / بوتين, never بطين); inside a word w and y are glides, always
        // written (Twitter / تويتر, never توتر).
        'u' | 'w' => &["و"],
        'y' => &["ي"],
        _ => &[""],
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Every way a run of Latin vowels can be written, doubled letters collapsed as the variant rule
/// collapses them.
fn vowel_run(run: &str) -> Vec<String> {
    let mut out: Vec<String> = vec![String::new()];
    let mut after_glide = false;
    for c in run.chars() {
        let mut next = Vec::new();
        // A vowel after a glide is written too (wi / وي, ya / يا).
        let options: Vec<&&str> = vowel_options(c)
            .iter()
            .filter(|o| !(after_glide && o.is_empty()))
            .collect();
        after_glide = matches!(c, 'w' | 'y');
        for prefix in &out {
            for o in &options {
                let mut s = prefix.clone();
                for ch in o.chars() {
                    if !s.ends_with(ch) {
                        s.push(ch);
                    }
                }
                next.push(s);
            }
        }
        next.sort();
        next.dedup();
        out = next;
    }
    out
}

impl LatinWord {
    /// Reads a lowercase Latin word; `None` when it holds anything but the letters a–z or is
    /// shorter than two letters.
    pub fn parse(word: &str) -> Option<Self> {
        if word.len() < 2 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        let mut pieces = Vec::new();
        let mut rest = word;
        let mut first = true;
        while let Some(c) = rest.chars().next() {
            let vowel_like = is_vowel(c) || (!first && matches!(c, 'w' | 'y'));
            if vowel_like {
                let end = rest
                    .char_indices()
                    .find(|&(_, d)| !(is_vowel(d) || matches!(d, 'w' | 'y')))
                    .map_or(rest.len(), |(i, _)| i);
                let (run, after) = rest.split_at(end);
                let mut options = vowel_run(run);
                // a before a consonant and a silent e is the English long a (Facebook / فيسبوك).
                let mut next = after.chars();
                if run == "a"
                    && next.next().is_some_and(|c| !is_vowel(c))
                    && next.next() == Some('e')
                {
                    options.push("ي".to_owned());
                }
                if after.is_empty() && run != "e" {
                    // A vowel that ends a name is written (Obama / أوباما, Putin's i need not
                    // be); a final a may be ta marbuta (folded to ه).
                    options.retain(|o| !o.is_empty());
                    if run.ends_with('a') {
                        options.push("ه".to_owned());
                    }
                }
                if first {
                    // A word that starts with a vowel starts with alef or ain in Arabic.
                    options = ["ا", "ع"]
                        .iter()
                        .flat_map(|seat| options.iter().map(move |o| format!("{seat}{o}")))
                        .collect();
                }
                pieces.push(Piece::Vowels(options));
                rest = after;
            } else if first && matches!(c, 'w' | 'y') {
                pieces.push(Piece::Consonant(vec![if c == 'w' { "و" } else { "ي" }]));
                rest = &rest[1..];
            } else {
                let before_e_i = rest
                    .chars()
                    .nth(1)
                    .is_some_and(|d| matches!(d, 'e' | 'i' | 'y'));
                let (len, mut letters) = consonant(rest, before_e_i)?;
                // h that ends a word after a vowel is not written (Sarah / سارة).
                if rest == "h" && !first {
                    letters.push("");
                }
                // g after n is often not written (Washington / واشنطن).
                if c == 'g'
                    && word
                        .get(..word.len() - rest.len())
                        .is_some_and(|b| b.ends_with('n'))
                {
                    letters.push("");
                }
                rest = &rest[len..];
                // A doubled consonant is written once.
                while rest.starts_with(c) && len == 1 {
                    rest = &rest[1..];
                }
                pieces.push(Piece::Consonant(letters));
            }
            first = false;
        }
        Some(Self { pieces })
    }

    /// The variant keys of the Arabic spellings (see [`super::variant::word_key`]): one for each
    /// choice of consonant letters, vowels written as a placeholder the key leaves out.
    pub fn keys(&self) -> Vec<String> {
        let mut skeletons: Vec<String> = vec![String::new()];
        for piece in &self.pieces {
            let options: Vec<String> = match piece {
                Piece::Consonant(letters) => letters.iter().map(|l| (*l).to_owned()).collect(),
                Piece::Vowels(options) => {
                    // Only the seat of a first vowel is in the key; other vowels are not.
                    let mut seats: Vec<String> = options
                        .iter()
                        .map(|o| o.chars().next().filter(|c| matches!(c, 'ا' | 'ع')))
                        .map(|c| c.map_or_else(|| "ا".to_owned(), |c| c.to_string()))
                        .collect();
                    seats.sort();
                    seats.dedup();
                    seats
                }
            };
            let mut next = Vec::with_capacity(skeletons.len() * options.len());
            for s in &skeletons {
                for o in &options {
                    next.push(format!("{s}{o}"));
                }
            }
            next.truncate(MAX_KEYS);
            skeletons = next;
        }
        let mut keys: Vec<String> = skeletons.iter().map(|s| word_key(s)).collect();
        keys.sort();
        keys.dedup();
        keys
    }

    /// True when the normalized Arabic word `arabic` is a spelling of this Latin word.
    pub fn matches(&self, arabic: &str) -> bool {
        let text: String = folded_letters(arabic).into_iter().collect();
        // A word without vowels (a rare abbreviation) needs none written.
        let none_needed = usize::from(!has_vowels(&self.pieces));
        fits(&self.pieces, &text, None, none_needed)
    }
}

/// Whether the pieces, in order, write exactly `text`; `prev` is the letter written before and
/// `vowels` how many vowel pieces were written so far: at least one must be, since Arabic
/// spellings of a name write its long or stressed vowels (Putin is بوتين or بوتن, never بطن).
fn fits(pieces: &[Piece], text: &str, prev: Option<char>, vowels: usize) -> bool {
    let Some((piece, rest)) = pieces.split_first() else {
        return text.is_empty() && vowels > 0;
    };
    let (options, is_vowel_piece): (Vec<&str>, bool) = match piece {
        Piece::Consonant(letters) => (letters.clone(), false),
        Piece::Vowels(options) => (options.iter().map(String::as_str).collect(), true),
    };
    options.iter().any(|&o| {
        let written = vowels + usize::from(is_vowel_piece && !o.is_empty());
        // The variant rule writes a letter doubled across two pieces once (ي for i then y).
        let o = match o.chars().next() {
            Some(c) if Some(c) == prev => &o[c.len_utf8()..],
            _ => o,
        };
        let last = o.chars().next_back().or(prev);
        text.strip_prefix(o)
            .is_some_and(|after| fits(rest, after, last, written))
    })
}

fn has_vowels(pieces: &[Piece]) -> bool {
    pieces.iter().any(|p| matches!(p, Piece::Vowels(_)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arabic::normalize_str;

    fn reads(latin: &str, arabic: &str) -> bool {
        let word = LatinWord::parse(latin).expect("a Latin word");
        let normalized = normalize_str(arabic);
        word.matches(&normalized) && word.keys().contains(&word_key(&normalized))
    }

    #[test]
    fn latin_names_read_as_their_arabic_spellings() {
        for (latin, arabic) in [
            ("putin", "بوتين"),
            ("putin", "بوتن"),
            ("obama", "أوباما"),
            ("erdogan", "أردوغان"),
            ("merkel", "ميركل"),
            ("stoltenberg", "ستولتنبرغ"),
            ("rouhani", "روحاني"),
            ("tehran", "طهران"),
            ("washington", "واشنطن"),
            ("facebook", "فيسبوك"),
            ("google", "غوغل"),
            ("google", "جوجل"),
            ("samsung", "سامسونغ"),
            ("twitter", "تويتر"),
            ("microsoft", "مايكروسوفت"),
            ("pyongyang", "بيونغيانغ"),
            ("pyong", "بيونغ"),
            ("yang", "يانج"),
            ("newyork", "نيويورك"),
            ("un", "أون"),
            ("jong", "جونغ"),
        ] {
            assert!(reads(latin, arabic), "{latin} / {arabic}");
        }
    }

    #[test]
    fn other_words_with_the_same_consonants_are_not_read() {
        for (latin, arabic) in [
            ("putin", "بوتان"),
            ("putin", "بروتين"),
            ("putin", "بطن"),
            ("tehran", "طيران"),
            ("rouhani", "روني"),
            ("pyongyang", "بيانين"),
            ("putin", "بطين"),
            ("jong", "يونغ"),
            ("rouhani", "رحاني"),
            ("obama", "أوبام"),
            ("twitter", "توتر"),
            ("merkel", "مركز"),
        ] {
            assert!(!reads(latin, arabic), "{latin} / {arabic}");
        }
        assert_eq!(LatinWord::parse("a1"), None);
        assert_eq!(LatinWord::parse("x"), None);
    }
}
