//! Setting up a real school from the command line: districts, schools, staff.

use std::io::Write;

use anyhow::{anyhow, bail, Context};
use clap::{Args, Subcommand};
use entity::Role;
use sea_orm::{DatabaseConnection, TransactionTrait};
use serde_json::json;

use super::password_input::read_new_password;
use crate::audit::AuditSubject;
use crate::audit::{self, Actor, AuditAction, AuditChain, AuditEvent};
use crate::auth::password::hash_password;
use crate::schools::store::{self as schools, NewSchool};
use crate::staff::store::{self as staff, NewStaff, PasswordChosenBy};

/// District commands.
#[derive(Debug, Subcommand)]
pub enum DistrictCommand {
    /// Create a district education office.
    Create {
        #[arg(long)]
        slug: String,
        #[arg(long)]
        name: String,
    },
}

/// School commands.
#[derive(Debug, Subcommand)]
pub enum SchoolCommand {
    /// Create a school in a district.
    Create {
        #[arg(long)]
        slug: String,
        #[arg(long)]
        name: String,
        /// The district's slug.
        #[arg(long)]
        district: String,
        #[arg(long, default_value_t = 3)]
        quorum: i32,
        /// `ky`, `ru` or `en`.
        #[arg(long, default_value = "ky")]
        language: String,
        #[arg(long, default_value = "Asia/Bishkek")]
        time_zone: String,
    },
}

/// Staff commands.
#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Create a staff account with roles.
    Create(CreateStaff),
    /// Set a new password for a staff account; it is signed out everywhere.
    ResetPassword {
        #[arg(long)]
        login: String,
        /// Read the password from standard input instead of a prompt.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Take away a staff account's second factor and recovery codes (a lost phone); it is
    /// signed out everywhere and signs in with its password alone until it turns one on again.
    ResetTwoFactor {
        #[arg(long)]
        login: String,
    },
}

/// A new staff account.
#[derive(Debug, Args)]
pub struct CreateStaff {
    #[arg(long)]
    login: String,
    #[arg(long)]
    full_name: String,
    #[arg(long)]
    position: String,
    /// The school's slug (for school roles).
    #[arg(long, conflicts_with = "district")]
    school: Option<String>,
    /// The district's slug (for district roles).
    #[arg(long)]
    district: Option<String>,
    /// A role; repeat for several: director, deputy, official, social_pedagogue,
    /// working_group, school_admin, district_officer, district_admin, superadmin.
    #[arg(long = "role", required = true)]
    roles: Vec<String>,
    /// Where alerts go (urgent appeals), when SMTP is configured.
    #[arg(long)]
    email: Option<String>,
    /// Read the password from standard input instead of a prompt.
    #[arg(long)]
    password_stdin: bool,
}

fn check_slug(slug: &str) -> anyhow::Result<()> {
    let valid = (2..=64).contains(&slug.len())
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !valid {
        bail!("a slug has 2 to 64 characters: a-z, 0-9 and -");
    }
    Ok(())
}

/// Runs a district command.
pub async fn district(db: &DatabaseConnection, command: DistrictCommand) -> anyhow::Result<()> {
    let DistrictCommand::Create { slug, name } = command;
    check_slug(&slug)?;
    let txn = db.begin().await?;
    if schools::find_district_by_slug(&txn, &slug).await?.is_some() {
        bail!("a district `{slug}` exists already");
    }
    let district = schools::create_district(&txn, &slug, name.trim()).await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: AuditChain::District(district.id),
            actor: Actor::System,
            action: AuditAction::DistrictCreated,
            subject: Some(AuditSubject::District(district.id)),
            details: json!({"slug": slug, "name": district.name}),
        },
    )
    .await?;
    txn.commit().await?;
    writeln!(std::io::stdout(), "Created district `{slug}`.")?;
    Ok(())
}

/// Runs a school command.
pub async fn school(db: &DatabaseConnection, command: SchoolCommand) -> anyhow::Result<()> {
    let SchoolCommand::Create {
        slug,
        name,
        district,
        quorum,
        language,
        time_zone,
    } = command;
    check_slug(&slug)?;
    if !(2..=9).contains(&quorum) {
        // As in the school's settings: one member alone never opens the box.
        bail!("the quorum must be between 2 and 9");
    }
    if !["ky", "ru", "en"].contains(&language.as_str()) {
        bail!("the language must be ky, ru or en");
    }
    time_zone
        .parse::<chrono_tz::Tz>()
        .map_err(|_| anyhow!("unknown time zone `{time_zone}`"))?;
    let txn = db.begin().await?;
    let district = schools::find_district_by_slug(&txn, &district)
        .await?
        .ok_or_else(|| anyhow!("no district `{district}`"))?;
    if schools::find_school_by_slug(&txn, &slug).await?.is_some() {
        bail!("a school `{slug}` exists already");
    }
    let school = schools::create_school(
        &txn,
        NewSchool {
            slug: slug.clone(),
            name: name.trim().to_owned(),
            names: entity::Localized::default(),
            district_id: district.id,
            opening_quorum: quorum,
            default_language: language,
            time_zone,
        },
    )
    .await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: AuditChain::School(school.id),
            actor: Actor::System,
            action: AuditAction::SchoolCreated,
            subject: Some(AuditSubject::School(school.id)),
            details: json!({"slug": slug, "name": school.name, "district": district.slug}),
        },
    )
    .await?;
    txn.commit().await?;
    writeln!(
        std::io::stdout(),
        "Created school `{slug}` in `{}`.",
        district.slug
    )?;
    Ok(())
}

/// Runs a staff command.
pub async fn staff(db: &DatabaseConnection, command: StaffCommand) -> anyhow::Result<()> {
    match command {
        StaffCommand::Create(create) => create_staff(db, create).await,
        StaffCommand::ResetPassword {
            login,
            password_stdin,
        } => {
            let password = read_new_password(password_stdin)?;
            let hash = hash_password(password).await?;
            let txn = db.begin().await?;
            let user = staff::find_by_login(&txn, &login)
                .await?
                .ok_or_else(|| anyhow!("no staff account `{login}`"))?;
            staff::reset_password(
                &txn,
                Actor::System,
                &user,
                hash,
                PasswordChosenBy::SomeoneElse,
            )
            .await?;
            txn.commit().await?;
            writeln!(
                std::io::stdout(),
                "The password of `{}` is set.",
                user.login
            )?;
            Ok(())
        }
        StaffCommand::ResetTwoFactor { login } => {
            let txn = db.begin().await?;
            let user = staff::find_by_login(&txn, &login)
                .await?
                .ok_or_else(|| anyhow!("no staff account `{login}`"))?;
            let had = staff::reset_two_factor(&txn, Actor::System, &user).await?;
            txn.commit().await?;
            let what = if had {
                "second factor is taken away"
            } else {
                "account had no second factor; its sign-ins are ended"
            };
            writeln!(std::io::stdout(), "The {what}: `{}`.", user.login)?;
            Ok(())
        }
    }
}

async fn create_staff(db: &DatabaseConnection, create: CreateStaff) -> anyhow::Result<()> {
    let roles = create
        .roles
        .iter()
        .map(|name| Role::parse(name).ok_or_else(|| anyhow!("unknown role `{name}`")))
        .collect::<anyhow::Result<Vec<_>>>()?;
    if roles.contains(&Role::Integration) {
        bail!("`integration` belongs to service accounts, not to people");
    }
    let login = crate::auth::store::normalise_login(&create.login);
    if !crate::staff::admin::valid_login(&login) {
        bail!("a login has 3 to 64 characters: letters, digits, . - _");
    }
    let password = read_new_password(create.password_stdin)?;
    let hash = hash_password(password).await?;
    let txn = db.begin().await?;
    let (school_id, district_id, language) = match (&create.school, &create.district) {
        (Some(slug), _) => {
            let school = schools::find_school_by_slug(&txn, slug)
                .await?
                .ok_or_else(|| anyhow!("no school `{slug}`"))?;
            if let Some(role) = roles.iter().find(|role| !role.is_school_role()) {
                bail!("`{}` is not a school role", role.as_str());
            }
            (
                Some(school.id),
                Some(school.district_id),
                Some(school.default_language),
            )
        }
        (None, Some(slug)) => {
            let district = schools::find_district_by_slug(&txn, slug)
                .await?
                .ok_or_else(|| anyhow!("no district `{slug}`"))?;
            if let Some(role) = roles.iter().find(|role| role.is_school_role()) {
                bail!("`{}` is a school role: give --school", role.as_str());
            }
            (None, Some(district.id), None)
        }
        (None, None) => {
            if roles.iter().any(|role| *role != Role::Superadmin) {
                bail!("give --school or --district");
            }
            (None, None, None)
        }
    };
    let position = create.position.trim().to_owned();
    // The position is given in the school's language; a district's staff have none.
    let positions = language
        .map(|language| entity::Localized::only(&language, &position))
        .unwrap_or_default();
    if staff::find_by_login(&txn, &login).await?.is_some() {
        bail!("the login `{login}` is taken");
    }
    staff::create_staff(
        &txn,
        Actor::System,
        NewStaff {
            login: login.clone(),
            full_name: create.full_name.trim().to_owned(),
            position,
            positions,
            school_id,
            district_id,
            password_hash: hash,
            roles,
            email: create
                .email
                .map(|email| email.trim().to_owned())
                .filter(|email| email.contains('@')),
            password_chosen_by: PasswordChosenBy::SomeoneElse,
        },
    )
    .await
    .context("cannot create the staff account")?;
    txn.commit().await?;
    writeln!(std::io::stdout(), "Created staff account `{login}`.")?;
    Ok(())
}
