#!/bin/bash
# Screenshots of the Inside page under Xvfb with real MNIST while Model A trains:
#   bench/inside-screenshot.sh [MNIST_DIR] [OUT_DIR]
# Starts the app with --model A --train, waits for a few snapshots, opens the
# Inside page (Alt+2) and captures each of its tabs (clicked by position: the
# window is maximised on a 1600x1000 screen). Settings go to a temporary HOME.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
data=${1:-$here/../shared/data/mnist}
out=${2:-$here/resources}
tabs_y=${TABS_Y:-135}            # the Inside page's tab bar, in screen pixels
tabs_x=${TABS_X:-"70 190 330 515 643"}
delay=${DELAY:-12}               # seconds of training before the first capture
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
xvfb-run -a -s "-screen 0 1600x1000x24" bash -c "
  '$here/build/app/gui/cnnlab' --data '$data' --model A --train &
  app=\$!
  sleep $delay
  xdotool search --sync --onlyvisible --class cnnlab windowactivate --sync key --clearmodifiers super+Up 2>/dev/null || true
  xdotool mousemove ${INSIDE_TAB:-184 62} click 1
  sleep 2
  i=0
  for x in $tabs_x; do
    xdotool mousemove \$x $tabs_y click 1
    sleep 1.5
    import -window root '$out/screenshot-inside-'\$i'.png'
    i=\$((i + 1))
  done
  kill \$app
  wait \$app || true
"
ls -l "$out"/screenshot-inside-*.png
