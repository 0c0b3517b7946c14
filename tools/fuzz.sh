#!/usr/bin/env bash
# Runs the cargo-fuzz targets in fuzz/ (libFuzzer): the front end (`parse`) and the
# compiler (`compile`) must never panic on malformed input.
#
#   tools/fuzz.sh build                 build both targets
#   tools/fuzz.sh run TARGET [SECONDS]  fuzz one target (default 60 s), one process
#   tools/fuzz.sh all [SECONDS]         fuzz every target in turn
#   tools/fuzz.sh repro TARGET FILE     rerun one input (e.g. a saved crash)
#
# Only stable Rust is installed; RUSTC_BOOTSTRAP=1 lets cargo-fuzz pass its -Z flags.
# Needs `cargo install cargo-fuzz`. The corpus starts from tests/programs/*.py and
# grows in fuzz/corpus/TARGET (not committed); crashes land in fuzz/artifacts/TARGET.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TARGETS=(parse compile)
export RUSTC_BOOTSTRAP=1
cd "$ROOT/fuzz"

seed_corpus() {
    local dir="$ROOT/fuzz/corpus/$1"
    mkdir -p "$dir" "$ROOT/fuzz/artifacts/$1"
    if [ -z "$(ls -A "$dir")" ]; then
        cp "$ROOT"/tests/programs/*.py "$dir"/
    fi
}

run_target() {
    local target="$1" seconds="${2:-60}"
    seed_corpus "$target"
    # -rss_limit_mb: the compiler on a pathological input may legitimately use a
    # lot of memory; a leak or runaway allocation is still reported.
    cargo fuzz run "$target" "$ROOT/fuzz/corpus/$target" -- \
        -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
        -artifact_prefix="$ROOT/fuzz/artifacts/$target/" -print_final_stats=1
}

case "${1:-}" in
    build)
        for t in "${TARGETS[@]}"; do cargo fuzz build "$t"; done
        ;;
    run)
        run_target "${2:?target: ${TARGETS[*]}}" "${3:-60}"
        ;;
    all)
        for t in "${TARGETS[@]}"; do run_target "$t" "${2:-60}"; done
        ;;
    repro)
        cargo fuzz run "${2:?target}" "${3:?input file}"
        ;;
    *)
        sed -n '2,12p' "$0"
        exit 2
        ;;
esac
