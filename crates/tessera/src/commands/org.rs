//! `tessera org`: organisations, for operators.

use std::process::ExitCode;

use tessera_store::NewOrganisation;
use tessera_store::prelude::*;

use crate::cli::OrgCommand;
use crate::config::Config;

pub fn run(cmd: OrgCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        OrgCommand::Create { slug, name, store } => {
            let config = Config::for_store(&store)?;
            let new = NewOrganisation::parse(&slug, name.as_deref().unwrap_or(&slug))?;
            super::runtime()?.block_on(async {
                let store = super::open_store(&config).await?;
                let org = store.create_organisation(new, "cli").await?;
                println!(
                    "Created the organisation “{}” ({}), id {}.",
                    org.name, org.slug, org.id
                );
                Ok(ExitCode::SUCCESS)
            })
        }
    }
}
