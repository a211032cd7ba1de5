#!/usr/bin/env bash
# Configures, builds and tests the `asan` preset (core, CLI and tests with
# AddressSanitizer + UndefinedBehaviorSanitizer, see CMakePresets.json).
# Any compiler error, test failure or sanitizer report (they abort the test
# process) makes this exit non-zero.
#   CNNLAB_JOBS        parallel compile jobs (default 2)
#   CNNLAB_TEST_JOBS   parallel tests (default 1: the tests use threads themselves)
set -euo pipefail
cd "$(dirname "$0")/.."

jobs=${CNNLAB_JOBS:-2}
test_jobs=${CNNLAB_TEST_JOBS:-1}
start=$SECONDS
cmake --preset asan
cmake --build --preset asan -j "$jobs"
echo "ci-asan: built in $((SECONDS - start)) s"
ctest --preset asan -j "$test_jobs"
echo "ci-asan: built and tested in $((SECONDS - start)) s"
