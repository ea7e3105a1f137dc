#!/usr/bin/env python3
"""Signal trials: the real margin binary under an interactive bash in tmux, sent Ctrl-Z,
`fg`, SIGTSTP, SIGCONT, SIGTERM, SIGHUP and SIGINT in random order and timing.

    scripts/signal_trials.py [--binary target/debug/margin] [--trials 1000] [--timeout 10]

Each trial starts margin on the seeds with a fresh MARGIN_DATA_DIR, sends one to five
random steps with random short pauses (some steps fire before the previous one has taken
effect), and after each step waits until margin is in a settled state, which must be one of:
  * stopped: the terminal restored (no alternate screen, cursor visible, no mouse
    reporting) and session.ron saved;
  * running: the screen drawn (alternate screen on, the status bar showing) without any
    key being pressed.
It ends margin with `q` or a terminating signal (resuming it with `fg` if stopped) and
checks it exits, restores the terminal and saved session.ron. A trial that does not settle
within --timeout seconds, or settles wrongly, fails; failures are counted by kind.
"""

import argparse
import collections
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

VERBOSE = "SIGNAL_TRIALS_SCREEN" in os.environ
STEPS = ["ctrl-z", "ctrl-z", "tstp", "tstp", "cont", "fg", "key"]
ENDINGS = ["q", "term", "hup", "int"]
SIGNALS = {"tstp": signal.SIGTSTP, "cont": signal.SIGCONT, "term": signal.SIGTERM,
           "hup": signal.SIGHUP, "int": signal.SIGINT}


class Tmux:
    def __init__(self, workdir):
        self.socket = os.path.join(workdir, "tmux.sock")

    def run(self, *args):
        out = subprocess.run(["tmux", "-S", self.socket, *args], capture_output=True,
                             text=True)
        return out.stdout

    def capture(self, target):
        return self.run("capture-pane", "-p", "-t", target)

    def flags(self, target):
        out = self.run("display", "-p", "-t", target,
                       "#{alternate_on} #{cursor_flag} #{mouse_any_flag}"
                       "#{mouse_button_flag}#{mouse_standard_flag}").split()
        if len(out) != 3:
            return None
        return {"alternate": out[0] == "1", "cursor": out[1] == "1", "mouse": out[2] != "000"}


def proc_state(pid):
    """'T' stopped, 'R'/'S'/'D' running, None when gone (or a zombie)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return None
    if state in ("Z", "X"):
        return None
    return "T" if state in ("T", "t") else "R"


def children(pid):
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def expect(step, known):
    """The state a step leads to from a known settled state; None when it cannot be told."""
    if known is None:
        return None
    if step in ("ctrl-z", "tstp"):
        return "stopped"
    if step in ("fg", "key"):
        return "running"
    # SIGCONT from outside: a running margin redraws; a stopped one is continued in the
    # background, where taking the terminal stops it again (SIGTTOU) until `fg`.
    return known


def poll(check, seconds):
    deadline = time.monotonic() + seconds
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            return None
        time.sleep(0.02)


class Trial:
    def __init__(self, tmux, binary, number, rng, timeout, work):
        self.tmux = tmux
        self.rng = rng
        self.timeout = timeout
        self.target = f"t{number}"
        self.data = os.path.join(work, f"data{number}")
        self.binary = binary
        self.log = []

    def settled(self, pid):
        """'stopped' or 'running' once margin is in either settled state, else None."""
        state = proc_state(pid)
        flags = self.tmux.flags(self.target)
        if state is None or flags is None:
            return None
        if state == "T":
            restored = not flags["alternate"] and flags["cursor"] and not flags["mouse"]
            return "stopped" if restored and self.session_saved() else None
        if flags["alternate"] and "article " in self.tmux.capture(self.target):
            return "running"
        return None

    def session_saved(self):
        return os.path.isfile(os.path.join(self.data, "session.ron"))

    def describe(self, pid):
        flags = self.tmux.flags(self.target)
        screen = [line for line in self.tmux.capture(self.target).splitlines() if line.strip()]
        return (f"state={proc_state(pid)} flags={flags} session={self.session_saved()} "
                f"screen ends {screen[-(12 if VERBOSE else 3):]!r}")

    def run(self):
        """None on success, else the kind of failure."""
        tmux, target = self.tmux, self.target
        tmux.run("new-window", "-d", "-n", target, "-t", "trials",
                 "env PS1='$ ' HISTFILE=/dev/null bash --norc --noprofile -i")
        target = self.target = f"trials:{target}"
        shell = poll(lambda: tmux.run("display", "-p", "-t", target, "#{pane_pid}").strip(), 5)
        if not shell or not shell.isdigit():
            return "setup: no shell"
        shell = int(shell)
        poll(lambda: "$" in tmux.capture(target), self.timeout)
        tmux.run("send-keys", "-t", target,
                 f"MARGIN_DATA_DIR={self.data} MARGIN_CONFIG_DIR={self.data}-config "
                 f"{self.binary}", "Enter")
        pids = poll(lambda: children(shell), self.timeout)
        if not pids:
            return "setup: margin did not start"
        pid = pids[0]
        if poll(lambda: self.settled(pid) == "running", self.timeout * 3) is None:
            return "setup: no first frame " + self.describe(pid)
        known = "running"
        for _ in range(self.rng.randint(1, 5)):
            step = self.rng.choice(STEPS)
            state = proc_state(pid)
            if step == "fg" and state != "T":
                step = "cont"
            if step in ("ctrl-z", "key") and state == "T":
                step = "fg"
            self.log.append(step)
            self.send(step, pid)
            if self.rng.random() < 0.5:
                # Fire the next step at once or after a short random pause: races on purpose.
                time.sleep(self.rng.choice([0, 0, 0.01, 0.05, 0.2]))
                known = None
                continue
            expected = expect(step, known)
            if expected:
                outcome = poll(lambda: self.settled(pid) == expected and expected, self.timeout)
            else:
                outcome = self.stable(pid)
            if outcome is None:
                return f"after {step}: not {expected or 'settled'} ({self.describe(pid)})"
            known = outcome
        # Settle, then end.
        outcome = self.stable(pid)
        if outcome is None:
            return f"before ending: did not settle ({self.describe(pid)})"
        ending = self.rng.choice(ENDINGS)
        self.log.append(ending)
        if ending == "q":
            if outcome == "stopped":
                self.send("fg", pid)
                if poll(lambda: self.settled(pid) == "running", self.timeout) is None:
                    return f"fg before q: no redraw ({self.describe(pid)})"
            tmux.run("send-keys", "-t", target, "q")
        else:
            os.kill(pid, SIGNALS[ending])
        # A signal sent to a stopped margin acts once it is continued: `fg` it then.
        deadline = time.monotonic() + self.timeout
        resumed = 0.0
        while proc_state(pid) is not None:
            if time.monotonic() > deadline:
                return f"{ending}: did not exit ({self.describe(pid)})"
            if ending != "q" and proc_state(pid) == "T" and time.monotonic() - resumed > 1:
                time.sleep(self.rng.choice([0, 0.05]))
                self.send("fg", pid)
                resumed = time.monotonic()
            time.sleep(0.02)
        flags = poll(lambda: self.tmux.flags(target), 2)
        if flags is None or flags["alternate"] or not flags["cursor"] or flags["mouse"]:
            return f"{ending}: terminal not restored {flags}"
        if not self.session_saved():
            return f"{ending}: session not saved"
        return None

    def stable(self, pid):
        """The settled state once it has held for half a second, or None on timeout."""
        deadline = time.monotonic() + self.timeout
        held, since = None, time.monotonic()
        while time.monotonic() < deadline:
            now = self.settled(pid)
            if now != held:
                held, since = now, time.monotonic()
            elif held and time.monotonic() - since >= 0.5:
                return held
            time.sleep(0.02)
        return None

    def send(self, step, pid):
        target = self.target
        if step == "ctrl-z":
            self.tmux.run("send-keys", "-t", target, "C-z")
        elif step == "key":
            self.tmux.run("send-keys", "-t", target, "j")
        elif step == "fg":
            self.tmux.run("send-keys", "-t", target, "C-u", "fg", "Enter")
        else:
            try:
                os.kill(pid, SIGNALS[step])
            except ProcessLookupError:
                pass

    def close(self, pid_hint=None):
        shell = self.tmux.run("display", "-p", "-t", self.target, "#{pane_pid}").strip()
        if shell.isdigit():
            for pid in children(int(shell)):
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        self.tmux.run("kill-window", "-t", self.target)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", default="target/debug/margin")
    parser.add_argument("--trials", type=int, default=1000)
    parser.add_argument("--timeout", type=float, default=10)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        sys.exit("signal_trials: tmux is not installed")
    binary = os.path.abspath(args.binary)
    rng = random.Random(args.seed)
    work = tempfile.mkdtemp(prefix="margin-signals-")
    tmux = Tmux(work)
    tmux.run("new-session", "-d", "-s", "trials", "-x", "100", "-y", "30", "sleep 100000")
    failures = collections.Counter()
    examples = {}
    start = time.monotonic()
    try:
        for number in range(args.trials):
            trial = Trial(tmux, binary, number, rng, args.timeout, work)
            try:
                failure = trial.run()
            finally:
                trial.close()
            if failure:
                kind = failure.split("(")[0].strip()
                failures[kind] += 1
                examples.setdefault(kind, f"{' '.join(trial.log)}: {failure}")
            if args.verbose:
                print(number, " ".join(trial.log), failure or "ok", flush=True)
    finally:
        tmux.run("kill-server")
    failed = sum(failures.values())
    print(f"trials={args.trials} failed={failed} seconds={time.monotonic() - start:.0f}")
    for kind, count in failures.most_common():
        print(f"  {count:5} {kind}\n        e.g. {examples[kind]}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
