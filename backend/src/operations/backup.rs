//! Backups of a running server and their restoration.
//!
//! - SQLite: `VACUUM INTO` writes a consistent copy while the server keeps serving (readers
//!   and the writer are not stopped; the copy is one transaction's view).
//! - PostgreSQL: `pg_dump --format=custom`, restored with `pg_restore`; both must be on the
//!   `PATH`.
//!
//! The keys that open the sealed content live outside the database. `--with-keys` copies the
//! key files beside the backup, in `secrets/`: keep that folder apart from the database copy,
//! or the backup is readable by whoever holds it.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context};
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};

use crate::configuration::Settings;
use crate::database;

/// The database copy's name inside a backup folder, by backend.
const SQLITE_FILE: &str = "ishenim.sqlite3";
const POSTGRES_FILE: &str = "ishenim.pgdump";
/// The key files the server keeps in `data/secrets/`.
const KEY_FILES: [&str; 3] = ["jwt.key", "data.keys", "receipt.key"];

/// What a backup wrote.
#[derive(Debug)]
pub struct BackupWritten {
    pub database: PathBuf,
    /// The key files copied; empty without `--with-keys` or when the keys come from the
    /// environment.
    pub keys: Vec<PathBuf>,
}

fn private_folder(folder: &Path) -> anyhow::Result<()> {
    fs::create_dir_all(folder).with_context(|| format!("cannot create {}", folder.display()))?;
    fs::set_permissions(folder, fs::Permissions::from_mode(0o700))
        .with_context(|| format!("cannot restrict {}", folder.display()))
}

fn copy_private(from: &Path, to: &Path) -> anyhow::Result<()> {
    fs::copy(from, to).with_context(|| format!("cannot copy {}", from.display()))?;
    fs::set_permissions(to, fs::Permissions::from_mode(0o600))
        .with_context(|| format!("cannot restrict {}", to.display()))
}

/// Writes a consistent backup of the configured database into `output` (a new or empty
/// folder), with the key files when `with_keys`.
pub async fn create(
    settings: &Settings,
    output: &Path,
    with_keys: bool,
) -> anyhow::Result<BackupWritten> {
    if output.exists() && fs::read_dir(output)?.next().is_some() {
        bail!("{} is not empty", output.display());
    }
    private_folder(output)?;
    let url = settings.database_url();
    let database = if url.starts_with("sqlite:") {
        let target = output.join(SQLITE_FILE);
        let db = database::connect(&url, 1).await?;
        db.execute(Statement::from_sql_and_values(
            DatabaseBackend::Sqlite,
            "VACUUM INTO ?",
            [target.display().to_string().into()],
        ))
        .await
        .context("the SQLite backup failed")?;
        db.close().await?;
        fs::set_permissions(&target, fs::Permissions::from_mode(0o600))?;
        target
    } else {
        let target = output.join(POSTGRES_FILE);
        let status = Command::new("pg_dump")
            .args(["--format=custom", "--no-owner", "--file"])
            .arg(&target)
            .arg(&url)
            .status()
            .context("cannot run pg_dump (is the PostgreSQL client installed?)")?;
        if !status.success() {
            bail!("pg_dump failed ({status})");
        }
        fs::set_permissions(&target, fs::Permissions::from_mode(0o600))?;
        target
    };
    let mut keys = Vec::new();
    if with_keys {
        let secrets = output.join("secrets");
        private_folder(&secrets)?;
        for name in KEY_FILES {
            let from = settings.data_dir.join("secrets").join(name);
            if from.exists() {
                let to = secrets.join(name);
                copy_private(&from, &to)?;
                keys.push(to);
            }
        }
    }
    Ok(BackupWritten { database, keys })
}

/// Restores a backup folder into the configured database and data folder. An existing
/// SQLite database is replaced only with `force`; a PostgreSQL target is cleaned first by
/// `pg_restore --clean`. Key files in the backup are put in place unless different keys are
/// already there.
pub async fn restore(settings: &Settings, from: &Path, force: bool) -> anyhow::Result<()> {
    let url = settings.database_url();
    crate::secrets::prepare_data_dir(&settings.data_dir)?;
    if url.starts_with("sqlite:") {
        let source = from.join(SQLITE_FILE);
        if !source.exists() {
            bail!("{} holds no SQLite backup ({SQLITE_FILE})", from.display());
        }
        let target = settings.data_dir.join(SQLITE_FILE);
        if settings.database_url() != format!("sqlite://{}", target.display()) {
            bail!("restoring SQLite works with the database in the data folder only");
        }
        if target.exists() && !force {
            bail!(
                "{} exists; stop the server and pass --force to replace it",
                target.display()
            );
        }
        for stale in ["-wal", "-shm"] {
            let path = PathBuf::from(format!("{}{stale}", target.display()));
            if path.exists() {
                fs::remove_file(&path)?;
            }
        }
        copy_private(&source, &target)?;
    } else {
        let source = from.join(POSTGRES_FILE);
        if !source.exists() {
            bail!(
                "{} holds no PostgreSQL backup ({POSTGRES_FILE})",
                from.display()
            );
        }
        let status = Command::new("pg_restore")
            .args(["--no-owner", "--clean", "--if-exists", "--dbname"])
            .arg(&url)
            .arg(&source)
            .status()
            .context("cannot run pg_restore (is the PostgreSQL client installed?)")?;
        if !status.success() {
            bail!("pg_restore failed ({status})");
        }
    }
    let keys = from.join("secrets");
    if keys.exists() {
        let target = settings.data_dir.join("secrets");
        private_folder(&target)?;
        for name in KEY_FILES {
            let (source, destination) = (keys.join(name), target.join(name));
            if !source.exists() {
                continue;
            }
            if destination.exists() && fs::read(&destination)? != fs::read(&source)? {
                bail!(
                    "{} differs from the backup's key; move it away to use the backup's",
                    destination.display()
                );
            }
            copy_private(&source, &destination)?;
        }
    }
    Ok(())
}
