#!/usr/bin/env bash
# Measures margin at scale (issue 5): launch to first frame and peak memory on generated corpora.
#
# Usage: scripts/scale.sh [DIR]
#
# Builds release, writes a 10,000-article corpus (about 100 MB) and one 50 MiB article with
# `examples/gen_corpus.rs` (seed 1) into DIR (default: a temporary folder, removed at the end),
# then prints:
#   - launch to first frame (scripts/launch_time.py) of margin on the corpus and on the 50 MiB
#     article, next to `less` on the same article;
#   - margin's peak memory (VmHWM) once its entity index is built, for both, in tmux, next to
#     the issue's limit of 3 × the corpus size + 50 MB.
# margin's folders are temporary (MARGIN_DATA_DIR, MARGIN_CONFIG_DIR), never the home folder.
# Environment: RUNS (launch runs per program, default 10), INDEX_TIMEOUT (seconds to wait for
# the entity index, default 180), CARGO_TARGET_DIR (as for cargo).
set -euo pipefail

cd "$(dirname "$0")/.."
runs=${RUNS:-10}
index_timeout=${INDEX_TIMEOUT:-180}
target=${CARGO_TARGET_DIR:-target}
export LANG=${LANG:-C.UTF-8} LC_ALL=${LC_ALL:-C.UTF-8} LESSCHARSET=utf-8

if [[ $# -ge 1 ]]; then
    work=$1
    remove_work=false
    mkdir -p "$work"
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/margin-scale.XXXXXX")
    remove_work=true
fi
tmux_socket="margin-scale-$$"
cleanup() {
    tmux -L "$tmux_socket" kill-server 2>/dev/null || true
    if $remove_work; then rm -rf "$work"; fi
}
trap 'cleanup' EXIT

echo "== build (release)" >&2
cargo build --release --quiet --bin margin --example gen_corpus
margin=$target/release/margin
gen=$target/release/examples/gen_corpus

corpus=$work/corpus-10k
single=$work/single-50mb.txt
echo "== generate into $work" >&2
rm -rf "$corpus"
"$gen" --seed 1 --articles 10000 --out "$corpus"
"$gen" --seed 1 --single-mb 50 --out "$single"

export MARGIN_DATA_DIR=$work/data MARGIN_CONFIG_DIR=$work/config
mkdir -p "$MARGIN_DATA_DIR" "$MARGIN_CONFIG_DIR"

corpus_bytes=$(du -sb --apparent-size "$corpus" | cut -f1)
single_bytes=$(stat -c %s "$single")
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }

echo
echo "corpus:  $(ls "$corpus" | grep -c '\.txt$') articles, $(mb "$corpus_bytes") ($corpus)"
echo "article: $(mb "$single_bytes"), $(wc -l <"$single") lines ($single)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "== launch to first frame ($runs runs each, 120x40 pty)"
# The first words of the article's headline, drawn by less on its first screen.
less_marker=$(head -n1 "$single" | awk '{ print $1 " " $2 }')
time_launch() {
    python3 scripts/launch_time.py --runs "$runs" "$@" || echo "  (failed: $*)"
}
time_launch "article 1/" -- "$margin" "$corpus"
time_launch "article 1/" -- "$margin" "$single"
time_launch "$less_marker" -- less "$single"

# Starts margin on PATH in a tmux pane, waits until the entities pane lists entities (the
# index is built), and prints the peak and current resident memory and the wait.
peak_memory() {
    local path=$1 bytes=$2 label=$3
    local session pid start screen elapsed hwm rss
    session="scale-$label"
    pid=$(tmux -L "$tmux_socket" new-session -d -P -F '#{pane_pid}' -s "$session" -x 200 -y 50 \
        "exec '$margin' '$path'")
    start=$(date +%s.%N)
    elapsed=""
    while [[ -d /proc/$pid ]]; do
        screen=$(tmux -L "$tmux_socket" capture-pane -p -t "$session" 2>/dev/null || true)
        # The count after the pane's title may be cut short ("(699…") in a narrow pane.
        if ! grep -q 'indexing ' <<<"$screen" &&
            grep -Eq 'Entities · .*\([1-9]' <<<"$screen"; then
            elapsed=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
            break
        fi
        if awk -v s="$start" -v e="$(date +%s.%N)" -v t="$index_timeout" \
            'BEGIN { exit !(e - s > t) }'; then
            break
        fi
        sleep 0.2
    done
    if [[ ! -d /proc/$pid ]]; then
        echo "  $label: margin exited before the index was built"
        return
    fi
    sleep 1 # let the index be adopted and drawn
    hwm=$(awk '/^VmHWM/ { print $2 }' "/proc/$pid/status")
    rss=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status")
    kill -TERM "$pid"
    for _ in $(seq 50); do [[ -d /proc/$pid ]] || break; sleep 0.1; done
    tmux -L "$tmux_socket" kill-session -t "$session" 2>/dev/null || true
    local limit=$((3 * bytes + 50000000))
    local built="index built after ${elapsed} s"
    [[ -n $elapsed ]] || built="index NOT built after ${index_timeout} s"
    awk -v label="$label" -v hwm="$hwm" -v rss="$rss" -v limit="$limit" -v built="$built" 'BEGIN {
        peak = hwm * 1024
        printf "  %s: peak %.1f MB (VmHWM), now %.1f MB (VmRSS); limit 3 x size + 50 MB = %.1f MB: %s; %s\n",
            label, peak / 1e6, rss * 1024 / 1e6, limit / 1e6, (peak <= limit ? "within" : "OVER"), built
    }'
}

echo
echo "== peak memory once the entity index is built (tmux 200x50)"
peak_memory "$corpus" "$corpus_bytes" "10k corpus"
peak_memory "$single" "$single_bytes" "50 MB article"
