#!/bin/sh
# Runs fuzz targets: run.sh BUILD_DIR SECONDS [TARGET...] (all of them when none is named), one
# after the other, each for SECONDS. A target starts from its seed corpus (corpus/<target>,
# copied: the sources are never written) and its dictionary (<target>.dict). A finding — a
# failed check, a crash, a sanitizer's report, an input taking over 10 s — fails the run; the
# input is kept in BUILD_DIR/tests/fuzz/findings/ and each target's log in .../logs/.
# Replay a finding: BUILD_DIR/tests/fuzz/<target> <finding file>.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build_dir=$(cd "$1" && pwd)
seconds=$2
shift 2
targets=${*:-fuzz_eventpage fuzz_apierror fuzz_asanaurl fuzz_simhttp fuzz_oauthredirect}
findings="$build_dir/tests/fuzz/findings"
logs="$build_dir/tests/fuzz/logs"
mkdir -p "$findings" "$logs"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for target in $targets; do
    binary="$build_dir/tests/fuzz/$target"
    if [ ! -x "$binary" ]; then
        echo "run.sh: no $binary: build the fuzz preset first (./dev fuzz does)"
        exit 2
    fi
    mkdir -p "$work/$target"
    cp "$here/corpus/$target"/* "$work/$target"/
    set -- -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$findings/$target-"
    [ -f "$here/$target.dict" ] && set -- "$@" -dict="$here/$target.dict"
    log="$logs/$target.log"
    if "$binary" "$@" "$work/$target" >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log")
        echo "run.sh: $target: no finding in ${took:-?} s, ${runs:-?} runs"
    else
        echo "run.sh: $target: FINDING (kept in $findings; log $log):"
        tail -n 40 "$log"
        status=1
    fi
done
exit $status
