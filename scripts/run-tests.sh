#!/usr/bin/env bash
# Fresh Debian 12 machine -> the whole test suite: installs what is missing,
# configures, builds (app, CLI, tests, benchmarks) and runs every test.
# Exits non-zero on any failure. Real MNIST is used when found at
# $CNNLAB_MNIST_DIR or ../shared/data/mnist; those tests skip otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset default
cmake --build --preset default -j "$(nproc)"
ctest --preset default -j "$(nproc)"
