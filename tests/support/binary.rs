//! The `margin` binary run as a user runs it, with its data folder in a temporary folder.
#![allow(dead_code)] // each test file uses its own part

use std::path::Path;
use std::process::{Command, Output};

/// Runs `margin` with its data folder at `data` and an empty config folder beside it;
/// fails the test, with what it printed, when it does not succeed.
pub fn margin(data: &Path, args: &[&str]) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_margin"))
        .args(args)
        .env("MARGIN_DATA_DIR", data)
        .env("MARGIN_CONFIG_DIR", data.join("no-config"))
        .env("NO_COLOR", "1")
        .output()
        .expect("margin runs");
    assert!(
        output.status.success(),
        "margin {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
