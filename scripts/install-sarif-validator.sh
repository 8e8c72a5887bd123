#!/usr/bin/env bash
# Installs the SARIF validator (@microsoft/sarif-multitool, from npm) into tools/ for the SARIF e2e test;
# does nothing when it is already there. Set PLANCHECK_SKIP_SARIF_VALIDATOR=1 to skip (the test then skips).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=5.7.0
prefix=$root/tools
binary=$prefix/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool

if [[ ${PLANCHECK_SKIP_SARIF_VALIDATOR:-0} == 1 ]]; then exit 0; fi
if [[ -x $binary ]] && grep -q "\"version\": \"$version\"" "$prefix/node_modules/@microsoft/sarif-multitool/package.json" 2>/dev/null; then
  exit 0
fi

if ! command -v npm >/dev/null; then
  echo "plancheck: installing npm (for the SARIF validator)" >&2
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends nodejs npm
fi

echo "plancheck: installing @microsoft/sarif-multitool@$version into tools/" >&2
mkdir -p "$prefix"
npm install --prefix "$prefix" --no-save --no-audit --no-fund --loglevel=error "@microsoft/sarif-multitool@$version"
# npm 11 does not run install scripts, which is what would make the .NET binary executable.
if [[ -f $binary ]]; then chmod u+x "$binary"; fi
if [[ ! -x $binary ]]; then
  echo "plancheck: the SARIF validator's Linux binary is missing after npm install ($binary)" >&2
  exit 1
fi
