#!/usr/bin/env python3
"""Resize storm: the real margin binary in tmux, random keys and window resizes, counting
panics and hangs.

    scripts/resize_storm.py [--binary target/debug/margin] [--seconds 600] [--tight ROUNDS]

margin runs in a loop inside a private tmux server (fresh MARGIN_DATA_DIR and
MARGIN_CONFIG_DIR), so a panic restarts it; every panic message (stderr) is counted. Every
few seconds a probe checks margin still answers: it resizes to 120x40, opens and closes
the help overlay and waits for each change on screen; no change within --hang-after
seconds counts as a hang, and that margin is killed (by its pid) and restarted.

--tight ROUNDS runs the tight loop instead: `j`, resize to 60x15, `k`, resize to 160x50,
ROUNDS times without waiting, then one probe.

Prints one line of figures at the end: seconds, keys, resizes, probes, panics, hangs.
"""

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

KEYS = list("jjjjkkkkhlnNgG[]{}vVtex*/") + [
    "Escape", "Escape", "Tab", "BTab", "Enter", "Up", "Down", "Left", "Right",
    "PageUp", "PageDown", "Home", "End", "C-d", "C-u", "?", "o", "E", "C-o", "C-i",
]
SIZES = [(1, 1), (10, 3), (29, 5), (30, 6), (40, 10), (60, 15), (80, 24), (100, 30),
         (120, 40), (160, 50), (200, 60)]


class Tmux:
    def __init__(self, workdir):
        self.socket = os.path.join(workdir, "tmux.sock")

    def run(self, *args, check=False):
        out = subprocess.run(["tmux", "-S", self.socket, *args], capture_output=True,
                             text=True, check=check)
        return out.stdout

    def capture(self):
        return self.run("capture-pane", "-p", "-t", "storm:0")

    def keys(self, *keys):
        self.run("send-keys", "-t", "storm:0", *keys)

    def resize(self, width, height):
        self.run("resize-window", "-t", "storm:0", "-x", str(width), "-y", str(height))

    def pane_pid(self):
        out = self.run("display", "-p", "-t", "storm:0", "#{pane_pid}").strip()
        return int(out) if out.isdigit() else None


def margin_pid(tmux):
    """The pid of the margin process under the pane's shell loop."""
    shell = tmux.pane_pid()
    if shell is None:
        return None
    out = subprocess.run(["pgrep", "-P", str(shell)], capture_output=True, text=True).stdout
    pids = [int(p) for p in out.split()]
    return pids[0] if pids else None


def wait_change(tmux, before, seconds):
    """Waits until the screen differs from `before`; the new screen, or None on timeout."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        screen = tmux.capture()
        if screen != before:
            return screen
        time.sleep(0.05)
    return None


def wait_for(tmux, text, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        screen = tmux.capture()
        if text in screen:
            return screen
        time.sleep(0.05)
    return None


def probe(tmux, hang_after):
    """True when margin answers: back at 120x40 it shows its status bar, and the help
    overlay opens and closes."""
    tmux.keys("Escape")
    tmux.keys("Escape")
    tmux.resize(120, 40)
    if wait_for(tmux, "article ", hang_after) is None:
        return False
    # Let the screen settle: pending keys and resizes finish drawing.
    settle_deadline = time.monotonic() + hang_after
    screen = tmux.capture()
    while time.monotonic() < settle_deadline:
        time.sleep(0.3)
        again = tmux.capture()
        if again == screen:
            break
        screen = again
    tmux.keys("?")
    opened = wait_change(tmux, screen, hang_after)
    if opened is None:
        return False
    tmux.keys("Escape")
    return wait_change(tmux, opened, hang_after) is not None


def count_panics(stderr_path):
    try:
        with open(stderr_path, encoding="utf-8", errors="replace") as f:
            return sum(1 for line in f if "panicked at" in line)
    except FileNotFoundError:
        return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", default="target/debug/margin")
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--tight", type=int, default=0, metavar="ROUNDS")
    parser.add_argument("--hang-after", type=float, default=15)
    parser.add_argument("--probe-every", type=float, default=3)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        sys.exit("resize_storm: tmux is not installed")
    binary = os.path.abspath(args.binary)
    rng = random.Random(args.seed)
    work = tempfile.mkdtemp(prefix="margin-storm-")
    stderr_path = os.path.join(work, "stderr.log")
    tmux = Tmux(work)
    loop = (
        f"while true; do MARGIN_DATA_DIR={work}/data MARGIN_CONFIG_DIR={work}/config "
        f"RUST_BACKTRACE=0 {binary} 2>>{stderr_path}; echo margin-exit=$? >>{work}/exits.log; done"
    )
    tmux.run("new-session", "-d", "-s", "storm", "-x", "120", "-y", "40", "sh", "-c", loop,
             check=True)
    tmux.run("set-option", "-t", "storm", "window-size", "manual")
    keys = resizes = probes = hangs = 0
    hang_notes = []
    try:
        if wait_for(tmux, "article ", 60) is None:
            sys.exit("resize_storm: margin did not start: " + tmux.capture())
        start = time.monotonic()
        if args.tight:
            for _ in range(args.tight):
                tmux.keys("j")
                tmux.resize(60, 15)
                tmux.keys("k")
                tmux.resize(160, 50)
                keys += 2
                resizes += 2
            probes += 1
            if not probe(tmux, args.hang_after):
                hangs += 1
        else:
            next_probe = start + args.probe_every
            while time.monotonic() - start < args.seconds:
                if rng.random() < 0.45:
                    width, height = rng.choice(SIZES) if rng.random() < 0.5 else (
                        rng.randint(1, 220), rng.randint(1, 70))
                    tmux.resize(width, height)
                    resizes += 1
                else:
                    tmux.keys(rng.choice(KEYS))
                    keys += 1
                if time.monotonic() >= next_probe:
                    probes += 1
                    if not probe(tmux, args.hang_after):
                        hangs += 1
                        pid = margin_pid(tmux)
                        hang_notes.append(f"pid {pid}: {tmux.capture()[-400:]!r}")
                        if pid is not None:
                            os.kill(pid, signal.SIGKILL)
                        wait_for(tmux, "article ", 60)
                    next_probe = time.monotonic() + args.probe_every
        elapsed = time.monotonic() - start
    finally:
        tmux.run("kill-server")
    panics = count_panics(stderr_path)
    print(f"seconds={elapsed:.0f} keys={keys} resizes={resizes} probes={probes} "
          f"panics={panics} hangs={hangs} (logs in {work})")
    for note in hang_notes:
        print("hang:", note)
    if panics:
        with open(stderr_path, encoding="utf-8", errors="replace") as f:
            lines = [line.rstrip() for line in f if "panicked at" in line or "index" in line]
        for line in lines[:6]:
            print("panic:", line)
    sys.exit(1 if panics or hangs else 0)


if __name__ == "__main__":
    main()
