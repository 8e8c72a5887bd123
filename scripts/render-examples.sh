#!/usr/bin/env bash
# Regenerates reports/examples/: the HTML audit report of every sample plan (Chinese), the national plan's
# also in English, 忻州's short report (--html-findings-only), and the whole samples/ folder in one file;
# and the review form (评审表, --format review) of every sample, 忻州's also in English. Dated by SOURCE_DATE_EPOCH (fixed below
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
  "$plancheck" check --data-dir "$root" --format "${FORMAT:-html}" "$@" || status=$?
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
# The same plans judged by the law in force on a recent date (the default rulesets then add
# cn-reporting-2025: the 2025 reporting measures, the renumbered Cybersecurity Law, replaced references).
current=${CURRENT_LAW_AS_OF:-2026-12-03}
mkdir -p "$out/as-of-$current"
for plan in "${plans[@]}"; do
  render --as-of "$current" --ruleset "$(ruleset_for "$plan")" --output "$out/as-of-$current/$(basename "${plan%.*}").html" "$plan"
done
render --output "$out/all-samples.html" "${plans[@]}"
for plan in "${plans[@]}"; do
  FORMAT=review render --ruleset "$(ruleset_for "$plan")" --output "$out/$(basename "${plan%.*}").review.html" "$plan"
done
FORMAT=review render --lang en --output "$out/xinzhou-plan.review.en.html" samples/xinzhou-plan.txt
echo "render-examples: wrote $(find "$out" -name '*.html' | wc -l) reports to ${out#"$root"/}" >&2
