//! `isnad codes`: a session's codebook with how many codings each code has.

use std::io::{self, Write};
use std::path::Path;

use crate::qda::code_counts;

/// How `isnad codes` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodesFormat {
    /// Lines of text: the code path, then its codings and those with the codes under it.
    Text,
    /// One JSON object per code.
    Json,
    /// A CSV table with a header.
    Csv,
}

/// Runs `isnad codes`: reads the session file only (the articles are not loaded).
pub fn run(session: &Path, format: CodesFormat) -> anyhow::Result<i32> {
    let session = crate::session::load(session)?;
    let counts = code_counts(&session);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let written: anyhow::Result<()> = (|| {
        match format {
            CodesFormat::Text => {
                for c in &counts {
                    writeln!(out, "{}\t{}\t{}", c.path, c.codings, c.with_children)?;
                }
            }
            CodesFormat::Json => {
                for c in &counts {
                    writeln!(out, "{}", serde_json::to_string(c)?)?;
                }
            }
            CodesFormat::Csv => {
                let mut csv = csv::Writer::from_writer(&mut out);
                csv.write_record(["id", "path", "colour", "codings", "with_children"])?;
                for c in &counts {
                    let path = crate::export::neutralize_formula(&c.path);
                    csv.write_record([
                        c.id.to_string().as_str(),
                        &path,
                        &c.colour,
                        &c.codings.to_string(),
                        &c.with_children.to_string(),
                    ])?;
                }
                csv.flush()?;
            }
        }
        out.flush()?;
        Ok(())
    })();
    match written {
        Err(e)
            if e.downcast_ref::<io::Error>()
                .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe) =>
        {
            Ok(0)
        }
        Err(e) => Err(e),
        Ok(()) => Ok(0),
    }
}
