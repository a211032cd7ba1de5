#!/usr/bin/env bash
# Speed and memory of CNN Lab against the lesson's own PyTorch code
# (../shared/bench/seed_reference.py), side by side in one run on this machine,
# for every model, thread count and CPU instruction set asked for; prints a
# table at the end.
#
#   scripts/bench.sh [--iters N] [--models "A B C"] [--threads "1 2"]
#                    [--isa "native avx2"] [--profile] [--no-deps]
#
#   --isa   native: what LibTorch and oneDNN pick for this CPU;
#           avx2:   ATen's AVX2 kernels and oneDNN limited to AVX2 (a laptop
#                   CPU without AVX-512), via ATEN_CPU_CAPABILITY=avx2 and
#                   ONEDNN_MAX_CPU_ISA=AVX2, for both sides;
#           avx512: ATen's AVX-512 kernels (not its default) and oneDNN's.
#           Each run prints what took effect (LibTorch's own report and the
#           kernel oneDNN chose).
#   --profile  also prints where a training step's time goes, per operation
#           and layer (cnnlab-train-profile), for each model, thread count and ISA.
#
# Needs real MNIST ($CNNLAB_MNIST_DIR or ../shared/data/mnist). Builds first.
# Run it on a quiet machine: other load distorts both sides. With the default
# 3000 iterations the whole matrix (3 models, 2 thread counts, 2 ISAs) takes
# about 25 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

iters=3000
models="A B C"
thread_counts="1 2"
isas="native avx2"
profile=0
deps=1
while [ $# -gt 0 ]; do
  case "$1" in
    --iters) iters=$2; shift 2 ;;
    --models) models=$2; shift 2 ;;
    --threads) thread_counts=$2; shift 2 ;;
    --isa) isas=$2; shift 2 ;;
    --profile) profile=1; shift ;;
    --no-deps) deps=0; shift ;;
    *) echo "unknown option $1 (see the top of $0)" >&2; exit 2 ;;
  esac
done
for isa in $isas; do
  case "$isa" in native|avx2|avx512) ;; *) echo "unknown --isa $isa (native, avx2 or avx512)" >&2; exit 2 ;; esac
done

mnist=${CNNLAB_MNIST_DIR:-$root/../shared/data/mnist}
reference=$root/../shared/bench/seed_reference.py
[ -f "$mnist/train-images-idx3-ubyte.gz" ] || { echo "MNIST not found at $mnist" >&2; exit 1; }

[ "$deps" = 1 ] && CNNLAB_WITH_REFERENCE=1 scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target cnnlab-cli cnnlab-core-bench cnnlab-train-profile >/dev/null

# torchvision's layout for the reference: ROOT/MNIST/raw with the files uncompressed.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/MNIST/raw"
for f in "$mnist"/*.gz; do gunzip -c "$f" > "$work/MNIST/raw/$(basename "${f%.gz}")"; done

# The environment that selects an instruction set, for both sides.
isa_env() {
  case "$1" in
    native) echo "" ;;
    avx2) echo "ATEN_CPU_CAPABILITY=avx2 ONEDNN_MAX_CPU_ISA=AVX2" ;;
    avx512) echo "ATEN_CPU_CAPABILITY=avx512 ONEDNN_MAX_CPU_ISA=AVX512_CORE" ;;
  esac
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
     "$(grep -o -m1 -w 'avx512f' /proc/cpuinfo >/dev/null && echo 'AVX-512' || echo 'no AVX-512')"
echo "lesson's code: python3-torch $(/usr/bin/python3 -c 'import torch; print(torch.__version__)');" \
     "iterations: $iters, batch 100, SGD lr 0.01, seed 0"
echo

table="$work/table.txt"
evaluations="$work/evaluations.txt"
: > "$table"; : > "$evaluations"
for isa in $isas; do
  env_vars=$(isa_env "$isa")
  aten=$(env $env_vars /usr/bin/python3 -c 'import torch; print(torch.backends.cpu.get_cpu_capability() if hasattr(torch.backends, "cpu") else [l for l in torch.__config__.show().splitlines() if "capability" in l][0].split(":")[1].strip())')
  onednn=$(env $env_vars ONEDNN_VERBOSE=1 build/app/cnnlab-cli train --model A --data "$mnist" --iters 1 --eval-every 0 2>&1 \
             | grep -m1 '^onednn_verbose,exec,cpu,convolution' | cut -d, -f5 || true)
  echo "=== ISA $isa: ATen uses ${aten:-?}, oneDNN's first convolution kernel: ${onednn:-?}"
  for threads in $thread_counts; do
    for m in $models; do
      echo "--- Model $m, $threads thread(s), $isa: lesson's PyTorch code"
      env $env_vars /usr/bin/python3 "$reference" "$m" "$work" "$iters" "$threads" | tee "$work/ref.txt"
      echo "--- Model $m, $threads thread(s), $isa: cnnlab-cli"
      env $env_vars /usr/bin/time -v build/app/cnnlab-cli train --model "$m" --data "$mnist" --iters "$iters" \
        --threads "$threads" 2> "$work/time.txt" | tee "$work/ours.txt"
      peak_kb=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
      ref_ips=$(grep -o 'images_per_second [0-9.]*' "$work/ref.txt" | awk '{print $2}')
      ref_train=$(grep -o 'train_seconds [0-9.]*' "$work/ref.txt" | awk '{print $2}')
      ref_total=$(grep -o 'total_seconds [0-9.]*' "$work/ref.txt" | awk '{print $2}')
      ref_acc=$(grep 'Accuracy' "$work/ref.txt" | tail -1 | grep -o 'Accuracy: [0-9.]*' | awk '{print $2}')
      ours_ips=$(grep -o 'images_per_second=[0-9.]*' "$work/ours.txt" | cut -d= -f2)
      ours_acc=$(grep -o ' accuracy=[0-9.]*' "$work/ours.txt" | cut -d= -f2)
      speedup=$(awk -v a="$ours_ips" -v b="$ref_ips" 'BEGIN{printf "%.2f", a/b}')
      echo "RESULT isa=$isa threads=$threads model=$m reference_images_per_second=$ref_ips" \
           "cnnlab_images_per_second=$ours_ips speedup=$speedup cnnlab_peak_rss_mb=$((peak_kb / 1024))"
      printf '| %-6s | %7s | %5s | %12s | %12s | %7s× | %6s %% | %6s %% | %5s MB |\n' "$isa" "$threads" "$m" \
        "$ref_ips" "$ours_ips" "$speedup" "$ref_acc" "$ours_acc" "$((peak_kb / 1024))" >> "$table"
      if [ "$m" = A ] && [ "$iters" -ge 500 ]; then
        # The reference evaluates the 10,000 test images every 500 iterations, outside its train_seconds.
        ref_eval=$(awk -v t="$ref_total" -v r="$ref_train" -v n=$((iters / 500)) 'BEGIN{printf "%.2f", (t-r)/n}')
        ours_eval=$(env $env_vars build/bench/cnnlab-core-bench "$mnist" "$threads" 5 | grep -o 'eval_10000_images_seconds [0-9.]*' | awk '{print $2}')
        printf '| %-6s | %7s | %25s | %25s |\n' "$isa" "$threads" "$ref_eval s" "$ours_eval s" >> "$evaluations"
      fi
      if [ "$profile" = 1 ]; then
        echo "--- Model $m, $threads thread(s), $isa: where cnnlab's training step goes"
        env $env_vars build/bench/cnnlab-train-profile "$mnist" "$m" "$threads" 600
      fi
      echo
    done
  done
done

echo "--- loading the 70,000 images (median of 5)"
build/bench/cnnlab-core-bench "$mnist" 2 5 | grep load_
echo
echo "| ISA    | threads | model | lesson img/s | cnnlab img/s | speed-up | lesson acc | cnnlab acc | peak RSS |"
echo "|--------|---------|-------|--------------|--------------|----------|------------|------------|----------|"
cat "$table"
if [ -s "$evaluations" ]; then
  echo
  echo "Evaluating the 10,000 test images (Model A):"
  echo "| ISA    | threads | lesson's code (per evaluation) | cnnlab (median of 5)      |"
  echo "|--------|---------|--------------------------------|---------------------------|"
  cat "$evaluations"
fi
