#!/usr/bin/env bash
# Reproducible batch benchmark (issues 5 and 14): generates N plans varied from samples/ (cached by N and
# seed), checks them with `plancheck check` against cn-national-2017 with JSON output at --jobs 1 and 2, and
# in the same run times a plain read of the same files, md4c alone, and plancheck's own readers, so the
# checking cost shows as a ratio to each. Also compares peak memory with a 100-plan corpus, and checks the
# same plans written as Word files (--docx corpus of min(N, 1000) plans).
#
#   scripts/bench.sh [N...]       N defaults to "1000 10000" (one table each); env: SEED (1), BROKEN (N/40),
#                                 BUILD_DIR, CORPUS_ROOT, DOCX (1: also the .docx corpus; 0: skip it)
set -euo pipefail

SIZES=("$@")
[[ ${#SIZES[@]} -gt 0 ]] || SIZES=(1000 10000)
SEED=${SEED:-1}
DOCX=${DOCX:-1}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build-bench}
CORPUS_ROOT=${CORPUS_ROOT:-${TMPDIR:-/tmp}/plancheck-corpus}

need_time() {
  [[ -x /usr/bin/time ]] && return
  echo "bench: installing GNU time (for peak memory)" >&2
  local sudo=""; [[ $(id -u) -ne 0 ]] && sudo=sudo
  $sudo apt-get install -y time >/dev/null
}

build() {
  if [[ ! -f $BUILD/build.ninja ]]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  fi
  ninja -C "$BUILD" -j2 plancheck plancheck-parse-only >/dev/null
}

# corpus N BROKEN [--docx] → prints the folder, generating it once per (N, BROKEN, SEED, kind).
corpus() {
  local kind=md; [[ ${3:-} == --docx ]] && kind=docx
  local dir="$CORPUS_ROOT/v2-$kind-n$1-b$2-s$SEED"  # v2: every broken file has a plan's extension
  if [[ ! -f $dir/.complete ]]; then
    rm -rf "$dir"
    python3 "$ROOT/scripts/make-corpus.py" "$1" "$dir" --broken "$2" --seed "$SEED" ${3:-} >&2
    touch "$dir/.complete"
  fi
  echo "$dir"
}

# measure KEY LABEL JOBS FILES BYTES COMMAND... → one row: wall time, CPU time (user + sys: on a shared
# machine the figure to compare), files/s, MB/s, peak RSS; the wall time is kept as $RESULTS/KEY-JOBS for
# the ratios.
measure() {
  local key=$1 label=$2 jobs=$3 files=$4 bytes=$5; shift 5
  local stats; stats=$(mktemp)
  /usr/bin/time -f "%e %U %S %M" -o "$stats" "$@" >/dev/null 2>&1 || true
  # GNU time writes "Command exited with non-zero status N" first when plancheck reports findings.
  read -r wall user sys rss_kb < <(tail -n 1 "$stats"); rm -f "$stats"
  awk -v l="$label" -v j="$jobs" -v w="$wall" -v u="$user" -v s="$sys" -v f="$files" -v b="$bytes" -v r="$rss_kb" 'BEGIN {
    if (w < 0.001) w = 0.001
    printf "%-34s %4s %9.2f %9.2f %10.0f %9.1f %9.1f\n", l, j, w, u + s, f / w, b / 1e6 / w, r / 1024 }'
  echo "$wall" >"$RESULTS/$key-$jobs"
}

# One table for a corpus of N plans: a plain read, md4c, plancheck's readers and the check, at 1 and 2 jobs.
table() {
  local N=$1 BROKEN=${BROKEN:-$(($1 / 40))}
  local dir small files bytes plancheck="$BUILD/checker/plancheck" parse_only="$BUILD/bench/plancheck-parse-only"
  dir=$(corpus "$N" "$BROKEN")
  small=$(corpus 100 0)
  files=$(find "$dir" -type f ! -name .complete | wc -l)
  bytes=$(find "$dir" -type f ! -name .complete -printf '%s\n' | awk '{ s += $1 } END { print s }')
  find "$dir" -type f -exec cat {} + >/dev/null  # warm the page cache so every row reads from memory

  echo
  echo "plancheck benchmark: $files files ($N plans + $BROKEN broken), $((bytes / 1000000)) MB, seed $SEED"
  echo "machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  printf "%-34s %4s %9s %9s %10s %9s %9s\n" "what" "jobs" "wall s" "cpu s" "files/s" "MB/s" "peak MB"
  for jobs in 1 2; do
    measure read "plain read (read only)" "$jobs" "$files" "$bytes" "$parse_only" --mode read --threads "$jobs" "$dir"
    measure md4c "md4c parse (read + md4c)" "$jobs" "$files" "$bytes" "$parse_only" --mode md4c --threads "$jobs" "$dir"
    measure parse "plancheck parse (ingest + readers)" "$jobs" "$files" "$bytes" "$parse_only" --mode parse --threads "$jobs" "$dir"
    measure check "check cn-national-2017, JSON" "$jobs" "$files" "$bytes" \
      "$plancheck" check --jobs "$jobs" --ruleset cn-national-2017 --format json --output "$RESULTS/out-$jobs.json" "$dir"
  done
  measure small "check N=100 (for peak memory)" 2 100 "$(du -sb "$small" | cut -f1)" \
    "$plancheck" check --jobs 2 --ruleset cn-national-2017 --format json --output "$RESULTS/small.json" "$small"
  ratios
  BROKEN=$BROKEN verify "$plancheck" "$dir"
}

# The same plans as Word files: the .docx reader (unzip, WordprocessingML, numbering) in front of the check.
docx_table() {
  local N=$1 dir files bytes plancheck="$BUILD/checker/plancheck"
  dir=$(corpus "$N" 0 --docx)
  files=$(find "$dir" -type f ! -name .complete | wc -l)
  bytes=$(find "$dir" -type f ! -name .complete -printf '%s\n' | awk '{ s += $1 } END { print s }')
  find "$dir" -type f -exec cat {} + >/dev/null
  echo
  echo "Word corpus: $files .docx files, $((bytes / 1000000)) MB, seed $SEED"
  printf "%-34s %4s %9s %9s %10s %9s %9s\n" "what" "jobs" "wall s" "cpu s" "files/s" "MB/s" "peak MB"
  for jobs in 1 2; do
    measure docx "check .docx, cn-national-2017, JSON" "$jobs" "$files" "$bytes" \
      "$plancheck" check --jobs "$jobs" --ruleset cn-national-2017 --format json --output "$RESULTS/docx-$jobs.json" "$dir"
  done
}

main() {
  need_time
  build
  RESULTS=$(mktemp -d); trap 'rm -rf "$RESULTS"' EXIT
  for n in "${SIZES[@]}"; do table "$n"; done
  if [[ $DOCX == 1 ]]; then
    local largest=${SIZES[-1]}
    docx_table $((largest < 1000 ? largest : 1000))
  fi
}

# The acceptance checks on the same corpus, outside the timed runs: --jobs 1 and 2 give byte-identical
# JSON, and every file is in the JSON and the CSV exactly once, the broken ones as errors.
verify() {
  local plancheck=$1 dir=$2
  echo "checks on the same corpus (not timed):"
  if [[ -f $RESULTS/out-2.json ]]; then
    if cmp -s "$RESULTS/out-1.json" "$RESULTS/out-2.json"; then
      echo "ok    JSON of --jobs 1 and --jobs 2 byte-identical ($(stat -c %s "$RESULTS/out-1.json") bytes)"
    else
      echo "FAIL  JSON of --jobs 1 and --jobs 2 differ"
    fi
  fi
  "$plancheck" check --jobs 2 --ruleset cn-national-2017 --format csv --output "$RESULTS/out.csv" \
    --errors-exit-code 0 "$dir" >/dev/null 2>&1 || true
  python3 "$ROOT/scripts/verify-batch.py" "$dir" "$RESULTS/out-1.json" "$RESULTS/out.csv" --broken "$BROKEN" || true
}

ratios() {
  local jobs
  for jobs in 1 2; do
    awk -v c="$(cat "$RESULTS/check-$jobs")" -v r="$(cat "$RESULTS/read-$jobs")" -v m="$(cat "$RESULTS/md4c-$jobs")" \
        -v p="$(cat "$RESULTS/parse-$jobs")" -v j="$jobs" 'BEGIN {
      if (r < 0.001) r = 0.001
      printf "at %d job(s): check / plain read %.1fx   check / md4c %.1fx   check / plancheck parse %.1fx\n",
             j, c / r, c / m, c / p }'
  done
}

main
