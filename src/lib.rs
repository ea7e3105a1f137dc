//! margin: a terminal reader for close reading and fact checking of a news corpus.
//!
//! The library holds everything that can be tested without a terminal. [`corpus`] loads the
//! articles (the embedded seeds, a folder with or without `index.ron`, single files) and
//! reports bad input per file. [`text`] models an article as byte spans: paragraphs,
//! headings and sentences, the display form of untrusted characters, layout per width and
//! style marks. [`app`] is the reading session: state, the keymap, and `App::update`, the one
//! function that changes state and returns effects (file I/O) as data. [`config`] reads
//! `config.ron` and finds the folders. [`cli`] describes the command line.
//!
//! Behind the `tui` feature, [`ui`] draws `&App` with ratatui and [`term`] runs the event
//! loop with crossterm; nothing else may use a terminal crate (CI builds the library
//! without them).
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

pub mod annotations;
pub mod app;
pub mod cli;
pub mod commands;
pub mod config;
pub mod corpus;
pub mod entities;
pub mod export;
pub mod factcheck;
#[cfg(feature = "tui")]
pub mod term;
pub mod text;
#[cfg(feature = "tui")]
pub mod ui;
