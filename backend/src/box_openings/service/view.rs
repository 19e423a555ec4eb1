//! An opening as members and the director follow it.

use entity::box_opening::{self, OpeningStatus};
use entity::{school, Role};
use sea_orm::DatabaseConnection;

use super::shares::signatures_needed;
use crate::box_keys::store as box_key_store;
use crate::box_openings::store;
use crate::box_openings::views::{ExpectedMember, OpeningMember, OpeningView};
use crate::error::ApiError;
use crate::staff::store::list_school_staff;

/// An opening as members and the director follow it.
pub async fn view(
    db: &DatabaseConnection,
    opening: &box_opening::Model,
    school: &school::Model,
) -> Result<OpeningView, ApiError> {
    let members: Vec<OpeningMember> = store::members_of(db, opening.id)
        .await?
        .into_iter()
        .map(|(member, user)| OpeningMember {
            user_id: user.id,
            full_name: user.full_name,
            position: user.position,
            confirmed_at: member.confirmed_at,
            signed_at: member.signed_at,
        })
        .collect();
    let signed = members.iter().filter(|m| m.signed_at.is_some()).count() as i32;
    let in_progress = matches!(
        opening.status,
        OpeningStatus::AwaitingQuorum | OpeningStatus::Open
    );
    // With a box key, the box opens when the key's threshold of shares is given.
    let key = box_key_store::current_box_key(db, school.id).await?;
    let confirmations_needed = match (&key, opening.status) {
        (Some(key), OpeningStatus::AwaitingQuorum) => {
            let given = box_key_store::shares_given(db, opening.id)
                .await?
                .iter()
                .filter(|row| row.box_key_id == key.id)
                .count() as i32;
            (key.threshold - given).max(0)
        }
        _ => (school.opening_quorum - members.len() as i32).max(0),
    };
    let quorum_of_signatures = signatures_needed(db, school, opening.id).await?;
    let expected = if opening.status == OpeningStatus::AwaitingQuorum {
        list_school_staff(db, school.id)
            .await?
            .into_iter()
            .filter(|(user, roles)| {
                user.active
                    && roles.contains(&Role::WorkingGroup)
                    && !members.iter().any(|member| member.user_id == user.id)
            })
            .map(|(user, _)| ExpectedMember {
                user_id: user.id,
                full_name: user.full_name,
                position: user.position,
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(OpeningView {
        id: opening.id,
        school: school.slug.clone(),
        status: opening.status,
        extraordinary: opening.extraordinary,
        quorum: school.opening_quorum,
        confirmations_needed: if in_progress { confirmations_needed } else { 0 },
        signatures_needed: if in_progress {
            (quorum_of_signatures - signed).max(0)
        } else {
            0
        },
        members,
        expected,
        started_at: opening.started_at,
        opened_at: opening.opened_at,
        signed_at: opening.signed_at,
        act_number: opening.act_number.clone(),
        acknowledged_at: opening.acknowledged_at,
    })
}
