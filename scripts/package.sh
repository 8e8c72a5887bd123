#!/usr/bin/env bash
# Builds the Debian package plancheck_<version>_<arch>.deb into OUT_DIR (default: the top of the checkout):
# a build without tests or benchmarks in BUILD_DIR (default build-package/) whose compiled-in data folder
# is /usr/share/plancheck, then `cpack -G DEB` (Depends computed by dpkg-shlibdeps). Extra arguments go to cmake.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build-package}
out_dir=${OUT_DIR:-$root}
for tool in scdoc dpkg-shlibdeps file fakeroot; do
  command -v "$tool" >/dev/null || { echo "package.sh: $tool is missing (scripts/install-deps.sh installs it)" >&2; exit 2; }
done
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
  -DCMAKE_INSTALL_PREFIX=/usr -DPLANCHECK_DATA_DIR=/usr/share/plancheck \
  -DPLANCHECK_BUILD_TESTS=OFF -DPLANCHECK_BUILD_BENCH=OFF "$@" >/dev/null
cmake --build "$build_dir" -j "$(nproc)"
(cd "$build_dir" && fakeroot cpack -G DEB -B "$build_dir/cpack" >/dev/null)
deb=$(ls -t "$build_dir"/cpack/plancheck_*.deb | head -n 1)
cp "$deb" "$out_dir/"
echo "$out_dir/$(basename "$deb")"
