//! Whether a database is whole: every school's journal and every audit chain recompute, and
//! every sealed text opens with the keys at hand. Run after a restore and by `ishenim check`.

use entity::{appeal, appeal_file, appeal_message, referral, school};
use futures_util::TryStreamExt;
use sea_orm::{DatabaseConnection, DbErr, EntityTrait, QueryOrder};
use serde::Serialize;

use crate::appeals::intake::field;
use crate::audit::store::{chain_keys, verify_key};
use crate::box_keys::service::BOX_KEY_ID;
use crate::cases::service::REFERRAL_REPLY;
use crate::chain::Verification;
use crate::journal::verification::verify;
use crate::sealing::open;
use crate::secrets::Secrets;

/// One chain's verification.
#[derive(Debug, Serialize)]
pub struct ChainReport {
    pub chain: String,
    pub verification: Verification,
}

/// What the check found.
#[derive(Debug, Serialize)]
pub struct IntegrityReport {
    pub journals: Vec<ChainReport>,
    pub audit_chains: Vec<ChainReport>,
    /// Sealed texts (appeals, identities, messages, referral replies) that opened.
    pub sealed_opened: u64,
    /// Sealed texts that did not open: a missing or wrong key, or altered bytes.
    pub sealed_failed: u64,
    /// Texts sealed to a school's box key: only the working group's quorum opens them, so
    /// they are counted, not opened.
    #[serde(default)]
    pub sealed_in_the_box: u64,
}

impl IntegrityReport {
    /// Whether everything verified and opened.
    pub fn whole(&self) -> bool {
        self.sealed_failed == 0
            && self
                .journals
                .iter()
                .chain(&self.audit_chains)
                .all(|report| report.verification.valid)
    }
}

/// Checks the whole database.
pub async fn check(db: &DatabaseConnection, secrets: &Secrets) -> Result<IntegrityReport, DbErr> {
    let mut journals = Vec::new();
    for school in school::Entity::find()
        .order_by_asc(school::Column::Slug)
        .all(db)
        .await?
    {
        journals.push(ChainReport {
            chain: school.slug.clone(),
            verification: verify(db, school.id).await?,
        });
    }
    let mut audit_chains = Vec::new();
    for key in chain_keys(db).await? {
        audit_chains.push(ChainReport {
            verification: verify_key(db, &key).await?,
            chain: key,
        });
    }
    let mut tally = Tally::default();
    let mut in_the_box = 0;
    {
        let mut appeals = appeal::Entity::find().stream(db).await?;
        while let Some(appeal) = appeals.try_next().await? {
            if appeal.erased_on.is_some() {
                // Erased after the retention period: nothing is left to open.
                tally.count(appeal.sealed_content.is_empty() && appeal.sealed_identity.is_none());
                continue;
            }
            if appeal.key_id == BOX_KEY_ID {
                in_the_box += 1;
                continue;
            }
            tally.count(
                !appeal.sealed_content.is_empty()
                    && open(
                        secrets,
                        appeal.id,
                        field::CONTENT,
                        &appeal.key_id,
                        &appeal.sealed_content,
                    )
                    .is_ok(),
            );
            if let Some(identity) = &appeal.sealed_identity {
                tally.count(
                    open(
                        secrets,
                        appeal.id,
                        field::IDENTITY,
                        &appeal.key_id,
                        identity,
                    )
                    .is_ok(),
                );
            }
        }
    }
    {
        let mut messages = appeal_message::Entity::find().stream(db).await?;
        while let Some(message) = messages.try_next().await? {
            if message.key_id == BOX_KEY_ID {
                in_the_box += 1;
                continue;
            }
            tally.count(
                open(
                    secrets,
                    message.id,
                    field::MESSAGE,
                    &message.key_id,
                    &message.sealed_content,
                )
                .is_ok(),
            );
        }
    }
    {
        let mut files = appeal_file::Entity::find().stream(db).await?;
        while let Some(file) = files.try_next().await? {
            if file.key_id == BOX_KEY_ID {
                in_the_box += 1;
                continue;
            }
            tally.count(
                open(
                    secrets,
                    file.id,
                    field::FILE,
                    &file.key_id,
                    &file.sealed_content,
                )
                .is_ok(),
            );
        }
    }
    {
        let mut referrals = referral::Entity::find().stream(db).await?;
        while let Some(referral) = referrals.try_next().await? {
            if let (Some(key_id), Some(sealed)) = (&referral.key_id, &referral.sealed_reply) {
                tally.count(open(secrets, referral.id, REFERRAL_REPLY, key_id, sealed).is_ok());
            }
        }
    }
    Ok(IntegrityReport {
        journals,
        audit_chains,
        sealed_opened: tally.opened,
        sealed_failed: tally.failed,
        sealed_in_the_box: in_the_box,
    })
}

#[derive(Default)]
struct Tally {
    opened: u64,
    failed: u64,
}

impl Tally {
    fn count(&mut self, opened: bool) {
        if opened {
            self.opened += 1;
        } else {
            self.failed += 1;
        }
    }
}
