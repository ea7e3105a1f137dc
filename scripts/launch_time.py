#!/usr/bin/env python3
"""Time from launch to first drawn frame of a terminal program, in a pseudo-terminal.

Usage: scripts/launch_time.py [--runs N] [--size COLSxROWS] MARKER -- COMMAND [ARGS...]

Starts COMMAND in a fresh pty of the given size, reads what it draws, and stops the clock
when MARKER (text that appears only once the first screen is drawn) has been written.
Prints the median and the range over the runs. Use it to compare margin with less:

    scripts/launch_time.py "sentence 1/" -- target/release/margin
    scripts/launch_time.py "Last week" -- less seeds/000_30275bd4750cc261.txt
"""

import argparse
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--size", default="120x40")
    parser.add_argument("marker")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = [c for c in args.command if c != "--"] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command given")
    cols, rows = (int(n) for n in args.size.lower().split("x"))
    marker = args.marker.encode()
    times = []
    for _ in range(args.runs):
        t = one_run(command, marker, cols, rows)
        if t is None:
            print(f"{' '.join(command)}: marker {args.marker!r} never appeared", file=sys.stderr)
            return 1
        times.append(t * 1000)
    print(f"{' '.join(command)}: median {statistics.median(times):.1f} ms "
          f"(min {min(times):.1f}, max {max(times):.1f}, {len(times)} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
