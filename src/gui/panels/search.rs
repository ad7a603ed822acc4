//! The search panel: an Arabic search box that searches as you type, filters, and the hits in
//! keyword-in-context form with the matched word centred in a column.

use crate::gui::i18n::{self, tr};
use crate::gui::text::widget_text;
use std::fmt::Write as _;
use std::ops::Range;
use std::sync::Arc;

use egui::{self, Rect, ScrollArea, Sense, Ui, Vec2};

use super::{AppContext, Command};
use crate::corpus::{ArticleId, Corpus};
use crate::gui::search_worker::SearchWorker;
use crate::gui::text::{self, CURRENT, Face, HIT, Highlight, Placed, input::ArabicInput};
use crate::search::{Hit, MatchKind, SearchIndex, SearchOptions, SearchResults, SortOrder};
use crate::session::{Edit, SavedSearch};

/// Horizontal margins of a pill, both sides.
const PILL_MARGIN: f32 = 12.0;

/// Room kept at the end of a row of spellings for "+N".
const MORE_WIDTH: f32 = 30.0;

/// Accessible name of the search box.
pub const SEARCH_BOX: &str = "Search";
/// Most hits listed (counts cover all of them).
const MAX_LISTED: usize = 5_000;

/// What was last sent to the worker.
#[derive(Debug, Clone, PartialEq)]
struct Sent {
    query: String,
    sort: SortOrder,
    only_open_article: bool,
    outlet: Option<String>,
    open: Option<ArticleId>,
    matching: Matching,
}

/// How widely the query matches, as the analyst set it.
#[derive(Debug, Clone, Default, PartialEq)]
struct Matching {
    /// List the sentences where the query's words stand apart, after the others.
    words_apart: bool,
    /// Spellings the analyst switched off in the lines of spellings matched.
    skipped: Vec<String>,
}

/// The search panel's state.
pub struct SearchPanel {
    query: String,
    sent: Option<Sent>,
    sort: SortOrder,
    only_open_article: bool,
    outlet: Option<String>,
    /// What is typed in the outlet list's box (a corpus with many outlets).
    outlet_find: String,
    /// How widely the query matches: words apart, spellings switched off.
    matching: Matching,
    results: SearchResults,
    answered_text: String,
    worker: SearchWorker,
    current: Option<usize>,
    focus_box: bool,
    scroll_to_current: bool,
    /// Outlets of the corpus, for its generation.
    outlets: Option<(u64, Arc<Vec<String>>)>,
}

impl SearchPanel {
    /// A panel searching on a background thread, once it is given an index
    /// ([`SearchPanel::set_index`]).
    pub fn new(ctx: &egui::Context) -> Self {
        Self {
            query: String::new(),
            sent: None,
            sort: SortOrder::Relevance,
            only_open_article: false,
            outlet: None,
            outlet_find: String::new(),
            matching: Matching::default(),
            results: SearchResults::default(),
            answered_text: String::new(),
            worker: SearchWorker::start(ctx.clone()),
            current: None,
            focus_box: false,
            scroll_to_current: false,
            outlets: None,
        }
    }

    /// Puts the keyboard focus in the search box (Ctrl+F).
    pub fn focus(&mut self) {
        self.focus_box = true;
    }

    /// The query as typed.
    pub fn query(&self) -> &str {
        &self.query
    }

    /// The current results.
    pub fn results(&self) -> &SearchResults {
        &self.results
    }

    /// The selected hit, if any.
    pub fn current(&self) -> Option<usize> {
        self.current
    }

    /// Selects hit `i` (clamped and wrapped); returns the hit.
    pub fn select(&mut self, i: usize) -> Option<&Hit> {
        let n = self.results.hits.len();
        if n == 0 {
            return None;
        }
        let i = i % n;
        self.current = Some(i);
        self.scroll_to_current = true;
        self.results.hits.get(i)
    }

    /// Index of the next (or previous) hit after the selected one.
    pub fn step(&self, forward: bool) -> usize {
        let n = self.results.hits.len().max(1);
        match (self.current, forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
        }
    }

    /// Highlights for the open article: every hit span in it, the selected one marked current.
    pub fn highlights_in(&self, article: &ArticleId) -> Vec<Highlight> {
        let current = self.current.and_then(|i| self.results.hits.get(i));
        let mut out = Vec::new();
        for hit in self
            .results
            .hits
            .iter()
            .filter(|h| &h.article.id == article && !h.in_title)
        {
            let is_current = current.is_some_and(|c| std::ptr::eq(c, hit));
            for span in &hit.spans {
                out.push(Highlight {
                    range: span.bytes.clone(),
                    style: if is_current { CURRENT } else { HIT },
                });
            }
        }
        out
    }

    /// Sends the query when it or the filters changed; takes the newest answer.
    fn refresh(&mut self, app: &AppContext<'_>) {
        let open = if self.only_open_article {
            app.selected.cloned()
        } else {
            None
        };
        let key = Sent {
            query: self.query.clone(),
            sort: self.sort,
            only_open_article: self.only_open_article,
            outlet: self.outlet.clone(),
            open: open.clone(),
            matching: self.matching.clone(),
        };
        if self.sent.as_ref() != Some(&key) {
            let options = SearchOptions {
                sort: self.sort,
                articles: open.into_iter().collect(),
                outlets: self.outlet.clone().into_iter().collect(),
                limit: Some(MAX_LISTED),
                words_apart: self.matching.words_apart,
                skip_words: self.matching.skipped.clone(),
            };
            self.worker.send(&self.query, options);
            self.sent = Some(key);
        }
        if let Some(answer) = self.worker.poll() {
            self.results = answer.results;
            self.answered_text = answer.text;
            self.current = None;
        }
    }

    /// Shows the panel.
    pub fn ui(&mut self, app: &AppContext<'_>, ui: &mut Ui, commands: &mut Vec<Command>) {
        self.refresh(app);
        ui.with_layout(i18n::column_layout(), |ui| {
            ui.add_space(6.0);
            let heading = app.heading_face(17.0);
            text::line(ui, &tr!("search-heading"), &heading);
            if std::mem::take(&mut self.focus_box) {
                let id = ArabicInput::id_for(ui, SEARCH_BOX);
                ui.memory_mut(|m| m.request_focus(id));
            }
            let width = ui.available_width();
            let (label, hint) = (tr!("search-box"), tr!("search-hint"));
            ArabicInput::new(&mut self.query, SEARCH_BOX, app.ui_face(17.0))
                .label(&label)
                .hint(&hint)
                .width(width)
                .show(ui);
            self.saved_ui(app, ui, commands);
            self.options_ui(app, ui, commands);
            self.summary_ui(app, ui);
            ui.separator();
            self.hits_ui(app, ui, commands);
        });
    }

    /// "Keep search" (beside the sort options), and the searches kept in the session.
    fn keep_button_ui(&self, app: &AppContext<'_>, ui: &mut Ui, commands: &mut Vec<Command>) {
        let query = self.query.trim();
        let kept = app.session.saved_searches.iter().any(|s| s.query == query);
        let keep = egui::Button::new(widget_text(ui, tr!("search-keep")));
        let hover = widget_text(ui, tr!("search-keep-hover"));
        if ui
            .add_enabled(!query.is_empty() && !kept, keep)
            .on_hover_text(hover)
            .clicked()
        {
            commands.push(Command::Edit(Edit::SaveSearch(SavedSearch::new(query, ""))));
        }
    }

    /// The searches kept in the session, one pill each.
    fn saved_ui(&self, app: &AppContext<'_>, ui: &mut Ui, commands: &mut Vec<Command>) {
        let saved = &app.session.saved_searches;
        if saved.is_empty() {
            return;
        }
        let query = self.query.trim();
        ui.horizontal_wrapped(|ui| {
            ui.label(widget_text(ui, tr!("search-kept")));
            for s in saved {
                let hover = widget_text(ui, tr!("search-kept-hover"));
                let r = pill(ui, app, &s.query, s.query == query).on_hover_text(hover);
                if r.clicked() {
                    commands.push(Command::RunSearch(s.query.clone()));
                }
                if r.secondary_clicked() {
                    commands.push(Command::Edit(Edit::RemoveSavedSearch(s.id)));
                }
            }
        });
    }

    /// Searches `index` from now on (the workspace's): the query is asked again.
    pub fn set_index(&mut self, index: Arc<SearchIndex>) {
        self.worker.set_index(index);
        self.sent = None;
    }

    /// Shows the metadata of `corpus` (the same articles, edited) in hits and the outlet filter:
    /// the index takes it and the query is asked again.
    pub fn refresh_metadata(&mut self, corpus: Arc<Corpus>) {
        self.worker.refresh_metadata(corpus);
        self.sent = None;
    }

    /// Replaces the query (a saved search, a reopened session).
    pub fn set_query(&mut self, query: &str) {
        query.clone_into(&mut self.query);
        self.current = None;
        self.matching.skipped.clear();
    }

    fn outlets(&mut self, app: &AppContext<'_>) -> Arc<Vec<String>> {
        let generation = app.corpus_generation;
        if let Some((built_for, outlets)) = &self.outlets
            && *built_for == generation
        {
            return Arc::clone(outlets);
        }
        let mut outlets: Vec<String> = app
            .corpus
            .articles()
            .iter()
            .filter_map(|a| a.meta.outlet.clone())
            .collect();
        outlets.sort_unstable();
        outlets.dedup();
        let outlets = Arc::new(outlets);
        self.outlets = Some((generation, Arc::clone(&outlets)));
        outlets
    }

    fn options_ui(&mut self, app: &AppContext<'_>, ui: &mut Ui, commands: &mut Vec<Command>) {
        ui.horizontal_wrapped(|ui| {
            self.keep_button_ui(app, ui, commands);
            let relevance = widget_text(ui, tr!("search-sort-relevance"));
            ui.selectable_value(&mut self.sort, SortOrder::Relevance, relevance);
            let order = widget_text(ui, tr!("search-sort-article-order"));
            ui.selectable_value(&mut self.sort, SortOrder::ArticleOrder, order);
            let open_only = widget_text(ui, tr!("search-open-article-only"));
            ui.checkbox(&mut self.only_open_article, open_only);
            let apart = widget_text(ui, tr!("search-words-apart"));
            let hover = text::wrapped_widget_text(ui, tr!("search-words-apart-hover"), 320.0);
            ui.checkbox(&mut self.matching.words_apart, apart)
                .on_hover_text(hover);
        });
        let outlets = self.outlets(app);
        if outlets.is_empty() {
            return;
        }
        if outlets.len() > super::outlet_filter::CHIPS_MAX {
            let find = &mut self.outlet_find;
            super::outlet_filter::outlet_menu_ui(app, ui, &outlets, (&mut self.outlet, find));
            return;
        }
        // A few outlets are chips; they scroll sideways rather than widen the panel.
        let width = ui.available_width();
        ScrollArea::horizontal()
            .id_salt("outlets")
            .max_width(width)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.label(widget_text(ui, tr!("search-outlet")));
                    let all = widget_text(ui, tr!("search-outlet-all"));
                    if ui.selectable_label(self.outlet.is_none(), all).clicked() {
                        self.outlet = None;
                    }
                    for o in outlets.iter() {
                        let selected = self.outlet.as_deref() == Some(o.as_str());
                        if pill(ui, app, o, selected).clicked() {
                            self.outlet = if selected { None } else { Some(o.clone()) };
                        }
                    }
                });
            });
    }

    fn summary_ui(&mut self, app: &AppContext<'_>, ui: &mut Ui) {
        if self.query.trim().is_empty() {
            return;
        }
        let r = &self.results;
        let mut summary = tr!(
            "search-summary",
            hits = r.total_hits,
            articles = r.article_count
        );
        if r.total_hits > r.hits.len() {
            let _ = write!(
                summary,
                " {}",
                tr!("search-first-listed", count = r.hits.len())
            );
        }
        if r.apart_hits > 0 && !self.matching.words_apart {
            let _ = write!(
                summary,
                " · {}",
                tr!("search-more-apart", count = r.apart_hits)
            );
        }
        if self.answered_text != self.query {
            let _ = write!(summary, " · {}", tr!("search-searching"));
        }
        text::line(ui, &summary, &app.weak_face(14.0));
        self.spellings_ui(app, ui);
    }

    /// The other spellings each query word matched (variants, Arabic spellings of a Latin name,
    /// near words, a name written joined or split), each a toggle: a click switches a spelling
    /// off (بينغ among the spellings of بيونغ) and the results follow.
    fn spellings_ui(&mut self, app: &AppContext<'_>, ui: &mut Ui) {
        let typed: Vec<String> = crate::arabic::normalized_words(&self.query);
        // (label, spellings, switched off).
        let mut lines: Vec<(String, Vec<String>, bool)> = Vec::new();
        for w in &self.results.words {
            let joined_or_split = !typed.contains(&w.query_word);
            let others: Vec<String> = w
                .matched
                .iter()
                .filter(|(_, k)| {
                    joined_or_split
                        || matches!(
                            k,
                            MatchKind::Variant | MatchKind::Transliteration | MatchKind::Typo
                        )
                })
                .take(8)
                .map(|(word, _)| word.clone())
                .collect();
            if !others.is_empty() {
                lines.push((w.query_word.clone(), others, false));
            }
        }
        if !self.matching.skipped.is_empty() {
            lines.push((
                tr!("search-spellings-off"),
                self.matching.skipped.clone(),
                true,
            ));
        }
        let mut toggled: Option<String> = None;
        // A line per word, read right to left (the panel's rows run right to left): the label,
        // then its spellings, the best first, as many as fit: egui does not wrap such a row, it
        // would widen the panel over the reader.
        let pill_face = app.ui_face(13.5);
        for (line, (label, words, switched_off)) in lines.iter().enumerate() {
            // Two words may list the same spelling: each line has ids of its own.
            ui.push_id(line, |ui| {
                ui.horizontal(|ui| {
                    text::line(ui, &format!("{label}:"), &app.weak_face(13.0));
                    let spacing = ui.spacing().item_spacing.x;
                    let mut hidden = 0;
                    for w in words {
                        let width =
                            text::paragraph_layout(ui.ctx(), w, &[], &pill_face, f32::INFINITY)
                                .lines
                                .first()
                                .map_or(0.0, |l| l.width)
                                + PILL_MARGIN
                                + spacing;
                        if hidden > 0 || width > ui.available_width() - MORE_WIDTH {
                            hidden += 1;
                            continue;
                        }
                        let hover = widget_text(
                            ui,
                            if *switched_off {
                                tr!("search-spelling-off-hover")
                            } else {
                                tr!("search-spelling-on-hover")
                            },
                        );
                        if pill(ui, app, w, !*switched_off)
                            .on_hover_text(hover)
                            .clicked()
                        {
                            toggled = Some(w.clone());
                        }
                    }
                    if hidden > 0 {
                        text::line(ui, &format!("+{hidden}"), &app.weak_face(13.0));
                    }
                })
            });
        }
        if let Some(word) = toggled {
            if let Some(i) = self.matching.skipped.iter().position(|w| *w == word) {
                self.matching.skipped.remove(i);
            } else {
                self.matching.skipped.push(word);
            }
        }
    }

    fn hits_ui(&mut self, app: &AppContext<'_>, ui: &mut Ui, commands: &mut Vec<Command>) {
        let kwic_face = app.ui_face(15.0);
        let meta_face = app.weak_face(12.5);
        let row_height = kwic_face.line_height(ui.ctx()) + meta_face.line_height(ui.ctx()) + 10.0;
        let scroll_to = std::mem::take(&mut self.scroll_to_current)
            .then_some(self.current)
            .flatten();
        let mut area = ScrollArea::vertical()
            .auto_shrink([false, false])
            .id_salt("search-hits");
        if let Some(i) = scroll_to {
            let visible = ui.available_height();
            area = area.vertical_scroll_offset((i as f32 * row_height - visible / 2.0).max(0.0));
        }
        let hits = &self.results.hits;
        area.show_rows(ui, row_height, hits.len(), |ui, rows| {
            for i in rows {
                let Some(hit) = hits.get(i) else { continue };
                let (rect, response) = ui.allocate_exact_size(
                    Vec2::new(ui.available_width(), row_height),
                    Sense::click(),
                );
                let selected = self.current == Some(i);
                if selected {
                    ui.painter().rect_filled(
                        rect,
                        4.0,
                        ui.visuals().selection.bg_fill.gamma_multiply(0.35),
                    );
                } else if response.hovered() {
                    ui.painter()
                        .rect_filled(rect, 4.0, ui.visuals().widgets.hovered.weak_bg_fill);
                }
                kwic_row(ui, hit, rect, &kwic_face, &meta_face);
                let label = format!("{} — {}", hit.sentence(), hit.article.display_title());
                response.widget_info(|| {
                    egui::WidgetInfo::selected(egui::Role::Button, true, selected, &label)
                });
                if response.clicked() {
                    commands.push(Command::OpenHit(i));
                }
            }
        });
    }
}

/// A clickable outlet name drawn with the Arabic text module.
fn pill(ui: &mut Ui, app: &AppContext<'_>, name: &str, selected: bool) -> egui::Response {
    let face = app.ui_face(13.5);
    let frame = egui::Frame::new()
        .inner_margin(egui::Margin::symmetric((PILL_MARGIN / 2.0) as i8, 2))
        .corner_radius(8.0)
        .fill(if selected {
            ui.visuals().selection.bg_fill
        } else {
            ui.visuals().widgets.inactive.weak_bg_fill
        });
    let inner = frame.show(ui, |ui| text::line(ui, name, &face));
    let response = ui.interact(
        inner.response.rect,
        ui.scope_id().with(("outlet", name)),
        Sense::click(),
    );
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, name));
    response
}

/// One keyword-in-context row: the sentence around the first match on one line, the match
/// centred, and the article's title, outlet and date under it.
fn kwic_row(ui: &mut Ui, hit: &Hit, rect: Rect, kwic_face: &Face, meta_face: &Face) {
    let kwic = hit.kwic(8);
    let line = format!("{}{}{}", kwic.before, kwic.hit, kwic.after);
    let hl: Range<usize> = kwic.before.len()..kwic.before.len() + kwic.hit.len();
    let layout = text::paragraph_layout(
        ui.ctx(),
        &line,
        &[Highlight {
            range: hl,
            style: HIT,
        }],
        kwic_face,
        f32::INFINITY,
    );
    let Some(first) = layout.lines.first() else {
        return;
    };
    let hit_pieces = first.pieces.iter().filter(|p| p.style & HIT != 0);
    let (lo, hi) = hit_pieces.fold((f32::MAX, f32::MIN), |(lo, hi), p| {
        (lo.min(p.x), hi.max(p.x + p.width))
    });
    let centre = if lo <= hi {
        f32::midpoint(lo, hi)
    } else {
        first.width / 2.0
    };
    let line_height = kwic_face.line_height(ui.ctx());
    let left = rect.center().x - centre;
    let line_rect = Rect::from_min_size(
        egui::pos2(left, rect.top() + 4.0),
        Vec2::new(first.width, line_height),
    );
    let mut clip = ui.new_child(egui::UiBuilder::new().max_rect(rect));
    clip.set_clip_rect(rect.intersect(ui.clip_rect()));
    let theme = crate::gui::theme::Theme::of(ui.ctx());
    text::paint_paragraph(
        &clip,
        &layout,
        kwic_face,
        &Placed {
            rect: line_rect,
            line_height,
        },
        &theme,
    );
    let mut meta = Vec::new();
    if hit.in_title {
        meta.push(tr!("search-hit-headline"));
    }
    if hit.apart {
        meta.push(tr!("search-hit-words-apart"));
    }
    meta.push(hit.article.display_title());
    if let Some(o) = &hit.article.meta.outlet {
        meta.push(o.clone());
    }
    if let Some(d) = hit.article.meta.date {
        meta.push(text::ltr_isolate(&d.to_string()));
    }
    let meta = meta.join(" · ");
    let meta_layout = text::paragraph_layout(ui.ctx(), &meta, &[], meta_face, f32::INFINITY);
    let meta_rect = Rect::from_min_max(
        egui::pos2(rect.left() + 6.0, rect.top() + 4.0 + line_height),
        egui::pos2(rect.right() - 6.0, rect.bottom()),
    );
    text::paint_paragraph(
        &clip,
        &meta_layout,
        meta_face,
        &Placed {
            rect: meta_rect,
            line_height: meta_face.line_height(ui.ctx()),
        },
        &theme,
    );
}
