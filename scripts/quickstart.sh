#!/usr/bin/env bash
# Quick start, step 1: install what is missing, build, and check a bundled sample plan.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
echo
echo "\$ plancheck check samples/chongqing-plan.md"
# --fail-on never: this is a demonstration; the sample's gaps are findings, not a failed build.
"$root/build/checker/plancheck" check --data-dir "$root" --fail-on never "$root/samples/chongqing-plan.md"
