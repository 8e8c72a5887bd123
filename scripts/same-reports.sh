#!/usr/bin/env bash
# Are two plancheck binaries' reports byte-identical? For a change that must not change any output (issue 14:
# the streamed JSON writer, the one-pass scan): every format, for every bundled ruleset, over the given
# folders (default: samples/ and the test data). Prints one line per report and exits 1 on any difference.
#
#   scripts/same-reports.sh OLD-PLANCHECK NEW-PLANCHECK [DIR...]      env: OUT (a work folder, default mktemp)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
old=$1 new=$2; shift 2
dirs=("$@")
[[ ${#dirs[@]} -gt 0 ]] || dirs=("$ROOT/samples" "$ROOT/tests/data")
OUT=${OUT:-$(mktemp -d)}
mkdir -p "$OUT"

status=0
for ruleset in $(cd "$ROOT/rulesets" && ls ./*.xml | sed 's|^\./||; s|\.xml$||'); do
  for format in json sarif csv text html; do
    for side in old new; do
      bin=$old; [[ $side == new ]] && bin=$new
      "$bin" check --ruleset "$ruleset" --format "$format" --fail-on never --quiet --jobs 2 \
        -o "$OUT/$side-$ruleset.$format" "${dirs[@]}" 2>"$OUT/$side-$ruleset.$format.stderr" || true
    done
    if cmp -s "$OUT/old-$ruleset.$format" "$OUT/new-$ruleset.$format" &&
       cmp -s "$OUT/old-$ruleset.$format.stderr" "$OUT/new-$ruleset.$format.stderr"; then
      printf 'same    %-18s %-5s %10s bytes\n' "$ruleset" "$format" "$(stat -c %s "$OUT/new-$ruleset.$format")"
    else
      printf 'DIFFER  %-18s %-5s (%s)\n' "$ruleset" "$format" "$OUT/{old,new}-$ruleset.$format"
      status=1
    fi
  done
done
exit $status
