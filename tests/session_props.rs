//! Property tests of the session file: random sessions (Arabic text, every kind of annotation)
//! round-trip through save and load, and random bytes or text never panic the parser. Core
//! only: runs without the `gui` feature.

use std::path::PathBuf;

use isnad::corpus::ArticleId;
use isnad::quotes::{Correction, QuoteAnchor, QuoteKind};
use isnad::session::{
    self, Anchor, Bookmark, MetadataEdit, Note, QuoteTag, SavedSearch, Session, Source, Target,
};
use proptest::prelude::*;

fn id(s: &str) -> ArticleId {
    ArticleId::new(s.to_owned())
}

/// Arabic words from the bundled articles, for random text.
const WORDS: &[&str] = &[
    "بوتين",
    "كيم",
    "اتفاقية",
    "الدفاع",
    "المشترك",
    "موسكو",
    "بيونغ",
    "يانغ",
    "الحرب",
    "الباردة",
    "“وثيقة",
    "اختراق”",
    "قال",
    "إن",
    "،",
    ".",
    "\n",
    "\"",
    "\\",
    "r#\"",
    "٢٠٢٤",
];

fn arabic() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::collection::vec(prop::sample::select(WORDS), 0..12).prop_map(|w| w.join(" ")),
        1 => any::<String>(),
    ]
}

fn article_id() -> impl Strategy<Value = ArticleId> {
    prop_oneof![
        Just(id("004_fd56def298acf30f")),
        "[0-9a-z_]{1,20}".prop_map(ArticleId::new),
        arabic().prop_map(ArticleId::new),
    ]
}

fn quote_anchor() -> impl Strategy<Value = QuoteAnchor> {
    (article_id(), 0..5000usize, 0..500usize, arabic()).prop_map(|(article, s, n, text)| {
        QuoteAnchor {
            article,
            bytes: s..s + n,
            text,
        }
    })
}

fn target() -> impl Strategy<Value = Target> {
    prop_oneof![
        article_id().prop_map(Target::Article),
        quote_anchor().prop_map(|q| Target::Passage(Anchor {
            article: q.article,
            bytes: q.bytes,
            text: q.text,
        })),
        quote_anchor().prop_map(Target::Quote),
    ]
}

fn correction() -> impl Strategy<Value = Correction> {
    prop_oneof![
        (quote_anchor(), arabic())
            .prop_map(|(quote, speaker)| Correction::SetSpeaker { quote, speaker }),
        (arabic(), arabic()).prop_map(|(from, into)| Correction::MergeSpeakers { from, into }),
        quote_anchor().prop_map(|quote| Correction::DeleteQuote { quote }),
        (quote_anchor(), prop::option::of(arabic())).prop_map(|(quote, speaker)| {
            Correction::AddQuote {
                quote,
                kind: QuoteKind::Reported,
                speaker,
            }
        }),
    ]
}

fn random_session() -> impl Strategy<Value = Session> {
    let edits = prop::collection::btree_map(
        article_id(),
        (
            prop::option::of(arabic()),
            prop::option::of(arabic()),
            prop::option::of("[0-9]{4}-[0-9]{2}-[0-9]{2}"),
        )
            .prop_map(|(title, outlet, date)| MetadataEdit {
                title,
                outlet,
                date,
                author: None,
            }),
        0..3,
    );
    (
        prop::collection::vec(
            prop_oneof![
                Just(Source::Bundled),
                (arabic(), "[0-9a-f]{64}").prop_map(|(p, sha256)| Source::File {
                    // Sources are kept in full: a relative one comes back resolved.
                    path: PathBuf::from("/").join(p),
                    sha256
                })
            ],
            0..3,
        ),
        edits,
        prop::collection::vec(correction(), 0..4),
        prop::collection::vec((target(), arabic()), 0..4),
        prop::collection::vec((target(), arabic()), 0..4),
        prop::collection::vec((quote_anchor(), arabic()), 0..3),
        prop::collection::vec((arabic(), arabic()), 0..2),
        (prop::option::of(article_id()), -1e6f32..1e6f32, arabic()),
    )
        .prop_map(
            |(sources, metadata_edits, corr, bm, notes, tags, searches, view)| {
                let mut s = Session {
                    sources,
                    metadata_edits,
                    ..Session::default()
                };
                s.corrections.edits = corr;
                s.bookmarks = bm
                    .into_iter()
                    .map(|(target, label)| Bookmark::new(target, label))
                    .collect();
                s.notes = notes
                    .into_iter()
                    .map(|(target, text)| Note::new(target, text))
                    .collect();
                s.tags = tags
                    .into_iter()
                    .map(|(quote, tag)| QuoteTag { quote, tag })
                    .collect();
                s.saved_searches = searches
                    .into_iter()
                    .map(|(query, label)| SavedSearch::new(query, label))
                    .collect();
                (s.view.selected, s.view.reader_scroll, s.view.search_query) = view;
                s.assign_ids();
                s
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn random_sessions_round_trip_through_save_and_load(s in random_session()) {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("s.ron");
        session::save(&path, &s).expect("save");
        prop_assert_eq!(session::load(&path).expect("load"), s);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn random_bytes_never_panic_the_parser(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = session::from_bytes(&bytes);
    }

    #[test]
    fn random_text_never_panics_the_parser(text in "[()\\[\\]{}:,\"a-z0-9 \\n.]{0,200}") {
        let _ = session::from_ron(&text);
    }
}
