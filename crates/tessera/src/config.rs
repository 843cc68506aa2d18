//! Configuration: defaults, then an optional TOML file, then `TESSERA_*` environment variables
//! and command-line flags (clap reads both; a flag beats its variable).

use std::net::{IpAddr, Ipv4Addr};
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Deserialize;

use crate::cli::{ServeArgs, StoreArgs};

/// Settings that may appear in the configuration file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    bind: Option<IpAddr>,
    port: Option<u16>,
    data_dir: Option<PathBuf>,
    database_url: Option<String>,
    demo: Option<bool>,
    public_url: Option<String>,
    secure_cookies: Option<bool>,
}

/// Where the database lives.
#[derive(Clone, PartialEq, Eq)]
pub enum Database {
    /// A SQLite file.
    SqliteFile(PathBuf),
    /// Any other URL (e.g. `sqlite::memory:`).
    Url(String),
}

impl std::fmt::Debug for Database {
    // A URL may hold a password: show only its scheme.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Database::SqliteFile(path) => write!(f, "SqliteFile({})", path.display()),
            Database::Url(url) => {
                let scheme = url.split(':').next().unwrap_or("?");
                write!(f, "Url({scheme}:…)")
            }
        }
    }
}

/// The settings in force.
#[derive(Debug, Clone)]
pub struct Config {
    pub bind: IpAddr,
    pub port: u16,
    pub data_dir: PathBuf,
    pub database: Database,
    pub demo: bool,
    /// The address people reach Tessera at, for links in e-mails.
    pub public_url: Option<String>,
    /// Mark every cookie `Secure` (served over HTTPS).
    pub secure_cookies: bool,
    /// Responses one client may send to the public form a minute (`None`: the default).
    pub respond_limit: Option<u32>,
}

impl Config {
    pub const DEFAULT_PORT: u16 = 8080;
    pub const DEFAULT_DATA_DIR: &'static str = "tessera-data";

    /// Settings for commands that only need the database.
    pub fn for_store(args: &StoreArgs) -> anyhow::Result<Self> {
        Self::resolve(args, None, None, false, None, false)
    }

    /// Settings for `serve`.
    pub fn for_serve(args: &ServeArgs) -> anyhow::Result<Self> {
        let mut config = Self::resolve(
            &args.store,
            args.bind,
            args.port,
            args.demo,
            args.public_url.clone(),
            args.secure_cookies,
        )?;
        config.respond_limit = args.respond_limit;
        Ok(config)
    }

    fn resolve(
        store: &StoreArgs,
        bind: Option<IpAddr>,
        port: Option<u16>,
        demo: bool,
        public_url: Option<String>,
        secure_cookies: bool,
    ) -> anyhow::Result<Self> {
        let file = match &store.config {
            Some(path) => read_file(path)?,
            None => FileConfig::default(),
        };
        let data_dir = store
            .data_dir
            .clone()
            .or(file.data_dir)
            .unwrap_or_else(|| PathBuf::from(Self::DEFAULT_DATA_DIR));
        let database = match store.database_url.clone().or(file.database_url) {
            Some(url) => parse_database_url(&url)?,
            None => Database::SqliteFile(data_dir.join("tessera.sqlite")),
        };
        Ok(Self {
            bind: bind
                .or(file.bind)
                .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST)),
            port: port.or(file.port).unwrap_or(Self::DEFAULT_PORT),
            data_dir,
            database,
            demo: demo || file.demo.unwrap_or(false),
            secure_cookies: secure_cookies
                || file.secure_cookies.unwrap_or(false)
                || public_url
                    .as_deref()
                    .or(file.public_url.as_deref())
                    .is_some_and(|u| u.starts_with("https://")),
            public_url: public_url.or(file.public_url),
            respond_limit: None,
        })
    }
}

fn read_file(path: &Path) -> anyhow::Result<FileConfig> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("could not read the configuration file {}", path.display()))?;
    toml::from_str(&text).map_err(|e| {
        anyhow::anyhow!(
            "the configuration file {} is not valid: {e}\nThe settings it may hold are bind, port, data_dir, database_url and demo.",
            path.display()
        )
    })
}

fn parse_database_url(url: &str) -> anyhow::Result<Database> {
    if let Some(path) = url.strip_prefix("sqlite://") {
        return Ok(Database::SqliteFile(PathBuf::from(path)));
    }
    if url.starts_with("sqlite:")
        || url.starts_with("postgres://")
        || url.starts_with("postgresql://")
    {
        return Ok(Database::Url(url.to_owned()));
    }
    anyhow::bail!(
        "the database URL must start with sqlite: (for example sqlite:///srv/tessera/tessera.sqlite) or postgres:// (for example postgres://tessera@db.example/tessera)"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store_args(config: Option<PathBuf>) -> StoreArgs {
        StoreArgs {
            data_dir: None,
            database_url: None,
            config,
        }
    }

    #[test]
    fn defaults_listen_on_localhost_8080_with_a_local_data_folder() {
        let config = Config::for_store(&store_args(None)).expect("config");
        assert_eq!(config.bind, IpAddr::V4(Ipv4Addr::LOCALHOST));
        assert_eq!(config.port, 8080);
        assert_eq!(
            config.database,
            Database::SqliteFile(PathBuf::from("tessera-data/tessera.sqlite"))
        );
    }

    #[test]
    fn the_file_sets_values_and_flags_beat_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("tessera.toml");
        std::fs::write(
            &path,
            "port = 9000\ndata_dir = \"/srv/t\"\nbind = \"0.0.0.0\"\n",
        )
        .expect("write");
        let from_file = Config::for_store(&store_args(Some(path.clone()))).expect("config");
        assert_eq!(from_file.port, 9000);
        assert_eq!(from_file.data_dir, PathBuf::from("/srv/t"));
        let args = ServeArgs {
            demo: false,
            bind: None,
            port: Some(7000),
            public_url: Some("https://tessera.example.org".to_owned()),
            secure_cookies: false,
            respond_limit: Some(5),
            store: store_args(Some(path)),
        };
        let flagged = Config::for_serve(&args).expect("config");
        assert_eq!(flagged.port, 7000);
        assert_eq!(flagged.bind.to_string(), "0.0.0.0");
        // An https:// public address marks cookies Secure.
        assert!(flagged.secure_cookies);
        assert_eq!(flagged.respond_limit, Some(5));
        assert_eq!(
            flagged.public_url.as_deref(),
            Some("https://tessera.example.org")
        );
    }

    #[test]
    fn an_unknown_setting_in_the_file_is_named() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("tessera.toml");
        std::fs::write(&path, "prot = 9000\n").expect("write");
        let err = Config::for_store(&store_args(Some(path))).expect_err("invalid");
        assert!(format!("{err:#}").contains("prot"), "{err:#}");
    }

    #[test]
    fn database_urls_other_than_sqlite_and_postgres_are_refused_and_passwords_are_not_shown() {
        assert!(parse_database_url("mysql://u:secret@h/db").is_err());
        assert!(parse_database_url("postgres://u:secret@h/db").is_ok());
        let pg = Database::Url("postgres://u:secret@h/db".to_owned());
        assert!(!format!("{pg:?}").contains("secret"));
        let db = Database::Url("sqlite::memory:".to_owned());
        assert_eq!(format!("{db:?}"), "Url(sqlite:…)");
    }
}
