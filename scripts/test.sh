#!/usr/bin/env bash
# Quick start, step 2: install what is missing, build, and run the whole test suite with CTest.
# With SANITIZE=1 the build (in build-asan/) uses AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
if [[ ${SANITIZE:-0} == 1 ]]; then
  export BUILD_DIR=$root/build-asan BUILD_TYPE=Debug
  "$root/scripts/build.sh" -DPLANCHECK_SANITIZE=ON -DPLANCHECK_BUILD_BENCH=OFF
  # Both abort (SIGABRT), so a sanitizer stop never passes for exit code 1 ("findings"); the end-to-end
  # helper also fails any run whose stderr holds a sanitizer report.
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1
else
  export BUILD_DIR=$root/build
  "$root/scripts/build.sh"
fi
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)"
