#!/usr/bin/env bash
# Builds cnnlab_<version>_amd64.deb from the default build (CPack; the
# packaging rules are in resources/packaging/CMakeLists.txt) and checks it
# with scripts/check-package.sh. Prints the package's path last.
#   scripts/package.sh            then: sudo apt install ./build/package/cnnlab_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."

CNNLAB_WITH_PACKAGING=1 scripts/install-deps.sh
[ -f build/CMakeCache.txt ] || cmake --preset default
cmake --build --preset default -j "$(nproc)" --target cnnlab cnnlab-cli cnnlab_packaging_files
rm -rf build/package
(cd build && cpack -G DEB > cpack.log) || { cat build/cpack.log; exit 1; }
deb=$(ls build/package/cnnlab_*.deb)
scripts/check-package.sh "$deb"
echo "$deb"
