#!/usr/bin/env bash
# Training speed and window lateness for each training thread count, on a
# chosen number of cores, with and without other programs busy, for the spin
# settings that matter: CNN Lab's own (what the app and the CLI set at start)
# and libgomp's default (GOMP_SPINCOUNT=300000, what they ran with before).
#
#   scripts/bench-threads.sh [--cores N] [--threads "0 1 2"] [--load "0 1 2"] [--iters 300]
#
#   --cores N  run everything (and the load) on the first N CPUs (taskset), e.g.
#              --cores 4 on a bigger machine for a 4-core laptop; default: all.
#   --threads  the counts to try; 0 is Auto (the app's default: the trainer
#              measures every core against one fewer while it trains). Default:
#              0, then 1 to N.
#   --load     how many busy loops run beside it (each wants a whole core).
#
# The app's side is cnnlab-gui-latency (the real window under Xvfb, Model A,
# evaluations every 100 iterations, a 10 ms probe timer on the GUI thread); the
# CLI's is `cnnlab-cli train --model A`. Builds first; needs real MNIST.
set -euo pipefail
cd "$(dirname "$0")/.."
cores=$(nproc)
thread_counts=""
loads="0 1 2"
iters=300
while [ $# -gt 0 ]; do
  case "$1" in
    --cores) cores=$2; shift 2 ;;
    --threads) thread_counts=$2; shift 2 ;;
    --load) loads=$2; shift 2 ;;
    --iters) iters=$2; shift 2 ;;
    *) echo "unknown option $1 (see the top of $0)" >&2; exit 2 ;;
  esac
done
[ "$cores" -le "$(nproc)" ] || { echo "this machine has only $(nproc) CPUs" >&2; exit 1; }
[ -n "$thread_counts" ] || thread_counts="0 $(seq -s ' ' 1 "$cores")"
cpus="0-$((cores - 1))"
mnist=${CNNLAB_MNIST_DIR:-$(pwd)/../shared/data/mnist}
cmake --preset default >/dev/null
cmake --build --preset default --target cnnlab-cli cnnlab-gui-latency >/dev/null

busy=()
start_load() { for _ in $(seq 1 "$1"); do taskset -c "$cpus" sh -c 'while :; do :; done' & busy+=($!); done; }
stop_load() { for p in "${busy[@]}"; do kill "$p" 2>/dev/null || true; done; wait "${busy[@]}" 2>/dev/null || true; busy=(); }
trap stop_load EXIT

echo "machine: $(nproc) CPUs, using $cores ($cpus); Model A, $iters iterations, batch 100"
echo
echo "| program | spin setting | load | threads | images/s | p50 lateness | p99 | worst |"
echo "|---|---|---|---|---|---|---|---|"
for load in $loads; do
  for spin in cnnlab 300000; do
    spin_env=""
    [ "$spin" = cnnlab ] || spin_env="GOMP_SPINCOUNT=$spin"
    label=$([ "$spin" = cnnlab ] && echo "CNN Lab's" || echo "libgomp default")
    for threads in $thread_counts; do
      start_load "$load"
      gui=$(env $spin_env taskset -c "$cpus" xvfb-run -a -s "-screen 0 1600x1000x24" \
              build/bench/cnnlab-gui-latency --data "$mnist" --iterations "$iters" --threads "$threads" 2>&1)
      cli=$(env $spin_env taskset -c "$cpus" build/app/cnnlab-cli train --model A --data "$mnist" \
              --iters "$iters" --eval-every 0 --threads "$threads" 2>&1)
      stop_load
      ips=$(echo "$gui" | grep -o '[0-9]* images/s' | head -1 | awk '{print $1}')
      lat=$(echo "$gui" | grep -o 'p50 [0-9.]* ms, p99 [0-9.]* ms, max [0-9.]* ms')
      p50=$(echo "$lat" | awk '{print $2}'); p99=$(echo "$lat" | awk '{print $5}'); worst=$(echo "$lat" | awk '{print $8}')
      cli_ips=$(echo "$cli" | grep -o 'images_per_second=[0-9]*' | cut -d= -f2)
      shown=$([ "$threads" = 0 ] && echo auto || echo "$threads")
      echo "| app | $label | $load | $shown | $ips | $p50 ms | $p99 ms | $worst ms |"
      echo "| CLI | $label | $load | $shown | $cli_ips | | | |"
    done
  done
done
