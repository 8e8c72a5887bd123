#!/usr/bin/env bash
# Runs a libFuzzer target of fuzz/ for SECONDS on its corpus:  scripts/fuzz.sh TARGET SECONDS [libFuzzer args]
# TARGET "all" runs every target in turn for SECONDS each and fails if any of them fails.
# Builds build-fuzz/ first (clang-14, -DPLANCHECK_FUZZ=ON: ASan + UBSan + coverage). New inputs go to
# build-fuzz/fuzz-corpus/TARGET (the committed seeds in fuzz/corpus/TARGET are only read); a crash, hang
# (-timeout), leak or out-of-memory input is saved in build-fuzz/fuzz-artifacts/TARGET/ — copy it to
# fuzz/regressions/TARGET/ once fixed. Environment: FUZZ_TIMEOUT (s per input, default 5), FUZZ_RSS_MB
# (default 2048), BUILD_DIR, FUZZ_BUILD=0 (run the executables already in BUILD_DIR/fuzz, do not build).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build-fuzz}

usage() { echo "usage: scripts/fuzz.sh TARGET|all SECONDS [libFuzzer args]" >&2; exit 2; }
[[ $# -ge 2 && $2 =~ ^[0-9]+$ ]] || usage
target=$1 seconds=$2
shift 2

# The dictionaries each target uses (fuzz/dict/*.dict), and inputs longer than most plans' first pages
# only slow the search down; the line readers get lines.
dict_parts() {
  case $1 in
    encoding) echo encoding ;;
    plan_xml) echo xml plan_words heading_numbers ;;
    markdown | suppressions) echo markdown plan_words heading_numbers ;;
    plain_text) echo plan_words heading_numbers numerals ;;
    heading_number) echo heading_numbers numerals ;;
    numerals) echo numerals ;;
    durations | frequencies) echo plan_words numerals ;;
    ruleset | waivers) echo xml ;;
    glob) echo glob ;;
    office) echo office xml plan_words ;;
  esac
}
max_len() {
  case $1 in
    glob | heading_number | numerals) echo 256 ;;
    office) echo 65536 ;;
    *) echo 4096 ;;
  esac
}

build() {
  [[ ${FUZZ_BUILD:-1} == 0 ]] && return
  if [[ ! -f $build_dir/CMakeCache.txt ]]; then
    CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DPLANCHECK_FUZZ=ON -DPLANCHECK_BUILD_TESTS=OFF -DPLANCHECK_BUILD_BENCH=OFF >/dev/null
  fi
  cmake --build "$build_dir" -j "$(nproc)" --target "$@"
}

run_one() {
  local t=$1 exe=$build_dir/fuzz/fuzz-$1 dict=$build_dir/fuzz-dict/$1.dict
  shift
  local corpus=$build_dir/fuzz-corpus/$t artifacts=$build_dir/fuzz-artifacts/$t/ log=$build_dir/fuzz-logs/$t.log
  [[ -d $root/fuzz/corpus/$t ]] || { echo "fuzz.sh: no target $t (fuzz/corpus/$t is missing)" >&2; return 2; }
  mkdir -p "$corpus" "$artifacts" "$(dirname "$dict")" "$(dirname "$log")"
  local parts=() p
  for p in $(dict_parts "$t"); do parts+=("$root/fuzz/dict/$p.dict"); done
  cat "${parts[@]}" >"$dict"
  local status=0
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    "$exe" "$corpus" "$root/fuzz/corpus/$t" -dict="$dict" -max_len="$(max_len "$t")" \
    -timeout="${FUZZ_TIMEOUT:-5}" -rss_limit_mb="${FUZZ_RSS_MB:-2048}" -max_total_time="$seconds" \
    -print_final_stats=1 -artifact_prefix="$artifacts" \
    "$@" >"$log" 2>&1 || status=$?
  local runs
  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{s += $2} END {print s + 0}')
  printf '%-15s %3s s  %12s executions  exit %s\n' "$t" "$seconds" "$runs" "$status"
  if ((status != 0)); then
    grep -E 'ERROR|invariant violated|Test unit written|SUMMARY' "$log" | head -n 20 >&2
  fi
  return "$status"
}

if [[ $target == all ]]; then
  mapfile -t targets < <(ls "$root/fuzz/corpus")
else
  targets=("$target")
fi
build "${targets[@]/#/fuzz-}"
failed=0
for t in "${targets[@]}"; do
  run_one "$t" "$@" || failed=1
done
exit "$failed"
