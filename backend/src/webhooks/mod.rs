//! Webhooks to the district education office: events written to an outbox in the same
//! transaction as the change that caused them, delivered at least once by the scheduler,
//! signed with HMAC-SHA256 over the timestamp and the body.

pub mod delivery;
pub mod routes;
pub mod service;
pub mod signature;
pub mod store;
pub mod target;
pub mod views;

use chrono::Utc;
use entity::{webhook_delivery, webhook_subscription};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::chain::ChainHead;

/// The kinds of event a district can subscribe to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
pub enum EventType {
    /// An appeal with danger signals was dropped into a box (no content, only that it waits).
    #[serde(rename = "appeal.urgent")]
    UrgentAppeal,
    /// A case was referred to the district education office.
    #[serde(rename = "case.referred_to_district")]
    ReferredToDistrict,
    /// A school published its monthly report (or a correction).
    #[serde(rename = "report.published")]
    ReportPublished,
    /// A school's box passed the day it was due to be opened.
    #[serde(rename = "box.overdue")]
    BoxOverdue,
    /// An urgent appeal was not referred to the police or child protection by the end of the
    /// working day after it was dropped.
    #[serde(rename = "appeal.urgent_not_referred")]
    UrgentNotReferred,
}

impl EventType {
    pub const ALL: [EventType; 5] = [
        EventType::UrgentAppeal,
        EventType::ReferredToDistrict,
        EventType::ReportPublished,
        EventType::BoxOverdue,
        EventType::UrgentNotReferred,
    ];

    /// The name as sent and stored.
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::UrgentAppeal => "appeal.urgent",
            EventType::ReferredToDistrict => "case.referred_to_district",
            EventType::ReportPublished => "report.published",
            EventType::BoxOverdue => "box.overdue",
            EventType::UrgentNotReferred => "appeal.urgent_not_referred",
        }
    }

    pub fn parse(name: &str) -> Option<EventType> {
        EventType::ALL
            .into_iter()
            .find(|kind| kind.as_str() == name)
    }
}

/// Something the district is told. Never appeal content, never who wrote.
#[derive(Debug, Clone)]
pub enum Event {
    UrgentAppeal {
        school: String,
        dropped_on: chrono::NaiveDate,
    },
    ReferredToDistrict {
        school: String,
        case_id: Uuid,
        registration_number: Option<String>,
        referred_on: chrono::NaiveDate,
    },
    ReportPublished {
        school: String,
        month: String,
        version: i32,
        journal_head: Option<ChainHead>,
    },
    BoxOverdue {
        school: String,
        due_by: chrono::NaiveDate,
        last_opened_on: Option<chrono::NaiveDate>,
    },
    UrgentNotReferred {
        school: String,
        dropped_on: chrono::NaiveDate,
    },
}

impl Event {
    pub fn event_type(&self) -> EventType {
        match self {
            Event::UrgentAppeal { .. } => EventType::UrgentAppeal,
            Event::ReferredToDistrict { .. } => EventType::ReferredToDistrict,
            Event::ReportPublished { .. } => EventType::ReportPublished,
            Event::BoxOverdue { .. } => EventType::BoxOverdue,
            Event::UrgentNotReferred { .. } => EventType::UrgentNotReferred,
        }
    }

    fn data(&self) -> serde_json::Value {
        match self {
            Event::UrgentAppeal { school, dropped_on } => {
                json!({"school": school, "dropped_on": dropped_on})
            }
            Event::ReferredToDistrict {
                school,
                case_id,
                registration_number,
                referred_on,
            } => json!({
                "school": school,
                "case_id": case_id,
                "registration_number": registration_number,
                "referred_on": referred_on,
            }),
            Event::ReportPublished {
                school,
                month,
                version,
                journal_head,
            } => json!({
                "school": school,
                "month": month,
                "version": version,
                "journal_head": journal_head,
            }),
            Event::BoxOverdue {
                school,
                due_by,
                last_opened_on,
            } => json!({"school": school, "due_by": due_by, "last_opened_on": last_opened_on}),
            Event::UrgentNotReferred { school, dropped_on } => {
                json!({"school": school, "dropped_on": dropped_on})
            }
        }
    }
}

/// Writes the event to the outbox of every active subscription of the district that wants
/// it, inside the caller's transaction: the event exists exactly when the change does.
pub async fn enqueue<C: ConnectionTrait>(
    db: &C,
    district_id: Uuid,
    event: Event,
) -> Result<(), DbErr> {
    enqueue_at(db, district_id, event, Utc::now()).await
}

/// Like [`enqueue`], with the event stamped `at` (events about appeals are stamped to the
/// hour, so that no outbox row tells when an appeal was dropped).
pub async fn enqueue_at<C: ConnectionTrait>(
    db: &C,
    district_id: Uuid,
    event: Event,
    at: chrono::DateTime<Utc>,
) -> Result<(), DbErr> {
    let kind = event.event_type();
    let subscriptions: Vec<webhook_subscription::Model> = webhook_subscription::Entity::find()
        .filter(webhook_subscription::Column::DistrictId.eq(district_id))
        .filter(webhook_subscription::Column::Active.eq(true))
        .all(db)
        .await?
        .into_iter()
        .filter(|subscription| {
            subscription
                .events
                .split(',')
                .any(|name| name == kind.as_str())
        })
        .collect();
    if subscriptions.is_empty() {
        return Ok(());
    }
    let event_id = Uuid::new_v4();
    let now = at;
    let payload = json!({
        "id": event_id,
        "type": kind.as_str(),
        "occurred_at": now,
        "district_id": district_id,
        "data": event.data(),
    })
    .to_string();
    let rows = subscriptions
        .into_iter()
        .map(|subscription| webhook_delivery::ActiveModel {
            id: Set(Uuid::new_v4()),
            subscription_id: Set(subscription.id),
            event_id: Set(event_id),
            event_type: Set(kind.as_str().to_owned()),
            payload: Set(payload.clone()),
            created_at: Set(now),
            attempts: Set(0),
            next_attempt_at: Set(Some(now)),
            delivered_at: Set(None),
            last_status: Set(None),
        });
    webhook_delivery::Entity::insert_many(rows).exec(db).await?;
    Ok(())
}
