#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang in their own tree and
# runs each for a bounded time, starting from the committed seed corpus.
# Exits non-zero when a target crashes, leaks, times out or breaks a promise;
# the input that did it is left in $build/fuzz-artifacts/<target>/ -- commit
# it under tests/fuzz/regressions/<target>/ with the fix.
#   CNNLAB_FUZZ_SECONDS    seconds per target (default 60)
#   CNNLAB_FUZZ_BUILD_DIR  build tree (default build-fuzz)
#   CNNLAB_JOBS            parallel compile jobs (default 2)
#   CNNLAB_FUZZ_SEED       libFuzzer's seed (default 1). A fixed seed makes a run
#                          replay the same inputs, so CI passes or fails the same
#                          way every time; 0 lets libFuzzer pick one, to explore.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${CNNLAB_FUZZ_SECONDS:-60}
build=${CNNLAB_FUZZ_BUILD_DIR:-build-fuzz}
jobs=${CNNLAB_JOBS:-2}
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

start=$SECONDS
# Only the fuzz targets are built: they compile the core parsers again with
# coverage instrumentation; the rest of the project is configured, not built.
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCNNLAB_FUZZ=ON -DBUILD_TESTING=OFF -DCNNLAB_BUILD_GUI=OFF "${launcher[@]}"
cmake --build "$build" --target cnnlab_fuzzers -j "$jobs"
echo "ci-fuzz: built in $((SECONDS - start)) s"

# LibTorch is not instrumented; see tests/sanitizers/README.md for what these options are for.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=()
for target in fuzz_idx fuzz_spec_json fuzz_weights fuzz_run_record fuzz_drawing fuzz_image fuzz_comparison fuzz_image_folder fuzz_cifar10 fuzz_class_names fuzz_arms fuzz_targz; do
  work="$build/fuzz-work/$target"          # what this run adds; the committed seeds stay untouched
  artifacts="$build/fuzz-artifacts/$target/"
  mkdir -p "$work" "$artifacts"
  echo "ci-fuzz: $target for ${seconds} s"
  if ! "$build/tests/fuzz/$target" "$work" "tests/fuzz/corpus/$target" \
      -max_total_time="$seconds" -seed="${CNNLAB_FUZZ_SEED:-1}" -max_len=16384 -timeout=30 -rss_limit_mb=4096 \
      -artifact_prefix="$artifacts" -print_final_stats=1 2>"$build/fuzz-$target.log"; then
    tail -n 60 "$build/fuzz-$target.log"
    echo "ci-fuzz: $target FAILED; the input is in $artifacts"
    failed+=("$target")
  else
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)' "$build/fuzz-$target.log" || true
  fi
done
echo "ci-fuzz: done in $((SECONDS - start)) s"
if ((${#failed[@]})); then
  echo "ci-fuzz: failed: ${failed[*]}"
  exit 1
fi
