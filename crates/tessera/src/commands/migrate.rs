use std::process::ExitCode;

use crate::config::Config;

pub fn run(config: Config) -> anyhow::Result<ExitCode> {
    super::runtime()?.block_on(async {
        let store = super::open_store(&config).await?;
        println!(
            "Database ({}) is up to date ({:?}; data folder {}).",
            store.backend(),
            config.database,
            config.data_dir.display()
        );
        for m in store.applied_migrations().await? {
            println!("  applied {m}");
        }
        if let Some((journal, foreign_keys)) = store.sqlite_pragmas().await? {
            println!(
                "  journal mode {journal}, foreign keys {}",
                if foreign_keys { "on" } else { "off" }
            );
        }
        Ok(ExitCode::SUCCESS)
    })
}
