//! A school's settings and public holidays as its administration changes them, each change in
//! one transaction with its audit entry.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use entity::{school, Localized};
use sea_orm::{DatabaseConnection, TransactionTrait};
use serde_json::json;

use crate::audit::{self, AuditAction, AuditChain, AuditEvent, AuditSubject};
use crate::auth::Caller;
use crate::error::ApiError;
use crate::http::names::{merged, required_in};
use crate::schools::cache::SchoolCache;
use crate::schools::store;
use crate::schools::views::{Holiday, SchoolSettingsChange};

/// Checks a language and a time zone of the settings.
pub fn check_language_and_zone(language: &str, zone: &str) -> Result<(), ApiError> {
    if !["ky", "ru", "en"].contains(&language) {
        return Err(ApiError::invalid_field(
            "default_language",
            "invalid_language",
            "ky, ru or en",
        ));
    }
    if zone.parse::<chrono_tz::Tz>().is_err() {
        return Err(ApiError::invalid_field(
            "time_zone",
            "invalid_time_zone",
            "an IANA time zone such as Asia/Bishkek",
        ));
    }
    Ok(())
}

/// Changes the school's name and the settings of its process; answers the school as stored.
pub async fn change_settings(
    db: &DatabaseConnection,
    school_cache: &SchoolCache,
    caller: &Caller,
    school: &school::Model,
    change: SchoolSettingsChange,
) -> Result<school::Model, ApiError> {
    check_language_and_zone(&change.default_language, &change.time_zone)?;
    let names = merged(
        change.name.as_deref(),
        change.names.clone().map(Localized::from),
        &school.names,
        &change.default_language,
    );
    let name = required_in(&names, "names", &change.default_language)?;
    let txn = db.begin().await?;
    store::update_settings(&txn, school.id, &change, &name, names).await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: AuditChain::School(school.id),
            actor: caller.actor(),
            action: AuditAction::SchoolSettingsChanged,
            subject: Some(AuditSubject::School(school.id)),
            details: json!(change),
        },
    )
    .await?;
    txn.commit().await?;
    school_cache.forget(&school.slug);
    store::find_school_by_slug(db, &school.slug)
        .await?
        .ok_or(ApiError::NotFound)
}

/// Replaces the school's public holidays, one name per day (the last one given wins);
/// answers them by day.
pub async fn replace_holidays(
    db: &DatabaseConnection,
    caller: &Caller,
    school: &school::Model,
    holidays: Vec<Holiday>,
) -> Result<Vec<Holiday>, ApiError> {
    let days: BTreeMap<NaiveDate, String> = holidays
        .into_iter()
        .map(|holiday| (holiday.day, holiday.name.trim().to_owned()))
        .collect();
    let txn = db.begin().await?;
    store::replace_holidays(&txn, school.id, days.clone().into_iter().collect()).await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: caller.audit_chain(),
            actor: caller.actor(),
            action: AuditAction::HolidaysChanged,
            subject: Some(AuditSubject::School(school.id)),
            details: json!({"holidays": days.len()}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(days
        .into_iter()
        .map(|(day, name)| Holiday { day, name })
        .collect())
}
