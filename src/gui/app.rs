//! The application: owns the corpus, the panels and the preferences, and applies commands.

use std::sync::Arc;

use eframe::egui;

use super::commands::{Command, View};
use super::panels::{
    AppContext, ArticleList, Marks, QuotesView, Reader, SearchPanel, status_ui, toolbar_ui,
};
use super::prefs::Prefs;
use super::{fonts, theme::Theme};
use crate::corpus::{ArticleId, Corpus};
use crate::quotes::{Correction, QuoteAnchor, QuoteId, QuoteKind};

/// The Isnad window.
pub struct IsnadApp {
    set_up: bool,
    window_title: String,
    corpus: Arc<Corpus>,
    selected: Option<ArticleId>,
    prefs: Prefs,
    list: ArticleList,
    reader: Reader,
    search: Option<SearchPanel>,
    quotes: Option<QuotesView>,
    view: View,
    scroll_to: Option<usize>,
}

impl IsnadApp {
    /// Builds the app on a loaded corpus; reads preferences from eframe's storage.
    pub fn new(storage: Option<&dyn eframe::Storage>, corpus: Arc<Corpus>) -> Self {
        let prefs: Prefs = storage
            .and_then(|s| eframe::get_value(s, Prefs::KEY))
            .unwrap_or_default();
        let selected = corpus.articles().first().map(|a| a.id.clone());
        Self {
            set_up: false,
            window_title: String::new(),
            corpus,
            selected,
            prefs,
            list: ArticleList::default(),
            reader: Reader::default(),
            search: None,
            quotes: None,
            view: View::Reader,
            scroll_to: None,
        }
    }

    /// The article open in the reader.
    pub fn selected(&self) -> Option<&ArticleId> {
        self.selected.as_ref()
    }

    /// Reader font size in points.
    pub fn font_size(&self) -> f32 {
        self.prefs.font_size
    }

    /// The reader's selected text, if any.
    pub fn selected_text(&self) -> Option<String> {
        let article = self
            .selected
            .as_ref()
            .and_then(|id| self.corpus.article(id))?;
        self.reader.selected_text(article)
    }

    /// What the centre shows.
    pub fn view(&self) -> View {
        self.view
    }

    /// The quotes view (after the first frame).
    pub fn quotes(&self) -> Option<&QuotesView> {
        self.quotes.as_ref()
    }

    /// The search panel's query and results.
    pub fn search(&self) -> Option<&SearchPanel> {
        self.search.as_ref()
    }

    /// Adds the reader's selection as a quotation and selects it in the quotes table.
    fn quote_selection(&mut self) {
        let Some(article) = self
            .selected
            .as_ref()
            .and_then(|id| self.corpus.article(id))
            .cloned()
        else {
            return;
        };
        let Some(bytes) = self.reader.selection_range(&article) else {
            return;
        };
        let Some(text) = article.text.get(bytes.clone()) else {
            return;
        };
        let trimmed = text.trim_matches(|c: char| c.is_whitespace() || "\"“”«»„‘’".contains(c));
        let start = bytes.start + text.find(trimmed).unwrap_or(0);
        let bytes = start..start + trimmed.len();
        let anchor = QuoteAnchor {
            article: article.id.clone(),
            bytes: bytes.clone(),
            text: trimmed.to_owned(),
        };
        let Some(quotes) = self.quotes.as_mut() else {
            return;
        };
        quotes.correct(
            Correction::AddQuote {
                quote: anchor,
                kind: QuoteKind::Direct,
                speaker: None,
            },
            self.corpus.articles(),
        );
        quotes.select(&QuoteId::new(&article.id, &bytes));
        self.view = View::Quotes;
    }

    fn open_hit(&mut self, n: usize) {
        let Some(hit) = self.search.as_mut().and_then(|s| s.select(n)) else {
            return;
        };
        let id = hit.article.id.clone();
        self.scroll_to = hit.spans.first().map(|s| s.bytes.start);
        if self.selected.as_ref() != Some(&id) {
            self.reader.open_new_article();
        }
        self.selected = Some(id);
    }

    fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::FocusSearch => {
                if let Some(s) = self.search.as_mut() {
                    s.focus();
                }
            }
            Command::OpenHit(n) => {
                self.view = View::Reader;
                self.open_hit(n);
            }
            Command::ShowView(view) => self.view = view,
            Command::SelectQuote(id) => {
                if let Some(q) = self.quotes.as_mut() {
                    q.select(&id);
                }
            }
            Command::Correct(correction) => {
                if let Some(q) = self.quotes.as_mut() {
                    q.correct(correction, self.corpus.articles());
                }
            }
            Command::QuoteSelection => self.quote_selection(),
            Command::OpenQuote(id) => {
                if let Some((article, at)) = self.quotes.as_mut().and_then(|q| q.select(&id)) {
                    if self.selected.as_ref() != Some(&article) {
                        self.reader.open_new_article();
                    }
                    self.selected = Some(article);
                    self.scroll_to = Some(at);
                    self.view = View::Reader;
                }
            }
            Command::StepHit(forward) => {
                if let Some(n) = self.search.as_ref().map(|s| s.step(forward)) {
                    self.open_hit(n);
                }
            }
            Command::OpenArticle(id) => {
                if self.selected.as_ref() != Some(&id) {
                    self.reader.open_new_article();
                }
                self.selected = Some(id);
            }
            Command::ChangeFontSize(delta) => {
                let (lo, hi) = (*Prefs::FONT_RANGE.start(), *Prefs::FONT_RANGE.end());
                self.prefs.font_size = (self.prefs.font_size + delta).clamp(lo, hi);
            }
            Command::SetTheme(choice) => {
                self.prefs.theme = choice;
                ctx.set_theme(choice.preference());
            }
        }
    }

    fn shortcuts(ctx: &egui::Context, commands: &mut Vec<Command>) {
        ctx.input_mut(|i| {
            let plus = i.consume_key(egui::Modifiers::COMMAND, egui::Key::Plus)
                || i.consume_key(egui::Modifiers::COMMAND, egui::Key::Equals)
                || i.consume_key(
                    egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
                    egui::Key::Equals,
                );
            let minus = i.consume_key(egui::Modifiers::COMMAND, egui::Key::Minus);
            if i.consume_key(egui::Modifiers::COMMAND, egui::Key::F) {
                commands.push(Command::FocusSearch);
            }
            if i.consume_key(egui::Modifiers::SHIFT, egui::Key::F3) {
                commands.push(Command::StepHit(false));
            }
            if i.consume_key(egui::Modifiers::NONE, egui::Key::F3) {
                commands.push(Command::StepHit(true));
            }
            if plus {
                commands.push(Command::ChangeFontSize(2.0));
            }
            if minus {
                commands.push(Command::ChangeFontSize(-2.0));
            }
        });
    }

    /// One frame of the interface (also used by tests driving the app without a window).
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.set_up {
            fonts::install(&ctx);
            // Ctrl +/- change the reader's font size, not the whole interface's zoom.
            ctx.options_mut(|o| o.zoom_with_keyboard = false);
            ctx.set_theme(self.prefs.theme.preference());
            self.search = Some(SearchPanel::new(self.corpus.clone(), &ctx));
            self.quotes = Some(QuotesView::start(self.corpus.clone(), &ctx));
            self.set_up = true;
        }
        let mut commands = Vec::new();
        Self::shortcuts(&ctx, &mut commands);
        let theme = Theme::of(&ctx);
        if let Some(q) = self.quotes.as_mut() {
            q.poll(self.corpus.articles());
        }
        let app = AppContext {
            corpus: &self.corpus,
            selected: self.selected.as_ref(),
            prefs: &self.prefs,
            theme,
            view: self.view,
            quote_count: self
                .quotes
                .as_ref()
                .filter(|q| !q.loading())
                .map(QuotesView::count),
        };
        let article = self
            .selected
            .as_ref()
            .and_then(|id| self.corpus.article(id))
            .cloned();

        egui::Panel::top("toolbar").show(ui, |ui| toolbar_ui(&app, ui, &mut commands));
        egui::Panel::bottom("status").show(ui, |ui| {
            status_ui(
                &app,
                ui,
                self.reader.selection_chars(article.as_deref()),
                &mut commands,
            );
        });
        egui::Panel::right("articles")
            .resizable(true)
            .default_size(360.0)
            .min_size(220.0)
            .show(ui, |ui| self.list.ui(&app, ui, &mut commands));
        // The quotes table takes the width the search panel has beside the reader.
        if let Some(search) = self.search.as_mut().filter(|_| self.view == View::Reader) {
            egui::Panel::left("search")
                .resizable(true)
                .default_size(430.0)
                .min_size(260.0)
                .show(ui, |ui| search.ui(&app, ui, &mut commands));
        }
        let mut highlights = Vec::new();
        if let Some(id) = &self.selected {
            if let Some(q) = &self.quotes {
                highlights.extend(q.highlights_in(id));
            }
            if let Some(s) = &self.search {
                highlights.extend(s.highlights_in(id));
            }
        }
        let marks = Marks {
            highlights,
            scroll_to: self.scroll_to.take(),
        };
        egui::CentralPanel::default().show(ui, |ui| match (self.view, self.quotes.as_mut()) {
            (View::Quotes, Some(quotes)) => quotes.ui(&app, ui, &mut commands),
            _ => self.reader.ui(&app, article.as_deref(), &marks, ui),
        });

        let title = article.map_or_else(
            || "Isnad — إسناد".to_owned(),
            |a| format!("{} — Isnad", a.display_title()),
        );
        // The window manager draws the title (with its own bidi); send it only when it changes.
        if self.window_title != title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
        for c in commands {
            self.apply(&ctx, c);
        }
    }
}

impl eframe::App for IsnadApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        IsnadApp::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, Prefs::KEY, &self.prefs);
    }
}
