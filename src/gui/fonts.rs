//! The bundled fonts and the two font families every view uses: a Naskh family for reading
//! and a sans family for the interface, each an Arabic face followed by a Latin face of the
//! same design (the Arabic faces have no Latin letters, parentheses or curly quotes).

use std::sync::Arc;

use egui::{self, FontData, FontDefinitions, FontFamily};

/// Family for article text.
pub const READER: &str = "reader";
/// Bold family for headlines and headings.
pub const READER_BOLD: &str = "reader-bold";
/// Family for interface text.
pub const UI: &str = "ui";
/// Bold interface text.
pub const UI_BOLD: &str = "ui-bold";

const FACES: &[(&str, &[u8])] = &[
    (
        "naskh",
        include_bytes!("../../fonts/NotoNaskhArabic-Regular.ttf"),
    ),
    (
        "naskh-bold",
        include_bytes!("../../fonts/NotoNaskhArabic-Bold.ttf"),
    ),
    ("serif", include_bytes!("../../fonts/NotoSerif-Regular.ttf")),
    (
        "serif-bold",
        include_bytes!("../../fonts/NotoSerif-Bold.ttf"),
    ),
    (
        "sans-arabic",
        include_bytes!("../../fonts/NotoSansArabic-Regular.ttf"),
    ),
    (
        "sans-arabic-bold",
        include_bytes!("../../fonts/NotoSansArabic-Bold.ttf"),
    ),
    ("sans", include_bytes!("../../fonts/NotoSans-Regular.ttf")),
    ("sans-bold", include_bytes!("../../fonts/NotoSans-Bold.ttf")),
];

/// A named font family.
pub fn family(name: &str) -> FontFamily {
    FontFamily::Name(name.into())
}

/// Font definitions with the bundled faces; egui's own fonts stay last for symbols and emoji.
pub fn definitions() -> FontDefinitions {
    let mut defs = FontDefinitions::default();
    for (name, bytes) in FACES {
        defs.font_data
            .insert((*name).to_owned(), Arc::new(FontData::from_static(bytes)));
    }
    let fallback: Vec<String> = defs
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let chain = |faces: &[&str]| -> Vec<String> {
        faces
            .iter()
            .map(|s| (*s).to_owned())
            .chain(fallback.iter().cloned())
            .collect()
    };
    defs.families
        .insert(family(READER), chain(&["naskh", "serif"]));
    defs.families
        .insert(family(READER_BOLD), chain(&["naskh-bold", "serif-bold"]));
    defs.families
        .insert(family(UI), chain(&["sans-arabic", "sans"]));
    defs.families
        .insert(family(UI_BOLD), chain(&["sans-arabic-bold", "sans-bold"]));
    // Plain egui widgets (buttons, menus) get the same interface faces.
    defs.families
        .insert(FontFamily::Proportional, chain(&["sans-arabic", "sans"]));
    defs
}

/// Installs the fonts in a context.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}
