//! What the district office changes: its settings, its schools and its service accounts, each
//! change in one transaction with its audit entry.

use std::collections::BTreeSet;

use entity::{district, service_account, Localized, Role};
use sea_orm::{DatabaseConnection, TransactionTrait};
use secrecy::SecretString;
use serde_json::json;
use uuid::Uuid;

use crate::audit::{self, AuditAction, AuditChain, AuditEvent, AuditSubject};
use crate::auth::password::hash_password;
use crate::auth::service::{hash_secret, join_scopes, new_client_id, new_secret};
use crate::auth::store::normalise_login;
use crate::auth::Caller;
use crate::districts::helplines::{self, helplines_of};
use crate::districts::store::{self, SettingsRow};
use crate::districts::views::{DistrictSettings, DistrictSettingsChange, NewServiceAccount};
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::http::names::{merged, required_in, Names};
use crate::schools::settings::check_language_and_zone;
use crate::schools::store::{create_school, find_school_by_slug, NewSchool};
use crate::schools::views::{CreatedSchool, NewDistrictSchool, SchoolView};
use crate::staff::admin::{initial_password, valid_login};
use crate::staff::store::{create_staff, find_by_login, NewStaff, PasswordChosenBy};
use crate::staff::views::StaffView;

/// Changes the district's settings (a list of helplines replaces the current one).
pub async fn change_settings(
    db: &DatabaseConnection,
    caller: &Caller,
    district: &district::Model,
    change: DistrictSettingsChange,
) -> Result<DistrictSettings, ApiError> {
    let new_helplines = change.helplines.map(helplines::checked).transpose()?;
    let before = helplines_of(district);
    let after = new_helplines.clone().unwrap_or_else(|| before.clone());
    let holds_box_share = change.holds_box_share.unwrap_or(district.holds_box_share);
    let group_two_factor_required = change
        .group_two_factor_required
        .unwrap_or(district.group_two_factor_required);
    let name = change
        .name
        .as_deref()
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .unwrap_or(&district.name)
        .to_owned();
    let names = change
        .names
        .map(Localized::from)
        .unwrap_or_else(|| district.names.clone());
    let stored_helplines = new_helplines
        .as_ref()
        .map(serde_json::to_string)
        .transpose()
        .map_err(anyhow::Error::from)?;
    let txn = db.begin().await?;
    store::update_settings(
        &txn,
        district.id,
        &SettingsRow {
            name: name.clone(),
            names: names.clone(),
            two_factor_required: change.two_factor_required,
            holds_box_share,
            group_two_factor_required,
            helplines: stored_helplines,
        },
    )
    .await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: AuditChain::District(district.id),
            actor: caller.actor(),
            action: AuditAction::DistrictSettingsChanged,
            subject: Some(AuditSubject::District(district.id)),
            details: json!({
                "name": {"from": district.name, "to": name},
                "names_changed": names != district.names,
                "two_factor_required": {
                    "from": district.two_factor_required,
                    "to": change.two_factor_required,
                },
                "helplines_changed": before != after,
                "holds_box_share": {
                    "from": district.holds_box_share,
                    "to": holds_box_share,
                },
                "group_two_factor_required": {
                    "from": district.group_two_factor_required,
                    "to": group_two_factor_required,
                },
            }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(DistrictSettings {
        name,
        names: Names::from(&names),
        two_factor_required: change.two_factor_required,
        helplines: after,
        holds_box_share,
        group_two_factor_required,
    })
}

/// Creates a school of the district with its first director, whose first password is
/// answered with them.
pub async fn open_school(
    db: &DatabaseConnection,
    caller: &Caller,
    district: &district::Model,
    new: NewDistrictSchool,
) -> Result<CreatedSchool, ApiError> {
    let school_slug = new.slug.trim().to_owned();
    if !school_slug
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(ApiError::invalid_field(
            "slug",
            "invalid_slug",
            "lowercase letters, digits and -",
        ));
    }
    let time_zone = new.time_zone.unwrap_or_else(|| "Asia/Bishkek".to_owned());
    check_language_and_zone(&new.default_language, &time_zone)?;
    let language = new.default_language.clone();
    let names = merged(
        new.name.as_deref(),
        new.names.map(Localized::from),
        &Localized::default(),
        &language,
    );
    let name = required_in(&names, "names", &language)?;
    let positions = merged(
        new.director.position.as_deref(),
        new.director.positions.map(Localized::from),
        &Localized::default(),
        &language,
    );
    let position = required_in(&positions, "director.positions", &language)?;
    if new
        .director
        .roles
        .iter()
        .any(|role| *role != Role::Director)
    {
        // The first member of a school is its director, and only that: say so rather than
        // quietly dropping the other roles.
        return Err(ApiError::invalid_field(
            "director.roles",
            "director_only",
            "the school's first account is its director; give other roles from the school",
        ));
    }
    let login = normalise_login(&new.director.login);
    if !valid_login(&login) {
        return Err(ApiError::invalid_field(
            "director.login",
            "invalid_login",
            "3 to 64 letters, digits, . - _",
        ));
    }
    let password = initial_password();
    let hash = hash_password(SecretString::from(password.clone())).await?;
    let txn = db.begin().await?;
    if find_school_by_slug(&txn, &school_slug).await?.is_some() {
        return Err(ApiError::rejected(
            ProblemCode::SlugTaken,
            "a school with this slug exists",
        ));
    }
    if find_by_login(&txn, &login).await?.is_some() {
        return Err(ApiError::rejected(
            ProblemCode::LoginTaken,
            "this login is taken",
        ));
    }
    let school = create_school(
        &txn,
        NewSchool {
            slug: school_slug,
            name,
            names,
            district_id: district.id,
            opening_quorum: 3,
            default_language: new.default_language,
            time_zone,
        },
    )
    .await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: AuditChain::District(district.id),
            actor: caller.actor(),
            action: AuditAction::SchoolCreated,
            subject: Some(AuditSubject::School(school.id)),
            details: json!({"slug": school.slug, "name": school.name, "names": Names::from(&school.names)}),
        },
    )
    .await?;
    let director = create_staff(
        &txn,
        caller.actor(),
        NewStaff {
            login,
            full_name: new.director.full_name.trim().to_owned(),
            position,
            positions,
            school_id: Some(school.id),
            district_id: Some(district.id),
            password_hash: hash,
            roles: vec![Role::Director],
            email: new.director.email.map(|email| email.trim().to_owned()),
            password_chosen_by: PasswordChosenBy::SomeoneElse,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(CreatedSchool {
        school: SchoolView::from(school),
        director: StaffView::new(director, vec![Role::Director]),
        initial_password: password,
    })
}

/// Creates a service account for the district's own systems; its client secret is answered
/// with it, this once.
pub async fn create_service_account(
    db: &DatabaseConnection,
    caller: &Caller,
    district: &district::Model,
    new: NewServiceAccount,
) -> Result<(service_account::Model, String), ApiError> {
    let name = new.name.trim().to_owned();
    if name.is_empty() {
        return Err(ApiError::invalid_field(
            "name",
            "required",
            "a name is required",
        ));
    }
    let scopes: BTreeSet<_> = new.scopes.into_iter().collect();
    let secret = new_secret();
    let txn = db.begin().await?;
    let account = store::insert_service_account(
        &txn,
        store::NewServiceAccount {
            district_id: district.id,
            name,
            client_id: new_client_id(),
            secret_hash: hash_secret(&secret),
            scopes: join_scopes(&scopes),
            created_by: caller.user_id,
        },
    )
    .await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: AuditChain::District(district.id),
            actor: caller.actor(),
            action: AuditAction::ServiceAccountCreated,
            subject: Some(AuditSubject::ServiceAccount(account.id)),
            details: json!({"client_id": account.client_id, "scopes": account.scopes}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok((account, secret))
}

/// Revokes one of the district's service accounts: its tokens stop working at once.
pub async fn revoke_service_account(
    db: &DatabaseConnection,
    caller: &Caller,
    district: &district::Model,
    id: Uuid,
) -> Result<(), ApiError> {
    let txn = db.begin().await?;
    if !store::revoke_service_account(&txn, district.id, id).await? {
        return Err(ApiError::NotFound);
    }
    audit::record(
        &txn,
        AuditEvent {
            chain: AuditChain::District(district.id),
            actor: caller.actor(),
            action: AuditAction::ServiceAccountRevoked,
            subject: Some(AuditSubject::ServiceAccount(id)),
            details: json!({}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
