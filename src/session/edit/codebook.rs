//! The edits of the codebook and codings: each returns the [`Restore`] that puts back exactly
//! what it changed. Renaming, recolouring, describing and moving a code keep the code as it was;
//! merging and deleting, which touch many codes and codings, keep both lists as they were.

use std::mem;

use super::EditError;
use super::restore::{Item, ItemId, Restore, Undo, insert, remove};
use crate::session::{Code, CodeId, Coding, Session};

/// Why a codebook edit is refused.
const NO_NAME: &str = "a code needs a name";
const CYCLE: &str = "a code cannot go under itself or under a code below it";
const INTO_ITSELF: &str = "a code cannot be merged into itself";

fn trim_name(code: &mut Code) {
    let trimmed = code.name.trim();
    if trimmed.len() != code.name.len() {
        code.name = trimmed.to_owned();
    }
}

fn gone(id: CodeId) -> EditError {
    EditError::Gone {
        what: "code",
        id: id.0,
    }
}

fn index_of(s: &Session, id: CodeId) -> Result<usize, EditError> {
    s.codes.iter().position(|c| c.id == id).ok_or(gone(id))
}

fn check_parent(s: &Session, parent: Option<CodeId>) -> Result<(), EditError> {
    match parent {
        Some(p) if s.code(p).is_none() => Err(gone(p)),
        _ => Ok(()),
    }
}

/// Adds a code under an existing parent (or at the top), with a name.
pub(super) fn add_code(s: &mut Session, mut code: Code) -> Result<Restore, EditError> {
    trim_name(&mut code);
    if code.name.is_empty() {
        return Err(EditError::Refused(NO_NAME));
    }
    check_parent(s, code.parent)?;
    insert(s, None, Item::Code(code))
}

/// Replaces the code `id` by what `change` makes of it; `None` when it makes the same code.
pub(super) fn change_code(
    s: &mut Session,
    id: CodeId,
    change: impl FnOnce(&mut Code),
) -> Result<Option<Restore>, EditError> {
    let index = index_of(s, id)?;
    let mut code = s.codes[index].clone();
    change(&mut code);
    trim_name(&mut code);
    if code.name.is_empty() {
        return Err(EditError::Refused(NO_NAME));
    }
    check_parent(s, code.parent)?;
    if code.parent.is_some_and(|p| s.code_is_within(p, id)) {
        return Err(EditError::Refused(CYCLE));
    }
    if code == s.codes[index] {
        return Ok(None);
    }
    Ok(Some(put_code(s, index, code)))
}

/// Sets the code at `index` to `code` exactly.
fn put_code(s: &mut Session, index: usize, code: Code) -> Restore {
    let was = mem::replace(&mut s.codes[index], code);
    Restore(Undo::Code { code: was })
}

/// Puts back a code as it was (found by its id).
pub(super) fn restore_code(s: &mut Session, code: Code) -> Result<Restore, EditError> {
    let index = index_of(s, code.id)?;
    Ok(put_code(s, index, code))
}

/// Sets the codebook and codings to the given lists; returns the lists they were.
pub(super) fn put_lists(s: &mut Session, codes: Vec<Code>, codings: Vec<Coding>) -> Restore {
    let codes = mem::replace(&mut s.codes, codes);
    let codings = mem::replace(&mut s.codings, codings);
    Restore(Undo::Lists { codes, codings })
}

/// Merges code `from` into `into`: its codings become `into`'s (one coding of a passage
/// already coded `into` is dropped), its children go under `into`, and `from` is removed.
pub(super) fn merge(s: &mut Session, from: CodeId, into: CodeId) -> Result<Restore, EditError> {
    if from == into {
        return Err(EditError::Refused(INTO_ITSELF));
    }
    index_of(s, from)?;
    index_of(s, into)?;
    if s.code_is_within(into, from) {
        return Err(EditError::Refused(CYCLE));
    }
    let mut codings: Vec<Coding> = Vec::with_capacity(s.codings.len());
    for c in &s.codings {
        let mut c = c.clone();
        if c.code == from {
            c.code = into;
        }
        if !codings
            .iter()
            .any(|k| k.code == c.code && k.target == c.target)
        {
            codings.push(c);
        }
    }
    let codes = s
        .codes
        .iter()
        .filter(|c| c.id != from)
        .map(|c| {
            let mut c = c.clone();
            if c.parent == Some(from) {
                c.parent = Some(into);
            }
            c
        })
        .collect();
    Ok(put_lists(s, codes, codings))
}

/// Deletes a code with its codings; the codes under it move up to its parent, keeping their
/// codings.
pub(super) fn delete(s: &mut Session, id: CodeId) -> Result<Restore, EditError> {
    let index = index_of(s, id)?;
    let parent = s.codes[index].parent;
    let codes = s
        .codes
        .iter()
        .filter(|c| c.id != id)
        .map(|c| {
            let mut c = c.clone();
            if c.parent == Some(id) {
                c.parent = parent;
            }
            c
        })
        .collect();
    let codings = s.codings.iter().filter(|c| c.code != id).cloned().collect();
    Ok(put_lists(s, codes, codings))
}

/// Codes a target; `None` when the target already has that code.
pub(super) fn add_coding(s: &mut Session, coding: Coding) -> Result<Option<Restore>, EditError> {
    index_of(s, coding.code)?;
    if s.codings
        .iter()
        .any(|c| c.code == coding.code && c.target == coding.target)
    {
        return Ok(None);
    }
    insert(s, None, Item::Coding(coding)).map(Some)
}

/// Removes a coding.
pub(super) fn remove_coding(
    s: &mut Session,
    id: crate::session::CodingId,
) -> Result<Restore, EditError> {
    remove(s, ItemId::Coding(id), None)
}

/// Sets the project memo; `None` when it is the same.
pub(super) fn set_memo(s: &mut Session, memo: String) -> Option<Restore> {
    (s.project_memo != memo).then(|| put_memo(s, memo))
}

/// Sets the project memo exactly.
pub(super) fn put_memo(s: &mut Session, memo: String) -> Restore {
    Restore(Undo::Memo(mem::replace(&mut s.project_memo, memo)))
}

#[cfg(test)]
mod tests {
    use crate::corpus::ArticleId;
    use crate::session::{Anchor, Code, CodeId, Coding, Edit, EditError, Session, Target};

    fn passage(n: usize) -> Target {
        Target::Passage(Anchor {
            article: ArticleId::new("001"),
            bytes: n..n + 10,
            text: "مقطع مشفر".to_owned(),
        })
    }

    /// A codebook «سياسة ▸ دبلوماسية ▸ قمم» with codings on the last two.
    fn codebook() -> Session {
        let mut s = Session::default();
        let mut parent = None;
        for name in ["سياسة", "دبلوماسية", "قمم"] {
            let code = Code {
                parent,
                ..Code::new(name)
            };
            Edit::AddCode(code).apply(&mut s).expect("adds");
            parent = s.codes.last().map(|c| c.id);
        }
        for (code, n) in [(2, 0), (3, 0), (3, 20)] {
            Edit::AddCoding(Coding::new(CodeId(code), passage(n)))
                .apply(&mut s)
                .expect("codes");
        }
        s
    }

    fn apply_and_undo(s: &Session, edit: Edit) -> Session {
        let mut after = s.clone();
        let inverse = edit.apply(&mut after).expect("applies").expect("changes");
        let mut back = after.clone();
        inverse.apply(&mut back).expect("undoes");
        assert_eq!(&back, s, "undo gives back the start exactly");
        after
    }

    #[test]
    fn paths_join_the_names_from_the_top() {
        let s = codebook();
        assert_eq!(s.code_path(CodeId(3)), "سياسة ▸ دبلوماسية ▸ قمم");
    }

    #[test]
    fn a_code_cannot_move_under_itself_or_below_it() {
        let mut s = codebook();
        let before = s.clone();
        for parent in [CodeId(1), CodeId(3)] {
            let edit = Edit::MoveCode {
                id: CodeId(1),
                parent: Some(parent),
            };
            assert!(matches!(edit.apply(&mut s), Err(EditError::Refused(_))));
            assert_eq!(s, before, "a refused edit changes nothing");
        }
        let after = apply_and_undo(
            &s,
            Edit::MoveCode {
                id: CodeId(3),
                parent: None,
            },
        );
        assert_eq!(after.code_path(CodeId(3)), "قمم");
    }

    #[test]
    fn merging_moves_codings_and_children_and_drops_doubles() {
        let s = codebook();
        let after = apply_and_undo(
            &s,
            Edit::MergeCodes {
                from: CodeId(3),
                into: CodeId(2),
            },
        );
        assert!(after.code(CodeId(3)).is_none());
        assert_eq!(
            after.codings_of(CodeId(2)).count(),
            2,
            "the double at 0 is kept once"
        );
        let after = apply_and_undo(
            &s,
            Edit::MergeCodes {
                from: CodeId(2),
                into: CodeId(1),
            },
        );
        assert_eq!(
            after.code_path(CodeId(3)),
            "سياسة ▸ قمم",
            "children go to the code kept"
        );
        let mut refused = s.clone();
        let into_child = Edit::MergeCodes {
            from: CodeId(1),
            into: CodeId(3),
        };
        assert!(
            into_child.apply(&mut refused).is_err(),
            "a code into its own child"
        );
        assert_eq!(refused, s);
    }

    #[test]
    fn deleting_takes_the_codings_and_lifts_the_children() {
        let s = codebook();
        let after = apply_and_undo(&s, Edit::DeleteCode(CodeId(2)));
        assert_eq!(after.code_path(CodeId(3)), "سياسة ▸ قمم");
        assert_eq!(after.codings.len(), 2, "the codings of قمم stay");
        assert!(after.codings.iter().all(|c| c.code == CodeId(3)));
    }

    #[test]
    fn edits_of_gone_codes_are_errors_that_change_nothing() {
        let mut s = codebook();
        let before = s.clone();
        let edits = [
            Edit::RenameCode {
                id: CodeId(77),
                name: "x".into(),
            },
            Edit::DeleteCode(CodeId(77)),
            Edit::AddCoding(Coding::new(CodeId(77), passage(1))),
            Edit::AddCode(Code {
                parent: Some(CodeId(77)),
                ..Code::new("يتيم")
            }),
            Edit::RenameCode {
                id: CodeId(1),
                name: "  ".into(),
            },
        ];
        for edit in edits {
            assert!(edit.apply(&mut s).is_err());
            assert_eq!(s, before);
        }
    }

    #[test]
    fn rename_recolour_describe_and_memo_undo() {
        let s = codebook();
        let after = apply_and_undo(
            &s,
            Edit::RenameCode {
                id: CodeId(1),
                name: " السياسة الخارجية ".into(),
            },
        );
        assert_eq!(
            after.code(CodeId(1)).map(|c| c.name.as_str()),
            Some("السياسة الخارجية")
        );
        let after = apply_and_undo(
            &s,
            Edit::RecolourCode {
                id: CodeId(1),
                colour: [0xff, 0, 0x10],
            },
        );
        assert_eq!(
            after.code(CodeId(1)).map(Code::colour_hex).as_deref(),
            Some("#FF0010")
        );
        apply_and_undo(
            &s,
            Edit::DescribeCode {
                id: CodeId(2),
                description: "الفقرة الأولى.\n\nالفقرة الثانية.".into(),
            },
        );
        apply_and_undo(&s, Edit::SetProjectMemo("مذكرة المشروع".into()));
    }
}
