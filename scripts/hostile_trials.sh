#!/usr/bin/env bash
# Crafted-input trials (issues "Hardening" 4-5 and "No read outside" 2-3): runs BINARY on
# corpora holding named pipes, a device, huge names, byte order marks, escape sequences in
# names and settings, and links out of the folder. One line a case: exit code, seconds, raw
# ESC/BEL bytes and lines holding C1 controls on stdout+stderr, and the first message.
# Usage: scripts/hostile_trials.sh target/debug/margin   (the device case needs root,
# the link cases strace; both are skipped without them)
BIN=${1:?usage: hostile_trials.sh BINARY}
T=$(mktemp -d)
export MARGIN_CONFIG_DIR=$T/cfg MARGIN_DATA_DIR=$T/data
mkdir -p $T/cfg $T/data
ESC=$'\x1b'; BEL=$'\x07'
OSC0="${ESC}]0;pwned${BEL}"; OSC52="${ESC}]52;c;aGVsbG8=${BEL}"
article='Japan said on Tuesday that Toyota would invest in Osaka. Prime Minister Shigeru Ishiba agreed.'
# run NAME TIMEOUT CMD...: prints rc, seconds, raw ESC/BEL/C1 counts in stdout+stderr, first stderr line
run() {
  local name=$1 to=$2; shift 2
  local s=$(date +%s.%N)
  ( ulimit -v 4000000; timeout -k 1 $to "$@" >$T/out 2>$T/err </dev/null ); local rc=$?
  local e=$(date +%s.%N)
  local esc=$(cat $T/out $T/err | tr -cd '\033\007' | wc -c)
  local c1=$(cat $T/out $T/err | LC_ALL=C grep -c $'\xc2[\x80-\x9f]')
  printf '%-34s rc=%-3s %5.1fs ESC/BEL=%-3s C1lines=%-2s | %s\n' "$name" "$rc" "$(echo "$e - $s" | bc)" "$esc" "$c1" "$(head -c 150 $T/err | tr '\n\033\007' ' EB' )"
}
# A: index entry that is a FIFO
mkdir $T/a; echo "$article" > $T/a/ok.txt; mkfifo $T/a/fifo.txt
printf '(articles: [(file: "ok.txt", title: "OK"), (file: "fifo.txt", title: "F")])' > $T/a/index.ron
run "A index entry FIFO: entities" 8 $BIN entities $T/a
run "A index entry FIFO: export" 8 $BIN export $T/a
# B: folder without index holding a FIFO .txt
mkdir $T/b; echo "$article" > $T/b/ok.txt; mkfifo $T/b/fifo.txt
run "B folder FIFO .txt: entities" 8 $BIN entities $T/b
# C: single FIFO on the command line
run "C FIFO on command line" 8 $BIN entities $T/a/fifo.txt
# D: a character device as index entry (/dev/zero's numbers)
mkdir $T/d; echo "$article" > $T/d/ok.txt
if mknod $T/d/zero.txt c 1 5 2>/dev/null; then
  printf '(articles: [(file: "ok.txt", title: "OK"), (file: "zero.txt", title: "Z")])' > $T/d/index.ron
  run "D index entry char device" 8 $BIN entities $T/d
fi
# E: config.ron a FIFO (reader reads config first)
mkdir $T/e; mkfifo $T/e/config.ron
MARGIN_CONFIG_DIR=$T/e run "E config.ron FIFO (reader)" 8 $BIN
# F: 10 MB title / 10 MB file name in index.ron
mkdir $T/f; echo "$article" > $T/f/ok.txt
python3 -c "import sys; sys.stdout.write('(articles: [(file: \"ok.txt\", title: \"' + 'T'*10_000_000 + '\")])')" > $T/f/index.ron
run "F 10 MB title: entities" 60 $BIN entities $T/f
mkdir $T/g; echo "$article" > $T/g/ok.txt
python3 -c "import sys; sys.stdout.write('(articles: [(file: \"ok.txt\", title: \"OK\"), (file: \"' + 'n'*10_000_000 + '.txt\", title: \"N\")])')" > $T/g/index.ron
run "G 10 MB file name: entities" 60 $BIN entities $T/g
# H: BOM in index.ron / config.ron; empty and comment-only config
mkdir $T/h; echo "$article" > $T/h/ok.txt
printf '\xef\xbb\xbf(articles: [(file: "ok.txt", title: "OK")])' > $T/h/index.ron
run "H BOM index.ron: entities" 8 $BIN entities $T/h
mkdir $T/hc; printf '\xef\xbb\xbf(panes: (list: 30))' > $T/hc/config.ron
MARGIN_CONFIG_DIR=$T/hc run "H BOM config.ron (reader)" 8 $BIN
mkdir $T/ec; : > $T/ec/config.ron
MARGIN_CONFIG_DIR=$T/ec run "I empty config.ron (reader)" 8 $BIN
mkdir $T/cc; printf '// my settings\n/* none yet */\n' > $T/cc/config.ron
MARGIN_CONFIG_DIR=$T/cc run "I comment-only config (reader)" 8 $BIN
# J: escape sequences in config.ron: colour, key, context name
mkdir $T/j1 $T/j2 $T/j3
printf '(colours: (accent: "%s"))' "$OSC0$OSC52" > $T/j1/config.ron
printf '(keys: {"article": {"%s": Quit}})' "$OSC0$OSC52" > $T/j2/config.ron
printf '(keys: {"%s": {"x": Quit}})' "$OSC0$OSC52" > $T/j3/config.ron
MARGIN_CONFIG_DIR=$T/j1 run "J config colour OSC (reader)" 8 $BIN
MARGIN_CONFIG_DIR=$T/j2 run "J config key OSC (reader)" 8 $BIN
MARGIN_CONFIG_DIR=$T/j3 run "J config context OSC (reader)" 8 $BIN
# J4: escape sequence in an index.ron parse error message
mkdir $T/j4; printf '(articles: "%s")' "$OSC0$OSC52" > $T/j4/index.ron
run "J index.ron error OSC: entities" 8 $BIN entities $T/j4
# K: entities.margin.ron with a doc name holding OSC 0 and OSC 52
mkdir $T/k; echo "$article" > $T/k/ok.txt
printf '(version: 1, corrections: [Split(doc: "%s", start: 0, end: 5)])' "$OSC0$OSC52" > $T/k/entities.margin.ron
run "K corrections doc OSC: entities" 8 $BIN entities $T/k
run "K corrections doc OSC: check" 8 $BIN check $T/k
printf '(version: 1, corrections: [Split(doc: "%s", start: 0, end: 5), Oops])' "$OSC0$OSC52" > $T/k/entities.margin.ron
run "K malformed corrections OSC" 8 $BIN entities $T/k
# L: file names holding ESC / C1 / DEL, text with C1: entities --json, export, check
mkdir $T/l; echo "$article" > "$T/l/a${OSC0}.txt"; printf 'Japan\xc2\x9b31m said Toyota\x7f would invest in Osaka.\n' > "$T/l/b"$'\xc2\x9b'"2J.txt"
run "L names ESC/C1: entities --json" 8 $BIN entities --json $T/l
run "L names ESC/C1: entities" 8 $BIN entities $T/l
run "L names ESC/C1: export" 8 $BIN export $T/l
run "L names ESC/C1: export json" 8 $BIN export --format json $T/l
run "L names ESC/C1: check" 8 $BIN check $T/l
run "L names ESC/C1: check --json" 8 $BIN check --json $T/l
# M: error naming a path with an escape sequence (no such file)
run "M missing path with OSC" 8 $BIN entities "$T/${OSC0}nothere.txt"
# O: a sidecar that is a named pipe
mkdir $T/o; echo "$article" > $T/o/ok.txt; mkfifo $T/o/ok.margin.ron
run "O sidecar FIFO: export" 8 $BIN export $T/o
command -v strace >/dev/null || { rm -rf $T; exit 0; }
# N: folder without index: .txt linking outside is opened before being refused
mkdir $T/n $T/outside; echo "$article" > $T/n/ok.txt; echo "secret" > $T/outside/secret.txt
ln -s $T/outside/secret.txt $T/n/link.txt
( ulimit -v 4000000; timeout 8 strace -f -qq -e trace=openat -o $T/strace $BIN entities $T/n >/dev/null 2>$T/err )
printf '%-34s opens of outside/secret.txt: %s | %s\n' "N link outside, no index" "$(grep -c 'outside/secret.txt\|link.txt' $T/strace)" "$(head -c 150 $T/err|tr '\n' ' ')"
mkdir $T/n2; echo "$article" > $T/n2/ok.txt; ln -s $T/outside/secret.txt $T/n2/link.txt
printf '(articles: [(file: "ok.txt", title: "OK"), (file: "link.txt", title: "L")])' > $T/n2/index.ron
( ulimit -v 4000000; timeout 8 strace -f -qq -e trace=openat -o $T/strace $BIN entities $T/n2 >/dev/null 2>$T/err )
printf '%-34s opens of outside/secret.txt: %s | %s\n' "N link outside, index entry" "$(grep -c 'outside/secret.txt\|link.txt' $T/strace)" "$(head -c 150 $T/err|tr '\n' ' ')"
mkdir $T/n3; echo "$article" > $T/n3/ok.txt; ln -s $T/outside/secret.txt $T/n3/index.ron
( ulimit -v 4000000; timeout 8 strace -f -qq -e trace=openat -o $T/strace $BIN entities $T/n3 >/dev/null 2>$T/err )
printf '%-34s opens of outside/secret.txt: %s | %s\n' "N index.ron links outside" "$(grep -c 'outside/secret.txt\|index.ron' $T/strace)" "$(head -c 150 $T/err|tr '\n' ' ')"
rm -rf $T
