#!/usr/bin/env bash
# Runs the three concurrency trials over and over for a number of minutes (default 10) and
# prints each run and the totals: what issue 12 requires to stay at 0 lost.
#   scripts/concurrency_soak.sh [MINUTES]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}
cargo build --release --example concurrency_trial --quiet
trial=target/release/examples/concurrency_trial
end=$(( $(date +%s) + minutes * 60 ))
runs=0 made=0 lost=0
while [ "$(date +%s)" -lt "$end" ]; do
    for args in "spread --processes 3 --rounds 30" "same-record --trials 20" \
                "same-claim --processes 3 --trials 30"; do
        # shellcheck disable=SC2086
        line=$($trial $args)
        echo "$line"
        runs=$((runs + 1))
        # "N annotations, L lost", "N trials, L with an edit lost", "N claims made, L lost"
        made=$((made + $(sed -E 's/.*: ([0-9]+) (annotations|trials|claims).*/\1/' <<<"$line")))
        lost=$((lost + $(sed -E 's/.*[, ]([0-9]+) (lost|with an edit lost).*/\1/' <<<"$line")))
        if [[ "$line" == *"last status kept: false"* ]]; then lost=$((lost + 1)); fi
    done
done
echo "soak: ${minutes} min, ${runs} runs, ${made} annotations or trials, ${lost} lost"
