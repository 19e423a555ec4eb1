//! What an opening does, step by step. Every step that changes an opening takes the school's
//! journal lock first, so concurrent confirmations, signatures and registrations are given
//! one at a time, across replicas.

use chrono::{Datelike, Months, NaiveDate, Utc};
use entity::appeal::{self, AppealStatus, Channel};
use entity::appeal_message::MessageKind;
use entity::box_opening::{self, OpeningStatus};
use entity::{box_opening_member, school, Role};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, TransactionTrait,
};
use serde_json::json;
use uuid::Uuid;

use super::store;
use super::views::{
    Act, ActCounts, ActMember, BoxStatus, ExpectedMember, NotAcceptedReason, OpeningMember,
    OpeningView, PaperAppeal, RetrievedAppeal, RetrievedMessage,
};
use crate::appeals::category::Categories;
use crate::appeals::intake::{check_text, field, AppealContent};
use crate::appeals::lifecycle;
use crate::appeals::views::Language;
use crate::audit::AuditSubject;
use crate::audit::{self, AuditAction, AuditChain, AuditEvent};
use crate::auth::{Caller, Permission, Target};
use crate::box_keys::crypto::Seed;
use crate::box_keys::service::{self as box_keys, Given};
use crate::box_keys::store as box_key_store;
use crate::calendar::{add_working_days, today_in};
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::journal::event::JournalEvent;
use crate::journal::store::{self as journal, NewJournalEntry};
use crate::schools::store::{find_school, find_school_by_slug, holidays_of};
use crate::screening;
use crate::sealing::{open_text, seal};
use crate::staff::store::list_school_staff;
use crate::state::AppState;

fn not_a_member() -> ApiError {
    ApiError::rejected(
        ProblemCode::NotWorkingGroupMember,
        "only members of the school's working group take part in an opening",
    )
}

fn not_confirmed() -> ApiError {
    ApiError::rejected(
        ProblemCode::NotConfirmed,
        "only members who confirmed this opening may do this",
    )
}

/// Checks that the caller is a working-group member of the school.
fn require_member(caller: &Caller, school: &school::Model) -> Result<(), ApiError> {
    if caller.may(Permission::TakePartInOpening, Target::of_school(school)) {
        Ok(())
    } else if caller.school_id == Some(school.id) {
        Err(not_a_member())
    } else {
        Err(ApiError::Forbidden)
    }
}

/// The opening and its school, with the caller allowed to see it.
pub async fn load(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
) -> Result<(box_opening::Model, school::Model), ApiError> {
    let (opening, school) = load_unchecked(state, id).await?;
    caller.authorize(Permission::ViewOpenings, Target::of_school(&school))?;
    Ok((opening, school))
}

/// The opening and its school, for steps that check the caller themselves.
async fn load_unchecked(
    state: &AppState,
    id: Uuid,
) -> Result<(box_opening::Model, school::Model), ApiError> {
    let opening = store::find_opening(&state.db, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let school = find_school(&state.db, opening.school_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok((opening, school))
}

/// Re-reads an opening inside a transaction that holds the school's journal lock.
async fn locked(
    txn: &DatabaseTransaction,
    opening: &box_opening::Model,
) -> Result<box_opening::Model, ApiError> {
    journal::lock(txn, opening.school_id).await?;
    store::find_opening(txn, opening.id)
        .await?
        .ok_or(ApiError::NotFound)
}

async fn member_row(
    txn: &DatabaseTransaction,
    opening_id: Uuid,
    user_id: Uuid,
) -> Result<Option<box_opening_member::Model>, ApiError> {
    Ok(
        box_opening_member::Entity::find_by_id((opening_id, user_id))
            .one(txn)
            .await?,
    )
}

/// A working-group member starts an opening; they are its first confirmation.
pub async fn start(
    state: &AppState,
    caller: &Caller,
    school_slug: &str,
    extraordinary: bool,
    passphrase: Option<String>,
) -> Result<box_opening::Model, ApiError> {
    let school = find_school_by_slug(&state.db, school_slug)
        .await?
        .ok_or(ApiError::NotFound)?;
    require_member(caller, &school)?;
    let share = unlock_share(state, caller, &school, passphrase).await?;
    let txn = state.db.begin().await?;
    journal::lock(&txn, school.id).await?;
    if store::active_opening(&txn, school.id).await?.is_some() {
        return Err(ApiError::rejected(
            ProblemCode::OpeningInProgress,
            "an opening of this box is already in progress",
        ));
    }
    let now = Utc::now();
    let opening = box_opening::Model {
        id: Uuid::new_v4(),
        school_id: school.id,
        active_school_id: Some(school.id),
        status: OpeningStatus::AwaitingQuorum,
        extraordinary,
        started_by: caller.user_id,
        started_at: now,
        opened_at: None,
        signed_at: None,
        abandoned_at: None,
        act_year: None,
        act_seq: None,
        act_number: None,
        journal_head_seq: None,
        journal_head_hash: None,
        act: None,
        acknowledged_at: None,
        acknowledged_by: None,
    };
    box_opening::Entity::insert(box_opening::ActiveModel::from(opening.clone()))
        .exec_without_returning(&txn)
        .await?;
    let opening = add_confirmation(state, &txn, &school, opening, caller, share).await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: caller.audit_chain(),
            actor: caller.actor(),
            action: AuditAction::OpeningStarted,
            subject: Some(AuditSubject::BoxOpening(opening.id)),
            details: json!({"extraordinary": extraordinary}),
        },
    )
    .await?;
    txn.commit().await?;
    if opening.status == OpeningStatus::Open {
        state.school_cache.forget(&school.slug);
    } else {
        super::notice::announce_opening(state, &school, caller.user_id, extraordinary);
    }
    Ok(opening)
}

/// A member's share, unlocked with their box passphrase (or recovery code) before the
/// opening's lock is taken: `None` when the school has no box key yet, or the member holds no
/// share of it (named after it was made). A member who holds one must type the passphrase.
async fn unlock_share(
    state: &AppState,
    caller: &Caller,
    school: &school::Model,
    passphrase: Option<String>,
) -> Result<Option<(entity::holder_key::Model, Seed)>, ApiError> {
    let Some(key) = box_key_store::current_box_key(&state.db, school.id).await? else {
        return Ok(None);
    };
    let Some(holder) = box_key_store::holder_of_user(&state.db, caller.user_id).await? else {
        return Ok(None);
    };
    let holds_share = entity::box_key_share::Entity::find_by_id((key.id, holder.id))
        .one(&state.db)
        .await?
        .is_some();
    if !holds_share {
        return Ok(None);
    }
    let Some(passphrase) = passphrase.filter(|p| !p.is_empty()) else {
        return Err(ApiError::rejected(
            ProblemCode::BoxPassphraseRequired,
            "the box is sealed to the working group: type your box passphrase to give your share",
        ));
    };
    let unlocked = box_keys::unlock(&holder, passphrase).await?;
    let seed = unlocked.seed().clone();
    Ok(Some((holder, seed)))
}

/// Gives a share to the opening; with a box key, the box opens when the shares reach the
/// key's threshold. Returns the rebuilt key when they do.
async fn give_share(
    txn: &DatabaseTransaction,
    opening_id: Uuid,
    school: &school::Model,
    share: Option<(entity::holder_key::Model, Seed)>,
) -> Result<(Option<entity::box_key::Model>, Option<Seed>), ApiError> {
    let key = box_key_store::current_box_key(txn, school.id).await?;
    let (Some(key), Some((holder, seed))) = (key.clone(), share) else {
        return Ok((key, None));
    };
    match box_keys::give_share(txn, opening_id, &key, &holder, &seed).await? {
        Given::Rebuilt(rebuilt) => Ok((Some(key), Some(rebuilt))),
        Given::Gathering | Given::NoShare => Ok((Some(key), None)),
    }
}

/// The box opens: every sealed appeal of the school is retrieved into the opening; those
/// sealed to the box key are opened with the rebuilt key and sealed again under the data key,
/// and a new box key is made for the group as it stands.
async fn open_the_box(
    state: &AppState,
    txn: &DatabaseTransaction,
    school: &school::Model,
    opening: box_opening::Model,
    rebuilt: Option<(entity::box_key::Model, Seed)>,
) -> Result<box_opening::Model, ApiError> {
    lifecycle::retrieve_sealed(txn, school.id, opening.id).await?;
    if let Some((key, seed)) = rebuilt {
        box_keys::open_retrieved(txn, &state.secrets, school, opening.id, &key, seed).await?;
    }
    let opened_at = Utc::now();
    box_opening::Entity::update_many()
        .col_expr(
            box_opening::Column::Status,
            Expr::value(OpeningStatus::Open),
        )
        .col_expr(box_opening::Column::OpenedAt, Expr::value(opened_at))
        .filter(box_opening::Column::Id.eq(opening.id))
        .exec(txn)
        .await?;
    Ok(box_opening::Model {
        status: OpeningStatus::Open,
        opened_at: Some(opened_at),
        ..opening
    })
}

/// The district administrator gives the district office's share to an opening, with the
/// district's box passphrase: with quorum − 1 members' shares, the box opens. The district
/// alone never can (the threshold is at least 2). Recorded in the district's audit trail.
pub async fn give_district_share(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
    passphrase: String,
) -> Result<box_opening::Model, ApiError> {
    let (opening, school) = load_unchecked(state, id).await?;
    caller.authorize(
        Permission::ManageDistrictSettings,
        Target::District {
            id: school.district_id,
        },
    )?;
    let holder = box_key_store::holder_of_district(&state.db, school.district_id)
        .await?
        .ok_or_else(|| {
            ApiError::rejected(
                ProblemCode::BoxKeyMissing,
                "the district has not set its box passphrase",
            )
        })?;
    let unlocked = box_keys::unlock(&holder, passphrase).await?;
    let seed = unlocked.seed().clone();
    drop(unlocked);
    let txn = state.db.begin().await?;
    let opening = locked(&txn, &opening).await?;
    require_in_progress(opening.status)?;
    if opening.status != OpeningStatus::AwaitingQuorum {
        return Err(ApiError::rejected(
            ProblemCode::BoxAlreadyOpen,
            "this opening has already opened the box",
        ));
    }
    let key = box_key_store::current_box_key(&txn, school.id)
        .await?
        .ok_or_else(|| {
            ApiError::rejected(
                ProblemCode::BoxNotProtected,
                "this school's box has no box key",
            )
        })?;
    let given = box_keys::give_share(&txn, opening.id, &key, &holder, &seed).await?;
    let opening = match given {
        Given::NoShare => {
            return Err(ApiError::rejected(
                ProblemCode::DistrictHoldsNoShare,
                "the district holds no share of this school's current box key",
            ))
        }
        Given::Gathering => opening,
        Given::Rebuilt(rebuilt) => {
            open_the_box(state, &txn, &school, opening, Some((key, rebuilt))).await?
        }
    };
    audit::record(
        &txn,
        AuditEvent {
            chain: AuditChain::District(school.district_id),
            actor: caller.actor(),
            action: AuditAction::DistrictShareGiven,
            subject: Some(AuditSubject::BoxOpening(opening.id)),
            details: json!({"school": school.slug}),
        },
    )
    .await?;
    txn.commit().await?;
    if opening.status == OpeningStatus::Open {
        state.school_cache.forget(&school.slug);
    }
    Ok(opening)
}

/// How many signatures freeze the act: the quorum, one fewer when the district's share
/// stood in for a member.
async fn signatures_needed<C: sea_orm::ConnectionTrait>(
    db: &C,
    school: &school::Model,
    opening_id: Uuid,
) -> Result<i32, ApiError> {
    let helped = box_keys::district_helped(db, opening_id).await?;
    Ok(school.opening_quorum - i32::from(helped))
}

/// Records a member's confirmation; when the quorum is reached, the box opens and every
/// sealed appeal of the school is retrieved into this opening. With a box key, the quorum is
/// the key's threshold of shares.
async fn add_confirmation(
    state: &AppState,
    txn: &DatabaseTransaction,
    school: &school::Model,
    opening: box_opening::Model,
    caller: &Caller,
    share: Option<(entity::holder_key::Model, Seed)>,
) -> Result<box_opening::Model, ApiError> {
    box_opening_member::Entity::insert(box_opening_member::ActiveModel {
        box_opening_id: Set(opening.id),
        user_id: Set(caller.user_id),
        confirmed_at: Set(Utc::now()),
        signed_at: Set(None),
    })
    .exec_without_returning(txn)
    .await?;
    if opening.status != OpeningStatus::AwaitingQuorum {
        return Ok(opening);
    }
    let (key, rebuilt) = give_share(txn, opening.id, school, share).await?;
    match (key, rebuilt) {
        (Some(key), Some(seed)) => {
            open_the_box(state, txn, school, opening, Some((key, seed))).await
        }
        (Some(_), None) => Ok(opening),
        (None, _) => {
            let confirmed = box_opening_member::Entity::find()
                .filter(box_opening_member::Column::BoxOpeningId.eq(opening.id))
                .all(txn)
                .await?
                .len() as i32;
            if confirmed >= school.opening_quorum {
                open_the_box(state, txn, school, opening, None).await
            } else {
                Ok(opening)
            }
        }
    }
}

/// Another member confirms the opening.
pub async fn confirm(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
    passphrase: Option<String>,
) -> Result<box_opening::Model, ApiError> {
    let (opening, school) = load_unchecked(state, id).await?;
    require_member(caller, &school)?;
    let share = if opening.status == OpeningStatus::AwaitingQuorum {
        unlock_share(state, caller, &school, passphrase).await?
    } else {
        None
    };
    let txn = state.db.begin().await?;
    let opening = locked(&txn, &opening).await?;
    require_in_progress(opening.status)?;
    if member_row(&txn, opening.id, caller.user_id)
        .await?
        .is_some()
    {
        return Err(ApiError::rejected(
            ProblemCode::AlreadyConfirmed,
            "you have already confirmed this opening",
        ));
    }
    let opening = add_confirmation(state, &txn, &school, opening, caller, share).await?;
    txn.commit().await?;
    if opening.status == OpeningStatus::Open {
        state.school_cache.forget(&school.slug);
    }
    Ok(opening)
}

/// Checks that the opening is still in progress: neither signed nor abandoned.
fn require_in_progress(status: OpeningStatus) -> Result<(), ApiError> {
    match status {
        OpeningStatus::AwaitingQuorum | OpeningStatus::Open => Ok(()),
        OpeningStatus::Signed => Err(ApiError::rejected(
            ProblemCode::ActSigned,
            "the act of this opening is signed",
        )),
        OpeningStatus::Abandoned => Err(ApiError::rejected(
            ProblemCode::OpeningAbandoned,
            "this opening was abandoned",
        )),
    }
}

/// Checks that the opening is open and the caller confirmed it.
async fn require_open_and_confirmed(
    txn: &DatabaseTransaction,
    opening: &box_opening::Model,
    caller: &Caller,
) -> Result<(), ApiError> {
    if opening.status == OpeningStatus::AwaitingQuorum {
        return Err(ApiError::rejected(
            ProblemCode::QuorumNotReached,
            "not enough members have confirmed the opening yet",
        ));
    }
    require_in_progress(opening.status)?;
    if member_row(txn, opening.id, caller.user_id).await?.is_none() {
        return Err(not_confirmed());
    }
    Ok(())
}

fn retrieved_view(
    state: &AppState,
    appeal: &appeal::Model,
    messages: Vec<RetrievedMessage>,
) -> Result<RetrievedAppeal, ApiError> {
    let content = open_text(
        &state.secrets,
        appeal.id,
        field::CONTENT,
        &appeal.key_id,
        &appeal.sealed_content,
    )?;
    let content = AppealContent::parse(&content).map_err(anyhow::Error::from)?;
    let obscene_words =
        screening::screen(&content.text, &screening::SchoolLexicon::default()).obscene_words;
    Ok(RetrievedAppeal {
        id: appeal.id,
        channel: appeal.channel,
        anonymous: appeal.anonymous,
        submitted_on: appeal.submitted_on,
        status: appeal.status,
        urgent: appeal.urgent,
        needs_referral: appeal.needs_referral,
        danger: content.danger,
        in_danger: content.in_danger,
        obscene_words,
        categories: appeal.categories.to_vec(),
        text: content.text,
        language: Language::from_code(&appeal.language).unwrap_or_default(),
        messages,
        not_accepted_reason: appeal.not_accepted_reason.as_deref().and_then(
            |reason| match reason {
                "obscene_language" => Some(NotAcceptedReason::ObsceneLanguage),
                "not_an_appeal" => Some(NotAcceptedReason::NotAnAppeal),
                _ => None,
            },
        ),
    })
}

async fn writer_messages(
    state: &AppState,
    txn: &DatabaseTransaction,
    appeal_id: Uuid,
) -> Result<Vec<RetrievedMessage>, ApiError> {
    let mut messages = Vec::new();
    for message in
        crate::appeals::store::messages_of_kinds(txn, appeal_id, &[MessageKind::WriterMessage])
            .await?
    {
        messages.push(RetrievedMessage {
            written_on: message.written_on,
            text: open_text(
                &state.secrets,
                message.id,
                field::MESSAGE,
                &message.key_id,
                &message.sealed_content,
            )?,
        });
    }
    Ok(messages)
}

/// The appeals taken out of the box, for the members who confirmed, while the opening is
/// open. Every read is recorded in the audit trail.
pub async fn retrieved_appeals(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
) -> Result<Vec<RetrievedAppeal>, ApiError> {
    let (opening, _) = load(state, caller, id).await?;
    let txn = state.db.begin().await?;
    require_open_and_confirmed(&txn, &opening, caller).await?;
    let appeals = store::appeals_of_opening(&txn, opening.id).await?;
    let mut views = Vec::with_capacity(appeals.len());
    for appeal in &appeals {
        let messages = writer_messages(state, &txn, appeal.id).await?;
        views.push(retrieved_view(state, appeal, messages)?);
    }
    audit::record(
        &txn,
        AuditEvent {
            chain: caller.audit_chain(),
            actor: caller.actor(),
            action: AuditAction::AppealContentRead,
            subject: Some(AuditSubject::BoxOpening(opening.id)),
            details: json!({"appeals": appeals.iter().map(|a| a.id.to_string()).collect::<Vec<_>>()}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(views)
}

/// A member enters a paper note found in the box.
pub async fn add_paper_appeal(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
    input: PaperAppeal,
) -> Result<RetrievedAppeal, ApiError> {
    let (opening, school) = load(state, caller, id).await?;
    let text = check_text(&input.text)?.to_owned();
    if !input.anonymous && input.submitter.is_none() {
        return Err(ApiError::rejected(
            ProblemCode::SubmitterRequired,
            "a signed note needs the writer's name",
        ));
    }
    let lexicon = crate::appeals::store::school_lexicon(&state.db, school.id).await?;
    let screening = screening::screen(&text, &lexicon);
    let id = Uuid::new_v4();
    let content = AppealContent {
        text,
        danger: screening
            .danger
            .iter()
            .map(|d| d.code().to_owned())
            .collect(),
        insult: screening.insult,
        in_danger: input.in_danger,
    };
    let sealed = seal(
        &state.secrets,
        id,
        field::CONTENT,
        &serde_json::to_vec(&content).map_err(anyhow::Error::from)?,
    )?;
    let sealed_identity = match (&input.anonymous, &input.submitter) {
        (false, Some(submitter)) => Some(
            seal(
                &state.secrets,
                id,
                field::IDENTITY,
                &serde_json::to_vec(submitter).map_err(anyhow::Error::from)?,
            )?
            .bytes,
        ),
        _ => None,
    };
    let row = appeal::Model {
        id,
        school_id: school.id,
        channel: Channel::Paper,
        anonymous: input.anonymous,
        status: if input.not_accepted.is_some() {
            AppealStatus::NotAccepted
        } else {
            AppealStatus::Retrieved
        },
        submitted_on: today_in(&school.time_zone),
        urgent: screening.is_urgent() || input.in_danger,
        needs_referral: screening.needs_referral() || input.in_danger,
        categories: Categories::new(&input.categories),
        language: school.default_language.clone(),
        key_id: sealed.key_id,
        sealed_content: sealed.bytes,
        sealed_identity,
        receipt_hash: None,
        box_opening_id: Some(opening.id),
        registration_year: None,
        registration_seq: None,
        registration_number: None,
        registered_on: None,
        not_accepted_reason: input.not_accepted.map(|reason| reason.code().to_owned()),
        assigned_to_id: None,
        routed_to_district: false,
        referred_to_district: false,
        answer_due_on: None,
        closed_on: None,
        outcome: None,
        answered_on: None,
        erased_on: None,
    };
    let txn = state.db.begin().await?;
    let opening = locked(&txn, &opening).await?;
    require_open_and_confirmed(&txn, &opening, caller).await?;
    crate::appeals::store::insert_appeal(&txn, row.clone()).await?;
    txn.commit().await?;
    retrieved_view(state, &row, Vec::new())
}

/// A member sets an appeal of the opening aside as not accepted.
pub async fn set_aside(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
    appeal_id: Uuid,
    reason: NotAcceptedReason,
) -> Result<RetrievedAppeal, ApiError> {
    let (opening, _) = load(state, caller, id).await?;
    let txn = state.db.begin().await?;
    let opening = locked(&txn, &opening).await?;
    require_open_and_confirmed(&txn, &opening, caller).await?;
    let appeal = crate::appeals::store::find_appeal(&txn, appeal_id)
        .await?
        .filter(|appeal| appeal.box_opening_id == Some(opening.id))
        .ok_or(ApiError::NotFound)?;
    let updated = lifecycle::set_aside(&txn, appeal, reason.code()).await?;
    let messages = writer_messages(state, &txn, updated.id).await?;
    txn.commit().await?;
    retrieved_view(state, &updated, messages)
}

/// A confirmed member signs the act; with the quorum's signatures it is frozen: act number,
/// registration numbers in order, journal entries, and the journal head.
pub async fn sign(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
) -> Result<box_opening::Model, ApiError> {
    let (opening, school) = load(state, caller, id).await?;
    let txn = state.db.begin().await?;
    let opening = locked(&txn, &opening).await?;
    require_open_and_confirmed(&txn, &opening, caller).await?;
    let member = member_row(&txn, opening.id, caller.user_id)
        .await?
        .ok_or_else(not_confirmed)?;
    if member.signed_at.is_some() {
        return Err(ApiError::rejected(
            ProblemCode::AlreadySigned,
            "you have already signed this act",
        ));
    }
    box_opening_member::Entity::update_many()
        .col_expr(
            box_opening_member::Column::SignedAt,
            Expr::value(Utc::now()),
        )
        .filter(box_opening_member::Column::BoxOpeningId.eq(opening.id))
        .filter(box_opening_member::Column::UserId.eq(caller.user_id))
        .exec(&txn)
        .await?;
    let signatures = store::members_of(&txn, opening.id)
        .await?
        .into_iter()
        .filter(|(member, _)| member.signed_at.is_some())
        .count() as i32;
    let opening = if signatures >= signatures_needed(&txn, &school, opening.id).await? {
        freeze(&txn, &school, opening).await?
    } else {
        opening
    };
    txn.commit().await?;
    Ok(opening)
}

async fn freeze(
    txn: &DatabaseTransaction,
    school: &school::Model,
    opening: box_opening::Model,
) -> Result<box_opening::Model, ApiError> {
    let today = today_in(&school.time_zone);
    let year = today.year();
    let act_seq = store::last_act_seq(txn, school.id, year).await? + 1;
    let act_number = format!("{year}/{act_seq:02}");
    let appeals = store::appeals_of_opening(txn, opening.id).await?;
    let mut next = store::last_registration_seq(txn, school.id, year).await?;
    let holidays = holidays_of(txn, school.id).await?;
    let mut numbers = Vec::new();
    let mut entries = Vec::new();
    let mut counts = ActCounts {
        online: 0,
        paper: 0,
        not_accepted_obscene_language: 0,
        not_accepted_not_an_appeal: 0,
        urgent: 0,
        registered: 0,
    };
    for appeal in &appeals {
        match appeal.channel {
            Channel::Online => counts.online += 1,
            Channel::Paper => counts.paper += 1,
        }
        if appeal.urgent {
            counts.urgent += 1;
        }
        match appeal.not_accepted_reason.as_deref() {
            Some("obscene_language") => counts.not_accepted_obscene_language += 1,
            Some(_) => counts.not_accepted_not_an_appeal += 1,
            None => {
                next += 1;
                let working_days = if appeal.anonymous {
                    school.anonymous_target_working_days
                } else {
                    school.answer_deadline_working_days
                };
                let registration = lifecycle::Registration {
                    year,
                    seq: next,
                    registered_on: today,
                    answer_due_on: add_working_days(today, working_days.max(0) as u32, &holidays),
                    act_number: act_number.clone(),
                };
                let event = lifecycle::register(txn, appeal, &registration).await?;
                entries.push(NewJournalEntry {
                    appeal_id: Some(appeal.id),
                    box_opening_id: Some(opening.id),
                    actor_id: None,
                    event,
                });
                numbers.push(registration.number());
                counts.registered += 1;
            }
        }
    }
    journal::append(txn, school.id, entries).await?;
    store::unseal_messages_of_registered_appeals(txn, school.id).await?;
    let head = journal::head(txn, school.id).await?;
    let signed_at = Utc::now();
    let members = store::members_of(txn, opening.id)
        .await?
        .into_iter()
        .filter_map(|(member, user)| {
            Some(ActMember {
                full_name: user.full_name,
                position: user.position,
                signed_at: member.signed_at?,
            })
        })
        .collect();
    let act = Act {
        opening_id: opening.id,
        number: act_number.clone(),
        school_name: school.name.clone(),
        language: school.default_language.clone(),
        time_zone: school.time_zone.clone(),
        extraordinary: opening.extraordinary,
        opened_at: opening.opened_at.unwrap_or(opening.started_at),
        signed_at,
        members,
        counts,
        registration_numbers: numbers,
        journal_head: head.clone(),
        acknowledged_at: None,
        acknowledged_by: None,
    };
    let act_json = serde_json::to_string(&act).map_err(anyhow::Error::from)?;
    box_opening::Entity::update_many()
        .col_expr(
            box_opening::Column::Status,
            Expr::value(OpeningStatus::Signed),
        )
        .col_expr(
            box_opening::Column::ActiveSchoolId,
            Expr::value(Option::<Uuid>::None),
        )
        .col_expr(box_opening::Column::SignedAt, Expr::value(signed_at))
        .col_expr(box_opening::Column::ActYear, Expr::value(year))
        .col_expr(box_opening::Column::ActSeq, Expr::value(act_seq))
        .col_expr(
            box_opening::Column::ActNumber,
            Expr::value(act_number.clone()),
        )
        .col_expr(
            box_opening::Column::JournalHeadSeq,
            Expr::value(head.as_ref().map(|h| h.seq)),
        )
        .col_expr(
            box_opening::Column::JournalHeadHash,
            Expr::value(head.as_ref().map(|h| h.hash.clone())),
        )
        .col_expr(box_opening::Column::Act, Expr::value(act_json.clone()))
        .filter(box_opening::Column::Id.eq(opening.id))
        .exec(txn)
        .await?;
    Ok(box_opening::Model {
        status: OpeningStatus::Signed,
        active_school_id: None,
        signed_at: Some(signed_at),
        act_year: Some(year),
        act_seq: Some(act_seq),
        act_number: Some(act_number),
        journal_head_seq: head.as_ref().map(|h| h.seq),
        journal_head_hash: head.map(|h| h.hash),
        act: Some(act_json),
        ..opening
    })
}

/// Gives an opening up before signing: every appeal goes back into the box, sealed.
pub async fn abandon(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
) -> Result<box_opening::Model, ApiError> {
    let (opening, school) = load_unchecked(state, id).await?;
    require_member(caller, &school)?;
    let txn = state.db.begin().await?;
    let opening = locked(&txn, &opening).await?;
    require_in_progress(opening.status)?;
    if member_row(&txn, opening.id, caller.user_id)
        .await?
        .is_none()
    {
        return Err(not_confirmed());
    }
    box_keys::return_to_the_box(&txn, &state.secrets, school.id, opening.id).await?;
    lifecycle::return_to_the_box(&txn, opening.id).await?;
    let abandoned_at = Utc::now();
    box_opening::Entity::update_many()
        .col_expr(
            box_opening::Column::Status,
            Expr::value(OpeningStatus::Abandoned),
        )
        .col_expr(
            box_opening::Column::ActiveSchoolId,
            Expr::value(Option::<Uuid>::None),
        )
        .col_expr(box_opening::Column::AbandonedAt, Expr::value(abandoned_at))
        .filter(box_opening::Column::Id.eq(opening.id))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        AuditEvent {
            chain: caller.audit_chain(),
            actor: caller.actor(),
            action: AuditAction::OpeningAbandoned,
            subject: Some(AuditSubject::BoxOpening(opening.id)),
            details: json!({}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(box_opening::Model {
        status: OpeningStatus::Abandoned,
        active_school_id: None,
        abandoned_at: Some(abandoned_at),
        ..opening
    })
}

/// The director acknowledges a signed act; the acknowledgement is a journal entry.
pub async fn acknowledge(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
) -> Result<box_opening::Model, ApiError> {
    let (opening, school) = load(state, caller, id).await?;
    caller.authorize(Permission::AcknowledgeAct, Target::of_school(&school))?;
    let txn = state.db.begin().await?;
    let opening = locked(&txn, &opening).await?;
    if opening.status != OpeningStatus::Signed {
        return Err(ApiError::rejected(
            ProblemCode::ActNotSigned,
            "the act is not signed yet",
        ));
    }
    if opening.acknowledged_at.is_some() {
        return Err(ApiError::rejected(
            ProblemCode::AlreadyAcknowledged,
            "this act is already acknowledged",
        ));
    }
    let acknowledged_at = Utc::now();
    journal::append(
        &txn,
        school.id,
        vec![NewJournalEntry {
            appeal_id: None,
            box_opening_id: Some(opening.id),
            actor_id: Some(caller.user_id),
            event: JournalEvent::ActAcknowledged {
                act_number: opening.act_number.clone(),
                acknowledged_by: caller.named(),
            },
        }],
    )
    .await?;
    box_opening::Entity::update_many()
        .col_expr(
            box_opening::Column::AcknowledgedAt,
            Expr::value(acknowledged_at),
        )
        .col_expr(
            box_opening::Column::AcknowledgedBy,
            Expr::value(caller.user_id),
        )
        .filter(box_opening::Column::Id.eq(opening.id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(box_opening::Model {
        acknowledged_at: Some(acknowledged_at),
        acknowledged_by: Some(caller.user_id),
        ..opening
    })
}

/// The signed act.
pub async fn act(state: &AppState, caller: &Caller, id: Uuid) -> Result<Act, ApiError> {
    let (opening, _) = load(state, caller, id).await?;
    let stored = opening.act.as_deref().ok_or_else(|| {
        ApiError::rejected(ProblemCode::ActNotSigned, "the act is not signed yet")
    })?;
    let mut act: Act = serde_json::from_str(stored).map_err(anyhow::Error::from)?;
    act.acknowledged_at = opening.acknowledged_at;
    if let Some(user_id) = opening.acknowledged_by {
        act.acknowledged_by = entity::staff_user::Entity::find_by_id(user_id)
            .one(&state.db)
            .await?
            .map(|user| format!("{} ({})", user.full_name, user.position));
    }
    Ok(act)
}

/// An opening as members and the director follow it.
pub async fn view(
    state: &AppState,
    opening: &box_opening::Model,
    school: &school::Model,
) -> Result<OpeningView, ApiError> {
    let members: Vec<OpeningMember> = store::members_of(&state.db, opening.id)
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
    let key = box_key_store::current_box_key(&state.db, school.id).await?;
    let confirmations_needed = match (&key, opening.status) {
        (Some(key), OpeningStatus::AwaitingQuorum) => {
            let given = box_key_store::shares_given(&state.db, opening.id)
                .await?
                .iter()
                .filter(|row| row.box_key_id == key.id)
                .count() as i32;
            (key.threshold - given).max(0)
        }
        _ => (school.opening_quorum - members.len() as i32).max(0),
    };
    let quorum_of_signatures = signatures_needed(&state.db, school, opening.id).await?;
    let expected = if opening.status == OpeningStatus::AwaitingQuorum {
        list_school_staff(&state.db, school.id)
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

/// The day a school's box must be opened by: its interval after the last opening (or after
/// the school's start, before the first).
pub fn box_due_by(school: &school::Model, last_opened_on: Option<NaiveDate>) -> NaiveDate {
    let zone = crate::calendar::zone_of(&school.time_zone);
    let since =
        last_opened_on.unwrap_or_else(|| school.created_at.with_timezone(&zone).date_naive());
    since
        .checked_add_months(Months::new(school.opening_interval_months.max(1) as u32))
        .unwrap_or(since)
}

/// Whether a school's box is opened as often as its interval requires, and — for those who
/// may know it (`sees_contents`: the director and the working group) — how many appeals
/// dropped before today wait in it. Today's drops count from tomorrow, so nobody can watch
/// the count rise at the minute a child pressed "send".
pub async fn box_status(
    state: &AppState,
    school: &school::Model,
    sees_contents: bool,
) -> Result<BoxStatus, ApiError> {
    let last = store::last_signed_opening(&state.db, school.id).await?;
    let zone = crate::calendar::zone_of(&school.time_zone);
    let last_opened_on = last
        .as_ref()
        .and_then(|opening| opening.signed_at)
        .map(|at| at.with_timezone(&zone).date_naive());
    let due_by = box_due_by(school, last_opened_on);
    let today = today_in(&school.time_zone);
    let (sealed_appeals, urgent_sealed_appeals) = if sees_contents {
        let (total, urgent) = store::sealed_counts(&state.db, school.id, today).await?;
        (Some(total), Some(urgent))
    } else {
        (None, None)
    };
    Ok(BoxStatus {
        school: school.slug.clone(),
        last_opened_on,
        due_by,
        overdue: today > due_by,
        sealed_appeals,
        urgent_sealed_appeals,
        opening_in_progress: store::active_opening(&state.db, school.id)
            .await?
            .map(|opening| opening.id),
    })
}
