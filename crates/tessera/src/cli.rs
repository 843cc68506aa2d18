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
    /// Compute design-based, two-way estimates from a data file and a spec (docs/estimate.md).
    Estimate(EstimateArgs),
    /// Bring a data file into an organisation's datasets, with its mapping (docs/import.md).
    Import(ImportArgs),
    /// Weight a dataset to population margins and keep the weights as a named weighting; list
    /// or delete a dataset's weightings (docs/weighting.md).
    Weight(WeightArgs),
    /// Write every table of the database to a backup file (docs/deploy.md#backup-and-restore).
    Backup(BackupArgs),
    /// Load a backup file into an empty database (docs/deploy.md#backup-and-restore).
    Restore(RestoreArgs),
    /// Manage organisations.
    #[command(subcommand)]
    Org(OrgCommand),
    /// Manage accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage personal API tokens.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Show the e-mails waiting in the outbox (invitations, password resets), newest first.
    Outbox(OutboxArgs),
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an administrator account (the first account of a new Tessera), e.g.
    /// `tessera user create-admin --email you@example.org --org local`. Prints a generated
    /// password once unless --password-stdin is given.
    CreateAdmin {
        /// The e-mail address to sign in with
        #[arg(long, value_name = "EMAIL")]
        email: String,
        /// The person's name [default: the part of the address before @]
        #[arg(long)]
        name: Option<String>,
        /// Make the account an owner of this organisation (short name)
        #[arg(long, value_name = "SLUG")]
        org: Option<String>,
        /// Read the password from the first line of standard input instead of generating one
        #[arg(long)]
        password_stdin: bool,
        #[command(flatten)]
        store: StoreArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create an API token for an organisation and print it (once), e.g.
    /// `tessera token create --org demo --role analyst --user ana@example.org`.
    Create {
        /// The organisation's short name
        #[arg(long, value_name = "SLUG")]
        org: String,
        /// What the token may do: owner, editor, analyst or viewer
        #[arg(long)]
        role: String,
        /// The member it belongs to; it never does more than they may
        #[arg(long, value_name = "EMAIL")]
        user: Option<String>,
        /// What it is for [default: "command line"]
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        store: StoreArgs,
    },
}

#[derive(Debug, Args)]
pub struct OutboxArgs {
    /// How many messages to show
    #[arg(long, default_value_t = 10)]
    pub limit: u32,
    #[command(flatten)]
    pub store: StoreArgs,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The backup file to write (replaced if it exists); `-` writes to standard output
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    #[command(flatten)]
    pub store: StoreArgs,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup file to read; `-` reads standard input
    #[arg(long, value_name = "FILE")]
    pub from: PathBuf,
    #[command(flatten)]
    pub store: StoreArgs,
}

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Create an organisation, e.g. `tessera org create kestrel-bay --name "Kestrel Bay Council"`.
    Create {
        /// Short name used in URLs and on the command line: lower-case letters, digits and `-`
        slug: String,
        /// Display name [default: the short name]
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        store: StoreArgs,
    },
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The organisation's short name, e.g. demo
    #[arg(long, value_name = "SLUG")]
    pub org: String,
    /// The data: .csv, .tsv, .txt, .xlsx, .sav (SPSS) or .dta (Stata); kept exactly as it is
    #[arg(long, value_name = "FILE")]
    pub data: PathBuf,
    /// A codebook (TOML) adding labels and missing codes to a CSV or XLSX file (docs/data-files.md)
    #[arg(long, value_name = "FILE")]
    pub codebook: Option<PathBuf>,
    /// The mapping: design, wave, area, groups, breakdowns and measures, as TOML or JSON (docs/import.md)
    #[arg(long, value_name = "MAPPING.toml")]
    pub mapping: PathBuf,
    /// The dataset's name [default: the data file's name without its extension]
    #[arg(long)]
    pub name: Option<String>,
    /// Sheet to read from a workbook [default: the first]
    #[arg(long)]
    pub sheet: Option<String>,
    /// The row that names the columns (1-based, as a spreadsheet numbers rows, or the line of a
    /// CSV file); rows above it are skipped [default: the row `tessera import` finds, as the web
    /// import does: the first row, unless a title sits above the header]
    #[arg(long, value_name = "ROW")]
    pub header_row: Option<usize>,
    /// The text encoding of a CSV file: utf-8, windows-1252 (also latin1, cp1252), utf-16le or
    /// utf-16be [default: detected]
    #[arg(long, value_name = "ENCODING")]
    pub encoding: Option<String>,
    /// Save without the rows that have problems, instead of stopping
    #[arg(long)]
    pub skip_bad_rows: bool,
    /// Print at most this many problems
    #[arg(long, default_value_t = 20, value_name = "N")]
    pub max_problems: usize,
    #[command(flatten)]
    pub store: StoreArgs,
}

#[derive(Debug, Args)]
pub struct WeightArgs {
    /// The organisation's short name, e.g. demo
    #[arg(long, value_name = "SLUG")]
    pub org: String,
    /// The dataset's id (as `tessera import` printed it, or in the dataset's web address)
    #[arg(long, value_name = "ID")]
    pub dataset: String,
    /// The population margins, as CSV (docs/weighting.md#margins-file-csv)
    #[arg(long, value_name = "FILE", required_unless_present_any = ["list", "delete"])]
    pub margins: Option<PathBuf>,
    /// The weighting's name, which every figure computed with it shows, e.g. census-2021
    #[arg(long, required_unless_present = "list")]
    pub name: Option<String>,
    /// How the weights are adjusted: rake, post_stratify, calibrate_linear, calibrate_raking or
    /// calibrate_logit
    #[arg(long, default_value = "rake")]
    pub method: String,
    /// Most raking passes or calibration steps [default: 50]
    #[arg(long, value_name = "N")]
    pub max_iterations: Option<u32>,
    /// When the weights count as settled [default: 1e-7]
    #[arg(long, value_name = "X")]
    pub epsilon: Option<f64>,
    /// Bounds on the adjustment factors, as LOW,HIGH (calibration only), e.g. 0.5,3
    #[arg(long, value_name = "LOW,HIGH")]
    pub bounds: Option<String>,
    /// Trim the final weights to LOW,HIGH, sharing what is trimmed among the other rows
    #[arg(long, value_name = "LOW,HIGH")]
    pub trim: Option<String>,
    /// Rescale every margin to this population total (margins given as shares or percentages)
    #[arg(long, value_name = "N")]
    pub population_total: Option<f64>,
    /// List the dataset's weightings instead of making one
    #[arg(long, conflicts_with_all = ["margins", "delete"])]
    pub list: bool,
    /// Delete the weighting called --name instead of making one
    #[arg(long, conflicts_with = "margins")]
    pub delete: bool,
    /// Output format of the report
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    #[command(flatten)]
    pub store: StoreArgs,
}

#[derive(Debug, Args)]
pub struct EstimateArgs {
    /// The data: .csv, .tsv, .xlsx, .sav (SPSS) or .dta (Stata)
    #[arg(long, value_name = "FILE")]
    pub data: PathBuf,
    /// A codebook (TOML) adding labels and missing codes to a CSV or XLSX file (docs/data-files.md)
    #[arg(long, value_name = "FILE")]
    pub codebook: Option<PathBuf>,
    /// What to estimate: design, measures, breakdowns, comparison (docs/estimate.md). Repeat it
    /// to run several specs (e.g. with and without the design) over one reading of the data
    #[arg(long, value_name = "SPEC.toml", required = true)]
    pub spec: Vec<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = OutputFormat::Csv)]
    pub format: OutputFormat,
    /// Write here instead of standard output; CSV comparisons go beside it as <name>.comparisons.csv
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Sheet to read from a workbook [default: the first]
    #[arg(long)]
    pub sheet: Option<String>,
    /// Go on without the rows that have problems, instead of stopping
    #[arg(long)]
    pub skip_bad_rows: bool,
    /// Print at most this many problems
    #[arg(long, default_value_t = 20, value_name = "N")]
    pub max_problems: usize,
    /// Weight the data to population margins (--margins) first, under this name, for every
    /// spec without a [weighting] of its own; every figure names it
    #[arg(long, value_name = "NAME", requires = "margins")]
    pub weighting: Option<String>,
    /// The population margins for --weighting, as CSV (docs/weighting.md#margins-file-csv)
    #[arg(long, value_name = "FILE", requires = "weighting")]
    pub margins: Option<PathBuf>,
    /// The method for --weighting: rake, post_stratify, calibrate_linear, calibrate_raking or
    /// calibrate_logit
    #[arg(long, default_value = "rake", requires = "weighting")]
    pub method: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Comma-separated values, full precision
    Csv,
    /// JSON, full precision
    Json,
    /// Aligned text for people, rounded
    Table,
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
    /// The address people reach Tessera at, e.g. https://tessera.example.org, for links in
    /// e-mails (an https:// address also marks cookies Secure)
    #[arg(long, env = "TESSERA_PUBLIC_URL", value_name = "URL")]
    pub public_url: Option<String>,
    /// Mark every cookie Secure (Tessera is served over HTTPS); a proxy's X-Forwarded-Proto:
    /// https does this per request
    #[arg(long, env = "TESSERA_SECURE_COOKIES")]
    pub secure_cookies: bool,
    /// Complete responses one client may send to a questionnaire's public form a minute; 0 for
    /// no limit (a benchmark's single client) [default: 30]
    #[arg(long, env = "TESSERA_RESPOND_LIMIT", value_name = "N")]
    pub respond_limit: Option<u32>,
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
