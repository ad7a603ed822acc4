//! The `isnad` binary: parses the command line, then runs a headless command or opens the window.

use clap::Parser;
use isnad::cli::{Cli, run};

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    if let Some(command) = &cli.command {
        let code = run(command, !cli.no_cache)?;
        std::process::exit(code);
    }
    #[cfg(feature = "gui")]
    {
        isnad::gui::run(&cli.paths)
    }
    #[cfg(not(feature = "gui"))]
    {
        anyhow::bail!(
            "this build has no window (built without the `gui` feature); use a subcommand, see --help"
        )
    }
}
