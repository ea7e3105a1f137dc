//! margin: a terminal reader for close reading and fact checking of a news corpus.
//!
//! The library holds everything that can be tested without a terminal. [`corpus`] loads the
//! articles (the embedded seeds, a folder with or without `index.ron`, single files; the
//! reader reads a folder's texts as it needs them) and reports bad input per file. [`text`]
//! models an article as byte spans: paragraphs, headings and sentences, the display form of
//! untrusted characters, layout per width and style marks. [`entities`] extracts and groups
//! named entities; [`annotations`] keeps claims and highlights in sidecar files;
//! [`factcheck`] finds discrepancies, check-worthy sentences and evidence; [`export`] writes
//! annotations out and [`import`] reads them back. [`app`] is the reading session: state, the keymap, and `App::update`, the
//! one function that changes state and returns effects (file I/O, background jobs) as data;
//! `app::background` runs those jobs (the entity index, the findings) wherever the caller
//! likes. [`keys`] holds key presses and contexts, below both the app and [`config`], which
//! reads `config.ron` and finds the folders. [`cli`] describes the command
//! line and [`commands`] the printing subcommands; [`memory`] tells the allocator to return
//! large freed blocks.
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
pub mod import;
pub mod keys;
pub mod memory;
pub mod team;
#[cfg(feature = "tui")]
pub mod term;
pub mod text;
#[cfg(feature = "tui")]
pub mod ui;
