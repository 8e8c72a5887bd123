#!/usr/bin/env bash
# Regenerates reports/examples/: the HTML audit report of every sample plan (Chinese), the national plan's
# also in English, 忻州's short report (--html-findings-only), and the whole samples/ folder in one file. Dated by SOURCE_DATE_EPOCH (fixed below
# unless set) so the committed files change only when plancheck's output does.
#   PLANCHECK=build/checker/plancheck scripts/render-examples.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
plancheck=${PLANCHECK:-$root/build/checker/plancheck}
out=$root/reports/examples
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1714521600}  # 2024-05-01

if [[ ! -x $plancheck ]]; then
  echo "render-examples: no plancheck at $plancheck (build first, or set PLANCHECK)" >&2
  exit 2
fi
mkdir -p "$out"
cd "$root"  # reports name plans by the path given, so paths stay relative and the files stable

# Exit code 1 only means the plan has findings; anything else is trouble.
render() {
  local status=0
  "$plancheck" check --data-dir "$root" --format html "$@" || status=$?
  if ((status > 1)); then
    echo "render-examples: plancheck failed ($status) on $*" >&2
    exit "$status"
  fi
}

ruleset_for() {
  case $1 in
    *miit*) echo cn-miit-2017 ;;
    *) echo cn-national-2017 ;;
  esac
}

plans=()
for plan in samples/*.md samples/*.xml samples/*.txt; do
  [[ -e $plan && $(basename "$plan") != README.md ]] && plans+=("$plan")
done
for plan in "${plans[@]}"; do
  render --ruleset "$(ruleset_for "$plan")" --output "$out/$(basename "${plan%.*}").html" "$plan"
done
render --lang en --output "$out/national-plan.en.html" samples/national-plan.md
render --html-findings-only --output "$out/xinzhou-plan.findings-only.html" samples/xinzhou-plan.txt
render --output "$out/all-samples.html" "${plans[@]}"
echo "render-examples: wrote $(find "$out" -name '*.html' | wc -l) reports to ${out#"$root"/}" >&2
