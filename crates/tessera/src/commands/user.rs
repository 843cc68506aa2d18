//! `tessera user`, `tessera token` and `tessera outbox`: accounts and access, for operators.

use std::io::BufRead;
use std::process::ExitCode;

use anyhow::{Context, bail};
use tessera_store::credentials::{check_password, generate_password, hash_password, new_api_token};
use tessera_store::prelude::*;
use tessera_store::{NewApiToken, NewUser, Role};

use crate::cli::{OutboxArgs, TokenCommand, UserCommand};
use crate::config::Config;

pub fn run_user(cmd: UserCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        UserCommand::CreateAdmin {
            email,
            name,
            org,
            password_stdin,
            store,
        } => {
            let config = Config::for_store(&store)?;
            let email = NewUser::parse_email(&email)?;
            let (password, generated) = if password_stdin {
                let mut line = String::new();
                std::io::stdin()
                    .lock()
                    .read_line(&mut line)
                    .context("could not read the password from standard input")?;
                let password = line.trim_end_matches(['\r', '\n']).to_owned();
                if let Err(message) = check_password(&password, &[&email]) {
                    bail!("{message}");
                }
                (password, false)
            } else {
                (generate_password(), true)
            };
            super::runtime()?.block_on(async {
                let store = super::open_store(&config).await?;
                let org = match &org {
                    Some(slug) => Some(store.organisation_by_slug(slug).await?.with_context(
                        || format!("there is no organisation {slug:?}; create it first with `tessera org create {slug}`"),
                    )?),
                    None => None,
                };
                let user = store
                    .create_user(
                        NewUser {
                            email: email.clone(),
                            name: name.unwrap_or_default(),
                            password_hash: hash_password(&password)?,
                            is_admin: true,
                        },
                        "cli",
                    )
                    .await?;
                if let Some(org) = &org {
                    store
                        .set_membership(org.id, user.id, Role::Owner, "cli")
                        .await?;
                }
                println!("Created the administrator account {}.", user.email);
                if let Some(org) = &org {
                    println!("They own the organisation “{}” ({}).", org.name, org.slug);
                }
                if generated {
                    println!("Password (shown once; they can change it after signing in): {password}");
                }
                Ok(ExitCode::SUCCESS)
            })
        }
    }
}

pub fn run_token(cmd: TokenCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        TokenCommand::Create {
            org,
            role,
            user,
            name,
            store,
        } => {
            let config = Config::for_store(&store)?;
            let role = Role::parse(&role)?;
            super::runtime()?.block_on(async {
                let store = super::open_store(&config).await?;
                let org = store.organisation_by_slug(&org).await?.with_context(|| {
                    format!("there is no organisation {org:?}; see `tessera org create`")
                })?;
                let user = match &user {
                    Some(email) => {
                        let member = store
                            .members(org.id)
                            .await?
                            .into_iter()
                            .find(|m| m.user.email == email.trim().to_lowercase())
                            .with_context(|| format!("{email} is not a member of {}", org.slug))?;
                        if role > member.role {
                            bail!(
                                "{email} is {} in {}; their token cannot be {}",
                                member.role,
                                org.slug,
                                role
                            );
                        }
                        Some(member.user.id)
                    }
                    None => None,
                };
                let (token, hash, prefix) = new_api_token();
                let record = store
                    .create_api_token(NewApiToken {
                        token_hash: hash,
                        prefix,
                        name: name.unwrap_or_else(|| "command line".to_owned()),
                        org: org.id,
                        role,
                        user,
                        created_by: "cli".to_owned(),
                    })
                    .await?;
                eprintln!(
                    "Created API token {} (“{}”) for {} with the {} role. It is shown once:",
                    record.id, record.name, org.slug, record.role
                );
                println!("{token}");
                Ok(ExitCode::SUCCESS)
            })
        }
    }
}

pub fn outbox(args: &OutboxArgs) -> anyhow::Result<ExitCode> {
    let config = Config::for_store(&args.store)?;
    super::runtime()?.block_on(async {
        let store = super::open_store(&config).await?;
        let messages = store.outbox(args.limit).await?;
        if messages.is_empty() {
            println!("The outbox is empty.");
        }
        for m in messages {
            println!(
                "── {} · to {} · {}\n{}\n",
                m.created_at, m.to, m.subject, m.body
            );
        }
        Ok(ExitCode::SUCCESS)
    })
}
