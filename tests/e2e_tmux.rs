//! End to end: the real binary in a real terminal (tmux). It must draw the first article,
//! answer `j` and `]`, quit on `q` with status 0 and leave the alternate screen.
//! Skipped (with a message) where tmux is missing, except under CI, where it must run.

use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

fn tmux(args: &[&str]) -> String {
    let out = Command::new("tmux").args(args).output().expect("tmux runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_real_binary_reads_moves_and_quits_cleanly_in_tmux() {
    if Command::new("tmux").arg("-V").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is missing under CI: .ci/run should install it"
        );
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let dirs = tempfile::tempdir().unwrap();
    let data = dirs.path().join("data");
    let config = dirs.path().join("config");
    let session = format!("margin-e2e-{}", std::process::id());
    let socket = dirs.path().join("tmux.sock");
    let socket = socket.to_str().unwrap();
    let binary = env!("CARGO_BIN_EXE_margin");
    let command = format!(
        "env MARGIN_DATA_DIR={} MARGIN_CONFIG_DIR={} {binary}; echo margin-exit=$?; sleep 60",
        data.display(),
        config.display()
    );
    let started = Command::new("tmux")
        .args([
            "-S",
            socket,
            "new-session",
            "-d",
            "-s",
            &session,
            "-x",
            "120",
            "-y",
            "40",
            &command,
        ])
        .status()
        .unwrap();
    assert!(started.success());
    let target = format!("{session}:0");
    let run = |args: &[&str]| {
        let mut all = vec!["-S", socket];
        all.extend_from_slice(args);
        tmux(&all)
    };
    let wait = |what: &str| {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let screen = run(&["capture-pane", "-p", "-t", &target]);
            if screen.contains(what) {
                return screen;
            }
            if Instant::now() > deadline {
                run(&["kill-server"]);
                panic!("waited 20 s for {what:?}; the screen shows:\n{screen}");
            }
            sleep(Duration::from_millis(50));
        }
    };

    let first = wait("Last week, Japan’s top trade negotiator");
    assert!(
        first.contains("article 1/5") && first.contains("sentence 1/62"),
        "{first}"
    );
    assert_eq!(
        run(&["display", "-p", "-t", &target, "#{alternate_on}"]).trim(),
        "1"
    );

    run(&["send-keys", "-t", &target, "j"]);
    wait("sentence 2/62");
    run(&["send-keys", "-t", &target, "]"]);
    let second = wait("article 2/5");
    assert!(
        second.contains("Japan’s finance minister recently suggested"),
        "{second}"
    );

    run(&["send-keys", "-t", &target, "q"]);
    let after = wait("margin-exit=");
    assert!(after.contains("margin-exit=0"), "{after}");
    assert_eq!(
        run(&["display", "-p", "-t", &target, "#{alternate_on}"]).trim(),
        "0"
    );
    assert!(
        data.join("session.ron").is_file(),
        "the reading position was saved"
    );
    run(&["kill-server"]);
}
