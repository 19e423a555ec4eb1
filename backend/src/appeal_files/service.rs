//! Taking a writer's file: the body read within its size and time, the type decided from the
//! bytes, the file cleaned and sealed — to the box key like the appeal it will go with, or
//! under the data key for a reply on a case already out of the box — before anything is
//! stored. A drop or reply then names the files it carries.

use std::sync::Arc;
use std::time::Duration;

use actix_web::http::header;
use actix_web::web::{BytesMut, Payload};
use actix_web::HttpRequest;
use entity::appeal_file;
use sea_orm::ConnectionTrait;
use uuid::Uuid;
use zeroize::Zeroizing;

use super::clean::{self, FileKind, Refusal};
use super::store;
use super::views::UploadedFile;
use crate::appeals::intake::field;
use crate::box_keys::service::{seal_at_the_door, AtTheDoor};
use crate::calendar::today_in;
use crate::error::{ApiError, ProblemCode};
use crate::http::json::{body_timeout, read_body, BodyError};
use crate::sealing;
use crate::secrets::Secrets;
use crate::state::AppState;

/// The most files one appeal or reply carries.
pub const MAX_FILES: usize = 5;

/// The slowest a file may arrive, in bytes a second (128 kbit/s): a 10 MB photo has about
/// eleven minutes on top of the usual time for a body.
const SLOWEST_BYTES_PER_SECOND: u64 = 16 * 1024;

/// What a file is sealed to when taken.
#[derive(Debug, Clone)]
pub enum SealedFor {
    /// A new appeal, or a reply on one still in the box: what the door seals to.
    Door(AtTheDoor),
    /// A reply on a case out of the box: the data key, as the case's messages.
    Case,
}

fn too_large(limit: usize) -> ApiError {
    ApiError::rejected(
        ProblemCode::FileTooLarge,
        format!("a file may have at most {limit} bytes"),
    )
}

/// Reads a file's body: at most `limit` bytes, arriving no slower than a slow mobile line.
pub async fn read_upload(
    request: &HttpRequest,
    payload: Payload,
    limit: usize,
) -> Result<BytesMut, ApiError> {
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<usize>().ok());
    if declared.is_some_and(|length| length > limit) {
        return Err(too_large(limit));
    }
    let expected = declared.unwrap_or(limit);
    let allowed =
        body_timeout(request) + Duration::from_secs(expected as u64 / SLOWEST_BYTES_PER_SECOND);
    let body = read_body(payload.into_inner(), limit, allowed)
        .await
        .map_err(|error| match error {
            BodyError::TooLarge(limit) => too_large(limit),
            other => other.into_api_error(|| {
                ApiError::rejected(ProblemCode::BadRequest, "the file could not be read")
            }),
        })?;
    if body.is_empty() {
        return Err(ApiError::rejected(
            ProblemCode::FileUnreadable,
            "the file is empty",
        ));
    }
    Ok(body)
}

fn refused(refusal: Refusal) -> ApiError {
    match refusal {
        Refusal::TypeNotAccepted => ApiError::rejected(
            ProblemCode::FileTypeNotAccepted,
            "only photos and screenshots (JPEG, PNG, WebP) and PDF documents are taken",
        ),
        Refusal::Unreadable => ApiError::rejected(
            ProblemCode::FileUnreadable,
            "the file does not open as the kind of file it is",
        ),
    }
}

/// Cleans and seals a file (on a blocking thread: decoding a photo is work), then stores it
/// for the school, sent with nothing yet.
pub async fn take(
    state: &AppState,
    school: &entity::school::Model,
    sealed_for: SealedFor,
    body: BytesMut,
) -> Result<UploadedFile, ApiError> {
    // Files waiting for their drop are bounded per school, so that a flood of uploads never
    // sent cannot fill the disk; they are forgotten after a day.
    let waiting = store::unsent_bytes(&state.db, school.id).await?;
    if waiting.saturating_add(body.len() as i64) > state.settings.file_unsent_bytes_per_school {
        return Err(ApiError::RateLimited {
            retry_after_seconds: 3600,
        });
    }
    let id = Uuid::new_v4();
    let secrets: Arc<Secrets> = state.secrets.clone();
    let (kind, byte_size, sealed) = tokio::task::spawn_blocking(move || {
        let cleaned = clean::clean(&body);
        drop(body);
        let cleaned = cleaned.map_err(refused)?;
        let bytes = Zeroizing::new(cleaned.bytes);
        let sealed = match &sealed_for {
            SealedFor::Door(door) => seal_at_the_door(&secrets, door, id, field::FILE, &bytes)?,
            SealedFor::Case => sealing::seal(&secrets, id, field::FILE, &bytes)?,
        };
        Ok::<_, ApiError>((cleaned.kind, bytes.len(), sealed))
    })
    .await
    .map_err(anyhow::Error::from)??;
    let byte_size = i64::try_from(byte_size).unwrap_or(i64::MAX);
    store::insert(
        &state.db,
        appeal_file::Model {
            id,
            school_id: school.id,
            appeal_id: None,
            message_id: None,
            position: 0,
            uploaded_on: today_in(&school.time_zone),
            media_type: kind.media_type().to_owned(),
            byte_size,
            key_id: sealed.key_id,
            sealed_content: sealed.bytes,
        },
    )
    .await?;
    Ok(UploadedFile {
        id,
        media_type: kind.media_type().to_owned(),
        byte_size,
    })
}

fn not_found() -> ApiError {
    ApiError::rejected(
        ProblemCode::FileNotFound,
        "a file named was not taken for this school, or was sent already or long ago: add it again",
    )
}

/// Checks the files a drop or reply names: at most [`MAX_FILES`], each once, each taken for
/// this school, sealed as the appeal will be, and not sent with anything yet — unless
/// `retry` (a drop with an Idempotency-Key may be a retry of one that took them).
pub async fn check_sendable<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
    to_box: bool,
    ids: &[Uuid],
    retry: bool,
) -> Result<(), ApiError> {
    if ids.len() > MAX_FILES {
        return Err(ApiError::rejected(
            ProblemCode::TooManyFiles,
            format!("at most {MAX_FILES} files go with one appeal or reply"),
        ));
    }
    let mut seen = std::collections::HashSet::new();
    if !ids.iter().all(|id| seen.insert(*id)) {
        return Err(ApiError::invalid_field(
            "files",
            "duplicate",
            "each file is named once",
        ));
    }
    let named = store::named(db, ids).await?;
    let fits = |id: &Uuid| {
        named.iter().any(|file| {
            file.id == *id
                && file.school_id == school_id
                && file.sealed_to_box == to_box
                && (!file.sent || retry)
        })
    };
    if ids.iter().all(fits) {
        Ok(())
    } else {
        Err(not_found())
    }
}

/// A drop or reply whose files were taken meanwhile.
pub fn taken_meanwhile() -> ApiError {
    not_found()
}

/// Whether a door seals to a box key.
pub fn door_seals_to_box(door: &AtTheDoor) -> bool {
    matches!(door, AtTheDoor::BoxKey { .. })
}

/// Takes a file for a new appeal to a school's box: sealed to what the door seals to.
pub async fn take_for_drop(
    state: &AppState,
    slug: &str,
    body: BytesMut,
) -> Result<UploadedFile, ApiError> {
    let cached = state
        .school_cache
        .get(&state.db, slug.trim())
        .await?
        .ok_or_else(|| {
            ApiError::rejected(ProblemCode::SchoolNotFound, "no school has this address")
        })?;
    if matches!(cached.door, AtTheDoor::Untrusted) {
        // Refused the same way the drop would be; nothing is stored.
        seal_at_the_door(&state.secrets, &cached.door, Uuid::nil(), field::FILE, b"")?;
    }
    take(
        state,
        &cached.school,
        SealedFor::Door(cached.door.clone()),
        body,
    )
    .await
}

/// Takes a file for the writer's reply through their receipt: sealed as the reply will be.
pub async fn take_for_reply(
    state: &AppState,
    receipt: &str,
    body: BytesMut,
) -> Result<UploadedFile, ApiError> {
    use crate::appeals::intake::{accepts_replies, appeal_by_receipt, is_sealed};
    let appeal = appeal_by_receipt(state, receipt).await?;
    if !accepts_replies(appeal.status) {
        return Err(ApiError::rejected(
            ProblemCode::AppealClosed,
            "this appeal is closed",
        ));
    }
    let school = crate::schools::store::find_school(&state.db, appeal.school_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let sealed_for = if is_sealed(appeal.status) {
        SealedFor::Door(crate::box_keys::service::at_the_door(&state.db, school.id).await?)
    } else {
        SealedFor::Case
    };
    take(state, &school, sealed_for, body).await
}

/// A file opened for one who may read it.
pub struct OpenedFile {
    pub kind: FileKind,
    pub bytes: Zeroizing<Vec<u8>>,
}

/// Opens one file of an appeal (its own or one of its messages'); the caller has checked who
/// may read it. A file of a writer's message still sealed in the box is not found.
pub async fn open_file<C: ConnectionTrait>(
    db: &C,
    secrets: &Secrets,
    appeal: &entity::appeal::Model,
    file_id: Uuid,
) -> Result<OpenedFile, ApiError> {
    let file = store::file_of_appeal(db, appeal.id, file_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    if file.key_id == crate::box_keys::service::BOX_KEY_ID {
        return Err(crate::appeals::intake::appeal_sealed());
    }
    let kind = FileKind::from_media_type(&file.media_type)
        .ok_or_else(|| anyhow::anyhow!("a stored file has an unknown type"))?;
    let bytes = sealing::open(
        secrets,
        file.id,
        field::FILE,
        &file.key_id,
        &file.sealed_content,
    )?;
    Ok(OpenedFile {
        kind,
        bytes: Zeroizing::new(bytes),
    })
}

impl OpenedFile {
    /// The file as staff download it: never shown in the page's own context (a download, in a
    /// sandbox, its type not guessed), never cached.
    pub fn into_response(self) -> actix_web::HttpResponse {
        let name = format!("appeal-file.{}", self.kind.extension());
        actix_web::HttpResponse::Ok()
            .content_type(self.kind.media_type())
            .insert_header((
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ))
            .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
            .insert_header((
                header::CONTENT_SECURITY_POLICY,
                "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
            ))
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .body(self.bytes.to_vec())
    }
}
