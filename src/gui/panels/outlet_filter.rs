//! The search panel's outlet filter: a chip for each of a few outlets, or, for a corpus with
//! many, one button that opens a list with a box to find an outlet by typing part of its name.

use crate::gui::i18n::tr;
use egui::{self, Align, Layout, PopupCloseBehavior, ScrollArea, Sense, Ui};

use super::AppContext;
use crate::arabic::fold_for_compare;
use crate::gui::text::{self, input::ArabicInput};

/// Outlets shown as chips; more are chosen from the list.
pub(super) const CHIPS_MAX: usize = 6;

/// The accessible name of the box that narrows the list of outlets.
pub const OUTLET_FIND: &str = "Find outlet";

/// The button that opens the list, and the list: "All" and every outlet whose name holds what
/// is typed in its box (hamza, ta marbuta and diacritics forgiven). Sets `chosen`.
pub(super) fn outlet_menu_ui(
    app: &AppContext<'_>,
    ui: &mut Ui,
    outlets: &[String],
    (chosen, find): (&mut Option<String>, &mut String),
) {
    let face = app.ui_face(14.0);
    let all = tr!("outlet-all");
    let label = tr!(
        "outlet-button",
        outlet = chosen.as_deref().unwrap_or(&all),
        count = outlets.len()
    );
    let frame = egui::Frame::new()
        .inner_margin(egui::Margin::symmetric(6, 3))
        .corner_radius(4.0)
        .fill(ui.visuals().widgets.inactive.weak_bg_fill);
    let inner = frame.show(ui, |ui| text::line(ui, &label, &face));
    let button = ui.interact(
        inner.response.rect,
        ui.scope_id().with("outlet-menu"),
        Sense::click(),
    );
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    let opened = button.id.with("opened");
    if button.clicked() {
        ui.data_mut(|d| d.insert_temp(opened, true));
    }
    egui::Popup::menu(&button)
        .close_behavior(PopupCloseBehavior::CloseOnClickOutside)
        .show(|ui| {
            ui.set_min_width(220.0);
            ui.with_layout(Layout::top_down_justified(Align::Max), |ui| {
                // Opened, the list takes what is typed: an outlet is found without a click. (The
                // popup's first frame only sizes it, so the focus is asked for until it holds.)
                if ui.data(|d| d.get_temp::<bool>(opened)).unwrap_or(false) {
                    let id = ArabicInput::id_for(ui, OUTLET_FIND);
                    if ui.memory(|m| m.has_focus(id)) {
                        ui.data_mut(|d| d.remove_temp::<bool>(opened));
                    } else {
                        ui.memory_mut(|m| m.request_focus(id));
                    }
                }
                let (label, hint) = (tr!("outlet-find"), tr!("outlet-find-hint"));
                ArabicInput::new(find, OUTLET_FIND, app.ui_face(15.0))
                    .label(&label)
                    .hint(&hint)
                    .width(220.0)
                    .show(ui);
                let wanted = fold_for_compare(find.trim());
                ScrollArea::vertical().max_height(280.0).show(ui, |ui| {
                    let mut pick = |ui: &mut Ui, name: Option<&String>, shown: &str| {
                        let selected = chosen.as_ref() == name;
                        let r = text::line(ui, shown, &face).interact(Sense::click());
                        r.widget_info(|| {
                            egui::WidgetInfo::selected(egui::Role::Button, true, selected, shown)
                        });
                        if r.clicked() {
                            *chosen = name.cloned();
                            ui.close();
                        }
                    };
                    if wanted.is_empty() {
                        pick(ui, None, &all);
                    }
                    for o in outlets
                        .iter()
                        .filter(|o| wanted.is_empty() || fold_for_compare(o).contains(&wanted))
                    {
                        pick(ui, Some(o), o);
                    }
                });
            });
        });
}
