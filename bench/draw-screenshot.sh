#!/bin/bash
# The Draw page under Xvfb while a stroke is being drawn with xdotool:
#   xvfb-run -a -s "-screen 0 1600x900x24" bench/draw-screenshot.sh [OUT.png] [extra `show` options, e.g. --steps]
# cnnlab-draw-tool draws a seven with mouse events, xdotool presses the button and
# draws the cross bar, and the page grabs itself while the button is still held.
set -euo pipefail
OUT=${1:-resources/screenshot-draw.png}
shift || true
TOOL=${CNNLAB_DRAW_TOOL:-build/bench/cnnlab-draw-tool}
LOG=$(mktemp)
"$TOOL" show --seven --grab-after 4000 --out "$OUT" "$@" >"$LOG" 2>&1 &
PID=$!
for _ in $(seq 100); do grep -q '^canvas' "$LOG" && break; sleep 0.1; done
read -r _ X Y W H < <(grep '^canvas' "$LOG")
sx() { echo $((X + $1 * W / 280)); }   # drawing-frame x -> screen x
sy() { echo $((Y + $1 * H / 280)); }
xdotool mousemove "$(sx 95)" "$(sy 150)" mousedown 1
for x in 100 110 120 130 140 150 160 170 180; do
  xdotool mousemove "$(sx "$x")" "$(sy 148)"
  sleep 0.05
done
wait "$PID"
grep -v '^canvas' "$LOG" || true
rm -f "$LOG"
