//! The command line: `serve`, `migrate`, `seed-demo`, `openapi` and the administration
//! commands that set up a real school without the demo.

mod admin;
mod password_input;
mod seed_demo;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use sea_orm::DatabaseConnection;

use crate::configuration::Settings;
use crate::database;
use crate::startup::Application;
use crate::telemetry;

/// Ishenim, a digital trust box for schools.
#[derive(Debug, Parser)]
#[command(name = "ishenim", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// What to do.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the server: the API at /api/v1 and the web client at /.
    Serve,
    /// Bring the database schema up to date.
    Migrate,
    /// Create the demo district `tup`, school `school-31` and the `demo.*` staff logins.
    SeedDemo {
        /// The password every demo login gets.
        #[arg(long)]
        password: String,
    },
    /// Write the OpenAPI document (to standard output, or to a file).
    Openapi {
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Districts.
    #[command(subcommand)]
    District(admin::DistrictCommand),
    /// Schools.
    #[command(subcommand)]
    School(admin::SchoolCommand),
    /// Staff accounts. Passwords are read from a prompt, or from standard input with
    /// `--password-stdin`, never from the command line.
    #[command(subcommand)]
    Staff(admin::StaffCommand),
    /// The journal.
    #[command(subcommand)]
    Journal(JournalCommand),
    /// The content data keys.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Write a consistent backup of the running server's database into a new folder
    /// (SQLite: `VACUUM INTO`; PostgreSQL: `pg_dump`).
    Backup {
        #[arg(long)]
        output: PathBuf,
        /// Also copy the key files (into `secrets/` of the backup): keep that folder apart.
        #[arg(long)]
        with_keys: bool,
    },
    /// Restore a backup into the configured database and data folder, then check it.
    Restore {
        #[arg(long)]
        from: PathBuf,
        /// Replace an existing SQLite database (stop the server first).
        #[arg(long)]
        force: bool,
    },
    /// Check that the database is whole: every journal and audit chain verifies and every
    /// sealed text opens. Exits non-zero when something does not.
    Check,
}

/// Journal commands.
#[derive(Debug, Subcommand)]
pub enum JournalCommand {
    /// Recompute a school's journal and check it against the heads recorded in its acts;
    /// exits non-zero when it is broken.
    Verify {
        #[arg(long)]
        school: String,
    },
}

/// Data-key commands.
#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Make a new data key current (in `data/secrets/data.keys`); after a restart the server
    /// seals everything under it again in the background.
    Rotate,
    /// How many sealed rows each key holds; `--reseal` seals what is left under older keys
    /// again now, in the foreground.
    Status {
        #[arg(long)]
        reseal: bool,
    },
}

/// Runs a command and turns its outcome into an exit code.
pub async fn run(cli: Cli) -> ExitCode {
    let settings = match Settings::load() {
        Ok(settings) => settings,
        Err(error) => {
            let _ = writeln!(std::io::stderr(), "configuration error: {error}");
            return ExitCode::from(2);
        }
    };
    telemetry::init(settings.log_format);
    match execute(cli.command, settings).await {
        Ok(code) => code,
        Err(error) => {
            let _ = writeln!(std::io::stderr(), "error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn execute(command: Command, settings: Settings) -> anyhow::Result<ExitCode> {
    match command {
        Command::Serve => {
            let application = Application::build(settings.clone()).await?;
            let mut out = std::io::stdout();
            writeln!(
                out,
                "Ishenim is running at http://{}:{}/ (sign-in: /staff/login, API docs: /api/docs)",
                settings
                    .bind
                    .rsplit_once(':')
                    .map_or("127.0.0.1", |(host, _)| host),
                application.port()
            )?;
            out.flush()?;
            application.run_until_stopped().await?;
        }
        Command::Migrate => {
            let db = open(&settings).await?;
            database::migrate(&db).await?;
            writeln!(std::io::stdout(), "The database is up to date.")?;
        }
        Command::SeedDemo { password } => {
            let db = open_migrated(&settings).await?;
            seed_demo::seed(&db, password).await?;
            writeln!(
                std::io::stdout(),
                "Demo data ready: school `school-31`; logins {} share the password you gave.",
                seed_demo::DEMO_LOGINS.join(", ")
            )?;
        }
        Command::Openapi { output } => {
            let json = crate::openapi::document_json()?;
            match output {
                Some(path) => std::fs::write(&path, json)?,
                None => std::io::stdout().write_all(json.as_bytes())?,
            }
        }
        Command::District(command) => {
            admin::district(&open_migrated(&settings).await?, command).await?
        }
        Command::School(command) => {
            admin::school(&open_migrated(&settings).await?, command).await?
        }
        Command::Staff(command) => admin::staff(&open_migrated(&settings).await?, command).await?,
        Command::Journal(JournalCommand::Verify { school }) => {
            let db = open_migrated(&settings).await?;
            let found = crate::schools::store::find_school_by_slug(&db, &school)
                .await?
                .ok_or_else(|| anyhow::anyhow!("no school `{school}`"))?;
            let verification = crate::journal::verification::verify(&db, found.id).await?;
            writeln!(
                std::io::stdout(),
                "{}",
                serde_json::to_string_pretty(&verification)?
            )?;
            if !verification.valid {
                return Ok(ExitCode::FAILURE);
            }
        }
        Command::Keys(KeysCommand::Rotate) => {
            let id = crate::secrets::rotate_data_key(&settings)?;
            writeln!(
                std::io::stdout(),
                "Key `{id}` is now current. Restart the server: it seals older content under `{id}` in the background (`ishenim keys status` shows what is left). Keep the older keys until nothing is left under them."
            )?;
        }
        Command::Keys(KeysCommand::Status { reseal }) => {
            let db = open_migrated(&settings).await?;
            let secrets = crate::secrets::Secrets::load(&settings)?;
            if reseal {
                let mut total = 0;
                loop {
                    let done = crate::operations::rekey::reseal_batch(&db, &secrets, 500).await?;
                    if done == 0 {
                        break;
                    }
                    total += done;
                }
                writeln!(std::io::stdout(), "Sealed again: {total} rows.")?;
            }
            let counts = crate::operations::rekey::key_counts(&db).await?;
            writeln!(
                std::io::stdout(),
                "current key: {}\n{}",
                secrets.current_data_key().id,
                serde_json::to_string_pretty(&counts)?
            )?;
        }
        Command::Backup { output, with_keys } => {
            let written = crate::operations::backup::create(&settings, &output, with_keys).await?;
            let mut out = std::io::stdout();
            writeln!(out, "Backup written: {}", written.database.display())?;
            for key in &written.keys {
                writeln!(
                    out,
                    "Key file: {} (keep it apart from the database copy)",
                    key.display()
                )?;
            }
            if with_keys && written.keys.is_empty() {
                writeln!(out, "No key files in the data folder: the keys come from the environment and are not in the backup.")?;
            }
        }
        Command::Restore { from, force } => {
            crate::operations::backup::restore(&settings, &from, force).await?;
            writeln!(
                std::io::stdout(),
                "Restored from {}; checking it.",
                from.display()
            )?;
            return check(&settings).await;
        }
        Command::Check => return check(&settings).await,
    }
    Ok(ExitCode::SUCCESS)
}

/// Checks the database and prints the report; non-zero when it is not whole.
async fn check(settings: &Settings) -> anyhow::Result<ExitCode> {
    let db = open_migrated(settings).await?;
    let secrets = crate::secrets::Secrets::load(settings)?;
    let report = crate::operations::integrity::check(&db, &secrets).await?;
    writeln!(
        std::io::stdout(),
        "{}",
        serde_json::to_string_pretty(&report)?
    )?;
    Ok(if report.whole() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

async fn open(settings: &Settings) -> anyhow::Result<DatabaseConnection> {
    crate::secrets::prepare_data_dir(&settings.data_dir)?;
    database::connect(&settings.database_url(), settings.database_max_connections).await
}

async fn open_migrated(settings: &Settings) -> anyhow::Result<DatabaseConnection> {
    let db = open(settings).await?;
    database::migrate(&db).await?;
    Ok(db)
}
