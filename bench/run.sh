#!/usr/bin/env bash
# `make bench`: times Leverage (release build) and jrnl on generated journals of 1,000,
# 10,000 and 100,000 answers, and writes bench/RESULTS.md. Not part of `make test`.
# BENCH_SIZES="1000 10000" narrows the sizes for a quick look; BENCH_BEFORE=path/to/leverage
# also measures an older binary on the largest size, in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."

binary=.build/release/leverage
bench_binary=.build/release/LeverageBench
out=bench/out
venv=/tmp/leverage-bench-jrnl

# The same flags as `make release`, so the binary measured is the one shipped.
release_flags=${RELEASE_FLAGS:-$(make -s --no-print-directory release-flags)}
# shellcheck disable=SC2086
swift build $release_flags --product leverage
# shellcheck disable=SC2086
swift build $release_flags --product LeverageBench

# jrnl lives in a throwaway virtual environment, made once and reused.
if [ ! -x "$venv/bin/jrnl" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet jrnl
fi

mkdir -p "$out"
python3 bench/measure.py "$binary" "$bench_binary" "$venv/bin/jrnl" "$out" bench/RESULTS.md
