//! The `tessera` command: parses arguments, sets up logging, loads configuration and dispatches.

mod cli;
mod commands;
mod config;

use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = cli::Cli::parse();
    let filter = tracing_subscriber::EnvFilter::try_from_env("TESSERA_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
    match commands::run(cli) {
        Ok(code) => code,
        Err(err) => {
            // Library errors often say their cause already; print each cause only once.
            let mut text = err.to_string();
            for cause in err.chain().skip(1) {
                let cause = cause.to_string();
                if !text.contains(&cause) {
                    text.push_str(": ");
                    text.push_str(&cause);
                }
            }
            eprintln!("error: {text}");
            std::process::ExitCode::FAILURE
        }
    }
}
