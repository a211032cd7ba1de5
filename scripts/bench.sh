#!/usr/bin/env bash
# Speed and memory of CNN Lab against the lesson's own PyTorch code
# (../shared/bench/seed_reference.py), side by side in one run on this machine.
#
#   scripts/bench.sh [--iters N] [--threads N] [--models "A B C"]
#
# Needs real MNIST ($CNNLAB_MNIST_DIR or ../shared/data/mnist). Builds first.
# Run it on a quiet machine: other load distorts both sides.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

iters=3000
threads=2
models="A B C"
while [ $# -gt 0 ]; do
  case "$1" in
    --iters) iters=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --models) models=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

mnist=${CNNLAB_MNIST_DIR:-$root/../shared/data/mnist}
reference=$root/../shared/bench/seed_reference.py
[ -f "$mnist/train-images-idx3-ubyte.gz" ] || { echo "MNIST not found at $mnist" >&2; exit 1; }

CNNLAB_WITH_REFERENCE=1 scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target cnnlab-cli cnnlab-core-bench >/dev/null

# torchvision's layout for the reference: ROOT/MNIST/raw with the files uncompressed.
ref_root=$(mktemp -d)
trap 'rm -rf "$ref_root"' EXIT
mkdir -p "$ref_root/MNIST/raw"
for f in "$mnist"/*.gz; do gunzip -c "$f" > "$ref_root/MNIST/raw/$(basename "${f%.gz}")"; done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "iterations: $iters, threads: $threads, batch 100, SGD lr 0.01, seed 0"
echo

for m in $models; do
  echo "--- Model $m: lesson's PyTorch code (python3-torch $(/usr/bin/python3 -c 'import torch; print(torch.__version__)'))"
  /usr/bin/python3 "$reference" "$m" "$ref_root" "$iters" "$threads" | tee /tmp/cnnlab-bench-ref.txt
  echo "--- Model $m: cnnlab-cli"
  /usr/bin/time -v build/app/cnnlab-cli train --model "$m" --data "$mnist" --iters "$iters" --threads "$threads" \
    2> /tmp/cnnlab-bench-time.txt | tee /tmp/cnnlab-bench-ours.txt
  peak_kb=$(grep "Maximum resident set size" /tmp/cnnlab-bench-time.txt | awk '{print $NF}')
  ref_ips=$(grep -o 'images_per_second [0-9.]*' /tmp/cnnlab-bench-ref.txt | awk '{print $2}')
  ours_ips=$(grep -o 'images_per_second=[0-9.]*' /tmp/cnnlab-bench-ours.txt | cut -d= -f2)
  echo "RESULT model=$m reference_images_per_second=$ref_ips cnnlab_images_per_second=$ours_ips" \
       "speedup=$(awk -v a="$ours_ips" -v b="$ref_ips" 'BEGIN{printf "%.2f", a/b}')" \
       "cnnlab_peak_rss_mb=$((peak_kb / 1024))"
  echo
done

echo "--- core timings (median of 5)"
build/bench/cnnlab-core-bench "$mnist" "$threads" 5
