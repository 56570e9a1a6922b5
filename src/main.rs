//! The `factlens` binary: the command line of [`factlens::cli`].

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    factlens::cli::main(&args)
}
