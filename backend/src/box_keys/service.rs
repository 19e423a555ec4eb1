//! What the box keys do: holders set and change their passphrases, a school gets its box key
//! once enough members have one, intake seals to it, an opening gathers shares until the key's
//! threshold, opens the retrieved appeals and makes the next key.
//!
//! **The shares gathered during an opening.** A member's share is opened in memory while their
//! request runs. Until the threshold is reached, the shares given so far are kept only sealed
//! (HPKE) to each holder of the key who has not yet given theirs, as that holder's *envelope*;
//! the next holder to give their share opens their envelope with the same passphrase. Every
//! replica can carry an opening on, nothing is held in memory between requests, and nothing
//! the server holds (database, data key, backups) opens an envelope: that takes a holder's
//! passphrase. The envelopes are deleted when the quorum is reached or the opening abandoned.

use std::collections::HashMap;

use chrono::Utc;
use entity::appeal::{self, AppealStatus};
use entity::{appeal_message, box_key, box_key_share, holder_key, opening_envelope, school};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;
use zeroize::Zeroizing;

use super::crypto::{self, Seed, Share};
use super::store;
use crate::appeal_files::store as files;
use crate::appeals::intake::field;
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::journal::event::{JournalEvent, NamedPerson};
use crate::journal::store::{self as journal, NewJournalEntry};
use crate::sealing::{self, Sealed};
use crate::secrets::Secrets;

/// The key id of every value sealed to a box key; the box key's own id leads the bytes.
pub const BOX_KEY_ID: &str = "box";
/// The shortest box passphrase, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 12;

/// What the door seals a new appeal to.
#[derive(Debug, Clone)]
pub enum AtTheDoor {
    /// No box key yet: the data key, as before (DESIGN.md §6, existing schools).
    Unprotected,
    /// The school's box key, its fingerprint the journal's.
    BoxKey { id: Uuid, public_key: Vec<u8> },
    /// The stored key differs from the fingerprint the journal recorded: it was replaced.
    Untrusted,
}

/// Whether a stored key is the one the journal recorded.
fn trusted(key: &box_key::Model, recorded: Option<&(Option<Uuid>, String)>) -> bool {
    let fingerprint = crypto::fingerprint(&key.public_key);
    match recorded {
        Some((id, recorded)) => {
            *recorded == fingerprint && key.fingerprint == fingerprint && *id == Some(key.id)
        }
        None => false,
    }
}

/// What a school's door seals to now.
pub async fn at_the_door<C: ConnectionTrait>(db: &C, school_id: Uuid) -> Result<AtTheDoor, DbErr> {
    let Some(key) = store::current_box_key(db, school_id).await? else {
        return Ok(AtTheDoor::Unprotected);
    };
    let recorded = store::journal_fingerprint(db, school_id).await?;
    if trusted(&key, recorded.as_ref()) {
        Ok(AtTheDoor::BoxKey {
            id: key.id,
            public_key: key.public_key,
        })
    } else {
        Ok(AtTheDoor::Untrusted)
    }
}

/// A stored box key that the journal's fingerprint no longer matches, if any.
pub async fn replaced_key<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
) -> Result<Option<box_key::Model>, DbErr> {
    let Some(key) = store::current_box_key(db, school_id).await? else {
        return Ok(None);
    };
    let recorded = store::journal_fingerprint(db, school_id).await?;
    Ok((!trusted(&key, recorded.as_ref())).then_some(key))
}

fn untrusted() -> ApiError {
    ApiError::rejected(
        ProblemCode::BoxKeyUntrusted,
        "the box key stored for this school is not the one its journal recorded; nothing is accepted until it is checked",
    )
}

fn box_aad(row: Uuid, field: &str, key: Uuid) -> Vec<u8> {
    let mut aad = row.as_bytes().to_vec();
    aad.extend_from_slice(field.as_bytes());
    aad.extend_from_slice(key.as_bytes());
    aad
}

/// Seals a field of a row to a box key: `box key id ‖ enc ‖ ciphertext`.
pub fn seal_to_box(
    key_id: Uuid,
    public_key: &[u8],
    row: Uuid,
    field: &str,
    plaintext: &[u8],
) -> anyhow::Result<Sealed> {
    let mut bytes = key_id.as_bytes().to_vec();
    bytes.extend(crypto::seal_to(
        public_key,
        &box_aad(row, field, key_id),
        plaintext,
    )?);
    Ok(Sealed {
        key_id: BOX_KEY_ID.to_owned(),
        bytes,
    })
}

/// Seals a new appeal's field at the door: to the box key, or — for a school not yet
/// protected — under the data key. Never silently to the data key when the key is untrusted.
pub fn seal_at_the_door(
    secrets: &Secrets,
    door: &AtTheDoor,
    row: Uuid,
    field: &str,
    plaintext: &[u8],
) -> Result<Sealed, ApiError> {
    match door {
        AtTheDoor::Unprotected => Ok(sealing::seal(secrets, row, field, plaintext)?),
        AtTheDoor::BoxKey { id, public_key } => {
            Ok(seal_to_box(*id, public_key, row, field, plaintext)?)
        }
        AtTheDoor::Untrusted => Err(untrusted()),
    }
}

/// The box key a box-sealed value names.
fn sealed_key_id(bytes: &[u8]) -> anyhow::Result<Uuid> {
    let head = bytes
        .get(..16)
        .ok_or_else(|| anyhow::anyhow!("a box-sealed value is too short"))?;
    Ok(Uuid::from_slice(head)?)
}

/// The box keys rebuilt at an opening: the current one, and the ones before it as far as
/// needed (an appeal dropped to the old key in the moment it was replaced).
pub struct OpenedKeys {
    seeds: HashMap<Uuid, Seed>,
    oldest: Uuid,
}

impl OpenedKeys {
    fn new(key: Uuid, seed: Seed) -> OpenedKeys {
        OpenedKeys {
            seeds: HashMap::from([(key, seed)]),
            oldest: key,
        }
    }

    async fn seed_for<C: ConnectionTrait>(&mut self, db: &C, id: Uuid) -> anyhow::Result<&Seed> {
        while !self.seeds.contains_key(&id) {
            let oldest = store::box_key(db, self.oldest)
                .await?
                .ok_or_else(|| anyhow::anyhow!("box key {} is gone", self.oldest))?;
            let (Some(predecessor), Some(sealed)) =
                (oldest.predecessor_id, oldest.sealed_predecessor.as_deref())
            else {
                anyhow::bail!("box key {id} is not among this key's predecessors");
            };
            let seed = self
                .seeds
                .get(&oldest.id)
                .ok_or_else(|| anyhow::anyhow!("lost a rebuilt key"))?;
            let opened = crypto::open_seed(seed, &predecessor_aad(oldest.id, predecessor), sealed)?;
            self.seeds.insert(predecessor, opened);
            self.oldest = predecessor;
        }
        self.seeds
            .get(&id)
            .ok_or_else(|| anyhow::anyhow!("lost a rebuilt key"))
    }

    /// Opens a box-sealed field of a row.
    async fn open<C: ConnectionTrait>(
        &mut self,
        db: &C,
        row: Uuid,
        field: &str,
        bytes: &[u8],
    ) -> anyhow::Result<Zeroizing<Vec<u8>>> {
        let key = sealed_key_id(bytes)?;
        let seed = self.seed_for(db, key).await?;
        crypto::open_with(seed, &box_aad(row, field, key), &bytes[16..])
    }
}

fn holder_aad(holder: Uuid, what: &str) -> Vec<u8> {
    let mut aad = b"holder:".to_vec();
    aad.extend_from_slice(holder.as_bytes());
    aad.extend_from_slice(what.as_bytes());
    aad
}

fn share_aad(key: Uuid, holder: Uuid) -> Vec<u8> {
    let mut aad = b"share:".to_vec();
    aad.extend_from_slice(key.as_bytes());
    aad.extend_from_slice(holder.as_bytes());
    aad
}

fn envelope_aad(opening: Uuid, holder: Uuid, key: Uuid) -> Vec<u8> {
    let mut aad = b"envelope:".to_vec();
    aad.extend_from_slice(opening.as_bytes());
    aad.extend_from_slice(holder.as_bytes());
    aad.extend_from_slice(key.as_bytes());
    aad
}

fn predecessor_aad(key: Uuid, predecessor: Uuid) -> Vec<u8> {
    let mut aad = b"predecessor:".to_vec();
    aad.extend_from_slice(key.as_bytes());
    aad.extend_from_slice(predecessor.as_bytes());
    aad
}

/// Checks a new passphrase: long enough.
pub fn check_passphrase(passphrase: &str) -> Result<(), ApiError> {
    if passphrase.trim().chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(ApiError::rejected(
            ProblemCode::BoxPassphraseTooShort,
            format!("a box passphrase has at least {MIN_PASSPHRASE_CHARS} characters"),
        ));
    }
    Ok(())
}

/// A new holder key wrapped under a passphrase, and the one-time recovery code that also opens it.
pub async fn new_holder(
    user_id: Option<Uuid>,
    district_id: Option<Uuid>,
    passphrase: String,
) -> Result<(holder_key::Model, Zeroizing<String>), ApiError> {
    check_passphrase(&passphrase)?;
    let passphrase = Zeroizing::new(passphrase);
    let made = tokio::task::spawn_blocking(move || -> anyhow::Result<_> {
        let id = Uuid::new_v4();
        let seed = Seed::generate();
        let code = crypto::recovery_code();
        let by_passphrase = crypto::wrap(&seed, &passphrase, &holder_aad(id, "passphrase"))?;
        let by_code = crypto::wrap(&seed, &code, &holder_aad(id, "recovery"))?;
        let now = Utc::now();
        Ok((
            holder_key::Model {
                id,
                user_id,
                district_id,
                public_key: seed.public_key(),
                wrapped_by_passphrase: by_passphrase,
                wrapped_by_recovery_code: by_code,
                created_at: now,
                updated_at: now,
            },
            code,
        ))
    })
    .await
    .map_err(anyhow::Error::from)??;
    Ok(made)
}

fn passphrase_wrong() -> ApiError {
    ApiError::rejected(
        ProblemCode::BoxPassphraseWrong,
        "this box passphrase (or recovery code) does not open your key",
    )
}

/// How a holder's key was unlocked.
pub enum Unlocked {
    ByPassphrase(Seed),
    ByRecoveryCode(Seed),
}

impl Unlocked {
    pub fn seed(&self) -> &Seed {
        match self {
            Unlocked::ByPassphrase(seed) | Unlocked::ByRecoveryCode(seed) => seed,
        }
    }
}

/// Opens a holder's private key with their passphrase or, failing that, their recovery code.
pub async fn unlock(holder: &holder_key::Model, secret: String) -> Result<Unlocked, ApiError> {
    let holder = holder.clone();
    let secret = Zeroizing::new(secret);
    tokio::task::spawn_blocking(move || -> Result<Unlocked, ApiError> {
        if let Some(seed) = crypto::unwrap(
            &holder.wrapped_by_passphrase,
            &secret,
            &holder_aad(holder.id, "passphrase"),
        )? {
            return Ok(Unlocked::ByPassphrase(seed));
        }
        let code = crypto::normalise_recovery_code(&secret);
        if code.len() == 24 {
            if let Some(seed) = crypto::unwrap(
                &holder.wrapped_by_recovery_code,
                &code,
                &holder_aad(holder.id, "recovery"),
            )? {
                return Ok(Unlocked::ByRecoveryCode(seed));
            }
        }
        Err(passphrase_wrong())
    })
    .await
    .map_err(anyhow::Error::from)?
}

/// Wraps an unlocked key again under a new passphrase; after a recovery code was used, under
/// a new recovery code too, which is returned (each code works once).
pub async fn rewrap(
    holder: &holder_key::Model,
    unlocked: Unlocked,
    new_passphrase: String,
) -> Result<(Vec<u8>, Option<(Vec<u8>, Zeroizing<String>)>), ApiError> {
    check_passphrase(&new_passphrase)?;
    let id = holder.id;
    let new_passphrase = Zeroizing::new(new_passphrase);
    let wrapped = tokio::task::spawn_blocking(move || -> anyhow::Result<_> {
        let by_passphrase = crypto::wrap(
            unlocked.seed(),
            &new_passphrase,
            &holder_aad(id, "passphrase"),
        )?;
        let by_code = match &unlocked {
            Unlocked::ByPassphrase(_) => None,
            Unlocked::ByRecoveryCode(seed) => {
                let code = crypto::recovery_code();
                Some((
                    crypto::wrap(seed, &code, &holder_aad(id, "recovery"))?,
                    code,
                ))
            }
        };
        Ok((by_passphrase, by_code))
    })
    .await
    .map_err(anyhow::Error::from)??;
    Ok(wrapped)
}

/// A holder's key wrapped anew under a new passphrase: whether the recovery code opened it,
/// and the new recovery code when it did (a code works once).
pub struct PassphraseChanged {
    pub with_recovery_code: bool,
    pub recovery_code: Option<String>,
    by_passphrase: Vec<u8>,
    by_recovery_code: Option<Vec<u8>>,
}

impl PassphraseChanged {
    /// Stores the new wrapping of the holder's key.
    pub async fn store<C: ConnectionTrait>(self, txn: &C, holder_id: Uuid) -> Result<(), DbErr> {
        store::rewrap_holder(txn, holder_id, self.by_passphrase, self.by_recovery_code).await
    }
}

/// Changes a holder's passphrase (a member's or the district office's), with the current one
/// or the recovery code; the key itself stays. The slow key derivations run here, before any
/// transaction is open.
pub async fn change_passphrase(
    holder: &holder_key::Model,
    current: String,
    new_passphrase: String,
) -> Result<PassphraseChanged, ApiError> {
    check_passphrase(&new_passphrase)?;
    let unlocked = unlock(holder, current).await?;
    let with_recovery_code = matches!(unlocked, Unlocked::ByRecoveryCode(_));
    let (by_passphrase, by_code) = rewrap(holder, unlocked, new_passphrase).await?;
    let (by_recovery_code, recovery_code) = match by_code {
        Some((wrapped, code)) => (Some(wrapped), Some(code.to_string())),
        None => (None, None),
    };
    Ok(PassphraseChanged {
        with_recovery_code,
        recovery_code,
        by_passphrase,
        by_recovery_code,
    })
}

/// The threshold of a key made for a school now.
fn threshold_of(school: &school::Model) -> usize {
    school.opening_quorum.max(2) as usize
}

/// Makes a new box key for the school's working group as it stands — shares to every member
/// with a holder key, and one to the district office when it holds one — if at least the
/// quorum of members have a holder key. The key it replaces (if any) is retired, its seed
/// sealed to the new key. A journal entry records the fingerprint, threshold and holders.
pub async fn make_box_key(
    txn: &DatabaseTransaction,
    school: &school::Model,
    replaces: Option<(&box_key::Model, &Seed)>,
    opening_id: Option<Uuid>,
) -> Result<Option<box_key::Model>, ApiError> {
    let threshold = threshold_of(school);
    let members: Vec<store::Member> = store::working_group(txn, school.id)
        .await?
        .into_iter()
        .filter(|member| member.holder.is_some())
        .collect();
    if members.len() < threshold {
        return Ok(None);
    }
    let district = entity::district::Entity::find_by_id(school.district_id)
        .one(txn)
        .await?;
    let district_holder = match district {
        Some(district) if district.holds_box_share => {
            store::holder_of_district(txn, district.id).await?
        }
        _ => None,
    };
    let mut holders: Vec<holder_key::Model> = members
        .iter()
        .filter_map(|member| member.holder.clone())
        .collect();
    if let Some(holder) = &district_holder {
        holders.push(holder.clone());
    }
    let seed = Seed::generate();
    let public_key = seed.public_key();
    let id = Uuid::new_v4();
    let shares = crypto::split(&seed, threshold, holders.len())?;
    let mut sealed_shares = Vec::with_capacity(holders.len());
    for (holder, share) in holders.iter().zip(shares.iter()) {
        sealed_shares.push(box_key_share::Model {
            box_key_id: id,
            holder_id: holder.id,
            sealed_share: crypto::seal_to(
                &holder.public_key,
                &share_aad(id, holder.id),
                share.expose(),
            )?,
        });
    }
    let sealed_predecessor = match replaces {
        Some((old, old_seed)) => Some(crypto::seal_to(
            &public_key,
            &predecessor_aad(id, old.id),
            old_seed.expose(),
        )?),
        None => None,
    };
    drop(shares);
    drop(seed);
    let fingerprint = crypto::fingerprint(&public_key);
    let key = box_key::Model {
        id,
        school_id: school.id,
        current_school_id: Some(school.id),
        public_key,
        fingerprint: fingerprint.clone(),
        threshold: threshold as i32,
        district_share: district_holder.is_some(),
        created_at: Utc::now(),
        retired_at: None,
        made_at_opening_id: opening_id,
        predecessor_id: replaces.map(|(old, _)| old.id),
        sealed_predecessor,
    };
    if let Some((old, _)) = replaces {
        store::retire(txn, old.id).await?;
    }
    store::insert_box_key(txn, key.clone(), sealed_shares).await?;
    let holders: Vec<NamedPerson> = members
        .iter()
        .map(|member| NamedPerson {
            position: member.user.position.clone(),
            full_name: member.user.full_name.clone(),
        })
        .collect();
    journal::append(
        txn,
        school.id,
        vec![NewJournalEntry {
            appeal_id: None,
            box_opening_id: opening_id,
            actor_id: None,
            event: JournalEvent::BoxKeyMade {
                box_key_id: id,
                fingerprint: fingerprint.clone(),
                threshold,
                holders,
                district_share: key.district_share,
                replaces: replaces.map(|(old, _)| old.fingerprint.clone()),
            },
        }],
    )
    .await?;
    Ok(Some(key))
}

/// Gives a school its first box key once enough members have a holder key.
pub async fn ensure_first_key(
    txn: &DatabaseTransaction,
    school: &school::Model,
) -> Result<Option<box_key::Model>, ApiError> {
    journal::lock(txn, school.id).await?;
    if store::current_box_key(txn, school.id).await?.is_some() {
        return Ok(None);
    }
    make_box_key(txn, school, None, None).await
}

/// What giving a share to an opening came to.
pub enum Given {
    /// The holder has no share of the current key (named after it was made).
    NoShare,
    /// Fewer shares than the threshold so far.
    Gathering,
    /// The threshold is reached: the box key, rebuilt in memory.
    Rebuilt(Seed),
}

fn serialise(shares: &[Share]) -> Zeroizing<Vec<u8>> {
    let mut bytes = Zeroizing::new(Vec::with_capacity(shares.len() * 33));
    for share in shares {
        bytes.extend_from_slice(share.expose());
    }
    bytes
}

fn deserialise(bytes: &[u8]) -> anyhow::Result<Vec<Share>> {
    bytes.chunks(33).map(Share::from_bytes).collect()
}

/// A holder gives their share of the school's current box key to an opening. Inside the
/// transaction that holds the school's journal lock.
pub async fn give_share(
    txn: &DatabaseTransaction,
    opening_id: Uuid,
    key: &box_key::Model,
    holder: &holder_key::Model,
    holder_seed: &Seed,
) -> Result<Given, ApiError> {
    let Some(sealed) = box_key_share::Entity::find_by_id((key.id, holder.id))
        .one(txn)
        .await?
    else {
        return Ok(Given::NoShare);
    };
    let given = store::shares_given(txn, opening_id).await?;
    if given.iter().any(|row| row.holder_id == holder.id) {
        return Err(ApiError::rejected(
            ProblemCode::ShareAlreadyGiven,
            "this share was already given to this opening",
        ));
    }
    let own = Share::from_bytes(&crypto::open_with(
        holder_seed,
        &share_aad(key.id, holder.id),
        &sealed.sealed_share,
    )?)?;
    let mut gathered = match store::envelope_for(txn, opening_id, holder.id).await? {
        Some(envelope) => deserialise(&crypto::open_with(
            holder_seed,
            &envelope_aad(opening_id, holder.id, key.id),
            &envelope.sealed,
        )?)?,
        None if given.is_empty() => Vec::new(),
        None => {
            return Err(anyhow::anyhow!("the shares gathered so far are missing").into());
        }
    };
    gathered.push(own);
    store::record_share_given(txn, opening_id, holder.id, key.id).await?;
    if gathered.len() >= key.threshold as usize {
        store::delete_envelopes(txn, opening_id).await?;
        let seed = crypto::combine(&gathered)?;
        if seed.public_key() != key.public_key {
            return Err(anyhow::anyhow!("the gathered shares do not rebuild the box key").into());
        }
        return Ok(Given::Rebuilt(seed));
    }
    let bytes = serialise(&gathered);
    drop(gathered);
    let mut envelopes = Vec::new();
    for other in store::holders_of(txn, key.id).await? {
        let has_given = other.id == holder.id || given.iter().any(|row| row.holder_id == other.id);
        if has_given {
            continue;
        }
        envelopes.push(opening_envelope::Model {
            box_opening_id: opening_id,
            holder_id: other.id,
            sealed: crypto::seal_to(
                &other.public_key,
                &envelope_aad(opening_id, other.id, key.id),
                &bytes,
            )?,
        });
    }
    store::replace_envelopes(txn, opening_id, envelopes).await?;
    Ok(Given::Gathering)
}

/// After the quorum: the retrieved appeals sealed to the box (and the writers' messages on
/// them) are opened with the rebuilt key and sealed again under the data key for case
/// handling; then a new box key is made for the group as it stands and the rebuilt one is
/// forgotten (dropped, zeroized).
pub async fn open_retrieved(
    txn: &DatabaseTransaction,
    secrets: &Secrets,
    school: &school::Model,
    opening_id: Uuid,
    key: &box_key::Model,
    seed: Seed,
) -> Result<(), ApiError> {
    let mut keys = OpenedKeys::new(key.id, seed.clone());
    let appeals = appeal::Entity::find()
        .filter(appeal::Column::BoxOpeningId.eq(opening_id))
        .filter(appeal::Column::KeyId.eq(BOX_KEY_ID))
        .all(txn)
        .await?;
    for row in appeals {
        let content = keys
            .open(txn, row.id, field::CONTENT, &row.sealed_content)
            .await?;
        let content = sealing::seal(secrets, row.id, field::CONTENT, &content)?;
        let identity = match &row.sealed_identity {
            Some(sealed) => {
                let opened = keys.open(txn, row.id, field::IDENTITY, sealed).await?;
                Some(sealing::seal(secrets, row.id, field::IDENTITY, &opened)?.bytes)
            }
            None => None,
        };
        appeal::Entity::update_many()
            .col_expr(appeal::Column::SealedContent, Expr::value(content.bytes))
            .col_expr(appeal::Column::SealedIdentity, Expr::value(identity))
            .col_expr(appeal::Column::KeyId, Expr::value(content.key_id))
            .filter(appeal::Column::Id.eq(row.id))
            .exec(txn)
            .await?;
    }
    // The writers' messages on every appeal of the school that is out of the box.
    let out_of_the_box = Query::select()
        .column(appeal::Column::Id)
        .from(appeal::Entity)
        .and_where(appeal::Column::SchoolId.eq(school.id))
        .and_where(appeal::Column::Status.ne(AppealStatus::Sealed))
        .to_owned();
    let messages = appeal_message::Entity::find()
        .filter(appeal_message::Column::KeyId.eq(BOX_KEY_ID))
        .filter(appeal_message::Column::AppealId.in_subquery(out_of_the_box))
        .all(txn)
        .await?;
    for message in messages {
        let opened = keys
            .open(txn, message.id, field::MESSAGE, &message.sealed_content)
            .await?;
        let sealed = sealing::seal(secrets, message.id, field::MESSAGE, &opened)?;
        appeal_message::Entity::update_many()
            .col_expr(
                appeal_message::Column::SealedContent,
                Expr::value(sealed.bytes),
            )
            .col_expr(appeal_message::Column::KeyId, Expr::value(sealed.key_id))
            .filter(appeal_message::Column::Id.eq(message.id))
            .exec(txn)
            .await?;
    }
    // The files of the same appeals and messages.
    for file_id in files::box_sealed_out_of_the_box(txn, school.id).await? {
        let Some(file) = files::find(txn, file_id).await? else {
            continue;
        };
        let opened = keys
            .open(txn, file.id, field::FILE, &file.sealed_content)
            .await?;
        let sealed = sealing::seal(secrets, file.id, field::FILE, &opened)?;
        files::reseal(txn, file.id, sealed.key_id, sealed.bytes).await?;
    }
    drop(keys);
    make_box_key(txn, school, Some((key, &seed)), Some(opening_id)).await?;
    Ok(())
}

/// An abandoned opening: what it had opened goes back into the box sealed to the current box
/// key (the data key sealed it only while the opening was open); what it had gathered is
/// forgotten.
pub async fn return_to_the_box(
    txn: &DatabaseTransaction,
    secrets: &Secrets,
    school_id: Uuid,
    opening_id: Uuid,
) -> Result<(), ApiError> {
    store::delete_envelopes(txn, opening_id).await?;
    let Some(key) = store::current_box_key(txn, school_id).await? else {
        return Ok(());
    };
    let appeals = appeal::Entity::find()
        .filter(appeal::Column::BoxOpeningId.eq(opening_id))
        .filter(appeal::Column::KeyId.ne(BOX_KEY_ID))
        .all(txn)
        .await?;
    for row in appeals {
        let content = sealing::open(
            secrets,
            row.id,
            field::CONTENT,
            &row.key_id,
            &row.sealed_content,
        )?;
        let content = seal_to_box(key.id, &key.public_key, row.id, field::CONTENT, &content)?;
        let identity = match &row.sealed_identity {
            Some(sealed) => {
                let opened = sealing::open(secrets, row.id, field::IDENTITY, &row.key_id, sealed)?;
                Some(seal_to_box(key.id, &key.public_key, row.id, field::IDENTITY, &opened)?.bytes)
            }
            None => None,
        };
        appeal::Entity::update_many()
            .col_expr(appeal::Column::SealedContent, Expr::value(content.bytes))
            .col_expr(appeal::Column::SealedIdentity, Expr::value(identity))
            .col_expr(appeal::Column::KeyId, Expr::value(BOX_KEY_ID))
            .filter(appeal::Column::Id.eq(row.id))
            .exec(txn)
            .await?;
        let messages = appeal_message::Entity::find()
            .filter(appeal_message::Column::AppealId.eq(row.id))
            .filter(appeal_message::Column::Sealed.eq(true))
            .filter(appeal_message::Column::KeyId.ne(BOX_KEY_ID))
            .all(txn)
            .await?;
        for message in messages {
            let opened = sealing::open(
                secrets,
                message.id,
                field::MESSAGE,
                &message.key_id,
                &message.sealed_content,
            )?;
            let sealed = seal_to_box(key.id, &key.public_key, message.id, field::MESSAGE, &opened)?;
            appeal_message::Entity::update_many()
                .col_expr(
                    appeal_message::Column::SealedContent,
                    Expr::value(sealed.bytes),
                )
                .col_expr(appeal_message::Column::KeyId, Expr::value(BOX_KEY_ID))
                .filter(appeal_message::Column::Id.eq(message.id))
                .exec(txn)
                .await?;
        }
    }
    for file_id in files::opened_in(txn, opening_id).await? {
        let Some(file) = files::find(txn, file_id).await? else {
            continue;
        };
        let opened = sealing::open(
            secrets,
            file.id,
            field::FILE,
            &file.key_id,
            &file.sealed_content,
        )?;
        let sealed = seal_to_box(key.id, &key.public_key, file.id, field::FILE, &opened)?;
        files::reseal(txn, file.id, sealed.key_id, sealed.bytes).await?;
    }
    Ok(())
}

/// Whether the district office gave its share to an opening.
pub async fn district_helped<C: ConnectionTrait>(db: &C, opening_id: Uuid) -> Result<bool, DbErr> {
    let given = store::shares_given(db, opening_id).await?;
    if given.is_empty() {
        return Ok(false);
    }
    let ids: Vec<Uuid> = given.iter().map(|row| row.holder_id).collect();
    Ok(holder_key::Entity::find()
        .filter(holder_key::Column::Id.is_in(ids))
        .filter(holder_key::Column::DistrictId.is_not_null())
        .one(db)
        .await?
        .is_some())
}

/// Checks every school's box key against its journal at start-up; a replaced key is logged
/// (intake refuses to seal to it).
pub async fn check_all_at_start_up<C: ConnectionTrait>(db: &C) -> Result<usize, DbErr> {
    let keys = box_key::Entity::find()
        .filter(box_key::Column::CurrentSchoolId.is_not_null())
        .all(db)
        .await?;
    let mut replaced = 0;
    for key in keys {
        if replaced_key(db, key.school_id).await?.is_some() {
            replaced += 1;
            tracing::error!(
                school_id = %key.school_id,
                "the box key stored for this school is not the one its journal recorded: new appeals are refused until it is checked"
            );
        }
    }
    Ok(replaced)
}
