#!/usr/bin/env python3
"""Time from launch to first drawn frame of a terminal program, in a pseudo-terminal or tmux.

Usage: scripts/launch_time.py [--runs N] [--size COLSxROWS] [--tmux] MARKER -- COMMAND [ARGS...]

Starts COMMAND in a fresh pty of the given size, reads what it draws, and stops the clock
when MARKER (text that appears only once the first screen is drawn) has been written.
Prints the median and the range over the runs. Use it to compare margin with less:

    scripts/launch_time.py "sentence 1/" -- target/release/margin
    scripts/launch_time.py "Last week" -- less seeds/000_30275bd4750cc261.txt

With --tmux, COMMAND runs in a new session of a private tmux server instead, and the clock
stops when `tmux capture-pane` shows MARKER: what a reader in tmux sees, at the price of
tmux's own redraw and of polling (a capture takes about 2 ms, then 5 ms of pause), so the
figures are several milliseconds higher than with the pty, for every program alike.
"""

import argparse
import fcntl
import os
import pty
import select
import shlex
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time


def one_run(command, marker, cols, rows, timeout=10.0):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = os.environ.get("TERM", "xterm-256color")
        os.execvp(command[0], command)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    start = time.perf_counter()
    seen = b""
    elapsed = None
    while time.perf_counter() - start < timeout:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        # Answer a cursor-position query so programs that ask are not kept waiting.
        if b"\x1b[6n" in chunk:
            os.write(fd, b"\x1b[1;1R")
        if marker in seen:
            elapsed = time.perf_counter() - start
            break
    os.kill(pid, signal.SIGTERM)
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    os.close(fd)
    return elapsed


class Tmux:
    """A private tmux server, started once so that its start-up is not timed."""

    def __init__(self):
        self.socket = f"launch-time-{os.getpid()}"
        self.tmux("new-session", "-d", "-s", "idle")

    def tmux(self, *args):
        return subprocess.run(["tmux", "-L", self.socket, *args],
                              capture_output=True, text=True, check=False).stdout

    def one_run(self, command, marker, cols, rows, timeout=10.0):
        start = time.perf_counter()
        self.tmux("new-session", "-d", "-s", "timed", "-x", str(cols), "-y", str(rows),
                  shlex.join(command))
        elapsed = None
        while time.perf_counter() - start < timeout:
            if marker in self.tmux("capture-pane", "-p", "-t", "timed"):
                elapsed = time.perf_counter() - start
                break
            # Each capture starts a tmux client; pausing between them leaves the cores to the
            # program being timed.
            time.sleep(0.005)
        self.tmux("kill-session", "-t", "timed")
        return elapsed

    def close(self):
        self.tmux("kill-server")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--tmux", action="store_true", help="run COMMAND in tmux, not a bare pty")
    parser.add_argument("marker")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = [c for c in args.command if c != "--"] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command given")
    cols, rows = (int(n) for n in args.size.lower().split("x"))
    tmux = Tmux() if args.tmux else None
    times = []
    try:
        for _ in range(args.runs):
            if tmux:
                t = tmux.one_run(command, args.marker, cols, rows)
            else:
                t = one_run(command, args.marker.encode(), cols, rows)
            if t is None:
                print(f"{' '.join(command)}: marker {args.marker!r} never appeared", file=sys.stderr)
                return 1
            times.append(t * 1000)
    finally:
        if tmux:
            tmux.close()
    where = "tmux" if tmux else "pty"
    print(f"{' '.join(command)} ({where}): median {statistics.median(times):.1f} ms "
          f"(min {min(times):.1f}, max {max(times):.1f}, {len(times)} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
