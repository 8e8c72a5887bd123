#!/usr/bin/env bash
# Installs the package built by scripts/package.sh on this machine (apt-get install ./plancheck_*.deb) and
# checks it as a user would: its contents, a sample checked from another folder with no --data-dir and no
# checkout in reach, --version, the man page, completion and a config file. Not part of scripts/test.sh,
# which stays hermetic: this one installs software. Needs root or sudo.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
deb=${1:-$(ls -t "$root"/plancheck_*_*.deb 2>/dev/null | head -n 1)}
[[ -f $deb ]] || { echo "test-package.sh: no package; run scripts/package.sh first" >&2; exit 2; }
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
failures=0
check() {  # check DESCRIPTION COMMAND…: runs the command, prints ok or FAILED
  local what=$1; shift
  if "$@"; then echo "ok: $what"; else echo "FAILED: $what" >&2; failures=$((failures + 1)); fi
}
contains() { grep -q -- "$2" <<<"$1"; }

echo "== $(basename "$deb")"
dpkg-deb -f "$deb" Package Version Architecture Depends
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/plancheck ./usr/share/plancheck/rulesets/cn-national-2017.xml \
  ./usr/share/plancheck/rulesets/cn-miit-2017.xml ./usr/share/plancheck/rulesets/cn-reporting-2025.xml \
  ./usr/share/plancheck/schemas/plan.xsd ./usr/share/plancheck/schemas/ruleset.xsd \
  ./usr/share/plancheck/reports/audit-template.html ./usr/share/man/man1/plancheck.1.gz \
  ./usr/share/bash-completion/completions/plancheck ./usr/share/zsh/vendor-completions/_plancheck; do
  check "dpkg-deb -c lists $path" contains "$contents" " $path\$"
done
check "Depends is computed (libicu, libxml2, libpoppler-cpp)" \
  bash -c "dpkg-deb -f '$deb' Depends | grep -q libicu && dpkg-deb -f '$deb' Depends | grep -q libxml2 && dpkg-deb -f '$deb' Depends | grep -q libpoppler-cpp"

command -v man >/dev/null || "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends man-db >/dev/null
"${sudo_cmd[@]}" apt-get install -y -qq --reinstall "$(realpath "$deb")" >/dev/null
check "dpkg says plancheck is installed" bash -c "dpkg-query -W -f='\${Status}' plancheck | grep -q 'install ok installed'"

# Somewhere with nothing of the checkout: a copy of one sample, no data folder given.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/samples/chongqing-plan.md" "$work/plan.md"
cd "$work"
set +e
out=$(env -u PLANCHECK_DATA_DIR /usr/bin/plancheck check plan.md --lang en --as-of 2025-06-01 2>&1)
code=$?
set -e
echo "$out" | tail -n 3
check "check a sample from another folder exits 0 or 1 (got $code)" test "$code" -le 1
check "the findings name rule ids" contains "$out" "\[structure\."
version=$(/usr/bin/plancheck --version --lang en)
echo "$version"
check "--version reads /usr/share/plancheck" contains "$version" "rulesets in /usr/share/plancheck/rulesets"
check "--version lists cn-national-2017" contains "$version" "cn-national-2017"
check "man plancheck shows the page" bash -c "MANWIDTH=80 man plancheck 2>/dev/null | grep -q 'plancheck - check cybersecurity incident'"
check "bash completion completes commands" bash -c \
  "source /usr/share/bash-completion/completions/plancheck && COMP_WORDS=(plancheck ch) COMP_CWORD=1 && _plancheck && [[ \${COMPREPLY[*]} == check ]]"
check "bash completion completes rule ids" bash -c \
  "source /usr/share/bash-completion/completions/plancheck && COMP_WORDS=(plancheck rules explain drill.) COMP_CWORD=3 && _plancheck && [[ \${COMPREPLY[*]} == *drill.frequency* ]]"
mkdir -p team/plans && printf 'ruleset = cn-miit-2017\n' >team/plancheck.ini && cp plan.md team/plans/
config=$(cd team/plans && /usr/bin/plancheck check --print-config --lang en)
echo "$config" | grep -E '^(ruleset|fail-on) '
check "--print-config names the parent folder's plancheck.ini" grep -Eq "^ruleset = cn-miit-2017 +# $work/team/plancheck.ini:1\$" <<<"$config"
json=$(cd team/plans && /usr/bin/plancheck check plan.md --format json --as-of 2025-06-01 || true)
check "plancheck.ini in a parent folder sets the ruleset used" \
  python3 -c 'import json, sys; sys.exit(json.load(sys.stdin)["plans"][0]["rulesets"] != ["cn-miit-2017"])' <<<"$json"
printf 'ruleset = cn-miit-2017\nrulset = cn-national-2017\n' >team/plancheck.ini
set +e
typo=$(cd team/plans && /usr/bin/plancheck check plan.md --lang en 2>&1)
code=$?
set -e
echo "$typo"
check "a misspelt key is an error with file and line, exit 2 (got $code)" \
  bash -c "[[ $code == 2 ]] && grep -q '$work/team/plancheck.ini:2: unknown key' <<<\"\$1\"" _ "$typo"

if ((failures)); then echo "test-package.sh: $failures check(s) failed" >&2; exit 1; fi
echo "test-package.sh: all checks passed"
