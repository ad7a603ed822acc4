//! The desktop window.

use std::path::PathBuf;

/// Opens the window on the given paths (the bundled articles when empty).
pub fn run(_paths: &[PathBuf]) -> anyhow::Result<()> {
    anyhow::bail!("the window is being built")
}
