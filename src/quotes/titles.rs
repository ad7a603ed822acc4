//! The offices an article names its people with, and the shorter forms a later mention of the
//! office takes: Arabic news names an official in full once (وزير المالية المغربي محمد بوسعيد)
//! and then by the office cut short (وزير المالية، الوزير) or with its nationality added
//! (وزير الخارجية → وزير الخارجية المصري).

use rustc_hash::FxHashMap as HashMap;

use super::lexicon::{is_place_adjective, is_title, light_norm, strip_article};
use super::names::{title_key, word_key};
use super::person::is_given_name;

/// Offices learned in an article, each with the name it was given with.
#[derive(Default)]
pub(super) struct Titles {
    /// Folded title phrase → the name.
    exact: HashMap<String, String>,
    /// The words of each title (the first without its article) and the name, for people's
    /// names only.
    words: Vec<(Vec<String>, String)>,
    /// Every office learned, light-normalized, with its name.
    offices: Vec<(String, String)>,
}

/// The words of a title phrase as they are compared: light-normalized, folded, the first
/// without its article or و (والوزير = وزير).
fn title_words(title: &str) -> Vec<String> {
    title
        .split_whitespace()
        .enumerate()
        .map(|(i, w)| {
            let norm = light_norm(w);
            let bare = if i == 0 {
                strip_article(&norm).0
            } else {
                &norm
            };
            word_key(bare)
        })
        .collect()
}

/// An office without the honorifics that close it before the name (… بالإنابة المهندس، …
/// الدكتور، … د.).
fn without_honorifics(title: &str) -> &str {
    let mut rest = title.trim_end_matches(['.', '\u{2024}', ' ']);
    while let Some((head, last)) = rest.rsplit_once(' ') {
        let norm = light_norm(last.trim_end_matches(['.', '\u{2024}']));
        // أ.د.، م.: letters of an abbreviated title.
        let letters = norm.contains('.') && norm.split('.').all(|p| p.chars().count() <= 1);
        let honorific =
            letters || is_title(&norm) && (strip_article(&norm).1 || norm.chars().count() == 1);
        if !honorific {
            break;
        }
        rest = head.trim_end_matches(['.', '\u{2024}', ' ']);
    }
    rest
}

/// True when `name` reads as a person's name, which a shortened office may refer to: its first
/// word a given name (عبد… included), its last a family name with the article, or a few bare
/// words.
fn is_person_name(name: &str) -> bool {
    let words: Vec<String> = name.split_whitespace().map(light_norm).collect();
    let given = words
        .first()
        .is_some_and(|w| is_given_name(w) || w.starts_with("عبد"));
    let family = words.len() >= 2 && words.last().is_some_and(|w| strip_article(w).1);
    // سامح شكري، هيلاري كلينتون: two or three bare words, none a noun in ة or ا or with a
    // preposition.
    let bare = (2..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| !strip_article(w).1 && !w.ends_with(['ة', 'ا']) && !w.starts_with(['ب', 'ل']));
    given || family || bare
}

/// A nationality or place adjective as written (المصري، الأممي، الأوروبي): definite, in ي as
/// written (not ى: المفدى is an epithet), or a listed place adjective.
pub(super) fn is_nationality(word: &str) -> bool {
    let norm = light_norm(word);
    is_place_adjective(&norm)
        || (strip_article(&norm).1 && word.ends_with('ي') && word.chars().count() >= 5)
}

impl Titles {
    /// Learns `title` as an office of `name`; the first name learned for a title keeps it.
    pub(super) fn learn(&mut self, title: &str, name: &str) {
        self.offices.push((light_norm(title), name.to_owned()));
        self.exact
            .entry(title_key(title))
            .or_insert_with(|| name.to_owned());
        let words = title_words(title);
        if !words.is_empty() && is_person_name(name) && !self.words.iter().any(|(w, _)| *w == words)
        {
            self.words.push((words, name.to_owned()));
        }
    }

    /// Learns `office` of `name` as given, and without the honorifics that close it before the
    /// name: أمين المنطقة بالإنابة المهندس فلان … وأضاف أمين المنطقة بالإنابة.
    pub(super) fn learn_office(&mut self, office: &str, name: &str) {
        self.learn(office, name);
        self.learn(without_honorifics(office), name);
    }

    /// The offices the article gave `name` with, light-normalized.
    pub(super) fn offices_of<'s>(&'s self, name: &'s str) -> impl Iterator<Item = &'s str> {
        self.offices
            .iter()
            .filter(move |(_, n)| n == name)
            .map(|(o, _)| o.as_str())
    }

    /// The name an office said alone refers to: the one given with that very office, else the
    /// one person whose office begins with the words of `mention` (الوزير، وزير المالية for
    /// وزير المالية المغربي), or whose office the mention gives with nationality adjectives
    /// added (وزير الخارجية المصري for وزير الخارجية). Two people whose offices fit leave it
    /// unresolved.
    pub(super) fn holder(&self, mention: &str) -> Option<&String> {
        if let Some(name) = self.exact.get(&title_key(mention)) {
            return Some(name);
        }
        let m = title_words(mention);
        if m.is_empty() {
            return None;
        }
        let nationality = |from: usize| {
            let added: Vec<&str> = mention.split_whitespace().skip(from).collect();
            !added.is_empty() && added.iter().all(|w| is_nationality(w))
        };
        let mut fits = self
            .words
            .iter()
            .filter(|(t, _)| t.starts_with(&m) || (m.starts_with(t) && nationality(t.len())));
        let (_, first) = fits.next()?;
        fits.all(|(_, n)| n == first).then_some(first)
    }
}
