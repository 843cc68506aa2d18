//! Command-line arguments.

use std::net::IpAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Plan, measure and evaluate integration — of newcomers and of the communities that receive them.
#[derive(Debug, Parser)]
#[command(name = "tessera", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web application.
    Serve(ServeArgs),
    /// Explore, search and check framework packs.
    #[command(subcommand)]
    Framework(FrameworkCommand),
    /// Bring the database schema up to date, then report what is applied.
    Migrate(StoreArgs),
}

/// Settings shared by every command that opens the database.
#[derive(Debug, Args, Clone, Default)]
pub struct StoreArgs {
    /// Folder for Tessera's data: the SQLite database and stored files [default: ./tessera-data]
    #[arg(long, env = "TESSERA_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Database URL; overrides --data-dir for the database (e.g. sqlite:///srv/tessera.sqlite)
    #[arg(
        long,
        env = "TESSERA_DATABASE_URL",
        value_name = "URL",
        hide_env_values = true
    )]
    pub database_url: Option<String>,
    /// Configuration file (TOML); its settings sit under environment variables and flags
    #[arg(long, env = "TESSERA_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Load demo data: a demo organisation to explore with
    #[arg(long, env = "TESSERA_DEMO")]
    pub demo: bool,
    /// Address to listen on [default: 127.0.0.1]
    #[arg(long, env = "TESSERA_BIND", value_name = "ADDR")]
    pub bind: Option<IpAddr>,
    /// Port to listen on; 0 picks a free one [default: 8080]
    #[arg(long, env = "TESSERA_PORT", value_name = "N")]
    pub port: Option<u16>,
    #[command(flatten)]
    pub store: StoreArgs,
}

#[derive(Debug, Subcommand)]
pub enum FrameworkCommand {
    /// List the framework packs.
    List {
        /// Output format
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Show a pack, or one of its domains (by id or number) or indicators.
    Show {
        /// Pack id, e.g. ioi-2019
        pack: String,
        /// A domain id or number, or an indicator id
        item: Option<String>,
        /// Output format
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Find domains and indicators by keyword, e.g. `tessera framework search hate crime`.
    Search {
        /// Words to search for
        #[arg(required = true, num_args = 1..)]
        words: Vec<String>,
        /// Output format
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// At most this many results
        #[arg(long, default_value_t = 15)]
        limit: usize,
    },
    /// Check a framework pack folder you wrote; lists every problem with file and line.
    Check {
        /// The pack folder, e.g. frameworks/my-region
        folder: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned text for people
    Table,
    /// JSON for programs
    Json,
}
