//! The codebook and codings, as in a qualitative-analysis tool: codes with a name, a colour, a
//! description memo and an optional parent, and codings that tie a code to a passage, an
//! article or a quotation, anchored like notes (see [`super::Anchor`]).
//!
//! Codes and codings have stable ids from the session's one counter (see [`super::ids`]); the
//! edits that change them are in [`super::Edit`].

use serde::{Deserialize, Serialize};

use super::ids::{CodeId, CodingId};
use super::{Session, Target};

/// A code of the codebook.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Code {
    /// Its id (`0` until an edit adds it or the session is read).
    #[serde(default)]
    pub id: CodeId,
    /// Its name, Arabic or Latin.
    pub name: String,
    /// Its colour as red, green, blue.
    #[serde(default = "default_colour")]
    pub colour: [u8; 3],
    /// What the code means: a memo of any number of paragraphs (may be empty).
    #[serde(default)]
    pub description: String,
    /// The code it sits under; `None` at the top of the codebook.
    #[serde(default)]
    pub parent: Option<CodeId>,
}

/// The colour a code gets when none is given: a muted blue.
pub const DEFAULT_COLOUR: [u8; 3] = [0x4a, 0x7b, 0xb7];

fn default_colour() -> [u8; 3] {
    DEFAULT_COLOUR
}

impl Code {
    /// A top-level code without an id yet, in the default colour.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            id: CodeId::default(),
            name: name.into(),
            colour: DEFAULT_COLOUR,
            description: String::new(),
            parent: None,
        }
    }

    /// The colour as `#RRGGBB`.
    pub fn colour_hex(&self) -> String {
        let [r, g, b] = self.colour;
        format!("#{r:02X}{g:02X}{b:02X}")
    }
}

/// Reads `#RRGGBB` (or `RRGGBB`); `None` for anything else.
pub fn parse_colour(text: &str) -> Option<[u8; 3]> {
    let hex = text.trim().strip_prefix('#').unwrap_or(text.trim());
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// A code applied to a passage, an article or a quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coding {
    /// Its id (`0` until an edit adds it or the session is read).
    #[serde(default)]
    pub id: CodingId,
    /// The code.
    pub code: CodeId,
    /// What is coded, anchored like a note.
    pub target: Target,
}

impl Coding {
    /// A coding without an id yet.
    pub fn new(code: CodeId, target: Target) -> Self {
        Self {
            id: CodingId::default(),
            code,
            target,
        }
    }
}

/// What separates the names of a code path: «أ ▸ ب».
pub const PATH_SEPARATOR: &str = " ▸ ";

impl Session {
    /// The code with id `id`.
    pub fn code(&self, id: CodeId) -> Option<&Code> {
        self.codes.iter().find(|c| c.id == id)
    }

    /// The codes directly under `parent` (`None`: the top-level codes), in codebook order.
    pub fn code_children(&self, parent: Option<CodeId>) -> impl Iterator<Item = &Code> {
        self.codes.iter().filter(move |c| c.parent == parent)
    }

    /// The code and its ancestors, the top one first; stops at a missing parent or a cycle a
    /// hand-edited file may hold.
    pub fn code_lineage(&self, id: CodeId) -> Vec<&Code> {
        let mut line: Vec<&Code> = Vec::new();
        let mut at = self.code(id);
        while let Some(code) = at {
            if line.iter().any(|c| c.id == code.id) {
                break;
            }
            line.push(code);
            at = code.parent.and_then(|p| self.code(p));
        }
        line.reverse();
        line
    }

    /// The names from the top of the codebook down to the code, joined by [`PATH_SEPARATOR`].
    pub fn code_path(&self, id: CodeId) -> String {
        let names: Vec<&str> = self
            .code_lineage(id)
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        names.join(PATH_SEPARATOR)
    }

    /// Whether `ancestor` is `id` or above it.
    pub fn code_is_within(&self, id: CodeId, ancestor: CodeId) -> bool {
        self.code_lineage(id).iter().any(|c| c.id == ancestor)
    }

    /// The codings of a code (not of the codes under it), in the order they were made.
    pub fn codings_of(&self, code: CodeId) -> impl Iterator<Item = &Coding> {
        self.codings.iter().filter(move |c| c.code == code)
    }

    /// The top-level code named `name`, or the one under `parent` so named.
    pub fn code_named(&self, parent: Option<CodeId>, name: &str) -> Option<&Code> {
        self.code_children(parent).find(|c| c.name == name)
    }
}
