//! Black-box tests of the API: each test gets its own server and its own database
//! (SQLite by default; PostgreSQL with `ISHENIM_TEST_DATABASE=postgres`).

// A failing test should panic with a message: that is what unwrap and expect are for here.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod administration;
mod alerts;
mod appeals;
mod audit;
mod auth;
mod authorization;
mod authorization_matrix;
mod backup;
mod box_keys;
mod box_openings;
mod cases;
mod connections;
mod danger;
mod districts;
mod drop_order;
mod errors;
mod files;
mod group_commit;
mod health;
mod helpers;
mod journal;
mod key_rotation;
mod logs;
mod migrations;
mod names;
mod openapi;
mod plain_pages;
mod replicas;
mod reports;
mod sealed_at_rest;
mod smtp;
mod time_of_day;
mod two_factor;
mod web_client;
mod webhook_delivery;
