use actix_web::{get, web, HttpResponse};

use crate::plain::school::{school_not_found, DropForm, PublicSchool};
use crate::plain::{chosen_language, client_index, with_school_preloads, LangQuery};
use crate::state::AppState;

/// The school's page with the form to drop an appeal.
/// Compressed as the browser asks: the page carries no secret a compression could betray.
#[get("/s/{slug}", wrap = "actix_web::middleware::Compress::default()")]
pub async fn school_page(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    query: web::Query<LangQuery>,
) -> HttpResponse {
    let client = client_index(&state.settings.web_dir);
    match PublicSchool::load(&state, &slug).await {
        Ok(school) => {
            let lang = chosen_language(&query, Some(&school.school.default_language));
            let client =
                with_school_preloads(client, &state.settings.web_dir, &school.school.slug, lang);
            school.form_page(lang, &DropForm::default(), None, &client)
        }
        Err(error) => school_not_found(chosen_language(&query, None), &error, &client),
    }
}
