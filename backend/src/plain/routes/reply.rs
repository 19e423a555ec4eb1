use actix_web::{post, web, HttpRequest, HttpResponse};

use crate::appeals::intake;
use crate::http::rate_limit::{within_limit, Bucket};
use crate::plain::form::PlainForm;
use crate::plain::track::{check_page, tracked_page, ReplyForm};
use crate::plain::{chosen_language, from_these_pages, LangQuery};
use crate::state::AppState;

/// The writer's message to the school through the receipt.
#[post("/check/reply")]
pub async fn reply_to_school(
    state: web::Data<AppState>,
    request: HttpRequest,
    query: web::Query<LangQuery>,
    form: PlainForm<ReplyForm>,
) -> HttpResponse {
    let PlainForm(form) = form;
    let lang = chosen_language(&query, None);
    let allowed = async {
        from_these_pages(&request)?;
        within_limit(&state, &request, Bucket::Receipt).await
    };
    if let Err(error) = allowed.await {
        return check_page(lang, "", Some(&error), "");
    }
    let sent = intake::reply(&state, &form.receipt, &form.text, &[]).await;
    match intake::track(&state, &form.receipt).await {
        Ok(tracked) => match sent {
            Ok(accepted) => tracked_page(
                lang,
                form.receipt.trim(),
                &tracked,
                Some(accepted.written_on),
                None,
            ),
            Err(error) => tracked_page(lang, form.receipt.trim(), &tracked, None, Some(&error)),
        },
        Err(error) => check_page(lang, "", Some(&error), ""),
    }
}
