#!/usr/bin/env bash
# Installs the Debian packages plancheck builds and tests with; does nothing when all are present.
# Required packages must install; the optional ones only enable tests that otherwise skip visibly.
set -euo pipefail

required=(
  build-essential cmake ninja-build pkg-config python3
  libxml2-dev libxml2-utils libpugixml-dev libicu-dev libboost-program-options-dev libfmt-dev
  libmd4c-dev libmd4c-html0-dev nlohmann-json3-dev libsqlite3-dev libzip-dev libpoppler-cpp-dev
  libgtest-dev libgmock-dev libbenchmark-dev libhyperscan-dev libmimalloc-dev
  clang-14 libclang-rt-14-dev
  scdoc dpkg-dev file
)
# The HTML report's print test (headless Chromium → PDF → text); zsh: the zsh completion's syntax test.
optional=(chromium fonts-noto-cjk poppler-utils zsh)

missing_of() {
  local p
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      printf '%s\n' "$p"
    fi
  done
}

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
updated=0
apt_install() {
  if ((updated == 0)); then
    "${sudo_cmd[@]}" apt-get update -qq
    updated=1
  fi
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "$@"
}

mapfile -t missing < <(missing_of "${required[@]}")
if ((${#missing[@]})); then
  echo "plancheck: installing ${missing[*]}" >&2
  apt_install "${missing[@]}"
fi

mapfile -t missing < <(missing_of "${optional[@]}")
if ((${#missing[@]})); then
  echo "plancheck: installing optional ${missing[*]}" >&2
  apt_install "${missing[@]}" || echo "plancheck: optional packages not installed; the tests needing them will skip" >&2
fi

"$(dirname "$0")/install-sarif-validator.sh" || echo "plancheck: SARIF validator not installed; its test will skip" >&2
