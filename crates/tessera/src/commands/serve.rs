use std::net::SocketAddr;
use std::process::ExitCode;

use anyhow::Context;
use tessera_app::demo::{self, DEMO_ORG, DEMO_OWNER};
use tessera_app::{App, Settings};
use tessera_framework::Catalogue;
use tessera_store::{NewOrganisation, prelude::*};
use tessera_web::{AppState, app};

use crate::config::Config;

/// The organisation a Tessera without demo data starts with.
const LOCAL_ORG: (&str, &str) = ("local", "My organisation");

pub fn run(config: Config) -> anyhow::Result<ExitCode> {
    let catalogue = Catalogue::shipped().map_err(|e| {
        anyhow::anyhow!("the framework packs built into this Tessera are not valid:\n{e}")
    })?;
    super::runtime()?.block_on(async move {
        let store = super::open_store(&config).await?;
        let demo_password = if config.demo {
            let org = demo::seed(&store).await?;
            // Participants (with their stories) and the café questionnaire: the demo shows
            // change for the people the work reaches, as a real organisation's would.
            demo::seed_participants(&store, &org).await?;
            tessera_app::questionnaires::seed_demo_questionnaire(&store, &org).await?;
            tessera_app::collection::demo::seed_demo_collection(&store, &org).await?;
            Some(demo::demo_owner(&store, &org).await?)
        } else {
            if store.organisations().await?.is_empty() {
                let org = NewOrganisation::parse(LOCAL_ORG.0, LOCAL_ORG.1)?;
                store.create_organisation(org, "system").await?;
            }
            None
        };
        let mut nobody = true;
        for org in store.organisations().await? {
            nobody &= store.members(org.id).await?.is_empty();
        }
        let addr = SocketAddr::new(config.bind, config.port);
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("could not listen on {addr}; is another program using the port? Choose another with --port"))?;
        let local = listener.local_addr().context("could not read the listening address")?;
        let host = if local.ip().is_unspecified() { "127.0.0.1".to_owned() } else { local.ip().to_string() };
        let mut settings = Settings::new(config.data_dir.clone());
        settings.demo = config.demo;
        // Links in e-mails: the configured public address, else the address this server listens
        // on — never the Host a request names.
        settings.public_url = config
            .public_url
            .clone()
            .filter(|u| !u.trim().is_empty())
            .or_else(|| Some(format!("http://{host}:{}", local.port())));
        let application = App::new(catalogue, store, settings);
        application.spawn_housekeeping();
        let mut state = AppState::new(application).with_secure_cookies(config.secure_cookies);
        if let Some(limit) = config.respond_limit {
            state = state.with_respond_limit(limit);
        }
        println!("Tessera is running at http://{host}:{}/", local.port());
        if let Some(password) = &demo_password {
            println!("Demo data loaded for the organisation “{}” ({}).", DEMO_ORG.1, DEMO_ORG.0);
            println!("Sign in as {DEMO_OWNER} with the password {password}");
        } else if nobody {
            println!("Nobody can sign in yet. Create the first account with:");
            println!("  tessera user create-admin --email you@example.org --org {}", LOCAL_ORG.0);
        }
        println!("Press Ctrl+C to stop.");
        tracing::info!(bind = %local, demo = config.demo, "serving");
        // The connection's address reaches the public form's flood guard (never stored).
        axum::serve(
            listener,
            app(state).into_make_service_with_connect_info::<SocketAddr>(),
        )
            .with_graceful_shutdown(shutdown())
            .await
            .context("the web server stopped with an error")?;
        Ok(ExitCode::SUCCESS)
    })
}

async fn shutdown() {
    let ctrl_c = async {
        if let Err(err) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %err, "could not listen for Ctrl+C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    println!("Stopping Tessera.");
}
