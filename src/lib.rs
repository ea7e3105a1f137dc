//! margin: a terminal reader for close reading and fact checking of a news corpus.
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

pub mod annotations;
pub mod corpus;
pub mod entities;
pub mod export;
pub mod text;
