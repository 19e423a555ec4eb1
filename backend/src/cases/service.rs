//! What handling a case does, step by step. Each step runs in one transaction that takes the
//! school's journal lock first, re-reads the appeal, checks the caller's part in it, and
//! appends its journal entry — so two directors racing, or a step racing a closing, are
//! given one at a time.

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::{NaiveDate, Utc};
use entity::appeal::{self, AppealStatus};
use entity::appeal_message::{self, MessageKind};
use entity::box_opening::OpeningStatus;
use entity::{appeal_concern, box_opening_member, measure, referral, referral_body, school};
use entity::{staff_role, staff_user, Role};
use sea_orm::{
    ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::json;
use uuid::Uuid;

use super::access::{case_access, directs, is_case, is_district_officer, CaseAccess};
use super::notice::notify_writer_of_answer;
use super::store;
use super::views::{
    AssignCase, CaseFile, CaseFlag, CaseList, CaseMeasure, CaseMessage, CasePart, CaseQuery,
    CaseReferral, CaseState, CaseSummary, CloseCase, MarkConcerned, NewAnswer, NewMeasure, NewNote,
    NewReferral, Outcome, ReferralBody, ReferralMethod, ReferralReply, StaffRef,
};

use crate::appeals::intake::{appeal_sealed, field, AppealContent};
use crate::appeals::lifecycle;
use crate::appeals::store::{find_appeal, insert_message, messages_of};
use crate::appeals::views::{Language, Submitter};
use crate::audit::AuditSubject;
use crate::audit::{self, AuditAction, AuditChain, AuditEvent};
use crate::auth::Target;
use crate::auth::{Caller, Permission};
use crate::box_openings::store::find_opening;
use crate::calendar::{today_in, working_days_between, Holidays};
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::journal::event::{CaseStep, JournalEvent, Official};
use crate::journal::store::{self as journal, NewJournalEntry};
use crate::schools::store::{find_school, holidays_of};
use crate::sealing::{open_text, seal};
use crate::state::AppState;

/// Sealed field of a body's reply.
pub const REFERRAL_REPLY: &str = "referral.reply";

/// Working days before the deadline from which a case is flagged as nearly due.
const DUE_SOON_WORKING_DAYS: i64 = 2;

fn not_directing() -> ApiError {
    ApiError::rejected(
        ProblemCode::NotDirecting,
        "only the director — or the district office, for an appeal that concerns the director — does this",
    )
}

fn not_handling() -> ApiError {
    ApiError::rejected(
        ProblemCode::NotHandling,
        "only the official the appeal is assigned to, or the director, does this",
    )
}

fn case_closed() -> ApiError {
    ApiError::rejected(
        ProblemCode::CaseClosed,
        "this appeal is closed; nothing more can be added to it",
    )
}

fn date_in_future() -> ApiError {
    ApiError::rejected(ProblemCode::DateInFuture, "the date is later than today")
}

/// A case opened for one step: the transaction holding the school's journal lock, the appeal
/// as re-read under it, its school and the caller's part.
struct OpenCase {
    txn: DatabaseTransaction,
    appeal: appeal::Model,
    school: school::Model,
    access: CaseAccess,
}

/// The appeal and its school, re-read under the school's journal lock. Staff of another
/// school get `forbidden` before anything about the appeal is said.
async fn locked_appeal(
    txn: &DatabaseTransaction,
    caller: &Caller,
    id: Uuid,
) -> Result<(appeal::Model, school::Model), ApiError> {
    let appeal = find_appeal(txn, id).await?.ok_or(ApiError::NotFound)?;
    let school = find_school(txn, appeal.school_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    caller.authorize(Permission::ViewAppealOverview, Target::of_school(&school))?;
    journal::lock(txn, school.id).await?;
    let appeal = find_appeal(txn, id).await?.ok_or(ApiError::NotFound)?;
    Ok((appeal, school))
}

/// Begins a step on a case; an appeal still in the box is `appeal_sealed`.
async fn begin(state: &AppState, caller: &Caller, id: Uuid) -> Result<OpenCase, ApiError> {
    let txn = state.db.begin().await?;
    let (appeal, school) = locked_appeal(&txn, caller, id).await?;
    match appeal.status {
        AppealStatus::Sealed => return Err(appeal_sealed()),
        AppealStatus::Retrieved | AppealStatus::NotAccepted => {
            return Err(ApiError::rejected(
                ProblemCode::AppealNotRegistered,
                "this appeal is not registered in the journal",
            ))
        }
        _ => {}
    }
    let concerned = store::concerned_staff(&txn, appeal.id)
        .await?
        .contains(&caller.user_id);
    let access = case_access(caller, &appeal, &school, concerned);
    if !access.reading {
        return Err(ApiError::Forbidden);
    }
    Ok(OpenCase {
        txn,
        appeal,
        school,
        access,
    })
}

/// Begins a step that adds to an open case: for those handling it only.
async fn begin_handling(state: &AppState, caller: &Caller, id: Uuid) -> Result<OpenCase, ApiError> {
    let case = begin(state, caller, id).await?;
    if !case.access.handling {
        return Err(not_handling());
    }
    require_open(&case.appeal)?;
    Ok(case)
}

fn require_open(appeal: &appeal::Model) -> Result<(), ApiError> {
    if appeal.status == AppealStatus::Closed {
        Err(case_closed())
    } else {
        Ok(())
    }
}

fn not_after_today(day: NaiveDate, school: &school::Model) -> Result<(), ApiError> {
    if day > today_in(&school.time_zone) {
        Err(date_in_future())
    } else {
        Ok(())
    }
}

fn entry(appeal: &appeal::Model, caller: &Caller, step: CaseStep) -> NewJournalEntry {
    NewJournalEntry {
        appeal_id: Some(appeal.id),
        box_opening_id: None,
        actor_id: Some(caller.user_id),
        event: JournalEvent::Case {
            registration_number: appeal.registration_number.clone(),
            step,
        },
    }
}

/// What the flags of a case need besides the appeal.
struct FlagContext<'a> {
    caller: &'a Caller,
    today: NaiveDate,
    holidays: &'a Holidays,
    referred: &'a HashSet<Uuid>,
    drafts: &'a HashSet<Uuid>,
}

fn flags(appeal: &appeal::Model, context: &FlagContext<'_>) -> Vec<CaseFlag> {
    let mut flags = Vec::new();
    let open = appeal.status != AppealStatus::Closed;
    if appeal.status == AppealStatus::Registered && appeal.assigned_to_id.is_none() {
        flags.push(CaseFlag::Unassigned);
    }
    if open && appeal.assigned_to_id == Some(context.caller.user_id) {
        flags.push(CaseFlag::AssignedToYou);
    }
    if open && context.drafts.contains(&appeal.id) {
        flags.push(CaseFlag::AnswerAwaitingApproval);
    }
    if open && appeal.urgent && !context.referred.contains(&appeal.id) {
        flags.push(CaseFlag::UrgentWithoutReferral);
    }
    let awaiting_answer = matches!(
        appeal.status,
        AppealStatus::Registered | AppealStatus::Assigned
    );
    if let (true, Some(due)) = (awaiting_answer, appeal.answer_due_on) {
        if due < context.today {
            flags.push(CaseFlag::Overdue);
        } else if working_days_between(context.today, due, context.holidays)
            <= DUE_SOON_WORKING_DAYS
        {
            flags.push(CaseFlag::DueSoon);
        }
    }
    if appeal.routed_to_district {
        flags.push(CaseFlag::RoutedToDistrict);
    }
    if appeal.referred_to_district {
        flags.push(CaseFlag::ReferredToDistrict);
    }
    flags
}

fn summary(
    appeal: &appeal::Model,
    school: &school::Model,
    staff: &HashMap<Uuid, StaffRef>,
    flags: Vec<CaseFlag>,
) -> CaseSummary {
    CaseSummary {
        id: appeal.id,
        school: school.slug.clone(),
        registration_number: appeal.registration_number.clone().unwrap_or_default(),
        registered_on: appeal.registered_on.unwrap_or(appeal.submitted_on),
        channel: appeal.channel,
        anonymous: appeal.anonymous,
        categories: appeal.categories.to_vec(),
        urgent: appeal.urgent,
        status: appeal.status,
        official: appeal.assigned_to_id.and_then(|id| staff.get(&id).cloned()),
        answer_due_on: appeal.answer_due_on,
        flags,
    }
}

/// The summary of one case as it stands in the transaction.
async fn summary_of(
    txn: &DatabaseTransaction,
    caller: &Caller,
    appeal: &appeal::Model,
    school: &school::Model,
) -> Result<CaseSummary, ApiError> {
    let holidays = holidays_of(txn, school.id).await?;
    let referred: HashSet<Uuid> = store::referred_appeals(txn, vec![appeal.id])
        .await?
        .into_iter()
        .collect();
    let drafts = draft_answers(txn, vec![appeal.id]).await?;
    let staff = store::staff_refs(txn, appeal.assigned_to_id).await?;
    let context = FlagContext {
        caller,
        today: today_in(&school.time_zone),
        holidays: &holidays,
        referred: &referred,
        drafts: &drafts,
    };
    Ok(summary(appeal, school, &staff, flags(appeal, &context)))
}

async fn draft_answers(
    txn: &DatabaseTransaction,
    appeal_ids: Vec<Uuid>,
) -> Result<HashSet<Uuid>, ApiError> {
    if appeal_ids.is_empty() {
        return Ok(HashSet::new());
    }
    Ok(appeal_message::Entity::find()
        .filter(appeal_message::Column::AppealId.is_in(appeal_ids))
        .filter(appeal_message::Column::Kind.eq(MessageKind::Answer))
        .filter(appeal_message::Column::ApprovedAt.is_null())
        .all(txn)
        .await?
        .into_iter()
        .map(|message| message.appeal_id)
        .collect())
}

/// The inbox: the cases the caller directs, handles or was referred, with what each needs.
pub async fn list(
    state: &AppState,
    caller: &Caller,
    query: CaseQuery,
) -> Result<CaseList, ApiError> {
    let school = crate::schools::authorized_school(
        &state.db,
        caller,
        &query.school,
        Permission::ViewAppealOverview,
    )
    .await?;
    let statuses: &[AppealStatus] = match query.state.unwrap_or_default() {
        CaseState::Open => &[
            AppealStatus::Registered,
            AppealStatus::Assigned,
            AppealStatus::Answered,
        ],
        CaseState::Closed => &[AppealStatus::Closed],
        CaseState::All => &[
            AppealStatus::Registered,
            AppealStatus::Assigned,
            AppealStatus::Answered,
            AppealStatus::Closed,
        ],
    };
    let txn = state.db.begin().await?;
    let concerning: HashSet<Uuid> = store::appeals_concerning(&txn, caller.user_id)
        .await?
        .into_iter()
        .collect();
    let district_officer = is_district_officer(caller, &school);
    let mut cases: Vec<appeal::Model> = store::cases_of_school(&txn, school.id, statuses)
        .await?
        .into_iter()
        .filter(|appeal| !concerning.contains(&appeal.id))
        .filter(|appeal| {
            directs(caller, appeal, &school)
                || appeal.assigned_to_id == Some(caller.user_id)
                || (district_officer && appeal.referred_to_district)
        })
        .collect();
    let ids: Vec<Uuid> = cases.iter().map(|appeal| appeal.id).collect();
    let referred: HashSet<Uuid> = store::referred_appeals(&txn, ids.clone())
        .await?
        .into_iter()
        .collect();
    let drafts = draft_answers(&txn, ids).await?;
    let holidays = holidays_of(&txn, school.id).await?;
    let staff = store::staff_refs(&txn, cases.iter().filter_map(|a| a.assigned_to_id)).await?;
    txn.commit().await?;
    let context = FlagContext {
        caller,
        today: today_in(&school.time_zone),
        holidays: &holidays,
        referred: &referred,
        drafts: &drafts,
    };
    // What needs attention first: urgent without a referral, then late, then by due date.
    cases.sort_by_cached_key(|appeal| {
        let flags = flags(appeal, &context);
        (
            !flags.contains(&CaseFlag::UrgentWithoutReferral),
            !flags.contains(&CaseFlag::Overdue),
            appeal.answer_due_on.unwrap_or(NaiveDate::MAX),
            appeal.registration_year,
            appeal.registration_seq,
        )
    });
    let total = cases.len() as u64;
    let per_page = query.per_page.unwrap_or(50).clamp(1, 200);
    let page = query.page.unwrap_or(1).clamp(1, crate::http::MAX_PAGE);
    let items = cases
        .iter()
        .skip(usize::try_from((page - 1).saturating_mul(per_page)).unwrap_or(usize::MAX))
        .take(per_page as usize)
        .map(|appeal| summary(appeal, &school, &staff, flags(appeal, &context)))
        .collect();
    Ok(CaseList { items, total })
}

/// The case in full. The read is recorded in the audit trail.
pub async fn file(state: &AppState, caller: &Caller, id: Uuid) -> Result<CaseFile, ApiError> {
    let case = begin(state, caller, id).await?;
    let file = build_file(state, caller, &case).await?;
    // Into the school's trail, whoever reads: the director sees the district's reads too.
    audit::record(
        &case.txn,
        AuditEvent {
            chain: AuditChain::School(case.school.id),
            actor: caller.actor(),
            action: AuditAction::AppealContentRead,
            subject: Some(AuditSubject::Appeal(case.appeal.id)),
            details: json!({"writer_identity": file.writer.is_some()}),
        },
    )
    .await?;
    case.txn.commit().await?;
    Ok(file)
}

async fn build_file(
    state: &AppState,
    caller: &Caller,
    case: &OpenCase,
) -> Result<CaseFile, ApiError> {
    let OpenCase {
        txn,
        appeal,
        school,
        access,
    } = case;
    let content = open_text(
        &state.secrets,
        appeal.id,
        field::CONTENT,
        &appeal.key_id,
        &appeal.sealed_content,
    )?;
    let content = AppealContent::parse(&content).map_err(anyhow::Error::from)?;
    // The writer's identity: for the director (or the district directing) and the official.
    let writer = match (&appeal.sealed_identity, access.handling) {
        (Some(sealed), true) => {
            let identity = open_text(
                &state.secrets,
                appeal.id,
                field::IDENTITY,
                &appeal.key_id,
                sealed,
            )?;
            Some(serde_json::from_str::<Submitter>(&identity).map_err(anyhow::Error::from)?)
        }
        _ => None,
    };
    let messages = messages_of(txn, appeal.id).await?;
    let measures = store::measures_of(txn, appeal.id).await?;
    let referrals = store::referrals_of(txn, appeal.id).await?;
    let concerned = store::concerned_staff(txn, appeal.id).await?;
    let mut people: BTreeSet<Uuid> = BTreeSet::new();
    people.extend(appeal.assigned_to_id);
    people.extend(messages.iter().filter_map(|m| m.author_id));
    people.extend(messages.iter().filter_map(|m| m.approved_by));
    people.extend(measures.iter().map(|m| m.recorded_by));
    people.extend(referrals.iter().map(|r| r.referred_by));
    people.extend(concerned.iter().copied());
    let staff = store::staff_refs(txn, people).await?;
    let bodies: HashMap<Uuid, referral_body::Model> = store::bodies_of_school(txn, school.id)
        .await?
        .into_iter()
        .map(|body| (body.id, body))
        .collect();
    let mut message_views = Vec::new();
    for message in messages {
        // A writer's later message stays sealed until the next opening takes it out.
        if message.sealed {
            continue;
        }
        message_views.push(message_view(state, &staff, message)?);
    }
    let mut referral_views = Vec::new();
    for referral in referrals {
        referral_views.push(referral_view(state, &staff, &bodies, referral)?);
    }
    let summary = summary_of(txn, caller, appeal, school).await?;
    let assignable = if access.directing {
        assignable_staff(txn, appeal, school, &concerned).await?
    } else {
        Vec::new()
    };
    Ok(CaseFile {
        summary,
        text: content.text,
        language: Language::from_code(&appeal.language).unwrap_or_default(),
        danger: content.danger,
        needs_referral: appeal.needs_referral,
        writer,
        messages: message_views,
        measures: measures
            .into_iter()
            .map(|measure| measure_view(&staff, measure))
            .collect(),
        referrals: referral_views,
        concerned_staff: concerned
            .iter()
            .filter_map(|id| staff.get(id).cloned())
            .collect(),
        routed_to_district: appeal.routed_to_district,
        outcome: appeal.outcome.as_deref().and_then(Outcome::parse),
        closed_on: appeal.closed_on,
        erased_on: appeal.erased_on,
        your_part: CasePart {
            directing: access.directing,
            handling: access.handling,
        },
        assignable,
    })
}

/// The roles of a competent official: who may handle an appeal. A member of the working group
/// alone (a parents' committee chair, a teacher) or the school administrator is not one.
const COMPETENT: [Role; 5] = [
    Role::Official,
    Role::Director,
    Role::Deputy,
    Role::SocialPedagogue,
    Role::DistrictOfficer,
];

fn is_competent(roles: &[Role]) -> bool {
    roles.iter().any(|role| COMPETENT.contains(role))
}

/// Who a case can be assigned to: the rule `assign` enforces, as a list.
async fn assignable_staff(
    txn: &DatabaseTransaction,
    appeal: &appeal::Model,
    school: &school::Model,
    concerned: &[Uuid],
) -> Result<Vec<StaffRef>, ApiError> {
    let mut condition = sea_orm::Condition::any().add(staff_user::Column::SchoolId.eq(school.id));
    if appeal.routed_to_district {
        condition = condition.add(
            sea_orm::Condition::all()
                .add(staff_user::Column::SchoolId.is_null())
                .add(staff_user::Column::DistrictId.eq(school.district_id)),
        );
    }
    Ok(staff_user::Entity::find()
        .filter(condition)
        .filter(staff_user::Column::Active.eq(true))
        .order_by_asc(staff_user::Column::FullName)
        .find_with_related(staff_role::Entity)
        .all(txn)
        .await?
        .into_iter()
        .filter(|(user, roles)| {
            !concerned.contains(&user.id)
                && is_competent(&roles.iter().map(|row| row.role).collect::<Vec<_>>())
        })
        .map(|(user, _)| StaffRef {
            id: user.id,
            full_name: user.full_name,
            position: user.position,
        })
        .collect())
}

fn message_view(
    state: &AppState,
    staff: &HashMap<Uuid, StaffRef>,
    message: appeal_message::Model,
) -> Result<CaseMessage, ApiError> {
    let text = open_text(
        &state.secrets,
        message.id,
        field::MESSAGE,
        &message.key_id,
        &message.sealed_content,
    )?;
    Ok(CaseMessage {
        id: message.id,
        kind: message.kind,
        written_on: message.written_on,
        written_at: message.written_at,
        author: message.author_id.and_then(|id| staff.get(&id).cloned()),
        text,
        approved_at: message.approved_at,
        approved_by: message.approved_by.and_then(|id| staff.get(&id).cloned()),
    })
}

fn measure_view(staff: &HashMap<Uuid, StaffRef>, measure: measure::Model) -> CaseMeasure {
    CaseMeasure {
        id: measure.id,
        taken_on: measure.taken_on,
        taken_by: measure.taken_by,
        summary: measure.summary,
        recorded_by: staff.get(&measure.recorded_by).cloned(),
        recorded_at: measure.recorded_at,
    }
}

/// A body as the API shows it.
pub fn body_view(body: &referral_body::Model) -> ReferralBody {
    ReferralBody {
        id: body.id,
        code: body.code.clone(),
        name_ky: body.name_ky.clone(),
        name_ru: body.name_ru.clone(),
        name_en: body.name_en.clone(),
        district_office: body.district_office,
    }
}

fn referral_view(
    state: &AppState,
    staff: &HashMap<Uuid, StaffRef>,
    bodies: &HashMap<Uuid, referral_body::Model>,
    referral: referral::Model,
) -> Result<CaseReferral, ApiError> {
    let body = bodies
        .get(&referral.body_id)
        .map(body_view)
        .ok_or_else(|| ApiError::Unexpected(anyhow::anyhow!("a referral's body is missing")))?;
    let reply = match (&referral.key_id, &referral.sealed_reply) {
        (Some(key_id), Some(sealed)) => Some(open_text(
            &state.secrets,
            referral.id,
            REFERRAL_REPLY,
            key_id,
            sealed,
        )?),
        _ => None,
    };
    Ok(CaseReferral {
        id: referral.id,
        body,
        referred_on: referral.referred_on,
        method: ReferralMethod::parse(&referral.method).unwrap_or(ReferralMethod::Letter),
        referred_by: staff.get(&referral.referred_by).cloned(),
        body_reference: referral.body_reference,
        reply_received_on: referral.reply_received_on,
        reply,
    })
}

/// The director assigns the competent official; a reassignment is a new journal entry.
pub async fn assign(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
    input: AssignCase,
) -> Result<CaseSummary, ApiError> {
    let case = begin(state, caller, id).await?;
    if !case.access.directing {
        return Err(not_directing());
    }
    require_open(&case.appeal)?;
    let official = staff_user::Entity::find_by_id(input.official_id)
        .one(&case.txn)
        .await?
        .filter(|user| user.active);
    let eligible = official.as_ref().is_some_and(|user| {
        user.school_id == Some(case.school.id)
            || (case.appeal.routed_to_district
                && user.school_id.is_none()
                && user.district_id == Some(case.school.district_id))
    });
    let Some(official) = official.filter(|_| eligible) else {
        return Err(ApiError::rejected(
            ProblemCode::AssigneeNotInSchool,
            "the official must be an active staff member of the appeal's school",
        ));
    };
    if !is_competent(&crate::staff::store::roles_of(&case.txn, official.id).await?) {
        return Err(ApiError::rejected(
            ProblemCode::AssigneeNotCompetent,
            "only a competent official (an official, the director, a deputy, the social \
             pedagogue or a district officer) can handle an appeal",
        ));
    }
    if store::concerned_staff(&case.txn, case.appeal.id)
        .await?
        .contains(&official.id)
    {
        return Err(ApiError::rejected(
            ProblemCode::AssigneeConcerned,
            "the appeal concerns this person: they can neither handle nor see it",
        ));
    }
    if case.appeal.assigned_to_id == Some(official.id) {
        return Err(ApiError::rejected(
            ProblemCode::AlreadyAssigned,
            "the appeal is already assigned to this official",
        ));
    }
    let (appeal, step) = lifecycle::assign(
        &case.txn,
        case.appeal.clone(),
        Official {
            id: official.id,
            position: official.position.clone(),
            full_name: official.full_name.clone(),
        },
    )
    .await?;
    journal::append(
        &case.txn,
        case.school.id,
        vec![entry(&case.appeal, caller, step)],
    )
    .await?;
    audit::record(
        &case.txn,
        AuditEvent {
            chain: caller.audit_chain(),
            actor: caller.actor(),
            action: AuditAction::AppealAssigned,
            subject: Some(AuditSubject::Appeal(case.appeal.id)),
            details: json!({"official": official.id}),
        },
    )
    .await?;
    let summary = summary_of(&case.txn, caller, &appeal, &case.school).await?;
    case.txn.commit().await?;
    Ok(summary)
}

/// Records that the appeal concerns a staff member: they lose sight of it, lose it if it was
/// assigned to them, and an appeal about the director goes up to the district office. The
/// working group may record it during the opening, before anyone else reads the appeal.
pub async fn mark_concerned(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
    input: MarkConcerned,
) -> Result<(), ApiError> {
    let txn = state.db.begin().await?;
    let (appeal, school) = locked_appeal(&txn, caller, id).await?;
    let concerned = store::concerned_staff(&txn, appeal.id).await?;
    let allowed = if appeal.status == AppealStatus::Retrieved {
        member_of_open_opening(&txn, caller, &appeal).await?
    } else if is_case(appeal.status) {
        case_access(
            caller,
            &appeal,
            &school,
            concerned.contains(&caller.user_id),
        )
        .handling
    } else if appeal.status == AppealStatus::Sealed {
        return Err(appeal_sealed());
    } else {
        false
    };
    if !allowed {
        return Err(not_handling());
    }
    require_open(&appeal)?;
    let staff = staff_user::Entity::find_by_id(input.staff_id)
        .one(&txn)
        .await?
        .filter(|user| user.school_id == Some(school.id));
    let Some(staff) = staff else {
        return Err(ApiError::rejected(
            ProblemCode::StaffNotInSchool,
            "no staff member of this school has this id",
        ));
    };
    let recorded = store::insert_concern(
        &txn,
        appeal_concern::Model {
            appeal_id: appeal.id,
            staff_id: staff.id,
            recorded_by: caller.user_id,
            recorded_at: Utc::now(),
        },
    )
    .await?;
    if !recorded {
        txn.commit().await?;
        return Ok(());
    }
    let is_director = staff_role::Entity::find()
        .filter(staff_role::Column::UserId.eq(staff.id))
        .filter(staff_role::Column::Role.eq(Role::Director))
        .one(&txn)
        .await?
        .is_some();
    let route_up = is_director && !appeal.routed_to_district;
    let unassign = appeal.assigned_to_id == Some(staff.id);
    if let Some(step) = lifecycle::release(&txn, &appeal, route_up, unassign).await? {
        journal::append(&txn, school.id, vec![entry(&appeal, caller, step)]).await?;
    }
    audit::record(
        &txn,
        AuditEvent {
            chain: caller.audit_chain(),
            actor: caller.actor(),
            action: AuditAction::AppealConcernRecorded,
            subject: Some(AuditSubject::Appeal(appeal.id)),
            details: json!({"routed_to_district": route_up}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

async fn member_of_open_opening(
    txn: &DatabaseTransaction,
    caller: &Caller,
    appeal: &appeal::Model,
) -> Result<bool, ApiError> {
    let Some(opening_id) = appeal.box_opening_id else {
        return Ok(false);
    };
    let Some(opening) = find_opening(txn, opening_id).await? else {
        return Ok(false);
    };
    Ok(opening.status == OpeningStatus::Open
        && box_opening_member::Entity::find_by_id((opening.id, caller.user_id))
            .one(txn)
            .await?
            .is_some())
}

/// A measure taken, recorded in the journal.
pub async fn add_measure(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
    input: NewMeasure,
) -> Result<CaseMeasure, ApiError> {
    let case = begin_handling(state, caller, id).await?;
    not_after_today(input.taken_on, &case.school)?;
    let model = measure::Model {
        id: Uuid::new_v4(),
        appeal_id: case.appeal.id,
        taken_on: input.taken_on,
        taken_by: input.taken_by.trim().to_owned(),
        summary: input.summary.trim().to_owned(),
        recorded_by: caller.user_id,
        recorded_at: Utc::now(),
    };
    store::insert_measure(&case.txn, model.clone()).await?;
    journal::append(
        &case.txn,
        case.school.id,
        vec![entry(
            &case.appeal,
            caller,
            CaseStep::MeasureTaken {
                measure_id: model.id,
                taken_on: model.taken_on,
                taken_by: model.taken_by.clone(),
                summary: model.summary.clone(),
            },
        )],
    )
    .await?;
    let staff = store::staff_refs(&case.txn, [caller.user_id]).await?;
    case.txn.commit().await?;
    Ok(measure_view(&staff, model))
}

async fn insert_staff_message(
    state: &AppState,
    txn: &DatabaseTransaction,
    caller: &Caller,
    appeal: &appeal::Model,
    school: &school::Model,
    kind: MessageKind,
    text: &str,
) -> Result<appeal_message::Model, ApiError> {
    let id = Uuid::new_v4();
    let sealed = seal(&state.secrets, id, field::MESSAGE, text.as_bytes())?;
    let message = appeal_message::Model {
        id,
        appeal_id: appeal.id,
        kind,
        written_on: today_in(&school.time_zone),
        written_at: Some(Utc::now()),
        author_id: Some(caller.user_id),
        sealed: false,
        approved_at: None,
        approved_by: None,
        position: 0,
        key_id: sealed.key_id,
        sealed_content: sealed.bytes,
    };
    Ok(insert_message(txn, message).await?)
}

/// An internal note: its kind keeps it from the writer.
pub async fn add_note(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
    input: NewNote,
) -> Result<CaseMessage, ApiError> {
    let case = begin_handling(state, caller, id).await?;
    let message = insert_staff_message(
        state,
        &case.txn,
        caller,
        &case.appeal,
        &case.school,
        MessageKind::InternalNote,
        input.text.trim(),
    )
    .await?;
    let staff = store::staff_refs(&case.txn, [caller.user_id]).await?;
    case.txn.commit().await?;
    message_view(state, &staff, message)
}

/// Refers the appeal to a competent body (clause 3.4).
pub async fn refer(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
    input: NewReferral,
) -> Result<CaseReferral, ApiError> {
    let Some(body_id) = input.body_id else {
        return Err(ApiError::rejected(
            ProblemCode::ReferralBodyRequired,
            "choose the body the appeal is referred to",
        ));
    };
    let case = begin_handling(state, caller, id).await?;
    not_after_today(input.referred_on, &case.school)?;
    let body = store::find_body(&case.txn, body_id)
        .await?
        .filter(|body| body.school_id.is_none() || body.school_id == Some(case.school.id))
        .ok_or_else(|| {
            ApiError::rejected(
                ProblemCode::UnknownReferralBody,
                "no body of the school's catalogue has this id",
            )
        })?;
    let model = referral::Model {
        id: Uuid::new_v4(),
        appeal_id: case.appeal.id,
        school_id: case.school.id,
        body_id: body.id,
        referred_on: input.referred_on,
        method: input.method.as_str().to_owned(),
        referred_by: caller.user_id,
        body_reference: input
            .body_reference
            .map(|reference| reference.trim().to_owned())
            .filter(|reference| !reference.is_empty()),
        reply_received_on: None,
        key_id: None,
        sealed_reply: None,
        recorded_at: Utc::now(),
    };
    store::insert_referral(&case.txn, model.clone()).await?;
    if body.district_office && !case.appeal.referred_to_district {
        lifecycle::note_referred_to_district(&case.txn, &case.appeal).await?;
        crate::webhooks::enqueue(
            &case.txn,
            case.school.district_id,
            crate::webhooks::Event::ReferredToDistrict {
                school: case.school.slug.clone(),
                case_id: case.appeal.id,
                registration_number: case.appeal.registration_number.clone(),
                referred_on: model.referred_on,
            },
        )
        .await?;
    }
    journal::append(
        &case.txn,
        case.school.id,
        vec![entry(
            &case.appeal,
            caller,
            CaseStep::Referred {
                referral_id: model.id,
                body: body.code.clone().unwrap_or_else(|| body.name_en.clone()),
                referred_on: model.referred_on,
                method: model.method.clone(),
                body_reference: model.body_reference.clone(),
            },
        )],
    )
    .await?;
    let staff = store::staff_refs(&case.txn, [caller.user_id]).await?;
    let bodies = HashMap::from([(body.id, body)]);
    case.txn.commit().await?;
    referral_view(state, &staff, &bodies, model)
}

/// Records the body's reply to a referral.
pub async fn record_reply(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
    referral_id: Uuid,
    input: ReferralReply,
) -> Result<CaseReferral, ApiError> {
    let case = begin_handling(state, caller, id).await?;
    not_after_today(input.received_on, &case.school)?;
    let referral = store::find_referral(&case.txn, referral_id)
        .await?
        .filter(|referral| referral.appeal_id == case.appeal.id)
        .ok_or(ApiError::NotFound)?;
    if referral.reply_received_on.is_some() {
        return Err(ApiError::rejected(
            ProblemCode::ReferralReplyRecorded,
            "the body's reply to this referral is already recorded",
        ));
    }
    let sealed = seal(
        &state.secrets,
        referral.id,
        REFERRAL_REPLY,
        input.summary.trim().as_bytes(),
    )?;
    let reference = input
        .body_reference
        .map(|reference| reference.trim().to_owned())
        .filter(|reference| !reference.is_empty());
    store::record_referral_reply(
        &case.txn,
        referral.id,
        input.received_on,
        reference.clone(),
        sealed.key_id.clone(),
        sealed.bytes.clone(),
    )
    .await?;
    journal::append(
        &case.txn,
        case.school.id,
        vec![entry(
            &case.appeal,
            caller,
            CaseStep::ReplyReceived {
                referral_id: referral.id,
                received_on: input.received_on,
                body_reference: reference.clone().or(referral.body_reference.clone()),
            },
        )],
    )
    .await?;
    let staff = store::staff_refs(&case.txn, [referral.referred_by]).await?;
    let bodies: HashMap<Uuid, referral_body::Model> = store::find_body(&case.txn, referral.body_id)
        .await?
        .map(|body| (body.id, body))
        .into_iter()
        .collect();
    case.txn.commit().await?;
    referral_view(
        state,
        &staff,
        &bodies,
        referral::Model {
            reply_received_on: Some(input.received_on),
            body_reference: reference.or(referral.body_reference.clone()),
            key_id: Some(sealed.key_id),
            sealed_reply: Some(sealed.bytes),
            ..referral
        },
    )
}

/// The official drafts the answer; the director may answer and approve at once.
pub async fn add_answer(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
    input: NewAnswer,
) -> Result<CaseMessage, ApiError> {
    let case = begin(state, caller, id).await?;
    if !case.access.handling {
        return Err(not_handling());
    }
    if input.approve && !case.access.directing {
        return Err(approval_requires_director());
    }
    require_open(&case.appeal)?;
    let message = insert_staff_message(
        state,
        &case.txn,
        caller,
        &case.appeal,
        &case.school,
        MessageKind::Answer,
        input.text.trim(),
    )
    .await?;
    let message = if input.approve {
        approve_in(&case, caller, message).await?
    } else {
        message
    };
    let staff = store::staff_refs(&case.txn, [caller.user_id]).await?;
    case.txn.commit().await?;
    if message.approved_at.is_some() {
        notify_writer_of_answer(state, &case.school, &case.appeal);
    }
    message_view(state, &staff, message)
}

/// How the kept reason for closing an urgent appeal without a referral begins, in the
/// school's language.
fn approval_requires_director() -> ApiError {
    ApiError::rejected(
        ProblemCode::ApprovalRequiresDirector,
        "an answer reaches the writer only once the director approves it",
    )
}

/// The director approves a drafted answer: the writer sees it through the receipt, and a
/// signed writer who gave an e-mail address is told so.
pub async fn approve_answer(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
    answer_id: Uuid,
) -> Result<CaseMessage, ApiError> {
    let case = begin(state, caller, id).await?;
    if !case.access.directing {
        return Err(approval_requires_director());
    }
    require_open(&case.appeal)?;
    let message = appeal_message::Entity::find_by_id(answer_id)
        .one(&case.txn)
        .await?
        .filter(|message| {
            message.appeal_id == case.appeal.id && message.kind == MessageKind::Answer
        })
        .ok_or(ApiError::NotFound)?;
    if message.approved_at.is_some() {
        return Err(ApiError::rejected(
            ProblemCode::AnswerAlreadyApproved,
            "this answer is already approved",
        ));
    }
    let message = approve_in(&case, caller, message).await?;
    let people: Vec<Uuid> = message
        .author_id
        .into_iter()
        .chain([caller.user_id])
        .collect();
    let staff = store::staff_refs(&case.txn, people).await?;
    case.txn.commit().await?;
    notify_writer_of_answer(state, &case.school, &case.appeal);
    message_view(state, &staff, message)
}

async fn approve_in(
    case: &OpenCase,
    caller: &Caller,
    message: appeal_message::Model,
) -> Result<appeal_message::Model, ApiError> {
    let approved_at = Utc::now();
    appeal_message::Entity::update_many()
        .filter(appeal_message::Column::Id.eq(message.id))
        .col_expr(
            appeal_message::Column::ApprovedAt,
            sea_orm::sea_query::Expr::value(approved_at),
        )
        .col_expr(
            appeal_message::Column::ApprovedBy,
            sea_orm::sea_query::Expr::value(caller.user_id),
        )
        .exec(&case.txn)
        .await?;
    let step = lifecycle::answer(
        &case.txn,
        &case.appeal,
        message.id,
        today_in(&case.school.time_zone),
        caller.named(),
    )
    .await?;
    journal::append(
        &case.txn,
        case.school.id,
        vec![entry(&case.appeal, caller, step)],
    )
    .await?;
    Ok(appeal_message::Model {
        approved_at: Some(approved_at),
        approved_by: Some(caller.user_id),
        ..message
    })
}

/// Closes a case with its outcome. An urgent appeal closes only once it was referred, or
/// with the reason why no referral was needed.
pub async fn close(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
    input: CloseCase,
) -> Result<CaseSummary, ApiError> {
    let case = begin_handling(state, caller, id).await?;
    let referred = !store::referrals_of(&case.txn, case.appeal.id)
        .await?
        .is_empty();
    let reason = input
        .no_referral_reason
        .as_deref()
        .map(str::trim)
        .filter(|reason| !reason.is_empty());
    if case.appeal.urgent && !referred && reason.is_none() {
        return Err(ApiError::rejected(
            ProblemCode::ReferralRequired,
            "an urgent appeal is closed only after a referral, or with the reason none was needed",
        ));
    }
    if let Some(reason) = reason.filter(|_| !referred) {
        insert_staff_message(
            state,
            &case.txn,
            caller,
            &case.appeal,
            &case.school,
            MessageKind::InternalNote,
            &format!(
                "{} {reason}",
                crate::texts::no_referral_prefix(&case.school.default_language)
            ),
        )
        .await?;
    }
    let today = today_in(&case.school.time_zone);
    let (appeal, step) = lifecycle::close(
        &case.txn,
        case.appeal.clone(),
        input.outcome.as_str(),
        today,
        reason.is_some() && !referred,
    )
    .await?;
    journal::append(
        &case.txn,
        case.school.id,
        vec![entry(&case.appeal, caller, step)],
    )
    .await?;
    let summary = summary_of(&case.txn, caller, &appeal, &case.school).await?;
    case.txn.commit().await?;
    Ok(summary)
}
