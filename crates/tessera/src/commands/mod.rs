//! One module per subcommand.

mod backup;
mod estimate;
mod framework;
mod import;
mod migrate;
mod org;
mod serve;
mod table;
mod user;
mod weight;

use std::process::ExitCode;

use anyhow::Context;
use tessera_store::AnyStore;

use crate::cli::{Cli, Command};
use crate::config::{Config, Database};

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Serve(args) => serve::run(Config::for_serve(&args)?),
        Command::Framework(cmd) => framework::run(cmd),
        Command::Migrate(args) => migrate::run(Config::for_store(&args)?),
        Command::Estimate(args) => estimate::run(&args),
        Command::Import(args) => import::run(&args, Config::for_store(&args.store)?),
        Command::Weight(args) => weight::run(&args, Config::for_store(&args.store)?),
        Command::Backup(args) => backup::backup(&args, Config::for_store(&args.store)?),
        Command::Restore(args) => backup::restore(&args, Config::for_store(&args.store)?),
        Command::Org(cmd) => org::run(cmd),
        Command::User(cmd) => user::run_user(cmd),
        Command::Token(cmd) => user::run_token(cmd),
        Command::Outbox(args) => user::outbox(&args),
    }
}

/// A Tokio runtime for commands that talk to the database or serve requests.
fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("could not start the async runtime")
}

/// Opens the configured database, creating the data folder if needed, and migrates it.
async fn open_store(config: &Config) -> anyhow::Result<AnyStore> {
    let store = match &config.database {
        Database::SqliteFile(path) => {
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent).with_context(|| {
                    format!("could not create the data folder {}", parent.display())
                })?;
            }
            AnyStore::open_path(path).await?
        }
        Database::Url(url) => AnyStore::open_url(url).await?,
    };
    store
        .migrate()
        .await
        .context("could not bring the database up to date")?;
    Ok(store)
}
