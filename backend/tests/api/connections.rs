//! The connections one client address may hold open at once: beyond the bound a new one is
//! shut before it is read, and every other address is served as before.

use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::helpers::spawn_app_with;

const HELD: usize = 20;

/// Waits (a generous while) until `done` holds.
async fn until(what: &str, mut done: impl FnMut() -> bool) {
    for _ in 0..300 {
        if done() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{what} did not happen within 30 seconds");
}

/// A drop whose headers arrive and whose body never finishes.
async fn slow_drop(port: u16) -> TcpStream {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    stream
        .write_all(
            b"POST /api/v1/appeals HTTP/1.1\r\nHost: 127.0.0.1\r\n\
              Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"school\":",
        )
        .await
        .unwrap();
    stream
}

#[tokio::test]
async fn an_address_holding_its_share_of_connections_keeps_no_one_else_from_dropping() {
    let app = spawn_app_with(|settings| settings.max_connections_per_address = HELD).await;
    let school = app.create_school("school-c").await;
    let limit = app.state.connection_limit.clone();

    let mut held = Vec::new();
    for _ in 0..HELD {
        held.push(slow_drop(app.port).await);
    }
    until("the slow connections being admitted", || {
        limit.open_connections() == HELD
    })
    .await;

    // One more from the same address is shut before anything is read.
    let mut refused = slow_drop(app.port).await;
    let mut buffer = [0u8; 64];
    let read = tokio::time::timeout(Duration::from_secs(10), refused.read(&mut buffer))
        .await
        .expect("the connection beyond the bound is closed at once");
    assert!(
        matches!(read, Ok(0) | Err(_)),
        "nothing is answered on it: {read:?}"
    );
    assert_eq!(limit.refused(), 1);
    assert_eq!(limit.open_connections(), HELD);

    // Another address drops as usual.
    let neighbour = app.client_from(IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2)));
    let dropped = tokio::time::timeout(
        Duration::from_secs(30),
        neighbour
            .post(app.url("/appeals"))
            .json(&json!({
                "school": school.slug,
                "text": "The canteen serves cold soup every day. Please ask them to heat it.",
                "anonymous": true,
            }))
            .send(),
    )
    .await
    .expect("the drop from another address answers")
    .unwrap();
    assert_eq!(dropped.status(), 201);

    // The slow connections closed, the address is served again (the neighbour's connection
    // may still be kept alive).
    drop(held);
    until("the places being given back", || {
        limit.open_connections() <= 1
    })
    .await;
    let health = app.client.get(app.url("/health")).send().await.unwrap();
    assert_eq!(health.status(), 200);
    assert_eq!(limit.refused(), 1);
}
