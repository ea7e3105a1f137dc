//! Working as a team through git: the merge driver git runs for margin's files
//! ([`merge_driver`], `margin merge-sidecar`) and the repository setup that installs it
//! ([`git_setup`], `margin git-setup`).

pub mod git_setup;
pub mod merge_driver;
