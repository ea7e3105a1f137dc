//! margin: a terminal reader for close reading and fact checking of a news corpus.
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

pub mod annotations;
pub mod app;
pub mod cli;
pub mod config;
pub mod corpus;
pub mod entities;
pub mod export;
#[cfg(feature = "tui")]
pub mod term;
pub mod text;
#[cfg(feature = "tui")]
pub mod ui;
