//! Ishenim: a digital trust box for schools.

pub mod appeals;
pub mod audit;
pub mod auth;
pub mod box_openings;
pub mod calendar;
pub mod cases;
pub mod chain;
pub mod cli;
pub mod configuration;
pub mod database;
pub mod error;
pub mod health;
pub mod http;
pub mod journal;
pub mod mail;
pub mod openapi;
pub mod operations;
pub mod schools;
pub mod screening;
pub mod sealing;
pub mod secrets;
pub mod staff;
pub mod startup;
pub mod state;
pub mod telemetry;
