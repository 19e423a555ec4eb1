//! The public side without JavaScript: the school page's form, the receipt, the check and
//! the writer's reply as HTML the server renders.

use entity::appeal;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::helpers::{spawn_app, spawn_app_with};

fn receipt_in(page: &str) -> String {
    let start = page.find("id=\"receipt\">").expect("a receipt") + "id=\"receipt\">".len();
    page[start..start + 19].to_owned()
}

#[tokio::test]
async fn a_child_without_javascript_drops_an_appeal_checks_it_and_writes_again() {
    let app = spawn_app().await;
    let school = app.create_school("school-a").await;
    let page = app
        .client
        .get(format!("{}/s/school-a", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    let page = page.text().await.unwrap();
    assert!(page.contains("School school-a"));
    assert!(page.contains("<textarea id=\"text\" name=\"text\""));
    assert!(page.contains("href=\"tel:111\""), "help on the page");
    assert!(page.contains("lang=\"ky\""), "the school's language");
    let key = {
        let start = page.find("name=\"key\" value=\"").unwrap() + "name=\"key\" value=\"".len();
        page[start..start + 36].to_owned()
    };

    let form = [
        ("key", key.as_str()),
        ("text", "В классе холодно, батареи не греют уже неделю."),
        ("mode", "anonymous"),
        ("in_danger", "no"),
    ];
    let dropped = app
        .client
        .post(format!("{}/s/school-a?lang=ru", app.address))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(dropped.status(), 200);
    assert_eq!(dropped.headers()["cache-control"], "no-store");
    let dropped = dropped.text().await.unwrap();
    assert!(dropped.contains("lang=\"ru\""));
    let receipt = receipt_in(&dropped);
    assert!(receipt.chars().all(|c| c.is_ascii_digit() || c == '-'));
    // Pressing "send" twice gives the same receipt and one appeal.
    let again = app
        .client
        .post(format!("{}/s/school-a?lang=ru", app.address))
        .form(&form)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(receipt_in(&again), receipt);
    let stored = appeal::Entity::find()
        .filter(appeal::Column::SchoolId.eq(school.id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(stored, 1);

    let checked = app
        .client
        .post(format!("{}/check?lang=en", app.address))
        .form(&[("receipt", receipt.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(checked.status(), 200);
    let checked = checked.text().await.unwrap();
    assert!(checked.contains("In the box"), "{checked}");
    assert!(checked.contains("id=\"reply-form\""));

    let replied = app
        .client
        .post(format!("{}/check/reply?lang=en", app.address))
        .form(&[
            ("receipt", receipt.as_str()),
            ("text", "И в спортзале тоже."),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(replied.status(), 200);
    let replied = replied.text().await.unwrap();
    assert!(replied.contains("role=\"status\""), "{replied}");
    assert!(
        !replied.contains("И в спортзале тоже."),
        "the writer's words are not shown back"
    );
}

#[tokio::test]
async fn another_site_cannot_post_the_forms_from_a_visitors_browser() {
    let app = spawn_app().await;
    app.create_school("school-a").await;
    let form = [("text", "Спам с чужого сайта."), ("mode", "anonymous")];
    let cross_site = app
        .client
        .post(format!("{}/s/school-a?lang=en", app.address))
        .header("sec-fetch-site", "cross-site")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), 403);
    let other_origin = app
        .client
        .post(format!("{}/check?lang=en", app.address))
        .header("origin", "https://elsewhere.example")
        .form(&[("receipt", "0000-0000-0000-0001")])
        .send()
        .await
        .unwrap();
    assert_eq!(other_origin.status(), 403);
    assert!(other_origin
        .text()
        .await
        .unwrap()
        .contains("You are not allowed to do this."));
    assert_eq!(appeal::Entity::find().count(&app.db).await.unwrap(), 0);
    // From the page itself it goes in.
    let own = app
        .client
        .post(format!("{}/s/school-a?lang=en", app.address))
        .header("sec-fetch-site", "same-origin")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(own.status(), 200);
}

#[tokio::test]
async fn a_refused_drop_keeps_what_was_typed_and_says_why_in_the_page_language() {
    let app = spawn_app().await;
    app.create_school("school-a").await;
    let refused = app
        .client
        .post(format!("{}/s/school-a?lang=en", app.address))
        .form(&[("text", "   "), ("mode", "signed"), ("name", "Айгүл")])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 422);
    let refused = refused.text().await.unwrap();
    assert!(
        refused.contains("Write your appeal: the text is empty."),
        "{refused}"
    );
    assert!(refused.contains("value=\"Айгүл\""), "what was typed stays");
    assert_eq!(
        appeal::Entity::find().count(&app.db).await.unwrap(),
        0,
        "nothing stored"
    );

    let unknown = app
        .client
        .get(format!("{}/s/no-such-school?lang=en", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404);
    assert!(unknown
        .text()
        .await
        .unwrap()
        .contains("There is no school at this address."));

    let wrong = app
        .client
        .post(format!("{}/check?lang=en", app.address))
        .form(&[("receipt", "0000-0000-0000-0001")])
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 404);
    assert!(wrong
        .text()
        .await
        .unwrap()
        .contains("No appeal has this receipt."));
}

#[tokio::test]
async fn with_the_web_client_built_the_form_is_there_only_for_browsers_without_scripts() {
    let web_dir = std::env::temp_dir().join(format!("ishenim-web-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&web_dir).unwrap();
    std::fs::write(
        web_dir.join("index.html"),
        "<!doctype html><html><head><title>Ишеним</title>\
         <script type=\"module\" crossorigin src=\"/assets/index-1a2b.js\"></script>\
         </head><body><div id=\"root\"><p>Loading…</p></div></body></html>",
    )
    .unwrap();
    std::fs::create_dir_all(web_dir.join("assets")).unwrap();
    for chunk in [
        "catalogues-public-ky-Ab12.js",
        "catalogues-public-ru-Cd34.js",
    ] {
        std::fs::write(web_dir.join("assets").join(chunk), "export default {};").unwrap();
    }
    let app = spawn_app_with(|settings| settings.web_dir = web_dir.clone()).await;
    app.create_school("school-a").await;
    let page = app
        .client
        .get(format!("{}/s/school-a", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    // The client's page, whole, with the form in <noscript>.
    assert!(page.contains("src=\"/assets/index-1a2b.js\""));
    assert!(page.contains("<div id=\"root\"><p>Loading…</p></div>"));
    let hidden = page
        .find("<body><noscript>")
        .expect("the form for browsers without scripts");
    let form = page.find("id=\"appeal-form\"").unwrap();
    let end = page.find("</noscript><div id=\"root\">").unwrap();
    assert!(hidden < form && form < end);
    assert!(page.contains("<noscript><style>#root,.noscript{display:none}"));
    // Before any script runs, a slow line already shows whose box it is.
    assert!(page.contains("<title>School school-a — Ишеним</title>"));
    // …and fetches what the client asks for first together with the scripts: the school's
    // profile and the words of the page's language (the school's, Kyrgyz here).
    let head = &page[..page.find("</head>").unwrap()];
    assert!(head.contains(
        r#"<link rel="preload" href="/api/v1/schools/school-a/public" as="fetch" crossorigin="anonymous">"#
    ));
    assert!(
        head.contains(r#"<link rel="modulepreload" href="/assets/catalogues-public-ky-Ab12.js">"#)
    );
    assert!(!head.contains("catalogues-public-ru"));
    // Other pages of the client are still its index.html.
    let staff = app
        .client
        .get(format!("{}/staff", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(staff.status(), 200);
    assert!(!staff.text().await.unwrap().contains("appeal-form"));
    std::fs::remove_dir_all(web_dir).ok();
}

#[tokio::test]
async fn a_form_body_that_trickles_in_is_cut_off() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = spawn_app_with(|settings| settings.body_timeout_seconds = 1).await;
    app.create_school("school-a").await;
    let mut slow = tokio::net::TcpStream::connect(("127.0.0.1", app.port))
        .await
        .unwrap();
    slow.write_all(
        b"POST /s/school-a HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 200\r\n\r\ntext=",
    )
    .await
    .unwrap();
    let mut answer = vec![0u8; 4096];
    let read = tokio::time::timeout(std::time::Duration::from_secs(10), slow.read(&mut answer))
        .await
        .expect("the server answers a slow body instead of waiting for ever")
        .unwrap();
    let answer = String::from_utf8_lossy(&answer[..read]);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert_eq!(appeal::Entity::find().count(&app.db).await.unwrap(), 0);
}
