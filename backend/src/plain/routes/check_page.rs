use actix_web::{get, web, HttpResponse};

use crate::plain::track::check_page as page;
use crate::plain::{chosen_language, client_index, LangQuery};
use crate::state::AppState;

/// The check's form: the writer types the receipt.
/// Compressed as the browser asks: the page carries no secret a compression could betray.
#[get("/check", wrap = "actix_web::middleware::Compress::default()")]
pub async fn check_page(state: web::Data<AppState>, query: web::Query<LangQuery>) -> HttpResponse {
    let client = client_index(&state.settings.web_dir);
    page(chosen_language(&query, None), "", None, &client)
}
