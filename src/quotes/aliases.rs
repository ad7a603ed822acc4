//! Merging speakers across articles into one canonical person or group: بوتين = فلاديمير بوتين
//! = الرئيس الروسي = السيد بوتين.

use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

use super::Quote;
use super::kinship::is_kin_word;
use super::lexicon::{
    is_country, is_document, is_group, is_institution, is_name_stop, is_title, light_norm,
    strip_article,
};
use super::person::{is_arabic_given_name, is_given_name, is_lineage};

/// The key under which two speaker names are the same: the one folding used for speakers. It is
/// search's key for transliterated names, so spellings of one foreign name meet
/// (كيم جونغ أون = كيم جونج أون) besides hamza, ta marbuta and diacritics.
pub fn speaker_key(name: &str) -> String {
    crate::arabic::variant_key(name.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// The key under which speakers merge: [`speaker_key`] for names that read as foreign
/// (transliterations vary: كيم جونغ أون / كيم جونج أون), but the written letters for Arabic names,
/// whose long vowels tell people apart (سلمان / سليمان / سليماني، محمد / محمود، ظريف / ظروف).
/// A name reads as Arabic when a word of it is a given name of the lexicon, a lineage word, or a
/// family name with ال.
fn merge_key(name: &str) -> String {
    let words: Vec<String> = name.split_whitespace().map(light_norm).collect();
    let arabic = words.iter().any(|w| {
        is_arabic_given_name(w) || is_lineage(w) || w.starts_with("عبد") || w.starts_with("ال")
    });
    if !arabic {
        return speaker_key(name);
    }
    words
        .iter()
        .map(|w| super::names::word_key(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Sets [`super::Speaker::canonical`] on every quote: names that are the same person across
/// articles get one name, the most frequent full form. A surname alone joins the full name that
/// holds it; a title alone joins the person most often named with that title.
pub fn merge_speakers(quotes: &mut [Quote]) {
    let named = |s: &&super::Speaker| s.attribution != super::Attribution::Unnamed;
    let Counted {
        keys,
        forms,
        by_title,
    } = count_names(quotes);
    let canonical_of: HashMap<&String, &Arc<str>> = forms
        .iter()
        .filter_map(|(key, f)| {
            f.iter()
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                .map(|(form, _)| (key, form))
        })
        .collect();
    let total = |key: &String| forms.get(key).map_or(0, |f| f.values().sum::<usize>());
    let mut canonical_of = canonical_of;
    for (key, form) in name_run_on(&forms, &canonical_of, total) {
        canonical_of.insert(key, form);
    }
    // Each word of a person's full name → the most frequent full name that holds it.
    let mut by_word: HashMap<String, (&String, usize, bool)> = HashMap::default();
    // Each surname → how often each full name that ends with it is said, to tell a surname many
    // people share (براون: جيري براون، كيم براون، مايكل براون) from one person's.
    let mut ending: HashMap<String, Vec<(&str, usize)>> = HashMap::default();
    for key in forms.keys() {
        // Only a person's name lends its words to surnames: not a title, a group or a place,
        // nor a relative named by whose relative they are (والد مايكل براون، أسرة قنديل).
        // Judged on the written name: the key's letters are folded past what the word lists know.
        let written = canonical_of.get(key).map_or(key.as_str(), |f| &**f);
        let not_person = written.split_whitespace().any(|w| {
            let n = light_norm(w);
            names_no_person(&n) || is_name_stop(&n) || n.starts_with("ال") || is_kin_word(&n)
        });
        if not_person || key.split(' ').count() > 4 {
            continue;
        }
        let words: Vec<&str> = key.split(' ').collect();
        for (i, w) in words
            .iter()
            .enumerate()
            .filter(|(_, w)| w.chars().count() >= 3)
        {
            // A surname said alone is the family name, which ends the full name: a name that
            // ends with the word comes before one that only holds it (تسيبراس is ألكسيس
            // تسيبراس, not a phrase that starts with it).
            let ends = i + 1 == words.len();
            let n = total(key);
            if ends && let Some(given) = written.split_whitespace().next() {
                ending.entry((*w).to_owned()).or_default().push((given, n));
            }
            let e = by_word.entry((*w).to_owned()).or_insert((key, n, ends));
            // Ties go to the smaller key, not to whichever the hash map visited first.
            if (ends, n) > (e.2, e.1) || ((ends, n) == (e.2, e.1) && key < e.0) {
                *e = (key, n, ends);
            }
        }
    }
    // The canonical name depends on the name alone: found once for each distinct name.
    let mut resolved: HashMap<Arc<str>, Arc<str>> = HashMap::default();
    for q in quotes.iter_mut() {
        // An unnamed source is one article's: «مصدر أمني» here and there are not one person.
        let Some(s) = q.speaker.as_mut().filter(|s| named(&&**s)) else {
            continue;
        };
        if let Some(canonical) = resolved.get(&s.name) {
            s.canonical = Arc::clone(canonical);
            continue;
        }
        let key = keys
            .get(&s.name)
            .cloned()
            .unwrap_or_else(|| merge_key(&s.name));
        let mut target: Option<&Arc<str>> = None;
        // Only a qualified title (الرئيس الروسي) names one person across articles; a bare one
        // (الأمين، الوزير) does not.
        let first_word = s.name.split_whitespace().next().unwrap_or_default();
        if key.contains(' ') && is_title(&light_norm(first_word)) {
            // A title alone: the person named with it elsewhere, when one person holds it in two
            // thirds of those mentions at least; a title many people hold (the spokesman of
            // every ministry) names nobody in particular.
            let best = by_title.get(&key).and_then(|m| {
                let total: usize = m.values().sum();
                m.iter()
                    .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                    .filter(|(_, n)| **n * 3 >= total * 2)
                    .map(|(k, _)| k)
            });
            target = best.and_then(|k| canonical_of.get(k).copied());
        }
        if target.is_some() {
        } else if let Some(form) = canonical_of.get(&key) {
            target = Some(form);
        } else if !key.contains(' ')
            && !is_given_name(&light_norm(&s.name))
            && !light_norm(&s.name).starts_with("عبد")
            && !is_document(strip_article(&light_norm(&s.name)).0)
            && !is_country(&light_norm(&s.name))
        {
            // A given name said alone (محمد، عبدالعزيز) is one article's person: it joins no
            // full name of another article.
            // A surname two people of the corpus are often named by (another given name, said
            // twice at least and a third as often as the first) is neither's when said alone
            // elsewhere.
            let shared = is_shared_surname(&ending, &key);
            target = by_word
                .get(&key)
                .filter(|_| !shared)
                .and_then(|(k, _, _)| canonical_of.get(k).copied())
                .filter(|full| spelled_alike(&s.name, full));
        }
        s.canonical = Arc::clone(target.unwrap_or(&s.name));
        resolved.insert(Arc::clone(&s.name), Arc::clone(&s.canonical));
    }
}

/// What the first pass over the speakers counts.
struct Counted {
    /// Each distinct name's key, made once: a corpus names a person hundreds of times.
    keys: HashMap<Arc<str>, String>,
    /// Full names (two words or more), by key, with how often each written form occurs.
    forms: HashMap<String, HashMap<Arc<str>, usize>>,
    /// Title (folded) → full-name key → count.
    by_title: HashMap<String, HashMap<String, usize>>,
}

/// Counts the written forms of the named speakers' full names and the names each title goes with.
fn count_names(quotes: &[Quote]) -> Counted {
    let mut counted = Counted {
        keys: HashMap::default(),
        forms: HashMap::default(),
        by_title: HashMap::default(),
    };
    for s in quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref())
        .filter(|s| s.attribution != super::Attribution::Unnamed)
    {
        let key = counted
            .keys
            .entry(Arc::clone(&s.name))
            .or_insert_with(|| merge_key(&s.name))
            .clone();
        if s.name.split_whitespace().count() >= 2 {
            *counted
                .forms
                .entry(key.clone())
                .or_default()
                .entry(Arc::clone(&s.name))
                .or_default() += 1;
        }
        if let Some(role) = &s.role {
            *counted
                .by_title
                .entry(merge_key(role))
                .or_default()
                .entry(key)
                .or_default() += 1;
        }
    }
    counted
}

/// True when two people of the corpus are often named by the surname `key`: full names ending
/// with it under another given name (not a spelling of the first: يروين / جيروين), said twice
/// at least and a third as often as the first.
fn is_shared_surname(ending: &HashMap<String, Vec<(&str, usize)>>, key: &str) -> bool {
    let Some(named) = ending.get(key) else {
        return false;
    };
    let Some(&(first, most)) = named.iter().max_by_key(|(_, n)| *n) else {
        return false;
    };
    named
        .iter()
        .any(|&(given, n)| n >= 2 && n * 3 >= most && strsim::levenshtein(given, first) > 1)
}

/// True for a word that makes its phrase an office, a group, a body, a document or a country,
/// not a person's name.
fn names_no_person(norm: &str) -> bool {
    is_title(norm)
        || is_group(norm)
        || is_institution(norm)
        || is_document(strip_article(norm).0)
        || is_country(norm)
}

/// Full names that are a shorter full name and the words of its sentence run on (مولود جاوش
/// أوغلو بدء وصول، نايف هزازي يخضع): the shorter form, seen at least twice as often on its own
/// across the corpus, is the name. Returned as key → the shorter name's written form.
fn name_run_on<'a>(
    forms: &'a HashMap<String, HashMap<Arc<str>, usize>>,
    canonical_of: &HashMap<&'a String, &'a Arc<str>>,
    total: impl Fn(&String) -> usize,
) -> Vec<(&'a String, &'a Arc<str>)> {
    const WORDS_DROPPED_MAX: usize = 2;
    forms
        .keys()
        .filter_map(|key| {
            let words: Vec<&str> = canonical_of.get(key)?.split_whitespace().collect();
            let norms: Vec<String> = words.iter().map(|w| light_norm(w)).collect();
            // A person's name only: a body or an office keeps its qualifier (وزارة الداخلية
            // البحرينية، رئيس الوزراء اليوناني).
            if norms.iter().any(|n| names_no_person(n)) {
                return None;
            }
            let own = total(key).max(1);
            (1..=WORDS_DROPPED_MAX)
                .filter(|&d| words.len() >= d + 2)
                .filter(|&d| {
                    // The words dropped are no given name (أحمد عادل كمال), and what is kept
                    // ends with a family name, not a given one (عبد العزيز كابلي).
                    let kept = &norms[..norms.len() - d];
                    let last = kept.last().map_or("", String::as_str);
                    // After بن فلان the family name follows (محمد بن عبدالله المرعول).
                    let after_lineage = kept.len() >= 2 && is_lineage(&kept[kept.len() - 2]);
                    norms[norms.len() - d..].iter().all(|n| !is_given_name(n))
                        && !is_given_name(last)
                        && !last.starts_with("عبد")
                        && !after_lineage
                        && !(kept.len() == 2 && (kept[0] == "عبد" || kept[0] == "ابو"))
                })
                .find_map(|d| {
                    let shorter = merge_key(&words[..words.len() - d].join(" "));
                    let (k, form) = canonical_of.get_key_value(&shorter)?;
                    (total(k) >= 2 * own).then_some(*form)
                })
                .map(|form| (key, form))
        })
        .collect()
}

/// True when a surname said alone is written as a word of the full name is, or one letter off
/// (بارنز / بيرنز): the loose key that lets transliterations meet would also join مارينو to
/// مورينيو, إيران to آرون and راغب to رجب.
fn spelled_alike(lone: &str, full: &str) -> bool {
    let key = |w: &str| super::names::word_key(&light_norm(w));
    let lone = key(lone.trim());
    full.split_whitespace()
        .map(key)
        .any(|w| w == lone || (lone.chars().count() >= 5 && strsim::levenshtein(&w, &lone) <= 1))
}
