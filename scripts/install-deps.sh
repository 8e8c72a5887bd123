#!/usr/bin/env bash
# Installs the Debian packages plancheck builds and tests with; does nothing when all are present.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libxml2-dev libxml2-utils libpugixml-dev libicu-dev libboost-program-options-dev libfmt-dev
  libmd4c-dev libmd4c-html0-dev nlohmann-json3-dev libsqlite3-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  chromium fonts-noto-cjk poppler-utils  # the HTML report's print test (headless Chromium → PDF → text)
)

"$(dirname "$0")/install-sarif-validator.sh" || echo "plancheck: SARIF validator not installed; its test will skip" >&2

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "plancheck: installing ${missing[*]}" >&2
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
